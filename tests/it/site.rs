//! A help center of one's own: `dalil init`, the site file and its errors, and what search
//! engines read (sitemap, robots.txt, canonical URLs, FAQ structured data, conditional GETs).

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::{bundled_content, dalil, enc, http, http_get, index_ok, TestServer};

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Writes a starter help center with `dalil init` and returns its folder.
fn init(root: &Path, args: &[&str]) -> std::path::PathBuf {
    let dir = root.join("acme");
    let mut all = vec!["init", path(&dir)];
    all.extend_from_slice(args);
    let out = dalil(&all);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

/// `href="..."` and `src="..."` values of a page that stay on the site.
fn local_links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for part in html.split(attr).skip(1) {
            let value = &part[..part.find('"').unwrap_or(0)];
            let value = value.replace("&amp;", "&");
            if value.starts_with('/') && !value.starts_with("//") {
                out.push(value.split('#').next().unwrap_or("").to_string());
            }
        }
    }
    out
}

/// The paths of a sitemap's `<loc>` elements, checked to be well-formed XML in the sitemap
/// namespace, with `hreflang` alternates.
fn sitemap_paths(xml: &str, base: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("sitemap is not XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let mut paths = Vec::new();
    for url in root.children().filter(|n| n.is_element()) {
        assert_eq!(url.tag_name().name(), "url");
        let loc = url
            .children()
            .find(|n| n.tag_name().name() == "loc")
            .and_then(|n| n.text())
            .expect("every url has a loc");
        let p = loc
            .strip_prefix(base)
            .unwrap_or_else(|| panic!("{loc} is not under {base}"));
        paths.push(p.to_string());
        for link in url.children().filter(|n| n.tag_name().name() == "link") {
            assert_eq!(
                link.tag_name().namespace(),
                Some("http://www.w3.org/1999/xhtml")
            );
            assert_eq!(link.attribute("rel"), Some("alternate"));
            assert!(link.attribute("hreflang").is_some_and(|h| h.len() == 2));
            assert!(link.attribute("href").is_some_and(|h| h.starts_with(base)));
        }
        if let Some(day) = url.children().find(|n| n.tag_name().name() == "lastmod") {
            let day = day.text().unwrap_or("");
            assert!(day.len() == 10 && day.as_bytes()[4] == b'-', "{day}");
        }
    }
    paths
}

#[test]
fn init_then_serve_is_a_help_center_titled_acme_with_no_trace_of_falak() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = init(tmp.path(), &["--name", "Acme", "--langs", "en,ar"]);
    let server = TestServer::start(&content, &tmp.path().join("acme-index"), &["--no-insights"]);

    let (status, home) = http_get(&server.url("/en/")).expect("GET /en/");
    assert_eq!(status, 200);
    assert!(
        home.contains("<title>Help Center – Acme Help Center</title>"),
        "{home}"
    );
    assert!(home.contains("<span class=\"brand-name\">Acme Help Center</span>"));
    let (_, ar) = http_get(&server.url("/ar/")).expect("GET /ar/");
    assert!(ar.contains("مركز مساعدة Acme"));
    // Only the published languages: no Persian or Chinese pages or switcher entries.
    assert_eq!(http_get(&server.url("/fa/")).expect("GET").0, 404);
    assert!(!home.contains("hreflang=\"zh\""));

    // Every page and asset reachable from the home pages and the sitemap, and API answers.
    let (_, sitemap) = http_get(&server.url("/sitemap.xml")).expect("sitemap");
    let mut to_fetch: BTreeSet<String> = sitemap_paths(&sitemap, "http://127.0.0.1:8080")
        .into_iter()
        .collect();
    assert!(to_fetch.contains("/en/getting-started") && to_fetch.contains("/ar/account-faq"));
    for page in [&home, &ar] {
        to_fetch.extend(local_links(page));
    }
    let article_pages: Vec<String> = to_fetch.iter().cloned().collect();
    for p in &article_pages {
        if let Ok((200, body)) = http_get(&server.url(p)) {
            to_fetch.extend(local_links(&body));
        }
    }
    to_fetch.extend([
        "/robots.txt".to_string(),
        format!("/en/search?q={}", enc("password")),
        format!("/api/search?q={}", enc("invoice")),
        format!("/api/search?q={}", enc("كلمة المرور")),
        format!("/api/autocomplete?q={}&lang=en", enc("pass")),
        "/api/articles/en/getting-started".to_string(),
        "/api/articles/ar/account-faq".to_string(),
        "/missing-page".to_string(),
    ]);
    let mut fetched = 0;
    for p in &to_fetch {
        if p.contains("/feedback") {
            continue;
        }
        let (status, headers, body) = http("GET", &server.url(p), &[], b"").expect("GET");
        assert!(status < 500, "{p}: {status}");
        let text = String::from_utf8_lossy(&body).to_lowercase();
        assert!(!text.contains("falak"), "{p} mentions Falak");
        for (k, v) in headers {
            assert!(!v.to_lowercase().contains("falak"), "{p}: header {k}: {v}");
        }
        fetched += 1;
    }
    assert!(fetched >= 20, "only {fetched} answers were checked");
    // The article links its image by a fingerprinted URL, cached for a year.
    let (status, page) = http_get(&server.url("/en/getting-started")).expect("GET article");
    assert_eq!(status, 200);
    let start = page
        .find("src=\"/assets/welcome.svg?v=")
        .expect("fingerprinted image");
    let url: String = page[start + 5..]
        .chars()
        .take_while(|&c| c != '"')
        .collect();
    let (status, headers, _) = http("GET", &server.url(&url), &[], b"").expect("GET image");
    assert_eq!(status, 200, "{url}");
    assert!(
        headers
            .iter()
            .any(|(k, v)| k == "cache-control" && v.contains("max-age=31536000")),
        "{url}: {headers:?}"
    );
    // Without the fingerprint: five minutes, and revalidation by ETag.
    let (status, headers, body) =
        http("GET", &server.url("/assets/welcome.svg"), &[], b"").expect("GET image");
    assert_eq!(status, 200);
    assert!(body.starts_with(b"<svg"));
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(header("content-type").as_deref(), Some("image/svg+xml"));
    assert!(header("etag").is_some() && header("cache-control").is_some());
}

