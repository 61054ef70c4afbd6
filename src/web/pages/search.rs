//! The results page `/<lang>/search?q=&page=&category=&type=`, rendered on the server so it
//! works without JavaScript.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use maud::{html, Markup};
use serde::Deserialize;

use super::html::{snippet_html, with_query};
use super::layout::{
    dir, html_response, render, search_form, LangLink, Page, SearchPlacement, SearchStyle,
};
use super::listing::{
    categories, category_keys, category_name, popular_articles, POPULAR_ARTICLES,
};
use super::{contact_url, error_page, page_lang, unknown_lang};
use crate::content::{ArticleType, Site};
use crate::index::{ArticleMeta, Catalog};
use crate::lang::Lang;
use crate::search::{SearchHit, SearchRequest, SearchResponse, TranslationHit, MAX_OFFSET};
use crate::web::i18n::{strings, Strings};
use crate::web::{run_search, ApiError, AppState};

/// Results per page.
pub const PAGE_SIZE: usize = 10;
/// The last page a search can show (the engine's offset limit).
pub const MAX_PAGE: usize = MAX_OFFSET / PAGE_SIZE + 1;

/// Query parameters of the results page; all optional and forgiving (a bad page number is
/// page 1, an unknown filter is no filter).
#[derive(Debug, Default, Deserialize)]
pub struct SearchPageParams {
    pub q: Option<String>,
    pub page: Option<String>,
    pub category: Option<String>,
    #[serde(rename = "type")]
    pub article_type: Option<String>,
}

impl SearchPageParams {
    /// The parameters from the query string's pairs; a repeated parameter counts once (its
    /// first value), so `page=2&page=3` still searches.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut p = SearchPageParams::default();
        for (key, value) in pairs {
            let slot = match key.as_str() {
                "q" => &mut p.q,
                "page" => &mut p.page,
                "category" => &mut p.category,
                "type" => &mut p.article_type,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        p
    }
}

/// A search as the page understood it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageQuery {
    pub q: String,
    pub page: usize,
    pub category: Option<String>,
    pub article_type: Option<ArticleType>,
}

impl PageQuery {
    /// Cleans the parameters against what exists in this language.
    pub fn from_params(p: SearchPageParams, categories: &[String]) -> PageQuery {
        let page = p
            .page
            .as_deref()
            .and_then(|s| s.trim().parse::<usize>().ok())
            .filter(|&n| n >= 1)
            .unwrap_or(1)
            .min(MAX_PAGE);
        PageQuery {
            q: p.q.unwrap_or_default().trim().to_string(),
            page,
            category: p.category.filter(|c| categories.contains(c)),
            article_type: p.article_type.as_deref().and_then(ArticleType::parse),
        }
    }

    /// The URL of this search at another page, or with another query.
    pub fn url(&self, lang: Lang, q: &str, page: usize) -> String {
        let page = if page > 1 {
            page.to_string()
        } else {
            String::new()
        };
        with_query(
            &format!("/{}/search", lang.code()),
            &[
                ("q", q),
                ("category", self.category.as_deref().unwrap_or("")),
                ("type", self.article_type.map_or("", ArticleType::as_str)),
                ("page", &page),
            ],
        )
    }
}

/// What a search produced, as the page shows it.
#[derive(Debug)]
pub enum Outcome {
    /// No query typed yet.
    Empty,
    /// The engine refused the query (too long).
    Refused,
    Found(SearchResponse),
}

/// `GET /{lang}/search`.
pub async fn search_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    params: Result<Query<Vec<(String, String)>>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let engine = state.engine();
    let site = &engine.index().site;
    let Some(lang) = page_lang(&lang).filter(|l| site.publishes(*l)) else {
        return unknown_lang(&state, &lang, &headers);
    };
    let params = SearchPageParams::from_pairs(params.map(|Query(p)| p).unwrap_or_default());
    let catalog = &engine.index().catalog;
    let query = PageQuery::from_params(params, &category_keys(site, catalog, lang));
    let outcome = if query.q.is_empty() {
        Outcome::Empty
    } else {
        let req = SearchRequest {
            q: query.q.clone(),
            lang: Some(lang),
            category: query.category.clone(),
            article_type: query.article_type,
            limit: PAGE_SIZE,
            offset: (query.page - 1) * PAGE_SIZE,
        };
        let (offset, started) = (req.offset, std::time::Instant::now());
        match run_search(&state, req).await {
            Ok(mut resp) => {
                crate::web::record_page_search(&state, lang, &mut resp, started.elapsed(), offset);
                Outcome::Found(resp)
            }
            Err(ApiError::Client(..)) => Outcome::Refused,
            Err(ApiError::Internal(detail)) => {
                tracing::error!(%detail, "search page failed");
                return error_page(&state, lang);
            }
        }
    };
    let status = match outcome {
        Outcome::Refused => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    };
    html_response(status, results_page(site, catalog, lang, &query, &outcome))
}

