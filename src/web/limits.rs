//! Load limits in front of every route: a global cap on requests in flight (503), a per-client
//! token bucket (429), caps on the request line, headers and declared body (414, 431, 413).
//! Refusals carry `Retry-After` where waiting helps, and the same JSON error shape as the API.
//!
//! Requests with a body wait for it while holding their place, so they have places of their
//! own (`MAX_BODIES_IN_FLIGHT`): clients that stall their uploads cannot take the places
//! searches need. Endpoints that store something (feedback, admin) have a per-client rate of
//! their own that is always on, whatever `--rate-limit` says.
//!
//! Health and metrics are exempt, so monitoring still sees a server that is refusing load.
//! A client is its IP address as the socket sees it: behind a reverse proxy every user is the
//! proxy, so there the proxy should rate-limit, and `--rate-limit` stays off (the default).

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// Default cap on requests being answered at once.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 256;
/// Default cap on the bytes of all request headers (names and values).
pub const DEFAULT_MAX_HEADER_BYTES: usize = 16 * 1024;
/// Longest request target (path and query string), in bytes.
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// Clients remembered by the rate limiter before idle ones are forgotten.
const MAX_TRACKED_CLIENTS: usize = 100_000;
/// Paths never limited: monitoring must see an overloaded server.
const EXEMPT_PATHS: [&str; 2] = ["/healthz", "/metrics"];
/// Requests with a body answered at once (their own places, apart from `max_in_flight`).
pub const MAX_BODIES_IN_FLIGHT: usize = 32;
/// Writes (feedback, admin) a client may make per second on average, always enforced.
pub const WRITE_RATE_PER_SECOND: f64 = 1.0;
/// Writes a client may make at once above [`WRITE_RATE_PER_SECOND`].
pub const WRITE_BURST: u32 = 10;
/// Largest request body, in bytes: a 32 KiB message plus JSON overhead.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The configured limits (flags of `dalil serve`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Requests per second a client may make on average; 0 turns rate limiting off.
    pub rate_per_second: f64,
    /// Requests a client may make at once above the average rate.
    pub burst: u32,
    /// Requests answered at once across all clients; 0 turns the cap off.
    pub max_in_flight: usize,
    /// Largest total size of a request's headers.
    pub max_header_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            rate_per_second: 0.0,
            burst: 20,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
            max_header_bytes: DEFAULT_MAX_HEADER_BYTES,
        }
    }
}

/// The running limiter, shared by all requests.
#[derive(Clone)]
pub struct Limiter {
    inner: Arc<Shared>,
}

struct Shared {
    limits: Limits,
    in_flight: AtomicUsize,
    bodies_in_flight: AtomicUsize,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
    write_buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Why a request was refused, and how long the client should wait.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Refusal {
    /// 429: this client is over its rate.
    RateLimited { retry_after_secs: u64 },
    /// 503: the server is answering as many requests as it may.
    Busy,
    /// 414: the path and query string are too long.
    UriTooLong,
    /// 431: the headers are too large.
    HeadersTooLarge { bytes: usize },
    /// 413: the declared body is larger than any request needs.
    BodyTooLarge { declared: u64 },
}

/// Holds one place among the requests in flight; gives it back on drop.
pub struct InFlight {
    shared: Arc<Shared>,
    body: bool,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.shared
            .counter(self.body)
            .fetch_sub(1, Ordering::AcqRel);
    }
}

impl Shared {
    fn counter(&self, body: bool) -> &AtomicUsize {
        if body {
            &self.bodies_in_flight
        } else {
            &self.in_flight
        }
    }
}

