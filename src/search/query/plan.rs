//! Query planning: a query text -> what it means in one language (analysed terms and how common
//! each is, typo corrections of unknown words, completions of the word being typed, synonyms).
//! `build.rs` turns a plan into the tantivy query.

use std::collections::HashSet;

use tantivy::{Searcher, Term};

use super::colloquial::{known_written_forms, lexicon_match, lexicon_written_form};
use crate::analysis::{query_shape, script_of, AnalysisOptions, AnalyzedToken, QueryShape, Script};
use crate::index::LoadedIndex;
use crate::lang::Lang;
use crate::search::as_you_type::remembered_completions;
use crate::search::limits::{
    MAX_CORRECTIONS, MAX_EXPANDED_WORDS, MAX_PREFIX_WORDS, MAX_QUERY_TERMS,
};
use crate::search::typos::{allowed_edits, remembered_expand, sound_alike};

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
    /// Whether unknown Latin and Arabic-script words are matched to close vocabulary words
    /// (and, with `chinese_sound_alike`, unknown Chinese words to words of their sound).
    pub typo_tolerance: bool,
    /// Whether an unknown Chinese word of two to four characters is matched to the index's
    /// words of the same toneless pinyin (`体现` -> `提现`): the pinyin keyboard's typo, a
    /// right sound with the wrong characters, which edit distance cannot see.
    pub chinese_sound_alike: bool,
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
    /// Tie-breaker among the writers' synonyms standing for the same words of a query: the
    /// best-matching one counts fully, the others by this share, so an article whose keywords
    /// list several synonyms of one word does not score that word several times over (issue
    /// 16, `出金卡住了`). 1 counts every synonym in full (each a clause of its own).
    pub synonym_tie: f32,
    /// Whether the writers' synonyms of one query word are alternatives of that word (the
    /// best of word and synonyms counts, the others by `field_tie`) rather than a clause of
    /// their own added to it: a section that says the word and lists its synonym in its
    /// keywords has answered that word once, not twice.
    pub synonym_joins_word: bool,
    /// Weight of the written form of a colloquial word the index does not know (`اترفضت` ->
    /// `رفض`): nearly the word itself, and above a typo correction's guess.
    pub written_form_weight: f32,
    /// Whether a colloquial word's first known written form is joined by a known form with more
    /// taken off (`حسابمو` -> `حسابم` and `حساب`), as an alternative of the word: the first
    /// form may keep a clitic the index holds as a word of its own (sixth round of issue 16).
    pub written_form_bare: bool,
    /// Whether a Persian word the index knows with a clitic (`کارتم`, in a first-person FAQ
    /// heading) is joined by its bare form (`کارت`) when more sections hold that: the
    /// customer's "my card" is about cards, not only about the heading that says "my card".
    pub known_clitic_bare: bool,
    /// Whether a form with a commoner bare form joined to it (`کارتم` and its written forms,
    /// by `known_clitic_bare` and `written_form_bare`) counts in BM25 as found in as many
    /// sections as the bare word: "my card" is as common a thing to ask about as "card", and
    /// the one short FAQ heading that says "my card" should not win on rarity alone.
    pub bare_form_rarity: bool,
    /// Share by which an FAQ article's score rises for a question or a problem (`wheres my
    /// withdrawal`) and falls for a task (`how do i put cash in`, which a guide answers), by
    /// the query's shape (issue 16). It settles near-ties between an FAQ and a guide of one
    /// subject; 0 turns it off.
    pub shape_weight: f32,
    /// The same share for a problem told in a sentence (`RankingParams::problem_min_words`),
    /// in place of `shape_weight` (which, at 0, turns both off).
    pub problem_shape_weight: f32,
    /// Weight of the FAQ lean (issue 16, `rank/faq_lean.rs`): the log odds, counted over
    /// customers' questions, that a query's words are answered by an FAQ rather than a guide;
    /// times this, it raises the kind it leans to among the best articles (bounded). 0 turns
    /// it off.
    pub faq_lean_weight: f32,
    /// Weight of the words of the customers' questions the writers filed by article
    /// (`content/asked/`, `rank/asked.rs`): the exponent of their lifts, as the learned words'
    /// (`[learning] vocabulary_weight`) for a log's. 0 turns it off.
    pub asked_weight: f32,
    /// Weight of the vote of the customers' questions closest to the query (`content/asked/`,
    /// `rank/asked_neighbours.rs`): an article's share of it, times this, is the log of its
    /// factor. 0 turns it off.
    pub asked_neighbours_weight: f32,
    /// Share of the heading's weight kept for a problem told in a sentence: there a guide's
    /// one-line heading that names the subject (`Bank transfer`) outscores the FAQ answer that
    /// describes the trouble (`sent a wire on monday, its friday and nothing`). 1 keeps the
    /// heading's weight for every query.
    pub problem_heading_share: f32,
    /// Fewest words of a question or a problem for it to count as told in a sentence, where
    /// the subject's name is one word among many. A short question (`visa top-up refused`)
    /// names the subject, and a heading that says it is the answer.
    pub problem_min_words: usize,
    /// Exponent of the share of the query's distinct words a section matches, by which its
    /// score is multiplied (issue 16, `rank/coverage.rs`): a section answering the whole
    /// question passes a sibling that matches one word of it strongly (a one-word heading).
    /// 0 turns it off.
    pub coverage_weight: f32,
    /// Queries of at most this many concepts (distinct words) take
    /// `short_query_coverage_weight` instead: in `support hours` both words are meant, while
    /// a long question is not answered word for word. 0 turns it off.
    pub short_query_concepts: usize,
    /// The coverage exponent of those short queries.
    pub short_query_coverage_weight: f32,
    /// The same for agents' suggested answers, where a customer's message gives up to 16
    /// terms, each counting by its tf-idf. 0 turns it off.
    pub message_coverage_weight: f32,
    /// Candidate sections the pruned first pass keeps per article asked for (0: score every
    /// matching section, the exhaustive ranking the pruned one is measured against).
    pub candidates_per_result: usize,
    /// Fewest candidate sections of a pruned search: below a few hundred, pruning saves little
    /// and an article whose best section ranked low in the first pass is easily missed.
    pub min_candidates: usize,
    /// Searches whose words occur in fewer sections than this score every match with the full
    /// query: a first pass only pays for itself over long posting lists, and these get an
    /// exact total.
    pub prune_above: u64,
    /// Share of a language's sections above which a word is common: when a rarer word is
    /// present, the pruned first pass leaves common words (and common completions of the word
    /// being typed) out, since walking their long posting lists finds candidates the rarer
    /// words already rank; rescoring still counts them. 0 keeps every word.
    pub common_word_share: f32,
}

