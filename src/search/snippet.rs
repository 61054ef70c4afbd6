//! Snippets: the passage of a section that best matches the query, HTML-escaped, with the
//! matching words in `<mark>`.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use super::query::LangPlan;
use crate::analysis::AnalysisOptions;
use crate::index::{PickedTerms, SectionTerms, TermAt};
use crate::lang::Lang;

/// Group of a highlighted word that is not one of the query's own words (a synonym's).
const NO_GROUP: usize = usize::MAX;
/// Passages analysed past the best one so far before settling for it.
const SEARCH_ON: usize = 3;
/// How far a snippet's ends may move to fall on whitespace.
const SNAP_CHARS: usize = 15;

/// A matched span of a text: byte range and the term matched (borrowed from the stored terms,
/// owned when the text was analysed).
type Span<'a> = (usize, usize, Cow<'a, str>);

/// What to highlight: the analysed query terms of one language, their typo tolerance, and the
/// prefix of the last word.
#[derive(Debug, Clone)]
pub struct Highlighter {
    lang: Lang,
    /// How the query was analysed; passages are analysed the same way.
    analysis: AnalysisOptions,
    /// Each highlighted word with the query word it stands for (a word and its corrections
    /// share one group).
    terms: FxHashMap<String, usize>,
    /// Number of query words, i.e. of groups.
    groups: usize,
    prefix: Option<String>,
}

impl Highlighter {
    /// Highlights what a plan searches for.
    pub fn new(plan: &LangPlan) -> Self {
        let mut terms = FxHashMap::default();
        // A synonym's own words are marked, but not its function words (`تحويل إلى`: not `إلى`);
        // so are the written words the colloquial lexicon searched for.
        for w in plan.synonyms.iter().chain(&plan.colloquial).flatten() {
            if !plan.analysis.is_stop_word(plan.lang, w) {
                terms.insert(w.clone(), NO_GROUP);
            }
        }
        // A word, its corrections and (Chinese) the grams at its position are one group.
        let mut positions = FxHashSet::default();
        for t in plan.active_terms() {
            positions.insert(t.position);
            for w in std::iter::once(&t.text).chain(t.expansions.iter().map(|(e, _)| e)) {
                terms.insert(w.clone(), t.position);
            }
        }
        Highlighter {
            lang: plan.lang,
            analysis: plan.analysis,
            terms,
            groups: positions.len(),
            prefix: plan.prefix.clone(),
        }
    }

    /// Byte spans of `text` that match, sorted and merged, analysing the text.
    #[cfg(test)]
    fn spans(&self, text: &str, passage_chars: usize) -> Vec<(usize, usize, String)> {
        self.spans_of(text, None, passage_chars)
            .into_iter()
            .map(|(a, b, w)| (a, b, w.into_owned()))
            .collect()
    }

