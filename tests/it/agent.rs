//! The agents' workspace and what stands in front of it, through the real server: the token
//! login (form, wrong token, rate limit, cross-site refusal, cookie flags).

use crate::support::{bundled_content, http, post_json, TestServer, WRITER_WAIT};

const TOKEN: &str = "s3cret-agent-token-for-tests";

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn with_token() -> (TestServer, tempfile::TempDir) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let server = TestServer::start(
        &bundled_content(),
        &tmp.path().join("index"),
        &["--agent-token", TOKEN, "--no-insights"],
    );
    (server, tmp)
}

const FORM: &str = "application/x-www-form-urlencoded";

/// Posts the login form; returns (status, headers, body).
fn login(server: &TestServer, token: &str, extra: &[(&str, &str)]) -> super::support::Response {
    let mut headers = vec![("Content-Type", FORM)];
    headers.extend_from_slice(extra);
    let body = format!("token={token}&next=%2Fagent%3Fembed%3D1&lang=ar");
    http(
        "POST",
        &server.url("/agent/login"),
        &headers,
        body.as_bytes(),
    )
    .expect("POST /agent/login")
}

#[test]
fn agent_login_form_wrong_token_and_session_cookie() {
    let (server, _tmp) = with_token();
    let (status, h, body) =
        http("GET", &server.url("/agent/login?lang=fa"), &[], b"").expect("GET");
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 200);
    assert_eq!(header(&h, "cache-control"), Some("no-store"));
    assert!(body.contains("<html lang=\"fa\" dir=\"rtl\">"), "{body}");
    assert!(body.contains("type=\"password\""));

    let (status, h, body) = login(&server, "wrong", &[]);
    assert_eq!(status, 401);
    assert!(header(&h, "set-cookie").is_none());
    assert!(
        String::from_utf8_lossy(&body).contains("رمز الوصول غير صحيح"),
        "the Arabic form says the token is wrong"
    );

    let (status, h, _) = login(&server, TOKEN, &[]);
    assert_eq!(status, 303);
    assert_eq!(header(&h, "location"), Some("/agent?embed=1"));
    let cookie = header(&h, "set-cookie").expect("cookie");
    for part in [
        "dalil_agent_session=",
        "Secure",
        "HttpOnly",
        "SameSite=Strict",
        "Path=/",
    ] {
        assert!(cookie.contains(part), "{cookie}");
    }
    // A login never sends the browser off the realm's pages.
    let (status, h, _) = http(
        "POST",
        &server.url("/agent/login"),
        &[("Content-Type", FORM)],
        format!("token={TOKEN}&next=https%3A%2F%2Fevil.example%2F").as_bytes(),
    )
    .expect("POST");
    assert_eq!(status, 303);
    assert_eq!(header(&h, "location"), Some("/agent"));
}

#[test]
fn agent_login_from_another_site_is_refused() {
    let (server, _tmp) = with_token();
    for extra in [
        [
            ("Sec-Fetch-Site", "cross-site"),
            ("Origin", "http://evil.example"),
        ],
        [
            ("Sec-Fetch-Site", "same-site"),
            ("Origin", "http://a.example"),
        ],
    ] {
        let (status, h, _) = login(&server, TOKEN, &extra);
        assert_eq!(status, 403, "{extra:?}");
        assert!(header(&h, "set-cookie").is_none());
    }
    let (status, _, _) = login(&server, TOKEN, &[("Origin", "http://evil.example")]);
    assert_eq!(status, 403, "an Origin that is not this host");
}

#[test]
fn agent_login_attempts_are_rate_limited() {
    let (server, _tmp) = with_token();
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(login(&server, "guess", &[]).0);
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429]);
    // Held: even the right token waits until the window has passed.
    let (status, h, _) = login(&server, TOKEN, &[]);
    assert_eq!(status, 429);
    let wait: u64 = header(&h, "retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=60).contains(&wait), "{wait}");
}