impl RankingParams {
    /// The field weights of `plan`'s query (`problem_heading_share`).
    pub fn field_weights_for(&self, plan: &LangPlan) -> [f32; 5] {
        let mut weights = self.field_weights;
        if plan.tells_problem(self) {
            weights[0] *= self.problem_heading_share;
        }
        weights
    }
}

impl Default for RankingParams {
    fn default() -> Self {
        RankingParams {
            field_weights: [3.0, 1.5, 1.8, 1.2, 1.0],
            field_tie: 0.2,
            phrase_weight: 1.5,
            phrase_slop: 2,
            typo_tolerance: true,
            chinese_sound_alike: true,
            expansion_weight: [1.0, 0.7, 0.5],
            prefix_weight: 1.0,
            synonym_weight: 0.8,
            colloquial_weight: 0.7,
            synonym_tie: 0.2,
            synonym_joins_word: true,
            written_form_weight: 0.9,
            written_form_bare: true,
            known_clitic_bare: true,
            bare_form_rarity: true,
            shape_weight: 0.15,
            problem_shape_weight: 0.25,
            // One default, the site file's (`[ranking] faq_lean`).
            faq_lean_weight: crate::content::Ranking::default().faq_lean as f32,
            asked_weight: crate::content::Ranking::default().asked as f32,
            asked_neighbours_weight: crate::content::Ranking::default().asked_neighbours as f32,
            problem_heading_share: 0.5,
            problem_min_words: 10,
            coverage_weight: 0.4,
            short_query_concepts: 2,
            short_query_coverage_weight: 0.7,
            message_coverage_weight: 0.4,
            candidates_per_result: 20,
            min_candidates: 200,
            prune_above: 5_000,
            common_word_share: 0.2,
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
    /// Sections containing each of `expansions`, in the same order (missing: not known).
    pub expansion_doc_freqs: Vec<u64>,
}

/// What a query means in one language.
#[derive(Debug, Clone)]
pub struct LangPlan {
    pub lang: Lang,
    pub terms: Vec<QueryTerm>,
    /// Normalised, unstemmed last word when the user may still be typing it.
    pub prefix: Option<String>,
    /// The most frequent vocabulary words that complete `prefix`, with the sections each
    /// occurs in.
    pub prefix_words: Vec<(String, u64)>,
    /// Sum of the document frequencies of the words matched (an upper bound of the matching
    /// sections, counting a section once per word): what decides whether pruning pays.
    pub estimated_matches: u64,
    /// Phrases (as analysed words in a row) that writers declared equivalent to a phrase of
    /// the query.
    pub synonyms: Vec<Vec<String>>,
    /// For each of `synonyms`, the query terms it stands for.
    pub synonym_sources: Vec<Vec<String>>,
    /// How the query was analysed (the index's options).
    pub analysis: AnalysisOptions,
    /// Written phrases (as analysed terms) the colloquial lexicon gives for spoken phrases of
    /// the query.
    pub colloquial: Vec<Vec<String>>,
    /// For each of `colloquial`, the query terms (or their written forms) it stands for.
    pub colloquial_sources: Vec<Vec<String>>,
    /// Whether the query is a question, a task or neither.
    pub shape: QueryShape,
    /// Words of the query (stop words included; a Chinese word and its grams are one),
    /// counted once here since every stage that weighs a told problem asks.
    pub words: usize,
    /// Forms searched (query words or their written forms) whose bare word is found in more
    /// sections, with that count (`RankingParams::bare_form_rarity`).
    pub bare_counts: Vec<(String, u64)>,
    /// The query's key in this language ([`crate::search::query_key`]), made on first need:
    /// the FAQ lean and the learned words both read it.
    pub(crate) exact_key: std::sync::OnceLock<String>,
}

/// Restrictions applied to every language of a query.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub category: Option<String>,
    pub article_type: Option<crate::content::ArticleType>,
}

impl Filters {
    /// Whether nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.category.is_none() && self.article_type.is_none()
    }
}

