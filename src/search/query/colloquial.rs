//! Customers' spoken words at query time (issue 16): the query plan's hook into the colloquial
//! lexicon and written forms of [`crate::analysis`]. The lexicon's written phrases join the
//! query with less weight than the words typed; a word the index does not know gets the first
//! of its written forms the index does know (`اترفضت` -> `رفض`, `حسابمو` -> `حساب`) before
//! any typo correction is tried. Nothing here touches indexed text.

use crate::analysis::{written_forms, AnalysisOptions, Lexicon, LexiconMatch};
use crate::lang::Lang;

/// The lexicon's written phrases (the build's: built-in with the help center's files applied)
/// for a query's analysed terms, in order.
pub(crate) fn lexicon_match(
    analysis: AnalysisOptions,
    lexicon: &Lexicon,
    lang: Lang,
    terms: &[String],
) -> LexiconMatch {
    if analysis.ablation.colloquial_lexicon {
        return LexiconMatch::default();
    }
    lexicon.lookup(lang, terms)
}

/// The first written form of the word typed as `typed` that the index knows (`doc_freq` of a
/// term > 0), as the term the index holds, with its frequency; with `bare`, also the first
/// later known form that is the first one with more taken off (`حسابمو` -> `حسابم`, then
/// `حساب`): the first form may keep a clitic the index holds as a word of its own (`حسابم` in
/// "my account" headings), which misses the sections about the bare word. Stop words are
/// never offered: they would match everything.
pub(crate) fn known_written_forms(
    analysis: AnalysisOptions,
    lang: Lang,
    typed: &str,
    doc_freq: impl Fn(&str) -> u64,
    bare: bool,
) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = Vec::new();
    if analysis.ablation.colloquial_forms {
        return out;
    }
    let exact = analysis.analyze_exact(lang, typed);
    let [word] = exact.as_slice() else {
        return out;
    };
    for form in written_forms(lang, &word.text) {
        let terms = analysis.analyze(lang, &form);
        // A Chinese form comes with its grams; its first term is the word itself.
        let term = match terms.as_slice() {
            [one] => one,
            [first, ..] if lang == Lang::Zh => first,
            _ => continue,
        };
        if analysis.is_stop_word(lang, &term.text) {
            continue;
        }
        let further = out
            .first()
            .is_some_and(|(first, _)| first != &term.text && first.starts_with(&term.text));
        if !(out.is_empty() || further) {
            continue;
        }
        let n = doc_freq(&term.text);
        if n > 0 {
            out.push((term.text.clone(), n));
            if !bare || out.len() == 2 {
                break;
            }
        }
    }
    out
}

/// For a word the index does not know and none of whose written forms it knows: the first
/// written form that is a spoken word of the lexicon (`عالموبايل` -> `موبايل`, `پاسپورتمو` ->
/// `پاسپورت`), as the lexicon's term. Customers' own words are exactly what the index lacks;
/// the lexicon says what they mean once their spoken affixes are off.
pub(crate) fn lexicon_written_form(
    analysis: AnalysisOptions,
    lexicon: &Lexicon,
    lang: Lang,
    typed: &str,
) -> Option<String> {
    if analysis.ablation.colloquial_forms || analysis.ablation.colloquial_lexicon {
        return None;
    }
    let exact = analysis.analyze_exact(lang, typed);
    let [word] = exact.as_slice() else {
        return None;
    };
    written_forms(lang, &word.text)
        .into_iter()
        .find_map(|form| {
            let terms = analysis.analyze(lang, &form);
            let term = match terms.as_slice() {
                [one] => one,
                [first, ..] if lang == Lang::Zh => first,
                _ => return None,
            };
            lexicon.knows(lang, &term.text).then(|| term.text.clone())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    fn known_written_form(
        analysis: AnalysisOptions,
        lang: Lang,
        typed: &str,
        doc_freq: impl Fn(&str) -> u64,
    ) -> Option<(String, u64)> {
        known_written_forms(analysis, lang, typed, doc_freq, false)
            .into_iter()
            .next()
    }

    #[test]
    fn the_first_known_form_wins_and_stop_words_never_do() {
        let known = |t: &str| -> u64 {
            let stems = ["رفض", "حساب"].map(|w| analyze(Lang::Ar, w)[0].text.clone());
            u64::from(stems.iter().any(|s| s == t)) * 7
        };
        assert_eq!(
            known_written_form(AnalysisOptions::default(), Lang::Ar, "اترفضت", known),
            Some((analyze(Lang::Ar, "رفض")[0].text.clone(), 7))
        );
        assert_eq!(
            known_written_form(AnalysisOptions::default(), Lang::Ar, "ماوصلش", known),
            None
        );
        let fa = |t: &str| u64::from(t == analyze(Lang::Fa, "حساب")[0].text);
        assert_eq!(
            known_written_form(AnalysisOptions::default(), Lang::Fa, "حسابمو", fa),
            Some((analyze(Lang::Fa, "حساب")[0].text.clone(), 1))
        );
        let lexicon = Lexicon::built_in();
        assert_eq!(
            lexicon_written_form(AnalysisOptions::default(), lexicon, Lang::Ar, "عالموبايل"),
            Some(analyze(Lang::Ar, "موبايل")[0].text.clone())
        );
        assert_eq!(
            lexicon_written_form(AnalysisOptions::default(), lexicon, Lang::Ar, "عالمية"),
            None
        );
        // With `bare`, the first known form is joined by a known form with more taken off.
        let fa_both = |t: &str| {
            u64::from(
                t == analyze(Lang::Fa, "حساب")[0].text || t == analyze(Lang::Fa, "حسابم")[0].text,
            )
        };
        let forms = known_written_forms(
            AnalysisOptions::default(),
            Lang::Fa,
            "حسابمو",
            fa_both,
            true,
        );
        let texts: Vec<&str> = forms.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                analyze(Lang::Fa, "حسابم")[0].text.as_str(),
                analyze(Lang::Fa, "حساب")[0].text.as_str()
            ]
        );
        let forms = known_written_forms(
            AnalysisOptions::default(),
            Lang::Fa,
            "حسابمو",
            fa_both,
            false,
        );
        assert_eq!(forms.len(), 1);
        // Two words are not one colloquial word.
        assert_eq!(
            known_written_form(AnalysisOptions::default(), Lang::Ar, "اترفضت الهوية", known),
            None
        );
    }
}
