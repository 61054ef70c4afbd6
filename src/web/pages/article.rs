//! The article page `/<lang>/<id>` and its no-JavaScript feedback form
//! `POST /<lang>/<id>/feedback`.

use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Form, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use serde::Deserialize;

use super::home::category_anchor;
use super::html::{article_body, url_encode, Text};
use super::layout::{render, LangLink, Page, SearchPlacement};
use super::listing::{category_name, related, RELATED_ARTICLES};
use super::{conditional, contact_url, error_page, not_found_page, page_lang, seo, unknown_lang};
use crate::content::{article_url, Site};
use crate::index::{ArticleMeta, Catalog};
use crate::insights::MAX_COMMENT_CHARS;
use crate::lang::Lang;
use crate::search::ArticleView;
use crate::web::i18n::{strings, Strings};
use crate::web::{is_article_id, validated_feedback as validated, AppState};

/// A table of contents is shown from this many sections on.
pub const TOC_MIN_SECTIONS: usize = 4;

/// Query of the article page.
#[derive(Debug, Default, Deserialize)]
pub struct ArticleParams {
    /// Set after the no-JavaScript feedback form was sent.
    pub thanks: Option<String>,
}

/// `GET /{lang}/{id}`.
pub async fn article_page(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    params: Result<Query<ArticleParams>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let Some(lang) = page_lang(&lang) else {
        return unknown_lang(&state, &lang, &headers);
    };
    if !is_article_id(&id) {
        return not_found_page(&state, Some(lang), &headers);
    }
    let engine = state.engine();
    let id2 = id.clone();
    let engine2 = engine.clone();
    let view = match tokio::task::spawn_blocking(move || engine2.article(lang, &id2)).await {
        Ok(Ok(Some(view))) => view,
        Ok(Ok(None)) => return not_found_page(&state, Some(lang), &headers),
        Ok(Err(e)) => {
            tracing::error!(error = %e, %id, "loading an article failed");
            return error_page(&state, lang);
        }
        Err(e) => {
            tracing::error!(error = %e, %id, "article task failed");
            return error_page(&state, lang);
        }
    };
    let thanks = params
        .ok()
        .and_then(|Query(p)| p.thanks)
        .is_some_and(|t| t == "1");
    let index = engine.index();
    let base = seo::public_base(&index.site, &headers);
    let head = seo::article_head(&index.site, lang, &view, base.as_deref());
    let html = article_html(&index.site, &index.catalog, lang, &view, thanks, head);
    conditional::page_response(
        &headers,
        StatusCode::OK,
        super::layout::HTML,
        html,
        view.updated.as_deref(),
    )
}

/// Renders an article page; `head` holds its canonical URL, social cards and structured data.
pub fn article_html(
    site: &Site,
    catalog: &Catalog,
    lang: Lang,
    view: &ArticleView,
    thanks: bool,
    head: Markup,
) -> String {
    let t = strings(lang);
    let meta = catalog.get(lang, &view.id);
    let main = html! {
        div class="container article-layout" {
            (breadcrumbs(site, t, lang, view))
            article class="article" aria-labelledby="page-title" {
                header class="article-header" {
                    p class="eyebrow" { span class="badge" { (t.article_type(view.article_type)) } }
                    h1 id="page-title" { (Text(&view.title)) }
                    @if let Some(summary) = view.summary.as_deref().filter(|s| !s.is_empty()) {
                        p class="summary" { (summary) }
                    }
                    @if let Some(updated) = view.updated.as_deref().filter(|s| !s.is_empty()) {
                        p class="article-meta" {
                            ((t.updated)(html! {
                                time datetime=(updated) { (t.format_date(updated)) }
                            }))
                        }
                    }
                }
                @if view.sections.len() >= TOC_MIN_SECTIONS {
                    (toc(t, view))
                }
                div class="article-body" {
                    "\n" (article_body(&view.html, t.section_link, site)) "\n"
                }
                (feedback_section(t, lang, &view.id, thanks))
            }
            @if let Some(meta) = meta {
                (related_aside(t, catalog, meta))
            }
        }
    };

    let mut langs: Vec<LangLink> = view
        .translations
        .iter()
        .filter_map(|(c, url)| {
            Some(LangLink {
                lang: Lang::from_code(c)?,
                url: url.clone(),
            })
        })
        .collect();
    langs.sort_by_key(|l| l.lang.index());
    render(&Page {
        site,
        lang,
        title: &view.title,
        description: view.summary.as_deref(),
        kind: "page-article",
        langs,
        search: SearchPlacement::Header,
        main,
        contact_url: contact_url(site, catalog, lang),
        head,
    })
}