#[test]
fn login_pages_of_realms_without_a_token() {
    let server = TestServer::bundled();
    // The agents' realm is open without a token: its login leads straight in.
    let (status, h, _) = http("GET", &server.url("/agent/login"), &[], b"").expect("GET");
    assert_eq!(status, 303);
    assert_eq!(header(&h, "location"), Some("/agent"));
    // The admin realm does not exist without --admin-token.
    let (status, _, _) = http("GET", &server.url("/admin/login"), &[], b"").expect("GET");
    assert_eq!(status, 404);
}

// ---------------------------------------------------------------------------------------------
// agent_lang in suggest
// ---------------------------------------------------------------------------------------------

/// A customer writing in Persian about a withdrawal that is still pending.
pub const PERSIAN_MESSAGE: &str = "سلام، از شنبه درخواست برداشت دادم ولی هنوز در انتظار مانده. \
چرا پولم به حسابم نرسیده؟ ممنون";

#[test]
fn suggest_carries_the_answer_in_the_agents_language() {
    let server = TestServer::bundled();
    let body = serde_json::json!({ "text": PERSIAN_MESSAGE, "agent_lang": "en", "limit": 3 });
    let (status, v) = post_json(&server.url("/api/suggest"), &body.to_string());
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["lang"], "fa");
    let answers = v["answers"].as_array().expect("answers");
    assert!(!answers.is_empty(), "{v}");
    for a in answers {
        assert_eq!(a["lang"], "fa");
        let t = &a["translation"];
        assert_eq!(t["lang"], "en", "{a}");
        assert_eq!(t["url"].as_str().map(|u| u.starts_with("/en/")), Some(true));
        // The same article, another language.
        let id = a["id"].as_str().expect("id");
        assert!(t["url"]
            .as_str()
            .unwrap_or("")
            .starts_with(&format!("/en/{id}")));
        for field in ["title", "question", "answer_text", "answer_markdown"] {
            let text = t[field].as_str().unwrap_or("");
            // English text, not the Persian answer again.
            assert!(
                text.chars().any(|c| c.is_ascii_alphabetic()),
                "{field}: {text:?}"
            );
            assert_ne!(t[field], a[field], "{field}");
        }
    }
    assert!(
        answers.iter().any(|a| a["id"] == "withdrawals-faq"),
        "the withdrawals FAQ is suggested: {v}"
    );
    // Without agent_lang the field is absent; in the customer's own language it is the answer.
    let (_, plain) = post_json(
        &server.url("/api/suggest"),
        &serde_json::json!({ "text": PERSIAN_MESSAGE }).to_string(),
    );
    assert!(plain["answers"][0].get("translation").is_none(), "{plain}");
    let (_, same) = post_json(
        &server.url("/api/suggest"),
        &serde_json::json!({ "text": PERSIAN_MESSAGE, "agent_lang": "fa" }).to_string(),
    );
    assert_eq!(
        same["answers"][0]["translation"]["url"],
        same["answers"][0]["url"]
    );
    let (status, bad) = post_json(
        &server.url("/api/suggest"),
        &serde_json::json!({ "text": PERSIAN_MESSAGE, "agent_lang": "de" }).to_string(),
    );
    assert_eq!(status, 400, "{bad}");
}

