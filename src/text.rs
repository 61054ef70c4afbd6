//! Character-level facts every stage shares: which characters are Han, and how many edits apart
//! two words are. One definition each, so that language detection, analysis, search as you type
//! and writers' "did you mean" agree.

/// CJK ideographs (unified, extension A, compatibility, and the supplementary planes) and `〇`.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{3007}'
        | '\u{20000}'..='\u{2FA1F}'
        | '\u{30000}'..='\u{3134F}')
}

/// Levenshtein distance on characters between `a` and `b` if it is at most `max`, else `None`.
/// The words compared are short and few (typo corrections, misspelt front-matter keys), so a
/// two-row DP with an early exit is plenty.
pub fn bounded_levenshtein(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(bounded_levenshtein("withdrawl", "withdrawal", 2), Some(1));
        assert_eq!(bounded_levenshtein("kitten", "sitting", 3), Some(3));
        assert_eq!(bounded_levenshtein("kitten", "sitting", 2), None);
        assert_eq!(bounded_levenshtein("السحبب", "السحب", 1), Some(1));
        assert_eq!(bounded_levenshtein("", "ab", 2), Some(2));
    }

    #[test]
    fn han_covers_every_ideograph_block_and_nothing_else() {
        for c in ['中', '㐀', '豈', '〇', '𠀀', '𰀀'] {
            assert!(is_han(c), "{c}");
        }
        for c in ['a', 'س', 'ی', '。', '１', 'ア'] {
            assert!(!is_han(c), "{c}");
        }
    }
}
