//! The analysed terms of a section's text with their byte offsets, computed when the section is
//! indexed and stored beside it, so that a snippet looks its words up instead of analysing the
//! text again on every search (that analysis was most of a fresh search's CPU).
//!
//! Stored grouped by word (index format 6), so that a snippet costs a binary search per query
//! word instead of a pass over every term of the section (format 5 stored the terms in text
//! order, and reading them was a quarter of a fresh search's instructions). Every number is a
//! LEB128 varint unless said otherwise:
//!
//! - the number of distinct words `n`, then the width `w` (one byte, 2 or 4) of the two tables;
//! - the words' ends in the word text and their occurrence lists' ends in the occurrence
//!   area, `n` little-endian numbers of `w` bytes each: random access for the binary search;
//! - the word text's length and the words, sorted by their bytes, back to back;
//! - the occurrence area's length and, per word, `(full << 1) | same` (`full`: its terms of
//!   the language's full pipeline; `same`: its exact, unstemmed terms are those same ones),
//!   the full terms, then (unless `same`) the exact terms up to the end of the word's list;
//!   each term as (offset delta from the word's previous term of that list, length).
//!
//! A word's terms come in text order, so the deltas are small and never negative. UTF-8 is
//! checked only for the words a query picks.

#[cfg(test)]
use crate::analysis::AnalyzedToken;
use crate::analysis::{AnalysisOptions, AnalyzedText};
use crate::lang::Lang;

/// One term of a section's text: where it is and which of its section's words it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TermAt {
    /// Byte offset of the term's first byte in the section's text.
    pub from: u32,
    /// Length in bytes of the text the term comes from.
    pub len: u32,
    /// Index of the term's text in its section's sorted words ([`SectionTerms::words`]).
    pub word: u32,
}

impl TermAt {
    /// Byte offset past the term's last byte.
    pub fn to(&self) -> usize {
        self.from as usize + self.len as usize
    }
}

/// A section's analysed text, borrowed from its stored bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionTerms<'a> {
    /// Every distinct term of both pipelines, sorted by their bytes.
    pub words: Vec<&'a str>,
    /// Terms of the language's full pipeline (stemmed), ordered by offset, length and word.
    pub full: Vec<TermAt>,
    /// Terms of the exact pipeline (unstemmed: what a typed prefix is matched against), in the
    /// same order.
    pub exact: Vec<TermAt>,
}

impl<'a> SectionTerms<'a> {
    /// Reads every term of stored bytes; `None` when they are not an encoding of this version.
    pub fn decode(bytes: &'a [u8]) -> Option<SectionTerms<'a>> {
        let table = Table::read(bytes)?;
        let mut terms = SectionTerms {
            words: Vec::with_capacity(table.n),
            full: Vec::new(),
            exact: Vec::new(),
        };
        for i in 0..table.n {
            terms.words.push(std::str::from_utf8(table.word(i)?).ok()?);
            let word = u32::try_from(i).ok()?;
            table.occurrences(i, true, |exact, from, len| {
                let list = if exact {
                    &mut terms.exact
                } else {
                    &mut terms.full
                };
                list.push(TermAt { from, len, word });
            })?;
        }
        terms.full.sort_unstable();
        terms.exact.sort_unstable();
        Some(terms)
    }

    /// The terms of stored bytes that a snippet needs: those of the full pipeline whose word
    /// is one of `words` (each with the query word, or group, it stands for), and if `prefix`
    /// is given those of the exact pipeline whose word starts with it; a binary search per
    /// word, ordered as [`SectionTerms::decode`] orders them. `None` when the bytes are not an
    /// encoding of this version.
    pub fn pick<'w>(
        bytes: &'a [u8],
        words: impl IntoIterator<Item = (&'w str, usize)>,
        prefix: Option<&str>,
    ) -> Option<PickedTerms<'a>> {
        let table = Table::read(bytes)?;
        let mut picked = PickedTerms {
            full: Vec::new(),
            exact: Vec::new(),
        };
        for (w, group) in words {
            let Some(i) = table.find(w.as_bytes())? else {
                continue;
            };
            let text = std::str::from_utf8(table.word(i)?).ok()?;
            let word = u32::try_from(i).ok()?;
            table.occurrences(i, false, |_, from, len| {
                picked.full.push((TermAt { from, len, word }, text, group));
            })?;
        }
        if let Some(p) = prefix {
            let mut i = table.lower_bound(p.as_bytes())?;
            while i < table.n {
                let bytes = table.word(i)?;
                if !bytes.starts_with(p.as_bytes()) {
                    break;
                }
                let text = std::str::from_utf8(bytes).ok()?;
                let word = u32::try_from(i).ok()?;
                table.occurrences(i, true, |exact, from, len| {
                    if exact {
                        picked.exact.push((TermAt { from, len, word }, text));
                    }
                })?;
                i += 1;
            }
        }
        picked.full.sort_unstable_by_key(|t| t.0);
        picked.exact.sort_unstable_by_key(|t| t.0);
        Some(picked)
    }
}

