//! Dialect Arabic verbs as customers type them (Egyptian, Gulf, Levantine, Maghrebi), to the
//! bare forms written Arabic shares: the present-tense `ب`/`بي` prefix (`بيقفل`, `بدخل`),
//! the future `ه`/`ح` (`هيوصل`), the passive `ات`/`ان` (`اترفضت`, `انخصمت`), negation
//! `ما...ش` (`ماوصلش`), attached datives (`بيطلعلي`), spoken subject endings (`رفضتو`),
//! the person prefix of the present verb (`يقفل` -> `قفل`), `على` run into the article
//! (`عالحساب`: `على الحساب`), the Maghrebi present `كي`/`كت`/`كن` (`كياخد`), the plural or
//! Maghrebi feminine `ات` (`الكودات`, `وصلات`) and long vowels doubled in transliterations
//! (`باسوورد`), and the second person plural of a question to the company as the first person
//! plural the articles answer in (`بتقبلو` -> `نقبل`).
//! Input is normalised (one alef, `ه` for `ة`, `ي` for `ى`).

use super::{apply_rules, chars};

/// The shortest form a rule leaves.
const MIN_FORM: usize = 3;
/// Rules applied on top of one another, at most this many per form.
const DEPTH: usize = 3;

/// Appends the written forms of the dialect word `word` to `out`.
pub(super) fn written_forms(word: &str, out: &mut Vec<String>) {
    apply_rules(
        word,
        &[
            you_to_we,
            on_the,
            negation,
            present,
            present_k,
            doubled_vowel,
            future,
            passive,
            dative,
            object_me,
            subject_ending,
            spoken_plural,
            person,
        ],
        DEPTH,
        out,
    );
}

fn keep(rest: &str) -> Option<String> {
    (chars(rest) >= MIN_FORM).then(|| rest.to_string())
}

/// The one test for a stem left by a rule that took an ending off a spoken verb (object `ني`,
/// plural `ون`, the negation `ش`): at least [`MIN_FORM`] letters, and for `ون`, which also ends
/// written nouns (`قانون`, `تلفون`), only after a person prefix (`تردون`, `ياخدون`).
fn keep_verb_stem(stem: &str, needs_person_prefix: bool) -> Option<String> {
    if needs_person_prefix && !stem.starts_with(['ي', 'ت', 'ن']) {
        return None;
    }
    keep(stem)
}

/// `بتقبلو` -> `نقبل`, `تقبلون` -> `نقبل`, `كتبعتو` -> `نبعت`: customers ask the company in
/// the spoken second person plural ("do you accept"), and help articles answer in the first
/// person plural ("we accept"). Tried first: "you accept" read as `تقبل` found the 2FA
/// heading `الرموز لا تُقبل؟` (is not accepted) for `بتقبلو نتلر؟`.
fn you_to_we(w: &str) -> Option<String> {
    let w = w
        .strip_prefix(['ب', 'ك'])
        .filter(|rest| rest.starts_with('ت'))
        .unwrap_or(w);
    let rest = w.strip_prefix('ت')?;
    let stem = rest
        .strip_suffix("ون")
        .or_else(|| rest.strip_suffix("وا"))
        .or_else(|| rest.strip_suffix('و'))?;
    (chars(stem) >= 2)
        .then(|| keep(&format!("ن{stem}")))
        .flatten()
}

/// `عالحساب` -> `حساب`, `عالموبايل` -> `موبايل` (`على ال` as spoken and typed in Levantine
/// and Gulf Arabic: the preposition loses its last letters and joins the article).
fn on_the(w: &str) -> Option<String> {
    keep(w.strip_prefix("عال")?)
}

