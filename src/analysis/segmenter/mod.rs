//! Segmenters: where a text's terms start and end. A segmenter never changes, adds or skips
//! text other than separators; it only says which byte ranges of the original text are terms.
//!
//! Every language uses the [`WordSegmenter`](words::WordSegmenter); runs of Han characters are
//! then cut by jieba for Chinese and into single characters for the other languages.

mod chinese;
mod words;

pub(crate) use chinese::warm_up as warm_up_chinese;
pub use chinese::ChineseSegmentation;

use crate::analysis::script::Script;
use crate::lang::Lang;
use words::WordSegmenter;

/// One term's place in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Segment {
    /// Byte offset of the first byte, on a char boundary.
    pub from: usize,
    /// Byte offset past the last byte, on a char boundary, greater than `from`.
    pub to: usize,
    /// The script of the term's letters ([`Script::Other`] for numbers).
    pub script: Script,
    /// The term overlaps the one before and shares its position (Chinese search-mode grams).
    pub same_position: bool,
}

impl Segment {
    /// A term at a position of its own.
    pub(crate) const fn new(from: usize, to: usize, script: Script) -> Self {
        Segment {
            from,
            to,
            script,
            same_position: false,
        }
    }

    /// A term inside the previous one, at its position.
    pub(crate) const fn overlapping(from: usize, to: usize, script: Script) -> Self {
        Segment {
            from,
            to,
            script,
            same_position: true,
        }
    }
}

/// Appends the segments of `text` for `lang` to `out`, cutting Chinese in `chinese` mode.
pub(crate) fn segment(
    lang: Lang,
    chinese: ChineseSegmentation,
    text: &str,
    out: &mut Vec<Segment>,
) {
    WordSegmenter.segment(text, |segment| {
        if segment.script != Script::Han {
            out.push(segment);
        } else if lang == Lang::Zh {
            chinese::segment_han(text, segment.from, segment.to, chinese, out);
        } else {
            han_characters(text, segment, out);
        }
    });
}

/// [`segment`] in `full_mode` into `full` and in `exact_mode` into `exact`, cutting each text
/// once; for each segment pushed to `exact`, `exact_in_full` gets the index in `full` of the
/// segment with the same bytes (`usize::MAX` when there is none).
pub(crate) fn segment_both(
    lang: Lang,
    full_mode: ChineseSegmentation,
    exact_mode: ChineseSegmentation,
    text: &str,
    full: &mut Vec<Segment>,
    exact: &mut Vec<Segment>,
    exact_in_full: &mut Vec<usize>,
) {
    WordSegmenter.segment(text, |segment| {
        if segment.script == Script::Han && lang == Lang::Zh {
            chinese::segment_han_both(
                text,
                segment.from,
                segment.to,
                full_mode,
                exact_mode,
                full,
                exact,
                exact_in_full,
            );
            return;
        }
        let at = full.len();
        if segment.script == Script::Han {
            han_characters(text, segment, full);
        } else {
            full.push(segment);
        }
        exact.extend_from_slice(&full[at..]);
        exact_in_full.extend(at..full.len());
    });
}

/// Outside Chinese, a run of Han characters is one term per character.
fn han_characters(text: &str, run: Segment, out: &mut Vec<Segment>) {
    let Some(run_text) = text.get(run.from..run.to) else {
        return;
    };
    for (i, c) in run_text.char_indices() {
        let from = run.from + i;
        out.push(Segment::new(from, from + c.len_utf8(), Script::Han));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Lang, text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        segment(lang, ChineseSegmentation::Words, text, &mut out);
        out.iter().map(|s| &text[s.from..s.to]).collect()
    }

    #[test]
    fn han_runs_go_to_jieba_only_for_chinese() {
        assert_eq!(terms(Lang::Zh, "如何提现USDT"), ["如何", "提现", "USDT"]);
        assert_eq!(terms(Lang::En, "提现 USDT"), ["提", "现", "USDT"]);
        assert_eq!(terms(Lang::Ar, "سحب 提现"), ["سحب", "提", "现"]);
    }
}
