//! Front matter: [`split`] cuts the YAML block between the `---` lines from the body (the one
//! place that knows the fences, after zola's `front_matter/split.rs`); [`parse`] reads the YAML
//! and checks every key, collecting all problems with the file line of the key they are about.

use serde_yaml_ng::{Mapping, Value};

use super::article::ArticleType;
use super::error::ContentErrorKind;
use crate::lang::Lang;
use crate::text::bounded_levenshtein;

/// The keys a front matter may have, in the order the writers' guide lists them.
pub(crate) const KEYS: [&str; 10] = [
    "title",
    "type",
    "category",
    "tags",
    "summary",
    "keywords",
    "draft",
    "updated",
    "lang",
    "source_lang",
];

/// Names writers bring from other tools, and the key dalil uses for them.
const ALIASES: [(&str, &str); 10] = [
    ("date", "updated"),
    ("lastmod", "updated"),
    ("last_updated", "updated"),
    ("modified", "updated"),
    ("description", "summary"),
    ("excerpt", "summary"),
    ("categories", "category"),
    ("kind", "type"),
    ("language", "lang"),
    ("synonyms", "keywords"),
];

/// A problem and the 1-based file line it is on, when it has one.
pub(crate) type Problem = (Option<usize>, ContentErrorKind);

/// A file cut at its front-matter fences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split<'a> {
    /// The YAML between the fences.
    pub yaml: &'a str,
    /// File line of the first YAML line (the line after the opening `---`).
    pub yaml_line: usize,
    /// Everything after the closing `---` line.
    pub body: &'a str,
    /// File line of the first body line.
    pub body_line: usize,
}

/// Splits a file's text (byte order mark removed, `\n` line ends) into front matter and body.
///
/// The front matter opens with a `---` line on the very first line and closes at the next line
/// that is exactly `---` (trailing spaces allowed). A `---` inside a YAML block scalar is
/// indented, so it never closes anything; a `---` in the body is the body's business.
pub(crate) fn split(text: &str) -> Result<Split<'_>, Problem> {
    if text.trim().is_empty() {
        return Err((None, ContentErrorKind::EmptyFile));
    }
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if !is_fence(first) {
        let fence_after_blanks = text
            .split_inclusive('\n')
            .enumerate()
            .find(|(_, line)| !line.trim().is_empty())
            .filter(|&(i, line)| i > 0 && is_fence(line));
        return Err(match fence_after_blanks {
            Some((i, _)) => (Some(i + 1), ContentErrorKind::FrontMatterNotFirst),
            None => (Some(1), ContentErrorKind::MissingFrontMatter),
        });
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (i, line) in lines.enumerate() {
        if is_fence(line) {
            let closing_line = i + 2;
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[offset + line.len()..],
                body_line: closing_line + 1,
            });
        }
        offset += line.len();
    }
    Err((Some(1), ContentErrorKind::UnterminatedFrontMatter))
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// The checked front matter. Keys with problems keep their defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    pub title: String,
    pub kind: ArticleType,
    pub category: Option<String>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub keywords: Vec<String>,
    pub draft: bool,
    pub updated: Option<String>,
    /// The language this article was written in, when it is a translation.
    pub source_lang: Option<Lang>,
    /// File line of the `title` key (of the opening `---` when there is none).
    pub title_line: usize,
    /// File line of the `category` key (of the opening `---` when there is none).
    pub category_line: usize,
}

