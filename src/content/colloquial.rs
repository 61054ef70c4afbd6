//! A help center's own colloquial lexicon: `content/colloquial/<lang>.toml`, one entry per
//! line, `"spoken" = ["written", ...]` (the format of dalil's built-in lexicon), extending it,
//! overriding an entry of the same spoken phrase, or removing one with an empty list
//! (`"كارت" = []`). Validated here with the file and line; the analysis stage turns the
//! entries into query terms.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::error::{ContentError, ContentErrorKind};
use crate::lang::Lang;

/// The folder under the content root that holds colloquial lexicon files.
pub const COLLOQUIAL_DIR: &str = "colloquial";

/// One entry of a writers' lexicon file: a spoken phrase and its written equivalents; none
/// removes the built-in entry of that spoken phrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColloquialEntry {
    /// The spoken phrase, as written in the file.
    pub spoken: String,
    /// Its written equivalents; empty to remove the built-in entry.
    pub written: Vec<String>,
}

/// Writers' colloquial lexicon entries per language, in file order.
pub type Colloquial = BTreeMap<Lang, Vec<ColloquialEntry>>;

/// Reads every `<lang>.toml` of a colloquial folder; errors name the file and line.
pub fn load_colloquial(dir: &Path, errors: &mut Vec<ContentError>) -> Colloquial {
    super::synonyms::load_lang_tables(
        dir,
        errors,
        |name| ContentErrorKind::UnknownColloquialLanguage { name },
        |e| ContentErrorKind::InvalidColloquial {
            problem: format!("cannot read the file: {e}"),
            hint: "make it a UTF-8 text file".into(),
        },
        parse_colloquial,
    )
}

/// Parses one lexicon file; on error every problem found, each with its 1-based line when
/// known.
pub fn parse_colloquial(
    text: &str,
) -> Result<Vec<ColloquialEntry>, Vec<(Option<usize>, ContentErrorKind)>> {
    let table = super::synonyms::parse_lang_table(text).map_err(|(line, problem)| {
        vec![(
            line,
            ContentErrorKind::InvalidColloquial {
                problem,
                hint: "write each entry as `\"spoken\" = [\"written\", ...]`, or `\"spoken\" = []` to remove a built-in entry".into(),
            },
        )]
    })?;
    let lines = key_lines(text);
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for (spoken, written) in table {
        let line = lines.get(&spoken).copied();
        let mut bad = |problem: String, hint: &str| {
            let kind = ContentErrorKind::InvalidColloquial {
                problem,
                hint: hint.into(),
            };
            problems.push((line, kind));
        };
        if !has_word(&spoken) {
            bad(
                format!("the spoken phrase {spoken:?} has no word"),
                "write the word customers type, or remove the line",
            );
            continue;
        }
        let mut ok = true;
        for w in &written {
            if !has_word(w) {
                bad(
                    format!("{spoken:?} has an empty written phrase {w:?}"),
                    "write the word the articles use, or remove it from the list",
                );
                ok = false;
            } else if same(w, &spoken) {
                bad(
                    format!("{spoken:?} is given as its own written phrase"),
                    "write the word the articles use instead; an entry that means itself finds nothing new",
                );
                ok = false;
            }
        }
        if ok {
            out.push(ColloquialEntry { spoken, written });
        }
    }
    if problems.is_empty() {
        out.sort_by_key(|e| lines.get(&e.spoken).copied().unwrap_or(usize::MAX));
        Ok(out)
    } else {
        problems.sort_by_key(|(line, _)| line.unwrap_or(usize::MAX));
        Err(problems)
    }
}

/// The 1-based line of each one-line entry's key (a key of an entry spread over several lines
/// has none: its errors then name the file only).
fn key_lines(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Ok(one) = toml::from_str::<BTreeMap<String, toml::Value>>(line) {
            for key in one.into_keys() {
                out.entry(key).or_insert(i + 1);
            }
        }
    }
    out
}

/// Whether `phrase` holds a letter or digit: a phrase of spaces and punctuation matches no
/// query.
fn has_word(phrase: &str) -> bool {
    phrase.chars().any(char::is_alphanumeric)
}

/// Whether two phrases are the same once case and spacing are set aside.
fn same(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        parse_colloquial(text)
            .unwrap_err()
            .into_iter()
            .map(|(line, kind)| format!("{}: {kind}", line.unwrap_or(0)))
            .collect()
    }

    #[test]
    fn entries_keep_the_file_order_and_empty_lists_remove() {
        let entries = parse_colloquial(
            "# ours\n\"dosh\" = [\"money\"]\n\"cash out\" = []\nbrb = [\"later\", \"soon\"]\n",
        )
        .expect("valid");
        let got: Vec<(&str, usize)> = entries
            .iter()
            .map(|e| (e.spoken.as_str(), e.written.len()))
            .collect();
        assert_eq!(got, [("dosh", 1), ("cash out", 0), ("brb", 2)]);
    }

    #[test]
    fn each_problem_names_its_line_and_the_fix() {
        let p = problems("a = [\"b\"]\n\"?!\" = [\"x\"]\nc = [\"  \", \"C\"]\n");
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(
            p[0].starts_with("2: the spoken phrase \"?!\" has no word"),
            "{p:?}"
        );
        assert!(
            p[1].starts_with("3: \"c\" has an empty written phrase"),
            "{p:?}"
        );
        assert!(
            p[2].starts_with("3: \"c\" is given as its own written phrase"),
            "{p:?}"
        );
        let p = problems("a = [\"b\"]\nwithdraw = \"x\"\n");
        assert!(p[0].starts_with("2: "), "{p:?}");
        assert!(
            p[0].contains("[\\\"written\\\", ...]") || p[0].contains("[\"written\", ...]"),
            "{p:?}"
        );
        let p = problems("\"كارت\" = [\"بطاقة\"]\n\"كارت\" = [\"بطاقة\"]\n");
        assert!(p[0].starts_with("2: "), "duplicate key: {p:?}");
    }
}
