//! A query's scoring as a tree of term and phrase leaves with known combinations, so that a few
//! chosen documents can be scored by seeking each leaf.
//!
//! tantivy scores a disjunction with a buffered union, whose seek fills a window of thousands
//! of documents from every clause: cheap when every match is visited in order, wasteful when
//! only a few hundred candidates spread over the index are wanted. Seeking the leaves (term and
//! phrase scorers skip through their posting lists) and combining their scores the way tantivy's
//! combiners do gives the same scores at a fraction of the cost.

use tantivy::query::{
    BooleanQuery, ConstScoreQuery, DisjunctionMaxQuery, EnableScoring, Occur, Query, Scorer, Weight,
};
use tantivy::{DocId, DocSet, Score, SegmentReader};

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
    /// Scorers of one segment.
    pub fn scorers(&self, reader: &SegmentReader) -> tantivy::Result<SegmentScoring> {
        let children = |c: &[ScoringWeights]| -> tantivy::Result<Vec<SegmentScoring>> {
            c.iter().map(|c| c.scorers(reader)).collect()
        };
        Ok(match self {
            ScoringWeights::Leaf(w) => SegmentScoring::Leaf(w.scorer(reader, 1.0)?),
            ScoringWeights::DisMax(c, tie) => SegmentScoring::DisMax(children(c)?, *tie),
            ScoringWeights::Sum(c) => SegmentScoring::Sum(children(c)?),
            ScoringWeights::Const(c, score) => SegmentScoring::Const(children(c)?, *score),
        })
    }
}

/// A [`Scoring`] tree over one segment, scoring documents in increasing order.
pub enum SegmentScoring {
    Leaf(Box<dyn Scorer>),
    DisMax(Vec<SegmentScoring>, Score),
    Sum(Vec<SegmentScoring>),
    Const(Vec<SegmentScoring>, Score),
}

impl SegmentScoring {
    /// The score of `doc`, or `None` when it does not match. Documents must be asked for in
    /// increasing order (scorers only move forward).
    pub fn score(&mut self, doc: DocId) -> Option<Score> {
        match self {
            SegmentScoring::Leaf(s) => {
                if s.doc() < doc {
                    s.seek(doc);
                }
                (s.doc() == doc).then(|| s.score())
            }
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
