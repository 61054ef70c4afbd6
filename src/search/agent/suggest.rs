//! Suggested answers for support agents: the customer's whole message -> the best FAQ answers
//! and sections, with their text.
//!
//! Like a "more like this" query, a message is not OR-ed word by word: its terms are weighted
//! by tf-idf against the index, greetings and filler (stop words, words the help center never
//! uses) drop out, and only the strongest terms are searched. A message no longer than a
//! search (a line or two) is ranked as the search ranks it instead: in a short spoken message
//! the words the help center never uses are the customer's own words for what it does use
//! (`فلوس`, `میخوام`), which the search's colloquial lexicon and written forms read.

use std::collections::HashMap;
use std::time::Instant;

use tantivy::query::{
    Bm25StatisticsProvider, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, Occur,
    Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use super::message::customer_words;
use crate::analysis::AnalysisOptions;
use crate::index::{Fields, KIND_SECTION};
use crate::lang::{detect, Lang};
use crate::search::engine::Engine;
use crate::search::error::{Result, SearchError};
use crate::search::limits::{MAX_LIMIT, MAX_MESSAGE_BYTES, MAX_MESSAGE_TERMS, MAX_QUERY_CHARS};
use crate::search::query::{commoner_bare_form, Filters};
use crate::search::rank::{apply_weighed_coverage, Concept, GroupByArticle, ARTICLE_ORD};
use crate::search::stored::StoredSection;
use crate::search::types::{Answer, SuggestRequest, SuggestResponse};

/// Extra weight of an FAQ answer over another section at the same score: agents reply with
/// answers, not with tutorials' steps.
const QUESTION_BONUS: f32 = 1.15;
/// Answers kept from one article.
const PER_ARTICLE: usize = 2;
/// Most words (analysed positions) of a message answered by the search ranking: the short
/// stories customers type into a search box or chat (the seventh blind batch's third, 12-30
/// words) analyse to at most 33 positions, and the search ranking reads them better than the
/// tf-idf pick does (S@1 on that batch, en 43 -> 45 of 60, zh 41 -> 43); the shortest agents'
/// test messages have 45.
const QUERY_SIZED_WORDS: usize = 36;

/// A message term with its weight.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightedTerm {
    pub text: String,
    pub weight: f32,
    /// The term's commoner bare form (`کارت` for `کارتم`) and the sections holding it: the
    /// term is weighed and scored as that common, and the bare form is searched beside it.
    pub bare: Option<(String, u64)>,
}

impl Engine {
    /// Suggests answers to a customer's message, in the customer's language when possible.
    pub fn suggest(&self, req: &SuggestRequest) -> Result<SuggestResponse> {
        let started = Instant::now();
        if req.text.len() > MAX_MESSAGE_BYTES {
            return Err(SearchError::BadRequest(format!(
                "the message is too long ({} bytes; at most {MAX_MESSAGE_BYTES}): paste only the customer's latest message",
                req.text.len()
            )));
        }
        if req.text.trim().is_empty() {
            return Err(SearchError::BadRequest(
                "the message is empty: paste the customer's message".into(),
            ));
        }
        if req.limit == 0 || req.limit > MAX_LIMIT {
            return Err(SearchError::BadRequest(format!(
                "limit must be between 1 and {MAX_LIMIT}"
            )));
        }
        let words = customer_words(&req.text);
        let langs = match req.lang {
            Some(l) => vec![l],
            None => detect(&words).langs(),
        };
        let searcher = self.searcher();
        let mut all_terms = Vec::new();
        let mut answers = Vec::new();
        for &lang in &langs {
            let terms = self.message_terms(&searcher, lang, &words);
            if self.is_query_sized(lang, &words) {
                answers.extend(self.answers_ranked_as_search(&searcher, lang, &words)?);
            } else {
                answers.extend(self.answers_for(&searcher, lang, &terms, None)?);
            }
            all_terms.extend(terms);
        }
        if answers.is_empty() {
            // Nothing in the customer's language: the same words (brand names, codes, Latin terms)
            // may still find an answer written in another language.
            for lang in Lang::ALL.into_iter().filter(|l| !langs.contains(l)) {
                let terms = self.message_terms(&searcher, lang, &words);
                answers.extend(self.answers_for(&searcher, lang, &terms, Some(langs[0]))?);
            }
        }
        answers.sort_by(|a, b| b.score.total_cmp(&a.score));
        answers.truncate(req.limit);
        all_terms.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        Ok(SuggestResponse {
            lang: langs[0],
            answers,
            terms: all_terms.into_iter().map(|t| t.text).collect(),
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
        })
    }

    /// The message's strongest terms, with the bare forms of clitic forms when ranking asks
    /// for them (`RankingParams::bare_form_rarity`).
    fn message_terms(&self, searcher: &Searcher, lang: Lang, words: &str) -> Vec<WeightedTerm> {
        let index = self.index();
        let bare = self.params().bare_form_rarity;
        select_terms_with(searcher, &index.fields, index.analysis(), lang, words, bare)
    }

