//! Synonyms as a build stores them (the writers' phrases, `synonyms.json`) and as searches use
//! them (each phrase analysed into the terms the index holds).

use crate::analysis::{words_of, AnalysisOptions};
use crate::content::Synonyms;
use crate::lang::Lang;

/// Analysed synonym groups per language: group -> phrases.
#[derive(Debug, Clone, Default)]
pub struct SynonymTable {
    groups: [Vec<Vec<Phrase>>; Lang::ALL.len()],
}

/// One phrase of a group, analysed.
#[derive(Debug, Clone, PartialEq)]
struct Phrase {
    /// Every term the analysis gives, as a query's terms are: what is looked for in a query.
    terms: Vec<String>,
    /// One term per position ([`words_of`]): what is searched for in a row. A Chinese word
    /// comes with its grams at its own position (`谷歌验证器`, `谷歌`, `验证`, ...); as a phrase
    /// they would ask for a sequence no text holds.
    words: Vec<String>,
}

impl SynonymTable {
    /// Analyses every phrase with its language's full pipeline, as `analysis` sets it up.
    pub fn new(synonyms: &Synonyms, analysis: AnalysisOptions) -> Self {
        let mut table = SynonymTable::default();
        for (&lang, groups) in synonyms {
            table.groups[lang.index()] = groups
                .iter()
                .map(|g| {
                    g.iter()
                        .map(|phrase| {
                            let tokens = analysis.analyze(lang, phrase);
                            Phrase {
                                terms: tokens.iter().map(|t| t.text.clone()).collect(),
                                words: words_of(tokens),
                            }
                        })
                        .filter(|p| !p.terms.is_empty())
                        .collect::<Vec<_>>()
                })
                .filter(|g| g.len() > 1)
                .collect();
        }
        table
    }

    /// The phrases equivalent to a phrase found in `terms` (a query's analysed terms, in
    /// order), without the ones already there, each as its words in a row.
    pub fn alternatives(&self, lang: Lang, terms: &[String]) -> Vec<Vec<String>> {
        self.alternatives_with_sources(lang, terms)
            .into_iter()
            .map(|(phrase, _)| phrase)
            .collect()
    }

    /// [`SynonymTable::alternatives`], each with the query terms of the phrases of its group
    /// found in `terms`: the words it stands for (ranking counts a match of the alternative as
    /// a match of them).
    pub fn alternatives_with_sources(
        &self,
        lang: Lang,
        terms: &[String],
    ) -> Vec<(Vec<String>, Vec<String>)> {
        let mut out: Vec<(Vec<String>, Vec<String>)> = Vec::new();
        for group in &self.groups[lang.index()] {
            let present = |p: &&Phrase| {
                terms
                    .windows(p.terms.len())
                    .any(|w| w == p.terms.as_slice())
            };
            let mut found: Vec<String> = Vec::new();
            for t in group.iter().filter(present).flat_map(|p| &p.terms) {
                if !found.contains(t) {
                    found.push(t.clone());
                }
            }
            if found.is_empty() {
                continue;
            }
            for p in group.iter().filter(|p| !present(p)).map(|p| &p.words) {
                match out.iter_mut().find(|(q, _)| q == p) {
                    Some((_, sources)) => {
                        for t in &found {
                            if !sources.contains(t) {
                                sources.push(t.clone());
                            }
                        }
                    }
                    None => out.push((p.clone(), found.clone())),
                }
            }
        }
        out
    }

    /// Number of groups in a language.
    pub fn len(&self, lang: Lang) -> usize {
        self.groups[lang.index()].len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    #[test]
    fn finds_phrases_and_offers_the_rest_of_the_group() {
        let mut s = Synonyms::new();
        s.insert(
            Lang::En,
            vec![vec!["withdraw".into(), "cash out".into(), "payout".into()]],
        );
        let table = SynonymTable::new(&s, AnalysisOptions::default());
        let q: Vec<String> = analyze(Lang::En, "how to cash out to my card")
            .into_iter()
            .map(|t| t.text)
            .collect();
        let alts = table.alternatives(Lang::En, &q);
        assert!(alts.contains(&vec!["withdraw".to_string()]), "{alts:?}");
        assert!(alts.contains(&vec!["payout".to_string()]), "{alts:?}");
        // Each alternative stands for the words of the phrase found.
        let sourced = table.alternatives_with_sources(Lang::En, &q);
        assert_eq!(sourced.len(), alts.len());
        let cash_out: Vec<String> = analyze(Lang::En, "cash out")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert!(
            sourced
                .iter()
                .all(|(phrase, sources)| alts.contains(phrase) && *sources == cash_out),
            "{sourced:?}"
        );
        assert!(table
            .alternatives(Lang::En, &["card".to_string()])
            .is_empty());
        assert!(table.alternatives(Lang::Fa, &q).is_empty());
    }

    #[test]
    fn a_chinese_phrase_is_searched_as_its_words_not_its_grams() {
        let mut s = Synonyms::new();
        s.insert(Lang::Zh, vec![vec!["双重验证".into(), "谷歌验证器".into()]]);
        let table = SynonymTable::new(&s, AnalysisOptions::default());
        let terms = |text: &str| -> Vec<String> {
            analyze(Lang::Zh, text)
                .into_iter()
                .map(|t| t.text)
                .collect()
        };
        // The query's terms hold the word with its grams, and so does the phrase looked for.
        let alts = table.alternatives_with_sources(Lang::Zh, &terms("怎么关双重验证"));
        let all = terms("谷歌验证器");
        let words = words_of(analyze(Lang::Zh, "谷歌验证器"));
        assert!(
            words.len() < all.len(),
            "{all:?} has grams beside its words"
        );
        // The alternative searched is its words in a row, a phrase text can hold.
        assert_eq!(alts.len(), 1, "{alts:?}");
        assert_eq!(alts[0].0, words);
        assert_eq!(alts[0].1, terms("双重验证"));
    }
}
