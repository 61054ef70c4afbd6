//! Query building: a query text -> per-language plans (analysed terms, typo tolerance, prefix of
//! the last word) -> one tantivy query with field weights, phrase boosts and filters.

use std::collections::HashSet;

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use super::edit_distance::allowed_edits;
use super::fuzzy::expand;
use super::limits::{MAX_EXPANDED_WORDS, MAX_QUERY_TERMS};
use crate::analysis::{analyze, analyze_exact, is_stop_word, script_of, Script};
use crate::index::{Fields, KIND_SECTION};
use crate::lang::Lang;

/// Tie-breaker of the per-term disjunction over fields: the best field counts fully, others a
/// little, so a term in heading and body beats one in heading alone without double counting.
const FIELD_TIE: f32 = 0.2;
/// Weight of a typo-corrected match relative to an exact one, by number of edits: a corrected
/// word scores like a real term but below the same word typed correctly.
const EXPANSION_WEIGHT: [f32; 3] = [1.0, 0.7, 0.5];
/// Corrections tried per unknown word.
const MAX_EXPANSIONS: usize = 3;
/// Weight of a match of the last word's prefix (search as you type).
const PREFIX_WEIGHT: f32 = 1.0;
/// Boost of the whole query text found as a phrase (with a little slop) in heading or body.
const PHRASE_WEIGHT: f32 = 1.5;
const PHRASE_SLOP: u32 = 2;

/// One analysed query term.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    /// As the language's full pipeline emits it (normalised, stemmed).
    pub text: String,
    pub position: usize,
    pub stop: bool,
    /// Sections of this language containing the term in any searched field (0 = unknown word).
    pub doc_freq: u64,
    /// Vocabulary words close to an unknown term (typo tolerance) with their weight factor.
    pub expansions: Vec<(String, f32)>,
}

/// What a query means in one language.
#[derive(Debug, Clone)]
pub struct LangPlan {
    pub lang: Lang,
    pub terms: Vec<QueryTerm>,
    /// Normalised, unstemmed last word when the user may still be typing it.
    pub prefix: Option<String>,
}

/// Restrictions applied to every language of a query.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub category: Option<String>,
    pub article_type: Option<String>,
}

impl LangPlan {
    /// Analyses a query in one language and looks up how common each term is.
    pub fn new(
        lang: Lang,
        q: &str,
        searcher: &Searcher,
        fields: &Fields,
        allow_prefix: bool,
    ) -> LangPlan {
        let lf = fields.lang(lang);
        let mut seen = HashSet::new();
        let mut terms: Vec<QueryTerm> = Vec::new();
        let mut expanded = 0;
        for t in analyze(lang, q) {
            if terms.len() >= MAX_QUERY_TERMS {
                break;
            }
            if !seen.insert(t.text.clone()) {
                continue;
            }
            let doc_freq = [lf.heading, lf.title, lf.keywords, lf.body]
                .iter()
                .map(|&f| {
                    searcher
                        .doc_freq(&Term::from_field_text(f, &t.text))
                        .unwrap_or(0)
                })
                .max()
                .unwrap_or(0);
            let typo_script = matches!(script_of(&t.text), Script::Latin | Script::Arabic);
            // Past the cap, an unknown word gets no corrections (0 edits allowed).
            let edits = if expanded < MAX_EXPANDED_WORDS {
                allowed_edits(&t.text)
            } else {
                0
            };
            let expansions = if doc_freq == 0 && typo_script && edits > 0 {
                expanded += 1;
                expand(
                    searcher,
                    &[lf.heading, lf.title, lf.keywords, lf.body],
                    &t.text,
                    edits,
                    MAX_EXPANSIONS,
                )
                .into_iter()
                .map(|e| (e.text, EXPANSION_WEIGHT[e.distance.min(2)]))
                .collect()
            } else {
                Vec::new()
            };
            terms.push(QueryTerm {
                stop: is_stop_word(lang, &t.text),
                text: t.text,
                position: t.position,
                doc_freq,
                expansions,
            });
        }
        let prefix = if allow_prefix {
            last_word_prefix(lang, q)
        } else {
            None
        };
        LangPlan {
            lang,
            terms,
            prefix,
        }
    }

