//! API errors: the caller's mistakes become 4xx JSON with a clear message; internal failures are
//! logged and answered with a generic 500.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use crate::search::SearchError;

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
