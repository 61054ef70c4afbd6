//! The insights report: what customers ask, what they find, and where the help center fails
//! them, for a period and optionally one language. `dalil insights` prints it as text or JSON.

use std::fmt::Write;

use serde::Serialize;

use super::error::Result;
use super::event::now_unix;
use super::store::{Param, Store, Value};
use super::table::TableKind;
use crate::index::Catalog;
use crate::lang::Lang;

/// What a report covers.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// Unix seconds: events from then on.
    pub since: i64,
    /// Unix seconds: events before then; `None` for up to now.
    pub until: Option<i64>,
    pub lang: Option<Lang>,
    /// Rows per table.
    pub limit: usize,
    /// The rules to learn from clicks with, for the "learned from clicks" table; `None`
    /// leaves it empty (learning off, or the caller shows the prior in force).
    pub learning: Option<super::LearnRules>,
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

impl Helpful {
    /// Percentage of "yes" answers, rounded down.
    pub fn rate(&self) -> i64 {
        percent(self.yes, self.yes + self.no)
    }
}

/// `part` of `whole` in percent, rounded down; 0 of nothing.
pub fn percent(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        0
    } else {
        100 * part / whole
    }
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
    /// First day covered (UTC).
    pub since: String,
    /// Last day covered (UTC).
    pub until: String,
    pub lang: Option<String>,
    pub searches: i64,
    /// "Was this helpful?" answers in the period: yes, no, and the rate of yes in percent.
    pub helpful_yes: i64,
    pub helpful_no: i64,
    pub helpful_rate: i64,
    pub top_queries: Vec<QueryCount>,
    pub zero_result_queries: Vec<QueryCount>,
    /// Help-page searches with results of which none was opened.
    pub no_click_queries: Vec<QueryCount>,
    /// Searches answered only by another language's articles.
    pub translation_gaps: Vec<QueryCount>,
    /// Articles most opened from search (their sections included).
    pub most_viewed_articles: Vec<Viewed>,
    /// Sections most opened from search.
    pub most_viewed_sections: Vec<Viewed>,
    /// Suggested answers agents copied most (`opens` counts the copies).
    pub copied_answers: Vec<Viewed>,
    /// Articles and sections with the most "no" answers first.
    pub helpful: Vec<Helpful>,
    pub no_comments: Vec<NoComment>,
    pub content_gaps: Vec<ContentGap>,
    pub missing_translations: Vec<MissingTranslation>,
    pub per_day: Vec<Day>,
    /// What search learned from the opens (the click-through prior), whatever the period:
    /// the learning rules have their own window and decay. Empty when learning is off.
    pub learned_from_clicks: Vec<super::Learned>,
    /// Words of the learned queries the help center does not know, each with the lexicon line
    /// that would teach it (`vocabulary.rs`): proposals for the team, never applied.
    pub words_to_teach: Vec<super::WordToTeach>,
    /// Words of the learned queries and the article each lifts most (the learned vocabulary,
    /// `search::Vocabulary`), strongest first. Empty when learning or the vocabulary is off.
    pub learned_words: Vec<LearnedWord>,
}

/// A word of the learned vocabulary, for review.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LearnedWord {
    pub lang: String,
    /// The analysed word, as the index holds it.
    pub word: String,
    pub article_lang: String,
    /// The article the word lifts most.
    pub article: String,
    /// Learned queries holding the word (each query's shares summed).
    pub queries: f64,
    /// How many times likelier that article is given the word than overall (before the
    /// weight).
    pub lift: f64,
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

/// Unix day number (days since 1970-01-01) of a `YYYY-MM-DD` date; `None` when it is not one.
pub fn parse_civil_date(date: &str) -> Option<i64> {
    let mut parts = date.trim().splitn(3, '-');
    let y: i64 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let m: i64 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    let d: i64 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let day = era * 146_097 + doe - 719_468;
    // 2026-02-31 is not a date: it must come back as written.
    (civil_date(day) == date.trim()).then_some(day)
}

/// Days at most that [`Report::per_day`] fills with empty days between searches.
const MAX_FILLED_DAYS: i64 = 400;

