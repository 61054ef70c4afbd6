//! The real server on a loopback port: every endpoint, every bad input, live reload under load.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cli::small_content;
use crate::support::{dalil, enc, get_json, http, http_get, index_ok, post_json, TestServer};

#[test]
fn every_endpoint_answers() {
    let server = TestServer::bundled();
    let (status, v) = get_json(&server.url(&format!(
        "/api/search?q={}&lang=fa&limit=5",
        enc("کارمزد برداشت")
    )));
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["lang"], "fa");
    assert!(v["total"].as_u64().unwrap() >= 1);
    assert!(v["took_ms"].as_f64().is_some());
    assert!(v["results"].as_array().unwrap().len() <= 5);

    // Detected language, and filters.
    // Each filter is checked on a query that finds articles both in and out of it, so that an
    // empty answer or an ignored filter fails.
    let (_, all) = get_json(&server.url(&format!("/api/search?q={}&limit=50", enc("如何提现"))));
    let (_, v) = get_json(&server.url(&format!(
        "/api/search?q={}&type=faq&limit=50",
        enc("如何提现")
    )));
    assert_eq!(v["lang"], "zh");
    assert_filtered(&all, &v, "type", "faq");
    // A short Arabic-script query that could be Persian (searched in both): `lang` is the one
    // its results are in, not the letters' first guess.
    let (_, v) = get_json(&server.url(&format!("/api/search?q={}", enc("ازاي اطلع فلوسي"))));
    let first = &v["results"][0];
    assert_eq!(first["lang"], "ar", "{v}");
    assert_eq!(v["lang"], first["lang"], "{v}");
    let (_, all) = get_json(&server.url("/api/search?q=fee&limit=50"));
    let (_, v) = get_json(&server.url("/api/search?q=fee&category=fees&limit=50"));
    assert_filtered(&all, &v, "category", "fees");

    // Pagination does not repeat articles.
    let (_, p1) = get_json(&server.url("/api/search?q=account&limit=3"));
    let (_, p2) = get_json(&server.url("/api/search?q=account&limit=3&offset=3"));
    let ids = |v: &serde_json::Value| -> Vec<String> {
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        ids(&p1).iter().all(|id| !ids(&p2).contains(id)),
        "{:?} {:?}",
        ids(&p1),
        ids(&p2)
    );
    assert_eq!(p1["total"], p2["total"]);

    let (status, v) = get_json(&server.url("/api/autocomplete?q=withdr&lang=en"));
    assert_eq!(status, 200);
    assert!(!v["completions"].as_array().unwrap().is_empty(), "{v}");

    let (status, v) = post_json(
        &server.url("/api/suggest"),
        r#"{"text":"سلام، درخواست برداشت دادم ولی هنوز پولم نیومده. چرا؟","limit":2}"#,
    );
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["lang"], "fa");
    assert!(v["answers"].as_array().unwrap().len() <= 2);
    assert!(!v["answers"][0]["answer_markdown"]
        .as_str()
        .unwrap()
        .is_empty());

    let (status, v) = get_json(&server.url("/api/articles/ar/withdrawals-faq"));
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["lang"], "ar");
    assert!(v["html"].as_str().unwrap().contains("<h2"));
    assert_eq!(v["translations"]["fa"], "/fa/withdrawals-faq");
    assert!(v["sections"].as_array().unwrap().len() >= 5);

    let (status, v) = post_json(
        &server.url("/api/feedback"),
        r#"{"lang":"en","id":"fees-faq","helpful":true}"#,
    );
    assert_eq!(status, 201, "{v}");
    // Beside the index folder, not in it.
    let log =
        std::fs::read_to_string(server.index_dir.with_file_name("index-feedback.jsonl")).unwrap();
    assert!(log.contains("\"id\":\"fees-faq\""), "{log}");

    let (status, body) = http_get(&server.url("/healthz")).unwrap();
    assert_eq!(status, 200, "{body}");
    let (status, body) = http_get(&server.url("/metrics")).unwrap();
    assert_eq!(status, 200);
    assert!(
        body.contains("dalil_http_requests_total{route=\"/api/search\",status=\"200\"}"),
        "{body}"
    );
    assert!(body.contains("dalil_http_request_duration_seconds_bucket"));
    assert!(body.contains("dalil_index_size_bytes"));
}

