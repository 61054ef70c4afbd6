//! Search: query text -> language routing -> tantivy query -> ranked, grouped results with
//! snippets; suggested answers for agents; autocomplete; did-you-mean.

mod answer_cache;
mod autocomplete;
mod colloquial;
mod completion;
mod did_you_mean;
mod edit_distance;
mod engine;
mod error;
mod fuzzy;
mod grouping;
mod limits;
mod message;
mod prefix;
mod pruned;
mod query;
mod rank;
mod scoring;
mod snippet;
mod stats;
mod stored;
mod suggest;
mod types;

pub use completion::{CompletionIndex, Completions};
pub use engine::{ArticleView, Engine};
pub use error::{Result, SearchError, MAX_LIMIT, MAX_MESSAGE_BYTES, MAX_OFFSET, MAX_QUERY_CHARS};
pub use limits::{MAX_EXPANDED_WORDS, MAX_QUERY_TERMS};
pub use query::RankingParams;
pub use suggest::{select_terms, WeightedTerm};
pub use types::*;