#[test]
fn the_bundled_content_still_serves_the_falak_help_center() {
    let server = TestServer::bundled();
    let (status, home) = http_get(&server.url("/en/")).expect("GET /en/");
    assert_eq!(status, 200);
    assert!(home.contains("<span class=\"brand-name\">Falak Help Center</span>"));
    assert!(home.contains("Trading leveraged products carries a high risk of losing money."));
    assert!(home.contains("href=\"/en/contact-support\""));
    assert!(home.contains("Deposits &amp; withdrawals"));
    assert!(home.contains("/assets/theme.css?v="));
    let (_, css) = http_get(&server.url("/assets/theme.css")).expect("theme");
    assert!(css.contains("--primary: #1f4e8c;"), "{css}");
    // The dark theme's shades follow in a media query: the brand colour lightened, dark text
    // on its buttons.
    let dark = css
        .split_once("@media (prefers-color-scheme: dark)")
        .map(|(_, d)| d)
        .unwrap_or_else(|| panic!("no dark block: {css}"));
    assert!(!dark.contains("--primary: #1f4e8c;"), "{css}");
    assert!(dark.contains("--on-primary: #0f141d;"), "{css}");
}

#[test]
fn sitemap_robots_canonical_and_faq_structured_data() {
    let server = TestServer::bundled();
    let base = "https://help.falak.example";
    let (status, headers, body) = http("GET", &server.url("/sitemap.xml"), &[], b"").expect("GET");
    assert_eq!(status, 200);
    assert!(headers
        .iter()
        .any(|(k, v)| k == "content-type" && v.starts_with("application/xml")));
    let xml = String::from_utf8_lossy(&body).to_string();
    let paths = sitemap_paths(&xml, base);
    let articles = fs::read_dir(bundled_content().join("en"))
        .expect("en")
        .count();
    assert!(paths.len() >= 4 * articles, "{} URLs", paths.len());
    assert!(xml.contains("<lastmod>2026-"));
    assert!(xml.contains(&format!(
        "<xhtml:link rel=\"alternate\" hreflang=\"fa\" href=\"{base}/fa/withdrawals-faq\"/>"
    )));
    for p in &paths {
        assert_eq!(http_get(&server.url(p)).expect("GET").0, 200, "{p}");
    }

    let (_, robots) = http_get(&server.url("/robots.txt")).expect("robots");
    assert!(robots.contains("Disallow: /en/search\n") && robots.contains("Disallow: /ar/search\n"));
    assert!(robots.contains(&format!("Sitemap: {base}/sitemap.xml")));

    let (_, page) = http_get(&server.url("/en/withdrawals-faq")).expect("article");
    assert!(page.contains(&format!(
        "<link rel=\"canonical\" href=\"{base}/en/withdrawals-faq\">"
    )));
    let title = source_title("en/withdrawals-faq.md");
    assert!(page.contains(&format!("<meta property=\"og:title\" content=\"{title}\">")));
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    assert!(page.contains(&format!(
        "<meta property=\"og:image\" content=\"{base}/assets/logo?v="
    )));
    let start = page
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD")
        + 35;
    let end = start + page[start..].find("</script>").expect("end of script");
    let data: serde_json::Value = serde_json::from_str(&page[start..end]).expect("JSON-LD parses");
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "FAQPage");
    let questions = data["mainEntity"].as_array().expect("mainEntity");
    let source = fs::read_to_string(bundled_content().join("en/withdrawals-faq.md")).expect("md");
    assert_eq!(
        questions.len(),
        source.lines().filter(|l| l.starts_with("## ")).count()
    );
    for q in questions {
        assert_eq!(q["@type"], "Question");
        assert!(q["name"].as_str().is_some_and(|n| n.ends_with('?')), "{q}");
        assert_eq!(q["acceptedAnswer"]["@type"], "Answer");
        assert!(
            q["acceptedAnswer"]["text"]
                .as_str()
                .is_some_and(|t| t.len() > 20),
            "{q}"
        );
    }
    // A guide is no FAQ: no FAQPage.
    let (_, guide) = http_get(&server.url("/en/withdraw-funds")).expect("guide");
    assert!(guide.contains("<link rel=\"canonical\""));
    assert!(!guide.contains("application/ld+json"));
}

