//! Token login for the parts of the service that are not for customers: a login form, a
//! server-side session behind a cookie, and an extractor that lets a handler run only for a
//! signed-in browser.
//!
//! # Using it
//! A realm ([`Realm`]) names the token, the cookie and the addresses. A handler asks for
//! [`LoggedIn<R>`] with the realm's marker type ([`AgentRealm`], [`AdminRealm`]):
//!
//! ```ignore
//! async fn page(LoggedIn(session, ..): LoggedIn<AdminRealm>, Form(f): Form<MyForm>) -> Response {
//!     if let Err(refused) = session.check_csrf(f.csrf.as_deref()) { return refused.answer(&site); }
//!     html! { form method="post" { (session.csrf_field()) ... } }
//! }
//! ```
//!
//! Without a session the extractor answers for the handler: the login form (401) to a browser
//! asking for a page, JSON 401 under `/api/`. A realm without a configured token is open
//! ([`WithoutToken::Open`]: the session then has no CSRF token and every check passes) or
//! does not exist (404). [`routes`] serves every realm's `GET`/`POST` login and `POST` logout.
//!
//! # What it guarantees
//! - The token is compared in constant time ([`crate::web::constant_time_eq`]).
//! - A session id is 256 random bits from the system, kept only
//!   on the server with a 12-hour lifetime, in a bounded table.
//! - The cookie is `Secure; HttpOnly; SameSite=Strict; Path=/`: no script can read it and no
//!   other site's page sends it (Chromium and Firefox send `Secure` cookies to
//!   `http://localhost` and `http://127.0.0.1`, which count as secure origins, so it works
//!   there too).
//! - Failed logins are limited per client address and over all of them ([`Attempts`]).
//! - CSRF: every form of a signed-in page carries a token tied to the session
//!   ([`Session::csrf_field`]), checked in constant time ([`Session::check_csrf`]).
//!   `SameSite=Strict` alone is not enough: it lets a *same-site* page (another subdomain
//!   of the company, where a third-party widget may run) post with the cookie, and it depends
//!   on the browser. The login form itself, sent before any session exists, is refused when
//!   the browser says it comes from another origin (`Sec-Fetch-Site`, else `Origin` against
//!   `Host`), so no other page can sign a browser in with a token of its choosing.
//! - Every answer of the login is `Cache-Control: no-store`; protected pages should be too.

mod attempts;
mod page;
mod realm;
mod sessions;
mod strings;

use std::marker::PhantomData;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{ConnectInfo, Form, FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Extension;
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

pub use attempts::Attempts;
pub use page::Notice;
pub use realm::{Realm, WithoutToken};
pub use sessions::{Sessions, SESSION_LIFETIME};
pub use strings::{login_strings, LoginStrings};

use super::api::constant_time_eq;
use super::error::ApiError;
use super::pages::preferred_lang;
use super::state::AppState;
use crate::content::Site;
use crate::lang::Lang;

/// The name of the CSRF field of forms (and of the `x-csrf-token` header of scripts).
pub const CSRF_FIELD: &str = "csrf";
/// Header a page's script sends the CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The login state of a running server: sessions and failed attempts of every realm.
#[derive(Debug, Default)]
pub struct Logins {
    sessions: Sessions,
    attempts: Attempts,
}

/// A realm as a type, for [`LoggedIn`].
pub trait IsRealm: Send + Sync + 'static {
    /// The realm.
    const REALM: Realm;
}

/// [`Realm::Agent`] as a type.
#[derive(Debug)]
pub struct AgentRealm;
impl IsRealm for AgentRealm {
    const REALM: Realm = Realm::Agent;
}

/// [`Realm::Admin`] as a type.
#[derive(Debug)]
pub struct AdminRealm;
impl IsRealm for AdminRealm {
    const REALM: Realm = Realm::Admin;
}

/// A browser allowed into a realm: signed in, or the realm is open.
#[derive(Debug, Clone)]
pub struct Session {
    realm: Realm,
    /// The session's CSRF token; `None` in an open realm.
    csrf: Option<String>,
    /// The interface language the request asked for (`?lang=`, else `Accept-Language`).
    lang: Lang,
}

