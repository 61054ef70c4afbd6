//! JSON API handlers: search, autocomplete, suggested answers, articles, feedback, health,
//! metrics and the admin reload.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

use super::error::ApiError;
use super::feedback::validated;
use super::insights;
use super::metrics::AnswerKind;
use super::state::AppState;
use crate::content::ArticleType;
use crate::insights::{Source, MAX_COMMENT_CHARS};
use crate::lang::Lang;
use crate::search::{SearchRequest, SuggestRequest, MAX_LIMIT};

/// Results per page when `limit` is not given.
const DEFAULT_LIMIT: usize = 10;
const DEFAULT_SUGGESTIONS: usize = 3;
const AUTOCOMPLETE_LIMIT: usize = 6;

/// Query parameters of `/api/search`, all optional strings so that bad values get our message.
#[derive(Debug, Default, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    pub lang: Option<String>,
    pub category: Option<String>,
    #[serde(rename = "type")]
    pub article_type: Option<String>,
    pub limit: Option<String>,
    pub offset: Option<String>,
    /// `widget` when the help widget searches (recorded as such in insights); anything else
    /// is an API search.
    pub source: Option<String>,
}

/// Parses an optional `lang` parameter (empty means absent).
pub fn parse_lang(lang: Option<&str>) -> Result<Option<Lang>, ApiError> {
    match lang.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(code) => code
            .parse::<Lang>()
            .map(Some)
            .map_err(|e| ApiError::bad_request(e.to_string())),
    }
}

fn parse_number(
    name: &str,
    value: Option<&str>,
    default: usize,
    (min, max): (usize, usize),
) -> Result<usize, ApiError> {
    let Some(v) = value.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(default);
    };
    match v.parse::<usize>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(ApiError::bad_request(format!(
            "{name} must be a whole number from {min} to {max}, not {v:?}"
        ))),
    }
}

impl SearchParams {
    /// Validates the parameters into a search request.
    pub fn into_request(self) -> Result<SearchRequest, ApiError> {
        let limit = parse_number(
            "limit",
            self.limit.as_deref(),
            DEFAULT_LIMIT,
            (1, MAX_LIMIT),
        )?;
        let article_type = match self.article_type.filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => Some(ArticleType::parse(&t).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "type must be {}, not {t:?}",
                    ArticleType::spellings()
                ))
            })?),
        };
        Ok(SearchRequest {
            q: self.q.unwrap_or_default(),
            lang: parse_lang(self.lang.as_deref())?,
            category: self.category.filter(|c| !c.is_empty()),
            article_type,
            limit,
            offset: parse_number(
                "offset",
                self.offset.as_deref(),
                0,
                (0, crate::search::MAX_OFFSET),
            )?,
        })
    }
}

/// Indexes of at most this many sections are searched on the async thread that received the
/// request; larger ones in the blocking pool.
pub const INLINE_SEARCH_MAX_SECTIONS: u64 = 20_000;

/// Runs a search: on the async thread that received it when the index is small, else in the
/// blocking pool.
///
/// On a help center's index a search is CPU work of a fraction of a millisecond, and the hop
/// to the blocking pool and back cost two thread switches per request and let more searches
/// run at once than there are cores (docs/PERFORMANCE.md, issue 15): run inline, at most one
/// search per core runs at a time and the others wait their turn in their connections. On a
/// large index one search can take tens of milliseconds (a costly query up to its 250 ms
/// bound), and a few at once would hold every async thread, so that health checks, pages
/// and slow clients' connections wait behind them: those go to the pool (capped at two
/// threads per core), which keeps the async threads free.
pub async fn run_search(
    state: &AppState,
    req: SearchRequest,
) -> Result<crate::search::SearchResponse, ApiError> {
    let engine = state.engine();
    let remember = state.config().remember_answers;
    if remember {
        // A remembered answer costs microseconds: no hop to the blocking pool for it.
        if let Some(resp) = engine.search_remembered(&req) {
            state.metrics().count_answer(AnswerKind::Search, true);
            return Ok(resp);
        }
    }
    let small = engine.index().searcher().num_docs() <= INLINE_SEARCH_MAX_SECTIONS;
    let search = move || {
        if remember {
            engine.search_remembering(&req)
        } else {
            engine.search(&req)
        }
    };
    let resp = if small {
        search()
    } else {
        tokio::task::spawn_blocking(search)
            .await
            .map_err(|e| ApiError::Internal(format!("search task failed: {e}")))?
    }
    .map_err(ApiError::from)?;
    state.metrics().count_answer(AnswerKind::Search, false);
    Ok(resp)
}

