//! Live reload: a background task that switches the service to a newly published index build.

use std::time::Duration;

use super::state::AppState;

/// How often the index folder's `current` pointer is checked; a publish is picked up within
/// this interval plus the time to open the build.
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// Polls for new builds until the task is dropped. A build that fails to open is logged and
/// the service stays on the last good one (it is retried only when `current` changes again).
pub async fn watch_index(state: AppState) {
    let mut failed: Option<std::path::PathBuf> = None;
    let mut tick = tokio::time::interval(POLL_INTERVAL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let dir = crate::index::IndexDir::new(&state.config().index_dir);
        let current = dir.current_build().ok().flatten();
        if current.is_some() && current == failed {
            continue;
        }
        let s = state.clone();
        match tokio::task::spawn_blocking(move || s.reload_if_changed()).await {
            Ok(Ok(true)) => {
                failed = None;
                tracing::info!(build = %state.engine().index().dir.display(), "switched to the new index build");
            }
            Ok(Ok(false)) => {}
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "new index build could not be loaded; staying on the current one");
                failed = current;
            }
            Err(e) => tracing::error!(error = %e, "reload task failed"),
        }
    }
}
