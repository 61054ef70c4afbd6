//! Building an index from loaded articles and publishing it atomically.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tantivy::{doc, Index, IndexWriter, TantivyDocument};

use super::catalog::{heading_slots, ArticleMeta, EncodedCatalog};
use super::error::{IndexError, Result};
use super::fingerprint::Fingerprint;
use super::layout::IndexDir;
use super::schema::{build_schema, Fields, KIND_ARTICLE, KIND_SECTION};
use super::section_terms::TermsEncoder;
use super::update::{update_build, BuildBase, Changes};
use crate::analysis::{register_pre_analyzed, AnalysisOptions, AnalyzedText};
use crate::content::{Article, LoadReport, Section};
use crate::parallel::map_in_order;

/// Version of the on-disk format; a reader refuses other versions and asks for a rebuild.
/// 2: the catalog may have holes (`null`) where incremental builds removed articles, and
/// `files.json` keeps the content files' stamps. 3: Chinese text also indexes character bigrams.
/// 4: the catalog is `catalog.bin` (postcard) instead of `catalog.json`. 5: sections store
/// their body's analysed terms with offsets (`body_terms`) for snippets. 6: those terms are
/// grouped by word, the words sorted (a snippet searches for its words). 7: the exact fields
/// keep no positions. 8: sections have a `heading_slot` fast field (ranked completions read
/// the catalog, not the doc store).
pub const FORMAT_VERSION: u32 = 8;
pub(crate) const MANIFEST: &str = "manifest.json";
pub(crate) const CATALOG: &str = "catalog.bin";
/// Every content file of the build with its size, time and hash: the next `dalil index`
/// re-analyses only files whose stamp differs. Apart from the manifest, which readers and
/// staleness checks read, because it grows with the content (10 MB at 100,000 articles).
pub(crate) const FILES: &str = "files.json";
pub(crate) const SYNONYMS: &str = "synonyms.json";
/// Writers' colloquial lexicon entries (`content/colloquial/<lang>.toml`); a build made before
/// they existed has no such file and searches with the built-in lexicon alone.
pub(crate) const COLLOQUIAL: &str = "colloquial.json";
/// Customers' questions per article (`content/asked/<lang>.toml`); a build made before they
/// existed has no such file and starts with nothing learned.
pub(crate) const ASKED: &str = "asked.json";
/// The site file's settings (names, brand, categories, logo bytes) as loaded with the content:
/// a server takes them from the build it serves, so they change with the index, atomically.
pub(crate) const SITE: &str = "site.json";

/// What a build folder says about itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format_version: u32,
    pub dalil_version: String,
    /// Seconds since the Unix epoch when the build finished.
    pub built_at: u64,
    /// Fingerprint of the content folder the build was made from (file names, sizes, times).
    pub content_fingerprint: String,
    /// Per language code: (articles, sections).
    pub counts: BTreeMap<String, (usize, usize)>,
    pub build_ms: u64,
    /// How the build's text was analysed (queries are analysed the same way); left out when
    /// it is the default.
    #[serde(default, skip_serializing_if = "AnalysisOptions::is_default")]
    pub analysis: AnalysisOptions,
}

/// The outcome of a successful build.
#[derive(Debug, Clone)]
pub struct BuildInfo {
    /// The published build folder.
    pub dir: PathBuf,
    pub manifest: Manifest,
    /// Time spent writing and publishing (content loading excluded).
    pub took: Duration,
    /// True when another build held the lock and this one waited.
    pub waited: bool,
    /// What an incremental build changed; `None` for a full build.
    pub changes: Option<Changes>,
}

/// Writes a content load into a new build and makes it the live one. Takes the build lock
/// first (calling `on_wait` if another build holds it). On any error nothing is published and
/// the previous build stays live.
///
/// A load that skipped unchanged files (see
/// [`load_changed_content`](crate::content::load_changed_content)) is applied to `base`, which
/// must still be the live build ([`IndexError::BaseMoved`] otherwise: load everything again);
/// a full load makes a build from scratch.
pub fn write_index(
    index_dir: &IndexDir,
    report: &LoadReport,
    base: Option<&BuildBase>,
    fingerprint: &Fingerprint,
    on_wait: impl FnOnce(),
) -> Result<BuildInfo> {
    write_index_with(
        index_dir,
        report,
        base,
        fingerprint,
        AnalysisOptions::default(),
        on_wait,
    )
}

