//! The dark theme in headless Chromium: the browser's `prefers-color-scheme` is set to dark
//! (DevTools' `Emulation.setEmulatedMedia`, as a system setting would), and every page -
//! home, a category listing, search results and no results, an article, the admin sign-in
//! and report, the agents' sign-in, workspace and compact view, the widget's open panel -
//! must show the dark colours and pass axe-core's WCAG 2.1 AA rules, colour contrast
//! included. The brand colour reaches the pages through `/assets/theme.css`, derived from the
//! site file's light one (src/content/site/colour.rs), so these checks cover the derivation too.
//! The same on a phone's screen (360 px): the right-to-left pages, results and the widget's
//! panel, which the narrow layout rearranges. Screenshots go to `target/screenshots/browser/` (one is copied to docs/screenshots/).

use anyhow::{ensure, Result};
use fantoccini::Client;

use super::agent::PERSIAN_MESSAGE;
use super::agent_browser::{ask_in_workspace, help_center_for, widget_search_and_read, HostSite};
use super::browser::{
    fits_the_screen, full_page_screenshot, in_browser_with_scheme, js, js_string, screenshot,
    submit_sign_in, wait_for_path, wait_until,
};
use crate::axe::wcag_aa_clean;
use crate::support::{bundled_content, TestServer};

const AGENT_TOKEN: &str = "dark-agent-token";
const ADMIN_TOKEN: &str = "dark-admin-token-0123456789abcdef";
/// The dark theme's page background (`--bg`), as computed styles spell it.
const DARK_BG: &str = "rgb(15, 20, 29)";

/// The page follows the dark scheme (its background is the dark one) and passes axe-core.
async fn dark_and_accessible(client: &Client, what: &str) -> Result<()> {
    ensure!(
        js(client, "matchMedia('(prefers-color-scheme: dark)').matches").await?
            == serde_json::Value::Bool(true),
        "{what}: the browser does not prefer dark"
    );
    let bg = js_string(client, "getComputedStyle(document.body).backgroundColor").await?;
    ensure!(
        bg == DARK_BG,
        "{what}: the page background is {bg}, not the dark {DARK_BG}"
    );
    wcag_aa_clean(client, &format!("{what} (dark)")).await
}

