//! `dalil serve` start-up: the last good index serves at once and a stale one is rebuilt in the
//! background; content errors keep the old index serving; without an index it builds first.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::cli::small_content;
use crate::support::{dalil, enc, eventually, get_json, index_ok, TestServer};

/// A small content folder and a path for its index (not built), in a folder of their own.
fn small_help_center() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let content = tmp.path().join("content");
    let index = tmp.path().join("index");
    small_content(&content);
    (tmp, content, index)
}

fn build_name(server: &TestServer) -> String {
    let (status, v) = get_json(&server.url("/healthz"));
    assert_eq!(status, 200, "{v}");
    v["build"].as_str().unwrap_or_default().to_string()
}

/// Ids of the English results of a search.
fn result_ids(server: &TestServer, q: &str) -> Vec<String> {
    let (status, v) = get_json(&server.url(&format!("/api/search?q={}&lang=en", enc(q))));
    assert_eq!(status, 200, "{v}");
    v["results"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter_map(|h| h["id"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn add_article(content: &Path, id: &str, word: &str) {
    fs::write(
        content.join("en").join(format!("{id}.md")),
        format!("---\ntitle: {word} limits\n---\n\nHow {word} limits work.\n"),
    )
    .unwrap();
}

#[test]
fn serve_starts_on_a_stale_index_at_once_and_switches_to_the_rebuilt_one() {
    let (_tmp, content, index) = small_help_center();
    index_ok(&content, &index);
    add_article(&content, "quokka", "quokka");

    // Holding the build lock keeps the background rebuild waiting, so the server can be seen
    // serving the stale build meanwhile (it never waits for the rebuild to listen).
    let lock = fs::File::create(index.join(".lock")).unwrap();
    lock.lock().unwrap();
    let (server, log) = TestServer::start_logged(&content, &index, &[]);
    let stale = build_name(&server);
    assert!(
        log.wait_for("waiting for it to finish", Duration::from_secs(60))
            .is_some(),
        "the rebuild waits for the lock: {}",
        log.text()
    );
    assert_eq!(build_name(&server), stale);
    assert!(result_ids(&server, "quokka").is_empty());
    assert_eq!(result_ids(&server, "withdrawal"), ["withdrawals"]);

    lock.unlock().unwrap();
    assert!(
        eventually(Duration::from_secs(60), || build_name(&server) != stale),
        "the server switched to the rebuilt index: {}",
        log.text()
    );
    assert_eq!(result_ids(&server, "quokka"), ["quokka"]);
    // The log is read by a thread of its own: wait for the line rather than race it.
    assert!(
        log.wait_for("older than the content", Duration::from_secs(30))
            .is_some(),
        "{}",
        log.text()
    );
}

#[test]
fn serve_on_a_fresh_index_does_not_rebuild_it() {
    let (_tmp, content, index) = small_help_center();
    index_ok(&content, &index);
    let (server, log) = TestServer::start_logged(&content, &index, &[]);
    let first = build_name(&server);
    // Long enough for the check and a needless rebuild of four articles, and for the watcher
    // to switch to it: a server that rebuilt at every start would show up here.
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(build_name(&server), first, "{}", log.text());
    assert!(
        !log.text().contains("older than the content"),
        "{}",
        log.text()
    );
}

#[test]
fn a_content_error_before_start_keeps_the_old_index_serving_and_is_logged_with_file_and_line() {
    let (_tmp, content, index) = small_help_center();
    index_ok(&content, &index);
    add_article(&content, "quokka", "quokka");
    fs::write(content.join("en/broken.md"), "---\ntitle: [unclosed\n---\n").unwrap();

    let (server, log) = TestServer::start_logged(&content, &index, &[]);
    let first = build_name(&server);
    assert!(
        log.wait_for("serving the last good index", Duration::from_secs(60))
            .is_some(),
        "{}",
        log.text()
    );
    let error = log
        .wait_for("error: ", Duration::from_secs(1))
        .unwrap_or_default();
    let line = error
        .split("en/broken.md:")
        .nth(1)
        .and_then(|rest| rest.split(':').next());
    // `title: [unclosed` is line 2: the line that opened the bracket, not the `---` below
    // where the parser notices it is never closed.
    assert_eq!(
        line,
        Some("2"),
        "the error names the file and line: {}",
        log.text()
    );
    assert_eq!(build_name(&server), first);
    assert_eq!(result_ids(&server, "withdrawal"), ["withdrawals"]);
    assert!(
        result_ids(&server, "quokka").is_empty(),
        "nothing was published"
    );
}

#[test]
fn without_an_index_serve_builds_it_before_answering() {
    let (_tmp, content, index) = small_help_center();
    add_article(&content, "quokka", "quokka");
    let server = TestServer::start(&content, &index, &[]);
    // The first request already finds the content: the build came before listening.
    assert_eq!(result_ids(&server, "quokka"), ["quokka"]);
    assert!(index.join("current").is_file());
}

#[test]
fn an_index_of_an_older_format_is_rebuilt_before_answering() {
    let (_tmp, content, index) = small_help_center();
    index_ok(&content, &index);
    let old = index
        .join("builds")
        .join(fs::read_to_string(index.join("current")).unwrap().trim());
    let manifest_path = old.join("manifest.json");
    let mut manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&manifest_path).unwrap()).unwrap();
    let version = manifest["format_version"].as_u64().unwrap();
    manifest["format_version"] = (version - 1).into();
    fs::write(&manifest_path, manifest.to_string()).unwrap();

    let (server, log) = TestServer::start_logged(&content, &index, &[]);
    let first = build_name(&server);
    assert_ne!(
        Some(first.as_str()),
        old.file_name().and_then(|n| n.to_str())
    );
    assert_eq!(result_ids(&server, "withdrawal"), ["withdrawals"]);
    assert!(
        log.wait_for("not a dalil index of this version", Duration::from_secs(30))
            .is_some(),
        "{}",
        log.text()
    );
}

#[test]
fn a_damaged_catalog_is_rebuilt_from_scratch_before_answering() {
    let (_tmp, content, index) = small_help_center();
    index_ok(&content, &index);
    let live = index
        .join("builds")
        .join(fs::read_to_string(index.join("current")).unwrap().trim());
    let catalog = live.join("catalog.bin");
    let bytes = fs::read(&catalog).unwrap();
    // Through a new file: the build's files may be hard links shared with other builds.
    fs::remove_file(&catalog).unwrap();
    fs::write(&catalog, &bytes[..bytes.len() / 2]).unwrap();

    let (server, log) = TestServer::start_logged(&content, &index, &[]);
    assert_eq!(result_ids(&server, "withdrawal"), ["withdrawals"]);
    assert_ne!(
        Some(build_name(&server).as_str()),
        live.file_name().and_then(|n| n.to_str())
    );
    assert!(
        log.wait_for("catalog.bin", Duration::from_secs(30))
            .is_some(),
        "{}",
        log.text()
    );
}

#[test]
fn without_an_index_content_errors_stop_serve_with_a_message() {
    let (_tmp, content, index) = small_help_center();
    fs::write(content.join("en/broken.md"), "---\ntitle: [unclosed\n---\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dalil"))
        .args(["serve", "--content"])
        .arg(&content)
        .arg("--index")
        .arg(&index)
        .args(["--addr", "127.0.0.1:0"])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawning dalil serve");
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        status.is_some_and(|s| !s.success()),
        "serve stops: {status:?} {stderr}"
    );
    assert!(stderr.contains("en/broken.md:"), "{stderr}");
    assert!(stderr.contains("no earlier index to serve"), "{stderr}");
    // `dalil index` agrees: nothing was published.
    let out = dalil(&[
        "index",
        "--content",
        content.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
}

/// The live build's folder.
fn live_build(index: &Path) -> PathBuf {
    index
        .join("builds")
        .join(fs::read_to_string(index.join("current")).unwrap().trim())
}

#[test]
fn a_build_damaged_after_its_checksums_were_stamped_is_still_rebuilt_before_answering() {
    let (_tmp, content, index) = small_help_center();
    index_ok(&content, &index);
    let live = live_build(&index);
    // Files changed less than two seconds before a check are not stamped (coarse file times).
    std::thread::sleep(Duration::from_millis(2100));
    let out = dalil(&["search", "fees", "--index", index.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        live.join("verified.json").is_file(),
        "a full check stamps the build"
    );

    // On its stamp the build serves at once; its checksums are checked in the background.
    let server = TestServer::start(&content, &index, &[]);
    assert_eq!(result_ids(&server, "withdrawal"), ["withdrawals"]);
    assert_eq!(
        Some(build_name(&server).as_str()),
        live.file_name().and_then(|n| n.to_str())
    );
    drop(server);

    // Damaged in place (same size, same inode): the stamp no longer holds, so the start checks
    // every checksum first and rebuilds instead of answering from the damaged build.
    assert_eq!(crate::hostile::damage_doc_store(&index), live);
    let (server, log) = TestServer::start_logged(&content, &index, &[]);
    assert_ne!(
        Some(build_name(&server).as_str()),
        live.file_name().and_then(|n| n.to_str()),
        "{}",
        log.text()
    );
    assert_eq!(result_ids(&server, "withdrawal"), ["withdrawals"]);
    assert!(
        log.wait_for("damaged", Duration::from_secs(30)).is_some(),
        "{}",
        log.text()
    );
}
