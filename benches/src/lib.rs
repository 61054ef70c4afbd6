//! dalil-bench: the benchmark tooling of dalil, kept out of the shipped binary and library.
//!
//! [`corpus`] generates large seeded help centers from real text, [`queries`] reads the
//! queries benchmarks send (per language and kind), [`latency`] times them in process, and
//! [`insights`] writes generated insights events (store size and write rate).
//! The `dalil-bench` binary (`corpus`, `paths`, `latency`, `insights`) and the criterion benches in
//! `benches/benches/` use them; docs/PERFORMANCE.md says how.

pub mod corpus;
pub mod insights;
pub mod latency;
pub mod queries;

use std::path::PathBuf;

/// Where the shared relevance benchmark keeps its passages and questions, relative to the
/// repository (read at run time, never copied into it).
pub const RELEVANCE_DIR: &str = "../shared/bench/relevance";

/// The repository root (the `dalil` package), for tests and benches run from anywhere.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}
