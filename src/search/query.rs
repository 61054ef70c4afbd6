//! Query building: a query text -> per-language plans (analysed terms, typo tolerance, prefix of
//! the last word) -> one tantivy query with field weights, phrase boosts and filters.

use std::collections::HashSet;

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use super::colloquial::{known_written_form, lexicon_match};
use super::edit_distance::allowed_edits;
use super::fuzzy::expand;
use super::limits::{MAX_CANDIDATE_WORDS, MAX_EXPANDED_WORDS, MAX_PREFIX_WORDS, MAX_QUERY_TERMS};
use super::prefix::completions;
use super::scoring::Scoring;
use crate::analysis::{analyze, analyze_exact, is_stop_word, script_of, AnalyzedToken, Script};
use crate::index::{Fields, SynonymTable, KIND_SECTION};
use crate::lang::Lang;

/// Corrections tried per unknown word.
const MAX_EXPANSIONS: usize = 3;

/// The knobs of ranking, with the defaults chosen by measurement (docs/RELEVANCE.md).
#[derive(Debug, Clone, PartialEq)]
pub struct RankingParams {
    /// Weights of heading, title, keywords, summary and body.
    pub field_weights: [f32; 5],
    /// Tie-breaker of the per-term disjunction over fields: the best field counts fully, others
    /// by this share, so a term in heading and body beats one in heading alone without the
    /// article-wide fields (title, keywords) drowning the section's own text.
    pub field_tie: f32,
    /// Boost of the query's known terms found as a phrase (with `phrase_slop`) in heading or body.
    pub phrase_weight: f32,
    pub phrase_slop: u32,
    /// Whether unknown Latin and Arabic-script words are matched to close vocabulary words.
    pub typo_tolerance: bool,
    /// Weight of a typo-corrected match relative to an exact one, by number of edits: a
    /// corrected word scores like a real term but below the same word typed correctly.
    pub expansion_weight: [f32; 3],
    /// Weight of a match of the last word's prefix (search as you type).
    pub prefix_weight: f32,
    /// Weight of a match of a writer-declared synonym relative to the query's own words.
    pub synonym_weight: f32,
    /// Weight of a written phrase the colloquial lexicon gives for a spoken one (issue 16):
    /// below the words typed, which may be what the article says after all.
    pub colloquial_weight: f32,
    /// Weight of the written form of a colloquial word the index does not know (`اترفضت` ->
    /// `رفض`): nearly the word itself, and above a typo correction's guess.
    pub written_form_weight: f32,
    /// Candidate sections the pruned first pass keeps per article asked for (0: score every
    /// matching section, the exhaustive ranking the pruned one is measured against).
    pub candidates_per_result: usize,
    /// Fewest candidate sections of a pruned search: below a few hundred, pruning saves little
    /// and an article whose best section ranked low in the first pass is easily missed.
    pub min_candidates: usize,
    /// Searches whose words occur in fewer sections than this score every match: block-max
    /// WAND only pays for itself over long posting lists, and these get an exact total.
    pub prune_above: u64,
}

impl Default for RankingParams {
    fn default() -> Self {
        RankingParams {
            field_weights: [3.0, 1.5, 1.8, 1.2, 1.0],
            field_tie: 0.2,
            phrase_weight: 1.5,
            phrase_slop: 2,
            typo_tolerance: true,
            expansion_weight: [1.0, 0.7, 0.5],
            prefix_weight: 1.0,
            synonym_weight: 0.8,
            colloquial_weight: 0.7,
            written_form_weight: 0.9,
            candidates_per_result: 20,
            min_candidates: 200,
            prune_above: 5_000,
        }
    }
}

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
    /// The most frequent vocabulary words that complete `prefix`.
    pub prefix_words: Vec<String>,
    /// Sum of the document frequencies of the words matched (an upper bound of the matching
    /// sections, counting a section once per word): what decides whether pruning pays.
    pub estimated_matches: u64,
    /// Phrases (as analysed terms) that writers declared equivalent to a phrase of the query.
    pub synonyms: Vec<Vec<String>>,
    /// Written phrases (as analysed terms) the colloquial lexicon gives for spoken phrases of
    /// the query.
    pub colloquial: Vec<Vec<String>>,
}