    /// Whether a message is no longer than a search: a line or two (`ازاي اطلع فلوسي`,
    /// `پولم کی میرسه`), which the search ranking reads as a customer means it (spoken words
    /// and their written forms, the colloquial lexicon, typos, synonyms, the question's shape),
    /// where the tf-idf pick of a long message's strongest words drops every word the help
    /// center does not use, which in a short spoken message is most of it.
    pub fn is_query_sized(&self, lang: Lang, words: &str) -> bool {
        // Longer than a search may be is no search: no need to analyse a long message for it.
        if words.chars().count() > MAX_QUERY_CHARS {
            return false;
        }
        let positions = self
            .index()
            .analysis()
            .analyze_exact(lang, words)
            .iter()
            .map(|t| t.position)
            .max()
            .map_or(0, |last| last + 1);
        positions <= QUERY_SIZED_WORDS
    }

    /// The answers of a query-sized message: the search ranking's articles in its order (as the
    /// help page would list them for the same words, the last one completed too), each
    /// with up to [`PER_ARTICLE`] of its best sections, scored as the article then in
    /// proportion to the lead section. What search learned from customers' opens (the learned
    /// words and the query's learned articles) ranks them as it ranks the search; long
    /// messages rank by their text alone.
    fn answers_ranked_as_search(
        &self,
        searcher: &Searcher,
        lang: Lang,
        words: &str,
    ) -> Result<Vec<Answer>> {
        let mut ranked = self.rank(
            searcher,
            words,
            &[lang],
            &Filters::default(),
            true,
            MAX_LIMIT,
        )?;
        let snapshot = self.learned().snapshot();
        let learned = self.learned_boosts(&snapshot.prior, words, &[lang]);
        self.apply_learned(
            &snapshot.prior,
            words,
            &ranked.plans,
            &learned,
            &mut ranked.groups,
        );
        let mut answers = Vec::new();
        for g in ranked.groups.iter().take(MAX_LIMIT) {
            let Some(&(lead, _)) = g.sections.first() else {
                continue;
            };
            for &(score, addr) in g.sections.iter().take(PER_ARTICLE) {
                let share = if lead > 0.0 { score / lead } else { 1.0 };
                let s = StoredSection::load(searcher, &self.index().fields, addr)?;
                answers.push(answer_of(s, g.score * share, None));
            }
        }
        Ok(answers)
    }

    fn answers_for(
        &self,
        searcher: &Searcher,
        lang: Lang,
        terms: &[WeightedTerm],
        customer_lang: Option<Lang>,
    ) -> Result<Vec<Answer>> {
        let fields = &self.index().fields;
        let params = self.params();
        let Some(query) = message_query(
            fields,
            lang,
            terms,
            &params.field_weights,
            params.written_form_weight,
        ) else {
            return Ok(Vec::new());
        };
        let stats = BareCounts {
            searcher,
            raised: terms
                .iter()
                .filter_map(|t| t.bare.as_ref().map(|(_, n)| (t.text.as_str(), *n)))
                .collect(),
        };
        let mut groups = searcher.search_with_statistics_provider(
            &*query,
            &GroupByArticle {
                field: ARTICLE_ORD.into(),
            },
            &stats,
        )?;
        // A message's terms count by their tf-idf: the answer covering its strongest words
        // passes one matching a single word of it strongly.
        let concepts: Vec<(Concept, f32)> = terms
            .iter()
            .map(|t| {
                let concept = Concept {
                    words: std::iter::once(t.text.clone())
                        .chain(t.bare.iter().map(|(w, _)| w.clone()))
                        .collect(),
                    phrases: Vec::new(),
                };
                (concept, t.weight)
            })
            .collect();
        let weight = self.params().message_coverage_weight;
        if apply_weighed_coverage(searcher, fields, lang, &concepts, weight, &mut groups)? {
            groups.sort_by(|a, b| {
                b.score
                    .total_cmp(&a.score)
                    .then(a.article_ord.cmp(&b.article_ord))
            });
        }
        let mut answers = Vec::new();
        for g in groups.iter().take(MAX_LIMIT) {
            for &(score, addr) in g.sections.iter().take(PER_ARTICLE) {
                let s = StoredSection::load(searcher, fields, addr)?;
                let score = if s.is_question {
                    score * QUESTION_BONUS
                } else {
                    score
                };
                answers.push(answer_of(s, score, customer_lang));
            }
        }
        Ok(answers)
    }
}

