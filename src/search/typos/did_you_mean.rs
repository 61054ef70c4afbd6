//! Did-you-mean: spelling corrections drawn from the index's own vocabulary.

use tantivy::schema::Field;
use tantivy::Searcher;

use super::edit_distance::allowed_edits;
use super::fuzzy::remembered_expand;
use crate::analysis::{script_of, AnalysisOptions, Script};
use crate::index::TermLookups;
use crate::lang::Lang;
use crate::search::limits::MAX_EXPANDED_WORDS;

/// The query with each unknown word replaced by the closest, most frequent word of the
/// vocabulary (the unstemmed `exact` field, analysed as `analysis` says); `None` when nothing
/// would change. Dictionary lookups go through the build's remembered `lookups`.
pub fn correct(
    analysis: AnalysisOptions,
    q: &str,
    lang: Lang,
    (searcher, lookups): (&Searcher, &TermLookups),
    exact: Field,
) -> Option<String> {
    let mut out = String::with_capacity(q.len());
    let mut at = 0;
    let mut changed = false;
    let mut looked_up = 0;
    for token in analysis.analyze_exact(lang, q) {
        if !matches!(script_of(&token.text), Script::Latin | Script::Arabic) {
            continue;
        }
        let known = lookups
            .doc_freq(
                searcher,
                &tantivy::Term::from_field_text(exact, &token.text),
            )
            .unwrap_or(0)
            > 0;
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
        let max = usize::from(allowed_edits(&token.text)).max(1);
        if let Some(better) = closest((searcher, lookups), exact, &token.text, max) {
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
