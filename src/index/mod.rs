//! The search index: schema, atomic builds into an index folder, and opening builds for reading.
//!
//! A build is written to a temporary folder and published by renaming a pointer file, so a
//! failed or killed build never changes what readers see.

mod build;
mod catalog;
mod doc_bytes;
mod error;
mod fingerprint;
mod homophones;
mod layout;
mod lookups;
mod reader;
mod schema;
mod section_terms;
mod stamp;
mod synonyms;
mod update;

pub use build::{write_index, write_index_with, BuildInfo, Manifest, OutlineEntry, FORMAT_VERSION};
pub use catalog::{ArticleMeta, Catalog, CatalogSlots};
pub use doc_bytes::{DocBytes, DocValue};
pub use error::{IndexError, Result};
pub use fingerprint::Fingerprint;
pub use homophones::{sound_of, Homophones};
pub use layout::{BuildLock, IndexDir};
pub use lookups::{CloseWord, PrefixWord, TermLookups};
pub use reader::LoadedIndex;
pub use schema::{build_schema, Fields, LangFields, HEADING_SLOT, KIND_ARTICLE, KIND_SECTION};
pub use section_terms::{encode_section_terms, PickedTerms, SectionTerms, TermAt};
pub use synonyms::SynonymTable;
pub use update::{BuildBase, Changes};

/// For unit tests of later stages: `report` built into a fresh index in `dir` and opened
/// (`source` is the content folder its fingerprint is taken of).
#[cfg(test)]
pub(crate) fn open_built(
    report: &crate::content::LoadReport,
    dir: &std::path::Path,
    source: &std::path::Path,
) -> std::sync::Arc<LoadedIndex> {
    let index_dir = IndexDir::new(dir);
    write_index(
        &index_dir,
        report,
        None,
        &Fingerprint::of_dir(source),
        || {},
    )
    .expect("build");
    std::sync::Arc::new(LoadedIndex::open(&index_dir).expect("open"))
}

/// For unit tests of later stages: `files` (path under the content folder, text) written into
/// `dir/content`, loaded without errors, built into `dir/index` and opened.
#[cfg(test)]
pub(crate) fn open_files(
    dir: &std::path::Path,
    files: &[(&str, &str)],
) -> std::sync::Arc<LoadedIndex> {
    let content = dir.join("content");
    for (path, text) in files {
        let path = content.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let report = crate::content::load_content(&content);
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    open_built(&report, &dir.join("index"), &content)
}
