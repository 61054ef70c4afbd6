//! API errors: the caller's mistakes become 4xx JSON with a clear message; internal failures are
//! logged and answered with a generic 500. On page addresses, an error answered as JSON by a
//! layer that does not know pages (limits, timeout) becomes the HTML error page.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::pages::{preferred_lang, refusal_page};
use super::state::AppState;
use crate::lang::Lang;
use crate::search::SearchError;

/// Paths that are not pages: their errors stay JSON.
const NON_PAGE_PREFIXES: [&str; 5] = ["/api/", "/healthz", "/metrics", "/admin/", "/assets/"];

/// The middleware: a JSON error on a page address becomes the HTML error page, with the same
/// status, headers (`Retry-After`) and message.
pub async fn html_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let lang = page_lang(&path, req.headers());
    let resp = next.run(req).await;
    let Some(lang) = lang else {
        return resp;
    };
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if resp.status().as_u16() < 400 || !is_json {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let message = match axum::body::to_bytes(body, 64 * 1024).await {
        Ok(bytes) => serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|v| v["error"]["message"].as_str().map(str::to_string))
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    let mut page = refusal_page(&state, lang, parts.status, &message);
    for name in [header::RETRY_AFTER] {
        if let Some(v) = parts.headers.get(&name) {
            page.headers_mut().insert(name, v.clone());
        }
    }
    page
}

/// The language of the page at `path` (its first segment, else the browser's), or `None` when
/// the path is not a page.
fn page_lang(path: &str, headers: &axum::http::HeaderMap) -> Option<Lang> {
    if NON_PAGE_PREFIXES.iter().any(|p| path.starts_with(p)) {
        return None;
    }
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    Some(
        Lang::from_code(first)
            .filter(|l| l.code() == first)
            .unwrap_or_else(|| {
                preferred_lang(
                    headers
                        .get(header::ACCEPT_LANGUAGE)
                        .and_then(|v| v.to_str().ok()),
                )
            }),
    )
}

/// An error answered as JSON `{"error": {"status", "message"}}`.
#[derive(Debug)]
pub enum ApiError {
    /// 4xx: the request is wrong; the message says how.
    Client(StatusCode, String),
    /// 500: something failed on our side; details go to the log only.
    Internal(String),
}

impl ApiError {
    /// 400 Bad Request.
    pub fn bad_request(msg: impl Into<String>) -> Self {
        ApiError::Client(StatusCode::BAD_REQUEST, msg.into())
    }

    /// 404 Not Found.
    pub fn not_found(msg: impl Into<String>) -> Self {
        ApiError::Client(StatusCode::NOT_FOUND, msg.into())
    }
}

impl From<SearchError> for ApiError {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::BadRequest(m) => ApiError::bad_request(m),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        let status = r.status();
        let msg = match &r {
            JsonRejection::MissingJsonContentType(_) => {
                "send the body as JSON with `Content-Type: application/json`".to_string()
            }
            JsonRejection::JsonSyntaxError(_) => {
                format!("the body is not valid JSON: {}", r.body_text())
            }
            JsonRejection::JsonDataError(_) => format!(
                "the JSON does not have the expected fields: {}",
                r.body_text()
            ),
            _ if status == StatusCode::PAYLOAD_TOO_LARGE => {
                super::limits::body_too_large_message(None)
            }
            _ => r.body_text(),
        };
        ApiError::Client(status, msg)
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError::bad_request(format!("bad query parameters: {}", r.body_text()))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            ApiError::Client(status, m) => (status, m),
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "something went wrong on our side; please try again".to_string(),
                )
            }
        };
        (
            status,
            Json(json!({ "error": { "status": status.as_u16(), "message": message } })),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_internal_error_answers_a_generic_message_without_its_detail() {
        let detail = "index file /srv/dalil/index/b-7/meta.json: permission denied";
        let resp = ApiError::Internal(detail.to_owned()).into_response();
        assert_eq!(resp.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(resp.into_body(), 4096).await.unwrap();
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            v,
            json!({ "error": { "status": 500, "message": "something went wrong on our side; please try again" } })
        );
        assert!(!String::from_utf8_lossy(&body).contains("permission"));
    }
}
