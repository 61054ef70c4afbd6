//! Stop words. They are indexed like any other term (a query made only of stop words must
//! still find something); [`is_stop_word`] lets the query builder drop them when other terms
//! remain. Each list is run through its language's pipelines once, on first use, so the sets
//! hold terms exactly as the analyzers emit them.

mod arabic;
mod chinese;
mod english;
mod persian;

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::analysis::pipeline::Pipeline;
use crate::analysis::script::{script_of, Script};
use crate::analysis::segmenter::ChineseSegmentation;
use crate::lang::Lang;

/// Terms, as the full and the exact pipeline emit them, of one language's stop words.
type StopSet = HashSet<String>;

static ENGLISH: LazyLock<StopSet> = LazyLock::new(|| build(Lang::En, english::WORDS));
static ARABIC: LazyLock<StopSet> = LazyLock::new(|| build(Lang::Ar, arabic::WORDS));
static PERSIAN: LazyLock<StopSet> = LazyLock::new(|| build(Lang::Fa, persian::WORDS));
static CHINESE: LazyLock<StopSet> = LazyLock::new(|| build(Lang::Zh, chinese::WORDS));
static ARABIC_SPOKEN: LazyLock<StopSet> = LazyLock::new(|| build(Lang::Ar, arabic::SPOKEN));
static PERSIAN_SPOKEN: LazyLock<StopSet> = LazyLock::new(|| build(Lang::Fa, persian::SPOKEN));
static CHINESE_SPOKEN: LazyLock<StopSet> = LazyLock::new(|| build(Lang::Zh, chinese::SPOKEN));
static ENGLISH_SPOKEN: LazyLock<StopSet> = LazyLock::new(|| build(Lang::En, english::SPOKEN));

/// Runs each word through both pipelines of `lang`; a word that is one term is a stop term.
fn build(lang: Lang, words: &[&str]) -> StopSet {
    let mut set = StopSet::new();
    for stemming in [true, false] {
        let mut pipeline = Pipeline::new(lang, stemming).with_chinese(ChineseSegmentation::Words);
        for word in words {
            if let [term] = pipeline.run(word) {
                set.insert(term.token.text.clone());
            }
        }
    }
    set
}

/// Whether `term`, as the full (or exact) pipeline of `lang` emits it, is a stop word. Latin
/// terms are checked against the English list in every language. (An index's
/// [`AnalysisOptions::is_stop_word`](crate::analysis::AnalysisOptions::is_stop_word) also
/// says no when its ablation turns stop words off.)
pub fn is_stop_word(lang: Lang, term: &str) -> bool {
    let set: &StopSet = match lang {
        Lang::En => &ENGLISH,
        Lang::Ar => &ARABIC,
        Lang::Fa => &PERSIAN,
        Lang::Zh => &CHINESE,
    };
    set.contains(term)
        || (lang != Lang::En && script_of(term) == Script::Latin && ENGLISH.contains(term))
}

/// Whether `term` is one of the spoken function words of `lang` (dialect Arabic, colloquial
/// Persian, everyday Chinese, phone-typed English) that queries drop like stop words; the
/// colloquial-forms ablation turns them off.
pub fn is_spoken_stop_word(lang: Lang, term: &str) -> bool {
    match lang {
        Lang::Ar => ARABIC_SPOKEN.contains(term),
        Lang::Fa => PERSIAN_SPOKEN.contains(term),
        Lang::Zh => CHINESE_SPOKEN.contains(term),
        Lang::En => ENGLISH_SPOKEN.contains(term),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    #[test]
    fn every_listed_word_is_one_term_and_a_stop_word() {
        for (lang, words) in [
            (Lang::En, english::WORDS),
            (Lang::Ar, arabic::WORDS),
            (Lang::Fa, persian::WORDS),
            (Lang::Zh, chinese::WORDS),
        ] {
            for stemming in [true, false] {
                let mut pipeline =
                    Pipeline::new(lang, stemming).with_chinese(ChineseSegmentation::Words);
                for word in words {
                    let terms = pipeline.run(word);
                    assert_eq!(terms.len(), 1, "{lang} {word} is one term");
                    assert!(is_stop_word(lang, &terms[0].token.text), "{lang} {word}");
                }
            }
        }
    }

    #[test]
    fn analyzed_forms_are_recognised() {
        assert!(is_stop_word(Lang::En, "the"));
        assert!(is_stop_word(Lang::En, "doe")); // "does", stemmed
        assert!(is_stop_word(Lang::Ar, "كيف"));
        assert!(is_stop_word(Lang::Ar, "الي")); // "إلى", normalised
        assert!(is_stop_word(Lang::Fa, "برای"));
        assert!(is_stop_word(Lang::Fa, "میشود")); // ZWNJ gone
        assert!(is_stop_word(Lang::Zh, "的"));
        assert!(is_stop_word(Lang::Zh, "为什么"));
        // Latin terms use the English list everywhere.
        assert!(is_stop_word(Lang::Ar, "the"));
        assert!(!is_stop_word(Lang::En, "ل"));
    }

    #[test]
    fn help_center_words_are_not_stop_words() {
        let cases = [
            (
                Lang::En,
                "withdrawal fee account deposit verification usdt 2fa",
            ),
            (Lang::Ar, "السحب رسوم الحساب إيداع التحقق بطاقة الهوية"),
            (Lang::Fa, "برداشت هزینه حساب واریز تایید کارت مدارک"),
            (Lang::Zh, "提现 手续费 账户 入金 验证 银行卡 身份"),
        ];
        for (lang, text) in cases {
            for token in analyze(lang, text) {
                assert!(!is_stop_word(lang, &token.text), "{lang}: {}", token.text);
            }
        }
    }
}
