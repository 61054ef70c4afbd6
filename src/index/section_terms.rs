//! The analysed terms of a section's text with their byte offsets, computed when the section is
//! indexed and stored beside it, so that a snippet looks its words up instead of analysing the
//! text again on every search (that analysis was most of a fresh search's CPU).
//!
//! Encoded compactly, every number a LEB128 varint: the number of distinct terms, each one's
//! length in bytes, then all of them as one UTF-8 string (checked once, not once per term);
//! then for the full pipeline and for the exact (unstemmed) one the list's length in bytes, the
//! number of terms and each as (offset delta, length, term number), the offset delta being the
//! zigzag-coded difference from the previous term's offset (terms come in text order, Chinese
//! grams step back a little), so that nearly every number takes one byte. A reader that needs
//! no prefix skips the exact list by its length.

use std::collections::HashMap;

use crate::analysis::{AnalysisOptions, AnalyzedToken};
use crate::lang::Lang;

/// One term of a section's text: where it is and which of [`SectionTerms::words`] it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermAt {
    /// Byte offset of the term's first byte in the section's text.
    pub from: u32,
    /// Length in bytes of the text the term comes from.
    pub len: u32,
    /// Index of the term's text in [`SectionTerms::words`].
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
    /// Every distinct term of both pipelines.
    pub words: Vec<&'a str>,
    /// Terms of the language's full pipeline (stemmed), in text order.
    pub full: Vec<TermAt>,
    /// Terms of the exact pipeline (unstemmed: what a typed prefix is matched against).
    pub exact: Vec<TermAt>,
}

