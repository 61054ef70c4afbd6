//! Query building: a query text -> per-language plans -> one tantivy query with field weights,
//! phrase boosts and filters.

mod build;
mod colloquial;
mod plan;

pub(crate) use build::equivalent_query;
pub use build::{build_query, FirstPass};
pub(crate) use plan::commoner_bare_form;
/// Named by the tests that build plans by hand.
#[cfg(test)]
pub use plan::QueryTerm;
pub use plan::{Filters, LangPlan, RankingParams};
