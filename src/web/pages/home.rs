//! The home page of one language: search box, popular questions, categories with articles.

use maud::{html, Markup};

use super::contact_url;
use super::layout::{render, search_form, LangLink, Page, SearchPlacement, SearchStyle};
use super::listing::{categories, popular_questions, CategoryList, POPULAR_QUESTIONS};
use crate::content::Site;
use crate::index::Catalog;
use crate::lang::Lang;
use crate::web::i18n::{strings, Strings};

/// Renders `/<lang>/`.
pub fn home_page(site: &Site, catalog: &Catalog, lang: Lang) -> String {
    let t = strings(lang);
    let questions = popular_questions(site, catalog, lang, POPULAR_QUESTIONS);
    let cats = categories(site, catalog, lang);
    let main = html! {
        section class="hero" {
            div class="container hero-inner" {
                h1 { (t.home_heading) }
                p class="hero-intro" { (t.home_intro) }
                (search_form(site, lang, "", SearchStyle::Hero, &[]))
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
                            (category_card(site, t, lang, cat))
                        }
                    }
                }
            }
        }
    };
    render(&Page {
        site,
        lang,
        title: t.home_crumb,
        description: Some(t.home_intro),
        kind: "page-home",
        langs: LangLink::homes(site),
        search: SearchPlacement::InPage,
        main,
        contact_url: contact_url(site, catalog, lang),
        head: html! {},
    })
}

/// One category of the home page with its articles.
fn category_card(site: &Site, t: &Strings, lang: Lang, cat: &CategoryList<'_>) -> Markup {
    let declared = site.category(&cat.key);
    let name = match declared {
        _ if cat.key.is_empty() => t.other_topic,
        Some(c) => c.name(lang),
        None => &cat.key,
    };
    let anchor = category_anchor(&cat.key);
    html! {
        section class="card topic" id=(anchor) aria-labelledby={ (anchor) "-h" } {
            h3 id={ (anchor) "-h" } {
                @if let Some(icon) = declared.and_then(|c| c.icon.as_deref()) {
                    span class="topic-icon" aria-hidden="true" { (icon) } " "
                }
                (name)
            }
            @if let Some(line) = declared.and_then(|c| c.description(lang)) {
                p class="topic-description" { (line) }
            }
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
    use crate::web::pages::listing::tests::{sample, sample_site};

    #[test]
    fn home_lists_questions_and_localised_categories() {
        let html = home_page(&sample_site(), &sample(), Lang::En);
        assert!(html.contains("<h1>How can we help?</h1>"));
        assert!(html.contains("href=\"/en/deposits-faq#deposits-faq-q1\""));
        assert!(html.contains("Deposits &amp; withdrawals"));
        assert!(html.contains(
            "<span class=\"topic-icon\" aria-hidden=\"true\">💳</span> Fees &amp; charges"
        ));
        assert!(html.contains("<p class=\"topic-description\">What you pay.</p>"));
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
        let html = home_page(&sample_site(), &sample(), Lang::Ar);
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("كيف يمكننا مساعدتك؟"));
        assert!(html.contains("الرسوم والعمولات"));
    }
}