#[test]
fn suggest_marks_answers_whose_translation_does_not_line_up() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    for lang in ["en", "fa"] {
        std::fs::create_dir_all(content.join(lang)).expect("mkdir");
    }
    std::fs::write(
        content.join("en/bonus-faq.md"),
        "---\ntitle: Bonus FAQ\ntype: faq\n---\n\n## How do I claim the welcome bonus?\n\nOpen Promotions and press Claim.\n\n## When does the bonus expire?\n\nAfter 30 days.\n",
    )
    .expect("write");
    // The Persian translation has one question fewer: its sections do not line up.
    std::fs::write(
        content.join("fa/bonus-faq.md"),
        "---\ntitle: پرسش‌های پاداش\ntype: faq\n---\n\n## پاداش خوش‌آمدگویی را چطور دریافت کنم؟\n\nبه بخش پیشنهادها بروید و دکمه دریافت را بزنید.\n",
    )
    .expect("write");
    std::fs::write(
        content.join("en/card-fees.md"),
        "---\ntitle: Card fees\n---\n\n## Card deposit fee\n\nCard deposits cost nothing.\n",
    )
    .expect("write");
    let server = TestServer::start(&content, &tmp.path().join("index"), &["--no-insights"]);
    let body = serde_json::json!({
        "text": "How can I claim the welcome bonus before it expires? And is there a card deposit fee?",
        "lang": "en", "agent_lang": "fa", "limit": 5
    });
    let (status, v) = post_json(&server.url("/api/suggest"), &body.to_string());
    assert_eq!(status, 200, "{v}");
    let answers = v["answers"].as_array().expect("answers");
    let of = |id: &str| {
        answers
            .iter()
            .find(|a| a["id"] == id)
            .unwrap_or_else(|| panic!("no answer from {id}: {v}"))
    };
    // No Persian article at all, and one laid out differently: both say "none" (null).
    assert!(of("card-fees")["translation"].is_null(), "{v}");
    assert!(of("bonus-faq")["translation"].is_null(), "{v}");
    assert!(of("bonus-faq").get("translation").is_some());
}

// ---------------------------------------------------------------------------------------------
// CORS and the widget script
// ---------------------------------------------------------------------------------------------

const LISTED: &str = "http://127.0.0.1:9";

fn cors_server() -> (TestServer, tempfile::TempDir) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let server = TestServer::start(
        &bundled_content(),
        &tmp.path().join("index"),
        &[
            "--allow-origin",
            LISTED,
            "--allow-origin",
            "https://shop.example.com/",
            "--no-insights",
        ],
    );
    (server, tmp)
}

#[test]
fn cors_answers_listed_origins_and_refuses_others() {
    let (server, _tmp) = cors_server();
    let url = server.url("/api/search?q=withdraw&lang=en");
    let (status, h, _) = http("GET", &url, &[("Origin", LISTED)], b"").expect("GET");
    assert_eq!(status, 200);
    assert_eq!(header(&h, "access-control-allow-origin"), Some(LISTED));
    assert_eq!(header(&h, "vary"), Some("origin"));
    assert!(header(&h, "access-control-allow-credentials").is_none());
    // Listed with a trailing slash on the command line: the same origin.
    let (status, h, _) =
        http("GET", &url, &[("Origin", "https://shop.example.com")], b"").expect("GET");
    assert_eq!(status, 200);
    assert_eq!(
        header(&h, "access-control-allow-origin"),
        Some("https://shop.example.com")
    );
    for unlisted in ["http://127.0.0.1:10", "https://evil.example", "null"] {
        let (status, h, body) = http("GET", &url, &[("Origin", unlisted)], b"").expect("GET");
        assert_eq!(status, 403, "{unlisted}");
        assert!(header(&h, "access-control-allow-origin").is_none());
        assert!(String::from_utf8_lossy(&body).contains("--allow-origin"));
    }
    // A simple cross-site POST (no preflight) from an unlisted origin never runs.
    let (status, _, _) = http(
        "POST",
        &server.url("/api/feedback"),
        &[
            ("Origin", "https://evil.example"),
            ("Content-Type", "text/plain"),
        ],
        br#"{"lang":"en","id":"withdrawals-faq","helpful":false}"#,
    )
    .expect("POST");
    assert_eq!(status, 403);
    // No Origin (a server calling), or the service's own origin: as before, no CORS headers.
    let (status, h, _) = http("GET", &url, &[], b"").expect("GET");
    assert_eq!(status, 200);
    assert!(header(&h, "access-control-allow-origin").is_none());
    let own = server.base.clone();
    let (status, h, _) = http("GET", &url, &[("Origin", &own)], b"").expect("GET");
    assert_eq!(status, 200);
    assert!(header(&h, "access-control-allow-origin").is_none());
    // Pages are not the API: no CORS there.
    let (status, h, _) = http(
        "GET",
        &server.url("/en/"),
        &[("Origin", "https://evil.example")],
        b"",
    )
    .expect("GET");
    assert_eq!(status, 200);
    assert!(header(&h, "access-control-allow-origin").is_none());
}

