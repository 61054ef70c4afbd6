//! Pruned ranking: find the best candidate sections cheaply, then rank only those exactly.
//!
//! Scoring every matching section costs time in proportion to the corpus (a broad query matches
//! tens of thousands of sections at 100,000 articles). The first pass scores a flat disjunction
//! of weighted terms, far cheaper per match than the full query, and keeps the top k. The
//! second pass scores those candidates with the full query (per-field disjunctions, phrases) by
//! seeking its leaves to each of them ([`Scoring`]), and groups them by article exactly as the
//! exhaustive collector does.
//!
//! The first pass visits every posting of its lists, a window of 4,096 documents at a time
//! (tantivy's buffered union), rather than tantivy's block-max WAND: a pass has 5 lists per
//! word (one per field), and with k in the hundreds and words as common as help-center words
//! are, WAND's threshold rises too slowly to skip much while it pays for keeping its dozens of
//! cursors sorted at every document. At 100,000 articles walking every posting cut the CPU
//! of the query sets' keyword, typo and prefix searches by 28% and of the slowest of them
//! (every word in a fifth of the sections) by 32%, with the same candidates
//! (docs/PERFORMANCE.md, tenth step).

use tantivy::collector::{Collector, SegmentCollector, TopDocs};
use tantivy::query::{Bm25StatisticsProvider, EnableScoring, Query};
use tantivy::{DocAddress, Searcher, SegmentOrdinal, SegmentReader};

use super::grouping::{group_sections, ArticleGroup, ARTICLE_ORD};
use super::scoring::Scoring;
use crate::search::error::Result;

/// The best articles among the top candidate sections.
pub struct Pruned {
    pub groups: Vec<ArticleGroup>,
    /// Whether the first pass found fewer than `k` sections, i.e. every match was ranked.
    pub exhausted: bool,
}

/// Ranks the `k` best sections by `candidate` with the exact scores of `full`; sections `full`
/// does not match are dropped. `candidate` must match only documents `full` may score (no
/// filter is applied here).
pub fn rank_candidates(
    searcher: &Searcher,
    stats: &dyn Bm25StatisticsProvider,
    candidate: &dyn Query,
    full: &Scoring,
    k: usize,
) -> Result<Pruned> {
    let top = searcher.search_with_statistics_provider(
        candidate,
        &EveryMatch(TopDocs::with_limit(k).order_by_score()),
        stats,
    )?;
    let exhausted = top.len() < k;
    let mut docs: Vec<DocAddress> = top.into_iter().map(|(_, addr)| addr).collect();
    // Scorers only move forward: visit each segment's candidates in document order, which is
    // also the order the exhaustive collector sees them in (ties between sections of one
    // article keep that order).
    docs.sort_unstable();
    let weights = full.weights(EnableScoring::enabled_from_statistics_provider(
        stats, searcher,
    ))?;
    let mut scored = Vec::with_capacity(docs.len());
    for segment_docs in docs.chunk_by(|a, b| a.segment_ord == b.segment_ord) {
        let segment = segment_docs[0].segment_ord;
        let reader = searcher.segment_reader(segment);
        let ords = reader.fast_fields().u64(ARTICLE_ORD)?;
        let mut scorer = weights.scorers(reader, segment_docs[0].doc_id)?;
        for &addr in segment_docs {
            let Some(score) = scorer.score(addr.doc_id) else {
                continue;
            };
            if let Some(ord) = ords.first(addr.doc_id) {
                scored.push((ord, score, addr));
            }
        }
    }
    Ok(Pruned {
        groups: group_sections(scored),
        exhausted,
    })
}

/// `C` fed every match of a segment through tantivy's default `collect_segment` (a buffered
/// union walks the lists), instead of the block-max WAND walk a top-k collector asks for: the
/// same top k, found faster over many long lists of similar weight.
struct EveryMatch<C>(C);

impl<C: Collector> Collector for EveryMatch<C> {
    type Fruit = C::Fruit;
    type Child = C::Child;

