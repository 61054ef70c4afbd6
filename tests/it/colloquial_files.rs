//! A help center's own colloquial lexicon (`content/colloquial/<lang>.toml`) through the real
//! binary: its entries extend, override and remove dalil's built-in ones in `dalil search`,
//! and a bad file fails `check` and `index` at its line, leaving the index as it was.

use std::fs;
use std::path::Path;

use crate::support::dalil;

pub(crate) fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

pub(crate) fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().expect("a parent folder")).expect("creating the folder");
    fs::write(path, text).expect("writing the file");
}

fn small_content(root: &Path) {
    write(
        root,
        "en/withdrawals-faq.md",
        "---\ntitle: Withdrawals FAQ\ntype: faq\nupdated: 2026-11-20\n---\n\n\
         ## Is there a withdrawal fee?\n\nNo fee for bank transfers.\n\n\
         ## How long does it take?\n\nOne business day.\n",
    );
    write(
        root,
        "en/open-account.md",
        "---\ntitle: Open an account\nupdated: 2026-11-20\n---\n\n\
         Sign up with your email and choose a standard or a professional account.\n",
    );
}

/// The ids `dalil search --lang en` returns for `q`, best first.
pub(crate) fn ids(index: &Path, q: &str) -> Vec<String> {
    ids_in(index, q, Some("en"))
}

/// Article ids `dalil search` lists for `q` in `lang`, or in the language detected from the
/// text when `None`.
pub(crate) fn ids_in(index: &Path, q: &str, lang: Option<&str>) -> Vec<String> {
    let mut args = vec!["search", q, "--index", s(index), "--json"];
    if let Some(lang) = lang {
        args.extend(["--lang", lang]);
    }
    let out = dalil(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("search JSON");
    v["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| r["id"].as_str().map(str::to_string))
        .collect()
}

pub(crate) fn index(content: &Path, index: &Path) {
    let out = dalil(&["index", "--content", s(content), "--index", s(index)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_help_centers_lexicon_extends_and_removes_built_in_entries() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let content = tmp.path().join("content");
    small_content(&content);
    let before = tmp.path().join("before");
    index(&content, &before);
    // The built-in lexicon reads `acct` as `account`; `dosh` it does not know.
    assert_eq!(
        ids(&before, "acct").first().map(String::as_str),
        Some("open-account")
    );
    assert!(!ids(&before, "dosh").contains(&"withdrawals-faq".to_string()));

    write(
        &content,
        "colloquial/en.toml",
        "# our customers' words\n\"dosh\" = [\"withdrawal fee\"]\n\"acct\" = []\n",
    );
    let out = dalil(&["check", "--content", s(&content)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The same index folder: an incremental build takes a changed lexicon file too.
    let after = before;
    index(&content, &after);
    assert_eq!(
        ids(&after, "dosh").first().map(String::as_str),
        Some("withdrawals-faq")
    );
    assert!(
        !ids(&after, "acct").contains(&"open-account".to_string()),
        "the removed entry still applies"
    );
    // An override replaces the built-in entry's written words.
    write(
        &content,
        "colloquial/en.toml",
        "\"acct\" = [\"withdrawal\"]\n",
    );
    index(&content, &after);
    assert_eq!(
        ids(&after, "acct").first().map(String::as_str),
        Some("withdrawals-faq")
    );
}

#[test]
fn a_bad_lexicon_file_fails_check_and_index_at_its_line() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let content = tmp.path().join("content");
    small_content(&content);
    let index_dir = tmp.path().join("index");
    index(&content, &index_dir);
    let live = fs::read_to_string(index_dir.join("current")).ok();
    assert!(live.is_some(), "no live build");
    write(
        &content,
        "colloquial/en.toml",
        "\"dosh\" = [\"money\"]\n\"pls\" = [\"please\", \" \"]\n\"brb\" = [\"BRB\"]\n",
    );
    write(
        &content,
        "colloquial/english.toml",
        "\"dosh\" = [\"money\"]\n",
    );
    write(&content, "colloquial/fa.toml", "\"پول\" = \"وجه\"\n");
    let out = dalil(&["check", "--content", s(&content)]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for expected in [
        "colloquial/en.toml:2: \"pls\" has an empty written phrase \" \": write the word the articles use",
        "colloquial/en.toml:3: \"brb\" is given as its own written phrase: write the word the articles use instead",
        "colloquial/english.toml: colloquial lexicon file \"english\" is not named for a language",
        "colloquial/fa.toml:1: ",
    ] {
        assert!(stderr.contains(expected), "{expected:?} not in:\n{stderr}");
    }
    let out = dalil(&["index", "--content", s(&content), "--index", s(&index_dir)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("colloquial/en.toml:2:"));
    assert_eq!(
        fs::read_to_string(index_dir.join("current")).ok(),
        live,
        "the live build changed"
    );
}
