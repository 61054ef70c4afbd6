//! Incremental builds: a new build made from the live one by re-indexing only the files that
//! changed, published like a full build.
//!
//! The live build's segment files are hard-linked into the temporary build folder (tantivy
//! never modifies a file once written: deletes, merges and commits only add files and replace
//! `meta.json` by rename, so the live build cannot be disturbed), the changed and removed
//! articles' documents are deleted by their `article_ord`, the new versions are added, and the
//! catalog and manifest are rewritten. A changed article keeps its ordinal; a new one gets the
//! next free one, so `article_ord` stays unique per article and matches `catalog.bin`.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, Term};

use super::build::{
    add_article, finish_build, writer_for, Manifest, ASKED, CATALOG, COLLOQUIAL, FILES,
    FORMAT_VERSION, MANIFEST, SITE, SYNONYMS,
};
use super::catalog::{ArticleMeta, EncodedCatalog};
use super::error::{IndexError, Result};
use super::fingerprint::Fingerprint;
use super::layout::IndexDir;
use super::reader::read_json;
use super::schema::{fields_of, Fields, KIND_SECTION};
use super::stamp::STAMP;
use crate::analysis::AnalysisOptions;
use crate::content::{FileStamp, LoadReport};
use crate::lang::Lang;

/// The live build an incremental build starts from, with the stamps of its content files.
#[derive(Debug, Clone)]
pub struct BuildBase {
    /// The build folder.
    pub dir: PathBuf,
    /// Its manifest's file stamps, to pass to
    /// [`load_changed_content`](crate::content::load_changed_content).
    pub files: BTreeMap<String, FileStamp>,
    /// How its text was analysed (an incremental build keeps it).
    pub analysis: AnalysisOptions,
    /// The site settings it was built with: articles are checked against its categories, so
    /// a changed site file means a full load.
    pub site: crate::content::Site,
}

impl BuildBase {
    /// The live build of an index folder, when there is one this version can extend (same
    /// format, file stamps recorded); `None` means a full build.
    pub fn of_live(index_dir: &IndexDir) -> Option<BuildBase> {
        let dir = index_dir.current_build().ok()??;
        // Reusing a damaged build would copy its damage: a damaged one is rebuilt in full.
        if let Err(e) = super::LoadedIndex::verify_build(&dir) {
            tracing::warn!(error = %e, "the live build cannot be reused; building in full");
            return None;
        }
        let manifest: Manifest = read_json(&dir.join(MANIFEST)).ok()?;
        if manifest.format_version != FORMAT_VERSION {
            return None;
        }
        let files: BTreeMap<String, FileStamp> = read_json(&dir.join(FILES)).ok()?;
        let site = super::reader::read_site(&dir).ok()?;
        (!files.is_empty()).then_some(BuildBase {
            dir,
            files,
            analysis: manifest.analysis,
            site,
        })
    }
}

/// What an incremental build did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changes {
    /// Files parsed and re-indexed (new or changed).
    pub reindexed: usize,
    /// Files gone since the base build (their articles removed).
    pub removed: usize,
    /// Files reused as they were.
    pub unchanged: usize,
}

