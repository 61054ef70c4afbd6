//! Ranking: a query's per-language plans -> the matching articles, best first, each with its
//! best sections. Broad searches are pruned (`pruned.rs` beside it); narrow or filtered ones score every
//! match.

use tantivy::query::EnableScoring;
use tantivy::{DocSet, Searcher, TERMINATED};

use super::coverage::{apply_coverage, CoverageWeights};
use super::faq_lean::{FaqLean, FAQ_LEAN_DEPTH};
use super::grouping::{ArticleGroup, GroupByArticle, ARTICLE_ORD};
use super::pruned::rank_candidates;
use super::stats::LangStatistics;
use crate::analysis::QueryShape;
use crate::lang::Lang;
use crate::search::engine::Engine;
use crate::search::error::Result;
use crate::search::limits::MAX_PRUNED_CANDIDATES;
use crate::search::query::{build_query, Filters, FirstPass, LangPlan};

/// Articles matching a query, best first, with the plans that found them.
pub(crate) struct Ranked {
    pub groups: Vec<ArticleGroup>,
    pub plans: Vec<LangPlan>,
    /// Whether `groups` holds every matching article (else the best ones, at least as many as
    /// were wanted when that many match).
    pub exact: bool,
}

impl Engine {
    /// Ranks the articles matching `q` in `langs`, best first: at least the `want` best when
    /// that many match, and all of them when the pruned first pass ran out of candidates
    /// (`Ranked::exact`).
    pub(crate) fn rank(
        &self,
        searcher: &Searcher,
        q: &str,
        langs: &[Lang],
        filters: &Filters,
        allow_prefix: bool,
        want: usize,
    ) -> Result<Ranked> {
        let fields = &self.index.fields;
        // The FAQ lean weighs a language's best few articles against one another: they must
        // be there even when fewer results are wanted, or the first would depend on the limit.
        let want = if self.params.faq_lean_weight > 0.0 {
            want.max(FAQ_LEAN_DEPTH)
        } else {
            want
        };
        let plans: Vec<LangPlan> = langs
            .iter()
            .map(|&l| LangPlan::new(l, q, searcher, &self.index, &self.params, allow_prefix))
            .collect();
        let mut groups = Vec::new();
        let mut exact = true;
        let mut reordered = false;
        // The lean raises one language's articles: where two languages' lists are merged by
        // score (Arabic-script text searched as Arabic and Persian), it would tilt the merge.
        let lean = plans.len() == 1;
        // Each language is searched with its own BM25 statistics, then the lists are merged.
        for plan in &plans {
            let first = groups.len();
            let Some(query) =
                build_query(std::slice::from_ref(plan), fields, filters, &self.params)
            else {
                continue;
            };
            let raised = if self.params.bare_form_rarity {
                plan.bare_counts.clone()
            } else {
                Vec::new()
            };
            let stats = self.lang_statistics(searcher, plan.lang).raised(raised);
            let per_result = self.params.candidates_per_result;
            // A filter can reject every candidate of the first pass, which knows nothing of
            // it: filtered searches (category pages) score every match.
            let broad = plan.estimated_matches >= self.params.prune_above;
            let mut k = want
                .saturating_mul(per_result)
                .max(self.params.min_candidates)
                .max(1);
            let pass = FirstPass {
                sections: stats.sections(),
                wanted: k as u64,
            };
            let pruning = (per_result > 0 && broad && filters.is_empty())
                .then(|| {
                    plan.candidate_query(fields, &self.params, false, pass)
                        .zip(plan.matching_scoring(fields, &self.params))
                })
                .flatten();
            let Some(((mut candidate, mut complete), scoring)) = pruning else {
                let collector = GroupByArticle {
                    field: ARTICLE_ORD.into(),
                };
                groups
                    .extend(searcher.search_with_statistics_provider(&*query, &collector, &stats)?);
                reordered |= self.coverage_prior(searcher, plan, &mut groups[first..])?;
                reordered |= self.shape_prior(plan, &mut groups[first..]);
                reordered |= lean && self.faq_lean_prior(plan, q, &mut groups[first..]);
                continue;
            };
            loop {
                let pruned = rank_candidates(searcher, &stats, &*candidate, &scoring, k)?;
                if pruned.exhausted && !complete {
                    // The rarest words match fewer sections than wanted: the others may match
                    // more, so they join before the pass is taken as having seen every match.
                    if let Some((all, _)) = plan.candidate_query(fields, &self.params, true, pass) {
                        (candidate, complete) = (all, true);
                        continue;
                    }
                }
                // Many candidates can belong to few articles: widen the pass until enough
                // articles are found or every match has been seen.
                if pruned.exhausted || pruned.groups.len() >= want || k >= MAX_PRUNED_CANDIDATES {
                    exact &= pruned.exhausted;
                    groups.extend(pruned.groups);
                    reordered |= self.coverage_prior(searcher, plan, &mut groups[first..])?;
                    reordered |= self.shape_prior(plan, &mut groups[first..]);
                    reordered |= lean && self.faq_lean_prior(plan, q, &mut groups[first..]);
                    break;
                }
                k = k.saturating_mul(4).min(MAX_PRUNED_CANDIDATES);
            }
        }
        if plans.len() > 1 || reordered {
            groups.sort_by(|a, b| {
                b.score
                    .total_cmp(&a.score)
                    .then(a.article_ord.cmp(&b.article_ord))
            });
        }
        Ok(Ranked {
            groups,
            plans,
            exact,
        })
    }

