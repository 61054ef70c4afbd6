//! What customers ask, in their own words, by the article that answers it:
//! `content/asked/<lang>.toml`, one entry per article, `withdraw-funds = ["how do i cash out",
//! ...]`. Writers keep these from their tickets and chats; they are never shown, only counted
//! (the search stage learns from them which words customers use for which article, as it
//! learns from a log of searches, so a new install starts with some of that knowledge).
//! Validated here with the file and line; the articles named are checked by the loader.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::error::{ContentError, ContentErrorKind};
use crate::lang::Lang;

/// The folder under the content root that holds the files of customers' questions.
pub const ASKED_DIR: &str = "asked";

/// Longest question kept, in characters: a customer's message, not an article.
pub const MAX_ASKED_CHARS: usize = 400;

/// Customers' questions for one article, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskedEntry {
    /// The id of the article (its file name without `.md`) in the file's language.
    pub article: String,
    /// 1-based line of the entry in its file, for errors about the article it names.
    pub line: usize,
    /// The questions, spaces collapsed, in file order.
    pub questions: Vec<String>,
}

/// Customers' questions per language, one entry per article.
pub type Asked = BTreeMap<Lang, Vec<AskedEntry>>;

/// Reads every `<lang>.toml` of an asked folder; errors name the file and line.
pub fn load_asked(dir: &Path, errors: &mut Vec<ContentError>) -> Asked {
    super::synonyms::load_lang_tables(
        dir,
        errors,
        |name| ContentErrorKind::UnknownAskedLanguage { name },
        |e| ContentErrorKind::InvalidAsked {
            problem: format!("cannot read the file: {e}"),
            hint: "make it a UTF-8 text file".into(),
        },
        parse_asked,
    )
}

/// Parses one file of customers' questions; on error every problem found, each with its
/// 1-based line when known.
pub fn parse_asked(text: &str) -> Result<Vec<AskedEntry>, super::synonyms::FileProblems> {
    let hint =
        "write one entry per article: `article-id = [\"a question as customers type it\", ...]`";
    let table = super::synonyms::parse_lang_table(text).map_err(|(line, problem)| {
        vec![(
            line,
            ContentErrorKind::InvalidAsked {
                problem,
                hint: hint.into(),
            },
        )]
    })?;
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for (article, questions) in table {
        let line = entry_line(text, &article);
        let mut kept = Vec::with_capacity(questions.len());
        for q in questions {
            let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
            if !q.chars().any(char::is_alphanumeric) {
                problems.push((
                    line,
                    ContentErrorKind::InvalidAsked {
                        problem: format!("a question of `{article}` has no word in it"),
                        hint: "remove the empty question or write what the customer asked".into(),
                    },
                ));
            } else if q.chars().count() > MAX_ASKED_CHARS {
                problems.push((
                    line,
                    ContentErrorKind::InvalidAsked {
                        problem: format!(
                            "a question of `{article}` is longer than {MAX_ASKED_CHARS} characters ({:?}...)",
                            q.chars().take(40).collect::<String>()
                        ),
                        hint: "keep the customer's question, not the whole conversation".into(),
                    },
                ));
            } else {
                kept.push(q);
            }
        }
        out.push(AskedEntry {
            article,
            line: line.unwrap_or(1),
            questions: kept,
        });
    }
    if problems.is_empty() {
        out.sort_by_key(|e| e.line);
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The 1-based line where the entry of `key` starts (`key = [`, the key bare or quoted with
/// `"` or `'`).
fn entry_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            let quoted = |q: char| {
                line.strip_prefix(q)
                    .and_then(|l| l.strip_prefix(key))
                    .and_then(|l| l.strip_prefix(q))
            };
            let rest = quoted('"')
                .or_else(|| quoted('\''))
                .or_else(|| line.strip_prefix(key));
            rest.is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_their_lines_and_file_order() {
        let text = "# questions\nwithdraw-funds = [\n  \"how  do i cash out\",\n  \"wheres my money\",\n]\n\"deposits-faq\" = [\"topped up but nothing\"]\n";
        let entries = parse_asked(text).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].article, "withdraw-funds");
        assert_eq!(entries[0].line, 2);
        assert_eq!(
            entries[0].questions,
            vec!["how do i cash out", "wheres my money"]
        );
        assert_eq!(entries[1].article, "deposits-faq");
        assert_eq!(entries[1].line, 6);
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let problems = parse_asked("a = [\"one\"]\nb = [\"two\"\n").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].0.is_some_and(|l| l >= 2), "{problems:?}");
        assert!(problems[0].1.to_string().contains("article-id = ["));
    }

    #[test]
    fn empty_and_overlong_questions_are_refused_with_the_entrys_line() {
        let long = "x".repeat(MAX_ASKED_CHARS + 1);
        let text = format!("ok = [\"fine\"]\nbad = [\" ?! \", \"{long}\"]\n");
        let problems = parse_asked(&text).unwrap_err();
        assert_eq!(problems.len(), 2);
        assert!(problems.iter().all(|(line, _)| *line == Some(2)));
        assert!(problems[0].1.to_string().contains("no word"));
        assert!(problems[1].1.to_string().contains("longer than"));
    }

    #[test]
    fn a_key_that_only_starts_like_another_is_not_its_line() {
        let text = "fees-faq-old = [\"a\"]\nfees-faq = [\"b\"]\n'faq' = []\n";
        assert_eq!(entry_line(text, "fees-faq"), Some(2));
        assert_eq!(entry_line(text, "faq"), Some(3));
    }
}
