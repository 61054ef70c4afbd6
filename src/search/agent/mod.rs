//! Suggested answers for support agents: a customer's message cleaned of quotes and signatures
//! -> the best FAQ answers and sections.

mod message;
mod suggest;
mod translation;

pub use suggest::{select_terms, WeightedTerm};
