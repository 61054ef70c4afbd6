//! The search engine over one loaded index: search, autocomplete and article lookup.

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, TantivyDocument, Term};

use super::answer_cache::AnswerCache;
use super::as_you_type::CompletionIndex;
use super::error::{Result, SearchError};
use super::limits::{MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS};
use super::query::{Filters, LangPlan, RankingParams};
use super::rank::{
    asked_vocabulary, ArticleGroup, ArticleKey, AskedNeighbours, FaqLean, LearnedHandle,
    LearnedPrior, Vocabulary, LEARNED_DEPTH, VOCABULARY_DEPTH,
};
use super::snippet::Highlighter;
use super::stored::{self, all_text, opt_text, text, SectionCard, StoredSection};
use super::types::*;
use super::typos::correct;
use crate::content::{article_url, ArticleType};
use crate::index::{LoadedIndex, OutlineEntry, KIND_ARTICLE};
use crate::lang::{detect, Lang};

/// Characters of a snippet in scripts written with spaces; Han text packs more per character.
const SNIPPET_CHARS: usize = 180;
const SNIPPET_CHARS_HAN: usize = 90;
/// Fewer matching articles than this prompt a did-you-mean check.
const FEW_RESULTS: usize = 2;
/// Translations offered when the requested language has nothing.
const MAX_TRANSLATIONS: usize = 3;

/// Searches one loaded index. Cheap to clone; a reload makes a new engine.
#[derive(Debug, Clone)]
pub struct Engine {
    pub(super) index: Arc<LoadedIndex>,
    pub(super) params: Arc<RankingParams>,
    /// Titles and headings for search as you type, built once per index on first need or in
    /// the background ([`Engine::build_completions_in_background`]).
    pub(super) completions: Arc<OnceLock<CompletionIndex>>,
    /// Ranked autocomplete answers of the server's requests the completion index could not
    /// answer.
    pub(super) remembered_completions: Arc<AnswerCache<CompletionRequest, AutocompleteResponse>>,
    /// Search answers the server gave, by the generation of the prior they were ranked with.
    remembered_searches: Arc<AnswerCache<(u64, SearchRequest), SearchResponse>>,
    /// The click-through prior in force (empty unless the server learns from clicks).
    learned: LearnedHandle,
    /// The words of the customers' questions the writers filed by article (`content/asked/`),
    /// ranking like words learned from a log until a log has taught words in the language.
    asked: Arc<Vocabulary>,
    /// The same questions, searchable: the ones closest to a query vote for their articles.
    asked_neighbours: Arc<AskedNeighbours>,
    /// Counts of the FAQ lean other than the built-in ones (measuring it on questions its
    /// counts never held, `tests/it/ranking_fit.rs`).
    pub(super) faq_lean: Option<Arc<FaqLean>>,
}

/// What an autocomplete answer depends on besides the index: the trimmed query, the language
/// asked for and the number of completions.
pub(super) type CompletionRequest = (String, Option<Lang>, usize);

/// An article as a page renders it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ArticleView {
    pub id: String,
    pub lang: Lang,
    pub title: String,
    #[serde(rename = "type")]
    pub article_type: ArticleType,
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

impl Engine {
    /// An engine over an opened index, ranking with its site file's `[ranking]` settings.
    pub fn new(index: Arc<LoadedIndex>) -> Self {
        let params = RankingParams {
            faq_lean_weight: index.site.ranking.faq_lean as f32,
            asked_weight: index.site.ranking.asked as f32,
            asked_neighbours_weight: index.site.ranking.asked_neighbours as f32,
            ..RankingParams::default()
        };
        Self::with_params(index, params)
    }

    /// An engine with other ranking parameters (for measuring them).
    pub fn with_params(index: Arc<LoadedIndex>, params: RankingParams) -> Self {
        let asked = Arc::new(asked_vocabulary(&index.asked, params.asked_weight));
        let asked_neighbours = Arc::new(AskedNeighbours::new(
            &index.asked,
            index.analysis(),
            params.asked_neighbours_weight,
        ));
        Engine {
            index,
            params: Arc::new(params),
            completions: Arc::new(OnceLock::new()),
            remembered_completions: Arc::new(AnswerCache::default()),
            remembered_searches: Arc::new(AnswerCache::default()),
            learned: LearnedHandle::default(),
            asked,
            asked_neighbours,
            faq_lean: None,
        }
    }

    /// The engine leaning with `lean`'s counts in place of the built-in ones.
    pub fn with_faq_lean(mut self, lean: FaqLean) -> Self {
        self.faq_lean = Some(Arc::new(lean));
        self
    }

