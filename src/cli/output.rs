//! Printing loader diagnostics and result snippets on a terminal.

use std::io::IsTerminal;

use crate::content::LoadReport;

/// Prints every warning and error of a content load to standard error.
pub fn print_diagnostics(report: &LoadReport) {
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    for e in &report.errors {
        eprintln!("error: {e}");
    }
}

/// Turns a result snippet (escaped HTML with `<mark>`) into terminal text: bold hits on a
/// terminal, `[hit]` in a pipe.
pub fn terminal_snippet(snippet: &str) -> String {
    let (on, off) = if std::io::stdout().is_terminal() {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    snippet
        .replace("<mark>", on)
        .replace("</mark>", off)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
