//! The colloquial lexicon: spoken words and phrases -> their written equivalents, per language.
//! dalil's own entries are compiled in (`<lang>.toml` beside this file, the format of the
//! writers' synonyms files: `"spoken" = ["written", ...]`); a help center extends or overrides
//! them with its own. Every phrase is analysed with its language's full pipeline, so entries
//! match whatever spelling the analyzers unify (hamza, ZWNJ, traditional characters, plurals).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use thiserror::Error;

use crate::analysis::{analyze, words_of};
use crate::content::{parse_synonyms, ColloquialEntry};
use crate::lang::Lang;

/// The built-in lexicon files, compiled in.
const BUILT_IN: [(Lang, &str); 4] = [
    (Lang::Ar, include_str!("ar.toml")),
    (Lang::Fa, include_str!("fa.toml")),
    (Lang::Zh, include_str!("zh.toml")),
    (Lang::En, include_str!("en.toml")),
];

/// A lexicon file that cannot be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum LexiconError {
    /// Not TOML of `"spoken" = ["written", ...]` lines.
    #[error("line {line}: {message}: write each entry as `\"spoken\" = [\"written\", ...]`", line = .line.map_or_else(|| "?".to_string(), |l| l.to_string()))]
    Syntax {
        line: Option<usize>,
        message: String,
    },
    /// A phrase the analyzers turn into no term (only punctuation or spaces).
    #[error("{phrase:?} has no searchable word: remove it or write the word")]
    Empty { phrase: String },
}

/// One entry: a spoken phrase and its written equivalents, as analysed terms.
#[derive(Debug, Clone)]
struct Entry {
    /// The key as written (for overrides).
    key: String,
    spoken: Vec<String>,
    written: Vec<Vec<String>>,
    /// Chinese only: the key's characters as one term (`领出`), when it has two or more and
    /// the segmenter cuts it (`领|出`): found as a word or gram of the query wherever the
    /// query was cut around it (`钱领|出来` holds the gram `领出`).
    joined: Option<String>,
}

/// A Chinese key's characters as one term, when the segmenter cuts the key into several
/// words; None otherwise (other languages, one word, one character).
fn joined(lang: Lang, key: &str) -> Option<String> {
    if lang != Lang::Zh {
        return None;
    }
    let words: Vec<String> = crate::analysis::analyze_exact(lang, key)
        .into_iter()
        .map(|t| t.text)
        .collect();
    let text: String = words.concat();
    (words.len() > 1
        && text.chars().count() >= 2
        && text
            .chars()
            .all(|c| crate::analysis::script_of(&c.to_string()) == crate::analysis::Script::Han))
    .then_some(text)
}

/// Spoken phrases and their written equivalents, per language.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: [Vec<Entry>; Lang::ALL.len()],
    /// Per language, the entries (positions in `entries`) by the first term of their spoken
    /// phrase and by their joined term: a query looks up its own terms instead of trying every
    /// entry at every position (hundreds of entries per language, each query).
    by_term: [HashMap<String, Vec<usize>>; Lang::ALL.len()],
    /// Per language, every term of every spoken phrase.
    spoken_terms: [HashSet<String>; Lang::ALL.len()],
}

/// What the lexicon makes of one query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LexiconMatch {
    /// Written phrases (as analysed terms) for the spoken phrases found, none already there.
    pub written: Vec<Vec<String>>,
    /// For each of `written`, the query terms of the spoken phrases it stands for: ranking
    /// counts a match of the written phrase as a match of those words (query coverage).
    pub sources: Vec<Vec<String>>,
    /// The query terms that belong to a spoken phrase found: the lexicon says what they mean,
    /// so the query builder does not also guess at them (typo corrections, written forms).
    pub covered: Vec<String>,
}

static BUILT_IN_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = Lexicon::default();
    for (lang, text) in BUILT_IN {
        // The files are validated by a unit test; a bad one loses only its own entries, and
        // says so: a lexicon that silently fell away once misled a tuning round's probes.
        match parse(lang, text) {
            Ok(groups) => lexicon.extend(lang, groups),
            Err(e) => tracing::error!(
                lang = lang.code(),
                error = %e,
                "the built-in colloquial lexicon src/analysis/colloquial/{}.toml does not parse; searching without it",
                lang.code()
            ),
        }
    }
    lexicon
});

/// A written phrase as the words the query searches for in a row: one term per position, the
/// longest where terms overlap. A Chinese word comes with its grams at its own position
/// (`电子钱包`, `电子`, `钱包`); searched in a row they would ask for a phrase no text holds.
fn words(lang: Lang, phrase: &str) -> Vec<String> {
    words_of(analyze(lang, phrase))
}

