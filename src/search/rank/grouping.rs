//! A collector that groups matching sections by article: the best section leads, a few more
//! are kept, and the number of matching articles is exact.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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
    fn new(article_ord: u64, score: Score, addr: DocAddress) -> Self {
        let mut sections = Vec::with_capacity(MORE_SECTIONS + 1);
        sections.push((score, addr));
        ArticleGroup {
            article_ord,
            score,
            sections,
        }
    }

    /// Keeps the section if it is among the best: an insertion into the short sorted list
    /// (after equal scores, as a stable sort would put it).
    fn push(&mut self, score: Score, addr: DocAddress) {
        if score > self.score {
            self.score = score;
        }
        let at = self
            .sections
            .iter()
            .position(|s| s.0.total_cmp(&score).is_lt())
            .unwrap_or(self.sections.len());
        if at <= MORE_SECTIONS {
            self.sections.insert(at, (score, addr));
            self.sections.truncate(MORE_SECTIONS + 1);
        }
    }
}

/// Hasher for `article_ord` keys: the ordinals are small dense integers that no client
/// chooses, so a multiplicative hash is enough and SipHash's cost (a fifth of a broad query's
/// time at 100,000 articles) is not needed.
#[derive(Default)]
pub struct OrdHasher(u64);

impl Hasher for OrdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type OrdMap<V> = HashMap<u64, V, BuildHasherDefault<OrdHasher>>;

/// Name of the fast field that says which article a section belongs to.
pub const ARTICLE_ORD: &str = "article_ord";

/// Groups every match by its `article_ord` fast field.
pub struct GroupByArticle {
    pub field: String,
}

pub struct GroupSegmentCollector {
    segment: SegmentOrdinal,
    ords: Column<u64>,
    groups: OrdMap<ArticleGroup>,
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
            groups: OrdMap::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<OrdMap<ArticleGroup>>) -> tantivy::Result<Self::Fruit> {
        let capacity = fruits.iter().map(|f| f.len()).max().unwrap_or(0);
        let mut merged: OrdMap<ArticleGroup> =
            OrdMap::with_capacity_and_hasher(capacity, Default::default());
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
        Ok(sorted_groups(merged))
    }
}

/// Groups scored sections, given in document order, by article: the same groups the collector
/// gives for the same sections.
pub fn group_sections(
    sections: impl IntoIterator<Item = (u64, Score, DocAddress)>,
) -> Vec<ArticleGroup> {
    let mut groups = OrdMap::default();
    for (ord, score, addr) in sections {
        groups
            .entry(ord)
            .and_modify(|g: &mut ArticleGroup| g.push(score, addr))
            .or_insert_with(|| ArticleGroup::new(ord, score, addr));
    }
    sorted_groups(groups)
}

/// Best article first; ordinals are unique, so the order is total and an unstable sort gives
/// the same result every time.
fn sorted_groups(groups: OrdMap<ArticleGroup>) -> Vec<ArticleGroup> {
    let mut groups: Vec<ArticleGroup> = groups.into_values().collect();
    groups.sort_unstable_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.article_ord.cmp(&b.article_ord))
    });
    groups
}

impl SegmentCollector for GroupSegmentCollector {
    type Fruit = OrdMap<ArticleGroup>;

    fn collect(&mut self, doc: DocId, score: Score) {
        let Some(ord) = self.ords.first(doc) else {
            return;
        };
        let addr = DocAddress::new(self.segment, doc);
        self.groups
            .entry(ord)
            .and_modify(|g| g.push(score, addr))
            .or_insert_with(|| ArticleGroup::new(ord, score, addr));
    }

    fn harvest(self) -> Self::Fruit {
        self.groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_best_sections_in_order_ties_in_arrival_order() {
        let addr = |d| DocAddress::new(0, d);
        let mut g = ArticleGroup::new(7, 1.0, addr(0));
        for (score, doc) in [(3.0, 1), (2.0, 2), (3.0, 3), (0.5, 4), (2.5, 5), (9.0, 6)] {
            g.push(score, addr(doc));
        }
        let docs: Vec<u32> = g.sections.iter().map(|s| s.1.doc_id).collect();
        assert_eq!(docs, [6, 1, 3, 5]);
        assert_eq!(g.score, 9.0);
    }
}