/// A stored section as a suggested answer (`customer_lang`: the language asked for, when the
/// answer is written in another).
fn answer_of(s: StoredSection, score: f32, customer_lang: Option<Lang>) -> Answer {
    Answer {
        url: s.url(),
        translated_from: customer_lang.map(|_| s.lang),
        id: s.id,
        lang: s.lang,
        title: s.title.clone(),
        question: if s.heading.is_empty() {
            s.title
        } else {
            s.heading
        },
        answer_markdown: s.markdown.trim().to_string(),
        answer_text: s.text.trim().to_string(),
        score,
        translation: None,
    }
}

/// Picks the message's strongest terms: (1 + ln tf) x idf over the language's sections, stop
/// words and words absent from the index left out.
pub fn select_terms(
    searcher: &Searcher,
    fields: &Fields,
    analysis: AnalysisOptions,
    lang: Lang,
    text: &str,
) -> Vec<WeightedTerm> {
    select_terms_with(searcher, fields, analysis, lang, text, false)
}

/// [`select_terms`], with `bare`: a Persian clitic form (`کارتم`) whose bare form more sections
/// hold is weighed by the bare form's idf and searched with it: "my card" in one FAQ heading
/// is not the message's strongest word for being rare.
fn select_terms_with(
    searcher: &Searcher,
    fields: &Fields,
    analysis: AnalysisOptions,
    lang: Lang,
    text: &str,
    bare: bool,
) -> Vec<WeightedTerm> {
    let lf = fields.lang(lang);
    let mut tf: HashMap<String, u32> = HashMap::new();
    for t in analysis.analyze(lang, text) {
        if !analysis.is_stop_word(lang, &t.text) {
            *tf.entry(t.text).or_default() += 1;
        }
    }
    let n = searcher
        .doc_freq(&Term::from_field_text(fields.lang, lang.code()))
        .unwrap_or(0)
        .max(1) as f32;
    let sections_with = |text: &str| {
        [lf.body, lf.heading, lf.title, lf.keywords]
            .iter()
            .map(|&f| {
                searcher
                    .doc_freq(&Term::from_field_text(f, text))
                    .unwrap_or(0)
            })
            .max()
            .unwrap_or(0)
    };
    let mut weighted: Vec<WeightedTerm> = tf
        .into_iter()
        .filter_map(|(text, count)| {
            let own = sections_with(&text);
            if own == 0 {
                return None;
            }
            let bare = bare
                .then(|| commoner_bare_form(analysis, lang, &text, &text, own, sections_with))
                .flatten();
            let df = bare.as_ref().map_or(own, |b| b.1) as f32;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            Some(WeightedTerm {
                weight: (1.0 + (count as f32).ln()) * idf,
                text,
                bare,
            })
        })
        .collect();
    weighted.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.text.cmp(&b.text))
    });
    weighted.truncate(MAX_MESSAGE_TERMS);
    weighted
}

/// The message's terms, each a disjunction over the weighted fields (and its bare form's, by
/// `bare_weight`), weighted by its share of the strongest term's weight.
fn message_query(
    fields: &Fields,
    lang: Lang,
    terms: &[WeightedTerm],
    weights: &[f32; 5],
    bare_weight: f32,
) -> Option<Box<dyn Query>> {
    let top = terms.first()?.weight;
    let lf = fields.lang(lang);
    let clauses: Vec<(Occur, Box<dyn Query>)> = terms
        .iter()
        .map(|t| {
            let forms = std::iter::once((t.text.as_str(), 1.0))
                .chain(t.bare.iter().map(|(w, _)| (w.as_str(), bare_weight)));
            let per_field: Vec<Box<dyn Query>> = forms
                .flat_map(|(text, factor)| {
                    lf.weighted(weights).into_iter().map(move |(f, w)| {
                        let q = TermQuery::new(
                            Term::from_field_text(f, text),
                            IndexRecordOption::WithFreqs,
                        );
                        Box::new(BoostQuery::new(Box::new(q), w * factor)) as Box<dyn Query>
                    })
                })
                .collect();
            let dismax = DisjunctionMaxQuery::with_tie_breaker(per_field, 0.2);
            (
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(dismax), t.weight / top)) as Box<dyn Query>,
            )
        })
        .collect();
    let filter = |field, value: &str| -> (Occur, Box<dyn Query>) {
        let q = TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        );
        (
            Occur::Must,
            Box::new(ConstScoreQuery::new(Box::new(q), 0.0)),
        )
    };
    Some(Box::new(BooleanQuery::new(vec![
        (Occur::Must, Box::new(BooleanQuery::new(clauses))),
        filter(fields.lang, lang.code()),
        filter(fields.doc_kind, KIND_SECTION),
    ])))
}

/// The searcher's BM25 statistics, with clitic forms counted as found in as many sections as
/// their bare forms (`WeightedTerm::bare`).
struct BareCounts<'a> {
    searcher: &'a Searcher,
    raised: Vec<(&'a str, u64)>,
}

