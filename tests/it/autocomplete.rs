//! Autocomplete on the bundled content: the completion index finds the expected article of the
//! query sets' prefixes at least as often as ranked search did, and falls back to it when it
//! finds nothing; ranked answers and searches are remembered by the whole request.

use std::sync::Arc;

use dalil::index::{IndexDir, LoadedIndex};
use dalil::search::{AutocompleteResponse, Engine};
use dalil::Lang;
use serde::Deserialize;

use crate::support::bundled_index;

/// Completions the API returns per request.
const LIMIT: usize = 6;
/// Share of the prefixes, all languages together, whose expected article must be among the
/// completions.
const MIN_PREFIX_SHARE: f64 = 0.90;

#[derive(Debug, Deserialize)]
struct QueryCase {
    q: String,
    expect: Vec<String>,
    /// The query's form (`keyword`, `prefix`, `typo`, ...).
    form: String,
}

fn engine() -> Engine {
    Engine::new(Arc::new(
        LoadedIndex::open(&IndexDir::new(bundled_index())).expect("open index"),
    ))
}

/// A query as typed up to the middle of its last word (as the benchmarks cut them).
fn typed_so_far(q: &str) -> String {
    let chars: Vec<char> = q.chars().collect();
    let last_start = chars
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |p| p + 1);
    let keep = last_start + (chars.len() - last_start).div_ceil(2).max(1);
    chars[..keep.min(chars.len())].iter().collect()
}

/// The prefixes of a language with their expected articles: the `prefix` queries as written
/// and the `keyword` queries cut inside their last word.
fn prefix_cases(lang: Lang) -> Vec<(String, Vec<String>)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/queries/{}.jsonl", lang.code()));
    let text = std::fs::read_to_string(&path).expect("query set");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<QueryCase>(l).expect("query case"))
        .filter_map(|c| match c.form.as_str() {
            "prefix" => Some((c.q, c.expect)),
            "keyword" => Some((typed_so_far(&c.q), c.expect)),
            _ => None,
        })
        .collect()
}

/// Whether one of the first `top` completions leads to an expected article.
fn finds(resp: &AutocompleteResponse, top: usize, lang: Lang, expect: &[String]) -> bool {
    resp.completions.iter().take(top).any(|c| {
        let path = c.url.split('#').next().unwrap_or("");
        expect
            .iter()
            .any(|id| path == format!("/{}/{id}", lang.code()))
    })
}

#[test]
fn completions_find_the_expected_article_at_least_as_often_as_ranked_search() {
    let engine = engine();
    engine.completions();
    let (mut all_indexed, mut all_ranked, mut all_cases) = (0, 0, 0);
    for lang in Lang::ALL {
        let cases = prefix_cases(lang);
        assert!(cases.len() >= 10, "{lang}: {} prefixes", cases.len());
        let (mut indexed, mut ranked, mut indexed_first, mut ranked_first) = (0, 0, 0, 0);
        let mut answered = 0;
        for (q, expect) in &cases {
            let by_index = engine
                .autocomplete_indexed(q, Some(lang), LIMIT)
                .expect("valid query")
                .is_some();
            answered += usize::from(by_index);
            if !by_index {
                eprintln!("  {lang} {q:?}: ranked search answers");
            }
            let now = engine
                .autocomplete(q, Some(lang), LIMIT)
                .expect("autocomplete");
            let before = engine
                .autocomplete_ranked(q, Some(lang), LIMIT)
                .expect("ranked autocomplete");
            let n = finds(&now, LIMIT, lang, expect);
            indexed += usize::from(n);
            ranked += usize::from(finds(&before, LIMIT, lang, expect));
            indexed_first += usize::from(finds(&now, 1, lang, expect));
            ranked_first += usize::from(finds(&before, 1, lang, expect));
            if !n {
                let got: Vec<&str> = now.completions.iter().map(|c| c.url.as_str()).collect();
                eprintln!("  {lang} {q:?}: expected {expect:?}, got {got:?}");
            }
        }
        eprintln!(
            "{lang}: expected article among {LIMIT} completions for {indexed}/{} prefixes \
             (ranked search: {ranked}), first for {indexed_first} (ranked search: {ranked_first}); \
             {answered} answered by the completion index",
            cases.len()
        );
        all_indexed += indexed;
        all_ranked += ranked;
        all_cases += cases.len();
    }
    // Absolute too: both could get worse together (46 of 47 prefixes when this was written).
    assert!(
        all_indexed as f64 >= MIN_PREFIX_SHARE * all_cases as f64,
        "the expected article is among the completions for {all_indexed} of {all_cases} prefixes, \
         below {MIN_PREFIX_SHARE}"
    );
    assert!(
        all_indexed >= all_ranked,
        "the completion index finds fewer expected articles ({all_indexed}) than ranked search ({all_ranked})"
    );
}