/// The stored terms of the words a query picked ([`SectionTerms::pick`]), in text order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickedTerms<'a> {
    /// Terms of the full pipeline with their word and the query word it stands for.
    pub full: Vec<(TermAt, &'a str, usize)>,
    /// Terms of the exact pipeline that complete the word being typed, with their word.
    pub exact: Vec<(TermAt, &'a str)>,
}

/// The parts of stored bytes, their lengths checked against each other.
struct Table<'a> {
    n: usize,
    width: usize,
    word_ends: &'a [u8],
    occurrence_ends: &'a [u8],
    text: &'a [u8],
    occurrences: &'a [u8],
}

impl<'a> Table<'a> {
    fn read(bytes: &'a [u8]) -> Option<Table<'a>> {
        let mut r = Reader { bytes, at: 0 };
        let n = r.count()?;
        let width = usize::from(*r.take(1)?.first()?);
        if width != 2 && width != 4 {
            return None;
        }
        let word_ends = r.take(n.checked_mul(width)?)?;
        let occurrence_ends = r.take(n.checked_mul(width)?)?;
        let text_len = r.count()?;
        let text = r.take(text_len)?;
        let occurrences_len = r.count()?;
        let occurrences = r.take(occurrences_len)?;
        let table = Table {
            n,
            width,
            word_ends,
            occurrence_ends,
            text,
            occurrences,
        };
        let complete = r.at == bytes.len()
            && (n == 0
                || (end(word_ends, width, n - 1)? == text_len
                    && end(occurrence_ends, width, n - 1)? == occurrences_len));
        complete.then_some(table)
    }

    /// The bytes of word `i`.
    fn word(&self, i: usize) -> Option<&'a [u8]> {
        slice(self.text, self.word_ends, self.width, i)
    }

    /// The index of `word`, if it is one of the words; `None` (outer) when the bytes are not
    /// well formed.
    fn find(&self, word: &[u8]) -> Option<Option<usize>> {
        let i = self.lower_bound(word)?;
        Some((i < self.n && self.word(i)? == word).then_some(i))
    }

    /// The first word not less than `word`.
    fn lower_bound(&self, word: &[u8]) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.word(mid)? < word {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Some(lo)
    }

