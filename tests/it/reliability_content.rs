//! Broken content: every case of `tests/broken/` and every generated one (a 50 MB file, NUL
//! bytes, UTF-16, invalid UTF-8, 10,000 headings, deep nesting, a huge table, symlink loops, an
//! unreadable file) gives its exact `path:line: message` from `dalil check` and `dalil index`,
//! within a time bound, never a panic, and a failed build leaves the published index as it was.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::cli::small_content;
use crate::support::is_root;

/// Longest any one `dalil check` or `dalil index` may take on a broken input (debug build, busy
/// machine); past it the command counts as hung.
const HANG_AFTER: Duration = Duration::from_secs(120);

/// What a case must produce.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Outcome {
    /// Exit 1, nothing published.
    Error,
    /// Exit 0, published, with the warning.
    Warning,
    /// Exit 0, published, nothing said about the file but that it is untranslated.
    Fine,
}

struct Case {
    name: &'static str,
    outcome: Outcome,
    /// Lines that must appear in standard error, with `{c}` standing for the content folder.
    expect: &'static [&'static str],
}

/// The committed cases, one folder each under `tests/broken/`.
const COMMITTED: &[Case] = &[
    Case { name: "missing-front-matter", outcome: Outcome::Error, expect: &["error: {c}/en/no-front-matter.md:1: no front matter: the file must start with a `---` line, then `title: ...`, then another `---` line. Did you forget to add `---`?"] },
    Case { name: "unterminated-front-matter", outcome: Outcome::Error, expect: &["error: {c}/en/unterminated.md:1: the front matter is never closed: add a `---` line after its last key"] },
    Case { name: "invalid-yaml", outcome: Outcome::Error, expect: &["error: {c}/en/invalid-yaml.md:3: invalid YAML in the front matter: did not find expected ',' or ']', while parsing a flow sequence: check the indentation (keys start at the beginning of the line) and the brackets of lists"] },
    Case { name: "wrong-type", outcome: Outcome::Error, expect: &["error: {c}/en/wrong-type.md:3: tags must be a list of strings (found a number): write it as `tags: [kyc, documents]`"] },
    Case { name: "unknown-key", outcome: Outcome::Error, expect: &["error: {c}/en/unknown-key.md:3: unknown front-matter key \"catgory\" (did you mean \"category\"?)"] },
    // An id is its file name, so one language folder cannot hold it twice; the near misses are
    // a second extension and an `id:` key.
    Case { name: "duplicate-id", outcome: Outcome::Warning, expect: &["warning: {c}/en/fees.MD: not an article, ignored: articles end in lowercase `.md`; rename it if it is one"] },
    Case { name: "id-in-front-matter", outcome: Outcome::Error, expect: &["error: {c}/en/fees.md:3: unknown front-matter key \"id\": remove it (known keys: title, type, category, tags, summary, keywords, draft, updated, lang, source_lang)"] },
    Case { name: "invalid-id", outcome: Outcome::Error, expect: &["error: {c}/en/Fees_and_Limits!.md: invalid article id \"Fees_and_Limits!\": ids may only use a-z, 0-9 and \"-\" (found 'F', '_', 'L', '!'): rename the file to \"fees-and-limits.md\""] },
    Case { name: "not-in-language-folder", outcome: Outcome::Error, expect: &["error: {c}/fees.md: this article is not in a language folder: move it into one of the language folders (en/, ar/, fa/, zh/)"] },
    Case { name: "unknown-language-folder", outcome: Outcome::Error, expect: &["error: {c}/english: unknown language folder \"english\": the configured languages are en, ar, fa, zh; rename the folder, or add the language in src/lang.rs"] },
    Case { name: "nested-folder", outcome: Outcome::Error, expect: &["error: {c}/en/payments: this folder holds 1 Markdown file(s), but articles must sit directly in the language folder: move them up one level"] },
    Case { name: "lang-mismatch", outcome: Outcome::Error, expect: &["error: {c}/en/fees.md:3: lang is \"ar\" but the file is in the en folder: remove the lang key, or move the file to the ar folder"] },
    Case { name: "bad-type", outcome: Outcome::Error, expect: &["error: {c}/en/fees.md:3: unknown type \"question\": use one of faq, tutorial, article"] },
    Case { name: "bad-date", outcome: Outcome::Error, expect: &["error: {c}/en/fees.md:3: updated \"2026-13-45\" is not a valid date (there is no month 13): write it as YYYY-MM-DD, e.g. 2026-11-20"] },
    Case { name: "missing-title", outcome: Outcome::Error, expect: &["error: {c}/en/fees.md:1: missing title: add a `title: ...` line to the front matter"] },
    Case { name: "front-matter-not-mapping", outcome: Outcome::Error, expect: &["error: {c}/en/fees.md:2: the front matter must be `key: value` lines (title, type, ...), but it is a list"] },
    Case { name: "empty-file", outcome: Outcome::Error, expect: &["error: {c}/en/empty.md: the file is empty: start it with front matter (a `---` line, `title: ...`, a `---` line) and write the article below it"] },
    Case { name: "front-matter-not-first", outcome: Outcome::Error, expect: &["error: {c}/en/fees.md:1: no front matter: the file must start with a `---` line"] },
    Case { name: "yaml-bomb", outcome: Outcome::Error, expect: &["error: {c}/en/fees.md: invalid YAML in the front matter: repetition limit exceeded"] },
    Case { name: "empty-section", outcome: Outcome::Warning, expect: &["warning: {c}/en/fees.md:6: the question \"Are there fees?\" has no text: write it, or remove the heading"] },
];