    fn check_schema(&self, schema: &tantivy::schema::Schema) -> tantivy::Result<()> {
        self.0.check_schema(schema)
    }

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        self.0.for_segment(segment, reader)
    }

    fn requires_scoring(&self) -> bool {
        self.0.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<Self::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<Self::Fruit> {
        self.0.merge_fruits(fruits)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use tantivy::collector::TopDocs;

    use super::EveryMatch;
    use crate::content::load_content;
    use crate::index::{open_built, LoadedIndex};
    use crate::search::query::{FirstPass, LangPlan};
    use crate::search::{Engine, RankingParams, SearchRequest, SearchResponse};
    use crate::Lang;

    /// The bundled help center, indexed into `dir`.
    fn bundled(dir: &Path) -> Arc<LoadedIndex> {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let report = load_content(&content);
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        open_built(&report, dir, &content)
    }

    /// Every query of the retrieval sets, with its language.
    fn queries() -> Vec<(Lang, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/queries");
        let mut out = Vec::new();
        for lang in Lang::ALL {
            let text = std::fs::read_to_string(root.join(format!("{}.jsonl", lang.code())))
                .expect("query set");
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line).expect("json line");
                out.push((lang, v["q"].as_str().expect("q").to_string()));
            }
        }
        out
    }

    fn search(engine: &Engine, lang: Lang, q: &str) -> SearchResponse {
        engine
            .search(&SearchRequest {
                q: q.to_string(),
                lang: Some(lang),
                limit: 10,
                ..SearchRequest::default()
            })
            .expect("search")
    }

    fn exhaustive(index: Arc<LoadedIndex>) -> Engine {
        Engine::with_params(
            index,
            RankingParams {
                candidates_per_result: 0,
                ..RankingParams::default()
            },
        )
    }

    #[test]
    fn rescoring_candidates_gives_the_scores_of_scoring_every_match() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let index = bundled(tmp.path());
        // Fewer sections than the first pass keeps: every match is a candidate, so the pruned
        // search must be the exhaustive one to the last bit of every score.
        let pruned = Engine::with_params(
            index.clone(),
            RankingParams {
                prune_above: 0,
                ..RankingParams::default()
            },
        );
        let full = exhaustive(index);
        for (lang, q) in queries() {
            let (a, b) = (search(&pruned, lang, &q), search(&full, lang, &q));
            let scores = |r: &SearchResponse| -> Vec<(String, String, f32)> {
                r.results
                    .iter()
                    .map(|h| (h.id.clone(), h.url.clone(), h.score))
                    .collect()
            };
            assert_eq!(scores(&a), scores(&b), "{lang:?} {q}");
            assert_eq!((a.total, a.total_exact), (b.total, true), "{lang:?} {q}");
        }
    }

    #[test]
    fn a_narrow_first_pass_widens_until_a_page_is_full() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let index = bundled(tmp.path());
        // One candidate per article wanted: many candidates are sections of the same article,
        // so the pass has to widen to fill the page.
        let pruned = Engine::with_params(
            index.clone(),
            RankingParams {
                candidates_per_result: 1,
                min_candidates: 1,
                prune_above: 0,
                ..RankingParams::default()
            },
        );
        let full = exhaustive(index);
        let mut inexact = 0;
        for (lang, q) in queries() {
            let (a, b) = (search(&pruned, lang, &q), search(&full, lang, &q));
            assert_eq!(a.results.len(), b.results.len(), "{lang:?} {q}");
            assert!(a.total <= b.total, "{lang:?} {q}");
            assert!(a.results.iter().all(|h| b.total > 0 && h.score > 0.0));
            if a.total_exact {
                assert_eq!(a.total, b.total, "{lang:?} {q}");
            } else {
                inexact += 1;
                // A lower bound that still says a next page exists.
                assert!(a.total > a.results.len() || b.total > a.results.len());
            }
            // The best article found is at least as good as the exhaustive search's tenth. By
            // score, not by place: the article priors (coverage, query shape) move articles and
            // leave their sections' scores, so a lower-scored FAQ may lead its guide
            // (`为什么周三晚上隔夜利息扣了三倍`: the fees FAQ, then the fee list).
            let best = a.results.iter().map(|h| h.score).fold(f32::MIN, f32::max);
            let worst = b.results.iter().map(|h| h.score).fold(f32::MAX, f32::min);
            if !a.results.is_empty() && !b.results.is_empty() {
                assert!(best >= worst, "{lang:?} {q}");
            }
        }
        assert!(inexact > 0, "the narrow pass never stopped early");
    }

    #[test]
    fn walking_every_match_keeps_the_top_k_block_max_wand_keeps() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let index = bundled(tmp.path());
        let params = RankingParams::default();
        let engine = Engine::with_params(index.clone(), params.clone());
        let searcher = index.reader.searcher();
        // Few candidates, so that WAND has blocks to skip even in the bundled content.
        let k = 20;
        let mut compared = 0;
        for (lang, q) in queries() {
            let plan = LangPlan::new(lang, &q, &searcher, &index, &params, true);
            let stats = engine.lang_statistics(&searcher, lang);
            let pass = FirstPass {
                sections: stats.sections(),
                wanted: k as u64,
            };
            let Some((candidate, _)) = plan.candidate_query(&index.fields, &params, false, pass)
            else {
                continue;
            };
            let best = || TopDocs::with_limit(k).order_by_score();
            let wand = searcher
                .search_with_statistics_provider(&*candidate, &best(), &stats)
                .expect("wand");
            let walked = searcher
                .search_with_statistics_provider(&*candidate, &EveryMatch(best()), &stats)
                .expect("every match");
            // The same scores, but for the order in which a section's terms were added up...
            assert_eq!(wand.len(), walked.len(), "{lang:?} {q}");
            let close = |a: f32, b: f32| (a - b).abs() <= 1e-4 * a.abs().max(1.0);
            for (w, e) in wand.iter().zip(&walked) {
                assert!(close(w.0, e.0), "{lang:?} {q}: {wand:?} {walked:?}");
            }
            // ... so the same sections, except where a tie at the k-th score is broken anew.
            let Some(last) = wand.last().map(|w| w.0) else {
                continue;
            };
            let above = |top: &[(f32, tantivy::DocAddress)]| {
                let mut docs: Vec<_> = top
                    .iter()
                    .filter(|(score, _)| !close(*score, last))
                    .map(|&(_, doc)| doc)
                    .collect();
                docs.sort_unstable();
                docs
            };
            assert_eq!(above(&wand), above(&walked), "{lang:?} {q}");
            compared += 1;
        }
        assert!(compared > 100, "only {compared} queries compared");
    }
}