fn breadcrumbs(site: &Site, t: &Strings, lang: Lang, view: &ArticleView) -> Markup {
    let code = lang.code();
    html! {
        nav class="breadcrumbs" aria-label=(t.breadcrumb_label) {
            ol {
                li { a href={ "/" (code) "/" } { (t.home_crumb) } }
                @if let Some(cat) = view.category.as_deref().filter(|c| !c.is_empty()) {
                    li {
                        a href={ "/" (code) "/#" (url_encode(&category_anchor(cat))) } {
                            (category_name(site, lang, cat))
                        }
                    }
                }
                li { span aria-current="page" { bdi { (view.title) } } }
            }
        }
    }
}

fn toc(t: &Strings, view: &ArticleView) -> Markup {
    html! {
        nav class="toc" aria-labelledby="toc-heading" {
            h2 id="toc-heading" { (t.toc_heading) }
            ol {
                @for s in view.sections.iter().filter(|s| !s.anchor.is_empty()) {
                    li class=[(s.level >= 3).then_some("toc-sub")] {
                        a href={ "#" (s.anchor) } { bdi { (s.heading) } }
                    }
                }
            }
        }
    }
}

fn feedback_section(t: &Strings, lang: Lang, id: &str, thanks: bool) -> Markup {
    let code = lang.code();
    html! {
        section class="feedback" id="feedback" aria-labelledby="feedback-heading" {
            h2 id="feedback-heading" { (t.helpful_question) }
            @if thanks {
                p class="feedback-thanks" role="status" { (t.helpful_thanks) }
            } @else {
                form class="feedback-form" method="post" action={ "/" (code) "/" (id) "/feedback" }
                    data-feedback data-lang=(code) data-id=(id) data-thanks=(t.helpful_thanks)
                    data-error=(t.helpful_error) {
                    button type="submit" name="helpful" value="yes" {
                        (thumb(THUMB_UP)) span { (t.helpful_yes) }
                    }
                    button type="submit" name="helpful" value="no" {
                        (thumb(THUMB_DOWN)) span { (t.helpful_no) }
                    }
                    // The optional "no" comment: a disclosure, so it works without JavaScript
                    // and costs a reader who only clicks a thumb nothing.
                    details class="feedback-more" {
                        summary { (t.helpful_comment_open) }
                        label for="feedback-comment" { ((t.helpful_comment_label)(MAX_COMMENT_CHARS)) }
                        textarea id="feedback-comment" name="comment" rows="3"
                            maxlength=(MAX_COMMENT_CHARS) {}
                        button type="submit" name="helpful" value="no" { (t.helpful_comment_send) }
                    }
                }
                p class="feedback-status" role="status" aria-live="polite" {}
            }
        }
    }
}

/// A thumb icon of the feedback buttons, drawn by the path `d`.
fn thumb(d: &str) -> Markup {
    html! {
        svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18" {
            path d=(d) {}
        }
    }
}

const THUMB_UP: &str = "M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6c-.4.4-.6.9-.6 1.4v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z";
const THUMB_DOWN: &str = "M15 3H6c-.8 0-1.5.5-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2a2 2 0 0 0 2 2h6.3l-1 4.6v.3c0 .4.2.8.4 1.1l1.1 1 6.6-6.6c.4-.4.6-.9.6-1.4V5a2 2 0 0 0-2-2zm4 0v12h4V3h-4z";

fn related_aside(t: &Strings, catalog: &Catalog, meta: &ArticleMeta) -> Markup {
    let items = related(catalog, meta, RELATED_ARTICLES);
    if items.is_empty() {
        return html! {};
    }
    html! {
        aside class="article-aside" aria-labelledby="related-heading" {
            h2 id="related-heading" { (t.related_heading) }
            ul class="article-list" {
                @for a in items {
                    li { a href=(a.url()) { bdi { (a.title) } } }
                }
            }
        }
    }
}

/// Body of the no-JavaScript feedback form.
#[derive(Debug, Deserialize)]
pub struct FeedbackForm {
    pub helpful: String,
    #[serde(default)]
    pub anchor: Option<String>,
    /// Why not, for a "no" (at most [`MAX_COMMENT_CHARS`] characters).
    #[serde(default)]
    pub comment: Option<String>,
}