impl LangPlan {
    /// The query's key in this language ([`crate::search::query_key`] of `q`, which must be
    /// the text this plan was made from: the first call's key is kept).
    pub fn key(&self, q: &str) -> &str {
        self.exact_key
            .get_or_init(|| crate::search::query_key(self.lang.code(), q))
    }

    /// Analyses a query in one language as `index` was analysed and looks up how common each
    /// term is.
    pub fn new(
        lang: Lang,
        q: &str,
        searcher: &Searcher,
        index: &LoadedIndex,
        params: &RankingParams,
        allow_prefix: bool,
    ) -> LangPlan {
        let (fields, analysis) = (&index.fields, index.analysis());
        let lf = fields.lang(lang);
        let mut seen = HashSet::new();
        let mut terms: Vec<QueryTerm> = Vec::new();
        let mut expanded = 0;
        // (stop word, sections its word or corrections occur in) of each term.
        let mut reach: Vec<(bool, u64)> = Vec::new();
        let prefix = if allow_prefix {
            last_word_prefix(analysis, lang, q)
        } else {
            None
        };
        let completed = prefix
            .as_deref()
            .map(|p| {
                remembered_completions(&index.lookups, searcher, lf.exact, p, MAX_PREFIX_WORDS)
            })
            .unwrap_or_default();
        // The word still being typed is matched by its completions; corrections of the
        // unfinished word would only add lookups and wrong words (`withdr` is no typo).
        let typing_from = (!completed.is_empty()).then(|| q.trim_end().len());
        let tokens =
            split_unknown_codes(analysis, lang, analysis.analyze(lang, q), searcher, index);
        let sequence: Vec<String> = tokens.iter().map(|t| t.text.clone()).collect();
        let spoken = lexicon_match(analysis, &index.lexicon, lang, &sequence);
        // Written forms found for colloquial words, to look the lexicon up again with them.
        let mut written_found: Vec<String> = Vec::new();
        // (query term, the lexicon's word) for unknown words only the lexicon knows a form of.
        let mut lexicon_forms: Vec<(String, String)> = Vec::new();
        let mut bare_counts: Vec<(String, u64)> = Vec::new();
        // A Chinese gram at the position of a stop word is part of it (`为什么`, `为什`).
        let mut stop_position = None;
        let mut last_position = None;
        for t in tokens {
            if terms.len() >= MAX_QUERY_TERMS {
                break;
            }
            let han = script_of(&t.text) == Script::Han;
            // A Chinese word comes first at its position, its grams after it: only words are
            // looked up by sound (a gram across two words is no word the customer meant).
            let han_word = han && last_position != Some(t.position);
            last_position = Some(t.position);
            let stop = analysis.is_stop_word(lang, &t.text);
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
                        index
                            .lookups
                            .doc_freq(searcher, &Term::from_field_text(f, text))
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
            let written_all = if doc_freq == 0 && !stop && !spoken_word {
                known_written_forms(
                    analysis,
                    lang,
                    typed,
                    sections_with,
                    params.written_form_bare,
                )
            } else {
                Vec::new()
            };
            let mut written_all = written_all.into_iter();
            let written = written_all.next();
            let written_bare = written_all.next().or_else(|| {
                (params.known_clitic_bare && !stop)
                    .then(|| {
                        commoner_bare_form(analysis, lang, typed, &t.text, doc_freq, sections_with)
                    })
                    .flatten()
            });
            if let Some(&(_, bare_n)) = written_bare.as_ref() {
                if doc_freq > 0 && bare_n > doc_freq {
                    bare_counts.push((t.text.clone(), bare_n));
                }
                if let Some((w, _)) = written.as_ref().filter(|(_, n)| bare_n > *n) {
                    bare_counts.push((w.clone(), bare_n));
                }
            }
            if let Some((w, _)) = &written {
                written_found.push(w.clone());
            }
            let lexicon_form = (doc_freq == 0 && !stop && !spoken_word && written.is_none())
                .then(|| lexicon_written_form(analysis, &index.lexicon, lang, typed))
                .flatten();
            if let Some(form) = &lexicon_form {
                lexicon_forms.push((t.text.clone(), form.clone()));
            }
            let found = if params.typo_tolerance
                && doc_freq == 0
                && typo_script
                && edits > 0
                && !spoken_word
                && written.is_none()
                && lexicon_form.is_none()
            {
                expanded += 1;
                remembered_expand(
                    &index.lookups,
                    searcher,
                    &[lf.heading, lf.title, lf.keywords, lf.body],
                    &t.text,
                    edits,
                    MAX_CORRECTIONS,
                )
            } else if params.typo_tolerance
                && params.chinese_sound_alike
                && doc_freq == 0
                && han_word
                && !stop
                && !unfinished
                && expanded < MAX_EXPANDED_WORDS
                && !spoken_word
                && written.is_none()
                && lexicon_form.is_none()
            {
                expanded += 1;
                sound_alike(index.homophones(), &t.text, MAX_CORRECTIONS, sections_with)
            } else {
                Vec::new()
            };
            reach.push((
                stop,
                doc_freq
                    + found.iter().map(|e| e.doc_freq).sum::<u64>()
                    + written.as_ref().map_or(0, |w| w.1)
                    + written_bare.as_ref().map_or(0, |w| w.1),
            ));
            let (expansions, expansion_doc_freqs) = written
                .map(|(w, n)| ((w, params.written_form_weight), n))
                .into_iter()
                .chain(written_bare.map(|(w, n)| ((w, params.written_form_weight), n)))
                .chain(found.into_iter().map(|e| {
                    (
                        (e.text, params.expansion_weight[e.distance.min(2)]),
                        e.doc_freq,
                    )
                }))
                .unzip();
            terms.push(QueryTerm {
                stop,
                text: t.text,
                position: t.position,
                doc_freq,
                expansions,
                expansion_doc_freqs,
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
        let (mut colloquial, mut colloquial_sources) = (spoken.written, spoken.sources);
        if !written_found.is_empty() || !lexicon_forms.is_empty() {
            // The query again with each colloquial word as its written form (`لوریجو` ->
            // `لوریج`, `عالموبايل` -> `موبايل`), for the lexicon entries of the written word.
            let resolved: Vec<String> = sequence
                .iter()
                .map(|t| {
                    if let Some((_, form)) = lexicon_forms.iter().find(|(typed, _)| typed == t) {
                        return form.clone();
                    }
                    terms
                        .iter()
                        .find(|q| &q.text == t)
                        .and_then(|q| q.expansions.first())
                        .filter(|e| written_found.contains(&e.0))
                        .map_or_else(|| t.clone(), |e| e.0.clone())
                })
                .collect();
            let again = lexicon_match(analysis, &index.lexicon, lang, &resolved);
            for (phrase, mut sources) in again.written.into_iter().zip(again.sources) {
                if !colloquial.contains(&phrase) {
                    // The phrase stands for the words typed, not only for their written forms.
                    for (typed, form) in sequence.iter().zip(&resolved) {
                        if typed != form && sources.contains(form) && !sources.contains(typed) {
                            sources.push(typed.clone());
                        }
                    }
                    colloquial.push(phrase);
                    colloquial_sources.push(sources);
                }
            }
        }
        let (synonyms, synonym_sources) = index
            .synonyms
            .alternatives_with_sources(lang, &sequence)
            .into_iter()
            .unzip();
        let words = count_words(&terms);
        LangPlan {
            synonyms,
            synonym_sources,
            analysis,
            colloquial,
            colloquial_sources,
            lang,
            terms,
            prefix,
            prefix_words: completed,
            estimated_matches,
            shape: query_shape(lang, q),
            words,
            bare_counts,
            exact_key: std::sync::OnceLock::new(),
        }
    }

    /// A plan of these terms alone (no prefix, synonyms or colloquial phrases), for tests of
    /// the stages that read plans.
    #[cfg(test)]
    pub(crate) fn of_terms(lang: Lang, terms: Vec<QueryTerm>) -> LangPlan {
        LangPlan {
            lang,
            words: count_words(&terms),
            terms,
            prefix: None,
            prefix_words: Vec::new(),
            estimated_matches: 0,
            synonyms: Vec::new(),
            synonym_sources: Vec::new(),
            analysis: AnalysisOptions::default(),
            colloquial: Vec::new(),
            colloquial_sources: Vec::new(),
            shape: QueryShape::Plain,
            bare_counts: Vec::new(),
            exact_key: std::sync::OnceLock::new(),
        }
    }

    /// Phrases searched beside the query's own words, with their weight: writers' synonyms,
    /// then the colloquial lexicon's written phrases.
    pub(super) fn equivalents<'a>(
        &'a self,
        params: &RankingParams,
    ) -> impl Iterator<Item = (&'a Vec<String>, f32)> + 'a {
        let (synonym, colloquial) = (params.synonym_weight, params.colloquial_weight);
        self.synonyms
            .iter()
            .map(move |p| (p, synonym))
            .chain(self.colloquial.iter().map(move |p| (p, colloquial)))
    }

    /// Whether the query asks about a situation or a problem in a sentence, at least
    /// `RankingParams::problem_min_words` words long.
    pub fn tells_problem(&self, params: &RankingParams) -> bool {
        self.shape == QueryShape::Question && self.words >= params.problem_min_words
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
}

/// Words of a query by its terms' positions: a Chinese word and its grams share one.
fn count_words(terms: &[QueryTerm]) -> usize {
    let mut positions: Vec<usize> = terms.iter().map(|t| t.position).collect();
    positions.sort_unstable();
    positions.dedup();
    positions.len()
}

/// Splits an unknown term that mixes letters and digits (`ios15`, `trc20usdt`) into its letter
/// and digit runs, which the text may well contain (`iOS 15`); known terms pass unchanged.
fn split_unknown_codes(
    analysis: AnalysisOptions,
    lang: Lang,
    tokens: Vec<AnalyzedToken>,
    searcher: &Searcher,
    index: &LoadedIndex,
) -> Vec<AnalyzedToken> {
    let body = index.fields.lang(lang).body;
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        let mixed =
            t.text.chars().any(|c| c.is_ascii_digit()) && t.text.chars().any(|c| c.is_alphabetic());
        if !mixed
            || index
                .lookups
                .doc_freq(searcher, &Term::from_field_text(body, &t.text))
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
                for part in analysis.analyze(lang, &t.text[chars[start].0..end]) {
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
fn last_word_prefix(analysis: AnalysisOptions, lang: Lang, q: &str) -> Option<String> {
    if q.chars().last().is_none_or(|c| !c.is_alphanumeric()) {
        return None;
    }
    let last = analysis.analyze_exact(lang, q).pop()?;
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

/// For a Persian word the index knows with a clitic (`کارتم`, found in `doc_freq` sections),
/// its first written form with the clitic off that more sections hold (`کارت`), with their
/// count: what "my card" is about. `sections_with` counts a term's sections.
pub(crate) fn commoner_bare_form(
    analysis: AnalysisOptions,
    lang: Lang,
    typed: &str,
    word: &str,
    doc_freq: u64,
    sections_with: impl Fn(&str) -> u64,
) -> Option<(String, u64)> {
    if lang != Lang::Fa || doc_freq == 0 || analysis.is_stop_word(lang, word) {
        return None;
    }
    known_written_forms(analysis, lang, typed, sections_with, false)
        .into_iter()
        .next()
        .filter(|form| is_commoner_bare_form(word, doc_freq, form))
}

/// Whether `form` (a written form with its section count) is `word` with something taken off
/// its end and held by more sections than `word` (`doc_freq`): `کارت` for `کارتم`.
fn is_commoner_bare_form(word: &str, doc_freq: u64, (form, n): &(String, u64)) -> bool {
    *n > doc_freq && form != word && word.starts_with(form.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plan of `words` words, each a term at its own position, and a Chinese word's gram
    /// beside the first (same position).
    fn plan_of(words: usize, shape: QueryShape) -> LangPlan {
        let term = |text: String, position| QueryTerm {
            text,
            position,
            stop: false,
            doc_freq: 1,
            expansions: Vec::new(),
            expansion_doc_freqs: Vec::new(),
        };
        let mut terms: Vec<QueryTerm> = (0..words).map(|i| term(format!("w{i}"), i)).collect();
        terms.push(term("gram".into(), 0));
        LangPlan {
            shape,
            ..LangPlan::of_terms(Lang::En, terms)
        }
    }

    #[test]
    fn only_a_problem_told_in_a_sentence_weighs_headings_lighter() {
        let params = RankingParams::default();
        let n = params.problem_min_words;
        let heading = |plan: &LangPlan| params.field_weights_for(plan)[0];
        let full = params.field_weights[0];
        assert_eq!(plan_of(n, QueryShape::Question).words, n);
        assert!(plan_of(n, QueryShape::Question).tells_problem(&params));
        assert_eq!(
            heading(&plan_of(n, QueryShape::Question)),
            full * params.problem_heading_share
        );
        // Shorter, or not a question: the heading keeps its weight.
        assert!(!plan_of(n - 1, QueryShape::Question).tells_problem(&params));
        assert_eq!(heading(&plan_of(n - 1, QueryShape::Question)), full);
        assert_eq!(heading(&plan_of(n + 5, QueryShape::Task)), full);
        assert_eq!(heading(&plan_of(n + 5, QueryShape::Plain)), full);
        assert!(params.problem_heading_share < 1.0);
    }

    #[test]
    fn a_bare_form_joins_only_when_commoner() {
        let bare = |form: &str, n: u64| (form.to_string(), n);
        assert!(is_commoner_bare_form("کارتم", 2, &bare("کارت", 9)));
        assert!(!is_commoner_bare_form("کارتم", 9, &bare("کارت", 2)));
        assert!(!is_commoner_bare_form("کارتم", 2, &bare("کارتم", 9)));
        assert!(!is_commoner_bare_form("کارتم", 2, &bare("بانک", 9)));
    }

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
                last_word_prefix(AnalysisOptions::default(), lang, q).as_deref(),
                expected,
                "{lang:?} {q}"
            );
        }
    }
}
