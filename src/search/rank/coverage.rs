//! Query coverage (issue 16): how much of a query a section answers, as a factor on its score.
//!
//! BM25 sums what each query word contributes, so one word matched very strongly can outweigh
//! the rest of the query: a short heading that is exactly one of the query's words (`银行卡`,
//! "card") scores far above a section that matches every word of the question in running text.
//! Customers' questions name an object and what they want done with it ("move my money back to
//! my card"); the section that answers covers both, while the sibling that wins on one short
//! heading covers only the object. Like Lucene's classic coordination factor, a section's score
//! is multiplied by `coverage ^ RankingParams::coverage_weight`, where coverage is the share of
//! the query's distinct words (concepts) the section matches in any field (its own heading and
//! body, or its article's title, keywords and summary).
//!
//! A concept is one active query word with its typo corrections and written forms, one Chinese
//! word with its grams, and it is also covered by a match of a writers' synonym or a colloquial
//! lexicon phrase that stands for it (`转回` -> `提现` covers `转回`). A word nothing in the
//! index can match is no concept (no section could cover it). A query of one concept ranks as
//! before.
//!
//! Applied to the best sections of the best articles only ([`COVERAGE_DEPTH`]): the factor
//! never raises a score, so an article below that depth could at most pass articles whose
//! scores it lowered, and it is far enough down not to matter for the first page. Agents'
//! suggested answers use it too, each message term counting by its tf-idf
//! (`RankingParams::message_coverage_weight`).
//!
//! The weight is small (0.4: a section matching half the query keeps 76% of its score)
//! because long questions are not answered word for word: from 0.5 on, the shared
//! benchmark's English Wikipedia questions lose more than 0.002 MRR@10 (docs/RELEVANCE.md,
//! "Third round: ranking by coverage"). A query of two concepts, whose every word is meant,
//! takes 0.7 ([`CoverageWeights`]; "Fourth round").

use std::collections::HashSet;

use tantivy::postings::SegmentPostings;
use tantivy::query::{EnableScoring, Query, Scorer, Weight};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocAddress, DocId, DocSet, Searcher, SegmentReader, Term};

use super::grouping::ArticleGroup;
use crate::analysis::{script_of, Script};
use crate::index::Fields;
use crate::lang::Lang;
use crate::search::error::Result;
use crate::search::limits::COVERAGE_DEPTH;
use crate::search::query::{equivalent_query, LangPlan};

/// One thing the query asks about: the terms and phrases any of which match it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Concept {
    /// Analysed terms (the word, its corrections, written forms and Chinese grams).
    pub words: Vec<String>,
    /// Phrases standing for the word (synonyms, the colloquial lexicon), as analysed terms.
    pub phrases: Vec<Vec<String>>,
}

/// The concepts of a query in one language, in query order.
pub(crate) fn concepts(plan: &LangPlan) -> Vec<Concept> {
    // (names the equivalents' sources are matched against, concept)
    let mut out: Vec<(Vec<String>, Concept)> = Vec::new();
    let mut last_han_position = None;
    for t in plan.active_terms() {
        let han_position = (script_of(&t.text) == Script::Han).then_some(t.position);
        let same_word = han_position.is_some() && han_position == last_han_position;
        last_han_position = han_position;
        let names = std::iter::once(&t.text)
            .chain(t.expansions.iter().map(|e| &e.0))
            .cloned();
        let words = (t.doc_freq > 0)
            .then(|| t.text.clone())
            .into_iter()
            .chain(t.expansions.iter().map(|e| e.0.clone()));
        match out.last_mut() {
            Some((n, c)) if same_word => {
                n.extend(names);
                c.words.extend(words);
            }
            _ => out.push((
                names.collect(),
                Concept {
                    words: words.collect(),
                    phrases: Vec::new(),
                },
            )),
        }
    }
    let equivalents = plan
        .synonyms
        .iter()
        .zip(&plan.synonym_sources)
        .chain(plan.colloquial.iter().zip(&plan.colloquial_sources));
    for (phrase, sources) in equivalents {
        for (names, c) in &mut out {
            if names.iter().any(|n| sources.contains(n)) && !c.phrases.contains(phrase) {
                c.phrases.push(phrase.clone());
            }
        }
    }
    out.into_iter()
        .map(|(_, c)| c)
        .filter(|c| !c.words.is_empty() || !c.phrases.is_empty())
        .collect()
}

/// The factor of a section covering `covered` of `total` (weighed concepts): 1 when it covers
/// them all.
pub(crate) fn factor(covered: f32, total: f32, weight: f32) -> f32 {
    if total <= 0.0 || covered >= total {
        return 1.0;
    }
    (covered / total).powf(weight)
}

