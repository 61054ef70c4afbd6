//! Errors and warnings of content loading, written for the people who write the articles.
//!
//! Each one carries the file's path (as the caller gave the content folder, joined with the
//! file's relative path) and, where known, the 1-based line in the file, and displays as
//! `content/fa/withdrawals.md:3: <what is wrong>: <how to fix it>`.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::lang::Lang;

/// Something that keeps a file (or the whole content folder) from being loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{kind}", location_prefix(path, *line))]
pub struct ContentError {
    /// The file or folder, as given by the caller joined with its relative path.
    pub path: PathBuf,
    /// 1-based line in the file, when the problem has one.
    pub line: Option<usize>,
    /// What is wrong.
    pub kind: ContentErrorKind,
}

impl ContentError {
    /// An error about `path`, at `line` when known.
    pub fn new(path: impl Into<PathBuf>, line: Option<usize>, kind: ContentErrorKind) -> Self {
        ContentError {
            path: path.into(),
            line,
            kind,
        }
    }
}

/// Something a writer should look at that does not keep anything from being loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentWarning {
    /// The file or folder, as given by the caller joined with its relative path.
    pub path: PathBuf,
    /// 1-based line in the file, when the warning has one.
    pub line: Option<usize>,
    /// What was noticed.
    pub kind: ContentWarningKind,
}

impl ContentWarning {
    /// A warning about `path`, at `line` when known.
    pub fn new(path: impl Into<PathBuf>, line: Option<usize>, kind: ContentWarningKind) -> Self {
        ContentWarning {
            path: path.into(),
            line,
            kind,
        }
    }
}

impl fmt::Display for ContentWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", location_prefix(&self.path, self.line), self.kind)
    }
}

fn missing_article_message(dest: &str, lang: Lang, suggestion: Option<&str>) -> String {
    let hint = match suggestion {
        Some(url) => format!(" (did you mean {url:?}?)"),
        None => String::new(),
    };
    format!(
        "the link {dest:?} leads to no article: there is no {}/<id>.md with that id{hint}; fix the id or write the article",
        lang.code()
    )
}

fn missing_anchor_message(dest: &str, suggestion: Option<&str>) -> String {
    let hint = match suggestion {
        Some(anchor) => format!(" (did you mean #{anchor}?)"),
        None => String::new(),
    };
    format!(
        "the link {dest:?} names a section the article does not have{hint}: use the anchor shown on the section's heading link"
    )
}

/// `path:line: ` or `path: `.
fn location_prefix(path: &Path, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{}:{line}: ", path.display()),
        None => format!("{}: ", path.display()),
    }
}

