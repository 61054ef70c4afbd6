//! Insights through the real server and CLI with the real databases: an SQLite file in a
//! temporary folder, and a throw-away PostgreSQL cluster each test starts itself (initdb in a
//! temporary folder, a free loopback port, stopped at the end even when the test fails).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::support::{
    bundled_content, dalil, enc, eventually, get_json, http, index_ok, is_root, post_json,
    TestServer, WRITER_WAIT,
};

/// A search through the API; panics unless answered 200 (recording must never fail one).
fn search(server: &TestServer, q: &str, lang: &str) {
    let (status, v) = get_json(&server.url(&format!("/api/search?q={}&lang={lang}", enc(q))));
    assert_eq!(status, 200, "{q}: {v}");
}

/// The value of a counter in `/metrics`.
fn metric(server: &TestServer, name: &str) -> u64 {
    let (status, _, body) = http("GET", &server.url("/metrics"), &[], b"").expect("/metrics");
    assert_eq!(status, 200);
    String::from_utf8_lossy(&body)
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{name} ")))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("{name} missing from /metrics"))
}

/// `dalil insights --json` with extra arguments.
pub(crate) fn report(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["insights", "--json", "--since", "1d", "--limit", "200"];
    all.extend_from_slice(args);
    let out = dalil(&all);
    assert!(
        out.status.success(),
        "dalil insights failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("report JSON")
}

/// How often `query` (as stored) was searched according to a report's `top_queries`.
fn searches_of(report: &serde_json::Value, query: &str) -> i64 {
    report["top_queries"]
        .as_array()
        .expect("top_queries")
        .iter()
        .filter(|q| q["query"] == query)
        .map(|q| q["searches"].as_i64().unwrap_or(0))
        .sum()
}

fn built_index(tmp: &Path) -> PathBuf {
    let index = tmp.join("index");
    index_ok(&bundled_content(), &index);
    index
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn a_scripted_run_is_recorded_masked_and_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let index = built_index(tmp.path());
    let server = TestServer::start(&bundled_content(), &index, &[]);
    let queries = [
        ("withdrawal fee", "en"),
        ("withdrawl fee", "en"),
        ("qqxxzzvv wwkkjj", "en"),
        ("رسوم السحب", "ar"),
        ("هزینه برداشت", "fa"),
        ("如何提现", "zh"),
    ];
    for round in 0..50 {
        for (q, lang) in queries {
            search(&server, q, lang);
        }
        if round % 10 == 0 {
            search(&server, "my card 4111 1111 1111 1111 was refused", "en");
        }
    }
    // The results page: its result links go through /go, which records the opening and
    // redirects to the article only.
    let (status, _, body) = http("GET", &server.url("/en/search?q=withdraw"), &[], b"").unwrap();
    assert_eq!(status, 200);
    let page = String::from_utf8_lossy(&body);
    let href = page
        .split("href=\"")
        .map(|h| h.split('"').next().unwrap_or(""))
        .find(|h| h.starts_with("/go?"))
        .expect("result links go through /go")
        .replace("&amp;", "&");
    let (status, headers, _) = http("GET", &server.url(&href), &[], b"").unwrap();
    assert_eq!(status, 303, "{href}");
    let location = headers
        .iter()
        .find(|(k, _)| k == "location")
        .map(|(_, v)| v.clone())
        .unwrap();
    assert!(location.starts_with("/en/"), "{location}");
    for bad in [
        "/go?l=en&a=no-such-article&p=1",
        "/go?l=en&a=//evil.example&p=1",
        "/go?l=xx&a=withdrawals&p=1",
    ] {
        let (status, headers, _) = http("GET", &server.url(bad), &[], b"").unwrap();
        assert_eq!(status, 404, "{bad}");
        assert!(!headers.iter().any(|(k, _)| k == "location"), "{bad}");
    }
    let article = location
        .trim_start_matches("/en/")
        .split('#')
        .next()
        .unwrap()
        .to_string();
    let (status, v) = post_json(
        &server.url("/api/feedback"),
        &format!(
            r#"{{"lang":"en","id":"{article}","helpful":false,"comment":"<script>x</script> mail sam@example.com"}}"#
        ),
    );
    assert_eq!(status, 201, "{v}");
    let (status, _) = post_json(
        &server.url("/api/feedback"),
        &format!(
            r#"{{"lang":"en","id":"{article}","helpful":false,"comment":"{}"}}"#,
            "x".repeat(501)
        ),
    );
    assert_eq!(status, 400, "an over-long comment is refused");
    assert_eq!(metric(&server, "dalil_insights_dropped_total"), 0);
    assert!(server.terminate(), "serve stopped on SIGTERM");

    let r = report(&["--index", s(&index)]);
    assert_eq!(searches_of(&r, "withdrawal fee"), 50, "{r:#}");
    assert_eq!(searches_of(&r, "my card [card] was refused"), 5, "{r:#}");
    for q in r["top_queries"].as_array().unwrap() {
        assert!(q["lang"].is_string() && q["searches"].is_i64(), "{q}");
    }
    let zero: Vec<&str> = r["zero_result_queries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["query"].as_str())
        .collect();
    assert!(zero.contains(&"qqxxzzvv wwkkjj"), "{zero:?}");
    assert!(!zero.contains(&"withdrawal fee"), "{zero:?}");
    assert_eq!(
        r["most_viewed_articles"][0]["article"],
        article.as_str(),
        "{r:#}"
    );
    let comments = r["no_comments"].to_string();
    assert!(
        comments.contains("[email]") && !comments.contains("sam@"),
        "{comments}"
    );
    assert_eq!(r["lang"], serde_json::Value::Null);
    let fa = report(&["--index", s(&index), "--lang", "fa"]);
    assert_eq!(fa["searches"], 50, "{fa:#}");
    // The card number is nowhere on disk, in the database or its write-ahead log.
    for name in ["insights.sqlite", "insights.sqlite-wal"] {
        if let Ok(bytes) = std::fs::read(index.join(name)) {
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains("4111 1111"), "{name} holds the card number");
            assert!(!text.contains("sam@example.com"), "{name} holds the e-mail");
        }
    }
    // The text report is what a support lead reads.
    let out = dalil(&["insights", "--index", s(&index), "--since", "1d"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Searches with no result") && text.contains("qqxxzzvv wwkkjj"),
        "{text}"
    );
}

#[test]
fn no_insights_records_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let index = built_index(tmp.path());
    let server = TestServer::start(&bundled_content(), &index, &["--no-insights"]);
    search(&server, "withdrawal fee", "en");
    let (status, _, body) = http("GET", &server.url("/en/search?q=withdraw"), &[], b"").unwrap();
    assert_eq!(status, 200);
    assert!(!String::from_utf8_lossy(&body).contains("/go?"));
    assert!(server.terminate());
    assert!(!index.join("insights.sqlite").exists());
}

#[test]
fn an_sqlite_store_that_cannot_be_written_drops_events_and_recording_resumes() {
    let tmp = tempfile::tempdir().unwrap();
    let index = built_index(tmp.path());
    // A file where the store's folder should be: the store cannot be created, even by root.
    let blocked = tmp.path().join("store");
    std::fs::write(&blocked, b"not a folder").unwrap();
    let db = format!("sqlite:{}", s(&blocked.join("insights.sqlite")));
    let server = TestServer::start(&bundled_content(), &index, &["--database", &db]);
    for i in 0..200 {
        search(&server, &format!("withdrawal {}", i % 7), "en");
    }
    assert!(
        eventually(WRITER_WAIT, || metric(
            &server,
            "dalil_insights_dropped_total"
        ) >= 200),
        "every event dropped and counted"
    );
    assert_eq!(metric(&server, "dalil_insights_written_total"), 0);
    std::fs::remove_file(&blocked).unwrap();
    std::fs::create_dir(&blocked).unwrap();
    assert!(
        eventually(WRITER_WAIT, || {
            search(&server, "after the store came back", "en");
            metric(&server, "dalil_insights_written_total") > 0
        }),
        "recording resumed"
    );
    assert!(server.terminate());
    let r = report(&["--index", s(&index), "--database", &db]);
    assert!(searches_of(&r, "after the store came back") > 0, "{r:#}");
}

/// A PostgreSQL cluster of its own in a temporary folder, on a free loopback port. Run as the
/// unprivileged `nobody` (initdb and postgres refuse root) when the tests run as root.
struct Postgres {
    tmp: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    as_nobody: bool,
}

const NOBODY: u32 = 65534;

impl Postgres {
    fn start() -> Postgres {
        let bin = pg_bindir();
        let tmp = tempfile::tempdir().unwrap();
        let as_nobody = is_root();
        if as_nobody {
            std::os::unix::fs::chown(tmp.path(), Some(NOBODY), Some(NOBODY)).unwrap();
        }
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let pg = Postgres {
            tmp,
            bin,
            port,
            as_nobody,
        };
        let data = pg.data();
        let out = pg.run(
            "initdb",
            &[
                "-D",
                s(&data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
        );
        assert!(
            out.status.success(),
            "initdb: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        pg.start_server();
        pg
    }

    fn data(&self) -> PathBuf {
        self.tmp.path().join("data")
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn run(&self, tool: &str, args: &[&str]) -> Output {
        let exe = self.bin.join(tool);
        let mut cmd = if self.as_nobody {
            let mut c = Command::new("setpriv");
            c.args([
                &format!("--reuid={NOBODY}"),
                &format!("--regid={NOBODY}"),
                "--clear-groups",
            ])
            .arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        cmd.args(args)
            .current_dir(self.tmp.path())
            .output()
            .unwrap_or_else(|e| panic!("running {tool}: {e}"))
    }

    fn start_server(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            s(self.tmp.path())
        );
        let log = self.tmp.path().join("postgres.log");
        let out = self.run(
            "pg_ctl",
            &[
                "-D",
                s(&self.data()),
                "-l",
                s(&log),
                "-o",
                &options,
                "-w",
                "-t",
                "60",
                "start",
            ],
        );
        assert!(
            out.status.success(),
            "pg_ctl start: {}{}",
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(&log).unwrap_or_default()
        );
    }

    fn stop_server(&self) -> bool {
        self.run(
            "pg_ctl",
            &[
                "-D",
                s(&self.data()),
                "-m",
                "fast",
                "-w",
                "-t",
                "60",
                "stop",
            ],
        )
        .status
        .success()
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // Stopped even when the test failed; `immediate` since nothing here needs keeping.
        let _ = self.run(
            "pg_ctl",
            &[
                "-D",
                s(&self.data()),
                "-m",
                "immediate",
                "-w",
                "-t",
                "30",
                "stop",
            ],
        );
    }
}

fn pg_bindir() -> PathBuf {
    let from_pg_config = Command::new("pg_config")
        .arg("--bindir")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    // Debian keeps each major version's server under /usr/lib/postgresql/<version>/bin.
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path().join("bin"))
                .collect()
        })
        .unwrap_or_default();
    versions.sort();
    let candidates = from_pg_config.into_iter().chain(versions.into_iter().rev());
    for dir in candidates {
        if dir.join("initdb").exists() && dir.join("pg_ctl").exists() {
            return dir;
        }
    }
    panic!("PostgreSQL server binaries not found (install Debian's postgresql; .ci/run does)");
}

#[test]
fn replicas_share_postgres_and_searches_survive_it_stopping() {
    let pg = Postgres::start();
    let url = pg.url();
    let tmp = tempfile::tempdir().unwrap();
    let index = built_index(tmp.path());
    let a = TestServer::start(&bundled_content(), &index, &["--database", &url]);
    let b = TestServer::start(&bundled_content(), &index, &["--database", &url]);

    // A search on one replica appears in the report, and so does one on the other.
    search(&a, "asked on replica a", "en");
    search(&b, "asked on replica b", "en");
    assert!(
        eventually(WRITER_WAIT, || {
            let r = report(&["--database", &url, "--index", s(&index)]);
            searches_of(&r, "asked on replica a") == 1 && searches_of(&r, "asked on replica b") == 1
        }),
        "both replicas' searches are in the shared store"
    );

    // PostgreSQL stops in the middle of a bounded load: every search still answered.
    let written_before = metric(&a, "dalil_insights_written_total");
    for i in 0..300 {
        if i == 100 {
            assert!(pg.stop_server(), "pg_ctl stop");
        }
        search(&a, &format!("load {}", i % 10), "en");
    }
    assert!(
        eventually(WRITER_WAIT, || metric(&a, "dalil_insights_dropped_total")
            > 0),
        "events dropped while PostgreSQL is down are counted"
    );
    assert!(metric(&a, "dalil_insights_written_total") >= written_before);

    pg.start_server();
    assert!(
        eventually(WRITER_WAIT, || {
            search(&a, "asked after the restart", "en");
            let r = report(&["--database", &url, "--index", s(&index)]);
            searches_of(&r, "asked after the restart") > 0
        }),
        "recording resumed after PostgreSQL restarted"
    );
    assert!(a.terminate() && b.terminate());
}

#[test]
fn the_report_reads_the_same_from_postgres_in_the_cli_and_the_admin_pages() {
    let pg = Postgres::start();
    let url = pg.url();
    let tmp = tempfile::tempdir().unwrap();
    let index = built_index(tmp.path());
    let token = "pg-admin-token-0123456789";
    let server = TestServer::start(
        &bundled_content(),
        &index,
        &["--database", &url, "--admin-token", token],
    );
    for (q, lang, times) in [
        ("withdrawal fee", "en", 6),
        ("qqxxzzvv wwkkjj", "en", 3),
        ("QQXXZZVV  wwkkjj", "en", 1),
        ("برداشت پول", "fa", 4),
    ] {
        for _ in 0..times {
            search(&server, q, lang);
        }
    }
    // One result opened from a results page, and a "no" with a comment from the page's form.
    let (_, _, page) = http("GET", &server.url("/en/search?q=withdraw"), &[], b"").unwrap();
    let go = String::from_utf8_lossy(&page)
        .split("href=\"")
        .map(|h| h.split('"').next().unwrap_or("").to_string())
        .find(|h| h.starts_with("/go?"))
        .expect("a /go link")
        .replace("&amp;", "&");
    assert_eq!(http("GET", &server.url(&go), &[], b"").unwrap().0, 303);
    let (status, _, _) = http(
        "POST",
        &server.url("/en/withdrawals-faq/feedback"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        b"helpful=no&comment=%3Cscript%3Ex%3C%2Fscript%3E+call+0912+345+6789",
    )
    .unwrap();
    assert_eq!(status, 303);
    // 14 API searches, 1 page search, 1 opening, 1 answer.
    assert!(
        eventually(WRITER_WAIT, || metric(
            &server,
            "dalil_insights_written_total"
        ) >= 17),
        "events written to PostgreSQL"
    );

    let r = report(&["--database", &url, "--index", s(&index)]);
    assert_eq!(r["searches"], 15, "{r:#}");
    assert_eq!(searches_of(&r, "withdrawal fee"), 6);
    assert_eq!(
        r["content_gaps"][0]["normalized"], "qqxxzzvv wwkkjj",
        "{r:#}"
    );
    assert_eq!(r["content_gaps"][0]["searches"], 4);
    assert_eq!(r["content_gaps"][0]["variants"], 2);
    assert_eq!(r["most_viewed_articles"].as_array().map(Vec::len), Some(1));
    // Learning from clicks reads PostgreSQL too: one opening teaches nothing.
    assert_eq!(r["learned_from_clicks"], serde_json::json!([]), "{r:#}");
    assert_eq!(
        (r["helpful_yes"].as_i64(), r["helpful_no"].as_i64()),
        (Some(0), Some(1))
    );
    assert_eq!(
        r["no_comments"][0]["comment"],
        "<script>x</script> call [phone]"
    );
    let fa = report(&["--database", &url, "--index", s(&index), "--lang", "fa"]);
    assert_eq!(fa["searches"], 4);

    // The admin pages read the same store: the CSV agrees with the CLI, the page escapes.
    let bearer = format!("Bearer {token}");
    let csv = |table: &str| {
        let (status, _, body) = http(
            "GET",
            &server.url(&format!("/admin/insights/{table}.csv")),
            &[("Authorization", &bearer)],
            b"",
        )
        .unwrap();
        assert_eq!(status, 200, "{table}");
        String::from_utf8_lossy(&body).into_owned()
    };
    assert!(csv("top-queries").contains("\r\n6,en,withdrawal fee\r\n"));
    assert!(csv("content-gaps").contains("\r\n4,2,qqxxzzvv wwkkjj,"));
    assert!(csv("no-comments").contains(",<script>x</script> call [phone]\r\n"));
    let per_day = csv("searches-per-day");
    let today = per_day.lines().last().unwrap_or("");
    assert!(today.ends_with(",15,4"), "{per_day}");
    assert!(server.terminate());
}
