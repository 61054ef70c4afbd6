//! Learning from what customers open (issue 16, lever 3): the recorded searches and the results
//! opened from them -> per (normalised query, language) the article customers keep choosing,
//! as the [`LearnedPrior`] search ranks with and as rows the team reviews ("learned from
//! clicks" in `/admin/insights` and `dalil insights --json`).
//!
//! No client id is recorded, so one customer repeating a search and a click must not be able to
//! teach anything: a pair counts once per search id, at most [`LearnRules::per_day_cap`] times
//! a day, and only once seen in enough searches on enough different days. Evidence fades with
//! age, and the article must take a clear share of the query's opens.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::error::Result;
use super::store::{Param, Store, Value};
use crate::content::Learning;
use crate::lang::Lang;
use crate::search::{LearnedArticle, LearnedPrior, Vocabulary, Vote, MAX_LEARNED_BOOST};

const DAY: i64 = 86_400;

/// The counting rules; [`LearnRules::default`] gives the numbers dalil ships with.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnRules {
    /// Counted searches a (query, article) pair needs, after the daily cap.
    pub min_searches: u32,
    /// Different days (UTC) those searches must fall on.
    pub min_days: u32,
    /// Searches counted per pair and day: a burst (one customer retrying, a script) counts as
    /// at most this many.
    pub per_day_cap: u32,
    /// Days after which a search counts half.
    pub half_life_days: f64,
    /// Share of the query's (capped, decayed) opens the article must take.
    pub min_share: f64,
    /// Boost of an article with all of a query's opens and full evidence (`<= 1`).
    pub max_boost: f32,
    /// Decayed searches at which the evidence is full; fewer give a proportionally smaller
    /// boost.
    pub full_weight: f64,
    /// Days of searches read: older ones weigh under 2% at the default half-life.
    pub window_days: u32,
    /// Most (search, open) rows read per refresh, newest first: bounds the query's time and
    /// memory on a busy help center.
    pub max_rows: u32,
    /// Weight of the learned vocabulary (`search::Vocabulary`; 0: off).
    pub vocabulary_weight: f32,
}

impl LearnRules {
    /// The rules a site file's `[learning]` settings give.
    pub fn of_site(l: &Learning) -> Self {
        LearnRules {
            min_searches: l.min_searches,
            min_days: l.min_days,
            per_day_cap: l.per_day_cap,
            half_life_days: l.half_life_days,
            min_share: l.min_share,
            max_boost: l.max_boost as f32,
            // Full evidence at 10 decayed searches: twice the least evidence that counts.
            full_weight: 10.0,
            window_days: 180,
            max_rows: 200_000,
            vocabulary_weight: l.vocabulary_weight as f32,
        }
    }
}

impl Default for LearnRules {
    /// The defaults of `[learning]` (their reasons are at `content::Learning::default`).
    fn default() -> Self {
        LearnRules::of_site(&Learning::default())
    }
}

/// One result opened from one search, as read from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Click {
    pub search_id: String,
    /// Unix seconds of the search.
    pub at: i64,
    /// The language searched in (`searches.lang_used`).
    pub lang: String,
    /// `searches.normalized`: the key the prior finds the query by.
    pub normalized: String,
    /// The query as typed (masked): shown in the review table.
    pub query: String,
    pub article_lang: String,
    pub article: String,
    pub anchor: String,
}

/// A (query, article) pair learned: a row of the review table and an entry of the prior.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Learned {
    /// The latest form typed (masked).
    pub query: String,
    pub normalized: String,
    pub lang: String,
    pub article_lang: String,
    pub article: String,
    /// The section opened most often (empty: the article's top).
    pub anchor: String,
    /// Searches counted (once per search id, capped per day).
    pub searches: i64,
    pub days: i64,
    /// The article's share of the query's counted, decayed opens.
    pub share: f64,
    /// Its score is multiplied by `1 + boost`.
    pub boost: f64,
}

