//! Search as you type: the completion index of titles, questions and headings, the vocabulary
//! words that complete the word being typed, and the autocomplete answer built from both.

mod autocomplete;
mod completion;
mod prefix;

pub use completion::{CompletionIndex, Completions};
pub use prefix::remembered_completions;
