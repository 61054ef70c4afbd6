//! Typo tolerance: bounded edit distance, corrections of unknown words from the index's own
//! vocabulary, and did-you-mean.

mod did_you_mean;
mod edit_distance;
mod fuzzy;

pub use did_you_mean::correct;
pub use edit_distance::allowed_edits;
pub use fuzzy::remembered_expand;
