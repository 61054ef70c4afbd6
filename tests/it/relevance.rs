//! Ranking ablations on the shared multilingual benchmark (`../shared/bench/relevance`), in
//! process so that many settings can be compared in one run. Manual (ignored) because it needs
//! the benchmark beside the checkout and a release build to be quick:
//!
//! ```sh
//! cargo test --release --test it relevance:: -- --ignored --nocapture
//! ```
//! The HTTP end-to-end numbers come from `benches/relevance.sh` (docs/RELEVANCE.md).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

use dalil::analysis::{set_chinese_segmentation, ChineseSegmentation};
use dalil::content::load_content;
use dalil::index::{write_index, Fingerprint, IndexDir, LoadedIndex};
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
    let build = |name: &str| {
        let report = load_content(&kb);
        assert!(report.is_ok(), "{:?}", report.errors.first());
        let dir = IndexDir::new(tmp.path().join(name));
        let fingerprint = Fingerprint::of_dir(&kb);
        write_index(
            &dir,
            &report.articles,
            &report.synonyms,
            &fingerprint,
            || {},
        )
        .unwrap();
        Arc::new(LoadedIndex::open(&dir).unwrap())
    };
    let index = build("index");
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
    if let Ok(extra) = std::env::var("DALIL_ABLATE_ONLY") {
        configs.retain(|(name, _)| extra.split(',').any(|e| name.contains(e)));
    }
    println!("| setting | ar | fa | zh | en | all |\n|---|---|---|---|---|---|");
    for (name, params) in configs {
        let m = mrr(&Engine::with_params(index.clone(), params), &queries, true);
        println!(
            "| {name} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
            m["ar"], m["fa"], m["zh"], m["en"], m["all"]
        );
    }

    // Chinese segmentation is a process-wide setting of the analyzers, used at index and query
    // time alike: each mode gets an index of its own. Only zh is affected.
    println!("\n| Chinese segmentation | zh MRR@10 (benchmark) | zh top-3 (tests/queries/zh.jsonl) |\n|---|---|---|");
    let bundled = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    let zh_cases: Vec<serde_json::Value> =
        std::fs::read_to_string(bundled.join("../tests/queries/zh.jsonl"))
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    let zh: Vec<BenchQuery> = queries.into_iter().filter(|q| q.lang == "zh").collect();
    for mode in ChineseSegmentation::ALL {
        set_chinese_segmentation(mode);
        let index = build(&format!("index-{mode:?}"));
        let m = mrr(&Engine::new(index), &zh, true);
        let report = load_content(&bundled);
        let dir = IndexDir::new(tmp.path().join(format!("bundled-{mode:?}")));
        let fingerprint = Fingerprint::of_dir(&bundled);
        write_index(
            &dir,
            &report.articles,
            &report.synonyms,
            &fingerprint,
            || {},
        )
        .unwrap();
        let engine = Engine::new(Arc::new(LoadedIndex::open(&dir).unwrap()));
        let hits = zh_cases
            .iter()
            .filter(|c| {
                let req = SearchRequest {
                    q: c["q"].as_str().unwrap().into(),
                    lang: Some(Lang::Zh),
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
            .count();
        println!("| {mode:?} | {:.3} | {hits}/{} |", m["zh"], zh_cases.len());
    }
    set_chinese_segmentation(ChineseSegmentation::default());
}
