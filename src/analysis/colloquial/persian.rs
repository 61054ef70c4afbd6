//! Colloquial (Tehrani) Persian as customers type it, to written forms: object markers
//! `ـو`/`ـرو` (`لوریجو`, `تترو`, `اینارو`, `خارجیو`), possessive clitics (`حسابمو` -> `حسابم` -> `حساب`), the spoken
//! plural `ـا`/`ـای` (`قیمتا`, `کدای`), the spoken copula `ـه` (`امنه` -> `امن`), spoken verb endings and stems (`میخوام` -> `میخواهم`, `میشه` ->
//! `میشود`, `نمیتونم` -> `نمیتوانم`, `میکنه` -> `میکند`) and question words (`چیه` -> `چیست`).
//! Input is normalised (Persian ی/ک, no ZWNJ: `می‌شه` is `میشه`).

use super::{apply_rules, chars};

/// The shortest form a clitic rule leaves.
const MIN_FORM: usize = 2;
/// Rules applied on top of one another, at most this many per form.
const DEPTH: usize = 3;

/// Spoken verb tails (after `می`/`نمی`/`ب`) and question words, with their written forms.
const SPOKEN: &[(&str, &str)] = &[
    ("خوام", "خواهم"),
    ("خوای", "خواهی"),
    ("خواد", "خواهد"),
    ("خوایم", "خواهیم"),
    ("خواین", "خواهید"),
    ("خوان", "خواهند"),
    ("تونم", "توانم"),
    ("تونی", "توانی"),
    ("تونه", "تواند"),
    ("تونیم", "توانیم"),
    ("تونین", "توانید"),
    ("تونن", "توانند"),
    ("شه", "شود"),
    ("شن", "شوند"),
    ("ره", "رود"),
    ("گه", "گوید"),
    ("اد", "آید"),
    ("ام", "آیم"),
    ("ان", "آیند"),
    ("ده", "دهد"),
    ("دن", "دهند"),
    ("ذارم", "گذارم"),
    ("ذاره", "گذارد"),
    // Seventh round: the rest of the persons of شدن, دادن, رفتن as spoken (`بشم`, `میدم`,
    // `بدین`, `میرم`), after `وارد شم` (blind: حسابم قفل شده نميتونم وارد شم).
    ("شم", "شوم"),
    ("شی", "شوی"),
    ("شیم", "شویم"),
    ("شین", "شوید"),
    ("دم", "دهم"),
    ("دی", "دهی"),
    ("دیم", "دهیم"),
    ("دین", "دهید"),
    ("رم", "روم"),
    ("ریم", "رویم"),
    ("رین", "روید"),
];
/// Spoken verbs typed without a prefix (a subjunctive after a noun, `وارد شم`, or a polite
/// plural imperative, `درست کنین`), with their written forms.
const BARE_VERBS: &[(&str, &str)] = &[
    ("شم", "شوم"),
    ("شه", "شود"),
    ("شن", "شوند"),
    ("شین", "شوید"),
    ("کنین", "کنید"),
    ("کنن", "کنند"),
];
/// Spoken question words.
const QUESTION_WORDS: &[(&str, &str)] = &[
    ("چیه", "چیست"),
    ("کیه", "کیست"),
    ("چطوری", "چطور"),
    ("چجوری", "چطور"),
];
/// Verb prefixes before a spoken tail.
const VERB_PREFIXES: &[&str] = &["نمی", "می", "ب", "ن"];

/// Appends the written forms of the colloquial word `word` to `out`.
pub(super) fn written_forms(word: &str, out: &mut Vec<String>) {
    if let Some(&(_, written)) = QUESTION_WORDS.iter().find(|(w, _)| *w == word) {
        out.push(written.to_string());
        return;
    }
    if let Some(&(_, written)) = BARE_VERBS.iter().find(|(w, _)| *w == word) {
        out.push(written.to_string());
        return;
    }
    if let Some(verb) = verb(word) {
        out.push(verb);
    }
    apply_rules(
        word,
        &[
            object_marker,
            object_marker_after_r,
            object_marker_after_ye,
            possessive,
            spoken_plural,
            spoken_copula,
            silent_he_possessive,
        ],
        DEPTH,
        out,
    );
}

fn keep(rest: &str) -> Option<String> {
    (chars(rest) >= MIN_FORM).then(|| rest.to_string())
}