#[test]
fn cors_preflights_for_listed_and_unlisted_origins() {
    let (server, _tmp) = cors_server();
    let preflight = |origin: &str| {
        http(
            "OPTIONS",
            &server.url("/api/feedback"),
            &[
                ("Origin", origin),
                ("Access-Control-Request-Method", "POST"),
                ("Access-Control-Request-Headers", "content-type"),
            ],
            b"",
        )
        .expect("OPTIONS")
    };
    let (status, h, _) = preflight(LISTED);
    assert_eq!(status, 204);
    assert_eq!(header(&h, "access-control-allow-origin"), Some(LISTED));
    assert!(header(&h, "access-control-allow-methods").is_some_and(|m| m.contains("POST")));
    assert_eq!(
        header(&h, "access-control-allow-headers"),
        Some("content-type")
    );
    assert_eq!(header(&h, "access-control-max-age"), Some("600"));
    let (status, h, _) = preflight("http://127.0.0.1:10");
    assert_eq!(status, 403);
    assert!(header(&h, "access-control-allow-origin").is_none());
    // Without --allow-origin nobody is listed.
    let plain = TestServer::bundled();
    let (status, h, _) = http(
        "OPTIONS",
        &plain.url("/api/search"),
        &[("Origin", LISTED), ("Access-Control-Request-Method", "GET")],
        b"",
    )
    .expect("OPTIONS");
    assert_eq!(status, 403);
    assert!(header(&h, "access-control-allow-origin").is_none());
}

/// The widget's size budget: what a visitor downloads, gzipped.
const WIDGET_BUDGET_GZIP_BYTES: usize = 8 * 1024;