/// Renders the results page.
pub fn results_page(
    site: &Site,
    catalog: &Catalog,
    lang: Lang,
    query: &PageQuery,
    outcome: &Outcome,
) -> String {
    let t = strings(lang);
    let categories = category_keys(site, catalog, lang);
    let named: Vec<(&str, &str)> = categories
        .iter()
        .map(|key| (key.as_str(), category_name(site, lang, key)))
        .collect();
    let filters = filters_html(t, query, &named);
    let title = match outcome {
        Outcome::Empty | Outcome::Refused => t.search_button.to_string(),
        Outcome::Found(_) => (t.search_title)(&query.q),
    };
    let main = html! {
        div class="container search-layout" {
            (search_form(site, lang, &query.q, SearchStyle::Page, &[filters]))
            @match outcome {
                Outcome::Empty => {
                    @let browsed = browsed_articles(site, catalog, lang, query);
                    @if browsed.is_empty() {
                        h1 class="results-heading" { (t.search_button) }
                        p class="muted" { (t.empty_query) }
                        (popular_articles_html(t, site, catalog, lang))
                    } @else {
                        h1 class="results-heading" {
                            @match query.category.as_deref() {
                                Some(key) => (category_name(site, lang, key)),
                                None => (t.search_button),
                            }
                            @if let Some(kind) = query.article_type {
                                " – " (t.article_type(kind))
                            }
                        }
                        p class="muted" { (t.empty_query) }
                        ul class="card-list browse-list" {
                            @for a in browsed {
                                (article_card(a))
                            }
                        }
                    }
                }
                Outcome::Refused => {
                    h1 class="results-heading" { (t.search_button) }
                    p class="notice" role="alert" { (t.query_too_long) }
                }
                Outcome::Found(resp) if resp.total == 0 => {
                    (no_results_html(t, site, catalog, lang, query, resp))
                }
                Outcome::Found(resp) => {
                    h1 class="results-heading" {
                        @match counted_below(resp) {
                            Some(round) => ((t.results_over)(round, &query.q)),
                            None => ((t.results_for)(resp.total, &query.q)),
                        }
                    }
                    ol class="results" {
                        @for hit in &resp.results {
                            (result_html(t, site, lang, hit))
                        }
                    }
                    (pagination_html(t, lang, query, resp))
                }
            }
        }
    };
    render(&Page {
        site,
        lang,
        title: &title,
        description: None,
        kind: "page-search",
        langs: LangLink::homes(site),
        search: SearchPlacement::InPage,
        main,
        contact_url: contact_url(site, catalog, lang),
        head: html! {},
    })
}

fn filters_html(t: &Strings, query: &PageQuery, categories: &[(&str, &str)]) -> Markup {
    let topics = categories.iter().map(|&(key, name)| {
        let selected = query.category.as_deref() == Some(key);
        (key, name, selected)
    });
    let types = ArticleType::ALL.into_iter().map(|kind| {
        (
            kind.as_str(),
            t.article_type(kind),
            query.article_type == Some(kind),
        )
    });
    html! {
        div class="filters" {
            (filter("f-category", "category", t.filter_topic, t.all_topics, topics))
            (filter("f-type", "type", t.filter_type, t.all_types, types))
        }
    }
}

/// One labelled filter: a select whose first option (empty value) means no filter, then
/// `(value, label, selected)` options.
fn filter<'a>(
    id: &str,
    name: &str,
    label: &str,
    all: &str,
    options: impl Iterator<Item = (&'a str, &'a str, bool)>,
) -> Markup {
    html! {
        div class="filter" {
            label for=(id) { (label) }
            select id=(id) name=(name) {
                option value="" { (all) }
                @for (value, text, selected) in options {
                    option value=(value) selected[selected] { (text) }
                }
            }
        }
    }
}

