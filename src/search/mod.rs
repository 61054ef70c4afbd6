//! Search: query text -> language routing -> tantivy query -> ranked, grouped results with
//! snippets; suggested answers for agents; autocomplete; did-you-mean.

mod agent;
mod answer_cache;
mod as_you_type;
mod engine;
mod error;
mod limits;
mod query;
mod rank;
mod snippet;
mod stored;
mod types;
mod typos;

pub use agent::{select_terms, WeightedTerm};
pub use as_you_type::{CompletionIndex, Completions};
pub use engine::{ArticleView, Engine};
pub use error::{Result, SearchError};
pub use limits::{
    MAX_EXPANDED_WORDS, MAX_LIMIT, MAX_MESSAGE_BYTES, MAX_OFFSET, MAX_QUERY_CHARS, MAX_QUERY_TERMS,
};
pub use query::RankingParams;
pub use rank::{
    asked_vocabulary, asked_votes, query_key, ArticleKey, FaqLean, LearnedArticle, LearnedHandle,
    LearnedPrior, LearnedSnapshot, Vocabulary, Vote, FAQ_LEAN_DEPTH,
    MAX_BOOST as MAX_LEARNED_BOOST, MIN_LEAN_QUERIES, MIN_WORD_QUERIES, VOCABULARY_DEPTH,
};
pub use types::*;
