//! Text analysed once at build time and handed to tantivy as it is. A build needs each
//! section body's terms twice over (tantivy's fields and the stored terms of
//! `index::section_terms`), and an article's title, keywords and summary once per section
//! document; tantivy analysing the text itself repeated that work (about four analyses of every
//! body: docs/PERFORMANCE.md, "Full build, second round"). So a build analyses each text once
//! into an [`AnalyzedText`], gives the index its [`AnalyzedText::to_indexed`] form, and registers
//! the [`ReplayTokenizer`] under the analyzers' names in the index it writes
//! ([`register_pre_analyzed`]); searches register the real analyzers and never see that form.
//!
//! The indexed form is a string tantivy takes as a field value: per term, the step of its
//! position from the previous term's (from 0 for the first), its length in bytes, then its text.
//! Each number is written in ASCII bytes of six bits, lowest first, 0x40 set on all but the last.
//! A string made another way reads as fewer terms or none, never as a panic.

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager};

use crate::analysis::names::{analyzer_name, exact_analyzer_name};
use crate::lang::Lang;

/// One term of an [`AnalyzedText`]: where its text ends in the term buffer, where it comes
/// from in the analysed text, and its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    end: usize,
    from: usize,
    to: usize,
    position: usize,
}

/// The terms of one text as a pipeline emitted them, in two buffers (no allocation per term).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnalyzedText {
    terms: String,
    spans: Vec<Span>,
}

/// A term of an [`AnalyzedText`], borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnalyzedTerm<'a> {
    /// The term as indexed.
    pub text: &'a str,
    /// Byte offset of the term's first byte in the analysed text.
    pub offset_from: usize,
    /// Byte offset past the term's last byte in the analysed text.
    pub offset_to: usize,
    /// The term's position; overlapping terms (Chinese grams) share one.
    pub position: usize,
}

impl AnalyzedText {
    /// Forgets the terms, keeping the buffers.
    pub(crate) fn clear(&mut self) {
        self.terms.clear();
        self.spans.clear();
    }

    /// Appends a term.
    pub(crate) fn push(
        &mut self,
        text: &str,
        offset_from: usize,
        offset_to: usize,
        position: usize,
    ) {
        self.terms.push_str(text);
        self.spans.push(Span {
            end: self.terms.len(),
            from: offset_from,
            to: offset_to,
            position,
        });
    }

    /// The number of terms.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there is no term.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Term `i` (in the order the pipeline emitted them), if there are that many.
    pub fn get(&self, i: usize) -> Option<AnalyzedTerm<'_>> {
        let s = self.spans.get(i)?;
        let start = match i.checked_sub(1) {
            Some(before) => self.spans.get(before)?.end,
            None => 0,
        };
        Some(AnalyzedTerm {
            text: self.terms.get(start..s.end)?,
            offset_from: s.from,
            offset_to: s.to,
            position: s.position,
        })
    }

    /// The terms in the order the pipeline emitted them.
    pub fn iter(&self) -> impl Iterator<Item = AnalyzedTerm<'_>> + '_ {
        let mut start = 0;
        self.spans.iter().map(move |s| {
            let text = self.terms.get(start..s.end).unwrap_or_default();
            start = s.end;
            AnalyzedTerm {
                text,
                offset_from: s.from,
                offset_to: s.to,
                position: s.position,
            }
        })
    }

    /// The terms as a field value for an index whose analyzers are the [`ReplayTokenizer`].
    pub fn to_indexed(&self) -> String {
        let mut out = String::with_capacity(self.terms.len() + 2 * self.spans.len());
        let mut previous = 0;
        for t in self.iter() {
            put_number(&mut out, t.position.saturating_sub(previous));
            put_number(&mut out, t.text.len());
            out.push_str(t.text);
            previous = t.position;
        }
        out
    }
}