/// Parses one lexicon file of `lang` into entries (key first, then its written phrases), each
/// phrase analysed: the spoken one into every term the query's own analysis gives (it is
/// matched against them), the written ones into words ([`words`]).
fn parse(lang: Lang, text: &str) -> Result<Vec<Entry>, LexiconError> {
    let groups =
        parse_synonyms(text).map_err(|(line, message)| LexiconError::Syntax { line, message })?;
    let analysed = |phrase: &str, written: bool| -> Result<Vec<String>, LexiconError> {
        let t: Vec<String> = if written {
            words(lang, phrase)
        } else {
            analyze(lang, phrase).into_iter().map(|t| t.text).collect()
        };
        if t.is_empty() {
            Err(LexiconError::Empty {
                phrase: phrase.to_string(),
            })
        } else {
            Ok(t)
        }
    };
    groups
        .into_iter()
        .map(|group| {
            let spoken = analysed(&group[0], false)?;
            let written = group[1..]
                .iter()
                .map(|p| analysed(p, true))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Entry {
                joined: joined(lang, &group[0]),
                key: group[0].clone(),
                spoken,
                written,
            })
        })
        .collect()
}

impl Lexicon {
    /// dalil's own lexicon, compiled in.
    pub fn built_in() -> &'static Lexicon {
        &BUILT_IN_LEXICON
    }

    /// This lexicon with a help center's own file of `lang` applied: an entry whose spoken
    /// phrase is already there replaces it, others are added.
    pub fn with_file(&self, lang: Lang, text: &str) -> Result<Lexicon, LexiconError> {
        let mut out = self.clone();
        out.extend(lang, parse(lang, text)?);
        Ok(out)
    }

    /// This lexicon with a help center's entries of `lang` applied (already validated by the
    /// content stage): an entry replaces the one of the same spoken phrase, an entry without
    /// written phrases removes it, and a phrase the analyzers turn into no term is left out.
    pub fn with_entries(&self, lang: Lang, entries: &[ColloquialEntry]) -> Lexicon {
        let mut out = self.clone();
        let terms =
            |p: &str| -> Vec<String> { analyze(lang, p).into_iter().map(|t| t.text).collect() };
        for e in entries {
            let spoken = terms(&e.spoken);
            let list = &mut out.entries[lang.index()];
            list.retain(|old| old.key != e.spoken && (spoken.is_empty() || old.spoken != spoken));
            let written: Vec<Vec<String>> = e
                .written
                .iter()
                .map(|w| words(lang, w))
                .filter(|w| !w.is_empty() && *w != spoken)
                .collect();
            if !spoken.is_empty() && !written.is_empty() {
                list.push(Entry {
                    joined: joined(lang, &e.spoken),
                    key: e.spoken.clone(),
                    spoken,
                    written,
                });
            }
        }
        out.reindex(lang);
        out
    }

    fn extend(&mut self, lang: Lang, entries: Vec<Entry>) {
        let list = &mut self.entries[lang.index()];
        for entry in entries {
            list.retain(|e| e.key != entry.key && e.spoken != entry.spoken);
            list.push(entry);
        }
        self.reindex(lang);
    }

    /// Rebuilds a language's look-up tables after its entries changed.
    fn reindex(&mut self, lang: Lang) {
        let i = lang.index();
        let mut by_term: HashMap<String, Vec<usize>> = HashMap::new();
        let mut spoken_terms = HashSet::new();
        for (at, e) in self.entries[i].iter().enumerate() {
            for term in e.spoken.first().into_iter().chain(&e.joined) {
                let list = by_term.entry(term.clone()).or_default();
                if list.last() != Some(&at) {
                    list.push(at);
                }
            }
            spoken_terms.extend(e.spoken.iter().cloned());
        }
        self.by_term[i] = by_term;
        self.spoken_terms[i] = spoken_terms;
    }

    /// Number of entries of a language.
    pub fn len(&self, lang: Lang) -> usize {
        self.entries[lang.index()].len()
    }

    /// Whether `term` (analysed) is a word of a spoken phrase of `lang`.
    pub fn knows(&self, lang: Lang, term: &str) -> bool {
        self.spoken_terms[lang.index()].contains(term)
    }

    /// Whether a language has no entry.
    pub fn is_empty(&self, lang: Lang) -> bool {
        self.entries[lang.index()].is_empty()
    }

    /// The written phrases for the spoken phrases found in `terms` (a query's analysed terms,
    /// in order), and the terms they cover.
    pub fn lookup(&self, lang: Lang, terms: &[String]) -> LexiconMatch {
        let mut out = LexiconMatch::default();
        let present = |p: &[String]| !p.is_empty() && terms.windows(p.len()).any(|w| w == p);
        let starts = |p: &[String]| -> Vec<usize> {
            if p.is_empty() {
                return Vec::new();
            }
            terms
                .windows(p.len())
                .enumerate()
                .filter(|(_, w)| *w == p)
                .map(|(i, _)| i)
                .collect()
        };
        // Only entries a query term can start (or be, when joined), in the lexicon's order,
        // which decides the order of the written phrases.
        let entries = &self.entries[lang.index()];
        let by_term = &self.by_term[lang.index()];
        let mut candidates: Vec<usize> = terms
            .iter()
            .filter_map(|t| by_term.get(t))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        // (entry, where it starts, how many terms it spans)
        let found: Vec<(&Entry, Vec<usize>, usize)> = candidates
            .into_iter()
            .filter_map(|i| entries.get(i))
            .map(|e| {
                let at = starts(&e.spoken);
                match &e.joined {
                    Some(joined) if at.is_empty() => (e, starts(std::slice::from_ref(joined)), 1),
                    _ => (e, at, e.spoken.len()),
                }
            })
            .filter(|(_, at, _)| !at.is_empty())
            .collect();
        for (entry, at, len) in &found {
            // A phrase found only inside a longer phrase found is that phrase's word, not its
            // own entry: `ستوب اوت` (stop-out) is not `ستوب` (stop loss).
            let len = *len;
            let inside_longer = |s: &usize| {
                found.iter().any(|(_, other_at, other_len)| {
                    *other_len > len
                        && other_at
                            .iter()
                            .any(|o| *o <= *s && s + len <= o + other_len)
                })
            };
            if at.iter().all(inside_longer) {
                continue;
            }
            for term in entry.spoken.iter().chain(&entry.joined) {
                if !out.covered.contains(term) {
                    out.covered.push(term.clone());
                }
            }
            for phrase in &entry.written {
                if present(phrase) {
                    continue;
                }
                match out.written.iter().position(|w| w == phrase) {
                    Some(i) => {
                        let sources = &mut out.sources[i];
                        for term in entry.spoken.iter().chain(&entry.joined) {
                            if !sources.contains(term) {
                                sources.push(term.clone());
                            }
                        }
                    }
                    None => {
                        out.written.push(phrase.clone());
                        out.sources
                            .push(entry.spoken.iter().chain(&entry.joined).cloned().collect());
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Lang, q: &str) -> Vec<String> {
        analyze(lang, q).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn every_built_in_file_parses_and_every_phrase_has_a_term() {
        for (lang, text) in BUILT_IN {
            let entries = parse(lang, text).unwrap_or_else(|e| panic!("{lang}.toml: {e}"));
            assert!(entries.len() >= 10, "{lang}: {} entries", entries.len());
            // Name the clashing keys: two keys that analyse alike are hard to spot by eye.
            let mut first_key: HashMap<&[String], &str> = HashMap::new();
            let clashes: Vec<(&str, &str)> = entries
                .iter()
                .filter_map(|e| {
                    first_key
                        .insert(&e.spoken, &e.key)
                        .map(|earlier| (earlier, e.key.as_str()))
                })
                .collect();
            assert!(clashes.is_empty(), "{lang}: duplicate keys {clashes:?}");
            assert_eq!(
                Lexicon::built_in().len(lang),
                entries.len(),
                "{lang}: duplicate keys"
            );
            for e in &entries {
                assert!(!e.written.is_empty(), "{lang} {:?}: no written form", e.key);
                assert!(
                    !e.written.contains(&e.spoken),
                    "{lang} {:?}: its own written form",
                    e.key
                );
            }
        }
    }

    #[test]
    fn every_entry_names_the_tuning_query_it_is_for() {
        for (lang, text) in BUILT_IN {
            for (n, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                assert!(
                    line.contains("] # "),
                    "{lang}.toml:{}: name the tuning query the entry is for in a comment",
                    n + 1
                );
            }
        }
    }

    #[test]
    fn spoken_phrases_give_their_written_forms() {
        let lexicon = Lexicon::built_in();
        let m = lexicon.lookup(Lang::Ar, &terms(Lang::Ar, "ازاي اسحب فلوسي"));
        assert!(m.written.contains(&terms(Lang::Ar, "أموال")), "{m:?}");
        assert!(m.covered.contains(&terms(Lang::Ar, "فلوسي")[0]), "{m:?}");
        let written = terms(Lang::Ar, "أموال");
        let at = m.written.iter().position(|w| *w == written);
        assert_eq!(
            at.map(|i| m.sources[i].clone()),
            Some(terms(Lang::Ar, "فلوسي")),
            "{m:?}"
        );
        let m = lexicon.lookup(Lang::Zh, &terms(Lang::Zh, "爆仓了"));
        assert!(m.written.contains(&terms(Lang::Zh, "强平")), "{m:?}");
        let m = lexicon.lookup(Lang::En, &terms(Lang::En, "how do i cash out"));
        assert!(m.written.contains(&terms(Lang::En, "withdraw")), "{m:?}");
        assert_eq!(
            lexicon.lookup(Lang::En, &terms(Lang::En, "withdrawal fee")),
            LexiconMatch::default()
        );
    }

    #[test]
    fn a_written_chinese_phrase_is_its_words_without_their_grams() {
        assert_eq!(words(Lang::Zh, "电子钱包"), ["电子钱包"]);
        let m = Lexicon::built_in().lookup(Lang::Zh, &terms(Lang::Zh, "能用支付宝吗"));
        assert_eq!(m.written, [["电子钱包".to_string()]], "{m:?}");
        assert_eq!(
            words(Lang::En, "demo account"),
            terms(Lang::En, "demo account")
        );
    }

    #[test]
    fn a_chinese_key_the_segmenter_cuts_is_found_as_one_gram() {
        // `领出` is cut `领|出` alone and `钱领|出来` in the query: its gram still meets.
        let m = Lexicon::built_in().lookup(Lang::Zh, &terms(Lang::Zh, "我想把錢領出來"));
        assert!(m.written.contains(&words(Lang::Zh, "提现")), "{m:?}");
        assert_eq!(joined(Lang::Zh, "领出").as_deref(), Some("领出"));
        // One word, one character, or another language: nothing to join.
        assert_eq!(joined(Lang::Zh, "提现"), None);
        assert_eq!(joined(Lang::Zh, "装"), None);
        assert_eq!(joined(Lang::En, "cash out"), None);
        // A one-character key is never found inside a word: `领导` is not `领`.
        let m = Lexicon::built_in().lookup(Lang::Zh, &terms(Lang::Zh, "找你们领导"));
        assert!(!m.written.contains(&words(Lang::Zh, "提现")), "{m:?}");
    }

    #[test]
    fn a_phrase_inside_a_longer_phrase_found_is_the_longer_ones() {
        let lexicon = Lexicon::built_in()
            .with_file(
                Lang::En,
                "\"stop\" = [\"stop-loss\"]\n\"stop out\" = [\"margin level\"]\n",
            )
            .expect("valid file");
        let m = lexicon.lookup(Lang::En, &terms(Lang::En, "what is a stop out"));
        assert_eq!(m.written, [terms(Lang::En, "margin level")], "{m:?}");
        // Found on its own elsewhere in the query, the shorter one counts too.
        let m = lexicon.lookup(Lang::En, &terms(Lang::En, "stop out or stop"));
        assert!(m.written.contains(&terms(Lang::En, "stop-loss")), "{m:?}");
    }

    #[test]
    fn a_help_center_extends_and_overrides() {
        let base = Lexicon::built_in();
        let custom = base
            .with_file(
                Lang::En,
                "\"cash out\" = [\"payout\"]\n\"dosh\" = [\"money\"]\n",
            )
            .expect("valid file");
        let m = custom.lookup(Lang::En, &terms(Lang::En, "cash out my dosh"));
        assert!(m.written.contains(&terms(Lang::En, "payout")), "{m:?}");
        assert!(!m.written.contains(&terms(Lang::En, "withdraw")), "{m:?}");
        assert!(m.written.contains(&terms(Lang::En, "money")), "{m:?}");
        assert_eq!(custom.len(Lang::En), base.len(Lang::En) + 1);
        let err = base
            .with_file(Lang::En, "a = [\"b\"]\nwithdraw = \"x\"\n")
            .unwrap_err();
        assert!(
            matches!(err, LexiconError::Syntax { line: Some(2), .. }),
            "{err}"
        );
        let err = base.with_file(Lang::En, "\"?!\" = [\"b\"]\n").unwrap_err();
        assert!(matches!(err, LexiconError::Empty { .. }), "{err}");
    }

    #[test]
    fn a_help_centers_entries_add_replace_and_remove() {
        let entry = |spoken: &str, written: &[&str]| ColloquialEntry {
            spoken: spoken.into(),
            written: written.iter().map(|w| w.to_string()).collect(),
        };
        let base = Lexicon::built_in();
        let custom = base.with_entries(
            Lang::En,
            &[
                entry("dosh", &["money"]),
                entry("cash out", &["payout"]),
                entry("acct", &[]),
                entry("...", &["money"]),
            ],
        );
        let m = custom.lookup(Lang::En, &terms(Lang::En, "cash out my dosh acct"));
        assert!(m.written.contains(&terms(Lang::En, "money")), "{m:?}");
        assert!(m.written.contains(&terms(Lang::En, "payout")), "{m:?}");
        assert!(!m.written.contains(&terms(Lang::En, "withdraw")), "{m:?}");
        assert!(!m.written.contains(&terms(Lang::En, "account")), "{m:?}");
        // An entry the analyzers reduce to nothing is left out.
        assert_eq!(custom.len(Lang::En), base.len(Lang::En));
    }
}