    /// Hands each term of word `i` to `each` (whether it is an exact term, offset, length):
    /// its full terms, then its exact ones if `exact`.
    fn occurrences(
        &self,
        i: usize,
        exact: bool,
        mut each: impl FnMut(bool, u32, u32),
    ) -> Option<()> {
        let list = slice(self.occurrences, self.occurrence_ends, self.width, i)?;
        let mut r = Reader { bytes: list, at: 0 };
        let header = r.varint()?;
        let (full, same) = (header >> 1, header & 1 == 1);
        let mut walk = |r: &mut Reader, count: Option<u64>, as_exact: bool| -> Option<()> {
            let mut from = 0u32;
            let mut read = 0;
            while count.map_or(r.at < r.bytes.len(), |c| read < c) {
                from = from.checked_add(r.u32()?)?;
                let len = r.u32()?;
                each(as_exact, from, len);
                read += 1;
            }
            Some(())
        };
        let full_start = r.at;
        walk(&mut r, Some(full), false)?;
        if exact {
            if same {
                let mut again = Reader {
                    bytes: &list[..r.at],
                    at: full_start,
                };
                walk(&mut again, Some(full), true)?;
            } else {
                walk(&mut r, None, true)?;
            }
        }
        Some(())
    }
}

/// The `i`th of the `width`-byte little-endian numbers of `ends`.
fn end(ends: &[u8], width: usize, i: usize) -> Option<usize> {
    let bytes = ends.get(i * width..(i + 1) * width)?;
    Some(
        bytes
            .iter()
            .rev()
            .fold(0usize, |n, &b| (n << 8) | usize::from(b)),
    )
}

/// Item `i` of `area` cut at `ends`.
fn slice<'a>(area: &'a [u8], ends: &[u8], width: usize, i: usize) -> Option<&'a [u8]> {
    let start = if i == 0 { 0 } else { end(ends, width, i - 1)? };
    area.get(start..end(ends, width, i)?)
}

/// Appends `n` as a LEB128 varint.
fn put(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// A cursor over stored bytes; every read checks the bounds.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(slice)
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.varint()?).ok()
    }

    /// A count of items that each take at least one more byte: never more than are left.
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.bytes.len() - self.at).then_some(n)
    }
}

/// Analyses `text` with both pipelines of `lang` (as the build's `analysis` sets them) and
/// encodes the terms for storing.
pub fn encode_section_terms(analysis: AnalysisOptions, lang: Lang, text: &str) -> Vec<u8> {
    let (full, exact) = analysis.analyze_text_both(lang, text);
    encode_analyzed(&full, &exact)
}

/// Encodes a text's terms as the full and the exact pipeline gave them, for storing.
pub fn encode_analyzed(full: &AnalyzedText, exact: &AnalyzedText) -> Vec<u8> {
    TermsEncoder::default().encode(full, exact).to_vec()
}

/// Encodes a text's terms as the full and the exact pipeline gave them, for storing.
#[cfg(test)]
fn encode_terms(full: &[AnalyzedToken], exact: &[AnalyzedToken]) -> Vec<u8> {
    let mut encoder = TermsEncoder::default();
    let term = |is_exact: bool, i: usize| {
        let list = if is_exact { exact } else { full };
        list.get(i)
            .map(|t| (t.text.as_str(), t.offset_from, t.offset_to))
    };
    encoder.encode_with(full.len(), exact.len(), term);
    encoder.out
}

/// The stored-terms encoder with its buffers, kept from one section to the next: a build
/// encodes every section, and making a dozen fresh vectors for each was a good part of the
/// encoder's time (docs/PERFORMANCE.md, "Full build, fifth round").
#[derive(Debug, Default)]
pub struct TermsEncoder {
    /// Open-addressing table of word ids (`u32::MAX`: empty), a power of two long.
    slots: Vec<u32>,
    /// Each distinct word as (from the exact list, index of its first term there).
    words: Vec<(bool, u32)>,
    /// The id of each full term (`u32::MAX` when its offsets do not fit).
    full_ids: Vec<u32>,
    /// (word id, is exact, offset, length), in the pipelines' order.
    spans: Vec<(u32, bool, u32, u32)>,
    /// (first eight bytes as a number, word id), sorted into the words' byte order.
    keyed: Vec<(u64, u32)>,
    rank: Vec<u32>,
    starts: Vec<usize>,
    next: Vec<usize>,
    placed: Vec<(u32, u32)>,
    text: Vec<u8>,
    occurrences: Vec<u8>,
    word_ends: Vec<usize>,
    occurrence_ends: Vec<usize>,
    out: Vec<u8>,
}

