//! Accessibility checks with axe-core in the real browser: the WCAG 2.0 and 2.1 rules of levels A
//! and AA, run on the page as it is shown.
//!
//! axe-core comes from npm (`.ci/run` installs it into `/usr/local/lib/dalil-axe`); `DALIL_AXE`
//! names another `axe.min.js`. It is injected through WebDriver, which the pages' own
//! Content-Security-Policy does not govern, so the pages need no exception for it.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use fantoccini::Client;

/// Where `.ci/run` installs axe-core.
const DEFAULT_AXE: &str = "/usr/local/lib/dalil-axe/node_modules/axe-core/axe.min.js";

fn axe_source() -> Result<String> {
    let path = std::env::var_os("DALIL_AXE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_AXE));
    std::fs::read_to_string(&path).with_context(|| {
        format!(
            "reading axe-core at {} (install it with `npm install --prefix /usr/local/lib/dalil-axe axe-core@4`, as .ci/run does, or set DALIL_AXE)",
            path.display()
        )
    })
}

/// Runs axe-core on the current page; fails listing every violation (rule, impact, the first
/// elements) of WCAG 2.1 A/AA.
pub async fn wcag_aa_clean(client: &Client, what: &str) -> Result<()> {
    client
        .execute(&axe_source()?, vec![])
        .await
        .context("injecting axe-core")?;
    let result = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
               .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                 + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .context("running axe-core")?;
    let violations: Vec<String> = serde_json::from_value(result).context("axe's answer")?;
    if !violations.is_empty() {
        bail!(
            "{what}: axe-core found WCAG 2.1 AA violations:\n{}",
            violations.join("\n")
        );
    }
    Ok(())
}
