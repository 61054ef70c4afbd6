//! Synonyms kept by writers: `content/synonyms/<lang>.toml`, one group per line,
//! `withdraw = ["cash out", "payout"]`, every phrase of a group meaning the same to customers.
//! Applied at query time, so editing them needs no change to any article.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::error::{ContentError, ContentErrorKind};
use crate::lang::Lang;

/// The folder under the content root that holds synonyms files.
pub const SYNONYMS_DIR: &str = "synonyms";

/// Groups of equivalent words and phrases, per language.
pub type Synonyms = BTreeMap<Lang, Vec<Vec<String>>>;

/// Reads every `<lang>.toml` of a synonyms folder; errors name the file and line.
pub fn load_synonyms(dir: &Path, errors: &mut Vec<ContentError>) -> Synonyms {
    let mut out = Synonyms::new();
    let unknown = |name| ContentErrorKind::UnknownSynonymsLanguage { name };
    for (lang, path, text) in lang_files(dir, errors, unknown) {
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                errors.push(ContentError::new(
                    &path,
                    None,
                    ContentErrorKind::InvalidSynonyms {
                        message: e.to_string(),
                    },
                ));
                continue;
            }
        };
        match parse_synonyms(&text) {
            Ok(groups) => {
                out.insert(lang, groups);
            }
            Err((line, message)) => errors.push(ContentError::new(
                &path,
                line,
                ContentErrorKind::InvalidSynonyms { message },
            )),
        }
    }
    out
}

/// The `<lang>.toml` files of a folder, sorted, each with its language and text (or why it
/// could not be read); a `.toml` named for no language is reported with `unknown`.
pub(super) fn lang_files(
    dir: &Path,
    errors: &mut Vec<ContentError>,
    unknown: impl Fn(String) -> ContentErrorKind,
) -> Vec<(Lang, PathBuf, std::io::Result<String>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        match Lang::ALL.into_iter().find(|l| l.code() == stem) {
            Some(lang) => {
                let text = std::fs::read_to_string(&path);
                out.push((lang, path, text));
            }
            None => errors.push(ContentError::new(&path, None, unknown(stem.to_string()))),
        }
    }
    out
}

/// Problems a parser found in one file, each with its 1-based line when known.
pub(super) type FileProblems = Vec<(Option<usize>, ContentErrorKind)>;

/// Reads and parses every `<lang>.toml` of a folder with `parse`; a file named for no language
/// is reported with `unknown`, one that cannot be read with `unreadable`, and every problem
/// `parse` finds at its line.
pub(super) fn load_lang_tables<T>(
    dir: &Path,
    errors: &mut Vec<ContentError>,
    unknown: impl Fn(String) -> ContentErrorKind,
    unreadable: impl Fn(String) -> ContentErrorKind,
    parse: impl Fn(&str) -> Result<T, FileProblems>,
) -> BTreeMap<Lang, T> {
    let mut out = BTreeMap::new();
    for (lang, path, text) in lang_files(dir, errors, unknown) {
        let parsed = match text {
            Ok(t) => parse(&t),
            Err(e) => Err(vec![(None, unreadable(e.to_string()))]),
        };
        match parsed {
            Ok(v) => {
                out.insert(lang, v);
            }
            Err(problems) => {
                for (line, kind) in problems {
                    errors.push(ContentError::new(&path, line, kind));
                }
            }
        }
    }
    out
}

/// Parses a `"key" = ["phrase", ...]` file; on error the 1-based line and the parser's
/// message.
pub(super) fn parse_lang_table(
    text: &str,
) -> Result<BTreeMap<String, Vec<String>>, (Option<usize>, String)> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let mut message = e.message().to_string();
        if message.contains("unquoted key") {
            // TOML's bare keys are ASCII only; Arabic, Persian and Chinese keys need quotes.
            message.push_str(" (put words that are not plain ASCII in quotes: \"برداشت\" = [...])");
        }
        (line, message)
    })
}

/// Parses one synonyms file into groups (the key first, then its phrases); on error the
/// 1-based line and the parser's message.
pub fn parse_synonyms(text: &str) -> Result<Vec<Vec<String>>, (Option<usize>, String)> {
    let table = parse_lang_table(text)?;
    Ok(table
        .into_iter()
        .map(|(key, phrases)| {
            let mut group = vec![key];
            group.extend(phrases.into_iter().filter(|p| !p.trim().is_empty()));
            group
        })
        .filter(|g| g.len() > 1)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_start_with_their_key() {
        let groups =
            parse_synonyms("withdraw = [\"cash out\", \"payout\"]\n\"2fa\" = [\"two-factor\"]\n")
                .unwrap();
        assert_eq!(
            groups,
            vec![
                vec!["2fa", "two-factor"],
                vec!["withdraw", "cash out", "payout"]
            ]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse_synonyms("a = [\"b\"]\nwithdraw = \"cash out\"\n").unwrap_err();
        assert_eq!(err.0, Some(2), "{}", err.1);
    }
}
