//! Stemmers: reduce normalised terms to a shared stem, by (language, script). Latin terms get
//! Snowball English in every language so brand names and codes meet across languages; Arabic-
//! script terms get the Arabic or Persian light stemmer of the text's language; Han terms and
//! numbers are left alone.

mod affix;
mod arabic;
mod english;
mod persian;

use std::collections::HashMap;

use crate::analysis::script::Script;
use crate::lang::Lang;

/// How many stems a [`Stemmer`] remembers before it starts afresh.
const CACHE_LIMIT: usize = 16_384;

/// Replaces the normalised `term` (of script `script`, in a `lang` text) with its stem.
pub(crate) fn stem(lang: Lang, script: Script, term: &mut String) {
    match (lang, script) {
        (_, Script::Latin) => english::stem(term),
        (Lang::Ar, Script::Arabic) => arabic::stem(term),
        (Lang::Fa, Script::Arabic) => persian::stem(term),
        _ => {}
    }
}

/// Stems the terms of one language, remembering recent stems: words recur, and a remembered
/// stem costs a lookup instead of the stemmer's work and allocations.
#[derive(Debug, Clone)]
pub(crate) struct Stemmer {
    lang: Lang,
    cache: HashMap<String, String>,
}

impl Stemmer {
    /// A stemmer for terms of `lang` texts.
    pub(crate) fn new(lang: Lang) -> Self {
        Stemmer {
            lang,
            cache: HashMap::new(),
        }
    }

    /// Replaces the normalised `term` (of script `script`) with its stem.
    pub(crate) fn stem(&mut self, script: Script, term: &mut String) {
        let stems = matches!(
            (self.lang, script),
            (_, Script::Latin) | (Lang::Ar | Lang::Fa, Script::Arabic)
        );
        if !stems {
            return;
        }
        if let Some(stemmed) = self.cache.get(term.as_str()) {
            term.clear();
            term.push_str(stemmed);
            return;
        }
        let word = term.clone();
        stem(self.lang, script, term);
        if self.cache.len() >= CACHE_LIMIT {
            self.cache.clear();
        }
        self.cache.insert(word, term.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_stems_are_the_stems() {
        let mut stemmer = Stemmer::new(Lang::Ar);
        for _ in 0..2 {
            for (script, word, expected) in [
                (Script::Arabic, "بالسحب", "سحب"),
                (Script::Latin, "withdrawals", "withdraw"),
                (Script::Han, "提现", "提现"),
            ] {
                let mut term = word.to_string();
                stemmer.stem(script, &mut term);
                assert_eq!(term, expected);
            }
        }
    }
}
