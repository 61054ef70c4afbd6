//! The agents' workspace and the help widget in headless Chromium (the harness of
//! [`super::browser`]): a host page served from a second loopback origin embeds the widget
//! (search in Arabic, read an answer, mark it helpful; English too; refused from an unlisted
//! origin; a strict CSP on the host page); an agent pastes a Persian message and copies an
//! answer with the keyboard; the compact view in a narrow iframe. Every page and the open
//! widget pass axe-core's WCAG 2.1 AA rules. Screenshots go where the other browser tests put
//! theirs (`target/screenshots/browser/`).
//!
//! axe-core is injected by [`crate::axe`].

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, ensure, Result};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::Value;

use super::agent::{copies_recorded, PERSIAN_MESSAGE};
use super::browser::{
    feedback_line, in_browser_with, js, js_string, screenshot, submit_sign_in, wait_until,
    TEST_LIMIT,
};
use crate::support::{bundled_content, TestServer};

// ---------------------------------------------------------------------------------------------
// A second origin: a tiny host site on its own loopback port
// ---------------------------------------------------------------------------------------------

/// A website of someone else's on 127.0.0.1 (another port, so another origin) that embeds the
/// widget or frames the workspace. Stopped (its thread joined) on drop.
pub(super) struct HostSite {
    port: u16,
    help: Arc<Mutex<String>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl HostSite {
    pub(super) fn start() -> HostSite {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
        let port = listener.local_addr().expect("address").port();
        listener.set_nonblocking(true).expect("nonblocking");
        let help = Arc::new(Mutex::new(String::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (help2, stop2) = (help.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            // Bounded: stops when told, and after the longest a browser test may take.
            let deadline = Instant::now() + TEST_LIMIT + Duration::from_secs(60);
            while !stop2.load(Ordering::Relaxed) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        // A thread per connection: a browser's idle pre-connection must not
                        // hold up the next request (each ends within its read timeout).
                        let base = help2.lock().map(|h| h.clone()).unwrap_or_default();
                        std::thread::spawn(move || serve_host_page(stream, &base, port));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        HostSite {
            port,
            help,
            stop,
            thread: Some(thread),
        }
    }

    pub(super) fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub(super) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin())
    }

    /// Points the host's pages at a running help center.
    fn use_help_center(&self, base: &str) {
        if let Ok(mut h) = self.help.lock() {
            *h = base.to_string();
        }
    }
}

impl Drop for HostSite {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Answers one request of the host site: `/` (a shop page with the widget, `?lang=`),
/// `/plain` (the same page without it), `/host.js` (counts CSP violations into an attribute)
/// and `/frame` (the workspace's compact view in a 360 px iframe). Every page has a strict
/// CSP that allows only itself and the help center's origin, and no inline style or script.
fn serve_host_page(mut stream: std::net::TcpStream, help: &str, port: u16) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = [0u8; 4096];
    let n = stream.read(&mut buf).unwrap_or(0);
    let head = String::from_utf8_lossy(&buf[..n]).to_string();
    let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let lang = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("lang="))
        .unwrap_or("en");
    let csp = format!(
        "default-src 'none'; script-src 'self' {help}; connect-src {help}; style-src 'self'; \
img-src 'self'; frame-src {help}; base-uri 'none'; form-action 'none'"
    );
    let page = |widget: bool, body: &str| {
        format!(
            "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Shop {port}</title>\
<script src=\"/host.js\"></script>{script}</head><body><main><h1>{heading}</h1><p>{text}</p>{body}</main></body></html>",
            dir = if lang == "ar" || lang == "fa" { "rtl" } else { "ltr" },
            script = if widget {
                format!("<script src=\"{help}/widget.js\" data-lang=\"{lang}\" async></script>")
            } else {
                String::new()
            },
            heading = if lang == "ar" { "متجر التجربة" } else { "Test shop" },
            text = if lang == "ar" { "صفحة متجر تعرض زر المساعدة." } else { "A shop page with the help button." },
        )
    };
    let (ctype, body) = match path {
        "/" => ("text/html; charset=utf-8", page(true, "")),
        "/plain" => ("text/html; charset=utf-8", page(false, "")),
        "/frame" => (
            "text/html; charset=utf-8",
            page(
                false,
                &format!(
                    "<iframe src=\"{help}/agent?embed=1&amp;lang=en\" width=\"360\" height=\"700\" title=\"Help desk sidebar\"></iframe>"
                ),
            ),
        ),
        "/host.js" => (
            "text/javascript; charset=utf-8",
            "document.addEventListener('securitypolicyviolation', function (e) {\
  var d = document.documentElement;\
  d.setAttribute('data-csp', (d.getAttribute('data-csp') || '') + e.violatedDirective + ' ' + e.blockedURI + ';');\
});\
window.addEventListener('error', function (e) {\
  var d = document.documentElement;\
  d.setAttribute('data-errors', (d.getAttribute('data-errors') || '') + e.message + ' at ' + e.filename + ':' + e.lineno + ';');\
});"
                .to_string(),
        ),
        _ => ("text/plain", "not found".to_string()),
    };
    let status = if body == "not found" {
        "404 Not Found"
    } else {
        "200 OK"
    };
    let resp = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Security-Policy: {csp}\r\n\
Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(resp.as_bytes());
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A help center started with `args` whose pages the host site uses; keep the folder while
/// the server runs.
pub(super) fn help_center_for(host: &HostSite, args: &[&str]) -> (TestServer, tempfile::TempDir) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let server = TestServer::start(&bundled_content(), &tmp.path().join("index"), args);
    host.use_help_center(&server.base);
    (server, tmp)
}

/// axe-core's WCAG 2.1 A/AA rules on the current document (open shadow roots included).
async fn axe_check(client: &Client, what: &str) -> Result<()> {
    crate::axe::wcag_aa_clean(client, what).await
}

const WIDGET: &str = "document.querySelector('[data-dalil-widget]').shadowRoot";

/// The widget's shadow root as a WebDriver handle.
async fn widget_root(client: &Client) -> Result<fantoccini::elements::ShadowRoot> {
    if let Err(e) = wait_until(
        client,
        &format!("document.querySelector('[data-dalil-widget]') && {WIDGET}"),
        "the widget",
    )
    .await
    {
        let page = js_string(client, "document.documentElement.outerHTML + ' resources: ' + JSON.stringify(performance.getEntriesByType('resource').map(e => [e.name, e.responseStatus, e.transferSize]))")
            .await
            .unwrap_or_default();
        bail!("{e:#}; the host page: {page}");
    }
    let host = client.find(Locator::Css("[data-dalil-widget]")).await?;
    Ok(host.shadow_root().await?)
}

/// Opens the widget, searches, opens the first answer; returns nothing but leaves the answer
/// open.
pub(super) async fn widget_search_and_read(client: &Client, query: &str) -> Result<()> {
    let root = widget_root(client).await?;
    root.find(Locator::Css(".l")).await?.click().await?;
    wait_until(
        client,
        &format!("!{WIDGET}.querySelector('.p').hidden"),
        "the open panel",
    )
    .await?;
    ensure!(
        js_string(
            client,
            &format!("{WIDGET}.activeElement && {WIDGET}.activeElement.id")
        )
        .await?
            == "dalil-q",
        "opening the panel puts focus in the search box"
    );
    root.find(Locator::Css("#dalil-q"))
        .await?
        .send_keys(query)
        .await?;
    wait_until(
        client,
        &format!("{WIDGET}.querySelectorAll('.r').length > 0"),
        "results as you type",
    )
    .await?;
    root.find(Locator::Css(".r")).await?.click().await?;
    wait_until(
        client,
        &format!("!{WIDGET}.querySelector('.a').hidden && {WIDGET}.querySelector('.a h3') && {WIDGET}.querySelector('.a div p, .a div li')"),
        "the answer read inline",
    )
    .await?;
    Ok(())
}

/// Presses a key wherever the focus is (inside a shadow root too).
/// Pastes a customer's message into the agents' workspace, asks, and waits for at least
/// `answers` suggested answers.
pub(super) async fn ask_in_workspace(
    client: &Client,
    message: &str,
    answers: usize,
    what: &str,
) -> Result<()> {
    client
        .find(Locator::Css("#message"))
        .await?
        .send_keys(message)
        .await?;
    client
        .find(Locator::Css(".agent-form button[type=submit]"))
        .await?
        .click()
        .await?;
    let enough = format!("document.querySelectorAll('#answers > li.answer').length >= {answers}");
    wait_until(client, &enough, what).await
}

async fn press(client: &Client, k: Key) -> Result<()> {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let c = char::from(k);
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: c })
        .then(KeyAction::Up { value: c });
    client.perform_actions(actions).await?;
    Ok(())
}

