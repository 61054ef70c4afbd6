//! English stemming with the Snowball English (Porter2) algorithm, for English text and for
//! Latin runs in every language.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static SNOWBALL: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Replaces `term` with its Snowball English stem.
pub(crate) fn stem(term: &mut String) {
    if let Cow::Owned(stemmed) = SNOWBALL.stem(term) {
        if !stemmed.is_empty() {
            *term = stemmed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stemmed(word: &str) -> String {
        let mut term = word.to_string();
        stem(&mut term);
        term
    }

    #[test]
    fn snowball_english() {
        assert_eq!(stemmed("withdrawals"), "withdraw");
        assert_eq!(stemmed("withdrawal"), "withdraw");
        assert_eq!(stemmed("deposits"), "deposit");
        assert_eq!(stemmed("verifying"), "verifi");
        assert_eq!(stemmed("usdt"), "usdt");
        assert_eq!(stemmed("2fa"), "2fa");
    }
}
