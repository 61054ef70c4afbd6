//! Query latency in process, per corpus size (`DALIL_BENCH_SIZES`), query kind and language:
//! keyword, typo, prefix (autocomplete), whole-sentence search, and a 2 KB message through
//! suggest. Criterion measures the mean over the query list; a separate pass times every query
//! on its own and writes p50/p99 to `<scratch>/latency-<n>.json` (what docs/PERFORMANCE.md and
//! `benches/chart.py` use). `DALIL_BENCH_KINDS=prefix` runs only some kinds; with prefix, the
//! completion index's size and build time and the latency of prefixes of the corpus's own
//! titles and headings are printed too.

mod common;

use std::fmt::Write as _;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use dalil::search::Engine;
use dalil::Lang;
use dalil_bench::latency::{measure, percentile, run_query as run};
use dalil_bench::queries::QueryKind;

/// Rounds over the query list in the percentile pass.
const ROUNDS: usize = 5;

/// Query kinds to run, from `DALIL_BENCH_KINDS` (comma-separated names, e.g. `prefix`); all by
/// default.
fn kinds() -> Vec<QueryKind> {
    let Ok(names) = std::env::var("DALIL_BENCH_KINDS") else {
        return QueryKind::ALL.to_vec();
    };
    QueryKind::ALL
        .into_iter()
        .filter(|k| names.split(',').any(|n| n.trim() == k.name()))
        .collect()
}

/// Builds the completion index and prints its size and build time.
fn completion_index(engine: &Engine, n: usize) {
    let t = Instant::now();
    let completions = engine.completions();
    println!(
        "completion index {n:>6} articles: {} candidates, {:.1} MB, built in {:.0} ms",
        completions.len(),
        completions.heap_bytes() as f64 / 1e6,
        t.elapsed().as_secs_f64() * 1000.0
    );
}

/// Prefixes of 200 of the corpus's own titles and headings per language (three words, the
/// last cut in half; Chinese: up to four characters), as a customer typing towards an existing
/// question: what the completion index answers alone. Prints p50/p99 of `autocomplete`.
fn heading_prefixes(engine: &Engine, n: usize) {
    let catalog = &engine.index().catalog;
    for lang in Lang::ALL {
        let texts: Vec<&str> = catalog
            .in_lang(lang)
            .flat_map(|a| {
                std::iter::once(a.title.as_str()).chain(a.headings.iter().map(|h| h.1.as_str()))
            })
            .collect();
        let step = (texts.len() / 200).max(1);
        let prefixes: Vec<String> = texts
            .iter()
            .step_by(step)
            .take(200)
            .map(|t| typed_towards(lang, t))
            .collect();
        let mut ms = Vec::with_capacity(prefixes.len() * ROUNDS);
        for _ in 0..ROUNDS {
            for q in &prefixes {
                let t = Instant::now();
                std::hint::black_box(run(engine, QueryKind::Prefix, lang, q));
                ms.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
        ms.sort_by(f64::total_cmp);
        println!(
            "latency {n:>6} articles heading-prefix {}: p50 {:7.3} ms  p99 {:7.3} ms  ({} timings; {}/{} answered by the completion index)",
            lang.code(),
            percentile(&ms, 0.5),
            percentile(&ms, 0.99),
            ms.len(),
            answered_by_index(engine, lang, &prefixes),
            prefixes.len()
        );
    }
}

/// How many of the prefixes the completion index answers without ranked search.
fn answered_by_index(engine: &Engine, lang: Lang, prefixes: &[String]) -> usize {
    prefixes
        .iter()
        .filter(|q| matches!(engine.autocomplete_indexed(q, Some(lang), 8), Ok(Some(_))))
        .count()
}

/// What a customer has typed on the way to `text`.
fn typed_towards(lang: Lang, text: &str) -> String {
    if lang == Lang::Zh {
        let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        return chars[..chars.len().div_ceil(2).clamp(1, 4).min(chars.len())]
            .iter()
            .collect();
    }
    let mut words: Vec<&str> = text.split_whitespace().take(3).collect();
    let Some(last) = words.pop() else {
        return String::new();
    };
    let half: String = last
        .chars()
        .take(last.chars().count().div_ceil(2))
        .collect();
    words.push(&half);
    words.join(" ")
}

fn query(c: &mut Criterion) {
    let queries = common::queries();
    for n in common::sizes() {
        let engine = common::engine(n);
        if kinds().contains(&QueryKind::Prefix) {
            completion_index(&engine, n);
            heading_prefixes(&engine, n);
        }
        let mut json = String::from("[");
        for kind in kinds() {
            let mut group = c.benchmark_group(format!("query/{n}/{}", kind.name()));
            group.sample_size(20);
            for lang in Lang::ALL {
                let list = queries[lang.index()].of(kind);
                // Warm-up, then each query timed on its own.
                let row = measure(&engine, &queries[lang.index()], kind, lang, ROUNDS);
                let (p50, p99) = (row.p50_ms, row.p99_ms);
                if kind == QueryKind::Prefix {
                    println!(
                        "prefix {n:>6} articles {}: {}/{} answered by the completion index",
                        lang.code(),
                        answered_by_index(&engine, lang, list),
                        list.len()
                    );
                }
                println!(
                    "latency {n:>6} articles {:<11} {}: p50 {p50:7.3} ms  p99 {p99:7.3} ms  ({} timings)",
                    kind.name(),
                    lang.code(),
                    row.count
                );
                if json.len() > 1 {
                    json.push(',');
                }
                let _ = write!(
                    json,
                    r#"{{"articles":{n},"kind":"{}","lang":"{}","p50_ms":{p50:.4},"p99_ms":{p99:.4},"count":{}}}"#,
                    kind.name(),
                    lang.code(),
                    row.count
                );

                let mut i = 0;
                group.bench_function(lang.code(), |b| {
                    b.iter(|| {
                        i = (i + 1) % list.len();
                        run(&engine, kind, lang, &list[i])
                    })
                });
            }
            group.finish();
        }
        json.push(']');
        let out = common::scratch().join(format!("latency-{n}.json"));
        if let Err(e) = std::fs::write(&out, json) {
            eprintln!("writing {}: {e}", out.display());
        } else {
            println!("wrote {}", out.display());
        }
    }
}

criterion_group!(benches, query);
criterion_main!(benches);