/// `میخوام` -> `میخواهم`, `میشه` -> `میشود`, `میکنه` -> `میکند`, `میکنن` -> `میکنند`.
fn verb(w: &str) -> Option<String> {
    let (prefix, tail) = VERB_PREFIXES
        .iter()
        .find_map(|p| w.strip_prefix(p).map(|t| (*p, t)))?;
    if let Some(&(_, written)) = SPOKEN.iter().find(|(s, _)| *s == tail) {
        return Some(format!("{prefix}{written}"));
    }
    // A polite plural (`بفرستین`, `نفرستین`) is the one ending of a `ب`/`ن` verb the written
    // forms are asked for: a noun in `ب`/`ن` ending in `ین` that the index does not know
    // (`بنزین`) would only be asked for a form (`بنزید`) no text holds.
    if !prefix.ends_with("می") {
        return tail
            .strip_suffix("ین")
            .filter(|stem| chars(stem) >= 3)
            .map(|stem| format!("{prefix}{stem}ید"));
    }
    if chars(tail) < 2 {
        return None;
    }
    if let Some(stem) = tail.strip_suffix("ین") {
        return Some(format!("{prefix}{stem}ید"));
    }
    if let Some(stem) = tail.strip_suffix('ن') {
        return Some(format!("{prefix}{stem}ند"));
    }
    tail.strip_suffix('ه')
        .map(|stem| format!("{prefix}{stem}د"))
}

/// `لوریجو` -> `لوریج`, `تترو` -> `تتر`, `حسابمو` -> `حسابم` (object marker `را` as spoken).
fn object_marker(w: &str) -> Option<String> {
    // `رو` after a vowel letter (`اینارو`), a bare `و` after a consonant (`تترو` is `تتر` + `و`).
    if let Some(rest) = w.strip_suffix("رو") {
        if rest.ends_with(['ا', 'ه', 'ی', 'و']) {
            return keep(rest);
        }
    }
    let rest = w.strip_suffix('و')?;
    // After a vowel letter the و is the word's own (`پالو`, `راهنماو` are not spoken forms).
    (!rest.ends_with(['ا', 'و', 'ی']))
        .then(|| keep(rest))
        .flatten()
}

/// `دلارو` -> `دلار`, `آتنتیکیتورو` -> `آتنتیکیتور`: a word in `ر` after a vowel letter with
/// the object marker `و`, which [`object_marker`] reads as `رو` after a vowel (`اینارو`) and
/// so never offers; both readings are forms, the index or the lexicon decides.
fn object_marker_after_r(w: &str) -> Option<String> {
    let rest = w.strip_suffix('و')?;
    let before_r = rest.strip_suffix('ر')?;
    before_r
        .ends_with(['ا', 'و', 'ی', 'ه'])
        .then(|| keep(rest))
        .flatten()
}

/// `خارجیو` -> `خارجی`, `گوشیو` -> `گوشی`: the object marker `و` after a word in `ی`, as
/// Tehrani speech says it (written `خارجی را`), which [`object_marker`] leaves, since after the
/// other vowel letters the `و` is the word's own (`پالو`). Only words the index does not know
/// are asked about, so a written word in `یو` (`رادیو`) keeps its own reading.
fn object_marker_after_ye(w: &str) -> Option<String> {
    w.strip_suffix('و')
        .filter(|rest| rest.ends_with('ی') && chars(rest) >= 3)
        .map(str::to_string)
}