impl<'a> SectionTerms<'a> {
    /// Reads stored bytes; `None` when they are not an encoding of this version.
    pub fn decode(bytes: &'a [u8]) -> Option<SectionTerms<'a>> {
        Self::decode_with(bytes, true)
    }

    /// [`SectionTerms::decode`], leaving [`SectionTerms::exact`] empty unless `exact`: the
    /// exact terms are only walked for a query's prefix.
    pub fn decode_with(bytes: &'a [u8], exact: bool) -> Option<SectionTerms<'a>> {
        let mut r = Reader { bytes, at: 0 };
        let words = r.words(|word| word)?;
        let full_bytes = r.count()?;
        let full = Reader {
            bytes: r.take(full_bytes)?,
            at: 0,
        }
        .terms(words.len())?;
        let exact_bytes = r.count()?;
        let exact_list = r.take(exact_bytes)?;
        let exact = if exact {
            Reader {
                bytes: exact_list,
                at: 0,
            }
            .terms(words.len())?
        } else {
            Vec::new()
        };
        (r.at == bytes.len()).then_some(SectionTerms { words, full, exact })
    }

    /// The terms of stored bytes whose words `pick` chooses, in text order: what a snippet
    /// needs, without listing every term of the section. `pick` says of each distinct word
    /// which query word it stands for, if any (its terms of the full pipeline are kept with
    /// that), and whether it completes the word being typed (its exact terms are kept, read
    /// only if `exact`). `None` when the bytes are not an encoding of this version, as for
    /// [`SectionTerms::decode_with`].
    pub fn pick(
        bytes: &'a [u8],
        exact: bool,
        mut pick: impl FnMut(&str) -> (Option<usize>, bool),
    ) -> Option<PickedTerms<'a>> {
        let mut r = Reader { bytes, at: 0 };
        let words = r.words(|word| (word, pick(word)))?;
        let mut picked = PickedTerms {
            full: Vec::new(),
            exact: Vec::new(),
        };
        let full_bytes = r.count()?;
        Reader {
            bytes: r.take(full_bytes)?,
            at: 0,
        }
        .walk_terms(words.len(), |t| {
            if let (word, (Some(group), _)) = words[t.word as usize] {
                picked.full.push((t, word, group));
            }
        })?;
        let exact_bytes = r.count()?;
        let exact_list = r.take(exact_bytes)?;
        if exact {
            Reader {
                bytes: exact_list,
                at: 0,
            }
            .walk_terms(words.len(), |t| {
                if let (word, (_, true)) = words[t.word as usize] {
                    picked.exact.push((t, word));
                }
            })?;
        }
        (r.at == bytes.len()).then_some(picked)
    }

    /// Encodes these terms (the inverse of [`SectionTerms::decode`]).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        put(&mut out, self.words.len() as u64);
        for w in &self.words {
            put(&mut out, w.len() as u64);
        }
        for w in &self.words {
            out.extend_from_slice(w.as_bytes());
        }
        for list in [&self.full, &self.exact] {
            let mut terms = Vec::new();
            put(&mut terms, list.len() as u64);
            let mut previous = 0i64;
            for t in list {
                let delta = i64::from(t.from) - previous;
                put(&mut terms, ((delta << 1) ^ (delta >> 63)) as u64);
                put(&mut terms, u64::from(t.len));
                put(&mut terms, u64::from(t.word));
                previous = i64::from(t.from);
            }
            put(&mut out, terms.len() as u64);
            out.extend_from_slice(&terms);
        }
        out
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
    /// The table of distinct words (their count, their byte lengths, then their text), each
    /// word passed through `each` as it is cut out.
    fn words<T>(&mut self, mut each: impl FnMut(&'a str) -> T) -> Option<Vec<T>> {
        let count = self.count()?;
        let lens = (0..count)
            .map(|_| self.count())
            .collect::<Option<Vec<usize>>>()?;
        let total = lens
            .iter()
            .try_fold(0usize, |sum, &len| sum.checked_add(len))?;
        let all = std::str::from_utf8(self.take(total)?).ok()?;
        let mut words = Vec::with_capacity(count);
        let mut at = 0;
        for len in lens {
            words.push(each(all.get(at..at + len)?));
            at += len;
        }
        Some(words)
    }

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

    fn terms(&mut self, words: usize) -> Option<Vec<TermAt>> {
        let mut terms = Vec::new();
        self.walk_terms(words, |t| terms.push(t))?;
        Some(terms)
    }

    /// Reads a list of terms of `words` distinct words, handing each to `each` in order;
    /// `None` when the list is not one this version writes.
    fn walk_terms(&mut self, words: usize, mut each: impl FnMut(TermAt)) -> Option<()> {
        let count = self.count()?;
        let mut previous = 0i64;
        for _ in 0..count {
            let z = self.varint()?;
            let delta = (z >> 1) as i64 ^ -((z & 1) as i64);
            let from = u32::try_from(previous.checked_add(delta)?).ok()?;
            let len = self.u32()?;
            let word = self.u32()?;
            if word as usize >= words {
                return None;
            }
            each(TermAt { from, len, word });
            previous = i64::from(from);
        }
        (self.at == self.bytes.len()).then_some(())
    }
}

/// Analyses `text` with both pipelines of `lang` (as the build's `analysis` sets them) and
/// encodes the terms for storing.
pub fn encode_section_terms(analysis: AnalysisOptions, lang: Lang, text: &str) -> Vec<u8> {
    encode_terms(
        &analysis.analyze(lang, text),
        &analysis.analyze_exact(lang, text),
    )
}

/// Encodes a text's terms as the full and the exact pipeline gave them, for storing.
pub fn encode_terms(full: &[AnalyzedToken], exact: &[AnalyzedToken]) -> Vec<u8> {
    let mut words: Vec<&str> = Vec::new();
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    let full = number_terms(full, &mut words, &mut numbers);
    let exact = number_terms(exact, &mut words, &mut numbers);
    SectionTerms { words, full, exact }.encode()
}

/// `tokens` as terms numbered by their text, new texts appended to `words`.
fn number_terms<'t>(
    tokens: &'t [AnalyzedToken],
    words: &mut Vec<&'t str>,
    numbers: &mut HashMap<&'t str, u32>,
) -> Vec<TermAt> {
    tokens
        .iter()
        .filter_map(|t| {
            let from = u32::try_from(t.offset_from).ok()?;
            let len = u32::try_from(t.offset_to.checked_sub(t.offset_from)?).ok()?;
            let word = *numbers.entry(t.text.as_str()).or_insert_with(|| {
                words.push(t.text.as_str());
                words.len() as u32 - 1
            });
            Some(TermAt { from, len, word })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, analyze_exact};

    #[test]
    fn decoding_gives_back_what_each_pipeline_emits() {
        let text = "Withdrawal fees: withdrawing twice costs 2 fees.";
        let bytes = encode_section_terms(AnalysisOptions::default(), Lang::En, text);
        let terms = SectionTerms::decode(&bytes).expect("decodes");
        let as_tokens = |list: &[TermAt]| -> Vec<(usize, usize, String)> {
            list.iter()
                .map(|t| {
                    (
                        t.from as usize,
                        t.to(),
                        terms.words[t.word as usize].to_string(),
                    )
                })
                .collect()
        };
        let expected = |tokens: Vec<crate::analysis::AnalyzedToken>| -> Vec<_> {
            tokens
                .into_iter()
                .map(|t| (t.offset_from, t.offset_to, t.text))
                .collect()
        };
        assert_eq!(as_tokens(&terms.full), expected(analyze(Lang::En, text)));
        assert_eq!(
            as_tokens(&terms.exact),
            expected(analyze_exact(Lang::En, text))
        );
        // Each distinct term is stored once.
        let mut words = terms.words.clone();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), terms.words.len());
    }

