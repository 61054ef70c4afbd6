//! Shared state of the running service: the current engine (swapped on reload), metrics,
//! the feedback log, the insights recorder, the click-through prior and settings.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use super::feedback::FeedbackLog;
use super::limits::Limits;
use super::login::Logins;
use super::metrics::Metrics;
use super::watch::WatchStatus;
use crate::index::{IndexDir, LoadedIndex};
use crate::insights::{LearnedSet, Recorder};
use crate::search::{Engine, LearnedHandle, LearnedPrior};

/// Settings of a running service.
#[derive(Debug, Clone)]
pub struct ServiceConfig {
    pub index_dir: PathBuf,
    /// Token that enables `POST /admin/reload` and the admin pages; they are off without one.
    pub admin_token: Option<String>,
    /// Token of the agents' workspace (`/agent`); open to all without one.
    pub agent_token: Option<String>,
    /// Origins whose pages may call the API (CORS), as [`crate::web::parse_origin`] gives them.
    pub allow_origins: Vec<String>,
    /// Sources that may frame the agents' workspace (CSP `frame-ancestors`); none by default.
    pub frame_ancestors: Vec<String>,
    /// Whether search and autocomplete answers are remembered per loaded index.
    pub remember_answers: bool,
    /// Rate, concurrency and header limits.
    pub limits: Limits,
    /// `--watch`: pages follow the content (see [`crate::web::WatchStatus`]).
    pub watch: bool,
    /// Whether search learns from what customers open (`--no-learning` turns it off; so does
    /// the site file's `[learning] enabled = false`).
    pub learning: bool,
    /// How often the click-through prior is learned again from the insights store.
    pub learning_refresh: Duration,
}

/// State handed to every handler; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Shared>,
}

struct Shared {
    engine: RwLock<Engine>,
    metrics: Metrics,
    feedback: FeedbackLog,
    insights: Recorder,
    /// The click-through prior every engine ranks with.
    learned: LearnedHandle,
    /// What the prior in force was learned from (the review table).
    learned_rows: RwLock<Arc<LearnedSet>>,
    config: ServiceConfig,
    logins: Logins,
    last_reload: RwLock<SystemTime>,
    /// Content errors of the last rebuild, in `--watch` mode.
    watch: Option<Arc<WatchStatus>>,
}

impl AppState {
    /// State over an opened index, recording no insights.
    pub fn new(index: LoadedIndex, feedback: FeedbackLog, config: ServiceConfig) -> Self {
        Self::with_insights(index, feedback, config, Recorder::disabled())
    }

    /// State over an opened index that records insights with `insights`.
    pub fn with_insights(
        index: LoadedIndex,
        feedback: FeedbackLog,
        config: ServiceConfig,
        insights: Recorder,
    ) -> Self {
        let learned = LearnedHandle::default();
        let engine = Engine::new(Arc::new(index)).with_learned(learned.clone());
        engine.build_completions_in_background();
        AppState {
            inner: Arc::new(Shared {
                engine: RwLock::new(engine),
                metrics: Metrics::default(),
                feedback,
                insights,
                learned,
                learned_rows: RwLock::new(Arc::new(LearnedSet::default())),
                logins: Logins::default(),
                last_reload: RwLock::new(SystemTime::now()),
                watch: config.watch.then(|| Arc::new(WatchStatus::default())),
                config,
            }),
        }
    }

    /// The engine over the current index. Requests keep the engine they started with, so a
    /// reload never changes the index under a request in flight.
    pub fn engine(&self) -> Engine {
        match self.inner.engine.read() {
            Ok(e) => e.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Metrics registry.
    pub fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }

    /// The feedback log.
    pub fn feedback(&self) -> &FeedbackLog {
        &self.inner.feedback
    }

    /// The insights recorder (disabled with `--no-insights`).
    pub fn insights(&self) -> &Recorder {
        &self.inner.insights
    }

    /// Whether learning from clicks is on: the serve flag and the live build's site file.
    pub fn learning_on(&self) -> bool {
        self.inner.config.learning && self.engine().index().site.learning.enabled
    }

    /// What the prior in force was learned from (its pairs and votes), for review.
    pub fn learned(&self) -> Arc<LearnedSet> {
        match self.inner.learned_rows.read() {
            Ok(rows) => rows.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Puts in force the prior of `set` (learned from the store); returns whether it changed
    /// (then answers remembered with the old one are no longer served).
    pub fn set_learned(&self, set: LearnedSet) -> bool {
        // The rows first: whoever sees the new prior in force sees the rows it came from.
        let prior = set.prior();
        match self.inner.learned_rows.write() {
            Ok(mut r) => *r = Arc::new(set),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(set),
        }
        self.inner.learned.set(prior)
    }

    /// Drops the prior: answers are as if nothing was learned.
    pub fn clear_learned(&self) -> bool {
        let changed = self.inner.learned.set(LearnedPrior::default());
        match self.inner.learned_rows.write() {
            Ok(mut r) => *r = Arc::new(LearnedSet::default()),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(LearnedSet::default()),
        }
        changed
    }

    /// The preview state, when the server watches the content (`--watch`).
    pub fn watch(&self) -> Option<&Arc<WatchStatus>> {
        self.inner.watch.as_ref()
    }

    /// Settings of the service.
    pub fn config(&self) -> &ServiceConfig {
        &self.inner.config
    }

    /// Sessions and failed login attempts of the token-protected realms.
    pub fn logins(&self) -> &Logins {
        &self.inner.logins
    }

    /// When the index was last (re)loaded.
    pub fn last_reload(&self) -> SystemTime {
        self.inner
            .last_reload
            .read()
            .map(|t| *t)
            .unwrap_or(SystemTime::UNIX_EPOCH)
    }

    /// Switches to the live build of the index folder if it differs from the loaded one.
    /// Returns whether it switched. A build that cannot be opened leaves the current one.
    pub fn reload_if_changed(&self) -> crate::index::Result<bool> {
        let dir = IndexDir::new(&self.inner.config.index_dir);
        let Some(current) = dir.current_build()? else {
            return Ok(false);
        };
        if current == self.engine().index().dir {
            return Ok(false);
        }
        let loaded = LoadedIndex::open_build(&current)?;
        // A site file switching learning off takes effect with its build, not at the next
        // refresh.
        if !loaded.site.learning.enabled {
            self.clear_learned();
        }
        let engine = Engine::new(Arc::new(loaded)).with_learned(self.inner.learned.clone());
        engine.build_completions_in_background();
        match self.inner.engine.write() {
            Ok(mut e) => *e = engine,
            Err(poisoned) => *poisoned.into_inner() = engine,
        }
        if let Ok(mut t) = self.inner.last_reload.write() {
            *t = SystemTime::now();
        }
        self.inner.metrics.count_reload();
        Ok(true)
    }
}
