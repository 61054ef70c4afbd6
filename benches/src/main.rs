//! The `dalil-bench` binary: generates a large corpus, lists a load test's requests and times
//! queries in process, alone or as a load mix (docs/PERFORMANCE.md). Run from the repository root, where the default
//! `content`, `tests` and relevance-benchmark paths point.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};

use dalil::index::{IndexDir, LoadedIndex};
use dalil::search::{Engine, RankingParams};
use dalil::Lang;
use dalil_bench::corpus::{write_corpus, CorpusSources, Material};
use dalil_bench::latency::{measure, measure_mix, percentile, pruning_agreement};
use dalil_bench::queries::{load_mix, load_queries, load_test_paths, QueryKind};
use dalil_bench::RELEVANCE_DIR;

/// dalil-bench: benchmark helpers for dalil (docs/PERFORMANCE.md).
#[derive(Debug, Parser)]
#[command(name = "dalil-bench", version, about)]
struct Cli {
    #[command(subcommand)]
    command: BenchCommand,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum BenchCommand {
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
    /// Time every benchmark query in process against an index: p50/p99 per kind and language,
    /// and how often pruned search returns the same top 10 as scoring every match.
    Latency {
        /// Index folder (built with `dalil index`).
        #[arg(long)]
        index: PathBuf,
        /// Timed rounds over each query list, after one warm-up round.
        #[arg(long, default_value_t = 5)]
        rounds: usize,
        /// Score every match instead of pruning (the ranking pruning is measured against).
        #[arg(long)]
        exhaustive: bool,
        /// Also compare the top 10 of pruned and exhaustive searches.
        #[arg(long)]
        agreement: bool,
        /// Rank without the query-coverage factor (`RankingParams::coverage_weight` 0): its
        /// cost, measured against the default.
        #[arg(long)]
        no_coverage: bool,
        /// Share of a language's sections above which the pruned first pass leaves a word out
        /// when a rarer one is typed (`RankingParams::common_word_share`; 0 keeps every word).
        #[arg(long)]
        common_word_share: Option<f32>,
        /// Also write the rows as JSON here (what `benches/chart.py` draws; the file name
        /// should be `latency-<articles>.json` in the folder given to it).
        #[arg(long)]
        json: Option<PathBuf>,
        /// Also print the N slowest queries of each row (by the median of their rounds).
        #[arg(long, default_value_t = 0)]
        slowest: usize,
        /// Kinds to time (keyword, typo, prefix, sentence, message-2kb), comma-separated.
        #[arg(long, value_delimiter = ',')]
        kinds: Vec<String>,
        /// Languages to time (en, ar, fa, zh), comma-separated: a profile of one row's
        /// queries without the others'.
        #[arg(long, value_delimiter = ',')]
        langs: Vec<String>,
        #[arg(long, default_value = "tests")]
        tests: PathBuf,
        #[arg(long, default_value = RELEVANCE_DIR)]
        relevance: PathBuf,
    },
    /// Time a load mix's searches in process, one at a time (`../shared/bench/load/querymix.py
    /// 2000 > mix.jsonl`): the distribution and the slowest queries, which tell what makes a
    /// load test's tail without the network or the load generator.
    Mix {
        /// Index folder (built with `dalil index`).
        #[arg(long)]
        index: PathBuf,
        /// The mix: JSON lines `{"q", "lang"}`.
        #[arg(long)]
        mix: PathBuf,
        /// Timed rounds over the mix, after one warm-up round.
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        /// Print the N slowest distinct queries (by the median of their timings).
        #[arg(long, default_value_t = 20)]
        slowest: usize,
    },
    /// Write generated insights events into a new store: write rate and size per million
    /// events.
    Insights {
        #[arg(long, default_value_t = 1_000_000)]
        events: usize,
        /// A PostgreSQL URL (an empty database) instead of an SQLite file in `--scratch`.
        #[arg(long)]
        database: Option<String>,
        /// Folder of the SQLite store (insights.sqlite must not exist in it yet).
        #[arg(long, default_value = ".")]
        scratch: PathBuf,
    },
}

fn main() -> anyhow::Result<()> {
    run(Cli::parse().command)
}

/// Runs a subcommand.
fn run(command: BenchCommand) -> anyhow::Result<()> {
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
        BenchCommand::Latency {
            index,
            rounds,
            exhaustive,
            agreement,
            no_coverage,
            common_word_share,
            json,
            slowest,
            kinds,
            langs,
            tests,
            relevance,
        } => {
            let queries = load_queries(&tests, Some(&relevance.join("queries.jsonl")))?;
            let loaded = std::sync::Arc::new(
                LoadedIndex::open(&IndexDir::new(&index))
                    .with_context(|| format!("opening the index in {}", index.display()))?,
            );
            let mut base = if no_coverage {
                RankingParams {
                    coverage_weight: 0.0,
                    message_coverage_weight: 0.0,
                    ..RankingParams::default()
                }
            } else {
                RankingParams::default()
            };
            if let Some(share) = common_word_share {
                base.common_word_share = share;
            }
            let pruned = Engine::with_params(loaded.clone(), base.clone());
            let full = Engine::with_params(
                loaded,
                RankingParams {
                    candidates_per_result: 0,
                    ..base
                },
            );
            let engine = if exhaustive { &full } else { &pruned };
            println!(
                "{:<12} {:<4} {:>9} {:>9} {:>6}",
                "kind", "lang", "p50_ms", "p99_ms", "count"
            );
            let chosen = QueryKind::ALL
                .into_iter()
                .filter(|k| kinds.is_empty() || kinds.iter().any(|n| n == k.name()));
            let articles = engine.index().catalog.all().len();
            let mut rows = Vec::new();
            let chosen_langs: Vec<Lang> = Lang::ALL
                .into_iter()
                .filter(|l| langs.is_empty() || langs.iter().any(|c| c == l.code()))
                .collect();
            for kind in chosen {
                for &lang in &chosen_langs {
                    let row = measure(engine, &queries[lang.index()], kind, lang, rounds);
                    println!(
                        "{:<12} {:<4} {:>9.3} {:>9.3} {:>6}",
                        row.kind, row.lang, row.p50_ms, row.p99_ms, row.count
                    );
                    for (q, median) in row.by_query.iter().take(slowest) {
                        println!("    {median:>9.3} ms  {q}");
                    }
                    rows.push(serde_json::json!({
                        "articles": articles,
                        "kind": row.kind,
                        "lang": row.lang,
                        "p50_ms": row.p50_ms,
                        "p99_ms": row.p99_ms,
                        "count": row.count,
                    }));
                }
            }
            if let Some(path) = json {
                std::fs::write(&path, serde_json::to_vec(&rows)?)
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            if agreement {
                let (same, compared) = pruning_agreement(&pruned, &full, &queries, 10);
                println!(
                    "pruned top 10 equal to exhaustive: {same}/{compared} ranks ({:.2}%)",
                    100.0 * same as f64 / compared.max(1) as f64
                );
            }
        }
        BenchCommand::Mix {
            index,
            mix,
            rounds,
            slowest,
        } => {
            let mix = load_mix(&mix)?;
            let loaded = LoadedIndex::open(&IndexDir::new(&index))
                .with_context(|| format!("opening the index in {}", index.display()))?;
            let engine = Engine::new(std::sync::Arc::new(loaded));
            let timings = measure_mix(&engine, &mix, rounds);
            let ms = &timings.sorted_ms;
            let total: f64 = ms.iter().sum();
            println!(
                "{} searches: mean {:.3} ms, p50 {:.3}, p90 {:.3}, p99 {:.3}, p99.9 {:.3}, max {:.3}",
                ms.len(),
                total / ms.len().max(1) as f64,
                percentile(ms, 0.5),
                percentile(ms, 0.9),
                percentile(ms, 0.99),
                percentile(ms, 0.999),
                ms.last().copied().unwrap_or(f64::NAN),
            );
            for (lang, q, median) in timings.by_query.iter().take(slowest) {
                println!("    {median:>9.3} ms  {lang} {q}");
            }
        }
        BenchCommand::Insights {
            events,
            database,
            scratch,
        } => dalil_bench::insights::run(events, database.as_deref(), &scratch)?,
    }
    Ok(())
}
