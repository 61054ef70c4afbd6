//! Answers remembered per loaded index. A help center is asked the same things again and again
//! (popular questions, the prefixes everyone types on the way to them), and an answer depends
//! only on the index and the request: the server keeps the ranked answers it gave, bounded, and
//! drops them with their engine on reload.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

use super::limits::MAX_REMEMBERED_ANSWERS;

/// Remembered answers by request.
#[derive(Debug)]
pub(crate) struct AnswerCache<K, V> {
    entries: Mutex<HashMap<K, V>>,
}

impl<K, V> Default for AnswerCache<K, V> {
    fn default() -> Self {
        AnswerCache {
            entries: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Hash + Eq, V: Clone> AnswerCache<K, V> {
    /// The answer remembered for this request.
    pub(crate) fn get(&self, key: &K) -> Option<V> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(key).cloned()
    }

    /// Remembers an answer; a full cache is emptied first (popular requests come back at once,
    /// and emptying costs nothing per request, unlike keeping an eviction order).
    pub(crate) fn put(&self, key: K, answer: &V) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= MAX_REMEMBERED_ANSWERS {
            entries.clear();
        }
        entries.insert(key, answer.clone());
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

    #[test]
    fn answers_are_found_by_the_whole_request_and_the_size_is_bounded() {
        let cache: AnswerCache<(String, Option<u8>, usize), String> = AnswerCache::default();
        cache.put(("fee".into(), Some(1), 6), &"answer".to_string());
        assert_eq!(
            cache.get(&("fee".into(), Some(1), 6)),
            Some("answer".into())
        );
        assert!(cache.get(&("fee".into(), None, 6)).is_none());
        assert!(cache.get(&("fee".into(), Some(1), 5)).is_none());
        assert!(cache.get(&("fees".into(), Some(1), 6)).is_none());
        for i in 0..MAX_REMEMBERED_ANSWERS + 10 {
            cache.put((format!("q{i}"), None, 6), &"a".to_string());
        }
        assert!(cache.len() <= MAX_REMEMBERED_ANSWERS);
        assert!(cache.len() > 0);
    }
}
