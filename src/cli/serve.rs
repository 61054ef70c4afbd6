//! `dalil serve`: build the index when it is missing or older than the content, then serve the
//! help center and its API until Ctrl-C or SIGTERM.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

use crate::index::{Fingerprint, IndexDir, LoadedIndex};
use crate::web::{app, watch_index, AppState, FeedbackLog, Limits, ServiceConfig};

/// File name of the feedback log, kept in the index folder (git-ignored with the builds).
pub const FEEDBACK_FILE: &str = "feedback.jsonl";

/// Options of `dalil serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub content: PathBuf,
    pub index: PathBuf,
    pub addr: SocketAddr,
    pub admin_token: Option<String>,
    pub limits: Limits,
}

/// Runs the service until a shutdown signal.
pub fn run(opts: ServeOptions) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let rate = opts.limits.rate_per_second;
    anyhow::ensure!(
        rate.is_finite() && rate >= 0.0,
        "--rate-limit must be a number of requests per second, 0 or more (0 turns it off), not {rate}"
    );
    ensure_fresh_index(&opts.content, &opts.index)?;
    let index = LoadedIndex::open(&IndexDir::new(&opts.index))
        .with_context(|| format!("opening the index in {}", opts.index.display()))?;
    let feedback_path = opts.index.join(FEEDBACK_FILE);
    match FeedbackLog::read_all(&feedback_path) {
        Ok((records, skipped)) if skipped > 0 => {
            tracing::warn!(path = %feedback_path.display(), kept = records.len(), skipped, "feedback log has unreadable lines (torn writes); they are skipped");
        }
        Ok(_) => {}
        Err(e) => {
            tracing::warn!(path = %feedback_path.display(), error = %e, "feedback log cannot be read")
        }
    }
    let feedback = FeedbackLog::open(&feedback_path)
        .with_context(|| format!("opening {}", feedback_path.display()))?;
    let state = AppState::new(
        index,
        feedback,
        ServiceConfig {
            index_dir: opts.index.clone(),
            admin_token: opts.admin_token,
            limits: opts.limits,
        },
    );
    // Searches run on the blocking pool and are CPU-bound: more of them at once than a few
    // per core only adds context switches, tail latency and malloc arenas (the default of 512
    // threads took the resident memory of a 1,000-article server from 17 MB to 420 MB under 64
    // connections; docs/PERFORMANCE.md). Extra requests wait in the pool's queue instead.
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(2 * cores)
        .enable_all()
        .build()
        .context("starting the runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(opts.addr).await.with_context(|| format!("binding {}", opts.addr))?;
        let local = listener.local_addr().context("reading the bound address")?;
        tracing::info!(addr = %local, ready_ms = started.elapsed().as_millis() as u64, "dalil is serving");
        println!("dalil: help center on http://{local}/ (Ctrl-C to stop)");
        let watcher = tokio::spawn(watch_index(state.clone()));
        // With the peer address, which per-client rate limiting needs.
        let service = app(state).into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).await.context("serving")?;
        watcher.abort();
        tracing::info!("stopped");
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Builds the index when there is none or its content fingerprint differs from the content
/// folder's. With content errors it keeps serving an existing index, and fails only when there
/// is nothing to serve.
fn ensure_fresh_index(content: &Path, index: &Path) -> anyhow::Result<()> {
    let dir = IndexDir::new(index);
    let current = dir
        .current_build()
        .ok()
        .flatten()
        .and_then(|b| LoadedIndex::open_build(&b).ok());
    let fresh = current.as_ref().is_some_and(|idx| {
        idx.manifest.content_fingerprint == Fingerprint::of_dir(content).to_string()
    });
    if fresh {
        return Ok(());
    }
    let why = if current.is_some() {
        "older than the content"
    } else {
        "missing"
    };
    eprintln!(
        "dalil: the index in {} is {why}; building it",
        index.display()
    );
    let built = super::index::build(content, index, false)?;
    match (built, current.is_some()) {
        (true, _) => Ok(()),
        (false, true) => {
            eprintln!("dalil: content has errors; serving the last good index");
            Ok(())
        }
        (false, false) => {
            anyhow::bail!("the content has errors and there is no earlier index to serve")
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
