//! Server-rendered help pages and embedded assets.
//!
//! Every page works without JavaScript; `/assets/app.js` (loaded with `defer`) adds search as
//! you type and sends "Was this helpful?" answers without a reload. Pages are maud `html!`
//! templates, checked when dalil compiles and escaping every value they splice; markup is its
//! own type (`Markup`), never a `String`. The only HTML taken as it comes is the sanitised
//! article body from the content loader (`html::article_body`). Interface strings live in
//! [`crate::web::i18n`].
//!
//! Routes: `/` (redirect by `Accept-Language` among the published languages), `/{lang}`
//! (redirect to `/{lang}/`), `/{lang}/` (home), `/{lang}/search`, `/{lang}/{id}` (article),
//! `POST /{lang}/{id}/feedback`, `/assets/{name}`, `/sitemap.xml`, `/robots.txt`,
//! `/admin/insights` and its CSV downloads (`admin`; signing in is [`crate::web::login`]'s);
//! anything else is a 404 page (a JSON error under `/api/`). The site's name, logo, colours,
//! footer, languages and categories come from the site settings of the index being served
//! (`content/site.toml`), so they change with it.

mod accept_language;
pub(crate) mod admin;
mod article;
pub(crate) mod assets;
mod conditional;
mod home;
pub(crate) mod html;
pub(crate) mod layout;
mod listing;
mod search;
mod seo;

use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::html;

pub use accept_language::{preferred_among, preferred_lang};

use super::state::AppState;
use super::ApiError;
use crate::content::Site;
use crate::index::Catalog;
use crate::lang::Lang;
use crate::web::i18n::strings;
use layout::{html_response, render, search_form, LangLink, Page, SearchPlacement, SearchStyle};

/// Routes of the help pages and assets.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/assets/{name}", get(assets::serve))
        .route("/sitemap.xml", get(seo::sitemap))
        .route("/robots.txt", get(seo::robots))
        .route("/{lang}", get(lang_root))
        .route("/{lang}/", get(home_page))
        .route("/{lang}/search", get(search::search_page))
        .route("/{lang}/{id}", get(article::article_page))
        .route("/{lang}/{id}/feedback", post(article::feedback_form))
        .route("/admin", get(admin::admin_root))
        .route("/admin/insights", get(admin::insights_page))
        .route("/admin/insights/{file}", get(admin::insights_csv))
        .fallback(fallback)
}

/// The language of a page URL: exactly one of the configured codes (`/en/`, not `/EN/` or
/// `/en-US/`).
fn page_lang(segment: &str) -> Option<Lang> {
    Lang::from_code(segment).filter(|l| l.code() == segment)
}

/// The published language the browser prefers, else the site's default.
fn accept_language(site: &Site, headers: &HeaderMap) -> Lang {
    preferred_among(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
        &site.languages,
        site.default_language,
    )
}

/// `GET /`: the home page in the language the browser prefers.
async fn root(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let lang = accept_language(&state.engine().index().site, &headers);
    let mut resp = Redirect::to(&format!("/{}/", lang.code())).into_response();
    resp.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-language"));
    resp
}

