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
    #[error("PostgreSQL insights store: {}", postgres_detail(.0))]
    Postgres(#[from] postgres::Error),
    #[error("creating the folder of the insights store {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("reading the feedback log {path} to import it: {source}")]
    ImportRead {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the insights store has schema version {found}, newer than this dalil knows ({known}): upgrade dalil")]
    NewerSchema { found: i64, known: i64 },
    #[error("unexpected value in column {0} of an insights query")]
    Column(usize),
}

/// A PostgreSQL error with its cause: the client's own `Display` says only "db error" or
/// "error connecting to server".
fn postgres_detail(e: &postgres::Error) -> String {
    match (e.as_db_error(), std::error::Error::source(e)) {
        (Some(db), _) => format!("{}: {}", db.severity(), db.message()),
        (None, Some(cause)) => format!("{e}: {cause}"),
        (None, None) => e.to_string(),
    }
}

/// Result of insights operations.
pub type Result<T> = std::result::Result<T, InsightsError>;
