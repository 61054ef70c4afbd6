//! The recorder: a bounded queue in front of a background writer thread, so that recording
//! never slows or fails a search. A request only `try_send`s its event; the writer takes what
//! has queued, writes it in one transaction, and when the store is slow or down the queue fills
//! and further events are dropped and counted. The writer reconnects by itself (every
//! [`RETRY_AFTER`]) and recording resumes.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::event::{now_unix, Event};
use super::legacy::{FeedbackImport, LogChunks};
use super::store::{Backend, Store};

/// Events waiting for the writer at most; more are dropped.
pub const DEFAULT_QUEUE: usize = 8192;
/// Events written in one transaction at most.
const BATCH: usize = 512;
/// How long the writer waits before reconnecting to a store that failed.
pub const RETRY_AFTER: Duration = Duration::from_secs(1);
/// How often old events are deleted.
const RETENTION_EVERY: Duration = Duration::from_secs(3600);
/// Default number of days events are kept.
pub const DEFAULT_RETENTION_DAYS: u32 = 180;

/// How the recorder runs.
#[derive(Debug, Clone)]
pub struct RecorderConfig {
    pub backend: Backend,
    /// Events older than this many days are deleted.
    pub retention_days: u32,
    /// Capacity of the queue.
    pub queue: usize,
    /// A feedback log of earlier versions, imported once when the store is first reached
    /// (read in chunks, never whole).
    pub import: Option<FeedbackImport>,
}

#[derive(Debug, Default)]
struct Counters {
    /// Events accepted into the queue and not yet written or dropped by the writer.
    pending: AtomicU64,
    written: AtomicU64,
    dropped: AtomicU64,
    store_up: AtomicBool,
}

/// Hands events to the writer; cheap to clone. A disabled recorder records nothing.
#[derive(Debug, Clone, Default)]
pub struct Recorder {
    inner: Option<Arc<Inner>>,
}

#[derive(Debug)]
struct Inner {
    tx: SyncSender<Event>,
    counters: Arc<Counters>,
    /// The store written to, for readers (the admin report).
    backend: Backend,
}

impl Recorder {
    /// A recorder that records nothing (`--no-insights`).
    pub fn disabled() -> Recorder {
        Recorder { inner: None }
    }

    /// Starts the writer thread. The store is opened there, so a store that is down at start
    /// delays nothing: events are dropped until it is reachable.
    pub fn start(config: RecorderConfig) -> std::io::Result<Recorder> {
        let (tx, rx) = mpsc::sync_channel(config.queue.max(1));
        let counters = Arc::new(Counters::default());
        let writer_counters = counters.clone();
        let backend = config.backend.clone();
        std::thread::Builder::new()
            .name("insights-writer".into())
            .spawn(move || Writer::new(config, writer_counters).run(rx))?;
        Ok(Recorder {
            inner: Some(Arc::new(Inner {
                tx,
                counters,
                backend,
            })),
        })
    }

    /// Whether events are recorded at all.
    pub fn is_enabled(&self) -> bool {
        self.inner.is_some()
    }

    /// The store events are written to; `None` when recording is off.
    pub fn backend(&self) -> Option<&Backend> {
        self.inner.as_ref().map(|i| &i.backend)
    }

    /// Queues an event without waiting; when the queue is full it is dropped and counted.
    pub fn record(&self, event: Event) {
        let Some(inner) = &self.inner else {
            return;
        };
        inner.counters.pending.fetch_add(1, Ordering::Relaxed);
        match inner.tx.try_send(event) {
            Ok(()) => {}
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
                inner.counters.pending.fetch_sub(1, Ordering::Relaxed);
                inner.counters.dropped.fetch_add(1, Ordering::Relaxed);
            }
        }
    }

    /// Events dropped so far (queue full or store failing).
    pub fn dropped(&self) -> u64 {
        self.counter(|c| &c.dropped)
    }

    /// Events written so far.
    pub fn written(&self) -> u64 {
        self.counter(|c| &c.written)
    }

    fn counter(&self, pick: impl Fn(&Counters) -> &AtomicU64) -> u64 {
        self.inner
            .as_ref()
            .map_or(0, |i| pick(&i.counters).load(Ordering::Relaxed))
    }

    /// Waits until every queued event is written or dropped, at most `timeout`; returns whether
    /// the queue emptied (for a clean shutdown).
    pub fn flush(&self, timeout: Duration) -> bool {
        let Some(inner) = &self.inner else {
            return true;
        };
        let deadline = Instant::now() + timeout;
        while inner.counters.pending.load(Ordering::Relaxed) > 0 {
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        true
    }

    /// The recorder's lines of the Prometheus exposition.
    pub fn render_metrics(&self) -> String {
        let Some(inner) = &self.inner else {
            return String::new();
        };
        let c = &inner.counters;
        format!(
            "# HELP dalil_insights_written_total Insights events written to the store.\n\
             # TYPE dalil_insights_written_total counter\n\
             dalil_insights_written_total {}\n\
             # HELP dalil_insights_dropped_total Insights events dropped (queue full or store down).\n\
             # TYPE dalil_insights_dropped_total counter\n\
             dalil_insights_dropped_total {}\n\
             # HELP dalil_insights_store_up Whether the insights store was reachable at the last write.\n\
             # TYPE dalil_insights_store_up gauge\n\
             dalil_insights_store_up {}\n",
            c.written.load(Ordering::Relaxed),
            c.dropped.load(Ordering::Relaxed),
            u8::from(c.store_up.load(Ordering::Relaxed)),
        )
    }
}