/// `حسابم` -> `حساب`, `گوشیم` -> `گوشی`, `حسابشون` -> `حساب` (possessive clitics).
fn possessive(w: &str) -> Option<String> {
    ["مون", "تون", "شون", "م", "ت", "ش"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .and_then(keep)
}

/// `قیمتا` -> `قیمت`, `پوزیشنام` -> `پوزیشن`, `کدای` -> `کد` (spoken plural `ـا`, `ـای` before
/// a noun, with a possessive).
fn spoken_plural(w: &str) -> Option<String> {
    // A two-letter noun (`کد`, `اپ`) takes `ـا`/`ـای` too; with a clitic after it (`ـام`) a
    // two-letter rest is more often a word of its own (`کدام`).
    if let Some(rest) = w.strip_suffix("ای").or_else(|| w.strip_suffix('ا')) {
        if chars(rest) == 2 && !rest.ends_with(['ا', 'و', 'ی', 'ه']) {
            return Some(rest.to_string());
        }
    }
    ["ام", "ات", "اش", "ای", "ا"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .filter(|rest| chars(rest) >= 3)
        .map(str::to_string)
}

/// `سرمایم` -> `سرمایه`, `خونم` -> `خونه` (a possessive on a word in silent `ه`: written
/// `سرمایه‌ام`, spoken without the `ه`). Tried after the plain possessive, which keeps the
/// word as typed when the index knows that.
fn silent_he_possessive(w: &str) -> Option<String> {
    ["م", "ت", "ش"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .filter(|rest| chars(rest) >= 2 && !rest.ends_with(['ا', 'و', 'ه']))
        .map(|rest| format!("{rest}ه"))
}

/// `امنه` -> `امن`, `کارته` -> `کارت`, `حسابه` -> `حساب` (the spoken copula `ـه`, "is", or the
/// spoken definite `ـه`, "the"). Only a consonant before it: after a vowel letter the `ه` is the
/// word's own (`راه`, `کوه`). A written word in silent `ه` (`معامله`) would be cut too, but the
/// query builder asks only about words the index does not know, and the index knows those.
fn spoken_copula(w: &str) -> Option<String> {
    let rest = w.strip_suffix('ه')?;
    (!rest.ends_with(['ا', 'و', 'ی', 'ه']))
        .then(|| keep(rest))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(word: &str) -> Vec<String> {
        crate::analysis::written_forms(crate::lang::Lang::Fa, word)
    }

    #[test]
    fn each_rule_alone() {
        assert_eq!(verb("میخوام").as_deref(), Some("میخواهم"));
        assert_eq!(verb("نمیتونم").as_deref(), Some("نمیتوانم"));
        assert_eq!(verb("میشه").as_deref(), Some("میشود"));
        assert_eq!(verb("میکنه").as_deref(), Some("میکند"));
        assert_eq!(verb("میکنن").as_deref(), Some("میکنند"));
        assert_eq!(verb("نمیاد").as_deref(), Some("نمیآید"));
        assert_eq!(verb("بشه").as_deref(), Some("بشود"));
        assert_eq!(verb("بانک"), None);
        assert_eq!(verb("بفرستین").as_deref(), Some("بفرستید"));
        assert_eq!(verb("بدین").as_deref(), Some("بدهید"));
        assert_eq!(verb("بشم").as_deref(), Some("بشوم"));
        assert_eq!(verb("میرم").as_deref(), Some("میروم"));
        assert_eq!(verb("بین"), None);
        assert_eq!(object_marker_after_r("دلارو").as_deref(), Some("دلار"));
        assert_eq!(object_marker_after_r("تترو"), None);
        assert_eq!(
            object_marker_after_r("آتنتیکیتورو").as_deref(),
            Some("آتنتیکیتور")
        );
        assert_eq!(object_marker("تترو").as_deref(), Some("تتر"));
        assert_eq!(object_marker("خارجیو"), None);
        assert_eq!(object_marker_after_ye("خارجیو").as_deref(), Some("خارجی"));
        assert_eq!(object_marker_after_ye("گوشیو").as_deref(), Some("گوشی"));
        assert_eq!(object_marker_after_ye("پالو"), None);
        assert_eq!(object_marker_after_ye("میو"), None);
        assert_eq!(object_marker("اینارو").as_deref(), Some("اینا"));
        assert_eq!(object_marker("لوریجو").as_deref(), Some("لوریج"));
        assert_eq!(object_marker("حسابمو").as_deref(), Some("حسابم"));
        assert_eq!(possessive("حسابم").as_deref(), Some("حساب"));
        assert_eq!(spoken_plural("قیمتا").as_deref(), Some("قیمت"));
        assert_eq!(spoken_plural("پوزیشنام").as_deref(), Some("پوزیشن"));
        assert_eq!(spoken_plural("کدای").as_deref(), Some("کد"));
        assert_eq!(spoken_plural("کارتای").as_deref(), Some("کارت"));
        assert_eq!(spoken_plural("کدام"), None);
        assert_eq!(silent_he_possessive("سرمایم").as_deref(), Some("سرمایه"));
        assert_eq!(silent_he_possessive("پام"), None);
        assert_eq!(spoken_copula("امنه").as_deref(), Some("امن"));
        assert_eq!(spoken_copula("کارته").as_deref(), Some("کارت"));
        assert_eq!(spoken_copula("راه"), None);
        assert_eq!(spoken_copula("به"), None);
        assert_eq!(forms("چیه"), ["چیست"]);
    }

    #[test]
    fn rules_stack() {
        assert!(forms("حسابمو").contains(&"حساب".to_string()));
        assert!(forms("اکانتمو").contains(&"اکانت".to_string()));
        assert!(forms("گوشیمو").contains(&"گوشی".to_string()));
    }
}