/// Reads and checks the YAML of a front matter whose first line is file line `yaml_line`, in a
/// file in the `folder` language folder. Returns the values and every problem found; on a YAML
/// syntax error that is the only problem.
pub(crate) fn parse(yaml: &str, yaml_line: usize, folder: Lang) -> (FrontMatter, Vec<Problem>) {
    let opening_line = yaml_line.saturating_sub(1).max(1);
    let mut fm = FrontMatter {
        title: String::new(),
        kind: ArticleType::Article,
        category: None,
        tags: Vec::new(),
        summary: None,
        keywords: Vec::new(),
        draft: false,
        updated: None,
        source_lang: None,
        title_line: opening_line,
        category_line: opening_line,
    };
    let mut problems = Vec::new();

    let value = if yaml.trim().is_empty() {
        Value::Null
    } else {
        match serde_yaml_ng::from_str::<Value>(yaml) {
            Ok(value) => value,
            Err(e) => {
                problems.push(yaml_problem(&e, yaml, yaml_line));
                return (fm, problems);
            }
        }
    };
    let map = match value {
        Value::Mapping(map) => map,
        Value::Null => Mapping::new(),
        other => {
            problems.push((
                Some(yaml_line),
                ContentErrorKind::FrontMatterNotMapping {
                    found: describe(&other),
                },
            ));
            return (fm, problems);
        }
    };

    let lines = key_lines(yaml, yaml_line);
    let line_of = |key: &str| -> Option<usize> {
        Some(
            lines
                .iter()
                .find(|(k, _)| k == key)
                .map_or(yaml_line, |&(_, line)| line),
        )
    };

    let mut has_title = false;
    for (key, value) in &map {
        let key = match key {
            Value::String(s) => s.as_str().to_owned(),
            other => scalar_text(other).unwrap_or_else(|| describe(other).to_owned()),
        };
        let line = line_of(&key);
        let wrong = |key, expected, example| -> Problem {
            (
                line,
                ContentErrorKind::WrongType {
                    key,
                    expected,
                    found: describe(value),
                    example,
                },
            )
        };
        match key.as_str() {
            "title" => {
                has_title = true;
                fm.title_line = line.unwrap_or(opening_line);
                match value {
                    Value::Null => problems.push((line, ContentErrorKind::EmptyTitle)),
                    v => match scalar_text(v) {
                        Some(t) if t.trim().is_empty() => {
                            problems.push((line, ContentErrorKind::EmptyTitle))
                        }
                        Some(t) => fm.title = t.trim().to_owned(),
                        None => {
                            problems.push(wrong("title", "text", "title: How to withdraw money"))
                        }
                    },
                }
            }
            "type" => match value {
                Value::Null => {}
                Value::String(s) => match ArticleType::parse(&s.trim().to_ascii_lowercase()) {
                    Some(kind) => fm.kind = kind,
                    None => problems.push((line, ContentErrorKind::BadType { found: s.clone() })),
                },
                _ => problems.push(wrong("type", "one of faq, tutorial, article", "type: faq")),
            },
            "category" => match optional_text(value) {
                Ok(v) => {
                    fm.category = v;
                    fm.category_line = line.unwrap_or(opening_line);
                }
                Err(()) => problems.push(wrong("category", "text", "category: payments")),
            },
            "summary" => match optional_text(value) {
                Ok(v) => fm.summary = v,
                Err(()) => problems.push(wrong(
                    "summary",
                    "text",
                    "summary: One sentence shown under the title.",
                )),
            },
            "tags" => match string_list(value) {
                Ok(v) => fm.tags = v,
                Err(()) => {
                    problems.push(wrong("tags", "a list of strings", "tags: [kyc, documents]"))
                }
            },
            "keywords" => match string_list(value) {
                Ok(v) => fm.keywords = v,
                Err(()) => problems.push(wrong(
                    "keywords",
                    "a list of strings",
                    "keywords: [cash out, take money out]",
                )),
            },
            "draft" => match value {
                Value::Null => {}
                Value::Bool(b) => fm.draft = *b,
                _ => problems.push(wrong("draft", "true or false", "draft: true")),
            },
            "updated" => match value {
                Value::Null => {}
                Value::String(s) => match check_date(s.trim()) {
                    Ok(()) => fm.updated = Some(s.trim().to_owned()),
                    Err(reason) => problems.push((
                        line,
                        ContentErrorKind::BadDate {
                            found: s.clone(),
                            reason,
                        },
                    )),
                },
                _ => problems.push(wrong("updated", "a date", "updated: 2026-11-20")),
            },
            "lang" => match value {
                Value::Null => {}
                Value::String(s) => {
                    if Lang::from_code(s.trim()) != Some(folder) {
                        problems.push((
                            line,
                            ContentErrorKind::LangMismatch {
                                found: s.clone(),
                                folder,
                            },
                        ));
                    }
                }
                _ => problems.push(wrong("lang", "a language code", "lang: en")),
            },
            "source_lang" => match value {
                Value::Null => {}
                Value::String(s) => match Lang::from_code(s.trim()) {
                    Some(lang) => fm.source_lang = Some(lang),
                    None => problems.push(wrong(
                        "source_lang",
                        "a language code: ar, fa, zh or en",
                        "source_lang: en",
                    )),
                },
                _ => problems.push(wrong("source_lang", "a language code", "source_lang: en")),
            },
            _ => problems.push((
                line,
                ContentErrorKind::UnknownKey {
                    suggestion: suggest_key(&key),
                    key,
                },
            )),
        }
    }
    if !has_title {
        problems.push((Some(opening_line), ContentErrorKind::MissingTitle));
    }
    (fm, problems)
}

