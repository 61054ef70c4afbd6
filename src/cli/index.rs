//! `dalil index`: load the content, then build and publish the index atomically.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

use super::output::print_diagnostics;
use crate::content::load_content;
use crate::index::{write_index, Fingerprint, IndexDir};
use crate::Lang;

/// Builds the index; on content errors prints them all and leaves the index untouched.
pub fn run(content: &Path, index: &Path) -> anyhow::Result<ExitCode> {
    Ok(if build(content, index)? {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Loads, builds and publishes; `Ok(false)` when the content has errors (all printed).
pub fn build(content: &Path, index: &Path) -> anyhow::Result<bool> {
    let started = Instant::now();
    // Fingerprint before reading: an edit made during the build then makes the index stale
    // rather than silently missing.
    let fingerprint = Fingerprint::of_dir(content);
    let report = load_content(content);
    let loaded = started.elapsed();
    print_diagnostics(&report);
    if !report.is_ok() {
        eprintln!(
            "{} error(s) in {}: the index was not changed (fix them and run `dalil index` again)",
            report.errors.len(),
            content.display()
        );
        return Ok(false);
    }
    let dir = IndexDir::new(index);
    let info = write_index(
        &dir,
        &report.articles,
        &report.synonyms,
        &fingerprint,
        || {
            eprintln!(
                "another `dalil index` is writing to {}; waiting for it to finish",
                index.display()
            );
        },
    )
    .with_context(|| format!("building the index in {}", index.display()))?;
    for lang in Lang::ALL {
        if let Some((articles, sections)) = info.manifest.counts.get(lang.code()) {
            println!("{lang}: {articles} articles, {sections} sections");
        }
    }
    println!(
        "indexed {} files ({:.1} KiB) into {} in {:.0} ms (loading {:.0} ms, indexing {:.0} ms)",
        report.files_read,
        report.bytes_read as f64 / 1024.0,
        info.dir.display(),
        started.elapsed().as_secs_f64() * 1000.0,
        loaded.as_secs_f64() * 1000.0,
        info.took.as_secs_f64() * 1000.0,
    );
    Ok(true)
}
