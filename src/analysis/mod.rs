//! SHIM (uncommitted): stands in for the analysis module while it is written elsewhere.
use crate::lang::Lang;
use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer, TokenizerManager};
pub const fn analyzer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "dalil_en",
        Lang::Ar => "dalil_ar",
        Lang::Fa => "dalil_fa",
        Lang::Zh => "dalil_zh",
    }
}
pub const fn exact_analyzer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "dalil_en_exact",
        Lang::Ar => "dalil_ar_exact",
        Lang::Fa => "dalil_fa_exact",
        Lang::Zh => "dalil_zh_exact",
    }
}
pub fn text_analyzer(_lang: Lang) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .build()
}
pub fn exact_analyzer(lang: Lang) -> TextAnalyzer {
    text_analyzer(lang)
}
pub fn register_analyzers(m: &TokenizerManager) {
    for l in Lang::ALL {
        m.register(analyzer_name(l), text_analyzer(l));
        m.register(exact_analyzer_name(l), exact_analyzer(l));
    }
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedToken {
    pub text: String,
    pub offset_from: usize,
    pub offset_to: usize,
    pub position: usize,
}
fn run(mut a: TextAnalyzer, text: &str) -> Vec<AnalyzedToken> {
    let mut s = a.token_stream(text);
    let mut v = vec![];
    while let Some(t) = s.next() {
        v.push(AnalyzedToken {
            text: t.text.clone(),
            offset_from: t.offset_from,
            offset_to: t.offset_to,
            position: t.position,
        });
    }
    v
}
pub fn analyze(lang: Lang, text: &str) -> Vec<AnalyzedToken> {
    run(text_analyzer(lang), text)
}
pub fn analyze_exact(lang: Lang, text: &str) -> Vec<AnalyzedToken> {
    run(exact_analyzer(lang), text)
}
pub fn is_stop_word(_lang: Lang, term: &str) -> bool {
    matches!(
        term,
        "the" | "a" | "how" | "do" | "i" | "is" | "my" | "to" | "of"
    )
}
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Arabic,
    Han,
    Other,
}
pub fn script_of(term: &str) -> Script {
    match term.chars().next() {
        Some(c) if c.is_ascii_alphanumeric() => Script::Latin,
        Some('\u{0600}'..='\u{06FF}') => Script::Arabic,
        Some('\u{4E00}'..='\u{9FFF}') => Script::Han,
        _ => Script::Other,
    }
}
