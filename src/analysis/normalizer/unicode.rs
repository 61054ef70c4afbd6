//! The normalisation every term gets: Unicode NFKC (full-width to half-width, presentation
//! forms to letters), lowercasing, and Arabic-Indic and Persian digits to ASCII digits, with a
//! per-script character map applied on the way.

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// A per-script character map: the replacement of a character, or `None` to drop it. It must be
/// the identity on ASCII and idempotent.
pub(crate) type CharMap = fn(char) -> Option<char>;

/// The character map that changes nothing.
pub(crate) fn keep(c: char) -> Option<char> {
    Some(c)
}

/// Writes the NFKC, lowercased, digit-folded and `map`ped form of `src` into `out` (cleared
/// first). Text made only of ASCII and of the plain letters of Arabic, Persian and Chinese
/// (which are NFKC already and have no case) takes a fast path.
pub(crate) fn fold(src: &str, map: CharMap, out: &mut String) {
    out.clear();
    if src.is_ascii() {
        out.extend(src.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    if src.chars().all(is_plain) {
        for c in src.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else if let Some(mapped) = map(fold_digit(c)) {
                out.push(mapped);
            }
        }
        return;
    }
    push_folded(src, map, out);
    // Lowercasing or dropping a mark can, rarely, leave text that NFKC changes again; fold
    // until nothing changes so that folding a folded term is a no-op.
    for _ in 0..3 {
        if is_nfkc_quick(out.chars()) == IsNormalized::Yes {
            return;
        }
        let again = std::mem::take(out);
        push_folded(&again, map, out);
        if *out == again {
            return;
        }
    }
}

/// ASCII, and characters that are NFKC, caseless, starters that compose with nothing, and that
/// every character map sends into this same set (or drops): the letters and digits of plain
/// Arabic, Persian and Chinese text, and ZWNJ.
#[inline]
fn is_plain(c: char) -> bool {
    c.is_ascii()
        || matches!(c,
            '\u{0621}'..='\u{063A}'
            | '\u{0641}'..='\u{064A}'
            | '\u{0660}'..='\u{0669}'
            | '\u{06F0}'..='\u{06F9}'
            | '\u{200C}'
            | '\u{067E}'
            | '\u{0686}'
            | '\u{0698}'
            | '\u{06A9}'
            | '\u{06AF}'
            | '\u{06CC}'
            | '\u{4E00}'..='\u{9FFF}')
}

fn push_folded(src: &str, map: CharMap, out: &mut String) {
    let mut push = |c: char| {
        for lower in c.to_lowercase() {
            if let Some(mapped) = map(fold_digit(lower)) {
                out.push(mapped);
            }
        }
    };
    if is_nfkc_quick(src.chars()) == IsNormalized::Yes {
        src.chars().for_each(&mut push);
    } else {
        src.nfkc().for_each(&mut push);
    }
}

/// Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits and the Arabic decimal and
/// thousands separators to their ASCII forms.
#[inline]
fn fold_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{066B}' => '.',
        '\u{066C}' => ',',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(src: &str) -> String {
        let mut out = String::new();
        fold(src, keep, &mut out);
        out
    }

    #[test]
    fn nfkc_lowercase_and_digits() {
        assert_eq!(folded("USDT"), "usdt");
        assert_eq!(folded("ＵＳＤＴ"), "usdt");
        assert_eq!(folded("２ＦＡ"), "2fa");
        assert_eq!(folded("٢٠٢٤"), "2024");
        assert_eq!(folded("۲۰۲۴"), "2024");
        assert_eq!(folded("٣٫٥"), "3.5");
        assert_eq!(folded("ﬁle"), "file");
        assert_eq!(folded("Ωmega"), "ωmega");
        assert_eq!(folded("ﻻ"), "لا");
    }

    #[test]
    fn the_fast_path_agrees_with_the_general_one() {
        for src in [
            "سحب",
            "هزینه",
            "客户关系管理",
            "ABC سحب",
            "پول",
            "گچ",
            "٢٠٢٤",
            "۲۰",
            "ها\u{200C}ی",
        ] {
            let mut general = String::new();
            push_folded(src, keep, &mut general);
            assert_eq!(folded(src), general, "{src}");
        }
    }

    #[test]
    fn folding_twice_changes_nothing() {
        for src in ["İstanbul", "ǅ", "Ⅻ", "e\u{064B}\u{0301}", "ﷺ", "ΐ", "ẞ"] {
            let once = folded(src);
            assert_eq!(folded(&once), once, "{src:?}");
        }
    }
}
