//! Per-language BM25 statistics.
//!
//! All languages share one index, but a query only ever competes among sections of its own
//! language. tantivy's default statistics count every document of the index, which dilutes a
//! field's average length (and inflates document counts) by the other languages' documents and
//! the article documents; BM25's length normalisation then punishes long sections far too hard.
//! This provider answers with the numbers of one language's sections instead.

use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::index::{Fields, TermLookups};
use crate::lang::Lang;

/// BM25 statistics restricted to one language's sections.
pub struct LangStatistics<'a> {
    searcher: &'a Searcher,
    /// The build's remembered lookups: every term of a query asks for its frequency.
    lookups: &'a TermLookups,
    sections: u64,
}

impl<'a> LangStatistics<'a> {
    /// Statistics of `lang`, given how many article documents that language has (its documents
    /// are its sections plus one document per article).
    pub fn new(
        searcher: &'a Searcher,
        lookups: &'a TermLookups,
        fields: &Fields,
        lang: Lang,
        articles: usize,
    ) -> Self {
        let docs = lookups
            .doc_freq(searcher, &Term::from_field_text(fields.lang, lang.code()))
            .unwrap_or(0);
        LangStatistics {
            searcher,
            lookups,
            sections: docs.saturating_sub(articles as u64).max(1),
        }
    }
}

impl LangStatistics<'_> {
    /// The language's sections.
    pub fn sections(&self) -> u64 {
        self.sections
    }
}

impl Bm25StatisticsProvider for LangStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_tokens(self.searcher, field)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.sections)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.lookups.doc_freq(self.searcher, term)
    }
}