impl Session {
    /// Whether the browser signed in (false in an open realm).
    pub fn signed_in(&self) -> bool {
        self.csrf.is_some()
    }

    /// The realm.
    pub fn realm(&self) -> Realm {
        self.realm
    }

    /// The interface language asked for (`?lang=`, else the browser's).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The CSRF token, for a script to send in [`CSRF_HEADER`] (put it in a `data-` attribute).
    pub fn csrf_token(&self) -> Option<&str> {
        self.csrf.as_deref()
    }

    /// The hidden field every `POST` form of a signed-in page must carry.
    pub fn csrf_field(&self) -> Markup {
        html! {
            @if let Some(token) = &self.csrf {
                input type="hidden" name=(CSRF_FIELD) value=(token);
            }
        }
    }

    /// Checks the CSRF token a form or script sent; on failure, [`CsrfRefused`] is the answer
    /// to give (403, the login form saying why).
    pub fn check_csrf(&self, given: Option<&str>) -> Result<(), CsrfRefused> {
        match &self.csrf {
            None => Ok(()),
            Some(token) if constant_time_eq(given.unwrap_or("").as_bytes(), token.as_bytes()) => {
                Ok(())
            }
            Some(_) => Err(CsrfRefused {
                realm: self.realm,
                lang: self.lang,
            }),
        }
    }

    /// The sign-out button (nothing in an open realm).
    pub fn logout_form(&self) -> Markup {
        let t = login_strings(self.lang);
        html! {
            @if self.signed_in() {
                form class="logout-form" method="post" action=(self.realm.logout_path()) {
                    (self.csrf_field())
                    button type="submit" { (t.sign_out) }
                }
            }
        }
    }
}

/// A form refused for a missing or wrong CSRF token; answers 403 with the login form saying
/// the form came from elsewhere or has expired.
#[derive(Debug, Clone, Copy)]
pub struct CsrfRefused {
    realm: Realm,
    lang: Lang,
}

impl CsrfRefused {
    /// The answer: the login form in `site`'s shell, saying the form came from elsewhere.
    pub fn answer(self, site: &Site) -> Response {
        page::login_page(
            site,
            self.realm,
            self.lang,
            self.realm.home(),
            Notice::Refused,
            StatusCode::FORBIDDEN,
        )
    }
}

/// Extractor: the handler runs only for a browser allowed into realm `R`.
#[derive(Debug)]
pub struct LoggedIn<R: IsRealm>(pub Session, pub PhantomData<R>);

impl<R: IsRealm> FromRequestParts<AppState> for LoggedIn<R> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let realm = R::REALM;
        let lang = request_lang(parts);
        let Some(_) = realm.token(state.config()) else {
            return match realm.without_token() {
                WithoutToken::Open => Ok(LoggedIn(
                    Session {
                        realm,
                        csrf: None,
                        lang,
                    },
                    PhantomData,
                )),
                WithoutToken::Disabled => Err(disabled(realm)),
            };
        };
        let csrf = session_id(&parts.headers, realm)
            .and_then(|id| state.logins().sessions.find(realm, &id));
        match csrf {
            Some(csrf) => Ok(LoggedIn(
                Session {
                    realm,
                    csrf: Some(csrf),
                    lang,
                },
                PhantomData,
            )),
            None if parts.uri.path().starts_with("/api/") => Err(ApiError::Client(
                StatusCode::UNAUTHORIZED,
                format!("sign in first at {}", realm.login_path()),
            )
            .into_response()),
            None => {
                let next = match parts.method {
                    Method::GET | Method::HEAD => parts
                        .uri
                        .path_and_query()
                        .map(|p| p.as_str())
                        .filter(|p| realm.owns(p))
                        .unwrap_or(realm.home()),
                    _ => realm.home(),
                };
                Err(page::login_page(
                    &state.engine().index().site,
                    realm,
                    lang,
                    next,
                    Notice::None,
                    StatusCode::UNAUTHORIZED,
                ))
            }
        }
    }
}

fn disabled(realm: Realm) -> Response {
    let flag = match realm {
        Realm::Agent => "--agent-token",
        Realm::Admin => "--admin-token",
    };
    ApiError::not_found(format!("this part is disabled (start with {flag})")).into_response()
}