impl TermsEncoder {
    /// The stored bytes of a text's terms as the full and the exact pipeline gave them
    /// (valid until the next call).
    pub fn encode(&mut self, full: &AnalyzedText, exact: &AnalyzedText) -> &[u8] {
        let term = |is_exact: bool, i: usize| {
            let list = if is_exact { exact } else { full };
            list.get(i).map(|t| (t.text, t.offset_from, t.offset_to))
        };
        self.encode_with(full.len(), exact.len(), term);
        &self.out
    }

    /// Encodes `full_len` full and `exact_len` exact terms, each given by `term(is_exact, i)`
    /// as (text, from, to), into `self.out`.
    fn encode_with<'t>(
        &mut self,
        full_len: usize,
        exact_len: usize,
        term: impl Fn(bool, usize) -> Option<(&'t str, usize, usize)>,
    ) {
        // Each distinct word gets a number, and the terms are laid out by (word rank, is
        // exact) with a counting sort: one pass to count, one to place, instead of sorting
        // every term (the sort was 40% of this function's time in a full build). The
        // pipelines give each list in text order, so a word's offsets are nearly always
        // sorted already; a bucket that is not gets sorted. Hashed with FxHash, not SipHash:
        // the keys are this build's own words (no attacker picks them) and the words are
        // sorted below, so the stored bytes do not depend on the hasher.
        let word_text = |w: (bool, u32)| term(w.0, w.1 as usize).map_or("", |t| t.0);
        let slots_len = (2 * (full_len + exact_len)).next_power_of_two().max(16);
        let mask = slots_len - 1;
        self.slots.clear();
        self.slots.resize(slots_len, u32::MAX);
        self.words.clear();
        self.full_ids.clear();
        self.spans.clear();
        for is_exact in [false, true] {
            let len = if is_exact { exact_len } else { full_len };
            for i in 0..len {
                let Some((text, from_at, to_at)) = term(is_exact, i) else {
                    if !is_exact {
                        self.full_ids.push(u32::MAX);
                    }
                    continue;
                };
                let (Ok(from), Some(Ok(len))) = (
                    u32::try_from(from_at),
                    to_at.checked_sub(from_at).map(u32::try_from),
                ) else {
                    if !is_exact {
                        self.full_ids.push(u32::MAX);
                    }
                    continue;
                };
                // Outside Chinese the exact list has the full one's offsets, and most terms
                // are their own stem: such a term takes the full term's id without hashing.
                let same_as_full = if is_exact {
                    self.full_ids.get(i).copied().filter(|&id| {
                        id != u32::MAX && term(false, i) == Some((text, from_at, to_at))
                    })
                } else {
                    None
                };
                let id = match same_as_full {
                    Some(id) => id,
                    None => {
                        let mut slot = (hash(text.as_bytes()) as usize) & mask;
                        loop {
                            let id = self.slots[slot];
                            if id == u32::MAX {
                                let id = self.words.len() as u32;
                                self.words.push((is_exact, i as u32));
                                self.slots[slot] = id;
                                break id;
                            }
                            if word_text(self.words[id as usize]) == text {
                                break id;
                            }
                            slot = (slot + 1) & mask;
                        }
                    }
                };
                if !is_exact {
                    self.full_ids.push(id);
                }
                self.spans.push((id, is_exact, from, len));
            }
        }
        // Sorted by each word's first eight bytes as one number, then by all its bytes: most
        // comparisons are then one of integers (comparing the words' bytes was a third of
        // this function's time in a full build: docs/PERFORMANCE.md, "Full build, fourth
        // round").
        let words = &self.words;
        self.keyed.clear();
        self.keyed.extend(
            words
                .iter()
                .enumerate()
                .map(|(id, &w)| (prefix_key(word_text(w).as_bytes()), id as u32)),
        );
        self.keyed.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0).then_with(|| {
                word_text(words[a.1 as usize])
                    .as_bytes()
                    .cmp(word_text(words[b.1 as usize]).as_bytes())
            })
        });
        self.rank.clear();
        self.rank.resize(words.len(), 0);
        for (r, &(_, id)) in self.keyed.iter().enumerate() {
            self.rank[id as usize] = r as u32;
        }
        // Bucket `2 * rank + is_exact` holds (offset, length) pairs `starts[b]..starts[b + 1]`.
        let rank = &self.rank;
        let bucket = |s: &(u32, bool, u32, u32)| 2 * rank[s.0 as usize] as usize + usize::from(s.1);
        self.starts.clear();
        self.starts.resize(2 * words.len() + 1, 0);
        for s in &self.spans {
            self.starts[bucket(s) + 1] += 1;
        }
        for b in 1..self.starts.len() {
            self.starts[b] += self.starts[b - 1];
        }
        self.next.clear();
        self.next.extend_from_slice(&self.starts);
        self.placed.clear();
        self.placed.resize(self.spans.len(), (0, 0));
        for s in &self.spans {
            let b = bucket(s);
            self.placed[self.next[b]] = (s.2, s.3);
            self.next[b] += 1;
        }
        // By word in byte order, its full terms before its exact ones, each by offset and
        // length.
        for b in self.starts.windows(2) {
            let list = &mut self.placed[b[0]..b[1]];
            if !list.is_sorted() {
                list.sort_unstable();
            }
        }
        self.text.clear();
        self.occurrences.clear();
        self.word_ends.clear();
        self.occurrence_ends.clear();
        for (r, &(_, id)) in self.keyed.iter().enumerate() {
            let full = &self.placed[self.starts[2 * r]..self.starts[2 * r + 1]];
            let exact = &self.placed[self.starts[2 * r + 1]..self.starts[2 * r + 2]];
            let same = full == exact;
            put(
                &mut self.occurrences,
                ((full.len() as u64) << 1) | u64::from(same),
            );
            let lists: &[&[(u32, u32)]] = if same { &[full] } else { &[full, exact] };
            for list in lists {
                let mut previous = 0;
                for &(from, len) in *list {
                    put(&mut self.occurrences, u64::from(from - previous));
                    put(&mut self.occurrences, u64::from(len));
                    previous = from;
                }
            }
            self.text
                .extend_from_slice(word_text(words[id as usize]).as_bytes());
            self.word_ends.push(self.text.len());
            self.occurrence_ends.push(self.occurrences.len());
        }
        self.out.clear();
        lay_out(
            &mut self.out,
            &self.word_ends,
            &self.occurrence_ends,
            &self.text,
            &self.occurrences,
        );
    }
}

