//! `dalil serve`: serve the help center and its API until Ctrl-C or SIGTERM, building the index
//! if needed.
//!
//! The live build is served at once; whether the content changed since it was built is checked
//! in the background (a walk that stats every content file: 100,000 at the largest sizes), and
//! a stale index is rebuilt there by the same incremental `dalil index` path, which the reload
//! watcher then switches to. Content errors never take the help center down: they are printed
//! with file and line and the last good build keeps serving. Only when there is no build this
//! version can open is the index built before listening.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::thread;
use std::time::Instant;

use anyhow::Context;

use crate::index::{Fingerprint, IndexDir, IndexError, LoadedIndex, Manifest};
use crate::insights::{Backend, FeedbackImport, Recorder, RecorderConfig, DEFAULT_QUEUE};
use crate::web::{
    app, refresh_learned, server, watch_index, AppState, FeedbackLog, Limits, ServiceConfig,
};

/// File name of the feedback log where earlier versions kept it, inside the index folder.
pub const FEEDBACK_FILE: &str = "feedback.jsonl";
/// File descriptors kept free of connections: index files, the log, the watcher, threads.
const RESERVED_FILES: u64 = 100;

/// Options of `dalil serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub content: PathBuf,
    pub index: PathBuf,
    pub addr: SocketAddr,
    pub admin_token: Option<String>,
    /// Token of the agents' workspace; open without one.
    pub agent_token: Option<String>,
    /// `--allow-origin`, as given.
    pub allow_origins: Vec<String>,
    /// `--frame-ancestors`, as given.
    pub frame_ancestors: Vec<String>,
    /// Cap on open connections (lowered to fit the file limit).
    pub max_connections: usize,
    /// Where feedback answers go; `None`: beside the index folder.
    pub feedback_log: Option<PathBuf>,
    /// Whether answers are remembered per loaded index.
    pub remember_answers: bool,
    pub limits: Limits,
    /// Where insights are stored (`--database`); the SQLite file in the index folder without.
    pub database: Option<String>,
    /// `--no-insights`: record nothing.
    pub no_insights: bool,
    /// Days insights events are kept.
    pub retention_days: u32,
    /// `--watch`: re-index on every change of the content and let the pages follow.
    pub watch: bool,
    /// Whether search learns from what customers open (`--no-learning` turns it off).
    pub learning: bool,
    /// `--learning-refresh-secs`.
    pub learning_refresh: std::time::Duration,
}