/// `at >= ?` (and `at < ?` with an end) and, with a language, `<lang column> = ?`, with their
/// parameters.
fn filter(opts: &ReportOptions, lang_column: &str) -> (String, Vec<Param>) {
    let mut sql = "at >= ?".to_string();
    let mut params = vec![Param::Int(opts.since)];
    if let Some(until) = opts.until {
        sql.push_str(" AND at < ?");
        params.push(Param::Int(until));
    }
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

/// Opens from search grouped by language, article and `group` (`""` or `", anchor"`), most
/// first; `anchor` is the column shown as the anchor.
fn viewed(
    store: &mut Store,
    opts: &ReportOptions,
    anchor: &str,
    condition: &str,
    group: &str,
) -> Result<Vec<Viewed>> {
    viewed_in(store, opts, "opens", anchor, condition, group)
}

/// Counts per article (and section) of an event table with `lang`, `article` and `anchor`
/// columns (`opens`, `copies`), most first.
fn viewed_in(
    store: &mut Store,
    opts: &ReportOptions,
    table: &str,
    anchor: &str,
    condition: &str,
    group: &str,
) -> Result<Vec<Viewed>> {
    let (open_filter, mut params) = filter(opts, "lang");
    params.push(Param::Int(opts.limit as i64));
    Ok(store
        .rows(
            &format!(
                "SELECT lang, article, {anchor}, COUNT(*) FROM {table} \
                 WHERE {open_filter} AND {condition} GROUP BY lang, article{group} \
                 ORDER BY COUNT(*) DESC, article, lang LIMIT ?"
            ),
            &params,
        )?
        .iter()
        .map(|r| Viewed {
            lang: r[0].text(),
            article: r[1].text(),
            anchor: r[2].text(),
            opens: r[3].int(),
        })
        .collect())
}

/// One row per day from `first` to `last` (Unix day numbers), empty days included, from the
/// days that had searches (`(day, searches, zero_results)`). A span longer than
/// [`MAX_FILLED_DAYS`] keeps only the days with searches.
fn fill_days(first: i64, last: i64, days: &[(i64, i64, i64)]) -> Vec<Day> {
    let day = |(d, searches, zero_results): (i64, i64, i64)| Day {
        day: civil_date(d),
        searches,
        zero_results,
    };
    if last < first || last - first >= MAX_FILLED_DAYS {
        return days.iter().copied().map(day).collect();
    }
    let mut known = days.iter().copied().peekable();
    (first..=last)
        .map(|d| {
            while known.peek().is_some_and(|k| k.0 < d) {
                known.next();
            }
            match known.peek() {
                Some(&k) if k.0 == d => day(k),
                _ => day((d, 0, 0)),
            }
        })
        .collect()
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

        let most_viewed_articles = viewed(store, opts, "'' AS anchor", "1 = 1", "")?;
        let most_viewed_sections = viewed(store, opts, "anchor", "anchor <> ''", ", anchor")?;
        let copied_answers = viewed_in(store, opts, "copies", "anchor", "1 = 1", ", anchor")?;

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

        let (yes, no) = store
            .rows(
                &format!(
                    "SELECT COUNT(CASE WHEN helpful = 1 THEN 1 END), \
                     COUNT(CASE WHEN helpful = 0 THEN 1 END) FROM feedback WHERE {fb_filter}"
                ),
                &fb_params[..fb_params.len() - 1],
            )?
            .first()
            .map_or((0, 0), |r| (r[0].int(), r[1].int()));

        let per_day = store
            .rows(
                &format!(
                    "SELECT at / 86400, COUNT(*), COUNT(CASE WHEN results = 0 THEN 1 END) \
                     FROM searches WHERE {search_filter} GROUP BY at / 86400 ORDER BY at / 86400"
                ),
                &search_params,
            )?
            .iter()
            .map(|r| (r[0].int(), r[1].int(), r[2].int()))
            .collect::<Vec<_>>();
        let last_day = opts
            .until
            .unwrap_or_else(now_unix)
            .saturating_sub(1)
            .div_euclid(86_400);
        let per_day = fill_days(opts.since.div_euclid(86_400), last_day, &per_day);

        let missing_translations = match catalog {
            Some(catalog) => missing_translations(store, opts, catalog)?,
            None => Vec::new(),
        };
        let learned = match &opts.learning {
            Some(rules) => super::learn_from_store(store, now_unix(), rules)?,
            None => super::LearnedSet::default(),
        };

        Ok(Report {
            since: civil_date(opts.since.div_euclid(86_400)),
            until: civil_date(last_day),
            lang: opts.lang.map(|l| l.code().to_string()),
            searches,
            helpful_yes: yes,
            helpful_no: no,
            helpful_rate: percent(yes, yes + no),
            top_queries: query_counts(store, opts, "1 = 1")?,
            zero_result_queries: query_counts(store, opts, "results = 0 AND other_lang = 0")?,
            no_click_queries: query_counts(
                store,
                opts,
                "source = 'page' AND results > 0 AND NOT EXISTS \
                 (SELECT 1 FROM opens o WHERE o.search_id = s.id)",
            )?,
            translation_gaps: query_counts(store, opts, "other_lang = 1")?,
            most_viewed_articles,
            most_viewed_sections,
            copied_answers,
            helpful,
            no_comments,
            content_gaps,
            missing_translations,
            per_day,
            learned_from_clicks: Vec::new(),
            learned_words: Vec::new(),
            words_to_teach: Vec::new(),
        }
        .with_learned(&learned.pairs, opts.limit)
        .with_learned_words(learned.prior().vocabulary(), opts.limit))
    }

    /// The report with `learned` as its "learned from clicks" table: the report's language
    /// only, at most its number of rows.
    pub fn with_learned(mut self, learned: &[super::Learned], limit: usize) -> Report {
        self.learned_from_clicks = learned
            .iter()
            .filter(|l| self.lang.as_ref().is_none_or(|lang| *lang == l.lang))
            .take(limit)
            .cloned()
            .collect();
        self
    }

    /// The report with `vocabulary` (the learned words) as its "learned words" table: the
    /// report's language only, at most its number of rows.
    pub fn with_learned_words(
        mut self,
        vocabulary: &crate::search::Vocabulary,
        limit: usize,
    ) -> Report {
        self.learned_words = vocabulary
            .strongest()
            .into_iter()
            .filter(|r| self.lang.as_ref().is_none_or(|lang| lang == r.0.code()))
            .take(limit)
            .map(
                |(lang, word, (article_lang, article), queries, lift)| LearnedWord {
                    lang: lang.code().to_string(),
                    word,
                    article_lang: article_lang.code().to_string(),
                    article,
                    queries: f64::from(queries),
                    lift: f64::from(lift),
                },
            )
            .collect();
        self
    }

    /// The report with the words of `learned` that `index` does not know as its "words to
    /// teach" table: the report's language only, at most its number of rows.
    pub fn with_words_to_teach(
        mut self,
        learned: &[super::Learned],
        index: &crate::index::LoadedIndex,
        limit: usize,
    ) -> Report {
        self.words_to_teach = super::words_to_teach_in(learned, index)
            .into_iter()
            .filter(|w| self.lang.as_ref().is_none_or(|lang| *lang == w.lang))
            .take(limit)
            .collect();
        self
    }

    /// The report as text for a terminal: the same tables as the admin pages and their CSV.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let lang = self.lang.as_deref().unwrap_or("all languages");
        let _ = writeln!(
            out,
            "Insights {} to {} ({lang}): {} searches; \"Was this helpful?\" {}% yes ({} yes, {} no)\n",
            self.since, self.until, self.searches, self.helpful_rate, self.helpful_yes, self.helpful_no
        );
        for kind in TableKind::ALL {
            out.push_str(&self.table(kind).to_text());
            out.push('\n');
        }
        out
    }
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
    use crate::insights::event::{
        now_unix, CopyEvent, Event, FeedbackEvent, OpenEvent, SearchEvent, Source,
    };
    use crate::insights::store::Backend;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_454), "2026-01-01");
        assert_eq!(civil_date(-1), "1969-12-31");
        for day in [-1, 0, 59, 20_454, 20_513, 30_000] {
            assert_eq!(parse_civil_date(&civil_date(day)), Some(day), "{day}");
        }
        for bad in ["", "2026-02-31", "2026-13-01", "26-01-01", "2026-1-1", "x"] {
            assert_eq!(parse_civil_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_are_filled_between_searches() {
        let days = fill_days(10, 13, &[(11, 4, 1), (13, 2, 0)]);
        let counts: Vec<i64> = days.iter().map(|d| d.searches).collect();
        assert_eq!(counts, [0, 4, 0, 2]);
        assert_eq!(
            fill_days(0, 10_000, &[(5, 1, 0)]).len(),
            1,
            "too long to fill"
        );
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
                Event::Copy(CopyEvent {
                    at: now_unix(),
                    search_id: None,
                    lang: "fa".into(),
                    article: "withdrawals-faq".into(),
                    anchor: "کارمزد".into(),
                }),
                Event::Copy(CopyEvent {
                    at: now_unix(),
                    search_id: None,
                    lang: "fa".into(),
                    article: "withdrawals-faq".into(),
                    anchor: "کارمزد".into(),
                }),
            ])
            .unwrap();
        let opts = ReportOptions {
            since: now_unix() - 86_400,
            until: None,
            lang: None,
            limit: 10,
            learning: None,
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
        assert_eq!(report.most_viewed_articles[0].opens, 1);
        assert_eq!(report.most_viewed_articles[0].anchor, "");
        assert_eq!(report.most_viewed_sections[0].anchor, "how-much");
        assert_eq!(report.copied_answers.len(), 1);
        assert_eq!(
            (
                report.copied_answers[0].article.as_str(),
                report.copied_answers[0].opens
            ),
            ("withdrawals-faq", 2)
        );
        assert_eq!(
            (report.helpful_yes, report.helpful_no, report.helpful_rate),
            (0, 1, 0)
        );
        assert_eq!((report.helpful[0].yes, report.helpful[0].no), (0, 1));
        assert_eq!(
            report.no_comments[0].comment,
            "<script>no</script> call [phone]"
        );
        assert_eq!(report.per_day.iter().map(|d| d.searches).sum::<i64>(), 5);
        // Yesterday had no search and is still a day of the chart.
        assert_eq!(report.per_day.len(), 2, "{:?}", report.per_day);
        assert_eq!(report.per_day[0].searches, 0);
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