/// Signs in on the login form on screen, after checking that it is dark, accessible and
/// dressed as the help center (its name in the title, its logo in the header).
async fn sign_in(client: &Client, token: &str, what: &str) -> Result<()> {
    wait_until(
        client,
        "document.querySelector('#token')",
        "the sign-in form",
    )
    .await?;
    dark_and_accessible(client, what).await?;
    let title = js_string(client, "document.title").await?;
    ensure!(
        title.contains("Falak"),
        "{what}: the help center's name is missing from the title {title:?}"
    );
    ensure!(
        js(
            client,
            "!!document.querySelector('header img[src^=\"/assets/logo\"]')"
        )
        .await?
            == serde_json::Value::Bool(true),
        "{what}: the help center's logo is missing"
    );
    submit_sign_in(client, token).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dark_help_pages_are_readable() {
    in_browser_with_scheme(
        "dark",
        (1280, 900),
        TestServer::bundled,
        |client, server| async move {
            client.goto(&server.url("/en/")).await?;
            dark_and_accessible(&client, "the English home page").await?;
            // The site's brand colour (theme.css) is the lightened one, not the light theme's.
            let link = js_string(
                &client,
                "getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()",
            )
            .await?;
            ensure!(
                link != "#1f4e8c",
                "the dark theme kept the light brand colour"
            );
            full_page_screenshot(&client, "en-home-dark.png").await?;
            for (path, what) in [
                ("/en/search?category=payments", "a category listing"),
                ("/ar/search?q=%D8%B3%D8%AD%D8%A8", "Arabic results"),
                ("/zh/search?q=qqqxyzzy", "a search without results"),
                ("/fa/withdrawals-faq", "a Persian FAQ article"),
                ("/en/withdraw-funds", "an English guide"),
            ] {
                client.goto(&server.url(path)).await?;
                dark_and_accessible(&client, what).await?;
            }
            screenshot(&client, "en-article-dark.png").await?;
            Ok(())
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dark_admin_and_agent_pages_are_readable() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let index = tmp.path().join("index");
    let start = move || {
        TestServer::start(
            &bundled_content(),
            &index,
            &["--agent-token", AGENT_TOKEN, "--admin-token", ADMIN_TOKEN],
        )
    };
    in_browser_with_scheme("dark", (1280, 900), start, |client, server| async move {
        client.goto(&server.url("/admin/insights?lang=en")).await?;
        sign_in(&client, ADMIN_TOKEN, "the admin sign-in page").await?;
        wait_for_path(&client, "/admin/insights?lang=en").await?;
        // The sign-in form was served at this same address: wait for the report itself.
        wait_until(
            &client,
            "document.querySelector('#top-queries')",
            "the report",
        )
        .await?;
        dark_and_accessible(&client, "the insights report").await?;

        client.goto(&server.url("/agent?lang=ar")).await?;
        sign_in(&client, AGENT_TOKEN, "the agents' sign-in page").await?;
        wait_until(
            &client,
            "document.querySelector('form[data-agent-form]')",
            "the workspace",
        )
        .await?;
        dark_and_accessible(&client, "the empty workspace").await?;
        ask_in_workspace(&client, PERSIAN_MESSAGE, 1, "the answers").await?;
        dark_and_accessible(&client, "the workspace with answers").await?;
        screenshot(&client, "agent-ar-dark.png").await?;

        client.goto(&server.url("/agent?embed=1&lang=en")).await?;
        wait_until(
            &client,
            "document.body.classList.contains('embed')",
            "the compact view",
        )
        .await?;
        dark_and_accessible(&client, "the compact workspace").await?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dark_widget_panel_is_readable() {
    let host = HostSite::start();
    let (server, _tmp) = help_center_for(&host, &["--allow-origin", &host.origin()]);
    let url = host.url("/?lang=en");
    in_browser_with_scheme("dark", (1280, 900), move || server, |client, server| async move {
        // Kept alive by the scenario (a closure argument it does not use is dropped at once).
        let _server = &server;
        client.goto(&url).await?;
        widget_search_and_read(&client, "withdraw").await?;
        let panel = js_string(
            &client,
            "getComputedStyle(document.querySelector('[data-dalil-widget]').shadowRoot.querySelector('.p')).backgroundColor",
        )
        .await?;
        ensure!(panel == "rgb(24, 32, 48)", "the open panel is not dark: {panel}");
        wcag_aa_clean(&client, "the open widget (dark)").await?;
        screenshot(&client, "widget-en-dark.png").await?;
        Ok(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dark_pages_on_a_phone_are_readable_and_fit() {
    in_browser_with_scheme(
        "dark",
        (360, 780),
        TestServer::bundled,
        |client, server| async move {
            for (path, what) in [
                ("/ar/", "the Arabic home on a phone"),
                ("/fa/withdrawals-faq", "a Persian FAQ article on a phone"),
                (
                    "/zh/search?q=%E6%8F%90%E7%8E%B0",
                    "Chinese results on a phone",
                ),
                (
                    "/en/search?category=payments",
                    "a category listing on a phone",
                ),
            ] {
                client.goto(&server.url(path)).await?;
                wait_until(&client, "document.querySelector('main')", what).await?;
                dark_and_accessible(&client, what).await?;
                fits_the_screen(&client, what).await?;
                if path.starts_with("/zh/") {
                    screenshot(&client, "zh-results-phone-dark.png").await?;
                }
            }
            Ok(())
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dark_widget_panel_on_a_phone_is_readable() {
    let host = HostSite::start();
    let (server, _tmp) = help_center_for(&host, &["--allow-origin", &host.origin()]);
    let url = host.url("/?lang=ar");
    in_browser_with_scheme("dark", (360, 780), move || server, |client, server| async move {
        let _server = &server;
        client.goto(&url).await?;
        widget_search_and_read(&client, "سحب").await?;
        let panel = js_string(
            &client,
            "(() => { const p = document.querySelector('[data-dalil-widget]').shadowRoot.querySelector('.p'); const r = p.getBoundingClientRect(); return getComputedStyle(p).backgroundColor + ' ' + Math.round(r.left) + ' ' + Math.round(r.right); })()",
        )
        .await?;
        let mut parts = panel.rsplitn(3, ' ');
        let (right, left, colour) = (parts.next(), parts.next(), parts.next());
        ensure!(colour == Some("rgb(24, 32, 48)"), "the open panel is not dark: {panel}");
        let (left, right): (f64, f64) = (
            left.and_then(|l| l.parse().ok()).unwrap_or(-1.0),
            right.and_then(|r| r.parse().ok()).unwrap_or(1e9),
        );
        ensure!(left >= 0.0 && right <= 360.0, "the open panel leaves the 360 px screen: {panel}");
        wcag_aa_clean(&client, "the open Arabic widget on a phone (dark)").await?;
        screenshot(&client, "widget-ar-phone-dark.png").await?;
        Ok(())
    })
    .await;
}
