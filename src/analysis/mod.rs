//! Per-language analysis: how article text and queries become index terms.
//!
//! Each language has two pipelines, both registered with tantivy under the names in
//! [`analyzer_name`] and [`exact_analyzer_name`]: the full one (segment, normalise, stem) for
//! indexing and queries, and the exact one (no stemming) for prefix matching and did-you-mean.
//! Text is cut by `segmenter`s, each term is spelled one way by the `normalizer`s (NFKC,
//! case, digits, Arabic and Persian letters, traditional Chinese), Persian affixes written
//! apart are joined, and `stemmer`s reduce terms to shared stems. Latin runs are analysed the
//! same way in every language so brand names and codes (`USDT`, `2FA`) match across languages.
//! Offsets always point into the original text. An index's [`AnalysisOptions`] (given when its
//! analyzers are registered) choose the Chinese segmentation and can turn rules off for
//! measurement; the free functions here analyse with the options dalil ships with.
//!
//! This module uses [`crate::lang`], and the content's synonyms-file parser for the colloquial
//! lexicon (`colloquial`: customers' spoken forms, applied to queries only).

mod ablation;
mod colloquial;
mod joiner;
mod names;
mod normalizer;
mod options;
mod pipeline;
mod pre_analyzed;
mod script;
mod segmenter;
mod shape;
mod stemmer;
mod stop_words;
mod tokenizer;

#[cfg(test)]
mod golden_tests;
#[cfg(test)]
mod measurements;
#[cfg(test)]
mod property_tests;

/// For unit tests: every bundled article file with its language, so that analysis meets real
/// text in each language.
#[cfg(test)]
pub(crate) fn bundled_article_texts() -> Vec<(crate::Lang, String)> {
    let mut texts = Vec::new();
    for lang in crate::Lang::ALL {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content")
            .join(lang.code());
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                texts.push((lang, text));
            }
        }
    }
    texts
}

pub use ablation::Ablation;
pub use colloquial::{written_forms, Lexicon, LexiconError, LexiconMatch, MAX_WRITTEN_FORMS};
pub use names::{
    analyzer_name, exact_analyzer_name, ANALYZER_AR, ANALYZER_EN, ANALYZER_FA, ANALYZER_ZH,
    EXACT_ANALYZER_AR, EXACT_ANALYZER_EN, EXACT_ANALYZER_FA, EXACT_ANALYZER_ZH,
};
pub use options::AnalysisOptions;
pub use pipeline::{analyze, analyze_exact, words_of, AnalyzedToken};
pub use pre_analyzed::{
    register_pre_analyzed, AnalyzedTerm, AnalyzedText, ReplayTokenStream, ReplayTokenizer,
};
pub use script::{script_of, Script};
pub use segmenter::ChineseSegmentation;
pub use shape::{query_shape, QueryShape};
pub use stop_words::is_stop_word;
pub use tokenizer::{
    exact_analyzer, register_analyzers, text_analyzer, warm_up, LanguageTokenStream,
    LanguageTokenizer,
};
