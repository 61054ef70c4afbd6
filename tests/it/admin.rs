//! The admin pages through the real server with a real SQLite store: signing in with the admin
//! token (session cookie, CSRF, brute force slowed), the insights report and its CSV downloads,
//! with numbers checked against a scripted run of searches, opened results and feedback.
//!
//! `scripted_run_in_four_languages` is also the documented way to see a sample report:
//! `cargo test --test it admin::scripted_run_in_four_languages -- --nocapture` prints what
//! `dalil insights` says after it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::support::{
    bundled_content, dalil, enc, http, index_ok, post_json, Response, TestServer, WRITER_WAIT,
};

const TOKEN: &str = "admin-token-for-tests-0123456789";
/// The admin session cookie.
const SESSION: &str = "dalil_admin_session";

fn header<'a>(resp: &'a Response, name: &str) -> Option<&'a str> {
    resp.1
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn set_cookies(resp: &Response) -> Vec<&str> {
    resp.1
        .iter()
        .filter(|(k, _)| k == "set-cookie")
        .map(|(_, v)| v.as_str())
        .collect()
}

/// `name=value` of the `Set-Cookie` for `name`.
fn cookie_pair(resp: &Response, name: &str) -> Option<String> {
    set_cookies(resp)
        .into_iter()
        .find(|c| c.starts_with(&format!("{name}=")))
        .and_then(|c| c.split(';').next())
        .map(str::to_string)
}

fn body(resp: &Response) -> String {
    String::from_utf8_lossy(&resp.2).into_owned()
}

/// The value of the hidden input `name` in a page.
fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    page.split(&marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no hidden {name} in {page}"))
        .to_string()
}

fn get(server: &TestServer, path: &str, cookie: Option<&str>) -> Response {
    let headers: Vec<(&str, &str)> = cookie.map(|c| ("Cookie", c)).into_iter().collect();
    http("GET", &server.url(path), &headers, b"").expect("GET")
}

fn post_form(server: &TestServer, path: &str, cookie: Option<&str>, form: &str) -> Response {
    let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
    if let Some(c) = cookie {
        headers.push(("Cookie", c));
    }
    http("POST", &server.url(path), &headers, form.as_bytes()).expect("POST")
}

/// Signs in with `token` through the sign-in form; the response.
fn sign_in_with(server: &TestServer, token: &str) -> Response {
    post_form(
        server,
        "/admin/login",
        None,
        &format!("lang=en&next=%2Fadmin%2Finsights&token={}", enc(token)),
    )
}

/// Signs in; the session cookie (`name=value`).
pub fn sign_in(server: &TestServer) -> String {
    let resp = sign_in_with(server, TOKEN);
    assert_eq!(resp.0, 303, "{}", body(&resp));
    cookie_pair(&resp, SESSION).expect("session cookie")
}

/// A counter of `/metrics`.
fn metric(server: &TestServer, name: &str) -> u64 {
    let resp = get(server, "/metrics", None);
    body(&resp)
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name} ")))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