/// Runs the service until a shutdown signal.
pub fn run(opts: ServeOptions) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    huge_pages(false);
    let rate = opts.limits.rate_per_second;
    anyhow::ensure!(
        rate.is_finite() && rate >= 0.0,
        "--rate-limit must be a number of requests per second, 0 or more (0 turns it off), not {rate}"
    );
    let allow_origins = opts
        .allow_origins
        .iter()
        .map(|o| crate::web::parse_origin(o))
        .collect::<Result<Vec<_>, _>>()
        .context("--allow-origin")?;
    let frame_ancestors = opts
        .frame_ancestors
        .iter()
        .map(|o| crate::web::parse_frame_ancestor(o))
        .collect::<Result<Vec<_>, _>>()
        .context("--frame-ancestors")?;
    let index = open_or_build(&opts.content, &opts.index)?;
    tracing::debug!(ms = started.elapsed().as_millis() as u64, "index opened");
    let feedback_path = opts
        .feedback_log
        .clone()
        .unwrap_or_else(|| default_feedback_log(&opts.index));
    move_old_feedback_log(&opts.index, &feedback_path);
    match FeedbackLog::scan(&feedback_path) {
        Ok(summary) if summary.skipped > 0 => {
            tracing::warn!(path = %feedback_path.display(), kept = summary.records, skipped = summary.skipped, "feedback log has unreadable lines (torn writes); they are skipped");
        }
        Ok(_) => {}
        Err(e) => {
            tracing::warn!(path = %feedback_path.display(), error = %e, "feedback log cannot be read")
        }
    }
    tracing::debug!(
        ms = started.elapsed().as_millis() as u64,
        "feedback log scanned"
    );
    let insights = start_insights(&opts, &feedback_path)?;
    let feedback = FeedbackLog::open(&feedback_path, crate::web::MAX_LOG_BYTES)
        .with_context(|| format!("opening {}", feedback_path.display()))?;
    let max_connections = connection_cap(opts.max_connections, raise_file_limit());
    let state = AppState::with_insights(
        index,
        feedback,
        ServiceConfig {
            index_dir: opts.index.clone(),
            admin_token: opts.admin_token,
            agent_token: opts.agent_token,
            allow_origins,
            frame_ancestors,
            remember_answers: opts.remember_answers,
            limits: opts.limits,
            watch: opts.watch,
            learning: opts.learning,
            learning_refresh: opts.learning_refresh,
        },
        insights.clone(),
    );
    // Searches run on the blocking pool and are CPU-bound: more of them at once than a few
    // per core only adds context switches, tail latency and malloc arenas (the default of 512
    // threads took the resident memory of a 1,000-article server from 17 MB to 420 MB under 64
    // connections; docs/PERFORMANCE.md). Extra requests wait in the pool's queue instead.
    tracing::debug!(ms = started.elapsed().as_millis() as u64, "state ready");
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(2 * cores)
        .enable_all()
        .build()
        .context("starting the runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(opts.addr).await.with_context(|| format!("binding {}", opts.addr))?;
        let local = listener.local_addr().context("reading the bound address")?;
        huge_pages(true);
        tracing::info!(addr = %local, ready_ms = started.elapsed().as_millis() as u64, "dalil is serving");
        println!("dalil: help center on http://{local}/ (Ctrl-C to stop)");
        let live = state.engine().index().clone();
        if live.checksums_pending() {
            verify_in_background(live, opts.content.clone(), opts.index.clone());
        }
        let watcher = tokio::spawn(watch_index(state.clone()));
        let learner = tokio::spawn(refresh_learned(state.clone()));
        if opts.watch {
            watch_content(state.clone(), opts.content, opts.index);
        } else {
            refresh_in_background(opts.content, opts.index);
        }
        tracing::info!(max_connections, "connection cap");
        server::serve(listener, app(state), max_connections, shutdown_signal()).await;
        watcher.abort();
        learner.abort();
        // Events of the last requests: written if the store takes them within the bound.
        let recorder = insights.clone();
        let _ = tokio::task::spawn_blocking(move || recorder.flush(INSIGHTS_FLUSH)).await;
        tracing::info!("stopped");
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// How long a shutdown waits for queued insights events to be written.
const INSIGHTS_FLUSH: std::time::Duration = std::time::Duration::from_secs(3);

/// Starts recording insights (unless `--no-insights`); the feedback log of earlier versions is
/// imported into the store once.
fn start_insights(opts: &ServeOptions, feedback_log: &Path) -> anyhow::Result<Recorder> {
    if opts.no_insights {
        return Ok(Recorder::disabled());
    }
    let backend = Backend::from_option(opts.database.as_deref(), &opts.index)?;
    tracing::info!(store = %backend.describe(), days = opts.retention_days, "recording insights");
    Recorder::start(RecorderConfig {
        backend,
        retention_days: opts.retention_days,
        queue: DEFAULT_QUEUE,
        // The log as it is before any request: later answers are recorded as they come.
        import: Some(FeedbackImport::of_log(FEEDBACK_FILE, feedback_log)),
    })
    .context("starting the insights writer")
}

/// Where the feedback log goes by default: beside the index folder, not in it, so it is never
/// swept with builds and its bound is separate from theirs (`index` -> `index-feedback.jsonl`).
fn default_feedback_log(index: &Path) -> PathBuf {
    match index.file_name() {
        Some(name) => {
            let mut file = name.to_os_string();
            file.push("-feedback.jsonl");
            index.with_file_name(file)
        }
        None => index.join("..").join("dalil-feedback.jsonl"),
    }
}

/// Moves a log an earlier version kept inside the index folder to its new place, once.
fn move_old_feedback_log(index: &Path, to: &Path) {
    let old = index.join(FEEDBACK_FILE);
    if !old.is_file() || to.exists() {
        return;
    }
    match std::fs::rename(&old, to) {
        Ok(()) => eprintln!(
            "dalil: moved the feedback log from {} to {}",
            old.display(),
            to.display()
        ),
        Err(e) => {
            tracing::warn!(from = %old.display(), to = %to.display(), error = %e, "cannot move the feedback log out of the index folder")
        }
    }
}

/// Raises the soft limit on open files to the hard limit where the system allows it, and returns
/// the limit in force (`None` when it cannot be read).
fn raise_file_limit() -> Option<u64> {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the struct we pass and reads nothing else.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } != 0 {
        return None;
    }
    if lim.rlim_cur < lim.rlim_max {
        let raised = libc::rlimit {
            rlim_cur: lim.rlim_max,
            rlim_max: lim.rlim_max,
        };
        // SAFETY: setrlimit only reads the struct we pass.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
            lim = raised;
        } else {
            tracing::warn!(
                soft = lim.rlim_cur,
                hard = lim.rlim_max,
                "cannot raise the open-file limit"
            );
        }
    }
    Some(lim.rlim_cur)
}

