//! The report as tables: one [`TableKind`] per question the report answers, each with fixed
//! columns, so that the terminal report, the admin pages and their CSV downloads show the same
//! rows. Column keys are stable (CSV headers, scripts); the admin pages localise them.

use std::fmt::Write;

use super::report::{percent, Report};

/// A table of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableKind {
    TopQueries,
    ZeroResults,
    NoClick,
    TranslationGaps,
    ViewedArticles,
    ViewedSections,
    CopiedAnswers,
    Helpful,
    NoComments,
    ContentGaps,
    MissingTranslations,
    PerDay,
    Learned,
    WordsToTeach,
    LearnedWords,
}

/// A column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Query,
    Lang,
    Searches,
    ZeroResults,
    Article,
    Anchor,
    Opens,
    Yes,
    No,
    Rate,
    Day,
    Comment,
    Normalized,
    Variants,
    Example,
    Has,
    Missing,
    Copies,
    Days,
    Share,
    Boost,
    Word,
    Queries,
    Entry,
    Lift,
}

impl Column {
    /// The stable key (the CSV header).
    pub fn key(self) -> &'static str {
        match self {
            Column::Query => "query",
            Column::Lang => "lang",
            Column::Searches => "searches",
            Column::ZeroResults => "zero_results",
            Column::Article => "article",
            Column::Anchor => "section",
            Column::Opens => "opens",
            Column::Yes => "yes",
            Column::No => "no",
            Column::Rate => "helpful_percent",
            Column::Day => "day",
            Column::Comment => "comment",
            Column::Normalized => "normalized",
            Column::Variants => "forms",
            Column::Example => "example",
            Column::Has => "has",
            Column::Missing => "missing",
            Column::Copies => "copies",
            Column::Days => "days",
            Column::Share => "share",
            Column::Boost => "boost",
            Column::Word => "word",
            Column::Queries => "queries",
            Column::Entry => "lexicon_entry",
            Column::Lift => "lift",
        }
    }

    /// Whether the column holds counts (right-aligned).
    pub fn is_number(self) -> bool {
        matches!(
            self,
            Column::Searches
                | Column::ZeroResults
                | Column::Opens
                | Column::Yes
                | Column::No
                | Column::Rate
                | Column::Variants
                | Column::Copies
                | Column::Days
                | Column::Share
                | Column::Boost
                | Column::Queries
                | Column::Lift
        )
    }
}

impl TableKind {
    /// Every table, in the order the report shows them.
    pub const ALL: [TableKind; 15] = [
        TableKind::TopQueries,
        TableKind::ZeroResults,
        TableKind::NoClick,
        TableKind::TranslationGaps,
        TableKind::ContentGaps,
        TableKind::ViewedArticles,
        TableKind::ViewedSections,
        TableKind::Helpful,
        TableKind::NoComments,
        TableKind::CopiedAnswers,
        TableKind::MissingTranslations,
        TableKind::PerDay,
        TableKind::Learned,
        TableKind::LearnedWords,
        TableKind::WordsToTeach,
    ];