/// The text of a string or number (a title like `404` is text to a writer).
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Optional text: empty means not set.
fn optional_text(value: &Value) -> Result<Option<String>, ()> {
    match value {
        Value::Null => Ok(None),
        v => match scalar_text(v) {
            Some(t) if t.trim().is_empty() => Ok(None),
            Some(t) => Ok(Some(t.trim().to_owned())),
            None => Err(()),
        },
    }
}

/// A list of strings (numbers count as text); empty items are dropped, nothing means empty.
fn string_list(value: &Value) -> Result<Vec<String>, ()> {
    match value {
        Value::Null => Ok(Vec::new()),
        Value::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                let text = scalar_text(item).ok_or(())?;
                let text = text.trim();
                if !text.is_empty() {
                    out.push(text.to_owned());
                }
            }
            Ok(out)
        }
        _ => Err(()),
    }
}

/// How a value reads to a writer: `tags must be a list of strings (found a number)`.
fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(items) => {
            if items.iter().all(|i| scalar_text(i).is_some()) {
                "a list"
            } else {
                "a list with an item that is not text"
            }
        }
        Value::Mapping(_) => "`key: value` pairs",
        Value::Tagged(_) => "a tagged value",
    }
}

/// The 1-based file line of each top-level key (its first occurrence).
fn key_lines(yaml: &str, yaml_line: usize) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for (key, line) in key_lines_all(yaml, yaml_line) {
        if !out.iter().any(|(k, _)| *k == key) {
            out.push((key, line));
        }
    }
    out
}

/// Every top-level key line: a line that starts in column 0 with `key:`.
fn key_lines_all(yaml: &str, yaml_line: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (i, line) in yaml.lines().enumerate() {
        let Some(first) = line.chars().next() else {
            continue;
        };
        if first.is_whitespace() || matches!(first, '#' | '-' | '[' | '{') {
            continue;
        }
        let Some(colon) = line.find(':') else {
            continue;
        };
        let key = line[..colon].trim().trim_matches(|c| c == '"' || c == '\'');
        out.push((key.to_owned(), yaml_line + i));
    }
    out
}

/// The known key a misspelt or foreign key most likely means.
pub(crate) fn suggest_key(key: &str) -> Option<&'static str> {
    let lower = key.trim().to_lowercase();
    if let Some(&(_, to)) = ALIASES.iter().find(|(from, _)| *from == lower) {
        return Some(to);
    }
    let len = lower.chars().count();
    KEYS.iter()
        .filter_map(|&k| Some((bounded_levenshtein(&lower, k, 2)?, k)))
        .filter(|&(d, _)| d < len)
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

/// Checks a `YYYY-MM-DD` date, saying what is wrong with it.
fn check_date(s: &str) -> Result<(), String> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err("not in the form YYYY-MM-DD".into());
    }
    let num = |range: std::ops::Range<usize>| -> u32 {
        b[range]
            .iter()
            .fold(0, |n, &c| n * 10 + u32::from(c - b'0'))
    };
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    if !(1..=12).contains(&month) {
        return Err(format!("there is no month {month}"));
    }
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=days).contains(&day) {
        return Err(format!("month {month} of {year} has {days} days"));
    }
    Ok(())
}