#[test]
fn bad_input_gets_a_clear_4xx() {
    let server = TestServer::bundled();
    let long_q = "a".repeat(600);
    let cases: Vec<(String, u16, &str)> = vec![
        ("/api/search?q=".into(), 400, "empty"),
        ("/api/search".into(), 400, "empty"),
        (format!("/api/search?q={long_q}"), 400, "too long"),
        ("/api/search?q=fees&lang=xx".into(), 400, "unknown language"),
        ("/api/search?q=fees&limit=0".into(), 400, "limit"),
        ("/api/search?q=fees&limit=51".into(), 400, "limit"),
        ("/api/search?q=fees&limit=abc".into(), 400, "limit"),
        ("/api/search?q=fees&offset=-1".into(), 400, "offset"),
        ("/api/search?q=fees&type=blog".into(), 400, "type"),
        ("/api/autocomplete?q=".into(), 400, "empty"),
        ("/api/articles/xx/fees-faq".into(), 400, "unknown language"),
        ("/api/articles/en/no-such-article".into(), 404, "no article"),
        ("/api/articles/en/..%2F..%2Fetc".into(), 400, "ids"),
    ];
    for (path, status, needle) in cases {
        let (got, v) = get_json(&server.url(&path));
        assert_eq!(got, status, "{path}: {v}");
        let msg = v["error"]["message"].as_str().unwrap_or_default();
        assert!(msg.contains(needle), "{path}: {msg}");
    }
    let big = serde_json::json!({ "text": "x".repeat(33 * 1024) }).to_string();
    type Post<'a> = (&'a str, Vec<(&'a str, &'a str)>, String, u16);
    let posts: Vec<Post> = vec![
        (
            "/api/suggest",
            vec![("Content-Type", "application/json")],
            "{not json".into(),
            400,
        ),
        (
            "/api/suggest",
            vec![("Content-Type", "text/plain")],
            r#"{"text":"hi"}"#.into(),
            415,
        ),
        (
            "/api/suggest",
            vec![("Content-Type", "application/json")],
            r#"{"text":""}"#.into(),
            400,
        ),
        (
            "/api/suggest",
            vec![("Content-Type", "application/json")],
            r#"{"txt":"hi"}"#.into(),
            422,
        ),
        (
            "/api/suggest",
            vec![("Content-Type", "application/json")],
            r#"{"text":"hi","lang":"de"}"#.into(),
            400,
        ),
        (
            "/api/suggest",
            vec![("Content-Type", "application/json")],
            r#"{"text":"hi","limit":99}"#.into(),
            400,
        ),
        (
            "/api/suggest",
            vec![("Content-Type", "application/json")],
            big,
            400,
        ),
        (
            "/api/suggest",
            vec![("Content-Type", "application/json")],
            "x".repeat(100 * 1024),
            413,
        ),
        (
            "/api/feedback",
            vec![("Content-Type", "application/json")],
            r#"{"lang":"en","id":"nope","helpful":true}"#.into(),
            404,
        ),
    ];
    for (path, headers, body, status) in posts {
        let (got, _, resp) = http("POST", &server.url(path), &headers, body.as_bytes()).unwrap();
        let text = String::from_utf8_lossy(&resp);
        assert_eq!(
            got,
            status,
            "{path} {headers:?} {}: {text}",
            &body[..body.len().min(40)]
        );
        if got != 413 {
            let v: serde_json::Value = serde_json::from_str(&text)
                .unwrap_or_else(|_| panic!("JSON error expected: {text}"));
            assert!(
                v["error"]["message"]
                    .as_str()
                    .is_some_and(|m| !m.is_empty()),
                "{text}"
            );
        }
    }
}