/// The exponents of query coverage (`RankingParams::coverage_weight`, and the stronger one of
/// short queries).
#[derive(Debug, Clone, Copy)]
pub(crate) struct CoverageWeights {
    pub weight: f32,
    /// Queries of at most this many concepts take `short_weight` (0: none does).
    pub short_concepts: usize,
    pub short_weight: f32,
}

impl CoverageWeights {
    /// The exponent for a query of `concepts` concepts: in a query of two words each is meant,
    /// while a long question is not answered word for word.
    pub(crate) fn exponent(&self, concepts: usize) -> f32 {
        if self.weight > 0.0 && concepts <= self.short_concepts {
            self.short_weight
        } else {
            self.weight
        }
    }
}

/// Multiplies the kept sections of the first [`COVERAGE_DEPTH`] groups by their coverage of
/// the query's concepts in `plan`'s language, puts each group's best section first again and
/// sets the group's score to it. Says whether any score changed.
pub(crate) fn apply_coverage(
    searcher: &Searcher,
    fields: &Fields,
    plan: &LangPlan,
    weights: CoverageWeights,
    groups: &mut [ArticleGroup],
) -> Result<bool> {
    if weights.weight <= 0.0 {
        return Ok(false);
    }
    let weighed: Vec<(Concept, f32)> = concepts(plan).into_iter().map(|c| (c, 1.0)).collect();
    let weight = weights.exponent(weighed.len());
    apply_weighed_coverage(searcher, fields, plan.lang, &weighed, weight, groups)
}

/// [`apply_coverage`] for concepts of given importance (an agent's message: its terms'
/// tf-idf), each counting by its weight. Nothing changes for fewer than two concepts.
pub(crate) fn apply_weighed_coverage(
    searcher: &Searcher,
    fields: &Fields,
    lang: Lang,
    concepts: &[(Concept, f32)],
    weight: f32,
    groups: &mut [ArticleGroup],
) -> Result<bool> {
    if weight <= 0.0 || concepts.len() < 2 {
        return Ok(false);
    }
    let total: f32 = concepts.iter().map(|c| c.1).sum();
    // A section matching none of the concepts matched a completion of the word being typed:
    // it counts as covering the least of them, not nothing.
    let least = concepts.iter().map(|c| c.1).fold(f32::INFINITY, f32::min);
    let depth = groups.len().min(COVERAGE_DEPTH);
    let mut docs: Vec<(DocAddress, usize, usize)> = groups[..depth]
        .iter()
        .enumerate()
        .flat_map(|(g, group)| {
            group
                .sections
                .iter()
                .enumerate()
                .map(move |(s, &(_, addr))| (addr, g, s))
        })
        .collect();
    // Matches are only looked for forward: each segment's sections in document order.
    docs.sort_unstable();
    let lf = fields.lang(lang);
    let searched = [lf.heading, lf.title, lf.keywords, lf.summary, lf.body];
    let leaves: Vec<ConceptLeaves> = concepts
        .iter()
        .map(|(c, _)| ConceptLeaves::new(c, &searched))
        .collect();
    let scoring = EnableScoring::disabled_from_searcher(searcher);
    let phrase_weights = leaves
        .iter()
        .map(|l| l.phrases.iter().map(|q| q.weight(scoring)).collect())
        .collect::<tantivy::Result<Vec<Vec<_>>>>()?;
    let mut changed = false;
    for segment_docs in docs.chunk_by(|a, b| a.0.segment_ord == b.0.segment_ord) {
        let reader = searcher.segment_reader(segment_docs[0].0.segment_ord);
        let mut matchers = leaves
            .iter()
            .zip(&phrase_weights)
            .map(|(l, ws)| ConceptMatcher::new(reader, &l.terms, ws))
            .collect::<tantivy::Result<Vec<ConceptMatcher>>>()?;
        for &(addr, g, s) in segment_docs {
            let covered: f32 = matchers
                .iter_mut()
                .zip(concepts)
                .filter_map(|(m, c)| m.matches(addr.doc_id).then_some(c.1))
                .sum::<f32>()
                .max(least);
            let f = factor(covered, total, weight);
            if f < 1.0 {
                groups[g].sections[s].0 *= f;
                changed = true;
            }
        }
    }
    if changed {
        for group in &mut groups[..depth] {
            // Stable: sections of equal scores keep the order the collector gave them.
            group.sections.sort_by(|a, b| b.0.total_cmp(&a.0));
            if let Some(&(best, _)) = group.sections.first() {
                group.score = best;
            }
        }
    }
    Ok(changed)
}