/// What is wrong with a file or folder. Every message says what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ContentErrorKind {
    /// The content folder or a language folder cannot be listed.
    #[error("cannot read this folder ({reason}): check that it exists and that you may read it")]
    UnreadableDir { reason: String },

    /// The file cannot be read (permissions, or it vanished while loading).
    #[error("{}", unreadable_message(*.io_kind, reason))]
    Unreadable {
        io_kind: std::io::ErrorKind,
        reason: String,
    },

    /// The file is bigger than [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES).
    #[error(
        "the file is {}, over the limit of {}: split it into several articles \
         (or raise MAX_FILE_BYTES in src/content/mod.rs)",
        human_bytes(*bytes),
        human_bytes(*limit)
    )]
    TooLarge { bytes: u64, limit: u64 },

    /// The file starts with a UTF-16 byte order mark.
    #[error("the file is saved as UTF-16: save it as UTF-8 (in your editor: Save with Encoding > UTF-8)")]
    Utf16,

    /// The file contains a NUL byte (binary file, or UTF-16 without a byte order mark).
    #[error(
        "the file contains a NUL byte (it looks like a binary file or UTF-16 text): \
         save it as UTF-8 text"
    )]
    NulByte,

    /// The file is not valid UTF-8; `column` counts characters on the line of the first bad byte.
    #[error(
        "the file is not valid UTF-8 (byte 0x{byte:02X} at column {column}): save it as UTF-8 \
         (it may have been saved as Windows-1256, GBK or Latin-1)"
    )]
    InvalidUtf8 { byte: u8, column: usize },

    /// Nothing but whitespace in the file.
    #[error(
        "the file is empty: start it with front matter (a `---` line, `title: ...`, a `---` line) \
         and write the article below it"
    )]
    EmptyFile,

    /// The file does not start with `---`.
    #[error(
        "no front matter: the file must start with a `---` line, then `title: ...`, then another \
         `---` line. Did you forget to add `---`?"
    )]
    MissingFrontMatter,

    /// The front matter opens on a later line than the first.
    #[error(
        "the front matter must start on the first line: remove the lines before the first `---`"
    )]
    FrontMatterNotFirst,

    /// The opening `---` has no closing `---`.
    #[error("the front matter is never closed: add a `---` line after its last key")]
    UnterminatedFrontMatter,

    /// The front matter is not valid YAML; `message` is the YAML parser's, `hint` ours.
    #[error("invalid YAML in the front matter: {message}: {hint}")]
    InvalidYaml { message: String, hint: &'static str },

    /// The front matter is YAML but not `key: value` lines.
    #[error("the front matter must be `key: value` lines (title, type, ...), but it is {found}")]
    FrontMatterNotMapping { found: &'static str },

    /// A key dalil does not know, with the closest known key when there is one.
    #[error("{}", unknown_key_message(key, suggestion.as_deref()))]
    UnknownKey {
        key: String,
        suggestion: Option<&'static str>,
    },

    /// A value of the wrong YAML type.
    #[error("{key} must be {expected} (found {found}): write it as `{example}`")]
    WrongType {
        key: &'static str,
        expected: &'static str,
        found: &'static str,
        example: &'static str,
    },

    /// No `title` key.
    #[error("missing title: add a `title: ...` line to the front matter")]
    MissingTitle,

    /// A `title` key with an empty value.
    #[error("the title is empty: write the article's title after `title:`")]
    EmptyTitle,

    /// A `type` that is not one of the article types.
    #[error("unknown type {found:?}: use one of faq, tutorial, article")]
    BadType { found: String },

    /// An `updated` value that is not a `YYYY-MM-DD` date.
    #[error(
        "updated {found:?} is not a valid date ({reason}): write it as YYYY-MM-DD, e.g. 2026-11-20"
    )]
    BadDate { found: String, reason: String },

    /// A file stem that is not `[a-z0-9-]+`.
    #[error("{}", bad_id_message(id, bad_chars, suggestion))]
    BadId {
        id: String,
        /// The characters that are not allowed, each once, in order of appearance.
        bad_chars: String,
        /// A file name that would be accepted, when one can be made.
        suggestion: String,
    },

    /// A file stem longer than article ids may be.
    #[error(
        "the file name is {chars} characters long, more than the {max} an article id may have: \
         rename the file to a shorter name",
        max = super::MAX_ID_CHARS
    )]
    IdTooLong { chars: usize },

    /// A Markdown file directly in the content folder.
    #[error(
        "this article is not in a language folder: move it into one of the language folders \
         ({langs})",
        langs = lang_folders()
    )]
    NotInLanguageFolder,

    /// A folder in the content folder whose name is not a configured language code.
    #[error("{}", unknown_folder_message(name, *suggestion))]
    UnknownLanguageFolder {
        name: String,
        suggestion: Option<Lang>,
    },

    /// Markdown files in a folder inside a language folder.
    #[error(
        "this folder holds {count} Markdown file(s), but articles must sit directly in the \
         language folder: move them up one level"
    )]
    NestedFolder { count: usize },

    /// A `lang` key that disagrees with the folder the file is in.
    #[error(
        "lang is {found:?} but the file is in the {folder} folder: remove the lang key, or move \
         the file to the {found} folder"
    )]
    LangMismatch { found: String, folder: Lang },

    /// More sections than [`MAX_SECTIONS`](super::MAX_SECTIONS).
    #[error(
        "the article has {count} sections, more than the limit of {limit}: split it into several \
         articles (or raise MAX_SECTIONS in src/content/mod.rs)"
    )]
    TooManySections { count: usize, limit: usize },

    /// A link or image with nothing between its parentheses.
    #[error("a link with no destination: write where it leads between the parentheses, `[text](/en/article-id)`")]
    EmptyLink,

    /// A link to an article id that no file of that language has.
    #[error("{}", missing_article_message(dest, *lang, suggestion.as_deref()))]
    LinkToMissingArticle {
        dest: String,
        lang: Lang,
        suggestion: Option<String>,
    },

    /// A link to a section anchor the target article does not have.
    #[error("{}", missing_anchor_message(dest, suggestion.as_deref()))]
    LinkToMissingAnchor {
        dest: String,
        suggestion: Option<String>,
    },

    /// A link to an article marked `draft: true`.
    #[error(
        "the link {dest:?} leads to a draft, which is not published: publish it, or link elsewhere"
    )]
    LinkToDraft { dest: String },

    /// An image or file link to a file that is not under the content folder.
    #[error(
        "the {} {dest:?} is not there ({}): fix the path, or put the file in the content folder's assets/ folder and link it as /assets/<name> (relative paths start from the article's language folder)",
        if *image { "image" } else { "linked file" },
        looked_for.display()
    )]
    MissingLinkedFile {
        dest: String,
        image: bool,
        looked_for: PathBuf,
    },

    /// A link to a file outside the site's `assets/` folder, the only one served.
    #[error("the file {dest:?} is not served: only files in the content folder's assets/ folder are; move it there and link it as /assets/{name}")]
    LinkedFileNotServed { dest: String, name: String },

    /// A relative link whose `..` climb above the content folder.
    #[error("the link {dest:?} leads outside the content folder: link to an article (`/en/article-id`) or a file under the content folder")]
    LinkOutsideContent { dest: String },

    /// A synonyms file that is not valid TOML of `word = ["phrase", ...]` lines.
    #[error("invalid synonyms file: {message}: write each group as `withdraw = [\"cash out\", \"payout\"]`")]
    InvalidSynonyms { message: String },

    /// A synonyms file named for no configured language.
    #[error("synonyms file {name:?} is not named for a language: name it `<lang>.toml` with lang one of {langs}", langs = Lang::codes_list())]
    UnknownSynonymsLanguage { name: String },

    /// A writers' colloquial lexicon file (`colloquial/<lang>.toml`) with a bad entry.
    #[error("{problem}: {hint}")]
    InvalidColloquial { problem: String, hint: String },

    /// A colloquial lexicon file named for no configured language.
    #[error("colloquial lexicon file {name:?} is not named for a language: name it `<lang>.toml` with lang one of {langs}", langs = Lang::codes_list())]
    UnknownColloquialLanguage { name: String },

    /// A file of customers' questions (`asked/<lang>.toml`) with a bad entry.
    #[error("{problem}: {hint}")]
    InvalidAsked { problem: String, hint: String },

    /// A file of customers' questions named for no configured language.
    #[error("customers' questions file {name:?} is not named for a language: name it `<lang>.toml` with lang one of {langs}", langs = Lang::codes_list())]
    UnknownAskedLanguage { name: String },

    /// A problem in the site file (`site.toml`): what is wrong and how to fix it.
    #[error("{problem}: {hint}")]
    InvalidSite { problem: String, hint: String },

    /// An article's `category` that the site file does not declare.
    #[error("{}", undeclared_category_message(category, suggestion.as_deref(), declared))]
    UndeclaredCategory {
        category: String,
        /// The closest declared category, when one is close.
        suggestion: Option<String>,
        declared: Vec<String>,
    },
}

