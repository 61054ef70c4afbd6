//! The search engine over one loaded index: search, autocomplete and article lookup.

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, TantivyDocument, Term};

use super::answer_cache::AnswerCache;
use super::completion::CompletionIndex;
use super::did_you_mean::correct;
use super::error::{Result, SearchError, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS};
use super::grouping::{ArticleGroup, GroupByArticle, ARTICLE_ORD};
use super::pruned::rank_candidates;
use super::query::{build_query, Filters, LangPlan, RankingParams};
use super::snippet::Highlighter;
use super::stats::LangStatistics;
use super::stored::{all_text, opt_text, text, StoredSection};
use super::types::*;
use crate::index::{LoadedIndex, OutlineEntry, KIND_ARTICLE};
use crate::lang::{detect, Lang};

/// Characters of a snippet in scripts written with spaces; Han text packs more per character.
const SNIPPET_CHARS: usize = 180;
const SNIPPET_CHARS_HAN: usize = 90;
/// Fewer matching articles than this prompt a did-you-mean check.
const FEW_RESULTS: usize = 2;
/// Translations offered when the requested language has nothing.
const MAX_TRANSLATIONS: usize = 3;
/// Most candidate sections of a pruned search (deep pages of broad queries).
const MAX_CANDIDATES: usize = 50_000;

/// Searches one loaded index. Cheap to clone; a reload makes a new engine.
#[derive(Debug, Clone)]
pub struct Engine {
    index: Arc<LoadedIndex>,
    params: Arc<RankingParams>,
    /// Titles and headings for search as you type, built once per index on first need or in
    /// the background ([`Engine::build_completions_in_background`]).
    completions: Arc<OnceLock<CompletionIndex>>,
    /// Ranked autocomplete answers of the server's requests the completion index could not
    /// answer.
    remembered: Arc<AnswerCache>,
}

/// An article as a page renders it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ArticleView {
    pub id: String,
    pub lang: String,
    pub title: String,
    #[serde(rename = "type")]
    pub article_type: String,
    pub category: Option<String>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub updated: Option<String>,
    pub url: String,
    /// Sanitised HTML of the body.
    pub html: String,
    pub sections: Vec<OutlineEntry>,
    /// Language code -> URL of every translation, this language included.
    pub translations: std::collections::BTreeMap<String, String>,
}

pub(crate) struct Ranked {
    pub groups: Vec<ArticleGroup>,
    pub plans: Vec<LangPlan>,
    /// Whether `groups` holds every matching article (else the best ones, at least as many as
    /// were wanted when that many match).
    pub exact: bool,
}

impl Engine {
    /// An engine over an opened index.
    pub fn new(index: Arc<LoadedIndex>) -> Self {
        Self::with_params(index, RankingParams::default())
    }

    /// An engine with other ranking parameters (for measuring them).
    pub fn with_params(index: Arc<LoadedIndex>, params: RankingParams) -> Self {
        Engine {
            index,
            params: Arc::new(params),
            completions: Arc::new(OnceLock::new()),
            remembered: Arc::new(AnswerCache::default()),
        }
    }

    /// Starts building the completion index on its own thread, so that loading an index stays
    /// fast; autocomplete falls back to ranked search until it is ready.
    pub fn build_completions_in_background(&self) {
        if self.completions.get().is_some() {
            return;
        }
        let slot = Arc::clone(&self.completions);
        let index = Arc::clone(&self.index);
        let spawned = std::thread::Builder::new()
            .name("completions".into())
            .spawn(move || {
                let started = Instant::now();
                let built = slot.get_or_init(|| CompletionIndex::build(&index.catalog));
                tracing::info!(
                    candidates = built.len(),
                    heap_bytes = built.heap_bytes(),
                    ms = started.elapsed().as_millis() as u64,
                    "completion index built"
                );
            });
        if let Err(e) = spawned {
            tracing::warn!("cannot start the completion index thread ({e}); autocomplete will build it on first use");
        }
    }

    /// The completion index, built on this thread now unless it is built or being built
    /// already (then this waits for it).
    pub fn completions(&self) -> &CompletionIndex {
        self.completions
            .get_or_init(|| CompletionIndex::build(&self.index.catalog))
    }

    /// Whether the completion index is ready.
    pub fn completions_ready(&self) -> bool {
        self.completions.get().is_some()
    }

    /// The ranking parameters in use.
    pub fn params(&self) -> &RankingParams {
        &self.params
    }

    /// The index this engine searches.
    pub fn index(&self) -> &Arc<LoadedIndex> {
        &self.index
    }

    pub(crate) fn searcher(&self) -> Searcher {
        self.index.searcher()
    }