#[test]
fn admin_reload_needs_the_token_and_is_off_without_one() {
    let server = TestServer::bundled();
    let (status, _, _) = http("POST", &server.url("/admin/reload"), &[], b"").unwrap();
    assert_eq!(status, 404, "off without --admin-token");
    drop(server);

    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    small_content(&content);
    let server = TestServer::start(
        &content,
        &tmp.path().join("index"),
        &["--admin-token", "s3cret-token"],
    );
    let (status, _, _) = http(
        "POST",
        &server.url("/admin/reload"),
        &[("Authorization", "Bearer wrong")],
        b"",
    )
    .unwrap();
    assert_eq!(status, 401);
    let (status, _, body) = http(
        "POST",
        &server.url("/admin/reload"),
        &[("Authorization", "Bearer s3cret-token")],
        b"",
    )
    .unwrap();
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
}

#[test]
fn security_headers_on_every_response() {
    let server = TestServer::bundled();
    for path in ["/api/search?q=fee", "/api/search?q=", "/healthz", "/nope"] {
        let (_, headers, _) = http("GET", &server.url(path), &[], b"").unwrap();
        for h in [
            "content-security-policy",
            "x-content-type-options",
            "referrer-policy",
            "x-frame-options",
        ] {
            assert!(headers.iter().any(|(k, _)| k == h), "{path} lacks {h}");
        }
    }
}

fn build_name(server: &TestServer) -> String {
    let (_, v) = get_json(&server.url("/healthz"));
    v["build"].as_str().unwrap_or_default().to_string()
}