/// (language, normalised query) or (article language, article id).
type Key<'a> = (&'a str, &'a str);

/// Evidence gathered for one (query, article) pair.
#[derive(Default)]
struct Pair {
    query: (i64, String),
    /// Search times per day.
    days: BTreeMap<i64, Vec<i64>>,
    anchors: HashMap<String, u32>,
}

/// What one reading of the store taught: the (query, article) pairs of the click-through
/// prior, and the votes of the learned vocabulary.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LearnedSet {
    /// The pairs that pass every rule, most searched first.
    pub pairs: Vec<Learned>,
    /// Every (query, article) pair with enough searches on enough days, whatever its share:
    /// the words of a query split between two articles still say something about both.
    pub votes: Vec<Vote>,
    /// `LearnRules::vocabulary_weight` of the rules that learned it.
    pub vocabulary_weight: f32,
}

impl LearnedSet {
    /// The prior search ranks with: the pairs whose languages this build knows, and the
    /// vocabulary of the votes.
    pub fn prior(&self) -> LearnedPrior {
        prior_of(&self.pairs)
            .with_vocabulary(Vocabulary::learn(&self.votes, self.vocabulary_weight))
    }
}

/// Applies the counting rules to `clicks` at time `now`; the pairs that pass, most searched
/// first.
pub fn learn(clicks: &[Click], now: i64, rules: &LearnRules) -> Vec<Learned> {
    learn_all(clicks, now, rules).pairs
}

/// [`learn`], with the votes of the learned vocabulary.
pub fn learn_all(clicks: &[Click], now: i64, rules: &LearnRules) -> LearnedSet {
    let mut seen: HashSet<(&str, &str, &str, &str, &str)> = HashSet::new();
    // (lang, normalized) -> (article_lang, article) -> evidence
    let mut pairs: BTreeMap<Key, BTreeMap<Key, Pair>> = BTreeMap::new();
    for c in clicks {
        if c.normalized.is_empty() || c.article.is_empty() {
            continue;
        }
        // Once per search id: opening the article again (or another of its sections) from the
        // same results is one choice.
        if !seen.insert((
            &c.search_id,
            &c.lang,
            &c.normalized,
            &c.article_lang,
            &c.article,
        )) {
            continue;
        }
        let pair = pairs
            .entry((&c.lang, &c.normalized))
            .or_default()
            .entry((&c.article_lang, &c.article))
            .or_default();
        if c.at >= pair.query.0 {
            pair.query = (c.at, c.query.clone());
        }
        pair.days
            .entry(c.at.div_euclid(DAY))
            .or_default()
            .push(c.at);
        *pair.anchors.entry(c.anchor.clone()).or_default() += 1;
    }
    let half_life = rules.half_life_days.max(f64::MIN_POSITIVE) * DAY as f64;
    let mut learned = Vec::new();
    let mut votes = Vec::new();
    for ((lang, normalized), articles) in &pairs {
        // (searches, days, decayed weight) per article, after the daily cap.
        let counted: Vec<(&Key, &Pair, i64, i64, f64)> = articles
            .iter()
            .map(|(key, pair)| {
                let mut searches = 0;
                let mut weight = 0.0;
                for ats in pair.days.values() {
                    let mut ats = ats.clone();
                    // The newest searches of a day are the ones kept.
                    ats.sort_unstable_by(|a, b| b.cmp(a));
                    for at in ats.into_iter().take(rules.per_day_cap as usize) {
                        searches += 1;
                        let age = (now - at).max(0) as f64;
                        weight += 0.5f64.powf(age / half_life);
                    }
                }
                (key, pair, searches, pair.days.len() as i64, weight)
            })
            .collect();
        let total: f64 = counted.iter().map(|c| c.4).sum();
        for ((article_lang, article), pair, searches, days, weight) in counted {
            if searches < i64::from(rules.min_searches) || days < i64::from(rules.min_days) {
                continue;
            }
            let share = if total > 0.0 { weight / total } else { 0.0 };
            if let (Some(l), Some(al)) = (Lang::from_code(lang), Lang::from_code(article_lang)) {
                votes.push(Vote {
                    lang: l,
                    normalized: normalized.to_string(),
                    article: (al, article.to_string()),
                    share: share as f32,
                });
            }
            if share < rules.min_share {
                continue;
            }
            let evidence = (weight / rules.full_weight.max(f64::MIN_POSITIVE)).min(1.0);
            let max_boost = f64::from(rules.max_boost.clamp(0.0, MAX_LEARNED_BOOST));
            let anchor = pair
                .anchors
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(a, _)| a.clone())
                .unwrap_or_default();
            learned.push(Learned {
                query: pair.query.1.clone(),
                normalized: normalized.to_string(),
                lang: lang.to_string(),
                article_lang: article_lang.to_string(),
                article: article.to_string(),
                anchor,
                searches,
                days,
                share,
                boost: max_boost * share * evidence,
            });
        }
    }
    learned.sort_by(|a, b| {
        b.searches
            .cmp(&a.searches)
            .then_with(|| a.lang.cmp(&b.lang))
            .then_with(|| a.normalized.cmp(&b.normalized))
    });
    LearnedSet {
        pairs: learned,
        votes,
        vocabulary_weight: rules.vocabulary_weight,
    }
}

