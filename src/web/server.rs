//! The connection layer under the router: accepts TCP connections and speaks HTTP/1.1 on them
//! with hyper, bounding what a client that never finishes can hold.
//!
//! - A request's headers must arrive within [`HEADER_READ_TIMEOUT`]; the same bound closes a
//!   keep-alive connection that sends nothing after its last answer.
//! - At most `max_connections` are open at once (below the process's file limit); past it new
//!   connections wait in the kernel's accept queue until one closes.
//! - Shutdown stops accepting, lets requests in flight finish, and closes whatever is still
//!   open after [`SHUTDOWN_GRACE`].
//! - hyper answers a request it cannot parse (too many headers, HTTP/0.9, a repeated
//!   `Content-Length`) itself with an empty body; [`ErrorBodies`] replaces that answer with the
//!   JSON error body and the security headers every other answer carries.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::json;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};
use tower::ServiceExt;

use super::SECURITY_HEADERS;

/// Time a client has to send a request's headers, and to start its next request on a
/// keep-alive connection.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// How long shutdown waits for requests in flight before closing every connection.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
/// Default cap on open connections (lowered further to fit the file limit).
pub const DEFAULT_MAX_CONNECTIONS: usize = 4096;

/// Serves `router` on `listener` until `shutdown` completes, then drains (bounded).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    max_connections: usize,
    shutdown: impl Future<Output = ()>,
) {
    let max_connections = max_connections.clamp(1, u32::MAX as usize);
    let permits = Arc::new(Semaphore::new(max_connections));
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            p = permits.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
        };
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors or a connection reset before it was accepted:
                    // wait a little instead of spinning on the error.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(connection(
            builder.clone(),
            stream,
            peer,
            router.clone(),
            stop_rx.clone(),
            permit,
        ));
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let all = u32::try_from(max_connections).unwrap_or(u32::MAX);
    let drained = tokio::time::timeout(SHUTDOWN_GRACE, permits.acquire_many(all))
        .await
        .is_ok();
    if drained {
        tracing::info!("every connection closed");
    } else {
        tracing::warn!(
            open = max_connections - permits.available_permits(),
            grace_s = SHUTDOWN_GRACE.as_secs(),
            "connections still open after the shutdown grace period; closing them"
        );
    }
}

/// Serves one connection until the client leaves, a timeout closes it, or shutdown.
async fn connection(
    builder: http1::Builder,
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    mut stop: watch::Receiver<bool>,
    _permit: OwnedSemaphorePermit,
) {
    let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
        // What per-client limits key on, as axum's own `serve` provides it.
        req.extensions_mut().insert(ConnectInfo(peer));
        router.clone().oneshot(req)
    });
    let conn = builder.serve_connection(TokioIo::new(ErrorBodies::new(stream)), service);
    tokio::pin!(conn);
    tokio::select! {
        result = conn.as_mut() => {
            if let Err(e) = result {
                tracing::debug!(%peer, error = %e, "connection ended");
            }
            return;
        }
        _ = stop.wait_for(|stopped| *stopped) => {}
    }
    conn.as_mut().graceful_shutdown();
    if let Err(e) = conn.await {
        tracing::debug!(%peer, error = %e, "connection ended during shutdown");
    }
}

/// A stream that replaces hyper's own answers to unparseable requests (a status line and
/// nothing else) with a whole JSON error answer carrying the security headers.
pub struct ErrorBodies<S> {
    inner: S,
    pending: Vec<u8>,
    sent: usize,
}

impl<S> ErrorBodies<S> {
    /// Wraps a connection's stream.
    pub fn new(inner: S) -> Self {
        ErrorBodies {
            inner,
            pending: Vec::new(),
            sent: 0,
        }
    }
}

