//! `dalil insights`: the insights report from the store `serve` writes, as text or JSON.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::index::{IndexDir, LoadedIndex};
use crate::insights::{
    now_unix, parse_civil_date, Backend, LearnRules, Report, ReportOptions, Store,
};

/// Arguments of `dalil insights`.
#[derive(Debug)]
pub struct InsightsArgs<'a> {
    pub since: &'a str,
    pub until: Option<&'a str>,
    pub lang: Option<&'a str>,
    pub json: bool,
    pub index: &'a Path,
    pub database: Option<&'a str>,
    pub limit: usize,
}

/// Seconds in a period written `7d` or `12h`.
fn parse_period(period: &str) -> anyhow::Result<i64> {
    let period = period.trim();
    let (number, unit) = period.split_at(period.len().saturating_sub(1));
    let seconds = match unit {
        "d" => 86_400,
        "h" => 3_600,
        _ => anyhow::bail!(
            "--since must be a number of days or hours such as 7d or 12h, not {period:?}"
        ),
    };
    let n: i64 = number
        .parse()
        .ok()
        .filter(|n| (1..=36_500).contains(n))
        .with_context(|| {
            format!("--since must be a number of days or hours such as 7d or 12h, not {period:?}")
        })?;
    Ok(n * seconds)
}

/// Unix seconds where `--since` starts: a period back from now, or a day's start.
fn parse_since(since: &str) -> anyhow::Result<i64> {
    match parse_civil_date(since) {
        Some(day) => Ok(day * 86_400),
        None => Ok(now_unix() - parse_period(since)?),
    }
}

/// Unix seconds where `--until` ends: after the day it names.
fn parse_until(until: &str) -> anyhow::Result<i64> {
    parse_civil_date(until)
        .map(|day| (day + 1) * 86_400)
        .with_context(|| format!("--until must be a day such as 2026-11-30, not {until:?}"))
}

/// Prints the report.
pub fn run(args: &InsightsArgs) -> anyhow::Result<ExitCode> {
    let since = parse_since(args.since)?;
    let until = args.until.map(parse_until).transpose()?;
    anyhow::ensure!(
        until.is_none_or(|u| u > since),
        "--until must not be before --since"
    );
    let lang = super::parse_lang(args.lang)?;
    let backend = Backend::from_option(args.database, args.index)?;
    if let Backend::Sqlite(path) = &backend {
        anyhow::ensure!(
            path.exists(),
            "no insights store at {}: start `dalil serve` (without --no-insights) first, or pass --database",
            path.display()
        );
    }
    let mut store = Store::open(&backend)
        .with_context(|| format!("opening the insights store {}", backend.describe()))?;
    // The articles, for those missing a translation; the report goes on without an index.
    let index = LoadedIndex::open(&IndexDir::new(args.index));
    if let Err(e) = &index {
        eprintln!(
            "dalil: no index in {} ({e}); articles missing a translation are left out",
            args.index.display()
        );
    }
    let report = Report::build(
        &mut store,
        &ReportOptions {
            since,
            until,
            lang,
            limit: args.limit.max(1),
            // What the server learns with the live build's settings (none when they switch
            // learning off).
            learning: match &index {
                Ok(i) if !i.site.learning.enabled => None,
                Ok(i) => Some(LearnRules::of_site(&i.site.learning)),
                Err(_) => Some(LearnRules::default()),
            },
        },
        index.as_ref().ok().map(|i| &i.catalog),
    )?;
    // Words to teach need the build's vocabulary: without an index there are none.
    let report = match &index {
        Ok(i) => {
            let learned = report.learned_from_clicks.clone();
            report.with_words_to_teach(&learned, i, args.limit.max(1))
        }
        Err(_) => report,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", report.to_text());
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(parse_period("7d").unwrap(), 7 * 86_400);
        assert_eq!(parse_period("12h").unwrap(), 12 * 3_600);
        for bad in ["", "d", "7", "-1d", "7w", "0d"] {
            assert!(parse_period(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_since("2026-01-01").unwrap(), 20_454 * 86_400);
        assert_eq!(parse_until("2026-01-01").unwrap(), 20_455 * 86_400);
        assert!(parse_until("7d").is_err());
    }
}