/// `ماوصلش` -> `وصل`; `مبيفتحش` -> `بيفتح`, `موصلش` -> `وصل`, `مخلصش` -> `خلص` (negation
/// around a present or past verb); `وماوصلش` -> `وصل` (with the conjunction `و`, and). Not a
/// lone `ش` whose `ما` was typed apart (Maghrebi `ما كيوصلنيش`): read as `وصل`, it sent a 2FA
/// code query to the withdrawals FAQ (measured, fifth round).
fn negation(w: &str) -> Option<String> {
    let inner = w.strip_suffix('ش')?;
    let inner = inner
        .strip_prefix('و')
        .filter(|rest| rest.starts_with('م'))
        .unwrap_or(inner);
    if let Some(rest) = inner.strip_prefix("ما") {
        return keep(rest);
    }
    keep_verb_stem(inner.strip_prefix('م')?, false)
}

/// `بيقفل` -> `يقفل`, `بتفتح` -> `تفتح`, `بدخل` -> `دخل` (present tense `ب`).
fn present(w: &str) -> Option<String> {
    keep(w.strip_prefix('ب')?)
}

/// `كياخد` -> `ياخد`, `كتخسر` -> `تخسر`, `كنصيفط` -> `نصيفط` (the Maghrebi present `ك`, before
/// a person prefix).
fn present_k(w: &str) -> Option<String> {
    let rest = w.strip_prefix('ك')?;
    rest.starts_with(['ي', 'ت', 'ن'])
        .then(|| keep(rest))
        .flatten()
}

/// `باسوورد` -> `باسورد`, `ايميييل` -> `ايميل` (a long vowel typed twice or more in a
/// transliteration: customers spell loanwords by ear).
fn doubled_vowel(w: &str) -> Option<String> {
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        if matches!(c, 'و' | 'ي' | 'ا') && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    (out != w).then(|| keep(&out)).flatten()
}

/// `هيوصل` / `حيوصل` -> `يوصل`, `هاخد` -> `اخد` (future `ه`/`ح` before a person prefix).
fn future(w: &str) -> Option<String> {
    let rest = w.strip_prefix(['ه', 'ح'])?;
    rest.starts_with(['ي', 'ت', 'ن', 'ا'])
        .then(|| keep(rest))
        .flatten()
}

/// `اترفضت` -> `رفضت`, `انخصمت` -> `خصمت` (passive `ات`/`ان`).
fn passive(w: &str) -> Option<String> {
    keep(w.strip_prefix("ات").or_else(|| w.strip_prefix("ان"))?)
}

