//! Suggested answers for support agents: the customer's whole message -> the best FAQ answers
//! and sections, with their text.
//!
//! Like a "more like this" query, the message is not OR-ed word by word: its terms are weighted
//! by tf-idf against the index, greetings and filler (stop words, words the help center never
//! uses) drop out, and only the strongest terms are searched.

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
use crate::search::limits::{MAX_LIMIT, MAX_MESSAGE_BYTES, MAX_MESSAGE_TERMS};
use crate::search::query::commoner_bare_form;
use crate::search::rank::{apply_weighed_coverage, Concept, GroupByArticle, ARTICLE_ORD};
use crate::search::stored::StoredSection;
use crate::search::types::{Answer, SuggestRequest, SuggestResponse};

/// Extra weight of an FAQ answer over another section at the same score: agents reply with
/// answers, not with tutorials' steps.
const QUESTION_BONUS: f32 = 1.15;
/// Answers kept from one article.
const PER_ARTICLE: usize = 2;

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
            answers.extend(self.answers_for(&searcher, lang, &terms, None)?);
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
                answers.push(Answer {
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
                });
            }
        }
        Ok(answers)
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
        // "I withdrew but my money has not reached my card yet": not about a declined card.
        let text = "برداشت زدم ولی پولم هنوز به کارتم نرسیده";
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
}
