//! The agents' workspace and what stands in front of it, through the real server: the token
//! login (form, wrong token, rate limit, cross-site refusal, cookie flags).

use crate::support::{bundled_content, http, post_json, TestServer};

const TOKEN: &str = "s3cret-agent-token-for-tests";

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn with_token() -> (TestServer, tempfile::TempDir) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let server = TestServer::start(
        &bundled_content(),
        &tmp.path().join("index"),
        &["--agent-token", TOKEN, "--no-insights"],
    );
    (server, tmp)
}

const FORM: &str = "application/x-www-form-urlencoded";

/// Posts the login form; returns (status, headers, body).
fn login(server: &TestServer, token: &str, extra: &[(&str, &str)]) -> super::support::Response {
    let mut headers = vec![("Content-Type", FORM)];
    headers.extend_from_slice(extra);
    let body = format!("token={token}&next=%2Fagent%3Fembed%3D1&lang=ar");
    http(
        "POST",
        &server.url("/agent/login"),
        &headers,
        body.as_bytes(),
    )
    .expect("POST /agent/login")
}

#[test]
fn agent_login_form_wrong_token_and_session_cookie() {
    let (server, _tmp) = with_token();
    let (status, h, body) =
        http("GET", &server.url("/agent/login?lang=fa"), &[], b"").expect("GET");
    let body = String::from_utf8_lossy(&body);
    assert_eq!(status, 200);
    assert_eq!(header(&h, "cache-control"), Some("no-store"));
    assert!(body.contains("<html lang=\"fa\" dir=\"rtl\">"), "{body}");
    assert!(body.contains("type=\"password\""));

    let (status, h, body) = login(&server, "wrong", &[]);
    assert_eq!(status, 401);
    assert!(header(&h, "set-cookie").is_none());
    assert!(
        String::from_utf8_lossy(&body).contains("رمز الوصول غير صحيح"),
        "the Arabic form says the token is wrong"
    );

    let (status, h, _) = login(&server, TOKEN, &[]);
    assert_eq!(status, 303);
    assert_eq!(header(&h, "location"), Some("/agent?embed=1"));
    let cookie = header(&h, "set-cookie").expect("cookie");
    for part in [
        "dalil_agent_session=",
        "Secure",
        "HttpOnly",
        "SameSite=Strict",
        "Path=/",
    ] {
        assert!(cookie.contains(part), "{cookie}");
    }
    // A login never sends the browser off the realm's pages.
    let (status, h, _) = http(
        "POST",
        &server.url("/agent/login"),
        &[("Content-Type", FORM)],
        format!("token={TOKEN}&next=https%3A%2F%2Fevil.example%2F").as_bytes(),
    )
    .expect("POST");
    assert_eq!(status, 303);
    assert_eq!(header(&h, "location"), Some("/agent"));
}

#[test]
fn agent_login_from_another_site_is_refused() {
    let (server, _tmp) = with_token();
    for extra in [
        [
            ("Sec-Fetch-Site", "cross-site"),
            ("Origin", "http://evil.example"),
        ],
        [
            ("Sec-Fetch-Site", "same-site"),
            ("Origin", "http://a.example"),
        ],
    ] {
        let (status, h, _) = login(&server, TOKEN, &extra);
        assert_eq!(status, 403, "{extra:?}");
        assert!(header(&h, "set-cookie").is_none());
    }
    let (status, _, _) = login(&server, TOKEN, &[("Origin", "http://evil.example")]);
    assert_eq!(status, 403, "an Origin that is not this host");
}

#[test]
fn agent_login_attempts_are_rate_limited() {
    let (server, _tmp) = with_token();
    let mut statuses = Vec::new();
    for _ in 0..6 {
        statuses.push(login(&server, "guess", &[]).0);
    }
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429]);
    // Held: even the right token waits until the window has passed.
    let (status, h, _) = login(&server, TOKEN, &[]);
    assert_eq!(status, 429);
    let wait: u64 = header(&h, "retry-after")
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=60).contains(&wait), "{wait}");
}

#[test]
fn login_pages_of_realms_without_a_token() {
    let server = TestServer::bundled();
    // The agents' realm is open without a token: its login leads straight in.
    let (status, h, _) = http("GET", &server.url("/agent/login"), &[], b"").expect("GET");
    assert_eq!(status, 303);
    assert_eq!(header(&h, "location"), Some("/agent"));
    // The admin realm does not exist without --admin-token.
    let (status, _, _) = http("GET", &server.url("/admin/login"), &[], b"").expect("GET");
    assert_eq!(status, 404);
}

// ---------------------------------------------------------------------------------------------
// agent_lang in suggest
// ---------------------------------------------------------------------------------------------