    /// The table's name in URLs and file names (`top-queries.csv`).
    pub fn slug(self) -> &'static str {
        match self {
            TableKind::TopQueries => "top-queries",
            TableKind::ZeroResults => "zero-result-queries",
            TableKind::NoClick => "no-click-queries",
            TableKind::TranslationGaps => "translation-gaps",
            TableKind::ViewedArticles => "most-viewed-articles",
            TableKind::ViewedSections => "most-viewed-sections",
            TableKind::CopiedAnswers => "copied-answers",
            TableKind::Helpful => "helpful",
            TableKind::NoComments => "no-comments",
            TableKind::ContentGaps => "content-gaps",
            TableKind::MissingTranslations => "missing-translations",
            TableKind::PerDay => "searches-per-day",
            TableKind::Learned => "learned-from-clicks",
            TableKind::WordsToTeach => "words-to-teach",
            TableKind::LearnedWords => "learned-words",
        }
    }

    /// The table named `slug`.
    pub fn from_slug(slug: &str) -> Option<TableKind> {
        TableKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The English title (the terminal report).
    pub fn title(self) -> &'static str {
        match self {
            TableKind::TopQueries => "Top queries",
            TableKind::ZeroResults => "Searches with no result",
            TableKind::NoClick => "Help-page searches with results but no click",
            TableKind::TranslationGaps => "Translation gaps (answered only in another language)",
            TableKind::ViewedArticles => "Most viewed articles (opened from search)",
            TableKind::ViewedSections => "Most viewed sections (opened from search)",
            TableKind::CopiedAnswers => "Suggested answers agents copied",
            TableKind::Helpful => "Was this helpful? (most \"no\" first)",
            TableKind::NoComments => "\"No\" comments",
            TableKind::ContentGaps => "Content gaps (unanswered, by normalised form)",
            TableKind::MissingTranslations => "Articles missing a translation",
            TableKind::PerDay => "Searches per day",
            TableKind::Learned => "Learned from clicks (ranked higher for the query)",
            TableKind::LearnedWords => {
                "Learned words (the article each word of clicked searches points to most)"
            }
            TableKind::WordsToTeach => {
                "Words to teach: customers' words the help center lacks (lines for content/colloquial/<lang>.toml)"
            }
        }
    }

    /// The table's columns.
    pub fn columns(self) -> &'static [Column] {
        use Column::*;
        match self {
            TableKind::TopQueries
            | TableKind::ZeroResults
            | TableKind::NoClick
            | TableKind::TranslationGaps => &[Searches, Lang, Query],
            TableKind::ViewedArticles => &[Opens, Lang, Article],
            TableKind::ViewedSections => &[Opens, Lang, Article, Anchor],
            TableKind::CopiedAnswers => &[Copies, Lang, Article, Anchor],
            TableKind::Helpful => &[No, Yes, Rate, Lang, Article, Anchor],
            TableKind::NoComments => &[Day, Lang, Article, Anchor, Comment],
            TableKind::ContentGaps => &[Searches, Variants, Normalized, Example],
            TableKind::MissingTranslations => &[Opens, Article, Has, Missing],
            TableKind::PerDay => &[Day, Searches, ZeroResults],
            TableKind::Learned => &[Query, Lang, Article, Anchor, Searches, Days, Share, Boost],
            TableKind::WordsToTeach => &[Word, Lang, Article, Anchor, Queries, Example, Entry],
            TableKind::LearnedWords => &[Word, Lang, Article, Queries, Lift],
        }
    }
}

/// One table's rows, every cell as text, in the order of [`TableKind::columns`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub kind: TableKind,
    pub rows: Vec<Vec<String>>,
}

impl Report {
    /// One of the report's tables.
    pub fn table(&self, kind: TableKind) -> Table {
        let queries = |rows: &[super::report::QueryCount]| {
            rows.iter()
                .map(|r| vec![r.searches.to_string(), r.lang.clone(), r.query.clone()])
                .collect()
        };
        // Sections opened from results and answers copied by agents: the same counts per section.
        let sections = |rows: &[super::report::Viewed]| {
            rows.iter()
                .map(|r| {
                    vec![
                        r.opens.to_string(),
                        r.lang.clone(),
                        r.article.clone(),
                        r.anchor.clone(),
                    ]
                })
                .collect()
        };
        let rows = match kind {
            TableKind::TopQueries => queries(&self.top_queries),
            TableKind::ZeroResults => queries(&self.zero_result_queries),
            TableKind::NoClick => queries(&self.no_click_queries),
            TableKind::TranslationGaps => queries(&self.translation_gaps),
            TableKind::ViewedArticles => self
                .most_viewed_articles
                .iter()
                .map(|r| vec![r.opens.to_string(), r.lang.clone(), r.article.clone()])
                .collect(),
            TableKind::ViewedSections => sections(&self.most_viewed_sections),
            TableKind::CopiedAnswers => sections(&self.copied_answers),
            TableKind::Helpful => self
                .helpful
                .iter()
                .map(|r| {
                    vec![
                        r.no.to_string(),
                        r.yes.to_string(),
                        percent(r.yes, r.yes + r.no).to_string(),
                        r.lang.clone(),
                        r.article.clone(),
                        r.anchor.clone(),
                    ]
                })
                .collect(),
            TableKind::NoComments => self
                .no_comments
                .iter()
                .map(|r| {
                    vec![
                        r.day.clone(),
                        r.lang.clone(),
                        r.article.clone(),
                        r.anchor.clone(),
                        r.comment.clone(),
                    ]
                })
                .collect(),
            TableKind::ContentGaps => self
                .content_gaps
                .iter()
                .map(|r| {
                    vec![
                        r.searches.to_string(),
                        r.variants.to_string(),
                        r.normalized.clone(),
                        r.example.clone(),
                    ]
                })
                .collect(),
            TableKind::MissingTranslations => self
                .missing_translations
                .iter()
                .map(|r| {
                    vec![
                        r.opens.to_string(),
                        r.article.clone(),
                        r.has.join(" "),
                        r.missing.join(" "),
                    ]
                })
                .collect(),
            TableKind::PerDay => self
                .per_day
                .iter()
                .map(|r| {
                    vec![
                        r.day.clone(),
                        r.searches.to_string(),
                        r.zero_results.to_string(),
                    ]
                })
                .collect(),
            TableKind::Learned => self
                .learned_from_clicks
                .iter()
                .map(|r| {
                    vec![
                        r.query.clone(),
                        r.lang.clone(),
                        format!("{}/{}", r.article_lang, r.article),
                        r.anchor.clone(),
                        r.searches.to_string(),
                        r.days.to_string(),
                        format!("{:.2}", r.share),
                        format!("{:.2}", r.boost),
                    ]
                })
                .collect(),
            TableKind::LearnedWords => self
                .learned_words
                .iter()
                .map(|r| {
                    vec![
                        r.word.clone(),
                        r.lang.clone(),
                        format!("{}/{}", r.article_lang, r.article),
                        format!("{:.1}", r.queries),
                        format!("{:.2}", r.lift),
                    ]
                })
                .collect(),
            TableKind::WordsToTeach => self
                .words_to_teach
                .iter()
                .map(|r| {
                    vec![
                        r.word.clone(),
                        r.lang.clone(),
                        format!("{}/{}", r.article_lang, r.article),
                        r.anchor.clone(),
                        r.queries.to_string(),
                        r.example.clone(),
                        r.entry.clone(),
                    ]
                })
                .collect(),
        };
        Table { kind, rows }
    }
}

