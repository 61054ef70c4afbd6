//! Searches per day as an SVG bar chart drawn on the server: no script, no external file, and
//! nothing but presentation attributes (the Content-Security-Policy allows no inline style).
//! It is an image with a title and a description for screen readers; the same numbers are in
//! the table beside it.

use maud::{html, Markup};

use super::strings::AdminStrings;
use crate::insights::Day;

const WIDTH: i64 = 720;
const HEIGHT: i64 = 220;
/// Room for the axis labels.
const LEFT: i64 = 48;
const BOTTOM: i64 = 28;
const TOP: i64 = 12;
/// Bars: all searches, and the part of them with no result. Both colours have at least 3:1
/// contrast against the white background (WCAG 1.4.11). The attributes are the light theme's;
/// the stylesheet's `.chart-*` rules override them with the theme's variables (CSS wins over
/// presentation attributes), so the dark theme recolours the chart without inline style.
const SEARCHES_FILL: &str = "#1f4e8c";
const ZERO_FILL: &str = "#b42318";
const AXIS: &str = "#5b6477";

/// The chart of `days` (one bar per day, oldest first), titled `title`.
pub fn searches_chart(s: &AdminStrings, title: &str, days: &[Day]) -> Markup {
    let total: i64 = days.iter().map(|d| d.searches).sum();
    let busiest = days
        .iter()
        .max_by_key(|d| d.searches)
        .map_or(("", 0), |d| (d.day.as_str(), d.searches));
    let max = nice_max(busiest.1);
    let plot_w = WIDTH - LEFT - 8;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let n = days.len().max(1) as i64;
    let slot = plot_w as f64 / n as f64;
    let bar_w = (slot * 0.8).max(1.0);
    let y = |v: i64| TOP as f64 + plot_h as f64 * (1.0 - v as f64 / max as f64);
    let desc = (s.chart_desc)(days.len(), total, busiest.0, busiest.1);
    html! {
        svg class="chart" role="img" aria-labelledby="chart-title chart-desc"
            viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } width=(WIDTH) height=(HEIGHT)
            preserveAspectRatio="xMinYMin meet" direction="ltr" {
            title id="chart-title" { (title) }
            desc id="chart-desc" { (desc) }
            // Axes and the top value.
            line x1=(LEFT) y1=(TOP) x2=(LEFT) y2=(TOP + plot_h) class="chart-axis" stroke=(AXIS) {}
            line x1=(LEFT) y1=(TOP + plot_h) x2=(WIDTH - 8) y2=(TOP + plot_h) class="chart-axis" stroke=(AXIS) {}
            text x=(LEFT - 6) y=(TOP + 10) text-anchor="end" font-size="12" class="chart-label" fill=(AXIS) { (max) }
            text x=(LEFT - 6) y=(TOP + plot_h) text-anchor="end" font-size="12" class="chart-label" fill=(AXIS) { "0" }
            @for (i, d) in days.iter().enumerate() {
                @let x = LEFT as f64 + slot * i as f64 + (slot - bar_w) / 2.0;
                rect x=(fmt(x)) y=(fmt(y(d.searches))) width=(fmt(bar_w))
                    height=(fmt(y(0) - y(d.searches))) class="chart-bar" fill=(SEARCHES_FILL) {}
                @if d.zero_results > 0 {
                    rect x=(fmt(x)) y=(fmt(y(d.zero_results))) width=(fmt(bar_w))
                        height=(fmt(y(0) - y(d.zero_results))) class="chart-zero" fill=(ZERO_FILL) {}
                }
            }
            @if let (Some(first), Some(last)) = (days.first(), days.last()) {
                text x=(LEFT) y=(HEIGHT - 8) font-size="12" class="chart-label" fill=(AXIS) { (first.day) }
                @if days.len() > 1 {
                    text x=(WIDTH - 8) y=(HEIGHT - 8) text-anchor="end" font-size="12"
                        class="chart-label" fill=(AXIS) { (last.day) }
                }
            }
        }
    }
}

/// The top of the axis: the busiest day rounded up to 1, 2 or 5 times a power of ten.
fn nice_max(max: i64) -> i64 {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if m * step >= max {
                return (m * step).max(1);
            }
        }
        match step.checked_mul(10) {
            Some(next) => step = next,
            None => return max.max(1),
        }
    }
}

/// A coordinate with one decimal (enough for a screen, short in the page).
fn fmt(v: f64) -> String {
    format!("{:.1}", v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::web::pages::admin::strings::admin_strings;

    fn day(d: &str, searches: i64, zero_results: i64) -> Day {
        Day {
            day: d.into(),
            searches,
            zero_results,
        }
    }

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_max(0), 1);
        assert_eq!(nice_max(7), 10);
        assert_eq!(nice_max(12), 20);
        assert_eq!(nice_max(480), 500);
        assert_eq!(nice_max(501), 1000);
    }

    #[test]
    fn the_chart_is_an_image_with_title_description_and_bars() {
        let s = admin_strings(Lang::En);
        let svg = searches_chart(
            s,
            "Searches per day <x>",
            &[day("2026-11-01", 10, 2), day("2026-11-02", 0, 0)],
        )
        .into_string();
        assert!(svg.starts_with(
            "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\""
        ));
        assert!(svg.contains("<title id=\"chart-title\">Searches per day &lt;x&gt;</title>"));
        assert!(svg.contains("10 searches over 2 days; the busiest day was 2026-11-01 with 10."));
        assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
        assert!(svg.contains(">2026-11-02</text>"));
        assert!(!svg.contains("style") && !svg.contains("script"));
    }
}
