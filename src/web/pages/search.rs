//! The results page `/<lang>/search?q=&page=&category=&type=`, rendered on the server so it
//! works without JavaScript.

use std::fmt::Write;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;

use super::html::{esc, snippet_html, with_query, Esc};
use super::layout::{
    dir, html_response, render, search_form, LangLink, Page, SearchPlacement, SearchStyle,
};
use super::listing::{category_keys, popular_articles, POPULAR_ARTICLES};
use super::{contact_url, error_page, page_lang, unknown_lang};
use crate::index::{ArticleMeta, Catalog};
use crate::lang::Lang;
use crate::search::{SearchRequest, SearchResponse, MAX_OFFSET};
use crate::web::i18n::{strings, Strings};
use crate::web::{run_search, ApiError, AppState};

/// Results per page.
pub const PAGE_SIZE: usize = 10;
/// The last page a search can show (the engine's offset limit).
pub const MAX_PAGE: usize = MAX_OFFSET / PAGE_SIZE + 1;
/// Article types a search can be filtered by.
pub const ARTICLE_TYPES: [&str; 3] = ["faq", "tutorial", "article"];

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

/// A search as the page understood it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageQuery {
    pub q: String,
    pub page: usize,
    pub category: Option<String>,
    pub article_type: Option<String>,
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
            article_type: p
                .article_type
                .filter(|t| ARTICLE_TYPES.contains(&t.as_str())),
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
                ("type", self.article_type.as_deref().unwrap_or("")),
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
    params: Result<Query<SearchPageParams>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let Some(lang) = page_lang(&lang) else {
        return unknown_lang(&state, &lang, &headers);
    };
    let params = params.map(|Query(p)| p).unwrap_or_default();
    let engine = state.engine();
    let catalog = &engine.index().catalog;
    let query = PageQuery::from_params(params, &category_keys(catalog, lang));
    let outcome = if query.q.is_empty() {
        Outcome::Empty
    } else {
        let req = SearchRequest {
            q: query.q.clone(),
            lang: Some(lang),
            category: query.category.clone(),
            article_type: query.article_type.clone(),
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
    html_response(status, results_page(catalog, lang, &query, &outcome))
}

/// Renders the results page.
pub fn results_page(catalog: &Catalog, lang: Lang, query: &PageQuery, outcome: &Outcome) -> String {
    let t = strings(lang);
    let categories = category_keys(catalog, lang);
    let mut main = String::with_capacity(16 * 1024);
    main.push_str("<div class=\"container search-layout\">\n");
    let filters = filters_html(t, query, &categories);
    main.push_str(&search_form(lang, &query.q, SearchStyle::Page, &[&filters]));
    let q_html = format!("<bdi>{}</bdi>", esc(&query.q));
    let title: String;
    match outcome {
        Outcome::Empty => {
            title = t.search_button.to_string();
            let _ = writeln!(
                main,
                "<h1 class=\"results-heading\">{}</h1>\n<p class=\"muted\">{}</p>",
                esc(t.search_button),
                esc(t.empty_query)
            );
            popular_articles_html(&mut main, t, catalog, lang);
        }
        Outcome::Refused => {
            title = t.search_button.to_string();
            let _ = writeln!(
                main,
                "<h1 class=\"results-heading\">{}</h1>\n<p class=\"notice\" role=\"alert\">{}</p>",
                esc(t.search_button),
                esc(t.query_too_long)
            );
        }
        Outcome::Found(resp) if resp.total == 0 => {
            title = (t.search_title)(&query.q);
            no_results_html(&mut main, t, catalog, lang, query, resp, &q_html);
        }
        Outcome::Found(resp) => {
            title = (t.search_title)(&query.q);
            let heading = match counted_below(resp) {
                Some(round) => (t.results_over)(round, &q_html),
                None => (t.results_for)(resp.total, &q_html),
            };
            let _ = writeln!(main, "<h1 class=\"results-heading\">{heading}</h1>");
            main.push_str("<ol class=\"results\">\n");
            for hit in &resp.results {
                result_html(&mut main, t, hit);
            }
            main.push_str("</ol>\n");
            pagination_html(&mut main, t, lang, query, resp);
        }
    }
    main.push_str("</div>\n");
    render(&Page {
        lang,
        title: &title,
        description: None,
        kind: "page-search",
        langs: LangLink::homes(),
        search: SearchPlacement::InPage,
        main,
        contact_url: contact_url(catalog, lang),
    })
}

fn filters_html(t: &Strings, query: &PageQuery, categories: &[String]) -> String {
    let mut out = String::from("<div class=\"filters\">\n");
    let _ = write!(
        out,
        "<div class=\"filter\"><label for=\"f-category\">{}</label>\
<select id=\"f-category\" name=\"category\"><option value=\"\">{}</option>",
        esc(t.filter_topic),
        esc(t.all_topics)
    );
    for key in categories {
        let selected = if query.category.as_deref() == Some(key) {
            " selected"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<option value=\"{}\"{selected}>{}</option>",
            Esc(key),
            Esc(t.category_or_key(key))
        );
    }
    let _ = write!(
        out,
        "</select></div>\n<div class=\"filter\"><label for=\"f-type\">{}</label>\
<select id=\"f-type\" name=\"type\"><option value=\"\">{}</option>",
        esc(t.filter_type),
        esc(t.all_types)
    );
    for kind in ARTICLE_TYPES {
        let selected = if query.article_type.as_deref() == Some(kind) {
            " selected"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<option value=\"{kind}\"{selected}>{}</option>",
            esc(t.article_type(kind))
        );
    }
    out.push_str("</select></div>\n</div>\n");
    out
}

fn result_html(out: &mut String, t: &Strings, hit: &crate::search::SearchHit) {
    let _ = write!(
        out,
        "<li class=\"result\">\n<h2 class=\"result-title\"><a href=\"{url}\"><bdi>{title}</bdi></a></h2>\n\
<p class=\"result-meta\"><span class=\"badge\">{kind}</span>",
        url = Esc(&hit.url),
        title = Esc(&hit.title),
        kind = esc(t.article_type(&hit.article_type)),
    );
    if let Some(c) = hit.category.as_deref() {
        let _ = write!(out, " <span>{}</span>", Esc(t.category_or_key(c)));
    }
    out.push_str("</p>\n");
    if !hit.section.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"result-section\"><bdi>{}</bdi></p>",
            Esc(&hit.section)
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"result-snippet\">{}</p>",
        snippet_html(&hit.snippet)
    );
    if !hit.more_sections.is_empty() {
        let _ = write!(
            out,
            "<p class=\"result-more\"><span class=\"muted\">{}</span> ",
            esc(t.also_in_article)
        );
        for (i, s) in hit.more_sections.iter().take(3).enumerate() {
            if i > 0 {
                out.push_str("<span class=\"sep\" aria-hidden=\"true\"> · </span>");
            }
            let _ = write!(
                out,
                "<a href=\"{}\"><bdi>{}</bdi></a>",
                Esc(&s.url),
                Esc(&s.section)
            );
        }
        out.push_str("</p>\n");
    }
    out.push_str("</li>\n");
}

