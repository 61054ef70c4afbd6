//! The click-through prior (issue 16, lever 3): for a query, in its language, the articles
//! customers keep opening from its results, each with a bounded boost. Search only reads it:
//! the prior is learned from the insights store by a later stage and handed over through a
//! [`LearnedHandle`] shared by every engine of a server.
//!
//! A query finds its entry by [`query_key`], the same normalisation the insights store keeps
//! with each search (`searches.normalized`): one function, so the two can never drift.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use super::vocabulary::Vocabulary;
use crate::lang::Lang;

/// Highest boost an entry may carry: a learned article's score is multiplied by at most
/// `1 + MAX_BOOST`, so it can pass results scoring up to that much more, never a result the
/// query matches far better (an exact title, a strong match on every word).
pub const MAX_BOOST: f32 = 1.0;

/// Articles ranked before a learned boost is applied, when the query has an entry: a learned
/// article just below the page still gets its chance to move up.
pub(crate) const LEARNED_DEPTH: usize = 10;

/// The key of a query in a language: its exact-analysed terms joined by spaces (lower case,
/// letters normalised, diacritics dropped), or the lower-cased text for an unknown language.
/// The insights store keeps this with every search it records.
pub fn query_key(lang: &str, text: &str) -> String {
    match Lang::from_code(lang) {
        Some(l) => crate::analysis::analyze_exact(l, text)
            .into_iter()
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" "),
        None => text.to_lowercase(),
    }
}

/// An article learned for a query.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnedArticle {
    /// The article's language (a query's results can be in another language).
    pub lang: Lang,
    pub article: String,
    /// The section opened most often; empty for the article's top.
    pub anchor: String,
    /// Score multiplier minus one, in `0..=MAX_BOOST`.
    pub boost: f32,
}

/// Learned articles by (query language, [`query_key`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LearnedPrior {
    entries: HashMap<(Lang, String), Vec<LearnedArticle>>,
    /// Languages with at least one entry: a query in another language costs no analysis.
    langs: [bool; Lang::ALL.len()],
    /// Words of the learned queries, for queries never seen as such.
    vocabulary: Vocabulary,
}

impl LearnedPrior {
    /// Adds an article for a query key; its boost is clamped to `0..=MAX_BOOST`.
    pub fn insert(&mut self, lang: Lang, key: String, mut article: LearnedArticle) {
        article.boost = if article.boost.is_finite() {
            article.boost.clamp(0.0, MAX_BOOST)
        } else {
            0.0
        };
        self.langs[lang.index()] = true;
        self.entries.entry((lang, key)).or_default().push(article);
    }

    /// Whether nothing was learned.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.vocabulary.is_empty()
    }

    /// The prior with `vocabulary` as its learned words.
    pub fn with_vocabulary(mut self, vocabulary: Vocabulary) -> Self {
        self.vocabulary = vocabulary;
        self
    }

    /// The learned words.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// Number of (query, article) entries.
    pub fn len(&self) -> usize {
        self.entries.values().map(Vec::len).sum()
    }

    /// The articles learned for `q` searched in `langs`: one hash lookup per language that has
    /// entries, after analysing the query in it.
    pub fn lookup(&self, q: &str, langs: &[Lang]) -> Vec<&LearnedArticle> {
        let mut found = Vec::new();
        for &lang in langs {
            if !self.langs[lang.index()] {
                continue;
            }
            if let Some(articles) = self.entries.get(&(lang, query_key(lang.code(), q))) {
                found.extend(articles);
            }
        }
        found
    }
}

/// A prior and its generation (bumped on every change; answers are remembered per generation).
#[derive(Debug, Clone, Default)]
pub struct LearnedSnapshot {
    pub generation: u64,
    pub prior: Arc<LearnedPrior>,
}

/// The prior in force, shared by every engine of a server and replaced in the background.
#[derive(Debug, Clone, Default)]
pub struct LearnedHandle {
    current: Arc<RwLock<LearnedSnapshot>>,
}

impl LearnedHandle {
    /// A handle holding `prior` (generation 1 when it is not empty).
    pub fn with_prior(prior: LearnedPrior) -> Self {
        let handle = LearnedHandle::default();
        handle.set(prior);
        handle
    }

    /// The prior in force and its generation: one read lock and an `Arc` clone.
    pub fn snapshot(&self) -> LearnedSnapshot {
        match self.current.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Puts `prior` in force. Returns whether it differs from the one in force (only then is
    /// the generation bumped, so remembered answers stay valid across refreshes that learned
    /// nothing new).
    pub fn set(&self, prior: LearnedPrior) -> bool {
        let mut current = match self.current.write() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        if *current.prior == prior {
            return false;
        }
        current.generation += 1;
        current.prior = Arc::new(prior);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, boost: f32) -> LearnedArticle {
        LearnedArticle {
            lang: Lang::En,
            article: id.into(),
            anchor: String::new(),
            boost,
        }
    }

    #[test]
    fn a_query_finds_its_entry_by_its_normalised_form_only_in_its_language() {
        let mut prior = LearnedPrior::default();
        prior.insert(
            Lang::En,
            query_key("en", "Cash out"),
            article("withdraw", 0.5),
        );
        assert_eq!(prior.lookup("  CASH   out ", &[Lang::En]).len(), 1);
        assert!(prior.lookup("cash out", &[Lang::Fa]).is_empty());
        assert!(prior.lookup("cash", &[Lang::En]).is_empty());
        assert_eq!(prior.len(), 1);
    }

    #[test]
    fn boosts_are_clamped() {
        let mut prior = LearnedPrior::default();
        prior.insert(Lang::En, "a".into(), article("x", 9.0));
        prior.insert(Lang::En, "b".into(), article("y", -1.0));
        prior.insert(Lang::En, "c".into(), article("z", f32::NAN));
        assert_eq!(prior.lookup("a", &[Lang::En])[0].boost, MAX_BOOST);
        assert_eq!(prior.lookup("b", &[Lang::En])[0].boost, 0.0);
        assert_eq!(prior.lookup("c", &[Lang::En])[0].boost, 0.0);
    }

    #[test]
    fn the_generation_moves_only_when_the_prior_changes() {
        let handle = LearnedHandle::default();
        assert_eq!(handle.snapshot().generation, 0);
        assert!(!handle.set(LearnedPrior::default()));
        let mut prior = LearnedPrior::default();
        prior.insert(Lang::En, "a".into(), article("x", 0.5));
        assert!(handle.set(prior.clone()));
        assert_eq!(handle.snapshot().generation, 1);
        assert!(!handle.set(prior));
        assert_eq!(handle.snapshot().generation, 1);
        assert!(handle.set(LearnedPrior::default()));
        assert_eq!(handle.snapshot().generation, 2);
        assert!(handle.snapshot().prior.is_empty());
    }
}
