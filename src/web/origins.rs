//! Origins named on the command line: `--allow-origin` (who may call the API from a browser,
//! CORS) and `--frame-ancestors` (who may frame the agents' workspace). Parsed once at start,
//! so a typo stops `serve` with a message instead of silently letting nobody (or anybody) in.

/// Why an origin given on the command line is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OriginError {
    #[error("{0:?} is not an origin: write it as scheme://host or scheme://host:port, like https://www.example.com (no path, no trailing slash)")]
    NotAnOrigin(String),
    #[error("{0:?} is not allowed: name each site (\"*\" would let every site in)")]
    Wildcard(String),
}

/// Checks and normalises an origin of `--allow-origin` (`https://shop.example.com`,
/// `http://127.0.0.1:8081`): lowercase, no path, no wildcard.
pub fn parse_origin(value: &str) -> Result<String, OriginError> {
    let v = value.trim().trim_end_matches('/').to_ascii_lowercase();
    if v.contains('*') {
        return Err(OriginError::Wildcard(value.to_string()));
    }
    let (scheme, rest) = v
        .split_once("://")
        .ok_or_else(|| OriginError::NotAnOrigin(value.to_string()))?;
    let host_ok = !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    if !matches!(scheme, "http" | "https") || !host_ok {
        return Err(OriginError::NotAnOrigin(value.to_string()));
    }
    Ok(v)
}

/// Checks a source of `--frame-ancestors`: an origin as for [`parse_origin`], or one with a
/// `*.` subdomain wildcard (`https://*.zendesk.com`), as CSP's `frame-ancestors` takes them.
pub fn parse_frame_ancestor(value: &str) -> Result<String, OriginError> {
    let v = value.trim();
    if v == "*" {
        return Err(OriginError::Wildcard(value.to_string()));
    }
    match v.split_once("://*.") {
        Some((scheme, host)) => parse_origin(&format!("{scheme}://{host}"))
            .map(|_| v.to_ascii_lowercase().trim_end_matches('/').to_string()),
        None => parse_origin(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_checked_and_normalised() {
        assert_eq!(
            parse_origin("https://Shop.Example.com/").unwrap(),
            "https://shop.example.com"
        );
        assert_eq!(
            parse_origin("http://127.0.0.1:8081").unwrap(),
            "http://127.0.0.1:8081"
        );
        for bad in [
            "shop.example.com",
            "https://shop.example.com/help",
            "ftp://x",
            "https://",
            "https://a b",
            "https://x;script-src *",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
        assert!(matches!(parse_origin("*"), Err(OriginError::Wildcard(_))));
    }

    #[test]
    fn frame_ancestors_take_subdomain_wildcards() {
        assert_eq!(
            parse_frame_ancestor("https://*.zendesk.com").unwrap(),
            "https://*.zendesk.com"
        );
        assert!(parse_frame_ancestor("*").is_err());
        assert!(parse_frame_ancestor("https://a.com 'unsafe-inline'").is_err());
    }
}
