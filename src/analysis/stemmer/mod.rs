//! Stemmers: reduce normalised terms to a shared stem, by (language, script). Latin terms get
//! Snowball English in every language so brand names and codes meet across languages; Arabic-
//! script terms get the Arabic or Persian light stemmer of the text's language; Han terms and
//! numbers are left alone.

mod arabic;
mod english;
mod persian;

use crate::analysis::script::Script;
use crate::lang::Lang;

/// Replaces the normalised `term` (of script `script`, in a `lang` text) with its stem.
pub(crate) fn stem(lang: Lang, script: Script, term: &mut String) {
    match (lang, script) {
        (_, Script::Latin) => english::stem(term),
        (Lang::Ar, Script::Arabic) => arabic::stem(term),
        (Lang::Fa, Script::Arabic) => persian::stem(term),
        _ => {}
    }
}
