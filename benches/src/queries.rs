//! The queries benchmarks send, per language and kind: the retrieval tests' own queries
//! (`tests/queries/<lang>.jsonl`, which label each with its kind) and agents' messages
//! (`tests/messages/<lang>.jsonl`) grown to 2 KB, plus the relevance benchmark's questions as
//! whole sentences when present. Read at run time; nothing here is made up.

use std::fs;
use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

use dalil::Lang;

/// The kinds of query measured separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QueryKind {
    /// A short keyword query (`withdrawal fee`).
    Keyword,
    /// A query with a typo (`withdrawl fee`).
    Typo,
    /// What has been typed so far, the last word incomplete (`withdr`).
    Prefix,
    /// A whole question.
    Sentence,
    /// A customer's message of about 2 KB, for suggested answers.
    Message,
}

impl QueryKind {
    /// Every kind, in report order.
    pub const ALL: [QueryKind; 5] = [
        QueryKind::Keyword,
        QueryKind::Typo,
        QueryKind::Prefix,
        QueryKind::Sentence,
        QueryKind::Message,
    ];

    /// Lowercase name used in benchmark ids and reports.
    pub const fn name(self) -> &'static str {
        match self {
            QueryKind::Keyword => "keyword",
            QueryKind::Typo => "typo",
            QueryKind::Prefix => "prefix",
            QueryKind::Sentence => "sentence",
            QueryKind::Message => "message-2kb",
        }
    }
}

/// Queries of every kind for one language.
#[derive(Debug, Clone, Default)]
pub struct LangQueries {
    pub keyword: Vec<String>,
    pub typo: Vec<String>,
    pub prefix: Vec<String>,
    pub sentence: Vec<String>,
    pub message: Vec<String>,
}

impl LangQueries {
    /// The queries of one kind.
    pub fn of(&self, kind: QueryKind) -> &[String] {
        match kind {
            QueryKind::Keyword => &self.keyword,
            QueryKind::Typo => &self.typo,
            QueryKind::Prefix => &self.prefix,
            QueryKind::Sentence => &self.sentence,
            QueryKind::Message => &self.message,
        }
    }
}

/// Size the agents' messages are grown to.
pub const MESSAGE_BYTES: usize = 2048;
/// Benchmark questions taken per language (enough variety, few enough to stay quick).
const BENCH_QUESTIONS: usize = 60;

#[derive(Deserialize)]
struct TestQuery {
    q: String,
    /// The query's form (`keyword`, `typo`, `no-hamza`, ...), finer than its `kind`.
    #[serde(rename = "form")]
    kind: String,
}

#[derive(Deserialize)]
struct TestMessage {
    text: String,
}

#[derive(Deserialize)]
struct BenchQuestion {
    lang: String,
    text: String,
}

/// Reads the query sets of every language from the repository's `tests/` folder and, when
/// the file exists, the relevance benchmark's questions.
pub fn load_queries(tests: &Path, questions: Option<&Path>) -> anyhow::Result<Vec<LangQueries>> {
    let mut out = vec![LangQueries::default(); Lang::ALL.len()];
    for lang in Lang::ALL {
        let q = &mut out[lang.index()];
        let path = tests.join("queries").join(format!("{}.jsonl", lang.code()));
        for t in read_jsonl::<TestQuery>(&path)? {
            match t.kind.as_str() {
                "keyword" => {
                    q.prefix.push(typed_so_far(&t.q));
                    q.keyword.push(t.q);
                }
                "typo" | "no-hamza" | "homophone-typo" => q.typo.push(t.q),
                "prefix" | "prefix-attached" => q.prefix.push(t.q),
                "sentence" | "colloquial" => q.sentence.push(t.q),
                _ => {}
            }
        }
        let path = tests
            .join("messages")
            .join(format!("{}.jsonl", lang.code()));
        let messages: Vec<String> = read_jsonl::<TestMessage>(&path)?
            .into_iter()
            .map(|m| m.text)
            .collect();
        for i in 0..messages.len() {
            q.message.push(grow_message(&messages, i));
        }
    }
    if let Some(path) = questions.filter(|p| p.exists()) {
        for b in read_jsonl::<BenchQuestion>(path)? {
            if let Some(lang) = Lang::from_code(&b.lang) {
                let q = &mut out[lang.index()];
                if q.sentence.len() < BENCH_QUESTIONS {
                    q.sentence.push(b.text);
                }
            }
        }
    }
    Ok(out)
}

