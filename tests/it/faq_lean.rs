//! The FAQ lean (issue 16, `src/search/rank/faq_lean.rs`): its counts are those of the tuning
//! parts of our colloquial sets (never a kept-aside part, never a fresh batch), and what it does
//! to every part, against the same engine with the lean off.
//!
//! ```sh
//! cargo test --test it faq_lean -- --nocapture                            # checks, table
//! DALIL_WRITE_FAQ_LEAN=1 cargo test --test it faq_lean_counts -- --nocapture  # recount
//! ```

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use dalil::index::{Catalog, IndexDir, LoadedIndex};
use dalil::search::{query_key, Engine, FaqLean, LearnedPrior, RankingParams};
use dalil::Lang;
use serde::Deserialize;

use crate::learned::{
    fresh, hits, hits_line, kept_aside, kept_aside_queries, search_times, tuning_dirs,
};
use crate::retrieval::{engine, read_jsonl, search_in};
use crate::support::{bundled_content, bundled_index, enc, get_json, post_json, TestServer};

#[derive(Debug, Deserialize)]
struct Case {
    q: String,
    expect: Vec<String>,
}

const HEADER: &str = "The FAQ lean's counts (src/search/rank/faq_lean.rs), generated: do not edit.
Counted by tests/it/faq_lean.rs from the tuning parts of tests/queries/colloquial (never a
kept-aside part or a fresh batch): each question once, by its query key, labelled by whether
the articles expected for it are FAQs (questions expecting both kinds are left out).
Columns: word, questions answered by an FAQ, questions answered by another article; `*` is the
totals; only words of at least 3 questions are listed.
Recount: DALIL_WRITE_FAQ_LEAN=1 cargo test --test it faq_lean_counts";