/// `POST /{lang}/{id}/feedback`: records the answer and sends the reader back to the article,
/// which then thanks them.
pub async fn feedback_form(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
    headers: HeaderMap,
    form: Result<Form<FeedbackForm>, FormRejection>,
) -> Response {
    let Some(lang) = page_lang(&lang) else {
        return unknown_lang(&state, &lang, &headers);
    };
    let helpful = match form.as_ref().map(|Form(f)| f.helpful.as_str()) {
        Ok("yes") => Some(true),
        Ok("no") => Some(false),
        _ => None,
    };
    let (anchor, comment) = form
        .ok()
        .map(|Form(f)| (f.anchor, f.comment))
        .unwrap_or_default();
    // The box's `maxlength` keeps browsers under the bound; anything longer was not typed there.
    if comment
        .as_deref()
        .is_some_and(|c| c.chars().count() > MAX_COMMENT_CHARS)
    {
        return super::bad_request_page(&state, lang);
    }
    let at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let engine = state.engine();
    let Some(record) = validated(
        &engine.index().catalog,
        lang,
        &id,
        anchor.as_deref(),
        helpful.unwrap_or(false),
        at,
    ) else {
        return not_found_page(&state, Some(lang), &headers);
    };
    if let Some(helpful) = helpful {
        crate::web::record_feedback(
            &state,
            lang,
            &record.id,
            record.anchor.as_deref(),
            helpful,
            comment.as_deref(),
        );
    }
    if helpful.is_none() {
        return super::bad_request_page(&state, lang);
    }
    let state2 = state.clone();
    match tokio::task::spawn_blocking(move || state2.feedback().append(&record)).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            tracing::error!(error = %e, "writing feedback failed");
            return error_page(&state, lang);
        }
        Err(e) => {
            tracing::error!(error = %e, "feedback task failed");
            return error_page(&state, lang);
        }
    }
    let location = format!("{}?thanks=1#feedback", article_url(lang, &id, ""));
    let mut resp = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(&location) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::OutlineEntry;
    use crate::web::pages::listing::tests::{sample, sample_site};

    fn view(sections: usize) -> ArticleView {
        ArticleView {
            id: "fees-faq".into(),
            lang: Lang::En,
            title: "Fees <FAQ>".into(),
            article_type: crate::content::ArticleType::Faq,
            category: Some("fees".into()),
            tags: vec!["fees".into()],
            summary: Some("What we charge & why".into()),
            updated: Some("2026-11-20".into()),
            url: "/en/fees-faq".into(),
            html: "<p>Lead</p><h2 id=\"is-there-a-fee\">Is there a fee?</h2><p>No.</p>".into(),
            sections: (0..sections)
                .map(|i| OutlineEntry {
                    anchor: format!("s{i}"),
                    heading: format!("Section {i} \"q\""),
                    level: if i == 1 { 3 } else { 2 },
                    is_question: true,
                })
                .collect(),
            translations: [("en", "/en/fees-faq"), ("ar", "/ar/fees-faq")]
                .into_iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        }
    }

    #[test]
    fn article_has_breadcrumbs_anchors_related_switcher_and_feedback() {
        let html = article_html(
            &sample_site(),
            &sample(),
            Lang::En,
            &view(2),
            false,
            html! {},
        );
        assert!(html.contains("<li><a href=\"/en/\">Help Center</a></li>"));
        assert!(html.contains("<li><a href=\"/en/#topic-fees\">Fees &amp; charges</a></li>"));
        assert!(html.contains("<span aria-current=\"page\"><bdi>Fees &lt;FAQ&gt;</bdi></span>"));
        assert!(html.contains("<h1 id=\"page-title\">Fees &lt;FAQ&gt;</h1>"));
        assert!(html
            .contains("href=\"#is-there-a-fee\" aria-label=\"Link to this section\">#</a></h2>"));
        assert!(html.contains("<time datetime=\"2026-11-20\">20 November 2026</time>"));
        assert!(!html.contains("class=\"toc\""), "no TOC under 4 sections");
        assert!(html
            .contains("href=\"/ar/fees-faq\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"));
        assert!(
            !html.contains("hreflang=\"fa\""),
            "only existing translations"
        );
        assert!(html.contains(
            "<form class=\"feedback-form\" method=\"post\" action=\"/en/fees-faq/feedback\""
        ));
        assert!(html.contains("name=\"helpful\" value=\"yes\""));
        // The "no" comment box, inside the form so it is sent without JavaScript.
        assert!(html.contains(
            "<textarea id=\"feedback-comment\" name=\"comment\" rows=\"3\" maxlength=\"500\"></textarea>"
        ));
        assert!(html.contains("<label for=\"feedback-comment\">What were you looking for?"));
        assert!(html.contains("Related articles"));
        assert!(html.contains("href=\"/en/fees-and-charges\""));
        assert!(!html.contains("style="));
    }

    #[test]
    fn long_articles_get_a_table_of_contents() {
        let html = article_html(
            &sample_site(),
            &sample(),
            Lang::En,
            &view(4),
            false,
            html! {},
        );
        assert!(html.contains("<h2 id=\"toc-heading\">On this page</h2>"));
        assert!(html.contains("<li><a href=\"#s0\"><bdi>Section 0 &quot;q&quot;</bdi></a></li>"));
        assert!(html.contains("<li class=\"toc-sub\"><a href=\"#s1\">"));
    }

    #[test]
    fn thanks_replaces_the_form() {
        let html = article_html(
            &sample_site(),
            &sample(),
            Lang::Fa,
            &view(0),
            true,
            html! {},
        );
        assert!(html.contains("از بازخورد شما سپاسگزاریم!"));
        assert!(!html.contains("<form class=\"feedback-form\""));
        assert!(html.contains("<html lang=\"fa\" dir=\"rtl\">"));
    }
}
