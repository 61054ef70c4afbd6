//! The help pages as people use them.
//!
//! First plain HTTP checks of the pages (redirects, headers, escaping, assets, the no-JavaScript
//! feedback form), then browser tests in real headless Chromium driven through chromedriver
//! (WebDriver, `fantoccini`): search as you type in Arabic, opening a result at its section,
//! switching an article to Persian, the whole flow with JavaScript disabled, and screenshots
//! (saved under `target/screenshots/browser/` to be looked at).
//!
//! The browser tests need the Debian packages `chromium` and `chromium-driver` (and, for the
//! screenshots to show every script, `fonts-noto-core` and `fonts-noto-cjk`). Without
//! chromedriver they fail with a message saying so, unless `DALIL_SKIP_BROWSER=1` is set: then
//! each says `SKIPPED` on the terminal, and still fails under CI (`CI` or `DALIL_REQUIRE_BROWSER`).
//! Each test starts its own chromedriver on a free loopback port and stops it by its process
//! group id at the end; Chromium is told to resolve no host but 127.0.0.1, so no traffic leaves
//! the machine. Every wait is bounded.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Context, Result};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::support::{enc, http, http_get, TestServer};

// ---------------------------------------------------------------------------------------------
// Pages over plain HTTP
// ---------------------------------------------------------------------------------------------

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn pages_root_redirects_by_accept_language() {
    let server = TestServer::bundled();
    for (accept, want) in [
        ("fa-IR,fa;q=0.9,en;q=0.8", "/fa/"),
        ("de-DE, zh;q=0.7, ar;q=0.9", "/ar/"),
        ("de, fr", "/en/"),
        ("", "/en/"),
    ] {
        let mut headers = vec![];
        if !accept.is_empty() {
            headers.push(("Accept-Language", accept));
        }
        let (status, h, _) = http("GET", &server.url("/"), &headers, b"").expect("GET /");
        assert!(status == 303 || status == 302, "{accept}: {status}");
        assert_eq!(header(&h, "location"), Some(want), "{accept}");
        assert_eq!(header(&h, "vary"), Some("accept-language"));
    }
    let (status, h, _) = http("GET", &server.url("/zh"), &[], b"").expect("GET /zh");
    assert!((300..400).contains(&status));
    assert_eq!(header(&h, "location"), Some("/zh/"));
}

#[test]
fn pages_are_html_with_viewport_title_and_direction() {
    let server = TestServer::bundled();
    for (path, lang, dir, title) in [
        (
            "/en/",
            "en",
            "ltr",
            "<title>Help Center – Falak Help Center</title>",
        ),
        (
            "/ar/",
            "ar",
            "rtl",
            "<title>مركز المساعدة – مركز مساعدة Falak</title>",
        ),
        (
            "/fa/withdraw-funds",
            "fa",
            "rtl",
            "– مرکز راهنمای Falak</title>",
        ),
        (
            "/zh/search?q=%E6%8F%90%E7%8E%B0",
            "zh",
            "ltr",
            "<title>“提现”的搜索结果 – Falak 帮助中心</title>",
        ),
    ] {
        let (status, h, body) = http("GET", &server.url(path), &[], b"").expect("GET");
        let body = String::from_utf8_lossy(&body);
        assert_eq!(status, 200, "{path}");
        assert_eq!(
            header(&h, "content-type"),
            Some("text/html; charset=utf-8"),
            "{path}"
        );
        assert!(
            header(&h, "content-security-policy").is_some_and(|c| c.contains("default-src 'self'"))
        );
        assert!(
            body.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{path}"
        );
        assert!(body.contains("<meta name=\"viewport\""), "{path}");
        assert!(
            body.contains(title),
            "{path}: {}",
            &body[..body.len().min(600)]
        );
        assert!(
            !body.contains("style=") && !body.contains("<style"),
            "{path}: inline style"
        );
        assert!(!body.contains("<script>"), "{path}: inline script");
    }
}

#[test]
fn pages_escape_the_echoed_query() {
    let server = TestServer::bundled();
    let evil = "<script>alert(1)</script>\"'";
    for lang in ["en", "ar"] {
        let (status, body) =
            http_get(&server.url(&format!("/{lang}/search?q={}", enc(evil)))).expect("GET");
        assert_eq!(status, 200);
        assert!(!body.contains("<script>alert(1)"), "{body}");
        assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"));
    }
}

