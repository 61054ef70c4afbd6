//! Errors of the insights store.

/// What can go wrong opening, migrating, writing or reading the insights store.
#[derive(Debug, thiserror::Error)]
pub enum InsightsError {
    #[error("insights database URL {0:?} is not understood (use postgres://user@host/db or sqlite:PATH)")]
    BadUrl(String),
    #[error("opening the SQLite insights store {path}: {source}")]
    SqliteOpen {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("SQLite insights store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL insights store: {0}")]
    Postgres(#[from] postgres::Error),
    #[error("creating the folder of the insights store {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the insights store has schema version {found}, newer than this dalil knows ({known}): upgrade dalil")]
    NewerSchema { found: i64, known: i64 },
    #[error("unexpected value in column {0} of an insights query")]
    Column(usize),
}

/// Result of insights operations.
pub type Result<T> = std::result::Result<T, InsightsError>;
