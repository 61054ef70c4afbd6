//! Integration tests: the real CLI and the real HTTP server on a loopback port, and the help
//! pages in headless Chromium.

mod admin;
mod agent;
mod agent_browser;
mod asked_files;
mod autocomplete;
mod axe;
mod browser;
mod cli;
mod colloquial;
mod colloquial_files;
mod colloquial_floors;
mod dark;
mod faq_lean;
mod hostile;
mod http;
mod incremental;
mod insights;
mod learned;
mod pinyin_typos;
mod promises;
mod query_independence;
mod ranking_fit;
mod relevance;
mod reliability_content;
mod reliability_crash;
mod reliability_http;
mod reliability_soak;
mod retrieval;
mod sections;
mod site;
mod startup;
mod support;
mod writers;
