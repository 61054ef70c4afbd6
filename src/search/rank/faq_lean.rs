//! The FAQ lean (issue 16): how much a query's words lean toward an FAQ's answer rather than a
//! guide's, counted over customers' own questions.
//!
//! Most colloquial misses are the right article second, behind its sibling on the same subject:
//! the deposit guide against the deposits FAQ, the withdrawal guide against the withdrawals FAQ.
//! Which one answers is told by the customer's words around the subject ("still", "since
//! Monday", "declined", "woke up to"), not by the subject, and those words are the same in
//! every help center that splits a subject into a guide and its FAQ. The query-shape prior
//! (`shape.rs`) reads a few of them by hand; this reads all of them by their counts: for each
//! word, in how many questions answered by an FAQ and in how many answered by another article
//! it appeared (`faq_lean/<lang>.tsv`, counted from the tuning parts of our colloquial query
//! sets; the parts kept aside never enter). A query's words give a naive-Bayes change of the
//! log odds that an FAQ answers; when its best [`FAQ_LEAN_DEPTH`] articles hold both an FAQ
//! and another article, the kind it leans to rises by it times a small weight, bounded, so a
//! guide that matches far better stays ahead. Only rises: the order below those few articles
//! cannot change. Among articles of one kind nothing moves, nor where two languages' lists
//! are merged (Arabic-script text searched as Arabic and Persian when no language is given).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::LazyLock;

use crate::lang::Lang;

/// Articles of a query moved by the lean: the siblings a customer hesitates between.
pub const FAQ_LEAN_DEPTH: usize = 3;

/// Different counted questions a word must appear in before it speaks.
pub const MIN_LEAN_QUERIES: u32 = 3;

/// Largest rise of an article score's logarithm (a factor of e): the lean settles close calls
/// between siblings, it does not overturn a clear match.
const MAX_LOG_FACTOR: f32 = 1.0;

/// The counts files, compiled in.
const COUNTS: [(Lang, &str); 4] = [
    (Lang::Ar, include_str!("faq_lean/ar.tsv")),
    (Lang::Fa, include_str!("faq_lean/fa.tsv")),
    (Lang::Zh, include_str!("faq_lean/zh.tsv")),
    (Lang::En, include_str!("faq_lean/en.tsv")),
];

/// The first field of the line holding a file's totals (no analysed word is `*`).
const TOTALS: &str = "*";

static BUILT_IN: LazyLock<FaqLean> = LazyLock::new(|| {
    let mut lean = FaqLean::default();
    for (lang, text) in COUNTS {
        // The files are generated and checked by `tests/it/faq_lean.rs`; a line that does not
        // parse is skipped rather than taking search down.
        lean.langs.insert(lang, LangCounts::parse(text));
    }
    lean
});

/// One language's counts: questions answered by an FAQ and by another article, overall and per
/// word.
#[derive(Debug, Clone, Default, PartialEq)]
struct LangCounts {
    faq: u32,
    other: u32,
    words: HashMap<String, (u32, u32)>,
}

impl LangCounts {
    /// Reads `word<TAB>faq<TAB>other` lines; `#` starts a comment line.
    fn parse(text: &str) -> Self {
        let mut counts = LangCounts::default();
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut fields = line.split('\t');
            let (Some(word), Some(faq), Some(other), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let (Ok(faq), Ok(other)) = (faq.parse::<u32>(), other.parse::<u32>()) else {
                continue;
            };
            if word == TOTALS {
                (counts.faq, counts.other) = (faq, other);
            } else {
                counts.words.insert(word.to_string(), (faq, other));
            }
        }
        counts
    }

    /// The change of the log odds that an FAQ answers, given the words (each counted once).
    fn log_odds(&self, words: &[&str]) -> f32 {
        let total = (self.faq + self.other) as f32;
        if total == 0.0 {
            return 0.0;
        }
        // The FAQ share overall, smoothed; a word's share is smoothed toward it.
        let p = (self.faq as f32 + 1.0) / (total + 2.0);
        let mut sum = 0.0;
        for w in words {
            let Some(&(faq, other)) = self.words.get(*w) else {
                continue;
            };
            if faq + other < MIN_LEAN_QUERIES {
                continue;
            }
            let given = (faq as f32 + 2.0 * p) / ((faq + other) as f32 + 2.0);
            sum += (given / p).ln() - ((1.0 - given) / (1.0 - p)).ln();
        }
        sum
    }
}

/// Word counts of questions answered by FAQs and by other articles, per language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FaqLean {
    langs: HashMap<Lang, LangCounts>,
}