#[test]
fn widget_script_is_cached_and_within_its_size_budget() {
    let server = TestServer::bundled();
    let (status, h, body) = http("GET", &server.url("/widget.js"), &[], b"").expect("GET");
    assert_eq!(status, 200);
    assert_eq!(
        header(&h, "content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert_eq!(header(&h, "cache-control"), Some("public, max-age=3600"));
    assert_eq!(
        header(&h, "cross-origin-resource-policy"),
        Some("cross-origin")
    );
    let etag = header(&h, "etag").expect("etag").to_string();
    let (status, _, empty) = http(
        "GET",
        &server.url("/widget.js"),
        &[("If-None-Match", &etag)],
        b"",
    )
    .expect("GET");
    assert_eq!(status, 304);
    assert!(empty.is_empty());
    let text = String::from_utf8_lossy(&body);
    assert!(text.contains("attachShadow") && text.contains("adoptedStyleSheets"));
    let gzipped = gzip_len(&body);
    eprintln!(
        "widget.js: {} bytes, {gzipped} bytes gzipped (budget {WIDGET_BUDGET_GZIP_BYTES})",
        body.len()
    );
    assert!(
        gzipped <= WIDGET_BUDGET_GZIP_BYTES,
        "widget.js is {gzipped} bytes gzipped, over its {WIDGET_BUDGET_GZIP_BYTES}-byte budget"
    );
}

/// Size of `data` compressed by `gzip -9`.
fn gzip_len(data: &[u8]) -> usize {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("running gzip");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(data)
        .expect("writing to gzip");
    let out = child.wait_with_output().expect("gzip output");
    assert!(out.status.success());
    out.stdout.len()
}

// ---------------------------------------------------------------------------------------------
// The workspace page behind its token
// ---------------------------------------------------------------------------------------------

/// Signs in and returns the session cookie (`name=value`).
pub fn sign_in(server: &TestServer) -> String {
    let (status, h, _) = login(server, TOKEN, &[]);
    assert_eq!(status, 303);
    let set = header(&h, "set-cookie").expect("a session cookie");
    set.split(';').next().expect("name=value").to_string()
}

/// The CSRF token in a page's forms.
fn csrf_of(page: &str) -> String {
    page.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a CSRF field")
        .to_string()
}

fn ask_form(csrf: &str, text: &str) -> Vec<u8> {
    format!(
        "csrf={csrf}&lang=en&customer_lang=&agent_lang=en&text={}",
        crate::support::enc(text)
    )
    .into_bytes()
}

#[test]
fn agent_workspace_needs_a_session_and_the_forms_csrf_token() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let server = TestServer::start(
        &bundled_content(),
        &tmp.path().join("index"),
        &["--agent-token", TOKEN],
    );
    // No session: the login form for a page, 401.
    let (status, h, body) = http("GET", &server.url("/agent?lang=ar"), &[], b"").expect("GET");
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 401);
    assert_eq!(header(&h, "content-type"), Some("text/html; charset=utf-8"));
    assert!(body.contains("action=\"/agent/login\"") && body.contains("lang=\"ar\""));
    assert!(body.contains("name=\"next\" value=\"/agent?lang=ar\""));
    let (status, _, body) = http(
        "POST",
        &server.url("/agent"),
        &[("Content-Type", FORM)],
        &ask_form("x", PERSIAN_MESSAGE),
    )
    .expect("POST");
    assert_eq!(status, 401);
    assert!(!String::from_utf8_lossy(&body).contains("answer-customer"));
    // A forged cookie is no session.
    let (status, _, _) = http(
        "GET",
        &server.url("/agent"),
        &[(
            "Cookie",
            &format!("dalil_agent_session={}", "ab".repeat(32)),
        )],
        b"",
    )
    .expect("GET");
    assert_eq!(status, 401);

    let cookie = sign_in(&server);
    let (status, h, page) =
        http("GET", &server.url("/agent"), &[("Cookie", &cookie)], b"").expect("GET");
    let page = String::from_utf8_lossy(&page).to_string();
    assert_eq!(status, 200);
    assert_eq!(header(&h, "cache-control"), Some("no-store"));
    let csrf = csrf_of(&page);
    // Without the form's token, or with another, the form is refused.
    for bad in ["", "0123"] {
        let (status, _, body) = http(
            "POST",
            &server.url("/agent"),
            &[("Cookie", &cookie), ("Content-Type", FORM)],
            &ask_form(bad, PERSIAN_MESSAGE),
        )
        .expect("POST");
        assert_eq!(status, 403, "csrf {bad:?}");
        assert!(!String::from_utf8_lossy(&body).contains("answer-customer"));
    }
    let (status, _, body) = http(
        "POST",
        &server.url("/agent"),
        &[("Cookie", &cookie), ("Content-Type", FORM)],
        &ask_form(&csrf, PERSIAN_MESSAGE),
    )
    .expect("POST");
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 200);
    assert!(body.contains("class=\"answer-side answer-customer\" lang=\"fa\" dir=\"rtl\""));
    assert!(body.contains("class=\"answer-side answer-agent\" lang=\"en\" dir=\"ltr\""));
    // Copies are recorded with the token in a header only.
    let copy = br#"{"lang":"fa","id":"withdrawals-faq","anchor":""}"#;
    let (status, _, _) = http(
        "POST",
        &server.url("/agent/copied"),
        &[("Cookie", &cookie), ("Content-Type", "application/json")],
        copy,
    )
    .expect("POST");
    assert_eq!(status, 403);
    let (status, _, _) = http(
        "POST",
        &server.url("/agent/copied"),
        &[
            ("Cookie", &cookie),
            ("Content-Type", "application/json"),
            ("X-CSRF-Token", &csrf),
        ],
        copy,
    )
    .expect("POST");
    assert_eq!(status, 204);
    assert!(
        copies_recorded(&server, "withdrawals-faq") >= 1,
        "the copy is in the insights store"
    );
    // The widget's searches are recorded as the widget's.
    let (status, _, _) = http(
        "GET",
        &server.url("/api/search?q=withdraw&lang=en&source=widget"),
        &[],
        b"",
    )
    .expect("GET");
    assert_eq!(status, 200);
    assert!(
        searches_from(&server, "widget") >= 1,
        "a widget search is recorded"
    );
    // Signing out ends the session.
    let (status, _, _) = http(
        "POST",
        &server.url("/agent/logout"),
        &[("Cookie", &cookie), ("Content-Type", FORM)],
        format!("csrf={csrf}").as_bytes(),
    )
    .expect("POST");
    assert_eq!(status, 303);
    let (status, _, _) =
        http("GET", &server.url("/agent"), &[("Cookie", &cookie)], b"").expect("GET");
    assert_eq!(status, 401);
}

