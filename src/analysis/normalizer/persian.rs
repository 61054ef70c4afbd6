//! Persian letter normalisation: Arabic yeh and kaf (typed on Arabic keyboards) as Persian ی
//! and ک, heh variants as ه, hamza-carrying alefs as ا (آ stays), and no diacritics or tatweel.
//!
//! A ZWNJ inside a word is kept through stemming, where it marks a suffix for certain
//! (`هزینه‌ای` is `هزینه` + `ای`), and removed from every term at the end ([`finish`]), so
//! `هزینه‌ها` and `هزینهها` are one spelling.

use super::arabic::is_ignorable;

/// Zero-width non-joiner, the Persian in-word separator.
pub(crate) const ZWNJ: char = '\u{200C}';

/// Removes the ZWNJs left inside a term.
pub(crate) fn finish(term: &mut String) {
    if term.contains(ZWNJ) {
        term.retain(|c| c != ZWNJ);
    }
}

/// The Persian normaliser's character map (see the module documentation).
pub(crate) fn map_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    if c == ZWNJ {
        return Some(c);
    }
    if is_ignorable(c) {
        return None;
    }
    Some(match c {
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        'ة' | 'ۀ' | 'ە' | 'ہ' => 'ه',
        'أ' | 'إ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        c => c,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::normalizer::unicode::fold;

    fn normalized(src: &str) -> String {
        let mut out = String::new();
        fold(src, map_char, &mut out);
        out
    }

    #[test]
    fn arabic_keyboard_letters_become_persian() {
        assert_eq!(normalized("هزينه"), "هزینه");
        assert_eq!(normalized("كارمزد"), "کارمزد");
        assert_eq!(normalized("يكى"), "یکی");
    }

    #[test]
    fn heh_variants_diacritics_and_zwnj() {
        assert_eq!(normalized("خانۀ"), "خانه");
        assert_eq!(normalized("خانه\u{0654}"), "خانه");
        assert_eq!(normalized("هزینه‌ها"), "هزینه‌ها");
        let mut term = normalized("هزینه‌ها");
        finish(&mut term);
        assert_eq!(term, "هزینهها");
        assert_eq!(normalized("مُشتری"), "مشتری");
        assert_eq!(normalized("آسان"), "آسان");
        assert_eq!(normalized("۱۲۳"), "123");
    }
}
