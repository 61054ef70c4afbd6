//! The admin pages: `/admin/insights`, the insights report for a period and a language, and
//! `/admin/insights/{table}.csv`, each of its tables as CSV. Both are for the help center's
//! team only: they answer only in an admin session (the [`LoggedIn<AdminRealm>`] of
//! [`crate::web::login`], which also serves the sign-in form; the downloads also to a script
//! sending the admin token as a bearer token), and are off without `--admin-token`.
//!
//! The interface language is `lang` (en, ar, fa, zh; else the browser's), as on the sign-in
//! form; the language of the searches reported is `search_lang`. The report is read from the
//! store the recorder writes to, on the blocking pool, opening it for the request (SQLite: a
//! file; PostgreSQL: one connection), so a slow or absent store never holds up searches.

mod chart;
mod report;
pub mod strings;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::accept_language::preferred_among;
use super::layout::{html_response, render, LangLink, Page, SearchPlacement};
use crate::content::Site;
use crate::insights::{
    civil_date, now_unix, parse_civil_date, Report, ReportOptions, Store, TableKind,
};
use crate::lang::Lang;
use crate::web::constant_time_eq;
use crate::web::login::{AdminRealm, LoggedIn};
use crate::web::pages::html::with_query;
use crate::web::state::AppState;
use report::{report_main, Body};
use strings::admin_strings;

/// Rows per table on the page.
const PAGE_ROWS: usize = 50;
/// Rows per table in a CSV download.
const CSV_ROWS: usize = 10_000;
/// Days the report covers by default (today included).
const DEFAULT_DAYS: i64 = 30;

/// Query of the report page and its downloads.
#[derive(Debug, Default, Deserialize)]
pub struct ReportParams {
    pub from: Option<String>,
    pub to: Option<String>,
    /// The language of the searches reported; all without one.
    pub search_lang: Option<String>,
    /// The interface language.
    pub lang: Option<String>,
}

/// The period and language asked for, as the form shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportQuery {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day, `YYYY-MM-DD`.
    pub to: String,
    /// The language of the searches reported.
    pub lang: Option<Lang>,
}

impl ReportQuery {
    /// The query of `params` with the defaults filled in (the last [`DEFAULT_DAYS`] days).
    fn of(params: &ReportParams) -> ReportQuery {
        let today = now_unix().div_euclid(86_400);
        let nonempty = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        ReportQuery {
            from: nonempty(&params.from).unwrap_or_else(|| civil_date(today - DEFAULT_DAYS + 1)),
            to: nonempty(&params.to).unwrap_or_else(|| civil_date(today)),
            lang: params
                .search_lang
                .as_deref()
                .and_then(|l| Lang::from_code(l).filter(|x| x.code() == l)),
        }
    }

    /// The query's URL parameters, with interface language `ui`.
    pub fn pairs(&self, ui: Lang) -> [(&'static str, &str); 4] {
        [
            ("from", &self.from),
            ("to", &self.to),
            ("search_lang", self.lang.map_or("", |l| l.code())),
            ("lang", ui.code()),
        ]
    }

    /// The report's options, or `None` when the dates are not days or out of order.
    fn options(&self, limit: usize) -> Option<ReportOptions> {
        let from = parse_civil_date(&self.from)?;
        let to = parse_civil_date(&self.to)?;
        (from <= to).then_some(ReportOptions {
            since: from * 86_400,
            until: Some((to + 1) * 86_400),
            lang: self.lang,
            limit,
            learning: None,
        })
    }
}

/// The interface language: `lang` when it is one, else the browser's among all four (the
/// admin pages are dalil's, whatever languages the help center publishes).
fn ui_lang(lang: Option<&str>, headers: &HeaderMap) -> Lang {
    lang.and_then(|u| Lang::from_code(u).filter(|l| l.code() == u))
        .unwrap_or_else(|| {
            let accept = headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok());
            preferred_among(accept, &Lang::ALL, Lang::En)
        })
}

/// Whether the request carries the admin token as `Authorization: Bearer` (scripts).
fn bearer_ok(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(expected) = state
        .config()
        .admin_token
        .as_deref()
        .filter(|t| !t.is_empty())
    else {
        return false;
    };
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|given| constant_time_eq(given.as_bytes(), expected.as_bytes()))
}

/// `GET /admin`: the report.
pub async fn admin_root(headers: HeaderMap) -> Response {
    let mut resp = StatusCode::SEE_OTHER.into_response();
    let url = with_query(
        "/admin/insights",
        &[("lang", ui_lang(None, &headers).code())],
    );
    if let Ok(v) = HeaderValue::from_str(&url) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    resp
}

/// A page of the admin shell: the language switcher's links come from `switch_to`.
fn admin_page(
    site: &Site,
    status: StatusCode,
    ui: Lang,
    title: &str,
    main: maud::Markup,
    switch_to: impl Fn(Lang) -> String,
) -> Response {
    let langs = Lang::ALL
        .into_iter()
        .map(|lang| LangLink {
            lang,
            url: switch_to(lang),
        })
        .collect();
    let mut resp = html_response(
        status,
        render(&Page {
            site,
            lang: ui,
            title,
            description: None,
            kind: "page-admin",
            langs,
            search: SearchPlacement::InPage,
            main,
            contact_url: None,
            head: maud::html! {},
        }),
    );
    no_store(&mut resp);
    resp
}

