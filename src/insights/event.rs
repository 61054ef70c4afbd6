//! What is recorded: searches, results opened from them, "Was this helpful?" answers and agents
//! copying a suggested answer. Events carry what the request had; masking and normalising
//! happen on the writer thread ([`super::store`]), never on a request's path.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::lang::Lang;
use crate::search::{SearchResponse, SuggestResponse};

/// How many result ids a search event keeps.
pub const TOP_RESULTS: usize = 3;
/// Longest "no" comment kept, in characters.
pub const MAX_COMMENT_CHARS: usize = 500;
/// Longest query kept, in characters (longer ones are cut).
pub const MAX_QUERY_CHARS: usize = 500;

/// Where a search came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The help pages' results page.
    Page,
    /// `/api/search`.
    Api,
    /// The embeddable widget.
    Widget,
    /// Support agents (`/api/suggest`).
    Agent,
}

impl Source {
    /// The name stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Page => "page",
            Source::Api => "api",
            Source::Widget => "widget",
            Source::Agent => "agent",
        }
    }
}

/// Unix seconds now.
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A search id: 32 hex digits, tying opened results to their search without any cookie: the
/// time in milliseconds (12 digits), then 80 random bits. The time first makes the store's
/// inserts land at the end of its id index instead of on a random page of it (random ids made
/// the index's page reads most of the insights writer's CPU); the random part keeps ids
/// unguessable. `None` when the system has no randomness to give (the search is then recorded
/// without one).
pub fn new_search_id() -> Option<String> {
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    search_id_at(millis, random_bits()?)
}

fn random_bits() -> Option<[u8; 10]> {
    let mut bytes = [0u8; 10];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes)
}

/// The search id of a time (its low 48 bits: the year 10889 wraps) and 80 random bits.
fn search_id_at(millis: u128, random: [u8; 10]) -> Option<String> {
    let mut bytes = [0u8; 16];
    let time = (millis as u64).to_be_bytes();
    bytes[..6].copy_from_slice(time.get(2..)?);
    bytes[6..].copy_from_slice(&random);
    // By hand, not `format!` per byte: every search makes one.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(2 * bytes.len());
    for b in bytes {
        id.push(char::from(HEX[usize::from(b >> 4)]));
        id.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    Some(id)
}

/// Whether a string has the shape of a search id (what `/go` accepts).
pub fn is_search_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// One search.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchEvent {
    pub id: String,
    pub at: i64,
    pub source: Source,
    /// The language asked for; `None` when it was detected.
    pub lang_asked: Option<Lang>,
    /// The language searched in.
    pub lang_used: String,
    /// The query as typed (masked when written).
    pub query: String,
    pub results: i64,
    pub exact: bool,
    /// `lang/id#anchor` of the first results.
    pub top: Vec<String>,
    pub did_you_mean: bool,
    /// Whether another language's articles were offered (nothing in the language used).
    pub other_lang: bool,
    pub latency_us: i64,
}

impl SearchEvent {
    /// The event of a search answered by `resp`.
    pub fn of_search(
        id: String,
        source: Source,
        query: &str,
        lang_asked: Option<Lang>,
        resp: &SearchResponse,
        took: Duration,
    ) -> SearchEvent {
        SearchEvent {
            id,
            at: now_unix(),
            source,
            lang_asked,
            lang_used: resp.lang.code().to_string(),
            query: query.to_string(),
            results: resp.total as i64,
            exact: resp.total_exact,
            top: resp
                .results
                .iter()
                .take(TOP_RESULTS)
                .map(|h| format!("{}/{}", h.lang, url_tail(&h.url)))
                .collect(),
            did_you_mean: resp.did_you_mean.is_some(),
            other_lang: resp
                .translations_available
                .as_ref()
                .is_some_and(|t| !t.is_empty()),
            latency_us: took.as_micros() as i64,
        }
    }

    /// The event of an agent's suggested answers: the query kept is the terms picked from the
    /// message, never the message itself (it holds names and addresses masking cannot find).
    pub fn of_suggest(
        id: String,
        lang_asked: Option<Lang>,
        resp: &SuggestResponse,
        took: Duration,
    ) -> SearchEvent {
        SearchEvent {
            id,
            at: now_unix(),
            source: Source::Agent,
            lang_asked,
            lang_used: resp.lang.code().to_string(),
            query: resp.terms.join(" "),
            results: resp.answers.len() as i64,
            exact: true,
            top: resp
                .answers
                .iter()
                .take(TOP_RESULTS)
                .map(|a| format!("{}/{}", a.lang, url_tail(&a.url)))
                .collect(),
            did_you_mean: false,
            other_lang: !resp.answers.is_empty()
                && resp.answers.iter().all(|a| a.translated_from.is_some()),
            latency_us: took.as_micros() as i64,
        }
    }
}

/// `id#anchor` of a result URL `/<lang>/<id>#<anchor>`.
fn url_tail(url: &str) -> &str {
    url.trim_start_matches('/')
        .split_once('/')
        .map_or(url, |(_, rest)| rest)
}

/// A result opened from a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenEvent {
    pub search_id: String,
    pub at: i64,
    pub lang: String,
    pub article: String,
    /// Empty for the article's top.
    pub anchor: String,
    /// 1 for the first result.
    pub position: i64,
}

/// An answer to "Was this helpful?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackEvent {
    pub at: i64,
    pub lang: String,
    pub article: String,
    /// Empty when about the whole article.
    pub anchor: String,
    pub helpful: bool,
    /// The optional "no" comment (masked and cut to [`MAX_COMMENT_CHARS`] when written).
    pub comment: Option<String>,
}

/// A support agent copied a suggested answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyEvent {
    pub at: i64,
    /// The suggestion request it came from, when known.
    pub search_id: Option<String>,
    pub lang: String,
    pub article: String,
    pub anchor: String,
}

/// Anything recorded.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Search(SearchEvent),
    Open(OpenEvent),
    Feedback(FeedbackEvent),
    Copy(CopyEvent),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ids_start_with_the_time() {
        let earlier = search_id_at(1_796_000_000_000, [0xff; 10]).unwrap();
        let later = search_id_at(1_796_000_000_001, [0; 10]).unwrap();
        assert_eq!(earlier, "01a229f12800ffffffffffffffffffff");
        assert!(is_search_id(&earlier) && is_search_id(&later));
        assert!(earlier < later, "ids sort by time: {earlier} {later}");
    }

    #[test]
    fn search_ids_are_random_hex() {
        let a = new_search_id().unwrap();
        let b = new_search_id().unwrap();
        assert!(is_search_id(&a), "{a}");
        assert_ne!(a, b);
        assert!(!is_search_id("../../etc/passwd"));
        assert!(!is_search_id(&a.to_uppercase()));
    }

    #[test]
    fn url_tail_keeps_id_and_anchor() {
        assert_eq!(url_tail("/en/fees-faq#how-much"), "fees-faq#how-much");
        assert_eq!(url_tail("/fa/fees"), "fees");
    }
}
