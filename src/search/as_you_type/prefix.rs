//! Search as you type: the vocabulary words that start with the word being typed, read from the
//! term dictionary's sorted range (no scan of the vocabulary).

use std::collections::HashMap;

use tantivy::schema::Field;
use tantivy::Searcher;

use crate::index::TermLookups;
use crate::search::limits::MAX_PREFIX_SCANNED;

/// [`completions`], remembered in the build's `lookups`.
pub fn remembered_completions(
    lookups: &TermLookups,
    searcher: &Searcher,
    field: Field,
    prefix: &str,
    limit: usize,
) -> Vec<(String, u64)> {
    lookups
        .prefix_words(searcher, (field, prefix, limit), || {
            completions(searcher, field, prefix, limit)
        })
        .to_vec()
}

/// The `limit` most frequent words of `field` that start with `prefix` (the prefix itself
/// included when it is a word) with their document frequencies, most frequent first, then
/// alphabetically.
pub fn completions(
    searcher: &Searcher,
    field: Field,
    prefix: &str,
    limit: usize,
) -> Vec<(String, u64)> {
    let mut found: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().range().ge(prefix.as_bytes()).into_stream() else {
            continue;
        };
        let mut scanned = 0;
        while scanned < MAX_PREFIX_SCANNED && stream.advance() {
            scanned += 1;
            if !stream.key().starts_with(prefix.as_bytes()) {
                break;
            }
            if let Ok(text) = std::str::from_utf8(stream.key()) {
                *found.entry(text.to_string()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    let mut words: Vec<(String, u64)> = found.into_iter().collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    words.truncate(limit);
    words
}
