//! Opening the live build of an index folder for searching.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher};

use super::build::{
    Manifest, ASKED, CATALOG, COLLOQUIAL, FORMAT_VERSION, MANIFEST, SITE, SYNONYMS,
};
use super::catalog::{read_catalog, Catalog, CatalogSlots};
use super::doc_bytes::{DocBytes, DocStores};
use super::error::{IndexError, Result};
use super::homophones::Homophones;
use super::layout::IndexDir;
use super::lookups::TermLookups;
use super::schema::{fields_of, Fields};
use super::stamp::Stamp;
use super::synonyms::SynonymTable;
use crate::analysis::{AnalysisOptions, Lexicon};
use crate::lang::Lang;

/// One opened, immutable build: the tantivy index, its fields and the article catalog.
pub struct LoadedIndex {
    /// The build folder this was opened from.
    pub dir: PathBuf,
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    pub catalog: Catalog,
    pub manifest: Manifest,
    /// Writers' synonyms, analysed.
    pub synonyms: SynonymTable,
    /// The colloquial lexicon queries use: dalil's own with the help center's files applied.
    pub lexicon: Lexicon,
    /// The site settings the build was made with.
    pub site: crate::content::Site,
    /// Customers' questions per article, as the writers filed them (`content/asked/`).
    pub asked: crate::content::Asked,
    /// Term-dictionary lookups of this build's searcher, remembered.
    pub lookups: TermLookups,
    /// Doc store readers for reading documents' bytes in place (`None`: read them the
    /// ordinary way).
    stores: Option<DocStores>,
    /// Opened on its checksum stamp, the full check not yet done.
    checksums_pending: AtomicBool,
    /// The Chinese words by sound, read from the term dictionary on first use.
    homophones: OnceLock<Homophones>,
}