/// The connection cap: the configured one, lowered to leave [`RESERVED_FILES`] of the file limit
/// for everything else (at least 16 connections).
fn connection_cap(configured: usize, file_limit: Option<u64>) -> usize {
    let Some(limit) = file_limit else {
        return configured;
    };
    let fits = usize::try_from(limit.saturating_sub(RESERVED_FILES).max(16)).unwrap_or(usize::MAX);
    if fits < configured {
        tracing::info!(
            file_limit = limit,
            connections = fits,
            "connections capped below the open-file limit"
        );
    }
    configured.min(fits).max(1)
}

/// Opens the live build, building the index first only when there is no build this version
/// can open (none yet, an older format, damaged); fails when the content has errors then.
fn open_or_build(content: &Path, index: &Path) -> anyhow::Result<LoadedIndex> {
    let dir = IndexDir::new(index);
    let why = match LoadedIndex::open_for_start(&dir) {
        Ok(loaded) => return Ok(loaded),
        Err(IndexError::Missing(_)) => "missing".to_string(),
        Err(e) => format!("unusable ({e})"),
    };
    eprintln!(
        "dalil: the index in {} is {why}; building it",
        index.display()
    );
    // A full build: an incremental one would start from the build that cannot be opened.
    if !super::index::build(content, index, true)? {
        anyhow::bail!("the content has errors and there is no earlier index to serve");
    }
    LoadedIndex::open(&dir).with_context(|| format!("opening the index in {}", index.display()))
}

/// Turns transparent huge pages off (`false`) for this process while it starts, and on again
/// (`true`) once it listens. The allocator asks for them on its large regions; faulting one in
/// zeroes 2 MB and, when free memory is fragmented (a machine whose memory is page cache),
/// compacts memory first: a third of the start-up CPU at 100,000 articles, and much of what
/// varied between starts (docs/PERFORMANCE.md, "Start-up at 100k"). The catalog decoded then is
/// read-only afterwards; requests and reloads later get huge pages as before (the soak test's
/// resident-memory slope was measured with them).
fn huge_pages(on: bool) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process; no pointer is passed.
        let refused =
            unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, libc::c_ulong::from(!on), 0, 0, 0) }
                != 0;
        if refused {
            tracing::debug!(
                error = %std::io::Error::last_os_error(),
                "cannot switch transparent huge pages"
            );
        }
    }
}

/// Lowers the priority of the calling thread (on Linux a nice value is per thread), so that
/// background checks leave the cores to requests.
fn lower_thread_priority() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: gettid and setpriority take plain values and touch no memory of ours.
        let lowered = unsafe {
            let tid = libc::gettid();
            libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, BACKGROUND_NICE)
        } == 0;
        if !lowered {
            tracing::debug!(
                error = %std::io::Error::last_os_error(),
                "cannot lower a background thread's priority"
            );
        }
    }
}

/// Nice value of the background checks' threads (requests run at the process's own).
#[cfg(target_os = "linux")]
const BACKGROUND_NICE: libc::c_int = 10;