/// `?lang=` of the request when it is a language, else the browser's preferred one.
fn request_lang(parts: &Parts) -> Lang {
    parts
        .uri
        .query()
        .and_then(|q| {
            q.split('&')
                .find_map(|kv| kv.strip_prefix("lang="))
                .and_then(|code| Lang::from_code(code).filter(|l| l.code() == code))
        })
        .unwrap_or_else(|| {
            preferred_lang(
                parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
            )
        })
}

/// The realm's session cookie of the request.
fn session_id(headers: &HeaderMap, realm: Realm) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == realm.cookie()).then(|| value.trim().to_string())
        })
}

/// The `Set-Cookie` value of a session (an empty id with `Max-Age=0` removes it).
fn cookie(realm: Realm, id: &str, max_age: u64) -> String {
    format!(
        "{}={id}; Max-Age={max_age}; Path=/; Secure; HttpOnly; SameSite=Strict",
        realm.cookie()
    )
}

/// Whether a form the browser sends comes from a page of this origin. A client that is not
/// a browser sends neither header and is let through: it is no vector for cross-site forgery.
pub fn same_origin(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let authority = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    !host.is_empty() && authority == Some(host)
}

/// The login and logout routes of every realm.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            Realm::Agent.login_path(),
            get(login_form::<AgentRealm>).post(login::<AgentRealm>),
        )
        .route(Realm::Agent.logout_path(), post(logout::<AgentRealm>))
        .route(
            Realm::Admin.login_path(),
            get(login_form::<AdminRealm>).post(login::<AdminRealm>),
        )
        .route(Realm::Admin.logout_path(), post(logout::<AdminRealm>))
}

/// Query of `GET` login.
#[derive(Debug, Default, Deserialize)]
struct LoginQuery {
    lang: Option<String>,
    next: Option<String>,
}

/// The login form as sent.
#[derive(Debug, Default, Deserialize)]
struct LoginForm {
    #[serde(default)]
    token: String,
    next: Option<String>,
    lang: Option<String>,
}

fn lang_or_browser(code: Option<&str>, headers: &HeaderMap) -> Lang {
    code.and_then(|c| Lang::from_code(c).filter(|l| l.code() == c))
        .unwrap_or_else(|| {
            preferred_lang(
                headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok()),
            )
        })
}

fn next_or_home(realm: Realm, next: Option<&str>) -> String {
    next.filter(|n| realm.owns(n))
        .unwrap_or(realm.home())
        .to_string()
}

/// `GET` login: the form (or, when the realm has no token, its home or 404).
async fn login_form<R: IsRealm>(
    State(state): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<LoginQuery>, QueryRejection>,
) -> Response {
    let realm = R::REALM;
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let next = next_or_home(realm, q.next.as_deref());
    if realm.token(state.config()).is_none() {
        return match realm.without_token() {
            WithoutToken::Open => Redirect::to(&next).into_response(),
            WithoutToken::Disabled => disabled(realm),
        };
    }
    let lang = lang_or_browser(q.lang.as_deref(), &headers);
    page::login_page(
        &state.engine().index().site,
        realm,
        lang,
        &next,
        Notice::None,
        StatusCode::OK,
    )
}

