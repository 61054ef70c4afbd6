//! The tantivy query a plan builds: per-word disjunctions over weighted fields, corrections,
//! synonyms, the completions of the word being typed and phrase boosts; the flat first pass of
//! a pruned search; the language and filter restrictions around them.

use std::collections::HashSet;

use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::plan::{Filters, LangPlan, QueryTerm, RankingParams};
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
        let weighted = lf.weighted(&params.field_weights_for(self));
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
                .map(|(w, _)| {
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
    /// typed) as one flat sum of weighted term scores. A flat disjunction of terms is cheap to
    /// score at every match (a buffered union, `rank/pruned.rs`), so the best sections are
    /// found without the full query; [`LangPlan::matching_query`] then rescores them exactly.
    ///
    /// With `all_words` false only the rarest [`MAX_CANDIDATE_WORDS`] words take part: they
    /// find the candidates of a long question, the common ones only add posting lists to walk
    /// (rescoring still counts every word). For the same reason, words found in more than
    /// `common_word_share` of the language's sections (and such completions of the word
    /// being typed) stay out when the rarer words typed can fill the pass on their own. The
    /// flag returned says whether every word took part.
    pub fn candidate_query(
        &self,
        fields: &Fields,
        params: &RankingParams,
        all_words: bool,
        pass: FirstPass,
    ) -> Option<(Box<dyn Query>, bool)> {
        let lf = fields.lang(self.lang);
        let weighted = lf.weighted(&params.field_weights_for(self));
        let mut words: Vec<(&str, f32)> = Vec::new();
        let mut active = self.active_terms();
        let mut complete = all_words || active.len() <= MAX_CANDIDATE_WORDS;
        if !complete {
            active.sort_by_key(|t| t.doc_freq);
            active.truncate(MAX_CANDIDATE_WORDS);
        }
        let mut prefix_words: Vec<&str> =
            self.prefix_words.iter().map(|(w, _)| w.as_str()).collect();
        // Set when common words stay out of this pass: their corrections then do too.
        let mut common_out: Option<u64> = None;
        if let Some(limit) = (!all_words)
            .then(|| common_limit(params, pass.sections))
            .flatten()
        {
            // Left out only when a rarer word is typed (a completion is a guess at what is
            // meant, not a word of the query) and the rarer words can find the candidates
            // alone: when they match fewer sections than wanted, the pass would run dry and
            // start again with every word, costing both passes. An unknown word's corrections
            // count as enough (their sections are not known here); they are what such a query
            // adds.
            // An unknown word stands for its corrections: rare when one of them is, and the
            // common ones stay out like common words typed (a misspelt `withdrawl` is as
            // common as `withdrawal`).
            let typed_rare = active.iter().any(|t| {
                t.doc_freq <= limit
                    && (t.doc_freq > 0 || rare_expansions(t, limit).next().is_some())
            });
            let reach: u64 = active
                .iter()
                .filter(|t| t.doc_freq <= limit)
                .map(|t| {
                    if t.doc_freq == 0 {
                        rare_expansions(t, limit)
                            .map(|(_, _, n)| n.unwrap_or(pass.wanted))
                            .fold(0u64, u64::saturating_add)
                    } else {
                        t.doc_freq
                    }
                })
                .chain(
                    self.prefix_words
                        .iter()
                        .map(|&(_, n)| n)
                        .filter(|&n| n <= limit),
                )
                .fold(0u64, u64::saturating_add);
            if typed_rare && reach >= pass.wanted {
                let (before, typed) = (active.len(), prefix_words.len());
                active.retain(|t| t.doc_freq <= limit);
                common_out = Some(limit);
                complete &= active
                    .iter()
                    .all(|t| rare_expansions(t, limit).count() == t.expansions.len());
                prefix_words = self
                    .prefix_words
                    .iter()
                    .filter(|&&(_, n)| n <= limit)
                    .map(|(w, _)| w.as_str())
                    .collect();
                complete &= active.len() == before && prefix_words.len() == typed;
            }
        }
        for t in active {
            if t.doc_freq > 0 {
                words.push((&t.text, 1.0));
            }
            match common_out {
                Some(limit) => words.extend(rare_expansions(t, limit).map(|(w, f, _)| (w, f))),
                None => words.extend(t.expansions.iter().map(|(w, f)| (w.as_str(), *f))),
            }
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
        for w in prefix_words {
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

/// What a pruned first pass is asked for.
#[derive(Debug, Clone, Copy)]
pub struct FirstPass {
    /// Sections of the plan's language.
    pub sections: u64,
    /// Candidate sections the pass keeps.
    pub wanted: u64,
}

/// A term's expansions found in at most `limit` sections (or in an unknown number of them),
/// with their weight factors and sections.
fn rare_expansions(t: &QueryTerm, limit: u64) -> impl Iterator<Item = (&str, f32, Option<u64>)> {
    t.expansions
        .iter()
        .enumerate()
        .map(|(i, (w, f))| (w.as_str(), *f, t.expansion_doc_freqs.get(i).copied()))
        .filter(move |&(_, _, n)| n.is_none_or(|n| n <= limit))
}

/// Sections above which a word is common (`common_word_share` of `sections`), or `None` when
/// the rule is off.
fn common_limit(params: &RankingParams, sections: u64) -> Option<u64> {
    (params.common_word_share > 0.0)
        .then_some((f64::from(params.common_word_share) * sections as f64) as u64)
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

    use crate::index::{build_schema, open_files};
    use crate::search::query::{FirstPass, LangPlan, QueryTerm, RankingParams};
    use crate::search::{Engine, SearchRequest};
    use crate::Lang;

    /// A withdrawal guide whose keywords list three synonyms of "withdraw", and the FAQ whose
    /// question is about a pending withdrawal.
    fn siblings(dir: &Path, params: RankingParams) -> Engine {
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
        Engine::with_params(open_files(dir, &files), params)
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
            faq_lean_weight: 0.0,
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
            faq_lean_weight: 0.0,
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

    fn term(text: &str, doc_freq: u64, expansions: &[&str]) -> QueryTerm {
        QueryTerm {
            text: text.into(),
            position: 0,
            stop: false,
            doc_freq,
            expansions: expansions.iter().map(|e| (e.to_string(), 0.7)).collect(),
            expansion_doc_freqs: Vec::new(),
        }
    }

    fn plan(terms: Vec<QueryTerm>, prefix_words: &[(&str, u64)]) -> LangPlan {
        LangPlan {
            prefix_words: prefix_words.iter().map(|&(w, n)| (w.into(), n)).collect(),
            ..LangPlan::of_terms(Lang::Fa, terms)
        }
    }

    /// The words of a plan's first pass over 1,000 sections keeping 50, and whether every word
    /// took part.
    fn first_pass(plan: &LangPlan, params: &RankingParams) -> (Vec<String>, bool) {
        let (_, fields) = build_schema();
        let (query, complete) = plan
            .candidate_query(
                &fields,
                params,
                false,
                FirstPass {
                    sections: 1_000,
                    wanted: 50,
                },
            )
            .expect("a first pass");
        let mut words = Vec::new();
        query.query_terms(&mut |t, _| {
            if let Some(w) = t.value().as_str() {
                words.push(w.to_string());
            }
        });
        words.sort();
        words.dedup();
        (words, complete)
    }

    #[test]
    fn common_words_stay_out_of_the_first_pass_when_a_rarer_one_is_typed() {
        let defaults = RankingParams::default();
        // `حساب` in 600 of 1,000 sections: the rare word and the rare completion find the
        // candidates, and the pass says it did not use every word (it widens if it runs dry).
        let p = plan(
            vec![term("حساب", 600, &[]), term("هزینه", 40, &[])],
            &[("حسابداری", 500), ("حسن", 30)],
        );
        assert_eq!(
            first_pass(&p, &defaults),
            (vec!["حسن".into(), "هزینه".into()], false)
        );
        // An unknown word's corrections count as the rarer word.
        let typo = plan(
            vec![term("حساب", 600, &[]), term("براشت", 0, &["برداشت"])],
            &[],
        );
        assert_eq!(first_pass(&typo, &defaults), (vec!["برداشت".into()], false));
        // Rarer words found in fewer sections than the pass keeps would run it dry (and a
        // second pass with every word would follow): the common word stays.
        let few = plan(vec![term("حساب", 600, &[]), term("هزینه", 10, &[])], &[]);
        assert_eq!(
            first_pass(&few, &defaults),
            (vec!["حساب".into(), "هزینه".into()], true)
        );
        // Only the completions are rare: the common word typed is what the query is about.
        let guessed = plan(
            vec![term("حساب", 600, &[])],
            &[("حسابداری", 500), ("حسن", 300)],
        );
        assert_eq!(
            first_pass(&guessed, &defaults),
            (vec!["حساب".into(), "حسابداری".into(), "حسن".into()], true)
        );
        // With only common words, all of them are searched; with the rule off, too.
        let common = plan(vec![term("حساب", 600, &[]), term("کاربر", 300, &[])], &[]);
        assert_eq!(
            first_pass(&common, &defaults),
            (vec!["حساب".into(), "کاربر".into()], true)
        );
        let off = RankingParams {
            common_word_share: 0.0,
            ..RankingParams::default()
        };
        assert!(first_pass(&p, &off).1);
        assert_eq!(first_pass(&p, &off).0.len(), 4);
    }

    #[test]
    fn an_unknown_words_common_corrections_stay_out_with_the_common_words() {
        let defaults = RankingParams::default();
        let corrected = |typed: &str, corrections: &[(&str, u64)]| QueryTerm {
            expansion_doc_freqs: corrections.iter().map(|c| c.1).collect(),
            ..term(
                typed,
                0,
                &corrections.iter().map(|c| c.0).collect::<Vec<_>>(),
            )
        };
        // `برداشت` is in 700 of 1,000 sections, like the common word typed; `هزینه` finds the
        // candidates alone, and the pass says it left words out.
        let common = plan(
            vec![
                term("حساب", 600, &[]),
                corrected("براشت", &[("برداشت", 700)]),
                term("هزینه", 80, &[]),
            ],
            &[],
        );
        assert_eq!(
            first_pass(&common, &defaults),
            (vec!["هزینه".into()], false)
        );
        // A rare correction stays, and counts as a rare word typed.
        let rare = plan(
            vec![
                term("حساب", 600, &[]),
                corrected("براشت", &[("برداشت", 700), ("براتش", 60)]),
            ],
            &[],
        );
        assert_eq!(first_pass(&rare, &defaults), (vec!["براتش".into()], false));
        // Every correction common and no rarer word typed: everything is searched.
        let only = plan(
            vec![
                term("حساب", 600, &[]),
                corrected("براشت", &[("برداشت", 700)]),
            ],
            &[],
        );
        assert_eq!(
            first_pass(&only, &defaults),
            (vec!["برداشت".into(), "حساب".into()], true)
        );
    }
}
