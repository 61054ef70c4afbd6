//! A light Persian stemmer: plural (ها، های، هایی), comparative (تر، ترین), Arabic plural
//! (ان، ات) and ezafe/indefinite (ی، ای) suffixes, keeping a minimum stem. Input is normalised
//! text (Persian ی/ک); a ZWNJ still in it marks a suffix for certain (`هزینه‌ای`), and a word
//! without one is read with the plural first (`هزینههای` is `هزینه` + `های`).

use super::affix::{char_len, strip_suffix_of};
use crate::analysis::normalizer::ZWNJ;

/// Suffixes that are stripped when a ZWNJ sets them apart, whatever the stem's length.
const SUFFIXES_AFTER_ZWNJ: &[&str] = &[
    "هایشان",
    "هایمان",
    "هایتان",
    "هایی",
    "هایم",
    "هایت",
    "هایش",
    "های",
    "ها",
    "ترین",
    "تر",
    "ای",
    "ی",
    "ام",
    "ات",
    "اش",
    "ایم",
    "اید",
    "اند",
];
/// Plural suffixes, longest first; they leave at least [`MIN_PLURAL_STEM`] letters (`کدها`).
const PLURALS: &[&str] = &["هایی", "های", "ها"];
/// Comparative and superlative suffixes.
const COMPARATIVES: &[&str] = &["ترین", "تر"];
/// Arabic-style plural suffixes.
const ARABIC_PLURALS: &[&str] = &["ان", "ات"];

/// The shortest stem left by the plural suffixes.
const MIN_PLURAL_STEM: usize = 2;
/// The shortest stem left by the other suffixes.
const MIN_STEM: usize = 3;
/// The shortest stem left by a bare ezafe/adjective ی (`بانکی` -> `بانک`, `مالی` stays).
const MIN_STEM_BEFORE_YEH: usize = 4;

/// Replaces a normalised Persian `term` with its light stem (without ZWNJ).
pub(crate) fn stem(term: &mut String) {
    if let Some(at) = term.rfind(ZWNJ) {
        let tail = &term[at + ZWNJ.len_utf8()..];
        if SUFFIXES_AFTER_ZWNJ.contains(&tail) && char_len(&term[..at]) >= MIN_PLURAL_STEM {
            term.truncate(at);
        }
    }
    if term.contains(ZWNJ) {
        term.retain(|c| c != ZWNJ);
    }
    strip_suffix_of(term, PLURALS, MIN_PLURAL_STEM);
    if !strip_suffix_of(term, COMPARATIVES, MIN_STEM) {
        strip_suffix_of(term, ARABIC_PLURALS, MIN_STEM);
    }
    // Ezafe or indefinite: `هزینهای` (after ه), `بانکی`.
    if let Some(rest) = term.strip_suffix("ای") {
        if rest.ends_with('ه') && char_len(rest) >= MIN_STEM {
            term.truncate(rest.len());
            return;
        }
    }
    strip_suffix_of(term, &["ی"], MIN_STEM_BEFORE_YEH);
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
    fn plurals() {
        assert_eq!(stemmed("هزینههای"), "هزینه");
        assert_eq!(stemmed("هزینهها"), "هزینه");
        assert_eq!(stemmed("هزینههایی"), "هزینه");
        assert_eq!(stemmed("کدها"), "کد");
        assert_eq!(stemmed("کاربران"), "کاربر");
        assert_eq!(stemmed("اطلاعات"), "اطلاع");
        assert_eq!(stemmed("مشتریان"), stemmed("مشتری"));
        assert_eq!(stemmed("مشتری\u{200C}ها"), stemmed("مشتری"));
        assert_eq!(stemmed("کاربرانها"), "کاربر");
        assert_eq!(stemmed("هزینه\u{200C}های"), "هزینه");
        assert_eq!(stemmed("زمان"), "زمان");
    }

    #[test]
    fn comparatives_and_ezafe() {
        assert_eq!(stemmed("بیشترین"), "بیش");
        assert_eq!(stemmed("بیشتر"), "بیش");
        assert_eq!(stemmed("کمتر"), "کمتر");
        assert_eq!(stemmed("هزینهی"), "هزینه");
        assert_eq!(stemmed("هزینه\u{200C}ای"), "هزینه");
        assert_eq!(stemmed("هزینه\u{200C}ی"), "هزینه");
        assert_eq!(stemmed("خسته\u{200C}ام"), "خسته");
        assert_eq!(stemmed("می\u{200C}شود"), "میشود");
        assert_eq!(stemmed("بانکی"), "بانک");
        assert_eq!(stemmed("مالی"), "مالی");
        assert_eq!(stemmed("برداشت"), "برداشت");
    }
}