/// Copy events of an article in the server's SQLite insights store (waits for the writer).
pub fn copies_recorded(server: &TestServer, article: &str) -> i64 {
    count_rows(
        server,
        "SELECT count(*) FROM copies WHERE article = ?1",
        article,
    )
}

/// Searches recorded from a source (`widget`, `agent`, ...).
fn searches_from(server: &TestServer, source: &str) -> i64 {
    count_rows(
        server,
        "SELECT count(*) FROM searches WHERE source = ?1",
        source,
    )
}

/// A count from the server's SQLite insights store, waiting (bounded) for the writer.
fn count_rows(server: &TestServer, sql: &str, param: &str) -> i64 {
    let path = server.index_dir.join("insights.sqlite");
    let deadline = std::time::Instant::now() + WRITER_WAIT;
    loop {
        let n = rusqlite::Connection::open_with_flags(
            &path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .and_then(|c| c.query_row(sql, [param], |r| r.get::<_, i64>(0)))
        .unwrap_or(0);
        if n > 0 || std::time::Instant::now() >= deadline {
            return n;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn agent_workspace_without_javascript_and_its_framing() {
    let server = TestServer::bundled();
    // Open without a token: the form, then the answers rendered by the server.
    let (status, h, page) =
        http("GET", &server.url("/agent?lang=fa&embed=1"), &[], b"").expect("GET");
    let page = String::from_utf8_lossy(&page);
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert!(page.contains("class=\"agent embed\""));
    assert!(!page.contains("name=\"csrf\""), "no session, no token");
    assert!(page.contains("textarea id=\"message\" name=\"text\" dir=\"auto\""));
    // Not framable by default.
    assert_eq!(header(&h, "x-frame-options"), Some("DENY"));
    assert!(
        header(&h, "content-security-policy").is_some_and(|c| c.contains("frame-ancestors 'none'"))
    );
    let (status, _, body) = http(
        "POST",
        &server.url("/agent"),
        &[("Content-Type", FORM)],
        format!(
            "lang=en&agent_lang=en&customer_lang=&text={}",
            crate::support::enc(PERSIAN_MESSAGE)
        )
        .as_bytes(),
    )
    .expect("POST");
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 200);
    assert!(
        body.contains("data-customer-lang=\"fa\""),
        "the language is detected"
    );
    assert!(body.contains("data-id=\"withdrawals-faq\""));
    // Mixed-direction text is isolated.
    assert!(body.contains("<h3 id=\"answer-0-q\"><bdi>"));
    let (status, _, _) = http(
        "POST",
        &server.url("/agent"),
        &[("Content-Type", FORM)],
        b"lang=en&text=%20",
    )
    .expect("POST");
    assert_eq!(status, 400);

    let tmp = tempfile::tempdir().expect("tempdir");
    let framed = TestServer::start(
        &bundled_content(),
        &tmp.path().join("index"),
        &[
            "--frame-ancestors",
            "https://*.desk.example",
            "--no-insights",
        ],
    );
    let (_, h, _) = http("GET", &framed.url("/agent?embed=1"), &[], b"").expect("GET");
    assert!(header(&h, "x-frame-options").is_none());
    assert!(header(&h, "content-security-policy")
        .is_some_and(|c| c.contains("frame-ancestors https://*.desk.example")));
    // Only the workspace: the help pages still may not be framed.
    let (_, h, _) = http("GET", &framed.url("/en/"), &[], b"").expect("GET");
    assert_eq!(header(&h, "x-frame-options"), Some("DENY"));
    // A bad source stops serve with a message.
    let out = crate::support::dalil(&[
        "serve",
        "--index",
        tmp.path().join("index").to_str().expect("utf-8"),
        "--frame-ancestors",
        "https://a.example; script-src *",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--frame-ancestors"));
}
