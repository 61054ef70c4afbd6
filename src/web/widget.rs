//! `GET /widget.js`: the embeddable help widget (`src/web/assets/widget.js`), one script tag
//! on any website. Its address cannot carry a content hash (site owners paste it once), so it
//! is cached for an hour with an `ETag` (a 304 afterwards), and may be loaded by pages of any
//! origin (`Cross-Origin-Resource-Policy: cross-origin`); what it may then call is decided by
//! CORS on the API ([`super::cors`]).

use axum::http::{HeaderMap, HeaderValue};
use axum::response::Response;

use super::pages::assets::{cached, WIDGET_JS};

/// How long browsers and caches keep the widget before revalidating it.
pub const WIDGET_CACHE: &str = "public, max-age=3600";

/// `GET /widget.js`.
pub async fn serve(headers: HeaderMap) -> Response {
    let mut resp = cached(&WIDGET_JS, &headers, WIDGET_CACHE);
    resp.headers_mut().insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("cross-origin"),
    );
    resp
}
