//! Ranking ablations on the shared multilingual benchmark (`../shared/bench/relevance`), in
//! process so that many settings can be compared in one run. Manual (ignored) because it needs
//! the benchmark beside the checkout and a release build to be quick:
//!
//! ```sh
//! cargo test --release --test it relevance:: -- --ignored --nocapture
//! ```
//! It prints MRR@10 (`--with-lang`) per ranking setting, then per analysis setting (our
//! analyzer, plain, each rule off, fuzzy matching off, the other Chinese segmentations) with
//! the top-3 hits of the query sets in `tests/queries` beside. `DALIL_ABLATE_ONLY=a,b` keeps
//! the settings whose names contain `a` or `b`; `DALIL_SKIP_RANKING=1` skips the ranking table;
//! `DALIL_DUMP_MISSES=fa` prints the queries of one language whose paragraph is not first.
//! The HTTP end-to-end numbers come from `benches/relevance.sh` (docs/RELEVANCE.md).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

use dalil::analysis::{Ablation, AnalysisOptions, ChineseSegmentation};
use dalil::content::load_content;
use dalil::index::{write_index_with, Fingerprint, IndexDir, LoadedIndex};
use dalil::search::{Engine, RankingParams, SearchRequest};
use dalil::Lang;
use serde::Deserialize;

#[derive(Deserialize)]
struct BenchQuery {
    lang: String,
    text: String,
    relevant: Vec<String>,
}

fn bench_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("DALIL_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/relevance")
        });
    dir.join("eval.py").exists().then_some(dir)
}