/// Restrictions applied to every language of a query.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub category: Option<String>,
    pub article_type: Option<String>,
}

impl Filters {
    /// Whether nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.category.is_none() && self.article_type.is_none()
    }
}

impl LangPlan {
    /// Analyses a query in one language and looks up how common each term is.
    pub fn new(
        lang: Lang,
        q: &str,
        searcher: &Searcher,
        fields: &Fields,
        synonyms: &SynonymTable,
        params: &RankingParams,
        allow_prefix: bool,
    ) -> LangPlan {
        let lf = fields.lang(lang);
        let mut seen = HashSet::new();
        let mut terms: Vec<QueryTerm> = Vec::new();
        let mut expanded = 0;
        // (stop word, sections its word or corrections occur in) of each term.
        let mut reach: Vec<(bool, u64)> = Vec::new();
        let prefix = if allow_prefix {
            last_word_prefix(lang, q)
        } else {
            None
        };
        let completed = prefix
            .as_deref()
            .map(|p| completions(searcher, lf.exact, p, MAX_PREFIX_WORDS))
            .unwrap_or_default();
        // The word still being typed is matched by its completions; corrections of the
        // unfinished word would only add lookups and wrong words (`withdr` is no typo).
        let typing_from = (!completed.is_empty()).then(|| q.trim_end().len());
        let tokens = split_unknown_codes(lang, analyze(lang, q), searcher, fields);
        let sequence: Vec<String> = tokens.iter().map(|t| t.text.clone()).collect();
        let spoken = lexicon_match(lang, &sequence);
        // Written forms found for colloquial words, to look the lexicon up again with them.
        let mut written_found: Vec<String> = Vec::new();
        // A Chinese gram at the position of a stop word is part of it (`为什么`, `为什`).
        let mut stop_position = None;
        for t in tokens {
            if terms.len() >= MAX_QUERY_TERMS {
                break;
            }
            let han = script_of(&t.text) == Script::Han;
            let stop = is_stop_word(lang, &t.text);
            if stop && han {
                stop_position = Some(t.position);
            }
            let stop = stop || (han && stop_position == Some(t.position));
            if !seen.insert(t.text.clone()) {
                continue;
            }
            let sections_with = |text: &str| {
                [lf.heading, lf.title, lf.keywords, lf.body]
                    .iter()
                    .map(|&f| {
                        searcher
                            .doc_freq(&Term::from_field_text(f, text))
                            .unwrap_or(0)
                    })
                    .max()
                    .unwrap_or(0)
            };
            let doc_freq = sections_with(&t.text);
            let typo_script = matches!(script_of(&t.text), Script::Latin | Script::Arabic);
            // Typo tolerance follows the length of what was typed: a stem without its article or
            // suffixes is shorter than the word the customer wrote.
            let typed = q.get(t.offset_from..t.offset_to).unwrap_or(&t.text);
            let edits = allowed_edits(typed).min(allowed_edits(&t.text).max(1));
            // Past the cap, an unknown word gets no corrections (0 edits allowed).
            let unfinished = typing_from.is_some_and(|end| t.offset_to >= end);
            let edits = if expanded < MAX_EXPANDED_WORDS && !unfinished {
                edits
            } else {
                0
            };
            // A word of a spoken phrase the lexicon knows is not guessed at; another unknown
            // word may be a colloquial form of a known one, which beats a typo correction.
            let spoken_word = spoken.covered.contains(&t.text);
            let written = (doc_freq == 0 && !stop && !spoken_word)
                .then(|| known_written_form(lang, typed, sections_with))
                .flatten();
            if let Some((w, _)) = &written {
                written_found.push(w.clone());
            }
            let found = if params.typo_tolerance
                && doc_freq == 0
                && typo_script
                && edits > 0
                && !spoken_word
                && written.is_none()
            {
                expanded += 1;
                expand(
                    searcher,
                    &[lf.heading, lf.title, lf.keywords, lf.body],
                    &t.text,
                    edits,
                    MAX_EXPANSIONS,
                )
            } else {
                Vec::new()
            };
            reach.push((
                stop,
                doc_freq
                    + found.iter().map(|e| e.doc_freq).sum::<u64>()
                    + written.as_ref().map_or(0, |w| w.1),
            ));
            let expansions = written
                .map(|(w, _)| (w, params.written_form_weight))
                .into_iter()
                .chain(
                    found
                        .into_iter()
                        .map(|e| (e.text, params.expansion_weight[e.distance.min(2)])),
                )
                .collect();
            terms.push(QueryTerm {
                stop,
                text: t.text,
                position: t.position,
                doc_freq,
                expansions,
            });
        }
        // Counted like `active_terms` chooses: stop words only when nothing else is left.
        let content = reach.iter().any(|&(stop, _)| !stop);
        let estimated_matches = reach
            .iter()
            .filter(|&&(stop, _)| !content || !stop)
            .map(|&(_, n)| n)
            .chain(completed.iter().map(|&(_, n)| n))
            .sum();
        let mut colloquial = spoken.written;
        if !written_found.is_empty() {
            // The query again with each colloquial word as its written form (`لوریجو` ->
            // `لوریج`), for the lexicon entries of the written word.
            let resolved: Vec<String> = sequence
                .iter()
                .map(|t| {
                    terms
                        .iter()
                        .find(|q| &q.text == t)
                        .and_then(|q| q.expansions.first())
                        .filter(|e| written_found.contains(&e.0))
                        .map_or_else(|| t.clone(), |e| e.0.clone())
                })
                .collect();
            for phrase in lexicon_match(lang, &resolved).written {
                if !colloquial.contains(&phrase) {
                    colloquial.push(phrase);
                }
            }
        }
        LangPlan {
            synonyms: synonyms.alternatives(lang, &sequence),
            colloquial,
            lang,
            terms,
            prefix,
            prefix_words: completed.into_iter().map(|(w, _)| w).collect(),
            estimated_matches,
        }
    }