impl std::fmt::Debug for LoadedIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedIndex")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl LoadedIndex {
    /// Opens the live build of an index folder.
    pub fn open(index_dir: &IndexDir) -> Result<LoadedIndex> {
        Self::open_build(&Self::live_build(index_dir)?)
    }

    /// Opens the live build of an index folder for a server's start: when the build's files
    /// are as they were when their checksums last held (its stamp), the checksum check is left
    /// to [`LoadedIndex::verify`] once the server answers ([`LoadedIndex::checksums_pending`]);
    /// otherwise it is checked in full before this returns, as [`LoadedIndex::open`] does.
    pub fn open_for_start(index_dir: &IndexDir) -> Result<LoadedIndex> {
        let dir = Self::live_build(index_dir)?;
        Self::open_checked(&dir, Stamp::holds(&dir))
    }

    fn live_build(index_dir: &IndexDir) -> Result<PathBuf> {
        index_dir
            .current_build()?
            .ok_or_else(|| IndexError::Missing(index_dir.root().to_path_buf()))
    }

    /// Opens one build folder.
    pub fn open_build(dir: &Path) -> Result<LoadedIndex> {
        Self::open_checked(dir, false)
    }

    fn open_checked(dir: &Path, checksums_later: bool) -> Result<LoadedIndex> {
        let started = std::time::Instant::now();
        let manifest = Manifest::of_build(dir)?;
        let mut index = Index::open_in_dir(dir)?;
        let opened_ms = started.elapsed().as_millis() as u64;
        // Checking the segments' checksums reads every file of the build (a third of the first
        // answer's time at 100,000 articles): it runs beside decoding the catalog and the
        // settings, which read only dalil's own files; tantivy opens nothing before it is done.
        // Left for later, the thread loads what analysis loads lazily (the colloquial lexicon,
        // whose Chinese words load jieba's dictionary) beside the catalog instead.
        let (checked, files) = std::thread::scope(|scope| {
            let checks = scope.spawn(|| {
                if checksums_later {
                    crate::analysis::warm_up();
                    Ok(())
                } else {
                    verify_checksums(&index, dir)
                }
            });
            let files = BuildFiles::read(dir);
            let checked = checks.join().unwrap_or_else(|_| {
                Err(IndexError::Damaged {
                    path: dir.to_path_buf(),
                    files: "(the checksum check stopped before its end)".into(),
                })
            });
            (checked, files)
        });
        checked?;
        let files_ms = started.elapsed().as_millis() as u64;
        let BuildFiles {
            slots,
            synonyms,
            site,
            lexicon,
            asked,
        } = files?;
        let fields = fields_of(&index.schema()).ok_or_else(|| IndexError::Incompatible {
            path: dir.to_path_buf(),
            reason: "its schema differs from this version's".into(),
        })?;
        let analysis = manifest.analysis;
        analysis.register(index.tokenizers());
        search_segments_in_parallel(&mut index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let reader_ms = started.elapsed().as_millis() as u64;
        let searcher = reader.searcher();
        let stores = DocStores::open(&searcher);
        let lookups = TermLookups::new(&searcher);
        let stores_ms = started.elapsed().as_millis() as u64;
        let catalog = Catalog::from_slots(slots);
        let catalog_ms = started.elapsed().as_millis() as u64;
        let synonyms = SynonymTable::new(&synonyms, analysis);
        tracing::debug!(build = %dir.display(), checksums_later, opened_ms, files_ms, reader_ms, stores_ms, catalog_ms, ms = started.elapsed().as_millis() as u64, "opened the build");
        Ok(LoadedIndex {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            catalog,
            manifest,
            synonyms,
            lexicon,
            site,
            asked,
            lookups,
            stores,
            checksums_pending: AtomicBool::new(checksums_later),
            homophones: OnceLock::new(),
        })
    }

    /// Whether this build was opened on its stamp and its checksums are still to be checked
    /// ([`LoadedIndex::verify`]).
    pub fn checksums_pending(&self) -> bool {
        self.checksums_pending.load(Ordering::Relaxed)
    }

    /// Checks every file of the build against its checksum now (and stamps the build when they
    /// hold; a damaged build loses its stamp, so the next start checks before answering).
    ///
    /// The files are read, not mapped as tantivy's own check does: the searcher's maps of
    /// them would keep every page read resident (1.7 GB at 100,000 articles).
    pub fn verify(&self) -> Result<()> {
        let started = std::time::Instant::now();
        let files = Stamp::of(&self.dir);
        let began = SystemTime::now();
        let damaged = damaged_by_reading(&self.index, &self.dir)?;
        tracing::debug!(build = %self.dir.display(), ms = started.elapsed().as_millis() as u64, "checksums verified by reading");
        stamp_or_refuse(&self.dir, files, began, damaged)?;
        self.checksums_pending.store(false, Ordering::Relaxed);
        Ok(())
    }

    /// How the build's text was analysed: queries against it must be analysed the same way.
    pub fn analysis(&self) -> AnalysisOptions {
        self.manifest.analysis
    }

    /// Checks a build's files against the checksums they were written with.
    pub fn verify_build(dir: &Path) -> Result<()> {
        verify_checksums(&Index::open_in_dir(dir)?, dir)
    }

    /// The build's Chinese words by sound (pinyin typos), read from the term dictionary the
    /// first time a query asks.
    pub fn homophones(&self) -> &Homophones {
        self.homophones.get_or_init(|| {
            let started = std::time::Instant::now();
            let found = Homophones::of_field(&self.searcher(), self.fields.lang(Lang::Zh).exact);
            tracing::debug!(build = %self.dir.display(), sounds = found.len(), ms = started.elapsed().as_millis() as u64, "read the Chinese words by sound");
            found
        })
    }

    /// A searcher over the build (cheap: builds never change once published).
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// The stored bytes of the document at `addr` of `searcher` (a searcher of this build), to
    /// read a few fields in place ([`DocBytes::values`]); `None` when they cannot be had that
    /// way and the document is to be read with [`Searcher::doc`].
    pub fn doc_bytes(&self, searcher: &Searcher, addr: tantivy::DocAddress) -> Option<DocBytes> {
        self.stores.as_ref()?.bytes(searcher, addr)
    }

    /// Bytes the build takes on disk.
    pub fn size_bytes(&self) -> u64 {
        fs::read_dir(&self.dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| e.metadata().ok())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }
}

impl Manifest {
    /// Reads only the manifest of a build folder (cheap: what a freshness check needs), and
    /// refuses a build of another format version.
    pub fn of_build(dir: &Path) -> Result<Manifest> {
        let manifest: Manifest = read_json(&dir.join(MANIFEST))?;
        if manifest.format_version != FORMAT_VERSION {
            return Err(IndexError::Incompatible {
                path: dir.to_path_buf(),
                reason: format!(
                    "format {} (this dalil reads {FORMAT_VERSION})",
                    manifest.format_version
                ),
            });
        }
        Ok(manifest)
    }
}

/// What a build keeps beside tantivy's files: the catalog, the synonyms, the site settings and
/// the colloquial lexicon (dalil's own with the help center's files applied).
struct BuildFiles {
    slots: CatalogSlots,
    synonyms: crate::content::Synonyms,
    site: crate::content::Site,
    lexicon: Lexicon,
    asked: crate::content::Asked,
}

