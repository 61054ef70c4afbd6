//! Did-you-mean: spelling corrections drawn from the index's own vocabulary.

use tantivy::schema::Field;
use tantivy::Searcher;

use super::edit_distance::allowed_edits;
use super::fuzzy::remembered_expand;
use super::sound_alike::sound_alike;
use crate::analysis::{script_of, written_forms, AnalysisOptions, Lexicon, Script};
use crate::index::{Homophones, TermLookups};
use crate::lang::Lang;
use crate::search::limits::MAX_EXPANDED_WORDS;

/// The query with each unknown word replaced by the closest, most frequent word of the
/// vocabulary (the unstemmed `exact` field, analysed as `analysis` says), a Chinese word by
/// the commonest word of its sound (`homophones`, the pinyin keyboard's slip); `None` when
/// nothing would change. Dictionary lookups go through the build's remembered `lookups`.
/// Words of `lexicon` phrases in the query (`یادم رفته`) and spoken forms of known words are
/// left as typed: the search understood them. With `only`, just the words whose analysed
/// form is one of those terms are corrected (the ones the search itself read as typos).
pub fn correct(
    analysis: AnalysisOptions,
    lexicon: &Lexicon,
    q: &str,
    lang: Lang,
    (searcher, lookups, homophones): (&Searcher, &TermLookups, Option<&Homophones>),
    exact: Field,
    only: Option<&[String]>,
) -> Option<String> {
    let mut out = String::with_capacity(q.len());
    let mut at = 0;
    let mut changed = false;
    let mut looked_up = 0;
    let mut last_position = None;
    let spoken_phrases = if analysis.ablation.colloquial_lexicon {
        Vec::new()
    } else {
        let terms: Vec<String> = analysis
            .analyze(lang, q)
            .into_iter()
            .map(|t| t.text)
            .collect();
        lexicon.lookup(lang, &terms).covered
    };
    for token in analysis.analyze_exact(lang, q) {
        // A Chinese word comes first at its position, its grams after it.
        let first_at_position = last_position != Some(token.position);
        last_position = Some(token.position);
        let script = script_of(&token.text);
        let han = script == Script::Han;
        if !(matches!(script, Script::Latin | Script::Arabic) || (han && first_at_position)) {
            continue;
        }
        let sections_with = |word: &str| {
            lookups
                .doc_freq(searcher, &tantivy::Term::from_field_text(exact, word))
                .unwrap_or(0)
        };
        let known = sections_with(&token.text) > 0;
        // A single letter is an initial or a stray key, not a misspelling: every other letter
        // is one edit away, and the most frequent would win.
        if known || token.text.chars().count() < 2 {
            continue;
        }
        if analysis.is_stop_word(lang, &token.text) {
            continue;
        }
        let analysed: Vec<String> = analysis
            .analyze(lang, &token.text)
            .into_iter()
            .map(|t| t.text)
            .collect();
        // Results that rest on corrected words show those corrections, not guesses at words
        // the search left alone (`مال`, "belonging", is not a typo of `ما` because the search
        // read `سهمش` as one).
        let read_as_typo = only.is_none_or(|terms| {
            terms.contains(&token.text) || analysed.iter().any(|t| terms.contains(t))
        });
        // A word the colloquial layer reads as typed (a word of a lexicon phrase in the query,
        // or a spoken form of a word the index holds: `میشه`, `رفته`) was understood:
        // "correcting" it to a look-alike (`همیشه`, `هفته`) would show the customer a question
        // they did not ask.
        if !read_as_typo
            || analysed.iter().any(|t| spoken_phrases.contains(t))
            || spoken_form_of_known_word(analysis, lang, &token.text, sections_with)
        {
            continue;
        }
        // The rest of a query with many unknown words stays as typed: bounded work per query.
        if looked_up >= MAX_EXPANDED_WORDS {
            break;
        }
        looked_up += 1;
        let better = if han {
            homophones
                .and_then(|h| sound_alike(h, &token.text, 1, sections_with).pop())
                .map(|e| e.text)
        } else {
            let max = usize::from(allowed_edits(&token.text)).max(1);
            closest((searcher, lookups), exact, &token.text, max)
        };
        if let Some(better) = better {
            out.push_str(&q[at..token.offset_from]);
            out.push_str(&better);
            at = token.offset_to;
            changed = true;
        }
    }
    out.push_str(&q[at..]);
    changed.then_some(out)
}

/// Whether one of the written forms of the spoken `word` is a word of the vocabulary.
fn spoken_form_of_known_word(
    analysis: AnalysisOptions,
    lang: Lang,
    word: &str,
    sections_with: impl Fn(&str) -> u64,
) -> bool {
    !analysis.ablation.colloquial_forms
        && written_forms(lang, word).iter().any(|form| {
            matches!(analysis.analyze_exact(lang, form).as_slice(), [one] if sections_with(&one.text) > 0)
        })
}

/// The vocabulary word closest to `word`, then the most frequent.
fn closest(
    (searcher, lookups): (&Searcher, &TermLookups),
    field: Field,
    word: &str,
    max: usize,
) -> Option<String> {
    let edits = u8::try_from(max.min(2)).unwrap_or(2);
    remembered_expand(lookups, searcher, &[field], word, edits, 1)
        .pop()
        .map(|e| e.text)
}
