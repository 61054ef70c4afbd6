//! Insights: what customers search for, what they open, whether it helped, and where the help
//! center fails them - recorded privately and without slowing search.
//!
//! A stage after `search` (events describe its answers) and before `web`/`cli` (which record
//! and report). Requests hand events to a [`Recorder`] (a bounded queue, never waiting); its
//! writer thread masks personal data ([`mask`]) and writes batches to a [`Store`]: an embedded
//! SQLite file beside the index or a PostgreSQL database shared by replicas, both with the
//! same versioned schema ([`schema`]). [`Report`] reads it back; [`learn_from_store`] learns
//! the click-through prior from it. What is kept, and for how long, is in docs/PRIVACY.md.

mod error;
mod event;
mod learned;
mod legacy;
pub mod mask;
mod recorder;
mod report;
pub mod schema;
mod store;
mod table;
mod vocabulary;

pub use error::{InsightsError, Result};
pub use event::{
    is_search_id, new_search_id, now_unix, CopyEvent, Event, FeedbackEvent, OpenEvent, SearchEvent,
    Source, MAX_COMMENT_CHARS, TOP_RESULTS,
};
pub use learned::{
    learn, learn_all, learn_from_store, prior_of, Click, LearnRules, Learned, LearnedSet,
};
pub use legacy::{FeedbackImport, LogChunks, IMPORT_CHUNK};
pub use recorder::{Recorder, RecorderConfig, DEFAULT_QUEUE, DEFAULT_RETENTION_DAYS, RETRY_AFTER};
pub use report::{
    civil_date, parse_civil_date, percent, ContentGap, Day, Helpful, MissingTranslation, NoComment,
    QueryCount, Report, ReportOptions, Viewed,
};
pub use store::{normalize, Backend, Param, Store, Value, SQLITE_FILE};
pub use table::{Column, Table, TableKind};
pub use vocabulary::{words_to_teach, words_to_teach_in, WordToTeach};
