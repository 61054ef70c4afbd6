//! The store's schema as versioned migrations, the same SQL for SQLite and PostgreSQL: only
//! `BIGINT` and `TEXT` columns, times as Unix seconds, flags as 0/1.
//!
//! A migration is never edited once released: a change is a new entry at the end. Each runs
//! in its own transaction and records its version in `insights_migrations`.

/// The table recording which migrations ran.
pub const MIGRATIONS_TABLE: &str = "CREATE TABLE IF NOT EXISTS insights_migrations (\
version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)";

/// Every migration, in order; the version of entry `i` is `i + 1`.
pub const MIGRATIONS: &[&[&str]] = &[&[
    "CREATE TABLE searches (
        id TEXT PRIMARY KEY,
        at BIGINT NOT NULL,
        source TEXT NOT NULL,
        lang_asked TEXT,
        lang_used TEXT NOT NULL,
        query TEXT NOT NULL,
        normalized TEXT NOT NULL,
        results BIGINT NOT NULL,
        exact BIGINT NOT NULL,
        top_results TEXT NOT NULL,
        did_you_mean BIGINT NOT NULL,
        other_lang BIGINT NOT NULL,
        latency_us BIGINT NOT NULL)",
    "CREATE INDEX searches_at ON searches (at)",
    "CREATE TABLE opens (
        search_id TEXT NOT NULL,
        at BIGINT NOT NULL,
        lang TEXT NOT NULL,
        article TEXT NOT NULL,
        anchor TEXT NOT NULL,
        position BIGINT NOT NULL)",
    "CREATE INDEX opens_search ON opens (search_id)",
    "CREATE INDEX opens_at ON opens (at)",
    "CREATE TABLE feedback (
        at BIGINT NOT NULL,
        lang TEXT NOT NULL,
        article TEXT NOT NULL,
        anchor TEXT NOT NULL,
        helpful BIGINT NOT NULL,
        comment TEXT)",
    "CREATE INDEX feedback_at ON feedback (at)",
    "CREATE TABLE copies (
        at BIGINT NOT NULL,
        search_id TEXT,
        lang TEXT NOT NULL,
        article TEXT NOT NULL,
        anchor TEXT NOT NULL)",
    "CREATE INDEX copies_at ON copies (at)",
    // One row per one-off import (the feedback log of earlier versions), so it runs once even
    // with several replicas starting together.
    "CREATE TABLE imports (name TEXT PRIMARY KEY, at BIGINT NOT NULL)",
]];

/// The tables holding events, each with an `at` column, for retention.
pub const EVENT_TABLES: [&str; 4] = ["searches", "opens", "feedback", "copies"];

/// The newest schema version this build knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}
