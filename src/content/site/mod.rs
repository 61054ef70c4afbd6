//! The site file (`content/site.toml`): everything about a help center that belongs to its
//! operator rather than to dalil - names, company, logo and favicon, brand colour, footer and
//! legal text, links, published languages, categories, the contact and featured articles, the
//! public base URL. It is content: loaded and checked with the articles (errors at
//! `site.toml:line`), recorded in each index build, and a broken one never replaces the last
//! good build.
//!
//! - `parse`: the TOML -> a checked [`Site`], with every problem and its line;
//! - `colour`: hex colours, WCAG contrast and the shades derived from the brand colour.
//!
//! Without a site file the help center has neutral defaults: dalil's own name for it in each
//! language, every language published, any category accepted (shown under its key).

mod colour;
mod parse;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use colour::{Palette, Rgb, Shades, MIN_CONTRAST};
pub(crate) use parse::{load_site_files, parse_site, ArticleRefs};

use crate::lang::Lang;

/// File name of the site file at the top of the content folder.
pub const SITE_FILE: &str = "site.toml";
/// Folder beside the language folders for the logo, favicon and other site files.
pub const SITE_ASSETS_DIR: &str = "assets";
/// Largest logo, favicon or image, in bytes (256 KiB): they are served from memory.
pub const MAX_SITE_FILE_BYTES: u64 = 256 * 1024;
/// Most images in the `assets/` folder (all of them are kept in memory with the index).
pub const MAX_SITE_FILES: usize = 64;

/// A help center's own settings. Field order is the encoding of `site.bin` in each build.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Site {
    /// Whether it came from a site file: only then are categories checked.
    pub declared: bool,
    /// Public address, without a trailing slash (`https://help.example.com`).
    pub base_url: Option<String>,
    /// Published languages, in the order of the language switcher.
    pub languages: Vec<Lang>,
    /// Where `/` goes when the browser asks for no published language.
    pub default_language: Lang,
    /// The help center's name per language code.
    pub name: BTreeMap<String, String>,
    /// The company's name per language code.
    pub company: BTreeMap<String, String>,
    /// Footer and legal text per language code (a risk disclaimer, a licence number).
    pub footer: BTreeMap<String, String>,
    /// An example question in the search box per language code (`e.g. How do I ...?`).
    pub search_placeholder: BTreeMap<String, String>,
    pub logo: Option<SiteFile>,
    pub favicon: Option<SiteFile>,
    /// The brand colour and its shades; `None` keeps the stylesheet's.
    pub palette: Option<Palette>,
    pub links: Links,
    /// Declared categories in display order.
    pub categories: Vec<Category>,
    /// The article every footer links to, when it exists in the page's language.
    pub contact_article: Option<String>,
    /// Articles featured on each language's home page, in order, per language code.
    pub featured: BTreeMap<String, Vec<String>>,
    /// The images of the content's `assets/` folder, served at `/assets/<file name>` for
    /// articles to show (`![A screenshot](/assets/screenshot.png)`).
    pub files: Vec<SiteFile>,
    /// Learning from what customers open (`[learning]`); builds made before it was a setting
    /// read as the defaults.
    #[serde(default)]
    pub learning: Learning,
    /// Ranking settings (`[ranking]`); builds made before it was a setting read as the
    /// defaults.
    #[serde(default)]
    pub ranking: Ranking,
}

/// `[ranking]`: the ranking's built-in priors a help center may weaken or switch off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ranking {
    /// Weight of the FAQ lean: customers' words that say an FAQ or a guide answers raise that
    /// kind among a query's best few articles (`search::FaqLean`; 0: off).
    pub faq_lean: f64,
    /// Weight of the words of customers' questions filed by article (`content/asked/`): they
    /// reorder a query's best few articles as learned words do (0: off).
    pub asked: f64,
    /// Weight of the vote of the filed questions closest to a query (`content/asked/`): it
    /// raises their articles among the query's best few (0: off).
    pub asked_neighbours: f64,
}

impl Default for Ranking {
    /// faq_lean 0.1: chosen on a fresh batch of colloquial questions and a cross-check on the
    /// tuned ones (docs/RELEVANCE.md, "The FAQ lean"); asked 0.04: chosen on the two fresh
    /// batches and the tuning parts (docs/RELEVANCE.md, "Customers' questions by article");
    /// asked_neighbours 0.8: chosen on the tuning parts and the fresh batches (docs/RELEVANCE.md,
    /// "The closest questions").
    fn default() -> Self {
        Ranking {
            faq_lean: 0.1,
            asked: 0.04,
            asked_neighbours: 0.8,
        }
    }
}

/// `[learning]`: whether search learns from what customers open, and the counting rules'
/// numbers (their reasons are in `insights::LearnRules`; docs/RELEVANCE.md, "Lever 3").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Learning {
    /// Off: no prior is loaded and answers are as if nothing was learned.
    pub enabled: bool,
    pub min_searches: u32,
    pub min_days: u32,
    pub per_day_cap: u32,
    pub half_life_days: f64,
    pub min_share: f64,
    pub max_boost: f64,
    /// Weight of the learned vocabulary: the words of learned queries reorder the best few
    /// articles of other queries that share them (0: off).
    pub vocabulary_weight: f64,
}

