//! What the pages list, picked from the catalog: categories with their articles, popular FAQ
//! questions, popular and related articles.

use crate::content::{article_url, Site};
use crate::index::{ArticleMeta, Catalog};
use crate::lang::Lang;

/// Popular questions on the home page.
pub const POPULAR_QUESTIONS: usize = 9;
/// Popular articles on a page without results.
pub const POPULAR_ARTICLES: usize = 6;
/// Related articles beside an article.
pub const RELATED_ARTICLES: usize = 5;

/// One category and its articles in one language.
#[derive(Debug)]
pub struct CategoryList<'a> {
    pub key: String,
    pub articles: Vec<&'a ArticleMeta>,
}

/// The categories of one language in display order (declared ones first, in the site file's
/// order, then the others alphabetically; articles without a category last, under an empty
/// key), each with its articles: FAQs first, then guides and articles, each group by title.
pub fn categories<'a>(site: &Site, catalog: &'a Catalog, lang: Lang) -> Vec<CategoryList<'a>> {
    let mut lists: Vec<CategoryList<'_>> = Vec::new();
    for meta in catalog.in_lang(lang) {
        let key = meta.category.clone().unwrap_or_default();
        match lists.iter_mut().find(|c| c.key == key) {
            Some(c) => c.articles.push(meta),
            None => lists.push(CategoryList {
                key,
                articles: vec![meta],
            }),
        }
    }
    for list in &mut lists {
        list.articles
            .sort_by(|a, b| (!a.is_faq(), &a.title).cmp(&(!b.is_faq(), &b.title)));
    }
    let rank = |key: &str| {
        (
            site.category_rank(key) + usize::from(key.is_empty()),
            key.to_owned(),
        )
    };
    lists.sort_by_key(|c| rank(&c.key));
    lists
}

/// A category's name in a language: the declared one, else its key.
pub fn category_name<'a>(site: &'a Site, lang: Lang, key: &'a str) -> &'a str {
    site.category(key).map_or(key, |c| c.name(lang))
}

/// The categories that have articles in one language, in display order.
pub fn category_keys(site: &Site, catalog: &Catalog, lang: Lang) -> Vec<String> {
    categories(site, catalog, lang)
        .into_iter()
        .map(|c| c.key)
        .filter(|k| !k.is_empty())
        .collect()
}

/// A question linked to its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionLink<'a> {
    pub question: &'a str,
    pub article: &'a ArticleMeta,
    pub url: String,
}

/// Questions to show as popular: from the articles the site file features in this language
/// (a featured FAQ gives its questions, another article its title), else from every FAQ in
/// catalog order; taken round-robin: the first question of each, then the second, and so on.
pub fn popular_questions<'a>(
    site: &Site,
    catalog: &'a Catalog,
    lang: Lang,
    limit: usize,
) -> Vec<QuestionLink<'a>> {
    let featured = site.featured(lang);
    let articles: Vec<&ArticleMeta> = if featured.is_empty() {
        catalog.in_lang(lang).filter(|a| a.is_faq()).collect()
    } else {
        featured
            .iter()
            .filter_map(|id| catalog.get(lang, id))
            .collect()
    };
    let rounds = articles
        .iter()
        .map(|a| a.headings.len().max(1))
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for round in 0..rounds {
        for article in &articles {
            if out.len() >= limit {
                return out;
            }
            if !article.is_faq() {
                if round == 0 {
                    out.push(QuestionLink {
                        question: &article.title,
                        article,
                        url: article.url(),
                    });
                }
                continue;
            }
            if let Some((anchor, question)) = article.headings.get(round) {
                out.push(QuestionLink {
                    question,
                    article,
                    url: section_url(article, anchor),
                });
            }
        }
    }
    out
}

/// `/<lang>/<id>#<anchor>`, or the article URL for an empty anchor.
pub fn section_url(meta: &ArticleMeta, anchor: &str) -> String {
    article_url(meta.lang, &meta.id, anchor)
}

/// Articles to offer when a search finds nothing: one per category in display order, the FAQ
/// of the category when it has one.
pub fn popular_articles<'a>(
    site: &Site,
    catalog: &'a Catalog,
    lang: Lang,
    limit: usize,
) -> Vec<&'a ArticleMeta> {
    categories(site, catalog, lang)
        .into_iter()
        .filter_map(|c| c.articles.first().copied())
        .take(limit)
        .collect()
}

