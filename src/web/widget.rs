//! `GET /widget.js`: the embeddable help widget (`src/web/assets/widget.js`), one script tag
//! on any website. Its address cannot carry a content hash (site owners paste it once), so it
//! is cached for an hour with an `ETag` (a 304 afterwards), and may be loaded by pages of any
//! origin (`Cross-Origin-Resource-Policy: cross-origin`); what it may then call is decided by
//! CORS on the API ([`super::cors`]). A site with a brand colour gets it in the widget too:
//! the served script carries the site's shades, so its `ETag` follows them.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue};
use axum::response::Response;

use super::pages::assets::{cached, hash_hex, respond_with, WIDGET_JS};
use super::state::AppState;
use crate::content::site::{Palette, Shades};

/// How long browsers and caches keep the widget before revalidating it.
pub const WIDGET_CACHE: &str = "public, max-age=3600";

/// The line of `widget.js` the server fills with the brand's stylesheet.
const BRAND_SLOT: &str = "var BRAND = \"\";";

/// `GET /widget.js`.
pub async fn serve(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let engine = state.engine();
    let mut resp = match engine.index().site.palette.as_ref().and_then(branded) {
        Some(script) => {
            let hash = hash_hex(script.as_bytes());
            respond_with(
                script.into_bytes(),
                WIDGET_JS.content_type,
                &hash,
                &headers,
                WIDGET_CACHE,
            )
        }
        None => cached(&WIDGET_JS, &headers, WIDGET_CACHE),
    };
    resp.headers_mut().insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("cross-origin"),
    );
    resp
}

/// The widget script with the palette's shades in its brand slot (`None` if the script has
/// no slot, which keeps the unbranded script rather than a broken one).
fn branded(palette: &Palette) -> Option<String> {
    let script = std::str::from_utf8(WIDGET_JS.body).ok()?;
    script.contains(BRAND_SLOT).then(|| {
        script.replacen(
            BRAND_SLOT,
            &format!("var BRAND = \"{}\";", brand_css(palette)),
            1,
        )
    })
}

/// The widget's colour variables for the palette: `--pr` text and buttons, `--ps` hovered,
/// `--sf` tinted backgrounds, `--on` text on buttons; the dark theme's under its media query.
/// Colours print as `#rrggbb`, so the result needs no escaping inside a JS string.
fn brand_css(palette: &Palette) -> String {
    let vars = |s: Shades| {
        format!(
            "--pr:{};--ps:{};--sf:{};--on:{}",
            s.primary, s.strong, s.soft, s.on_primary
        )
    };
    format!(
        ".w{{{}}}@media (prefers-color-scheme:dark){{.w{{{}}}}}",
        vars(palette.light()),
        vars(palette.dark())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::site::Rgb;

    #[test]
    fn the_brand_fills_the_slot_once_with_light_then_dark_shades() {
        let palette = Palette::of(Rgb(0x2f, 0x5d, 0x50)).expect("readable");
        let script = branded(&palette).expect("the script has a brand slot");
        assert!(!script.contains(BRAND_SLOT));
        assert_eq!(script.matches("var BRAND = ").count(), 1);
        let css = brand_css(&palette);
        assert!(css.starts_with(".w{--pr:#2f5d50;"), "{css}");
        assert!(css.contains("--on:#ffffff}"), "{css}");
        let dark = css
            .split_once("@media (prefers-color-scheme:dark)")
            .map(|(_, d)| d)
            .unwrap_or_default();
        assert!(dark.contains("--on:#0f141d"), "{css}");
        assert!(!css.contains('"') && !css.contains('\\'), "{css}");
    }
}
