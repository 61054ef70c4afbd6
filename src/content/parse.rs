//! One file's bytes -> one [`Article`]: id, encoding, front matter, body, in that order,
//! collecting every independent problem instead of stopping at the first.

use std::path::Path;

use super::article::Article;
use super::error::{ContentError, ContentErrorKind, ContentWarning, ContentWarningKind};
use super::links::{self, LinkRef};
use super::{front_matter, markdown, sections, source, MAX_FILE_BYTES};
use crate::lang::Lang;

/// An article and the lines the loader's warnings point at.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub article: Article,
    /// File line of the `title` key.
    pub title_line: usize,
    /// What the file itself shows that a writer should look at.
    pub warnings: Vec<ContentWarning>,
    /// Its links and images, checked by the loader once every file is known.
    pub links: Vec<LinkRef>,
}

/// Parses one file's bytes (already read) into an article.
///
/// `path` is used in messages and kept in [`Article::path`]; `lang` is the language folder the
/// file is in and `id` its file stem. Drafts parse like any article (`draft` is set); it is the
/// loader that skips them. On failure returns every problem found, ordered by line.
pub fn parse_article(
    path: &Path,
    lang: Lang,
    id: &str,
    bytes: &[u8],
) -> Result<Article, Vec<ContentError>> {
    parse(path, lang, id, bytes).map(|parsed| parsed.article)
}

pub(crate) fn parse(
    path: &Path,
    lang: Lang,
    id: &str,
    bytes: &[u8],
) -> Result<Parsed, Vec<ContentError>> {
    let error =
        |(line, kind): (Option<usize>, ContentErrorKind)| ContentError::new(path, line, kind);
    let mut errors = Vec::new();
    if let Some(kind) = check_id(id) {
        errors.push(error((None, kind)));
    }
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_FILE_BYTES {
        errors.push(error((
            None,
            ContentErrorKind::TooLarge {
                bytes: size,
                limit: MAX_FILE_BYTES,
            },
        )));
        return Err(errors);
    }
    let text = match source::decode(bytes) {
        Ok(text) => text,
        Err(problem) => {
            errors.push(error(problem));
            return Err(errors);
        }
    };
    let split = match front_matter::split(&text) {
        Ok(split) => split,
        Err(problem) => {
            errors.push(error(problem));
            return Err(errors);
        }
    };
    let (fm, problems) = front_matter::parse(split.yaml, split.yaml_line, lang);
    errors.extend(problems.into_iter().map(error));

    let body = split.body;
    let mut events = markdown::parse(body);
    let headings = markdown::anchor_headings(&mut events);
    let sections = sections::split(body, &events, &headings, fm.kind, split.body_line)
        .unwrap_or_else(|problem| {
            errors.push(error(problem));
            Vec::new()
        });
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(errors);
    }
    let warnings = headings
        .iter()
        .filter(|h| h.dropped_attributes)
        .map(|h| {
            let offset = events.get(h.start).map_or(0, |(_, range)| range.start);
            ContentWarning::new(
                path,
                Some(split.body_line + source::line_at(body.as_bytes(), offset) - 1),
                ContentWarningKind::HeadingAttributes {
                    heading: h.text.clone(),
                },
            )
        })
        .collect();
    let links = links::collect(&events, body, split.body_line);
    let html = markdown::to_html(events, body.len());
    Ok(Parsed {
        article: Article {
            lang,
            id: id.to_owned(),
            path: path.to_path_buf(),
            title: fm.title,
            kind: fm.kind,
            category: fm.category,
            tags: fm.tags,
            summary: fm.summary,
            keywords: fm.keywords,
            updated: fm.updated,
            source_lang: fm.source_lang,
            draft: fm.draft,
            body_markdown: body.to_owned(),
            html,
            sections,
        },
        title_line: fm.title_line,
        warnings,
        links,
    })
}

fn allowed(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
}

/// The one rule for article ids, in content, the index and URLs: `[a-z0-9-]+`, at most
/// [`MAX_ID_CHARS`](super::MAX_ID_CHARS) characters.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= super::MAX_ID_CHARS && id.chars().all(allowed)
}

/// Checks that an id is `[a-z0-9-]+` and not too long, saying what is wrong and what name
/// would do.
pub(crate) fn check_id(id: &str) -> Option<ContentErrorKind> {
    if is_valid_id(id) {
        return None;
    }
    if !id.is_empty() && id.chars().all(allowed) {
        return Some(ContentErrorKind::IdTooLong {
            chars: id.chars().count(),
        });
    }
    let mut bad_chars = String::new();
    for c in id.chars().filter(|&c| !allowed(c)) {
        if !bad_chars.contains(c) {
            bad_chars.push(c);
        }
    }
    let mut suggestion = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() {
            suggestion.push(c.to_ascii_lowercase());
        } else if !suggestion.is_empty() && !suggestion.ends_with('-') {
            suggestion.push('-');
        }
    }
    let suggestion = suggestion.trim_end_matches('-').to_owned();
    Some(ContentErrorKind::BadId {
        id: id.to_owned(),
        bad_chars,
        suggestion,
    })
}
