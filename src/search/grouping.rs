//! A collector that groups matching sections by article: the best section leads, a few more
//! are kept, and the number of matching articles is exact.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// Sections kept per article besides the best one.
const MORE_SECTIONS: usize = 3;

/// Matching sections of one article, best first.
#[derive(Debug, Clone)]
pub struct ArticleGroup {
    pub article_ord: u64,
    pub score: Score,
    /// (score, section) best first; the first is the lead section.
    pub sections: Vec<(Score, DocAddress)>,
}

impl ArticleGroup {
    fn push(&mut self, score: Score, addr: DocAddress) {
        if score > self.score {
            self.score = score;
        }
        self.sections.push((score, addr));
        self.sections.sort_by(|a, b| b.0.total_cmp(&a.0));
        self.sections.truncate(MORE_SECTIONS + 1);
    }
}

/// Groups every match by its `article_ord` fast field.
pub struct GroupByArticle {
    pub field: String,
}

pub struct GroupSegmentCollector {
    segment: SegmentOrdinal,
    ords: Column<u64>,
    groups: HashMap<u64, ArticleGroup>,
}

impl Collector for GroupByArticle {
    type Fruit = Vec<ArticleGroup>;
    type Child = GroupSegmentCollector;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(GroupSegmentCollector {
            segment,
            ords: reader.fast_fields().u64(&self.field)?,
            groups: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(
        &self,
        fruits: Vec<HashMap<u64, ArticleGroup>>,
    ) -> tantivy::Result<Self::Fruit> {
        let mut merged: HashMap<u64, ArticleGroup> = HashMap::new();
        for fruit in fruits {
            for (ord, group) in fruit {
                match merged.get_mut(&ord) {
                    Some(g) => group.sections.into_iter().for_each(|(s, a)| g.push(s, a)),
                    None => {
                        merged.insert(ord, group);
                    }
                }
            }
        }
        let mut groups: Vec<ArticleGroup> = merged.into_values().collect();
        groups.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.article_ord.cmp(&b.article_ord))
        });
        Ok(groups)
    }
}

impl SegmentCollector for GroupSegmentCollector {
    type Fruit = HashMap<u64, ArticleGroup>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let Some(ord) = self.ords.first(doc) else {
            return;
        };
        let addr = DocAddress::new(self.segment, doc);
        self.groups
            .entry(ord)
            .and_modify(|g| g.push(score, addr))
            .or_insert_with(|| ArticleGroup {
                article_ord: ord,
                score,
                sections: vec![(score, addr)],
            });
    }

    fn harvest(self) -> Self::Fruit {
        self.groups
    }
}