impl Bm25StatisticsProvider for BareCounts<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_tokens(self.searcher, field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_docs(self.searcher)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        let n = Bm25StatisticsProvider::doc_freq(self.searcher, term)?;
        let value = term.value();
        let text = value.as_str();
        Ok(self
            .raised
            .iter()
            .filter(|(w, _)| Some(*w) == text)
            .fold(n, |n, &(_, m)| n.max(m)))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::index::open_files;
    use crate::search::{Engine, RankingParams, SuggestRequest};
    use crate::Lang;

    /// A deposits FAQ whose one short heading says "my card" (`کارتم`), and a withdrawal guide
    /// about sending money to a card (`کارت`).
    fn cards(dir: &Path, bare_form_rarity: bool) -> Engine {
        let files = [
            (
                "fa/deposits-faq.md",
                "---\ntitle: سؤالات واریز\ntype: faq\n---\n\n## چرا کارتم رد شد؟\n\n\
بانک شما پرداخت را رد کرده است.\n\n## حداقل واریز چقدر است؟\n\nده دلار.\n",
            ),
            (
                "fa/withdraw-funds.md",
                "---\ntitle: برداشت پول\ntype: tutorial\n---\n\n## پول به کجا واریز می‌شود؟\n\n\
پول برداشت به همان کارت یا حسابی برمی‌گردد که با آن واریز کرده‌اید. رسیدن پول به کارت \
چند روز طول می‌کشد.\n\n## ثبت درخواست برداشت\n\nدر کیف پول برداشت را بزنید.\n",
            ),
            (
                "fa/fees.md",
                "---\ntitle: کارمزدها\ntype: article\n---\n\n## کارمزد معامله\n\n\
برای واریز با کارت بانکی کارمزدی نیست.\n",
            ),
        ];
        let params = RankingParams {
            bare_form_rarity,
            ..RankingParams::default()
        };
        Engine::with_params(open_files(dir, &files), params)
    }

    #[test]
    fn a_clitic_form_weighs_as_its_bare_word_in_a_message() {
        let tmp = tempfile::tempdir().expect("tempdir");
        // "I withdrew but my money has not reached my card yet": not about a declined card. Long
        // enough to be read as a message, not ranked as a search (`QUERY_SIZED_WORDS`).
        let text = "سلام وقت بخیر. من دیروز از حساب خودم برداشت زدم و پیامک تایید هم برام اومد \
ولی پولم هنوز به کارتم نرسیده. لطفا بررسی کنید ببینید مشکل از کجاست و کی به دستم میرسه. \
ممنون میشم هر چه زودتر جواب بدید چون خیلی لازمش دارم.";
        let first = |bare| {
            let engine = cards(&tmp.path().join(format!("{bare}")), bare);
            let resp = engine
                .suggest(&SuggestRequest {
                    text: text.into(),
                    lang: Some(Lang::Fa),
                    limit: 3,
                })
                .expect("suggest");
            resp.answers.first().map(|a| a.id.clone())
        };
        assert_eq!(first(false).as_deref(), Some("deposits-faq"));
        assert_eq!(first(true).as_deref(), Some("withdraw-funds"));
    }

    /// A withdrawal guide and a deposit guide, in written Arabic.
    fn money(dir: &Path) -> Engine {
        let files = [
            (
                "ar/withdraw-funds.md",
                "---\ntitle: كيف تسحب أموالك\ntype: tutorial\n---\n\n## طلب السحب\n\n\
افتح المحفظة واختر سحب الأموال، ثم أدخل المبلغ.\n",
            ),
            (
                "ar/deposit-methods.md",
                "---\ntitle: طرق الإيداع\ntype: tutorial\n---\n\n## الإيداع بالبطاقة\n\n\
أودع المبلغ من بطاقتك البنكية في المحفظة.\n",
            ),
        ];
        Engine::new(open_files(dir, &files))
    }

    #[test]
    fn a_short_spoken_message_is_read_as_a_search() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let engine = money(tmp.path());
        // Egyptian "how do I get my money out": `ازاي`, `اطلع` and `فلوسي` are no words of the
        // articles; the colloquial lexicon reads `فلوس` as `أموال` and "get out" as withdrawing.
        let text = "ازاي اطلع فلوسي من المحفظه";
        let suggested = engine
            .suggest(&SuggestRequest {
                text: text.into(),
                lang: Some(Lang::Ar),
                limit: 3,
            })
            .expect("suggest");
        let searched = engine
            .search(&crate::search::SearchRequest {
                q: text.into(),
                lang: Some(Lang::Ar),
                limit: 3,
                ..Default::default()
            })
            .expect("search");
        let first = suggested.answers.first().map(|a| a.id.as_str());
        assert_eq!(first, Some("withdraw-funds"));
        assert_eq!(first, searched.results.first().map(|h| h.id.as_str()));
    }
}
