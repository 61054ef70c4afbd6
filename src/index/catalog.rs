//! The catalog: light metadata of every indexed article, kept in memory by readers for
//! listings, translations and related articles without touching the search index.
//!
//! On disk it is `catalog.bin`: the slots in postcard's encoding, each entry framed on its own
//! (a byte string inside the list), so that an incremental build copies the entries it keeps
//! without decoding them. A server decodes all of it before answering; at 100,000 articles the
//! JSON it replaced (92 MB) took most of the start-up to parse (docs/PERFORMANCE.md).

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::ops::Range;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::build::{write_file, CATALOG};
use super::error::{IndexError, Result};
use crate::content::{article_url, Article, ArticleType, Section};
use crate::lang::Lang;

/// What the pages and the search results need to know about one article without loading it.
/// `lang` and `id` stay the first fields: the catalog key scan (`EncodedCatalog::keys`, used by
/// incremental builds) decodes only those. Its texts are decoded as bytes and checked with
/// SIMD (`text`): std's UTF-8 check of the catalog's Arabic, Persian and Chinese strings was
/// an eighth of a server's start-up CPU at 100,000 articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    /// Stored as its code, like the `String` it replaced: catalogs stay readable.
    pub lang: Lang,
    #[serde(deserialize_with = "text::one")]
    pub id: String,
    #[serde(deserialize_with = "text::one")]
    pub title: String,
    /// Stored as its spelling (`faq`), like the `String` it replaced: catalogs stay readable.
    #[serde(rename = "type")]
    pub article_type: ArticleType,
    #[serde(deserialize_with = "text::optional")]
    pub category: Option<String>,
    #[serde(deserialize_with = "text::list")]
    pub tags: Vec<String>,
    #[serde(deserialize_with = "text::optional")]
    pub summary: Option<String>,
    #[serde(deserialize_with = "text::optional")]
    pub updated: Option<String>,
    /// The questions of an FAQ article, or the section headings of others, with anchors.
    #[serde(deserialize_with = "text::pairs")]
    pub headings: Vec<(String, String)>,
}

/// Decoding the catalog's strings: the same full UTF-8 check as std's, with SIMD.
mod text {
    use serde::de::{Deserialize, Deserializer, Error, Visitor};

    /// A string decoded from bytes or from a string.
    pub(super) struct Text(String);

    impl<'de> Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            // postcard writes a string as its bytes: asking for bytes skips std's check.
            d.deserialize_bytes(TextVisitor)
        }
    }

    struct TextVisitor;

    impl Visitor<'_> for TextVisitor {
        type Value = Text;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a UTF-8 string")
        }

        fn visit_str<E: Error>(self, v: &str) -> Result<Text, E> {
            Ok(Text(v.to_owned()))
        }

        fn visit_string<E: Error>(self, v: String) -> Result<Text, E> {
            Ok(Text(v))
        }

        fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Text, E> {
            simdutf8::basic::from_utf8(v)
                .map(|s| Text(s.to_owned()))
                .map_err(|_| E::invalid_value(serde::de::Unexpected::Bytes(v), &self))
        }
    }

    pub(super) fn one<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        Text::deserialize(d).map(|t| t.0)
    }

    pub(super) fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        Option::<Text>::deserialize(d).map(|t| t.map(|t| t.0))
    }

    pub(super) fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        Vec::<Text>::deserialize(d).map(|v| v.into_iter().map(|t| t.0).collect())
    }

    pub(super) fn pairs<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<(String, String)>, D::Error> {
        Vec::<(Text, Text)>::deserialize(d)
            .map(|v| v.into_iter().map(|(a, b)| (a.0, b.0)).collect())
    }
}

impl ArticleMeta {
    /// Catalog entry of a loaded article.
    pub fn of(article: &Article) -> Self {
        ArticleMeta {
            lang: article.lang,
            id: article.id.clone(),
            title: article.title.clone(),
            article_type: article.kind,
            category: article.category.clone(),
            tags: article.tags.clone(),
            summary: article.summary.clone(),
            updated: article.updated.clone(),
            headings: article
                .sections
                .iter()
                .filter(|s| lists_heading(article, s))
                .map(|s| (s.anchor.clone(), s.heading.clone()))
                .collect(),
        }
    }

