//! Did-you-mean: spelling corrections drawn from the index's own vocabulary.

use tantivy::schema::Field;
use tantivy::Searcher;

use super::edit_distance::allowed_edits;
use super::fuzzy::remembered_expand;
use super::sound_alike::sound_alike;
use crate::analysis::{script_of, AnalysisOptions, Script};
use crate::index::{Homophones, TermLookups};
use crate::lang::Lang;
use crate::search::limits::MAX_EXPANDED_WORDS;

/// The query with each unknown word replaced by the closest, most frequent word of the
/// vocabulary (the unstemmed `exact` field, analysed as `analysis` says), a Chinese word by
/// the commonest word of its sound (`homophones`, the pinyin keyboard's slip); `None` when
/// nothing would change. Dictionary lookups go through the build's remembered `lookups`.
pub fn correct(
    analysis: AnalysisOptions,
    q: &str,
    lang: Lang,
    (searcher, lookups, homophones): (&Searcher, &TermLookups, Option<&Homophones>),
    exact: Field,
) -> Option<String> {
    let mut out = String::with_capacity(q.len());
    let mut at = 0;
    let mut changed = false;
    let mut looked_up = 0;
    let mut last_position = None;
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