#[test]
fn faq_lean_counts_are_those_of_the_tuning_parts() {
    let engine = engine();
    let catalog = &engine.index().catalog;
    let write = std::env::var_os("DALIL_WRITE_FAQ_LEAN").is_some();
    let mut stale = Vec::new();
    for lang in Lang::ALL {
        let questions = lean_questions(catalog, lang, &tuning_dirs());
        let counted = FaqLean::count(questions.iter().map(|(k, faq)| (lang, k.as_str(), *faq)));
        let text = counted.file(lang, HEADER);
        let file = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/search/rank/faq_lean")
            .join(format!("{}.tsv", lang.code()));
        if write {
            std::fs::write(&file, &text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            eprintln!("{}: {} questions", file.display(), questions.len());
        } else if std::fs::read_to_string(&file).ok().as_deref() != Some(text.as_str()) {
            stale.push(file.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} differ from the tuning parts' counts: recount with \
         DALIL_WRITE_FAQ_LEAN=1 cargo test --test it faq_lean_counts, then rebuild"
    );
}

/// The questions of the parts in `dirs` the FAQ lean counts, in `lang`: each by its query key,
/// with whether FAQs answer it (questions expecting both kinds are left out).
pub(crate) fn lean_questions(catalog: &Catalog, lang: Lang, dirs: &[&str]) -> Vec<(String, bool)> {
    let mut questions = Vec::new();
    for dir in dirs {
        let path = format!("{dir}/{}.jsonl", lang.code());
        for case in read_jsonl::<Case>(&path) {
            let kinds: BTreeSet<bool> = case
                .expect
                .iter()
                .map(|id| {
                    catalog
                        .get(lang, id)
                        .unwrap_or_else(|| panic!("{path}: no article {id:?} in {lang}"))
                        .is_faq()
                })
                .collect();
            if let [faq] = kinds.into_iter().collect::<Vec<_>>()[..] {
                questions.push((query_key(lang.code(), &case.q), faq));
            }
        }
    }
    questions
}

/// An engine over the bundled index with the FAQ lean at `weight`.
fn engine_with_lean(weight: f32) -> Engine {
    let index = LoadedIndex::open(&IndexDir::new(bundled_index())).expect("open index");
    Engine::with_params(
        Arc::new(index),
        RankingParams {
            faq_lean_weight: weight,
            ..RankingParams::default()
        },
    )
}

#[test]
fn faq_lean_lifts_the_kept_aside_parts_and_the_fresh_batch() {
    // Only totals are printed: no query of a kept-aside part or of the fresh batch is shown.
    let nothing = LearnedPrior::default();
    let on = engine_with_lean(RankingParams::default().faq_lean_weight);
    let off = engine_with_lean(0.0);
    let tuning = |name: &str| name.starts_with("tuning") && !fresh(name);
    let mut kept = [(0, 0); 2];
    for (label, pick) in [
        ("kept aside", &kept_aside as &dyn Fn(&str) -> bool),
        ("fresh batch", &fresh),
        ("tuning", &tuning),
    ] {
        let before = hits(&off, &nothing, pick);
        let after = hits(&on, &nothing, pick);
        eprintln!("FAQ lean off, {label}: {}", hits_line(&before));
        eprintln!("FAQ lean on,  {label}: {}", hits_line(&after));
        if label == "kept aside" {
            kept = [
                before.iter().fold((0, 0), |a, h| (a.0 + h.0, a.1 + h.1)),
                after.iter().fold((0, 0), |a, h| (a.0 + h.0, a.1 + h.1)),
            ];
        }
    }
    // The retrieval sets (keyword, variant, sentence and colloquial queries in the articles'
    // languages): none of their queries may leave the top 3.
    for lang in Lang::ALL {
        for path in [
            format!("tests/queries/{}.jsonl", lang.code()),
            format!("tests/queries/held-out/{}.jsonl", lang.code()),
        ] {
            let cases: Vec<Case> = read_jsonl(&path);
            // Per query: (first, in the top 3).
            let ranks = |engine: &Engine| -> Vec<(bool, bool)> {
                cases
                    .iter()
                    .map(|c| {
                        let got = search_in(engine, lang, &c.q, 10).results;
                        let rank = got.iter().position(|h| c.expect.contains(&h.id));
                        (rank == Some(0), rank.is_some_and(|r| r < 3))
                    })
                    .collect()
            };
            let (before, after) = (ranks(&off), ranks(&on));
            let count = |r: &[(bool, bool)], top3: bool| {
                r.iter().filter(|h| if top3 { h.1 } else { h.0 }).count()
            };
            eprintln!(
                "{path}: first {} -> {}, top 3 {} -> {} of {}",
                count(&before, false),
                count(&after, false),
                count(&before, true),
                count(&after, true),
                cases.len()
            );
            for ((c, b), a) in cases.iter().zip(&before).zip(&after) {
                assert!(!b.1 || a.1, "{path}: {:?} left the top 3", c.q);
            }
        }
    }
    assert!(
        kept[1].0 > kept[0].0,
        "the FAQ lean must lift the kept-aside parts: {} -> {} of {}",
        kept[0].0,
        kept[1].0,
        kept[1].1
    );
}

#[test]
#[ignore = "manual, in release: search time with the FAQ lean on and off (docs/RELEVANCE.md)"]
fn faq_lean_search_time() {
    let engines = [
        ("lean off", engine_with_lean(0.0)),
        ("lean on", engine_with_lean(0.2)),
    ];
    let queries = kept_aside_queries();
    for round in 0..3 {
        for (what, engine) in &engines {
            let line = search_times(&queries, |req| {
                let _ = engine.search(req);
            });
            eprintln!("round {round}, {what}: {line}");
        }
    }
}

#[test]
fn a_problem_told_in_a_customer_s_words_leads_with_the_faq_unless_the_site_switches_it_off() {
    // A bank transfer "three days and still not here": the deposit guide's "Bank transfer"
    // section matches the subject best, the deposits FAQ answers it. Our own probe, in no set.
    let probe = "银行转账三天了还没到";
    let first = |engine: &Engine| search_in(engine, Lang::Zh, probe, 3).results[0].id.clone();
    assert_eq!(first(&engine_with_lean(0.0)), "deposit-methods");
    let server = TestServer::bundled();
    let (status, v) = get_json(&server.url(&format!("/api/search?q={}&lang=zh", enc(probe))));
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["results"][0]["id"], "deposits-faq", "{v}");
    // The raised FAQ shows the score it is ranked by: the scores fall as the list goes down
    // (its section's own score is below the guide's).
    let scores: Vec<f64> = v["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|h| h["score"].as_f64().expect("score"))
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    // An agent pasting the same words gets the same first answer.
    let body = serde_json::json!({ "text": probe, "limit": 3 });
    let (status, v) = post_json(&server.url("/api/suggest"), &body.to_string());
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["answers"][0]["id"], "deposits-faq", "{v}");
    drop(server);
    // A help center that switches it off in its site file gets the guide back.
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    crate::incremental::copy_dir(&bundled_content(), &content);
    let site = content.join("site.toml");
    let text = std::fs::read_to_string(&site).expect("site.toml");
    std::fs::write(&site, text + "\n[ranking]\nfaq_lean = 0\n").expect("site.toml");
    let server = TestServer::start(&content, &tmp.path().join("index"), &[]);
    let (status, v) = get_json(&server.url(&format!("/api/search?q={}&lang=zh", enc(probe))));
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["results"][0]["id"], "deposit-methods", "{v}");
}

#[test]
fn arabic_script_searched_in_two_languages_is_not_leaned() {
    // Without a language, Arabic-script text can be searched as Arabic and as Persian and the
    // two lists merged by score: raising one language's articles would tilt the merge, so the
    // lean stays out and the answer is the same with it on or off.
    let (on, off) = (engine_with_lean(0.2), engine_with_lean(0.0));
    let mut both = 0;
    for lang in [Lang::Ar, Lang::Fa] {
        for case in read_jsonl::<Case>(&format!("tests/queries/colloquial/{}.jsonl", lang.code())) {
            if dalil::lang::detect(&case.q).langs().len() < 2 {
                continue;
            }
            both += 1;
            let req = dalil::search::SearchRequest {
                q: case.q.clone(),
                limit: 10,
                ..Default::default()
            };
            let ids = |e: &Engine| -> Vec<String> {
                let resp = e
                    .search(&req)
                    .unwrap_or_else(|err| panic!("{:?}: {err}", case.q));
                resp.results.into_iter().map(|h| h.id).collect()
            };
            assert_eq!(ids(&on), ids(&off), "{:?}", case.q);
        }
    }
    assert!(both >= 10, "only {both} queries searched in two languages");
}
