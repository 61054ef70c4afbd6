//! The writers' checks through the real binary: internal links and anchors in `dalil check`
//! and `dalil index`, and the translation table of `dalil status --json`.

use std::fs;
use std::path::Path;

use crate::support::{bundled_content, dalil};

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

const FAQ: &str = "---\ntitle: Withdrawals FAQ\ntype: faq\nupdated: 2026-11-20\n---\n\n\
                   ## Is there a withdrawal fee?\n\nNo fee for bank transfers.\n\n\
                   ## How long does it take?\n\nOne business day.\n";

#[test]
fn bundled_content_has_no_broken_link() {
    let out = dalil(&["check", "--content", s(&bundled_content())]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("the link"), "{stderr}");
}

#[test]
fn a_broken_link_and_a_broken_anchor_fail_check_and_index_at_their_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    write(&content, "en/withdrawals-faq.md", FAQ);
    write(
        &content,
        "en/close-account.md",
        "---\ntitle: Close your account\n---\n\nFirst [withdraw](/en/withdrawal-faq).\n\n\
         Fees: see [the FAQ](withdrawals-faq.md#is-there-a-withdrawl-fee).\n",
    );
    let out = dalil(&["check", "--content", s(&content)]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "close-account.md:5: the link \"/en/withdrawal-faq\" leads to no article: there is \
             no en/<id>.md with that id (did you mean \"/en/withdrawals-faq\"?)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "close-account.md:7: the link \"withdrawals-faq.md#is-there-a-withdrawl-fee\" names a \
             section the article does not have (did you mean #is-there-a-withdrawal-fee?)"
        ),
        "{stderr}"
    );

    // `index` refuses the same content and publishes nothing.
    let index = tmp.path().join("index");
    let out = dalil(&["index", "--content", s(&content), "--index", s(&index)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("close-account.md:5:"));
    assert!(!index.join("current").exists());
}

#[test]
fn status_json_lists_an_outdated_and_a_missing_translation() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    write(&content, "en/withdrawals-faq.md", FAQ);
    write(
        &content,
        "fa/withdrawals-faq.md",
        "---\ntitle: پرسش‌های برداشت\ntype: faq\nupdated: 2026-08-02\n---\n\n\
         ## آیا برداشت کارمزد دارد؟\n\nبرای حواله بانکی نه.\n\n\
         ## چقدر طول می‌کشد؟\n\nیک روز کاری.\n",
    );
    write(
        &content,
        "en/close-account.md",
        "---\ntitle: Close your account\nupdated: 2026-11-01\n---\n\n## Before you close\n\nWithdraw first.\n",
    );
    let out = dalil(&["status", "--content", s(&content), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["languages"], serde_json::json!(["en", "fa"]));
    let articles = json["articles"].as_array().unwrap();
    let faq = articles
        .iter()
        .find(|a| a["id"] == "withdrawals-faq")
        .unwrap();
    assert_eq!(faq["source_lang"], "en");
    assert_eq!(faq["langs"]["fa"]["state"], "outdated");
    assert_eq!(faq["langs"]["fa"]["source_updated"], "2026-11-20");
    assert_eq!(faq["langs"]["en"]["state"], "source");
    let close = articles
        .iter()
        .find(|a| a["id"] == "close-account")
        .unwrap();
    assert_eq!(close["langs"]["fa"]["state"], "missing");
    assert_eq!(json["needs_work"], 2);

    // The same problem is a warning of `check`, at the translation's file.
    let out = dalil(&["check", "--content", s(&content)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "fa/withdrawals-faq.md: this translation was updated 2026-08-02, before its en \
             version (2026-11-20)"
        ),
        "{stderr}"
    );
}

#[test]
fn renaming_a_linked_article_fails_the_incremental_build_at_the_links_left_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    write(&content, "en/withdrawals-faq.md", FAQ);
    write(
        &content,
        "en/close-account.md",
        "---\ntitle: Close your account\n---\n\nFirst [withdraw](/en/withdrawals-faq).\n",
    );
    let out = dalil(&["index", "--content", s(&content), "--index", s(&index)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let live = fs::read_to_string(index.join("current")).unwrap();

    // Renamed: close-account.md is unchanged, so the incremental build does not parse it, yet
    // its link now leads nowhere.
    fs::rename(
        content.join("en/withdrawals-faq.md"),
        content.join("en/cash-out-faq.md"),
    )
    .unwrap();
    let out = dalil(&["index", "--content", s(&content), "--index", s(&index)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains("close-account.md:5: the link \"/en/withdrawals-faq\" leads to no article"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(index.join("current")).unwrap(), live);
}

#[test]
fn without_watch_pages_carry_no_preview_script_and_its_status_is_not_found() {
    let server = crate::support::TestServer::bundled();
    let (status, _) = crate::support::http_get(&server.url("/__watch")).unwrap();
    assert_eq!(status, 404);
    let (status, page) = crate::support::http_get(&server.url("/en/withdrawals-faq")).unwrap();
    assert_eq!(status, 200);
    assert!(!page.contains("watch.js"), "{page}");
    assert!(server.terminate());
}

/// `dalil serve --watch` in Chromium: a saved change appears in the open page without a reload
/// by hand; a broken save shows its file:line in the page while the last good index serves; the
/// fix clears it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_watch_mode_follows_saved_changes_and_shows_errors_in_the_page() {
    use super::browser::{in_browser_with, js_string, screenshot, wait_until};
    use crate::support::{index_ok, TestServer};

    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    crate::cli::small_content(&content);
    index_ok(&content, &index);
    let article = content.join("en/withdrawals.md");
    let start = || TestServer::start(&content, &index, &["--watch", "--no-insights"]);
    in_browser_with(true, (1200, 900), start, |client, server| async move {
        client.goto(&server.url("/en/withdrawals")).await?;
        let h1 = js_string(&client, "document.querySelector('h1').textContent").await?;
        anyhow::ensure!(h1.trim() == "Withdrawals", "title {h1:?}");
        // Let the page's first status request see the build it was served from.
        wait_until(&client, "performance.getEntriesByType('resource').some(e => e.name.includes('/__watch'))", "the first status request").await?;

        fs::write(
            &article,
            "---\ntitle: Withdrawals and payouts\ntype: faq\n---\n\n\
             ## How long does a withdrawal take?\n\nUsually one business day.\n",
        )?;
        wait_until(
            &client,
            "document.querySelector('h1').textContent.includes('payouts')",
            "the saved title in the open page",
        )
        .await?;

        fs::write(
            &article,
            "---\ntitle: Withdrawals and payouts\ntittle: typo\ntype: faq\n---\n\nText.\n",
        )?;
        wait_until(
            &client,
            "(document.querySelector('.watch-errors') || {textContent: ''}).textContent.includes('withdrawals.md:3: unknown front-matter key')",
            "the error in the page",
        )
        .await?;
        crate::axe::wcag_aa_clean(&client, "a page showing content errors in watch mode").await?;
        screenshot(&client, "watch-mode-error.png").await?;
        // The last good index still answers.
        let (status, v) = crate::support::get_json(&server.url("/api/search?q=payouts&lang=en"));
        anyhow::ensure!(status == 200 && v["total"].as_u64() == Some(1), "{v}");

        fs::write(
            &article,
            "---\ntitle: Withdrawals and payouts\ntype: faq\n---\n\n\
             ## How long does a withdrawal take?\n\nOne business day, two at most.\n",
        )?;
        wait_until(
            &client,
            "!document.querySelector('.watch-errors') && document.body.textContent.includes('two at most')",
            "the fixed article without the error",
        )
        .await?;
        Ok(())
    })
    .await;
}
