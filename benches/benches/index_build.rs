//! Full index builds in process: MB/s of content (criterion's throughput) and articles/s (the
//! corpus size over the time) for each size in `DALIL_BENCH_SIZES`; plus the incremental
//! rebuild after one file changes. Content loading is measured separately from writing.

mod common;

use std::fs;
use std::time::{Duration, SystemTime};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use dalil::content::{load_changed_content, load_content};
use dalil::index::{write_index, BuildBase, Fingerprint, IndexDir};

fn index_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("index_build");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for n in common::sizes() {
        let content = common::corpus(n);
        let report = load_content(&content);
        assert!(report.is_ok());
        let fingerprint = Fingerprint::of_dir(&content);
        group.throughput(Throughput::Bytes(report.bytes_read));
        group.bench_function(format!("load/{n}"), |b| {
            b.iter(|| load_content(&content).articles.len())
        });
        let scratch = common::scratch().join(format!("build-{n}"));
        group.bench_function(format!("write/{n}"), |b| {
            b.iter_batched(
                || {
                    let _ = fs::remove_dir_all(&scratch);
                    IndexDir::new(&scratch)
                },
                |dir| write_index(&dir, &report, None, &fingerprint, || {}).map(|i| i.took),
                BatchSize::PerIteration,
            )
        });

        // One file changed since the live build: load what changed, apply it, publish.
        let dir = IndexDir::new(&scratch);
        let _ = fs::remove_dir_all(&scratch);
        common::build(&content, &dir);
        let changed = content.join("en").join(
            report
                .articles
                .iter()
                .find(|a| a.lang == dalil::Lang::En)
                .map(|a| format!("{}.md", a.id))
                .expect("an English article"),
        );
        let original = fs::read(&changed).expect("reading the changed file");
        let mut round = 0u64;
        group.throughput(Throughput::Elements(1));
        group.bench_function(format!("incremental_one_file/{n}"), |b| {
            b.iter_batched(
                || {
                    round += 1;
                    let mut text = original.clone();
                    text.extend_from_slice(format!("\nEdit number {round}.\n").as_bytes());
                    fs::write(&changed, text).expect("changing a file");
                    BuildBase::of_live(&dir).expect("a live build with file stamps")
                },
                |base| {
                    let report = load_changed_content(&content, &base.files);
                    write_index(&dir, &report, Some(&base), &fingerprint, || {}).map(|i| i.took)
                },
                BatchSize::PerIteration,
            )
        });
        // Leave the shared corpus as it was (with an old time, so the next run trusts it).
        fs::write(&changed, &original).expect("restoring the changed file");
        let old = SystemTime::now() - Duration::from_secs(60);
        let _ = fs::File::options()
            .write(true)
            .open(&changed)
            .and_then(|f| f.set_modified(old));
        let _ = fs::remove_dir_all(&scratch);
    }
    group.finish();
}

criterion_group!(benches, index_build);
criterion_main!(benches);