    /// The page URL (`/<lang>/<id>`).
    pub fn url(&self) -> String {
        article_url(self.lang, &self.id, "")
    }

    /// Whether this is an FAQ article.
    pub fn is_faq(&self) -> bool {
        self.article_type == ArticleType::Faq
    }
}

/// Whether [`ArticleMeta::headings`] lists a section of the article.
fn lists_heading(article: &Article, s: &Section) -> bool {
    !s.heading.is_empty() && (article.kind != ArticleType::Faq || s.is_question)
}

/// Each section's `heading_slot` ([`crate::index::Fields::heading_slot`]): `n + 1` for the
/// `n`th heading [`ArticleMeta::of`] lists, 0 for the lead text (empty heading and anchor),
/// `None` for a section the catalog cannot stand for. Kept beside `ArticleMeta::of` so the
/// two cannot disagree.
pub(crate) fn heading_slots(article: &Article) -> impl Iterator<Item = Option<u64>> + '_ {
    let mut listed = 0;
    article.sections.iter().map(move |s| {
        if lists_heading(article, s) {
            listed += 1;
            Some(listed)
        } else if s.heading.is_empty() && s.anchor.is_empty() {
            Some(0)
        } else {
            None
        }
    })
}

/// `catalog.bin`: the entry of each `article_ord`, `None` where an incremental build removed
/// an article (ordinals are never reused by another article within a line of builds).
pub type CatalogSlots = Vec<Option<ArticleMeta>>;

/// The slots of a catalog file, each still in its own encoding (postcard), as they are read
/// and written: an incremental build replaces a few and copies the others without decoding
/// them.
#[derive(Debug, Clone, Default)]
pub(crate) struct EncodedCatalog<'a> {
    slots: Vec<Option<Cow<'a, [u8]>>>,
}

/// The leading fields of an encoded [`ArticleMeta`] (postcard writes fields in declaration
/// order with no names, so a prefix of the struct decodes the start of an entry).
#[derive(Deserialize)]
struct EntryKey {
    lang: String,
    id: String,
}

impl<'a> EncodedCatalog<'a> {
    /// The slots of a catalog file's bytes. The frames are only located, not decoded.
    pub(crate) fn parse(bytes: &'a [u8], path: &Path) -> Result<Self> {
        let slots: Vec<Option<&[u8]>> = decode_all(bytes).map_err(encoding_error(path))?;
        Ok(EncodedCatalog {
            slots: slots.into_iter().map(|s| s.map(Cow::Borrowed)).collect(),
        })
    }

    /// Puts an entry (or a hole) at `ord`, adding holes up to it if needed.
    pub(crate) fn set(&mut self, ord: usize, meta: Option<&ArticleMeta>) -> Result<()> {
        let encoded = meta
            .map(postcard::to_stdvec)
            .transpose()
            .map_err(encoding_error(Path::new(CATALOG)))?;
        if self.slots.len() <= ord {
            self.slots.resize(ord + 1, None);
        }
        self.slots[ord] = encoded.map(Cow::Owned);
        Ok(())
    }

    /// The (language code, id) of each slot, decoding only the start of each entry.
    pub(crate) fn keys(&self, path: &Path) -> Result<Vec<Option<(String, String)>>> {
        self.slots
            .iter()
            .map(|slot| {
                let Some(bytes) = slot else { return Ok(None) };
                let (key, _): (EntryKey, _) = postcard::take_from_bytes(bytes)?;
                Ok(Some((key.lang, key.id)))
            })
            .collect::<postcard::Result<_>>()
            .map_err(encoding_error(path))
    }

