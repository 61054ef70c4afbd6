//! Number normalisation: thousands separators go (`1,000` -> `1000`), so amounts match however
//! they are written; a comma not followed by exactly three digits stays.

/// Removes the commas of `term` that separate groups of three digits.
pub(crate) fn normalize(term: &mut String) {
    if !term.contains(',') {
        return;
    }
    let bytes = term.as_bytes();
    let mut out = String::with_capacity(term.len());
    for (i, c) in term.char_indices() {
        if c == ',' {
            let group = &bytes[i + 1..];
            let three_digits = group.len() >= 3 && group[..3].iter().all(u8::is_ascii_digit);
            let then_ends = group.get(3).is_none_or(|b| !b.is_ascii_digit());
            if three_digits && then_ends {
                continue;
            }
        }
        out.push(c);
    }
    *term = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(src: &str) -> String {
        let mut term = src.to_string();
        normalize(&mut term);
        term
    }

    #[test]
    fn thousands_separators_go() {
        assert_eq!(normalized("1,000"), "1000");
        assert_eq!(normalized("10,000,000"), "10000000");
        assert_eq!(normalized("0,5"), "0,5");
        assert_eq!(normalized("12,3456"), "12,3456");
        assert_eq!(normalized("3.50"), "3.50");
    }
}