#[test]
fn pages_search_without_javascript() {
    let server = TestServer::bundled();
    let (status, body) = http_get(&server.url("/en/search?q=withdraw")).expect("GET");
    assert_eq!(status, 200);
    assert!(body.contains("class=\"result\""), "{body}");
    assert!(body.contains("<mark>"), "hits are highlighted");
    assert!(body.contains("results for “<bdi>withdraw</bdi>”"));
    // Filters narrow the results and keep their values in the form.
    let (_, faq) = http_get(&server.url("/en/search?q=withdraw&type=faq")).expect("GET");
    assert!(faq.contains("<option value=\"faq\" selected>"));
    let (faq_count, all_count) = (
        faq.matches("class=\"result\"").count(),
        body.matches("class=\"result\"").count(),
    );
    assert!(
        faq_count > 0 && faq_count < all_count,
        "the faq filter keeps some results, not all: {faq_count} of {all_count}"
    );
    // A query that finds nothing: said in the page's language, popular articles offered.
    let (status, none) = http_get(&server.url("/ar/search?q=qqqxyzzy")).expect("GET");
    assert_eq!(status, 200);
    assert!(
        none.contains("لا توجد نتائج للبحث عن «<bdi>qqqxyzzy</bdi>»"),
        "{none}"
    );
    assert!(none.contains("مقالات شائعة"));
    // Pagination never panics, whatever the page number.
    for page in ["0", "-1", "abc", "999999999999999999999"] {
        let (status, _) =
            http_get(&server.url(&format!("/en/search?q=account&page={page}"))).expect("GET");
        assert_eq!(status, 200, "page={page}");
    }
    let (status, _) =
        http_get(&server.url(&format!("/en/search?q={}", "a".repeat(600)))).expect("GET");
    assert_eq!(status, 400, "too long");
}

#[test]
fn pages_unknown_language_and_article_are_localised_404s() {
    let server = TestServer::bundled();
    let (status, h, body) = http("GET", &server.url("/fa/no-such-article"), &[], b"").expect("GET");
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 404);
    assert_eq!(header(&h, "content-type"), Some("text/html; charset=utf-8"));
    assert!(body.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert!(body.contains("صفحه پیدا نشد"));
    assert!(body.contains("action=\"/fa/search\""), "a search box");
    let (status, _, body) = http(
        "GET",
        &server.url("/xx/"),
        &[("Accept-Language", "zh-CN")],
        b"",
    )
    .expect("GET");
    assert_eq!(status, 404);
    assert!(String::from_utf8_lossy(&body).contains("找不到页面"));
    let (status, body) = http_get(&server.url("/api/no-such-endpoint")).expect("GET");
    assert_eq!(status, 404);
    assert!(body.contains("\"error\""), "API paths answer JSON: {body}");
}