/// A customer writing in Persian about a withdrawal that is still pending.
pub const PERSIAN_MESSAGE: &str = "سلام، از شنبه درخواست برداشت دادم ولی هنوز در انتظار مانده. \
چرا پولم به حسابم نرسیده؟ ممنون";

#[test]
fn suggest_carries_the_answer_in_the_agents_language() {
    let server = TestServer::bundled();
    let body = serde_json::json!({ "text": PERSIAN_MESSAGE, "agent_lang": "en", "limit": 3 });
    let (status, v) = post_json(&server.url("/api/suggest"), &body.to_string());
    assert_eq!(status, 200, "{v}");
    assert_eq!(v["lang"], "fa");
    let answers = v["answers"].as_array().expect("answers");
    assert!(!answers.is_empty(), "{v}");
    for a in answers {
        assert_eq!(a["lang"], "fa");
        let t = &a["translation"];
        assert_eq!(t["lang"], "en", "{a}");
        assert_eq!(t["url"].as_str().map(|u| u.starts_with("/en/")), Some(true));
        // The same article, another language.
        let id = a["id"].as_str().expect("id");
        assert!(t["url"]
            .as_str()
            .unwrap_or("")
            .starts_with(&format!("/en/{id}")));
        for field in ["title", "question", "answer_text", "answer_markdown"] {
            let text = t[field].as_str().unwrap_or("");
            // English text, not the Persian answer again.
            assert!(
                text.chars().any(|c| c.is_ascii_alphabetic()),
                "{field}: {text:?}"
            );
            assert_ne!(t[field], a[field], "{field}");
        }
    }
    assert!(
        answers.iter().any(|a| a["id"] == "withdrawals-faq"),
        "the withdrawals FAQ is suggested: {v}"
    );
    // Without agent_lang the field is absent; in the customer's own language it is the answer.
    let (_, plain) = post_json(
        &server.url("/api/suggest"),
        &serde_json::json!({ "text": PERSIAN_MESSAGE }).to_string(),
    );
    assert!(plain["answers"][0].get("translation").is_none(), "{plain}");
    let (_, same) = post_json(
        &server.url("/api/suggest"),
        &serde_json::json!({ "text": PERSIAN_MESSAGE, "agent_lang": "fa" }).to_string(),
    );
    assert_eq!(
        same["answers"][0]["translation"]["url"],
        same["answers"][0]["url"]
    );
    let (status, bad) = post_json(
        &server.url("/api/suggest"),
        &serde_json::json!({ "text": PERSIAN_MESSAGE, "agent_lang": "de" }).to_string(),
    );
    assert_eq!(status, 400, "{bad}");
}

#[test]
fn suggest_marks_answers_whose_translation_does_not_line_up() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let content = tmp.path().join("content");
    for lang in ["en", "fa"] {
        std::fs::create_dir_all(content.join(lang)).expect("mkdir");
    }
    std::fs::write(
        content.join("en/bonus-faq.md"),
        "---\ntitle: Bonus FAQ\ntype: faq\n---\n\n## How do I claim the welcome bonus?\n\nOpen Promotions and press Claim.\n\n## When does the bonus expire?\n\nAfter 30 days.\n",
    )
    .expect("write");
    // The Persian translation has one question fewer: its sections do not line up.
    std::fs::write(
        content.join("fa/bonus-faq.md"),
        "---\ntitle: پرسش‌های پاداش\ntype: faq\n---\n\n## پاداش خوش‌آمدگویی را چطور دریافت کنم؟\n\nبه بخش پیشنهادها بروید و دکمه دریافت را بزنید.\n",
    )
    .expect("write");
    std::fs::write(
        content.join("en/card-fees.md"),
        "---\ntitle: Card fees\n---\n\n## Card deposit fee\n\nCard deposits cost nothing.\n",
    )
    .expect("write");
    let server = TestServer::start(&content, &tmp.path().join("index"), &["--no-insights"]);
    let body = serde_json::json!({
        "text": "How can I claim the welcome bonus before it expires? And is there a card deposit fee?",
        "lang": "en", "agent_lang": "fa", "limit": 5
    });
    let (status, v) = post_json(&server.url("/api/suggest"), &body.to_string());
    assert_eq!(status, 200, "{v}");
    let answers = v["answers"].as_array().expect("answers");
    let of = |id: &str| {
        answers
            .iter()
            .find(|a| a["id"] == id)
            .unwrap_or_else(|| panic!("no answer from {id}: {v}"))
    };
    // No Persian article at all, and one laid out differently: both say "none" (null).
    assert!(of("card-fees")["translation"].is_null(), "{v}");
    assert!(of("bonus-faq")["translation"].is_null(), "{v}");
    assert!(of("bonus-faq").get("translation").is_some());
}