    /// Decodes every entry, a share of them on each core: a server decodes the whole catalog
    /// before it answers (2 million strings at 100,000 articles).
    pub(crate) fn decode(&self, path: &Path) -> Result<CatalogSlots> {
        let threads = if self.slots.len() < PARALLEL_FROM {
            1
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_DECODERS))
        };
        let share = self.slots.len().div_ceil(threads).max(1);
        let mut decoded: CatalogSlots = vec![None; self.slots.len()];
        let results: Vec<postcard::Result<()>> = std::thread::scope(|scope| {
            let workers: Vec<_> = decoded
                .chunks_mut(share)
                .zip(self.slots.chunks(share))
                .map(|(out, slots)| scope.spawn(move || decode_into(slots, out)))
                .collect();
            workers
                .into_iter()
                .map(|w| {
                    w.join()
                        .unwrap_or(Err(postcard::Error::DeserializeBadEncoding))
                })
                .collect()
        });
        for result in results {
            result.map_err(encoding_error(path))?;
        }
        Ok(decoded)
    }

    /// Writes the catalog file.
    pub(crate) fn write(&self, path: &Path) -> Result<()> {
        let frames: Vec<Option<&[u8]>> = self.slots.iter().map(|s| s.as_deref()).collect();
        let bytes = postcard::to_stdvec(&frames).map_err(encoding_error(path))?;
        write_file(path, &bytes)
    }
}

/// Threads decoding a catalog at most (each allocates its share's strings).
const MAX_DECODERS: usize = 4;
/// Catalogs of fewer entries are decoded on the calling thread: they take milliseconds, and
/// every reload would leave the short-lived threads' allocator heaps behind.
const PARALLEL_FROM: usize = 20_000;

/// Decodes `slots` into `out` (of the same length).
fn decode_into(
    slots: &[Option<Cow<'_, [u8]>>],
    out: &mut [Option<ArticleMeta>],
) -> postcard::Result<()> {
    for (slot, meta) in slots.iter().zip(out) {
        *meta = slot.as_deref().map(decode_all).transpose()?;
    }
    Ok(())
}

/// Decodes a whole value: bytes left over mean a damaged file.
fn decode_all<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> postcard::Result<T> {
    match postcard::take_from_bytes(bytes)? {
        (value, []) => Ok(value),
        _ => Err(postcard::Error::DeserializeBadEncoding),
    }
}

fn encoding_error(path: &Path) -> impl FnOnce(postcard::Error) -> IndexError + '_ {
    move |source| IndexError::Encoding {
        path: path.to_path_buf(),
        source,
    }
}

/// Reads the catalog slots written by [`EncodedCatalog::write`]. A damaged file is an error, never a
/// panic: lengths are checked against the bytes left before anything is allocated.
pub(crate) fn read_catalog(path: &Path) -> Result<CatalogSlots> {
    let file = fs::File::open(path).map_err(IndexError::io("reading", path))?;
    // Mapped rather than read: reading 79 MB (100,000 articles) into a fresh buffer zeroed and
    // copied every page of it on the start-up's path. SAFETY: a published build's files are
    // never written again (a new build writes its own catalog, and damage is repaired by a new
    // build), and the map lives only while the entries are decoded into owned values.
    let map = unsafe { memmap2::Mmap::map(&file) }.map_err(IndexError::io("reading", path))?;
    EncodedCatalog::parse(&map, path)?.decode(path)
}

/// All articles of a build, in (language, id) order, found by `article_ord` or by language and
/// id.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    articles: Vec<ArticleMeta>,
    /// Position in `articles` of each `article_ord`.
    by_ord: Vec<Option<usize>>,
    by_key: HashMap<(Lang, String), usize>,
    /// The `article_ord` of each position in `articles`.
    ords: Vec<u64>,
    /// Where each language's articles lie in `articles` (sorted by language, so contiguous):
    /// every search asks for its language's count, which must not cost a scan.
    lang_ranges: [Range<usize>; Lang::ALL.len()],
}

impl Catalog {
    /// Builds the lookups over a list whose positions are the articles' `article_ord`.
    pub fn new(articles: Vec<ArticleMeta>) -> Self {
        Self::from_slots(articles.into_iter().map(Some).collect())
    }

