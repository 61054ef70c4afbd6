//! The command line: argument parsing and one thin module per subcommand.

mod check;
mod index;
mod init;
mod insights;
mod output;
mod search;
mod serve;
mod status;
mod suggest;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// dalil: multilingual help-center search (Arabic, Persian, Chinese, English).
#[derive(Debug, Parser)]
#[command(name = "dalil", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the search index from the Markdown content (atomically: a failed build changes nothing).
    Index {
        /// Content folder (`<lang>/<id>.md` files).
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Index folder to publish the build into.
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// Re-read and re-analyse every file instead of only the changed ones.
        #[arg(long)]
        full: bool,
    },
    /// Validate the content without building anything.
    Check {
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
    /// Write a small working help center (site file, one FAQ and one tutorial per language) into
    /// a new folder.
    Init {
        /// The folder to create (missing or empty).
        dir: PathBuf,
        /// Languages to publish, comma-separated: any of en, ar, fa, zh.
        #[arg(long, default_value = "en")]
        langs: String,
        /// The company's name, shown in titles, the header and the footer.
        #[arg(long, default_value = "Example")]
        name: String,
    },
    /// Which translations are missing, outdated or lack sections (articles x languages).
    Status {
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Print JSON (for writers' CI) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Search the index as a customer would.
    Search {
        /// The query text.
        query: String,
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// Language of the query (en, ar, fa, zh); detected when omitted.
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print the JSON the HTTP API returns.
        #[arg(long)]
        json: bool,
    },
    /// Serve the help center and its API (building the index first if it is missing or stale).
    Serve {
        #[arg(long, default_value = "content")]
        content: PathBuf,
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Enables `POST /admin/reload` for callers presenting this bearer token.
        #[arg(long, env = "DALIL_ADMIN_TOKEN")]
        admin_token: Option<String>,
        /// Protects the agents' workspace (`/agent`) with a login form taking this token;
        /// without it the workspace is open to anyone who can reach the server.
        #[arg(long, env = "DALIL_AGENT_TOKEN")]
        agent_token: Option<String>,
        /// An origin whose web pages may call the API from the browser (the help widget on
        /// that site), like `https://www.example.com`; repeat for several. None by default.
        #[arg(long = "allow-origin", value_name = "ORIGIN")]
        allow_origins: Vec<String>,
        /// A site that may show the agents' workspace in a frame (a help desk's sidebar),
        /// like `https://*.zendesk.com`; repeat for several. None by default.
        #[arg(long = "frame-ancestors", value_name = "SOURCE")]
        frame_ancestors: Vec<String>,
        /// Requests per second one client address may make on average (0: no rate limit).
        /// Answered 429 with `Retry-After` past it.
        #[arg(long, default_value_t = 0.0)]
        rate_limit: f64,
        /// Requests one client address may make at once above `--rate-limit`.
        #[arg(long, default_value_t = 20)]
        rate_burst: u32,
        /// Requests answered at once; more are answered 503 with `Retry-After` (0: no cap).
        #[arg(long, default_value_t = crate::web::DEFAULT_MAX_IN_FLIGHT)]
        max_in_flight: usize,
        /// Largest total size of a request's headers, in bytes; larger ones are answered 431.
        #[arg(long, default_value_t = crate::web::DEFAULT_MAX_HEADER_BYTES)]
        max_header_bytes: usize,
        /// Connections open at once (lowered to fit the process's file limit); more wait to be
        /// accepted until one closes.
        #[arg(long, default_value_t = crate::web::server::DEFAULT_MAX_CONNECTIONS)]
        max_connections: usize,
        /// Where "Was this helpful?" answers are appended (default: `feedback.jsonl` beside the
        /// index folder, outside it).
        #[arg(long)]
        feedback_log: Option<PathBuf>,
        /// Do not remember answers (each search and autocomplete request is computed afresh;
        /// for measuring the engine itself).
        #[arg(long)]
        no_answer_cache: bool,
        /// Where insights are stored: postgres://user@host/db (shared by replicas) or
        /// sqlite:PATH; the SQLite file insights.sqlite in the index folder by default.
        #[arg(long, env = "DALIL_DATABASE")]
        database: Option<String>,
        /// Record no insights at all (searches, opened results, feedback).
        #[arg(long)]
        no_insights: bool,
        /// Days insights events are kept before they are deleted.
        #[arg(long, default_value_t = crate::insights::DEFAULT_RETENTION_DAYS)]
        insights_retention_days: u32,
        /// Do not learn from what customers open: no click-through prior is loaded and
        /// answers are as if nothing was learned (also `[learning] enabled = false` in
        /// site.toml).
        #[arg(long)]
        no_learning: bool,
        /// Seconds between two learnings of the click-through prior from the insights store.
        #[arg(long, default_value_t = 600, value_parser = clap::value_parser!(u64).range(1..))]
        learning_refresh_secs: u64,
        /// Preview for writers: re-index on every saved change, refresh the open pages, show
        /// content errors in them (the last good index keeps serving).
        #[arg(long)]
        watch: bool,
    },
    /// Report what customers searched for, what they found and where the help center failed
    /// them (from the store `serve` writes).
    Insights {
        /// The period: `7d` (days), `12h` (hours), or its first day `2026-11-01` (UTC).
        #[arg(long, default_value = "7d")]
        since: String,
        /// The last day included, `2026-11-30` (UTC); up to now without it.
        #[arg(long)]
        until: Option<String>,
        /// Only this language (en, ar, fa, zh).
        #[arg(long)]
        lang: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Index folder (its insights.sqlite, and its articles for missing translations).
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// The store `serve` was given with `--database`.
        #[arg(long, env = "DALIL_DATABASE")]
        database: Option<String>,
        /// Rows per table.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Suggest answers to a customer's message read from standard input.
    Suggest {
        #[arg(long, default_value = "index")]
        index: PathBuf,
        /// Language of the message; detected when omitted.
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, default_value_t = 3)]
        limit: usize,
        /// Print the JSON the HTTP API returns.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Index {
            content,
            index,
            full,
        } => index::run(&content, &index, full),
        Command::Check { content } => check::run(&content),
        Command::Init { dir, langs, name } => init::run(&dir, &langs, &name),
        Command::Status { content, json } => status::run(&content, json),
        Command::Search {
            query,
            index,
            lang,
            limit,
            json,
        } => search::run(&query, &index, lang.as_deref(), limit, json),
        Command::Serve {
            content,
            index,
            addr,
            admin_token,
            agent_token,
            allow_origins,
            frame_ancestors,
            rate_limit,
            rate_burst,
            max_in_flight,
            max_header_bytes,
            max_connections,
            feedback_log,
            no_answer_cache,
            database,
            no_insights,
            insights_retention_days,
            no_learning,
            learning_refresh_secs,
            watch,
        } => serve::run(serve::ServeOptions {
            content,
            index,
            addr,
            admin_token,
            agent_token,
            allow_origins,
            frame_ancestors,
            max_connections,
            feedback_log,
            remember_answers: !no_answer_cache,
            limits: crate::web::Limits {
                rate_per_second: rate_limit,
                burst: rate_burst,
                max_in_flight,
                max_header_bytes,
            },
            database,
            no_insights,
            retention_days: insights_retention_days,
            learning: !no_learning,
            learning_refresh: std::time::Duration::from_secs(learning_refresh_secs),
            watch,
        }),
        Command::Insights {
            since,
            until,
            lang,
            json,
            index,
            database,
            limit,
        } => insights::run(&insights::InsightsArgs {
            since: &since,
            until: until.as_deref(),
            lang: lang.as_deref(),
            json,
            index: &index,
            database: database.as_deref(),
            limit,
        }),
        Command::Suggest {
            index,
            lang,
            limit,
            json,
        } => suggest::run(&index, lang.as_deref(), limit, json),
    }
}

/// Parses an optional `--lang` value.
fn parse_lang(lang: Option<&str>) -> anyhow::Result<Option<crate::Lang>> {
    lang.map(|l| l.parse::<crate::Lang>().map_err(anyhow::Error::from))
        .transpose()
}
