//! `dalil suggest`: suggested answers to a message read from standard input.

use std::io::Read;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;

use super::parse_lang;
use crate::index::{IndexDir, LoadedIndex};
use crate::search::{Engine, SuggestRequest};

/// Reads the message, suggests answers and prints them (or the API's JSON).
pub fn run(index: &Path, lang: Option<&str>, limit: usize, json: bool) -> anyhow::Result<ExitCode> {
    let lang = parse_lang(lang)?;
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .context("reading the message from standard input")?;
    let engine = Engine::new(Arc::new(LoadedIndex::open(&IndexDir::new(index))?));
    let resp = engine.suggest(&SuggestRequest { text, lang, limit })?;
    // Written with errors propagated: a closed pipe (`| head`) ends the command cleanly.
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&resp)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    if resp.answers.is_empty() {
        writeln!(out, "no suggested answer ({})", resp.lang)?;
    }
    for (i, a) in resp.answers.iter().enumerate() {
        let from = a
            .translated_from
            .map(|l| format!(" (in {l})"))
            .unwrap_or_default();
        writeln!(
            out,
            "{}. {} › {}{}  [{:.2}]\n   {}\n\n{}\n",
            i + 1,
            a.title,
            a.question,
            from,
            a.score,
            a.url,
            a.answer_markdown
        )?;
    }
    writeln!(out, "terms: {}", resp.terms.join(", "))?;
    Ok(ExitCode::SUCCESS)
}
