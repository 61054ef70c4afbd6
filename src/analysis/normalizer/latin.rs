//! Latin term normalisation after folding: one apostrophe, and no English possessive
//! (`account's`, `Acme’s` -> `account`, `acme`).

/// Replaces typographic apostrophes with `'` and removes trailing possessive `'s`.
pub(crate) fn normalize(term: &mut String) {
    if term.contains('\u{2019}') {
        *term = term.replace('\u{2019}', "'");
    }
    while term.ends_with("'s") && term.len() > 2 {
        term.truncate(term.len() - 2);
    }
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
    fn possessives_go() {
        assert_eq!(normalized("account's"), "account");
        assert_eq!(normalized("falak’s"), "falak");
        assert_eq!(normalized("a's's"), "a");
        assert_eq!(normalized("don't"), "don't");
        assert_eq!(normalized("'s"), "'s");
    }
}