    /// Byte spans of `text` that match, sorted and merged, from its `terms` stored at index
    /// time when there are some (`lead`: bytes trimmed off the front of the text they were
    /// analysed from), else by analysing it.
    ///
    /// Sections can be long: the text is looked at a passage at a time. Once a passage holds
    /// every query word no later window can hold more, and the earliest good passage is as
    /// useful to a reader as a marginally better later one; so the search ends one passage
    /// (which a window starting in this one may reach into) after a passage with every word, or
    /// [`SEARCH_ON`] passages after the best one so far when some word never turns up.
    fn spans_of<'a>(
        &self,
        text: &str,
        stored: Option<(&PickedTerms<'a>, usize)>,
        passage_chars: usize,
    ) -> Vec<Span<'a>> {
        // A stored term as a span of `text`, if it falls inside the passage from..to.
        let span_in = |t: &TermAt, lead: usize, from: usize, to: usize| {
            let start = (t.from as usize).checked_sub(lead)?;
            let end = t.to() - lead;
            (start >= from
                && start < to
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end))
            .then_some((start, end))
        };
        // Only the stored terms that match ([`SectionTerms::pick`]) are walked passage by
        // passage (in text order, as analysis would give them), not every term of the section
        // once per passage.
        let mut spans: Vec<Span<'a>> = Vec::new();
        let mut last_passage = false;
        let (mut best, mut since_best) = (0, 0);
        let mut found: FxHashSet<usize> = FxHashSet::default();
        // The picked terms are in offset order and the passages follow each other: each list
        // is walked once, a passage taking the terms that start before its end.
        let (mut next_full, mut next_exact) = (0, 0);
        for (from, to) in passages(text, passage_chars.max(1)) {
            found.clear();
            if let Some((picked, lead)) = stored {
                while let Some((t, word, group)) = picked.full.get(next_full) {
                    if t.from as usize >= lead + to {
                        break;
                    }
                    next_full += 1;
                    if let Some((a, b)) = span_in(t, lead, from, to) {
                        found.insert(*group);
                        spans.push((a, b, Cow::Borrowed(*word)));
                    }
                }
                while let Some((t, word)) = picked.exact.get(next_exact) {
                    if t.from as usize >= lead + to {
                        break;
                    }
                    next_exact += 1;
                    if let Some((a, b)) = span_in(t, lead, from, to) {
                        spans.push((a, b, Cow::Borrowed(*word)));
                    }
                }
            } else {
                let passage = &text[from..to];
                for t in self.analysis.analyze(self.lang, passage) {
                    if let Some(&group) = self.terms.get(&t.text) {
                        found.insert(group);
                        spans.push((from + t.offset_from, from + t.offset_to, Cow::Owned(t.text)));
                    }
                }
                if let Some(p) = &self.prefix {
                    spans.extend(
                        self.analysis
                            .analyze_exact(self.lang, passage)
                            .into_iter()
                            .filter(|t| t.text.starts_with(p.as_str()))
                            .map(|t| {
                                (from + t.offset_from, from + t.offset_to, Cow::Owned(t.text))
                            }),
                    );
                }
            }
            if last_passage {
                break;
            }
            found.remove(&NO_GROUP);
            if found.len() > best {
                (best, since_best) = (found.len(), 0);
            } else {
                since_best += 1;
            }
            last_passage =
                (self.groups > 0 && best == self.groups) || (best > 0 && since_best >= SEARCH_ON);
        }
        spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));
        let mut merged: Vec<Span<'a>> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.0 <= last.1 => last.1 = last.1.max(s.1),
                _ => merged.push(s),
            }
        }
        merged
    }

    /// [`Highlighter::snippet`] of a section's text from the terms stored with it at index time
    /// ([`SectionTerms`]): a lookup instead of an analysis. Analyses the text when the stored
    /// terms cannot be read.
    pub fn snippet_stored(&self, text: &str, stored: &[u8], max_chars: usize) -> String {
        let trimmed = text.trim();
        let lead = text.len() - text.trim_start().len();
        let words = self.terms.iter().map(|(w, &group)| (w.as_str(), group));
        match SectionTerms::pick(stored, words, self.prefix.as_deref()) {
            Some(terms) => self.render(trimmed, Some((&terms, lead)), max_chars),
            None => self.render(trimmed, None, max_chars),
        }
    }

    /// The snippet analysis gives, which the stored terms must reproduce (tests).
    #[cfg(test)]
    fn snippet(&self, text: &str, max_chars: usize) -> String {
        self.render(text.trim(), None, max_chars)
    }

    /// The best passage of at most about `max_chars` characters, escaped, hits marked.
    fn render(
        &self,
        text: &str,
        stored: Option<(&PickedTerms, usize)>,
        max_chars: usize,
    ) -> String {
        let spans = self.spans_of(text, stored, max_chars);
        let (start, end) = best_window(text, &spans, max_chars);
        let mut out = String::with_capacity((end - start) + 32);
        if start > 0 {
            out.push('…');
        }
        let mut at = start;
        for (from, to, _) in spans.iter().filter(|s| s.0 >= start && s.1 <= end) {
            escape_into(&mut out, &text[at..*from]);
            out.push_str("<mark>");
            escape_into(&mut out, &text[*from..*to]);
            out.push_str("</mark>");
            at = *to;
        }
        escape_into(&mut out, &text[at..end]);
        if end < text.len() {
            out.push('…');
        }
        out
    }
}