    /// Phrases searched beside the query's own words, with their weight: writers' synonyms,
    /// then the colloquial lexicon's written phrases.
    fn equivalents<'a>(
        &'a self,
        params: &RankingParams,
    ) -> impl Iterator<Item = (&'a Vec<String>, f32)> + 'a {
        let (synonym, colloquial) = (params.synonym_weight, params.colloquial_weight);
        self.synonyms
            .iter()
            .map(move |p| (p, synonym))
            .chain(self.colloquial.iter().map(move |p| (p, colloquial)))
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
    pub fn matching_query(
        &self,
        fields: &Fields,
        params: &RankingParams,
    ) -> Option<Box<dyn Query>> {
        self.matching_scoring(fields, params).map(|s| s.query())
    }

    /// How the matching part of the query scores a section: a sum of one disjunction per
    /// word (over fields, corrections and Chinese grams of the word), synonyms, the word being
    /// typed and phrase boosts.
    pub fn matching_scoring(&self, fields: &Fields, params: &RankingParams) -> Option<Scoring> {
        let lf = fields.lang(self.lang);
        let weighted = lf.weighted(&params.field_weights);
        let mut clauses: Vec<Scoring> = Vec::new();
        // Chinese grams at the position of their word are alternatives of the word, not more
        // terms: a long word matched counts once, not once per gram inside it.
        let mut last_han_position = None;
        let mut grouped: Vec<Scoring> = Vec::new();
        for t in self.active_terms() {
            let han_position = (script_of(&t.text) == Script::Han).then_some(t.position);
            let same_word = han_position.is_some() && han_position == last_han_position;
            last_han_position = han_position;
            let mut alternatives: Vec<Scoring> = Vec::new();
            for &(field, weight) in &weighted {
                if t.doc_freq > 0 {
                    alternatives.push(Scoring::Leaf(boosted(term_query(field, &t.text), weight)));
                }
                for (text, factor) in &t.expansions {
                    alternatives.push(Scoring::Leaf(boosted(
                        term_query(field, text),
                        weight * factor,
                    )));
                }
            }
            if alternatives.is_empty() {
                continue;
            }
            if same_word && !grouped.is_empty() {
                grouped.extend(alternatives);
                continue;
            }
            if !grouped.is_empty() {
                clauses.push(Scoring::DisMax(
                    std::mem::take(&mut grouped),
                    params.field_tie,
                ));
            }
            grouped = alternatives;
        }
        if !grouped.is_empty() {
            clauses.push(Scoring::DisMax(grouped, params.field_tie));
        }
        for (phrase, factor) in self.equivalents(params) {
            let alternatives: Vec<Scoring> = weighted
                .iter()
                .map(|&(field, weight)| {
                    let q: Box<dyn Query> = match phrase.as_slice() {
                        [one] => term_query(field, one),
                        many => {
                            let terms = many
                                .iter()
                                .enumerate()
                                .map(|(i, t)| (i, Term::from_field_text(field, t)))
                                .collect();
                            Box::new(PhraseQuery::new_with_offset_and_slop(terms, 1))
                        }
                    };
                    Scoring::Leaf(boosted(q, weight * factor))
                })
                .collect();
            clauses.push(Scoring::DisMax(alternatives, params.field_tie));
        }
        if !self.prefix_words.is_empty() {
            // A completion of the word being typed counts the same whichever word it is: how
            // often that word occurs says nothing about whether it is the one meant.
            let words = self
                .prefix_words
                .iter()
                .map(|w| {
                    let q = TermQuery::new(
                        Term::from_field_text(lf.exact, w),
                        IndexRecordOption::Basic,
                    );
                    Scoring::Leaf(Box::new(q))
                })
                .collect();
            clauses.push(Scoring::Const(words, params.prefix_weight));
        }
        // The phrase uses each word as typed when the index knows it, else its best correction.
        let phrase_words: Vec<(usize, &str)> = self
            .terms
            .iter()
            .filter_map(|t| {
                let word = if t.doc_freq > 0 {
                    Some(t.text.as_str())
                } else {
                    t.expansions.first().map(|e| e.0.as_str())
                };
                word.map(|w| (t.position, w))
            })
            .collect();
        if phrase_words.len() >= 2 && params.phrase_weight > 0.0 {
            let base = phrase_words[0].0;
            for field in [lf.heading, lf.title, lf.body] {
                let terms = phrase_words
                    .iter()
                    .map(|&(pos, w)| (pos.saturating_sub(base), Term::from_field_text(field, w)))
                    .collect();
                let phrase = PhraseQuery::new_with_offset_and_slop(terms, params.phrase_slop);
                clauses.push(Scoring::Leaf(boosted(
                    Box::new(phrase),
                    params.phrase_weight,
                )));
            }
        }
        (!clauses.is_empty()).then_some(Scoring::Sum(clauses))
    }
}

impl LangPlan {
    /// The first pass of a pruned search: every word the full query can match (the query's
    /// terms, their corrections, the words of synonyms and the completions of the word being
    /// typed) as one flat sum of weighted term scores. A flat disjunction of terms is what
    /// tantivy's block-max WAND can prune, so the best sections are found without scoring
    /// every match; [`LangPlan::matching_query`] then rescores them exactly.
    ///
    /// With `all_words` false only the rarest [`MAX_CANDIDATE_WORDS`] words take part: they
    /// find the candidates of a long question, the common ones only add posting lists to walk
    /// (rescoring still counts every word). The flag returned says whether every word did.
    pub fn candidate_query(
        &self,
        fields: &Fields,
        params: &RankingParams,
        all_words: bool,
    ) -> Option<(Box<dyn Query>, bool)> {
        let lf = fields.lang(self.lang);
        let weighted = lf.weighted(&params.field_weights);
        let mut words: Vec<(&str, f32)> = Vec::new();
        let mut active = self.active_terms();
        let complete = all_words || active.len() <= MAX_CANDIDATE_WORDS;
        if !complete {
            active.sort_by_key(|t| t.doc_freq);
            active.truncate(MAX_CANDIDATE_WORDS);
        }
        for t in active {
            if t.doc_freq > 0 {
                words.push((&t.text, 1.0));
            }
            words.extend(t.expansions.iter().map(|(w, f)| (w.as_str(), *f)));
        }
        for (phrase, factor) in self.equivalents(params) {
            words.extend(phrase.iter().map(|w| (w.as_str(), factor)));
        }
        let mut seen = HashSet::new();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (word, factor) in words {
            if !seen.insert(word) {
                continue;
            }
            for &(field, weight) in &weighted {
                clauses.push((
                    Occur::Should,
                    boosted(term_query(field, word), weight * factor),
                ));
            }
        }
        for w in &self.prefix_words {
            clauses.push((
                Occur::Should,
                boosted(term_query(lf.exact, w), params.prefix_weight),
            ));
        }
        (!clauses.is_empty()).then(|| {
            (
                Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>,
                complete,
            )
        })
    }
}

/// Splits an unknown term that mixes letters and digits (`ios15`, `trc20usdt`) into its letter
/// and digit runs, which the text may well contain (`iOS 15`); known terms pass unchanged.
fn split_unknown_codes(
    lang: Lang,
    tokens: Vec<AnalyzedToken>,
    searcher: &Searcher,
    fields: &Fields,
) -> Vec<AnalyzedToken> {
    let body = fields.lang(lang).body;
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        let mixed =
            t.text.chars().any(|c| c.is_ascii_digit()) && t.text.chars().any(|c| c.is_alphabetic());
        if !mixed
            || searcher
                .doc_freq(&Term::from_field_text(body, &t.text))
                .unwrap_or(1)
                > 0
        {
            out.push(t);
            continue;
        }
        let mut start = 0;
        let chars: Vec<(usize, char)> = t.text.char_indices().collect();
        for i in 1..=chars.len() {
            let boundary =
                i == chars.len() || chars[i].1.is_ascii_digit() != chars[i - 1].1.is_ascii_digit();
            if boundary {
                let end = chars.get(i).map_or(t.text.len(), |c| c.0);
                for part in analyze(lang, &t.text[chars[start].0..end]) {
                    out.push(AnalyzedToken {
                        position: t.position,
                        offset_from: t.offset_from,
                        offset_to: t.offset_to,
                        ..part
                    });
                }
                start = i;
            }
        }
    }
    out
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
        // `ال` (with a clitic `و`, `ب`, `ك`, `ف` or as `لل`) starts most Arabic nouns: until a
        // letter or two of the noun itself is typed, its completions are half the vocabulary.
        Script::Arabic => {
            let noun = ["وال", "بال", "كال", "فال", "لل", "ال"]
                .iter()
                .find_map(|article| last.text.strip_prefix(article))
                .unwrap_or(&last.text);
            noun.chars().count() >= 2
        }
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
    params: &RankingParams,
) -> Option<Box<dyn Query>> {
    let mut per_lang: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for plan in plans {
        if let Some(matching) = plan.matching_query(fields, params) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_being_typed_is_completed_once_it_says_something() {
        let cases: [(Lang, &str, Option<&str>); 10] = [
            (Lang::En, "reset passw", Some("passw")),
            (Lang::En, "withdrawal fe", Some("fe")),
            (Lang::En, "reset p", None),
            (Lang::En, "reset password ", None),
            (Lang::En, "reset password?", None),
            (Lang::Ar, "تقديم شكوى على الشك", Some("الشك")),
            // The article alone, or with one letter of the noun, is not completed.
            (Lang::Ar, "تقديم شكوى على ال", None),
            (Lang::Ar, "رقم خدمة الع", None),
            (Lang::Ar, "وقت السحب بالبن", Some("بالبن")),
            (Lang::Zh, "如何提", None),
        ];
        for (lang, q, expected) in cases {
            assert_eq!(
                last_word_prefix(lang, q).as_deref(),
                expected,
                "{lang:?} {q}"
            );
        }
    }
}