#[test]
fn pages_assets_are_embedded_cached_and_nothing_else_is_served() {
    let server = TestServer::bundled();
    let (_, home) = http_get(&server.url("/en/")).expect("GET");
    let css_url = home
        .split("href=\"")
        .find(|s| s.starts_with("/assets/app.css?v="))
        .and_then(|s| s.split('"').next())
        .expect("stylesheet link");
    let (status, h, body) = http("GET", &server.url(css_url), &[], b"").expect("GET");
    assert_eq!(status, 200);
    assert_eq!(header(&h, "content-type"), Some("text/css; charset=utf-8"));
    assert_eq!(
        header(&h, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert!(String::from_utf8_lossy(&body).contains("margin-inline"));
    let etag = header(&h, "etag").expect("etag").to_string();
    let (status, _, _) = http(
        "GET",
        &server.url("/assets/app.css"),
        &[("If-None-Match", &etag)],
        b"",
    )
    .expect("GET");
    assert_eq!(status, 304);
    let (status, h, _) = http("GET", &server.url("/assets/app.js"), &[], b"").expect("GET");
    assert_eq!(status, 200);
    assert_eq!(
        header(&h, "content-type"),
        Some("text/javascript; charset=utf-8")
    );
    for bad in [
        "/assets/nope.css",
        "/assets/..%2FCargo.toml",
        "/assets/%2e%2e%2f%2e%2e%2fCargo.toml",
        "/assets/../Cargo.toml",
    ] {
        let (status, _) = http_get(&server.url(bad)).expect("GET");
        assert_eq!(status, 404, "{bad}");
    }
}

#[test]
fn pages_feedback_form_without_javascript() {
    let server = TestServer::bundled();
    let (status, h, _) = http(
        "POST",
        &server.url("/en/withdrawals-faq/feedback"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        b"helpful=yes",
    )
    .expect("POST");
    assert_eq!(status, 303);
    assert_eq!(
        header(&h, "location"),
        Some("/en/withdrawals-faq?thanks=1#feedback")
    );
    let (_, page) = http_get(&server.url("/en/withdrawals-faq?thanks=1")).expect("GET");
    assert!(page.contains("Thank you for your feedback!"));
    let log = std::fs::read_to_string(server.index_dir.with_file_name("index-feedback.jsonl"))
        .expect("log");
    assert!(
        log.contains("\"id\":\"withdrawals-faq\"") && log.contains("\"helpful\":true"),
        "{log}"
    );
    for (path, body, want) in [
        ("/en/withdrawals-faq/feedback", "helpful=maybe", 400),
        ("/en/no-such-article/feedback", "helpful=yes", 404),
        ("/xx/withdrawals-faq/feedback", "helpful=yes", 404),
    ] {
        let (status, _, _) = http(
            "POST",
            &server.url(path),
            &[("Content-Type", "application/x-www-form-urlencoded")],
            body.as_bytes(),
        )
        .expect("POST");
        assert_eq!(status, want, "{path} {body}");
    }
}

// ---------------------------------------------------------------------------------------------
// chromedriver and Chromium
// ---------------------------------------------------------------------------------------------

/// How long one browser test may take in all.
pub(super) const TEST_LIMIT: Duration = Duration::from_secs(180);
/// How long one wait for the page may take.
pub(super) const WAIT: Duration = Duration::from_secs(15);

const INSTALL_HINT: &str = "install them with `apt-get install -y chromium chromium-driver \
fonts-noto-core fonts-noto-cjk` (CI does), or set DALIL_SKIP_BROWSER=1 to skip the browser tests";

fn find_program(names: &[&str], extra: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in names {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    extra.iter().map(PathBuf::from).find(|p| p.is_file())
}

/// A chromedriver process on a free loopback port, in a process group of its own so that it
/// and the browsers it started are stopped together, by that group's id.
struct ChromeDriver {
    child: Child,
    url: String,
    chrome: Option<PathBuf>,
}

impl ChromeDriver {
    /// Starts chromedriver, or returns `None` when browser tests are skipped on purpose.
    fn start() -> Option<ChromeDriver> {
        if std::env::var("DALIL_SKIP_BROWSER").is_ok_and(|v| v == "1") {
            let test = std::thread::current()
                .name()
                .unwrap_or("a browser test")
                .to_string();
            crate::support::skip(&test, "DALIL_SKIP_BROWSER=1");
            return None;
        }
        let driver = std::env::var_os("CHROMEDRIVER")
            .map(PathBuf::from)
            .or_else(|| find_program(&["chromedriver"], &["/usr/lib/chromium/chromedriver"]))
            .unwrap_or_else(|| panic!("chromedriver was not found on PATH: {INSTALL_HINT}"));
        let chrome = std::env::var_os("CHROME")
            .map(PathBuf::from)
            .or_else(|| find_program(&["chromium", "chromium-browser", "google-chrome"], &[]));
        if chrome.is_none() {
            panic!("Chromium was not found on PATH: {INSTALL_HINT}");
        }
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free loopback port")
            .port();
        use std::os::unix::process::CommandExt;
        let child = Command::new(&driver)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}: {INSTALL_HINT}", driver.display()));
        let mut started = ChromeDriver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            chrome,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(started);
            }
            if let Ok(Some(status)) = started.child.try_wait() {
                panic!("chromedriver exited at start ({status}): {INSTALL_HINT}");
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on 127.0.0.1:{port} within 20 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A new browser session with a fresh profile.
    async fn session(&self, javascript: bool, size: (u32, u32)) -> (Client, tempfile::TempDir) {
        let profile = tempfile::tempdir().expect("profile dir");
        let args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--no-first-run".into(),
            "--no-default-browser-check".into(),
            "--disable-extensions".into(),
            "--disable-default-apps".into(),
            "--disable-features=Translate,MediaRouter,OptimizationHints".into(),
            // Nothing but the test server resolves: no traffic leaves the machine.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1".into(),
            "--hide-scrollbars".into(),
            "--force-device-scale-factor=1".into(),
            format!("--window-size={},{}", size.0, size.1),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut options = json!({ "args": args });
        if let Some(chrome) = &self.chrome {
            options["binary"] = json!(chrome.to_string_lossy());
        }
        if !javascript {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        if size.0 < 500 {
            // Desktop windows are at least 500 px wide: emulate a phone's screen instead.
            options["mobileEmulation"] = json!({
                "deviceMetrics": { "width": size.0, "height": size.1, "pixelRatio": 1.0, "touch": true, "mobile": true }
            });
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert("goog:chromeOptions".into(), options);
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = tokio::time::timeout(
            Duration::from_secs(60),
            ClientBuilder::new(connector)
                .capabilities(caps)
                .connect(&self.url),
        )
        .await
        .expect("Chromium did not start within 60 s")
        .unwrap_or_else(|e| panic!("starting a Chromium session: {e}: {INSTALL_HINT}"));
        (client, profile)
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        // The negative id names the process group: chromedriver and the browsers it started.
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.child.id())])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.wait();
    }
}

/// Runs a scenario in one browser session on the bundled help center with a time limit,
/// closing the session whatever happens.
async fn in_browser<F, Fut>(javascript: bool, size: (u32, u32), scenario: F)
where
    F: FnOnce(Client, TestServer) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    in_browser_with(javascript, size, TestServer::bundled, scenario).await;
}

/// Like [`in_browser`], against the server `start` starts (once chromedriver is up).
pub(crate) async fn in_browser_with<F, Fut>(
    javascript: bool,
    size: (u32, u32),
    start: impl FnOnce() -> TestServer,
    scenario: F,
) where
    F: FnOnce(Client, TestServer) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    run_in_browser(javascript, size, None, start, scenario).await;
}

/// Like [`in_browser_with`], with the browser's `prefers-color-scheme` media feature set to
/// `scheme` (`"dark"` or `"light"`) for the whole session, as a system setting would.
pub(crate) async fn in_browser_with_scheme<F, Fut>(
    scheme: &'static str,
    size: (u32, u32),
    start: impl FnOnce() -> TestServer,
    scenario: F,
) where
    F: FnOnce(Client, TestServer) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    run_in_browser(true, size, Some(scheme), start, scenario).await;
}

