//! Words to teach (issue 16, lever 3, learned vocabulary): the words of queries whose searches
//! keep ending in one article (the learned pairs, [`super::Learned`]) that the help center does
//! not know at all: not in any article, keyword, synonym or colloquial entry. Each becomes a
//! proposed line for the help center's lexicon (`content/colloquial/<lang>.toml`), mapping the
//! word to the heading of the section customers open.
//!
//! Proposed, never applied: a word one query's clicks tie to an article may mean something else
//! in the next query, so the team reviews each line and pastes the good ones. The prior already
//! serves the exact query; a word taught serves every other query that uses it. A word seen with
//! two different articles is left out: customers do not agree on what it means.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tantivy::Term;

use super::Learned;
use crate::analysis::is_stop_word;
use crate::index::LoadedIndex;
use crate::lang::Lang;

/// A word customers use that the help center lacks, with the lexicon line that would teach it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WordToTeach {
    /// The word as the query key holds it (normalised, unstemmed).
    pub word: String,
    pub lang: String,
    pub article_lang: String,
    pub article: String,
    /// The section most opened (empty: the article's top).
    pub anchor: String,
    /// What the word is mapped to: the heading of that section, else the article's title.
    pub written: String,
    /// Learned queries the word occurs in.
    pub queries: i64,
    /// One of them, as typed (masked).
    pub example: String,
    /// The line to add to `content/colloquial/<lang>.toml`.
    pub entry: String,
}

/// Fewest characters of a word worth teaching: one letter or one Chinese character says too
/// little on its own.
const MIN_WORD_CHARS: usize = 2;

/// Fewest learned queries a word must occur in: in one query it is that customer's wording,
/// which the prior already serves; a weekday, "asap" or "I tried" rides along with whatever
/// it was asked with. Measured on a replayed log (docs/RELEVANCE.md, "Words to teach").
pub const MIN_QUERIES_PER_WORD: usize = 2;

/// The words to teach from `learned`, most queries first: `knows` says whether the help center
/// already knows a word of a language, `written` gives the heading (or title) of an article's
/// section in an article language.
pub fn words_to_teach(
    learned: &[Learned],
    knows: impl Fn(Lang, &str) -> bool,
    written: impl Fn(Lang, &str, &str) -> Option<String>,
) -> Vec<WordToTeach> {
    // (lang, word) -> the learned rows it occurs in.
    let mut seen: BTreeMap<(String, String), Vec<&Learned>> = BTreeMap::new();
    // Whether the help center knows a word, asked once per word: the same words recur in
    // many learned queries, and each question is several term-dictionary lookups.
    let mut known: HashMap<(Lang, &str), bool> = HashMap::new();
    for row in learned {
        let Some(lang) = Lang::from_code(&row.lang) else {
            continue;
        };
        for word in row.normalized.split(' ') {
            if word.chars().count() < MIN_WORD_CHARS
                || word.chars().any(|c| c.is_ascii_digit() || c == '@')
                || is_stop_word(lang, word)
                || is_mask_placeholder(&row.query, word)
                || *known
                    .entry((lang, word))
                    .or_insert_with(|| knows(lang, word))
            {
                continue;
            }
            let rows = seen
                .entry((row.lang.clone(), word.to_string()))
                .or_default();
            if !rows.iter().any(|r| r.normalized == row.normalized) {
                rows.push(row);
            }
        }
    }
    let mut out: Vec<WordToTeach> = seen
        .into_iter()
        .filter_map(|((lang, word), rows)| {
            if rows.len() < MIN_QUERIES_PER_WORD {
                return None;
            }
            let first = rows.first()?;
            let agree = rows
                .iter()
                .all(|r| r.article == first.article && r.article_lang == first.article_lang);
            if !agree {
                return None;
            }
            // The section opened in most of the word's learned queries.
            let mut anchors: BTreeMap<&str, usize> = BTreeMap::new();
            for r in &rows {
                *anchors.entry(r.anchor.as_str()).or_default() += 1;
            }
            let anchor = anchors
                .iter()
                .max_by_key(|(a, n)| (**n, std::cmp::Reverse(**a)))
                .map_or("", |(a, _)| *a)
                .to_string();
            let article_lang = Lang::from_code(&first.article_lang)?;
            let heading = written(article_lang, &first.article, &anchor)?;
            let example = first.query.replace(['\n', '\r'], " ");
            Some(WordToTeach {
                entry: lexicon_line(&word, &heading, &example, &first.article),
                word,
                lang,
                article_lang: first.article_lang.clone(),
                article: first.article.clone(),
                anchor,
                written: heading,
                queries: rows.len() as i64,
                example,
            })
        })
        .collect();
    out.sort_by(|a, b| b.queries.cmp(&a.queries).then_with(|| a.word.cmp(&b.word)));
    out
}

/// Whether `word` is what masking put in `query` for personal data (`[iban]` -> `iban`), not
/// a word the customer typed.
fn is_mask_placeholder(query: &str, word: &str) -> bool {
    query.contains(&format!("[{word}]"))
}