impl Limiter {
    /// A limiter with no client seen and nothing in flight.
    pub fn new(limits: Limits) -> Self {
        Limiter {
            inner: Arc::new(Shared {
                limits,
                in_flight: AtomicUsize::new(0),
                bodies_in_flight: AtomicUsize::new(0),
                buckets: Mutex::new(HashMap::new()),
                write_buckets: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// Takes one token of `client`'s bucket, or says how long until one is there.
    pub fn check_rate(&self, client: IpAddr, now: Instant) -> Result<(), Refusal> {
        let limits = &self.inner.limits;
        take_token(
            &self.inner.buckets,
            limits.rate_per_second,
            limits.burst,
            client,
            now,
        )
    }

    /// Takes one token of `client`'s write bucket (always on), or says how long to wait.
    pub fn check_write_rate(&self, client: IpAddr, now: Instant) -> Result<(), Refusal> {
        take_token(
            &self.inner.write_buckets,
            WRITE_RATE_PER_SECOND,
            WRITE_BURST,
            client,
            now,
        )
    }

    /// Takes a place among the requests in flight, or refuses when all are taken.
    pub fn enter(&self) -> Result<InFlight, Refusal> {
        self.enter_counted(false, self.inner.limits.max_in_flight)
    }

    /// Takes a place among the requests with a body, or refuses when all are taken.
    pub fn enter_with_body(&self) -> Result<InFlight, Refusal> {
        let max = match self.inner.limits.max_in_flight {
            0 => 0,
            general => MAX_BODIES_IN_FLIGHT.min(general),
        };
        self.enter_counted(true, max)
    }

    fn enter_counted(&self, body: bool, max: usize) -> Result<InFlight, Refusal> {
        let before = self.inner.counter(body).fetch_add(1, Ordering::AcqRel);
        let guard = InFlight {
            shared: self.inner.clone(),
            body,
        };
        if max > 0 && before >= max {
            return Err(Refusal::Busy);
        }
        Ok(guard)
    }

    /// Checks the request line and headers against the size limits.
    pub fn check_sizes(&self, req: &Request) -> Result<(), Refusal> {
        let uri_bytes = req.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
        if uri_bytes > MAX_URI_BYTES {
            return Err(Refusal::UriTooLong);
        }
        let bytes: usize = req
            .headers()
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len())
            .sum();
        if bytes > self.inner.limits.max_header_bytes {
            return Err(Refusal::HeadersTooLarge { bytes });
        }
        // Refused before the body is read, so an `Expect: 100-continue` client gets no 100.
        if let Some(declared) = declared_length(req) {
            if declared > MAX_BODY_BYTES as u64 {
                return Err(Refusal::BodyTooLarge { declared });
            }
        }
        Ok(())
    }

    /// The limits in force.
    pub fn limits(&self) -> Limits {
        self.inner.limits
    }
}

/// One token from `client`'s bucket in `table` (`rate` per second, `burst` at once; rate 0 is
/// off), or how long until one is there.
fn take_token(
    table: &Mutex<HashMap<IpAddr, Bucket>>,
    rate: f64,
    burst: u32,
    client: IpAddr,
    now: Instant,
) -> Result<(), Refusal> {
    if rate <= 0.0 {
        return Ok(());
    }
    let capacity = f64::from(burst.max(1));
    let mut buckets = match table.lock() {
        Ok(b) => b,
        Err(poisoned) => poisoned.into_inner(),
    };
    if buckets.len() >= MAX_TRACKED_CLIENTS && !buckets.contains_key(&client) {
        // A client whose bucket would be full again is indistinguishable from a new one.
        buckets.retain(|_, b| {
            b.tokens + now.saturating_duration_since(b.updated).as_secs_f64() * rate < capacity
        });
    }
    let bucket = buckets.entry(client).or_insert(Bucket {
        tokens: capacity,
        updated: now,
    });
    let refill = now.saturating_duration_since(bucket.updated).as_secs_f64();
    bucket.tokens = (bucket.tokens + refill * rate).min(capacity);
    bucket.updated = now;
    if bucket.tokens >= 1.0 {
        bucket.tokens -= 1.0;
        Ok(())
    } else {
        let wait = (1.0 - bucket.tokens) / rate;
        Err(Refusal::RateLimited {
            retry_after_secs: wait.ceil().max(1.0) as u64,
        })
    }
}

/// The body length a request declares, if it declares one.
fn declared_length(req: &Request) -> Option<u64> {
    req.headers()
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Whether a request comes with a body to wait for.
fn has_body(req: &Request) -> bool {
    declared_length(req).is_some_and(|n| n > 0)
        || req.headers().contains_key(header::TRANSFER_ENCODING)
}

/// Whether a request stores something: feedback answers (API and form) and admin actions.
fn is_write(req: &Request) -> bool {
    let path = req.uri().path();
    req.method() == axum::http::Method::POST
        && (path.ends_with("/feedback") || path.starts_with("/admin/"))
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let (status, message, retry_after) = match self {
            Refusal::RateLimited { retry_after_secs } => (
                StatusCode::TOO_MANY_REQUESTS,
                format!("too many requests from your address; retry in {retry_after_secs} s"),
                Some(retry_after_secs),
            ),
            Refusal::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                "the server is busy; retry in a moment".to_string(),
                Some(1),
            ),
            Refusal::UriTooLong => (
                StatusCode::URI_TOO_LONG,
                format!("the address is too long (at most {MAX_URI_BYTES} bytes)"),
                None,
            ),
            Refusal::HeadersTooLarge { bytes } => (
                StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                format!("the request headers are too large ({bytes} bytes)"),
                None,
            ),
            Refusal::BodyTooLarge { declared } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                body_too_large_message(Some(declared)),
                None,
            ),
        };
        let body = Json(json!({ "error": { "status": status.as_u16(), "message": message } }));
        let mut resp = (status, body).into_response();
        if let Some(secs) = retry_after {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}

/// The advice of a 413: how much the server takes, and what to send instead.
pub fn body_too_large_message(declared: Option<u64>) -> String {
    let size = declared.map_or(String::new(), |n| format!(" ({n} bytes)"));
    format!(
        "the request body is too large{size}: send at most {} KiB (shorten the message to its first paragraphs)",
        MAX_BODY_BYTES / 1024
    )
}

/// The middleware: sizes first (cheapest), then the client's rates, then a place in flight,
/// held until the response is produced.
pub async fn enforce(State(limiter): State<Limiter>, req: Request, next: Next) -> Response {
    if EXEMPT_PATHS.contains(&req.uri().path()) {
        return next.run(req).await;
    }
    if let Err(refusal) = limiter.check_sizes(&req) {
        return refusal.into_response();
    }
    // Without connection info (tests driving the router directly) there is no client to limit.
    if let Some(ConnectInfo(addr)) = req.extensions().get::<ConnectInfo<SocketAddr>>() {
        let now = Instant::now();
        if let Err(refusal) = limiter.check_rate(addr.ip(), now) {
            return refusal.into_response();
        }
        if is_write(&req) {
            if let Err(refusal) = limiter.check_write_rate(addr.ip(), now) {
                return refusal.into_response();
            }
        }
    }
    let place = if has_body(&req) {
        limiter.enter_with_body()
    } else {
        limiter.enter()
    };
    let _place = match place {
        Ok(place) => place,
        Err(refusal) => return refusal.into_response(),
    };
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;
    use std::time::Duration;

    use super::*;

    fn limiter(rate: f64, burst: u32, in_flight: usize) -> Limiter {
        Limiter::new(Limits {
            rate_per_second: rate,
            burst,
            max_in_flight: in_flight,
            ..Limits::default()
        })
    }

    const A: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
    const B: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 2));

    #[test]
    fn a_client_gets_its_burst_then_waits_for_the_rate() {
        let l = limiter(2.0, 3, 0);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(l.check_rate(A, t0), Ok(()));
        }
        assert_eq!(
            l.check_rate(A, t0),
            Err(Refusal::RateLimited {
                retry_after_secs: 1
            })
        );
        // Another client is not affected.
        assert_eq!(l.check_rate(B, t0), Ok(()));
        // Half a second at 2/s gives one token back.
        assert_eq!(l.check_rate(A, t0 + Duration::from_millis(500)), Ok(()));
        assert!(l.check_rate(A, t0 + Duration::from_millis(500)).is_err());
    }

