//! Chinese segmentation: jieba's dictionary cut of runs of Han characters, in one of three
//! modes, over the simplified form of the run so traditional text is cut like simplified text.

use std::sync::LazyLock;

use jieba_rs::Jieba;

use super::Segment;
use crate::analysis::normalizer::to_simplified;
use crate::analysis::script::Script;

/// How Chinese text is cut into terms (part of an index's
/// [`AnalysisOptions`](crate::analysis::AnalysisOptions)).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ChineseSegmentation {
    /// Dictionary words only (jieba `cut` with HMM for unknown words).
    Words,
    /// Dictionary words, unknown words left as the dictionary cuts them (no HMM).
    WordsWithoutHmm,
    /// Words, plus the dictionary words of two and three characters inside longer words, at the
    /// same position (jieba `cut_for_search`).
    SearchMode,
    /// Words, plus every character bigram of the Han run starting inside a word (also across
    /// the word's end) that is not the word itself, at the word's position: a compound cut
    /// one way in the text and another in the query still meets.
    WordsAndBigrams,
    /// [`ChineseSegmentation::WordsAndBigrams`] plus the dictionary words of three characters
    /// inside longer words.
    #[default]
    SearchModeAndBigrams,
}

impl ChineseSegmentation {
    /// Every mode, for measurements.
    pub const ALL: [ChineseSegmentation; 5] = [
        ChineseSegmentation::Words,
        ChineseSegmentation::WordsWithoutHmm,
        ChineseSegmentation::SearchMode,
        ChineseSegmentation::WordsAndBigrams,
        ChineseSegmentation::SearchModeAndBigrams,
    ];

    /// This mode without its character bigrams.
    pub const fn without_bigrams(self) -> Self {
        match self {
            ChineseSegmentation::WordsAndBigrams => ChineseSegmentation::Words,
            ChineseSegmentation::SearchModeAndBigrams => ChineseSegmentation::SearchMode,
            other => other,
        }
    }
}

/// Help-center words jieba's dictionary lacks or cuts apart (simplified forms).
const EXTRA_WORDS: &[&str] = &[
    "提现",
    "入金",
    "出金",
    "双重验证",
    "两步验证",
    "二次验证",
    "点差",
    "隔夜利息",
    "隔夜费",
    "杠杆",
    "保证金",
    "可用保证金",
    "保证金水平",
    "追加保证金",
    "止损",
    "止盈",
    "强制平仓",
    "强平",
    "爆仓",
    "滑点",
    "挂单",
    "限价单",
    "市价单",
    "止损单",
    "开仓",
    "平仓",
    "持仓",
    "差价合约",
    "负余额保护",
    "模拟账户",
    "真实账户",
    "交易账户",
    "电子钱包",
    "钱包地址",
    "到账",
    "实名认证",
    "身份验证",
    "地址证明",
    "身份证明",
    "验证器",
    "备用码",
    "客户关系管理",
];

/// The one jieba instance, built on first use with the extra words.
static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    for word in EXTRA_WORDS {
        jieba.add_word(word, None, None);
    }
    jieba
});

/// Builds the jieba dictionary now rather than on the first Chinese text (server start-up).
pub(crate) fn warm_up() {
    LazyLock::force(&JIEBA);
}

/// Cuts the Han run `text[from..to]` into words with jieba in `mode`, appending them to `out`.
pub(crate) fn segment_han(
    text: &str,
    from: usize,
    to: usize,
    mode: ChineseSegmentation,
    out: &mut Vec<Segment>,
) {
    let Some(run) = text.get(from..to) else {
        return;
    };
    let folded = to_simplified(run);
    let view = simplified_view(run, &folded);
    let hmm = mode != ChineseSegmentation::WordsWithoutHmm;
    for word in JIEBA.cut(view, hmm) {
        let (start, end) = (word.byte_start, word.byte_end);
        if start >= end || !run.is_char_boundary(start) || !run.is_char_boundary(end) {
            continue;
        }
        out.push(Segment::new(from + start, from + end, Script::Han));
        push_mode_grams(mode, view, start, end, from, out);
    }
}

/// [`segment_han`] in `full_mode` into `full` and in `exact_mode` into `exact` from one jieba
/// cut (the cut was most of the Chinese exact pipeline's time in a build: docs/PERFORMANCE.md,
/// "Full build, fifth round"). For each segment pushed to `exact`, `exact_in_full` gets the
/// index in `full` of the segment with the same bytes, or `usize::MAX` when there is none.
#[allow(clippy::too_many_arguments)]
pub(crate) fn segment_han_both(
    text: &str,
    from: usize,
    to: usize,
    full_mode: ChineseSegmentation,
    exact_mode: ChineseSegmentation,
    full: &mut Vec<Segment>,
    exact: &mut Vec<Segment>,
    exact_in_full: &mut Vec<usize>,
) {
    let hmm = full_mode != ChineseSegmentation::WordsWithoutHmm;
    if hmm != (exact_mode != ChineseSegmentation::WordsWithoutHmm) {
        // Cuts with and without HMM differ: no cut to share.
        segment_han(text, from, to, full_mode, full);
        let before = exact.len();
        segment_han(text, from, to, exact_mode, exact);
        exact_in_full.resize(exact_in_full.len() + exact.len() - before, usize::MAX);
        return;
    }
    let Some(run) = text.get(from..to) else {
        return;
    };
    let folded = to_simplified(run);
    let view = simplified_view(run, &folded);
    for word in JIEBA.cut(view, hmm) {
        let (start, end) = (word.byte_start, word.byte_end);
        if start >= end || !run.is_char_boundary(start) || !run.is_char_boundary(end) {
            continue;
        }
        let word_at = full.len();
        full.push(Segment::new(from + start, from + end, Script::Han));
        push_mode_grams(full_mode, view, start, end, from, full);
        let exact_at = exact.len();
        exact.push(Segment::new(from + start, from + end, Script::Han));
        push_mode_grams(exact_mode, view, start, end, from, exact);
        // A word's segments all lie in what `full` got for the word: a short search.
        let word_segments = &full[word_at..];
        exact_in_full.extend(exact[exact_at..].iter().map(|e| {
            word_segments
                .iter()
                .position(|f| f.from == e.from && f.to == e.to && f.script == e.script)
                .map_or(usize::MAX, |i| word_at + i)
        }));
    }
}