impl FaqLean {
    /// dalil's own counts, compiled in.
    pub fn built_in() -> &'static FaqLean {
        &BUILT_IN
    }

    /// Counts labelled questions: (language, the question's [`super::query_key`], whether an
    /// FAQ answers it).
    pub fn count<'a>(questions: impl IntoIterator<Item = (Lang, &'a str, bool)>) -> Self {
        let mut lean = FaqLean::default();
        for (lang, key, faq) in questions {
            let counts = lean.langs.entry(lang).or_default();
            if faq {
                counts.faq += 1;
            } else {
                counts.other += 1;
            }
            let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
            words.sort_unstable();
            words.dedup();
            for w in words {
                let entry = counts.words.entry(w.to_string()).or_default();
                if faq {
                    entry.0 += 1;
                } else {
                    entry.1 += 1;
                }
            }
        }
        lean
    }

    /// One language's counts file: the totals, then every word of at least
    /// [`MIN_LEAN_QUERIES`] questions, in byte order, under `header` (comment lines).
    pub fn file(&self, lang: Lang, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            let _ = writeln!(out, "# {line}");
        }
        let Some(counts) = self.langs.get(&lang) else {
            return out;
        };
        let _ = writeln!(out, "{TOTALS}\t{}\t{}", counts.faq, counts.other);
        let mut words: Vec<(&String, &(u32, u32))> = counts
            .words
            .iter()
            .filter(|(_, (f, o))| f + o >= MIN_LEAN_QUERIES)
            .collect();
        words.sort_unstable();
        for (w, (f, o)) in words {
            let _ = writeln!(out, "{w}\t{f}\t{o}");
        }
        out
    }

    /// The factor an article's score takes for a query of `words` (its [`super::query_key`]
    /// split at spaces) in `lang`, with `weight`: above 1 for the kind the words lean to (an
    /// FAQ or another article), 1 for the other kind, at weight 0 and where nothing was counted.
    pub fn factor(&self, lang: Lang, words: &[&str], is_faq: bool, weight: f32) -> f32 {
        Self::factor_of(self.log_odds(lang, words), is_faq, weight)
    }

    /// [`FaqLean::factor`] for a query whose [`FaqLean::log_odds`] are known.
    pub fn factor_of(log_odds: f32, is_faq: bool, weight: f32) -> f32 {
        let toward_faq = (weight * log_odds).clamp(-MAX_LOG_FACTOR, MAX_LOG_FACTOR);
        let rise = if is_faq { toward_faq } else { -toward_faq };
        rise.max(0.0).exp()
    }

    /// The change of the log odds that an FAQ answers a query of `words` in `lang`.
    pub fn log_odds(&self, lang: Lang, words: &[&str]) -> f32 {
        let mut words = words.to_vec();
        words.sort_unstable();
        words.dedup();
        self.langs.get(&lang).map_or(0.0, |c| c.log_odds(&words))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted() -> FaqLean {
        let mut questions = Vec::new();
        // "still" comes with FAQ answers, "how" with guides, "deposit" with both.
        for _ in 0..6 {
            questions.push((Lang::En, "deposit still not here", true));
            questions.push((Lang::En, "how deposit card", false));
        }
        questions.push((Lang::En, "rare word", true));
        FaqLean::count(questions)
    }

    #[test]
    fn words_of_faq_answered_questions_lift_faqs_and_those_of_guides_lift_guides() {
        let lean = counted();
        let up = lean.factor(Lang::En, &["still"], true, 0.2);
        let other = lean.factor(Lang::En, &["still"], false, 0.2);
        assert!(up > 1.0 && other == 1.0, "{up} {other}");
        assert_eq!(lean.factor(Lang::En, &["how"], true, 0.2), 1.0);
        assert!(lean.factor(Lang::En, &["how"], false, 0.2) > 1.0);
    }

    #[test]
    fn a_word_of_both_kinds_or_too_few_questions_or_another_language_is_silent() {
        let lean = counted();
        assert!(lean.log_odds(Lang::En, &["deposit"]).abs() < 0.2);
        assert_eq!(lean.log_odds(Lang::En, &["rare"]), 0.0);
        assert_eq!(lean.log_odds(Lang::Ar, &["still"]), 0.0);
        assert_eq!(lean.factor(Lang::En, &["still"], true, 0.0), 1.0);
    }

    #[test]
    fn a_repeated_word_counts_once_and_the_factor_is_bounded() {
        let lean = counted();
        assert_eq!(
            lean.log_odds(Lang::En, &["still", "still"]),
            lean.log_odds(Lang::En, &["still"])
        );
        let many = ["still", "not", "here", "still"];
        let f = lean.factor(Lang::En, &many, true, 10.0);
        assert!((f - MAX_LOG_FACTOR.exp()).abs() < 1e-5, "{f}");
    }

    #[test]
    fn the_file_reads_back_to_the_counts_it_was_written_from() {
        let lean = counted();
        let text = lean.file(Lang::En, "counted in a test\nsecond line");
        assert!(
            text.starts_with("# counted in a test\n# second line\n*\t7\t6\n"),
            "{text}"
        );
        assert!(
            !text.contains("rare"),
            "a word of one question is not written: {text}"
        );
        let read = LangCounts::parse(&text);
        let mut kept = lean.langs[&Lang::En].clone();
        kept.words.retain(|_, (f, o)| *f + *o >= MIN_LEAN_QUERIES);
        assert_eq!(read, kept);
    }

    #[test]
    fn lines_that_do_not_parse_are_skipped() {
        let read =
            LangCounts::parse("*\t3\t4\nword\t1\nword2\tx\t1\nword3\t2\t2\textra\nok\t2\t1\n");
        assert_eq!((read.faq, read.other), (3, 4));
        assert_eq!(read.words.len(), 1);
        assert_eq!(read.words["ok"], (2, 1));
    }

    /// A deposit guide whose section names the bank transfer, and the FAQ answering a deposit
    /// that has not arrived; `faq_kind` is the second article's `type`.
    fn deposit_siblings(
        dir: &std::path::Path,
        faq_kind: &str,
        weight: f32,
    ) -> crate::search::Engine {
        let faq = format!(
            "---\ntitle: Deposits FAQ\ntype: {faq_kind}\n---\n\n## My deposit has not arrived\n\n\
A bank transfer can take a few working days to reach your balance.\n"
        );
        let files = [
            (
                "en/deposit-methods.md",
                "---\ntitle: Ways to deposit\ntype: tutorial\n---\n\n## Bank transfer\n\n\
Send a bank transfer from an account in your own name.\n",
            ),
            ("en/deposits-faq.md", faq.as_str()),
        ];
        let params = crate::search::RankingParams {
            faq_lean_weight: weight,
            ..crate::search::RankingParams::default()
        };
        crate::search::Engine::with_params(crate::index::open_files(dir, &files), params)
    }

    /// The articles' ids and scores, best first, as the ranking leaves them.
    fn ranked(engine: &crate::search::Engine, q: &str) -> Vec<(String, f32)> {
        let searcher = engine.searcher();
        let filters = crate::search::query::Filters::default();
        let ranked = engine
            .rank(&searcher, q, &[Lang::En], &filters, true, 5)
            .expect("rank");
        let catalog = &engine.index().catalog;
        ranked
            .groups
            .iter()
            .filter_map(|g| Some((catalog.by_ord(g.article_ord)?.id.clone(), g.score)))
            .collect()
    }

    #[test]
    fn a_problem_s_words_raise_the_faq_and_articles_of_one_kind_keep_their_scores() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let q = "bank transfer since monday still not here";
        let off = ranked(&deposit_siblings(&tmp.path().join("off"), "faq", 0.0), q);
        let on = ranked(&deposit_siblings(&tmp.path().join("on"), "faq", 0.2), q);
        let score = |r: &[(String, f32)], id: &str| r.iter().find(|h| h.0 == id).map(|h| h.1);
        // The FAQ rises by the lean of the query's words, as far as the bound...
        let key = crate::search::query_key("en", q);
        let words: Vec<&str> = key.split(' ').collect();
        let expected = FaqLean::built_in().factor(Lang::En, &words, true, 0.2);
        assert!(expected > 1.5, "these words lean to an FAQ: {expected}");
        let rise =
            score(&on, "deposits-faq").unwrap_or(0.0) / score(&off, "deposits-faq").unwrap_or(1.0);
        assert!(
            (rise - expected).abs() < 1e-3,
            "{rise} {expected} {off:?} {on:?}"
        );
        // ... and only the FAQ rose: the guide keeps its score.
        assert_eq!(
            off.iter().find(|r| r.0 == "deposit-methods"),
            on.iter().find(|r| r.0 == "deposit-methods")
        );
        // Two guides: nothing moves.
        let off = ranked(
            &deposit_siblings(&tmp.path().join("off2"), "tutorial", 0.0),
            q,
        );
        let on = ranked(
            &deposit_siblings(&tmp.path().join("on2"), "tutorial", 0.2),
            q,
        );
        assert_eq!(off, on);
    }

    #[test]
    fn an_engine_given_other_counts_leans_by_them() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let q = "bank transfer since monday still not here";
        let off = ranked(&deposit_siblings(&tmp.path().join("off"), "faq", 0.0), q);
        // Counts that know none of the query's words: nothing moves, as with the lean off.
        let silent = deposit_siblings(&tmp.path().join("silent"), "faq", 0.2)
            .with_faq_lean(FaqLean::default());
        assert_eq!(ranked(&silent, q), off);
        // Counts where "still" comes with guides' answers: the guide rises, not the FAQ.
        let guides: Vec<(Lang, &str, bool)> = (0..6)
            .flat_map(|_| [(Lang::En, "still", false), (Lang::En, "steps", true)])
            .collect();
        let turned = deposit_siblings(&tmp.path().join("turned"), "faq", 0.2)
            .with_faq_lean(FaqLean::count(guides));
        let on = ranked(&turned, q);
        let score = |r: &[(String, f32)], id: &str| r.iter().find(|h| h.0 == id).map(|h| h.1);
        assert_eq!(score(&on, "deposits-faq"), score(&off, "deposits-faq"));
        assert!(
            score(&on, "deposit-methods") > score(&off, "deposit-methods"),
            "{off:?} {on:?}"
        );
    }

    #[test]
    fn the_built_in_counts_hold_every_language() {
        for lang in Lang::ALL {
            let c = &FaqLean::built_in().langs[&lang];
            assert!(c.faq > 0 && c.other > 0 && !c.words.is_empty(), "{lang}");
        }
    }
}