/// [`write_index`] analysing the text with `analysis` instead of the default options (the
/// ablation measurements). An incremental build keeps its base's options, so they must match
/// (a full load makes a build with any).
pub fn write_index_with(
    index_dir: &IndexDir,
    report: &LoadReport,
    base: Option<&BuildBase>,
    fingerprint: &Fingerprint,
    analysis: AnalysisOptions,
    on_wait: impl FnOnce(),
) -> Result<BuildInfo> {
    let mut waited = false;
    let lock = index_dir.lock(|| {
        waited = true;
        on_wait()
    })?;
    let started = Instant::now();
    // A damaged `current` (empty, garbage) names no usable build: this build replaces it.
    let previous = match index_dir.current_build() {
        Ok(previous) => previous,
        Err(IndexError::Incompatible { path, reason }) => {
            tracing::warn!(path = %path.display(), %reason, "replacing a damaged `current` pointer");
            None
        }
        Err(e) => return Err(e),
    };
    let base = match (report.unchanged.is_empty(), base) {
        (true, _) => None,
        (false, Some(b)) if previous.as_deref() == Some(b.dir.as_path()) => Some(b),
        (false, _) => return Err(IndexError::BaseMoved),
    };
    if let Some(base) = base.filter(|b| b.analysis != analysis) {
        return Err(IndexError::Incompatible {
            path: base.dir.clone(),
            reason: "it was analysed with other options; build it in full".into(),
        });
    }
    let tmp = index_dir.new_tmp_build(&lock)?;
    let written = match base {
        None => write_build(&tmp, report, fingerprint, analysis, started).map(|m| (m, None)),
        Some(base) => update_build(&tmp, base, report, fingerprint, started)
            .map(|(m, changes)| (m, Some(changes))),
    };
    let (manifest, changes) = match written {
        Ok(m) => m,
        Err(e) => {
            // Leave nothing half-written behind; a failure here is swept by the next build.
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    let dir = index_dir.publish(&lock, &tmp)?;
    index_dir.remove_old_builds(&lock, previous.as_deref())?;
    Ok(BuildInfo {
        dir,
        manifest,
        took: started.elapsed(),
        waited,
        changes,
    })
}

/// Full builds of at most this many documents are merged into one segment.
const MERGE_BELOW: usize = 20_000;

/// Indexing memory per writer thread for builds of at most [`LARGE_BUILD`] documents.
const THREAD_MEMORY: usize = 64_000_000;
/// Indexing memory per writer thread for larger builds.
const LARGE_THREAD_MEMORY: usize = 256_000_000;
/// Documents above which a build's threads get [`LARGE_THREAD_MEMORY`].
const LARGE_BUILD: usize = 200_000;

/// A writer sized for `docs` new documents: one thread for a handful (an incremental build
/// of a few files), up to four for a full build. It indexes documents made by
/// [`add_article`] or [`write_build`]: their analysed fields hold pre-analysed terms, so the
/// index's analyzers are replaced by the tokenizer that reads those back.
pub(crate) fn writer_for(index: &Index, docs: usize) -> Result<IndexWriter> {
    register_pre_analyzed(index.tokenizers());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(4);
    let threads = if docs < 2_000 { 1 } else { threads };
    // Each thread flushes a segment whenever its memory fills: with 64 MB a 100k build
    // (about 700,000 documents) flushed 16 segments and the merge policy rewrote 8 of them
    // into one (postings, positions, terms); with 256 MB it flushes 4 and merges none
    // (docs/PERFORMANCE.md, "Full build (issue 15, 3 December)": less wall and peak memory).
    let per_thread = if docs > LARGE_BUILD {
        LARGE_THREAD_MEMORY
    } else {
        THREAD_MEMORY
    };
    Ok(index.writer_with_num_threads(threads, per_thread * threads)?)
}

fn write_build(
    dir: &Path,
    report: &LoadReport,
    fingerprint: &Fingerprint,
    analysis: AnalysisOptions,
    started: Instant,
) -> Result<Manifest> {
    let articles = &report.articles;
    let (schema, fields) = build_schema();
    let index = Index::create_in_dir(dir, schema)?;
    let docs = articles.iter().map(|a| a.sections.len() + 1).sum();
    let mut writer = writer_for(&index, docs)?;
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut catalog = EncodedCatalog::default();
    // The documents (with each section's stored terms, analysed here) are made on every core
    // a batch at a time and fed to the writer in article order; one feeding thread making
    // them was what limited a 100k build (docs/PERFORMANCE.md).
    let makers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut ord = 0;
    for batch in articles.chunks(FEED_BATCH) {
        for docs in article_docs_parallel(&fields, analysis, batch, ord, makers) {
            for d in docs {
                writer.add_document(d)?;
            }
        }
        for article in batch {
            let c = counts.entry(article.lang.code().to_string()).or_default();
            c.0 += 1;
            c.1 += article.sections.len();
            catalog.set(ord as usize, Some(&ArticleMeta::of(article)))?;
            ord += 1;
        }
    }
    writer.commit()?;
    // Each indexing thread leaves a segment of its own, and every term a search looks up, every
    // scorer and every union it builds is made once per segment: a small help center is
    // searched as one segment (merging it takes milliseconds).
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 && docs <= MERGE_BELOW {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    finish_build(
        dir,
        &catalog,
        counts,
        report,
        fingerprint,
        analysis,
        started,
    )
}

/// Articles whose documents a full build makes at once before feeding them to the writer:
/// enough to keep every core busy, few enough that the writer's queue never runs dry.
const FEED_BATCH: usize = 256;

/// Adds an article's documents (the article and each section) under ordinal `ord`.
pub(crate) fn add_article(
    writer: &mut IndexWriter,
    fields: &Fields,
    analysis: AnalysisOptions,
    article: &Article,
    ord: u64,
) -> Result<()> {
    for d in article_docs(&mut DocScratch::default(), fields, analysis, article, ord) {
        writer.add_document(d)?;
    }
    Ok(())
}

/// The buffers a thread making documents keeps from one section to the next.
#[derive(Debug, Default)]
struct DocScratch {
    encoder: TermsEncoder,
    body: AnalyzedText,
    body_exact: AnalyzedText,
    heading: AnalyzedText,
    heading_exact: AnalyzedText,
}

/// An article's documents: the article, then each section, under ordinal `ord`.
fn article_docs(
    scratch: &mut DocScratch,
    fields: &Fields,
    analysis: AnalysisOptions,
    article: &Article,
    ord: u64,
) -> Vec<TantivyDocument> {
    let mut docs = Vec::with_capacity(article.sections.len() + 1);
    docs.push(article_doc(fields, article, ord));
    let shared = SharedTerms::of(analysis, article);
    for ((i, section), slot) in article
        .sections
        .iter()
        .enumerate()
        .zip(heading_slots(article))
    {
        let mut d = section_doc(
            scratch, fields, analysis, &shared, article, section, ord, i as u64,
        );
        if let Some(slot) = slot {
            d.add_u64(fields.heading_slot, slot);
        }
        docs.push(d);
    }
    docs
}

/// What every section document of an article indexes from the article itself, analysed once
/// for all of them, in the form the build's index takes ([`register_pre_analyzed`]).
struct SharedTerms {
    title: String,
    title_exact: String,
    /// Keywords, then tags: each a value of its own.
    keywords: Vec<String>,
    summary: Option<String>,
}

impl SharedTerms {
    fn of(analysis: AnalysisOptions, a: &Article) -> SharedTerms {
        let full = |text: &str| analysis.analyze_text(a.lang, text).to_indexed();
        let (title, title_exact) = analysis.analyze_text_both(a.lang, &a.title);
        SharedTerms {
            title: title.to_indexed(),
            title_exact: title_exact.to_indexed(),
            keywords: a.keywords.iter().chain(&a.tags).map(|k| full(k)).collect(),
            summary: a.summary.as_deref().map(full),
        }
    }
}

/// The documents of `batch` (ordinals from `first`), one list per article in order, made on
/// up to `threads` threads.
fn article_docs_parallel(
    fields: &Fields,
    analysis: AnalysisOptions,
    batch: &[Article],
    first: u64,
    threads: usize,
) -> Vec<Vec<TantivyDocument>> {
    map_in_order(batch, threads, DocScratch::default, |scratch, i, a| {
        article_docs(scratch, fields, analysis, a, first + i as u64)
    })
}

/// Writes the catalog, the synonyms, the colloquial lexicon, customers' questions, the site settings, the file stamps and the manifest, the
/// last files of a build (synonyms apply at query time and the site at page time, so an
/// incremental build just writes the current ones).
pub(crate) fn finish_build(
    dir: &Path,
    catalog: &EncodedCatalog,
    counts: BTreeMap<String, (usize, usize)>,
    report: &LoadReport,
    fingerprint: &Fingerprint,
    analysis: AnalysisOptions,
    started: Instant,
) -> Result<Manifest> {
    catalog.write(&dir.join(CATALOG))?;
    write_json(&dir.join(SYNONYMS), &report.synonyms)?;
    write_json(&dir.join(COLLOQUIAL), &report.colloquial)?;
    write_json(&dir.join(ASKED), &report.asked)?;
    write_json(&dir.join(SITE), &report.site)?;
    write_json(&dir.join(FILES), &report.files)?;
    let manifest = Manifest {
        format_version: FORMAT_VERSION,
        dalil_version: env!("CARGO_PKG_VERSION").to_string(),
        built_at: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0),
        content_fingerprint: fingerprint.to_string(),
        counts,
        build_ms: started.elapsed().as_millis() as u64,
        analysis,
    };
    write_json(&dir.join(MANIFEST), &manifest)?;
    Ok(manifest)
}

pub(crate) fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<()> {
    let bytes = serde_json::to_vec(value).map_err(|source| IndexError::Json {
        path: path.to_path_buf(),
        source,
    })?;
    write_file(path, &bytes)
}

/// Writes a new file of a build and syncs it.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    // Never write through a hard link into the build an incremental build was made from.
    let _ = fs::remove_file(path);
    let mut f = fs::File::create(path).map_err(IndexError::io("creating", path))?;
    std::io::Write::write_all(&mut f, bytes).map_err(IndexError::io("writing", path))?;
    f.sync_all().map_err(IndexError::io("syncing", path))
}

/// Outline of an article's sections, stored with the article document for the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineEntry {
    pub anchor: String,
    pub heading: String,
    pub level: u8,
    pub is_question: bool,
}

