//! Search as you type: the completion index of titles, questions and headings first, ranked
//! search when it has no good answer, and the ranked answers a server remembers.

use std::sync::Arc;
use std::time::Instant;

use super::completion::CompletionIndex;
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
        for g in &ranked.groups {
            if completions.len() >= limit {
                break;
            }
            let Some(&(_, addr)) = g.sections.first() else {
                continue;
            };
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