/// A round number below an inexact total (the search stopped counting), for "more than N".
fn counted_below(resp: &SearchResponse) -> Option<usize> {
    (!resp.total_exact && resp.total > PAGE_SIZE).then(|| (resp.total - 1) / 10 * 10)
}

fn pagination_html(
    out: &mut String,
    t: &Strings,
    lang: Lang,
    query: &PageQuery,
    resp: &SearchResponse,
) {
    let pages = resp.total.div_ceil(PAGE_SIZE).min(MAX_PAGE);
    if pages <= 1 && query.page <= 1 {
        return;
    }
    let _ = writeln!(
        out,
        "<nav class=\"pagination\" aria-label=\"{}\">",
        esc(t.pagination_label)
    );
    if query.page > 1 {
        let _ = writeln!(
            out,
            "<a class=\"page-prev\" rel=\"prev\" href=\"{}\">{}</a>",
            Esc(&query.url(lang, &query.q, (query.page - 1).min(pages.max(1)))),
            esc(t.previous_page)
        );
    }
    // An inexact total is a lower bound: the page count it gives would be wrong, but the
    // next page is known to exist when the total reaches past this one.
    let status = if resp.total_exact {
        (t.page_of)(query.page, pages.max(1))
    } else {
        (t.page)(query.page)
    };
    let _ = writeln!(out, "<span class=\"page-status\">{status}</span>");
    if query.page < pages {
        let _ = writeln!(
            out,
            "<a class=\"page-next\" rel=\"next\" href=\"{}\">{}</a>",
            Esc(&query.url(lang, &query.q, query.page + 1)),
            esc(t.next_page)
        );
    }
    out.push_str("</nav>\n");
}