/// The simplified form of `run` if it has the run's offsets, else `run` itself.
fn simplified_view<'a>(run: &'a str, folded: &'a str) -> &'a str {
    // Traditional and simplified characters take the same number of bytes, so the simplified
    // view has the run's offsets; should that ever not hold, the run is cut as written.
    if folded.len() == run.len() {
        folded
    } else {
        run
    }
}

/// Appends what `mode` adds after the word `view[start..end]` (at byte `from` of the text).
fn push_mode_grams(
    mode: ChineseSegmentation,
    view: &str,
    start: usize,
    end: usize,
    from: usize,
    out: &mut Vec<Segment>,
) {
    let Some(word_text) = view.get(start..end) else {
        return;
    };
    match mode {
        ChineseSegmentation::Words | ChineseSegmentation::WordsWithoutHmm => {}
        ChineseSegmentation::SearchMode => {
            push_grams(word_text, from + start, 2, out, |g| JIEBA.has_word(g));
            push_grams(word_text, from + start, 3, out, |g| JIEBA.has_word(g));
        }
        ChineseSegmentation::WordsAndBigrams => {
            push_run_bigrams(view, start, end, from, out);
        }
        ChineseSegmentation::SearchModeAndBigrams => {
            push_grams(word_text, from + start, 3, out, |g| JIEBA.has_word(g));
            push_run_bigrams(view, start, end, from, out);
        }
    }
}

/// Appends the character bigrams of the run `view` (at byte `from` of the text) that start in
/// the word `view[start..end]` and are not that word, at the word's position.
fn push_run_bigrams(view: &str, start: usize, end: usize, from: usize, out: &mut Vec<Segment>) {
    let Some(rest) = view.get(start..) else {
        return;
    };
    let mut chars = rest.char_indices().peekable();
    while let Some((i, _)) = chars.next() {
        if start + i >= end {
            break;
        }
        let Some(&(j, second)) = chars.peek() else {
            break;
        };
        let gram_end = start + j + second.len_utf8();
        if i == 0 && gram_end == end {
            continue;
        }
        out.push(Segment::overlapping(
            from + start + i,
            from + gram_end,
            Script::Han,
        ));
    }
}

/// Appends the `n`-character grams of `word`, which starts at byte `base`, that `keep` accepts,
/// at the position of the word; only for words longer than `n` characters.
fn push_grams(
    word: &str,
    base: usize,
    n: usize,
    out: &mut Vec<Segment>,
    keep: impl Fn(&str) -> bool,
) {
    if word.chars().nth(n).is_none() {
        return;
    }
    for (start, _) in word.char_indices() {
        let rest = &word[start..];
        let len = match rest.char_indices().nth(n) {
            Some((len, _)) => len,
            None if rest.chars().count() == n => rest.len(),
            None => break,
        };
        let gram = &rest[..len];
        if keep(gram) {
            out.push(Segment::overlapping(
                base + start,
                base + start + len,
                Script::Han,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str, mode: ChineseSegmentation) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        segment_han(text, 0, text.len(), mode, &mut out);
        out.iter()
            .map(|s| (&text[s.from..s.to], s.same_position))
            .collect()
    }

    #[test]
    fn the_extra_words_are_words() {
        for word in EXTRA_WORDS {
            assert!(JIEBA.has_word(word), "{word}");
        }
        let words = ChineseSegmentation::Words;
        assert_eq!(cut("如何提现", words), [("如何", false), ("提现", false)]);
        assert_eq!(
            cut("设置止损和止盈", words),
            [
                ("设置", false),
                ("止损", false),
                ("和", false),
                ("止盈", false)
            ]
        );
    }

    #[test]
    fn traditional_text_is_cut_like_simplified_text_with_its_own_offsets() {
        let simplified = cut("开启双重验证", ChineseSegmentation::Words);
        let traditional = cut("開啟雙重驗證", ChineseSegmentation::Words);
        assert_eq!(simplified.len(), traditional.len());
        assert_eq!(traditional.last(), Some(&("雙重驗證", false)));
    }

    #[test]
    fn modes_add_overlapping_terms_at_the_word_position() {
        let search = cut("强制平仓", ChineseSegmentation::SearchMode);
        assert_eq!(search[0], ("强制平仓", false));
        assert!(search.contains(&("强制", true)) && search.contains(&("平仓", true)));
        assert!(!search.contains(&("制平", true)));
        assert_eq!(
            cut("强制平仓", ChineseSegmentation::WordsAndBigrams),
            [
                ("强制平仓", false),
                ("强制", true),
                ("制平", true),
                ("平仓", true)
            ]
        );
        // Bigrams go on across the word's end, at the word's position.
        assert_eq!(
            cut("提现到账", ChineseSegmentation::WordsAndBigrams),
            [("提现", false), ("现到", true), ("到账", false)]
        );
        let default = cut("强制平仓", ChineseSegmentation::SearchModeAndBigrams);
        assert!(default.contains(&("制平", true)) && default.contains(&("强制", true)));
        // Two-character words are their own bigram.
        assert_eq!(
            cut("提现", ChineseSegmentation::WordsAndBigrams),
            [("提现", false)]
        );
    }
}
