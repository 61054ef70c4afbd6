//! Recording insights from requests: searches (page, API, agents), results opened through the
//! `/go` redirect, and "Was this helpful?" answers. Each only queues an event
//! ([`crate::insights::Recorder::record`] never waits), so recording cannot slow or fail a
//! request.

use std::time::Duration;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::api::{is_article_id, parse_lang};
use super::pages::html::{url_encode, with_query};
use super::state::AppState;
use crate::content::article_url;
use crate::insights::{
    is_search_id, new_search_id, now_unix, Event, FeedbackEvent, OpenEvent, SearchEvent, Source,
};
use crate::lang::Lang;
use crate::search::{SearchResponse, SuggestResponse};

/// Highest result position `/go` records (a page shows 10; later pages add their offset).
const MAX_POSITION: i64 = 1000;

/// Records a search; returns its id when recorded.
pub fn record_search(
    state: &AppState,
    source: Source,
    lang_asked: Option<Lang>,
    resp: &SearchResponse,
    took: Duration,
) -> Option<String> {
    let recorder = state.insights();
    if !recorder.is_enabled() {
        return None;
    }
    let id = new_search_id()?;
    recorder.record(Event::Search(SearchEvent::of_search(
        id.clone(),
        source,
        &resp.query,
        lang_asked,
        resp,
        took,
    )));
    Some(id)
}

/// Records an agent's request for suggested answers; returns its id when recorded.
pub fn record_suggest(
    state: &AppState,
    lang_asked: Option<Lang>,
    resp: &SuggestResponse,
    took: Duration,
) -> Option<String> {
    let recorder = state.insights();
    if !recorder.is_enabled() {
        return None;
    }
    let id = new_search_id()?;
    recorder.record(Event::Search(SearchEvent::of_suggest(
        id.clone(),
        lang_asked,
        resp,
        took,
    )));
    Some(id)
}

/// Records a results page's search and points its result links through `/go`, so that an
/// opened result is tied to the search (without JavaScript, without a cookie).
pub fn record_page_search(
    state: &AppState,
    lang: Lang,
    resp: &mut SearchResponse,
    took: Duration,
    offset: usize,
) {
    let Some(id) = record_search(state, Source::Page, Some(lang), resp, took) else {
        return;
    };
    for (i, hit) in resp.results.iter_mut().enumerate() {
        let position = offset + i + 1;
        hit.url = go_url(&id, &hit.url, position);
        for section in &mut hit.more_sections {
            section.url = go_url(&id, &section.url, position);
        }
    }
    if let Some(translations) = &mut resp.translations_available {
        for (i, t) in translations.iter_mut().enumerate() {
            t.url = go_url(&id, &t.url, offset + i + 1);
        }
    }
}

/// `/go?s=&l=&a=&h=&p=` for a result URL `/<lang>/<id>#<anchor>`.
fn go_url(search: &str, url: &str, position: usize) -> String {
    let (path, anchor) = url.split_once('#').unwrap_or((url, ""));
    let mut parts = path.trim_start_matches('/').splitn(2, '/');
    let (Some(lang), Some(id)) = (parts.next(), parts.next()) else {
        return url.to_string();
    };
    with_query(
        "/go",
        &[
            ("s", search),
            ("l", lang),
            ("a", id),
            ("h", anchor),
            ("p", &position.to_string()),
        ],
    )
}

/// Query parameters of `/go`.
#[derive(Debug, Default, Deserialize)]
pub struct GoParams {
    pub s: Option<String>,
    pub l: Option<String>,
    pub a: Option<String>,
    pub h: Option<String>,
    pub p: Option<String>,
}

/// `GET /go`: records that a result was opened and redirects to it. Only articles that exist
/// are redirected to, and the target is built here (`/<lang>/<id>#<anchor>`), so this is no
/// open redirect.
pub async fn go(
    State(state): State<AppState>,
    params: Result<Query<GoParams>, QueryRejection>,
) -> Response {
    let Ok(Query(params)) = params else {
        return (StatusCode::BAD_REQUEST, "bad link").into_response();
    };
    let lang = parse_lang(params.l.as_deref()).ok().flatten();
    let id = params.a.unwrap_or_default();
    let engine = state.engine();
    let meta = lang
        .filter(|_| is_article_id(&id))
        .and_then(|lang| engine.index().catalog.get(lang, &id));
    let (Some(lang), Some(meta)) = (lang, meta) else {
        return (StatusCode::NOT_FOUND, "no such article").into_response();
    };
    // Only one of the article's own anchors is kept.
    let anchor = params
        .h
        .filter(|h| meta.headings.iter().any(|(a, _)| a == h))
        .unwrap_or_default();
    if let Some(search_id) = params.s.filter(|s| is_search_id(s)) {
        let position = params
            .p
            .and_then(|p| p.parse::<i64>().ok())
            .filter(|p| (1..=MAX_POSITION).contains(p))
            .unwrap_or(0);
        state.insights().record(Event::Open(OpenEvent {
            search_id,
            at: now_unix(),
            lang: lang.code().to_string(),
            article: id.clone(),
            anchor: anchor.clone(),
            position,
        }));
    }
    // The anchor goes into a Location header: percent-encoded (headers are ASCII).
    let target = article_url(lang, &id, &url_encode(&anchor));
    let mut resp = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(&target) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// Records a "Was this helpful?" answer (after the caller checked the article exists).
pub fn record_feedback(
    state: &AppState,
    lang: Lang,
    id: &str,
    anchor: Option<&str>,
    helpful: bool,
    comment: Option<&str>,
) {
    state.insights().record(Event::Feedback(FeedbackEvent {
        at: now_unix(),
        lang: lang.code().to_string(),
        article: id.to_string(),
        anchor: anchor.unwrap_or_default().to_string(),
        helpful,
        // Only a "no" carries a comment.
        comment: comment
            .filter(|_| !helpful)
            .map(str::to_string)
            .filter(|c| !c.trim().is_empty()),
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_urls_carry_search_article_anchor_and_position() {
        let s = "0123456789abcdef0123456789abcdef";
        assert_eq!(
            go_url(s, "/en/fees-faq#how-much", 2),
            format!("/go?s={s}&l=en&a=fees-faq&h=how-much&p=2")
        );
        assert_eq!(
            go_url(s, "/fa/fees", 1),
            format!("/go?s={s}&l=fa&a=fees&p=1")
        );
        assert!(go_url(s, "/ar/x#سحب", 1).ends_with("&h=%D8%B3%D8%AD%D8%A8&p=1"));
    }
}