fn result_html(t: &Strings, site: &Site, lang: Lang, hit: &SearchHit) -> Markup {
    html! {
        li class="result" {
            h2 class="result-title" { a href=(hit.url) { bdi { (hit.title) } } }
            p class="result-meta" {
                span class="badge" { (t.article_type(hit.article_type)) }
                @if let Some(c) = hit.category.as_deref() {
                    " " span { (category_name(site, lang, c)) }
                }
            }
            @if !hit.section.is_empty() {
                p class="result-section" { bdi { (hit.section) } }
            }
            p class="result-snippet" { (snippet_html(&hit.snippet)) }
            @if !hit.more_sections.is_empty() {
                p class="result-more" {
                    span class="muted" { (t.also_in_article) } " "
                    @for (i, s) in hit.more_sections.iter().take(3).enumerate() {
                        @if i > 0 {
                            span class="sep" aria-hidden="true" { " · " }
                        }
                        a href=(s.url) { bdi { (s.section) } }
                    }
                }
            }
        }
    }
}

/// A round number below an inexact total (the search stopped counting), for "more than N".
fn counted_below(resp: &SearchResponse) -> Option<usize> {
    (!resp.total_exact && resp.total > PAGE_SIZE).then(|| (resp.total - 1) / 10 * 10)
}

fn pagination_html(t: &Strings, lang: Lang, query: &PageQuery, resp: &SearchResponse) -> Markup {
    let pages = resp.total.div_ceil(PAGE_SIZE).min(MAX_PAGE);
    if pages <= 1 && query.page <= 1 {
        return html! {};
    }
    // An inexact total is a lower bound: the page count it gives would be wrong, but the
    // next page is known to exist when the total reaches past this one.
    let status = if resp.total_exact {
        (t.page_of)(query.page, pages.max(1))
    } else {
        (t.page)(query.page)
    };
    html! {
        nav class="pagination" aria-label=(t.pagination_label) {
            @if query.page > 1 {
                a class="page-prev" rel="prev"
                    href=(query.url(lang, &query.q, (query.page - 1).min(pages.max(1)))) {
                    (t.previous_page)
                }
            }
            span class="page-status" { (status) }
            @if query.page < pages {
                a class="page-next" rel="next" href=(query.url(lang, &query.q, query.page + 1)) {
                    (t.next_page)
                }
            }
        }
    }
}

fn no_results_html(
    t: &Strings,
    site: &Site,
    catalog: &Catalog,
    lang: Lang,
    query: &PageQuery,
    resp: &SearchResponse,
) -> Markup {
    let did_you_mean = resp.did_you_mean.as_deref().filter(|f| !f.is_empty());
    let translations = resp
        .translations_available
        .as_ref()
        .filter(|t| !t.is_empty());
    html! {
        h1 class="results-heading" { ((t.no_results)(&query.q)) }
        div class="no-results" {
            @if let Some(fixed) = did_you_mean {
                p class="did-you-mean" {
                    ((t.did_you_mean)(html! {
                        a href=(query.url(lang, fixed, 1)) { bdi { (fixed) } }
                    }))
                }
            }
            p class="muted" { (t.no_results_hint) }
            @if let Some(translations) = translations {
                section class="translations" aria-labelledby="translations-heading" {
                    h2 id="translations-heading" { (t.in_other_languages) }
                    ul class="article-list" {
                        @for hit in translations {
                            (translation_html(hit))
                        }
                    }
                }
            }
        }
        (popular_articles_html(t, site, catalog, lang))
    }
}

/// A result found in another language, marked up in that language.
fn translation_html(hit: &TranslationHit) -> Markup {
    let other = hit.lang;
    let code = other.code();
    html! {
        li {
            a href=(hit.url) hreflang=(code) lang=(code) dir=(dir(other)) {
                (hit.title)
            }
            " "
            span class="muted" { "(" (other.native_name()) ")" }
        }
    }
}

/// What a search without words but with a topic or type chosen lists: every article of that
/// topic and type in this language, in the home page's order (FAQs first, then by title), so
/// choosing a topic is a way to browse it. Empty when no filter is set or nothing matches.
fn browsed_articles<'a>(
    site: &Site,
    catalog: &'a Catalog,
    lang: Lang,
    query: &PageQuery,
) -> Vec<&'a ArticleMeta> {
    if query.category.is_none() && query.article_type.is_none() {
        return Vec::new();
    }
    categories(site, catalog, lang)
        .into_iter()
        .filter(|c| query.category.as_deref().is_none_or(|key| c.key == key))
        .flat_map(|c| c.articles)
        .filter(|a| query.article_type.is_none_or(|kind| a.article_type == kind))
        .collect()
}