/// FxHash of a word's bytes, for [`TermsEncoder`]'s table.
fn hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

/// The first eight bytes of `word` (zeros after a shorter one) as a big-endian number: two
/// words whose numbers differ compare as their numbers do, byte by byte.
fn prefix_key(word: &[u8]) -> u64 {
    let mut first = [0u8; 8];
    let n = word.len().min(8);
    first[..n].copy_from_slice(&word[..n]);
    u64::from_be_bytes(first)
}

/// The stored layout, appended to `out`: the words' count, the width of the ends (2 bytes when
/// everything fits, else 4), each word's text end and occurrences end, then the words' text and
/// occurrences.
fn lay_out(
    out: &mut Vec<u8>,
    word_ends: &[usize],
    occurrence_ends: &[usize],
    text: &[u8],
    occurrences: &[u8],
) {
    let width = if text.len() <= usize::from(u16::MAX) && occurrences.len() <= usize::from(u16::MAX)
    {
        2
    } else {
        4
    };
    out.reserve(2 + 2 * width * word_ends.len() + text.len() + occurrences.len() + 8);
    put(out, word_ends.len() as u64);
    out.push(width as u8);
    for e in word_ends.iter().chain(occurrence_ends) {
        out.extend_from_slice(&(*e as u32).to_le_bytes()[..width]);
    }
    put(out, text.len() as u64);
    out.extend_from_slice(text);
    put(out, occurrences.len() as u64);
    out.extend_from_slice(occurrences);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, analyze_exact};

    /// `tokens` as (from, to, text), in the order decoding gives.
    fn sorted(tokens: Vec<AnalyzedToken>) -> Vec<(usize, usize, String)> {
        let mut out: Vec<_> = tokens
            .into_iter()
            .map(|t| (t.offset_from, t.offset_to, t.text))
            .collect();
        out.sort();
        out
    }

    fn as_tokens(terms: &SectionTerms, list: &[TermAt]) -> Vec<(usize, usize, String)> {
        let mut out: Vec<_> = list
            .iter()
            .map(|t| {
                (
                    t.from as usize,
                    t.to(),
                    terms.words[t.word as usize].to_string(),
                )
            })
            .collect();
        out.sort();
        out
    }

    fn token(text: &str, from: usize, to: usize) -> AnalyzedToken {
        AnalyzedToken {
            text: text.into(),
            offset_from: from,
            offset_to: to,
            position: 0,
        }
    }

    #[test]
    fn decoding_gives_back_what_each_pipeline_emits() {
        let cases = [
            (Lang::En, "Withdrawal fees: withdrawing twice costs 2 fees."),
            (
                Lang::Ar,
                "يمكنك تحويل الأموال إلى البنك خلال يوم عمل، والتحويل مجاني",
            ),
            (Lang::Fa, "برای برداشت از حساب، درخواست برداشت را ثبت کنید"),
            // Chinese grams overlap and step back.
            (Lang::Zh, "提现需要多长时间？一般一个工作日到账。提现免费。"),
        ];
        for (lang, text) in cases {
            let bytes = encode_section_terms(AnalysisOptions::default(), lang, text);
            let terms = SectionTerms::decode(&bytes).expect("decodes");
            assert_eq!(
                as_tokens(&terms, &terms.full),
                sorted(analyze(lang, text)),
                "{lang:?}"
            );
            assert_eq!(
                as_tokens(&terms, &terms.exact),
                sorted(analyze_exact(lang, text)),
                "{lang:?}"
            );
            // Each distinct term is stored once, the words sorted.
            assert!(terms.words.windows(2).all(|w| w[0] < w[1]), "{lang:?}");
        }
    }

    #[test]
    fn large_offsets_and_sections_round_trip() {
        // Offsets near the top of u32, a word whose exact terms differ from its full ones,
        // and one whose are the same.
        let full = [
            token("fee", 0, 3),
            token("fee", u32::MAX as usize - 12, u32::MAX as usize - 9),
            token("withdraw", 70_000, 70_010),
        ];
        let exact = [
            token("fee", 0, 3),
            token("fee", u32::MAX as usize - 12, u32::MAX as usize - 9),
            token("withdrawal", 70_000, 70_010),
        ];
        let bytes = encode_terms(&full, &exact);
        assert_eq!(bytes[1], 2, "small tables take two bytes a number");
        let terms = SectionTerms::decode(&bytes).expect("decodes");
        assert_eq!(as_tokens(&terms, &terms.full), sorted(full.to_vec()));
        assert_eq!(as_tokens(&terms, &terms.exact), sorted(exact.to_vec()));
        // More than 65,535 bytes of words: four-byte tables.
        let many: Vec<AnalyzedToken> = (0..20_000)
            .map(|i| token(&format!("w{i:05}"), i * 7, i * 7 + 6))
            .collect();
        let bytes = encode_terms(&many, &many);
        assert_eq!(bytes[3], 4);
        let terms = SectionTerms::decode(&bytes).expect("decodes");
        assert_eq!(as_tokens(&terms, &terms.full), sorted(many.clone()));
        let picked = SectionTerms::pick(&bytes, [("w12345", 3)], Some("w1999")).expect("picks");
        assert_eq!(picked.full.len(), 1);
        assert_eq!(
            (picked.full[0].0.from, picked.full[0].1),
            (12_345 * 7, "w12345")
        );
        assert_eq!(picked.exact.len(), 10);
        assert!(picked.exact.windows(2).all(|w| w[0].0.from < w[1].0.from));
    }

    /// The encoder before the counting sort (every term sorted as a tuple): the reference
    /// the bytes must keep matching (the order is what differs; the layout is shared).
    fn encode_by_sorting(full: &[AnalyzedToken], exact: &[AnalyzedToken]) -> Vec<u8> {
        let mut words: Vec<&str> = full.iter().chain(exact).map(|t| t.text.as_str()).collect();
        words.sort_unstable();
        words.dedup();
        let rank = |w: &str| words.binary_search(&w).unwrap_or(0) as u32;
        let mut spans: Vec<(u32, bool, u32, u32)> = [(full, false), (exact, true)]
            .iter()
            .flat_map(|(list, is_exact)| {
                list.iter().map(move |t| {
                    let from = t.offset_from as u32;
                    (rank(&t.text), *is_exact, from, t.offset_to as u32 - from)
                })
            })
            .collect();
        spans.sort_unstable();
        let (mut text, mut occurrences, mut word_ends, mut occurrence_ends) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (r, word) in words.iter().enumerate() {
            let group: Vec<_> = spans.iter().filter(|s| s.0 == r as u32).collect();
            let (f, e) = group.split_at(group.iter().take_while(|s| !s.1).count());
            let same = f.len() == e.len() && f.iter().zip(e).all(|(a, b)| (a.2, a.3) == (b.2, b.3));
            put(&mut occurrences, ((f.len() as u64) << 1) | u64::from(same));
            for list in if same { vec![f] } else { vec![f, e] } {
                let mut previous = 0;
                for s in list {
                    put(&mut occurrences, u64::from(s.2 - previous));
                    put(&mut occurrences, u64::from(s.3));
                    previous = s.2;
                }
            }
            text.extend_from_slice(word.as_bytes());
            word_ends.push(text.len());
            occurrence_ends.push(occurrences.len());
        }
        let mut out = Vec::new();
        lay_out(&mut out, &word_ends, &occurrence_ends, &text, &occurrences);
        out
    }

    #[test]
    fn counting_sort_writes_the_bytes_sorting_every_term_wrote() {
        let mut texts: Vec<(Lang, String)> = vec![
            (
                Lang::Zh,
                "提现需要多长时间？一般一个工作日到账。提现免费。".into(),
            ),
            (
                Lang::En,
                "Fees, fees and FEES: 2 fees per withdrawal.".into(),
            ),
        ];
        texts.extend(crate::analysis::bundled_article_texts());
        assert!(texts.len() > 10, "the bundled articles are read");
        for (lang, text) in &texts {
            let (full, exact) = (analyze(*lang, text), analyze_exact(*lang, text));
            assert_eq!(
                encode_terms(&full, &exact),
                encode_by_sorting(&full, &exact),
                "{lang:?}"
            );
        }
        // Offsets out of text order within a word: the bucket is sorted.
        let full = [token("b", 9, 10), token("a", 5, 6), token("b", 2, 3)];
        let exact = [token("a", 5, 6), token("b", 9, 10), token("b", 2, 3)];
        assert_eq!(
            encode_terms(&full, &exact),
            encode_by_sorting(&full, &exact)
        );
    }

    #[test]
    fn a_reused_encoder_writes_what_a_fresh_one_writes() {
        let options = AnalysisOptions::default();
        let mut texts = crate::analysis::bundled_article_texts();
        texts.push((Lang::En, String::new()));
        // Long texts then short ones: nothing of a longer section may leak into a shorter.
        texts.sort_by_key(|(_, text)| std::cmp::Reverse(text.len()));
        let mut encoder = TermsEncoder::default();
        for (lang, text) in &texts {
            let (full, exact) = options.analyze_text_both(*lang, text);
            let fresh = encode_by_sorting(
                &options.analyze(*lang, text),
                &options.analyze_exact(*lang, text),
            );
            assert_eq!(encoder.encode(&full, &exact), fresh.as_slice(), "{lang:?}");
        }
    }

    #[test]
    fn prefix_keys_order_words_as_their_bytes() {
        let words: [&[u8]; 9] = [
            b"",
            b"a",
            b"a\0",
            b"ab",
            b"abcdefgh",
            b"abcdefgh\0",
            b"abcdefghi",
            b"b",
            "\u{4e2d}".as_bytes(),
        ];
        for a in words {
            for b in words {
                let (ka, kb) = (prefix_key(a), prefix_key(b));
                if ka != kb {
                    assert_eq!(ka.cmp(&kb), a.cmp(b), "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn garbage_and_cut_encodings_are_refused() {
        assert!(SectionTerms::decode(b"\xff\xff\xff").is_none());
        assert!(SectionTerms::decode(b"").is_none());
        // Every cut of a good encoding is refused, never misread.
        let good = encode_section_terms(AnalysisOptions::default(), Lang::En, "Fees and limits");
        assert!(SectionTerms::decode(&good).is_some());
        for end in 0..good.len() {
            assert!(SectionTerms::decode(&good[..end]).is_none(), "cut at {end}");
            assert!(
                SectionTerms::pick(&good[..end], [("fee", 0)], Some("l")).is_none(),
                "cut at {end}"
            );
        }
        // A width other than 2 or 4, and an end past its area.
        let mut bad = good.clone();
        bad[1] = 3;
        assert!(SectionTerms::decode(&bad).is_none());
        let mut bad = good.clone();
        bad[2] = 0xff;
        assert!(SectionTerms::decode(&bad).is_none());
        // Any single byte changed: never a panic.
        for at in 0..good.len() {
            let mut changed = good.clone();
            changed[at] ^= 0x55;
            let _ = SectionTerms::decode(&changed);
            let _ = SectionTerms::pick(&changed, [("fee", 0), ("limit", 1)], Some("a"));
        }
    }

    #[test]
    fn picking_keeps_the_terms_decoding_gives_of_the_words_picked() {
        let text = "Withdrawal fees: withdrawing twice costs 2 fees, and a withdrawal is free.";
        let bytes = encode_section_terms(AnalysisOptions::default(), Lang::En, text);
        let all = SectionTerms::decode(&bytes).expect("decodes");
        let query: Vec<(String, usize)> = analyze(Lang::En, "fee withdraw")
            .into_iter()
            .enumerate()
            .map(|(g, t)| (t.text, g))
            .chain([("absent".to_string(), 9)])
            .collect();
        let group = |w: &str| query.iter().find(|q| q.0 == w).map(|q| q.1);
        for prefix in [Some("with"), Some("zzz"), None] {
            let words = query.iter().map(|(w, g)| (w.as_str(), *g));
            let picked = SectionTerms::pick(&bytes, words, prefix).expect("picks");
            let full: Vec<(TermAt, &str, usize)> = all
                .full
                .iter()
                .filter_map(|t| {
                    let w = all.words[t.word as usize];
                    group(w).map(|g| (*t, w, g))
                })
                .collect();
            let exact: Vec<(TermAt, &str)> = all
                .exact
                .iter()
                .map(|t| (*t, all.words[t.word as usize]))
                .filter(|(_, w)| prefix.is_some_and(|p| w.starts_with(p)))
                .collect();
            assert_eq!(full.len(), 5, "{full:?}");
            assert_eq!(picked.full, full);
            assert_eq!(picked.exact, exact);
            assert_eq!(!exact.is_empty(), prefix == Some("with"));
        }
    }
}
