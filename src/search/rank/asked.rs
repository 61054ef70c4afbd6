//! Customers' questions the writers filed by article (`content/asked/<lang>.toml`), as votes
//! of a learned vocabulary: each question is one customer who searched its words and opened
//! its article. A new install has no log to learn from; these give it the words customers use
//! for each article from the first search, ranked exactly as words learned from a log are.

use super::learned::query_key;
use super::vocabulary::{Vocabulary, Vote};
use crate::content::Asked;

/// One vote per question for the article it is filed under, in the question's language.
pub fn asked_votes(asked: &Asked) -> Vec<Vote> {
    asked
        .iter()
        .flat_map(|(&lang, entries)| {
            entries.iter().flat_map(move |e| {
                e.questions.iter().map(move |q| Vote {
                    lang,
                    normalized: query_key(lang.code(), q),
                    article: (lang, e.article.clone()),
                    share: 1.0,
                })
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
    use crate::lang::Lang;

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
            .find(|v| v.normalized.contains("cash"))
            .unwrap();
        assert_eq!(cash.article, (Lang::En, "withdraw-funds".to_string()));
        assert_eq!(cash.normalized, query_key("en", "How do I CASH OUT"));
        assert!(votes
            .iter()
            .any(|v| v.lang == Lang::Fa && v.article.1 == "deposits-faq"));
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
