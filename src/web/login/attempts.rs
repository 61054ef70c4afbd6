//! Login attempts, limited so that a token cannot be guessed by trying: each client address
//! may fail [`PER_CLIENT`] times per [`WINDOW`], and all clients together [`GLOBAL`] times
//! (so spreading guesses over many addresses does not help either).
//!
//! Memory is bounded: at most [`MAX_CLIENTS`] addresses are tracked. When the table is full
//! of addresses still inside their window, a new address is held to the global count only,
//! which still caps the guesses.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The window failures are counted in.
pub const WINDOW: Duration = Duration::from_secs(60);
/// Failed logins one address may make per window.
pub const PER_CLIENT: u32 = 5;
/// Failed logins all addresses together may make per window.
pub const GLOBAL: u32 = 50;
/// Addresses tracked at once.
pub const MAX_CLIENTS: usize = 4096;

#[derive(Debug, Clone, Copy)]
struct Count {
    since: Instant,
    failures: u32,
}

impl Count {
    fn fresh(now: Instant) -> Self {
        Count {
            since: now,
            failures: 0,
        }
    }

    /// The count, started again when its window has passed.
    fn current(self, now: Instant) -> Self {
        if now.duration_since(self.since) >= WINDOW {
            Count::fresh(now)
        } else {
            self
        }
    }

    fn retry_after(self, now: Instant) -> Duration {
        WINDOW.saturating_sub(now.duration_since(self.since))
    }
}

#[derive(Debug)]
struct Table {
    clients: HashMap<IpAddr, Count>,
    global: Count,
}

/// The failed-login counts of a running server.
#[derive(Debug)]
pub struct Attempts {
    table: Mutex<Table>,
}

impl Default for Attempts {
    fn default() -> Self {
        Attempts {
            table: Mutex::new(Table {
                clients: HashMap::new(),
                global: Count::fresh(Instant::now()),
            }),
        }
    }
}

impl Attempts {
    /// `Err(retry after)` when `client` may not try now.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        self.check_at(client, Instant::now())
    }

    fn check_at(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        let mut t = self.table.lock().unwrap_or_else(|p| p.into_inner());
        t.global = t.global.current(now);
        if t.global.failures >= GLOBAL {
            return Err(t.global.retry_after(now));
        }
        match t.clients.get(&client).map(|c| c.current(now)) {
            Some(c) if c.failures >= PER_CLIENT => Err(c.retry_after(now)),
            _ => Ok(()),
        }
    }

    /// Counts a failed login of `client`.
    pub fn failed(&self, client: IpAddr) {
        self.failed_at(client, Instant::now());
    }

    fn failed_at(&self, client: IpAddr, now: Instant) {
        let mut t = self.table.lock().unwrap_or_else(|p| p.into_inner());
        t.global = t.global.current(now);
        t.global.failures = t.global.failures.saturating_add(1);
        if !t.clients.contains_key(&client) && t.clients.len() >= MAX_CLIENTS {
            t.clients
                .retain(|_, c| now.duration_since(c.since) < WINDOW);
            if t.clients.len() >= MAX_CLIENTS {
                return;
            }
        }
        let c = t.clients.entry(client).or_insert_with(|| Count::fresh(now));
        *c = c.current(now);
        c.failures = c.failures.saturating_add(1);
    }

    /// Forgets the failures of a client that just signed in.
    pub fn succeeded(&self, client: IpAddr) {
        self.table
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clients
            .remove(&client);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn ip(n: u32) -> IpAddr {
        IpAddr::V4(Ipv4Addr::from(n))
    }

    #[test]
    fn a_client_is_held_after_its_failures_until_the_window_passes() {
        let a = Attempts::default();
        let t0 = Instant::now();
        for _ in 0..PER_CLIENT {
            assert!(a.check_at(ip(1), t0).is_ok());
            a.failed_at(ip(1), t0);
        }
        let wait = a.check_at(ip(1), t0).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= WINDOW);
        assert!(a.check_at(ip(2), t0).is_ok(), "others may still try");
        assert!(a.check_at(ip(1), t0 + WINDOW).is_ok());
    }

    #[test]
    fn many_addresses_together_are_held_and_memory_is_bounded() {
        let a = Attempts::default();
        let t0 = Instant::now();
        for n in 0..(MAX_CLIENTS as u32 + 100) {
            a.failed_at(ip(n), t0);
        }
        assert!(a.table.lock().unwrap().clients.len() <= MAX_CLIENTS);
        assert!(
            a.check_at(ip(u32::MAX), t0).is_err(),
            "the global cap holds"
        );
        assert!(a.check_at(ip(u32::MAX), t0 + WINDOW).is_ok());
    }
}