/// The title in a bundled article's front matter.
fn source_title(rel: &str) -> String {
    let text = fs::read_to_string(bundled_content().join(rel)).expect("article");
    let line = text
        .lines()
        .find(|l| l.starts_with("title: "))
        .expect("title");
    line["title: ".len()..].trim().to_string()
}

#[test]
fn help_pages_answer_conditional_requests_with_304() {
    let server = TestServer::bundled();
    let url = server.url("/en/withdrawals-faq");
    let (status, headers, _) = http("GET", &url, &[], b"").expect("GET");
    assert_eq!(status, 200);
    let get = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let etag = get("etag").expect("ETag");
    let modified = get("last-modified").expect("Last-Modified");
    assert!(modified.ends_with(" GMT"), "{modified}");
    let (status, _, body) = http("GET", &url, &[("If-None-Match", &etag)], b"").expect("GET");
    assert_eq!(status, 304);
    assert!(body.is_empty());
    let (status, _, _) = http("GET", &url, &[("If-None-Match", "\"other\"")], b"").expect("GET");
    assert_eq!(status, 200);
    let (status, _, _) = http("GET", &url, &[("If-Modified-Since", &modified)], b"").expect("GET");
    assert_eq!(status, 304);
    let (status, headers, _) = http("GET", &server.url("/en/"), &[], b"").expect("home");
    let etag = headers
        .iter()
        .find(|(k, _)| k == "etag")
        .map(|(_, v)| v.clone())
        .expect("ETag");
    let (status2, _, _) =
        http("GET", &server.url("/en/"), &[("If-None-Match", &etag)], b"").expect("home");
    assert_eq!((status, status2), (200, 304));
}

/// Runs `dalil check` on a folder and returns (success, stderr).
fn check(content: &Path) -> (bool, String) {
    let out = dalil(&["check", "--content", path(content)]);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn every_site_file_error_names_its_line_and_the_fix() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = init(tmp.path(), &["--name", "Acme"]);
    let site = content.join("site.toml");
    let good = fs::read_to_string(&site).expect("site.toml");
    let line_of = |text: &str, needle: &str| {
        text.lines()
            .position(|l| l.starts_with(needle))
            .map(|i| i + 1)
            .expect(needle)
    };
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "primary = ",
            "primary = \"#9fc5e8\"".into(),
            "is too light: its contrast with",
        ),
        (
            "primary = ",
            "primary = \"teal\"".into(),
            "is not a colour: write it in hex",
        ),
        (
            "logo = ",
            "logo = \"assets/missing.png\"".into(),
            "does not exist",
        ),
        (
            "favicon = ",
            "favicon = \"/etc/passwd.png\"".into(),
            "is not a path inside the content folder",
        ),
        (
            "languages = ",
            "languages = [\"en\", \"de\"]".into(),
            "unknown language \"de\"",
        ),
        (
            "default_language = ",
            "default_language = \"fa\"".into(),
            "is not one of the published languages",
        ),
        (
            "base_url = ",
            "base_url = \"help.acme.test\"".into(),
            "is not an http:// or https:// address",
        ),
        (
            "website = ",
            "website = \"ftp://acme.test\"".into(),
            "links.website",
        ),
        (
            "id = \"account\"",
            "id = \"getting-started\"".into(),
            "is declared twice",
        ),
        ("[colors]", "[colours]".into(), "unknown field `colours`"),
    ];
    for (needle, replacement, expected) in cases {
        let line = line_of(&good, needle);
        let broken: Vec<String> = good
            .lines()
            .enumerate()
            .map(|(i, l)| {
                if i + 1 == line {
                    replacement.clone()
                } else {
                    l.to_string()
                }
            })
            .collect();
        fs::write(&site, broken.join("\n")).expect("write");
        let (ok, stderr) = check(&content);
        assert!(!ok, "{replacement}: accepted");
        let at = format!("{}:{line}: ", site.display());
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(&at) && l.contains(expected)),
            "{replacement}: expected `{at}... {expected}` in:\n{stderr}"
        );
    }
    // An article the site file names that is not there is left out with a warning: renaming
    // an article does not stop the build.
    for (needle, replacement, expected) in [
        ("contact_article = ", "contact_article = \"getting-startd\"", "contact_article names article \"getting-startd\", which is not in the content: did you mean \"getting-started\"?"),
        ("en = [", "en = [\"account-faq\", \"no-such-article\"]", "featured names article \"no-such-article\""),
    ] {
        let line = line_of(&good, needle);
        let changed: Vec<&str> = good
            .lines()
            .enumerate()
            .map(|(i, l)| if i + 1 == line { replacement } else { l })
            .collect();
        fs::write(&site, changed.join("\n")).expect("write");
        let (ok, stderr) = check(&content);
        assert!(ok, "{stderr}");
        let at = format!("{}:{line}: ", site.display());
        assert!(stderr.lines().any(|l| l.contains(&at) && l.contains(expected)), "{stderr}");
    }
    fs::write(&site, &good).expect("restore");
    assert!(check(&content).0);
}

