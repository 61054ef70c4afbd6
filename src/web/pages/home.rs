//! The home page of one language: search box, popular questions, categories with articles.

use std::fmt::Write;

use super::contact_url;
use super::html::{esc, Esc};
use super::layout::{render, search_form, LangLink, Page, SearchPlacement, SearchStyle};
use super::listing::{categories, popular_questions, POPULAR_QUESTIONS};
use crate::index::Catalog;
use crate::lang::Lang;
use crate::web::i18n::strings;

/// Renders `/<lang>/`.
pub fn home_page(catalog: &Catalog, lang: Lang) -> String {
    let t = strings(lang);
    let mut main = String::with_capacity(16 * 1024);
    let _ = write!(
        main,
        "<section class=\"hero\">\n<div class=\"container hero-inner\">\n\
<h1>{heading}</h1>\n<p class=\"hero-intro\">{intro}</p>\n{form}</div>\n</section>\n\
<div class=\"container home-body\">\n",
        heading = esc(t.home_heading),
        intro = esc(t.home_intro),
        form = search_form(lang, "", SearchStyle::Hero, &[]),
    );

    let questions = popular_questions(catalog, lang, POPULAR_QUESTIONS);
    if !questions.is_empty() {
        let _ = write!(
            main,
            "<section class=\"popular\" aria-labelledby=\"popular-heading\">\n\
<h2 id=\"popular-heading\">{}</h2>\n<ul class=\"question-list\">\n",
            esc(t.popular_questions)
        );
        for q in &questions {
            let _ = writeln!(
                main,
                "<li><a href=\"{url}\"><bdi>{question}</bdi></a> <span class=\"muted\"><bdi>{title}</bdi></span></li>",
                url = Esc(&q.url),
                question = Esc(q.question),
                title = Esc(&q.article.title),
            );
        }
        main.push_str("</ul>\n</section>\n");
    }

    let cats = categories(catalog, lang);
    if !cats.is_empty() {
        let _ = write!(
            main,
            "<section class=\"topics\" aria-labelledby=\"topics-heading\">\n\
<h2 id=\"topics-heading\">{}</h2>\n<div class=\"card-grid\">\n",
            esc(t.browse_topics)
        );
        for cat in &cats {
            let name = if cat.key.is_empty() {
                t.other_topic
            } else {
                t.category_or_key(&cat.key)
            };
            let anchor = category_anchor(&cat.key);
            let _ = write!(
                main,
                "<section class=\"card topic\" id=\"{anchor}\" aria-labelledby=\"{anchor}-h\">\n\
<h3 id=\"{anchor}-h\">{name}</h3>\n<p class=\"muted\">{count}</p>\n<ul class=\"article-list\">\n",
                anchor = Esc(&anchor),
                name = Esc(name),
                count = (t.articles_count)(cat.articles.len()),
            );
            for a in &cat.articles {
                let _ = writeln!(
                    main,
                    "<li><a href=\"{url}\"><bdi>{title}</bdi></a></li>",
                    url = Esc(&a.url()),
                    title = Esc(&a.title),
                );
            }
            main.push_str("</ul>\n</section>\n");
        }
        main.push_str("</div>\n</section>\n");
    }
    main.push_str("</div>\n");

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