fn no_results_html(
    out: &mut String,
    t: &Strings,
    catalog: &Catalog,
    lang: Lang,
    query: &PageQuery,
    resp: &SearchResponse,
    q_html: &str,
) {
    let _ = write!(
        out,
        "<h1 class=\"results-heading\">{}</h1>\n<div class=\"no-results\">\n",
        (t.no_results)(q_html)
    );
    if let Some(fixed) = resp.did_you_mean.as_deref().filter(|f| !f.is_empty()) {
        let link = format!(
            "<a href=\"{}\"><bdi>{}</bdi></a>",
            Esc(&query.url(lang, fixed, 1)),
            Esc(fixed)
        );
        let _ = writeln!(
            out,
            "<p class=\"did-you-mean\">{}</p>",
            (t.did_you_mean)(&link)
        );
    }
    let _ = writeln!(out, "<p class=\"muted\">{}</p>", esc(t.no_results_hint));
    if let Some(translations) = resp
        .translations_available
        .as_ref()
        .filter(|t| !t.is_empty())
    {
        let _ = write!(
            out,
            "<section class=\"translations\" aria-labelledby=\"translations-heading\">\n\
<h2 id=\"translations-heading\">{}</h2>\n<ul class=\"article-list\">\n",
            esc(t.in_other_languages)
        );
        for hit in translations {
            let other = Lang::from_code(&hit.lang);
            let code = other.map(Lang::code).unwrap_or("und");
            let _ = writeln!(
                out,
                "<li><a href=\"{url}\" hreflang=\"{code}\" lang=\"{code}\" dir=\"{dir}\">{title}</a> <span class=\"muted\">({name})</span></li>",
                url = Esc(&hit.url),
                dir = other.map(dir).unwrap_or("auto"),
                title = Esc(&hit.title),
                name = other.map(Lang::native_name).unwrap_or(""),
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("</div>\n");
    popular_articles_html(out, t, catalog, lang);
}

fn popular_articles_html(out: &mut String, t: &Strings, catalog: &Catalog, lang: Lang) {
    let popular = popular_articles(catalog, lang, POPULAR_ARTICLES);
    if popular.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"popular-articles\" aria-labelledby=\"popular-articles-heading\">\n\
<h2 id=\"popular-articles-heading\">{}</h2>\n<ul class=\"card-list\">\n",
        esc(t.popular_articles)
    );
    for a in popular {
        article_card(out, a);
    }
    out.push_str("</ul>\n</section>\n");
}

fn article_card(out: &mut String, a: &ArticleMeta) {
    let _ = write!(
        out,
        "<li><a href=\"{}\"><bdi>{}</bdi></a>",
        Esc(&a.url()),
        Esc(&a.title)
    );
    if let Some(s) = a.summary.as_deref().filter(|s| !s.is_empty()) {
        let _ = write!(out, "<p class=\"muted\">{}</p>", Esc(s));
    }
    out.push_str("</li>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{SearchHit, SectionLink, TranslationHit};
    use crate::web::pages::listing::tests::sample;

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
            lang: "en".into(),
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
            lang: "en".into(),
            title: format!("Title {i} <b>"),
            section: "How long does a withdrawal take?".into(),
            url: format!("/en/a{i}#how-long"),
            snippet: "It takes <mark>1</mark> day &amp; more".into(),
            score: 1.0,
            article_type: "faq".into(),
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
        assert!(html.contains("<title>Search results for “withdraw” – Falak Help Center</title>"));
    }

    #[test]
    fn an_inexact_total_reads_as_more_than_and_pages_stay_open_ended() {
        let resp = SearchResponse {
            total_exact: false,
            ..response("withdraw", 137, (0..10).map(hit).collect())
        };
        let html = results_page(
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
            let html = results_page(&sample(), Lang::En, &query(XSS), &outcome);
            assert!(!html.contains(XSS), "{html}");
            assert!(!html.contains("<script>"), "{html}");
            assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
        let q = PageQuery {
            category: Some("fees\"><x>".into()),
            ..query(XSS)
        };
        let html = results_page(
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
                lang: "ar".into(),
                id: "withdraw-funds".into(),
                title: "كيف أسحب أموالي؟".into(),
                url: "/ar/withdraw-funds".into(),
            }]),
            ..response("withdrwa", 0, vec![])
        };
        let q = PageQuery {
            article_type: Some("faq".into()),
            ..query("withdrwa")
        };
        let html = results_page(&sample(), Lang::En, &q, &Outcome::Found(resp));
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
        let html = results_page(&sample(), Lang::Zh, &query("提现"), &Outcome::Found(resp));
        assert!(html.contains("找到 3 条与“<bdi>提现</bdi>”相关的结果"));
        assert!(html.contains("<html lang=\"zh\" dir=\"ltr\">"));
    }
}