    /// The FAQ lean's counts in use.
    pub(crate) fn faq_lean(&self) -> &FaqLean {
        self.faq_lean.as_deref().unwrap_or(FaqLean::built_in())
    }

    /// The engine ranking with the click-through prior `learned` holds (and any it is given
    /// later: the handle is shared).
    pub fn with_learned(mut self, learned: LearnedHandle) -> Self {
        self.learned = learned;
        self
    }

    /// The click-through prior's handle.
    pub fn learned(&self) -> &LearnedHandle {
        &self.learned
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
        self.search_with(req, &self.learned.snapshot().prior)
    }

    /// [`Engine::search`] ranking with `prior`: an article it has learned for the query is
    /// boosted (its score times `1 + boost`); nothing changes for a query it has no entry for.
    pub fn search_with(&self, req: &SearchRequest, prior: &LearnedPrior) -> Result<SearchResponse> {
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
            article_type: req.article_type,
        };
        let searcher = self.searcher();
        // One more than the page shows: whether a next page exists.
        let want = req.offset + req.limit + 1;
        let learned = self.learned_boosts(prior, q, &langs);
        let vocabulary = langs.iter().any(|l| {
            prior.vocabulary().has(*l) || self.asked.has(*l) || self.asked_neighbours.has(*l)
        });
        let ranked = if learned.is_empty() && !vocabulary {
            self.rank(&searcher, q, &langs, &filters, true, want)?
        } else {
            let mut ranked = self.rank(
                &searcher,
                q,
                &langs,
                &filters,
                true,
                want.max(LEARNED_DEPTH),
            )?;
            self.apply_learned(prior, q, &ranked.plans, &learned, &mut ranked.groups);
            ranked
        };
        let total = ranked.groups.len();
        // One highlighter per plan for the whole page, not one per result.
        let highlighters: Vec<Highlighter> = ranked.plans.iter().map(Highlighter::new).collect();
        let results = ranked
            .groups
            .iter()
            .skip(req.offset)
            .take(req.limit)
            .filter_map(|g| match self.hit(&searcher, g, &ranked.plans, &highlighters) {
                Ok(hit) => Some(hit),
                Err(e) => {
                    // One unreadable document (a damaged build) costs its result, not the
                    // whole search.
                    tracing::error!(build = %self.index.dir.display(), error = %e, "a result cannot be read; run `dalil index --full` to rebuild the index");
                    None
                }
            })
            .collect::<Vec<_>>();
        // Offer a correction when little was found, and also when the results rest on corrected
        // words: the customer should see what was searched for.
        let corrected: Vec<String> = ranked
            .plans
            .iter()
            .flat_map(|p| &p.terms)
            .filter(|t| t.doc_freq == 0 && !t.expansions.is_empty())
            .map(|t| t.text.clone())
            .collect();
        let did_you_mean = if total < FEW_RESULTS || !corrected.is_empty() {
            // With enough results, only the words the search corrected are corrected.
            let only = (total >= FEW_RESULTS).then_some(corrected.as_slice());
            let found = if corrected.is_empty() { total } else { 0 };
            self.did_you_mean(&searcher, q, &langs, &filters, found, only)?
        } else {
            None
        };
        let translations_available = if total == 0 {
            Some(self.translations_matching(&searcher, q, &langs, &filters)?)
                .filter(|t| !t.is_empty())
        } else {
            None
        };
        // A query searched in two languages (Arabic or Persian) used the one its best result is
        // written in: `ازاي اطلع فلوسي` leans Persian by its letters yet finds Arabic articles.
        let lang = match ranked.groups.first() {
            Some(best) if langs.len() > 1 => self
                .index
                .catalog
                .by_ord(best.article_ord)
                .map_or(langs[0], |meta| meta.lang),
            _ => langs[0],
        };
        Ok(SearchResponse {
            query: q.to_string(),
            lang,
            total,
            total_exact: ranked.exact,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            results,
            translations_available,
            did_you_mean,
        })
    }

    /// The answer [`Engine::search_remembering`] gave to the same request before, if it is
    /// remembered, with `took_ms` the time of this lookup. Costs microseconds.
    pub fn search_remembered(&self, req: &SearchRequest) -> Option<SearchResponse> {
        let started = Instant::now();
        let generation = self.learned.snapshot().generation;
        let mut resp = self
            .remembered_searches
            .get(&(generation, remembered_as(req)))?;
        resp.took_ms = started.elapsed().as_secs_f64() * 1000.0;
        Some(resp)
    }

    /// [`Engine::search`], remembering the answer for [`Engine::search_remembered`].
    pub fn search_remembering(&self, req: &SearchRequest) -> Result<SearchResponse> {
        // The answer is remembered under the generation it was ranked with: a refresh that
        // changes the prior leaves it behind.
        let learned = self.learned.snapshot();
        let resp = self.search_with(req, &learned.prior)?;
        self.remembered_searches
            .put((learned.generation, remembered_as(req)), &resp);
        Ok(resp)
    }

    fn hit(
        &self,
        searcher: &Searcher,
        group: &ArticleGroup,
        plans: &[LangPlan],
        highlighters: &[Highlighter],
    ) -> Result<SearchHit> {
        let fields = &self.index.fields;
        let Some(&(_, lead)) = group.sections.first() else {
            return Err(SearchError::BadRequest("empty result group".into()));
        };
        // Read in place from the stored bytes when they can be (no owned document, no copies),
        // else loaded the ordinary way.
        let lead_bytes = self.index.doc_bytes(searcher, lead);
        let lead_values = lead_bytes.as_ref().and_then(|b| b.values());
        let loaded;
        let section = match lead_values
            .as_deref()
            .and_then(|v| SectionCard::read(v, fields, true))
        {
            Some(card) => card,
            None => {
                loaded = StoredSection::load(searcher, fields, lead)?;
                loaded.card()
            }
        };
        let at = plans
            .iter()
            .position(|p| p.lang == section.lang)
            .unwrap_or(0);
        let (Some(plan), Some(highlighter)) = (plans.get(at), highlighters.get(at)) else {
            return Err(SearchError::BadRequest(
                "a result without a query plan".into(),
            ));
        };
        let max = if plan.lang == Lang::Zh {
            SNIPPET_CHARS_HAN
        } else {
            SNIPPET_CHARS
        };
        let mut more_sections = Vec::with_capacity(group.sections.len().saturating_sub(1));
        for &(_, addr) in &group.sections[1..] {
            let bytes = self.index.doc_bytes(searcher, addr);
            let values = bytes.as_ref().and_then(|b| b.values());
            let link = |s: SectionCard| {
                (!s.heading.is_empty()).then(|| SectionLink {
                    url: s.url(),
                    section: s.heading.to_string(),
                })
            };
            let link = match values
                .as_deref()
                .and_then(|v| SectionCard::read(v, fields, false))
            {
                Some(card) => link(card),
                None => link(StoredSection::load(searcher, fields, addr)?.card()),
            };
            more_sections.extend(link);
        }
        Ok(SearchHit {
            snippet: highlighter.snippet_stored(section.text, section.terms, max),
            url: section.url(),
            id: section.id.to_string(),
            lang: section.lang,
            title: section.title.to_string(),
            section: section.heading.to_string(),
            // The article's score, priors included: the one the results are ordered by (its
            // lead section's alone can be lower than a result's below it).
            score: group.score,
            article_type: section.article_type,
            category: section.category.map(str::to_string),
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
        only: Option<&[String]>,
    ) -> Result<Option<String>> {
        for &lang in langs {
            let exact = self.index.fields.lang(lang).exact;
            let homophones = (lang == Lang::Zh && self.params.chinese_sound_alike)
                .then(|| self.index.homophones());
            let Some(fixed) = correct(
                self.index.analysis(),
                &self.index.lexicon,
                q,
                lang,
                (searcher, &self.index.lookups, homophones),
                exact,
                only,
            ) else {
                continue;
            };
            // Only offer a correction that finds more than the query did.
            let finds_more = if total == 0 {
                self.finds_any(searcher, &fixed, lang, filters)?
            } else {
                self.rank(searcher, &fixed, &[lang], filters, false, total + 1)?
                    .groups
                    .len()
                    > total
            };
            if finds_more {
                return Ok(Some(fixed));
            }
        }
        Ok(None)
    }

    /// Articles in other languages that match the query and the same category and type
    /// filters, when the requested languages have none.
    fn translations_matching(
        &self,
        searcher: &Searcher,
        q: &str,
        langs: &[Lang],
        filters: &Filters,
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
            let ranked = self.rank(searcher, q, &[lang], filters, false, MAX_TRANSLATIONS)?;
            for g in ranked
                .groups
                .iter()
                .take(MAX_TRANSLATIONS - hits.len().min(MAX_TRANSLATIONS))
            {
                if let Some(meta) = self.index.catalog.by_ord(g.article_ord) {
                    hits.push(TranslationHit {
                        lang: meta.lang,
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
            .map(|l| (l.code().to_string(), article_url(l, id, "")))
            .collect();
        Ok(Some(ArticleView {
            id: id.to_string(),
            lang,
            title: text(&doc, fields.title_text),
            article_type: stored::article_type(&doc, fields.article_type)?,
            category: opt_text(&doc, fields.category),
            tags: all_text(&doc, fields.tags),
            summary: opt_text(&doc, fields.summary_text),
            updated: opt_text(&doc, fields.updated),
            url: article_url(lang, id, ""),
            html: text(&doc, fields.html),
            sections,
            translations,
        }))
    }
}

impl Engine {
    /// The `article_ord` and boost of each article `prior` learned for `q` that this index has.
    pub(crate) fn learned_boosts(
        &self,
        prior: &LearnedPrior,
        q: &str,
        langs: &[Lang],
    ) -> Vec<(u64, f32)> {
        if prior.is_empty() {
            return Vec::new();
        }
        prior
            .lookup(q, langs)
            .into_iter()
            .filter_map(|a| {
                let ord = self.index.catalog.ord_of(a.lang, &a.article)?;
                Some((ord, a.boost))
            })
            .collect()
    }
}

impl Engine {
    /// Ranks `groups` (the articles `q` matches in `langs`, best first) with what `prior`
    /// learned: the learned words (or, before a log taught any, the words of the writers' filed
    /// questions) reorder the best few, then the query's learned articles
    /// (`learned`, from [`Engine::learned_boosts`]) are boosted. Search and the suggestions of
    /// a query-sized message share it, so both list the same first article.
    pub(crate) fn apply_learned(
        &self,
        prior: &LearnedPrior,
        q: &str,
        plans: &[LangPlan],
        learned: &[(u64, f32)],
        groups: &mut [ArticleGroup],
    ) {
        // Words learned from a log are the customers' own choices: once the log has learned
        // from as many queries in the language searched as the writers filed questions, its
        // words take over from theirs (a young log's few queries would otherwise replace
        // thousands of questions; counting both would count the same need twice).
        let log = prior.vocabulary();
        let vocabulary = if plans
            .iter()
            .any(|p| log.has(p.lang) && log.queries(p.lang) >= self.asked.queries(p.lang))
        {
            log
        } else {
            &self.asked
        };
        self.apply_vocabulary(vocabulary, q, plans, groups);
        self.apply_neighbours(plans, groups);
        if !learned.is_empty() {
            boost_learned(groups, learned);
        }
    }

    /// Reorders the query's [`VOCABULARY_DEPTH`] best articles by what their words were learned
    /// to mean: each score times the vocabulary's factor in the language searched (the first
    /// of `plans`' languages the vocabulary knows). The articles below keep their place.
    fn apply_vocabulary(
        &self,
        vocabulary: &Vocabulary,
        q: &str,
        plans: &[LangPlan],
        groups: &mut [ArticleGroup],
    ) {
        let Some(plan) = plans.iter().find(|p| vocabulary.has(p.lang)) else {
            return;
        };
        let (lang, key) = (plan.lang, plan.key(q));
        let terms: Vec<&str> = key.split(' ').filter(|t| !t.is_empty()).collect();
        let articles = self.head_articles(lang, groups);
        let mut factors = vocabulary.factors(lang, &terms, &articles);
        // Arabic-script text is searched as Arabic and Persian: an article of the other
        // language has no votes in this one, and would sink for it.
        for (f, a) in factors.iter_mut().zip(&articles) {
            if a.0 != lang {
                *f = 1.0;
            }
        }
        rescore_head(groups, &factors);
    }

    /// Raises the query's [`VOCABULARY_DEPTH`] best articles by their share of the vote of the
    /// filed questions closest to it in their own language: Arabic-script text searched as
    /// both Arabic and Persian asks each language's questions about that language's articles
    /// (the factors never fall below one, so asking only one would sink the other's).
    fn apply_neighbours(&self, plans: &[LangPlan], groups: &mut [ArticleGroup]) {
        let mut factors: Vec<f32> = Vec::new();
        for plan in plans.iter().filter(|p| self.asked_neighbours.has(p.lang)) {
            let terms: Vec<&str> = plan.terms.iter().map(|t| t.text.as_str()).collect();
            let articles = self.head_articles(plan.lang, groups);
            let own = self.asked_neighbours.factors(plan.lang, &terms, &articles);
            if factors.is_empty() {
                factors = own;
            } else {
                // Each article's factor is 1 in every language but its own.
                for (f, o) in factors.iter_mut().zip(own) {
                    *f *= o;
                }
            }
        }
        if !factors.is_empty() {
            rescore_head(groups, &factors);
        }
    }

    /// The (language, id) of the first [`VOCABULARY_DEPTH`] groups.
    fn head_articles(&self, lang: Lang, groups: &[ArticleGroup]) -> Vec<ArticleKey> {
        let head = groups.len().min(VOCABULARY_DEPTH);
        groups[..head]
            .iter()
            .map(|g| match self.index.catalog.by_ord(g.article_ord) {
                Some(m) => (m.lang, m.id.clone()),
                None => (lang, String::new()),
            })
            .collect()
    }
}

/// Multiplies the scores of the first `factors.len()` groups by them and sorts those again;
/// the groups below keep their place. A factor below one may sink a head article under one
/// below the head: that one's score is capped at the head's lowest, so the list stays sorted by
/// score, as the suggestions (which merge answers by score) and the learned boost's sort expect.
fn rescore_head(groups: &mut [ArticleGroup], factors: &[f32]) {
    let head = factors.len().min(groups.len());
    for (g, f) in groups[..head].iter_mut().zip(factors) {
        g.score *= f;
    }
    groups[..head].sort_by(|a, b| b.score.total_cmp(&a.score));
    if let Some(floor) = head.checked_sub(1).map(|last| groups[last].score) {
        for g in &mut groups[head..] {
            g.score = g.score.min(floor);
        }
    }
}

/// Multiplies the score of each learned article by `1 + boost` and sorts again (stable: the
/// others keep their order).
fn boost_learned(groups: &mut [ArticleGroup], learned: &[(u64, f32)]) {
    for g in groups.iter_mut() {
        if let Some(&(_, boost)) = learned.iter().find(|(ord, _)| *ord == g.article_ord) {
            g.score *= 1.0 + boost;
        }
    }
    groups.sort_by(|a, b| b.score.total_cmp(&a.score));
}

/// The key a search is remembered by: the request with its query trimmed.
fn remembered_as(req: &SearchRequest) -> SearchRequest {
    SearchRequest {
        q: req.q.trim().to_string(),
        ..req.clone()
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

#[cfg(test)]
mod tests {
    use tantivy::DocAddress;

    use super::*;

    fn group(ord: u64, score: f32) -> ArticleGroup {
        ArticleGroup {
            article_ord: ord,
            score,
            sections: vec![(score, DocAddress::new(0, ord as u32))],
        }
    }

    fn order(groups: &[ArticleGroup]) -> Vec<u64> {
        groups.iter().map(|g| g.article_ord).collect()
    }

    #[test]
    fn learned_words_reorder_the_head_and_the_list_stays_sorted_by_score() {
        // The head's second article gains, its first sinks below the first article under the
        // head, which keeps its place (third) and gets the head's lowest score.
        let mut groups = vec![group(1, 10.0), group(2, 8.0), group(3, 6.0), group(4, 1.0)];
        rescore_head(&mut groups, &[0.5, 1.5]);
        assert_eq!(order(&groups), [2, 1, 3, 4]);
        let scores: Vec<f32> = groups.iter().map(|g| g.score).collect();
        assert_eq!(scores, [12.0, 5.0, 5.0, 1.0]);
        // Fewer groups than factors: only the groups there are.
        let mut groups = vec![group(1, 1.0)];
        rescore_head(&mut groups, &[2.0, 2.0]);
        assert_eq!(groups[0].score, 2.0);
        // A learned article below the head still passes the others by its boost alone.
        let mut groups = vec![group(1, 10.0), group(2, 8.0), group(3, 6.0)];
        rescore_head(&mut groups, &[0.5, 0.5]);
        boost_learned(&mut groups, &[(3, 0.3)]);
        assert_eq!(order(&groups), [3, 1, 2]);
    }

    #[test]
    fn a_learned_article_passes_close_results_but_not_a_much_stronger_match() {
        // Article 3 is learned with a boost of 0.75: x 1.75.
        let mut groups = vec![group(1, 10.0), group(2, 5.0), group(3, 4.0), group(4, 1.0)];
        boost_learned(&mut groups, &[(3, 0.75)]);
        assert_eq!(order(&groups), [1, 3, 2, 4]);
        // Nothing learned: the order stays, ties included.
        let mut groups = vec![group(1, 2.0), group(2, 2.0), group(3, 1.0)];
        boost_learned(&mut groups, &[]);
        assert_eq!(order(&groups), [1, 2, 3]);
        // The largest boost allowed doubles a score, never more.
        let mut groups = vec![group(1, 2.1), group(2, 1.0)];
        boost_learned(&mut groups, &[(2, crate::search::MAX_LEARNED_BOOST)]);
        assert_eq!(order(&groups), [1, 2]);
    }
}