/// What matches a concept in the searched fields: its words as terms, read straight from
/// their posting lists (no query, weight or BM25 cache per word: coverage only asks whether a
/// section holds the word), and its phrases of several words as phrase queries.
struct ConceptLeaves {
    terms: Vec<Term>,
    phrases: Vec<Box<dyn Query>>,
}

impl ConceptLeaves {
    fn new(concept: &Concept, fields: &[Field]) -> ConceptLeaves {
        let mut seen = HashSet::new();
        let mut leaves = ConceptLeaves {
            terms: Vec::new(),
            phrases: Vec::new(),
        };
        for &field in fields {
            for w in &concept.words {
                if seen.insert((field, w.as_str())) {
                    leaves.terms.push(Term::from_field_text(field, w));
                }
            }
            for p in &concept.phrases {
                match p.as_slice() {
                    [] => {}
                    // A one-word phrase is a word, searched once.
                    [one] => {
                        if seen.insert((field, one.as_str())) {
                            leaves.terms.push(Term::from_field_text(field, one));
                        }
                    }
                    _ => leaves.phrases.push(equivalent_query(field, p)),
                }
            }
        }
        leaves
    }
}

/// A concept's leaves in one segment, each moved forward to the documents asked.
struct ConceptMatcher {
    postings: Vec<SegmentPostings>,
    phrases: Vec<Box<dyn Scorer>>,
}

impl ConceptMatcher {
    fn new(
        reader: &SegmentReader,
        terms: &[Term],
        phrases: &[Box<dyn Weight>],
    ) -> tantivy::Result<ConceptMatcher> {
        let mut postings = Vec::with_capacity(terms.len());
        for term in terms {
            let index = reader.inverted_index(term.field())?;
            postings.extend(index.read_postings(term, IndexRecordOption::Basic)?);
        }
        let phrases = phrases
            .iter()
            .map(|w| w.scorer(reader, 1.0))
            .collect::<tantivy::Result<_>>()?;
        Ok(ConceptMatcher { postings, phrases })
    }

    /// Whether any leaf matches `doc` (documents asked in increasing order).
    fn matches(&mut self, doc: DocId) -> bool {
        self.postings.iter_mut().any(|p| at(p, doc))
            || self.phrases.iter_mut().any(|s| at(s.as_mut(), doc))
    }
}