/// Picks the window with the most distinct matched words, starting a little before the first of
/// them and snapped to word boundaries.
///
/// Positions are counted in characters; they are found by counting the bytes that start a
/// character, forward from the last position found, instead of listing every character's offset
/// (that list was a tenth of a fresh search's instructions).
fn best_window(text: &str, spans: &[Span<'_>], max_chars: usize) -> (usize, usize) {
    // No more bytes than characters allowed: the whole text fits, without counting them.
    if text.len() <= max_chars {
        return (0, text.len());
    }
    let n = chars_in(text.as_bytes());
    if n <= max_chars {
        return (0, text.len());
    }
    // The window starting at span i holds the spans from i on that end within `max_chars` of
    // its start. The spans are sorted and merged, so their ends increase and the window's end
    // only moves forward: one pass with a count per word (a prefix's completions can give
    // dozens of spans, and comparing every pair was a fifth of a search's instructions).
    // Merged spans are disjoint and sorted: their starts and ends are one increasing sequence.
    let mut counter = CharCounter::new(text);
    let bounds: Vec<(usize, usize)> = spans
        .iter()
        .map(|s| {
            let start = counter.chars_before(s.0);
            (start, counter.chars_before(s.1))
        })
        .collect();
    let mut in_window: FxHashMap<&str, usize> = FxHashMap::default();
    let mut end = 0;
    // Distinct words, the window's first character, the end of its last matched word.
    let mut best = (0usize, 0usize, 0usize);
    for (i, &(first_char, _)) in bounds.iter().enumerate() {
        end = end.max(i);
        while end < spans.len() && bounds[end].1 <= first_char + max_chars {
            *in_window.entry(spans[end].2.as_ref()).or_default() += 1;
            end += 1;
        }
        if in_window.len() > best.0 {
            let last_end = if end > i {
                bounds[end - 1].1
            } else {
                first_char
            };
            best = (in_window.len(), first_char, last_end);
        }
        if i < end {
            let word = spans[i].2.as_ref();
            if let Some(n) = in_window.get_mut(word) {
                *n -= 1;
                if *n == 0 {
                    in_window.remove(word);
                }
            }
        }
    }
    // Some context before the first word, but never so much that the window's last word falls
    // off its end.
    let words_span = best.2.saturating_sub(best.1);
    let lead = (max_chars / 5).min(max_chars.saturating_sub(words_span));
    let mut from = best.1.saturating_sub(lead);
    let mut to = (from + max_chars).min(n);
    if to == n {
        from = n.saturating_sub(max_chars);
    }
    // Snap to whitespace so words are not cut (scripts without spaces just cut at the char):
    // the first space among the [`SNAP_CHARS`] characters from `from`, the last among those
    // before `to`; neither past a matched word of the window (its first starts a word).
    // The characters asked only move forward.
    let mut walker = CharCounter::new(text);
    if from > 0 {
        let first_space = text[walker.byte_of(from)..]
            .chars()
            .take((from + SNAP_CHARS).min(to).min(best.1).saturating_sub(from))
            .position(char::is_whitespace);
        if let Some(k) = first_space {
            from += k + 1;
        }
    }
    let from_byte = walker.byte_of(from);
    if to < n {
        let lo = to.saturating_sub(SNAP_CHARS).max(from + 1).max(best.2);
        if lo < to {
            let last_space = text[walker.byte_of(lo)..]
                .chars()
                .take(to - lo)
                .enumerate()
                .filter(|(_, c)| c.is_whitespace())
                .last();
            if let Some((k, _)) = last_space {
                to = lo + k;
            }
        }
    }
    let to_byte = if to >= n {
        text.len()
    } else {
        walker.byte_of(to)
    };
    (from_byte, to_byte)
}

/// Whether `b` starts a character in UTF-8 (is not a continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// The number of characters of UTF-8 `bytes`.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| starts_char(b)).count()
}