impl Default for Learning {
    /// Why these numbers: 5 searches on 3 days is the least evidence that is not one customer's
    /// afternoon (a customer retrying over two days reaches at most 2 x 3 = 6 searches but
    /// only 2 days); a cap of 3 a day keeps a burst from outweighing real traffic; a 30-day
    /// half-life follows a help center's content and product changes within a month or two
    /// while keeping a quarter's evidence; a 0.6 share means one article clearly wins (two
    /// articles splitting opens teach nothing); a 0.75 boost (times the share and the
    /// evidence) lets a learned article pass results scoring up to 1.75 times more: in the
    /// replay of docs/RELEVANCE.md it lifts tuning S@1 by 2-9 points per language, where 0.25
    /// and 0.5 leave a third to half of that on the table and 1.0 adds one Chinese query,
    /// while a query's much stronger match (an exact title) stays above; full evidence at 10
    /// decayed searches (`insights::LearnRules`).
    fn default() -> Self {
        Learning {
            enabled: true,
            min_searches: 5,
            min_days: 3,
            per_day_cap: 3,
            half_life_days: 30.0,
            min_share: 0.6,
            max_boost: 0.75,
            vocabulary_weight: 0.2,
        }
    }
}

/// Links shown in the footer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Links {
    pub website: Option<String>,
    pub status: Option<String>,
    pub privacy: Option<String>,
}

/// A category articles are filed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// What articles write after `category:`.
    pub id: String,
    /// Name per language code.
    pub name: BTreeMap<String, String>,
    /// One line per language code, under the name on the home page.
    pub description: BTreeMap<String, String>,
    /// A short decorative symbol (an emoji) shown before the name.
    pub icon: Option<String>,
}

/// A file of the content folder the pages link to (logo, favicon), kept in memory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteFile {
    /// Path relative to the content folder, as the site file names it.
    pub path: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    /// Hex digest of `bytes`: the cache buster of its URL.
    pub hash: String,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            declared: false,
            base_url: None,
            languages: Lang::ALL.to_vec(),
            default_language: Lang::En,
            name: BTreeMap::new(),
            company: BTreeMap::new(),
            footer: BTreeMap::new(),
            search_placeholder: BTreeMap::new(),
            logo: None,
            favicon: None,
            palette: None,
            links: Links::default(),
            categories: Vec::new(),
            contact_article: None,
            featured: BTreeMap::new(),
            files: Vec::new(),
            learning: Learning::default(),
            ranking: Ranking::default(),
        }
    }
}

impl Site {
    /// Whether pages are published in `lang`.
    pub fn publishes(&self, lang: Lang) -> bool {
        self.languages.contains(&lang)
    }

    /// The help center's name in `lang`, when the site file gives one.
    pub fn name(&self, lang: Lang) -> Option<&str> {
        per_lang(&self.name, lang)
    }

    /// The company's name in `lang`.
    pub fn company(&self, lang: Lang) -> Option<&str> {
        per_lang(&self.company, lang)
    }

    /// The footer text in `lang`.
    pub fn footer(&self, lang: Lang) -> Option<&str> {
        per_lang(&self.footer, lang)
    }

    /// The search box's example question in `lang`.
    pub fn search_placeholder(&self, lang: Lang) -> Option<&str> {
        per_lang(&self.search_placeholder, lang)
    }

    /// A declared category.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Display rank of a category: declared ones in their order, then the others.
    pub fn category_rank(&self, id: &str) -> usize {
        self.categories
            .iter()
            .position(|c| c.id == id)
            .unwrap_or(self.categories.len())
    }

    /// The featured article ids of a language (empty when none are declared).
    pub fn featured(&self, lang: Lang) -> &[String] {
        self.featured.get(lang.code()).map_or(&[], Vec::as_slice)
    }

    /// An image of the `assets/` folder by file name.
    pub fn file(&self, name: &str) -> Option<&SiteFile> {
        self.files.iter().find(|f| f.name() == name)
    }

    /// An absolute URL for a path (`/en/fees`), when the base URL is known.
    pub fn absolute(&self, path: &str) -> Option<String> {
        self.base_url.as_ref().map(|base| format!("{base}{path}"))
    }
}

impl SiteFile {
    /// The file name, as its URL under `/assets/` spells it.
    pub fn name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }
}

impl Category {
    /// The name in `lang`, else the id.
    pub fn name(&self, lang: Lang) -> &str {
        per_lang(&self.name, lang).unwrap_or(&self.id)
    }

    /// The one-line description in `lang`.
    pub fn description(&self, lang: Lang) -> Option<&str> {
        per_lang(&self.description, lang)
    }
}

fn per_lang(map: &BTreeMap<String, String>, lang: Lang) -> Option<&str> {
    map.get(lang.code()).map(String::as_str)
}

/// FNV-1a, 64 bits: tells versions of a file apart in cache-busting URLs (not a security
/// measure). `const` so that embedded assets are hashed at compile time.
pub const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}