    /// The terms that take part in matching: stop words only when nothing else is left.
    pub fn active_terms(&self) -> Vec<&QueryTerm> {
        let content: Vec<&QueryTerm> = self.terms.iter().filter(|t| !t.stop).collect();
        if content.is_empty() {
            self.terms.iter().collect()
        } else {
            content
        }
    }

    /// The matching part of the query (no filters), or `None` when there is nothing to match.
    pub fn matching_query(&self, fields: &Fields) -> Option<Box<dyn Query>> {
        let lf = fields.lang(self.lang);
        let weighted = lf.weighted();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for t in self.active_terms() {
            let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
            for &(field, weight) in &weighted {
                if t.doc_freq > 0 {
                    alternatives.push(boosted(term_query(field, &t.text), weight));
                }
                for (text, factor) in &t.expansions {
                    alternatives.push(boosted(term_query(field, text), weight * factor));
                }
            }
            if !alternatives.is_empty() {
                let dismax = DisjunctionMaxQuery::with_tie_breaker(alternatives, FIELD_TIE);
                clauses.push((Occur::Should, Box::new(dismax)));
            }
        }
        if let Some(prefix) = &self.prefix {
            let term = Term::from_field_text(lf.exact, prefix);
            let q = FuzzyTermQuery::new_prefix(term, 0, true);
            clauses.push((Occur::Should, boosted(Box::new(q), PREFIX_WEIGHT)));
        }
        let known: Vec<&QueryTerm> = self.terms.iter().filter(|t| t.doc_freq > 0).collect();
        if known.len() >= 2 && known.len() == self.terms.len() {
            let base = known[0].position;
            for field in [lf.heading, lf.body] {
                let terms = known
                    .iter()
                    .map(|t| {
                        (
                            t.position.saturating_sub(base),
                            Term::from_field_text(field, &t.text),
                        )
                    })
                    .collect();
                let phrase = PhraseQuery::new_with_offset_and_slop(terms, PHRASE_SLOP);
                clauses.push((Occur::Should, boosted(Box::new(phrase), PHRASE_WEIGHT)));
            }
        }
        if clauses.is_empty() {
            return None;
        }
        Some(Box::new(BooleanQuery::new(clauses)))
    }
}

/// The last word of a query that does not end in a space or punctuation, normalised but not
/// stemmed, for prefix matching. Han text has no typing-in-progress words worth completing.
fn last_word_prefix(lang: Lang, q: &str) -> Option<String> {
    if q.chars().last().is_none_or(|c| !c.is_alphanumeric()) {
        return None;
    }
    let last = analyze_exact(lang, q).pop()?;
    if last.offset_to < q.trim_end().len() {
        return None;
    }
    let long_enough = match script_of(&last.text) {
        Script::Han | Script::Other => false,
        _ => last.text.chars().count() >= 2,
    };
    long_enough.then_some(last.text)
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(q: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    if (boost - 1.0).abs() < f32::EPSILON {
        q
    } else {
        Box::new(BoostQuery::new(q, boost))
    }
}

fn filter(field: Field, value: &str) -> (Occur, Box<dyn Query>) {
    let q = TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    );
    (
        Occur::Must,
        Box::new(ConstScoreQuery::new(Box::new(q), 0.0)),
    )
}

/// The full query over several language plans: each plan matches only sections of its own
/// language, and the filters apply to all.
pub fn build_query(
    plans: &[LangPlan],
    fields: &Fields,
    filters: &Filters,
) -> Option<Box<dyn Query>> {
    let mut per_lang: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for plan in plans {
        if let Some(matching) = plan.matching_query(fields) {
            let q = BooleanQuery::new(vec![
                (Occur::Must, matching),
                filter(fields.lang, plan.lang.code()),
            ]);
            per_lang.push((Occur::Should, Box::new(q)));
        }
    }
    if per_lang.is_empty() {
        return None;
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Must, Box::new(BooleanQuery::new(per_lang))),
        filter(fields.doc_kind, KIND_SECTION),
    ];
    if let Some(c) = &filters.category {
        clauses.push(filter(fields.category, c));
    }
    if let Some(t) = &filters.article_type {
        clauses.push(filter(fields.article_type, t));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}