/// `GET /{lang}`: the same page with its trailing slash.
async fn lang_root(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Response {
    match page_lang(&lang) {
        Some(lang) => Redirect::permanent(&format!("/{}/", lang.code())).into_response(),
        None => unknown_lang(&state, &lang, &headers),
    }
}

/// `GET /{lang}/`.
async fn home_page(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
) -> Response {
    let engine = state.engine();
    let index = engine.index();
    let Some(lang) = page_lang(&lang).filter(|l| index.site.publishes(*l)) else {
        return unknown_lang(&state, &lang, &headers);
    };
    conditional::page_response(
        &headers,
        StatusCode::OK,
        layout::HTML,
        home::home_page(&index.site, &index.catalog, lang),
        None,
    )
}

/// Anything no route matched.
async fn fallback(State(state): State<AppState>, req: Request) -> Response {
    if req.uri().path().starts_with("/api/") {
        return ApiError::not_found(format!("no API endpoint at {}", req.uri().path()))
            .into_response();
    }
    not_found_page(&state, None, req.headers())
}

/// The answer to a path whose first segment is not a language: a JSON error under `/api/`
/// (an API client mistyped an endpoint), else the 404 page.
fn unknown_lang(state: &AppState, segment: &str, headers: &HeaderMap) -> Response {
    if segment == "api" {
        return ApiError::not_found("no such API endpoint").into_response();
    }
    not_found_page(state, None, headers)
}

/// The footer's link to the site's contact article, when this language has it.
fn contact_url(site: &Site, catalog: &Catalog, lang: Lang) -> Option<String> {
    let id = site.contact_article.as_deref()?;
    catalog.get(lang, id).map(|a| a.url())
}

/// A 404 page with a search box. `lang` is the language of the URL when it had a valid one
/// (then the missing thing was an article); otherwise the browser's preferred language.
fn not_found_page(state: &AppState, lang: Option<Lang>, headers: &HeaderMap) -> Response {
    let (lang, text) = match lang {
        Some(l) => (l, strings(l).article_not_found_text),
        None => {
            let l = accept_language(&state.engine().index().site, headers);
            (l, strings(l).not_found_text)
        }
    };
    message_page(
        state,
        lang,
        StatusCode::NOT_FOUND,
        strings(lang).not_found_title,
        text,
    )
}

/// A localised 500 page; the cause has been logged by the caller.
fn error_page(state: &AppState, lang: Lang) -> Response {
    let t = strings(lang);
    message_page(
        state,
        lang,
        StatusCode::INTERNAL_SERVER_ERROR,
        t.error_title,
        t.error_text,
    )
}

/// A localised error page for an answer made outside the page handlers (busy, rate limited,
/// timed out, body too large); `text` says what happened and what to do.
pub fn refusal_page(state: &AppState, lang: Lang, status: StatusCode, text: &str) -> Response {
    message_page(state, lang, status, strings(lang).error_title, text)
}

/// A localised 400 page.
fn bad_request_page(state: &AppState, lang: Lang) -> Response {
    let t = strings(lang);
    message_page(
        state,
        lang,
        StatusCode::BAD_REQUEST,
        t.error_title,
        t.bad_request_text,
    )
}

fn message_page(
    state: &AppState,
    lang: Lang,
    status: StatusCode,
    title: &str,
    text: &str,
) -> Response {
    let engine = state.engine();
    let index = engine.index();
    html_response(
        status,
        message_html(&index.site, &index.catalog, lang, title, text),
    )
}

/// Renders a page that says one thing and offers the search box and the way home.
fn message_html(site: &Site, catalog: &Catalog, lang: Lang, title: &str, text: &str) -> String {
    let t = strings(lang);
    let main = html! {
        div class="container message-page" {
            h1 { (title) }
            p { (text) }
            (search_form(site, lang, "", SearchStyle::Hero, &[]))
            p { a href={ "/" (lang.code()) "/" } { (t.back_home) } }
        }
    };
    render(&Page {
        site,
        lang,
        title,
        description: None,
        kind: "page-message",
        langs: LangLink::homes(site),
        search: SearchPlacement::InPage,
        main,
        contact_url: contact_url(site, catalog, lang),
        head: html! {},
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_languages_are_exact_codes() {
        assert_eq!(page_lang("fa"), Some(Lang::Fa));
        for bad in ["FA", "fa-IR", "", "xx", "assets", "fa_IR"] {
            assert_eq!(page_lang(bad), None, "{bad}");
        }
    }

    #[test]
    fn message_pages_are_localised_and_have_a_search_box() {
        let catalog = listing::tests::sample();
        let t = strings(Lang::Zh);
        let site = layout::tests::falak();
        let html = message_html(
            &site,
            &catalog,
            Lang::Zh,
            t.not_found_title,
            t.not_found_text,
        );
        assert!(html.contains("<title>找不到页面 – Falak 帮助中心</title>"));
        assert!(html.contains("<h1>找不到页面</h1>"));
        assert!(html.contains("action=\"/zh/search\""));
        assert!(html.contains("<a href=\"/zh/\">返回帮助中心首页</a>"));
    }
}
