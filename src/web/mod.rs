//! The HTTP service: JSON API, server-rendered help pages, embedded assets, metrics, live reload.
//!
//! `app(state)` builds the whole router, so tests drive exactly what `dalil serve` runs.

mod api;
mod error;
mod feedback;
pub mod i18n;
mod insights;
mod limits;
mod metrics;
pub mod pages;
mod reload;
mod state;

use std::time::{Duration, Instant};

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use api::{constant_time_eq, is_article_id, parse_lang, run_search, SearchParams};
pub use error::ApiError;
pub use feedback::{Feedback, FeedbackLog};
pub use insights::{record_feedback, record_page_search};
pub use limits::{
    Limiter, Limits, Refusal, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_IN_FLIGHT, MAX_URI_BYTES,
};
pub use metrics::Metrics;
pub use reload::watch_index;
pub use state::{AppState, ServiceConfig};

/// Largest request body: a 32 KiB message plus JSON overhead.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// A request taking longer than this is answered 408 and dropped.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Content-Security-Policy of every response: only our own scripts, styles and images.
pub const CSP: &str =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

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
        .route("/go", get(insights::go));
    api.merge(pages::routes())
        // Inside the metrics layer, so refusals are counted under their route.
        .layer(middleware::from_fn_with_state(limiter, limits::enforce))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            record_metrics,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(
            // One INFO line per request: method, path, status, latency.
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_request(())
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(header_layer(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header_layer(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header_layer(
            header::REFERRER_POLICY,
            "strict-origin-when-cross-origin",
        ))
        .layer(header_layer(header::X_FRAME_OPTIONS, "DENY"))
        .with_state(state)
}

fn header_layer(
    name: header::HeaderName,
    value: &'static str,
) -> SetResponseHeaderLayer<HeaderValue> {
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
