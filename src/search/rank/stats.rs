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
    /// Words counted as found in at least this many sections (their own count when higher),
    /// in every field: an inflected form (`کارتم`, "my card") counts as often as its bare
    /// word (`کارت`) is found, so that one short heading saying "my card" is not the rarest,
    /// strongest match of a question about a card.
    raised: Vec<(String, u64)>,
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
            raised: Vec::new(),
        }
    }

    /// The same statistics with these words counted as found in at least so many sections.
    pub fn raised(mut self, raised: Vec<(String, u64)>) -> Self {
        self.raised = raised;
        self
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
        let n = self.lookups.doc_freq(self.searcher, term)?;
        let value = term.value();
        let text = value.as_str();
        let at_least = self
            .raised
            .iter()
            .filter(|(w, _)| Some(w.as_str()) == text)
            .fold(0, |most, &(_, m)| most.max(m));
        // Never above the sections there are: BM25's idf would turn negative.
        Ok(if at_least > n {
            at_least.min(self.sections)
        } else {
            n
        })
    }
}