/// `GET /api/search`.
pub async fn search(
    State(state): State<AppState>,
    params: Result<Query<SearchParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(params) = params?;
    let source = match params.source.as_deref() {
        Some("widget") => Source::Widget,
        _ => Source::Api,
    };
    let req = params.into_request()?;
    let (lang_asked, started) = (req.lang, Instant::now());
    let resp = run_search(&state, req).await?;
    insights::record_search(&state, source, lang_asked, &resp, started.elapsed());
    Ok(Json(resp).into_response())
}

/// Query parameters of `/api/autocomplete`.
#[derive(Debug, Deserialize)]
pub struct AutocompleteParams {
    pub q: Option<String>,
    pub lang: Option<String>,
}

/// `GET /api/autocomplete`.
pub async fn autocomplete(
    State(state): State<AppState>,
    params: Result<Query<AutocompleteParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(params) = params?;
    let lang = parse_lang(params.lang.as_deref())?;
    let q = params.q.unwrap_or_default();
    let engine = state.engine();
    // The completion index answers in microseconds: a hop to the blocking pool would cost more.
    if let Some(resp) = engine.autocomplete_indexed(&q, lang, AUTOCOMPLETE_LIMIT)? {
        state.metrics().count_answer(AnswerKind::Completion, false);
        return Ok(Json(resp).into_response());
    }
    if state.config().remember_answers {
        if let Some(resp) = engine.autocomplete_remembered(&q, lang, AUTOCOMPLETE_LIMIT) {
            state.metrics().count_answer(AnswerKind::Completion, true);
            return Ok(Json(resp).into_response());
        }
    }
    let resp = tokio::task::spawn_blocking(move || {
        engine.autocomplete_without_waiting(&q, lang, AUTOCOMPLETE_LIMIT)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("autocomplete task failed: {e}")))??;
    state.metrics().count_answer(AnswerKind::Completion, false);
    Ok(Json(resp).into_response())
}

/// Body of `POST /api/suggest`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestBody {
    pub text: String,
    pub lang: Option<String>,
    pub limit: Option<usize>,
    /// The agent's language: each answer then carries its `translation` into it.
    pub agent_lang: Option<String>,
}

/// `POST /api/suggest`.
pub async fn suggest(
    State(state): State<AppState>,
    body: Result<Json<SuggestBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(body) = body?;
    let (resp, search_id) = run_suggest(&state, body).await?;
    let mut json = serde_json::to_value(&resp)
        .map_err(|e| ApiError::Internal(format!("serialising suggestions: {e}")))?;
    if let (Some(id), Some(obj)) = (search_id, json.as_object_mut()) {
        obj.insert("search_id".into(), json!(id));
    }
    Ok(Json(json).into_response())
}

/// Validates a suggest request, runs it off the async threads (with the translations into
/// the agent's language when asked) and records it; returns the answer and, when recorded,
/// its search id (what a copied answer is tied to).
pub async fn run_suggest(
    state: &AppState,
    body: SuggestBody,
) -> Result<(crate::search::SuggestResponse, Option<String>), ApiError> {
    let limit = body.limit.unwrap_or(DEFAULT_SUGGESTIONS);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {MAX_LIMIT}"
        )));
    }
    let agent_lang = parse_lang(body.agent_lang.as_deref())?;
    let req = SuggestRequest {
        text: body.text,
        lang: parse_lang(body.lang.as_deref())?,
        limit,
    };
    let engine = state.engine();
    let (lang_asked, started) = (req.lang, Instant::now());
    let resp = tokio::task::spawn_blocking(move || {
        let mut resp = engine.suggest(&req)?;
        if let Some(agent_lang) = agent_lang {
            engine.translate_answers(&mut resp.answers, agent_lang)?;
        }
        Ok::<_, crate::search::SearchError>(resp)
    })
    .await
    .map_err(|e| ApiError::Internal(format!("suggest task failed: {e}")))??;
    let search_id = insights::record_suggest(state, lang_asked, &resp, started.elapsed());
    Ok((resp, search_id))
}

/// `GET /api/articles/{lang}/{id}`.
pub async fn article(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let lang = parse_lang(Some(&lang))?.ok_or_else(|| ApiError::bad_request("lang is required"))?;
    if !is_article_id(&id) {
        return Err(ApiError::bad_request(
            "article ids are lowercase letters, digits and '-', at most 128 characters",
        ));
    }
    let engine = state.engine();
    let id2 = id.clone();
    let view = tokio::task::spawn_blocking(move || engine.article(lang, &id2))
        .await
        .map_err(|e| ApiError::Internal(format!("article task failed: {e}")))??;
    match view {
        Some(v) => Ok(Json(v).into_response()),
        None => Err(ApiError::not_found(format!("no article {id:?} in {lang}"))),
    }
}

/// Whether a string is a valid article id (the content's rule, [`crate::content::is_valid_id`]);
/// also what keeps paths out.
pub fn is_article_id(id: &str) -> bool {
    crate::content::is_valid_id(id)
}