    #[test]
    fn retry_after_is_the_wait_for_one_token() {
        let l = limiter(0.1, 1, 0);
        let t0 = Instant::now();
        assert_eq!(l.check_rate(A, t0), Ok(()));
        assert_eq!(
            l.check_rate(A, t0),
            Err(Refusal::RateLimited {
                retry_after_secs: 10
            })
        );
    }

    #[test]
    fn rate_zero_is_off() {
        let l = limiter(0.0, 1, 0);
        let t0 = Instant::now();
        for _ in 0..1000 {
            assert_eq!(l.check_rate(A, t0), Ok(()));
        }
    }

    #[test]
    fn places_in_flight_are_given_back() {
        let l = limiter(0.0, 1, 2);
        let first = l.enter().ok();
        let second = l.enter().ok();
        assert!(first.is_some() && second.is_some());
        assert!(matches!(l.enter(), Err(Refusal::Busy)));
        drop(first);
        assert!(l.enter().is_ok());
    }

    #[test]
    fn requests_with_a_body_have_places_of_their_own() {
        let l = limiter(0.0, 1, 2);
        let uploads: Vec<_> = (0..2).map(|_| l.enter_with_body()).collect();
        assert!(uploads.iter().all(Result::is_ok));
        assert!(matches!(l.enter_with_body(), Err(Refusal::Busy)));
        // Searches still have both of theirs.
        let searches = (l.enter(), l.enter());
        assert!(searches.0.is_ok() && searches.1.is_ok());
    }

