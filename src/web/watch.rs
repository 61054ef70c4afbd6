//! Preview mode (`dalil serve --watch`): what the writer's open page needs to follow the
//! content: the live build's name and the content errors of the last attempt, at `/__watch`, and
//! the script that asks for them, added to every page only in this mode.

use std::sync::Mutex;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::pages::assets::WATCH_JS;
use super::state::AppState;

/// Largest page the script is added to; bigger ones are passed on as they are.
const MAX_PAGE_BYTES: usize = 8 * 1024 * 1024;

/// Content errors of the last rebuild attempt, as `path:line: message` lines (none when it
/// succeeded).
#[derive(Debug, Default)]
pub struct WatchStatus {
    errors: Mutex<Vec<String>>,
}

impl WatchStatus {
    /// Records the outcome of a rebuild attempt.
    pub fn publish(&self, errors: Vec<String>) {
        *self.errors.lock().unwrap_or_else(|p| p.into_inner()) = errors;
    }

    /// The errors of the last attempt.
    pub fn errors(&self) -> Vec<String> {
        self.errors
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

/// `GET /__watch`: the live build and the content errors; 404 unless the server watches.
pub async fn status(State(state): State<AppState>) -> Response {
    let Some(watch) = state.watch() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let engine = state.engine();
    let build = engine
        .index()
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut resp = Json(json!({ "build": build, "errors": watch.errors() })).into_response();
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    resp
}

/// Adds the preview script to HTML pages when the server watches the content.
pub async fn add_script(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let resp = next.run(req).await;
    let is_html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if state.watch().is_none() || !is_html {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let page = String::from_utf8_lossy(&bytes);
    let tag = format!("<script src=\"{}\" defer></script></body>", WATCH_JS.url());
    let page = match page.rfind("</body>") {
        Some(at) => format!("{}{tag}{}", &page[..at], &page[at + "</body>".len()..]),
        None => page.into_owned(),
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    // The page now changes with every build: never answer it from a cache.
    parts.headers.remove(header::ETAG);
    parts.headers.remove(header::LAST_MODIFIED);
    parts.headers.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Response::from_parts(parts, Body::from(page))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_attempt_replaces_earlier_errors() {
        let watch = WatchStatus::default();
        watch.publish(vec!["content/en/a.md:3: bad".into()]);
        assert_eq!(watch.errors(), ["content/en/a.md:3: bad"]);
        watch.publish(Vec::new());
        assert!(watch.errors().is_empty());
    }
}
