//! Heading anchors: readable ids in every script (`هزینه-برداشت`, `如何提款`, `fees`), unique
//! within an article, with explicit `{#custom-id}` ids taking precedence.

use std::collections::HashSet;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The anchor used when a heading has no letter or digit at all (`## ???`).
const FALLBACK: &str = "section";

/// Turns a heading into an anchor id: letters and digits of every script are kept (NFC,
/// lowercased), with the combining marks that belong to them; every run of anything else
/// (spaces, punctuation, symbols) becomes one `-`; no `-` at either end.
///
/// Left out without a trace: zero-width (non-)joiners (`می‌خواهم` gives `میخواهم`), the Arabic
/// tatweel, and Arabic vowel marks (harakat), which writers add or leave out freely: the
/// anchor must not change when they do.
///
/// Returns an empty string for a heading without letters or digits.
pub fn slugify(heading: &str) -> String {
    let mut out = String::with_capacity(heading.len());
    // Whether something was skipped since the last kept character.
    let mut gap = false;
    // Whether the last kept character can carry a combining mark.
    let mut in_word = false;
    for c in heading.nfc() {
        if is_left_out(c) {
            continue;
        }
        if c.is_alphanumeric() || (in_word && is_combining_mark(c)) {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            in_word = true;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
            in_word = false;
        }
    }
    out
}

/// Characters that vanish from anchors without separating words.
fn is_left_out(c: char) -> bool {
    matches!(c,
        '\u{200C}' | '\u{200D}' // zero-width non-joiner, joiner
        | '\u{0640}' // tatweel
        | '\u{064B}'..='\u{065F}' | '\u{0670}' // harakat, superscript alef
        | '\u{06D6}'..='\u{06ED}' // Quranic annotation marks
    )
}

/// Hands out the anchors of one article (or one rendered document), never the same twice.
#[derive(Debug, Default)]
pub(crate) struct Anchors {
    used: HashSet<String>,
}

impl Anchors {
    /// Takes `id` if it is free, otherwise the first free `id-2`, `id-3`, ...
    pub(crate) fn claim(&mut self, id: &str) -> String {
        let base = if id.is_empty() { FALLBACK } else { id };
        if self.used.insert(base.to_owned()) {
            return base.to_owned();
        }
        let mut n = 2usize;
        loop {
            let candidate = format!("{base}-{n}");
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english() {
        assert_eq!(
            slugify("How do I withdraw money?"),
            "how-do-i-withdraw-money"
        );
        assert_eq!(slugify("  Fees & charges -- 2026 "), "fees-charges-2026");
        assert_eq!(
            slugify("Two-factor authentication (2FA)"),
            "two-factor-authentication-2fa"
        );
    }

    #[test]
    fn arabic() {
        assert_eq!(slugify("كيف أسحب أموالي؟"), "كيف-أسحب-أموالي");
        assert_eq!(slugify("رسوم السحب"), "رسوم-السحب");
        // Harakat neither split words nor change the anchor.
        assert_eq!(slugify("مُسْتَخْدِم جديد"), "مستخدم-جديد");
        assert_eq!(
            slugify("إلى أين تُحوَّل أموالك؟"),
            slugify("إلى أين تحول أموالك")
        );
        // Tatweel is decoration.
        assert_eq!(slugify("الســحب"), "السحب");
    }

    #[test]
    fn persian_zwnj_is_kept_out() {
        assert_eq!(slugify("هزینه برداشت"), "هزینه-برداشت");
        assert_eq!(
            slugify("چرا برداشت من انجام نمی\u{200C}شود؟"),
            "چرا-برداشت-من-انجام-نمیشود"
        );
        assert_eq!(slugify("حساب\u{200C}ها، ۲ مرحله"), "حسابها-۲-مرحله");
    }

    #[test]
    fn chinese() {
        assert_eq!(slugify("如何提款？"), "如何提款");
        assert_eq!(slugify("USDT 充值（TRC20）"), "usdt-充值-trc20");
    }

    #[test]
    fn other_scripts_keep_their_marks() {
        // Devanagari vowel signs are part of the word.
        assert_eq!(slugify("नमस्ते दुनिया"), "नमस्ते-दुनिया");
    }

    #[test]
    fn nfc_and_lowercase() {
        // "é" written as e + combining acute comes out composed.
        assert_eq!(slugify("Cafe\u{301} Menu"), "caf\u{e9}-menu");
        assert_eq!(slugify("ÉTAPE"), "étape");
    }

    #[test]
    fn no_letters_gives_empty() {
        assert_eq!(slugify("?!"), "");
        assert_eq!(slugify(""), "");
    }

    #[test]
    fn duplicates_get_numbers() {
        let mut a = Anchors::default();
        assert_eq!(a.claim("fees"), "fees");
        assert_eq!(a.claim("fees"), "fees-2");
        assert_eq!(a.claim("fees-2"), "fees-2-2");
        assert_eq!(a.claim("fees"), "fees-3");
        assert_eq!(a.claim(""), "section");
        assert_eq!(a.claim(""), "section-2");
    }
}
