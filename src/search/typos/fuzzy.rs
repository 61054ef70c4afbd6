//! Typo tolerance: the words of the index's vocabulary within a few edits of a query word,
//! found with a Levenshtein automaton over the term dictionary (no scan of the vocabulary).

use std::collections::HashMap;

use tantivy::query::FuzzyTermQuery;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::index::TermLookups;
use crate::search::limits::MAX_FUZZY_CANDIDATES;
use crate::text::bounded_levenshtein;

/// A vocabulary word close to a query word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    pub text: String,
    pub distance: usize,
    pub doc_freq: u64,
}

/// [`expand`], remembered in the build's `lookups`.
pub fn remembered_expand(
    lookups: &TermLookups,
    searcher: &Searcher,
    fields: &[Field],
    word: &str,
    max_edits: u8,
    limit: usize,
) -> Vec<Expansion> {
    let found = lookups.close_words(searcher, (fields, word, max_edits, limit), || {
        expand(searcher, fields, word, max_edits, limit)
            .into_iter()
            .map(|e| (e.text, e.distance, e.doc_freq))
            .collect()
    });
    found
        .iter()
        .map(|(text, distance, doc_freq)| Expansion {
            text: text.clone(),
            distance: *distance,
            doc_freq: *doc_freq,
        })
        .collect()
}

/// Words of `fields` within `max_edits` of `word` (the word itself excluded), closest first,
/// then most frequent; at most `limit`.
pub fn expand(
    searcher: &Searcher,
    fields: &[Field],
    word: &str,
    max_edits: u8,
    limit: usize,
) -> Vec<Expansion> {
    let mut found: HashMap<String, u64> = HashMap::new();
    'fields: for &field in fields {
        let Ok(automaton) =
            FuzzyTermQuery::new(Term::from_field_text(field, word), max_edits, true).automaton()
        else {
            continue;
        };
        for segment in searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(field) else {
                continue;
            };
            let Ok(mut stream) = inverted.terms().search(&automaton).into_stream() else {
                continue;
            };
            while stream.advance() {
                let Ok(text) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                if text != word {
                    *found.entry(text.to_string()).or_default() +=
                        u64::from(stream.value().doc_freq);
                }
                if found.len() >= MAX_FUZZY_CANDIDATES {
                    break 'fields;
                }
            }
        }
    }
    let max = usize::from(max_edits);
    let mut out: Vec<Expansion> = found
        .into_iter()
        .filter_map(|(text, doc_freq)| {
            // The automaton counts a transposition as one edit; so does the ranking, roughly:
            // plain Levenshtein may say 2, which only orders such a candidate later.
            let distance = bounded_levenshtein(word, &text, max + 1)?;
            Some(Expansion {
                text,
                distance,
                doc_freq,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.distance
            .cmp(&b.distance)
            .then(b.doc_freq.cmp(&a.doc_freq))
            .then_with(|| a.text.cmp(&b.text))
    });
    out.truncate(limit);
    out
}
