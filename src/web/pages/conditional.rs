//! Conditional requests: `ETag` and `Last-Modified` on help pages and assets, and the 304 a
//! client gets when it already has the version it asks about.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::content::site::fnv1a;

/// Whether `If-None-Match` names `etag` (or `*`).
pub fn etag_matches(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',').any(|t| {
                let t = t.trim();
                t == "*" || t.strip_prefix("W/").unwrap_or(t) == etag
            })
        })
}

/// A page's answer with validators: a strong `ETag` of the body, `Last-Modified` when the
/// page has a date, and a 304 without a body when the client's copy is current. The ETag comes
/// from the bytes sent, so it changes whenever the page does (a new index, a new site file).
pub fn page_response(
    headers: &HeaderMap,
    status: StatusCode,
    content_type: &'static str,
    body: String,
    last_modified: Option<&str>,
) -> Response {
    let etag = format!("\"{:016x}\"", fnv1a(body.as_bytes()));
    let modified = last_modified.and_then(http_date);
    let fresh = if headers.contains_key(header::IF_NONE_MATCH) {
        etag_matches(headers, &etag)
    } else {
        // Only when there is no If-None-Match (RFC 9110 13.1.3).
        match (&modified, headers.get(header::IF_MODIFIED_SINCE)) {
            (Some(m), Some(since)) => since.to_str().is_ok_and(|s| s == m),
            _ => false,
        }
    };
    let mut resp = if status == StatusCode::OK && fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut resp = (status, body).into_response();
        resp.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        resp
    };
    let h = resp.headers_mut();
    if status == StatusCode::OK {
        if let Ok(v) = HeaderValue::from_str(&etag) {
            h.insert(header::ETAG, v);
        }
        if let Some(v) = modified.and_then(|m| HeaderValue::from_str(&m).ok()) {
            h.insert(header::LAST_MODIFIED, v);
        }
    }
    resp
}

/// `YYYY-MM-DD` -> the HTTP date of that day's midnight UTC (`Fri, 20 Nov 2026 00:00:00 GMT`).
pub fn http_date(ymd: &str) -> Option<String> {
    let mut parts = ymd.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1970..=9999).contains(&y) {
        return None;
    }
    // Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    let (y2, m2) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * i64::from(m2) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let weekday = WEEKDAYS[usize::try_from(days.rem_euclid(7)).ok()?];
    let month = MONTHS[usize::try_from(m - 1).ok()?];
    Some(format!("{weekday}, {d:02} {month} {y} 00:00:00 GMT"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates() {
        assert_eq!(
            http_date("2026-11-20").as_deref(),
            Some("Fri, 20 Nov 2026 00:00:00 GMT")
        );
        assert_eq!(
            http_date("1970-01-01").as_deref(),
            Some("Thu, 01 Jan 1970 00:00:00 GMT")
        );
        assert_eq!(
            http_date("2024-02-29").as_deref(),
            Some("Thu, 29 Feb 2024 00:00:00 GMT")
        );
        assert_eq!(http_date("soon"), None);
        assert_eq!(http_date("2026-13-01"), None);
    }

    #[test]
    fn a_matching_etag_is_a_304_and_another_a_200() {
        let first = page_response(
            &HeaderMap::new(),
            StatusCode::OK,
            "text/html",
            "x".into(),
            Some("2026-11-20"),
        );
        let etag = first.headers()[header::ETAG].clone();
        assert!(first.headers().contains_key(header::LAST_MODIFIED));
        let mut h = HeaderMap::new();
        h.insert(header::IF_NONE_MATCH, etag);
        let again = page_response(&h, StatusCode::OK, "text/html", "x".into(), None);
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        let changed = page_response(&h, StatusCode::OK, "text/html", "y".into(), None);
        assert_eq!(changed.status(), StatusCode::OK);
    }
}