/// Writes into `dir` the base build updated with the files `report` parsed; the files it found
/// unchanged keep their documents.
pub(crate) fn update_build(
    dir: &Path,
    base: &BuildBase,
    report: &LoadReport,
    fingerprint: &Fingerprint,
    started: Instant,
) -> Result<(Manifest, Changes)> {
    link_segments(&base.dir, dir)?;
    let catalog_path = base.dir.join(CATALOG);
    let catalog_bytes =
        fs::read(&catalog_path).map_err(IndexError::io("reading", &catalog_path))?;
    // Entries are copied as they are; only their keys are decoded (decoding all of them was
    // a fifth of an incremental build at 100,000 articles).
    let mut catalog = EncodedCatalog::parse(&catalog_bytes, &catalog_path)?;
    let mut keys = catalog.keys(&catalog_path)?;
    let index = Index::open_in_dir(dir)?;
    let fields = fields_of(&index.schema()).ok_or_else(|| IndexError::Incompatible {
        path: base.dir.clone(),
        reason: "its schema differs from this version's".into(),
    })?;

    let ord_of: HashMap<(String, String), u64> = keys
        .iter()
        .enumerate()
        .filter_map(|(ord, key)| Some((key.clone()?, ord as u64)))
        .collect();
    let unchanged: std::collections::HashSet<&str> =
        report.unchanged.iter().map(String::as_str).collect();
    // Every file that is not unchanged loses its old documents: removed files, changed ones
    // (re-added below) and files that became drafts.
    let stale: Vec<&str> = base
        .files
        .keys()
        .map(String::as_str)
        .filter(|f| !unchanged.contains(f))
        .collect();
    let changes = Changes {
        reindexed: report.files.len() - report.unchanged.len(),
        removed: stale
            .iter()
            .filter(|f| !report.files.contains_key(**f))
            .count(),
        unchanged: report.unchanged.len(),
    };

    let docs = report.articles.iter().map(|a| a.sections.len() + 1).sum();
    let mut writer = writer_for(&index, docs)?;
    let mut freed = HashMap::new();
    for file in stale {
        if let Some(&ord) = article_key(file).and_then(|k| ord_of.get(&k)) {
            writer.delete_term(Term::from_field_u64(fields.article_ord, ord));
            if let Some(slot) = usize::try_from(ord).ok().filter(|&i| i < keys.len()) {
                catalog.set(slot, None)?;
                keys[slot] = None;
            }
            freed.insert(article_key(file), ord);
        }
    }
    for article in &report.articles {
        let key = (article.lang.code().to_string(), article.id.clone());
        // Deletes apply only to documents added before them, so the new version may take
        // the old one's ordinal.
        let ord = match freed.get(&Some(key)) {
            Some(&ord) => ord,
            None => {
                keys.push(None);
                (keys.len() - 1) as u64
            }
        };
        add_article(&mut writer, &fields, base.analysis, article, ord)?;
        if let Some(slot) = usize::try_from(ord).ok().filter(|&i| i < keys.len()) {
            catalog.set(slot, Some(&ArticleMeta::of(article)))?;
            keys[slot] = Some((article.lang.code().to_string(), article.id.clone()));
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;

    let counts = count_per_lang(&index, &fields, &keys)?;
    let manifest = finish_build(
        dir,
        &catalog,
        counts,
        report,
        fingerprint,
        base.analysis,
        started,
    )?;
    Ok((manifest, changes))
}

/// `(lang, id)` of a content file path `<lang>/<id>.md`.
fn article_key(file: &str) -> Option<(String, String)> {
    let (lang, name) = file.split_once('/')?;
    Some((lang.to_string(), name.strip_suffix(".md")?.to_string()))
}

/// Hard-links (or, where links are refused, copies) the base build's index files into the new
/// build folder; catalog, manifest and lock files are written afresh, and the checksum stamp
/// (which describes the base build's files) is left behind.
fn link_segments(from: &Path, to: &Path) -> Result<()> {
    let entries = fs::read_dir(from).map_err(IndexError::io("reading", from))?;
    for entry in entries {
        let entry = entry.map_err(IndexError::io("reading", from))?;
        let name = entry.file_name();
        let name_str = name.to_string_lossy();
        let ours = [MANIFEST, CATALOG, FILES, SYNONYMS, COLLOQUIAL, ASKED, SITE]
            .contains(&name_str.as_ref());
        if ours || name_str.ends_with(".lock") || name_str.starts_with(STAMP) {
            continue;
        }
        let (src, dst) = (entry.path(), to.join(&name));
        if fs::hard_link(&src, &dst).is_err() {
            fs::copy(&src, &dst).map_err(IndexError::io("copying", &src))?;
        }
    }
    Ok(())
}

/// (articles, sections) per language code, as the manifest reports them.
fn count_per_lang(
    index: &Index,
    fields: &Fields,
    keys: &[Option<(String, String)>],
) -> Result<BTreeMap<String, (usize, usize)>> {
    let searcher = index.reader()?.searcher();
    let mut counts = BTreeMap::new();
    for lang in Lang::ALL {
        let articles = keys
            .iter()
            .flatten()
            .filter(|(l, _)| l == lang.code())
            .count();
        if articles == 0 {
            continue;
        }
        let term = |field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::Basic,
            ))
        };
        let sections = BooleanQuery::new(vec![
            (Occur::Must, term(fields.doc_kind, KIND_SECTION)),
            (Occur::Must, term(fields.lang, lang.code())),
        ]);
        let sections = searcher.search(&sections, &Count)?;
        counts.insert(lang.code().to_string(), (articles, sections));
    }
    Ok(counts)
}
