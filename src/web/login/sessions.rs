//! Signed-in sessions, kept in memory on the server: a random id (the cookie's value), the
//! realm it opens, when it expires, and the CSRF token its forms carry.
//!
//! The cookie holds nothing but the id, so there is nothing to forge or decode; restarting the
//! server signs everyone out. The table is bounded ([`MAX_SESSIONS`]): expired sessions are
//! dropped first, then the oldest, so no number of logins can grow memory without limit.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::realm::Realm;

/// How long a session lasts from its login (a working day and a half).
pub const SESSION_LIFETIME: Duration = Duration::from_secs(12 * 60 * 60);
/// Most sessions kept at once, all realms together.
pub const MAX_SESSIONS: usize = 10_000;

/// One signed-in browser.
#[derive(Debug, Clone)]
struct Entry {
    realm: Realm,
    created: Instant,
    csrf: String,
}

/// The session table of a running server.
#[derive(Debug, Default)]
pub struct Sessions {
    table: Mutex<HashMap<String, Entry>>,
}

/// 32 random bytes as 64 hex digits; `None` when the system has no randomness to give (the
/// login then fails rather than hand out a guessable id).
pub fn random_token() -> Option<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether a string has the shape of an id made by [`random_token`] (cheap check before a
/// lookup; keeps arbitrary cookie values out of the table's hashing).
pub fn is_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl Sessions {
    /// Opens a session in `realm`; returns its id and CSRF token.
    pub fn open(&self, realm: Realm) -> Option<(String, String)> {
        self.open_at(realm, Instant::now())
    }

    fn open_at(&self, realm: Realm, now: Instant) -> Option<(String, String)> {
        let id = random_token()?;
        let csrf = random_token()?;
        let mut table = self.table.lock().unwrap_or_else(|p| p.into_inner());
        if table.len() >= MAX_SESSIONS {
            table.retain(|_, e| now.duration_since(e.created) < SESSION_LIFETIME);
        }
        if table.len() >= MAX_SESSIONS {
            let oldest = table
                .iter()
                .min_by_key(|(_, e)| e.created)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                table.remove(&k);
            }
        }
        table.insert(
            id.clone(),
            Entry {
                realm,
                created: now,
                csrf: csrf.clone(),
            },
        );
        Some((id, csrf))
    }

    /// The CSRF token of a live session of `realm` with this id.
    pub fn find(&self, realm: Realm, id: &str) -> Option<String> {
        self.find_at(realm, id, Instant::now())
    }

    fn find_at(&self, realm: Realm, id: &str, now: Instant) -> Option<String> {
        if !is_token(id) {
            return None;
        }
        let mut table = self.table.lock().unwrap_or_else(|p| p.into_inner());
        let entry = table.get(id)?;
        if now.duration_since(entry.created) >= SESSION_LIFETIME {
            table.remove(id);
            return None;
        }
        // Found by hashing, not by comparing bytes: with 256 random bits per id, what the
        // lookup's timing could tell about a guess is worthless.
        (entry.realm == realm).then(|| entry.csrf.clone())
    }

    /// Ends a session (logout).
    pub fn close(&self, id: &str) {
        self.table
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(id);
    }

    /// Sessions kept now (expired ones included until they are swept).
    pub fn len(&self) -> usize {
        self.table.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// Whether no session is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_open_find_expire_and_close() {
        let s = Sessions::default();
        let t0 = Instant::now();
        let (id, csrf) = s.open_at(Realm::Agent, t0).unwrap();
        assert!(is_token(&id) && is_token(&csrf) && id != csrf);
        assert_eq!(s.find_at(Realm::Agent, &id, t0), Some(csrf));
        // A session opens one realm only.
        assert_eq!(s.find_at(Realm::Admin, &id, t0), None);
        assert_eq!(s.find_at(Realm::Agent, "nope", t0), None);
        let later = t0 + SESSION_LIFETIME;
        assert_eq!(s.find_at(Realm::Agent, &id, later), None);
        assert!(s.is_empty(), "an expired session is dropped when seen");
        let (id2, _) = s.open_at(Realm::Admin, t0).unwrap();
        s.close(&id2);
        assert_eq!(s.find_at(Realm::Admin, &id2, t0), None);
    }

    #[test]
    fn the_table_is_bounded() {
        let s = Sessions::default();
        let t0 = Instant::now();
        let (first, _) = s.open_at(Realm::Agent, t0).unwrap();
        for i in 1..=MAX_SESSIONS {
            s.open_at(Realm::Agent, t0 + Duration::from_millis(i as u64))
                .unwrap();
        }
        assert_eq!(s.len(), MAX_SESSIONS);
        // The oldest made room.
        assert_eq!(s.find_at(Realm::Agent, &first, t0), None);
    }

    #[test]
    fn ids_are_random_hex() {
        let (a, b) = (random_token().unwrap(), random_token().unwrap());
        assert_ne!(a, b);
        assert!(is_token(&a));
        assert!(!is_token(&a.to_uppercase()));
        assert!(!is_token("../etc"));
    }
}