/// Body of `POST /api/feedback`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackBody {
    pub lang: String,
    pub id: String,
    pub anchor: Option<String>,
    pub helpful: bool,
    /// Why not, when `helpful` is false (at most [`MAX_COMMENT_CHARS`] characters).
    pub comment: Option<String>,
}

/// `POST /api/feedback`: appends to the feedback log.
pub async fn feedback(
    State(state): State<AppState>,
    body: Result<Json<FeedbackBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(body) = body?;
    let lang =
        parse_lang(Some(&body.lang))?.ok_or_else(|| ApiError::bad_request("lang is required"))?;
    if body
        .anchor
        .as_ref()
        .is_some_and(|a| a.chars().count() > 200)
    {
        return Err(ApiError::bad_request("anchor is too long"));
    }
    if body
        .comment
        .as_ref()
        .is_some_and(|c| c.chars().count() > MAX_COMMENT_CHARS)
    {
        return Err(ApiError::bad_request(format!(
            "comment must be at most {MAX_COMMENT_CHARS} characters"
        )));
    }
    let at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let Some(record) = validated(
        &state.engine().index().catalog,
        lang,
        &body.id,
        body.anchor.as_deref(),
        body.helpful,
        at,
    ) else {
        return Err(ApiError::not_found(format!(
            "no article {:?} in {lang}",
            body.id
        )));
    };
    // Into the store only what passed the same checks as the log (an existing article; an
    // anchor kept only when it is one of its sections).
    insights::record_feedback(
        &state,
        lang,
        &record.id,
        record.anchor.as_deref(),
        record.helpful,
        body.comment.as_deref(),
    );
    let state2 = state.clone();
    tokio::task::spawn_blocking(move || state2.feedback().append(&record))
        .await
        .map_err(|e| ApiError::Internal(format!("feedback task failed: {e}")))?
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::StorageFull {
                tracing::error!(error = %e, "feedback refused");
                ApiError::Client(
                    StatusCode::INSUFFICIENT_STORAGE,
                    "feedback cannot be stored at the moment; thank you all the same".into(),
                )
            } else {
                ApiError::Internal(format!("writing feedback: {e}"))
            }
        })?;
    Ok((StatusCode::CREATED, Json(json!({ "ok": true }))).into_response())
}

/// `GET /healthz`: 200 when an index is loaded.
pub async fn healthz(State(state): State<AppState>) -> Response {
    let engine = state.engine();
    let idx = engine.index();
    Json(json!({
        "status": "ok",
        "build": idx.dir.file_name().map(|n| n.to_string_lossy().to_string()),
        "articles": idx.catalog.all().len(),
        "built_at": idx.manifest.built_at,
    }))
    .into_response()
}

/// `GET /metrics`: Prometheus text.
pub async fn metrics(State(state): State<AppState>) -> Response {
    let engine = state.engine();
    let idx = engine.index().clone();
    let (bytes, docs) =
        tokio::task::spawn_blocking(move || (idx.size_bytes(), idx.searcher().num_docs()))
            .await
            .unwrap_or((0, 0));
    let last = state
        .last_reload()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut body = state
        .metrics()
        .render(bytes, docs, engine.index().catalog.all().len(), last);
    body.push_str(&state.insights().render_metrics());
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
        .into_response()
}

/// `POST /admin/reload`: switch to the live index build now. Off unless a token is configured;
/// the token is compared in constant time.
pub async fn admin_reload(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let Some(expected) = state.config().admin_token.clone() else {
        return Err(ApiError::not_found(
            "admin endpoints are disabled (start with --admin-token)",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !constant_time_eq(given.as_bytes(), expected.as_bytes()) {
        return Err(ApiError::Client(
            StatusCode::UNAUTHORIZED,
            "missing or wrong admin token".into(),
        ));
    }
    let state2 = state.clone();
    let switched = tokio::task::spawn_blocking(move || state2.reload_if_changed())
        .await
        .map_err(|e| ApiError::Internal(format!("reload task failed: {e}")))?
        .map_err(|e| {
            ApiError::Client(
                StatusCode::CONFLICT,
                format!("the live build cannot be loaded, keeping the current one: {e}"),
            )
        })?;
    let build = state
        .engine()
        .index()
        .dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string());
    Ok(Json(json!({ "reloaded": switched, "build": build })).into_response())
}

/// Compares two byte strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= usize::from(x ^ y);
    }
    diff == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_time_eq_is_equality() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret-longer"));
        assert!(!constant_time_eq(b"", b"x"));
    }

    #[test]
    fn article_ids_keep_paths_out() {
        assert!(is_article_id("withdrawals-faq"));
        for bad in ["", "../etc", "a/b", "A", "a.md", "%2e%2e"] {
            assert!(!is_article_id(bad), "{bad}");
        }
    }
}