/// The prior search ranks with: every learned pair whose languages this build knows.
pub fn prior_of(learned: &[Learned]) -> LearnedPrior {
    let mut prior = LearnedPrior::default();
    for l in learned {
        let (Some(lang), Some(article_lang)) =
            (Lang::from_code(&l.lang), Lang::from_code(&l.article_lang))
        else {
            continue;
        };
        prior.insert(
            lang,
            l.normalized.clone(),
            LearnedArticle {
                lang: article_lang,
                article: l.article.clone(),
                anchor: l.anchor.clone(),
                boost: l.boost as f32,
            },
        );
    }
    prior
}

/// The opens of a window with their searches: since (opens), since (searches), at most.
const OPENS_OF_WINDOW: &str =
    "SELECT s.id, s.at, s.lang_used, s.normalized, s.query, o.lang, o.article, o.anchor \
     FROM opens o CROSS JOIN searches s \
     WHERE s.id = o.search_id AND o.at >= ? AND s.at >= ? AND s.source <> 'agent' \
     ORDER BY s.at DESC LIMIT ?";

/// Reads the opens of the last [`LearnRules::window_days`] (newest first, at most
/// [`LearnRules::max_rows`]) and applies the rules. Agents' searches are left out: their
/// "query" is the terms picked from a message, never what a customer types.
pub fn learn_from_store(store: &mut Store, now: i64, rules: &LearnRules) -> Result<LearnedSet> {
    let since = now - i64::from(rules.window_days) * DAY;
    // Driven from the opens (CROSS JOIN keeps SQLite from reordering; an open comes after its
    // search, so `o.at >= since` drops nothing): searches outnumber opens by far, and walking
    // every search of the window cost over a second of CPU and disk per refresh at a million
    // searches, on the cores that answer searches.
    let rows = store.rows(
        OPENS_OF_WINDOW,
        &[
            Param::Int(since),
            Param::Int(since),
            Param::Int(i64::from(rules.max_rows)),
        ],
    )?;
    let cell = |r: &[Value], i: usize| r.get(i).map(Value::text).unwrap_or_default();
    let clicks: Vec<Click> = rows
        .iter()
        .map(|r| Click {
            search_id: cell(r, 0),
            at: r.get(1).map_or(0, Value::int),
            lang: cell(r, 2),
            normalized: cell(r, 3),
            query: cell(r, 4),
            article_lang: cell(r, 5),
            article: cell(r, 6),
            anchor: cell(r, 7),
        })
        .collect();
    Ok(learn_all(&clicks, now, rules))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_reads_the_window_from_the_opens_not_from_every_search() {
        let tmp = tempfile::tempdir().unwrap();
        let backend = crate::insights::Backend::Sqlite(tmp.path().join("insights.sqlite"));
        let mut store = Store::open(&backend).unwrap();
        let plan = store
            .rows(
                &format!("EXPLAIN QUERY PLAN {OPENS_OF_WINDOW}"),
                &[Param::Int(0), Param::Int(0), Param::Int(10)],
            )
            .unwrap();
        let steps: Vec<String> = plan
            .iter()
            .map(|r| r.last().map(Value::text).unwrap_or_default())
            .collect();
        assert!(steps[0].contains("opens_at"), "{steps:?}");
        assert!(
            steps.iter().all(|s| !s.contains("searches_at")),
            "{steps:?}"
        );
    }

    const NOW: i64 = 1_790_000_000;

    #[test]
    fn an_empty_store_teaches_the_prior_of_nothing_learned() {
        // The server compares the new prior with the one in force: an equal one keeps the
        // remembered answers (the vocabulary's weight alone must not make them differ).
        let rules = LearnRules::default();
        assert!(rules.vocabulary_weight > 0.0);
        assert_eq!(learn_all(&[], NOW, &rules).prior(), LearnedPrior::default());
    }

    fn click(id: &str, days_ago: i64, article: &str) -> Click {
        Click {
            search_id: id.into(),
            at: NOW - days_ago * DAY - 60,
            lang: "en".into(),
            normalized: "cash out".into(),
            query: "cash out".into(),
            article_lang: "en".into(),
            article: article.into(),
            anchor: String::new(),
        }
    }

    /// `n` searches, one a day from `days_ago` back, each opening `article`.
    fn daily(prefix: &str, n: i64, article: &str) -> Vec<Click> {
        (0..n)
            .map(|d| click(&format!("{prefix}{d}"), d, article))
            .collect()
    }

    #[test]
    fn enough_searches_on_enough_days_teach_the_article() {
        let learned = learn(&daily("s", 5, "withdraw"), NOW, &LearnRules::default());
        assert_eq!(learned.len(), 1);
        let l = &learned[0];
        assert_eq!((l.article.as_str(), l.searches, l.days), ("withdraw", 5, 5));
        assert!((l.share - 1.0).abs() < 1e-9);
        assert!(l.boost > 0.0 && l.boost < 0.75, "{}", l.boost);
    }

    #[test]
    fn a_pair_counts_once_per_search_id() {
        // Four searches, each opening the article three times (or three of its sections).
        let mut clicks = Vec::new();
        for c in daily("s", 4, "withdraw") {
            for anchor in ["a", "b", ""] {
                clicks.push(Click {
                    anchor: anchor.into(),
                    ..c.clone()
                });
            }
        }
        assert!(learn(&clicks, NOW, &LearnRules::default()).is_empty());
        clicks.extend(daily("t", 1, "withdraw"));
        assert_eq!(learn(&clicks, NOW, &LearnRules::default())[0].searches, 5);
    }

    #[test]
    fn searches_are_capped_per_day() {
        // 50 searches on two days (a customer retrying) and one on a third: 3 + 3 + 1 counted.
        let mut clicks: Vec<Click> = (0..50)
            .map(|i| click(&format!("s{i}"), i % 2, "withdraw"))
            .collect();
        clicks.push(click("t", 2, "withdraw"));
        let learned = learn(&clicks, NOW, &LearnRules::default());
        assert_eq!(learned[0].searches, 7);
    }

    #[test]
    fn many_searches_on_too_few_days_teach_nothing() {
        let clicks: Vec<Click> = (0..100)
            .map(|i| click(&format!("s{i}"), i % 2, "withdraw"))
            .collect();
        assert!(learn(&clicks, NOW, &LearnRules::default()).is_empty());
    }

    #[test]
    fn enough_days_with_too_few_searches_teach_nothing() {
        let rules = LearnRules {
            min_searches: 6,
            ..LearnRules::default()
        };
        assert!(learn(&daily("s", 5, "withdraw"), NOW, &rules).is_empty());
        assert_eq!(learn(&daily("s", 6, "withdraw"), NOW, &rules).len(), 1);
    }

    #[test]
    fn old_evidence_weighs_less() {
        let rules = LearnRules::default();
        let fresh = learn(&daily("s", 10, "withdraw"), NOW, &rules)[0].boost;
        let aged: Vec<Click> = daily("s", 10, "withdraw")
            .into_iter()
            .map(|c| Click {
                at: c.at - 60 * DAY,
                ..c
            })
            .collect();
        let old = learn(&aged, NOW, &rules)[0].boost;
        // Two half-lives older: a quarter of the weight, under full evidence.
        assert!(old < fresh / 3.0, "{old} vs {fresh}");
        // A recent article overtakes an old favourite in share.
        let mut clicks = aged;
        clicks.extend(daily("t", 10, "withdrawals-faq"));
        let learned = learn(&clicks, NOW, &rules);
        assert_eq!(learned.len(), 1);
        assert_eq!(learned[0].article, "withdrawals-faq");
    }

    #[test]
    fn an_article_needs_a_clear_share_of_the_opens() {
        let rules = LearnRules::default();
        // Even split: neither has 0.6 of the opens.
        let mut clicks = daily("a", 6, "withdraw");
        clicks.extend(daily("b", 6, "withdrawals-faq"));
        assert!(learn(&clicks, NOW, &rules).is_empty());
        // Two to one: the first takes two thirds.
        clicks.extend(daily("c", 6, "withdraw"));
        let learned = learn(&clicks, NOW, &rules);
        assert_eq!(learned.len(), 1);
        assert_eq!(learned[0].article, "withdraw");
        assert!((learned[0].share - 2.0 / 3.0).abs() < 1e-6);
    }

    #[test]
    fn a_burst_of_wrong_clicks_does_not_outweigh_real_traffic() {
        let rules = LearnRules::default();
        let mut clicks = daily("s", 8, "withdraw");
        // One client, one day, 200 searches opening the wrong article.
        clicks.extend((0..200).map(|i| click(&format!("w{i}"), 1, "fees")));
        let learned = learn(&clicks, NOW, &rules);
        assert_eq!(learned.len(), 1);
        assert_eq!(learned[0].article, "withdraw");
    }

    #[test]
    fn the_boost_grows_with_evidence_up_to_the_maximum() {
        let rules = LearnRules::default();
        let some = learn(&daily("s", 5, "withdraw"), NOW, &rules)[0].boost;
        let lots: Vec<Click> = (0..90)
            .map(|i| click(&format!("s{i}"), i / 3, "withdraw"))
            .collect();
        let full = learn(&lots, NOW, &rules)[0].boost;
        assert!(some < full);
        assert!((full - 0.75).abs() < 1e-9, "{full}");
    }

    #[test]
    fn the_most_opened_section_and_latest_wording_are_kept() {
        let mut clicks = daily("s", 5, "withdraw");
        for c in &mut clicks[..3] {
            c.anchor = "limits".into();
        }
        clicks[0].query = "Cash  out".into();
        let learned = learn(&clicks, NOW, &LearnRules::default());
        assert_eq!(learned[0].anchor, "limits");
        assert_eq!(learned[0].query, "Cash  out");
    }

    #[test]
    fn the_prior_holds_what_was_learned() {
        let learned = learn(&daily("s", 5, "withdraw"), NOW, &LearnRules::default());
        let prior = prior_of(&learned);
        let found = prior.lookup("Cash out", &[Lang::En]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].article, "withdraw");
        assert!(prior_of(&[]).is_empty());
    }
}
