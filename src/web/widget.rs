//! `GET /widget.js`: the embeddable help widget (`src/web/assets/widget.js`), one script tag
//! on any website. Its address cannot carry a content hash (site owners paste it once), so it
//! is cached for an hour with an `ETag` (a 304 afterwards), and may be loaded by pages of any
//! origin (`Cross-Origin-Resource-Policy: cross-origin`); what it may then call is decided by
//! CORS on the API ([`super::cors`]).

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::pages::assets::WIDGET_JS;

/// How long browsers and caches keep the widget before revalidating it.
pub const WIDGET_CACHE: &str = "public, max-age=3600";

/// `GET /widget.js`.
pub async fn serve(headers: HeaderMap) -> Response {
    let etag = format!("\"{}\"", WIDGET_JS.hash);
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut resp = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(header::CONTENT_TYPE, WIDGET_JS.content_type)],
            WIDGET_JS.body,
        )
            .into_response()
    };
    let h = resp.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(WIDGET_CACHE),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("cross-origin"),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    resp
}