/// `بيطلعلي` -> `بيطلع`, `رفضولي` -> `رفضو` (a dative pronoun written onto the verb).
fn dative(w: &str) -> Option<String> {
    ["لي", "لك", "لنا", "لهم", "لها", "له"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .and_then(keep)
}

/// `كلمني` -> `كلم`, `وصلتني` -> `وصلت` (the object "me" written onto the verb).
fn object_me(w: &str) -> Option<String> {
    keep_verb_stem(w.strip_suffix("ني")?, false)
}

/// `تردون` -> `ترد`, `تاخدون` -> `تاخد` (the spoken plural of a present verb, `ون` for the
/// written `ون`/`ين` and the dropped `ن` of `تردوا`).
fn spoken_plural(w: &str) -> Option<String> {
    keep_verb_stem(w.strip_suffix("ون")?, true)
}

/// `يقفل` -> `قفل`, `اسحب` -> `سحب` (the person prefix of a present verb, left by the others).
fn person(w: &str) -> Option<String> {
    keep(w.strip_prefix(['ي', 'ت', 'ن', 'ا'])?)
}

/// `رفضتو` -> `رفض`, `رفضو` -> `رفض`, `قفلت` -> `قفل` (spoken subject endings); `وصلات` ->
/// `وصل` (Maghrebi `she`), `كودات` -> `كود` (the plural of a loanword).
fn subject_ending(w: &str) -> Option<String> {
    ["تو", "وا", "ات", "و", "ت"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .and_then(keep)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(word: &str) -> Vec<String> {
        crate::analysis::written_forms(crate::lang::Lang::Ar, word)
    }

    #[test]
    fn each_rule_alone() {
        assert_eq!(negation("ماوصلش").as_deref(), Some("وصل"));
        assert_eq!(negation("مبيفتحش").as_deref(), Some("بيفتح"));
        assert_eq!(negation("مشروع"), None);
        assert_eq!(present("بيقفل").as_deref(), Some("يقفل"));
        assert_eq!(present("بدخل").as_deref(), Some("دخل"));
        assert_eq!(future("هيوصل").as_deref(), Some("يوصل"));
        assert_eq!(future("حيوصل").as_deref(), Some("يوصل"));
        assert_eq!(future("هدف"), None);
        assert_eq!(passive("اترفضت").as_deref(), Some("رفضت"));
        assert_eq!(passive("انخصمت").as_deref(), Some("خصمت"));
        assert_eq!(dative("بيطلعلي").as_deref(), Some("بيطلع"));
        assert_eq!(subject_ending("رفضتو").as_deref(), Some("رفض"));
        assert_eq!(person("يقفل").as_deref(), Some("قفل"));
        assert_eq!(on_the("عالحساب").as_deref(), Some("حساب"));
        assert_eq!(on_the("عالي"), None);
        assert_eq!(negation("وماوصلش").as_deref(), Some("وصل"));
        assert_eq!(negation("وصلش"), None);
        assert_eq!(present_k("كياخد").as_deref(), Some("ياخد"));
        assert_eq!(present_k("كتب"), None);
        assert_eq!(doubled_vowel("باسوورد").as_deref(), Some("باسورد"));
        assert_eq!(doubled_vowel("باسورد"), None);
        assert_eq!(subject_ending("وصلات").as_deref(), Some("وصل"));
        assert_eq!(object_me("كلمني").as_deref(), Some("كلم"));
        assert_eq!(object_me("وصلتني").as_deref(), Some("وصلت"));
        // A two-letter stem is no verb: `ثاني` (second), `تاني` (again) stay.
        assert_eq!(object_me("ثاني"), None);
        assert_eq!(object_me("تاني"), None);
        assert_eq!(negation("موصلش").as_deref(), Some("وصل"));
        assert_eq!(negation("مخلصش").as_deref(), Some("خلص"));
        assert_eq!(negation("كيوصلنيش"), None);
        assert_eq!(negation("معاش"), None);
        assert_eq!(negation("مفتش"), None);
        assert_eq!(spoken_plural("تردون").as_deref(), Some("ترد"));
        assert_eq!(spoken_plural("تاخدون").as_deref(), Some("تاخد"));
        // `ون` ends written nouns too: only after a person prefix.
        assert_eq!(spoken_plural("قانون"), None);
        assert_eq!(spoken_plural("زيتون"), None);
        assert_eq!(you_to_we("بتقبلو").as_deref(), Some("نقبل"));
        assert_eq!(you_to_we("تقبلون").as_deref(), Some("نقبل"));
        assert_eq!(you_to_we("كتبعتو").as_deref(), Some("نبعت"));
        assert_eq!(you_to_we("تردوا").as_deref(), Some("نرد"));
        // Not a past verb's ending (`رفضتو`), nor a word without the person prefix `ت`.
        assert_eq!(you_to_we("رفضتو"), None);
        assert_eq!(you_to_we("بيقفلو"), None);
        // Never below three letters.
        assert_eq!(present("بيع"), None);
    }

    #[test]
    fn rules_stack() {
        assert!(forms("ماوصلش").contains(&"وصل".to_string()));
        assert!(forms("اتقفلت").contains(&"قفل".to_string()));
        assert!(forms("بيطلعلي").contains(&"طلع".to_string()));
        assert!(forms("مبيفتحش").contains(&"فتح".to_string()));
        assert!(forms("رفضولي").contains(&"رفض".to_string()));
        assert!(forms("وماوصلاتش").contains(&"وصل".to_string()));
        assert!(forms("الباسوورد").contains(&"الباسورد".to_string()));
    }
}