/// The words to teach from `learned`, as the build `index` knows its words and headings.
pub fn words_to_teach_in(learned: &[Learned], index: &LoadedIndex) -> Vec<WordToTeach> {
    let searcher = index.searcher();
    let analysis = index.analysis();
    let known = |field, text: &str| {
        index
            .lookups
            .doc_freq(&searcher, &Term::from_field_text(field, text))
            .map_or(true, |n| n > 0)
    };
    let knows = |lang: Lang, word: &str| {
        let lf = index.fields.lang(lang);
        if known(lf.exact, word) {
            return true;
        }
        let terms: Vec<String> = analysis
            .analyze(lang, word)
            .into_iter()
            .map(|t| t.text)
            .collect();
        // A Chinese word comes with its grams, which say nothing about the word.
        let words = if lang == Lang::Zh {
            &terms[..terms.len().min(1)]
        } else {
            &terms[..]
        };
        words.iter().any(|t| {
            [lf.heading, lf.title, lf.keywords, lf.summary, lf.body]
                .into_iter()
                .any(|f| known(f, t))
                || index.lexicon.knows(lang, t)
        }) || !index
            .synonyms
            .alternatives_with_sources(lang, words)
            .is_empty()
    };
    let written = |lang: Lang, article: &str, anchor: &str| {
        let meta = index.catalog.get(lang, article)?;
        Some(
            meta.headings
                .iter()
                .find(|(a, _)| !anchor.is_empty() && a == anchor)
                .map_or_else(|| meta.title.clone(), |(_, h)| h.clone()),
        )
    };
    words_to_teach(learned, knows, written)
}

/// `"word" = ["heading"] # ...`: a line of a colloquial lexicon file, the strings quoted as TOML
/// does, the comment naming the query and the article it was learned from.
fn lexicon_line(word: &str, written: &str, example: &str, article: &str) -> String {
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    format!(
        "{} = [{}] # learned from clicks: {} -> {article}",
        quote(word),
        quote(written),
        quote(example)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(lang: &str, normalized: &str, article: &str, anchor: &str) -> Learned {
        Learned {
            query: normalized.to_string(),
            normalized: normalized.to_string(),
            lang: lang.to_string(),
            article_lang: lang.to_string(),
            article: article.to_string(),
            anchor: anchor.to_string(),
            searches: 6,
            days: 3,
            share: 0.9,
            boost: 0.5,
        }
    }

    fn heading(_: Lang, article: &str, anchor: &str) -> Option<String> {
        (article != "gone").then(|| format!("{article}#{anchor}"))
    }

    #[test]
    fn unknown_words_of_learned_queries_are_proposed_with_the_opened_section() {
        let learned = [
            row("en", "dosh stuck", "deposits-faq", "not-arrived"),
            row("en", "where my dosh", "deposits-faq", "not-arrived"),
            row("en", "dosh out", "deposits-faq", "fees"),
        ];
        let asked = std::cell::RefCell::new(Vec::new());
        let knows = |_: Lang, w: &str| {
            asked.borrow_mut().push(w.to_string());
            w == "stuck" || w == "out"
        };
        let words = words_to_teach(&learned, knows, heading);
        // Each word is asked about once, however many queries hold it.
        assert_eq!(asked.borrow().iter().filter(|w| *w == "dosh").count(), 1);
        assert_eq!(words.len(), 1, "{words:?}");
        let w = &words[0];
        assert_eq!(
            (w.word.as_str(), w.article.as_str(), w.anchor.as_str()),
            ("dosh", "deposits-faq", "not-arrived")
        );
        assert_eq!(w.queries, 3);
        assert_eq!(w.written, "deposits-faq#not-arrived");
        assert_eq!(
            w.entry,
            "\"dosh\" = [\"deposits-faq#not-arrived\"] # learned from clicks: \"dosh stuck\" -> deposits-faq"
        );
        // The line is what a lexicon file holds: it parses back to the word and its heading.
        let table: toml::Table = toml::from_str(&w.entry).unwrap();
        assert_eq!(table["dosh"][0].as_str(), Some("deposits-faq#not-arrived"));
    }

    #[test]
    fn known_stop_short_numeric_disputed_and_one_query_words_are_left_out() {
        let learned = [
            row("en", "the 2fa x dosh", "security-faq", ""),
            row("en", "dosh gone", "deposits-faq", ""),
            row("en", "quid back", "gone", ""),
            row("en", "quid gone", "deposits-faq", ""),
        ];
        let words = words_to_teach(&learned, |_, _| false, heading);
        // `dosh` and `quid` are claimed by two articles (one no longer built), `back` is in
        // one query only; `gone` is in two, both ending in the deposits FAQ.
        let listed: Vec<&str> = words.iter().map(|w| w.word.as_str()).collect();
        assert_eq!(listed, ["gone"], "{words:?}");
        assert_eq!(words[0].queries, 2);
        assert!(words_to_teach(&learned, |_, _| true, heading).is_empty());
    }

    #[test]
    fn what_masking_put_in_is_no_word() {
        let mut a = row("ar", "حول iban", "deposit-methods", "");
        let mut b = row("ar", "رقم iban تحويل", "deposit-methods", "");
        a.query = "حول [iban]".into();
        b.query = "رقم [iban] تحويل".into();
        let words = words_to_teach(&[a, b], |_, w| w != "iban", heading);
        assert!(words.is_empty(), "{words:?}");
    }

    #[test]
    fn quotes_in_a_query_stay_inside_the_comment_and_the_strings() {
        let line = lexicon_line("wo\"rd", "A \"heading\"", "it's \"x\"", "faq");
        let table: toml::Table = toml::from_str(&line).unwrap();
        assert_eq!(table["wo\"rd"][0].as_str(), Some("A \"heading\""));
    }
}
