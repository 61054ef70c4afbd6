//! Server-rendered help pages and embedded assets.

use axum::Router;

use super::state::AppState;

/// Routes of the help pages and assets.
pub fn routes() -> Router<AppState> {
    Router::new()
}
