//! The analysed terms of a section's text with their byte offsets, computed when the section is
//! indexed and stored beside it, so that a snippet looks its words up instead of analysing the
//! text again on every search (that analysis was most of a fresh search's CPU).
//!
//! Encoded with postcard: the section's distinct terms once each, then the terms of the full
//! pipeline and of the exact (unstemmed) one as (offset, length, term number) triples.

use serde::{Deserialize, Serialize};

use crate::analysis::AnalysisOptions;
use crate::lang::Lang;

/// One term of a section's text: where it is and which of [`SectionTerms::words`] it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionTerms<'a> {
    /// Every distinct term of both pipelines.
    #[serde(borrow)]
    pub words: Vec<&'a str>,
    /// Terms of the language's full pipeline (stemmed), in text order.
    pub full: Vec<TermAt>,
    /// Terms of the exact pipeline (unstemmed: what a typed prefix is matched against).
    pub exact: Vec<TermAt>,
}

impl<'a> SectionTerms<'a> {
    /// Reads stored bytes; `None` when they are not an encoding of this version.
    pub fn decode(bytes: &'a [u8]) -> Option<SectionTerms<'a>> {
        let terms: SectionTerms<'a> = postcard::from_bytes(bytes).ok()?;
        let words = terms.words.len();
        terms
            .full
            .iter()
            .chain(&terms.exact)
            .all(|t| (t.word as usize) < words)
            .then_some(terms)
    }
}

/// Analyses `text` with both pipelines of `lang` (as the build's `analysis` sets them) and
/// encodes the terms for storing.
pub fn encode_section_terms(analysis: AnalysisOptions, lang: Lang, text: &str) -> Vec<u8> {
    let mut words: Vec<String> = Vec::new();
    let mut numbers: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let mut number = |w: String| -> u32 {
        if let Some(&n) = numbers.get(&w) {
            return n;
        }
        let n = words.len() as u32;
        words.push(w.clone());
        numbers.insert(w, n);
        n
    };
    let mut at = |tokens: Vec<crate::analysis::AnalyzedToken>| -> Vec<TermAt> {
        tokens
            .into_iter()
            .filter_map(|t| {
                Some(TermAt {
                    from: u32::try_from(t.offset_from).ok()?,
                    len: u32::try_from(t.offset_to.checked_sub(t.offset_from)?).ok()?,
                    word: number(t.text),
                })
            })
            .collect()
    };
    let full = at(analysis.analyze(lang, text));
    let exact = at(analysis.analyze_exact(lang, text));
    let terms = SectionTerms {
        words: words.iter().map(String::as_str).collect(),
        full,
        exact,
    };
    postcard::to_allocvec(&terms).unwrap_or_default()
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
        let bytes = postcard::to_allocvec(&bad).expect("encodes");
        assert!(SectionTerms::decode(&bytes).is_none());
    }
}