fn popular_articles_html(t: &Strings, site: &Site, catalog: &Catalog, lang: Lang) -> Markup {
    let popular = popular_articles(site, catalog, lang, POPULAR_ARTICLES);
    if popular.is_empty() {
        return html! {};
    }
    html! {
        section class="popular-articles" aria-labelledby="popular-articles-heading" {
            h2 id="popular-articles-heading" { (t.popular_articles) }
            ul class="card-list" {
                @for a in popular {
                    (article_card(a))
                }
            }
        }
    }
}

fn article_card(a: &ArticleMeta) -> Markup {
    html! {
        li {
            a href=(a.url()) { bdi { (a.title) } }
            @if let Some(s) = a.summary.as_deref().filter(|s| !s.is_empty()) {
                p class="muted" { (s) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SectionLink;
    use crate::web::pages::listing::tests::{sample, sample_site};

    const XSS: &str = "<script>alert(1)</script>";

    fn query(q: &str) -> PageQuery {
        PageQuery {
            q: q.into(),
            page: 1,
            category: None,
            article_type: None,
        }
    }

    fn response(q: &str, total: usize, results: Vec<SearchHit>) -> SearchResponse {
        SearchResponse {
            query: q.into(),
            lang: Lang::En,
            total,
            total_exact: true,
            took_ms: 1.0,
            results,
            translations_available: None,
            did_you_mean: None,
        }
    }

    fn hit(i: usize) -> SearchHit {
        SearchHit {
            id: format!("a{i}"),
            lang: Lang::En,
            title: format!("Title {i} <b>"),
            section: "How long does a withdrawal take?".into(),
            url: format!("/en/a{i}#how-long"),
            snippet: "It takes <mark>1</mark> day &amp; more".into(),
            score: 1.0,
            article_type: ArticleType::Faq,
            category: Some("payments".into()),
            more_sections: vec![SectionLink {
                section: "Fees \"x\"".into(),
                url: "/en/a1#fees".into(),
            }],
        }
    }

    #[test]
    fn results_show_title_section_snippet_and_escape_the_rest() {
        let resp = response("withdraw", 12, (0..10).map(hit).collect());
        let html = results_page(
            &sample_site(),
            &sample(),
            Lang::En,
            &query("withdraw"),
            &Outcome::Found(resp),
        );
        assert!(html.contains("12 results for “<bdi>withdraw</bdi>”"));
        assert!(html.contains("<a href=\"/en/a0#how-long\"><bdi>Title 0 &lt;b&gt;</bdi></a>"));
        assert!(html.contains(
            "<p class=\"result-section\"><bdi>How long does a withdrawal take?</bdi></p>"
        ));
        assert!(html.contains("It takes <mark>1</mark> day &amp; more"));
        assert!(html.contains("Fees &quot;x&quot;"));
        assert!(html
            .contains("<span class=\"badge\">FAQ</span> <span>Deposits &amp; withdrawals</span>"));
        assert!(html.contains("rel=\"next\" href=\"/en/search?q=withdraw&amp;page=2\""));
        assert!(html.contains("Page 1 of 2"));
        assert!(!html.contains("rel=\"prev\""));
        assert!(html.contains("<title>Search results for “withdraw” – Help Center</title>"));
    }

    #[test]
    fn a_topic_without_words_lists_that_topics_articles() {
        let page = |category: Option<&str>, kind: Option<ArticleType>| {
            let q = PageQuery {
                category: category.map(str::to_string),
                article_type: kind,
                ..query("")
            };
            results_page(&sample_site(), &sample(), Lang::En, &q, &Outcome::Empty)
        };
        let payments = page(Some("payments"), None);
        assert!(
            payments.contains("class=\"card-list browse-list\""),
            "{payments}"
        );
        // FAQs first, then the rest; nothing of another topic.
        let faq = payments.find("/en/deposits-faq").expect("the topic's FAQ");
        let guide = payments
            .find("/en/withdraw-funds")
            .expect("the topic's guide");
        assert!(faq < guide);
        assert!(!payments.contains("/en/fees-faq") && !payments.contains("/en/open-account"));
        // A type narrows the topic; a type alone lists that type everywhere.
        let faqs = page(Some("payments"), Some(ArticleType::Faq));
        assert!(faqs.contains("/en/deposits-faq") && !faqs.contains("/en/withdraw-funds"));
        let all_faqs = page(None, Some(ArticleType::Faq));
        assert!(all_faqs.contains("/en/deposits-faq") && all_faqs.contains("/en/fees-faq"));
        assert!(!all_faqs.contains("/en/withdraw-funds"));
        // No filter, or a filter nothing matches: the empty search page with popular articles.
        for html in [
            page(None, None),
            page(Some("promotions"), Some(ArticleType::Faq)),
        ] {
            assert!(!html.contains("browse-list") && html.contains("popular-articles"));
        }
    }

    #[test]
    fn an_inexact_total_reads_as_more_than_and_pages_stay_open_ended() {
        let resp = SearchResponse {
            total_exact: false,
            ..response("withdraw", 137, (0..10).map(hit).collect())
        };
        let html = results_page(
            &sample_site(),
            &sample(),
            Lang::En,
            &query("withdraw"),
            &Outcome::Found(resp),
        );
        assert!(html.contains("More than 130 results for “<bdi>withdraw</bdi>”"));
        assert!(html.contains("<span class=\"page-status\">Page 1</span>"));
        assert!(html.contains("rel=\"next\" href=\"/en/search?q=withdraw&amp;page=2\""));
    }

    #[test]
    fn the_query_is_escaped_everywhere_it_is_echoed() {
        for outcome in [
            Outcome::Found(response(XSS, 1, vec![hit(1)])),
            Outcome::Found(SearchResponse {
                did_you_mean: Some(format!("{XSS}\"")),
                ..response(XSS, 0, vec![])
            }),
            Outcome::Refused,
        ] {
            let html = results_page(&sample_site(), &sample(), Lang::En, &query(XSS), &outcome);
            assert!(!html.contains(XSS), "{html}");
            assert!(!html.contains("<script>"), "{html}");
            assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
        let q = PageQuery {
            category: Some("fees\"><x>".into()),
            ..query(XSS)
        };
        let html = results_page(
            &sample_site(),
            &sample(),
            Lang::Fa,
            &q,
            &Outcome::Found(response(XSS, 30, vec![hit(1)])),
        );
        assert!(!html.contains("<script>") && !html.contains("<x>"));
        assert!(html.contains("q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E"));
    }

    #[test]
    fn no_results_offer_correction_translations_and_popular_articles() {
        let resp = SearchResponse {
            did_you_mean: Some("withdraw".into()),
            translations_available: Some(vec![TranslationHit {
                lang: Lang::Ar,
                id: "withdraw-funds".into(),
                title: "كيف أسحب أموالي؟".into(),
                url: "/ar/withdraw-funds".into(),
            }]),
            ..response("withdrwa", 0, vec![])
        };
        let q = PageQuery {
            article_type: Some(ArticleType::Faq),
            ..query("withdrwa")
        };
        let html = results_page(
            &sample_site(),
            &sample(),
            Lang::En,
            &q,
            &Outcome::Found(resp),
        );
        assert!(html.contains("No results for “<bdi>withdrwa</bdi>”"));
        assert!(html.contains(
            "Did you mean <a href=\"/en/search?q=withdraw&amp;type=faq\"><bdi>withdraw</bdi></a>?"
        ));
        assert!(html.contains(
            "<a href=\"/ar/withdraw-funds\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">كيف أسحب أموالي؟</a>"
        ));
        assert!(html.contains("Popular articles"));
        assert!(html.contains("href=\"/en/open-account\""));
    }

    #[test]
    fn parameters_are_forgiving() {
        let cats = vec!["fees".to_string()];
        let p = |page: &str, cat: &str, kind: &str| {
            PageQuery::from_params(
                SearchPageParams {
                    q: Some("  x ".into()),
                    page: Some(page.into()),
                    category: Some(cat.into()),
                    article_type: Some(kind.into()),
                },
                &cats,
            )
        };
        assert_eq!(p("2", "fees", "faq").page, 2);
        assert_eq!(p("2", "fees", "faq").category.as_deref(), Some("fees"));
        assert_eq!(p("0", "", "").page, 1);
        assert_eq!(p("-3", "nope", "video").page, 1);
        assert_eq!(p("99999", "", "").page, MAX_PAGE);
        let q = p("abc", "nope", "video");
        assert_eq!(
            (q.q.as_str(), q.category, q.article_type),
            ("x", None, None)
        );
    }

    #[test]
    fn chinese_results_put_the_query_first() {
        let resp = response("提现", 3, vec![hit(1)]);
        let html = results_page(
            &sample_site(),
            &sample(),
            Lang::Zh,
            &query("提现"),
            &Outcome::Found(resp),
        );
        assert!(html.contains("找到 3 条与“<bdi>提现</bdi>”相关的结果"));
        assert!(html.contains("<html lang=\"zh\" dir=\"ltr\">"));
    }
}
