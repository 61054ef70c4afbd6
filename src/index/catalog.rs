//! The catalog: light metadata of every indexed article, kept in memory by readers for
//! listings, translations and related articles without touching the search index.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::content::{Article, ArticleType};
use crate::lang::Lang;

/// What the pages and the search results need to know about one article without loading it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Language code.
    pub lang: String,
    pub id: String,
    pub title: String,
    /// `faq`, `tutorial` or `article`.
    #[serde(rename = "type")]
    pub article_type: String,
    pub category: Option<String>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub updated: Option<String>,
    /// The questions of an FAQ article, or the section headings of others, with anchors.
    pub headings: Vec<(String, String)>,
}

impl ArticleMeta {
    /// Catalog entry of a loaded article.
    pub fn of(article: &Article) -> Self {
        ArticleMeta {
            lang: article.lang.code().to_string(),
            id: article.id.clone(),
            title: article.title.clone(),
            article_type: article.kind.as_str().to_string(),
            category: article.category.clone(),
            tags: article.tags.clone(),
            summary: article.summary.clone(),
            updated: article.updated.clone(),
            headings: article
                .sections
                .iter()
                .filter(|s| {
                    !s.heading.is_empty() && (article.kind != ArticleType::Faq || s.is_question)
                })
                .map(|s| (s.anchor.clone(), s.heading.clone()))
                .collect(),
        }
    }

    /// The article's language (entries are only written for configured languages).
    pub fn language(&self) -> Option<Lang> {
        Lang::from_code(&self.lang)
    }

    /// The page URL (`/<lang>/<id>`).
    pub fn url(&self) -> String {
        format!("/{}/{}", self.lang, self.id)
    }

    /// Whether this is an FAQ article.
    pub fn is_faq(&self) -> bool {
        self.article_type == ArticleType::Faq.as_str()
    }
}

/// All articles of a build, indexed by position (`article_ord`) and by language and id.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    articles: Vec<ArticleMeta>,
    by_key: HashMap<(Lang, String), usize>,
}

impl Catalog {
    /// Builds the lookups over a list whose positions are the articles' `article_ord`.
    pub fn new(articles: Vec<ArticleMeta>) -> Self {
        let by_key = articles
            .iter()
            .enumerate()
            .filter_map(|(i, a)| Some(((a.language()?, a.id.clone()), i)))
            .collect();
        Catalog { articles, by_key }
    }

    /// Every article, in `article_ord` order.
    pub fn all(&self) -> &[ArticleMeta] {
        &self.articles
    }

    /// The article with this ordinal.
    pub fn by_ord(&self, ord: u64) -> Option<&ArticleMeta> {
        usize::try_from(ord).ok().and_then(|i| self.articles.get(i))
    }

    /// The article with this id in this language.
    pub fn get(&self, lang: Lang, id: &str) -> Option<&ArticleMeta> {
        self.by_key
            .get(&(lang, id.to_string()))
            .map(|&i| &self.articles[i])
    }

    /// Languages in which an article id exists, in configured order.
    pub fn translations(&self, id: &str) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&l| self.by_key.contains_key(&(l, id.to_string())))
            .collect()
    }

    /// Articles of one language, in id order.
    pub fn in_lang(&self, lang: Lang) -> impl Iterator<Item = &ArticleMeta> {
        self.articles.iter().filter(move |a| a.lang == lang.code())
    }

    /// Number of articles per language.
    pub fn count(&self, lang: Lang) -> usize {
        self.in_lang(lang).count()
    }
}
