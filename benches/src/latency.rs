//! Query latency in process: every benchmark query of a kind and language timed on its own,
//! reported as p50/p99. Shared by `dalil-bench latency` and
//! the `query` criterion bench.

use std::time::Instant;

use dalil::search::{Engine, SearchRequest, SuggestRequest};
use dalil::Lang;

use crate::queries::{LangQueries, QueryKind};

/// Latency of one kind of query in one language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LatencyRow {
    pub kind: &'static str,
    pub lang: &'static str,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub count: usize,
    /// Each query with the median of its timed rounds, slowest first: with a few dozen
    /// timings per cell the p99 is one query's worst round, so this says which query it is.
    #[serde(skip)]
    pub by_query: Vec<(String, f64)>,
}

/// Runs one query of a kind the way the service does; returns the number of results so the
/// work cannot be optimised away.
pub fn run_query(engine: &Engine, kind: QueryKind, lang: Lang, q: &str) -> usize {
    match kind {
        QueryKind::Prefix => engine
            .autocomplete(q, Some(lang), 8)
            .map_or(0, |r| r.completions.len()),
        QueryKind::Message => engine
            .suggest(&SuggestRequest {
                text: q.to_string(),
                lang: Some(lang),
                limit: 3,
            })
            .map_or(0, |r| r.answers.len()),
        _ => engine
            .search(&SearchRequest {
                q: q.to_string(),
                lang: Some(lang),
                limit: 10,
                ..SearchRequest::default()
            })
            .map_or(0, |r| r.results.len()),
    }
}

/// The value at quantile `p` of sorted timings (nearest rank).
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or(f64::NAN)
}

/// Times every query of `kind` in `lang` once as a warm-up, then `rounds` times each.
pub fn measure(
    engine: &Engine,
    queries: &LangQueries,
    kind: QueryKind,
    lang: Lang,
    rounds: usize,
) -> LatencyRow {
    let list = queries.of(kind);
    for q in list {
        run_query(engine, kind, lang, q);
    }
    let mut ms = Vec::with_capacity(list.len() * rounds);
    let mut per_query = vec![Vec::with_capacity(rounds); list.len()];
    for _ in 0..rounds {
        for (q, own) in list.iter().zip(&mut per_query) {
            let t = Instant::now();
            std::hint::black_box(run_query(engine, kind, lang, q));
            let took = t.elapsed().as_secs_f64() * 1000.0;
            ms.push(took);
            own.push(took);
        }
    }
    ms.sort_by(f64::total_cmp);
    let mut by_query: Vec<(String, f64)> = list
        .iter()
        .zip(per_query)
        .map(|(q, mut own)| {
            own.sort_by(f64::total_cmp);
            (q.clone(), percentile(&own, 0.5))
        })
        .collect();
    by_query.sort_by(|a, b| b.1.total_cmp(&a.1));
    LatencyRow {
        kind: kind.name(),
        lang: lang.code(),
        p50_ms: percentile(&ms, 0.5),
        p99_ms: percentile(&ms, 0.99),
        count: ms.len(),
        by_query,
    }
}

/// Timings of a load mix searched in process, one search at a time.
#[derive(Debug, Clone)]
pub struct MixTimings {
    /// Every timing, sorted (ms).
    pub sorted_ms: Vec<f64>,
    /// Each distinct (language, query) with the median of its timings, slowest first.
    pub by_query: Vec<(Lang, String, f64)>,
}

/// Searches every query of `mix` the way `/api/search` does (limit 10, the language given)
/// once as a warm-up, then `rounds` times in the mix's order: which queries make the tail of a
/// load test, without the network, the other connections or the load generator.
pub fn measure_mix(engine: &Engine, mix: &[(Lang, String)], rounds: usize) -> MixTimings {
    // A search of the mix is what `run_query` does for a keyword query.
    let search = |lang: Lang, q: &str| run_query(engine, QueryKind::Keyword, lang, q);
    for (lang, q) in mix {
        search(*lang, q);
    }
    let mut per_query: std::collections::BTreeMap<(Lang, &str), Vec<f64>> = Default::default();
    let mut sorted_ms = Vec::with_capacity(mix.len() * rounds);
    for _ in 0..rounds {
        for (lang, q) in mix {
            let t = Instant::now();
            std::hint::black_box(search(*lang, q));
            let took = t.elapsed().as_secs_f64() * 1000.0;
            sorted_ms.push(took);
            per_query.entry((*lang, q.as_str())).or_default().push(took);
        }
    }
    sorted_ms.sort_by(f64::total_cmp);
    let mut by_query: Vec<(Lang, String, f64)> = per_query
        .into_iter()
        .map(|((lang, q), mut own)| {
            own.sort_by(f64::total_cmp);
            (lang, q.to_string(), percentile(&own, 0.5))
        })
        .collect();
    by_query.sort_by(|a, b| b.2.total_cmp(&a.2));
    MixTimings {
        sorted_ms,
        by_query,
    }
}

/// How many of the first `depth` articles of pruned searches are those of exhaustive ones,
/// over the keyword, typo and sentence queries: (same, compared).
pub fn pruning_agreement(
    pruned: &Engine,
    exhaustive: &Engine,
    queries: &[LangQueries],
    depth: usize,
) -> (usize, usize) {
    let ids = |engine: &Engine, lang: Lang, q: &str| -> Vec<String> {
        engine
            .search(&SearchRequest {
                q: q.to_string(),
                lang: Some(lang),
                limit: depth,
                ..SearchRequest::default()
            })
            .map(|r| r.results.into_iter().map(|h| h.id).collect())
            .unwrap_or_default()
    };
    let (mut same, mut compared) = (0, 0);
    for lang in Lang::ALL {
        for kind in [QueryKind::Keyword, QueryKind::Typo, QueryKind::Sentence] {
            for q in queries[lang.index()].of(kind) {
                let a = ids(pruned, lang, q);
                let b = ids(exhaustive, lang, q);
                compared += b.len();
                same += a.iter().zip(&b).filter(|(x, y)| x == y).count();
            }
        }
    }
    (same, compared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 0.5), 51.0);
        assert_eq!(percentile(&v, 0.99), 99.0);
        assert!(percentile(&[], 0.5).is_nan());
    }
}