/// Makes the calling thread (the writer) the last to get a core when searches want them all:
/// under a load that saturates the machine the writer falls behind, the queue fills and events
/// are dropped and counted, instead of the writer's masking, normalising and inserting taking
/// CPU time from searches. When cores are idle it still gets all it needs.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: plain system calls on the calling thread's own id, no memory passed. On Linux
        // a thread id given to setpriority changes that thread alone.
        let result =
            unsafe { libc::setpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t, 19) };
        if result != 0 {
            tracing::debug!("the insights writer keeps the normal priority");
        }
    }
}

/// The writer thread's state.
struct Writer {
    config: RecorderConfig,
    counters: Arc<Counters>,
    store: Option<Store>,
    next_connect: Instant,
    next_retention: Instant,
    /// Whether the current outage was logged (one warning per outage, not per batch).
    outage_logged: bool,
}

impl Writer {
    fn new(config: RecorderConfig, counters: Arc<Counters>) -> Writer {
        let now = Instant::now();
        Writer {
            config,
            counters,
            store: None,
            next_connect: now,
            next_retention: now,
            outage_logged: false,
        }
    }

    fn run(mut self, rx: Receiver<Event>) {
        lower_priority();
        let mut batch = Vec::with_capacity(BATCH);
        self.connect();
        loop {
            match rx.recv_timeout(RETRY_AFTER) {
                Ok(event) => batch.push(event),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
            while batch.len() < BATCH {
                match rx.try_recv() {
                    Ok(event) => batch.push(event),
                    Err(_) => break,
                }
            }
            if self.store.is_none() && Instant::now() >= self.next_connect {
                self.connect();
            }
            if !batch.is_empty() {
                self.write(&batch);
                self.counters
                    .pending
                    .fetch_sub(batch.len() as u64, Ordering::Relaxed);
                batch.clear();
            }
            self.keep_retention();
        }
    }

    fn connect(&mut self) {
        match Store::open(&self.config.backend) {
            Ok(mut store) => {
                if let Some(import) = self.config.import.take() {
                    let result = LogChunks::open(&import.path, import.upto)
                        .map_err(|source| super::InsightsError::ImportRead {
                            path: import.path.display().to_string(),
                            source,
                        })
                        .and_then(|mut log| store.import_once(&import.name, || log.next_chunk()));
                    match result {
                        Ok(Some(events)) => tracing::info!(
                            name = import.name,
                            events,
                            "imported into the insights store"
                        ),
                        Ok(None) => {}
                        Err(e) => {
                            tracing::warn!(name = import.name, error = %e, "import into the insights store failed; retried at the next connection");
                            self.config.import = Some(import);
                        }
                    }
                }
                if self.outage_logged {
                    tracing::info!(store = %self.config.backend.describe(), "insights store reachable again; recording resumed");
                }
                self.outage_logged = false;
                self.store = Some(store);
                self.counters.store_up.store(true, Ordering::Relaxed);
            }
            Err(e) => self.failed(&e),
        }
    }

    fn failed(&mut self, e: &super::InsightsError) {
        self.store = None;
        self.counters.store_up.store(false, Ordering::Relaxed);
        self.next_connect = Instant::now() + RETRY_AFTER;
        if !self.outage_logged {
            tracing::warn!(store = %self.config.backend.describe(), error = %e, "insights store unavailable; events are dropped (dalil_insights_dropped_total) until it is back");
            self.outage_logged = true;
        }
    }

    fn write(&mut self, batch: &[Event]) {
        let result = match &mut self.store {
            Some(store) => store.write(batch),
            None => {
                self.counters
                    .dropped
                    .fetch_add(batch.len() as u64, Ordering::Relaxed);
                return;
            }
        };
        match result {
            Ok(()) => {
                self.counters
                    .written
                    .fetch_add(batch.len() as u64, Ordering::Relaxed);
            }
            Err(e) => {
                self.counters
                    .dropped
                    .fetch_add(batch.len() as u64, Ordering::Relaxed);
                self.failed(&e);
            }
        }
    }

    fn keep_retention(&mut self) {
        if Instant::now() < self.next_retention {
            return;
        }
        let Some(store) = &mut self.store else {
            return;
        };
        self.next_retention = Instant::now() + RETENTION_EVERY;
        let cutoff = now_unix() - i64::from(self.config.retention_days) * 86_400;
        match store.delete_before(cutoff) {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                deleted = n,
                days = self.config.retention_days,
                "old insights events deleted"
            ),
            Err(e) => tracing::warn!(error = %e, "deleting old insights events failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::event::OpenEvent;

    fn open(i: i64) -> Event {
        Event::Open(OpenEvent {
            search_id: format!("{i:032x}"),
            at: now_unix(),
            lang: "en".into(),
            article: "fees-faq".into(),
            anchor: String::new(),
            position: 1,
        })
    }

    fn count(backend: &Backend, table: &str) -> i64 {
        Store::open(backend)
            .unwrap()
            .rows(&format!("SELECT COUNT(*) FROM {table}"), &[])
            .unwrap()[0][0]
            .int()
    }

    #[test]
    fn events_reach_the_store_and_the_import_runs_once() {
        let tmp = tempfile::tempdir().unwrap();
        let backend = Backend::Sqlite(tmp.path().join("insights.sqlite"));
        let log = tmp.path().join("feedback.jsonl");
        std::fs::write(
            &log,
            format!(
                "{{\"lang\":\"en\",\"id\":\"fees-faq\",\"helpful\":true,\"at\":{}}}\n",
                now_unix()
            ),
        )
        .unwrap();
        for _ in 0..2 {
            let recorder = Recorder::start(RecorderConfig {
                backend: backend.clone(),
                retention_days: DEFAULT_RETENTION_DAYS,
                queue: DEFAULT_QUEUE,
                import: Some(FeedbackImport::of_log("feedback.jsonl", &log)),
            })
            .unwrap();
            for i in 0..100 {
                recorder.record(open(i));
            }
            assert!(recorder.flush(Duration::from_secs(10)));
            assert_eq!(recorder.written(), 100);
            assert_eq!(recorder.dropped(), 0);
            assert!(recorder
                .render_metrics()
                .contains("dalil_insights_dropped_total 0\n"));
        }
        assert_eq!(count(&backend, "opens"), 200);
        assert_eq!(count(&backend, "feedback"), 1);
    }

    #[test]
    fn an_unreachable_store_drops_and_counts_then_recording_resumes() {
        let tmp = tempfile::tempdir().unwrap();
        // A file where the store's folder should be: opening fails until it is removed.
        let blocker = tmp.path().join("blocked");
        std::fs::write(&blocker, b"not a folder").unwrap();
        let backend = Backend::Sqlite(blocker.join("insights.sqlite"));
        let recorder = Recorder::start(RecorderConfig {
            backend: backend.clone(),
            retention_days: DEFAULT_RETENTION_DAYS,
            queue: 16,
            import: None,
        })
        .unwrap();
        for i in 0..100 {
            recorder.record(open(i));
        }
        assert!(recorder.flush(Duration::from_secs(10)));
        assert_eq!(recorder.dropped(), 100);
        assert_eq!(recorder.written(), 0);
        std::fs::remove_file(&blocker).unwrap();
        // Bounded: the writer retries every RETRY_AFTER.
        let deadline = Instant::now() + Duration::from_secs(20);
        while recorder.written() == 0 && Instant::now() < deadline {
            recorder.record(open(1000));
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(recorder.written() > 0, "recording did not resume");
        assert!(recorder.flush(Duration::from_secs(10)));
        assert_eq!(count(&backend, "opens") as u64, recorder.written());
    }

    #[test]
    fn a_disabled_recorder_records_nothing() {
        let r = Recorder::disabled();
        r.record(open(1));
        assert_eq!((r.written(), r.dropped()), (0, 0));
        assert!(r.render_metrics().is_empty());
    }
}