    #[test]
    fn writes_are_rate_limited_even_with_the_rate_limit_off() {
        let l = limiter(0.0, 1, 0);
        let t0 = Instant::now();
        for _ in 0..WRITE_BURST {
            assert_eq!(l.check_write_rate(A, t0), Ok(()));
        }
        assert!(l.check_write_rate(A, t0).is_err());
        assert_eq!(l.check_write_rate(B, t0), Ok(()));
        assert_eq!(l.check_rate(A, t0), Ok(()));
    }

    #[test]
    fn a_declared_body_over_the_limit_is_refused_before_it_is_read() {
        let l = limiter(0.0, 1, 0);
        let req = |len: &str| {
            Request::builder()
                .method("POST")
                .uri("/api/suggest")
                .header(header::CONTENT_LENGTH, len)
                .body(axum::body::Body::empty())
                .unwrap()
        };
        assert_eq!(l.check_sizes(&req("65536")), Ok(()));
        assert_eq!(
            l.check_sizes(&req("10000000000")),
            Err(Refusal::BodyTooLarge {
                declared: 10_000_000_000
            })
        );
        let resp = Refusal::BodyTooLarge { declared: 70_000 }.into_response();
        assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
    }

    #[test]
    fn refusals_carry_retry_after_and_the_api_error_shape() {
        let resp = Refusal::RateLimited {
            retry_after_secs: 3,
        }
        .into_response();
        assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(resp.headers()[header::RETRY_AFTER], "3");
        let resp = Refusal::Busy.into_response();
        assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(resp.headers()[header::RETRY_AFTER], "1");
        let resp = Refusal::HeadersTooLarge { bytes: 1 }.into_response();
        assert!(resp.headers().get(header::RETRY_AFTER).is_none());
    }

    #[test]
    fn idle_clients_are_forgotten_when_the_table_is_full() {
        let l = limiter(1000.0, 1, 0);
        let t0 = Instant::now();
        for i in 0..MAX_TRACKED_CLIENTS as u32 {
            let _ = l.check_rate(IpAddr::V4(Ipv4Addr::from(i)), t0);
        }
        let later = t0 + Duration::from_secs(1);
        assert_eq!(l.check_rate(A, later), Ok(()));
        let tracked = l.inner.buckets.lock().map(|b| b.len()).unwrap_or(0);
        assert!(tracked < 10, "{tracked} clients still tracked");
    }
}
