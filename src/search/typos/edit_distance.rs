//! Levenshtein distance on characters, bounded: typo highlighting and did-you-mean compare a
//! handful of short words, so a simple two-row DP with an early exit is plenty.

/// Edit distance between `a` and `b` if it is at most `max`, else `None`.
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
    fn distances() {
        assert_eq!(bounded_levenshtein("withdrawl", "withdrawal", 2), Some(1));
        assert_eq!(bounded_levenshtein("kitten", "sitting", 3), Some(3));
        assert_eq!(bounded_levenshtein("kitten", "sitting", 2), None);
        assert_eq!(bounded_levenshtein("السحبب", "السحب", 1), Some(1));
        assert_eq!(bounded_levenshtein("", "ab", 2), Some(2));
    }

    #[test]
    fn edits_grow_with_length() {
        assert_eq!(allowed_edits("fee"), 0);
        assert_eq!(allowed_edits("verify"), 1);
        assert_eq!(allowed_edits("verification"), 2);
    }
}