/// The DevTools command `Emulation.setEmulatedMedia` setting `prefers-color-scheme`, sent
/// through chromedriver's `goog/cdp/execute` endpoint (WebDriver itself has no such command).
#[derive(Debug)]
struct EmulateColorScheme(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for EmulateColorScheme {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (axum::http::Method, Option<String>) {
        let body = json!({
            "cmd": "Emulation.setEmulatedMedia",
            "params": { "features": [{ "name": "prefers-color-scheme", "value": self.0 }] }
        });
        (axum::http::Method::POST, Some(body.to_string()))
    }
}

/// Sets the tab's `prefers-color-scheme`; the emulation lasts across navigations.
async fn emulate_color_scheme(client: &Client, scheme: &'static str) -> Result<()> {
    client
        .issue_cmd(EmulateColorScheme(scheme))
        .await
        .context("Emulation.setEmulatedMedia through chromedriver")?;
    Ok(())
}

async fn run_in_browser<F, Fut>(
    javascript: bool,
    size: (u32, u32),
    scheme: Option<&'static str>,
    start: impl FnOnce() -> TestServer,
    scenario: F,
) where
    F: FnOnce(Client, TestServer) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    let Some(driver) = ChromeDriver::start() else {
        return;
    };
    let server = start();
    let (client, _profile) = driver.session(javascript, size).await;
    let outcome = tokio::time::timeout(TEST_LIMIT, async {
        if let Some(scheme) = scheme {
            emulate_color_scheme(&client, scheme).await?;
        }
        scenario(client.clone(), server).await
    })
    .await;
    let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
    drop(driver);
    match outcome {
        Err(_) => panic!("the browser test did not finish within {TEST_LIMIT:?}"),
        Ok(Err(e)) => panic!("{e:#}"),
        Ok(Ok(())) => {}
    }
}

