//! Customers' spoken forms (issue 16), for queries only: articles are formal writing, so
//! nothing here runs on indexed text, where a spoken reading of a written word would only cost
//! precision (`انتقل` is not a passive of `تقل`).
//!
//! Two levers:
//! - [`written_forms`]: the written spellings a colloquial word may stand for (dialect Arabic
//!   verb prefixes, passive and negation; Persian object and possessive clitics, spoken plural
//!   and verb endings; Chinese result complements; American spellings of British English). The query builder asks only about words the
//!   index does not know, and keeps the first form it does know.
//! - [`Lexicon`]: spoken words and phrases -> their written equivalents per language, dalil's
//!   own (`<lang>.toml` beside this file, compiled in), which a help center can extend or
//!   override; matched on analysed terms and searched with less weight than the words typed.
//!
//! Uses [`crate::lang`], the analysis pipelines and the content's synonyms-file parser.

mod arabic;
mod chinese;
mod english;
mod lexicon;
mod persian;

pub use lexicon::{Lexicon, LexiconError, LexiconMatch};

use crate::lang::Lang;

/// Most forms proposed for one word: the query builder looks each one up in the index.
pub const MAX_WRITTEN_FORMS: usize = 12;

/// The written forms a colloquial `word` (normalised, unstemmed: what the exact pipeline
/// emits) may stand for, most likely first, without `word` itself; at most
/// [`MAX_WRITTEN_FORMS`].
pub fn written_forms(lang: Lang, word: &str) -> Vec<String> {
    let mut out = Vec::new();
    match lang {
        Lang::Ar => arabic::written_forms(word, &mut out),
        Lang::Fa => persian::written_forms(word, &mut out),
        Lang::Zh => chinese::written_forms(word, &mut out),
        Lang::En => english::written_forms(word, &mut out),
    }
    out.retain(|f| f != word && !f.is_empty());
    out.truncate(MAX_WRITTEN_FORMS);
    out
}

/// Applies `rules` breadth-first to `word`, up to `depth` rules deep, appending each new form
/// to `out` (forms reached with fewer rules first).
fn apply_rules(
    word: &str,
    rules: &[fn(&str) -> Option<String>],
    depth: usize,
    out: &mut Vec<String>,
) {
    let mut frontier = vec![word.to_string()];
    for _ in 0..depth {
        let mut next = Vec::new();
        for w in &frontier {
            for rule in rules {
                if let Some(form) = rule(w) {
                    if form != word && !out.contains(&form) {
                        out.push(form.clone());
                        next.push(form);
                    }
                }
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
}

/// The number of characters of `s`.
fn chars(s: &str) -> usize {
    s.chars().count()
}
