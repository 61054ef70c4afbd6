//! `dalil status`: the translation state of every article in every language, as a table for
//! writers or JSON for their CI.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::content::{load_content, translation_status, TranslationState, TranslationStatus};
use crate::lang::Lang;

/// Loads the content and prints articles x languages (source, current, outdated, incomplete,
/// missing). Fails only when the content has errors (printed to standard error).
pub fn run(content: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let report = load_content(content);
    for e in &report.errors {
        eprintln!("error: {e}");
    }
    let langs: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|lang| content.join(lang.code()).is_dir())
        .collect();
    let status = translation_status(&report.articles, &langs);
    let needs_work = status
        .iter()
        .flat_map(|s| s.langs.values())
        .filter(|state| state.needs_work())
        .count();
    let out = if json {
        let out = serde_json::json!({
            "languages": langs,
            "articles": status,
            "needs_work": needs_work,
            "errors": report.errors.len(),
        });
        serde_json::to_string_pretty(&out)? + "\n"
    } else {
        table(&status, &langs, needs_work)
    };
    // A reader that stops early (`dalil status | head`) is not an error.
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    Ok(if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The table: one row per article id, one column per language.
fn table(status: &[TranslationStatus], langs: &[Lang], needs_work: usize) -> String {
    let width = status.iter().map(|s| s.id.len()).max().unwrap_or(2).max(2);
    let mut out = String::new();
    let mut header = format!("{:width$}", "id");
    for lang in langs {
        let _ = write!(header, "  {:10}", lang.code());
    }
    let _ = writeln!(out, "{}", header.trim_end());
    for s in status {
        let mut row = format!("{:width$}", s.id);
        for lang in langs {
            let word = s.langs.get(lang).map_or("", TranslationState::word);
            let _ = write!(row, "  {word:10}");
        }
        let _ = writeln!(out, "{}", row.trim_end());
    }
    let _ = writeln!(
        out,
        "{} article(s) in {} language(s); {needs_work} version(s) missing, outdated or incomplete",
        status.len(),
        langs.len()
    );
    out
}