/// A YAML parser error as a writer's problem: the parser's message without its block-relative
/// positions, the file line, and a hint for the usual causes.
fn yaml_problem(e: &serde_yaml_ng::Error, yaml: &str, yaml_line: usize) -> Problem {
    let (message, marks) = strip_positions(&e.to_string());
    let problem_line = e.location().map(|l| l.line());
    // An unclosed quote or bracket is found at the end of the block, past the line at fault;
    // the writer needs the line where it was opened (the context mark, the last position in
    // the message).
    let opened_earlier =
        message.contains("quoted scalar") || message.contains("while parsing a flow");
    let yaml_relative = if opened_earlier {
        marks.last().copied().or(problem_line)
    } else {
        problem_line
    };
    // The end of the block is the closing `---` line, which is never the line to fix.
    let last_yaml_line = yaml_line + yaml.lines().count().max(1) - 1;
    let mut line = yaml_relative.map(|l| (yaml_line + l.saturating_sub(1)).min(last_yaml_line));
    // A duplicate key is reported where the mapping starts; point at the second one instead.
    if let Some(key) = message
        .strip_prefix("duplicate entry with key \"")
        .and_then(|rest| rest.strip_suffix('"'))
    {
        let mut lines_of_key = key_lines_all(yaml, yaml_line)
            .into_iter()
            .filter(|(k, _)| k == key);
        if let Some((_, second)) = lines_of_key.nth(1) {
            line = Some(second);
        }
    }
    // A key typed without its colon (`title "Fees"`) runs into the next line, where the parser
    // then finds a colon it does not allow: the line to fix is the one above.
    let missing_colon = message.contains("mapping values are not allowed")
        && yaml_relative
            .filter(|&l| l >= 2)
            .and_then(|l| yaml.lines().nth(l - 2))
            .is_some_and(|above| {
                let above = above.trim_end();
                !above.is_empty()
                    && !above.starts_with([' ', '\t', '-', '#'])
                    && !above.contains(':')
            });
    if missing_colon {
        line = line.map(|l| l.saturating_sub(1).max(yaml_line));
    }
    let hint = if missing_colon {
        "this line has no colon after its key: write it as `key: value`, e.g. title: Fees and \
         charges"
    } else if message.contains("mapping values are not allowed") {
        "put a value that contains \": \" in quotes, e.g. title: \"Fees: what you pay\""
    } else if message.contains("cannot start any token") {
        "put a value that starts with @ or ` in quotes, and indent with spaces, not tabs"
    } else if message.contains("duplicate entry") {
        "remove one of the two lines with this key"
    } else if message.contains("quoted scalar") {
        "close the quote opened on this line, or remove it"
    } else if message.contains("could not find expected ':'") {
        "every front-matter line is `key: value`; if this line belongs to the article, close \
         the front matter with a `---` line above it"
    } else if message.contains("did not find expected") {
        "check the indentation (keys start at the beginning of the line) and the brackets of \
         lists"
    } else {
        "check this line for a missing quote, colon or bracket, or for tabs used as indentation"
    };
    (line, ContentErrorKind::InvalidYaml { message, hint })
}

/// Removes ` at line N column M` and ` at position N` from a YAML error message: those count
/// from the start of the YAML block, not the file, and the file line is reported apart.
/// Also returns the (block-relative) line numbers removed, in order.
fn strip_positions(message: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(message.len());
    let mut lines = Vec::new();
    let mut rest = message;
    while let Some(pos) = rest.find(" at ") {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 4..];
        if let Some((skip, line)) = position_len(after) {
            lines.extend(line);
            rest = &after[skip..];
        } else {
            out.push_str(" at ");
            rest = after;
        }
    }
    out.push_str(rest);
    (out, lines)
}