/// Whether `docs` holds `doc`, moving it forward to it (documents asked in increasing order).
fn at<D: DocSet + ?Sized>(docs: &mut D, doc: DocId) -> bool {
    if docs.doc() < doc {
        docs.seek(doc);
    }
    docs.doc() == doc
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    use crate::content::{parse_article, LoadReport};
    use crate::index::open_built;
    use crate::search::query::{QueryTerm, RankingParams};
    use crate::search::{Engine, SearchRequest};

    /// Two sibling articles: a deposit guide whose short section heading is one word of the
    /// query, and a withdrawal guide whose section answers the whole query in running text.
    fn siblings(dir: &Path, params: RankingParams) -> Engine {
        let deposit = "---\ntitle: Ways to deposit\n---\n\n## Card\n\n\
Visa and Mastercard cards are accepted, and a card deposit arrives at once.\n\n\
## Bank transfer\n\nA bank transfer takes one to three working days.\n";
        let withdraw = "---\ntitle: Taking money out\n---\n\n## Where the money goes\n\n\
When you withdraw, the money goes back to the card you paid in with: a withdrawal to a \
card takes a few days, and one to a bank account up to a week.\n";
        let articles = [("deposit-methods", deposit), ("withdraw-funds", withdraw)]
            .map(|(id, md)| {
                let path = format!("en/{id}.md");
                parse_article(Path::new(&path), Lang::En, id, md.as_bytes()).expect("valid")
            })
            .to_vec();
        let report = LoadReport {
            articles,
            ..Default::default()
        };
        Engine::with_params(open_built(&report, dir, dir), params)
    }

    fn first(engine: &Engine, q: &str) -> String {
        let resp = engine
            .search(&SearchRequest {
                q: q.into(),
                lang: Some(Lang::En),
                limit: 5,
                ..SearchRequest::default()
            })
            .expect("search");
        resp.results
            .first()
            .map(|h| h.id.clone())
            .unwrap_or_default()
    }

    #[test]
    fn the_section_covering_the_query_passes_a_one_word_heading() {
        let q = "withdraw to my card";
        let tmp = tempfile::tempdir().expect("tempdir");
        let off = RankingParams {
            coverage_weight: 0.0,
            ..RankingParams::default()
        };
        // Without coverage, the heading that is one word of the query wins...
        assert_eq!(
            first(&siblings(&tmp.path().join("off"), off), q),
            "deposit-methods"
        );
        // ... with it, the section matching both words does.
        let on = siblings(&tmp.path().join("on"), RankingParams::default());
        assert_eq!(first(&on, q), "withdraw-funds");
        // A query of one word ranks as before.
        assert_eq!(first(&on, "card"), "deposit-methods");
    }

    fn term(text: &str, position: usize, doc_freq: u64) -> QueryTerm {
        QueryTerm {
            text: text.into(),
            position,
            stop: false,
            doc_freq,
            expansions: Vec::new(),
            expansion_doc_freqs: Vec::new(),
        }
    }

    fn plan(lang: Lang, terms: Vec<QueryTerm>) -> LangPlan {
        LangPlan::of_terms(lang, terms)
    }

    fn words(v: &[&str]) -> Vec<String> {
        v.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_chinese_word_and_its_grams_are_one_concept() {
        let p = plan(
            Lang::Zh,
            vec![
                term("银行卡", 0, 5),
                term("银行", 0, 9),
                term("行卡", 0, 0),
                term("提现", 1, 7),
            ],
        );
        let c = concepts(&p);
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].words, words(&["银行卡", "银行"]));
        assert_eq!(c[1].words, words(&["提现"]));
    }

    #[test]
    fn an_equivalent_covers_the_words_it_stands_for() {
        // `转回` is unknown to the index; the lexicon's `提现` stands for it.
        let mut p = plan(Lang::Zh, vec![term("钱", 0, 3), term("转回", 1, 0)]);
        p.colloquial = vec![words(&["提现"])];
        p.colloquial_sources = vec![words(&["转回"])];
        let c = concepts(&p);
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(c[1].words.is_empty());
        assert_eq!(c[1].phrases, vec![words(&["提现"])]);
        // Without the lexicon, nothing can match `转回`: no concept, nothing to cover.
        p.colloquial.clear();
        p.colloquial_sources.clear();
        assert_eq!(concepts(&p).len(), 1);
    }

    #[test]
    fn a_correction_or_written_form_is_the_words_concept() {
        let mut t = term("withdrawl", 0, 0);
        t.expansions = vec![("withdraw".into(), 0.7)];
        let mut p = plan(Lang::En, vec![t, term("card", 1, 4)]);
        // A synonym found through the corrected word stands for it too.
        p.synonyms = vec![words(&["cash", "out"])];
        p.synonym_sources = vec![words(&["withdraw"])];
        let c = concepts(&p);
        assert_eq!(c[0].words, words(&["withdraw"]));
        assert_eq!(c[0].phrases, vec![words(&["cash", "out"])]);
        assert!(c[1].phrases.is_empty());
    }

    #[test]
    fn stop_words_are_concepts_only_when_nothing_else_is_left() {
        let mut how = term("how", 0, 9);
        how.stop = true;
        let p = plan(Lang::En, vec![how.clone(), term("withdraw", 1, 4)]);
        assert_eq!(concepts(&p).len(), 1);
        assert_eq!(concepts(&plan(Lang::En, vec![how])).len(), 1);
    }

    #[test]
    fn a_short_query_takes_the_stronger_exponent() {
        let w = CoverageWeights {
            weight: 0.4,
            short_concepts: 2,
            short_weight: 0.7,
        };
        assert_eq!(w.exponent(2), 0.7);
        assert_eq!(w.exponent(3), 0.4);
        // Off stays off, and no short queries leaves every query at the weight.
        let off = CoverageWeights { weight: 0.0, ..w };
        assert_eq!(off.exponent(2), 0.0);
        let none = CoverageWeights {
            short_concepts: 0,
            ..w
        };
        assert_eq!(none.exponent(2), 0.4);
    }

    #[test]
    fn full_coverage_keeps_the_score_and_less_lowers_it() {
        assert_eq!(factor(3.0, 3.0, 1.0), 1.0);
        assert_eq!(factor(1.0, 1.0, 1.0), 1.0);
        assert_eq!(factor(0.0, 0.0, 1.0), 1.0);
        assert!((factor(1.0, 2.0, 1.0) - 0.5).abs() < 1e-6);
        assert!((factor(1.0, 4.0, 0.5) - 0.5).abs() < 1e-6);
        // More coverage, higher factor.
        assert!(factor(2.0, 3.0, 1.5) > factor(1.0, 3.0, 1.5));
    }
}