impl<S: AsyncWrite + Unpin> ErrorBodies<S> {
    /// Writes what is left of a replacement answer.
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.sent < self.pending.len() {
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.sent..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.sent += n;
        }
        self.pending.clear();
        self.sent = 0;
        Poll::Ready(Ok(()))
    }

    /// Takes `written` bytes from hyper and queues `replacement` in their place.
    fn replace(
        &mut self,
        cx: &mut Context<'_>,
        replacement: Vec<u8>,
        written: usize,
    ) -> Poll<io::Result<usize>> {
        self.pending = replacement;
        self.sent = 0;
        // Pending or not, the bytes are ours now; flush and shutdown finish them.
        if let Poll::Ready(Err(e)) = self.poll_pending(cx) {
            return Poll::Ready(Err(e));
        }
        Poll::Ready(Ok(written))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for ErrorBodies<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for ErrorBodies<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        if let Some(replacement) = replacement_for(buf) {
            return this.replace(cx, replacement, buf.len());
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        if let Some(replacement) = bufs
            .iter()
            .find(|b| !b.is_empty())
            .and_then(|first| replacement_for(first))
        {
            let written = bufs.iter().map(|b| b.len()).sum();
            return this.replace(cx, replacement, written);
        }
        Pin::new(&mut this.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        Pin::new(&mut this.inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.poll_pending(cx))?;
        Pin::new(&mut this.inner).poll_shutdown(cx)
    }
}

/// The whole answer to send instead of `head` when `head` is one of hyper's own error answers:
/// an error status line whose headers lack the security headers every routed answer has.
fn replacement_for(head: &[u8]) -> Option<Vec<u8>> {
    if !head.starts_with(b"HTTP/1.") || head.len() < 12 || !matches!(head[9], b'4' | b'5') {
        return None;
    }
    let end = head.windows(4).position(|w| w == b"\r\n\r\n")?;
    let marker = SECURITY_HEADERS[0].0.as_bytes();
    if head[..end]
        .windows(marker.len())
        .any(|w| w.eq_ignore_ascii_case(marker))
    {
        return None;
    }
    let code = std::str::from_utf8(&head[9..12])
        .ok()?
        .parse::<u16>()
        .ok()?;
    let status = StatusCode::from_u16(code).ok()?;
    Some(error_answer(status, unparsed_message(status)))
}

/// What a client whose request could not be parsed should change.
fn unparsed_message(status: StatusCode) -> &'static str {
    match status {
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => {
            "the request has too many headers or they are too large: send at most 100 headers"
        }
        StatusCode::URI_TOO_LONG => "the address is too long: shorten the query",
        StatusCode::BAD_REQUEST => {
            "the request is not valid HTTP/1.1 (a malformed request line or header, a repeated \
Content-Length, or HTTP/0.9): send an HTTP/1.1 request"
        }
        _ => "the request could not be read; please try again",
    }
}

/// A complete HTTP/1.1 answer with the JSON error body, the security headers, and
/// `connection: close` (hyper closes the connection after a parse error).
fn error_answer(status: StatusCode, message: &str) -> Vec<u8> {
    let body = json!({ "error": { "status": status.as_u16(), "message": message } }).to_string();
    let mut out = format!(
        "HTTP/1.1 {} {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        status.as_u16(),
        status.canonical_reason().unwrap_or(""),
        body.len()
    );
    for (name, value) in SECURITY_HEADERS {
        out.push_str(name);
        out.push_str(": ");
        out.push_str(value);
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    out.push_str(&body);
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hypers_own_error_answers_are_replaced() {
        let bare =
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        let answer = String::from_utf8(replacement_for(bare).unwrap()).unwrap();
        assert!(answer.starts_with("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
        for (name, value) in SECURITY_HEADERS {
            assert!(answer.contains(&format!("{name}: {value}\r\n")), "{name}");
        }
        let body = answer.split("\r\n\r\n").nth(1).unwrap();
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(json["error"]["status"], 431);
        assert!(answer.contains(&format!("content-length: {}\r\n", body.len())));
        // Our own answers carry the security headers, successes are never touched.
        let routed =
            b"HTTP/1.1 404 Not Found\r\nx-frame-options: DENY\r\ncontent-length: 2\r\n\r\n{}";
        assert_eq!(replacement_for(routed), None);
        let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(replacement_for(ok), None);
        assert_eq!(replacement_for(b"{\"results\": []}"), None);
    }
}
