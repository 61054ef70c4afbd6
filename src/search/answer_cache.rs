//! Ranked autocomplete answers remembered per loaded index: what the completion index cannot
//! answer costs a ranked search of milliseconds, and search as you type sends the same popular
//! prefixes again and again. Bounded, and dropped with its engine on reload (the answers
//! depend only on the index and the request).

use std::collections::HashMap;
use std::sync::Mutex;

use super::types::AutocompleteResponse;
use crate::lang::Lang;

/// Answers kept before the cache starts over (a few KB each).
const MAX_ENTRIES: usize = 4096;

/// What an answer depends on besides the index: the trimmed query, the language asked for
/// and the limit.
type Key = (String, Option<Lang>, usize);

/// Remembered ranked autocomplete answers.
#[derive(Debug, Default)]
pub(crate) struct AnswerCache {
    entries: Mutex<HashMap<Key, AutocompleteResponse>>,
}

impl AnswerCache {
    /// The answer remembered for this request.
    pub(crate) fn get(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Option<AutocompleteResponse> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(&(q.to_string(), lang, limit)).cloned()
    }

    /// Remembers an answer; a full cache is emptied first (popular requests come back at once).
    pub(crate) fn put(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
        answer: &AutocompleteResponse,
    ) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert((q.to_string(), lang, limit), answer.clone());
    }

    /// Number of answers remembered.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.lock().unwrap_or_else(|p| p.into_inner()).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(q: &str) -> AutocompleteResponse {
        AutocompleteResponse {
            query: q.into(),
            lang: "en".into(),
            completions: vec![],
        }
    }

    #[test]
    fn answers_are_found_by_the_whole_request_and_the_size_is_bounded() {
        let cache = AnswerCache::default();
        cache.put("fee", Some(Lang::En), 6, &answer("fee"));
        assert_eq!(
            cache.get("fee", Some(Lang::En), 6).map(|a| a.query),
            Some("fee".into())
        );
        assert!(cache.get("fee", None, 6).is_none());
        assert!(cache.get("fee", Some(Lang::En), 5).is_none());
        assert!(cache.get("fees", Some(Lang::En), 6).is_none());
        for i in 0..MAX_ENTRIES + 10 {
            cache.put(&format!("q{i}"), None, 6, &answer("q"));
        }
        assert!(cache.len() <= MAX_ENTRIES);
    }
}