impl BuildFiles {
    fn read(dir: &Path) -> Result<BuildFiles> {
        let catalog_started = std::time::Instant::now();
        let slots = read_catalog(&dir.join(CATALOG))?;
        let catalog_ms = catalog_started.elapsed().as_millis() as u64;
        let synonyms = read_json(&dir.join(SYNONYMS))?;
        let site = read_site(dir)?;
        let colloquial_path = dir.join(COLLOQUIAL);
        let colloquial: crate::content::Colloquial = if colloquial_path.exists() {
            read_json(&colloquial_path)?
        } else {
            crate::content::Colloquial::new()
        };
        let mut lexicon = Lexicon::built_in().clone();
        for (&lang, entries) in &colloquial {
            lexicon = lexicon.with_entries(lang, entries);
        }
        let asked_path = dir.join(ASKED);
        let asked = if asked_path.exists() {
            read_json(&asked_path)?
        } else {
            crate::content::Asked::new()
        };
        tracing::debug!(build = %dir.display(), catalog_ms, "read the build's own files");
        Ok(BuildFiles {
            slots,
            synonyms,
            site,
            lexicon,
            asked,
        })
    }
}

/// The site settings of a build; a build made before there were any has the defaults.
pub(crate) fn read_site(dir: &Path) -> Result<crate::content::Site> {
    let path = dir.join(SITE);
    if !path.exists() {
        return Ok(crate::content::Site::default());
    }
    read_json(&path)
}