const FRONT: &str = "---\ntitle: Generated\n---\n\n";

/// Writes a generated case into a language folder.
type WriteCase = fn(&Path);

/// The generated cases: written by the test, too big or too binary to commit.
fn generated() -> Vec<(Case, WriteCase)> {
    vec![
        (
            Case { name: "50 MB file", outcome: Outcome::Error, expect: &["error: {c}/en/huge.md: the file is 50 MiB, over the limit of 4 MiB: split it into several articles (or raise MAX_FILE_BYTES in src/content/mod.rs)"] },
            |en| {
                let mut body = FRONT.as_bytes().to_vec();
                body.extend(b"Fees and limits. ".repeat(50 * 1024 * 1024 / 17 + 1));
                body.truncate(50 * 1024 * 1024);
                fs::write(en.join("huge.md"), body).unwrap();
            },
        ),
        (
            Case { name: "NUL bytes", outcome: Outcome::Error, expect: &["error: {c}/en/nul.md:5: the file contains a NUL byte (it looks like a binary file or UTF-16 text): save it as UTF-8 text"] },
            |en| fs::write(en.join("nul.md"), format!("{FRONT}Text\0more\n")).unwrap(),
        ),
        (
            Case { name: "UTF-16 with BOM", outcome: Outcome::Error, expect: &["error: {c}/en/utf16.md: the file is saved as UTF-16: save it as UTF-8 (in your editor: Save with Encoding > UTF-8)"] },
            |en| {
                let mut bytes = vec![0xFF, 0xFE];
                bytes.extend(format!("{FRONT}Text.\n").encode_utf16().flat_map(u16::to_le_bytes));
                fs::write(en.join("utf16.md"), bytes).unwrap();
            },
        ),
        (
            Case { name: "UTF-16 big-endian with BOM", outcome: Outcome::Error, expect: &["error: {c}/en/utf16be.md: the file is saved as UTF-16: save it as UTF-8 (in your editor: Save with Encoding > UTF-8)"] },
            |en| {
                let mut bytes = vec![0xFE, 0xFF];
                bytes.extend(format!("{FRONT}Text.\n").encode_utf16().flat_map(u16::to_be_bytes));
                fs::write(en.join("utf16be.md"), bytes).unwrap();
            },
        ),
        (
            Case { name: "invalid UTF-8", outcome: Outcome::Error, expect: &["error: {c}/en/latin1.md:6: the file is not valid UTF-8 (byte 0xE9 at column 4): save it as UTF-8 (it may have been saved as Windows-1256, GBK or Latin-1)"] },
            |en| {
                let mut bytes = format!("{FRONT}line one\n").into_bytes();
                bytes.extend(b"caf\xe9\n");
                fs::write(en.join("latin1.md"), bytes).unwrap();
            },
        ),
        (
            Case { name: "10,000 headings", outcome: Outcome::Error, expect: &["error: {c}/en/headings.md:4005: the article has 10000 sections, more than the limit of 1000: split it into several articles (or raise MAX_SECTIONS in src/content/mod.rs)"] },
            |en| {
                let body: String = (0..10_000).map(|i| format!("## Heading {i}\n\nText {i}.\n\n")).collect();
                fs::write(en.join("headings.md"), format!("{FRONT}{body}")).unwrap();
            },
        ),
        (
            Case { name: "deeply nested lists and quotes", outcome: Outcome::Fine, expect: &[] },
            |en| {
                let lists: String = (1..500).map(|i| format!("{}item\n", "- ".repeat(i))).collect();
                let indented: String = (0..500).map(|i| format!("{}- item\n", "  ".repeat(i))).collect();
                let quotes = ">".repeat(10_000);
                let brackets = "[".repeat(50_000);
                fs::write(
                    en.join("nested.md"),
                    format!("{FRONT}{lists}\n{indented}\n{quotes} deep\n\n{brackets}\n"),
                )
                .unwrap();
            },
        ),
        (
            Case { name: "huge table", outcome: Outcome::Fine, expect: &[] },
            |en| {
                let cols = 200;
                let row = |cell: &str| format!("|{}|\n", vec![cell; cols].join("|"));
                let table = format!("{}{}{}", row("head"), row("---"), row("cell").repeat(500));
                fs::write(en.join("table.md"), format!("{FRONT}{table}")).unwrap();
            },
        ),
        (
            Case { name: "symlink loop", outcome: Outcome::Warning, expect: &[
                "warning: {c}/en/loop1.md: a symbolic link that cannot be followed (Too many levels of symbolic links (os error 40)), skipped: fix or remove the link",
                "warning: {c}/en/loop2.md: a symbolic link that cannot be followed (Too many levels of symbolic links (os error 40)), skipped: fix or remove the link",
            ] },
            |en| {
                std::os::unix::fs::symlink("loop2.md", en.join("loop1.md")).unwrap();
                std::os::unix::fs::symlink("loop1.md", en.join("loop2.md")).unwrap();
            },
        ),
        (
            Case { name: "folder symlink loop",
                outcome: Outcome::Error,
                expect: &[
                    "error: {c}/en/self: this folder holds 1 Markdown file(s), but articles must sit directly in the language folder: move them up one level",
                    "warning: {c}/en/up: folder ignored: articles must sit directly in the language folder",
                ] },
            |en| {
                std::os::unix::fs::symlink(".", en.join("self")).unwrap();
                std::os::unix::fs::symlink("..", en.join("up")).unwrap();
            },
        ),
        (
            Case { name: "dangling symlink", outcome: Outcome::Warning, expect: &["warning: {c}/en/gone.md: a symbolic link that cannot be followed (No such file or directory (os error 2)), skipped: fix or remove the link"] },
            |en| std::os::unix::fs::symlink("nowhere.md", en.join("gone.md")).unwrap(),
        ),
    ]
}

