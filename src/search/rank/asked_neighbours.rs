//! The customers' questions closest to a query (`content/asked/`), as votes for their articles.
//!
//! The learned words ([`super::asked_vocabulary`]) weigh each word on its own, so a question of
//! many common words says little. A query worded like a few filed questions as a whole (a
//! customer telling the same situation) is better evidence: its [`NEIGHBOURS`] closest
//! questions, by the rare words they share (BM25-like, lightly normalised by length), vote for
//! their articles in proportion to their closeness, and each of the query's best few articles
//! is raised by its share of the vote, times a weight (`[ranking] asked_neighbours`).

use std::cell::RefCell;
use std::collections::HashMap;

use super::asked::filed_questions;
use super::vocabulary::ArticleKey;
use crate::analysis::AnalysisOptions;
use crate::content::Asked;
use crate::lang::Lang;

/// Closest questions that vote: few enough that one need's questions outvote the rest, enough
/// that one odd question does not decide (chosen on the tuning parts, docs/RELEVANCE.md).
pub const NEIGHBOURS: usize = 8;

/// How much a long question's closeness is discounted (BM25's `b`): long questions share more
/// words by chance, but a whole situation told is still good evidence.
const LENGTH_NORM: f32 = 0.3;

/// Share of the questions above which a word is not looked at: a word that many questions hold
/// ("my", "i", "吗") says nothing about which need they tell, and its postings are most of a
/// search's cost.
const COMMON_WORD_SHARE: f32 = 0.2;

/// Questions a word must be held by before it can count as common: in a short file every word
/// is in a fifth of the questions.
const MIN_COMMON_HOLDERS: f32 = 50.0;

/// Largest change of a score's logarithm, as for the learned words.
const MAX_LOG_LIFT: f32 = 2.0;

/// Term -> the questions holding it (their places in the language's list).
type TermHolders = HashMap<String, Vec<u32>>;

/// One filed question: the articles it is filed under and its number of distinct terms.
#[derive(Debug, Clone, PartialEq)]
struct Question {
    articles: Vec<String>,
    terms: u32,
}

/// One language's filed questions, searchable by term.
#[derive(Debug, Clone, Default, PartialEq)]
struct LangQuestions {
    questions: Vec<Question>,
    /// Term -> the questions holding it, each with what the term adds to its closeness: the
    /// term's inverse document frequency over the questions, divided by the question's length
    /// factor (`1 - b + b × terms / mean terms`).
    postings: HashMap<String, Vec<(u32, f32)>>,
}

impl LangQuestions {
    /// The share of the closest questions' vote each article takes (shares sum to 1), or
    /// nothing when no question shares a term with the query.
    fn shares(&self, terms: &[&str]) -> Vec<(&str, f32)> {
        let mut words: Vec<&str> = terms.to_vec();
        words.sort_unstable();
        words.dedup();
        let closest = SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut s) => {
                let (closeness, touched) = &mut *s;
                self.closest(&words, closeness, touched)
            }
            Err(_) => self.closest(&words, &mut Vec::new(), &mut Vec::new()),
        });
        let total: f32 = closest.iter().map(|(_, c)| c).sum();
        let mut shares: Vec<(&str, f32)> = Vec::new();
        if total <= 0.0 {
            return shares;
        }
        for (i, c) in closest {
            let articles = &self.questions[i as usize].articles;
            let vote = c / total / articles.len() as f32;
            for a in articles {
                match shares.iter_mut().find(|(id, _)| *id == a.as_str()) {
                    Some((_, s)) => *s += vote,
                    None => shares.push((a.as_str(), vote)),
                }
            }
        }
        shares
    }

    /// The [`NEIGHBOURS`] questions closest to `words`, with their closeness, computed in
    /// `closeness` (by question) and `touched` (the questions written), both left empty or
    /// zeroed for the next search.
    fn closest(
        &self,
        words: &[&str],
        closeness: &mut Vec<f32>,
        touched: &mut Vec<u32>,
    ) -> Vec<(u32, f32)> {
        closeness.resize(closeness.len().max(self.questions.len()), 0.0);
        touched.clear();
        for w in words {
            let Some(holders) = self.postings.get(*w) else {
                continue;
            };
            for &(i, adds) in holders {
                let c = &mut closeness[i as usize];
                if *c == 0.0 {
                    touched.push(i);
                }
                *c += adds;
            }
        }
        let mut closest: Vec<(u32, f32)> = touched
            .iter()
            .map(|&i| (i, std::mem::take(&mut closeness[i as usize])))
            .collect();
        // Closest first; among equals the earlier question, so that every search agrees.
        let closer = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if closest.len() > NEIGHBOURS {
            closest.select_nth_unstable_by(NEIGHBOURS - 1, closer);
            closest.truncate(NEIGHBOURS);
        }
        closest
    }
}