/// `POST` login: checks the token and opens a session.
async fn login<R: IsRealm>(
    State(state): State<AppState>,
    connect: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    form: Result<Form<LoginForm>, FormRejection>,
) -> Response {
    let realm = R::REALM;
    let form = form.map(|Form(f)| f).unwrap_or_default();
    let lang = lang_or_browser(form.lang.as_deref(), &headers);
    let next = next_or_home(realm, form.next.as_deref());
    let Some(expected) = realm.token(state.config()) else {
        return match realm.without_token() {
            WithoutToken::Open => Redirect::to(&next).into_response(),
            WithoutToken::Disabled => disabled(realm),
        };
    };
    let engine = state.engine();
    let site = &engine.index().site;
    let answer = |notice, status| page::login_page(site, realm, lang, &next, notice, status);
    if !same_origin(&headers) {
        return answer(Notice::Refused, StatusCode::FORBIDDEN);
    }
    // Without connection info (the router driven directly in tests) all share one address.
    let client = connect.map_or(
        IpAddr::V4(Ipv4Addr::UNSPECIFIED),
        |Extension(ConnectInfo(a))| a.ip(),
    );
    let logins = state.logins();
    if let Err(wait) = logins.attempts.check(client) {
        let secs = wait.as_secs().max(1);
        let mut resp = answer(Notice::TooMany(secs), StatusCode::TOO_MANY_REQUESTS);
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        return resp;
    }
    if !constant_time_eq(form.token.as_bytes(), expected.as_bytes()) {
        logins.attempts.failed(client);
        return answer(Notice::WrongToken, StatusCode::UNAUTHORIZED);
    }
    logins.attempts.succeeded(client);
    let Some((id, _csrf)) = logins.sessions.open(realm) else {
        tracing::error!("no randomness for a session id; login refused");
        return answer(Notice::Unavailable, StatusCode::SERVICE_UNAVAILABLE);
    };
    let mut resp = Redirect::to(&next).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie(realm, &id, SESSION_LIFETIME.as_secs())) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// The logout form as sent.
#[derive(Debug, Default, Deserialize)]
struct LogoutForm {
    csrf: Option<String>,
}

/// `POST` logout: ends the session (with its CSRF token, so no other page can sign one out).
async fn logout<R: IsRealm>(
    State(state): State<AppState>,
    LoggedIn(session, _): LoggedIn<R>,
    headers: HeaderMap,
    form: Result<Form<LogoutForm>, FormRejection>,
) -> Response {
    let realm = R::REALM;
    let given = form.ok().and_then(|Form(f)| f.csrf);
    if let Err(refused) = session.check_csrf(given.as_deref()) {
        return refused.answer(&state.engine().index().site);
    }
    if let Some(id) = session_id(&headers, realm) {
        state.logins().sessions.close(&id);
    }
    let target = format!("{}?lang={}", realm.login_path(), session.lang().code());
    let mut resp = Redirect::to(&target).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie(realm, "", 0)) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn forms_from_other_origins_are_told_apart() {
        assert!(same_origin(&headers(&[])), "not a browser");
        assert!(same_origin(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!same_origin(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!same_origin(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(same_origin(&headers(&[
            ("origin", "http://127.0.0.1:8080"),
            ("host", "127.0.0.1:8080")
        ])));
        assert!(!same_origin(&headers(&[
            ("origin", "http://evil.example"),
            ("host", "127.0.0.1:8080")
        ])));
        assert!(!same_origin(&headers(&[
            ("origin", "null"),
            ("host", "127.0.0.1:8080")
        ])));
    }

    #[test]
    fn the_session_cookie_is_found_among_others_and_is_strict() {
        let h = headers(&[(
            "cookie",
            "a=1; dalil_admin_session=xyz; dalil_agent_session=abc",
        )]);
        assert_eq!(session_id(&h, Realm::Agent).as_deref(), Some("abc"));
        assert_eq!(session_id(&h, Realm::Admin).as_deref(), Some("xyz"));
        let c = cookie(Realm::Agent, "abc", 60);
        for part in [
            "Secure",
            "HttpOnly",
            "SameSite=Strict",
            "Path=/",
            "Max-Age=60",
        ] {
            assert!(c.contains(part), "{c}");
        }
    }

    #[test]
    fn csrf_is_checked_only_in_a_signed_in_session() {
        let open = Session {
            realm: Realm::Agent,
            csrf: None,
            lang: Lang::En,
        };
        assert!(open.check_csrf(None).is_ok());
        assert!(open.csrf_field().into_string().is_empty());
        let signed = Session {
            csrf: Some("t0k".into()),
            ..open
        };
        assert!(signed.check_csrf(Some("t0k")).is_ok());
        assert_eq!(
            signed
                .check_csrf(Some("t0K"))
                .unwrap_err()
                .answer(&Site::default())
                .status(),
            StatusCode::FORBIDDEN
        );
        assert!(signed.check_csrf(None).is_err());
        assert!(signed
            .csrf_field()
            .into_string()
            .contains("name=\"csrf\" value=\"t0k\""));
    }
}