/// Counts the characters before increasing byte offsets of a text, each count continuing from
/// the last.
struct CharCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    fn new(text: &'a str) -> Self {
        CharCounter {
            bytes: text.as_bytes(),
            at: 0,
            chars: 0,
        }
    }

    /// The number of characters starting before byte `b` (as many as the text has when `b` is
    /// past its end); `b` at least the last offset asked, else counted from the start again.
    fn chars_before(&mut self, b: usize) -> usize {
        let b = b.min(self.bytes.len());
        if b < self.at {
            (self.at, self.chars) = (0, 0);
        }
        self.chars += chars_in(&self.bytes[self.at..b]);
        self.at = b;
        self.chars
    }

    /// The byte offset of character `c` (the text's length when `c` is past its end), counting
    /// on from the last offset asked when `c` is not before it.
    fn byte_of(&mut self, c: usize) -> usize {
        if c < self.chars {
            (self.at, self.chars) = (0, 0);
        }
        let (at, passed) = skip_chars(self.bytes, self.at, c - self.chars);
        (self.at, self.chars) = (at, self.chars + passed);
        at
    }
}

/// Bytes looked at a block at a time by [`skip_chars`].
const SKIP_BLOCK: usize = 32;

/// The offset of the `n`th character start from byte `at` on (0: the first at or after `at`),
/// or the text's end when there are fewer, with the number of character starts passed.
///
/// Whole blocks of bytes are passed by counting the bytes that start a character, which the
/// compiler vectorises: stepping a byte at a time was most of a snippet's cost (the window's
/// and the passages' character positions), a tenth of a fresh search on the shared corpus.
fn skip_chars(bytes: &[u8], mut at: usize, mut n: usize) -> (usize, usize) {
    let mut passed = 0;
    while let Some(block) = bytes.get(at..at + SKIP_BLOCK) {
        let starts = chars_in(block);
        if starts > n {
            break;
        }
        (at, n, passed) = (at + SKIP_BLOCK, n - starts, passed + starts);
    }
    while let Some(&b) = bytes.get(at) {
        if starts_char(b) {
            if n == 0 {
                return (at, passed);
            }
            (n, passed) = (n - 1, passed + 1);
        }
        at += 1;
    }
    (bytes.len(), passed)
}

/// Byte ranges of consecutive passages of about `chars` characters each, ending after a space or
/// punctuation so that no word is cut (a run without any is cut where it reaches twice the
/// length).
///
/// Made as they are walked: a search that settles early does not cut the rest of a long section.
/// The characters that cannot end a passage are passed in blocks ([`skip_chars`]); the others
/// are stepped over by their first byte, and only those that may end a passage are decoded.
fn passages(text: &str, chars: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let (mut at, mut from, mut emitted, mut done) = (0, 0, false, false);
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        // The first `chars - 1` characters of a passage cannot end it: passed in blocks.
        let (skipped_to, skipped) = skip_chars(bytes, at, chars.saturating_sub(1));
        let mut count = skipped;
        at = skipped_to;
        while let Some(&b) = bytes.get(at) {
            let i = at;
            at += match b {
                0..=0x7f => 1,
                0xf0.. => 4,
                0xe0.. => 3,
                _ => 2,
            };
            count += 1;
            if count < chars {
                continue;
            }
            let boundary = count >= 2 * chars
                || text[i..].chars().next().is_some_and(|c| {
                    c.is_whitespace() || c.is_ascii_punctuation() || is_cjk_punctuation(c)
                });
            if boundary {
                let passage = (from, at);
                (from, emitted) = (at, true);
                return Some(passage);
            }
        }
        done = true;
        (from < text.len() || !emitted).then_some((from, text.len()))
    })
}