fn asked_unknown_article_message(article: &str, lang: Lang, suggestion: Option<&str>) -> String {
    let head = format!(
        "customers' questions are filed under `{article}`, but there is no article `{article}` in {lang}/"
    );
    match suggestion {
        Some(s) => format!("{head}: did you mean `{s}`? (until then they are left out)"),
        None => format!(
            "{head}: name the entry after the article's file (without `.md`) in content/{lang}/, or remove it (until then it is left out)"
        ),
    }
}

fn undeclared_category_message(
    category: &str,
    suggestion: Option<&str>,
    declared: &[String],
) -> String {
    let head = format!("category {category:?} is not declared in site.toml");
    match suggestion {
        Some(s) => format!(
            "{head}: did you mean {s:?}? (declared: {})",
            declared.join(", ")
        ),
        None if declared.is_empty() => format!(
            "{head}: declare it with a [[categories]] table in site.toml (id, name per language)"
        ),
        None => format!(
            "{head}: use one of {}, or declare it with a [[categories]] table in site.toml",
            declared.join(", ")
        ),
    }
}

/// What was noticed about a file or folder; never keeps anything from being loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ContentWarningKind {
    /// The article exists in some languages but not in these.
    #[error("{}", missing_translation_message(id, missing))]
    MissingTranslation { id: String, missing: Vec<Lang> },

    /// A translation older than the version it follows.
    #[error(
        "this translation was updated {}, before its {} version ({source_updated}): bring it up to date and set `updated`",
        updated.as_deref().unwrap_or("never"),
        source_lang.code()
    )]
    OutdatedTranslation {
        source_lang: Lang,
        source_updated: String,
        updated: Option<String>,
    },

    /// A translation with fewer sections than the version it follows.
    #[error(
        "this translation has {sections} section(s), its {} version {source_sections}: translate the missing ones",
        source_lang.code()
    )]
    IncompleteTranslation {
        source_lang: Lang,
        sections: usize,
        source_sections: usize,
    },

    /// A heading followed by no text (and no sub-sections).
    #[error(
        "{} {heading:?} has no text: write it, or remove the heading",
        if *question { "the question" } else { "the section" }
    )]
    EmptySection { heading: String, question: bool },

    /// Another article in the same language has the same title.
    #[error(
        "the title {title:?} is also used by {}: give each article its own title so readers can \
         tell them apart",
        other.display()
    )]
    DuplicateTitle { title: String, other: PathBuf },

    /// A heading ending in `{...}` that pulldown-cmark read as attributes, not text.
    #[error(
        "the heading {heading:?} ends in `{{...}}`, which is read as heading attributes and not \
         shown: write the `{{` as `&#123;` to show it, or keep only an id like `{{#my-id}}`"
    )]
    HeadingAttributes { heading: String },

    /// `draft: true`: not indexed.
    #[error("draft, not indexed: set `draft: false` (or remove the line) to publish it")]
    DraftSkipped,

    /// A file that is not an article, in a place where articles are expected.
    #[error("{}", not_markdown_message(*maybe_article))]
    NotMarkdown {
        /// The name looks like an article with a wrong extension (`.MD`, `.markdown`).
        maybe_article: bool,
    },

    /// An article with nothing below its front matter.
    #[error("the article has no text below its front matter: write it, or mark it `draft: true`")]
    EmptyBody,

    /// A symbolic link that leads nowhere (broken, or a loop).
    #[error("a symbolic link that cannot be followed ({reason}), skipped: fix or remove the link")]
    BrokenLink { reason: String },

    /// Not a regular file or folder (a pipe, socket or device).
    #[error("not a regular file, skipped: replace it with an ordinary file")]
    NotRegularFile,

    /// A folder inside a language folder without Markdown files.
    #[error("folder ignored: articles must sit directly in the language folder")]
    IgnoredFolder,

    /// A name that is not valid Unicode.
    #[error("the name is not valid UTF-8, skipped: rename it using letters a-z, 0-9 and \"-\"")]
    NonUnicodeName,

    /// Customers' questions filed under an article the language does not have: left out.
    #[error("{}", asked_unknown_article_message(article, *lang, suggestion.as_deref()))]
    AskedUnknownArticle {
        article: String,
        lang: Lang,
        suggestion: Option<String>,
    },

    /// The site file names an article (contact, featured) that is not there.
    #[error("{key} names article {id:?}, which {where_}: {hint} (until then it is left out)")]
    UnknownSiteArticle {
        key: &'static str,
        id: String,
        /// "is not in the content" or "has no en/ version".
        where_: String,
        hint: String,
    },

    /// A language folder whose language the site file does not publish.
    #[error("{lang} is not among the languages site.toml publishes, so this folder is skipped: add \"{code}\" to `languages` in site.toml to publish it", code = lang.code())]
    UnpublishedLanguage { lang: Lang },
}