thread_local! {
    /// A search's closeness by question and the questions it wrote, kept for the thread's next
    /// search (zeroed where written): allocating and freeing them on every search showed in
    /// the profile.
    static SCRATCH: RefCell<(Vec<f32>, Vec<u32>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// The filed questions of every language, and the weight their votes rank with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AskedNeighbours {
    weight: f32,
    langs: HashMap<Lang, LangQuestions>,
}

impl AskedNeighbours {
    /// The questions of `asked` (each normalised, the same one filed twice counted once),
    /// voting with `weight` (0 or less, or not finite: off).
    pub fn new(asked: &Asked, analysis: AnalysisOptions, weight: f32) -> Self {
        if !(weight.is_finite() && weight > 0.0) {
            return AskedNeighbours::default();
        }
        // Each filed question once, in the order of the normalised questions (so that equals
        // tie the same way on every open); its terms are the full pipeline's, as the query's
        // are searched (`الرمز` and `رمز` are one term), not the key's surface forms.
        let grouped = filed_questions(asked)
            .into_iter()
            .map(|((lang, _), (q, articles))| {
                let terms: Vec<String> = analysis
                    .analyze(lang, q)
                    .into_iter()
                    .map(|t| t.text)
                    .collect();
                let articles: Vec<String> = articles.into_iter().map(str::to_string).collect();
                (lang, terms, articles)
            });
        // Per language: the questions, and each term's questions.
        let mut holding: HashMap<Lang, (Vec<Question>, TermHolders)> = HashMap::new();
        for (lang, terms, articles) in grouped {
            let mut terms: Vec<&str> = terms.iter().map(String::as_str).collect();
            terms.sort_unstable();
            terms.dedup();
            if terms.is_empty() {
                continue;
            }
            let (questions, postings) = holding.entry(lang).or_default();
            let id = questions.len() as u32;
            for t in &terms {
                postings.entry((*t).to_string()).or_default().push(id);
            }
            questions.push(Question {
                articles,
                terms: terms.len() as u32,
            });
        }
        let mut langs: HashMap<Lang, LangQuestions> = HashMap::new();
        for (lang, (questions, postings)) in holding {
            let n = questions.len() as f32;
            let mean_terms = questions.iter().map(|q| q.terms as f32).sum::<f32>() / n;
            let length: Vec<f32> = questions
                .iter()
                .map(|q| 1.0 - LENGTH_NORM + LENGTH_NORM * q.terms as f32 / mean_terms)
                .collect();
            let postings = postings
                .into_iter()
                .filter(|(_, holders)| {
                    holders.len() as f32 <= (COMMON_WORD_SHARE * n).max(MIN_COMMON_HOLDERS)
                })
                .map(|(term, holders)| {
                    let df = holders.len() as f32;
                    let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                    let adds = holders
                        .into_iter()
                        .map(|i| (i, idf / length[i as usize]))
                        .collect();
                    (term, adds)
                })
                .collect();
            langs.insert(
                lang,
                LangQuestions {
                    questions,
                    postings,
                },
            );
        }
        AskedNeighbours { weight, langs }
    }

    /// Whether it has questions in `lang` (and a weight).
    pub fn has(&self, lang: Lang) -> bool {
        self.langs.contains_key(&lang)
    }

    /// The factor each of `articles` takes for a query of `terms` (as the language's full
    /// pipeline emits them: a plan's terms) searched in `lang`: `e^(weight × share of the closest questions' vote)`,
    /// 1 for an article of another language or where nothing is filed.
    pub fn factors(&self, lang: Lang, terms: &[&str], articles: &[ArticleKey]) -> Vec<f32> {
        let Some(lq) = self.langs.get(&lang) else {
            return vec![1.0; articles.len()];
        };
        let shares = lq.shares(terms);
        articles
            .iter()
            .map(|(l, id)| {
                if *l != lang {
                    return 1.0;
                }
                let share = shares
                    .iter()
                    .find(|(a, _)| *a == id.as_str())
                    .map_or(0.0, |(_, s)| *s);
                (self.weight * share)
                    .clamp(-MAX_LOG_LIFT, MAX_LOG_LIFT)
                    .exp()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::AskedEntry;

    fn asked(entries: &[(&str, &[&str])]) -> Asked {
        let mut asked = Asked::new();
        asked.insert(
            Lang::En,
            entries
                .iter()
                .map(|(article, qs)| AskedEntry {
                    article: article.to_string(),
                    line: 1,
                    questions: qs.iter().map(|q| q.to_string()).collect(),
                })
                .collect(),
        );
        asked
    }

    fn neighbours(asked: &Asked, weight: f32) -> AskedNeighbours {
        AskedNeighbours::new(asked, AnalysisOptions::default(), weight)
    }

    /// The query's terms as the English pipeline emits them (a plan's terms).
    fn terms_of(q: &str) -> Vec<String> {
        crate::analysis::analyze(Lang::En, q)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    fn factors(n: &AskedNeighbours, q: &str, articles: &[&str]) -> Vec<f32> {
        let words = terms_of(q);
        let terms: Vec<&str> = words.iter().map(String::as_str).collect();
        let keys: Vec<ArticleKey> = articles.iter().map(|a| (Lang::En, a.to_string())).collect();
        n.factors(Lang::En, &terms, &keys)
    }

    #[test]
    fn the_article_of_the_closest_questions_is_raised_most() {
        let n = neighbours(
            &asked(&[
                (
                    "withdrawals-faq",
                    &["my payout is stuck on pending", "cash out still pending"],
                ),
                ("deposit-methods", &["which cards can I top up with"]),
            ]),
            0.6,
        );
        let f = factors(
            &n,
            "payout pending for days",
            &["withdrawals-faq", "deposit-methods"],
        );
        assert!(f[0] > 1.0 && f[1] == 1.0, "{f:?}");
        assert!(f[0] <= 0.6f32.exp() + 1e-6, "{f:?}");
    }

    #[test]
    fn a_rare_shared_word_counts_more_than_a_common_one() {
        let n = neighbours(
            &asked(&[
                (
                    "withdrawals-faq",
                    &["money gone", "money late", "money stuck"],
                ),
                ("security-faq", &["phishing money"]),
            ]),
            0.6,
        );
        // "phishing" is in one question, "money" in all four: the phishing question is closest.
        let f = factors(&n, "phishing money", &["security-faq", "withdrawals-faq"]);
        assert!(f[0] > f[1], "{f:?}");
    }

    #[test]
    fn only_the_nearest_questions_vote_and_equals_are_taken_in_order() {
        // Twelve questions equally close to the query, each filed under its own article: the
        // vote goes to eight of them, the first eight (by their normalised words) every time.
        let words = [
            "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
            "juliet", "kilo", "lima",
        ];
        let questions: Vec<String> = words.iter().map(|w| format!("pending {w}")).collect();
        let entries: Vec<(String, [&str; 1])> = words
            .iter()
            .zip(&questions)
            .map(|(w, q)| (format!("article-{w}"), [q.as_str()]))
            .collect();
        let entries: Vec<(&str, &[&str])> =
            entries.iter().map(|(a, q)| (a.as_str(), &q[..])).collect();
        let n = neighbours(&asked(&entries), 0.6);
        let pending = terms_of("pending");
        let terms: Vec<&str> = pending.iter().map(String::as_str).collect();
        let shares = n.langs[&Lang::En].shares(&terms);
        assert_eq!(shares.len(), NEIGHBOURS, "{shares:?}");
        let mut voted: Vec<&str> = shares.iter().map(|(a, _)| *a).collect();
        voted.sort_unstable();
        let first: Vec<String> = words[..NEIGHBOURS]
            .iter()
            .map(|w| format!("article-{w}"))
            .collect();
        assert_eq!(voted, first);
        let sum: f32 = shares.iter().map(|(_, s)| s).sum();
        assert!((sum - 1.0).abs() < 1e-4, "{shares:?}");
        assert!(shares.iter().all(|(_, s)| (s - 0.125).abs() < 1e-4));
        // A closer question outranks the equals.
        let pending_lima = terms_of("pending lima");
        let terms: Vec<&str> = pending_lima.iter().map(String::as_str).collect();
        let shares = n.langs[&Lang::En].shares(&terms);
        let lima = shares.iter().find(|(a, _)| *a == "article-lima");
        assert!(lima.is_some_and(|(_, s)| *s > 0.125), "{shares:?}");
    }

    #[test]
    fn a_word_in_many_questions_is_not_looked_at() {
        let many: Vec<String> = (0..60).map(|i| format!("my payout case{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let few: Vec<String> = (0..200).map(|i| format!("deposit case{i}")).collect();
        let few: Vec<&str> = few.iter().map(String::as_str).collect();
        let n = neighbours(
            &asked(&[("withdrawals-faq", &many), ("deposits-faq", &few)]),
            0.6,
        );
        // "my" is in 60 of 260 questions (above a fifth and above 50): it votes for nothing;
        // "payout", in as many, is not looked at either.
        let f = factors(&n, "my", &["withdrawals-faq", "deposits-faq"]);
        assert_eq!(f, vec![1.0, 1.0]);
        let f = factors(&n, "my case7", &["withdrawals-faq", "deposits-faq"]);
        assert!(f.iter().all(|&x| x > 1.0), "{f:?}");
    }

    #[test]
    fn nothing_filed_or_no_weight_or_another_language_leaves_scores_alone() {
        let filed = asked(&[("withdrawals-faq", &["payout pending"])]);
        assert!(!neighbours(&filed, 0.0).has(Lang::En));
        assert!(!neighbours(&filed, f32::NAN).has(Lang::En));
        let n = neighbours(&filed, 0.6);
        assert_eq!(
            factors(&n, "unrelated words", &["withdrawals-faq"]),
            vec![1.0]
        );
        let other = n.factors(
            Lang::En,
            &["payout"],
            &[(Lang::Fa, "withdrawals-faq".to_string())],
        );
        assert_eq!(other, vec![1.0]);
        assert_eq!(
            n.factors(Lang::Ar, &["payout"], &[(Lang::Ar, "x".into())]),
            vec![1.0]
        );
    }
}
