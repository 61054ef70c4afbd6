//! Term-dictionary lookups of one build, remembered: how many documents hold a term, and what
//! a walk of the dictionary found (the completions of a prefix, the corrections of a word).
//!
//! A build never changes once opened, so a remembered answer cannot go stale, and every search
//! asks again for the same common words (`what`, `how many`, `چه کسی`): the lookups and walks
//! were about a sixth of a fresh search's CPU, the same work for every request
//! (docs/PERFORMANCE.md, issue 15). Only the dictionary is remembered, never an answer: each
//! search still matches, scores and reads its results.
//!
//! Each table is bounded: when it is full it is emptied and fills again, so memory stays
//! bounded whatever queries come. Lookups for a searcher of another generation than the one
//! the tables were made for are answered without them.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};

use tantivy::schema::Field;
use tantivy::{Searcher, Term};

/// Terms whose document frequency is remembered at most.
const MAX_TERMS: usize = 1 << 16;
/// Dictionary walks remembered at most, per kind.
const MAX_WALKS: usize = 1 << 13;

/// A word a prefix walk found: its text and how many documents hold it.
pub type PrefixWord = (String, u64);
/// A word a fuzzy walk found: its text, its edit distance and how many documents hold it.
pub type CloseWord = (String, usize, u64);
/// What a fuzzy walk looked for: the words of these fields within so many edits of this word,
/// at most so many.
type CloseWalk = (Vec<Field>, String, u8, usize);

/// The remembered lookups of one build's searcher.
pub struct TermLookups {
    /// The searcher generation the tables belong to.
    generation: u64,
    doc_freqs: Table<Term, u64>,
    prefixes: Table<(Field, String, usize), Arc<[PrefixWord]>>,
    corrections: Table<CloseWalk, Arc<[CloseWord]>>,
}

impl TermLookups {
    /// Empty tables for the searchers of `searcher`'s generation.
    pub(crate) fn new(searcher: &Searcher) -> TermLookups {
        TermLookups {
            generation: searcher.generation().generation_id(),
            doc_freqs: Table::new(MAX_TERMS),
            prefixes: Table::new(MAX_WALKS),
            corrections: Table::new(MAX_WALKS),
        }
    }

    fn applies_to(&self, searcher: &Searcher) -> bool {
        searcher.generation().generation_id() == self.generation
    }

    /// Documents of `searcher` holding `term` ([`Searcher::doc_freq`]); an error is returned,
    /// not remembered.
    pub fn doc_freq(&self, searcher: &Searcher, term: &Term) -> tantivy::Result<u64> {
        if !self.applies_to(searcher) {
            return searcher.doc_freq(term);
        }
        if let Some(n) = self.doc_freqs.get(term) {
            return Ok(n);
        }
        let n = searcher.doc_freq(term)?;
        self.doc_freqs.put(term.clone(), n);
        Ok(n)
    }

    /// What `walk` finds for the words of `field` starting with `prefix` (at most `limit`),
    /// remembered.
    pub fn prefix_words(
        &self,
        searcher: &Searcher,
        (field, prefix, limit): (Field, &str, usize),
        walk: impl FnOnce() -> Vec<PrefixWord>,
    ) -> Arc<[PrefixWord]> {
        if !self.applies_to(searcher) {
            return walk().into();
        }
        let key = (field, prefix.to_string(), limit);
        if let Some(found) = self.prefixes.get(&key) {
            return found;
        }
        let found: Arc<[PrefixWord]> = walk().into();
        self.prefixes.put(key, found.clone());
        found
    }

    /// What `walk` finds for the words of `fields` within `edits` of `word` (at most `limit`),
    /// remembered.
    pub fn close_words(
        &self,
        searcher: &Searcher,
        (fields, word, edits, limit): (&[Field], &str, u8, usize),
        walk: impl FnOnce() -> Vec<CloseWord>,
    ) -> Arc<[CloseWord]> {
        if !self.applies_to(searcher) {
            return walk().into();
        }
        let key = (fields.to_vec(), word.to_string(), edits, limit);
        if let Some(found) = self.corrections.get(&key) {
            return found;
        }
        let found: Arc<[CloseWord]> = walk().into();
        self.corrections.put(key, found.clone());
        found
    }
}

/// A bounded map shared by the search threads. The keys come from customers' queries, so the
/// map keeps the standard library's keyed hasher.
struct Table<K, V> {
    max: usize,
    map: RwLock<HashMap<K, V>>,
}

impl<K: Hash + Eq, V: Clone> Table<K, V> {
    fn new(max: usize) -> Self {
        Table {
            max,
            map: RwLock::new(HashMap::new()),
        }
    }

    fn get(&self, key: &K) -> Option<V> {
        // A poisoned lock (a panic elsewhere while writing) only costs the remembering.
        self.map.read().ok()?.get(key).cloned()
    }

    fn put(&self, key: K, value: V) {
        let Ok(mut map) = self.map.write() else {
            return;
        };
        if map.len() >= self.max {
            map.clear();
        }
        map.insert(key, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::{Schema, STRING};
    use tantivy::{doc, Index};

    #[test]
    fn remembered_lookups_are_the_searchers_and_are_bounded() {
        let mut b = Schema::builder();
        let word = b.add_text_field("word", STRING);
        let index = Index::create_in_ram(b.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for w in ["fee", "fee", "fees", "free"] {
            writer.add_document(doc!(word => w)).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let lookups = TermLookups::new(&searcher);
        for w in ["fee", "fees", "nothing", "fee"] {
            let term = Term::from_field_text(word, w);
            assert_eq!(
                lookups.doc_freq(&searcher, &term).unwrap(),
                searcher.doc_freq(&term).unwrap(),
                "{w}"
            );
        }
        // A walk runs once per key; another key walks again.
        let mut walks = 0;
        for prefix in ["fe", "fe", "fr"] {
            let found = lookups.prefix_words(&searcher, (word, prefix, 8), || {
                walks += 1;
                vec![(prefix.to_string(), 1)]
            });
            assert_eq!(found[0].0, prefix);
        }
        assert_eq!(walks, 2);
        // A full table starts again instead of growing.
        let table = Table::new(2);
        for i in 0..5 {
            table.put(i, i);
        }
        assert_eq!(table.map.read().unwrap().len(), 1);
        assert_eq!(table.get(&4), Some(4));
    }
}
