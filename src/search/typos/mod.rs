//! Typo tolerance: bounded edit distance, corrections of unknown words from the index's own
//! vocabulary, Chinese words typed with the wrong characters of the right sound, and
//! did-you-mean.

mod did_you_mean;
mod edit_distance;
mod fuzzy;
mod sound_alike;

pub use did_you_mean::correct;
pub use edit_distance::allowed_edits;
pub use fuzzy::remembered_expand;
pub use sound_alike::sound_alike;
