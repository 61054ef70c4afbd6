//! Promises of docs/API.md and docs/RELIABILITY.md that no other test holds to: the bounds of
//! `offset`, the fields of `/healthz`, every series of `/metrics`, suggest's `translated_from`,
//! `/admin/reload` refusing a build that cannot be opened, and the request timeout freeing its
//! place in flight.

use std::io::{ErrorKind, Read};
use std::time::Duration;

use crate::reliability_http::{body_probe, hold_the_only_place, small_server};
use crate::support::{get_json, http, http_get, index_ok, post_json, TestServer};

#[test]
fn offset_is_at_most_1000() {
    let (_tmp, server) = small_server(&[]);
    let (status, v) = get_json(&server.url("/api/search?q=withdrawal&offset=1000"));
    assert_eq!(status, 200, "{v}");
    let (status, v) = get_json(&server.url("/api/search?q=withdrawal&offset=1001"));
    assert_eq!(status, 400, "{v}");
    assert_eq!(v["error"]["status"], 400, "{v}");
    assert!(
        v["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("offset")),
        "the message names the parameter: {v}"
    );
}

#[test]
fn healthz_and_metrics_say_what_the_docs_list() {
    let (tmp, server) = small_server(&[]);
    let (status, health) = get_json(&server.url("/healthz"));
    assert_eq!(status, 200, "{health}");
    assert_eq!(health["status"], "ok", "{health}");
    let current = std::fs::read_to_string(tmp.path().join("index/current")).unwrap();
    assert_eq!(
        health["build"],
        current.trim(),
        "the build served: {health}"
    );
    assert_eq!(
        health["articles"], 4,
        "small_content has 4 articles: {health}"
    );
    let built_at = health["built_at"].as_u64().expect("built_at in seconds");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(
        built_at <= now && built_at + 3600 > now,
        "built at {built_at}, now {now}"
    );

    assert_eq!(get_json(&server.url("/api/search?q=withdrawal")).0, 200);
    let (status, metrics) = http_get(&server.url("/metrics")).unwrap();
    assert_eq!(status, 200);
    // The value of the sample `series` (name and labels exactly as written).
    let value = |series: &str| -> f64 {
        metrics
            .lines()
            .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
            .unwrap_or_else(|| panic!("no sample {series} in\n{metrics}"))
    };
    assert!(value("dalil_http_requests_total{route=\"/api/search\",status=\"200\"}") >= 1.0);
    assert!(
        value("dalil_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"+Inf\"}")
            >= 1.0
    );
    assert!(value("dalil_http_request_duration_seconds_count{route=\"/api/search\"}") >= 1.0);
    assert!(value("dalil_http_request_duration_seconds_sum{route=\"/api/search\"}") > 0.0);
    assert!(value("dalil_index_size_bytes") > 0.0);
    assert_eq!(value("dalil_index_articles"), 4.0);
    assert!(
        value("dalil_index_documents") > value("dalil_index_articles"),
        "a document per section plus one per article"
    );
    let loaded = value("dalil_index_last_reload_timestamp_seconds");
    assert!(
        loaded >= built_at as f64 && loaded <= now as f64 + 60.0,
        "{loaded}"
    );
    assert_eq!(
        value("dalil_index_reloads_total"),
        0.0,
        "nothing reloaded yet"
    );
}

#[test]
fn suggest_answers_from_another_language_say_so() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    std::fs::create_dir_all(content.join("en")).unwrap();
    std::fs::write(
        content.join("en/zebra.md"),
        "---\ntitle: Zebra crossings\n---\n\n## Where is the zebra crossing?\n\nBy the zebra sign.\n",
    )
    .unwrap();
    std::fs::create_dir_all(content.join("fa")).unwrap();
    std::fs::write(
        content.join("fa/withdrawals.md"),
        "---\ntitle: برداشت\n---\n\n## برداشت چقدر طول می‌کشد؟\n\nمعمولاً یک روز کاری.\n",
    )
    .unwrap();
    let index = tmp.path().join("index");
    index_ok(&content, &index);
    let server = TestServer::start(&content, &index, &[]);
    let url = server.url("/api/suggest");
    // Nothing in Persian matches, the Latin word does in English.
    let (status, v) = post_json(&url, r#"{"text": "سلام، zebra کجاست؟", "lang": "fa"}"#);
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["lang"], "fa", "{v}");
    assert_eq!(v["answers"][0]["id"], "zebra", "{v}");
    assert_eq!(v["answers"][0]["translated_from"], "en", "{v}");
    // Answered in the customer's language: not translated.
    let (status, v) = post_json(
        &url,
        r#"{"text": "سلام، برداشت من چقدر طول می‌کشد؟", "lang": "fa"}"#,
    );
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["answers"][0]["id"], "withdrawals", "{v}");
    assert!(v["answers"][0]["translated_from"].is_null(), "{v}");
}

#[test]
fn admin_reload_refuses_a_build_that_cannot_be_opened() {
    let (tmp, server) = small_server(&["--admin-token", "s3cret-token"]);
    let (_, before) = get_json(&server.url("/healthz"));
    // A published build that is no index.
    let index = tmp.path().join("index");
    let broken = index.join("builds/broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("meta.json"), "not an index").unwrap();
    std::fs::write(index.join("current"), "broken").unwrap();
    let (status, _, body) = http(
        "POST",
        &server.url("/admin/reload"),
        &[("Authorization", "Bearer s3cret-token")],
        b"",
    )
    .unwrap();
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 409, "{body}");
    assert!(body.contains("keeping the current one"), "{body}");
    let (_, after) = get_json(&server.url("/healthz"));
    assert_eq!(
        after["build"], before["build"],
        "still on the last good build"
    );
    let (status, v) = get_json(&server.url("/api/search?q=withdrawal&lang=en"));
    assert_eq!(
        (status, v["results"][0]["id"].as_str()),
        (200, Some("withdrawals"))
    );
}

#[test]
fn a_request_past_the_timeout_gets_408_and_frees_its_place() {
    let (_tmp, server) = small_server(&["--max-in-flight", "1"]);
    // A body that never comes holds the one place in flight until the 10 s timeout.
    let mut held = hold_the_only_place(&server);
    // Monitoring still answers while the cap is reached.
    assert_eq!(http_get(&server.url("/metrics")).unwrap().0, 200);
    held.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    while !answer.windows(4).any(|w| w == b"\r\n\r\n") {
        match held.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => panic!("no answer to the held request within 30 s: {e}"),
        }
    }
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    // The timed-out request gave its place back: the held connection is still open.
    assert_eq!(body_probe(&server), 200);
}