/// Types `token` into the sign-in form on screen (admin or agents') and submits it.
pub(crate) async fn submit_sign_in(client: &Client, token: &str) -> Result<()> {
    client
        .find(Locator::Css("#token"))
        .await?
        .send_keys(token)
        .await?;
    client
        .find(Locator::Css(".login-form button[type=submit]"))
        .await?
        .click()
        .await?;
    Ok(())
}

/// Evaluates a JavaScript expression in the page.
pub(crate) async fn js(client: &Client, expr: &str) -> Result<Value> {
    client
        .execute(&format!("return ({expr});"), vec![])
        .await
        .with_context(|| format!("evaluating {expr}"))
}

pub(super) async fn js_string(client: &Client, expr: &str) -> Result<String> {
    Ok(js(client, expr)
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

/// Waits until a JavaScript expression is truthy.
pub(crate) async fn wait_until(client: &Client, expr: &str, what: &str) -> Result<()> {
    let deadline = Instant::now() + WAIT;
    loop {
        let v = js(client, expr).await?;
        let truthy = match &v {
            Value::Bool(b) => *b,
            Value::Null => false,
            Value::Number(n) => n.as_f64() != Some(0.0),
            Value::String(s) => !s.is_empty(),
            _ => true,
        };
        if truthy {
            return Ok(());
        }
        if Instant::now() >= deadline {
            let url = client
                .current_url()
                .await
                .map(|u| u.to_string())
                .unwrap_or_default();
            bail!("timed out after {WAIT:?} waiting for {what} (`{expr}`) on {url}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the page's path (and query) is `want`.
pub(crate) async fn wait_for_path(client: &Client, want: &str) -> Result<()> {
    let deadline = Instant::now() + WAIT;
    loop {
        let url = client.current_url().await?;
        let got = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        };
        if got == want || url.path() == want {
            return Ok(());
        }
        if Instant::now() >= deadline {
            bail!("timed out waiting for {want}; the browser is at {url}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots/browser");
    std::fs::create_dir_all(&dir).expect("creating target/screenshots/browser");
    dir
}

pub(crate) async fn screenshot(client: &Client, name: &str) -> Result<()> {
    let png = client.screenshot().await.context("taking a screenshot")?;
    let path = screenshot_dir().join(name);
    std::fs::write(&path, png).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("screenshot: {}", path.display());
    Ok(())
}

/// Takes a screenshot of the whole page: the window grows to the page's height (at most 6000
/// px) for it, then gets its size back.
pub(crate) async fn full_page_screenshot(client: &Client, name: &str) -> Result<()> {
    let (width, height) = client.get_window_size().await?;
    let page = js(client, "document.documentElement.scrollHeight")
        .await?
        .as_u64()
        .unwrap_or(0);
    let outer = js(client, "window.outerHeight - window.innerHeight")
        .await?
        .as_u64()
        .unwrap_or(0);
    let size = |n: u64| u32::try_from(n.min(6000)).unwrap_or(6000);
    client
        .set_window_size(size(width), size(page + outer).max(size(height)))
        .await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let shot = screenshot(client, name).await;
    client.set_window_size(size(width), size(height)).await?;
    shot
}

/// Reads the server's feedback log, waiting a little for a line that matches.
pub(super) fn feedback_line(server: &TestServer, needle: &[&str]) -> Result<String> {
    let path = server.index_dir.with_file_name("index-feedback.jsonl");
    let deadline = Instant::now() + WAIT;
    loop {
        let log = std::fs::read_to_string(&path).unwrap_or_default();
        if let Some(line) = log.lines().find(|l| needle.iter().all(|n| l.contains(n))) {
            return Ok(line.to_string());
        }
        if Instant::now() >= deadline {
            bail!("no line with {needle:?} in {}: {log:?}", path.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn key(k: Key) -> String {
    char::from(k).to_string()
}

// ---------------------------------------------------------------------------------------------
// Browser tests
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_arabic_search_as_you_type_opens_the_section_then_persian() {
    in_browser(true, (1280, 900), |client, server| async move {
        client.goto(&server.url("/ar/")).await?;
        ensure!(js_string(&client, "document.documentElement.dir").await? == "rtl");
        ensure!(js_string(&client, "document.documentElement.lang").await? == "ar");
        wait_until(&client, "document.querySelector('#q[role=combobox]')", "the combobox").await?;
        full_page_screenshot(&client, "ar-home.png").await?;

        let input = client.find(Locator::Css("#q")).await?;
        input.click().await?;
        input.send_keys("سحب").await?;
        wait_until(
            &client,
            "document.querySelectorAll('.completions [role=option] mark').length > 0",
            "highlighted completions under the box",
        )
        .await?;
        let expanded = input.attr("aria-expanded").await?;
        ensure!(expanded.as_deref() == Some("true"), "aria-expanded is {expanded:?}");
        let controls = input.attr("aria-controls").await?.unwrap_or_default();
        ensure!(
            js(&client, &format!("document.getElementById('{controls}').getAttribute('role')")).await?
                == json!("listbox"),
            "aria-controls names the listbox"
        );
        screenshot(&client, "ar-home-completions.png").await?;

        // Move down to the first result that links to a section, then open it with Enter.
        let urls: Vec<String> = serde_json::from_value(
            js(
                &client,
                "Array.from(document.querySelectorAll('.completions [role=option][data-url]'), o => o.getAttribute('data-url'))",
            )
            .await?,
        )?;
        let target = urls
            .iter()
            .position(|u| u.contains('#'))
            .context("no completion links to a section")?;
        for _ in 0..=target {
            input.send_keys(&key(Key::Down)).await?;
        }
        let active = input.attr("aria-activedescendant").await?.unwrap_or_default();
        ensure!(
            js(&client, &format!("document.getElementById('{active}').getAttribute('aria-selected')")).await?
                == json!("true"),
            "the active option is selected"
        );
        let want = &urls[target];
        let (want_path, want_anchor) = want.split_once('#').context("anchor")?;
        input.send_keys(&key(Key::Enter)).await?;
        wait_for_path(&client, want_path).await?;
        let hash = js_string(&client, "decodeURIComponent(location.hash.slice(1))").await?;
        ensure!(hash == want_anchor, "landed on #{hash}, wanted #{want_anchor}");
        ensure!(
            js(&client, "document.getElementById(decodeURIComponent(location.hash.slice(1))) !== null").await?
                == json!(true),
            "no element with id {want_anchor:?} on {want_path}"
        );
        screenshot(&client, "ar-article-at-section.png").await?;

        // The language switcher leads to the Persian translation of the same article.
        let id = want_path.rsplit('/').next().unwrap_or_default().to_string();
        client
            .find(Locator::Css(".lang-switcher a[hreflang=fa]"))
            .await?
            .click()
            .await?;
        wait_for_path(&client, &format!("/fa/{id}")).await?;
        ensure!(js_string(&client, "document.documentElement.dir").await? == "rtl");
        ensure!(js_string(&client, "document.documentElement.lang").await? == "fa");

        // "Was this helpful?" answered with JavaScript: thanks in place, a line in the log.
        client
            .find(Locator::Css("form[data-feedback] button[value=yes]"))
            .await?
            .click()
            .await?;
        wait_until(
            &client,
            "(document.querySelector('.feedback-status') || {}).textContent === 'از بازخورد شما سپاسگزاریم!'",
            "the Persian thank-you",
        )
        .await?;
        feedback_line(&server, &["\"lang\":\"fa\"", &format!("\"id\":\"{id}\""), "\"helpful\":true"])?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_without_javascript_searches_and_answers_feedback() {
    in_browser(false, (1280, 900), |client, server| async move {
        client.goto(&server.url("/en/")).await?;
        // The script did not run: the box is a plain input.
        let input = client.find(Locator::Css("#q")).await?;
        ensure!(
            input.attr("role").await?.is_none(),
            "JavaScript ran despite being disabled"
        );
        input.send_keys("withdraw").await?;
        client
            .find(Locator::Css("form.search button[type=submit]"))
            .await?
            .click()
            .await?;
        wait_for_path(&client, "/en/search?q=withdraw").await?;
        let results = client.find_all(Locator::Css(".results .result")).await?;
        ensure!(!results.is_empty(), "no results for withdraw");
        ensure!(!client
            .find_all(Locator::Css(".result-snippet mark"))
            .await?
            .is_empty());
        screenshot(&client, "en-results-nojs.png").await?;

        let first = client.find(Locator::Css(".result-title a")).await?;
        let href = first.attr("href").await?.context("result link")?;
        // Result links pass through /go (recording the opening), which redirects to the article.
        let path = match href.split_once("/go?") {
            Some((_, query)) => {
                let param = |name: &str| {
                    query
                        .split('&')
                        .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
                        .unwrap_or_default()
                        .to_string()
                };
                format!("/{}/{}", param("l"), param("a"))
            }
            None => href.split('#').next().unwrap_or_default().to_string(),
        };
        first.click().await?;
        wait_for_path(&client, &path).await?;
        client
            .find(Locator::Css("form.feedback-form button[value=no]"))
            .await?
            .click()
            .await?;
        wait_for_path(&client, &format!("{path}?thanks=1")).await?;
        let thanks = client
            .find(Locator::Css(".feedback-thanks"))
            .await?
            .text()
            .await?;
        ensure!(
            thanks == "Thank you for your feedback!",
            "thanks: {thanks:?}"
        );
        let id = path.rsplit('/').next().unwrap_or_default();
        feedback_line(
            &server,
            &[
                "\"lang\":\"en\"",
                &format!("\"id\":\"{id}\""),
                "\"helpful\":false",
            ],
        )?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_screenshots_chinese_results_and_english_article() {
    in_browser(true, (1280, 900), |client, server| async move {
        client.goto(&server.url("/zh/search?q=提现")).await?;
        wait_until(&client, "document.querySelector('.result-snippet mark')", "Chinese hits").await?;
        full_page_screenshot(&client, "zh-results.png").await?;

        client.goto(&server.url("/en/search?q=withdrawal%20fee")).await?;
        wait_until(&client, "document.querySelector('.result')", "English results").await?;
        screenshot(&client, "en-results.png").await?;

        client.goto(&server.url("/en/withdrawals-faq")).await?;
        wait_until(&client, "document.querySelector('.toc')", "the table of contents").await?;
        ensure!(
            js(&client, "document.querySelectorAll('.article-body .heading-anchor').length").await?
                .as_u64()
                .unwrap_or(0)
                >= 4,
            "headings carry anchor links"
        );
        full_page_screenshot(&client, "en-article.png").await?;

        // Pages that say no: a search without results and an unknown article.
        client.goto(&server.url("/ar/search?q=qqqxyzzy")).await?;
        wait_until(&client, "document.querySelector('.no-results')", "the no-results page").await?;
        full_page_screenshot(&client, "ar-no-results.png").await?;
        client.goto(&server.url("/fa/no-such-article")).await?;
        wait_until(&client, "document.querySelector('.message-page form.search')", "the 404 page").await?;
        screenshot(&client, "fa-not-found.png").await?;

        // Keyboard: the first Tab shows the skip link, which leads to the main content.
        client.goto(&server.url("/en/")).await?;
        client.find(Locator::Css("body")).await?.send_keys(&key(Key::Tab)).await?;
        wait_until(
            &client,
            "document.activeElement.matches('.skip-link') && document.activeElement.getBoundingClientRect().top >= 0",
            "a visible skip link on the first Tab",
        )
        .await?;
        let outline = js_string(&client, "getComputedStyle(document.activeElement).outlineStyle").await?;
        ensure!(outline != "none", "the focused skip link has no visible outline");
        screenshot(&client, "en-home-skip-link.png").await?;
        client.find(Locator::Css(".skip-link")).await?.send_keys(&key(Key::Enter)).await?;
        wait_until(&client, "location.hash === '#main'", "the skip link to work").await?;
        Ok(())
    })
    .await;
}

/// The innermost elements wider than the screen, for the failure message of a layout check.
const OVERFLOWING: &str = "Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().width > screen.width + 1).slice(-8).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().width) + 'px').join(', ')";

/// Checks that a page fits a phone's width: nothing makes it wider than the screen.
pub(crate) async fn fits_the_screen(client: &Client, what: &str) -> Result<()> {
    let (screen, inner) = (
        js(client, "screen.width").await?.as_u64().unwrap_or(0),
        js(client, "window.innerWidth").await?.as_u64().unwrap_or(0),
    );
    ensure!(
        screen <= 400,
        "the screen is {screen} px wide, not a phone's"
    );
    let overflow = js(
        client,
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    )
    .await?
    .as_i64()
    .unwrap_or(i64::MAX);
    if inner > screen || overflow > 0 {
        let culprits = js_string(client, OVERFLOWING).await?;
        bail!("{what} is wider than a {screen} px screen (viewport {inner} px, sideways scroll {overflow} px): {culprits}");
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_persian_article_and_arabic_home_fit_a_phone() {
    in_browser(true, (360, 780), |client, server| async move {
        client.goto(&server.url("/fa/withdrawals-faq")).await?;
        wait_until(&client, "document.querySelector('.article')", "the article").await?;
        screenshot(&client, "fa-article-phone.png").await?;
        fits_the_screen(&client, "the Persian article").await?;
        client.goto(&server.url("/ar/")).await?;
        wait_until(
            &client,
            "document.querySelector('.hero')",
            "the Arabic home",
        )
        .await?;
        screenshot(&client, "ar-home-phone.png").await?;
        fits_the_screen(&client, "the Arabic home").await?;
        Ok(())
    })
    .await;
}

/// WCAG contrast of an element's text colour with the colour behind it, computed in the page
/// (walking up to the first opaque background).
const CONTRAST_JS: &str = r#"(sel) => {
  const el = document.querySelector(sel);
  if (!el) return -1;
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
    .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  let bg = null;
  for (let n = el; n && !bg; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] === 1)) bg = c.slice(0, 3);
  }
  bg = bg || [255, 255, 255];
  const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_a_new_help_center_shows_its_own_brand_logo_and_images() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("acme");
    let out = crate::support::dalil(&[
        "init",
        content.to_str().expect("utf-8"),
        "--name",
        "Acme",
        "--langs",
        "en,ar",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let index = tmp.path().join("acme-index");
    let start = || TestServer::start(&content, &index, &["--no-insights"]);
    in_browser_with(true, (1280, 900), start, |client, server| async move {
        client.goto(&server.url("/en/")).await?;
        let name = js_string(&client, "document.querySelector('.brand-name').textContent").await?;
        ensure!(name == "Acme Help Center", "brand name {name:?}");
        // The brand colour reaches the buttons through the site's stylesheet.
        let bg = js_string(
            &client,
            "getComputedStyle(document.querySelector('form.search button')).backgroundColor",
        )
        .await?;
        ensure!(bg == "rgb(47, 93, 80)", "button background {bg}");
        for sel in ["form.search button", ".article-list a", ".site-footer a"] {
            let ratio = js(&client, &format!("({CONTRAST_JS})({sel:?})")).await?;
            let ratio = ratio.as_f64().unwrap_or(0.0);
            ensure!(ratio >= 4.5, "{sel}: contrast {ratio:.2}:1");
        }
        wait_until(
            &client,
            "document.querySelector('.brand-logo').complete && document.querySelector('.brand-logo').naturalWidth > 0",
            "the logo",
        )
        .await?;
        let icon = js_string(&client, "document.querySelector('link[rel=icon]').getAttribute('href')").await?;
        ensure!(icon.starts_with("/assets/favicon?v="), "favicon {icon}");
        client.goto(&server.url("/ar/getting-started")).await?;
        wait_until(
            &client,
            "(() => { const i = document.querySelector('.article-body img'); return i && i.complete && i.naturalWidth > 0; })()",
            "the article's image",
        )
        .await?;
        let footer = js_string(&client, "document.querySelector('.site-footer').textContent").await?;
        ensure!(footer.contains("Acme") && !footer.to_lowercase().contains("falak"), "{footer}");
        screenshot(&client, "acme-ar-guide.png").await?;
        Ok(())
    })
    .await;
}