fn unreadable_message(kind: std::io::ErrorKind, reason: &str) -> String {
    match kind {
        std::io::ErrorKind::PermissionDenied => {
            "cannot read the file: permission denied: make it readable (e.g. `chmod a+r`)".into()
        }
        std::io::ErrorKind::NotFound => {
            "the file disappeared while loading: run the build again".into()
        }
        _ => format!(
            "cannot read the file ({reason}): check that it is an ordinary file you may read"
        ),
    }
}

fn unknown_key_message(key: &str, suggestion: Option<&str>) -> String {
    match suggestion {
        Some(s) => format!("unknown front-matter key {key:?} (did you mean {s:?}?)"),
        None => format!(
            "unknown front-matter key {key:?}: remove it (known keys: {})",
            super::front_matter::KEYS.join(", ")
        ),
    }
}

fn bad_id_message(id: &str, bad_chars: &str, suggestion: &str) -> String {
    let found: Vec<String> = bad_chars.chars().map(|c| format!("{c:?}")).collect();
    let what = if id.is_empty() {
        format!("the file name {id:?} is empty before .md")
    } else {
        format!(
            "invalid article id {id:?}: ids may only use a-z, 0-9 and \"-\" (found {})",
            found.join(", ")
        )
    };
    if suggestion.is_empty() {
        format!("{what}: rename the file using only those characters")
    } else {
        format!("{what}: rename the file to \"{suggestion}.md\"")
    }
}

