//! `dalil index`: load the content, then build and publish the index atomically. When the
//! live build recorded its files, only the files that changed since are parsed and re-indexed.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

use super::output::print_diagnostics;
use crate::content::{load_changed_content, load_content};
use crate::index::{write_index, BuildBase, Fingerprint, IndexDir, IndexError};
use crate::Lang;

/// Builds the index; on content errors prints them all and leaves the index untouched.
pub fn run(content: &Path, index: &Path, full: bool) -> anyhow::Result<ExitCode> {
    Ok(if build(content, index, full)? {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Loads, builds and publishes; `Ok(false)` when the content has errors (all printed).
pub fn build(content: &Path, index: &Path, full: bool) -> anyhow::Result<bool> {
    let started = Instant::now();
    let dir = IndexDir::new(index);
    let on_wait = || {
        eprintln!(
            "another `dalil index` is writing to {}; waiting for it to finish",
            index.display()
        );
    };
    // Fingerprint before reading: an edit made during the build then makes the index stale
    // rather than silently missing.
    let fingerprint = Fingerprint::of_dir(content);
    let base = if full { None } else { BuildBase::of_live(&dir) };
    let no_files = BTreeMap::new();
    let known = base.as_ref().map_or(&no_files, |b| &b.files);
    let mut report = load_changed_content(content, known);
    let mut base = base;
    if base.as_ref().is_some_and(|b| b.site != report.site) {
        // Unchanged articles were not parsed, so their categories were not checked against a
        // changed site file: load everything.
        report = load_content(content);
        base = None;
    }
    if base
        .as_ref()
        .is_some_and(|b| b.files.keys().any(|f| !report.files.contains_key(f)))
    {
        // A file was removed or renamed: links in unchanged articles (not parsed) may lead to
        // it. Check them all; only their link errors are new (they were fine last build).
        let all = load_content(content);
        let unchanged = &report.unchanged;
        let new_errors: Vec<_> = all
            .errors
            .into_iter()
            .filter(|e| unchanged.iter().any(|rel| e.path.ends_with(rel)))
            .collect();
        report.errors.extend(new_errors);
    }
    let mut loaded = started.elapsed();
    print_diagnostics(&report);
    if !report.is_ok() {
        eprintln!(
            "{} error(s) in {}: the index was not changed (fix them and run `dalil index` again)",
            report.errors.len(),
            content.display()
        );
        return Ok(false);
    }
    let info = match write_index(&dir, &report, base.as_ref(), &fingerprint, on_wait) {
        Err(IndexError::BaseMoved) => {
            // Another build published while this one was loading: start from scratch.
            report = load_content(content);
            loaded = started.elapsed();
            if !report.is_ok() {
                print_diagnostics(&report);
                return Ok(false);
            }
            write_index(&dir, &report, None, &fingerprint, || {})
        }
        other => other,
    }
    .with_context(|| format!("building the index in {}", index.display()))?;
    for lang in Lang::ALL {
        if let Some((articles, sections)) = info.manifest.counts.get(lang.code()) {
            println!("{lang}: {articles} articles, {sections} sections");
        }
    }
    if let Some(c) = info.changes {
        println!(
            "re-indexed {} changed file(s), removed {}, kept {} unchanged",
            c.reindexed, c.removed, c.unchanged
        );
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
