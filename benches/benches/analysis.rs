//! Analysis throughput per language: MB/s of real text (the corpus material's sentences)
//! through each language's full pipeline (`analyze`) and its unstemmed one (`analyze_exact`).

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dalil::analysis::{analyze, analyze_exact};
use dalil::Lang;

/// About this much text per language and iteration.
const TEXT_BYTES: usize = 256 * 1024;

fn analysis(c: &mut Criterion) {
    let material = common::material();
    let mut group = c.benchmark_group("analysis");
    group.sample_size(20);
    for lang in Lang::ALL {
        let sentences = &material.lang(lang).sentences;
        let mut text = String::with_capacity(TEXT_BYTES + 1024);
        for s in sentences.iter().cycle().take(100_000) {
            if text.len() >= TEXT_BYTES {
                break;
            }
            text.push_str(s);
            text.push(' ');
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("full/{}", lang.code()), |b| {
            b.iter(|| analyze(lang, &text).len())
        });
        group.bench_function(format!("exact/{}", lang.code()), |b| {
            b.iter(|| analyze_exact(lang, &text).len())
        });
    }
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