fn lang_folders() -> String {
    Lang::ALL.map(|l| format!("{}/", l.code())).join(", ")
}

fn unknown_folder_message(name: &str, suggestion: Option<Lang>) -> String {
    let hint = match suggestion {
        Some(lang) => format!(" (did you mean \"{}\"?)", lang.code()),
        None => String::new(),
    };
    format!(
        "unknown language folder {name:?}{hint}: the configured languages are {}; rename the \
         folder, or add the language in src/lang.rs",
        Lang::codes_list()
    )
}

fn missing_translation_message(id: &str, missing: &[Lang]) -> String {
    let langs: Vec<&str> = missing.iter().map(|l| l.code()).collect();
    let files: Vec<String> = missing
        .iter()
        .map(|l| format!("{}/{id}.md", l.code()))
        .collect();
    format!(
        "article {id:?} has no translation in {}: add {}",
        langs.join(", "),
        files.join(", ")
    )
}

fn not_markdown_message(maybe_article: bool) -> String {
    if maybe_article {
        "not an article, ignored: articles end in lowercase `.md`; rename it if it is one".into()
    } else {
        "not a Markdown file, ignored: articles end in `.md`; move other files out of the \
         content folder"
            .into()
    }
}

/// `4 MiB`, `5.2 MiB`, `512 KiB`, `17 bytes`.
pub(crate) fn human_bytes(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    let one_decimal = |n: u64, unit: u64, name: &str| {
        let tenths = (n.saturating_mul(10) + unit / 2) / unit;
        if tenths.is_multiple_of(10) {
            format!("{} {name}", tenths / 10)
        } else {
            format!("{}.{} {name}", tenths / 10, tenths % 10)
        }
    };
    if bytes >= MIB {
        one_decimal(bytes, MIB, "MiB")
    } else if bytes >= KIB {
        one_decimal(bytes, KIB, "KiB")
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_path_line_and_message() {
        let e = ContentError::new(
            "content/fa/withdrawals.md",
            Some(3),
            ContentErrorKind::UnknownKey {
                key: "tittle".into(),
                suggestion: Some("title"),
            },
        );
        assert_eq!(
            e.to_string(),
            "content/fa/withdrawals.md:3: unknown front-matter key \"tittle\" (did you mean \"title\"?)"
        );
        let w = ContentWarning::new("content/en/a.md", None, ContentWarningKind::DraftSkipped);
        assert_eq!(
            w.to_string(),
            "content/en/a.md: draft, not indexed: set `draft: false` (or remove the line) to publish it"
        );
    }

    #[test]
    fn unreadable_file_says_permission_denied() {
        let kind = ContentErrorKind::Unreadable {
            io_kind: std::io::ErrorKind::PermissionDenied,
            reason: "Permission denied (os error 13)".into(),
        };
        assert_eq!(
            kind.to_string(),
            "cannot read the file: permission denied: make it readable (e.g. `chmod a+r`)"
        );
    }

    #[test]
    fn sizes_read_like_people_write_them() {
        assert_eq!(human_bytes(4 * 1024 * 1024), "4 MiB");
        assert_eq!(human_bytes(5_452_595), "5.2 MiB");
        assert_eq!(human_bytes(512 * 1024), "512 KiB");
        assert_eq!(human_bytes(17), "17 bytes");
    }
}