/// Length of `line N column M` (and N) or `position N` at the start of `s`.
fn position_len(s: &str) -> Option<(usize, Option<usize>)> {
    fn digits(s: &str) -> &str {
        &s[..s.bytes().take_while(u8::is_ascii_digit).count()]
    }
    if let Some(r) = s.strip_prefix("line ") {
        let n = digits(r);
        let m = digits(r[n.len()..].strip_prefix(" column ")?);
        let len = "line ".len() + n.len() + " column ".len() + m.len();
        (!n.is_empty() && !m.is_empty()).then(|| (len, n.parse().ok()))
    } else if let Some(r) = s.strip_prefix("position ") {
        let n = digits(r);
        (!n.is_empty()).then(|| ("position ".len() + n.len(), None))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_yaml_and_body_with_their_lines() {
        let s = split("---\ntitle: A\n---\n\nBody\n").unwrap();
        assert_eq!(s.yaml, "title: A\n");
        assert_eq!(s.yaml_line, 2);
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn closing_fence_may_end_the_file() {
        let s = split("---\ntitle: A\n---").unwrap();
        assert_eq!(s.body, "");
        assert_eq!(s.body_line, 4);
        let s = split("---   \ntitle: A\n---  \nx").unwrap();
        assert_eq!((s.yaml, s.body), ("title: A\n", "x"));
    }

    #[test]
    fn thematic_break_in_body_belongs_to_the_body() {
        let s = split("---\ntitle: A\n---\nabove\n\n---\n\nbelow\n").unwrap();
        assert_eq!(s.body, "above\n\n---\n\nbelow\n");
    }

    #[test]
    fn indented_fence_in_block_scalar_does_not_close() {
        let text = "---\ntitle: A\nsummary: |\n  one\n  ---\n  two\n---\nbody\n";
        let s = split(text).unwrap();
        assert_eq!(s.body, "body\n");
        let (fm, problems) = parse(s.yaml, s.yaml_line, Lang::En);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(fm.summary.as_deref(), Some("one\n---\ntwo"));
    }

    #[test]
    fn split_problems() {
        assert_eq!(
            split(" \n\n").unwrap_err(),
            (None, ContentErrorKind::EmptyFile)
        );
        assert_eq!(
            split("# Title\n").unwrap_err(),
            (Some(1), ContentErrorKind::MissingFrontMatter)
        );
        assert_eq!(
            split("\n\n---\ntitle: a\n---\n").unwrap_err(),
            (Some(3), ContentErrorKind::FrontMatterNotFirst)
        );
        assert_eq!(
            split("---\ntitle: a\n\nbody\n").unwrap_err(),
            (Some(1), ContentErrorKind::UnterminatedFrontMatter)
        );
    }

    #[test]
    fn reads_every_key() {
        let yaml = "title: \"Fees: what you pay\"\ntype: faq\ncategory: fees\ntags: [fees, spreads]\n\
                    summary: Short.\nkeywords:\n  - cost\n  - price\ndraft: false\nupdated: 2024-02-29\nlang: fa\n";
        let (fm, problems) = parse(yaml, 2, Lang::Fa);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(fm.title, "Fees: what you pay");
        assert_eq!(fm.kind, ArticleType::Faq);
        assert_eq!(fm.category.as_deref(), Some("fees"));
        assert_eq!(fm.tags, ["fees", "spreads"]);
        assert_eq!(fm.keywords, ["cost", "price"]);
        assert_eq!(fm.updated.as_deref(), Some("2024-02-29"));
        assert_eq!(fm.title_line, 2);
    }

    #[test]
    fn key_suggestions() {
        assert_eq!(suggest_key("tittle"), Some("title"));
        assert_eq!(suggest_key("Title"), Some("title"));
        assert_eq!(suggest_key("tag"), Some("tags"));
        assert_eq!(suggest_key("date"), Some("updated"));
        assert_eq!(suggest_key("description"), Some("summary"));
        assert_eq!(suggest_key("author"), None);
        assert_eq!(suggest_key("x"), None);
    }

    #[test]
    fn dates() {
        assert_eq!(check_date("2026-11-20"), Ok(()));
        assert_eq!(check_date("2024-02-29"), Ok(()));
        assert_eq!(
            check_date("2025-02-29"),
            Err("month 2 of 2025 has 28 days".into())
        );
        assert_eq!(check_date("2026-13-01"), Err("there is no month 13".into()));
        assert_eq!(
            check_date("20-11-2026"),
            Err("not in the form YYYY-MM-DD".into())
        );
        assert_eq!(
            check_date("۲۰۲۶-۱۱-۲۰"),
            Err("not in the form YYYY-MM-DD".into())
        );
    }

    #[test]
    fn yaml_positions_are_removed_from_messages() {
        assert_eq!(
            strip_positions("mapping values are not allowed in this context at line 2 column 8"),
            (
                "mapping values are not allowed in this context".into(),
                vec![2]
            )
        );
        assert_eq!(
            strip_positions("did not find expected key at line 3 column 1, while parsing a block mapping at line 1 column 1"),
            ("did not find expected key, while parsing a block mapping".into(), vec![3, 1])
        );
        assert_eq!(
            strip_positions("look at this at position 7"),
            ("look at this".into(), vec![])
        );
    }
}
