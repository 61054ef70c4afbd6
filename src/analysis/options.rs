//! How text is analysed: the Chinese segmentation and the rules turned off, as one value
//! passed where an index registers its analyzers and where queries are analysed against it, so
//! builds analysed differently can live side by side in one process (the ablation
//! measurements build one per setting). The default is the analyzer as shipped.

use serde::{Deserialize, Serialize};
use tantivy::tokenizer::{TextAnalyzer, TokenizerManager};

use crate::analysis::ablation::Ablation;
use crate::analysis::names::{analyzer_name, exact_analyzer_name};
use crate::analysis::pipeline::{run_cached, run_cached_both, run_cached_into, AnalyzedToken};
use crate::analysis::pre_analyzed::AnalyzedText;
use crate::analysis::segmenter::ChineseSegmentation;
use crate::analysis::stop_words;
use crate::analysis::tokenizer::LanguageTokenizer;
use crate::lang::Lang;

/// The settings of every analyzer of an index; an index is built and queried with the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalysisOptions {
    /// How Chinese text is cut into terms.
    pub chinese: ChineseSegmentation,
    /// Rules turned off (measurement only; none by default).
    pub ablation: Ablation,
}

impl AnalysisOptions {
    /// Whether these are the options dalil ships with.
    pub fn is_default(&self) -> bool {
        *self == AnalysisOptions::default()
    }

    /// Runs a language's full pipeline (normalise, segment, stem) and collects its terms.
    pub fn analyze(&self, lang: Lang, text: &str) -> Vec<AnalyzedToken> {
        run_cached(*self, lang, true, text)
    }

    /// Runs a language's pipeline without stemming and collects its terms (normalised surface
    /// forms, for prefix matching and did-you-mean).
    pub fn analyze_exact(&self, lang: Lang, text: &str) -> Vec<AnalyzedToken> {
        run_cached(*self, lang, false, text)
    }

    /// Runs a language's full pipeline into one [`AnalyzedText`] (no allocation per term).
    pub fn analyze_text(&self, lang: Lang, text: &str) -> AnalyzedText {
        let mut out = AnalyzedText::default();
        run_cached_into(*self, lang, true, text, &mut out);
        out
    }

    /// Runs a language's pipeline without stemming into one [`AnalyzedText`].
    pub fn analyze_text_exact(&self, lang: Lang, text: &str) -> AnalyzedText {
        let mut out = AnalyzedText::default();
        run_cached_into(*self, lang, false, text, &mut out);
        out
    }

    /// Runs a language's full pipeline and the one without stemming over the same text:
    /// (full, exact), as [`AnalysisOptions::analyze_text`] and
    /// [`AnalysisOptions::analyze_text_exact`] give them, sharing what the two have in common.
    pub fn analyze_text_both(&self, lang: Lang, text: &str) -> (AnalyzedText, AnalyzedText) {
        let (mut full, mut exact) = (AnalyzedText::default(), AnalyzedText::default());
        run_cached_both(*self, lang, text, &mut full, &mut exact);
        (full, exact)
    }

    /// [`AnalysisOptions::analyze_text_both`] into buffers the caller keeps (their earlier
    /// terms forgotten).
    pub fn analyze_text_both_into(
        &self,
        lang: Lang,
        text: &str,
        full: &mut AnalyzedText,
        exact: &mut AnalyzedText,
    ) {
        run_cached_both(*self, lang, text, full, exact);
    }

    /// Whether a query may drop `term` (as the pipelines of `lang` emit it) as a stop word:
    /// never when the ablation turns stop words off.
    pub fn is_stop_word(&self, lang: Lang, term: &str) -> bool {
        !self.ablation.stop_words
            && !self.ablation.plain
            && (stop_words::is_stop_word(lang, term)
                || (!self.ablation.colloquial_forms && stop_words::is_spoken_stop_word(lang, term)))
    }

    /// The full pipeline of one language as a tantivy analyzer.
    pub fn text_analyzer(&self, lang: Lang) -> TextAnalyzer {
        TextAnalyzer::from(LanguageTokenizer::full(lang).with_options(*self))
    }

    /// The pipeline of one language without stemming as a tantivy analyzer.
    pub fn exact_analyzer(&self, lang: Lang) -> TextAnalyzer {
        TextAnalyzer::from(LanguageTokenizer::exact(lang).with_options(*self))
    }

    /// Registers every analyzer of every language with an index's tokenizer manager.
    pub fn register(&self, manager: &TokenizerManager) {
        for lang in Lang::ALL {
            manager.register(analyzer_name(lang), self.text_analyzer(lang));
            manager.register(exact_analyzer_name(lang), self.exact_analyzer(lang));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(options: AnalysisOptions, lang: Lang, text: &str) -> Vec<String> {
        options
            .analyze(lang, text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn two_settings_live_side_by_side_in_one_thread() {
        let plain = AnalysisOptions {
            ablation: Ablation {
                plain: true,
                ..Ablation::NONE
            },
            ..AnalysisOptions::default()
        };
        let words = AnalysisOptions {
            chinese: ChineseSegmentation::Words,
            ..AnalysisOptions::default()
        };
        let shipped = AnalysisOptions::default();
        assert_eq!(terms(shipped, Lang::En, "Withdrawals"), ["withdraw"]);
        assert_eq!(terms(plain, Lang::En, "Withdrawals"), ["withdrawals"]);
        assert_eq!(terms(shipped, Lang::En, "Withdrawals"), ["withdraw"]);
        assert_eq!(terms(words, Lang::Zh, "强制平仓"), ["强制平仓"]);
        assert!(terms(shipped, Lang::Zh, "强制平仓").len() > 1);
        assert!(shipped.is_stop_word(Lang::En, "the"));
        assert!(!plain.is_stop_word(Lang::En, "the"));
    }

    #[test]
    fn options_round_trip_and_missing_ones_are_the_default() {
        for (_, ablation) in Ablation::EACH_RULE {
            for chinese in ChineseSegmentation::ALL {
                let o = AnalysisOptions { chinese, ablation };
                let json = serde_json::to_string(&o).unwrap();
                assert_eq!(serde_json::from_str::<AnalysisOptions>(&json).unwrap(), o);
            }
        }
        assert_eq!(
            serde_json::from_str::<AnalysisOptions>("{}").unwrap(),
            AnalysisOptions::default()
        );
    }
}
