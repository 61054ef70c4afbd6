//! Requests and responses of the search stage, serialised as the HTTP API and `--json` show them.

use serde::Serialize;

use crate::content::ArticleType;
use crate::lang::Lang;

/// A search as customers make it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SearchRequest {
    pub q: String,
    /// The page's language; detected from the query when absent.
    pub lang: Option<Lang>,
    pub category: Option<String>,
    pub article_type: Option<ArticleType>,
    pub limit: usize,
    pub offset: usize,
}

/// One article in the results, led by its best-matching section.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SearchHit {
    pub id: String,
    pub lang: Lang,
    pub title: String,
    /// Heading of the best section (the question, in an FAQ); empty for the lead text.
    pub section: String,
    /// Deep link to the best section.
    pub url: String,
    /// HTML-escaped text with the hits in `<mark>`.
    pub snippet: String,
    /// The article's ranking score: results come in descending order of it.
    pub score: f32,
    #[serde(rename = "type")]
    pub article_type: ArticleType,
    pub category: Option<String>,
    /// Further matching sections of the same article, best first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub more_sections: Vec<SectionLink>,
}

/// A link to a section of an article.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SectionLink {
    pub section: String,
    pub url: String,
}

/// An article in another language that matches when the requested language has nothing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TranslationHit {
    pub lang: Lang,
    pub id: String,
    pub title: String,
    pub url: String,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, Serialize)]
pub struct SearchResponse {
    pub query: String,
    /// The language actually used (given or detected).
    pub lang: Lang,
    /// Matching articles in all when `total_exact`; otherwise how many were found among the
    /// best candidates, a lower bound (more than the page shows, so a next page exists).
    pub total: usize,
    /// Whether `total` counts every matching article.
    pub total_exact: bool,
    pub took_ms: f64,
    pub results: Vec<SearchHit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translations_available: Option<Vec<TranslationHit>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub did_you_mean: Option<String>,
}

/// A support agent's request for suggested answers to a customer's message.
#[derive(Debug, Clone, Default)]
pub struct SuggestRequest {
    pub text: String,
    pub lang: Option<Lang>,
    pub limit: usize,
}

/// One suggested answer: an FAQ answer or a help section, ready to adapt.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Answer {
    pub id: String,
    pub lang: Lang,
    pub title: String,
    /// The question (FAQ) or section heading.
    pub question: String,
    pub answer_markdown: String,
    pub answer_text: String,
    pub url: String,
    pub score: f32,
    /// Set when no answer in the customer's language matched and this one is in another
    /// language: the language of the text, to be translated by the agent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translated_from: Option<Lang>,
    /// Only when the request named an agent's language: the same answer in that language
    /// (`Some(Some(..))`, JSON object), or `Some(None)` (JSON `null`) when the article has no
    /// translation there or its translation is not laid out section for section alike.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation: Option<Option<AnswerTranslation>>,
}

/// A suggested answer in the agent's language, from the linked translation of its article
/// (same id, the section at the same place).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AnswerTranslation {
    pub lang: Lang,
    pub title: String,
    /// The question (FAQ) or section heading.
    pub question: String,
    pub answer_text: String,
    pub answer_markdown: String,
    pub url: String,
}

/// The answer to a [`SuggestRequest`].
#[derive(Debug, Clone, Serialize)]
pub struct SuggestResponse {
    /// The customer's language (given or detected).
    pub lang: Lang,
    pub answers: Vec<Answer>,
    /// The terms picked from the message, strongest first (for agents to see why).
    pub terms: Vec<String>,
    pub took_ms: f64,
}

/// One search-as-you-type suggestion.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Completion {
    /// The question, section heading or title to show.
    pub text: String,
    pub title: String,
    pub url: String,
}

/// The answer to an autocomplete request.
#[derive(Debug, Clone, Serialize)]
pub struct AutocompleteResponse {
    pub query: String,
    pub lang: Lang,
    pub completions: Vec<Completion>,
}
