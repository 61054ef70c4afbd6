//! The realms a token login protects: each has its own token, cookie, addresses, and rule for
//! what happens when no token is configured.

use crate::web::state::ServiceConfig;

/// A part of the service behind its own token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Realm {
    /// The agents' workspace (`/agent`), behind `--agent-token`; open to all without one.
    Agent,
    /// The admin pages (`/admin/...`), behind `--admin-token`; off without one.
    Admin,
}

/// What a realm is when its token is not configured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WithoutToken {
    /// Anyone may use it (the service runs on a trusted network).
    Open,
    /// It does not exist (404).
    Disabled,
}

impl Realm {
    /// Every realm.
    pub const ALL: [Realm; 2] = [Realm::Agent, Realm::Admin];

    /// The token configured for the realm.
    pub fn token(self, config: &ServiceConfig) -> Option<&str> {
        let token = match self {
            Realm::Agent => config.agent_token.as_deref(),
            Realm::Admin => config.admin_token.as_deref(),
        };
        token.filter(|t| !t.is_empty())
    }

    /// What the realm is without a token.
    pub fn without_token(self) -> WithoutToken {
        match self {
            Realm::Agent => WithoutToken::Open,
            Realm::Admin => WithoutToken::Disabled,
        }
    }

    /// Name of the session cookie.
    pub fn cookie(self) -> &'static str {
        match self {
            Realm::Agent => "dalil_agent_session",
            Realm::Admin => "dalil_admin_session",
        }
    }

    /// Where a login leads when it was not asked for a particular page.
    pub fn home(self) -> &'static str {
        match self {
            Realm::Agent => "/agent",
            Realm::Admin => "/admin/insights",
        }
    }

    /// The login form (`GET`) and where it is sent (`POST`).
    pub fn login_path(self) -> &'static str {
        match self {
            Realm::Agent => "/agent/login",
            Realm::Admin => "/admin/login",
        }
    }

    /// Where signing out is sent (`POST`).
    pub fn logout_path(self) -> &'static str {
        match self {
            Realm::Agent => "/agent/logout",
            Realm::Admin => "/admin/logout",
        }
    }

    /// Whether `path` is a page of this realm: only those are returned to after a login (no
    /// open redirect).
    pub fn owns(self, path: &str) -> bool {
        let ok = match self {
            Realm::Agent => path == "/agent" || path.starts_with("/agent?"),
            Realm::Admin => path.starts_with("/admin/"),
        };
        ok && !path.contains(['\\', '\r', '\n']) && !path.contains("//")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_realms_own_pages_are_returned_to() {
        assert!(Realm::Agent.owns("/agent"));
        assert!(Realm::Agent.owns("/agent?embed=1"));
        assert!(Realm::Admin.owns("/admin/insights?since=7d"));
        for bad in [
            "https://evil.example/",
            "//evil.example/agent",
            "/agent//evil",
            "/agentx",
            "/admin",
            "/en/",
            "/admin/\\evil",
        ] {
            assert!(!Realm::Agent.owns(bad) && !Realm::Admin.owns(bad), "{bad}");
        }
    }
}
