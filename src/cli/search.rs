//! `dalil search`: one query from the command line.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use super::output::terminal_snippet;
use super::parse_lang;
use crate::index::{IndexDir, LoadedIndex};
use crate::search::{Engine, SearchRequest};

/// Searches and prints the results (or the API's JSON).
pub fn run(
    query: &str,
    index: &Path,
    lang: Option<&str>,
    limit: usize,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let lang = parse_lang(lang)?;
    let engine = Engine::new(Arc::new(LoadedIndex::open(&IndexDir::new(index))?));
    let resp = engine.search(&SearchRequest {
        q: query.to_string(),
        lang,
        limit,
        ..Default::default()
    })?;
    // Written with errors propagated: a closed pipe (`| head`) ends the command cleanly.
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&resp)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    if resp.results.is_empty() {
        writeln!(out, "no results for {:?} ({})", resp.query, resp.lang)?;
    }
    for (i, hit) in resp.results.iter().enumerate() {
        let heading = if hit.section.is_empty() {
            String::new()
        } else {
            format!(" › {}", hit.section)
        };
        writeln!(
            out,
            "{}. {}{}  [{:.2}]\n   {}\n   {}",
            i + 1,
            hit.title,
            heading,
            hit.score,
            hit.url,
            terminal_snippet(&hit.snippet)
        )?;
    }
    if let Some(d) = &resp.did_you_mean {
        writeln!(out, "did you mean: {d}")?;
    }
    for t in resp.translations_available.iter().flatten() {
        writeln!(out, "in {}: {} {}", t.lang, t.title, t.url)?;
    }
    // A pruned search counts only the articles among its best candidates.
    let bound = if resp.total_exact { "" } else { "at least " };
    writeln!(
        out,
        "{bound}{} matching article(s), {:.1} ms, lang {}",
        resp.total, resp.took_ms, resp.lang
    )?;
    Ok(ExitCode::SUCCESS)
}
