//! Letting chosen sites frame a page (the agents' workspace in a help desk's sidebar).
//!
//! Every answer says `frame-ancestors 'none'` and `X-Frame-Options: DENY` by default
//! ([`super::CSP`]). A page that may be framed gets its own CSP naming the configured sites
//! and is marked; [`strip_frame_options`], the outermost layer, then drops `X-Frame-Options`
//! (which can only say "nobody" or "same origin" and would contradict the CSP in older
//! browsers).

use axum::http::{header, HeaderValue};
use axum::response::Response;

/// Marks an answer that named its own frame ancestors.
#[derive(Debug, Clone, Copy)]
struct Frameable;

/// Lets `ancestors` frame this answer (nothing changes when there are none).
pub fn allow_framing(resp: &mut Response, ancestors: &[String]) {
    if ancestors.is_empty() {
        return;
    }
    let csp = super::CSP.replace(
        "frame-ancestors 'none'",
        &format!("frame-ancestors {}", ancestors.join(" ")),
    );
    if let Ok(v) = HeaderValue::from_str(&csp) {
        resp.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, v);
        resp.extensions_mut().insert(Frameable);
    }
}

/// The outermost layer: drops `X-Frame-Options` from answers that may be framed.
pub async fn strip_frame_options(mut resp: Response) -> Response {
    if resp.extensions().get::<Frameable>().is_some() {
        resp.headers_mut().remove(header::X_FRAME_OPTIONS);
    }
    resp
}
