//! The insights report: what customers ask, what they find, and where the help center fails
//! them, for a period and optionally one language. `dalil insights` prints it as text or JSON.

use std::fmt::Write;

use serde::Serialize;

use super::error::Result;
use super::store::{Param, Store, Value};
use crate::index::Catalog;
use crate::lang::Lang;

/// What a report covers.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Unix seconds: events from then on.
    pub since: i64,
    pub lang: Option<Lang>,
    /// Rows per table.
    pub limit: usize,
}

/// A query and how often it was searched.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct QueryCount {
    /// The most common form typed (masked).
    pub query: String,
    pub lang: String,
    pub searches: i64,
}

/// How often an article or section was opened from search results.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Viewed {
    pub lang: String,
    pub article: String,
    pub anchor: String,
    pub opens: i64,
}

/// "Was this helpful?" answers about an article or section.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Helpful {
    pub lang: String,
    pub article: String,
    pub anchor: String,
    pub yes: i64,
    pub no: i64,
}

/// A "no" answer's comment.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct NoComment {
    pub day: String,
    pub lang: String,
    pub article: String,
    pub anchor: String,
    pub comment: String,
}

/// Unanswered searches sharing one normalised form.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ContentGap {
    pub normalized: String,
    pub searches: i64,
    /// Distinct forms typed.
    pub variants: i64,
    /// One of the forms typed.
    pub example: String,
}

/// An article lacking some languages.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MissingTranslation {
    pub article: String,
    pub has: Vec<String>,
    pub missing: Vec<String>,
    /// Times it was opened from search in the period.
    pub opens: i64,
}

/// Searches on one day (UTC).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Day {
    pub day: String,
    pub searches: i64,
    pub zero_results: i64,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub since: String,
    pub lang: Option<String>,
    pub searches: i64,
    pub top_queries: Vec<QueryCount>,
    pub zero_result_queries: Vec<QueryCount>,
    /// Help-page searches with results of which none was opened.
    pub no_click_queries: Vec<QueryCount>,
    /// Searches answered only by another language's articles.
    pub translation_gaps: Vec<QueryCount>,
    pub most_viewed: Vec<Viewed>,
    pub helpful: Vec<Helpful>,
    pub no_comments: Vec<NoComment>,
    pub content_gaps: Vec<ContentGap>,
    pub missing_translations: Vec<MissingTranslation>,
    pub per_day: Vec<Day>,
}

