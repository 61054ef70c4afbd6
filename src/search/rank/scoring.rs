//! A query's scoring as a tree of term and phrase leaves with known combinations, so that a few
//! chosen documents can be scored by seeking each leaf.
//!
//! tantivy scores a disjunction with a buffered union, whose seek fills a window of thousands
//! of documents from every clause: cheap when every match is visited in order, wasteful when
//! only a few hundred candidates spread over the index are wanted. Seeking the leaves (term and
//! phrase scorers skip through their posting lists) and combining their scores the way tantivy's
//! combiners do gives the same scores at a fraction of the cost.
//!
//! Leaves are asked whether they match each candidate through tantivy's `seek_danger`, not
//! `seek`: a phrase scorer's `seek` goes on to the next document where the phrase occurs,
//! reading positions at every document holding all its words on the way (for a phrase of
//! common words, much of the segment), while only the candidate itself is wanted.

use tantivy::query::{
    BooleanQuery, ConstScoreQuery, DisjunctionMaxQuery, EnableScoring, Occur, Query, Scorer, Weight,
};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader};

/// How a query's score is made of its leaves' scores.
pub enum Scoring {
    /// A term or phrase query (its boost included), scored by tantivy.
    Leaf(Box<dyn Query>),
    /// The best child's score plus `tie` times the others' (tantivy's disjunction max).
    DisMax(Vec<Scoring>, Score),
    /// The sum of the matching children's scores (a boolean query of optional clauses).
    Sum(Vec<Scoring>),
    /// A constant when any child matches.
    Const(Vec<Scoring>, Score),
}

impl Scoring {
    /// The equivalent tantivy query, for visiting every match.
    pub fn query(&self) -> Box<dyn Query> {
        match self {
            Scoring::Leaf(q) => q.box_clone(),
            Scoring::DisMax(children, tie) => Box::new(DisjunctionMaxQuery::with_tie_breaker(
                children.iter().map(Scoring::query).collect(),
                *tie,
            )),
            Scoring::Sum(children) => Box::new(BooleanQuery::new(
                children
                    .iter()
                    .map(|c| (Occur::Should, c.query()))
                    .collect(),
            )),
            Scoring::Const(children, score) => Box::new(ConstScoreQuery::new(
                Box::new(BooleanQuery::new(
                    children
                        .iter()
                        .map(|c| (Occur::Should, c.query()))
                        .collect(),
                )),
                *score,
            )),
        }
    }

    /// The tree's weights under the given scoring statistics.
    pub fn weights(&self, scoring: EnableScoring<'_>) -> tantivy::Result<ScoringWeights> {
        let children = |c: &[Scoring]| -> tantivy::Result<Vec<ScoringWeights>> {
            c.iter().map(|c| c.weights(scoring)).collect()
        };
        Ok(match self {
            Scoring::Leaf(q) => ScoringWeights::Leaf(q.weight(scoring)?),
            Scoring::DisMax(c, tie) => ScoringWeights::DisMax(children(c)?, *tie),
            Scoring::Sum(c) => ScoringWeights::Sum(children(c)?),
            Scoring::Const(c, score) => ScoringWeights::Const(children(c)?, *score),
        })
    }
}

/// A [`Scoring`] tree with the leaves' weights.
pub enum ScoringWeights {
    Leaf(Box<dyn Weight>),
    DisMax(Vec<ScoringWeights>, Score),
    Sum(Vec<ScoringWeights>),
    Const(Vec<ScoringWeights>, Score),
}

impl ScoringWeights {
    /// Scorers of one segment, for documents from `first` on.
    pub fn scorers(&self, reader: &SegmentReader, first: DocId) -> tantivy::Result<SegmentScoring> {
        let children = |c: &[ScoringWeights]| -> tantivy::Result<Vec<SegmentScoring>> {
            c.iter().map(|c| c.scorers(reader, first)).collect()
        };
        Ok(match self {
            ScoringWeights::Leaf(w) => {
                // Started at `first` rather than at the segment's first match (which a phrase
                // scorer would have to search for).
                let (found, scorer) = w.scorer_danger(reader, first, 1.0)?;
                SegmentScoring::Leaf(Leaf::new(scorer, first, found))
            }
            ScoringWeights::DisMax(c, tie) => SegmentScoring::DisMax(children(c)?, *tie),
            ScoringWeights::Sum(c) => SegmentScoring::Sum(children(c)?),
            ScoringWeights::Const(c, score) => SegmentScoring::Const(children(c)?, *score),
        })
    }
}

/// A [`Scoring`] tree over one segment, scoring documents in increasing order.
pub enum SegmentScoring {
    Leaf(Leaf),
    DisMax(Vec<SegmentScoring>, Score),
    Sum(Vec<SegmentScoring>),
    Const(Vec<SegmentScoring>, Score),
}