/// Checks the checksums of a build the server opened on its stamp, on a thread of its own at
/// low priority, while the server answers. The files are as they were when their checksums last
/// held (same sizes, times and inodes), so only damage the file system did not record (a
/// failing disk) can show up here; such a build loses its stamp, so the next start checks it
/// before answering, and is rebuilt in full now, the reload watcher switching to the new build.
fn verify_in_background(live: std::sync::Arc<LoadedIndex>, content: PathBuf, index: PathBuf) {
    let spawned = thread::Builder::new()
        .name("index-verify".into())
        .spawn(move || {
            lower_thread_priority();
            let started = Instant::now();
            match live.verify() {
                Ok(()) => tracing::info!(
                    checked_ms = started.elapsed().as_millis() as u64,
                    "the index's checksums hold"
                ),
                Err(e) => {
                    tracing::error!(error = %e, "the live build is damaged; rebuilding the index in full");
                    eprintln!("dalil: {e}; rebuilding it in full (the damaged build serves meanwhile)");
                    match super::index::build(&content, &index, true) {
                        Ok(true) => eprintln!("dalil: index rebuilt; switching to it"),
                        Ok(false) => eprintln!("dalil: content has errors; the damaged build keeps serving"),
                        Err(e) => tracing::error!(error = format!("{e:#}"), "rebuilding the damaged index failed"),
                    }
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot start the index checksum check; serving the index as it is");
    }
}

/// Checks on a thread of its own whether the content changed since the live build and rebuilds
/// the index if so. The thread is not joined: a shutdown ends a build midway, which publishes
/// nothing (builds are atomic) and whose leftovers the next build sweeps away.
fn refresh_in_background(content: PathBuf, index: PathBuf) {
    let spawned = thread::Builder::new()
        .name("index-refresh".into())
        .spawn(move || {
            lower_thread_priority();
            if let Err(e) = refresh_if_stale(&content, &index) {
                tracing::error!(
                    error = format!("{e:#}"),
                    "rebuilding the index failed; the last good build keeps serving"
                );
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot start the index freshness check; serving the index as it is");
    }
}

/// Rebuilds the index when the live build's content fingerprint differs from the content
/// folder's. The build takes the build lock, so it never runs alongside a `dalil index`.
fn refresh_if_stale(content: &Path, index: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let fingerprint = Fingerprint::of_dir(content).to_string();
    let live = IndexDir::new(index)
        .current_build()?
        .map(|build| Manifest::of_build(&build))
        .transpose()?;
    if live.is_some_and(|m| m.content_fingerprint == fingerprint) {
        tracing::info!(
            checked_ms = started.elapsed().as_millis() as u64,
            "the index is up to date with the content"
        );
        return Ok(());
    }
    eprintln!(
        "dalil: the index in {} is older than the content; rebuilding it (the last build serves meanwhile)",
        index.display()
    );
    if super::index::build(content, index, false)? {
        eprintln!("dalil: index rebuilt; switching to it");
    } else {
        eprintln!("dalil: content has errors; serving the last good index");
    }
    Ok(())
}

/// How often `--watch` looks at the content folder (a walk that stats every file).
const WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_millis(200);

/// `--watch`: on a thread of its own, rebuilds the index whenever the content folder changes,
/// switches to the new build at once, and keeps the content errors of the last attempt for the
/// open pages (printed here too). Errors publish nothing: the last good build keeps serving.
fn watch_content(state: AppState, content: PathBuf, index: PathBuf) {
    let spawned = thread::Builder::new()
        .name("content-watch".into())
        .spawn(move || {
            let mut seen: Option<String> = None;
            loop {
                let fingerprint = Fingerprint::of_dir(&content).to_string();
                if seen.as_ref() != Some(&fingerprint) {
                    let first = seen.is_none();
                    seen = Some(fingerprint);
                    rebuild_for_preview(&state, &content, &index, first);
                }
                thread::sleep(WATCH_INTERVAL);
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "cannot start watching the content; serving the index as it is");
    }
}

/// One rebuild of `--watch`: check, build when the content is sound, switch to the build.
fn rebuild_for_preview(state: &AppState, content: &Path, index: &Path, first: bool) {
    let Some(watch) = state.watch() else {
        return;
    };
    let report = crate::content::load_content(content);
    if !report.is_ok() {
        let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
        for e in &errors {
            eprintln!("error: {e}");
        }
        eprintln!(
            "dalil: {} content error(s); the last good index keeps serving",
            errors.len()
        );
        watch.publish(errors);
        return;
    }
    let fresh = first
        && IndexDir::new(index)
            .current_build()
            .ok()
            .flatten()
            .and_then(|b| Manifest::of_build(&b).ok())
            .is_some_and(|m| m.content_fingerprint == Fingerprint::of_dir(content).to_string());
    if !fresh {
        match super::index::build(content, index, false) {
            Ok(true) => eprintln!("dalil: index rebuilt"),
            Ok(false) => {}
            Err(e) => {
                eprintln!("dalil: rebuilding the index failed: {e:#}");
                watch.publish(vec![format!("rebuilding the index failed: {e:#}")]);
                return;
            }
        }
    }
    watch.publish(Vec::new());
    if let Err(e) = state.reload_if_changed() {
        tracing::warn!(error = %e, "new index build could not be loaded; staying on the current one");
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