/// Articles of the same language related to `meta`: sharing tags (each shared tag counts two)
/// or the category (one); best first, catalog order among equals.
pub fn related<'a>(catalog: &'a Catalog, meta: &ArticleMeta, limit: usize) -> Vec<&'a ArticleMeta> {
    let mut scored: Vec<(usize, usize, &ArticleMeta)> = catalog
        .all()
        .iter()
        .enumerate()
        .filter(|(_, a)| a.lang == meta.lang && a.id != meta.id)
        .filter_map(|(i, a)| {
            let shared = a.tags.iter().filter(|t| meta.tags.contains(t)).count();
            let same_category = meta.category.is_some() && a.category == meta.category;
            let score = 2 * shared + usize::from(same_category);
            (score > 0).then_some((score, i, a))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(limit).map(|(_, _, a)| a).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn meta(lang: &str, id: &str, kind: &str, category: &str, tags: &[&str]) -> ArticleMeta {
        ArticleMeta {
            lang: Lang::from_code(lang).expect("a language"),
            id: id.into(),
            title: format!("Title of {id}"),
            article_type: crate::content::ArticleType::parse(kind).expect("a type"),
            category: (!category.is_empty()).then(|| category.to_string()),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            summary: Some(format!("Summary of {id}")),
            updated: Some("2026-11-20".into()),
            headings: (1..=3)
                .map(|i| (format!("{id}-q{i}"), format!("{id} question {i}?")))
                .collect(),
        }
    }

    /// A site declaring three of the sample's categories, in this order.
    pub fn sample_site() -> Site {
        let mut errors = Vec::new();
        let (site, _) = crate::content::site::parse_site(
            "[[categories]]\nid = \"account\"\nname = { en = \"Your account\" }\n\
             [[categories]]\nid = \"payments\"\nname = { en = \"Deposits & withdrawals\", ar = \"الإيداع والسحب\" }\n\
             [[categories]]\nid = \"fees\"\nname = { en = \"Fees & charges\", ar = \"الرسوم والعمولات\" }\n\
             description = { en = \"What you pay.\" }\nicon = \"💳\"\n",
            std::path::Path::new("site.toml"),
            std::path::Path::new("."),
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        site
    }

    pub fn sample() -> Catalog {
        Catalog::new(vec![
            meta("en", "deposits-faq", "faq", "payments", &["deposits"]),
            meta("en", "fees-faq", "faq", "fees", &["fees"]),
            meta(
                "en",
                "fees-and-charges",
                "article",
                "fees",
                &["fees", "spreads"],
            ),
            meta("en", "promo", "article", "promotions", &[]),
            meta("en", "misc", "article", "", &[]),
            meta(
                "en",
                "open-account",
                "tutorial",
                "account",
                &["verification"],
            ),
            meta(
                "en",
                "withdraw-funds",
                "tutorial",
                "payments",
                &["withdrawals", "fees"],
            ),
            meta("ar", "fees-faq", "faq", "fees", &["fees"]),
        ])
    }

    #[test]
    fn categories_follow_the_configured_order_then_the_rest() {
        let catalog = sample();
        let site = sample_site();
        let cats = categories(&site, &catalog, Lang::En);
        let keys: Vec<&str> = cats.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["account", "payments", "fees", "promotions", ""]);
        let fees: Vec<&str> = cats[2].articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(fees, ["fees-faq", "fees-and-charges"], "FAQs first");
        assert_eq!(
            category_keys(&site, &catalog, Lang::En),
            ["account", "payments", "fees", "promotions"]
        );
        assert_eq!(categories(&site, &catalog, Lang::Ar).len(), 1);
        assert!(categories(&site, &catalog, Lang::Zh).is_empty());
        assert_eq!(category_name(&site, Lang::Ar, "fees"), "الرسوم والعمولات");
        assert_eq!(category_name(&site, Lang::Zh, "fees"), "fees");
        assert_eq!(category_name(&site, Lang::En, "promotions"), "promotions");
    }

    #[test]
    fn popular_questions_take_the_first_question_of_each_faq_first() {
        let catalog = sample();
        let site = sample_site();
        let qs = popular_questions(&site, &catalog, Lang::En, 3);
        let got: Vec<&str> = qs.iter().map(|q| q.question).collect();
        assert_eq!(
            got,
            [
                "deposits-faq question 1?",
                "fees-faq question 1?",
                "deposits-faq question 2?"
            ]
        );
        assert_eq!(qs[0].url, "/en/deposits-faq#deposits-faq-q1");
        assert_eq!(popular_questions(&site, &catalog, Lang::En, 100).len(), 6);
    }

    #[test]
    fn featured_articles_come_in_the_site_files_order() {
        let catalog = sample();
        let mut site = sample_site();
        site.featured.insert(
            "en".into(),
            vec!["fees-faq".into(), "open-account".into(), "gone".into()],
        );
        let qs = popular_questions(&site, &catalog, Lang::En, 4);
        let got: Vec<&str> = qs.iter().map(|q| q.question).collect();
        assert_eq!(
            got,
            [
                "fees-faq question 1?",
                "Title of open-account",
                "fees-faq question 2?",
                "fees-faq question 3?"
            ]
        );
        assert_eq!(qs[1].url, "/en/open-account");
    }

    #[test]
    fn related_articles_share_tags_or_category() {
        let catalog = sample();
        let Some(me) = catalog.get(Lang::En, "fees-faq") else {
            panic!("sample has fees-faq");
        };
        let got: Vec<&str> = related(&catalog, me, 5)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        // fees-and-charges: tag + category (3); withdraw-funds: tag (2). Never itself or Arabic.
        assert_eq!(got, ["fees-and-charges", "withdraw-funds"]);
        assert_eq!(related(&catalog, me, 1).len(), 1);
    }

    #[test]
    fn popular_articles_prefer_each_categorys_faq() {
        let catalog = sample();
        let got: Vec<&str> = popular_articles(&sample_site(), &catalog, Lang::En, 3)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(got, ["open-account", "deposits-faq", "fees-faq"]);
    }
}
