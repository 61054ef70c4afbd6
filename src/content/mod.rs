//! Content loading: files under `content/` -> [`Article`] values, with errors that name file and line.

mod article;
mod shim;

pub use article::{Article, ArticleType, Section};
pub use shim::*;
