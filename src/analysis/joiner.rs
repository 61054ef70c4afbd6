//! Persian spelling with spaces: a plural or comparative suffix (`های`, `ترین`) or the verb
//! prefix `می`/`نمی` written as a word of its own is joined to its word, so `هزینه های`,
//! `هزینه‌های` and `هزینههای` are one term, and so are `می شود` and `می‌شود`.

use crate::analysis::normalizer::ZWNJ;
use crate::analysis::pipeline::Term;
use crate::analysis::script::Script;

/// Suffixes that are never words of their own (normalised forms).
const SUFFIXES: &[&str] = &["ها", "های", "هایی", "ترین", "تر", "ای", "ی"];
/// Verb prefixes that are never words of their own.
const PREFIXES: &[&str] = &["می", "نمی"];

/// Joins detached suffixes and prefixes of the normalised Persian `terms` (of `text`) to their
/// words, in place, with a ZWNJ between (as a careful writer spells it); returns how many
/// terms are left. The joined term spans both words.
pub(crate) fn join_detached_affixes(text: &str, terms: &mut [Term]) -> usize {
    let mut kept = 0;
    for next in 0..terms.len() {
        if kept > 0 && joins(text, &terms[kept - 1], &terms[next]) {
            let (left, right) = terms.split_at_mut(next);
            let (word, affix) = (&mut left[kept - 1], &right[0]);
            word.token.text.push(ZWNJ);
            word.token.text.push_str(&affix.token.text);
            word.token.offset_to = affix.token.offset_to;
            continue;
        }
        terms.swap(kept, next);
        kept += 1;
    }
    kept
}

/// Whether `second` is to be joined to `first`: both Persian, apart only by spaces or ZWNJ,
/// and one of them an affix.
fn joins(text: &str, first: &Term, second: &Term) -> bool {
    if first.script != Script::Arabic
        || second.script != Script::Arabic
        || first.same_position
        || second.same_position
    {
        return false;
    }
    let first_text = first.token.text.as_str();
    let second_text = second.token.text.as_str();
    let suffix = SUFFIXES.contains(&second_text) && !PREFIXES.contains(&first_text);
    let prefix = PREFIXES.contains(&first_text)
        && !SUFFIXES.contains(&second_text)
        && !PREFIXES.contains(&second_text);
    if !suffix && !prefix {
        return false;
    }
    text.get(first.token.offset_to..second.token.offset_from)
        .is_some_and(|gap| {
            gap.chars()
                .all(|c| c.is_whitespace() || c == '\u{200C}' || c == '\u{200D}')
        })
}
