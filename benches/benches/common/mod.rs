//! Shared by the benches: corpus sizes from the environment, corpora and indexes generated
//! once into a scratch folder and reused, and the query sets.

#![allow(dead_code)] // each bench uses a part

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dalil::content::load_content;
use dalil::index::{write_index, Fingerprint, IndexDir, LoadedIndex};
use dalil::search::Engine;
use dalil_bench::corpus::{write_corpus, CorpusSources, Material, GENERATOR_VERSION};
use dalil_bench::queries::{load_queries, LangQueries};
use dalil_bench::{repo, RELEVANCE_DIR};

/// Seed of every benchmark corpus.
pub const SEED: u64 = 1;

/// Corpus sizes to run, from `DALIL_BENCH_SIZES` (comma-separated article counts). The default
/// is tiny so that `cargo test --all-targets` (which runs each bench once) stays quick.
pub fn sizes() -> Vec<usize> {
    std::env::var("DALIL_BENCH_SIZES")
        .unwrap_or_else(|_| "200".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// Scratch folder for corpora and indexes (`DALIL_BENCH_DIR`, else the system temp folder).
pub fn scratch() -> PathBuf {
    std::env::var_os("DALIL_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("dalil-bench"))
}

/// The generation material (bundled content, plus the relevance passages when present).
pub fn material() -> Material {
    let relevance = repo().join(RELEVANCE_DIR);
    Material::load(&CorpusSources {
        content: repo().join("content"),
        passages: Some(relevance.join("corpus.jsonl")),
        questions: Some(relevance.join("queries.jsonl")),
    })
    .expect("loading the corpus material")
}

/// The corpus of `articles` articles, generated on first use.
pub fn corpus(articles: usize) -> PathBuf {
    let dir = scratch().join(format!("corpus-{articles}-seed{SEED}-g{GENERATOR_VERSION}"));
    let done = dir.join(".complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        write_corpus(&material(), SEED, articles, &dir).expect("writing the corpus");
        std::fs::write(&done, "").expect("marking the corpus complete");
    }
    dir
}

/// An index of the corpus of `articles` articles, built on first use.
pub fn index(articles: usize) -> IndexDir {
    let dir =
        IndexDir::new(scratch().join(format!("index-{articles}-seed{SEED}-g{GENERATOR_VERSION}")));
    if LoadedIndex::open(&dir).is_err() {
        build(&corpus(articles), &dir);
    }
    dir
}

/// A full build of a content folder into an index folder.
pub fn build(content: &Path, index: &IndexDir) {
    let report = load_content(content);
    assert!(report.is_ok(), "corpus errors: {:?}", &report.errors[..1]);
    write_index(index, &report, None, &Fingerprint::of_dir(content), || {})
        .expect("building the index");
}

/// A search engine over the index of `articles` articles.
pub fn engine(articles: usize) -> Engine {
    let loaded = LoadedIndex::open(&index(articles)).expect("opening the index");
    Engine::new(Arc::new(loaded))
}

/// The query sets of every language.
pub fn queries() -> Vec<LangQueries> {
    load_queries(
        &repo().join("tests"),
        Some(&repo().join(RELEVANCE_DIR).join("queries.jsonl")),
    )
    .expect("loading the queries")
}
