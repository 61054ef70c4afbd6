//! Incremental `dalil index`: after a full build only changed files are re-indexed, and the
//! result searches like a full build (changes, renames and removals included); a failed
//! incremental run publishes nothing.

use std::fs;
use std::path::Path;

use crate::support::{bundled_content, dalil};

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn index(content: &Path, index: &Path) -> String {
    let out = dalil(&["index", "--content", s(content), "--index", s(index)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `dalil search --json` on `index` in `lang`, its success asserted.
pub(crate) fn search(index: &Path, query: &str, lang: &str) -> serde_json::Value {
    let args = [
        "search",
        query,
        "--index",
        s(index),
        "--lang",
        lang,
        "--json",
    ];
    let out = dalil(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// Number of matching articles.
fn total(index: &Path, query: &str, lang: &str) -> u64 {
    search(index, query, lang)["total"].as_u64().unwrap_or(0)
}

/// Ids of the results of a search, best first.
fn ids(index: &Path, query: &str, lang: &str) -> Vec<String> {
    search(index, query, lang)["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn changed_renamed_and_removed_files_are_applied_without_a_full_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, idx) = (tmp.path().join("content"), tmp.path().join("index"));
    copy_dir(&bundled_content(), &content);
    let first = index(&content, &idx);
    assert!(!first.contains("re-indexed"), "{first}");

    // Nothing changed: nothing re-indexed, and searches still work.
    let again = index(&content, &idx);
    assert!(
        again.contains("re-indexed 0 changed file(s), removed 0"),
        "{again}"
    );
    assert!(ids(&idx, "inactivity fee", "en").contains(&"fees-faq".to_string()));

    // One file changes: only it is parsed, and its new text is found. (An article no other
    // links to, so that renaming and removing it below breaks no link.)
    let faq = content.join("en/security-faq.md");
    let text = fs::read_to_string(&faq).unwrap();
    fs::write(
        &faq,
        format!("{text}\n## Can I pay a quokka?\n\nNo quokkas.\n"),
    )
    .unwrap();
    let out = index(&content, &idx);
    assert!(
        out.contains("re-indexed 1 changed file(s), removed 0"),
        "{out}"
    );
    assert_eq!(ids(&idx, "quokka", "en"), ["security-faq"]);
    assert!(ids(&idx, "inactivity fee", "en").contains(&"fees-faq".to_string()));
    assert!(!ids(&idx, "提现", "zh").is_empty());

    // Renamed: the article moves to its new id.
    fs::rename(&faq, content.join("en/staying-safe-faq.md")).unwrap();
    let out = index(&content, &idx);
    assert!(
        out.contains("re-indexed 1 changed file(s), removed 1"),
        "{out}"
    );
    assert_eq!(ids(&idx, "quokka", "en"), ["staying-safe-faq"]);

    // Removed: it disappears from the results.
    fs::remove_file(content.join("en/staying-safe-faq.md")).unwrap();
    let out = index(&content, &idx);
    assert!(out.contains("removed 1"), "{out}");
    assert!(ids(&idx, "quokka", "en").is_empty());

    // The incremental index answers like a full build of the same content.
    let full = tmp.path().join("full");
    index(&content, &full);
    for (q, lang) in [
        ("withdrawal fee", "en"),
        ("two factor authentication", "en"),
        ("phishing email", "en"),
        ("رسوم السحب", "ar"),
        ("کارمزد برداشت", "fa"),
        ("提现手续费", "zh"),
    ] {
        let (inc, fresh) = (ids(&idx, q, lang), ids(&full, q, lang));
        assert_eq!(inc.first(), fresh.first(), "{q}: {inc:?} vs {fresh:?}");
        // Scores may differ a little (deleted documents count in term statistics until
        // segments merge), but the same articles match.
        assert_eq!(total(&idx, q, lang), total(&full, q, lang), "{q}");
    }
}

#[test]
fn a_failed_incremental_run_publishes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (content, idx) = (tmp.path().join("content"), tmp.path().join("index"));
    copy_dir(&bundled_content(), &content);
    index(&content, &idx);
    let live = fs::read_to_string(idx.join("current")).unwrap();
    fs::write(content.join("en/fees-faq.md"), "no front matter\n").unwrap();
    let out = dalil(&["index", "--content", s(&content), "--index", s(&idx)]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(fs::read_to_string(idx.join("current")).unwrap(), live);
    assert!(ids(&idx, "inactivity fee", "en").contains(&"fees-faq".to_string()));
    let builds = fs::read_dir(idx.join("builds")).unwrap().count();
    assert_eq!(builds, 1, "no new build folder is left behind");
}
