//! Shared test harness: run the real `dalil` binary, start the real server on a free loopback
//! port, and stop it (by its PID only) when the test ends.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The bundled content folder.
pub fn bundled_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

/// Runs `dalil` with arguments and returns its output.
pub fn dalil(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dalil"))
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("running dalil")
}

/// Runs `dalil index` on a content and an index folder and asserts that it succeeded.
pub fn index_ok(content: &Path, index: &Path) {
    let out = dalil(&[
        "index",
        "--content",
        content.to_str().expect("utf-8 path"),
        "--index",
        index.to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `dalil` with standard input.
pub fn dalil_with_stdin(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dalil"))
        .args(args)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawning dalil");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("writing stdin");
    child.wait_with_output().expect("waiting for dalil")
}

/// An index of the bundled content built once per test run and shared read-only.
pub fn bundled_index() -> &'static Path {
    static INDEX: OnceLock<tempfile::TempDir> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            let out = dalil(&[
                "index",
                "--content",
                bundled_content().to_str().expect("utf-8 path"),
                "--index",
                dir.path().to_str().expect("utf-8 path"),
            ]);
            assert!(
                out.status.success(),
                "indexing the bundled content failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            dir
        })
        .path()
}

/// A running `dalil serve` on 127.0.0.1 with a free port; killed on drop.
pub struct TestServer {
    pub base: String,
    pub index_dir: PathBuf,
    child: Child,
    _tmp: Option<tempfile::TempDir>,
}

impl TestServer {
    /// Serves the bundled content from a fresh index folder of its own.
    pub fn bundled() -> TestServer {
        let tmp = tempfile::tempdir().expect("tempdir");
        let index = tmp.path().join("index");
        let mut s = TestServer::start(&bundled_content(), &index, &[]);
        s._tmp = Some(tmp);
        s
    }

    /// Starts `dalil serve` on the given content and index folders with extra arguments, and
    /// waits until it answers `/healthz`.
    pub fn start(content: &Path, index: &Path, extra: &[&str]) -> TestServer {
        Self::spawn(content, index, extra, Stdio::inherit(), None, "warn")
    }

    /// Like [`TestServer::start`], with the process's open-file limit (soft and hard) set to
    /// `max_files`, so that it cannot raise it.
    pub fn start_with_file_limit(
        content: &Path,
        index: &Path,
        extra: &[&str],
        max_files: u64,
    ) -> TestServer {
        Self::spawn(
            content,
            index,
            extra,
            Stdio::inherit(),
            Some(max_files),
            "warn",
        )
    }

    /// Like [`TestServer::start`], and collects what the server writes to standard error.
    pub fn start_logged(content: &Path, index: &Path, extra: &[&str]) -> (TestServer, ServerLog) {
        Self::start_logged_at(content, index, extra, "warn")
    }

    /// Like [`TestServer::start_logged`], logging at `filter` (`RUST_LOG`, e.g. `info` for a
    /// line per request).
    pub fn start_logged_at(
        content: &Path,
        index: &Path,
        extra: &[&str],
        filter: &str,
    ) -> (TestServer, ServerLog) {
        let mut server = Self::spawn(content, index, extra, Stdio::piped(), None, filter);
        let log = ServerLog::default();
        let stderr = server.child.stderr.take().expect("stderr");
        let lines = log.0.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                lines.lock().unwrap_or_else(|p| p.into_inner()).push(line);
            }
        });
        (server, log)
    }

    fn spawn(
        content: &Path,
        index: &Path,
        extra: &[&str],
        stderr: Stdio,
        max_files: Option<u64>,
        log_filter: &str,
    ) -> TestServer {
        let mut command = Command::new(env!("CARGO_BIN_EXE_dalil"));
        if let Some(max) = max_files {
            use std::os::unix::process::CommandExt;
            let limit = libc::rlimit {
                rlim_cur: max,
                rlim_max: max,
            };
            // SAFETY: between fork and exec only setrlimit runs, which is async-signal-safe.
            unsafe {
                command.pre_exec(move || {
                    if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) == 0 {
                        Ok(())
                    } else {
                        Err(std::io::Error::last_os_error())
                    }
                });
            }
        }
        let mut child = command
            .arg("serve")
            .arg("--content")
            .arg(content)
            .arg("--index")
            .arg(index)
            .args(["--addr", "127.0.0.1:0"])
            .args(extra)
            .env("RUST_LOG", log_filter)
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("spawning dalil serve");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("http://").nth(1) {
                    let _ = tx.send(rest.split('/').next().unwrap_or("").to_string());
                }
            }
        });
        let addr = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(a) => a,
            Err(_) => {
                let _ = child.kill();
                panic!("dalil serve did not report its address within 60 s");
            }
        };
        let server = TestServer {
            base: format!("http://{addr}"),
            index_dir: index.to_path_buf(),
            child,
            _tmp: None,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if http_get(&format!("{}/healthz", server.base))
                .map(|r| r.0 == 200)
                .unwrap_or(false)
            {
                return server;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("dalil serve did not become healthy");
    }

    /// The server's process id (for /proc sampling and signals).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Full URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Sends SIGTERM and waits for a graceful exit; returns whether it exited in time.
    pub fn terminate(mut self) -> bool {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Standard error of a server started with [`TestServer::start_logged`], line by line.
#[derive(Clone, Default)]
pub struct ServerLog(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl ServerLog {
    /// Everything logged so far.
    pub fn text(&self) -> String {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).join("\n")
    }

    /// Waits (at most `timeout`) for a logged line containing `needle`; returns the line.
    pub fn wait_for(&self, needle: &str, timeout: Duration) -> Option<String> {
        let deadline = Instant::now() + timeout;
        loop {
            let found = self
                .0
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .iter()
                .find(|l| l.contains(needle))
                .cloned();
            if found.is_some() || Instant::now() >= deadline {
                return found;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// An HTTP response: status, lower-cased headers, body.
pub type Response = (u16, Vec<(String, String)>, Vec<u8>);

/// A minimal blocking HTTP/1.1 client for loopback tests: (status, headers, body).
pub fn http(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Response> {
    use std::io::{Read, Write};
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| std::io::Error::other("only http:// URLs"))?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let mut stream = std::net::TcpStream::connect(host)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes())?;
    stream.write_all(body)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no header end"))?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("bad status line"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| {
            l.split_once(':')
                .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        })
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Ok((status, headers, body))
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&data[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = eol + 2;
        out.extend_from_slice(&data[start..(start + size).min(data.len())]);
        data = &data[(start + size + 2).min(data.len())..];
    }
    out
}

/// `GET` returning (status, body as text).
pub fn http_get(url: &str) -> std::io::Result<(u16, String)> {
    http("GET", url, &[], b"").map(|(s, _, b)| (s, String::from_utf8_lossy(&b).to_string()))
}

/// `GET` returning (status, JSON).
pub fn get_json(url: &str) -> (u16, serde_json::Value) {
    let (s, body) = http_get(url).expect("GET");
    (
        s,
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}")),
    )
}

/// `POST` of a JSON body returning (status, JSON).
pub fn post_json(url: &str, body: &str) -> (u16, serde_json::Value) {
    let (s, _, b) = http(
        "POST",
        url,
        &[("Content-Type", "application/json")],
        body.as_bytes(),
    )
    .expect("POST");
    let text = String::from_utf8_lossy(&b).to_string();
    (
        s,
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}")),
    )
}

/// Percent-encodes a query-string value.
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Whether the tests run as root (who reads any file, and as whom PostgreSQL refuses to run).
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Whether this run must not skip anything: CI (`CI` set, as CI services do) or
/// `DALIL_REQUIRE_BROWSER=1` (set by `.ci/run`, which installs Chromium first).
fn skipping_forbidden() -> bool {
    let set =
        |name: &str| std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0" && v != "false");
    set("CI") || set("DALIL_REQUIRE_BROWSER")
}

/// Reports a test that cannot run here as skipped, on the terminal even though the test passes
/// (libtest captures `eprintln!`, not writes to the stderr handle), or fails it where nothing
/// may be skipped.
pub fn skip(test: &str, why: &str) {
    use std::io::Write;
    assert!(
        !skipping_forbidden(),
        "{test}: {why}, and this run may not skip (CI or DALIL_REQUIRE_BROWSER is set)"
    );
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {why}");
}

/// Waits (bounded) until `ready` holds, checking once more at the deadline; false when it
/// never did.
pub fn eventually(timeout: Duration, mut ready: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if ready() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    ready()
}

/// How long a test waits for the insights writer. It runs at the lowest priority on purpose
/// (searches come first), so on a machine loaded beyond its cores it can lag far behind: the CI
/// run of 4 December found no row after 15 s. Waits end as soon as the row is there.
pub const WRITER_WAIT: Duration = Duration::from_secs(60);
