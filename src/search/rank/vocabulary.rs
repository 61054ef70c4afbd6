//! Learned vocabulary (issue 16, lever 3): the words of the queries customers search, tied to
//! the articles they open from the results, as evidence for *other* queries that share them.
//!
//! The click-through prior ([`super::LearnedPrior`]'s entries) only serves a query already seen
//! word for word. A customer's next question is worded differently, but its words are not new:
//! "husband", "who took", "still nothing" keep ending in one article of a pair of siblings
//! (the deposits FAQ, not the deposit guide). Each learned query is one vote, split among the
//! articles it opens by their share; a word's votes per article against the article's votes
//! overall give its lift (naive Bayes, smoothed toward the article's overall share), and the
//! query's best few articles are reordered by the product of their words' lifts, to the power
//! of a small weight. Only words seen in [`MIN_WORD_QUERIES`] different learned queries speak,
//! only articles the query already matches move, and none is added.

use std::collections::{BTreeMap, HashMap};

use crate::lang::Lang;

/// Different learned queries a word must appear in before it speaks: one query's words are
/// its own entry's business, and one query's wrong clicks must not become a word's meaning.
pub const MIN_WORD_QUERIES: u32 = 3;

/// Articles of a query reordered by their words' lifts: the siblings a customer hesitates
/// between, not the long tail.
pub const VOCABULARY_DEPTH: usize = 5;

/// Largest change of a score's logarithm (a factor of e^2 up or down): a long message of many
/// known words cannot overturn a strong match.
const MAX_LOG_LIFT: f32 = 2.0;

/// An article of the help center: (language, id).
pub type ArticleKey = (Lang, String);

/// One learned query's vote for an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Vote {
    /// The language searched in.
    pub lang: Lang,
    /// The query's normalised terms ([`super::query_key`]).
    pub normalized: String,
    pub article: ArticleKey,
    /// The article's share of the query's counted opens (a query's shares sum to at most 1).
    pub share: f32,
}

/// The votes a word got, per article.
#[derive(Debug, Clone, Default, PartialEq)]
struct WordVotes {
    /// Learned queries holding the word.
    distinct: u32,
    /// Learned queries holding the word (their shares summed).
    queries: f32,
    articles: HashMap<ArticleKey, f32>,
}

/// One language's learned words.
#[derive(Debug, Clone, Default, PartialEq)]
struct LangVocabulary {
    /// Learned queries (their shares summed).
    queries: f32,
    /// Votes per article.
    articles: HashMap<ArticleKey, f32>,
    words: HashMap<String, WordVotes>,
}

impl LangVocabulary {
    /// The article's overall share, smoothed: an article nobody opened still has a little.
    fn base(&self, article: &ArticleKey) -> f32 {
        let n = self.articles.len() as f32;
        (self.articles.get(article).copied().unwrap_or(0.0) + 1.0) / (self.queries + n)
    }

    /// The log of the word's lift for the article, when the word has enough evidence.
    fn log_lift(&self, word: &str, article: &ArticleKey) -> Option<f32> {
        let w = self.speaking(word)?;
        Some(self.word_log_lift(w, article, self.base(article)))
    }

    /// The word's votes, when it has enough evidence to speak.
    fn speaking(&self, word: &str) -> Option<&WordVotes> {
        self.words
            .get(word)
            .filter(|w| w.distinct >= MIN_WORD_QUERIES)
    }

    /// The log of a speaking word's lift for the article whose base share is `base`.
    fn word_log_lift(&self, w: &WordVotes, article: &ArticleKey, base: f32) -> f32 {
        let n = self.articles.len() as f32;
        let votes = w.articles.get(article).copied().unwrap_or(0.0);
        let given_word = (votes + base * n) / (w.queries + n);
        (given_word / base).ln()
    }
}

/// The learned words of every language, and the weight they rank with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    /// Exponent of the product of lifts (0: off).
    weight: f32,
    langs: HashMap<Lang, LangVocabulary>,
}

