//! Affix stripping with a minimum stem length, shared by the light stemmers.

/// The number of characters (letters, for normalised Arabic-script text) of `s`.
pub(super) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Strips the first of `prefixes` that `term` starts with, if `min` letters remain.
pub(super) fn strip_prefix_of(term: &mut String, prefixes: &[&str], min: usize) -> bool {
    for prefix in prefixes {
        if let Some(rest) = term.strip_prefix(prefix) {
            if char_len(rest) >= min {
                term.drain(..prefix.len());
                return true;
            }
        }
    }
    false
}

/// Strips the first of `suffixes` that `term` ends with, if `min` letters remain.
pub(super) fn strip_suffix_of(term: &mut String, suffixes: &[&str], min: usize) -> bool {
    for suffix in suffixes {
        if let Some(rest) = term.strip_suffix(suffix) {
            if char_len(rest) >= min {
                term.truncate(rest.len());
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_fitting_affix_goes() {
        let mut term = "abcdef".to_string();
        assert!(!strip_suffix_of(&mut term, &["cdef"], 3));
        assert!(strip_suffix_of(&mut term, &["cdef", "ef", "f"], 3));
        assert_eq!(term, "abcd");
        assert!(strip_prefix_of(&mut term, &["x", "ab"], 2));
        assert_eq!(term, "cd");
        assert_eq!(char_len("سحب"), 3);
    }
}