#[test]
fn nothing_in_titles_and_headings_falls_back_to_ranked_search() {
    let engine = engine();
    // Not built yet: the index-only path declines instead of waiting.
    assert!(!engine.completions_ready());
    assert!(engine
        .autocomplete_indexed("withdr", Some(Lang::En), LIMIT)
        .expect("valid query")
        .is_none());
    // Before the index is ready, the server's path answers by ranked search and does not
    // remember it (the index may answer better once built).
    let early = engine
        .autocomplete_without_waiting("withdrawl fe", Some(Lang::En), LIMIT)
        .expect("autocomplete");
    assert!(!early.completions.is_empty());
    assert!(engine
        .autocomplete_remembered("withdrawl fe", Some(Lang::En), LIMIT)
        .is_none());
    // A typo: no title or heading has the word, ranked search corrects it.
    let resp = engine
        .autocomplete("withdrawl fe", Some(Lang::En), LIMIT)
        .expect("autocomplete");
    assert!(engine.completions_ready());
    assert!(engine
        .autocomplete_indexed("withdrawl fe", Some(Lang::En), LIMIT)
        .expect("valid query")
        .is_none());
    assert!(
        resp.completions
            .iter()
            .any(|c| c.url.starts_with("/en/withdraw")),
        "{resp:?}"
    );
    let ranked = engine
        .autocomplete_without_waiting(" withdrawl fe", Some(Lang::En), LIMIT)
        .expect("autocomplete");
    assert_eq!(ranked.completions, resp.completions);
    let remembered = engine
        .autocomplete_remembered("withdrawl fe ", Some(Lang::En), LIMIT)
        .expect("remembered once the index is ready");
    assert_eq!(remembered.completions, resp.completions);
    assert!(engine
        .autocomplete_remembered("withdrawl fe", None, LIMIT)
        .is_none());
    let indexed = engine
        .autocomplete_indexed("withdr", Some(Lang::En), LIMIT)
        .expect("valid query")
        .expect("completions");
    assert!(!indexed.completions.is_empty());
    assert!(indexed.completions.len() <= LIMIT);
    assert!(engine.autocomplete_indexed("  ", None, LIMIT).is_err());
}

#[test]
fn searches_are_remembered_by_the_whole_request() {
    use dalil::search::SearchRequest;
    let engine = engine();
    let req = SearchRequest {
        q: " withdrawal fee ".into(),
        lang: Some(Lang::En),
        limit: 5,
        ..SearchRequest::default()
    };
    assert!(engine.search_remembered(&req).is_none());
    let fresh = engine.search_remembering(&req).expect("search");
    let again = engine
        .search_remembered(&SearchRequest {
            q: "withdrawal fee".into(),
            ..req.clone()
        })
        .expect("remembered");
    assert_eq!(again.results, fresh.results);
    assert_eq!(again.total, fresh.total);
    for other in [
        SearchRequest {
            limit: 6,
            ..req.clone()
        },
        SearchRequest {
            offset: 5,
            ..req.clone()
        },
        SearchRequest {
            lang: None,
            ..req.clone()
        },
        SearchRequest {
            category: Some("payments".into()),
            ..req.clone()
        },
    ] {
        assert!(engine.search_remembered(&other).is_none(), "{other:?}");
    }
    // `Engine::search` itself (the CLI, the benches) neither reads nor fills it.
    let plain = SearchRequest {
        q: "deposit".into(),
        ..req
    };
    engine.search(&plain).expect("search");
    assert!(engine.search_remembered(&plain).is_none());
}
