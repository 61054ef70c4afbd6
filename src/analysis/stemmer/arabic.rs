//! A light Arabic stemmer in the manner of Light10 (Larkey, Ballesteros and Connell): strip
//! the conjunction و, one definite article (with its attached preposition) or one attached
//! preposition, then pronoun, plural and feminine suffixes, always keeping a stem of at least
//! three letters (two after an article). Input is normalised text (one alef, ه for ة, ي for ى).

use super::affix::{char_len, strip_prefix_of, strip_suffix_of};

/// Articles, longest first; stripped when at least [`MIN_AFTER_ARTICLE`] letters remain.
const ARTICLES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];
/// Single-letter prepositions attached to a word.
const PROCLITICS: &[&str] = &["ب", "ك", "ل", "ف"];
/// After an article, the word's own first letter may also be و (`الواجهه` as `واجهه`).
const PROCLITICS_AFTER_ARTICLE: &[&str] = &["و", "ب", "ك", "ل", "ف"];
/// Attached pronouns, longest first.
const PRONOUNS: &[&str] = &["كم", "هم", "ها", "نا", "ك", "ي"];
/// Plural and dual endings.
const PLURALS: &[&str] = &["ات", "ون", "ين", "ان"];
/// Adjective and feminine endings (ية/ة are already يه/ه).
const ENDINGS: &[&str] = &["يه", "ه", "ي"];

/// The shortest stem left by any rule but article removal.
const MIN_STEM: usize = 3;
/// The shortest stem left by article removal (`الحد` -> `حد`).
const MIN_AFTER_ARTICLE: usize = 2;

/// Replaces a normalised Arabic `term` with its light stem.
///
/// A leading و is the conjunction "and" or the word's own first letter; the word is stemmed
/// both ways and the conjunction reading wins unless the other strips more suffix letters
/// (`وقتك` is `وقت` + `ك`, not `و` + `قتك`).
pub(crate) fn stem(term: &mut String) {
    if term.starts_with('و') && char_len(term) > MIN_STEM {
        let mut whole = term.clone();
        let whole_suffixes = stem_after_conjunction(&mut whole);
        term.drain(..'و'.len_utf8());
        let conjunction_suffixes = stem_after_conjunction(term);
        if whole_suffixes > conjunction_suffixes {
            *term = whole;
        }
    } else {
        stem_after_conjunction(term);
    }
}

/// Strips an article, an attached preposition and suffixes; returns how many suffix letters
/// went.
fn stem_after_conjunction(term: &mut String) -> usize {
    // After an article the preposition step runs too, so a word and the same word with the
    // article meet (`بطاقه`, `البطاقه`).
    let proclitics = if strip_prefix_of(term, ARTICLES, MIN_AFTER_ARTICLE) {
        PROCLITICS_AFTER_ARTICLE
    } else {
        PROCLITICS
    };
    strip_prefix_of(term, proclitics, MIN_STEM);
    let before = char_len(term);
    let pronoun = strip_suffix_of(term, PRONOUNS, MIN_STEM);
    let plural = strip_suffix_of(term, PLURALS, MIN_STEM);
    if pronoun && !plural {
        // A teh marbuta becomes ت before a pronoun: `بطاقتك` -> `بطاقت` -> `بطاقه`.
        restore_teh_marbuta(term);
    }
    strip_suffix_of(term, ENDINGS, MIN_STEM);
    before.saturating_sub(char_len(term))
}

/// A final ت after a stem of three letters or more, not part of ات, was a teh marbuta.
fn restore_teh_marbuta(term: &mut String) {
    if let Some(rest) = term.strip_suffix('ت') {
        if char_len(rest) >= MIN_STEM && !rest.ends_with('ا') {
            term.truncate(rest.len());
            term.push('ه');
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
    fn prefixes() {
        assert_eq!(stemmed("سحب"), "سحب");
        assert_eq!(stemmed("السحب"), "سحب");
        assert_eq!(stemmed("بالسحب"), "سحب");
        assert_eq!(stemmed("والسحب"), "سحب");
        assert_eq!(stemmed("للحساب"), "حساب");
        assert_eq!(stemmed("بسحب"), "سحب");
        assert_eq!(stemmed("وبسحب"), "سحب");
        assert_eq!(stemmed("الحد"), "حد");
        // Too short to lose a letter.
        assert_eq!(stemmed("بنك"), "بنك");
        assert_eq!(stemmed("البنك"), "بنك");
        assert_eq!(stemmed("وقت"), "وقت");
        assert_eq!(stemmed("الوقت"), "وقت");
        assert_eq!(stemmed("الواجهه"), stemmed("واجهه"));
        assert_eq!(stemmed("الوكيل"), stemmed("وكيل"));
    }

    #[test]
    fn suffixes() {
        assert_eq!(stemmed("سحوبات"), "سحوب");
        assert_eq!(stemmed("السحوبات"), "سحوب");
        assert_eq!(stemmed("حسابي"), "حساب");
        assert_eq!(stemmed("حساباتكم"), "حساب");
        assert_eq!(stemmed("المتداولين"), "متداول");
        assert_eq!(stemmed("الهويه"), "هوي");
    }

    #[test]
    fn teh_marbuta_before_pronouns() {
        assert_eq!(stemmed("بطاقتي"), stemmed("بطاقه"));
        assert_eq!(stemmed("البطاقه"), stemmed("بطاقه"));
        assert_eq!(stemmed("محفظتك"), stemmed("المحفظه"));
        assert_eq!(stemmed("هويتك"), stemmed("الهويه"));
        assert_eq!(stemmed("وقتك"), "وقت");
        assert_eq!(stemmed("وسحب"), "سحب");
        assert_eq!(stemmed("وحسابك"), "حساب");
        assert_eq!(stemmed("وديعتك"), stemmed("الوديعه"));
    }
}