/// Runs `dalil` with a time bound: past [`HANG_AFTER`] it is killed (by PID) and the test fails.
fn dalil_bounded(args: &[&str], as_nobody: bool) -> Output {
    let bin = env!("CARGO_BIN_EXE_dalil");
    let mut cmd = if as_nobody {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        c
    } else {
        Command::new(bin)
    };
    let mut child = cmd
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawning dalil");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for dalil") {
            break status;
        }
        if started.elapsed() > HANG_AFTER {
            let _ = child.kill();
            let _ = child.wait();
            panic!("dalil {args:?} hung (> {HANG_AFTER:?})");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The published build's name and every entry of `builds/`.
fn index_state(index: &Path) -> (String, Vec<String>, BTreeMap<String, (u64, u64)>) {
    let current = fs::read_to_string(index.join("current")).unwrap_or_default();
    let mut builds: Vec<String> = fs::read_dir(index.join("builds"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    builds.sort();
    let mut files = BTreeMap::new();
    hash_files(index, index, &mut files);
    (current, builds, files)
}

/// Length and hash of the bytes of every file under `dir`, by path relative to `root`; the
/// writers' lock file (held while a build runs, not index content) aside.
fn hash_files(root: &Path, dir: &Path, out: &mut BTreeMap<String, (u64, u64)>) {
    use std::hash::{Hash, Hasher};
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            hash_files(root, &path, out);
        } else if entry.file_name() != ".lock" {
            let bytes = fs::read(&path).unwrap_or_default();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut h);
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            out.insert(name, (bytes.len() as u64, h.finish()));
        }
    }
}

