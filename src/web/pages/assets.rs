//! Static assets (stylesheet, script, icon) embedded in the binary, and the site's own (logo,
//! favicon, the brand colour's stylesheet) from the site settings of the loaded index, served at
//! `/assets/<name>`.
//!
//! Only the names in [`ASSETS`], [`SITE_LOGO`], [`SITE_FAVICON`], [`SITE_THEME`] and the
//! images of the content's `assets/` folder (read with the content, kept with the index)
//! exist: there is no file-system access, so no path can reach anything else. Pages link to `/assets/<name>?v=<hash of the content>`; a request carrying the
//! current hash is cached for a year (`immutable`), any other for five minutes, and every
//! response has an `ETag` so revalidation is a 304.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::content::site::{fnv1a, Palette, Shades};
use crate::content::Site;
use crate::web::AppState;

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
/// The logo and favicon of a site that names none (neutral: no brand).
pub static ICON: Asset = asset!("icon.svg", "image/svg+xml");

/// The script of the agents' workspace (keyboard, copying, remembered language).
pub static AGENT_JS: Asset = asset!("agent.js", "text/javascript; charset=utf-8");

/// The embeddable help widget, served at `/widget.js` (not under `/assets/`).
pub static WIDGET_JS: Asset = asset!("widget.js", "text/javascript; charset=utf-8");

/// The preview script of `dalil serve --watch` (follows the writer's saved changes).
pub static WATCH_JS: Asset = asset!("watch.js", "text/javascript; charset=utf-8");

/// Every asset served under `/assets/`.
pub static ASSETS: [&Asset; 5] = [&CSS, &JS, &ICON, &AGENT_JS, &WATCH_JS];

/// The asset with this name.
pub fn find(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().copied().find(|a| a.name == name)
}

/// Query of an asset request.
#[derive(Debug, Deserialize)]
pub struct AssetQuery {
    v: Option<String>,
}

/// Name of the site's logo.
pub const SITE_LOGO: &str = "logo";
/// Name of the site's favicon.
pub const SITE_FAVICON: &str = "favicon";
/// Name of the stylesheet that sets the brand colour.
pub const SITE_THEME: &str = "theme.css";

/// The logo's URL: the site's, else the neutral icon.
pub fn logo_url(site: &Site) -> String {
    match &site.logo {
        Some(f) => format!("/assets/{SITE_LOGO}?v={}", f.hash),
        None => ICON.url(),
    }
}

/// The favicon's URL and type: the site's favicon, else its logo, else the neutral icon.
pub fn favicon(site: &Site) -> (String, String) {
    match (&site.favicon, &site.logo) {
        (Some(f), _) => (
            format!("/assets/{SITE_FAVICON}?v={}", f.hash),
            f.content_type.clone(),
        ),
        (None, Some(_)) => (logo_url(site), logo_type(site)),
        (None, None) => (ICON.url(), ICON.content_type.to_string()),
    }
}

fn logo_type(site: &Site) -> String {
    site.logo
        .as_ref()
        .map_or(ICON.content_type, |f| f.content_type.as_str())
        .to_string()
}

/// The brand colour's stylesheet, when the site sets one: it overrides the variables of
/// `app.css` for the light theme and, under `prefers-color-scheme: dark`, for the dark one, so
/// every rule keeps using them.
pub fn theme_css(palette: &Palette) -> String {
    let vars = |s: Shades, indent: &str| {
        format!(
            "{indent}--primary: {};\n{indent}--primary-strong: {};\n{indent}--primary-soft: {};\n{indent}--on-primary: {};\n",
            s.primary, s.strong, s.soft, s.on_primary
        )
    };
    format!(
        ":root {{\n{}}}\n@media (prefers-color-scheme: dark) {{\n  :root {{\n{}  }}\n}}\n",
        vars(palette.light(), "  "),
        vars(palette.dark(), "    ")
    )
}

/// The brand stylesheet's URL, when the site sets a colour.
pub fn theme_url(site: &Site) -> Option<String> {
    let css = theme_css(site.palette.as_ref()?);
    Some(format!(
        "/assets/{SITE_THEME}?v={}",
        hash_hex(css.as_bytes())
    ))
}

/// The 12 hex digits that version a body in its URL.
pub fn hash_hex(bytes: &[u8]) -> String {
    let hex = hex12(fnv1a(bytes));
    String::from_utf8_lossy(&hex).into_owned()
}

/// `GET /assets/{name}`.
pub async fn serve(
    State(state): State<AppState>,
    Path(name): Path<String>,
    query: Result<Query<AssetQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let version = query.ok().and_then(|Query(q)| q.v);
    if let Some(asset) = find(&name) {
        return respond(
            asset.body.to_vec(),
            asset.content_type,
            asset.hash,
            version,
            &headers,
        );
    }
    let engine = state.engine();
    let site = &engine.index().site;
    let file = match name.as_str() {
        SITE_LOGO => site.logo.as_ref(),
        SITE_FAVICON => site.favicon.as_ref().or(site.logo.as_ref()),
        name if site.file(name).is_some() => site.file(name),
        SITE_THEME => {
            if let Some(palette) = &site.palette {
                let css = theme_css(palette);
                let hash = hash_hex(css.as_bytes());
                let content_type = "text/css; charset=utf-8";
                return respond(css.into_bytes(), content_type, &hash, version, &headers);
            }
            None
        }
        _ => None,
    };
    match file {
        Some(f) => respond(f.bytes.clone(), &f.content_type, &f.hash, version, &headers),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no such asset",
        )
            .into_response(),
    }
}

/// An asset's answer: a year of caching when the URL carries the current hash, five minutes
/// otherwise, an `ETag` always and a 304 when the client has this version.
fn respond(
    body: Vec<u8>,
    content_type: &str,
    hash: &str,
    version: Option<String>,
    headers: &HeaderMap,
) -> Response {
    let etag = format!("\"{hash}\"");
    let cache = if version.is_some_and(|v| v == hash) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    let mut resp = if super::conditional::etag_matches(headers, &etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut resp = body.into_response();
        if let Ok(v) = HeaderValue::from_str(content_type) {
            resp.headers_mut().insert(header::CONTENT_TYPE, v);
        }
        resp
    };
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    resp
}

/// An embedded asset's answer with `Cache-Control: cache` (the widget's own policy), its
/// `ETag`, and 304 when the request's `If-None-Match` names it.
pub fn cached(asset: &Asset, headers: &HeaderMap, cache: &'static str) -> Response {
    respond_with(
        asset.body.to_vec(),
        asset.content_type,
        asset.hash,
        headers,
        cache,
    )
}

/// A body's answer with `Cache-Control: cache`, the `ETag` of its hash, and 304 when the
/// request's `If-None-Match` names it.
pub fn respond_with(
    body: Vec<u8>,
    content_type: &str,
    hash: &str,
    headers: &HeaderMap,
    cache: &'static str,
) -> Response {
    let mut resp = respond(body, content_type, hash, None, headers);
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
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
        assert_eq!(hash_hex(b""), "cbf29ce48422");
        assert!(CSS.url().starts_with("/assets/app.css?v="));
    }
}