pub(crate) fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T> {
    let bytes = fs::read(path).map_err(IndexError::io("reading", path))?;
    serde_json::from_slice(&bytes).map_err(|source| IndexError::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads every file of the search index and compares it with the checksum in its footer: a
/// damaged build is refused when it is opened, not found by a search that reads the damaged
/// document. Reading costs about as long as reading the build from disk once.
fn verify_checksums(index: &Index, dir: &Path) -> Result<()> {
    let started = std::time::Instant::now();
    // Described before reading: a file changed during the check is then not stamped.
    let files = Stamp::of(dir);
    let began = SystemTime::now();
    let damaged = index.validate_checksum()?;
    tracing::debug!(build = %dir.display(), ms = started.elapsed().as_millis() as u64, "checksums verified");
    let damaged = damaged.iter().map(|p| p.display().to_string()).collect();
    stamp_or_refuse(dir, files, began, damaged)
}

/// After a check: stamps a build whose files all hold, refuses (and un-stamps) a damaged one.
fn stamp_or_refuse(
    dir: &Path,
    files: Option<Stamp>,
    began: SystemTime,
    mut damaged: Vec<String>,
) -> Result<()> {
    if damaged.is_empty() {
        if let Some(files) = files {
            files.record(dir, began);
        }
        return Ok(());
    }
    Stamp::forget(dir);
    damaged.sort();
    Err(IndexError::Damaged {
        path: dir.to_path_buf(),
        files: damaged.join(", "),
    })
}

/// Documents (sections and articles) from which a build with several segments is searched on
/// every core: one search's segments then run side by side. Below, a search costs well under a
/// millisecond and handing segments to other threads would cost more than it saves.
const PARALLEL_SEARCH_DOCS: u32 = 40_000;

/// Gives a large build with several segments a search thread per core (at most one per
/// segment), so that one search's wall time is its slowest segment's, not their sum
/// (docs/PERFORMANCE.md, "Ninth step"). The CPU a search costs is the same; a build that stays
/// on one thread still answers (a warning says why).
fn search_segments_in_parallel(index: &mut Index) {
    let Ok(metas) = index.searchable_segment_metas() else {
        return;
    };
    let docs: u32 = metas.iter().map(|m| m.max_doc()).sum();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(metas.len());
    if threads < 2 || docs < PARALLEL_SEARCH_DOCS {
        return;
    }
    if let Err(e) = index.set_multithread_executor(threads) {
        tracing::warn!(error = %e, "searching segments one after another: no search threads");
    }
}

/// tantivy's footer: `{"version": ..., "crc": ...}` as JSON, its length (u32, little-endian),
/// then this magic number (`tantivy::directory::footer`).
const FOOTER_MAGIC: u32 = 1337;
/// The longest footer tantivy accepts.
const FOOTER_MAX_LEN: u64 = 50_000;

/// The part of tantivy's footer the check needs.
#[derive(serde::Deserialize)]
struct FooterCrc {
    crc: u32,
}

/// The same check as tantivy's `Index::validate_checksum` (every file of the build's segments,
/// its body's CRC-32 against its footer's), reading each file through a small buffer.
/// Returns the damaged files; a file that cannot be read counts as damaged.
fn damaged_by_reading(index: &Index, dir: &Path) -> Result<Vec<String>> {
    // Files tantivy wrote for the build's segments (`<segment id>.<component>`); the others it
    // manages (meta.json) have no footer.
    let segments: Vec<String> = index
        .searchable_segment_metas()?
        .iter()
        .map(|m| format!("{}.", m.id().uuid_string()))
        .collect();
    let mut files: Vec<PathBuf> = index
        .directory()
        .list_managed_files()
        .into_iter()
        .filter(|f| {
            f.to_str()
                .is_some_and(|f| segments.iter().any(|s| f.starts_with(s.as_str())))
        })
        .collect();
    files.sort();
    let mut buf = vec![0u8; 1 << 20];
    let mut damaged = Vec::new();
    for file in files {
        match checksum_holds(&dir.join(&file), &mut buf) {
            Ok(true) => {}
            // Listed but gone: no segment of the opened build uses it (the reader opened).
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Ok(false) | Err(_) => damaged.push(file.display().to_string()),
        }
    }
    Ok(damaged)
}

/// Whether one file's body matches the CRC-32 in its footer.
fn checksum_holds(path: &Path, buf: &mut [u8]) -> std::io::Result<bool> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = fs::File::open(path)?;
    let len = file.metadata()?.len();
    let Some(before_tail) = len.checked_sub(8) else {
        return Ok(false);
    };
    let mut tail = [0u8; 8];
    file.seek(SeekFrom::Start(before_tail))?;
    file.read_exact(&mut tail)?;
    let footer_len = u64::from(u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]));
    let magic = u32::from_le_bytes([tail[4], tail[5], tail[6], tail[7]]);
    if magic != FOOTER_MAGIC || footer_len > FOOTER_MAX_LEN || footer_len > before_tail {
        return Ok(false);
    }
    let body_len = before_tail - footer_len;
    let mut footer = vec![0u8; footer_len as usize];
    file.seek(SeekFrom::Start(body_len))?;
    file.read_exact(&mut footer)?;
    let Ok(footer) = serde_json::from_slice::<FooterCrc>(&footer) else {
        return Ok(false);
    };
    file.seek(SeekFrom::Start(0))?;
    let mut hasher = crc32fast::Hasher::new();
    let mut left = body_len;
    while left > 0 {
        let n = usize::try_from(left).map_or(buf.len(), |l| l.min(buf.len()));
        file.read_exact(&mut buf[..n])?;
        hasher.update(&buf[..n]);
        left -= n as u64;
    }
    Ok(hasher.finalize() == footer.crc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reading_check_finds_what_tantivys_finds() {
        let tmp = tempfile::tempdir().unwrap();
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let report = crate::content::load_content(&content);
        let loaded = crate::index::open_built(&report, tmp.path(), &content);
        assert_eq!(
            damaged_by_reading(&loaded.index, &loaded.dir).unwrap(),
            Vec::<String>::new()
        );
        assert!(loaded.verify().is_ok());

        let store = fs::read_dir(&loaded.dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "store"))
            .expect("a document store");
        let mut bytes = fs::read(&store).unwrap();
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0x40;
        fs::write(&store, bytes).unwrap();
        let by_reading = damaged_by_reading(&loaded.index, &loaded.dir).unwrap();
        let mut by_tantivy: Vec<String> = loaded
            .index
            .validate_checksum()
            .unwrap()
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        by_tantivy.sort();
        assert_eq!(by_reading, by_tantivy);
        assert_eq!(by_reading.len(), 1);
        assert!(matches!(loaded.verify(), Err(IndexError::Damaged { .. })));

        // A cut footer and a file too short for one are damaged, not errors.
        let mut buf = vec![0u8; 16];
        fs::write(&store, b"short").unwrap();
        assert!(!checksum_holds(&store, &mut buf).unwrap());
        fs::write(&store, [0u8; 64]).unwrap();
        assert!(!checksum_holds(&store, &mut buf).unwrap());
    }

    #[test]
    fn a_build_of_another_format_is_incompatible_and_asks_for_a_rebuild() {
        let tmp = tempfile::tempdir().unwrap();
        let old = serde_json::json!({
            "format_version": FORMAT_VERSION - 1,
            "dalil_version": "0.1.0",
            "built_at": 0,
            "content_fingerprint": "0000000000000000",
            "counts": {},
            "build_ms": 0,
        });
        fs::write(tmp.path().join(MANIFEST), old.to_string()).unwrap();
        // What an older dalil left beside it: a JSON catalog this version no longer reads.
        fs::write(tmp.path().join("catalog.json"), "[]").unwrap();
        for err in [
            Manifest::of_build(tmp.path()).unwrap_err(),
            LoadedIndex::open_build(tmp.path()).unwrap_err(),
        ] {
            assert!(matches!(err, IndexError::Incompatible { .. }), "{err}");
            let message = err.to_string();
            let old_format = format!("format {}", FORMAT_VERSION - 1);
            assert!(
                message.contains(&old_format) && message.contains("dalil index"),
                "{message}"
            );
        }
    }
}
