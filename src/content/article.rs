//! The values content loading produces: an article with its metadata and its sections.

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// What kind of article a file is; decides how its headings split it. Serialized as its
/// front-matter spelling (`"faq"`) in every format, JSON and the index's catalog alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ArticleType {
    /// Every `##` heading is a question, the text up to the next `##` its answer.
    Faq,
    /// Step-by-step guide; `##`/`###` headings split it into sections.
    Tutorial,
    /// Reference text; `##`/`###` headings split it into sections.
    Article,
}

impl ArticleType {
    /// Every type, in the order filters list them: the one place they are spelled out.
    pub const ALL: [ArticleType; 3] = [
        ArticleType::Faq,
        ArticleType::Tutorial,
        ArticleType::Article,
    ];

    /// The front-matter spelling (`faq`, `tutorial`, `article`).
    pub const fn as_str(self) -> &'static str {
        match self {
            ArticleType::Faq => "faq",
            ArticleType::Tutorial => "tutorial",
            ArticleType::Article => "article",
        }
    }

    /// Parses the front-matter spelling.
    pub fn parse(s: &str) -> Option<ArticleType> {
        ArticleType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The spellings joined for messages (`faq, tutorial or article`).
    pub fn spellings() -> String {
        let names = ArticleType::ALL.map(ArticleType::as_str);
        format!(
            "{} or {}",
            names[..names.len() - 1].join(", "),
            names[names.len() - 1]
        )
    }
}

impl fmt::Display for ArticleType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ArticleType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ArticleType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        ArticleType::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown article type {s:?} (expected {})",
                ArticleType::spellings()
            ))
        })
    }
}

/// One help article in one language, loaded from `content/<lang>/<id>.md`.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Language, from the folder name.
    pub lang: Lang,
    /// The file stem (`[a-z0-9-]+`); the same id in several languages means translations.
    pub id: String,
    /// Path of the source file as given to the loader (for messages).
    pub path: PathBuf,
    pub title: String,
    pub kind: ArticleType,
    pub category: Option<String>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    /// Alternative phrasings customers use: searched, never shown.
    pub keywords: Vec<String>,
    /// `updated` from the front matter, as written (`YYYY-MM-DD`).
    pub updated: Option<String>,
    /// `source_lang` from the front matter: the language the article was written in, which
    /// its translations follow (see [`translation_status`](super::translation_status)).
    pub source_lang: Option<Lang>,
    /// `draft: true` in the front matter: parsed, but [`load_content`](super::load_content)
    /// leaves it out of its articles.
    pub draft: bool,
    /// The Markdown body after the front matter.
    pub body_markdown: String,
    /// The whole body rendered to sanitised HTML, headings carrying their anchor ids.
    pub html: String,
    /// Retrieval units in document order. Text before the first splitting heading, when there
    /// is any, is the first section with an empty `anchor` and `heading`.
    pub sections: Vec<Section>,
}

/// A section of an article, or one question and its answer in an FAQ: the unit of retrieval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Anchor id, unique within the article, stable across rebuilds, non-Latin headings kept
    /// readable (`/fa/withdrawals#هزینه-برداشت`). Empty for the lead text before any heading.
    pub anchor: String,
    /// Heading text as plain text (the question, in an FAQ). Empty for the lead text.
    pub heading: String,
    /// Heading level (2 or 3); 0 for the lead text.
    pub level: u8,
    /// True when the heading is an FAQ question and `markdown` its answer.
    pub is_question: bool,
    /// The section's Markdown below its heading (the answer, in an FAQ).
    pub markdown: String,
    /// The section's text as plain text, for indexing, snippets and agents.
    pub text: String,
    /// 1-based line of the heading in the source file (of the first body line for the lead).
    pub line: usize,
}

/// The one place a help-center URL is spelt: `/<lang>/<id>` for an article, with `#<anchor>`
/// for a section (an empty anchor links the article).
pub fn article_url(lang: Lang, id: &str, anchor: &str) -> String {
    let code = lang.code();
    if anchor.is_empty() {
        format!("/{code}/{id}")
    } else {
        format!("/{code}/{id}#{anchor}")
    }
}

impl Article {
    /// The page URL of the article (`/<lang>/<id>`).
    pub fn url(&self) -> String {
        article_url(self.lang, &self.id, "")
    }

    /// The deep link to one section (`/<lang>/<id>#<anchor>`).
    pub fn section_url(&self, section: &Section) -> String {
        article_url(self.lang, &self.id, &section.anchor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_serializes_as_its_spelling_in_json_and_postcard() {
        for kind in ArticleType::ALL {
            assert_eq!(ArticleType::parse(kind.as_str()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{kind}\""));
            assert_eq!(serde_json::from_str::<ArticleType>(&json).unwrap(), kind);
            let bytes = postcard::to_stdvec(&kind).unwrap();
            assert_eq!(bytes, postcard::to_stdvec(kind.as_str()).unwrap());
        }
        assert!(serde_json::from_str::<ArticleType>("\"video\"").is_err());
        assert_eq!(ArticleType::spellings(), "faq, tutorial or article");
    }
}