impl SegmentScoring {
    /// The score of `doc`, or `None` when it does not match. Documents must be asked for in
    /// increasing order (scorers only move forward).
    pub fn score(&mut self, doc: DocId) -> Option<Score> {
        match self {
            SegmentScoring::Leaf(leaf) => leaf.score(doc),
            // Combined in clause order, as tantivy's score combiners do, so that the sums are
            // the same floating-point numbers.
            SegmentScoring::DisMax(children, tie) => {
                let (mut max, mut sum, mut any) = (0.0, 0.0, false);
                for c in children {
                    if let Some(s) = c.score(doc) {
                        max = Score::max(s, max);
                        sum += s;
                        any = true;
                    }
                }
                any.then_some(max + (sum - max) * *tie)
            }
            SegmentScoring::Sum(children) => {
                let (mut sum, mut any) = (0.0, false);
                for c in children {
                    if let Some(s) = c.score(doc) {
                        sum += s;
                        any = true;
                    }
                }
                any.then_some(sum)
            }
            SegmentScoring::Const(children, score) => children
                .iter_mut()
                .any(|c| c.score(doc).is_some())
                .then_some(*score),
        }
    }
}

/// A leaf's scorer moved by `seek_danger`: after a miss it may sit anywhere (tantivy's danger
/// state) and is only asked about later documents until one matches.
pub struct Leaf {
    scorer: Box<dyn Scorer>,
    /// No document before this one matches.
    next: DocId,
    /// The document the scorer is on, when that is a match (the only state in which it may be
    /// asked for a score).
    on: Option<DocId>,
}

impl Leaf {
    fn new(scorer: Box<dyn Scorer>, target: DocId, found: SeekDangerResult) -> Leaf {
        let mut leaf = Leaf {
            scorer,
            next: target,
            on: None,
        };
        leaf.record(target, found);
        leaf
    }

    fn record(&mut self, target: DocId, found: SeekDangerResult) {
        match found {
            SeekDangerResult::Found => {
                self.next = target;
                self.on = Some(target);
            }
            SeekDangerResult::SeekLowerBound(bound) => {
                self.next = bound;
                self.on = None;
            }
        }
    }

    /// The score of `doc`, or `None` when it does not match; `doc` never decreases from one
    /// call to the next.
    fn score(&mut self, doc: DocId) -> Option<Score> {
        if self.on == Some(doc) {
            return Some(self.scorer.score());
        }
        if doc < self.next {
            return None;
        }
        // Strictly after every target asked before: `next` is past them all.
        let found = self.scorer.seek_danger(doc);
        self.record(doc, found);
        self.on.map(|_| self.scorer.score())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{EnableScoring, PhraseQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;
    use tantivy::{DocAddress, Term};

    use super::Scoring;
    use crate::index::open_files;
    use crate::Lang;

    #[test]
    fn leaves_score_each_candidate_as_a_search_over_every_match_does() {
        let tmp = tempfile::tempdir().expect("tempdir");
        // Every section holds both words, one in three side by side: between two of those, a
        // phrase scorer has misses to pass.
        let texts: Vec<(String, String)> = (0..30)
            .map(|i| {
                let body = if i % 3 == 0 {
                    "The card fee is taken every month."
                } else {
                    "A fee for the card is taken every month."
                };
                (
                    format!("en/guide-{i}.md"),
                    format!("---\ntitle: Guide {i}\ntype: tutorial\n---\n\n## Costs\n\n{body}\n"),
                )
            })
            .collect();
        let files: Vec<(&str, &str)> = texts
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let index = open_files(tmp.path(), &files);
        let searcher = index.reader.searcher();
        let body = index.fields.lang(Lang::En).body;
        let term = |w: &str| Term::from_field_text(body, w);
        let phrase = PhraseQuery::new(vec![term("card"), term("fee")]);
        let sides = searcher.search(&phrase, &Count).expect("count");
        assert_eq!(sides, 10, "the phrase is found where it was written");
        let scoring = Scoring::Sum(vec![
            Scoring::Leaf(Box::new(phrase)),
            Scoring::Leaf(Box::new(TermQuery::new(
                term("month"),
                IndexRecordOption::WithFreqs,
            ))),
        ]);
        let every: HashMap<DocAddress, f32> = searcher
            .search(
                &scoring.query(),
                &TopDocs::with_limit(1000).order_by_score(),
            )
            .expect("search")
            .into_iter()
            .map(|(score, doc)| (doc, score))
            .collect();
        assert!(every.len() >= 30, "{}", every.len());
        let weights = scoring
            .weights(EnableScoring::enabled_from_searcher(&searcher))
            .expect("weights");
        for (ord, reader) in searcher.segment_readers().iter().enumerate() {
            // Every document, then every other one from the second on, then every fifth.
            for (first, step) in [(0, 1), (1, 2), (3, 5)] {
                let mut scorer = weights.scorers(reader, first).expect("scorers");
                for doc in (first..reader.max_doc()).step_by(step) {
                    let want = every.get(&DocAddress::new(ord as u32, doc)).copied();
                    assert_eq!(scorer.score(doc), want, "doc {doc} from {first} by {step}");
                }
            }
        }
    }
}