#[test]
fn an_undeclared_category_is_an_error_at_its_line_with_a_did_you_mean() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = init(tmp.path(), &["--name", "Acme"]);
    let faq = content.join("en/account-faq.md");
    let text = fs::read_to_string(&faq).expect("faq");
    fs::write(&faq, text.replace("category: account", "category: acount")).expect("write");
    let (ok, stderr) = check(&content);
    assert!(!ok);
    let expected = format!(
        "{}:4: category \"acount\" is not declared in site.toml: did you mean \"account\"?",
        faq.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    fs::write(&faq, text.replace("category: account", "category: billing")).expect("write");
    let (_, stderr) = check(&content);
    assert!(stderr.contains("category \"billing\" is not declared in site.toml: use one of getting-started, account"), "{stderr}");
}

#[test]
fn a_broken_site_file_keeps_the_last_good_help_center_serving() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = init(tmp.path(), &["--name", "Acme"]);
    let index = tmp.path().join("acme-index");
    index_ok(&content, &index);
    let server = TestServer::start(&content, &index, &["--no-insights"]);
    let site = content.join("site.toml");
    let good = fs::read_to_string(&site).expect("site.toml");

    fs::write(
        &site,
        good.replace("primary = \"#2f5d50\"", "primary = \"#ffff00\""),
    )
    .expect("w");
    let out = dalil(&[
        "index",
        "--content",
        path(&content),
        "--index",
        path(&index),
    ]);
    assert!(!out.status.success(), "a bad site file must not build");
    let (status, home) = http_get(&server.url("/en/")).expect("GET");
    assert_eq!(status, 200);
    assert!(home.contains("Acme Help Center"));

    // A good change reaches the running server with the next build, without a restart.
    fs::write(&site, good.replace("Acme Help Center", "Acme Support")).expect("w");
    index_ok(&content, &index);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (_, home) = http_get(&server.url("/en/")).expect("GET");
        if home.contains("<span class=\"brand-name\">Acme Support</span>") {
            break;
        }
        assert!(Instant::now() < deadline, "the new site name never showed");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_widget_wears_the_sites_brand_colour_and_follows_a_change() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = init(tmp.path(), &["--name", "Acme"]);
    let index = tmp.path().join("acme-index");
    index_ok(&content, &index);
    let server = TestServer::start(&content, &index, &["--no-insights"]);
    let widget = || {
        let (status, h, body) =
            http("GET", &server.url("/widget.js"), &[], b"").expect("GET /widget.js");
        assert_eq!(status, 200);
        let etag = h
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("etag"))
            .map(|(_, v)| v.clone())
            .expect("etag");
        (etag, String::from_utf8_lossy(&body).into_owned())
    };
    let (etag, script) = widget();
    assert!(
        script.contains("var BRAND = \".w{--pr:#2f5d50;"),
        "no brand in the widget"
    );
    assert!(script.contains("attachShadow"));

    let site = content.join("site.toml");
    let good = fs::read_to_string(&site).expect("site.toml");
    fs::write(
        &site,
        good.replace("primary = \"#2f5d50\"", "primary = \"#7a1f5c\""),
    )
    .expect("w");
    index_ok(&content, &index);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (new_etag, script) = widget();
        if script.contains("--pr:#7a1f5c;") {
            assert_ne!(new_etag, etag, "a new brand colour is a new widget version");
            assert!(!script.contains("#2f5d50"));
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the new brand colour never reached the widget"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
