//! dalil: a multilingual help-center search and FAQ engine.
//!
//! Data flows one way: [`content`] (Markdown files -> articles) -> [`analysis`] (per-language
//! tokenizers) -> [`index`] (tantivy schema, atomic builds, readers) -> [`search`] (queries,
//! ranking, snippets, suggestions) -> [`insights`] (recording and reports) -> `web` and `cli`. A
//! module uses only those before it. [`lang`] (languages, detection) and [`text`] (the Han test,
//! edit distance) serve every stage.

pub mod analysis;
pub mod content;
pub mod lang;
pub mod parallel;
pub mod text;

pub use lang::Lang;
pub mod cli;
pub mod index;
pub mod insights;
pub mod search;
pub mod web;
