//! Cross-origin access to the API (`/api/*`) for the origins listed with `--allow-origin`
//! (none by default): the embeddable widget on a customer-facing website calls search,
//! articles and feedback from there.
//!
//! - A request from a listed origin gets `Access-Control-Allow-Origin: <that origin>` (never
//!   `*`) and `Vary: Origin`; its preflight (`OPTIONS` with `Access-Control-Request-Method`)
//!   is answered 204 with the methods and headers the API takes.
//! - A request from any other origin is refused 403 before it runs, preflight or not, so a
//!   page elsewhere cannot even make the API write (a "simple" cross-site `POST` skips the
//!   preflight). Requests without `Origin`, or from the service's own origin, are untouched.
//! - No credentials: the API needs no cookie, so `Access-Control-Allow-Credentials` is never
//!   sent.

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::error::ApiError;
use super::login::same_origin;
use super::state::AppState;

/// What a preflight may ask for.
const ALLOW_METHODS: &str = "GET, POST";
const ALLOW_HEADERS: &str = "content-type";
/// How long a browser may remember a preflight's answer, in seconds.
const MAX_AGE: &str = "600";

/// The middleware.
pub async fn cors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let Some(origin) = cross_origin(req.headers()) else {
        return next.run(req).await;
    };
    let allowed = &state.config().allow_origins;
    if !allowed.iter().any(|o| o.eq_ignore_ascii_case(&origin)) {
        let mut resp = ApiError::Client(
            StatusCode::FORBIDDEN,
            format!("the origin {origin} may not call this API (the help center lists the sites it serves with --allow-origin)"),
        )
        .into_response();
        resp.headers_mut()
            .insert(header::VARY, HeaderValue::from_static("origin"));
        return resp;
    }
    let preflight = req.method() == Method::OPTIONS
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    let mut resp = if preflight {
        let mut r = StatusCode::NO_CONTENT.into_response();
        let h = r.headers_mut();
        h.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static(ALLOW_METHODS),
        );
        h.insert(
            header::ACCESS_CONTROL_ALLOW_HEADERS,
            HeaderValue::from_static(ALLOW_HEADERS),
        );
        h.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static(MAX_AGE),
        );
        r
    } else {
        next.run(req).await
    };
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&origin) {
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
    }
    h.insert(header::VARY, HeaderValue::from_static("origin"));
    resp
}

/// The request's `Origin` when it is another origin than the service's own.
fn cross_origin(headers: &HeaderMap) -> Option<String> {
    let origin = headers.get(header::ORIGIN)?.to_str().ok()?;
    // Same origin by `Origin` against `Host` (not `Sec-Fetch-Site`: a same-site page of
    // another origin is cross-origin here).
    let mut only_origin = HeaderMap::new();
    if let Some(h) = headers.get(header::HOST) {
        only_origin.insert(header::HOST, h.clone());
    }
    only_origin.insert(header::ORIGIN, headers.get(header::ORIGIN)?.clone());
    (!same_origin(&only_origin)).then(|| origin.to_ascii_lowercase())
}
