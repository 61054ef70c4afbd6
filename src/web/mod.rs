//! The HTTP service: JSON API, server-rendered help pages, embedded assets, metrics, live reload.
//!
//! `app(state)` builds the whole router, so tests drive exactly what `dalil serve` runs.

mod agent;
mod api;
mod cors;
mod error;
mod feedback;
mod frame;
pub mod i18n;
mod insights;
mod learned;
mod limits;
pub mod login;
mod metrics;
pub mod origins;
pub mod pages;
mod reload;
pub mod server;
mod state;
mod watch;
mod widget;

use std::time::{Duration, Instant};

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use api::{constant_time_eq, is_article_id, parse_lang, run_search, SearchParams};
pub use error::ApiError;
pub use feedback::{
    validated as validated_feedback, Feedback, FeedbackLog, LogSummary, MAX_LOG_BYTES,
};
pub use insights::{record_feedback, record_page_search};
pub use learned::refresh_learned;
pub use limits::{
    Limiter, Limits, Refusal, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_IN_FLIGHT, MAX_BODY_BYTES,
    MAX_URI_BYTES,
};
pub use metrics::Metrics;
pub use origins::{parse_frame_ancestor, parse_origin, OriginError};
pub use reload::watch_index;
pub use state::{AppState, ServiceConfig};
pub use watch::WatchStatus;

/// A request taking longer than this is answered 408 and dropped.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Content-Security-Policy of every response: only our own scripts, styles and images.
pub const CSP: &str =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Headers every response carries, refusals and connection-level errors included.
pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    ("x-frame-options", "DENY"),
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
];

/// The whole service.
pub fn app(state: AppState) -> Router {
    let limiter = Limiter::new(state.config().limits);
    let api = Router::new()
        .route("/api/search", get(api::search))
        .route("/api/autocomplete", get(api::autocomplete))
        .route("/api/suggest", post(api::suggest))
        .route("/api/articles/{lang}/{id}", get(api::article))
        .route("/api/feedback", post(api::feedback))
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(api::metrics))
        .route("/admin/reload", post(api::admin_reload))
        .route("/go", get(insights::go))
        .route("/widget.js", get(widget::serve))
        .route("/__watch", get(watch::status));
    let routes = api
        .merge(login::routes())
        .merge(agent::routes())
        .merge(pages::routes())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            watch::add_script,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), cors::cors))
        // Inside the timeout, which frees a place held by a request that never finishes, and
        // inside the metrics layer, so refusals and timeouts are counted under their route.
        .layer(middleware::from_fn_with_state(limiter, limits::enforce))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(timeout))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            record_metrics,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            error::html_errors,
        ))
        .layer(
            // One INFO line per request: method, path, status, latency. The path only: a query
            // string holds what the customer typed (an e-mail, an IBAN), which the insights
            // store masks and the log must not keep in the clear (docs/PRIVACY.md).
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request| {
                    tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
                })
                .on_request(())
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        );
    SECURITY_HEADERS
        .into_iter()
        .fold(routes, |routes, (name, value)| {
            routes.layer(header_layer(HeaderName::from_static(name), value))
        })
        // Outermost: sees the security headers and drops X-Frame-Options from the pages
        // `--frame-ancestors` lets other sites frame.
        .layer(middleware::map_response(frame::strip_frame_options))
        .with_state(state)
}

/// Answers 408 with the JSON error body when a request (its body included) takes longer than
/// [`REQUEST_TIMEOUT`]; dropping it frees its place in flight.
async fn timeout(req: Request, next: Next) -> Response {
    match tokio::time::timeout(REQUEST_TIMEOUT, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => ApiError::Client(
            StatusCode::REQUEST_TIMEOUT,
            format!(
                "the request took longer than {} s (a body sent too slowly, or an overloaded server); please try again",
                REQUEST_TIMEOUT.as_secs()
            ),
        )
        .into_response(),
    }
}

fn header_layer(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

async fn record_metrics(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    // The route pattern, not the raw path: unbounded label values would grow memory forever.
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let resp = next.run(req).await;
    state
        .metrics()
        .observe(&route, resp.status().as_u16(), started.elapsed());
    resp
}
