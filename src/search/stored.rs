//! Reading stored fields of section and article documents.

use tantivy::schema::{Field, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument};

use super::error::Result;
use crate::content::{article_url, ArticleType};
use crate::index::{DocValue, Fields};
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

    /// What a search result shows of this section.
    pub fn card(&self) -> SectionCard<'_> {
        SectionCard {
            id: &self.id,
            lang: self.lang,
            title: &self.title,
            heading: &self.heading,
            anchor: &self.anchor,
            text: &self.text,
            terms: &self.terms,
            article_type: self.article_type,
            category: self.category.as_deref(),
        }
    }
}

/// What a search result shows of a section, borrowed: from a [`StoredSection`] or straight
/// from the document's stored bytes ([`SectionCard::read`]).
#[derive(Debug, Clone, Copy)]
pub struct SectionCard<'a> {
    pub id: &'a str,
    pub lang: Lang,
    pub title: &'a str,
    pub heading: &'a str,
    pub anchor: &'a str,
    /// The body text (empty when read without it).
    pub text: &'a str,
    /// The body's stored terms ([`crate::index::SectionTerms`]; empty when read without them).
    pub terms: &'a [u8],
    pub article_type: ArticleType,
    pub category: Option<&'a str>,
}

impl<'a> SectionCard<'a> {
    /// Reads a section document's values in place (the first value of each field, as
    /// [`StoredSection::load`] takes them), with the body text and terms only if `body`;
    /// `None` when a value is not what this version writes (the caller then loads the
    /// document, which reports what is wrong).
    pub fn read(
        values: &[(Field, DocValue<'a>)],
        fields: &Fields,
        body: bool,
    ) -> Option<SectionCard<'a>> {
        let first = |field: Field| values.iter().find(|(f, _)| *f == field).map(|(_, v)| *v);
        let opt_text = |field: Field| -> Option<Option<&'a str>> {
            match first(field) {
                None => Some(None),
                // Checked on every read (the bytes come from disk), with a SIMD validator:
                // std's was the largest symbol of a fresh search on non-Latin bodies.
                Some(DocValue::Text(t)) => simdutf8::basic::from_utf8(t).ok().map(Some),
                Some(_) => None,
            }
        };
        let text = |field: Field| opt_text(field).map(Option::unwrap_or_default);
        let lang = text(fields.lang)?;
        let article_type = text(fields.article_type)?;
        Some(SectionCard {
            id: text(fields.id)?,
            lang: Lang::ALL.into_iter().find(|l| l.code() == lang)?,
            title: text(fields.title_text)?,
            heading: text(fields.heading_text)?,
            anchor: text(fields.anchor)?,
            text: if body { text(fields.body_text)? } else { "" },
            terms: match (body, first(fields.body_terms)) {
                (true, Some(DocValue::Bytes(b))) => b,
                (true, Some(_)) => return None,
                _ => &[],
            },
            article_type: ArticleType::parse(article_type)?,
            category: opt_text(fields.category)?,
        })
    }

    /// Deep link to the section.
    pub fn url(&self) -> String {
        article_url(self.lang, self.id, self.anchor)
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
