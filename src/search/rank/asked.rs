//! Customers' questions the writers filed by article (`content/asked/<lang>.toml`), as votes
//! of a learned vocabulary: each question is one customer who searched its words and opened
//! its article. A new install has no log to learn from; these give it the words customers use
//! for each article from the first search, ranked exactly as words learned from a log are.

use std::collections::{BTreeMap, BTreeSet};

use super::learned::query_key;
use super::vocabulary::{Vocabulary, Vote};
use crate::content::Asked;
use crate::lang::Lang;

/// One filed question per (language, normalised question): the first wording filed and every
/// article it is filed under, in the order of the normalised questions.
pub(crate) type FiledQuestions<'a> = BTreeMap<(Lang, String), (&'a str, BTreeSet<&'a str>)>;

/// The questions of `asked`, the same question (once normalised) filed twice counted once.
pub(crate) fn filed_questions(asked: &Asked) -> FiledQuestions<'_> {
    let mut filed = FiledQuestions::new();
    for (&lang, entries) in asked {
        for e in entries {
            for q in &e.questions {
                filed
                    .entry((lang, query_key(lang.code(), q)))
                    .or_insert_with(|| (q.as_str(), BTreeSet::new()))
                    .1
                    .insert(e.article.as_str());
            }
        }
    }
    filed
}

/// One vote per question for the article it is filed under, in the question's language: the
/// same question (once normalised) filed twice counts once, and one filed under several articles
/// shares its vote among them, as a searched query's opens do.
pub fn asked_votes(asked: &Asked) -> Vec<Vote> {
    filed_questions(asked)
        .into_iter()
        .flat_map(|((lang, normalized), (_, articles))| {
            let share = 1.0 / articles.len() as f32;
            articles.into_iter().map(move |a| Vote {
                lang,
                normalized: normalized.clone(),
                article: (lang, a.to_string()),
                share,
            })
        })
        .collect()
}

/// The vocabulary of the writers' questions, ranking with `weight` (0: off).
pub fn asked_vocabulary(asked: &Asked, weight: f32) -> Vocabulary {
    Vocabulary::learn(&asked_votes(asked), weight)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::AskedEntry;

    fn entry(article: &str, questions: &[&str]) -> AskedEntry {
        AskedEntry {
            article: article.into(),
            line: 1,
            questions: questions.iter().map(|q| q.to_string()).collect(),
        }
    }

    #[test]
    fn each_question_votes_once_for_its_article_in_its_language() {
        let mut asked = Asked::new();
        asked.insert(
            Lang::En,
            vec![entry(
                "withdraw-funds",
                &["How do I CASH OUT", "cash out pls"],
            )],
        );
        asked.insert(Lang::Fa, vec![entry("deposits-faq", &["پولم نیومد"])]);
        let votes = asked_votes(&asked);
        assert_eq!(votes.len(), 3);
        assert!(votes.iter().all(|v| v.share == 1.0));
        let cash = votes
            .iter()
            .find(|v| v.normalized == query_key("en", "How do I CASH OUT"))
            .unwrap();
        assert_eq!(cash.article, (Lang::En, "withdraw-funds".to_string()));
        assert_eq!(cash.normalized, query_key("en", "How do I CASH OUT"));
        assert!(votes
            .iter()
            .any(|v| v.lang == Lang::Fa && v.article.1 == "deposits-faq"));
    }

    #[test]
    fn a_question_filed_twice_votes_once_and_one_filed_under_two_articles_shares_its_vote() {
        let mut asked = Asked::new();
        asked.insert(
            Lang::En,
            vec![
                entry("withdraw-funds", &["cash out", "Cash  out!"]),
                entry("withdrawals-faq", &["cash out"]),
            ],
        );
        let votes = asked_votes(&asked);
        assert_eq!(votes.len(), 2, "{votes:?}");
        assert!(votes.iter().all(|v| v.share == 0.5));
    }

    #[test]
    fn words_of_three_questions_lift_their_article() {
        let mut asked = Asked::new();
        asked.insert(
            Lang::En,
            vec![
                entry(
                    "withdraw-funds",
                    &["cash out now", "cash out to card", "cash out slow"],
                ),
                entry(
                    "deposits-faq",
                    &["top up missing", "top up failed", "top up late"],
                ),
            ],
        );
        let voc = asked_vocabulary(&asked, 0.2);
        let articles = [
            (Lang::En, "withdraw-funds".to_string()),
            (Lang::En, "deposits-faq".to_string()),
        ];
        let key = query_key("en", "cash out");
        let terms: Vec<&str> = key.split(' ').collect();
        let f = voc.factors(Lang::En, &terms, &articles);
        assert!(f[0] > 1.0 && f[1] < 1.0, "{f:?}");
        assert!(asked_vocabulary(&asked, 0.0).is_empty());
    }
}