    /// Runs a search: results grouped per article, best section first, with snippets.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse> {
        let started = Instant::now();
        let q = validate_query(&req.q)?;
        if req.limit == 0 || req.limit > MAX_LIMIT {
            return Err(SearchError::BadRequest(format!(
                "limit must be between 1 and {MAX_LIMIT}"
            )));
        }
        if req.offset > MAX_OFFSET {
            return Err(SearchError::BadRequest(format!(
                "offset must be at most {MAX_OFFSET}"
            )));
        }
        let langs = match req.lang {
            Some(l) => vec![l],
            None => detect(q).langs(),
        };
        let filters = Filters {
            category: req.category.clone(),
            article_type: req.article_type.clone(),
        };
        let searcher = self.searcher();
        // One more than the page shows: whether a next page exists.
        let want = req.offset + req.limit + 1;
        let ranked = self.rank(&searcher, q, &langs, &filters, true, want)?;
        let total = ranked.groups.len();
        let results = ranked
            .groups
            .iter()
            .skip(req.offset)
            .take(req.limit)
            .map(|g| self.hit(&searcher, g, &ranked.plans))
            .collect::<Result<Vec<_>>>()?;
        // Offer a correction when little was found, and also when the results rest on corrected
        // words: the customer should see what was searched for.
        let corrected = ranked.plans.iter().any(|p| {
            p.terms
                .iter()
                .any(|t| t.doc_freq == 0 && !t.expansions.is_empty())
        });
        let did_you_mean = if total < FEW_RESULTS || corrected {
            self.did_you_mean(
                &searcher,
                q,
                &langs,
                &filters,
                if corrected { 0 } else { total },
            )?
        } else {
            None
        };
        let translations_available = if total == 0 {
            Some(self.translations_matching(&searcher, q, &langs)?).filter(|t| !t.is_empty())
        } else {
            None
        };
        Ok(SearchResponse {
            query: q.to_string(),
            lang: langs[0].code().to_string(),
            total,
            total_exact: ranked.exact,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            results,
            translations_available,
            did_you_mean,
        })
    }

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
        let plans: Vec<LangPlan> = langs
            .iter()
            .map(|&l| {
                LangPlan::new(
                    l,
                    q,
                    searcher,
                    fields,
                    &self.index.synonyms,
                    &self.params,
                    allow_prefix,
                )
            })
            .collect();
        let mut groups = Vec::new();
        let mut exact = true;
        // Each language is searched with its own BM25 statistics, then the lists are merged.
        for plan in &plans {
            let Some(query) =
                build_query(std::slice::from_ref(plan), fields, filters, &self.params)
            else {
                continue;
            };
            let stats = self.lang_statistics(searcher, plan.lang);
            let per_result = self.params.candidates_per_result;
            // A filter can reject every candidate of the first pass, which knows nothing of
            // it: filtered searches (category pages) score every match.
            let broad = plan.estimated_matches >= self.params.prune_above;
            let pruning = (per_result > 0 && broad && filters.is_empty())
                .then(|| {
                    plan.candidate_query(fields, &self.params, false)
                        .zip(plan.matching_scoring(fields, &self.params))
                })
                .flatten();
            let Some(((mut candidate, mut complete), scoring)) = pruning else {
                let collector = GroupByArticle {
                    field: ARTICLE_ORD.into(),
                };
                groups
                    .extend(searcher.search_with_statistics_provider(&*query, &collector, &stats)?);
                continue;
            };
            let mut k = want
                .saturating_mul(per_result)
                .max(self.params.min_candidates)
                .max(1);
            loop {
                let pruned = rank_candidates(searcher, &stats, &*candidate, &scoring, k)?;
                if pruned.exhausted && !complete {
                    // The rarest words match fewer sections than wanted: the others may match
                    // more, so they join before the pass is taken as having seen every match.
                    if let Some((all, _)) = plan.candidate_query(fields, &self.params, true) {
                        (candidate, complete) = (all, true);
                        continue;
                    }
                }
                // Many candidates can belong to few articles: widen the pass until enough
                // articles are found or every match has been seen.
                if pruned.exhausted || pruned.groups.len() >= want || k >= MAX_CANDIDATES {
                    exact &= pruned.exhausted;
                    groups.extend(pruned.groups);
                    break;
                }
                k = k.saturating_mul(4).min(MAX_CANDIDATES);
            }
        }
        if plans.len() > 1 {
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

    /// BM25 statistics of one language's sections.
    pub(crate) fn lang_statistics<'a>(
        &self,
        searcher: &'a Searcher,
        lang: Lang,
    ) -> LangStatistics<'a> {
        LangStatistics::new(
            searcher,
            &self.index.fields,
            lang,
            self.index.catalog.count(lang),
        )
    }

    fn hit(
        &self,
        searcher: &Searcher,
        group: &ArticleGroup,
        plans: &[LangPlan],
    ) -> Result<SearchHit> {
        let fields = &self.index.fields;
        let Some(&(score, lead)) = group.sections.first() else {
            return Err(SearchError::BadRequest("empty result group".into()));
        };
        let section = StoredSection::load(searcher, fields, lead)?;
        let plan = plans
            .iter()
            .find(|p| p.lang.code() == section.lang)
            .unwrap_or(&plans[0]);
        let highlighter = Highlighter::new(plan);
        let max = if plan.lang == Lang::Zh {
            SNIPPET_CHARS_HAN
        } else {
            SNIPPET_CHARS
        };
        let more_sections = group.sections[1..]
            .iter()
            .map(|&(_, addr)| StoredSection::load(searcher, fields, addr))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .filter(|s| !s.heading.is_empty())
            .map(|s| SectionLink {
                url: s.url(),
                section: s.heading,
            })
            .collect();
        Ok(SearchHit {
            snippet: highlighter.snippet(&section.text, max),
            url: section.url(),
            id: section.id,
            lang: section.lang,
            title: section.title,
            section: section.heading,
            score,
            article_type: section.article_type,
            category: section.category,
            more_sections,
        })
    }

    fn did_you_mean(
        &self,
        searcher: &Searcher,
        q: &str,
        langs: &[Lang],
        filters: &Filters,
        total: usize,
    ) -> Result<Option<String>> {
        for &lang in langs {
            let Some(fixed) = correct(q, lang, searcher, self.index.fields.lang(lang).exact) else {
                continue;
            };
            // Only offer a correction that finds more than the query did.
            if self
                .rank(searcher, &fixed, &[lang], filters, false, total + 1)?
                .groups
                .len()
                > total
            {
                return Ok(Some(fixed));
            }
        }
        Ok(None)
    }

    /// Articles in other languages that match the query, when the requested ones have none.
    fn translations_matching(
        &self,
        searcher: &Searcher,
        q: &str,
        langs: &[Lang],
    ) -> Result<Vec<TranslationHit>> {
        let mut others: Vec<Lang> = detect(q).langs();
        others.extend(Lang::ALL);
        let mut seen = Vec::new();
        let mut hits = Vec::new();
        for lang in others {
            if langs.contains(&lang) || seen.contains(&lang) {
                continue;
            }
            seen.push(lang);
            let ranked = self.rank(
                searcher,
                q,
                &[lang],
                &Filters::default(),
                false,
                MAX_TRANSLATIONS,
            )?;
            for g in ranked
                .groups
                .iter()
                .take(MAX_TRANSLATIONS - hits.len().min(MAX_TRANSLATIONS))
            {
                if let Some(meta) = self.index.catalog.by_ord(g.article_ord) {
                    hits.push(TranslationHit {
                        lang: meta.lang.clone(),
                        id: meta.id.clone(),
                        title: meta.title.clone(),
                        url: meta.url(),
                    });
                }
            }
            if hits.len() >= MAX_TRANSLATIONS {
                break;
            }
        }
        Ok(hits)
    }

    /// A handful of questions, titles and headings for search as you type: from the completion
    /// index (built now if need be), or from ranked search when it finds nothing (a typo, or
    /// words found only in article text).
    pub fn autocomplete(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Result<AutocompleteResponse> {
        let q = validate_query(q)?;
        self.complete(q, &query_langs(q, lang), limit, Some(self.completions()))
    }

    /// Completions from the completion index alone, without waiting for it: `None` when it is
    /// not built yet or has no good match, and [`Engine::autocomplete_without_waiting`] should
    /// answer. Costs microseconds, so a server can answer it on its async threads.
    pub fn autocomplete_indexed(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Result<Option<AutocompleteResponse>> {
        let q = validate_query(q)?;
        let Some(index) = self.completions.get() else {
            return Ok(None);
        };
        let langs = query_langs(q, lang);
        let found = index.complete(&self.index.catalog, q, &langs, limit);
        if found.list.is_empty() || found.scattered_only {
            return Ok(None);
        }
        Ok(Some(completion_response(q, &langs, found.list)))
    }

    /// A ranked answer [`Engine::autocomplete_without_waiting`] gave to the same request
    /// before, if it is remembered. Costs microseconds.
    pub fn autocomplete_remembered(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Option<AutocompleteResponse> {
        self.remembered.get(q.trim(), lang, limit)
    }

    /// [`Engine::autocomplete`] without waiting for the completion index (ranked search
    /// answers until it is built), remembering ranked answers given once it is (see
    /// [`Engine::autocomplete_remembered`]).
    pub fn autocomplete_without_waiting(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Result<AutocompleteResponse> {
        let q = validate_query(q)?;
        let index = self.completions.get();
        let resp = self.complete(q, &query_langs(q, lang), limit, index)?;
        if index.is_some() {
            self.remembered.put(q, lang, limit, &resp);
        }
        Ok(resp)
    }

    /// Completions by ranked search alone (what autocomplete did before the completion index):
    /// the best section of each matching article, by its heading or the article's title.
    pub fn autocomplete_ranked(
        &self,
        q: &str,
        lang: Option<Lang>,
        limit: usize,
    ) -> Result<AutocompleteResponse> {
        let q = validate_query(q)?;
        self.complete(q, &query_langs(q, lang), limit, None)
    }

    /// The completion index's answer when it has a good one; else ranked search's, followed
    /// by the index's weak matches.
    fn complete(
        &self,
        q: &str,
        langs: &[Lang],
        limit: usize,
        index: Option<&CompletionIndex>,
    ) -> Result<AutocompleteResponse> {
        let found = index
            .map(|i| i.complete(&self.index.catalog, q, langs, limit))
            .unwrap_or_default();
        if !found.list.is_empty() && !found.scattered_only {
            return Ok(completion_response(q, langs, found.list));
        }
        let mut resp = self.complete_ranked(q, langs, limit)?;
        for c in found.list {
            if resp.completions.len() >= limit {
                break;
            }
            if resp.completions.iter().all(|r| r.text != c.text) {
                resp.completions.push(c);
            }
        }
        Ok(resp)
    }

    fn complete_ranked(
        &self,
        q: &str,
        langs: &[Lang],
        limit: usize,
    ) -> Result<AutocompleteResponse> {
        let searcher = self.searcher();
        // Twice the list: completions with the same text are shown once.
        let ranked = self.rank(
            &searcher,
            q,
            langs,
            &Filters::default(),
            true,
            limit.saturating_mul(2),
        )?;
        let mut completions: Vec<Completion> = Vec::new();
        for g in &ranked.groups {
            if completions.len() >= limit {
                break;
            }
            let Some(&(_, addr)) = g.sections.first() else {
                continue;
            };
            let s = StoredSection::load(&searcher, &self.index.fields, addr)?;
            let shown = if s.heading.is_empty() {
                s.title.clone()
            } else {
                s.heading.clone()
            };
            if completions.iter().any(|c| c.text == shown) {
                continue;
            }
            completions.push(Completion {
                text: shown,
                url: s.url(),
                title: s.title,
            });
        }
        Ok(completion_response(q, langs, completions))
    }

    /// The article with this id in this language, as a page renders it.
    pub fn article(&self, lang: Lang, id: &str) -> Result<Option<ArticleView>> {
        let fields = &self.index.fields;
        let searcher = self.searcher();
        let key = format!("{}/{}", lang.code(), id);
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(fields.key, &key),
                    IndexRecordOption::Basic,
                )) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(fields.doc_kind, KIND_ARTICLE),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        let top = searcher.search(
            &query,
            &tantivy::collector::TopDocs::with_limit(1).order_by_score(),
        )?;
        let Some(&(_, addr)) = top.first() else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher.doc(addr)?;
        let sections: Vec<OutlineEntry> =
            serde_json::from_str(&text(&doc, fields.outline)).unwrap_or_default();
        let translations = self
            .index
            .catalog
            .translations(id)
            .into_iter()
            .map(|l| (l.code().to_string(), format!("/{}/{}", l.code(), id)))
            .collect();
        Ok(Some(ArticleView {
            id: id.to_string(),
            lang: lang.code().to_string(),
            title: text(&doc, fields.title_text),
            article_type: text(&doc, fields.article_type),
            category: opt_text(&doc, fields.category),
            tags: all_text(&doc, fields.tags),
            summary: opt_text(&doc, fields.summary_text),
            updated: opt_text(&doc, fields.updated),
            url: format!("/{}/{}", lang.code(), id),
            html: text(&doc, fields.html),
            sections,
            translations,
        }))
    }
}

fn completion_response(
    q: &str,
    langs: &[Lang],
    completions: Vec<Completion>,
) -> AutocompleteResponse {
    AutocompleteResponse {
        query: q.to_string(),
        lang: langs[0].code().to_string(),
        completions,
    }
}

/// The languages a query is searched in: the one asked for, else the likely ones.
fn query_langs(q: &str, lang: Option<Lang>) -> Vec<Lang> {
    match lang {
        Some(l) => vec![l],
        None => detect(q).langs(),
    }
}

/// Trims a query and checks its length.
pub(crate) fn validate_query(q: &str) -> Result<&str> {
    let q = q.trim();
    if q.is_empty() {
        return Err(SearchError::BadRequest(
            "the query is empty: type a few words to search for".into(),
        ));
    }
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(SearchError::BadRequest(format!(
            "the query is too long ({} characters; at most {MAX_QUERY_CHARS}): shorten it, or use suggest for whole messages",
            q.chars().count()
        )));
    }
    Ok(q)
}
