//! The real `dalil` binary: index, check, search and suggest, atomic builds and locking.

use std::fs;
use std::path::Path;

use crate::support::{bundled_content, bundled_index, dalil, dalil_with_stdin};

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A small content folder with one article per language.
pub fn small_content(dir: &Path) {
    let articles = [
        (
            "en",
            "withdrawals",
            "Withdrawals",
            "## How long does a withdrawal take?\n\nUsually one business day.\n",
        ),
        (
            "ar",
            "withdrawals",
            "السحب",
            "## كم يستغرق السحب؟\n\nعادةً يوم عمل واحد.\n",
        ),
        (
            "fa",
            "withdrawals",
            "برداشت",
            "## برداشت چقدر طول می‌کشد؟\n\nمعمولاً یک روز کاری.\n",
        ),
        (
            "zh",
            "withdrawals",
            "提现",
            "## 提现需要多久？\n\n通常一个工作日。\n",
        ),
    ];
    for (lang, id, title, body) in articles {
        fs::create_dir_all(dir.join(lang)).unwrap();
        fs::write(
            dir.join(lang).join(format!("{id}.md")),
            format!("---\ntitle: {title}\ntype: faq\n---\n\n{body}"),
        )
        .unwrap();
    }
}

#[test]
fn index_reports_every_language_and_check_passes() {
    let tmp = tempfile::tempdir().unwrap();
    let out = dalil(&[
        "index",
        "--content",
        s(&bundled_content()),
        "--index",
        s(tmp.path()),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for lang in ["en:", "ar:", "fa:", "zh:"] {
        assert!(stdout.contains(lang), "{lang} missing in {stdout}");
    }
    assert!(stdout.contains("22 articles"), "{stdout}");
    let check = dalil(&["check", "--content", s(&bundled_content())]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn search_json_has_the_api_fields() {
    let out = dalil(&[
        "search",
        "withdrawal fee",
        "--index",
        s(bundled_index()),
        "--json",
        "--limit",
        "3",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["lang"], "en");
    let first = &v["results"][0];
    for key in [
        "id", "lang", "title", "section", "url", "snippet", "score", "type", "category",
    ] {
        assert!(first.get(key).is_some(), "result lacks {key}: {first}");
    }
    assert!(first["url"].as_str().unwrap().starts_with("/en/"));
    assert!(
        first["snippet"].as_str().unwrap().contains("<mark>"),
        "{first}"
    );
}

#[test]
fn search_with_an_unknown_language_fails_clearly() {
    let out = dalil(&[
        "search",
        "fees",
        "--index",
        s(bundled_index()),
        "--lang",
        "de",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language \"de\""));
}

#[test]
fn suggest_reads_the_message_from_stdin() {
    let msg = "Hi team,\n\nI requested a withdrawal to my bank three days ago and it is still pending. Why is it taking so long?\n\nThanks,\nMaria";
    let out = dalil_with_stdin(&["suggest", "--index", s(bundled_index()), "--json"], msg);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["lang"], "en");
    let a = &v["answers"][0];
    for key in [
        "id",
        "lang",
        "title",
        "question",
        "answer_markdown",
        "answer_text",
        "url",
        "score",
    ] {
        assert!(a.get(key).is_some(), "answer lacks {key}: {a}");
    }
    let ids: Vec<&str> = v["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"withdrawals-faq"), "{ids:?}");
}

#[test]
fn a_broken_file_fails_the_build_and_keeps_the_old_index() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    small_content(&content);
    let first = dalil(&["index", "--content", s(&content), "--index", s(&index)]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let before = fs::read_to_string(index.join("current")).unwrap();

    // Two independent mistakes in two files: both are reported, with file and line.
    fs::write(
        content.join("fa/broken.md"),
        "---\ntitle: خراب\ntittle: x\n---\n\nمتن\n",
    )
    .unwrap();
    fs::write(content.join("en/bad.md"), "no front matter here\n").unwrap();
    let out = dalil(&["index", "--content", s(&content), "--index", s(&index)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("fa/broken.md:3:")
            && stderr.contains("tittle")
            && stderr.contains("did you mean \"title\""),
        "{stderr}"
    );
    assert!(stderr.contains("en/bad.md"), "{stderr}");
    assert!(stderr.contains("the index was not changed"), "{stderr}");

    assert_eq!(
        fs::read_to_string(index.join("current")).unwrap(),
        before,
        "the live build must not change"
    );
    let search = dalil(&["search", "withdrawal", "--index", s(&index), "--json"]);
    assert!(search.status.success());
    let v: serde_json::Value = serde_json::from_slice(&search.stdout).unwrap();
    assert_eq!(v["results"][0]["id"], "withdrawals");
}

#[test]
fn concurrent_builds_both_succeed_and_leave_a_valid_index() {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    small_content(&content);
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let (c, i) = (content.clone(), index.clone());
            std::thread::spawn(move || dalil(&["index", "--content", s(&c), "--index", s(&i)]))
        })
        .collect();
    for r in runs {
        let out = r.join().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let builds: Vec<_> = fs::read_dir(index.join("builds"))
        .unwrap()
        .flatten()
        .collect();
    assert!(
        builds
            .iter()
            .all(|b| !b.file_name().to_string_lossy().starts_with("tmp-")),
        "no temporary build left"
    );
    let out = dalil(&["search", "提现", "--index", s(&index), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["results"][0]["lang"], "zh");
}

#[test]
fn a_missing_index_says_how_to_build_it() {
    let tmp = tempfile::tempdir().unwrap();
    let out = dalil(&["search", "fees", "--index", s(tmp.path())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("run `dalil index`"));
}