    /// Builds the lookups over `catalog.bin` slots (position = `article_ord`).
    pub fn from_slots(slots: CatalogSlots) -> Self {
        // Full builds already come sorted; incremental ones append new articles at the end.
        // The language is looked up once per entry, not once per comparison or lookup (that
        // was 5% of a server's start at 100,000 articles).
        let mut keyed: Vec<(Lang, usize, ArticleMeta)> = slots
            .into_iter()
            .enumerate()
            .filter_map(|(ord, a)| Some((a.as_ref()?.lang, ord, a?)))
            .collect();
        keyed.sort_by(|(la, _, a), (lb, _, b)| (la, &a.id).cmp(&(lb, &b.id)));
        let mut by_ord = vec![None; keyed.iter().map(|(_, o, _)| o + 1).max().unwrap_or(0)];
        let mut articles = Vec::with_capacity(keyed.len());
        let mut by_key = HashMap::with_capacity(keyed.len());
        let mut ords = Vec::with_capacity(keyed.len());
        let mut lang_ranges: [Range<usize>; Lang::ALL.len()] = Default::default();
        for (pos, (lang, ord, a)) in keyed.into_iter().enumerate() {
            by_ord[ord] = Some(pos);
            let range = &mut lang_ranges[lang.index()];
            if range.end == 0 {
                range.start = pos;
            }
            range.end = pos + 1;
            by_key.insert((lang, a.id.clone()), pos);
            ords.push(ord as u64);
            articles.push(a);
        }
        Catalog {
            articles,
            by_ord,
            by_key,
            ords,
            lang_ranges,
        }
    }

    /// Every article, in (language, id) order.
    pub fn all(&self) -> &[ArticleMeta] {
        &self.articles
    }

    /// The article with this ordinal.
    pub fn by_ord(&self, ord: u64) -> Option<&ArticleMeta> {
        let slot = usize::try_from(ord).ok()?;
        self.by_ord
            .get(slot)
            .copied()
            .flatten()
            .map(|i| &self.articles[i])
    }

    /// The article with this id in this language.
    pub fn get(&self, lang: Lang, id: &str) -> Option<&ArticleMeta> {
        self.by_key
            .get(&(lang, id.to_string()))
            .map(|&i| &self.articles[i])
    }

    /// The `article_ord` of the article with this id in this language.
    pub fn ord_of(&self, lang: Lang, id: &str) -> Option<u64> {
        self.by_key
            .get(&(lang, id.to_string()))
            .and_then(|&i| self.ords.get(i).copied())
    }

