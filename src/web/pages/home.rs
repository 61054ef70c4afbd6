//! The home page of one language: search box, popular questions, categories with articles.

use maud::{html, Markup};

use super::contact_url;
use super::layout::{render, search_form, LangLink, Page, SearchPlacement, SearchStyle};
use super::listing::{categories, popular_questions, CategoryList, POPULAR_QUESTIONS};
use crate::index::Catalog;
use crate::lang::Lang;
use crate::web::i18n::{strings, Strings};

/// Renders `/<lang>/`.
pub fn home_page(catalog: &Catalog, lang: Lang) -> String {
    let t = strings(lang);
    let questions = popular_questions(catalog, lang, POPULAR_QUESTIONS);
    let cats = categories(catalog, lang);
    let main = html! {
        section class="hero" {
            div class="container hero-inner" {
                h1 { (t.home_heading) }
                p class="hero-intro" { (t.home_intro) }
                (search_form(lang, "", SearchStyle::Hero, &[]))
            }
        }
        div class="container home-body" {
            @if !questions.is_empty() {
                section class="popular" aria-labelledby="popular-heading" {
                    h2 id="popular-heading" { (t.popular_questions) }
                    ul class="question-list" {
                        @for q in &questions {
                            li {
                                a href=(q.url) { bdi { (q.question) } }
                                " "
                                span class="muted" { bdi { (q.article.title) } }
                            }
                        }
                    }
                }
            }
            @if !cats.is_empty() {
                section class="topics" aria-labelledby="topics-heading" {
                    h2 id="topics-heading" { (t.browse_topics) }
                    div class="card-grid" {
                        @for cat in &cats {
                            (category_card(t, cat))
                        }
                    }
                }
            }
        }
    };
    render(&Page {
        lang,
        title: t.home_crumb,
        description: Some(t.home_intro),
        kind: "page-home",
        langs: LangLink::homes(),
        search: SearchPlacement::InPage,
        main,
        contact_url: contact_url(catalog, lang),
    })
}

/// One category of the home page with its articles.
fn category_card(t: &Strings, cat: &CategoryList<'_>) -> Markup {
    let name = if cat.key.is_empty() {
        t.other_topic
    } else {
        t.category_or_key(&cat.key)
    };
    let anchor = category_anchor(&cat.key);
    html! {
        section class="card topic" id=(anchor) aria-labelledby={ (anchor) "-h" } {
            h3 id={ (anchor) "-h" } { (name) }
            p class="muted" { ((t.articles_count)(cat.articles.len())) }
            ul class="article-list" {
                @for a in &cat.articles {
                    li { a href=(a.url()) { bdi { (a.title) } } }
                }
            }
        }
    }
}

/// The id of a category's section on the home page (`/<lang>/#topic-payments`).
pub fn category_anchor(key: &str) -> String {
    if key.is_empty() {
        "topic-other".to_string()
    } else {
        format!("topic-{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::pages::listing::tests::sample;

    #[test]
    fn home_lists_questions_and_localised_categories() {
        let html = home_page(&sample(), Lang::En);
        assert!(html.contains("<h1>How can we help?</h1>"));
        assert!(html.contains("href=\"/en/deposits-faq#deposits-faq-q1\""));
        assert!(html.contains("Deposits &amp; withdrawals"));
        assert!(html.contains("id=\"topic-payments\""));
        assert!(
            html.contains("promotions"),
            "unknown category under its key"
        );
        assert!(html.contains("action=\"/en/search\""));
        let popular = html.find("popular-heading").unwrap_or(usize::MAX);
        let topics = html.find("topics-heading").unwrap_or(0);
        assert!(popular < topics);
    }

    #[test]
    fn arabic_home_is_rtl_and_localised() {
        let html = home_page(&sample(), Lang::Ar);
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("كيف يمكننا مساعدتك؟"));
        assert!(html.contains("الرسوم والعمولات"));
    }
}
