//! `dalil bench`: helpers for the benchmarks in `benches/` (see docs/PERFORMANCE.md):
//! generating a large corpus and writing the request list of a load test.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::Subcommand;

use super::bench_corpus::{write_corpus, CorpusSources, Material};
use super::bench_queries::{load_queries, load_test_paths};

/// Where the relevance benchmark keeps its passages, relative to the repository (read at run
/// time, never copied into it).
const RELEVANCE_DIR: &str = "../shared/bench/relevance";

/// The `bench` subcommands.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Write a seeded corpus of N articles over the four languages into a new folder.
    Corpus {
        /// Number of articles (spread evenly over en, ar, fa, zh).
        #[arg(long)]
        articles: usize,
        /// Folder to create (must be missing or empty).
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Bundled content the corpus is recombined from.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Relevance-benchmark folder (`corpus.jsonl`, `queries.jsonl`); bundled content
        /// alone is used when it is missing.
        #[arg(long, default_value = RELEVANCE_DIR)]
        relevance: PathBuf,
    },
    /// Print the request paths of a load test, one per line, mixed over the four languages.
    Paths {
        /// `search` or `autocomplete`.
        #[arg(long, default_value = "search")]
        endpoint: String,
        /// The repository's tests folder (query and message lists).
        #[arg(long, default_value = "tests")]
        tests: PathBuf,
        #[arg(long, default_value = RELEVANCE_DIR)]
        relevance: PathBuf,
    },
}

/// Runs a `bench` subcommand.
pub fn run(command: BenchCommand) -> anyhow::Result<ExitCode> {
    match command {
        BenchCommand::Corpus {
            articles,
            out,
            seed,
            content,
            relevance,
        } => {
            let started = Instant::now();
            let passages = relevance.join("corpus.jsonl");
            if !passages.exists() {
                eprintln!(
                    "{} not found: recombining the bundled content only",
                    passages.display()
                );
            }
            let material = Material::load(&CorpusSources {
                content,
                passages: Some(passages),
                questions: Some(relevance.join("queries.jsonl")),
            })?;
            let bytes = write_corpus(&material, seed, articles, &out)?;
            println!(
                "wrote {articles} articles ({:.1} MiB) into {} in {:.1} s (seed {seed})",
                bytes as f64 / (1024.0 * 1024.0),
                out.display(),
                started.elapsed().as_secs_f64()
            );
        }
        BenchCommand::Paths {
            endpoint,
            tests,
            relevance,
        } => {
            anyhow::ensure!(
                endpoint == "search" || endpoint == "autocomplete",
                "--endpoint is `search` or `autocomplete`, not {endpoint:?}"
            );
            let queries = load_queries(&tests, Some(&relevance.join("queries.jsonl")))?;
            let mut out = std::io::stdout().lock();
            for p in load_test_paths(&queries, &endpoint) {
                writeln!(out, "{p}").context("writing the paths")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
