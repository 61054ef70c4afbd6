//! The tantivy query a plan builds: per-word disjunctions over weighted fields, corrections,
//! synonyms, the completions of the word being typed and phrase boosts; the flat first pass of
//! a pruned search; the language and filter restrictions around them.

use std::collections::HashSet;

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::plan::{Filters, LangPlan, RankingParams};
use crate::analysis::{script_of, Script};
use crate::index::{Fields, KIND_SECTION};
use crate::search::limits::MAX_CANDIDATE_WORDS;
use crate::search::rank::Scoring;

impl LangPlan {
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
        // Per word of the query: the terms it stands for (a Chinese word and its grams) and
        // its alternatives (fields, corrections, grams), one disjunction each in the end.
        let mut words: Vec<(Vec<&str>, Vec<Scoring>)> = Vec::new();
        // Chinese grams at the position of their word are alternatives of the word, not more
        // terms: a long word matched counts once, not once per gram inside it.
        let mut last_han_position = None;
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
            match words.last_mut() {
                Some((texts, grouped)) if same_word => {
                    texts.push(&t.text);
                    grouped.extend(alternatives);
                }
                _ => words.push((vec![&t.text], alternatives)),
            }
        }
        let phrase_clause = |phrase: &[String], factor: f32| {
            let alternatives: Vec<Scoring> = weighted
                .iter()
                .map(|&(field, weight)| {
                    Scoring::Leaf(boosted(equivalent_query(field, phrase), weight * factor))
                })
                .collect();
            Scoring::DisMax(alternatives, params.field_tie)
        };
        let mut unjoined: Vec<Scoring> = Vec::new();
        for (source, synonyms) in synonym_groups(
            self.synonyms.iter().zip(&self.synonym_sources),
            params.synonym_tie,
            |p| phrase_clause(p, params.synonym_weight),
        ) {
            let word = match source.as_slice() {
                [one] if params.synonym_joins_word => words
                    .iter_mut()
                    .find(|(texts, _)| texts.contains(&one.as_str())),
                _ => None,
            };
            match word {
                Some((_, alternatives)) => alternatives.push(synonyms),
                None => unjoined.push(synonyms),
            }
        }
        let mut clauses: Vec<Scoring> = words
            .into_iter()
            .map(|(_, alternatives)| Scoring::DisMax(alternatives, params.field_tie))
            .collect();
        clauses.extend(unjoined);
        // The colloquial lexicon's written phrases each stay a clause of their own: its weight
        // was set that way, and joining them to their words moved no query on balance
        // (docs/RELEVANCE.md, fourth round).
        clauses.extend(
            self.colloquial
                .iter()
                .map(|p| phrase_clause(p, params.colloquial_weight)),
        );
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

/// The writers' synonyms (with the query words each stands for) as one clause per group of
/// query words: each synonym a group of its own when `tie` is 1 or more; else the synonyms
/// standing for the same words are alternatives of one another, the best counting fully and
/// the others by `tie`, so a section whose keywords list three synonyms of a word has them
/// once, not three times over.
fn synonym_groups<'a>(
    phrases: impl Iterator<Item = (&'a Vec<String>, &'a Vec<String>)>,
    tie: f32,
    clause: impl Fn(&[String]) -> Scoring,
) -> Vec<(&'a Vec<String>, Scoring)> {
    if tie >= 1.0 {
        return phrases.map(|(p, source)| (source, clause(p))).collect();
    }
    let mut by_source: Vec<(&Vec<String>, Vec<Scoring>)> = Vec::new();
    for (phrase, source) in phrases {
        let c = clause(phrase);
        match by_source.iter_mut().find(|(s, _)| *s == source) {
            Some((_, alternatives)) => alternatives.push(c),
            None => by_source.push((source, vec![c])),
        }
    }
    by_source
        .into_iter()
        .map(|(source, mut alternatives)| {
            let clause = match alternatives.len() {
                1 => alternatives.remove(0),
                _ => Scoring::DisMax(alternatives, tie),
            };
            (source, clause)
        })
        .collect()
}