/// Reports hold what customers typed: never kept by a browser or a proxy.
fn no_store(resp: &mut Response) {
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

/// Why there is no report.
enum Unavailable {
    /// Insights are not recorded (`--no-insights`).
    Off,
    /// The store cannot be read (logged).
    Store,
}

/// Builds the report on the blocking pool from the recorder's store.
async fn build_report(state: &AppState, opts: ReportOptions) -> Result<Report, Unavailable> {
    let Some(backend) = state.insights().backend().cloned() else {
        return Err(Unavailable::Off);
    };
    let engine = state.engine();
    // The "learned from clicks" and "learned words" tables are the prior in force (empty when
    // learning is off): what search ranks with, not learned again for the page.
    let learned = state.learned();
    let prior = engine.learned().snapshot().prior;
    let result = tokio::task::spawn_blocking(move || {
        let mut store = Store::open(&backend)?;
        let limit = opts.limit;
        Report::build(&mut store, &opts, Some(&engine.index().catalog)).map(|r| {
            r.with_learned(&learned.pairs, limit)
                .with_learned_words(prior.vocabulary(), limit)
                .with_words_to_teach(&learned.pairs, engine.index(), limit)
        })
    })
    .await;
    match result {
        Ok(Ok(report)) => Ok(report),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "reading the insights report failed");
            Err(Unavailable::Store)
        }
        Err(e) => {
            tracing::error!(error = %e, "insights report task failed");
            Err(Unavailable::Store)
        }
    }
}

/// `GET /admin/insights`; without a session the sign-in form answers instead.
pub async fn insights_page(
    State(state): State<AppState>,
    LoggedIn(session, _): LoggedIn<AdminRealm>,
    params: Result<Query<ReportParams>, QueryRejection>,
) -> Response {
    let params = params.map(|Query(p)| p).unwrap_or_default();
    let ui = session.lang();
    let s = admin_strings(ui);
    let query = ReportQuery::of(&params);
    let (status, report) = match query.options(PAGE_ROWS) {
        None => (StatusCode::BAD_REQUEST, Err(s.bad_dates)),
        Some(opts) => match build_report(&state, opts).await {
            Ok(report) => (StatusCode::OK, Ok(report)),
            Err(Unavailable::Off) => (StatusCode::OK, Err(s.recording_off)),
            Err(Unavailable::Store) => (StatusCode::SERVICE_UNAVAILABLE, Err(s.store_unavailable)),
        },
    };
    let body = match &report {
        Ok(report) => Body::Report(report),
        Err(text) => Body::Message(text),
    };
    let main = report_main(ui, session.logout_form(), &query, body);
    let engine = state.engine();
    admin_page(
        &engine.index().site,
        status,
        ui,
        s.insights_title,
        main,
        |l| with_query("/admin/insights", &query.pairs(l)),
    )
}

/// `GET /admin/insights/{table}.csv`: in an admin session, or for a script sending the admin
/// token as a bearer token (otherwise 401: a status, not the sign-in form).
pub async fn insights_csv(
    State(state): State<AppState>,
    session: Result<LoggedIn<AdminRealm>, Response>,
    Path(file): Path<String>,
    headers: HeaderMap,
    params: Result<Query<ReportParams>, QueryRejection>,
) -> Response {
    if let Err(refused) = session {
        if !bearer_ok(&state, &headers) {
            return match refused.status() {
                StatusCode::UNAUTHORIZED => (
                    StatusCode::UNAUTHORIZED,
                    "sign in at /admin/login, or send the admin token as Authorization: Bearer",
                )
                    .into_response(),
                _ => refused,
            };
        }
    }
    let params = params.map(|Query(p)| p).unwrap_or_default();
    let s = admin_strings(ui_lang(params.lang.as_deref(), &headers));
    let Some(kind) = file.strip_suffix(".csv").and_then(TableKind::from_slug) else {
        return (StatusCode::NOT_FOUND, "no such table").into_response();
    };
    let query = ReportQuery::of(&params);
    let Some(opts) = query.options(CSV_ROWS) else {
        return (StatusCode::BAD_REQUEST, s.bad_dates).into_response();
    };
    let report = match build_report(&state, opts).await {
        Ok(report) => report,
        Err(Unavailable::Off) => return (StatusCode::NOT_FOUND, s.recording_off).into_response(),
        Err(Unavailable::Store) => {
            return (StatusCode::SERVICE_UNAVAILABLE, s.store_unavailable).into_response()
        }
    };
    let name = format!(
        "dalil-{}-{}-{}{}.csv",
        kind.slug(),
        query.from,
        query.to,
        query
            .lang
            .map_or(String::new(), |l| format!("-{}", l.code()))
    );
    let mut resp = (StatusCode::OK, report.table(kind).to_csv()).into_response();
    let headers = resp.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    // The name is built from a slug and checked dates only: nothing to escape.
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    no_store(&mut resp);
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_queries_default_to_the_last_thirty_days_and_check_dates() {
        let q = ReportQuery::of(&ReportParams::default());
        let opts = q.options(10).unwrap();
        assert_eq!(opts.until.unwrap() - opts.since, DEFAULT_DAYS * 86_400);
        let q = ReportQuery::of(&ReportParams {
            from: Some("2026-11-30".into()),
            to: Some("2026-11-01".into()),
            search_lang: Some("fa".into()),
            lang: None,
        });
        assert_eq!(q.lang, Some(Lang::Fa));
        assert!(q.options(10).is_none(), "from after to");
        let q = ReportQuery::of(&ReportParams {
            from: Some("2026-02-31".into()),
            search_lang: Some("FA".into()),
            ..ReportParams::default()
        });
        assert!(q.options(10).is_none());
        assert_eq!(q.lang, None);
        assert_eq!(
            with_query("/admin/insights", &q.pairs(Lang::Ar)),
            format!("/admin/insights?from=2026-02-31&to={}&lang=ar", q.to)
        );
    }
}
