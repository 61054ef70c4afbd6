//! Retrieval quality on the bundled content: the query sets and agent messages in `tests/`
//! must find the expected article in the top 3.

use std::sync::Arc;

use dalil::index::{IndexDir, LoadedIndex};
use dalil::search::{Engine, SearchRequest, SuggestRequest};
use dalil::Lang;
use serde::Deserialize;

use crate::support::bundled_index;

/// Share of queries per language that must have an expected article in the top 3.
const MIN_TOP3: f64 = 0.95;
/// Share of agent messages per language whose suggestions must include an expected article.
const MIN_MESSAGES_TOP3: f64 = 0.83;

#[derive(Debug, Deserialize)]
struct QueryCase {
    q: String,
    expect: Vec<String>,
    kind: String,
}

#[derive(Debug, Deserialize)]
struct MessageCase {
    text: String,
    expect: Vec<String>,
}

/// An engine over the bundled index.
pub(crate) fn engine() -> Engine {
    Engine::new(Arc::new(
        LoadedIndex::open(&IndexDir::new(bundled_index())).expect("open index"),
    ))
}

/// The cases of a JSONL file under the crate root, one per non-empty line.
pub(crate) fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &str) -> Vec<T> {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full)
        .unwrap_or_else(|e| panic!("{}: {e}", full.display()))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}: {l}")))
        .collect()
}

/// Runs one language's query set; returns (hits, total, misses).
fn run_queries(engine: &Engine, lang: Lang, pass_lang: bool) -> (usize, usize, Vec<String>) {
    let cases: Vec<QueryCase> = read_jsonl(&format!("tests/queries/{}.jsonl", lang.code()));
    assert!(
        cases.len() >= 40,
        "{lang}: at least 40 queries, found {}",
        cases.len()
    );
    let mut misses = Vec::new();
    for c in &cases {
        let req = SearchRequest {
            q: c.q.clone(),
            lang: pass_lang.then_some(lang),
            limit: 3,
            ..Default::default()
        };
        let resp = engine
            .search(&req)
            .unwrap_or_else(|e| panic!("{lang} {:?}: {e}", c.q));
        let got: Vec<&str> = resp.results.iter().map(|h| h.id.as_str()).collect();
        if !got.iter().any(|id| c.expect.iter().any(|e| e == id)) {
            misses.push(format!(
                "  [{}] {:?} expected {:?}, got {:?}",
                c.kind, c.q, c.expect, got
            ));
        }
    }
    (cases.len() - misses.len(), cases.len(), misses)
}

fn check_queries(lang: Lang) {
    let (hits, total, misses) = run_queries(&engine(), lang, true);
    let rate = hits as f64 / total as f64;
    eprintln!(
        "{lang}: {hits}/{total} queries with the expected article in the top 3 ({:.1}%)",
        rate * 100.0
    );
    for m in &misses {
        eprintln!("{m}");
    }
    assert!(
        rate >= MIN_TOP3,
        "{lang}: {hits}/{total} in the top 3, below {MIN_TOP3}:\n{}",
        misses.join("\n")
    );
}

#[test]
fn english_queries_find_the_right_article() {
    check_queries(Lang::En);
}

#[test]
fn arabic_queries_find_the_right_article() {
    check_queries(Lang::Ar);
}

#[test]
fn persian_queries_find_the_right_article() {
    check_queries(Lang::Fa);
}

#[test]
fn chinese_queries_find_the_right_article() {
    check_queries(Lang::Zh);
}

#[test]
fn detected_language_does_about_as_well_as_a_given_one() {
    let engine = engine();
    for lang in Lang::ALL {
        let (with_lang, total, _) = run_queries(&engine, lang, true);
        let (detected, _, misses) = run_queries(&engine, lang, false);
        eprintln!("{lang}: top-3 {with_lang}/{total} with lang, {detected}/{total} detected");
        // A detected language may lose a query or two to ambiguity, not more.
        assert!(
            detected + 2 >= with_lang,
            "{lang}: detection loses {} queries:\n{}",
            with_lang - detected,
            misses.join("\n")
        );
    }
}

#[test]
fn agent_messages_get_the_right_answer() {
    let engine = engine();
    for lang in Lang::ALL {
        let cases: Vec<MessageCase> = read_jsonl(&format!("tests/messages/{}.jsonl", lang.code()));
        assert!(cases.len() >= 10, "{lang}: at least 10 messages");
        let mut misses = Vec::new();
        for c in &cases {
            let resp = engine
                .suggest(&SuggestRequest {
                    text: c.text.clone(),
                    lang: None,
                    limit: 3,
                })
                .unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert_eq!(
                resp.lang,
                lang.code(),
                "message language detected wrongly: {:?}",
                c.text
            );
            let got: Vec<&str> = resp.answers.iter().map(|a| a.id.as_str()).collect();
            if !got.iter().any(|id| c.expect.iter().any(|e| e == id)) {
                misses.push(format!(
                    "  expected {:?}, got {:?}, terms {:?}",
                    c.expect, got, resp.terms
                ));
            }
        }
        let rate = (cases.len() - misses.len()) as f64 / cases.len() as f64;
        eprintln!(
            "{lang}: {}/{} messages answered in the top 3",
            cases.len() - misses.len(),
            cases.len()
        );
        assert!(
            rate >= MIN_MESSAGES_TOP3,
            "{lang}: messages below {MIN_MESSAGES_TOP3}:\n{}",
            misses.join("\n")
        );
    }
}

#[test]
fn corrections_and_other_languages_are_offered() {
    let engine = engine();
    let search = |q: &str, lang: Lang| {
        engine
            .search(&SearchRequest {
                q: q.into(),
                lang: Some(lang),
                limit: 5,
                ..Default::default()
            })
            .unwrap()
    };
    let r = search("fes", Lang::En);
    assert_eq!(
        r.did_you_mean.as_deref(),
        Some("fees"),
        "a short misspelling finds nothing but gets a correction"
    );
    let r = search("السحبب", Lang::Ar);
    assert!(
        r.results.iter().any(|h| h.id == "withdrawals-faq"),
        "typo tolerance from the typed length"
    );
    assert_eq!(
        r.did_you_mean.as_deref(),
        Some("السحب"),
        "results resting on a correction say so"
    );
    let r = search("withdrawal fee", Lang::En);
    assert_eq!(r.did_you_mean, None, "correct queries get no correction");
    let r = search("xqzvbwert", Lang::En);
    assert!(r.results.is_empty() && r.did_you_mean.is_none() && r.translations_available.is_none());
    // A Persian query on the English page: nothing in English, the Persian article is offered.
    let r = search("کارمزد برداشت", Lang::En);
    assert_eq!(r.total, 0);
    let t = r.translations_available.expect("translations offered");
    assert!(
        t.iter()
            .any(|t| t.lang == "fa" && t.url.starts_with("/fa/")),
        "{t:?}"
    );
    // A query made only of stop words still searches.
    let r = search("how do i", Lang::En);
    assert!(r.total > 0);
}
