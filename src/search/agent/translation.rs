//! The agent's side of a suggested answer: the same answer from the linked translation of its
//! article, so an agent who does not read the customer's language knows what they send.
//!
//! Articles in different languages are translations when they share an id (the file stem,
//! README "Writing content"). A section is matched by its place in the article: the answer's
//! section is the n-th of its article, the translation's is the n-th of the translated one.
//! That holds only when both articles are laid out alike, so a translation is offered only
//! when they have the same number of sections and the two sections are both questions or
//! both not; otherwise the answer is marked as having none rather than showing a wrong one.

use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, Term};

use crate::index::{Fields, KIND_SECTION};
use crate::lang::Lang;
use crate::search::engine::Engine;
use crate::search::error::Result;
use crate::search::stored::StoredSection;
use crate::search::types::{Answer, AnswerTranslation};

impl Engine {
    /// Sets `translation` on every answer: the same answer in `agent_lang` (the answer itself
    /// when it is already in that language), or none.
    pub fn translate_answers(&self, answers: &mut [Answer], agent_lang: Lang) -> Result<()> {
        let searcher = self.searcher();
        let fields = &self.index().fields;
        for answer in answers.iter_mut() {
            answer.translation = Some(if answer.lang == agent_lang {
                Some(AnswerTranslation {
                    lang: answer.lang,
                    title: answer.title.clone(),
                    question: answer.question.clone(),
                    answer_text: answer.answer_text.clone(),
                    answer_markdown: answer.answer_markdown.clone(),
                    url: answer.url.clone(),
                })
            } else {
                translated(&searcher, fields, answer, agent_lang)?
            });
        }
        Ok(())
    }
}

/// The section of the translated article at the answer's place, when the two line up.
fn translated(
    searcher: &Searcher,
    fields: &Fields,
    answer: &Answer,
    to: Lang,
) -> Result<Option<AnswerTranslation>> {
    let from = answer.lang;
    let anchor = answer.url.split_once('#').map_or("", |(_, a)| a);
    let source = article_sections(searcher, fields, from, &answer.id)?;
    let Some(place) = source.iter().position(|s| s.anchor == anchor) else {
        return Ok(None);
    };
    let target = article_sections(searcher, fields, to, &answer.id)?;
    if target.len() != source.len() || target[place].is_question != source[place].is_question {
        return Ok(None);
    }
    let s = &target[place];
    Ok(Some(AnswerTranslation {
        lang: s.lang,
        title: s.title.clone(),
        question: if s.heading.is_empty() {
            s.title.clone()
        } else {
            s.heading.clone()
        },
        answer_text: s.text.trim().to_string(),
        answer_markdown: s.markdown.trim().to_string(),
        url: s.url(),
    }))
}

/// Every section of one article in one language, in the article's order.
fn article_sections(
    searcher: &Searcher,
    fields: &Fields,
    lang: Lang,
    id: &str,
) -> Result<Vec<StoredSection>> {
    let term = |field, value: &str| -> (Occur, Box<dyn Query>) {
        (
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            )),
        )
    };
    let query = BooleanQuery::new(vec![
        term(fields.id, id),
        term(fields.lang, lang.code()),
        term(fields.doc_kind, KIND_SECTION),
    ]);
    // An article has at most 1,000 sections (content limits), so this set is bounded.
    let addrs = searcher.search(&query, &DocSetCollector)?;
    let mut sections = addrs
        .into_iter()
        .map(|addr| StoredSection::load(searcher, fields, addr))
        .collect::<Result<Vec<_>>>()?;
    sections.sort_by_key(|s| s.section_ord);
    Ok(sections)
}