/// Appends `n` in ASCII bytes of six bits, lowest first, 0x40 set on all but the last.
fn put_number(out: &mut String, mut n: usize) {
    while n >= 0x40 {
        out.push(char::from(0x40 | (n & 0x3f) as u8));
        n >>= 6;
    }
    out.push(char::from(n as u8));
}

/// Reads a number [`put_number`] wrote at `at`; `None` when the bytes are not one.
fn take_number(bytes: &[u8], at: &mut usize) -> Option<usize> {
    let mut n = 0usize;
    let mut shift = 0u32;
    loop {
        let b = *bytes.get(*at)?;
        if b >= 0x80 || shift > usize::BITS - 6 {
            return None;
        }
        *at += 1;
        n |= usize::from(b & 0x3f) << shift;
        if b & 0x40 == 0 {
            return Some(n);
        }
        shift += 6;
    }
}

/// A tantivy tokenizer reading back the terms of [`AnalyzedText::to_indexed`].
#[derive(Debug, Clone, Default)]
pub struct ReplayTokenizer {
    token: Token,
}

impl Tokenizer for ReplayTokenizer {
    type TokenStream<'a> = ReplayTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ReplayTokenStream<'a> {
        self.token.reset();
        ReplayTokenStream {
            text,
            at: 0,
            position: 0,
            token: &mut self.token,
        }
    }
}

/// The terms of one indexed form, as tantivy reads them.
#[derive(Debug)]
pub struct ReplayTokenStream<'a> {
    text: &'a str,
    at: usize,
    position: usize,
    token: &'a mut Token,
}

impl ReplayTokenStream<'_> {
    fn read(&mut self) -> Option<()> {
        let bytes = self.text.as_bytes();
        let step = take_number(bytes, &mut self.at)?;
        let len = take_number(bytes, &mut self.at)?;
        let term = self.text.get(self.at..self.at.checked_add(len)?)?;
        self.at += len;
        self.position = self.position.checked_add(step)?;
        self.token.text.clear();
        self.token.text.push_str(term);
        self.token.position = self.position;
        self.token.position_length = 1;
        Some(())
    }
}

