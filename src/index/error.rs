//! Errors of building, publishing and opening an index.

use std::path::PathBuf;

use crate::content::ContentError;

/// Why an index could not be built or opened.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The content has errors; nothing was published.
    #[error("{} error(s) in the content; the index was not changed", .0.len())]
    Content(Vec<ContentError>),
    /// No index has been built in this folder yet.
    #[error("no index in {0} yet: run `dalil index` to build it")]
    Missing(PathBuf),
    /// The folder holds something that is not a dalil index of this version.
    #[error(
        "{path} is not a dalil index of this version ({reason}): run `dalil index` to rebuild it"
    )]
    Incompatible { path: PathBuf, reason: String },
    /// Files of a build fail their checksum (a damaged disk, a stray write).
    #[error(
        "the build in {path} is damaged ({files} fail their checksum): run `dalil index --full` to rebuild it"
    )]
    Damaged { path: PathBuf, files: String },
    /// The live build changed between loading the content against it and taking the build
    /// lock (another `dalil index` published meanwhile): load the whole content again.
    #[error("another build was published meanwhile; load the content again")]
    BaseMoved,
    /// A file system operation failed.
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// tantivy failed.
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// A JSON file of a build (manifest, synonyms, file stamps) could not be read or written.
    #[error("{path}: {source}")]
    Json {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    /// The binary catalog of a build could not be read or written.
    #[error("{path}: {source} (run `dalil index --full` to rebuild it)")]
    Encoding {
        path: PathBuf,
        #[source]
        source: postcard::Error,
    },
}

impl IndexError {
    /// Wraps an I/O error with what was being done to which path.
    pub fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(std::io::Error) -> IndexError {
        let path = path.into();
        move |source| IndexError::Io {
            action,
            path,
            source,
        }
    }
}

/// Result alias of the index module.
pub type Result<T> = std::result::Result<T, IndexError>;