    /// Languages in which an article id exists, in configured order.
    pub fn translations(&self, id: &str) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&l| self.by_key.contains_key(&(l, id.to_string())))
            .collect()
    }

    /// Articles of one language, in id order.
    pub fn in_lang(&self, lang: Lang) -> impl Iterator<Item = &ArticleMeta> {
        self.articles[self.lang_ranges[lang.index()].clone()].iter()
    }

    /// Number of articles per language.
    pub fn count(&self, lang: Lang) -> usize {
        self.lang_ranges[lang.index()].len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_catalog(path: &Path, slots: &CatalogSlots) -> Result<()> {
        let mut encoded = EncodedCatalog::default();
        for (ord, slot) in slots.iter().enumerate() {
            encoded.set(ord, slot.as_ref())?;
        }
        encoded.write(path)
    }

    fn meta(lang: &str, id: &str) -> ArticleMeta {
        ArticleMeta {
            lang: Lang::from_code(lang).expect("a language"),
            id: id.into(),
            title: id.to_uppercase(),
            article_type: ArticleType::Article,
            category: None,
            tags: vec![],
            summary: None,
            updated: None,
            headings: vec![],
        }
    }

    #[test]
    fn holes_and_appended_articles_keep_ordinals_and_sorted_listing() {
        let slots = vec![
            Some(meta("en", "b")),
            None,
            Some(meta("fa", "a")),
            Some(meta("en", "a")),
        ];
        let c = Catalog::from_slots(slots);
        let ids: Vec<(&str, &str)> = c.all().iter().map(|a| (a.lang.code(), &*a.id)).collect();
        assert_eq!(ids, [("en", "a"), ("en", "b"), ("fa", "a")]);
        assert_eq!(c.by_ord(0).map(|a| a.id.as_str()), Some("b"));
        assert!(c.by_ord(1).is_none() && c.by_ord(9).is_none());
        assert_eq!(c.by_ord(3).map(|a| a.id.as_str()), Some("a"));
        assert_eq!(c.get(Lang::Fa, "a").map(|a| a.title.as_str()), Some("A"));
        assert_eq!(c.count(Lang::En), 2);
        assert_eq!((c.count(Lang::Fa), c.count(Lang::Zh)), (1, 0));
        let fa: Vec<&str> = c.in_lang(Lang::Fa).map(|a| a.id.as_str()).collect();
        assert_eq!(fa, ["a"]);
    }

    #[test]
    fn catalog_file_round_trips_with_holes_and_every_script() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("catalog.bin");
        let mut faq = meta("ar", "سحب");
        faq.title = "كيف أسحب أموالي؟".into();
        faq.article_type = ArticleType::Faq;
        faq.category = Some("payments".into());
        faq.tags = vec!["withdrawal".into(), "提现".into()];
        faq.summary = Some("برداشت \"quoted\"\n".into());
        faq.updated = Some("2024-05-01".into());
        faq.headings = vec![
            ("q1".into(), "چطور برداشت کنم؟".into()),
            (String::new(), String::new()),
        ];
        let slots = vec![Some(faq), None, Some(meta("zh", "提现")), None];
        write_catalog(&path, &slots).unwrap();
        assert_eq!(read_catalog(&path).unwrap(), slots);

        // What an incremental build does: read the keys only, replace one entry, add one past
        // the end (holes in between), copy the rest as they are.
        let bytes = fs::read(&path).unwrap();
        let mut encoded = EncodedCatalog::parse(&bytes, &path).unwrap();
        let keys = encoded.keys(&path).unwrap();
        let key = |l: &str, i: &str| Some((l.to_string(), i.to_string()));
        assert_eq!(keys, [key("ar", "سحب"), None, key("zh", "提现"), None]);
        encoded.set(0, None).unwrap();
        encoded.set(5, Some(&meta("fa", "new"))).unwrap();
        encoded.write(&path).unwrap();
        let expected = vec![
            None,
            None,
            slots[2].clone(),
            None,
            None,
            Some(meta("fa", "new")),
        ];
        assert_eq!(read_catalog(&path).unwrap(), expected);

        write_catalog(&path, &vec![]).unwrap();
        assert_eq!(read_catalog(&path).unwrap(), CatalogSlots::new());
    }

    #[test]
    fn a_damaged_catalog_file_is_an_error_not_a_panic() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("catalog.bin");
        let slots = vec![Some(meta("en", "a")), Some(meta("fa", "b"))];
        write_catalog(&path, &slots).unwrap();
        let bytes = fs::read(&path).unwrap();
        let cut_short = &bytes[..bytes.len() - 3];
        let with_garbage = [&bytes[..], b"\x01"].concat();
        // A length prefix far larger than the file must not be trusted for an allocation.
        let huge_count = [0xff, 0xff, 0xff, 0xff, 0x0f];
        for damaged in [cut_short, &with_garbage, &huge_count, b"{\"json\": 1}"] {
            fs::write(&path, damaged).unwrap();
            let err = read_catalog(&path).unwrap_err();
            assert!(matches!(err, IndexError::Encoding { .. }), "{err}");
            assert!(err.to_string().contains("catalog.bin"), "{err}");
        }
        // A text that is not UTF-8 (the title `ABC` with its `B` replaced by 0xff).
        let mut bad = meta("en", "a");
        bad.title = "ABC".into();
        write_catalog(&path, &vec![Some(bad)]).unwrap();
        let mut bytes = fs::read(&path).unwrap();
        let at = bytes
            .windows(3)
            .position(|w| w == b"ABC")
            .expect("the title");
        bytes[at + 1] = 0xff;
        fs::write(&path, bytes).unwrap();
        let err = read_catalog(&path).unwrap_err();
        assert!(matches!(err, IndexError::Encoding { .. }), "{err}");

        let err = read_catalog(&tmp.path().join("missing.bin")).unwrap_err();
        assert!(matches!(err, IndexError::Io { .. }), "{err}");
    }
}