#[derive(Deserialize)]
struct MixLine {
    q: String,
    lang: String,
}

/// Reads a load mix (`../shared/bench/load/querymix.py`'s JSON lines `{"q", "lang"}`), in its
/// order; lines in a language dalil does not know are an error.
pub fn load_mix(path: &Path) -> anyhow::Result<Vec<(Lang, String)>> {
    read_jsonl::<MixLine>(path)?
        .into_iter()
        .map(|m| {
            let lang = Lang::from_code(&m.lang)
                .with_context(|| format!("{}: unknown language {:?}", path.display(), m.lang))?;
            Ok((lang, m.q))
        })
        .collect()
}

/// A query as typed up to the middle of its last word: `deposit fe` from `deposit fee`,
/// `提现手` from `提现手续费`.
fn typed_so_far(q: &str) -> String {
    let chars: Vec<char> = q.chars().collect();
    let last_start = chars
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |p| p + 1);
    let last_len = chars.len() - last_start;
    let keep = last_start + last_len.div_ceil(2).max(1);
    chars[..keep.min(chars.len())].iter().collect()
}

/// Message `i` followed by the next ones (a long thread pasted whole) up to about
/// [`MESSAGE_BYTES`], cut on a character boundary.
fn grow_message(messages: &[String], i: usize) -> String {
    let mut text = String::with_capacity(MESSAGE_BYTES + 64);
    let mut k = i;
    while text.len() < MESSAGE_BYTES && !messages.is_empty() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&messages[k % messages.len()]);
        k += 1;
    }
    let mut end = MESSAGE_BYTES.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<Vec<T>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}", path.display(), i + 1))
        })
        .collect()
}

/// Request paths for a load test of `/api/search` (`endpoint = "search"`) or
/// `/api/autocomplete`: every language's keyword, typo and sentence queries for search, and
/// prefixes for autocomplete, interleaved across languages.
pub fn load_test_paths(queries: &[LangQueries], endpoint: &str) -> Vec<String> {
    let kinds: &[QueryKind] = if endpoint == "autocomplete" {
        &[QueryKind::Prefix, QueryKind::Keyword]
    } else {
        &[QueryKind::Keyword, QueryKind::Typo, QueryKind::Sentence]
    };
    let mut lists: Vec<(Lang, Vec<&String>)> = Lang::ALL
        .into_iter()
        .map(|l| {
            let q = &queries[l.index()];
            (l, kinds.iter().flat_map(|&k| q.of(k)).collect())
        })
        .collect();
    let longest = lists.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
    let mut paths = Vec::new();
    for i in 0..longest {
        for (lang, list) in &mut lists {
            if let Some(q) = list.get(i) {
                let text = if endpoint == "autocomplete" {
                    typed_so_far(q)
                } else {
                    q.to_string()
                };
                paths.push(format!(
                    "/api/{endpoint}?q={}&lang={}",
                    percent_encode(&text),
                    lang.code()
                ));
            }
        }
    }
    paths
}

/// Percent-encodes a query-string value (everything but unreserved ASCII).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queries() -> Vec<LangQueries> {
        let root = crate::repo();
        load_queries(&root.join("tests"), None).unwrap()
    }

    #[test]
    fn every_language_has_every_kind() {
        for (lang, q) in Lang::ALL.into_iter().zip(queries()) {
            for kind in QueryKind::ALL {
                assert!(
                    !q.of(kind).is_empty(),
                    "{lang} has no {} query",
                    kind.name()
                );
            }
            assert!(q.message.iter().all(|m| m.len() > MESSAGE_BYTES - 4));
        }
    }

    #[test]
    fn prefixes_stop_inside_the_last_word() {
        assert_eq!(typed_so_far("deposit fee"), "deposit fe");
        assert_eq!(typed_so_far("提现手续费"), "提现手");
        assert_eq!(typed_so_far("a"), "a");
    }

    #[test]
    fn load_test_paths_mix_languages_and_encode() {
        let paths = load_test_paths(&queries(), "search");
        assert!(paths.len() > 40);
        for lang in Lang::ALL {
            let tag = format!("&lang={}", lang.code());
            assert!(paths.iter().take(8).any(|p| p.ends_with(&tag)));
        }
        assert!(paths.iter().all(|p| p.is_ascii() && !p.contains(' ')));
        assert_eq!(percent_encode("a b/é"), "a%20b%2F%C3%A9");
    }
}
