//! The insights report page: the period and language form, every table of the report with its
//! CSV download, and searches per day as a chart with its table.

use maud::{html, Markup};

use super::chart::searches_chart;
use super::strings::{admin_strings, AdminStrings};
use super::ReportQuery;
use crate::insights::{Report, Table, TableKind};
use crate::lang::Lang;
use crate::web::pages::html::with_query;

/// What the page shows under the form.
pub enum Body<'a> {
    /// The report.
    Report(&'a Report),
    /// A message instead (bad dates, store down, recording off).
    Message(&'a str),
}

/// The page's `<main>` for interface language `ui`: title, the sign-out form `sign_out`, the
/// period and language form, then the report or a message.
pub fn report_main(ui: Lang, sign_out: Markup, query: &ReportQuery, body: Body<'_>) -> Markup {
    let s = admin_strings(ui);
    html! {
        div class="container admin" {
            div class="admin-head" {
                h1 { (s.insights_title) }
                (sign_out)
            }
            p { (s.insights_intro) }
            (filter_form(s, ui, query))
            @match body {
                Body::Message(text) => p class="admin-message" role="alert" { (text) },
                Body::Report(report) => (report_tables(s, ui, query, report)),
            }
        }
    }
}

fn filter_form(s: &AdminStrings, ui: Lang, query: &ReportQuery) -> Markup {
    html! {
        form class="admin-filter" method="get" action="/admin/insights" aria-label=(s.filter_label) {
            input type="hidden" name="lang" value=(ui.code());
            div {
                label for="from" { (s.from) }
                input id="from" name="from" type="date" value=(query.from) required;
            }
            div {
                label for="to" { (s.to) }
                input id="to" name="to" type="date" value=(query.to) required;
            }
            div {
                label for="search-lang" { (s.lang) }
                select id="search-lang" name="search_lang" {
                    option value="" selected[query.lang.is_none()] { (s.all_languages) }
                    @for l in Lang::ALL {
                        option value=(l.code()) selected[query.lang == Some(l)] lang=(l.code()) {
                            (l.native_name())
                        }
                    }
                }
            }
            button type="submit" { (s.show) }
        }
    }
}

fn report_tables(s: &AdminStrings, ui: Lang, query: &ReportQuery, report: &Report) -> Markup {
    html! {
        p class="admin-summary" {
            ((s.summary)(
                &report.since,
                &report.until,
                report.searches,
                report.helpful_rate,
                report.helpful_yes,
                report.helpful_no,
            ))
        }
        @for kind in TableKind::ALL {
            @let table = report.table(kind);
            @let id = kind.slug();
            section class="report-section" aria-labelledby=(id) {
                h2 id=(id) { (s.table(kind)) }
                p class="report-csv" {
                    a href=(csv_href(ui, query, kind)) download { ((s.download_csv)(s.table(kind))) }
                }
                @if kind == TableKind::PerDay && !table.rows.is_empty() {
                    (searches_chart(s, s.table(kind), &report.per_day))
                    details class="report-details" {
                        summary { (s.chart_table) }
                        (table_markup(s, &table, id))
                    }
                } @else {
                    (table_markup(s, &table, id))
                }
            }
        }
    }
}

/// The CSV download of one table for the same period and language.
pub fn csv_href(ui: Lang, query: &ReportQuery, kind: TableKind) -> String {
    with_query(
        &format!("/admin/insights/{}.csv", kind.slug()),
        &query.pairs(ui),
    )
}

fn table_markup(s: &AdminStrings, table: &Table, id: &str) -> Markup {
    let columns = table.kind.columns();
    if table.rows.is_empty() {
        return html! { p class="report-empty" { (s.nothing) } };
    }
    html! {
        // Wide tables scroll inside a region keyboard users can focus.
        div class="table-wrap" role="region" tabindex="0" aria-labelledby=(id) {
            table class="report-table" {
                thead {
                    tr {
                        @for c in columns {
                            th scope="col" class=[c.is_number().then_some("num")] { (s.column(*c)) }
                        }
                    }
                }
                tbody {
                    @for row in &table.rows {
                        tr {
                            @for (c, cell) in columns.iter().zip(row) {
                                @if c.is_number() {
                                    td class="num" { (cell) }
                                } @else {
                                    // Queries and comments come in any script: isolated.
                                    td { bdi { (cell) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::{Day, NoComment, QueryCount};

    fn report() -> Report {
        Report {
            since: "2026-11-01".into(),
            until: "2026-11-02".into(),
            lang: None,
            searches: 3,
            helpful_yes: 1,
            helpful_no: 1,
            helpful_rate: 50,
            top_queries: vec![QueryCount {
                query: "<script>alert(1)</script>".into(),
                lang: "en".into(),
                searches: 3,
            }],
            zero_result_queries: Vec::new(),
            no_click_queries: Vec::new(),
            translation_gaps: Vec::new(),
            most_viewed_articles: Vec::new(),
            most_viewed_sections: Vec::new(),
            copied_answers: Vec::new(),
            helpful: Vec::new(),
            no_comments: vec![NoComment {
                day: "2026-11-02".into(),
                lang: "fa".into(),
                article: "fees".into(),
                anchor: String::new(),
                comment: "<img src=x onerror=alert(1)> [phone]".into(),
            }],
            content_gaps: Vec::new(),
            missing_translations: Vec::new(),
            per_day: vec![
                Day {
                    day: "2026-11-01".into(),
                    searches: 1,
                    zero_results: 0,
                },
                Day {
                    day: "2026-11-02".into(),
                    searches: 2,
                    zero_results: 1,
                },
            ],
            learned_from_clicks: Vec::new(),
            learned_words: Vec::new(),
            words_to_teach: Vec::new(),
        }
    }

    fn query() -> ReportQuery {
        ReportQuery {
            from: "2026-11-01".into(),
            to: "2026-11-02".into(),
            lang: None,
        }
    }

    #[test]
    fn hostile_queries_and_comments_are_shown_escaped() {
        let html = report_main(Lang::En, html! {}, &query(), Body::Report(&report())).into_string();
        assert!(html.contains("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>"));
        assert!(html.contains("<bdi>&lt;img src=x onerror=alert(1)&gt; [phone]</bdi>"));
        assert!(!html.contains("<script") && !html.contains("<img"));
    }

    #[test]
    fn every_table_has_a_heading_and_a_csv_link_and_the_chart_its_table() {
        let sign_out = html! { form action="/admin/logout" {} };
        let html = report_main(Lang::Fa, sign_out, &query(), Body::Report(&report())).into_string();
        for kind in TableKind::ALL {
            assert!(
                html.contains(&format!("<h2 id=\"{}\">", kind.slug())),
                "{kind:?}"
            );
            assert!(
                html.contains(&format!(
                    "href=\"/admin/insights/{}.csv?from=2026-11-01&amp;to=2026-11-02&amp;lang=fa\"",
                    kind.slug()
                )),
                "{kind:?}"
            );
        }
        assert!(html.contains("<svg class=\"chart\" role=\"img\""));
        assert!(html.contains("<summary>اعداد نمودار به صورت جدول</summary>"));
        assert!(html.contains("<form action=\"/admin/logout\"></form>"));
        assert!(html.contains("<option value=\"\" selected>همه زبان‌ها</option>"));
    }
}
