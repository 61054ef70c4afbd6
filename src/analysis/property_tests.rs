//! Property tests: on any text, in every language and both pipelines, analysis never panics,
//! offsets are char boundaries of the text with `from < to`, positions never decrease, terms
//! are normalised (normalising them again changes nothing), and only separators fall between
//! segments.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

use crate::analysis::normalizer::normalize_term;
use crate::analysis::script::{classify, script_of, CharClass};
use crate::analysis::segmenter::{segment, ChineseSegmentation, Segment};
use crate::analysis::{analyze, analyze_exact, text_analyzer, AnalyzedToken};
use crate::lang::Lang;

/// Characters and pieces that exercise the rules: every script we handle, marks, joiners,
/// connectors, digits of three kinds, full-width forms, control characters.
const PIECES: &[&str] = &[
    " ",
    "  ",
    "\n",
    "\t",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{200e}",
    "\u{2028}",
    "\u{feff}",
    "'",
    "’",
    "＇",
    ".",
    ",",
    "٫",
    "٬",
    "/",
    "-",
    "@",
    "$",
    "،",
    "؟",
    "。",
    "，",
    "！",
    "a",
    "Z",
    "é",
    "İ",
    "ß",
    "ǅ",
    "ﬁ",
    "Ⅻ",
    "①",
    "²",
    "0",
    "7",
    "٣",
    "۷",
    "７",
    "Ａ",
    "ｚ",
    "\u{0301}",
    "\u{064b}",
    "\u{064e}",
    "\u{0651}",
    "\u{0652}",
    "\u{0653}",
    "\u{0654}",
    "\u{0655}",
    "\u{0670}",
    "\u{0640}",
    "ا",
    "أ",
    "إ",
    "آ",
    "ٱ",
    "ى",
    "ي",
    "ی",
    "ك",
    "ک",
    "ة",
    "ۀ",
    "ه",
    "و",
    "ب",
    "ل",
    "ال",
    "بال",
    "لل",
    "ها",
    "های",
    "هایی",
    "ترین",
    "تر",
    "ای",
    "ی",
    "می",
    "نمی",
    "هزینه",
    "سحب",
    "حساب",
    "ت",
    "ﻻ",
    "ﷲ",
    "ﷺ",
    "客",
    "戶",
    "關",
    "係",
    "帳",
    "乾",
    "隆",
    "著",
    "提现",
    "強制平倉",
    "〇",
    "\u{f900}",
    "\u{20000}",
    "ア",
    "한",
    "Ω",
    "я",
    "😀",
    "🇮🇷",
    "2FA",
    "USDT",
    "Falak's",
    "EUR/USD",
    "1,000",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn check_tokens(lang: Lang, text: &str, tokens: &[AnalyzedToken]) -> Result<(), TestCaseError> {
    let mut last_position = 0;
    for (i, token) in tokens.iter().enumerate() {
        prop_assert!(token.offset_from < token.offset_to, "{lang} {token:?}");
        prop_assert!(token.offset_to <= text.len(), "{lang} {token:?}");
        prop_assert!(text.is_char_boundary(token.offset_from), "{lang} {token:?}");
        prop_assert!(text.is_char_boundary(token.offset_to), "{lang} {token:?}");
        prop_assert!(!token.text.is_empty(), "{lang} {token:?}");
        if i > 0 {
            prop_assert!(token.position >= last_position, "{lang} {tokens:?}");
        }
        last_position = token.position;
        let again = normalize_term(lang, script_of(&token.text), &token.text);
        prop_assert_eq!(
            &again,
            &token.text,
            "{} normalising {:?} again",
            lang,
            token
        );
    }
    Ok(())
}

/// 256 cases a property; failures are kept beside this file
/// (`property_tests.proptest-regressions`) and replayed first.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

/// Texts earlier runs found failing, kept as plain cases.
#[test]
fn former_failures_stay_fixed() {
    for text in ["\u{1EE49}", "Falak'sE "] {
        for lang in Lang::ALL {
            check_tokens(lang, text, &analyze(lang, text)).expect("well formed");
            check_tokens(lang, text, &analyze_exact(lang, text)).expect("well formed");
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn analysis_is_well_formed_on_any_text(text in text_strategy()) {
        for lang in Lang::ALL {
            check_tokens(lang, &text, &analyze(lang, &text))?;
            check_tokens(lang, &text, &analyze_exact(lang, &text))?;
        }
    }

    #[test]
    fn analysis_is_well_formed_on_arbitrary_unicode(text in any::<String>()) {
        for lang in Lang::ALL {
            check_tokens(lang, &text, &analyze(lang, &text))?;
            check_tokens(lang, &text, &analyze_exact(lang, &text))?;
        }
    }

    #[test]
    fn tantivy_streams_match_analyze(text in text_strategy()) {
        for lang in Lang::ALL {
            let mut analyzer = text_analyzer(lang);
            let mut stream = analyzer.token_stream(&text);
            let mut streamed = Vec::new();
            while let Some(token) = stream.next() {
                streamed.push(AnalyzedToken {
                    text: token.text.clone(),
                    offset_from: token.offset_from,
                    offset_to: token.offset_to,
                    position: token.position,
                });
            }
            prop_assert_eq!(streamed, analyze(lang, &text));
        }
    }

    #[test]
    fn segments_leave_out_only_separators(text in text_strategy()) {
        for lang in Lang::ALL {
            for mode in ChineseSegmentation::ALL {
                let mut segments: Vec<Segment> = Vec::new();
                segment(lang, mode, &text, &mut segments);
                let mut covered = 0;
                for s in segments.iter().filter(|s| !s.same_position) {
                    prop_assert!(s.from >= covered, "{lang} overlapping {segments:?}");
                    let gap = &text[covered..s.from];
                    prop_assert!(
                        gap.chars().all(|c| !matches!(classify(c), CharClass::Letter(_) | CharClass::Digit)),
                        "{lang} skipped {gap:?}"
                    );
                    covered = s.to;
                }
                let tail = &text[covered..];
                prop_assert!(
                    tail.chars().all(|c| !matches!(classify(c), CharClass::Letter(_) | CharClass::Digit)),
                    "{lang} skipped {tail:?}"
                );
            }
        }
    }
}