fn article_doc(f: &Fields, a: &Article, ord: u64) -> TantivyDocument {
    let outline: Vec<OutlineEntry> = a
        .sections
        .iter()
        .filter(|s| !s.heading.is_empty())
        .map(|s| OutlineEntry {
            anchor: s.anchor.clone(),
            heading: s.heading.clone(),
            level: s.level,
            is_question: s.is_question,
        })
        .collect();
    let mut d = doc!(
        f.doc_kind => KIND_ARTICLE,
        f.key => format!("{}/{}", a.lang.code(), a.id),
        f.id => a.id.as_str(),
        f.lang => a.lang.code(),
        f.article_type => a.kind.as_str(),
        f.article_ord => ord,
        f.title_text => a.title.as_str(),
        f.html => a.html.as_str(),
        f.outline => serde_json::to_string(&outline).unwrap_or_default(),
    );
    add_meta(f, &mut d, a);
    d
}

#[allow(clippy::too_many_arguments)]
fn section_doc(
    scratch: &mut DocScratch,
    f: &Fields,
    analysis: AnalysisOptions,
    shared: &SharedTerms,
    a: &Article,
    s: &Section,
    ord: u64,
    section_ord: u64,
) -> TantivyDocument {
    let lf = f.lang(a.lang);
    // The body is analysed once per pipeline for both the index and the stored terms.
    let DocScratch {
        encoder,
        body,
        body_exact,
        heading,
        heading_exact,
    } = scratch;
    analysis.analyze_text_both_into(a.lang, &s.text, body, body_exact);
    analysis.analyze_text_both_into(a.lang, &s.heading, heading, heading_exact);
    // No `key`, tags, summary or date: a result reads none of them from a section (pages read
    // them from the article's document), and the section keys alone were seven unique terms
    // per article for the term dictionary (docs/PERFORMANCE.md, "Full build, third round").
    let mut d = doc!(
        f.doc_kind => KIND_SECTION,
        f.id => a.id.as_str(),
        f.lang => a.lang.code(),
        f.article_type => a.kind.as_str(),
        f.article_ord => ord,
        f.section_ord => section_ord,
        f.is_question => u64::from(s.is_question),
        f.anchor => s.anchor.as_str(),
        f.title_text => a.title.as_str(),
        f.heading_text => s.heading.as_str(),
        f.body_text => s.text.as_str(),
        f.body_markdown => s.markdown.as_str(),
        lf.title => shared.title.as_str(),
        lf.heading => heading.to_indexed(),
        lf.body => body.to_indexed(),
        lf.exact => shared.title_exact.as_str(),
        lf.exact => heading_exact.to_indexed(),
        lf.exact => body_exact.to_indexed(),
    );
    d.add_bytes(f.body_terms, encoder.encode(body, body_exact));
    for k in &shared.keywords {
        d.add_text(lf.keywords, k);
    }
    if let Some(summary) = &shared.summary {
        d.add_text(lf.summary, summary);
    }
    // Searches filter sections by category and results show it.
    if let Some(c) = &a.category {
        d.add_text(f.category, c);
    }
    d
}

/// The article's metadata an article page reads.
fn add_meta(f: &Fields, d: &mut TantivyDocument, a: &Article) {
    if let Some(c) = &a.category {
        d.add_text(f.category, c);
    }
    for t in &a.tags {
        d.add_text(f.tags, t);
    }
    if let Some(s) = &a.summary {
        d.add_text(f.summary_text, s);
    }
    if let Some(u) = &a.updated {
        d.add_text(f.updated, u);
    }
}
