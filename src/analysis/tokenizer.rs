//! The tantivy side: a [`LanguageTokenizer`] runs one language's pipeline for tantivy, and
//! [`register_analyzers`] registers every pipeline under its name (with the default options;
//! [`AnalysisOptions::register`] with others).

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager};

use crate::analysis::options::AnalysisOptions;
use crate::analysis::pipeline::{Pipeline, Term};
use crate::lang::Lang;

/// A tantivy tokenizer running one language's pipeline (full or exact).
#[derive(Debug, Clone)]
pub struct LanguageTokenizer {
    pipeline: Pipeline,
}

impl LanguageTokenizer {
    /// The full pipeline of `lang`: normalise, segment, stem.
    pub fn full(lang: Lang) -> Self {
        LanguageTokenizer {
            pipeline: Pipeline::new(lang, true),
        }
    }

    /// The pipeline of `lang` without stemming.
    pub fn exact(lang: Lang) -> Self {
        LanguageTokenizer {
            pipeline: Pipeline::new(lang, false),
        }
    }

    /// This tokenizer with other options than the default ones.
    pub fn with_options(self, options: AnalysisOptions) -> Self {
        LanguageTokenizer {
            pipeline: self.pipeline.with_options(options),
        }
    }
}

impl Tokenizer for LanguageTokenizer {
    type TokenStream<'a> = LanguageTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> LanguageTokenStream<'a> {
        self.pipeline.release_if_huge();
        LanguageTokenStream {
            terms: self.pipeline.run(text),
            current: None,
            placeholder: Token::default(),
        }
    }
}

/// The terms of one text, as tantivy reads them.
#[derive(Debug)]
pub struct LanguageTokenStream<'a> {
    terms: &'a mut [Term],
    current: Option<usize>,
    /// What `token()` shows before the first `advance()` or after the last term.
    placeholder: Token,
}

impl TokenStream for LanguageTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let next = self.current.map_or(0, |i| i + 1);
        if next < self.terms.len() {
            self.current = Some(next);
            true
        } else {
            self.current = Some(self.terms.len());
            false
        }
    }

    fn token(&self) -> &Token {
        self.current
            .and_then(|i| self.terms.get(i))
            .map_or(&self.placeholder, |term| &term.token)
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.current.and_then(|i| self.terms.get_mut(i)) {
            Some(term) => &mut term.token,
            None => &mut self.placeholder,
        }
    }
}

/// The full pipeline of one language, with the default options, as a tantivy analyzer.
pub fn text_analyzer(lang: Lang) -> TextAnalyzer {
    AnalysisOptions::default().text_analyzer(lang)
}

/// The pipeline of one language without stemming, with the default options, as a tantivy
/// analyzer.
pub fn exact_analyzer(lang: Lang) -> TextAnalyzer {
    AnalysisOptions::default().exact_analyzer(lang)
}

/// Registers every analyzer of every language, with the default options, with an index's
/// tokenizer manager.
pub fn register_analyzers(manager: &TokenizerManager) {
    AnalysisOptions::default().register(manager);
}

/// Loads what analysis loads lazily (the Chinese dictionary, the stop-word sets, the colloquial
/// lexicon), so the first query does not pay for it; optional, for server start-up.
pub fn warm_up() {
    crate::analysis::segmenter::warm_up_chinese();
    for lang in Lang::ALL {
        crate::analysis::stop_words::is_stop_word(lang, "");
    }
    crate::analysis::Lexicon::built_in();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyzer_name;
    use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
    use tantivy::{doc, Index, IndexWriter, Term as IndexTerm};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(t) = stream.next() {
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    #[test]
    fn the_stream_shows_every_term_once_and_never_panics() {
        let mut analyzer = text_analyzer(Lang::En);
        assert_eq!(
            tokens(&mut analyzer, "Falak's withdrawals"),
            [
                ("falak".to_string(), 0, 7, 0),
                ("withdraw".to_string(), 8, 19, 1)
            ]
        );
        let mut stream = analyzer.token_stream("");
        assert_eq!(stream.token().text, "");
        assert!(!stream.advance());
        assert!(!stream.advance());
        stream.token_mut().text.push('x');
    }

    #[test]
    fn registered_analyzers_index_and_find() -> tantivy::Result<()> {
        let mut schema = Schema::builder();
        let options = |name: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(name)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let ar = schema.add_text_field("ar", options(analyzer_name(Lang::Ar)));
        let zh = schema.add_text_field("zh", options(analyzer_name(Lang::Zh)));
        let index = Index::create_in_ram(schema.build());
        register_analyzers(index.tokenizers());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
        writer.add_document(doc!(ar => "رسوم السحب بالبطاقة", zh => "如何设置客户关系管理"))?;
        writer.commit()?;
        let searcher = index.reader()?.searcher();
        for (field, lang, query) in [(ar, Lang::Ar, "بالسحب"), (zh, Lang::Zh, "客戶關係管理")]
        {
            for token in crate::analysis::analyze(lang, query) {
                let term = IndexTerm::from_field_text(field, &token.text);
                assert_eq!(searcher.doc_freq(&term)?, 1, "{query}: {}", token.text);
            }
        }
        Ok(())
    }
}