/// Waits (bounded) until the store has written `events` events. The writer runs at the lowest
/// priority by design, so while the other tests (Chromium among them) keep both cores busy it
/// may get little CPU for a while (the CI run of 6 December: the scripted run's events not all
/// written in 30 s): twice the usual wait, as a scripted run writes hundreds of events, and a
/// dropped event fails at once.
fn wait_written(server: &TestServer, events: u64) {
    let limit = WRITER_WAIT * 2;
    let deadline = Instant::now() + limit;
    loop {
        let written = metric(server, "dalil_insights_written_total");
        if written >= events {
            return;
        }
        let dropped = metric(server, "dalil_insights_dropped_total");
        assert_eq!(
            dropped, 0,
            "{dropped} events dropped ({written} of {events} written)"
        );
        assert!(
            Instant::now() < deadline,
            "{written} of {events} events written in {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn admin_server(tmp: &Path) -> (TestServer, PathBuf) {
    let index = tmp.join("index");
    index_ok(&bundled_content(), &index);
    let server = TestServer::start(&bundled_content(), &index, &["--admin-token", TOKEN]);
    (server, index)
}

/// Parses CSV (RFC 4180) into rows of cells.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted cell");
    assert!(
        cell.is_empty() && row.is_empty(),
        "the last row lacks its line end"
    );
    rows
}

#[test]
fn admin_pages_refuse_requests_without_a_valid_session() {
    let tmp = tempfile::tempdir().unwrap();
    let (server, _) = admin_server(tmp.path());
    // No session: the page answers with the sign-in form, a download with a bare 401.
    let forged = format!("{SESSION}=forged");
    for cookie in [None, Some(forged.as_str()), Some("dalil_admin_session=")] {
        let resp = get(&server, "/admin/insights?lang=fa", cookie);
        assert_eq!(resp.0, 401, "{cookie:?}");
        let page = body(&resp);
        assert!(page.contains("action=\"/admin/login\""), "{page}");
        assert!(page.contains("<html lang=\"fa\" dir=\"rtl\">"));
        assert!(!page.contains("report-table"));
        let resp = get(&server, "/admin/insights/top-queries.csv", cookie);
        assert_eq!(resp.0, 401, "{cookie:?}");
        assert!(!body(&resp).contains("searches,lang,query"));
    }
    // A wrong token.
    let resp = sign_in_with(&server, "not-the-token");
    assert_eq!(resp.0, 401);
    assert!(cookie_pair(&resp, SESSION).is_none());
    // A sign-in form posted from another site's page is refused before the token is looked at.
    let resp = http(
        "POST",
        &server.url("/admin/login"),
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Sec-Fetch-Site", "cross-site"),
        ],
        format!("token={TOKEN}").as_bytes(),
    )
    .unwrap();
    assert_eq!(resp.0, 403);
    assert!(cookie_pair(&resp, SESSION).is_none());
    // The right token: a session cookie the browser keeps to itself and to this site.
    let resp = sign_in_with(&server, TOKEN);
    assert_eq!(resp.0, 303);
    assert_eq!(header(&resp, "location"), Some("/admin/insights"));
    let set = set_cookies(&resp)
        .into_iter()
        .find(|c| c.starts_with(&format!("{SESSION}=")))
        .expect("session cookie");
    for attr in ["Secure", "HttpOnly", "SameSite=Strict"] {
        assert!(set.contains(attr), "{set}");
    }
    let session = cookie_pair(&resp, SESSION).unwrap();
    let page = get(&server, "/admin/insights", Some(&session));
    assert_eq!(page.0, 200);
    assert_eq!(header(&page, "cache-control"), Some("no-store"));
    // Signing out needs the session's CSRF token (in the page's sign-out form).
    let csrf = hidden(&body(&page), "csrf");
    let resp = post_form(&server, "/admin/logout", Some(&session), "csrf=forged");
    assert_eq!(resp.0, 403);
    let resp = post_form(&server, "/admin/logout", Some(&session), "");
    assert_eq!(resp.0, 403);
    assert_eq!(get(&server, "/admin/insights", Some(&session)).0, 200);
    let resp = post_form(
        &server,
        "/admin/logout",
        Some(&session),
        &format!("csrf={csrf}"),
    );
    assert_eq!(resp.0, 303);
    assert_eq!(get(&server, "/admin/insights", Some(&session)).0, 401);
    // Scripts may send the token itself for a download, not a wrong one.
    let bearer = |token: &str| {
        http(
            "GET",
            &server.url("/admin/insights/top-queries.csv"),
            &[("Authorization", &format!("Bearer {token}"))],
            b"",
        )
        .unwrap()
        .0
    };
    assert_eq!(bearer(TOKEN), 200);
    assert_eq!(bearer("admin-token-for-tests-012345678"), 401);
}