/// `YYYY-MM-DD` of a Unix day number (days since 1970-01-01).
pub fn civil_date(day: i64) -> String {
    // Howard Hinnant's civil_from_days.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `at >= ?` and, with a language, `<lang column> = ?`, with their parameters.
fn filter(opts: &ReportOptions, lang_column: &str) -> (String, Vec<Param>) {
    let mut sql = "at >= ?".to_string();
    let mut params = vec![Param::Int(opts.since)];
    if let Some(lang) = opts.lang {
        let _ = write!(sql, " AND {lang_column} = ?");
        params.push(Param::Text(lang.code().to_string()));
    }
    (sql, params)
}

fn query_counts(
    store: &mut Store,
    opts: &ReportOptions,
    condition: &str,
) -> Result<Vec<QueryCount>> {
    let (filter, mut params) = filter(opts, "lang_used");
    params.push(Param::Int(opts.limit as i64));
    let sql = format!(
        "SELECT MIN(query), lang_used, COUNT(*) FROM searches s WHERE {filter} AND {condition} \
         GROUP BY normalized, lang_used ORDER BY COUNT(*) DESC, MIN(query) LIMIT ?"
    );
    Ok(store
        .rows(&sql, &params)?
        .iter()
        .map(|r| QueryCount {
            query: r[0].text(),
            lang: r[1].text(),
            searches: r[2].int(),
        })
        .collect())
}

impl Report {
    /// Builds the report from the store; `catalog` (the loaded index), when given, adds the
    /// articles missing a translation.
    pub fn build(
        store: &mut Store,
        opts: &ReportOptions,
        catalog: Option<&Catalog>,
    ) -> Result<Report> {
        let (search_filter, search_params) = filter(opts, "lang_used");
        let searches = store
            .rows(
                &format!("SELECT COUNT(*) FROM searches WHERE {search_filter}"),
                &search_params,
            )?
            .first()
            .and_then(|r| r.first())
            .map_or(0, Value::int);
        let limit = Param::Int(opts.limit as i64);

        let (open_filter, mut open_params) = filter(opts, "lang");
        open_params.push(limit.clone());
        let most_viewed = store
            .rows(
                &format!(
                    "SELECT lang, article, anchor, COUNT(*) FROM opens WHERE {open_filter} \
                     GROUP BY lang, article, anchor ORDER BY COUNT(*) DESC, article LIMIT ?"
                ),
                &open_params,
            )?
            .iter()
            .map(|r| Viewed {
                lang: r[0].text(),
                article: r[1].text(),
                anchor: r[2].text(),
                opens: r[3].int(),
            })
            .collect();

        let (fb_filter, mut fb_params) = filter(opts, "lang");
        fb_params.push(limit.clone());
        let helpful = store
            .rows(
                &format!(
                    "SELECT lang, article, anchor, COUNT(CASE WHEN helpful = 1 THEN 1 END), \
                     COUNT(CASE WHEN helpful = 0 THEN 1 END) FROM feedback WHERE {fb_filter} \
                     GROUP BY lang, article, anchor \
                     ORDER BY COUNT(CASE WHEN helpful = 0 THEN 1 END) DESC, COUNT(*) DESC, article \
                     LIMIT ?"
                ),
                &fb_params,
            )?
            .iter()
            .map(|r| Helpful {
                lang: r[0].text(),
                article: r[1].text(),
                anchor: r[2].text(),
                yes: r[3].int(),
                no: r[4].int(),
            })
            .collect();
        let no_comments = store
            .rows(
                &format!(
                    "SELECT at / 86400, lang, article, anchor, comment FROM feedback \
                     WHERE {fb_filter} AND helpful = 0 AND comment IS NOT NULL \
                     ORDER BY at DESC LIMIT ?"
                ),
                &fb_params,
            )?
            .iter()
            .map(|r| NoComment {
                day: civil_date(r[0].int()),
                lang: r[1].text(),
                article: r[2].text(),
                anchor: r[3].text(),
                comment: r[4].text(),
            })
            .collect();

        let mut gap_params = search_params.clone();
        gap_params.push(limit.clone());
        let content_gaps = store
            .rows(
                &format!(
                    "SELECT normalized, COUNT(*), COUNT(DISTINCT query), MIN(query) FROM searches \
                     WHERE {search_filter} AND results = 0 AND other_lang = 0 \
                     GROUP BY normalized ORDER BY COUNT(*) DESC, normalized LIMIT ?"
                ),
                &gap_params,
            )?
            .iter()
            .map(|r| ContentGap {
                normalized: r[0].text(),
                searches: r[1].int(),
                variants: r[2].int(),
                example: r[3].text(),
            })
            .collect();

        let per_day = store
            .rows(
                &format!(
                    "SELECT at / 86400, COUNT(*), COUNT(CASE WHEN results = 0 THEN 1 END) \
                     FROM searches WHERE {search_filter} GROUP BY at / 86400 ORDER BY at / 86400"
                ),
                &search_params,
            )?
            .iter()
            .map(|r| Day {
                day: civil_date(r[0].int()),
                searches: r[1].int(),
                zero_results: r[2].int(),
            })
            .collect();

        let missing_translations = match catalog {
            Some(catalog) => missing_translations(store, opts, catalog)?,
            None => Vec::new(),
        };

        Ok(Report {
            since: civil_date(opts.since.div_euclid(86_400)),
            lang: opts.lang.map(|l| l.code().to_string()),
            searches,
            top_queries: query_counts(store, opts, "1 = 1")?,
            zero_result_queries: query_counts(store, opts, "results = 0 AND other_lang = 0")?,
            no_click_queries: query_counts(
                store,
                opts,
                "source = 'page' AND results > 0 AND NOT EXISTS \
                 (SELECT 1 FROM opens o WHERE o.search_id = s.id)",
            )?,
            translation_gaps: query_counts(store, opts, "other_lang = 1")?,
            most_viewed,
            helpful,
            no_comments,
            content_gaps,
            missing_translations,
            per_day,
        })
    }

    /// The report as text for a terminal.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let lang = self.lang.as_deref().unwrap_or("all languages");
        let _ = writeln!(
            out,
            "Insights since {} ({lang}): {} searches\n",
            self.since, self.searches
        );
        let queries = |out: &mut String, title: &str, rows: &[QueryCount]| {
            let _ = writeln!(out, "{title}");
            if rows.is_empty() {
                out.push_str("  (none)\n");
            }
            for r in rows {
                let _ = writeln!(out, "  {:>6}  {}  {}", r.searches, r.lang, r.query);
            }
            out.push('\n');
        };
        queries(&mut out, "Top queries", &self.top_queries);
        queries(
            &mut out,
            "Searches with no result",
            &self.zero_result_queries,
        );
        queries(
            &mut out,
            "Help-page searches with results but no click",
            &self.no_click_queries,
        );
        queries(
            &mut out,
            "Translation gaps (answered only in another language)",
            &self.translation_gaps,
        );
        section(
            &mut out,
            "Most viewed from search",
            &self.most_viewed,
            |r| {
                format!(
                    "{:>6}  {}/{}{}",
                    r.opens,
                    r.lang,
                    r.article,
                    hash(&r.anchor)
                )
            },
        );
        section(
            &mut out,
            "Was this helpful? (yes / no)",
            &self.helpful,
            |r| {
                let rate = 100 * r.yes / (r.yes + r.no).max(1);
                format!(
                    "{:>4} / {:<4} {rate:>3}% helpful  {}/{}{}",
                    r.yes,
                    r.no,
                    r.lang,
                    r.article,
                    hash(&r.anchor)
                )
            },
        );
        section(&mut out, "\"No\" comments", &self.no_comments, |r| {
            format!(
                "{}  {}/{}{}: {}",
                r.day,
                r.lang,
                r.article,
                hash(&r.anchor),
                r.comment
            )
        });
        section(
            &mut out,
            "Content gaps (unanswered, by normalised form)",
            &self.content_gaps,
            |r| {
                format!(
                    "{:>6}  {} ({} forms, e.g. {})",
                    r.searches, r.normalized, r.variants, r.example
                )
            },
        );
        section(
            &mut out,
            "Articles missing a translation",
            &self.missing_translations,
            |r| {
                format!(
                    "{:>6} opens  {}: has {}, missing {}",
                    r.opens,
                    r.article,
                    r.has.join(" "),
                    r.missing.join(" ")
                )
            },
        );
        section(
            &mut out,
            "Searches per day (no result)",
            &self.per_day,
            |r| format!("{}  {:>6}  ({})", r.day, r.searches, r.zero_results),
        );
        out
    }
}

