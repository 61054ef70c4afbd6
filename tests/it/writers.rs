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
