//! Search as you type: the completion index of titles, questions and headings first, ranked
//! search when it has no good answer, and the ranked answers a server remembers.

use std::sync::Arc;
use std::time::Instant;

use tantivy::columnar::Column;
use tantivy::{DocAddress, Searcher};

use super::completion::CompletionIndex;
use crate::content::article_url;
use crate::index::{ArticleMeta, Catalog, HEADING_SLOT};
use crate::lang::{detect, Lang};
use crate::search::engine::{validate_query, Engine};
use crate::search::error::Result;
use crate::search::query::Filters;
use crate::search::stored::{SectionCard, StoredSection};
use crate::search::types::*;

impl Engine {
    /// Starts building the completion index on its own thread, so that loading an index stays
    /// fast; autocomplete falls back to ranked search until it is ready.
    pub fn build_completions_in_background(&self) {
        if self.completions.get().is_some() {
            return;
        }
        let slot = Arc::clone(&self.completions);
        let index = Arc::clone(&self.index);
        let spawned = std::thread::Builder::new()
            .name("completions".into())
            .spawn(move || {
                let started = Instant::now();
                let built =
                    slot.get_or_init(|| CompletionIndex::build(&index.catalog, index.analysis()));
                tracing::info!(
                    candidates = built.len(),
                    heap_bytes = built.heap_bytes(),
                    ms = started.elapsed().as_millis() as u64,
                    "completion index built"
                );
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start the completion index thread ({e}); autocomplete will build it on first use");
        }
    }

    /// The completion index, built on this thread now unless it is built or being built
    /// already (then this waits for it).
    pub fn completions(&self) -> &CompletionIndex {
        self.completions
            .get_or_init(|| CompletionIndex::build(&self.index.catalog, self.index.analysis()))
    }

    /// Whether the completion index is ready.
    pub fn completions_ready(&self) -> bool {
        self.completions.get().is_some()
    }

    /// A handful of questions, titles and headings for search as you type: from the completion
    /// index (built now if need be), or from ranked search when it finds nothing (a typo, or
    /// words found only in article text).
    pub fn autocomplete(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Result<AutocompleteResponse> {
        let q = validate_query(q)?;
        self.complete(q, &query_langs(q, lang), limit, Some(self.completions()))
    }

    /// Completions from the completion index alone, without waiting for it: `None` when it is
    /// not built yet or has no good match, and [`Engine::autocomplete_without_waiting`] should
    /// answer. Costs microseconds, so a server can answer it on its async threads.
    pub fn autocomplete_indexed(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Result<Option<AutocompleteResponse>> {
        let q = validate_query(q)?;
        let Some(index) = self.completions.get() else {
            return Ok(None);
        };
        let langs = query_langs(q, lang);
        let found = index.complete(&self.index.catalog, q, &langs, limit);
        if found.list.is_empty() || found.scattered_only {
            return Ok(None);
        }
        Ok(Some(completion_response(q, &langs, found.list)))
    }

    /// A ranked answer [`Engine::autocomplete_without_waiting`] gave to the same request
    /// before, if it is remembered. Costs microseconds.
    pub fn autocomplete_remembered(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Option<AutocompleteResponse> {
        self.remembered_completions
            .get(&(q.trim().to_string(), lang, limit))
    }

    /// [`Engine::autocomplete`] without waiting for the completion index (ranked search
    /// answers until it is built), remembering ranked answers given once it is (see
    /// [`Engine::autocomplete_remembered`]).
    pub fn autocomplete_without_waiting(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Result<AutocompleteResponse> {
        let q = validate_query(q)?;
        let index = self.completions.get();
        let resp = self.complete(q, &query_langs(q, lang), limit, index)?;
        if index.is_some() {
            self.remembered_completions
                .put((q.to_string(), lang, limit), &resp);
        }
        Ok(resp)
    }

    /// Completions by ranked search alone (what autocomplete did before the completion index):
    /// the best section of each matching article, by its heading or the article's title.
    pub fn autocomplete_ranked(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Result<AutocompleteResponse> {
        let q = validate_query(q)?;
        self.complete(q, &query_langs(q, lang), limit, None)
    }

    /// The completion index's answer when it has a good one; else ranked search's, followed
    /// by the index's weak matches.
    fn complete(
        &self,
        q: &str,
        langs: &[Lang],
        limit: usize,
        index: Option<&CompletionIndex>,
    ) -> Result<AutocompleteResponse> {
        let found = index
            .map(|i| i.complete(&self.index.catalog, q, langs, limit))
            .unwrap_or_default();
        if !found.list.is_empty() && !found.scattered_only {
            return Ok(completion_response(q, langs, found.list));
        }
        let mut resp = self.complete_ranked(q, langs, limit)?;
        for c in found.list {
            if resp.completions.len() >= limit {
                break;
            }
            if resp.completions.iter().all(|r| r.text != c.text) {
                resp.completions.push(c);
            }
        }
        Ok(resp)
    }

    fn complete_ranked(
        &self,
        q: &str,
        langs: &[Lang],
        limit: usize,
    ) -> Result<AutocompleteResponse> {
        let searcher = self.searcher();
        let fields = &self.index.fields;
        // Twice the list: completions with the same text are shown once.
        let ranked = self.rank(
            &searcher,
            q,
            langs,
            &Filters::default(),
            true,
            limit.saturating_mul(2),
        )?;
        let mut completions: Vec<Completion> = Vec::new();
        let mut slots = HeadingSlots::new(&searcher);
        for g in &ranked.groups {
            if completions.len() >= limit {
                break;
            }
            let Some(&(_, addr)) = g.sections.first() else {
                continue;
            };
            // The catalog holds what a completion shows of a section it lists: most groups
            // are duplicates of a completion already found (articles share headings), and
            // reading their documents to find that out was a third of a ranked completion's
            // time at 100k articles, each from a doc store block not in the cache
            // (docs/PERFORMANCE.md, "Eighth step").
            if let Some(listed) = slots
                .get(addr)
                .and_then(|slot| listed_completion(&self.index.catalog, g.article_ord, slot))
            {
                if completions.iter().all(|c| c.text != listed.text) {
                    completions.push(listed.completion());
                }
                continue;
            }
            // Read in place, without the body: decoding whole documents (body, markdown and
            // terms, a byte at a time, each text checked as UTF-8) was a quarter of a ranked
            // completion's time at 100k articles (docs/PERFORMANCE.md).
            let bytes = self.index.doc_bytes(&searcher, addr);
            let values = bytes.as_ref().and_then(|b| b.values());
            let completion = |s: SectionCard| Completion {
                text: if s.heading.is_empty() {
                    s.title
                } else {
                    s.heading
                }
                .to_string(),
                url: s.url(),
                title: s.title.to_string(),
            };
            let found = match values
                .as_deref()
                .and_then(|v| SectionCard::read(v, fields, false))
            {
                Some(card) => completion(card),
                None => completion(StoredSection::load(&searcher, fields, addr)?.card()),
            };
            if completions.iter().any(|c| c.text == found.text) {
                continue;
            }
            completions.push(found);
        }
        Ok(completion_response(q, langs, completions))
    }
}

/// The `heading_slot` fast field of a searcher's segments, each opened when first needed.
struct HeadingSlots<'a> {
    searcher: &'a Searcher,
    /// Per segment: not opened yet, or the column (`None` if it cannot be opened).
    columns: Vec<Option<Option<Column<u64>>>>,
}

impl<'a> HeadingSlots<'a> {
    fn new(searcher: &'a Searcher) -> Self {
        HeadingSlots {
            searcher,
            columns: Vec::new(),
        }
    }

    /// The section's slot; `None` when it has none or the column cannot be read (the
    /// document is then read instead).
    fn get(&mut self, addr: DocAddress) -> Option<u64> {
        let segment = addr.segment_ord as usize;
        if self.columns.len() <= segment {
            self.columns.resize(segment + 1, None);
        }
        let searcher = self.searcher;
        self.columns[segment]
            .get_or_insert_with(|| {
                let reader = searcher.segment_readers().get(segment)?;
                reader.fast_fields().u64(HEADING_SLOT).ok()
            })
            .as_ref()?
            .first(addr.doc_id)
    }
}

/// What a completion shows of a section the catalog lists, borrowed from the catalog.
struct Listed<'a> {
    meta: &'a ArticleMeta,
    anchor: &'a str,
    text: &'a str,
}

impl Listed<'_> {
    fn completion(&self) -> Completion {
        Completion {
            text: self.text.to_string(),
            url: article_url(self.meta.lang, &self.meta.id, self.anchor),
            title: self.meta.title.clone(),
        }
    }
}

/// The completion of the section in `slot` of article `article_ord`, as reading the section
/// would make it (its heading, or the title for the lead text); `None` if the catalog does not
/// have it.
fn listed_completion(catalog: &Catalog, article_ord: u64, slot: u64) -> Option<Listed<'_>> {
    let meta = catalog.by_ord(article_ord)?;
    let (anchor, text) = match slot.checked_sub(1) {
        None => ("", meta.title.as_str()),
        Some(n) => {
            let (anchor, heading) = meta.headings.get(usize::try_from(n).ok()?)?;
            let text = if heading.is_empty() {
                &meta.title
            } else {
                heading
            };
            (anchor.as_str(), text.as_str())
        }
    };
    Some(Listed { meta, anchor, text })
}

fn completion_response(
    q: &str,
    langs: &[Lang],
    completions: Vec<Completion>,
) -> AutocompleteResponse {
    AutocompleteResponse {
        query: q.to_string(),
        lang: langs[0],
        completions,
    }
}

/// The languages a query is searched in: the one asked for, else the likely ones.
fn query_langs(q: &str, lang: Option<Lang>) -> Vec<Lang> {
    match lang {
        Some(l) => vec![l],
        None => detect(q).langs(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::content::load_content;
    use crate::index::{open_built, IndexDir, LoadedIndex};
    use crate::search::rank::ARTICLE_ORD;

    /// Checks every section of the engine's index: the catalog's completion is what reading
    /// the section makes. Returns (sections, lead sections).
    fn check_catalog_completions(engine: &Engine) -> (usize, usize) {
        let searcher = engine.searcher();
        let fields = &engine.index.fields;
        let mut slots = HeadingSlots::new(&searcher);
        let (mut sections, mut leads) = (0, 0);
        for (segment, reader) in searcher.segment_readers().iter().enumerate() {
            let ords = reader.fast_fields().u64(ARTICLE_ORD).expect("article_ord");
            for doc in 0..reader.max_doc() {
                let addr = DocAddress::new(segment as u32, doc);
                let Some(slot) = slots.get(addr) else {
                    continue;
                };
                let ord = ords.first(doc).expect("an article_ord");
                let listed = listed_completion(&engine.index.catalog, ord, slot)
                    .expect("the catalog lists the section")
                    .completion();
                let stored = StoredSection::load(&searcher, fields, addr).expect("a document");
                let card = stored.card();
                let text = if card.heading.is_empty() {
                    card.title
                } else {
                    card.heading
                };
                assert_eq!(
                    (
                        listed.text.as_str(),
                        listed.url.as_str(),
                        listed.title.as_str()
                    ),
                    (text, card.url().as_str(), card.title),
                );
                sections += 1;
                leads += usize::from(slot == 0);
            }
        }
        (sections, leads)
    }

    #[test]
    fn catalog_completions_are_those_of_the_stored_sections() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let report = load_content(&content);
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        let tmp = tempfile::tempdir().expect("tempdir");
        let engine = Engine::new(open_built(&report, tmp.path(), &content));
        let (sections, leads) = check_catalog_completions(&engine);
        // Every section of the bundled content has a slot.
        let all: usize = report.articles.iter().map(|a| a.sections.len()).sum();
        assert_eq!(sections, all);
        assert!(leads > 0);
    }

    /// The same check on a large index built elsewhere: `DALIL_CHECK_INDEX=<index folder>
    /// cargo test --lib catalog_completions -- --ignored` (the 100k corpus's, for the Eighth
    /// step of docs/PERFORMANCE.md).
    #[test]
    #[ignore]
    fn catalog_completions_of_a_given_index() {
        let Some(dir) = std::env::var_os("DALIL_CHECK_INDEX") else {
            return;
        };
        let index = LoadedIndex::open(&IndexDir::new(Path::new(&dir))).expect("an index");
        let (sections, leads) = check_catalog_completions(&Engine::new(index.into()));
        eprintln!("{sections} sections ({leads} lead sections) checked");
        assert!(sections > 0);
    }
}