#[test]
fn login_brute_force_is_slowed() {
    let tmp = tempfile::tempdir().unwrap();
    let (server, _) = admin_server(tmp.path());
    let mut refused = 0;
    let mut slowed = None;
    for _ in 0..8 {
        let resp = sign_in_with(&server, "guess");
        match resp.0 {
            401 => refused += 1,
            429 => {
                slowed = Some(resp);
                break;
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert_eq!(refused, 5, "five free attempts");
    let slowed = slowed.expect("the sixth attempt is slowed");
    let wait: u64 = header(&slowed, "retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=60).contains(&wait), "{wait}");
    // While slowed, even the right token is not taken: guessing gains nothing.
    let resp = sign_in_with(&server, TOKEN);
    assert_eq!(resp.0, 429);
    assert!(cookie_pair(&resp, SESSION).is_none());
}

#[test]
fn admin_pages_are_off_without_a_token() {
    let server = TestServer::bundled();
    assert_eq!(get(&server, "/admin/insights", None).0, 404);
    assert_eq!(get(&server, "/admin/insights/top-queries.csv", None).0, 404);
    assert_eq!(get(&server, "/admin/login", None).0, 404);
    let resp = post_form(&server, "/admin/login", None, "token=");
    assert_eq!(resp.0, 404);
}

/// A search through the API.
fn api_search(server: &TestServer, q: &str, lang: &str) -> serde_json::Value {
    let resp = get(
        server,
        &format!("/api/search?q={}&lang={lang}", enc(q)),
        None,
    );
    assert_eq!(resp.0, 200, "{q}");
    serde_json::from_slice(&resp.2).expect("JSON")
}

#[test]
fn the_report_shows_a_scripted_run_escaped_and_downloads_well_formed_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let (server, _) = admin_server(tmp.path());
    let hostile = "<script>alert(1)</script> =cmd";
    for _ in 0..3 {
        api_search(&server, hostile, "en");
    }
    for _ in 0..7 {
        api_search(&server, "withdrawal fee", "en");
    }
    for _ in 0..2 {
        api_search(&server, "zzqqxxv kkwwjj", "en");
    }
    // A results page and one result opened from it through /go.
    let page = body(&get(&server, "/en/search?q=withdraw", None));
    let go = page
        .split("href=\"")
        .map(|h| h.split('"').next().unwrap_or(""))
        .find(|h| h.starts_with("/go?"))
        .expect("a /go link")
        .replace("&amp;", "&");
    assert_eq!(get(&server, &go, None).0, 303);
    // "No", with a comment, through the form that works without JavaScript.
    let resp = post_form(
        &server,
        "/en/withdrawals-faq/feedback",
        None,
        &format!(
            "helpful=no&comment={}",
            enc("<b>nothing</b> on fees, mail me at sam@example.com")
        ),
    );
    assert_eq!(resp.0, 303);
    let (status, _) = post_json(
        &server.url("/api/feedback"),
        r#"{"lang":"en","id":"withdrawals-faq","helpful":true}"#,
    );
    assert_eq!(status, 201);
    // An over-long comment is refused by the form too.
    let resp = post_form(
        &server,
        "/en/withdrawals-faq/feedback",
        None,
        &format!("helpful=no&comment={}", "x".repeat(501)),
    );
    assert_eq!(resp.0, 400);
    // 12 API searches, 1 page search, 1 open, 2 answers.
    wait_written(&server, 16);

    let session = sign_in(&server);
    let csv = |table: &str| {
        body(&get(
            &server,
            &format!("/admin/insights/{table}.csv"),
            Some(&session),
        ))
    };
    let resp = get(
        &server,
        "/admin/insights?lang=en&search_lang=en",
        Some(&session),
    );
    assert_eq!(resp.0, 200);
    let page = body(&resp);
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt; =cmd"),
        "{page}"
    );
    assert!(
        !page.contains("<script>alert"),
        "the query is shown as text"
    );
    assert!(page.contains("&lt;b&gt;nothing&lt;/b&gt; on fees, mail me at [email]"));
    assert!(!page.contains("sam@example.com"));
    assert!(page.contains(": 13 searches."), "{page}");
    assert!(page.contains("50% yes (1 yes, 1 no)"), "{page}");
    assert!(page.contains("<svg class=\"chart\" role=\"img\""));
    // The RTL interface.
    let fa = body(&get(&server, "/admin/insights?lang=fa", Some(&session)));
    assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"));

    // Every table downloads as CSV.
    for table in [
        "top-queries",
        "zero-result-queries",
        "no-click-queries",
        "translation-gaps",
        "content-gaps",
        "most-viewed-articles",
        "most-viewed-sections",
        "helpful",
        "no-comments",
        "missing-translations",
        "searches-per-day",
    ] {
        let resp = get(
            &server,
            &format!("/admin/insights/{table}.csv?search_lang=en"),
            Some(&session),
        );
        assert_eq!(resp.0, 200, "{table}");
        assert_eq!(
            header(&resp, "content-type"),
            Some("text/csv; charset=utf-8")
        );
        let disposition = header(&resp, "content-disposition").unwrap_or("");
        assert!(
            disposition.starts_with(&format!("attachment; filename=\"dalil-{table}-")),
            "{disposition}"
        );
        let text = body(&resp);
        let text = text.strip_prefix('\u{feff}').expect("byte order mark");
        let rows = parse_csv(text);
        assert!(!rows.is_empty(), "{table}: a header row");
        assert!(
            rows.iter().all(|r| r.len() == rows[0].len()),
            "{table}: {rows:?}"
        );
    }
    let top = body(&get(
        &server,
        "/admin/insights/top-queries.csv?search_lang=en",
        Some(&session),
    ));
    let rows = parse_csv(top.trim_start_matches('\u{feff}'));
    assert_eq!(rows[0], ["searches", "lang", "query"]);
    assert!(
        rows.contains(&vec!["7".into(), "en".into(), "withdrawal fee".into()]),
        "{rows:?}"
    );
    // The hostile query: text in a spreadsheet, never a formula.
    assert!(
        rows.contains(&vec!["3".into(), "en".into(), hostile.into()]),
        "{rows:?}"
    );
    let zero = csv("zero-result-queries");
    assert!(zero.contains("2,en,zzqqxxv kkwwjj\r\n"), "{zero}");
    let gaps = csv("content-gaps");
    assert!(
        gaps.contains("2,1,zzqqxxv kkwwjj,zzqqxxv kkwwjj\r\n"),
        "{gaps}"
    );
    let viewed = csv("most-viewed-articles");
    assert_eq!(
        parse_csv(viewed.trim_start_matches('\u{feff}')).len(),
        2,
        "{viewed}"
    );
    // A formula typed as a comment stays text.
    let resp = post_form(
        &server,
        "/en/withdrawals-faq/feedback",
        None,
        &format!(
            "helpful=no&comment={}",
            enc("=HYPERLINK(\"http://x\",\"y\")")
        ),
    );
    assert_eq!(resp.0, 303);
    wait_written(&server, 17);
    let comments = csv("no-comments");
    assert!(
        comments.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"),
        "{comments}"
    );
    // Bad dates are answered, not guessed.
    let resp = get(&server, "/admin/insights?from=2026-02-31", Some(&session));
    assert_eq!(resp.0, 400);
}

/// Queries of the scripted run: (language, query, times). Realistic questions, misspellings,
/// unanswerable ones, each as a customer might type it.
const SCRIPT: &[(&str, &str, usize)] = &[
    ("en", "how do I withdraw money", 30),
    ("en", "withdrawl fees", 18),
    ("en", "reset my password", 15),
    ("en", "NFT marketplace", 9),
    ("en", "nft  Marketplace", 3),
    ("en", "two factor code not arriving", 8),
    ("ar", "كيف اسحب اموالي", 20),
    ("ar", "رسوم الايداع", 12),
    ("ar", "تداول العملات الرقمية بالهامش", 6),
    ("fa", "برداشت پول", 22),
    ("fa", "فراموشی رمز عبور", 10),
    ("fa", "كارمزد واريز", 7),
    ("fa", "استیکینگ ارز دیجیتال", 5),
    ("zh", "如何提现", 20),
    ("zh", "忘記密碼", 9),
    ("zh", "手续费", 8),
    ("zh", "加密货币质押", 4),
];

#[test]
fn scripted_run_in_four_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let (server, index) = admin_server(tmp.path());
    let mut searches = 0;
    let mut opened = 0;
    for (lang, q, times) in SCRIPT {
        for i in 0..*times {
            // Every third search comes from the help page; of those, every other one opens
            // its first result.
            if i % 3 == 0 {
                let page = body(&get(&server, &format!("/{lang}/search?q={}", enc(q)), None));
                let go = page
                    .split("href=\"")
                    .map(|h| h.split('"').next().unwrap_or(""))
                    .find(|h| h.starts_with("/go?"))
                    .map(|h| h.replace("&amp;", "&"));
                if let (Some(go), true) = (go, i % 2 == 0) {
                    assert_eq!(get(&server, &go, None).0, 303);
                    opened += 1;
                }
            } else {
                api_search(&server, q, lang);
            }
            searches += 1;
        }
    }
    let feedback = [
        ("en", "withdrawals-faq", true, None),
        (
            "en",
            "withdrawals-faq",
            false,
            Some("Nothing about how long a bank transfer takes"),
        ),
        ("en", "reset-password", true, None),
        (
            "ar",
            "withdrawals-faq",
            false,
            Some("لم أجد مدة وصول الحوالة"),
        ),
        ("fa", "withdrawals-faq", true, None),
        ("zh", "fees-faq", false, Some("没有说明提现手续费怎么算")),
    ];
    for (lang, id, helpful, comment) in feedback {
        let mut form = format!("helpful={}", if helpful { "yes" } else { "no" });
        if let Some(c) = comment {
            form.push_str(&format!("&comment={}", enc(c)));
        }
        let resp = post_form(&server, &format!("/{lang}/{id}/feedback"), None, &form);
        assert_eq!(resp.0, 303, "{lang}/{id}");
    }
    wait_written(&server, (searches + opened + feedback.len()) as u64);
    assert!(server.terminate());

    let out = dalil(&[
        "insights",
        "--index",
        index.to_str().unwrap(),
        "--since",
        "1d",
        "--limit",
        "100",
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["searches"], searches as i64);
    assert_eq!(r["top_queries"][0]["query"], "how do I withdraw money");
    assert_eq!(r["top_queries"][0]["searches"], 30);
    assert_eq!(r["helpful_yes"], 3);
    assert_eq!(r["helpful_no"], 3);
    let sum: i64 = r["most_viewed_articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["opens"].as_i64().unwrap())
        .sum();
    assert_eq!(sum, opened as i64);
    // The two spellings of the unanswered question are one content gap, the largest.
    let gap = &r["content_gaps"][0];
    assert_eq!(gap["normalized"], "nft marketplace", "{gap}");
    assert_eq!(
        (gap["searches"].as_i64(), gap["variants"].as_i64()),
        (Some(12), Some(2))
    );
    let text = dalil(&[
        "insights",
        "--index",
        index.to_str().unwrap(),
        "--since",
        "1d",
        "--limit",
        "10",
    ]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Content gaps"), "{text}");
    println!("{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_signs_in_and_reads_the_report_accessibly() {
    use super::browser::{
        full_page_screenshot, in_browser_with, js, submit_sign_in, wait_for_path, wait_until,
    };
    use crate::axe::wcag_aa_clean;
    use anyhow::ensure;

    let tmp = tempfile::tempdir().unwrap();
    let index = tmp.path().join("index");
    let start = || {
        index_ok(&bundled_content(), &index);
        let server = TestServer::start(&bundled_content(), &index, &["--admin-token", TOKEN]);
        for (q, lang) in [
            ("<script>alert(1)</script>", "en"),
            ("withdrawal fee", "en"),
            ("withdrawal fee", "en"),
            ("zzqqxxv kkwwjj", "en"),
            ("برداشت پول", "fa"),
            ("كيف اسحب اموالي", "ar"),
            ("如何提现", "zh"),
        ] {
            api_search(&server, q, lang);
        }
        let resp = post_form(
            &server,
            "/en/withdrawals-faq/feedback",
            None,
            "helpful=no&comment=Nothing+on+transfer+times",
        );
        assert_eq!(resp.0, 303);
        wait_written(&server, 8);
        server
    };
    in_browser_with(true, (1280, 900), start, |client, server| async move {
        client.goto(&server.url("/admin/insights?lang=en")).await?;
        // The sign-in form answers in place of the report.
        wait_until(&client, "document.querySelector('#token')", "the sign-in form").await?;
        wcag_aa_clean(&client, "the sign-in page").await?;
        submit_sign_in(&client, TOKEN).await?;
        wait_for_path(&client, "/admin/insights?lang=en").await?;
        // The sign-in form was served at this same address: the path alone does not tell the
        // report has replaced it (seen failing once on a loaded machine).
        wait_until(&client, "document.querySelector('#top-queries')", "the report").await?;
        let heading = js(&client, "document.querySelector('h1').textContent").await?;
        ensure!(heading == "Insights", "heading: {heading}");
        let cell = js(
            &client,
            "Array.from(document.querySelectorAll('#top-queries ~ .table-wrap td bdi')).map(e => e.textContent).join('|')",
        )
        .await?;
        ensure!(
            cell.as_str().is_some_and(|c| c.contains("<script>alert(1)</script>")),
            "the query shown as text: {cell}"
        );
        ensure!(
            js(&client, "document.querySelectorAll('script:not([src])').length").await? == 0,
            "no inline script"
        );
        wcag_aa_clean(&client, "the report in English").await?;
        full_page_screenshot(&client, "admin-insights-en.png").await?;
        // The Persian interface: right to left, and clean too.
        client.goto(&server.url("/admin/insights?lang=fa")).await?;
        let dir = js(&client, "document.documentElement.dir").await?;
        ensure!(dir == "rtl", "dir: {dir}");
        wcag_aa_clean(&client, "the report in Persian").await?;
        full_page_screenshot(&client, "admin-insights-fa.png").await?;
        Ok(())
    })
    .await;
}
