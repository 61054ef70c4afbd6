//! The agents' workspace at `/agent`: a support agent pastes a customer's message and gets
//! the suggested answers in the customer's language, each with the same answer in the agent's
//! own language beside it, ready to copy. Behind the `--agent-token` login ([`super::login`]).
//!
//! - `GET /agent` the form; `POST /agent` the form with the answers rendered on the server
//!   (works without JavaScript); `/assets/agent.js` sends the form without a reload, remembers
//!   the agent's language, moves between answers with the arrow keys and copies with Enter.
//! - `?embed=1`: the compact view for a help desk's sidebar. Which sites may frame the page is
//!   `--frame-ancestors` (CSP `frame-ancestors`); none by default.
//! - `POST /agent/copied`: the script records a copied answer (an insights copy event).

mod page;
mod strings;

use axum::extract::rejection::{FormRejection, JsonRejection, QueryRejection};
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;

use strings::agent_strings;

use super::api::{run_suggest, SuggestBody};
use super::error::ApiError;
use super::login::{AgentRealm, LoggedIn, Session, CSRF_HEADER};
use super::state::AppState;
use crate::insights::{is_search_id, now_unix, CopyEvent, Event};
use crate::lang::Lang;
use crate::search::MAX_MESSAGE_BYTES;
use page::{agent_page, FormValues, Outcome};

/// Answers suggested on the page.
const PAGE_SUGGESTIONS: usize = 5;

/// Routes of the workspace.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/agent", get(show).post(ask))
        .route("/agent/copied", post(copied))
}

/// Query of `GET /agent`.
#[derive(Debug, Default, Deserialize)]
struct PageQuery {
    embed: Option<String>,
    agent: Option<String>,
}

/// The form as sent.
#[derive(Debug, Default, Deserialize)]
struct AskForm {
    #[serde(default)]
    text: String,
    customer_lang: Option<String>,
    agent_lang: Option<String>,
    embed: Option<String>,
    csrf: Option<String>,
}

fn lang_of(code: Option<&str>) -> Option<Lang> {
    code.and_then(|c| Lang::from_code(c).filter(|l| l.code() == c))
}

/// `GET /agent`.
async fn show(
    State(state): State<AppState>,
    LoggedIn(session, _): LoggedIn<AgentRealm>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Response {
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let form = FormValues {
        agent_lang: lang_of(q.agent.as_deref()),
        ..FormValues::default()
    };
    let embed = q.embed.as_deref() == Some("1");
    respond(
        &state,
        &session,
        embed,
        &form,
        &Outcome::Empty,
        StatusCode::OK,
    )
}

/// `POST /agent`: the answers, rendered on the server.
async fn ask(
    State(state): State<AppState>,
    LoggedIn(session, _): LoggedIn<AgentRealm>,
    form: Result<Form<AskForm>, FormRejection>,
) -> Response {
    let Form(f) = match form {
        Ok(f) => f,
        Err(e) => {
            return ApiError::bad_request(format!("the form could not be read: {e}"))
                .into_response()
        }
    };
    if let Err(refused) = session.check_csrf(f.csrf.as_deref()) {
        return refused.answer(&state.engine().index().site);
    }
    let embed = f.embed.as_deref() == Some("1");
    let values = FormValues {
        customer_lang: lang_of(f.customer_lang.as_deref()),
        agent_lang: lang_of(f.agent_lang.as_deref()),
        text: f.text,
    };
    let t = agent_strings(session.lang());
    let problem = if values.text.trim().is_empty() {
        Some(t.empty_message)
    } else if values.text.len() > MAX_MESSAGE_BYTES {
        Some(t.too_long)
    } else {
        None
    };
    if let Some(problem) = problem {
        let outcome = Outcome::Problem(problem);
        let status = StatusCode::BAD_REQUEST;
        return respond(&state, &session, embed, &values, &outcome, status);
    }
    let body = SuggestBody {
        text: values.text.clone(),
        lang: values.customer_lang.map(|l| l.code().to_string()),
        limit: Some(PAGE_SUGGESTIONS),
        agent_lang: Some(
            values
                .agent_lang
                .unwrap_or(session.lang())
                .code()
                .to_string(),
        ),
    };
    match run_suggest(&state, body).await {
        Ok((resp, search_id)) => {
            let outcome = Outcome::Answers(resp, search_id);
            respond(&state, &session, embed, &values, &outcome, StatusCode::OK)
        }
        Err(ApiError::Client(status, _)) => {
            let outcome = Outcome::Problem(t.empty_message);
            respond(&state, &session, embed, &values, &outcome, status)
        }
        Err(e) => e.into_response(),
    }
}

/// A finished workspace page: never cached, framed only by the configured ancestors.
fn respond(
    state: &AppState,
    session: &Session,
    embed: bool,
    form: &FormValues,
    outcome: &Outcome,
    status: StatusCode,
) -> Response {
    let body = agent_page(session, embed, form, outcome);
    let mut resp = (status, body).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    super::frame::allow_framing(&mut resp, &state.config().frame_ancestors);
    resp
}

/// Body of `POST /agent/copied`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CopiedBody {
    lang: String,
    id: String,
    #[serde(default)]
    anchor: String,
    search_id: Option<String>,
}

/// `POST /agent/copied`: an agent copied a suggested answer (the script sends the session's
/// CSRF token in `x-csrf-token`). Only an existing article and one of its own anchors are
/// recorded.
async fn copied(
    State(state): State<AppState>,
    LoggedIn(session, _): LoggedIn<AgentRealm>,
    headers: HeaderMap,
    body: Result<Json<CopiedBody>, JsonRejection>,
) -> Result<Response, ApiError> {
    let given = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
    if session.check_csrf(given).is_err() {
        return Err(ApiError::Client(
            StatusCode::FORBIDDEN,
            "missing or wrong CSRF token: reload the workspace".into(),
        ));
    }
    let Json(body) = body?;
    let lang = lang_of(Some(&body.lang)).ok_or_else(|| {
        ApiError::bad_request(format!(
            "lang must be one of en, ar, fa, zh, not {:?}",
            body.lang
        ))
    })?;
    let engine = state.engine();
    let Some(meta) = engine.index().catalog.get(lang, &body.id) else {
        return Err(ApiError::not_found(format!(
            "no article {:?} in {lang}",
            body.id
        )));
    };
    let anchor = if meta.headings.iter().any(|(a, _)| *a == body.anchor) {
        body.anchor
    } else {
        String::new()
    };
    state.insights().record(Event::Copy(CopyEvent {
        at: now_unix(),
        search_id: body.search_id.filter(|s| is_search_id(s)),
        lang: lang.code().to_string(),
        article: meta.id.clone(),
        anchor,
    }));
    Ok(StatusCode::NO_CONTENT.into_response())
}