fn keys_of(v: Value) -> Vec<String> {
    serde_json::from_value(v).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// The widget
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn widget_on_a_listed_site_in_arabic_and_english() {
    let host = HostSite::start();
    let (server, _tmp) = help_center_for(&host, &["--allow-origin", &host.origin()]);
    let host_url = host.url("/?lang=ar");
    let plain_url = host.url("/plain?lang=ar");
    let en_url = host.url("/?lang=en");
    in_browser_with(
        true,
        (1280, 900),
        move || server,
        |client, server| async move {
            // No global of the widget's: the window has the same names with and without it.
            // (chromedriver adds names of its own when it first runs a script in a page: both
            // pages run one before they are compared.)
            client.goto(&plain_url).await?;
            js(&client, "1").await?;
            let without = keys_of(js(&client, "Object.keys(window).sort()").await?);
            client.goto(&host_url).await?;
            widget_root(&client).await?;
            let with = keys_of(js(&client, "Object.keys(window).sort()").await?);
            // chromedriver's own helpers, defined as it runs commands, are not the widget's.
            let leaked: Vec<&String> = with
                .iter()
                .filter(|k| !without.contains(k))
                .filter(|k| !k.starts_with("se_") && !k.starts_with("cdc_") && *k != "ret_nodes")
                .collect();
            ensure!(leaked.is_empty(), "the widget leaked globals: {leaked:?}");
            ensure!(
                js(
                    &client,
                    "document.querySelectorAll('style, [style]').length"
                )
                .await?
                    == 0,
                "the widget put styles into the host document"
            );
            ensure!(
                js_string(&client, &format!("{WIDGET}.querySelector('.w').dir")).await? == "rtl"
            );

            widget_search_and_read(&client, "سحب").await?;
            // Styles applied under the host's strict CSP (adopted stylesheet): the panel is fixed.
            ensure!(
                js_string(
                    &client,
                    &format!("getComputedStyle({WIDGET}.querySelector('.p')).position")
                )
                .await?
                    == "fixed",
                "the widget's styles did not apply"
            );
            screenshot(&client, "widget-ar-answer.png").await?;
            axe_check(&client, "the open Arabic widget").await?;

            // "Was this helpful?" -> yes: thanks in place and a line in the feedback log.
            let root = widget_root(&client).await?;
            root.find(Locator::Css(".f button[data-helpful=true]"))
                .await?
                .click()
                .await?;
            wait_until(
                &client,
                &format!(
                "{WIDGET}.querySelector('.f [role=status]').textContent === 'شكرًا لك على ملاحظاتك!'"
            ),
                "the Arabic thank-you",
            )
            .await?;
            feedback_line(&server, &["\"lang\":\"ar\"", "\"helpful\":true"])?;
            ensure!(
                js_string(
                    &client,
                    &format!("{WIDGET}.querySelector('.a a[target=_blank]').href")
                )
                .await?
                .starts_with(&server.base),
                "the full article link leads to the help center"
            );
            ensure!(
                js_string(&client, &format!("{WIDGET}.querySelector('.ft a').href")).await?
                    == format!("{}/ar/contact-support", server.base),
                "the contact link"
            );

            // Focus stays in the panel; Escape closes it and gives focus back to the button.
            for _ in 0..12 {
                press(&client, Key::Tab).await?;
            }
            ensure!(
                js(
                    &client,
                    &format!("{WIDGET}.querySelector('.p').contains({WIDGET}.activeElement)")
                )
                .await?
                    == Value::Bool(true),
                "Tab left the open panel"
            );
            press(&client, Key::Escape).await?;
            wait_until(
                &client,
                &format!("{WIDGET}.querySelector('.p').hidden"),
                "Escape to close",
            )
            .await?;
            ensure!(
                js(
                    &client,
                    &format!("{WIDGET}.activeElement === {WIDGET}.querySelector('.l')")
                )
                .await?
                    == Value::Bool(true),
                "focus went back to the help button"
            );
            let violations = js_string(
                &client,
                "document.documentElement.getAttribute('data-csp') || ''",
            )
            .await?;
            ensure!(
                violations.is_empty(),
                "CSP violations on the host page: {violations}"
            );

            client.goto(&en_url).await?;
            widget_search_and_read(&client, "withdraw").await?;
            ensure!(
                js_string(&client, &format!("{WIDGET}.querySelector('.w').dir")).await? == "ltr"
            );
            screenshot(&client, "widget-en-answer.png").await?;
            let violations = js_string(
                &client,
                "document.documentElement.getAttribute('data-csp') || ''",
            )
            .await?;
            ensure!(
                violations.is_empty(),
                "CSP violations on the host page: {violations}"
            );
            Ok(())
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn widget_on_an_unlisted_site_gets_no_answers() {
    let listed = HostSite::start();
    let unlisted = HostSite::start();
    let (server, _tmp) = help_center_for(
        &unlisted,
        &["--allow-origin", &listed.origin(), "--no-insights"],
    );
    let url = unlisted.url("/?lang=ar");
    in_browser_with(
        true,
        (1280, 900),
        move || server,
        |client, server| async move {
            // Kept alive by the scenario (a closure argument it does not use is dropped at once).
            let _server = &server;
            client.goto(&url).await?;
            let root = widget_root(&client).await?;
            root.find(Locator::Css(".l")).await?.click().await?;
            root.find(Locator::Css("#dalil-q"))
                .await?
                .send_keys("سحب")
                .await?;
            wait_until(
                &client,
                &format!("{WIDGET}.querySelector('#dalil-results .m')"),
                "the not-available message",
            )
            .await?;
            ensure!(
                js(&client, &format!("{WIDGET}.querySelectorAll('.r').length")).await? == 0,
                "an unlisted site got answers"
            );
            ensure!(
                js_string(
                    &client,
                    &format!("{WIDGET}.querySelector('#dalil-results .m').textContent")
                )
                .await?
                    == "المساعدة غير متاحة هنا حاليًا.",
            );
            Ok(())
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn widget_fits_a_phone() {
    let host = HostSite::start();
    let (server, _tmp) =
        help_center_for(&host, &["--allow-origin", &host.origin(), "--no-insights"]);
    let url = host.url("/?lang=fa");
    in_browser_with(
        true,
        (360, 740),
        move || server,
        |client, server| async move {
            // Kept alive by the scenario (a closure argument it does not use is dropped at once).
            let _server = &server;
            client.goto(&url).await?;
            widget_search_and_read(&client, "برداشت").await?;
            let (left, right) = (
                js(
                    &client,
                    &format!("{WIDGET}.querySelector('.p').getBoundingClientRect().left"),
                )
                .await?
                .as_f64()
                .unwrap_or(-1.0),
                js(
                    &client,
                    &format!("{WIDGET}.querySelector('.p').getBoundingClientRect().right"),
                )
                .await?
                .as_f64()
                .unwrap_or(1e9),
            );
            let width = js(&client, "window.innerWidth")
                .await?
                .as_f64()
                .unwrap_or(0.0);
            ensure!(
                left >= 0.0 && right <= width,
                "the panel ({left}..{right}) is wider than the {width} px screen"
            );
            screenshot(&client, "widget-fa-phone.png").await?;
            Ok(())
        },
    )
    .await;
}

// ---------------------------------------------------------------------------------------------
// The agents' workspace
// ---------------------------------------------------------------------------------------------

const AGENT_TOKEN: &str = "browser-agent-token";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agent_pastes_a_persian_message_and_copies_an_answer_with_the_keyboard() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let server = TestServer::start(
        &bundled_content(),
        &tmp.path().join("index"),
        &["--agent-token", AGENT_TOKEN],
    );
    in_browser_with(true, (1280, 900), move || server, |client, server| async move {
        client.goto(&server.url("/agent?lang=en")).await?;
        // The login form first; the Secure cookie works on http://127.0.0.1.
        submit_sign_in(&client, AGENT_TOKEN).await?;
        wait_until(&client, "document.querySelector('form[data-agent-form]')", "the workspace").await?;
        axe_check(&client, "the empty workspace").await?;

        // The agent reads English: chosen once, remembered by the browser.
        client.find(Locator::Css("#agent-lang option[value=en]")).await?.click().await?;
        ask_in_workspace(&client, PERSIAN_MESSAGE, 2, "the answers").await?;
        ensure!(js_string(&client, "document.querySelector('.agent-detected').dataset.customerLang").await? == "fa");
        ensure!(
            js(&client, "Array.from(document.querySelectorAll('#answers > li')).every(li => li.querySelector('.answer-customer[lang=fa][dir=rtl]') && li.querySelector('.answer-agent[lang=en]'))").await? == Value::Bool(true),
            "every answer is in Persian with its English beside it"
        );
        ensure!(
            js_string(&client, "document.activeElement.id").await? == "answer-0",
            "the first answer has the focus"
        );
        screenshot(&client, "agent-fa-answers-en.png").await?;
        axe_check(&client, "the workspace with answers").await?;

        // Keyboard: down to the second answer, Enter copies it.
        press(&client, Key::Down).await?;
        ensure!(js_string(&client, "document.activeElement.id").await? == "answer-1", "ArrowDown moves to the next answer");
        press(&client, Key::Up).await?;
        press(&client, Key::Down).await?;
        press(&client, Key::Enter).await?;
        wait_until(&client, "document.querySelector('#answer-1[data-copied=text]')", "the copied state").await?;
        ensure!(js_string(&client, "document.querySelector('#answer-1 .copy-status').textContent").await? == "Copied");
        let id = js_string(&client, "document.getElementById('answer-1').dataset.id").await?;
        ensure!(copies_recorded(&server, &id) >= 1, "the copy of {id} was not recorded");
        // ... and the insights report lists it among the answers agents copied.
        let index_dir = server.index_dir.to_str().unwrap_or_default().to_owned();
        let out = crate::support::dalil(&["insights", "--index", &index_dir, "--json"]);
        let report: Value = serde_json::from_slice(&out.stdout)?;
        ensure!(
            report["copied_answers"]
                .as_array()
                .is_some_and(|rows| rows.iter().any(|r| r["article"] == id.as_str())),
            "{id} missing from the report's copied answers: {}",
            report["copied_answers"]
        );
        let copied = js_string(&client, "navigator.clipboard.readText().catch(() => '')").await.unwrap_or_default();
        let text = js_string(&client, "document.getElementById('answer-1').dataset.text").await?;
        ensure!(copied.is_empty() || copied == text, "the clipboard holds something else: {copied:?}");

        // The language stays chosen on the next visit.
        client.goto(&server.url("/agent?lang=en")).await?;
        wait_until(&client, "document.querySelector('#agent-lang')", "the workspace").await?;
        ensure!(js_string(&client, "document.getElementById('agent-lang').value").await? == "en");
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn agent_embed_view_in_a_narrow_iframe() {
    let host = HostSite::start();
    let (server, _tmp) = help_center_for(
        &host,
        &["--frame-ancestors", &host.origin(), "--no-insights"],
    );
    let url = host.url("/frame");
    in_browser_with(
        true,
        (1000, 800),
        move || server,
        |client, server| async move {
            // Kept alive by the scenario (a closure argument it does not use is dropped at once).
            let _server = &server;
            client.goto(&url).await?;
            client.enter_frame(0).await?;
            wait_until(
                &client,
                "document.body && document.body.classList.contains('embed')",
                "the compact view in the frame",
            )
            .await?;
            ensure!(
                js(&client, "window.innerWidth")
                    .await?
                    .as_u64()
                    .unwrap_or(0)
                    <= 360
            );
            ask_in_workspace(&client, PERSIAN_MESSAGE, 1, "answers in the frame").await?;
            let overflow = js(
                &client,
                "document.documentElement.scrollWidth - document.documentElement.clientWidth",
            )
            .await?
            .as_i64()
            .unwrap_or(i64::MAX);
            ensure!(
                overflow <= 0,
                "the compact view scrolls sideways by {overflow} px"
            );
            axe_check(&client, "the compact workspace").await?;
            client.enter_parent_frame().await?;
            screenshot(&client, "agent-embed-iframe.png").await?;
            Ok(())
        },
    )
    .await;
}