impl Table {
    /// The table as CSV (RFC 4180: comma-separated, CRLF line ends, a header row of column
    /// keys), UTF-8 with a byte order mark so spreadsheets read Arabic, Persian and Chinese.
    /// Cells are quoted when they hold a quote, comma or line break; a cell a spreadsheet would
    /// take for a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return: queries
    /// and comments are typed by anyone) gets a leading `'` so it stays text.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("\u{feff}");
        let header: Vec<&str> = self.kind.columns().iter().map(|c| c.key()).collect();
        push_csv_row(&mut out, header.iter().copied());
        for row in &self.rows {
            push_csv_row(&mut out, row.iter().map(String::as_str));
        }
        out
    }

    /// The table as aligned text under its title, for a terminal.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.kind.title());
        if self.rows.is_empty() {
            out.push_str("  (none)\n");
            return out;
        }
        let columns = self.kind.columns();
        let mut widths: Vec<usize> = columns.iter().map(|c| c.key().chars().count()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let mut line = |cells: Vec<&str>| {
            let mut text = String::new();
            for (i, ((cell, w), column)) in cells.iter().zip(&widths).zip(columns).enumerate() {
                text.push_str("  ");
                let last = i + 1 == columns.len();
                let _ = match (column.is_number(), last) {
                    (true, _) => write!(text, "{cell:>w$}"),
                    (false, true) => write!(text, "{cell}"),
                    (false, false) => write!(text, "{cell:<w$}"),
                };
            }
            out.push_str(text.trim_end());
            out.push('\n');
        };
        line(columns.iter().map(|c| c.key()).collect());
        for row in &self.rows {
            line(row.iter().map(String::as_str).collect());
        }
        out
    }
}

fn push_csv_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let guarded = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{cell}")
        } else {
            cell.to_string()
        };
        if guarded.contains(['"', ',', '\n', '\r']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        Table {
            kind: TableKind::TopQueries,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
        }
    }

    #[test]
    fn csv_is_quoted_and_defuses_formulas() {
        let csv = table(&[
            &["3", "en", "fee, \"withdrawal\"\nline"],
            &["2", "en", "=HYPERLINK(\"http://x\")"],
            &["1", "fa", "-2+3"],
            &["1", "ar", "@SUM(A1)"],
            &["1", "zh", "如何提现"],
        ])
        .to_csv();
        assert_eq!(
            csv,
            "\u{feff}searches,lang,query\r\n\
             3,en,\"fee, \"\"withdrawal\"\"\nline\"\r\n\
             2,en,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n\
             1,fa,'-2+3\r\n\
             1,ar,'@SUM(A1)\r\n\
             1,zh,如何提现\r\n"
        );
    }

    #[test]
    fn slugs_name_each_table_once() {
        for kind in TableKind::ALL {
            assert_eq!(TableKind::from_slug(kind.slug()), Some(kind));
        }
        assert_eq!(TableKind::from_slug("../etc"), None);
    }

    #[test]
    fn text_tables_align_counts() {
        let text = table(&[&["120", "en", "fee"], &["7", "fa", "کارمزد"]]).to_text();
        assert_eq!(
            text,
            "Top queries\n  searches  lang  query\n       120  en    fee\n         7  fa    کارمزد\n"
        );
        assert!(table(&[]).to_text().contains("(none)"));
    }
}
