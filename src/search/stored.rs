//! Reading stored fields of section and article documents.

use tantivy::schema::{Field, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument};

use super::error::Result;
use crate::content::{article_url, ArticleType};
use crate::index::Fields;
use crate::lang::Lang;

/// What a result needs of a section document.
#[derive(Debug, Clone)]
pub struct StoredSection {
    pub id: String,
    pub lang: Lang,
    pub title: String,
    pub heading: String,
    pub anchor: String,
    pub text: String,
    pub markdown: String,
    /// The text's analysed terms as stored at index time ([`crate::index::SectionTerms`]).
    pub terms: Vec<u8>,
    pub article_type: ArticleType,
    pub category: Option<String>,
    pub is_question: bool,
    /// Position of the section in its article.
    pub section_ord: u64,
}

impl StoredSection {
    /// Loads a section document.
    pub fn load(searcher: &Searcher, fields: &Fields, addr: DocAddress) -> Result<StoredSection> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        Ok(StoredSection {
            id: text(&doc, fields.id),
            lang: lang(&doc, fields.lang)?,
            title: text(&doc, fields.title_text),
            heading: text(&doc, fields.heading_text),
            anchor: text(&doc, fields.anchor),
            text: text(&doc, fields.body_text),
            markdown: text(&doc, fields.body_markdown),
            terms: doc
                .get_first(fields.body_terms)
                .and_then(|v| v.as_bytes())
                .map(<[u8]>::to_vec)
                .unwrap_or_default(),
            article_type: article_type(&doc, fields.article_type)?,
            category: opt_text(&doc, fields.category),
            is_question: doc.get_first(fields.is_question).and_then(|v| v.as_u64()) == Some(1),
            section_ord: doc
                .get_first(fields.section_ord)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
        })
    }

    /// Deep link to the section.
    pub fn url(&self) -> String {
        article_url(self.lang, &self.id, &self.anchor)
    }
}

/// The language of a document: the index stores its code, which a build wrote from the
/// parsed language.
pub fn lang(doc: &TantivyDocument, field: Field) -> Result<Lang> {
    let stored = text(doc, field);
    Lang::ALL
        .into_iter()
        .find(|l| l.code() == stored)
        .ok_or_else(|| {
            tantivy::TantivyError::SchemaError(format!(
                "a stored language is {stored:?} (expected one of {}): rebuild the index with `dalil index --full`",
                Lang::codes_list()
            ))
            .into()
        })
}

/// The article type of a document: the index stores its spelling, which a build wrote from the
/// parsed type, so another value means the index is not one of this version's.
pub fn article_type(doc: &TantivyDocument, field: Field) -> Result<ArticleType> {
    let stored = text(doc, field);
    ArticleType::parse(&stored).ok_or_else(|| {
        tantivy::TantivyError::SchemaError(format!(
            "a stored article type is {stored:?} (expected {}): rebuild the index with `dalil index --full`",
            ArticleType::spellings()
        ))
        .into()
    })
}

/// First string value of a field, or empty.
pub fn text(doc: &TantivyDocument, field: Field) -> String {
    opt_text(doc, field).unwrap_or_default()
}

/// First string value of a field.
pub fn opt_text(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str().map(str::to_string))
}

/// Every string value of a field.
pub fn all_text(doc: &TantivyDocument, field: Field) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}