impl TokenStream for ReplayTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.read().is_some() {
            true
        } else {
            // Whatever is left is not a term: the stream ends.
            self.at = self.text.len();
            false
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Registers the [`ReplayTokenizer`] under the name of every analyzer of every language, with
/// the tokenizer manager of an index that is given [`AnalyzedText::to_indexed`] values only.
pub fn register_pre_analyzed(manager: &TokenizerManager) {
    for lang in Lang::ALL {
        manager.register(
            analyzer_name(lang),
            TextAnalyzer::from(ReplayTokenizer::default()),
        );
        manager.register(
            exact_analyzer_name(lang),
            TextAnalyzer::from(ReplayTokenizer::default()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{exact_analyzer, text_analyzer, AnalysisOptions};

    /// (text, position) of every term an analyzer streams.
    fn streamed(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.position));
        }
        out
    }

    const TEXTS: [(Lang, &str); 5] = [
        (Lang::En, "Withdrawal fees: withdrawing twice costs 2 fees."),
        (
            Lang::Ar,
            "يمكنك تحويل الأموال إلى البنك خلال يوم عمل، والتحويل مجاني",
        ),
        (Lang::Fa, "برای برداشت از حساب، درخواست برداشت را ثبت کنید"),
        // Chinese grams share their word's position.
        (Lang::Zh, "提现需要多长时间？一般一个工作日到账。提现免费。"),
        (Lang::En, ""),
    ];

    #[test]
    fn replayed_terms_are_what_the_analyzers_stream() {
        let options = AnalysisOptions::default();
        let mut replay = TextAnalyzer::from(ReplayTokenizer::default());
        for (lang, text) in TEXTS {
            let full = options.analyze_text(lang, text);
            let exact = options.analyze_text_exact(lang, text);
            assert_eq!(
                streamed(&mut replay, &full.to_indexed()),
                streamed(&mut text_analyzer(lang), text),
                "{lang:?} {text}"
            );
            assert_eq!(
                streamed(&mut replay, &exact.to_indexed()),
                streamed(&mut exact_analyzer(lang), text),
                "{lang:?} {text}"
            );
            // The borrowed terms are the collected ones.
            let collected: Vec<_> = options
                .analyze(lang, text)
                .into_iter()
                .map(|t| (t.text, t.offset_from, t.offset_to, t.position))
                .collect();
            let borrowed: Vec<_> = full
                .iter()
                .map(|t| (t.text.to_string(), t.offset_from, t.offset_to, t.position))
                .collect();
            assert_eq!(borrowed, collected, "{lang:?} {text}");
            let by_index: Vec<_> = (0..=full.len()).map(|i| full.get(i)).collect();
            let mut iterated: Vec<_> = full.iter().map(Some).collect();
            iterated.push(None);
            assert_eq!(by_index, iterated, "{lang:?} {text}");
        }
    }

    #[test]
    fn both_pipelines_at_once_are_each_run_alone() {
        use crate::analysis::{Ablation, ChineseSegmentation};
        let mut texts: Vec<(Lang, String)> =
            TEXTS.iter().map(|(l, t)| (*l, t.to_string())).collect();
        // The bundled articles: every rule of every language meets real text.
        texts.extend(crate::analysis::bundled_article_texts());
        assert!(texts.len() > 40, "{}", texts.len());
        let mut settings = vec![AnalysisOptions::default()];
        settings.extend(
            Ablation::EACH_RULE
                .iter()
                .map(|(_, ablation)| AnalysisOptions {
                    ablation: *ablation,
                    ..AnalysisOptions::default()
                }),
        );
        // Every Chinese segmentation, with and without bigrams in the full pipeline.
        settings.extend(
            ChineseSegmentation::ALL
                .iter()
                .map(|&chinese| AnalysisOptions {
                    chinese,
                    ..AnalysisOptions::default()
                }),
        );
        for options in settings {
            for (lang, text) in &texts {
                let (full, exact) = options.analyze_text_both(*lang, text);
                assert_eq!(
                    full,
                    options.analyze_text(*lang, text),
                    "{lang:?} {options:?}"
                );
                assert_eq!(
                    exact,
                    options.analyze_text_exact(*lang, text),
                    "{lang:?} {options:?}"
                );
            }
        }
    }

    #[test]
    fn long_terms_and_large_steps_round_trip() {
        let mut text = AnalyzedText::default();
        let long = "x".repeat(5000);
        text.push("a", 0, 1, 0);
        text.push(&long, 2, 5002, 1);
        text.push("b", 5003, 5004, 1);
        text.push("c", 5005, 5006, 100_000);
        let mut replay = TextAnalyzer::from(ReplayTokenizer::default());
        assert_eq!(
            streamed(&mut replay, &text.to_indexed()),
            [
                ("a".to_string(), 0),
                (long.clone(), 1),
                ("b".to_string(), 1),
                ("c".to_string(), 100_000)
            ]
        );
    }

    #[test]
    fn other_strings_never_panic() {
        let mut replay = TextAnalyzer::from(ReplayTokenizer::default());
        let good = AnalysisOptions::default()
            .analyze_text(Lang::Fa, "برای برداشت از حساب")
            .to_indexed();
        for end in 0..=good.len() {
            if let Some(cut) = good.get(..end) {
                assert!(streamed(&mut replay, cut).len() <= 4);
            }
        }
        for garbage in [
            "\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}",
            "é",
            "\u{1}\u{9}ab",
            "plain text",
        ] {
            let _ = streamed(&mut replay, garbage);
        }
        assert_eq!(
            streamed(&mut replay, "\u{0}\u{2}ab"),
            [("ab".to_string(), 0)]
        );
    }
}
