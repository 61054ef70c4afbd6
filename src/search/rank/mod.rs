//! Ranking: per-language BM25 statistics, the scoring tree of a query, pruned and exhaustive
//! ranking of matching sections, grouped by article, weighed by how much of the query they
//! cover, and the click-through prior.

mod asked;
mod asked_neighbours;
mod coverage;
mod faq_lean;
mod grouping;
mod learned;
mod pruned;
mod ranking;
mod scoring;
mod stats;
mod vocabulary;

pub use asked::{asked_vocabulary, asked_votes};
pub use asked_neighbours::AskedNeighbours;
pub(crate) use coverage::{apply_weighed_coverage, Concept};
pub use faq_lean::{FaqLean, FAQ_LEAN_DEPTH, MIN_LEAN_QUERIES};
pub use grouping::{ArticleGroup, GroupByArticle, ARTICLE_ORD};
pub(crate) use learned::LEARNED_DEPTH;
pub use learned::{
    query_key, LearnedArticle, LearnedHandle, LearnedPrior, LearnedSnapshot, MAX_BOOST,
};
pub use scoring::Scoring;
pub use vocabulary::{ArticleKey, Vocabulary, Vote, MIN_WORD_QUERIES, VOCABULARY_DEPTH};