/// MRR@10 per language for one engine.
fn mrr(engine: &Engine, queries: &[BenchQuery], with_lang: bool) -> BTreeMap<String, f64> {
    let mut sums: BTreeMap<String, (f64, usize)> = BTreeMap::new();
    for q in queries {
        let lang: Lang = q.lang.parse().expect("benchmark language");
        let req = SearchRequest {
            q: q.text.clone(),
            lang: with_lang.then_some(lang),
            limit: 10,
            ..Default::default()
        };
        let rr = match engine.search(&req) {
            Ok(resp) => resp
                .results
                .iter()
                .position(|h| q.relevant.contains(&h.id))
                .map_or(0.0, |i| 1.0 / (i as f64 + 1.0)),
            Err(_) => 0.0,
        };
        if std::env::var("DALIL_DUMP_MISSES").is_ok_and(|l| l == q.lang) && rr < 1.0 {
            println!("miss rr={rr:.2} {:?} {}", q.relevant, q.text);
        }
        let e = sums.entry(q.lang.clone()).or_default();
        e.0 += rr;
        e.1 += 1;
    }
    let all: (f64, usize) = sums.values().fold((0.0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    let mut out: BTreeMap<String, f64> = sums
        .into_iter()
        .map(|(k, (s, n))| (k, s / n as f64))
        .collect();
    out.insert("all".into(), all.0 / all.1.max(1) as f64);
    out
}

#[test]
#[ignore = "manual: needs ../shared/bench/relevance; run with --release"]
fn ranking_ablations() {
    let Some(bench) = bench_dir() else {
        panic!("benchmark not found; set DALIL_BENCH_DIR")
    };
    let tmp = tempfile::tempdir().unwrap();
    let kb = tmp.path().join("kb");
    let status = Command::new("python3")
        .arg(bench.join("eval.py"))
        .arg("export-markdown")
        .arg(&kb)
        .status()
        .unwrap();
    assert!(status.success());
    let build = |name: &str, analysis: AnalysisOptions| {
        let report = load_content(&kb);
        assert!(report.is_ok(), "{:?}", report.errors.first());
        let dir = IndexDir::new(tmp.path().join(name));
        let fingerprint = Fingerprint::of_dir(&kb);
        write_index_with(&dir, &report, None, &fingerprint, analysis, || {}).unwrap();
        Arc::new(LoadedIndex::open(&dir).unwrap())
    };
    let index = build("index", AnalysisOptions::default());
    let queries: Vec<BenchQuery> = std::fs::read_to_string(bench.join("queries.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();

    let base = RankingParams::default();
    let mut configs: Vec<(&str, RankingParams)> = vec![("default", base.clone())];
    configs.push((
        "no phrase boost",
        RankingParams {
            phrase_weight: 0.0,
            ..base.clone()
        },
    ));
    configs.push((
        "no typo tolerance",
        RankingParams {
            typo_tolerance: false,
            ..base.clone()
        },
    ));
    configs.push((
        "fields summed (tie 1.0)",
        RankingParams {
            field_tie: 1.0,
            ..base.clone()
        },
    ));
    configs.push((
        "one field weight",
        RankingParams {
            field_weights: [1.0; 5],
            ..base.clone()
        },
    ));
    let weights = |w: [f32; 5]| RankingParams {
        field_weights: w,
        ..base.clone()
    };
    configs.push(("title weight 1.5", weights([3.0, 1.5, 1.8, 1.2, 1.0])));
    configs.push((
        "heading 2, title 1.5, keywords 1.5",
        weights([2.0, 1.5, 1.5, 1.2, 1.0]),
    ));
    configs.push(("title weight 1.0", weights([3.0, 1.0, 1.8, 1.2, 1.0])));
    configs.push((
        "phrase weight 3",
        RankingParams {
            phrase_weight: 3.0,
            ..base.clone()
        },
    ));
    for (name, coverage_weight) in [
        ("coverage off (weight 0)", 0.0),
        ("coverage weight 0.3", 0.3),
        ("coverage weight 0.4", 0.4),
        ("coverage weight 0.5", 0.5),
        ("coverage weight 0.75", 0.75),
        ("coverage weight 1.5", 1.5),
    ] {
        configs.push((
            name,
            RankingParams {
                coverage_weight,
                ..base.clone()
            },
        ));
    }
    if let Ok(extra) = std::env::var("DALIL_ABLATE_ONLY") {
        configs.retain(|(name, _)| extra.split(',').any(|e| name.contains(e)));
    }
    if std::env::var_os("DALIL_SKIP_RANKING").is_some() {
        configs.clear();
    }
    println!("| setting | ar | fa | zh | en | all |\n|---|---|---|---|---|---|");
    for (name, params) in configs {
        let m = mrr(&Engine::with_params(index.clone(), params), &queries, true);
        println!(
            "| {name} | {:.4} | {:.4} | {:.4} | {:.4} | {:.4} |",
            m["ar"], m["fa"], m["zh"], m["en"], m["all"]
        );
    }

    // Analysis rules and the Chinese segmentation are options of an index's analyzers, used at
    // index and query time alike (the build records them): each setting gets indexes of its own.
    let bundled = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    let cases = query_sets();
    let build_bundled = |name: &str, analysis: AnalysisOptions| {
        let report = load_content(&bundled);
        let dir = IndexDir::new(tmp.path().join(name));
        let fingerprint = Fingerprint::of_dir(&bundled);
        write_index_with(&dir, &report, None, &fingerprint, analysis, || {}).unwrap();
        Arc::new(LoadedIndex::open(&dir).unwrap())
    };
    let row = |name: &str, bench: Arc<LoadedIndex>, kb: Arc<LoadedIndex>, params: RankingParams| {
        let m = mrr(&Engine::with_params(bench, params.clone()), &queries, true);
        let t = top3(&Engine::with_params(kb, params), &cases);
        println!(
            "| {name} | {:.4} | {:.4} | {:.4} | {:.4} | {:.4} | {} | {} | {} | {} |",
            m["ar"], m["fa"], m["zh"], m["en"], m["all"], t[0], t[1], t[2], t[3]
        );
    };
    let n = |lang: usize| cases[lang].len();
    println!(
        "\n| analysis | ar | fa | zh | en | all | ar top-3 /{} | fa top-3 /{} | zh top-3 /{} | en top-3 /{} |\n|---|---|---|---|---|---|---|---|---|---|",
        n(0), n(1), n(2), n(3)
    );
    let mut settings = vec![("our analyzer", Ablation::NONE)];
    settings.extend(Ablation::EACH_RULE);
    if let Ok(only) = std::env::var("DALIL_ABLATE_ONLY") {
        settings.retain(|(name, _)| {
            name == &"our analyzer" || only.split(',').any(|e| name.contains(e))
        });
    }
    for (i, (name, off)) in settings.into_iter().enumerate() {
        let analysis = AnalysisOptions {
            ablation: off,
            ..AnalysisOptions::default()
        };
        let (bench_index, kb_index) = (
            build(&format!("bench-{i}"), analysis),
            build_bundled(&format!("kb-{i}"), analysis),
        );
        row(name, bench_index.clone(), kb_index.clone(), base.clone());
        if off == Ablation::NONE {
            let no_typos = RankingParams {
                typo_tolerance: false,
                ..base.clone()
            };
            row(
                "no fuzzy matching (typo tolerance)",
                bench_index,
                kb_index,
                no_typos,
            );
        }
    }
    for mode in ChineseSegmentation::ALL {
        if mode == ChineseSegmentation::default() {
            continue;
        }
        let only = std::env::var("DALIL_ABLATE_ONLY").unwrap_or_default();
        if !only.is_empty() && !only.split(',').any(|e| "Chinese segmentation".contains(e)) {
            continue;
        }
        let analysis = AnalysisOptions {
            chinese: mode,
            ..AnalysisOptions::default()
        };
        let name = format!(
            "Chinese segmentation {mode:?} (default {:?})",
            ChineseSegmentation::default()
        );
        row(
            &name,
            build(&format!("bench-{mode:?}"), analysis),
            build_bundled(&format!("kb-{mode:?}"), analysis),
            base.clone(),
        );
    }
}

/// The query sets of `tests/queries`, in the order ar, fa, zh, en.
fn query_sets() -> [Vec<serde_json::Value>; 4] {
    ["ar", "fa", "zh", "en"].map(|code| {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/queries/{code}.jsonl"));
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    })
}

/// Queries of each set with an expected article in the top 3 (language given).
fn top3(engine: &Engine, cases: &[Vec<serde_json::Value>; 4]) -> [usize; 4] {
    let langs = [Lang::Ar, Lang::Fa, Lang::Zh, Lang::En];
    std::array::from_fn(|i| {
        cases[i]
            .iter()
            .filter(|c| {
                let req = SearchRequest {
                    q: c["q"].as_str().unwrap().into(),
                    lang: Some(langs[i]),
                    limit: 3,
                    ..Default::default()
                };
                let resp = engine.search(&req).unwrap();
                resp.results.iter().any(|h| {
                    c["expect"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|e| e == h.id.as_str())
                })
            })
            .count()
    })
}