    #[test]
    fn chinese_grams_keep_their_own_offsets() {
        let text = "提现需要多长时间？";
        let bytes = encode_section_terms(AnalysisOptions::default(), Lang::Zh, text);
        let terms = SectionTerms::decode(&bytes).expect("decodes");
        let full: Vec<(usize, usize, &str)> = terms
            .full
            .iter()
            .map(|t| (t.from as usize, t.to(), terms.words[t.word as usize]))
            .collect();
        let expected: Vec<(usize, usize, String)> = analyze(Lang::Zh, text)
            .into_iter()
            .map(|t| (t.offset_from, t.offset_to, t.text))
            .collect();
        assert_eq!(full.len(), expected.len());
        assert!(full
            .iter()
            .zip(&expected)
            .all(|(a, b)| a.0 == b.0 && a.1 == b.1 && a.2 == b.2));
    }

    #[test]
    fn offsets_that_step_back_and_large_numbers_round_trip() {
        let terms = SectionTerms {
            words: vec!["提现", "需要", "提现需要"],
            full: vec![
                TermAt {
                    from: 0,
                    len: 6,
                    word: 0,
                },
                TermAt {
                    from: 6,
                    len: 6,
                    word: 1,
                },
                TermAt {
                    from: 0,
                    len: 12,
                    word: 2,
                },
                TermAt {
                    from: u32::MAX - 12,
                    len: 12,
                    word: 2,
                },
            ],
            exact: vec![TermAt {
                from: 70_000,
                len: 300,
                word: 1,
            }],
        };
        let bytes = terms.encode();
        assert_eq!(SectionTerms::decode(&bytes).as_ref(), Some(&terms));
        // Without the exact terms: the rest is the same.
        let without = SectionTerms::decode_with(&bytes, false).expect("decodes");
        assert_eq!((&without.words, &without.full), (&terms.words, &terms.full));
        assert!(without.exact.is_empty());
    }

    #[test]
    fn garbage_and_out_of_range_terms_are_refused() {
        assert!(SectionTerms::decode(b"\xff\xff\xff").is_none());
        let bad = SectionTerms {
            words: vec!["fee"],
            full: vec![TermAt {
                from: 0,
                len: 3,
                word: 1,
            }],
            exact: Vec::new(),
        };
        assert!(SectionTerms::decode(&bad.encode()).is_none());
        // Every cut of a good encoding is refused, never misread.
        let good = encode_section_terms(AnalysisOptions::default(), Lang::En, "Fees and limits");
        for end in 0..good.len() {
            assert!(SectionTerms::decode(&good[..end]).is_none(), "cut at {end}");
            assert!(
                SectionTerms::pick(&good[..end], true, |_| (Some(0), true)).is_none(),
                "cut at {end}"
            );
        }
        assert!(SectionTerms::pick(&bad.encode(), true, |_| (Some(0), true)).is_none());
    }

    #[test]
    fn picking_keeps_the_terms_decoding_gives_of_the_words_picked() {
        let text = "Withdrawal fees: withdrawing twice costs 2 fees, and a withdrawal is free.";
        let bytes = encode_section_terms(AnalysisOptions::default(), Lang::En, text);
        let all = SectionTerms::decode(&bytes).expect("decodes");
        let pick = |w: &str| {
            (
                w.starts_with("fee").then_some(w.len()),
                w.starts_with("with"),
            )
        };
        for exact in [true, false] {
            let picked = SectionTerms::pick(&bytes, exact, pick).expect("picks");
            let full: Vec<(TermAt, &str, usize)> = all
                .full
                .iter()
                .filter_map(|t| {
                    let w = all.words[t.word as usize];
                    pick(w).0.map(|group| (*t, w, group))
                })
                .collect();
            let exact_terms: Vec<(TermAt, &str)> = all
                .exact
                .iter()
                .map(|t| (*t, all.words[t.word as usize]))
                .filter(|(_, w)| exact && pick(w).1)
                .collect();
            assert!(!full.is_empty() && !all.exact.is_empty());
            assert_eq!(picked.full, full);
            assert_eq!(picked.exact, exact_terms);
        }
    }
}