#[test]
fn live_reload_under_load_fails_no_request_and_survives_a_bad_build() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    small_content(&content);
    let server = TestServer::start(&content, &index, &[]);
    let base = server.base.clone();

    let stop = Arc::new(AtomicBool::new(false));
    let ok = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let deadline = Instant::now() + Duration::from_secs(120);
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let (stop, ok, errors, base) = (stop.clone(), ok.clone(), errors.clone(), base.clone());
            std::thread::spawn(move || {
                let queries = ["withdrawal", "السحب", "برداشت", "提现"];
                let mut i = w;
                // Bounded in count and time.
                while !stop.load(Ordering::Relaxed) && Instant::now() < deadline && i < 200_000 {
                    let q = queries[i % queries.len()];
                    match http_get(&format!("{base}/api/search?q={}", enc(q))) {
                        Ok((200, body)) if body.contains("\"results\"") => {
                            ok.fetch_add(1, Ordering::Relaxed);
                        }
                        other => errors.lock().unwrap().push(format!("{q}: {other:?}")),
                    }
                    i += 4;
                }
            })
        })
        .collect();

    let mut seen = vec![build_name(&server)];
    for round in 0..10 {
        std::fs::write(
            content.join("en").join(format!("extra-{round}.md")),
            format!("---\ntitle: Extra {round}\n---\n\nMore text {round}.\n"),
        )
        .unwrap();
        index_ok(&content, &index);
        let published = Instant::now();
        // The server's own freshness check at start may publish a build of its own in between
        // (of the content as it was then): the round is done when the server answers from a
        // new build that has the round's article.
        loop {
            let b = build_name(&server);
            if !seen.contains(&b) {
                seen.push(b);
            }
            let (_, v) = get_json(&format!("{base}/api/search?q=extra+{round}&lang=en"));
            if v["results"][0]["id"] == format!("extra-{round}") {
                break;
            }
            // Under the load loop on a busy 2-core machine: the same 5 s as `wait_for_switch`.
            assert!(
                published.elapsed() < Duration::from_secs(5),
                "round {round}: new content not searchable within 5 s (builds seen: {seen:?})"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    // A failed rebuild publishes nothing; the server stays on the last good build.
    let last_good = build_name(&server);
    std::fs::write(content.join("en/broken.md"), "---\ntitle: [unclosed\n---\n").unwrap();
    let out = dalil(&[
        "index",
        "--content",
        content.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(build_name(&server), last_good);

    stop.store(true, Ordering::Relaxed);
    for w in workers {
        w.join().unwrap();
    }
    let errors = errors.lock().unwrap();
    assert!(
        errors.is_empty(),
        "{} failed requests, e.g. {:?}",
        errors.len(),
        errors.first()
    );
    assert!(ok.load(Ordering::Relaxed) > 100, "the load loop ran");
    assert!(server.terminate(), "graceful shutdown on SIGTERM");
}

/// `filtered` is not empty, holds only results whose `field` is `value`, and has fewer results
/// than `all`, which has some of another value.
fn assert_filtered(
    all: &serde_json::Value,
    filtered: &serde_json::Value,
    field: &str,
    value: &str,
) {
    let results = |v: &serde_json::Value| v["results"].as_array().cloned().unwrap_or_default();
    let kept = results(filtered);
    assert!(
        !kept.is_empty(),
        "the {field} filter found nothing: {filtered}"
    );
    assert!(kept.iter().all(|r| r[field] == value), "{filtered}");
    assert!(
        results(all).iter().any(|r| r[field] != value),
        "the query finds only {field}={value} articles, so the filter is not tested: {all}"
    );
}

/// Waits (bounded) until the server serves a build other than `before`.
fn wait_for_switch(server: &TestServer, before: &str) {
    let published = Instant::now();
    while build_name(server) == before {
        assert!(
            published.elapsed() < Duration::from_secs(5),
            "server did not switch builds within 5 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn remembered_answers_are_dropped_with_their_build() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    small_content(&content);
    for (extra, remembered) in [(&[][..], true), (&["--no-answer-cache"][..], false)] {
        let _ = std::fs::remove_file(content.join("en/zebra.md"));
        index_ok(&content, &index);
        let server = TestServer::start(&content, &index, extra);
        let search = server.url("/api/search?q=zebra+crossing&lang=en");
        let complete = server.url("/api/autocomplete?q=zebra+cro&lang=en");
        // Asked twice: the second answer is the remembered one when remembering is on.
        for _ in 0..2 {
            let (status, v) = get_json(&search);
            assert_eq!((status, v["total"].as_u64()), (200, Some(0)), "{v}");
            let (status, v) = get_json(&complete);
            assert_eq!(status, 200, "{v}");
            assert_eq!(v["completions"].as_array().map(Vec::len), Some(0), "{v}");
        }
        // The second searches were answered from memory, or computed again.
        let (_, metrics) = http_get(&server.url("/metrics")).unwrap();
        let count = |source: &str| {
            let series = format!("dalil_answers_total{{kind=\"search\",source=\"{source}\"}} ");
            metrics
                .lines()
                .find_map(|l| l.strip_prefix(series.as_str()))
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or_else(|| panic!("no {series} in {metrics}"))
        };
        if remembered {
            assert_eq!(
                (count("computed"), count("remembered")),
                (1, 1),
                "{metrics}"
            );
        } else {
            assert_eq!(
                (count("computed"), count("remembered")),
                (2, 0),
                "{metrics}"
            );
        }
        let before = build_name(&server);
        std::fs::write(
            content.join("en/zebra.md"),
            "---\ntitle: Zebra crossing rules\n---\n\n## Zebra crossing\n\nA zebra crossing is safe.\n",
        )
        .unwrap();
        index_ok(&content, &index);
        wait_for_switch(&server, &before);
        let (_, v) = get_json(&search);
        assert_eq!(
            v["results"][0]["id"], "zebra",
            "remembered {remembered}: {v}"
        );
        let (_, v) = get_json(&complete);
        assert!(
            v["completions"][0]["url"]
                .as_str()
                .is_some_and(|u| u.starts_with("/en/zebra")),
            "remembered {remembered}: {v}"
        );
        assert!(server.terminate());
    }
}

#[test]
fn the_request_log_names_the_path_and_never_what_the_customer_typed() {
    // The insights store masks e-mails and IBANs before it keeps a query; the request log
    // must not keep them in the clear either, so it names the path without the query string.
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    small_content(&content);
    index_ok(&content, &index);
    let (server, log) = TestServer::start_logged_at(&content, &index, &[], "info");
    let typed = "withdrawal to jane.quokka@example.org DE89370400440532013000";
    let (status, v) = get_json(&server.url(&format!("/api/search?q={}&lang=en", enc(typed))));
    assert_eq!(status, 200, "{v}");
    let line = log
        .wait_for("/api/search", Duration::from_secs(10))
        .unwrap_or_else(|| panic!("a request line for the search: {}", log.text()));
    assert!(line.contains("status=200"), "{line}");
    let text = log.text();
    for secret in ["quokka", "example.org", "DE89", "withdrawal+to", "q="] {
        assert!(!text.contains(secret), "{secret:?} logged: {text}");
    }
}
