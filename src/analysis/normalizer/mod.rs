//! Normalisers: the per-term spelling rules, applied to each segment's text. Offsets are never
//! changed here; normalising a normalised term changes nothing.
//!
//! Routing is by (language, script): every term is NFKC-folded, lowercased and has its digits
//! folded; Arabic-script terms then get the Persian letter rules in Persian and the Arabic ones
//! elsewhere; Latin terms lose possessives; Han terms become simplified.

mod arabic;
mod chinese;
mod latin;
mod number;
mod persian;
mod unicode;

pub(crate) use chinese::to_simplified;
pub(crate) use persian::ZWNJ;

use crate::analysis::ablation::Ablation;
use crate::analysis::script::{script_of, Script};
use crate::lang::Lang;

/// Writes the normalised form of the term `src` (segmented as `script`, in a `lang` text) into
/// `out`, which is cleared first, and returns the script of the result. The result may be
/// empty (a term of tatweel alone). Persian terms keep their ZWNJs until [`finish`]. The letter
/// rules `off` turns off are skipped (measurement only).
pub(crate) fn normalize(
    lang: Lang,
    script: Script,
    src: &str,
    out: &mut String,
    off: Ablation,
) -> Script {
    let script = match script {
        // Letters the segmenter did not place (mathematical or enclosed forms, other scripts)
        // may fold into Latin or Arabic letters: the folded text decides.
        Script::Other => {
            unicode::fold(src, unicode::keep, out);
            script_of(out)
        }
        known => known,
    };
    match script {
        Script::Arabic => {
            let map = match (lang, off.persian_unification, off.arabic_normalisation) {
                (Lang::Fa, false, _) => persian::map_char,
                (Lang::Fa, true, _) | (_, _, true) => unicode::keep,
                _ => arabic::map_char,
            };
            unicode::fold(src, map, out);
        }
        Script::Latin => {
            unicode::fold(src, unicode::keep, out);
            latin::normalize(out);
        }
        Script::Han => {
            unicode::fold(src, unicode::keep, out);
            chinese::normalize(out);
        }
        Script::Other => {}
    }
    number::normalize(out);
    script
}

/// The last normalisation, after joining and stemming: no ZWNJ is left in Persian terms, and
/// no possessive is left at the end of a Latin stem (Snowball turns a name's `'se` into `'s`: `acme'se` -> `acme's`).
/// ZWNJs stay when `off` turns Persian unification off.
pub(crate) fn finish(lang: Lang, script: Script, term: &mut String, off: Ablation) {
    match script {
        Script::Arabic if lang == Lang::Fa && !off.persian_unification => persian::finish(term),
        Script::Latin => latin::normalize(term),
        _ => {}
    }
}

/// Normalises a term completely (what the exact pipeline does to one word).
#[cfg(test)]
pub(crate) fn normalize_term(lang: Lang, script: Script, src: &str) -> String {
    let mut out = String::new();
    let script = normalize(lang, script, src, &mut out, Ablation::NONE);
    finish(lang, script, &mut out, Ablation::NONE);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(lang: Lang, script: Script, src: &str) -> String {
        let mut out = String::new();
        normalize(lang, script, src, &mut out, Ablation::NONE);
        out
    }

    #[test]
    fn routes_by_language_and_script() {
        assert_eq!(normalized(Lang::Fa, Script::Arabic, "هزينه"), "هزینه");
        assert_eq!(normalized(Lang::Ar, Script::Arabic, "هزینه"), "هزينه");
        assert_eq!(normalized(Lang::Zh, Script::Latin, "Falak's"), "falak");
        assert_eq!(normalized(Lang::En, Script::Han, "關"), "关");
        assert_eq!(normalized(Lang::Ar, Script::Other, "١٬٠٠٠"), "1000");
        assert_eq!(normalized(Lang::Ar, Script::Arabic, "ـــ"), "");
    }
}
