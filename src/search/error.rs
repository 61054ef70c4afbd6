//! Errors of the search stage: bad input (the caller's fault) and internal failures.

use crate::index::IndexError;

/// Why a search could not be answered.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The request is malformed; the message says how to fix it.
    #[error("{0}")]
    BadRequest(String),
    /// The index failed underneath.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// tantivy failed while searching.
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

impl SearchError {
    /// Whether the caller caused the error (a 4xx, not a 5xx).
    pub fn is_bad_request(&self) -> bool {
        matches!(self, SearchError::BadRequest(_))
    }
}

/// Result alias of the search stage.
pub type Result<T> = std::result::Result<T, SearchError>;