impl Vocabulary {
    /// The vocabulary of `votes`, ranking with `weight` (0 or less, or not finite: off).
    pub fn learn<'a>(votes: impl IntoIterator<Item = &'a Vote>, weight: f32) -> Self {
        let weight = if weight.is_finite() {
            weight.max(0.0)
        } else {
            0.0
        };
        let mut langs: HashMap<Lang, LangVocabulary> = HashMap::new();
        if weight == 0.0 {
            return Vocabulary { weight, langs };
        }
        // Votes per (language, query), so a query's words are counted once; in a fixed order,
        // so that the sums (and a learned word's lift) are the same on every refresh.
        let mut per_query: BTreeMap<(Lang, &str), Vec<(&ArticleKey, f32)>> = BTreeMap::new();
        for v in votes {
            if v.share.is_finite() && v.share > 0.0 && !v.normalized.is_empty() {
                per_query
                    .entry((v.lang, v.normalized.as_str()))
                    .or_default()
                    .push((&v.article, v.share.min(1.0)));
            }
        }
        for ((lang, normalized), mut articles) in per_query {
            articles.sort_by(|a, b| a.0.cmp(b.0).then(a.1.total_cmp(&b.1)));
            let voc = langs.entry(lang).or_default();
            let mut words: Vec<&str> = normalized.split(' ').filter(|w| !w.is_empty()).collect();
            words.sort_unstable();
            words.dedup();
            for w in &words {
                voc.words.entry((*w).to_string()).or_default().distinct += 1;
            }
            for (article, share) in articles {
                voc.queries += share;
                *voc.articles.entry(article.clone()).or_default() += share;
                for w in &words {
                    let wv = voc.words.entry((*w).to_string()).or_default();
                    wv.queries += share;
                    *wv.articles.entry(article.clone()).or_default() += share;
                }
            }
        }
        for voc in langs.values_mut() {
            voc.words.retain(|_, w| w.distinct >= MIN_WORD_QUERIES);
        }
        langs.retain(|_, v| !v.words.is_empty());
        if langs.is_empty() {
            // Equal to the vocabulary of a prior that learned nothing: a refresh of an empty
            // store must not look like a change (remembered answers would be dropped).
            return Vocabulary::default();
        }
        Vocabulary { weight, langs }
    }

    /// Whether it ranks nothing.
    pub fn is_empty(&self) -> bool {
        self.langs.is_empty()
    }

    /// Whether it has words in `lang`.
    pub fn has(&self, lang: Lang) -> bool {
        self.langs.contains_key(&lang)
    }

    /// The queries (their shares summed) it learned from in `lang`: how much evidence it holds.
    pub fn queries(&self, lang: Lang) -> f32 {
        self.langs.get(&lang).map_or(0.0, |v| v.queries)
    }

    /// Words that speak, over all languages.
    pub fn len(&self) -> usize {
        self.langs.values().map(|v| v.words.len()).sum()
    }

    /// The factor each of `articles` takes for a query of `terms` (its [`super::query_key`]
    /// split at spaces) searched in `lang`: 1 where nothing was learned.
    pub fn factors(&self, lang: Lang, terms: &[&str], articles: &[ArticleKey]) -> Vec<f32> {
        let Some(voc) = self.langs.get(&lang) else {
            return vec![1.0; articles.len()];
        };
        let mut words: Vec<&str> = terms.to_vec();
        words.sort_unstable();
        words.dedup();
        // Each word and each article's base looked up once (this runs on every search of a
        // language with learned words), the lifts summed in the same order as one by one.
        let bases: Vec<f32> = articles.iter().map(|a| voc.base(a)).collect();
        let mut sums = vec![0.0f32; articles.len()];
        for w in words.iter().filter_map(|w| voc.speaking(w)) {
            for ((sum, a), &base) in sums.iter_mut().zip(articles).zip(&bases) {
                *sum += voc.word_log_lift(w, a, base);
            }
        }
        sums.into_iter()
            .map(|sum| (self.weight * sum).clamp(-MAX_LOG_LIFT, MAX_LOG_LIFT).exp())
            .collect()
    }

    /// The article each word lifts most, with the word's learned queries and that lift, per
    /// language: the rows the team reviews, strongest first. A word that lifts no article
    /// (every learned query went to one article, or it is spread like the articles are) is
    /// left out: it changes no ranking.
    pub fn strongest(&self) -> Vec<(Lang, String, ArticleKey, f32, f32)> {
        let mut rows = Vec::new();
        for (lang, voc) in &self.langs {
            for (word, w) in &voc.words {
                let best = w
                    .articles
                    .keys()
                    .filter_map(|a| Some((a, voc.log_lift(word, a)?)))
                    .max_by(|x, y| x.1.total_cmp(&y.1).then_with(|| y.0.cmp(x.0)));
                if let Some((a, lift)) = best.filter(|(_, l)| *l > 1e-3) {
                    rows.push((*lang, word.clone(), a.clone(), w.queries, lift.exp()));
                }
            }
        }
        rows.sort_by(|x, y| {
            y.4.total_cmp(&x.4)
                .then_with(|| y.3.total_cmp(&x.3))
                .then_with(|| x.1.cmp(&y.1))
        });
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vote(q: &str, article: &str, share: f32) -> Vote {
        Vote {
            lang: Lang::En,
            normalized: q.into(),
            article: (Lang::En, article.into()),
            share,
        }
    }

    fn key(id: &str) -> ArticleKey {
        (Lang::En, id.into())
    }

    fn log() -> Vec<Vote> {
        vec![
            vote("husband card deposit", "deposits-faq", 1.0),
            vote("wife card top up", "deposits-faq", 1.0),
            vote("husband account fund", "deposits-faq", 1.0),
            vote("card deposit how", "deposit-methods", 1.0),
            vote("deposit by card steps", "deposit-methods", 1.0),
            vote("card limits deposit", "deposit-methods", 1.0),
            vote("husband pays card", "deposits-faq", 0.7),
            vote("husband pays card", "deposit-methods", 0.3),
        ]
    }

    #[test]
    fn a_word_one_sibling_keeps_getting_lifts_it_over_the_other() {
        let voc = Vocabulary::learn(&log(), 0.2);
        let f = voc.factors(
            Lang::En,
            &["my", "husband", "card"],
            &[key("deposit-methods"), key("deposits-faq")],
        );
        assert!(f[1] > 1.0 && f[0] < 1.0, "{f:?}");
        // A word both siblings share ("card") says little either way.
        let card = voc.factors(
            Lang::En,
            &["card"],
            &[key("deposit-methods"), key("deposits-faq")],
        );
        assert!(
            (card[0] / card[1]).ln().abs() < (f[1] / f[0]).ln().abs(),
            "{card:?}"
        );
    }

    #[test]
    fn a_word_of_fewer_queries_than_the_minimum_is_silent() {
        // "wife" is in one learned query only.
        let voc = Vocabulary::learn(&log(), 0.2);
        let f = voc.factors(
            Lang::En,
            &["wife"],
            &[key("deposit-methods"), key("deposits-faq")],
        );
        assert_eq!(f, vec![1.0, 1.0]);
    }

    #[test]
    fn nothing_is_learned_at_weight_zero_or_in_another_language() {
        assert!(Vocabulary::learn(&log(), 0.0).is_empty());
        assert!(Vocabulary::learn(&log(), f32::NAN).is_empty());
        let voc = Vocabulary::learn(&log(), 0.2);
        assert!(voc.has(Lang::En) && !voc.has(Lang::Fa));
        assert_eq!(
            voc.factors(Lang::Fa, &["husband"], &[key("deposits-faq")]),
            vec![1.0]
        );
    }

    #[test]
    fn nothing_learned_is_the_same_vocabulary_whatever_the_weight() {
        assert_eq!(Vocabulary::learn(&[], 0.2), Vocabulary::default());
        // Words in too few queries: nothing speaks, nothing was learned.
        assert_eq!(
            Vocabulary::learn(&[vote("wife card", "deposits-faq", 1.0)], 0.2),
            Vocabulary::default()
        );
    }

    #[test]
    fn a_long_query_of_learned_words_moves_a_score_by_at_most_the_bound() {
        let votes: Vec<Vote> = (0..50)
            .map(|i| vote(&format!("a b c d e f g h q{i}"), "x", 1.0))
            .chain((0..50).map(|i| vote(&format!("z{i} y"), "y", 1.0)))
            .collect();
        let voc = Vocabulary::learn(&votes, 1.0);
        let f = voc.factors(
            Lang::En,
            &["a", "b", "c", "d", "e", "f", "g", "h"],
            &[key("x"), key("y")],
        );
        assert!((f[0] - MAX_LOG_LIFT.exp()).abs() < 1e-3, "{f:?}");
        assert!((f[1] - (-MAX_LOG_LIFT).exp()).abs() < 1e-3, "{f:?}");
    }

    #[test]
    fn the_same_votes_in_any_order_learn_the_same_vocabulary() {
        // A refresh reads the store in another order: the words and their lifts must not move
        // (summed shares of 0.7 + 0.3 once fell under the three-query minimum by rounding).
        let mut votes = log();
        votes.extend((0..40).map(|i| vote(&format!("q{} partner", i % 7), "deposits-faq", 0.1)));
        let forward = Vocabulary::learn(&votes, 0.2);
        votes.reverse();
        assert_eq!(Vocabulary::learn(&votes, 0.2), forward);
        votes.rotate_left(17);
        assert_eq!(Vocabulary::learn(&votes, 0.2), forward);
    }

    #[test]
    fn the_review_rows_name_each_word_s_strongest_article() {
        let voc = Vocabulary::learn(&log(), 0.2);
        let rows = voc.strongest();
        let husband = rows.iter().find(|r| r.1 == "husband").expect("husband");
        assert_eq!(husband.2, key("deposits-faq"));
        assert!(husband.4 > 1.0);
        assert!(rows.iter().all(|r| r.1 != "wife"));
        // Every row lifts its article; a log of one article teaches nothing to review.
        assert!(rows.iter().all(|r| r.4 > 1.0), "{rows:?}");
        let one = [
            vote("a b", "x", 1.0),
            vote("a c", "x", 1.0),
            vote("a d", "x", 1.0),
        ];
        assert!(Vocabulary::learn(&one, 0.2).strongest().is_empty());
    }
}
