//! `dalil check`: validate content only.

use std::path::Path;
use std::process::ExitCode;

use super::output::print_diagnostics;
use crate::content::load_content;

/// Loads the content, prints every problem, and fails when there are errors.
pub fn run(content: &Path) -> anyhow::Result<ExitCode> {
    let report = load_content(content);
    print_diagnostics(&report);
    if !report.is_ok() {
        eprintln!(
            "{} error(s), {} warning(s) in {}",
            report.errors.len(),
            report.warnings.len(),
            content.display()
        );
        return Ok(ExitCode::from(1));
    }
    println!(
        "{} articles in {} files are fine ({} warning(s))",
        report.articles.len(),
        report.files_read,
        report.warnings.len()
    );
    Ok(ExitCode::SUCCESS)
}
