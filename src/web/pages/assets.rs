//! Static assets (stylesheet, script, icon) embedded in the binary and served at
//! `/assets/<name>`.
//!
//! Only the names in [`ASSETS`] exist: there is no file-system access, so no path can reach
//! anything else. Pages link to `/assets/<name>?v=<hash of the content>`; a request carrying the
//! current hash is cached for a year (`immutable`), any other for five minutes, and every
//! response has an `ETag` so revalidation is a 304.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// One embedded file.
#[derive(Debug)]
pub struct Asset {
    pub name: &'static str,
    pub content_type: &'static str,
    pub body: &'static [u8],
    /// Hex digest of `body`, computed at compile time.
    pub hash: &'static str,
}

impl Asset {
    /// The URL pages use, with the content hash as cache buster.
    pub fn url(&self) -> String {
        format!("/assets/{}?v={}", self.name, self.hash)
    }
}

/// FNV-1a, 64 bits: enough to tell versions of a file apart (not a security measure).
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The first 12 hex digits of a hash, as bytes of a `&'static str`.
const fn hex12(hash: u64) -> [u8; 12] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0u8; 12];
    let mut i = 0;
    while i < 12 {
        out[i] = DIGITS[((hash >> (60 - 4 * i)) & 0xf) as usize];
        i += 1;
    }
    out
}

macro_rules! asset {
    ($name:literal, $type:literal) => {{
        const BODY: &[u8] = include_bytes!(concat!("../assets/", $name));
        const HEX: [u8; 12] = hex12(fnv1a(BODY));
        Asset {
            name: $name,
            content_type: $type,
            body: BODY,
            // Evaluated at compile time; hex digits are always valid UTF-8.
            hash: match std::str::from_utf8(&HEX) {
                Ok(s) => s,
                Err(_) => "",
            },
        }
    }};
}

/// The stylesheet of every page.
pub static CSS: Asset = asset!("app.css", "text/css; charset=utf-8");
/// The script of every page (search as you type, feedback).
pub static JS: Asset = asset!("app.js", "text/javascript; charset=utf-8");
/// The logo and favicon.
pub static ICON: Asset = asset!("icon.svg", "image/svg+xml");

/// The script of the agents' workspace (keyboard, copying, remembered language).
pub static AGENT_JS: Asset = asset!("agent.js", "text/javascript; charset=utf-8");

/// The embeddable help widget, served at `/widget.js` (not under `/assets/`).
pub static WIDGET_JS: Asset = asset!("widget.js", "text/javascript; charset=utf-8");

/// Every asset served under `/assets/`.
pub static ASSETS: [&Asset; 4] = [&CSS, &JS, &ICON, &AGENT_JS];

/// The asset with this name.
pub fn find(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().copied().find(|a| a.name == name)
}

/// Query of an asset request.
#[derive(Debug, Deserialize)]
pub struct AssetQuery {
    v: Option<String>,
}

/// `GET /assets/{name}`.
pub async fn serve(
    Path(name): Path<String>,
    query: Result<Query<AssetQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let Some(asset) = find(&name) else {
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no such asset",
        )
            .into_response();
    };
    let etag = format!("\"{}\"", asset.hash);
    let versioned = query
        .ok()
        .and_then(|Query(q)| q.v)
        .is_some_and(|v| v == asset.hash);
    let cache = if versioned {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut resp = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, asset.content_type)], asset.body).into_response()
    };
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_are_found_by_exact_name_only() {
        assert!(find("app.css").is_some());
        assert!(find("app.js").is_some());
        for bad in [
            "",
            "../Cargo.toml",
            "app.css/",
            "APP.CSS",
            "%2e%2e",
            "mod.rs",
        ] {
            assert!(find(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn hashes_follow_the_content() {
        assert_eq!(CSS.hash.len(), 12);
        assert_ne!(CSS.hash, JS.hash);
        assert_eq!(hex12(fnv1a(b"")), *b"cbf29ce48422");
        assert!(CSS.url().starts_with("/assets/app.css?v="));
    }
}