    /// Weighs the best articles' sections by the share of the query they cover
    /// (`coverage.rs`); before the shape prior, which moves whole articles. Says whether any
    /// score changed.
    fn coverage_prior(
        &self,
        searcher: &Searcher,
        plan: &LangPlan,
        groups: &mut [ArticleGroup],
    ) -> Result<bool> {
        let weights = CoverageWeights {
            weight: self.params.coverage_weight,
            short_concepts: self.params.short_query_concepts,
            short_weight: self.params.short_query_coverage_weight,
        };
        apply_coverage(searcher, &self.index.fields, plan, weights, groups)
    }

    /// Moves FAQ articles by the query's shape: up by `shape_weight` for a question (by
    /// `problem_shape_weight` for a problem told in a sentence), down by as much for a task
    /// (where a guide or article answers); other articles keep their scores, so a help center
    /// without FAQs ranks as before. Says whether any score changed.
    fn shape_prior(&self, plan: &LangPlan, groups: &mut [ArticleGroup]) -> bool {
        let weight = self.params.shape_weight;
        let factor = match plan.shape {
            QueryShape::Question if plan.tells_problem(&self.params) => {
                1.0 + self.params.problem_shape_weight
            }
            QueryShape::Question => 1.0 + weight,
            QueryShape::Task => 1.0 / (1.0 + weight),
            QueryShape::Plain => return false,
        };
        if weight <= 0.0 {
            return false;
        }
        let mut moved = false;
        for g in groups {
            let faq = self
                .index
                .catalog
                .by_ord(g.article_ord)
                .is_some_and(|meta| meta.is_faq());
            if faq {
                // The sections keep their own scores: only the article's place moves.
                g.score *= factor;
                moved = true;
            }
        }
        moved
    }

    /// Raises the FAQs or the other articles among the plan's [`FAQ_LEAN_DEPTH`] best, by the
    /// FAQ lean of the query's words (`faq_lean.rs`). Says whether any score changed.
    fn faq_lean_prior(&self, plan: &LangPlan, q: &str, groups: &mut [ArticleGroup]) -> bool {
        let weight = self.params.faq_lean_weight;
        if weight <= 0.0 || groups.len() < 2 {
            return false;
        }
        // The best articles by the scores the priors before left them with.
        let by_score = |a: &usize, b: &usize| {
            groups[*b]
                .score
                .total_cmp(&groups[*a].score)
                .then(groups[*a].article_ord.cmp(&groups[*b].article_ord))
        };
        let mut best: Vec<usize> = (0..groups.len()).collect();
        if best.len() > FAQ_LEAN_DEPTH {
            best.select_nth_unstable_by(FAQ_LEAN_DEPTH - 1, by_score);
            best.truncate(FAQ_LEAN_DEPTH);
        }
        let head: Vec<(usize, bool)> = best
            .into_iter()
            .map(|i| {
                let faq = self
                    .index
                    .catalog
                    .by_ord(groups[i].article_ord)
                    .is_some_and(|meta| meta.is_faq());
                (i, faq)
            })
            .collect();
        // It weighs an FAQ against a guide: among articles of one kind it has nothing to say
        // (a help center without FAQs ranks as before, and analyses nothing more).
        if head.iter().all(|h| h.1) || !head.iter().any(|h| h.1) {
            return false;
        }
        let key = plan.key(q);
        let words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
        let log_odds = self.faq_lean().log_odds(plan.lang, &words);
        if log_odds == 0.0 {
            return false;
        }
        for (i, faq) in head {
            groups[i].score *= FaqLean::factor_of(log_odds, faq, weight);
        }
        true
    }

    /// BM25 statistics of one language's sections.
    pub(crate) fn lang_statistics<'a>(
        &'a self,
        searcher: &'a Searcher,
        lang: Lang,
    ) -> LangStatistics<'a> {
        LangStatistics::new(
            searcher,
            &self.index.lookups,
            &self.index.fields,
            lang,
            self.index.catalog.count(lang),
        )
    }

    /// Whether `q` matches any section in `lang`: all did-you-mean needs to know of a
    /// correction when the query found nothing, at the cost of the first live match of each
    /// segment (nothing is scored).
    pub(crate) fn finds_any(
        &self,
        searcher: &Searcher,
        q: &str,
        lang: Lang,
        filters: &Filters,
    ) -> Result<bool> {
        let fields = &self.index.fields;
        let plan = LangPlan::new(lang, q, searcher, &self.index, &self.params, false);
        let Some(query) = build_query(std::slice::from_ref(&plan), fields, filters, &self.params)
        else {
            return Ok(false);
        };
        let weight = query.weight(EnableScoring::disabled_from_searcher(searcher))?;
        for reader in searcher.segment_readers() {
            let mut scorer = weight.scorer(reader, 1.0)?;
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if !reader.is_deleted(doc) {
                    return Ok(true);
                }
                doc = scorer.advance();
            }
        }
        Ok(false)
    }
}