/// The query of a synonym or colloquial phrase (analysed terms) in one field: its one term,
/// or its terms as a phrase with a slop of 1.
pub(crate) fn equivalent_query(field: Field, phrase: &[String]) -> Box<dyn Query> {
    match phrase {
        [one] => term_query(field, one),
        many => {
            let terms = many
                .iter()
                .enumerate()
                .map(|(i, t)| (i, Term::from_field_text(field, t)))
                .collect();
            Box::new(PhraseQuery::new_with_offset_and_slop(terms, 1))
        }
    }
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
        clauses.push(filter(fields.article_type, t.as_str()));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::content::load_content;
    use crate::index::open_built;
    use crate::search::query::RankingParams;
    use crate::search::{Engine, SearchRequest};
    use crate::Lang;

    /// A withdrawal guide whose keywords list three synonyms of "withdraw", and the FAQ whose
    /// question is about a pending withdrawal.
    fn siblings(dir: &Path, params: RankingParams) -> Engine {
        let content = dir.join("content");
        let files = [
            (
                "en/withdraw-funds.md",
                "---\ntitle: How to withdraw funds\ntype: tutorial\n\
keywords: [withdraw money, cash out, payout, take money out]\n---\n\n## Before you start\n\n\
Open Wallet and choose Withdraw to send money back to your card.\n",
            ),
            (
                "en/withdrawals-faq.md",
                "---\ntitle: Withdrawals FAQ\ntype: faq\n---\n\n## Why is my withdrawal pending?\n\n\
A withdrawal stays pending while we check it, usually for one working day.\n",
            ),
            (
                "synonyms/en.toml",
                "withdraw = [\"cash out\", \"payout\", \"take money out\"]\n",
            ),
        ];
        for (path, text) in files {
            let path = content.join(path);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        }
        let report = load_content(&content);
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        Engine::with_params(open_built(&report, &dir.join("index"), &content), params)
    }

    fn ranked(engine: &Engine, q: &str) -> Vec<(String, f32)> {
        let resp = engine
            .search(&SearchRequest {
                q: q.into(),
                lang: Some(Lang::En),
                limit: 5,
                ..SearchRequest::default()
            })
            .expect("search");
        resp.results.into_iter().map(|h| (h.id, h.score)).collect()
    }

    #[test]
    fn synonyms_of_one_word_count_as_that_word_once() {
        let tmp = tempfile::tempdir().expect("tempdir");
        // The shape prior would lift the FAQ for this question: off, to see the synonyms alone.
        // Synonyms as clauses of their own, beside their word: the tie alone decides.
        let params = |synonym_tie| RankingParams {
            synonym_tie,
            shape_weight: 0.0,
            synonym_joins_word: false,
            ..RankingParams::default()
        };
        let summed = siblings(&tmp.path().join("summed"), params(1.0));
        let tied = siblings(&tmp.path().join("tied"), params(0.2));
        let q = "wheres my withdrawal";
        let (before, after) = (ranked(&summed, q), ranked(&tied, q));
        // Each synonym in the guide's keywords adding its score, the guide wins...
        assert_eq!(before[0].0, "withdraw-funds", "{before:?}");
        // ... as alternatives of one another, the FAQ answering the question does.
        assert_eq!(after[0].0, "withdrawals-faq", "{after:?}");
        // The FAQ matches no synonym: its score does not move.
        let faq = |r: &[(String, f32)]| r.iter().find(|h| h.0 == "withdrawals-faq").map(|h| h.1);
        assert_eq!(faq(&before), faq(&after));
    }

    #[test]
    fn a_word_and_its_synonyms_count_once() {
        let tmp = tempfile::tempdir().expect("tempdir");
        // Every synonym counted in full (tie 1), so only the join can hold the guide back.
        let params = |synonym_joins_word| RankingParams {
            synonym_tie: 1.0,
            shape_weight: 0.0,
            synonym_joins_word,
            ..RankingParams::default()
        };
        let apart = siblings(&tmp.path().join("apart"), params(false));
        let joined = siblings(&tmp.path().join("joined"), params(true));
        let q = "wheres my withdrawal";
        let (before, after) = (ranked(&apart, q), ranked(&joined, q));
        assert_eq!(before[0].0, "withdraw-funds", "{before:?}");
        // The guide says "withdraw" and lists its synonyms: the word is answered once.
        assert_eq!(after[0].0, "withdrawals-faq", "{after:?}");
        let guide = |r: &[(String, f32)]| r.iter().find(|h| h.0 == "withdraw-funds").map(|h| h.1);
        assert!(guide(&after) < guide(&before), "{before:?} {after:?}");
    }
}
