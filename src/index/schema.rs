//! The tantivy schema: one document per section (the unit of retrieval) and one per article
//! (what a page needs to render), with per-language analysed fields.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

use crate::analysis::{analyzer_name, exact_analyzer_name};
use crate::lang::Lang;

/// `doc_kind` value of section documents.
pub const KIND_SECTION: &str = "section";
/// `doc_kind` value of article documents.
pub const KIND_ARTICLE: &str = "article";

/// Name of the fast field [`Fields::heading_slot`].
pub const HEADING_SLOT: &str = "heading_slot";

/// The analysed fields of one language.
#[derive(Debug, Clone, Copy)]
pub struct LangFields {
    /// Article title (counts for every section).
    pub title: Field,
    /// Section heading, or the FAQ question.
    pub heading: Field,
    /// Article keywords and tags: alternative phrasings customers use.
    pub keywords: Field,
    /// Article summary.
    pub summary: Field,
    /// Section text.
    pub body: Field,
    /// Unstemmed surface forms of title, heading and body: prefix matching and did-you-mean.
    pub exact: Field,
}

impl LangFields {
    /// The stemmed fields paired with weights given in the order heading, title, keywords,
    /// summary, body.
    pub fn weighted(&self, weights: &[f32; 5]) -> [(Field, f32); 5] {
        [
            (self.heading, weights[0]),
            (self.title, weights[1]),
            (self.keywords, weights[2]),
            (self.summary, weights[3]),
            (self.body, weights[4]),
        ]
    }
}

/// Field handles of the dalil schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// `section` or `article`.
    pub doc_kind: Field,
    /// `<lang>/<id>` for articles, `<lang>/<id>#<anchor>` for sections.
    pub key: Field,
    /// Article id (file stem).
    pub id: Field,
    pub lang: Field,
    /// `faq`, `tutorial` or `article`.
    pub article_type: Field,
    pub category: Field,
    pub tags: Field,
    /// Dense number of the article (same for all its sections and languages' docs of one build);
    /// groups sections per article without reading stored fields.
    pub article_ord: Field,
    /// Position of the section in its article.
    pub section_ord: Field,
    /// Section documents only (fast field): where the catalog lists the section's heading,
    /// `n + 1` for `ArticleMeta::headings[n]`, 0 for the lead text (no heading, no anchor),
    /// no value when the catalog does not list it (`catalog::heading_slots`). A
    /// ranked completion is then made from the catalog without reading the doc store.
    pub heading_slot: Field,
    /// 1 when the section is an FAQ question with its answer.
    pub is_question: Field,
    pub anchor: Field,
    pub title_text: Field,
    pub heading_text: Field,
    pub summary_text: Field,
    pub body_text: Field,
    pub body_markdown: Field,
    /// Section documents only: the body's analysed terms with their offsets
    /// (`section_terms.rs`), what snippets read instead of analysing `body_text`.
    pub body_terms: Field,
    pub updated: Field,
    /// Article documents only: rendered HTML.
    pub html: Field,
    /// Article documents only: JSON list of the sections' anchors, headings and levels.
    pub outline: Field,
    per_lang: [LangFields; Lang::ALL.len()],
}

impl Fields {
    /// The analysed fields of a language.
    pub fn lang(&self, lang: Lang) -> &LangFields {
        &self.per_lang[lang.index()]
    }
}

fn analysed(tokenizer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record),
    )
}

/// Builds the schema and its field handles.
pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let doc_kind = b.add_text_field("doc_kind", STRING);
    let key = b.add_text_field("key", STRING | STORED);
    let id = b.add_text_field("id", STRING | STORED);
    let lang = b.add_text_field("lang", STRING | STORED);
    let article_type = b.add_text_field("type", STRING | STORED);
    let category = b.add_text_field("category", STRING | STORED);
    let tags = b.add_text_field("tags", STRING | STORED);
    let article_ord = b.add_u64_field("article_ord", INDEXED | FAST | STORED);
    let section_ord = b.add_u64_field("section_ord", STORED);
    let heading_slot = b.add_u64_field(HEADING_SLOT, FAST);
    let is_question = b.add_u64_field("is_question", INDEXED | STORED);
    let anchor = b.add_text_field("anchor", STORED);
    let title_text = b.add_text_field("title_text", STORED);
    let heading_text = b.add_text_field("heading_text", STORED);
    let summary_text = b.add_text_field("summary_text", STORED);
    let body_text = b.add_text_field("body_text", STORED);
    let body_markdown = b.add_text_field("body_markdown", STORED);
    let body_terms = b.add_bytes_field("body_terms", STORED);
    let updated = b.add_text_field("updated", STORED);
    let html = b.add_text_field("html", STORED);
    let outline = b.add_text_field("outline", STORED);
    let per_lang = Lang::ALL.map(|l| {
        // Phrase queries (the query's words, synonyms and colloquial phrases) run on the
        // stemmed fields; the exact field is only ever looked up term by term (completions,
        // did-you-mean), so it keeps no positions: a fifth of a build's postings, written and
        // merged for nothing (index format 7).
        let full = analysed(analyzer_name(l), IndexRecordOption::WithFreqsAndPositions);
        let c = l.code();
        let fields = LangFields {
            title: b.add_text_field(&format!("title_{c}"), full.clone()),
            heading: b.add_text_field(&format!("heading_{c}"), full.clone()),
            keywords: b.add_text_field(&format!("keywords_{c}"), full.clone()),
            summary: b.add_text_field(&format!("summary_{c}"), full.clone()),
            body: b.add_text_field(&format!("body_{c}"), full),
            exact: b.add_text_field(
                &format!("exact_{c}"),
                analysed(exact_analyzer_name(l), IndexRecordOption::WithFreqs),
            ),
        };
        fields
    });
    let fields = Fields {
        doc_kind,
        key,
        id,
        lang,
        article_type,
        category,
        tags,
        article_ord,
        section_ord,
        heading_slot,
        is_question,
        anchor,
        title_text,
        heading_text,
        summary_text,
        body_text,
        body_markdown,
        body_terms,
        updated,
        html,
        outline,
        per_lang,
    };
    (b.build(), fields)
}

/// Finds the field handles in a schema read from disk; `None` when it is not a dalil schema
/// (or one from an incompatible version).
pub fn fields_of(schema: &Schema) -> Option<Fields> {
    let (expected, fields) = build_schema();
    (expected == *schema).then_some(fields)
}