/// Lays the case over a small valid content folder with a published index, then runs
/// `dalil check` and `dalil index` and checks everything the case promises.
fn run_case(case: &Case, add: impl FnOnce(&Path), as_nobody: bool) {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    small_content(&content);
    let first = dalil_bounded(
        &["index", "--content", s(&content), "--index", s(&index)],
        false,
    );
    assert!(
        first.status.success(),
        "{}: the valid content indexes",
        case.name
    );
    let before = index_state(&index);
    add(&content);
    if as_nobody {
        // Readable and writable for the unprivileged user, except what the case locked.
        for dir in [
            tmp.path().to_path_buf(),
            index.clone(),
            index.join("builds"),
        ] {
            chmod(&dir, 0o777);
        }
        fs::remove_file(index.join(".lock")).ok();
    }
    let c = s(&content);
    for args in [
        vec!["check", "--content", c],
        vec!["index", "--content", c, "--index", s(&index)],
    ] {
        let out = dalil_bounded(&args, as_nobody);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let what = format!("{} / dalil {}", case.name, args[0]);
        assert!(!stderr.contains("panicked"), "{what} panicked: {stderr}");
        let expected_code = if case.outcome == Outcome::Error { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(expected_code), "{what}: {stderr}");
        for line in case.expect {
            let line = line.replace("{c}", c);
            assert!(
                stderr.lines().any(|l| l.starts_with(&line)),
                "{what}: expected a line starting with\n  {line}\nin\n{stderr}"
            );
        }
        if case.outcome == Outcome::Fine {
            // A new article in one language only is untranslated; nothing else may be said.
            let said: Vec<&str> = stderr
                .lines()
                .filter(|l| l.starts_with("error:") || l.starts_with("warning:"))
                .filter(|l| !l.contains("has no translation"))
                .collect();
            assert!(said.is_empty(), "{what}: {said:?}");
        }
    }
    let after = index_state(&index);
    if case.outcome == Outcome::Error {
        assert_eq!(
            (&after.0, &after.1),
            (&before.0, &before.1),
            "{}: a failed build changed the index",
            case.name
        );
        // Byte for byte: every file of every build, `current` and the feedback log.
        assert!(before.2.len() > 5, "files hashed: {:?}", before.2.keys());
        assert_eq!(
            after.2, before.2,
            "{}: a failed build changed the bytes of the index",
            case.name
        );
    } else {
        assert_ne!(after.0, before.0, "{}: the build was published", case.name);
        assert!(
            !after.1.iter().any(|b| b.starts_with("tmp-")),
            "{}: a temporary build was left: {:?}",
            case.name,
            after.1
        );
    }
}

fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target: PathBuf = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn every_committed_broken_input_is_reported_with_its_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut on_disk: Vec<String> = fs::read_dir(&root)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = COMMITTED.iter().map(|c| c.name.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every folder of tests/broken has a case here"
    );
    for case in COMMITTED {
        run_case(
            case,
            |content| copy_tree(&root.join(case.name), content),
            false,
        );
    }
}

#[test]
fn every_generated_broken_input_is_reported_with_its_line() {
    for (case, write) in generated() {
        run_case(&case, |content| write(&content.join("en")), false);
    }
}

#[test]
fn an_unreadable_file_is_reported() {
    let case = Case {
        name: "unreadable file",
        outcome: Outcome::Error,
        expect: &["error: {c}/en/locked.md: cannot read the file: permission denied: make it readable (e.g. `chmod a+r`)"],
    };
    let root = is_root();
    if root && Command::new("setpriv").arg("--version").output().is_err() {
        // Root reads any file; without setpriv to drop that right there is nothing to test.
        crate::support::skip(
            "an_unreadable_file_is_reported",
            "running as root and setpriv is not installed",
        );
        return;
    }
    run_case(
        &case,
        |content| {
            let file = content.join("en/locked.md");
            fs::write(&file, format!("{FRONT}Secret.\n")).unwrap();
            chmod(&file, 0o000);
        },
        root,
    );
}
