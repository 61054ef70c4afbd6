//! Every numeric limit of search in one place: the size of what a caller may ask (query length,
//! message size, page size and depth), then caps on the work one query may cause, whatever its
//! text: costly queries (hundreds of words, every word misspelled) are answered within a bound
//! instead of growing with the input. docs/RELIABILITY.md gives the latency they keep queries
//! within.

/// Longest accepted search query, in characters.
pub const MAX_QUERY_CHARS: usize = 512;
/// Longest accepted agent message, in bytes.
pub const MAX_MESSAGE_BYTES: usize = 32 * 1024;
/// Largest page size.
pub const MAX_LIMIT: usize = 50;
/// Deepest page start.
pub const MAX_OFFSET: usize = 1000;

/// Distinct analysed terms of a query that take part in matching, per language; later words are
/// ignored. Real queries have a handful; 32 leaves room for pasted sentences.
pub const MAX_QUERY_TERMS: usize = 32;

/// Unknown words looked up for typo corrections (a Levenshtein automaton run over the term
/// dictionary each), per language of a query and per did-you-mean correction; further unknown
/// words simply match nothing. This is the costly part of a query whose every word is
/// misspelled.
pub const MAX_EXPANDED_WORDS: usize = 8;

/// Completions of the word being typed that a query matches, the most frequent ones: a one- or
/// two-letter prefix can start thousands of words, and each is a posting list to read. At 100k
/// articles 8 instead of 32 took the p99 of the query sets' prefixes from 5.9 to 4.2 ms (en)
/// and 8.9 to 6.8 ms (fa), with the same expected articles found (retrieval and autocomplete
/// tests) and the same relevance benchmark scores.
pub const MAX_PREFIX_WORDS: usize = 8;

/// Words of a query (its rarest) that find the candidates of a pruned search. A whole question
/// has a dozen or more; at 100,000 articles, finding candidates with 10 of them instead of all
/// took a Chinese question's p50 from 7.8 to about 2.3 ms, and the top 10 still equals the
/// exhaustive ranking's at 98.3% of ranks at 10,000 articles (99.5% with every word).
pub const MAX_CANDIDATE_WORDS: usize = 10;

/// Best articles whose kept sections are weighed by how much of the query they cover
/// (`rank/coverage.rs`): a few seeks per query word and section, for the first pages only.
pub const COVERAGE_DEPTH: usize = 30;

/// Corrections tried per unknown word.
pub const MAX_CORRECTIONS: usize = 3;

/// Candidates read from the dictionary before ranking a word's corrections; bounds the cost of
/// short words in huge vocabularies.
pub const MAX_FUZZY_CANDIDATES: usize = 256;

/// Dictionary entries read per segment before ranking the completions of the word being typed;
/// bounds the cost of a one- or two-letter prefix in a huge vocabulary (the most frequent
/// completions of such a prefix are rarely what is being typed anyway: the next keystroke
/// narrows them).
pub const MAX_PREFIX_SCANNED: usize = 4096;

/// Most candidate sections of a pruned search (deep pages of broad queries).
pub const MAX_PRUNED_CANDIDATES: usize = 50_000;

/// Terms kept from an agent's customer message.
pub const MAX_MESSAGE_TERMS: usize = 16;

/// Answers a server remembers per loaded index before its cache starts over (a few KB each).
pub const MAX_REMEMBERED_ANSWERS: usize = 4096;

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::content::{parse_article, LoadReport};
    use crate::index::{write_index, Fingerprint, IndexDir, LoadedIndex};
    use crate::search::query::LangPlan;
    use crate::search::{Engine, SearchRequest};
    use crate::Lang;

    /// An engine over a one-article English index whose vocabulary is close to many
    /// misspellings (withdraw, withdrawal, deposit, ...).
    fn engine(dir: &Path) -> Engine {
        let md = "---\ntitle: Withdrawals and deposits\n---\n\n## How do I withdraw money?\n\n\
Withdrawal of funds, deposit of money, transfer fees, account limits, card payments.\n";
        let article = parse_article(Path::new("en/money.md"), Lang::En, "money", md.as_bytes())
            .expect("valid article");
        let index_dir = IndexDir::new(dir);
        write_index(
            &index_dir,
            &LoadReport {
                articles: vec![article],
                ..Default::default()
            },
            None,
            &Fingerprint::of_dir(dir),
            || {},
        )
        .expect("build");
        Engine::new(Arc::new(LoadedIndex::open(&index_dir).expect("open")))
    }

    fn plan(engine: &Engine, q: &str) -> LangPlan {
        let index = engine.index();
        let searcher = engine.searcher();
        LangPlan::new(Lang::En, q, &searcher, index, engine.params(), false)
    }

    #[test]
    fn a_query_of_misspelled_words_is_capped() {
        let tmp = tempfile::tempdir().unwrap();
        let engine = engine(tmp.path());
        // 40 distinct unknown words, each one edit from a vocabulary word.
        let words: Vec<String> = (b'a'..=b'z')
            .map(|c| format!("deposit{}", char::from(c)))
            .chain((b'a'..b'o').map(|c| format!("withdraw{}", char::from(c))))
            .collect();
        let q = words.join(" ");
        let plan = plan(&engine, &q);
        assert_eq!(plan.terms.len(), MAX_QUERY_TERMS);
        let expanded = plan
            .terms
            .iter()
            .filter(|t| !t.expansions.is_empty())
            .count();
        assert!(
            (1..=MAX_EXPANDED_WORDS).contains(&expanded),
            "{expanded} words expanded"
        );
        let last = plan.terms.last().expect("terms");
        assert!(
            last.doc_freq == 0 && last.expansions.is_empty(),
            "words past the cap are not expanded: {last:?}"
        );

        // The whole search (did-you-mean and other languages included) still answers.
        let resp = engine
            .search(&SearchRequest {
                q,
                lang: None,
                category: None,
                article_type: None,
                limit: 10,
                offset: 0,
            })
            .expect("a costly query is answered");
        assert!(resp.total <= 1);
    }

    #[test]
    fn a_short_misspelled_query_is_corrected_as_before() {
        let tmp = tempfile::tempdir().unwrap();
        let engine = engine(tmp.path());
        let plan = plan(&engine, "withdrawl");
        assert!(!plan.terms[0].expansions.is_empty(), "{plan:?}");
    }
}
