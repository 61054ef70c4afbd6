//! Content loading: files under `content/` -> [`Article`] values, with errors that name file and
//! line.
//!
//! A content folder holds one folder per configured language (`Lang::ALL` codes) and in it one
//! article per file, `<lang>/<id>.md`: YAML front matter between `---` lines, then a Markdown
//! body. Loading never stops at the first problem: [`load_content`] returns every article that
//! loaded and every error and warning, each displayed as `path:line: what is wrong: how to fix
//! it`. This module knows nothing of analysis, indexes or the web.
//!
//! - `loader`: the folder walk and the checks across files;
//! - `parse`: one file's bytes -> one article;
//! - `source`: encodings, line ends, line numbers;
//! - `front_matter`: the fences and the keys;
//! - `markdown`: parser options, anchors, sanitised HTML;
//! - `sections`: splitting a body into sections / FAQ answers;
//! - `text`: plain text of Markdown;
//! - `anchor`: heading ids;
//! - `site`: the site file (`site.toml`): names, brand, languages, categories;
//! - `links`: internal links and images, and where they lead;
//! - `translations`: missing, outdated and incomplete translations.

mod anchor;
mod article;
mod asked;
mod colloquial;
mod error;
mod front_matter;
mod links;
mod loader;
mod markdown;
mod parse;
mod sections;
pub mod site;
mod source;
mod synonyms;
mod text;
mod translations;

pub use anchor::slugify;
pub use article::{article_url, Article, ArticleType, Section};
pub use asked::{load_asked, parse_asked, Asked, AskedEntry, ASKED_DIR, MAX_ASKED_CHARS};
pub use colloquial::{
    load_colloquial, parse_colloquial, Colloquial, ColloquialEntry, COLLOQUIAL_DIR,
};
pub use error::{ContentError, ContentErrorKind, ContentWarning, ContentWarningKind};
pub use loader::{load_changed_content, load_content, FileStamp, LoadReport};
pub use markdown::render_markdown;
pub use parse::{is_valid_id, parse_article};
pub use site::{Learning, Ranking, Site, SITE_FILE};
pub use synonyms::{load_synonyms, parse_synonyms, Synonyms, SYNONYMS_DIR};
pub use translations::{translation_status, TranslationState, TranslationStatus};

/// Largest article file read, in bytes (4 MiB). Bigger files are reported, not read.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Longest article id (file name without `.md`): ids are URL segments and API parameters.
pub const MAX_ID_CHARS: usize = 128;

/// Most sections (lead included) one article may have.
pub const MAX_SECTIONS: usize = 1_000;

#[cfg(test)]
mod tests;
