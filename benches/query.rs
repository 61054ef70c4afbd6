//! Query latency in process, per corpus size (`DALIL_BENCH_SIZES`), query kind and language:
//! keyword, typo, prefix (autocomplete), whole-sentence search, and a 2 KB message through
//! suggest. Criterion measures the mean over the query list; a separate pass times every query
//! on its own and writes p50/p99 to `<scratch>/latency-<n>.json` (what docs/PERFORMANCE.md and
//! `benches/chart.py` use).

mod common;

use std::fmt::Write as _;

use criterion::{criterion_group, criterion_main, Criterion};
use dalil::cli::bench_latency::{measure, run_query as run};
use dalil::cli::bench_queries::QueryKind;
use dalil::Lang;

/// Rounds over the query list in the percentile pass.
const ROUNDS: usize = 5;

fn query(c: &mut Criterion) {
    let queries = common::queries();
    for n in common::sizes() {
        let engine = common::engine(n);
        let mut json = String::from("[");
        for kind in QueryKind::ALL {
            let mut group = c.benchmark_group(format!("query/{n}/{}", kind.name()));
            group.sample_size(20);
            for lang in Lang::ALL {
                let list = queries[lang.index()].of(kind);
                // Warm-up, then each query timed on its own.
                let row = measure(&engine, &queries[lang.index()], kind, lang, ROUNDS);
                let (p50, p99) = (row.p50_ms, row.p99_ms);
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
