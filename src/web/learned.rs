//! Learning from what customers open, kept current: a background task learns the click-through
//! prior from the insights store at start and then every [`ServiceConfig::learning_refresh`],
//! never on a request's path. A store that is down or slow costs no search: the last prior
//! stays in force and the failure is logged once until it recovers.
//!
//! [`ServiceConfig::learning_refresh`]: super::ServiceConfig::learning_refresh

use super::state::AppState;
use crate::insights::{learn_from_store, now_unix, LearnRules, Store};

/// Learns the prior again every `learning_refresh` until the task is dropped. Off (the serve
/// flag, the site file or no insights store): no prior is loaded.
pub async fn refresh_learned(state: AppState) {
    let mut tick = tokio::time::interval(state.config().learning_refresh);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut failing = false;
    loop {
        tick.tick().await;
        let backend = state.insights().backend().cloned();
        let (true, Some(backend)) = (state.learning_on(), backend) else {
            if state.clear_learned() {
                tracing::info!("learning from clicks is off: the learned prior is dropped");
            }
            continue;
        };
        let rules = LearnRules::of_site(&state.engine().index().site.learning);
        let learned = tokio::task::spawn_blocking(move || {
            let mut store = Store::open(&backend)?;
            learn_from_store(&mut store, now_unix(), &rules)
        })
        .await;
        match learned {
            Ok(Ok(rows)) => {
                if failing {
                    tracing::info!(
                        "the insights store answers again: learning from clicks resumed"
                    );
                }
                failing = false;
                let pairs = rows.pairs.len();
                let votes = rows.votes.len();
                // Learning may have been switched off while the store was read.
                if state.learning_on() && state.set_learned(rows) {
                    tracing::info!(pairs, votes, "learned from clicks: a new prior is in force");
                }
            }
            Ok(Err(e)) if !failing => {
                failing = true;
                tracing::warn!(error = %e, "learning from clicks: the insights store cannot be read; the last learned prior stays in force");
            }
            Ok(Err(_)) => {}
            Err(e) => tracing::error!(error = %e, "learning from clicks: the task failed"),
        }
    }
}
