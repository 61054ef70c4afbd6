//! Ranking: per-language BM25 statistics, the scoring tree of a query, pruned and exhaustive
//! ranking of matching sections, grouped by article.

mod grouping;
mod pruned;
mod ranking;
mod scoring;
mod stats;

pub use grouping::{ArticleGroup, GroupByArticle, ARTICLE_ORD};
pub use scoring::Scoring;
