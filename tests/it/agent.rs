//! The agents' workspace and what stands in front of it, through the real server: the token
//! login (form, wrong token, rate limit, cross-site refusal, cookie flags).

use crate::support::{bundled_content, http, TestServer};

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
