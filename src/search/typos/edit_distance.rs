//! How many edits a typo-tolerant match allows; the distance itself is
//! [`crate::text::bounded_levenshtein`].

/// How many edits a typo-tolerant match allows for a term of this length.
pub fn allowed_edits(term: &str) -> u8 {
    match term.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_grow_with_length() {
        assert_eq!(allowed_edits("fee"), 0);
        assert_eq!(allowed_edits("verify"), 1);
        assert_eq!(allowed_edits("verification"), 2);
    }
}
