//! Prometheus metrics: request counts and latency histograms per route, reloads.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds (seconds) of the latency buckets.
const BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

#[derive(Debug, Default, Clone)]
struct RouteStats {
    /// Count per status code.
    statuses: BTreeMap<u16, u64>,
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum_seconds: f64,
}

/// Counters of a running service.
#[derive(Debug, Default)]
pub struct Metrics {
    routes: Mutex<BTreeMap<String, RouteStats>>,
    reloads: AtomicU64,
    /// Search and autocomplete answers served, by kind and whether they were computed or
    /// remembered: shows what `--no-answer-cache` and the answer cache do.
    answers: [[AtomicU64; 2]; 2],
}

/// What an answer counted by [`Metrics::count_answer`] was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerKind {
    Search,
    Completion,
}

impl AnswerKind {
    fn label(self) -> &'static str {
        match self {
            AnswerKind::Search => "search",
            AnswerKind::Completion => "completion",
        }
    }
}

impl Metrics {
    /// Records one answered request.
    pub fn observe(&self, route: &str, status: u16, took: Duration) {
        let Ok(mut routes) = self.routes.lock() else {
            return;
        };
        let stats = routes.entry(route.to_string()).or_default();
        *stats.statuses.entry(status).or_default() += 1;
        let secs = took.as_secs_f64();
        for (i, &le) in BUCKETS.iter().enumerate() {
            if secs <= le {
                stats.buckets[i] += 1;
            }
        }
        stats.count += 1;
        stats.sum_seconds += secs;
    }

    /// Counts an index reload.
    pub fn count_reload(&self) {
        self.reloads.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts an answer served, `remembered` when it came from the answer cache.
    pub fn count_answer(&self, kind: AnswerKind, remembered: bool) {
        self.answers[kind as usize][usize::from(remembered)].fetch_add(1, Ordering::Relaxed);
    }

    /// The Prometheus text exposition, with index gauges supplied by the caller.
    pub fn render(
        &self,
        index_bytes: u64,
        index_docs: u64,
        articles: usize,
        last_reload_unix: u64,
    ) -> String {
        let mut out = String::new();
        let routes = match self.routes.lock() {
            Ok(r) => r.clone(),
            Err(p) => p.into_inner().clone(),
        };
        out.push_str(
            "# HELP dalil_http_requests_total HTTP requests answered, by route and status.\n",
        );
        out.push_str("# TYPE dalil_http_requests_total counter\n");
        for (route, s) in &routes {
            for (status, n) in &s.statuses {
                let _ = writeln!(
                    out,
                    "dalil_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
                );
            }
        }
        out.push_str(
            "# HELP dalil_http_request_duration_seconds Time to answer a request, by route.\n",
        );
        out.push_str("# TYPE dalil_http_request_duration_seconds histogram\n");
        for (route, s) in &routes {
            for (i, le) in BUCKETS.iter().enumerate() {
                let _ = writeln!(out, "dalil_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{le}\"}} {}", s.buckets[i]);
            }
            let _ = writeln!(
                out,
                "dalil_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "dalil_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                s.sum_seconds
            );
            let _ = writeln!(
                out,
                "dalil_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                s.count
            );
        }
        let gauges = [
            (
                "dalil_index_size_bytes",
                "Bytes of the loaded index build on disk.",
                index_bytes,
            ),
            (
                "dalil_index_documents",
                "Documents (sections and articles) in the loaded index.",
                index_docs,
            ),
            (
                "dalil_index_articles",
                "Articles in the loaded index, all languages.",
                articles as u64,
            ),
            (
                "dalil_index_last_reload_timestamp_seconds",
                "Unix time the index was last loaded.",
                last_reload_unix,
            ),
            (
                "dalil_index_reloads_total",
                "Index reloads since start.",
                self.reloads.load(Ordering::Relaxed),
            ),
        ];
        out.push_str(
            "# HELP dalil_answers_total Search and autocomplete answers served, computed or \
             remembered.\n# TYPE dalil_answers_total counter\n",
        );
        for kind in [AnswerKind::Search, AnswerKind::Completion] {
            for (source, remembered) in [("computed", false), ("remembered", true)] {
                let n =
                    self.answers[kind as usize][usize::from(remembered)].load(Ordering::Relaxed);
                let _ = writeln!(
                    out,
                    "dalil_answers_total{{kind=\"{}\",source=\"{source}\"}} {n}",
                    kind.label()
                );
            }
        }
        for (name, help, value) in gauges {
            let kind = if name.ends_with("_total") {
                "counter"
            } else {
                "gauge"
            };
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counts_and_cumulative_buckets() {
        let m = Metrics::default();
        m.observe("/api/search", 200, Duration::from_micros(700));
        m.observe("/api/search", 400, Duration::from_millis(30));
        let text = m.render(10, 2, 1, 5);
        assert!(text.contains("dalil_http_requests_total{route=\"/api/search\",status=\"200\"} 1"));
        assert!(text.contains("dalil_http_requests_total{route=\"/api/search\",status=\"400\"} 1"));
        assert!(text.contains(
            "dalil_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"0.001\"} 1"
        ));
        assert!(text.contains(
            "dalil_http_request_duration_seconds_bucket{route=\"/api/search\",le=\"0.05\"} 2"
        ));
        assert!(text.contains("dalil_http_request_duration_seconds_count{route=\"/api/search\"} 2"));
        assert!(text.contains("dalil_index_size_bytes 10"));
    }
}