fn hash(anchor: &str) -> String {
    if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    }
}

fn section<T>(out: &mut String, title: &str, rows: &[T], line: impl Fn(&T) -> String) {
    let _ = writeln!(out, "{title}");
    if rows.is_empty() {
        out.push_str("  (none)\n");
    }
    for r in rows {
        let _ = writeln!(out, "  {}", line(r));
    }
    out.push('\n');
}

fn missing_translations(
    store: &mut Store,
    opts: &ReportOptions,
    catalog: &Catalog,
) -> Result<Vec<MissingTranslation>> {
    let (open_filter, open_params) = filter(opts, "lang");
    let opens: std::collections::HashMap<String, i64> = store
        .rows(
            &format!("SELECT article, COUNT(*) FROM opens WHERE {open_filter} GROUP BY article"),
            &open_params,
        )?
        .iter()
        .map(|r| (r[0].text(), r[1].int()))
        .collect();
    let mut ids: Vec<&str> = catalog.all().iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut missing: Vec<MissingTranslation> = ids
        .into_iter()
        .filter_map(|id| {
            let has = catalog.translations(id);
            let lacking: Vec<String> = Lang::ALL
                .into_iter()
                .filter(|l| !has.contains(l))
                .filter(|l| opts.lang.is_none_or(|only| only == *l))
                .map(|l| l.code().to_string())
                .collect();
            (!lacking.is_empty()).then(|| MissingTranslation {
                article: id.to_string(),
                has: has.iter().map(|l| l.code().to_string()).collect(),
                missing: lacking,
                opens: opens.get(id).copied().unwrap_or(0),
            })
        })
        .collect();
    missing.sort_by(|a, b| {
        b.opens
            .cmp(&a.opens)
            .then_with(|| a.article.cmp(&b.article))
    });
    missing.truncate(opts.limit);
    Ok(missing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::event::{now_unix, Event, FeedbackEvent, OpenEvent, SearchEvent, Source};
    use crate::insights::store::Backend;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_454), "2026-01-01");
        assert_eq!(civil_date(-1), "1969-12-31");
    }

    fn search(id: &str, q: &str, lang: &str, results: i64, other: bool, source: Source) -> Event {
        Event::Search(SearchEvent {
            id: id.into(),
            at: now_unix(),
            source,
            lang_asked: None,
            lang_used: lang.into(),
            query: q.into(),
            results,
            exact: true,
            top: Vec::new(),
            did_you_mean: false,
            other_lang: other,
            latency_us: 100,
        })
    }

    #[test]
    fn report_groups_by_normalised_form_and_splits_the_failures() {
        let tmp = tempfile::tempdir().unwrap();
        let mut store = Store::open(&Backend::Sqlite(tmp.path().join("i.sqlite"))).unwrap();
        store
            .write(&[
                search("1", "Withdrawal fee", "en", 3, false, Source::Page),
                search("2", "withdrawal  FEE", "en", 3, false, Source::Page),
                search("3", "crypto staking", "en", 0, false, Source::Api),
                search("4", "Crypto Staking", "en", 0, false, Source::Page),
                search("5", "کارمزد", "fa", 0, true, Source::Page),
                Event::Open(OpenEvent {
                    search_id: "1".into(),
                    at: now_unix(),
                    lang: "en".into(),
                    article: "fees-faq".into(),
                    anchor: "how-much".into(),
                    position: 1,
                }),
                Event::Feedback(FeedbackEvent {
                    at: now_unix(),
                    lang: "en".into(),
                    article: "fees-faq".into(),
                    anchor: String::new(),
                    helpful: false,
                    comment: Some("<script>no</script> call 0912 345 6789".into()),
                }),
            ])
            .unwrap();
        let opts = ReportOptions {
            since: now_unix() - 86_400,
            lang: None,
            limit: 10,
        };
        let report = Report::build(&mut store, &opts, None).unwrap();
        assert_eq!(report.searches, 5);
        assert_eq!(
            report.top_queries[0],
            QueryCount {
                query: "Crypto Staking".into(),
                lang: "en".into(),
                searches: 2
            }
        );
        assert_eq!(report.top_queries.len(), 3);
        assert_eq!(report.zero_result_queries.len(), 1);
        assert_eq!(report.content_gaps[0].normalized, "crypto staking");
        assert_eq!(report.content_gaps[0].variants, 2);
        // Search 2 found results on the page and nothing was opened from it.
        assert_eq!(report.no_click_queries.len(), 1);
        assert_eq!(report.no_click_queries[0].searches, 1);
        assert_eq!(report.translation_gaps[0].lang, "fa");
        assert_eq!(report.most_viewed[0].opens, 1);
        assert_eq!((report.helpful[0].yes, report.helpful[0].no), (0, 1));
        assert_eq!(
            report.no_comments[0].comment,
            "<script>no</script> call [phone]"
        );
        assert_eq!(report.per_day.iter().map(|d| d.searches).sum::<i64>(), 5);
        let fa = Report::build(
            &mut store,
            &ReportOptions {
                lang: Some(Lang::Fa),
                ..opts
            },
            None,
        )
        .unwrap();
        assert_eq!(fa.searches, 1);
        assert!(fa.to_text().contains("Translation gaps"));
    }
}