/// Full-width punctuation of Chinese text, where a passage may end.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(
        c,
        '。' | '，' | '、' | '；' | '：' | '！' | '？' | '）' | '」' | '』'
    )
}

/// Appends `s` HTML-escaped, with line breaks and tabs as spaces; unescaped runs are copied
/// whole (the characters replaced are ASCII, so never inside a multi-byte character).
fn escape_into(out: &mut String, s: &str) {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let replacement = match b {
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'&' => "&amp;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            b'\n' | b'\r' | b'\t' => " ",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push_str(replacement);
        start = i + 1;
    }
    out.push_str(&s[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::search::query::QueryTerm;

    /// The number of distinct words, the first character of the best window and the end of its
    /// last word, every pair of spans compared (the window as first written).
    fn best_by_pairs(
        char_starts: &[usize],
        spans: &[Span<'_>],
        max_chars: usize,
    ) -> (usize, usize, usize) {
        let byte_to_char = |b: usize| char_starts.partition_point(|&s| s < b);
        let mut best = (0usize, 0usize, 0usize);
        for (i, s) in spans.iter().enumerate() {
            let first_char = byte_to_char(s.0);
            let mut distinct: FxHashSet<&str> = FxHashSet::default();
            let mut last_end = first_char;
            for t in &spans[i..] {
                if byte_to_char(t.1) > first_char + max_chars {
                    break;
                }
                distinct.insert(t.2.as_ref());
                last_end = byte_to_char(t.1);
            }
            if distinct.len() > best.0 {
                best = (distinct.len(), first_char, last_end);
            }
        }
        best
    }

    /// The window as first written: every pair of spans compared.
    fn best_window_by_pairs(text: &str, spans: &[Span<'_>], max_chars: usize) -> (usize, usize) {
        let char_starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let n = char_starts.len();
        if n <= max_chars {
            return (0, text.len());
        }
        let best = best_by_pairs(&char_starts, spans, max_chars);
        // The rest is the same in both: the best window's first character and the end of its
        // last word, as one word's two empty spans.
        let mut only_best: Vec<Span<'_>> = Vec::new();
        if best.0 > 0 {
            let byte = |c: usize| char_starts.get(c).copied().unwrap_or(text.len());
            only_best.push((byte(best.1), byte(best.1), Cow::Borrowed("x")));
            only_best.push((byte(best.2), byte(best.2), Cow::Borrowed("x")));
        }
        best_window(text, &only_best, max_chars)
    }

    /// The window as it was before characters were counted by their bytes: every character's
    /// offset listed first.
    fn best_window_by_char_list(
        text: &str,
        spans: &[Span<'_>],
        max_chars: usize,
    ) -> (usize, usize) {
        if text.len() <= max_chars {
            return (0, text.len());
        }
        let char_starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let n = char_starts.len();
        if n <= max_chars {
            return (0, text.len());
        }
        let best = best_by_pairs(&char_starts, spans, max_chars);
        let lead = (max_chars / 5).min(max_chars.saturating_sub(best.2 - best.1));
        let mut from = best.1.saturating_sub(lead);
        let mut to = (from + max_chars).min(n);
        if to == n {
            from = n.saturating_sub(max_chars);
        }
        let is_space = |c: usize| text[char_starts[c]..].starts_with(char::is_whitespace);
        if from > 0 {
            if let Some(k) = (from..(from + 15).min(to).min(best.1)).find(|&c| is_space(c)) {
                from = k + 1;
            }
        }
        if to < n {
            if let Some(k) = ((to.saturating_sub(15)).max(from + 1).max(best.2)..to)
                .rev()
                .find(|&c| is_space(c))
            {
                to = k;
            }
        }
        let byte = |c: usize| if c >= n { text.len() } else { char_starts[c] };
        (byte(from), byte(to))
    }

    /// Passages as they were cut before characters were stepped over by their first byte.
    fn passages_by_chars(text: &str, chars: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let (mut from, mut count) = (0, 0);
        for (i, c) in text.char_indices() {
            count += 1;
            let boundary = c.is_whitespace() || (c.is_ascii_punctuation() || is_cjk_punctuation(c));
            if (count >= chars && boundary) || count >= 2 * chars {
                out.push((from, i + c.len_utf8()));
                (from, count) = (i + c.len_utf8(), 0);
            }
        }
        if from < text.len() || out.is_empty() {
            out.push((from, text.len()));
        }
        out
    }

    #[test]
    fn skipping_characters_by_blocks_lands_where_stepping_does() {
        let text = "fee رسوم 提现需要多长时间 a𝄞b ".repeat(9);
        let bytes = text.as_bytes();
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for at in 0..=bytes.len() {
            // Character starts from `at` on, as stepping a byte at a time finds them.
            let ahead: Vec<usize> = starts.iter().copied().filter(|&s| s >= at).collect();
            for n in [0, 1, 5, 31, 32, 33, 64, 100, 1000] {
                let expected = ahead.get(n).map_or((bytes.len(), ahead.len()), |&s| (s, n));
                assert_eq!(
                    skip_chars(bytes, at, n),
                    expected,
                    "from {at}, {n} characters"
                );
            }
        }
    }

    #[test]
    fn the_one_pass_window_is_the_one_every_pair_gives() {
        // Words of one to three letters, some repeated, one or two spaces apart, in texts
        // longer and shorter than the window; spans on a seeded choice of words.
        let mut seed = 7u64;
        let mut next = move |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        for _ in 0..500 {
            let words: Vec<&str> = (0..next(120) + 1)
                .map(|_| {
                    [
                        "a",
                        "bb",
                        "ccc",
                        "دد",
                        "中",
                        "。",
                        "x\u{1F600}",
                        ",",
                        "提现需要多长时间一般",
                    ][next(9) as usize]
                })
                .collect();
            let mut text = String::new();
            let mut spans: Vec<Span<'_>> = Vec::new();
            for w in &words {
                text.push_str(if next(3) == 0 { "  " } else { " " });
                let at = text.len();
                text.push_str(w);
                if next(3) == 0 {
                    spans.push((at, text.len(), Cow::Borrowed(*w)));
                }
            }
            for max in [5, 20, 60] {
                let window = best_window(&text, &spans, max);
                let by_pairs = best_window_by_pairs(&text, &spans, max);
                assert_eq!(window, by_pairs, "{text:?} {max}");
                let by_char_list = best_window_by_char_list(&text, &spans, max);
                assert_eq!(window, by_char_list, "{text:?} {max}");
                for chars in [1, 3, 7, 20, 90] {
                    let cut: Vec<_> = passages(&text, chars).collect();
                    assert_eq!(cut, passages_by_chars(&text, chars), "{text:?} {chars}");
                }
            }
        }
    }

    fn plan(lang: Lang, terms: &[&str], prefix: Option<&str>) -> LangPlan {
        let terms = terms
            .iter()
            .enumerate()
            .map(|(i, t)| QueryTerm {
                text: t.to_string(),
                position: i,
                stop: false,
                doc_freq: 1,
                expansions: Vec::new(),
                expansion_doc_freqs: Vec::new(),
            })
            .collect();
        LangPlan {
            prefix: prefix.map(str::to_string),
            ..LangPlan::of_terms(lang, terms)
        }
    }

    #[test]
    fn marks_hits_and_escapes_the_rest() {
        let h = Highlighter::new(&plan(Lang::En, &["fee"], None));
        let text = "Withdrawal <b>fee</b> & other charges";
        let terms: Vec<String> = analyze(Lang::En, "fee")
            .into_iter()
            .map(|t| t.text)
            .collect();
        let h2 = Highlighter {
            terms: terms.into_iter().map(|t| (t, 0)).collect(),
            groups: 1,
            ..h
        };
        let s = h2.snippet(text, 200);
        assert!(
            s.contains("&lt;b&gt;<mark>fee</mark>&lt;/b&gt; &amp; other"),
            "{s}"
        );
    }

    #[test]
    fn window_lands_on_the_hits() {
        let mut text = "intro words ".repeat(40);
        text.push_str("the target sits here");
        text.push_str(&" trailing words".repeat(40));
        let terms: Vec<String> = analyze(Lang::En, "target")
            .into_iter()
            .map(|t| t.text)
            .collect();
        let mut h = Highlighter::new(&plan(Lang::En, &[], None));
        h.terms = terms.into_iter().map(|t| (t, 0)).collect();
        h.groups = 1;
        let s = h.snippet(&text, 80);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("<mark>target</mark>"), "{s}");
        assert!(s.chars().count() <= 80 + 2 + 13, "{s}");
    }

    #[test]
    fn the_context_before_the_first_hit_never_pushes_the_last_one_out() {
        // The window with every word starts at the first `passport` and ends just inside the
        // window's length; the context shown before it must not cost `permit`.
        let text =
            "For proof of identity, we accept a passport, a national ID card (front and back) \
                    or a driving licence, as long as it's valid. If you live outside the country \
                    that issued your passport, a residence permit from the country where you live \
                    counts too, provided it shows your photo and hasn't expired.";
        let h = highlighter_of(&["passport", "residence", "permit"]);
        let s = h.snippet(text, 180);
        for word in ["passport", "residence", "permit"] {
            assert!(s.contains(&format!("<mark>{word}</mark>")), "{word}: {s}");
        }
    }

    #[test]
    fn a_window_its_hits_fill_keeps_the_first_and_the_last() {
        // `alpha` and `omega` are 56 characters apart in a 60-character window: no context
        // fits before `alpha`, and neither end may be snapped past a hit to a space.
        let text = format!(
            "{} alpha {} omega {}",
            "lead ".repeat(20),
            "mid ".repeat(12),
            "tail ".repeat(20)
        );
        let h = highlighter_of(&["alpha", "omega"]);
        let s = h.snippet(&text, 60);
        for word in ["alpha", "omega"] {
            assert!(s.contains(&format!("<mark>{word}</mark>")), "{word}: {s}");
        }
    }

    fn highlighter_of(words: &[&str]) -> Highlighter {
        let stems: Vec<String> = words
            .iter()
            .flat_map(|w| analyze(Lang::En, w))
            .map(|t| t.text)
            .collect();
        let mut h = Highlighter::new(&plan(Lang::En, &[], None));
        h.groups = stems.len();
        h.terms = stems.into_iter().enumerate().map(|(g, t)| (t, g)).collect();
        h
    }

    #[test]
    fn passages_cover_the_text_without_cutting_words() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let p: Vec<_> = passages(text, 10).collect();
        assert_eq!(p.first().map(|r| r.0), Some(0));
        assert_eq!(p.last().map(|r| r.1), Some(text.len()));
        assert!(p.windows(2).all(|w| w[0].1 == w[1].0));
        assert!(p
            .iter()
            .all(|&(a, b)| text[a..b].trim_end().split(' ').all(|w| !w.is_empty())));
        assert!(p[..p.len() - 1]
            .iter()
            .all(|&(_, b)| text[..b].ends_with(' ')));
        let zh = "提现需要多长时间？一般一个工作日到账。如果超过三天，请联系客服。";
        assert!(passages(zh, 6).all(|(a, b)| zh.is_char_boundary(a) && zh.is_char_boundary(b)));
        assert_eq!(passages("", 10).collect::<Vec<_>>(), [(0, 0)]);
        let mut escaped = String::new();
        escape_into(&mut escaped, "a<b>&\"c'\nd\té\r<");
        assert_eq!(escaped, "a&lt;b&gt;&amp;&quot;c&#39; d é &lt;");
    }

    #[test]
    fn analysis_stops_after_the_passage_that_holds_every_word() {
        let far = format!(
            "The fee is small. {} Another fee here.",
            "filler words ".repeat(200)
        );
        let h = highlighter_of(&["fee"]);
        let spans = h.spans(&far, 80);
        assert_eq!(spans.len(), 1, "{spans:?}");
        assert!(h.snippet(&far, 80).contains("<mark>fee</mark> is small"));
        // A word missing from the first passages is looked for a few passages further only.
        let h = highlighter_of(&["fee", "another"]);
        assert_eq!(h.spans(&far, 80).len(), 1);
        let near = format!(
            "The fee is small. {} Another fee here.",
            "filler ".repeat(30)
        );
        let spans = h.spans(&near, 80);
        assert_eq!(spans.len(), 3, "{spans:?}");
        assert!(h
            .snippet(&near, 80)
            .contains("<mark>Another</mark> <mark>fee</mark>"));
        // Text without any match is analysed to the end.
        let late = format!("{} the fee", "filler ".repeat(200));
        assert_eq!(h.spans(&late, 80).len(), 1);
    }

    #[test]
    fn stored_terms_give_the_snippet_analysis_gives() {
        let long = format!(
            "  Withdrawal fees apply. {} The withdrawal fee is waived for premium accounts.  ",
            "Other words about deposits and transfers. ".repeat(12)
        );
        let cases: [(Lang, &str, &[&str], Option<&str>); 4] = [
            (Lang::En, long.as_str(), &["withdraw", "fee"], Some("prem")),
            (
                Lang::Ar,
                "يمكنك تحويل الأموال إلى البنك خلال يوم عمل",
                &["تحويل", "بنك"],
                Some("الأم"),
            ),
            (
                Lang::Fa,
                "برای برداشت از حساب، درخواست برداشت را ثبت کنید",
                &["برداشت"],
                None,
            ),
            (
                Lang::Zh,
                "提现需要多长时间？一般一个工作日到账。如果超过三天，请联系客服。",
                &["提现", "客服"],
                None,
            ),
        ];
        for (lang, text, words, prefix) in cases {
            let terms: Vec<String> = words
                .iter()
                .flat_map(|w| analyze(lang, w))
                .map(|t| t.text)
                .collect();
            let mut h = Highlighter::new(&plan(lang, &[], prefix));
            h.groups = terms.len();
            h.terms = terms.into_iter().enumerate().map(|(g, t)| (t, g)).collect();
            let stored = crate::index::encode_section_terms(AnalysisOptions::default(), lang, text);
            for max in [40, 90, 180] {
                let analysed = h.snippet(text, max);
                assert!(analysed.contains("<mark>"), "{lang:?} {analysed}");
                assert_eq!(
                    h.snippet_stored(text, &stored, max),
                    analysed,
                    "{lang:?} {max}"
                );
            }
            // Unreadable stored terms fall back to analysing.
            assert_eq!(h.snippet_stored(text, b"\xff", 90), h.snippet(text, 90));
        }
    }

    #[test]
    fn function_words_of_synonyms_are_not_marked() {
        let mut p = plan(Lang::Ar, &[], None);
        p.synonyms = vec![analyze(Lang::Ar, "تحويل إلى")
            .into_iter()
            .map(|t| t.text)
            .collect()];
        let s = Highlighter::new(&p).snippet("يمكنك تحويل الأموال إلى البنك", 200);
        assert!(s.contains("<mark>تحويل</mark>"), "{s}");
        assert!(!s.contains("<mark>إلى</mark>"), "{s}");
    }
}
