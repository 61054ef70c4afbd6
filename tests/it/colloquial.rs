//! Customers' own words (issue 16): the colloquial query sets in `tests/queries/colloquial`
//! (dialect Arabic, colloquial Persian, everyday simplified and traditional Chinese, terse and
//! phone-typed English) on the bundled content, scored by S@1, S@3 and MRR@10 per language.
//! `<lang>.jsonl` is the part rules and lexicon entries were tuned on; `heldout/<lang>.jsonl`
//! and `heldout2/<lang>.jsonl` (a second kept-aside part, written before the sibling and
//! lexicon work of issue 16's second round) and `heldout3/<lang>.jsonl` (a third, 20 per
//! language over all 22 articles, written before the breadth work of the third round) were
//! written before any tuning and never looked at while tuning, and are reported apart. A
//! fourth kept-aside part, written blind during the fifth round and measured once fresh
//! (S@1 ar 0.700, fa 0.850, zh 0.700, en 0.750 at `97667ac`), was then moved into the tuning
//! part (its last 20 lines per language), because its writer's words differ from the tuners'.
//! `blind/<lang>.jsonl`, a blind batch written the same way during the sixth round, is a
//! tuning part of its own (its misses are printed), with its own floor.
//! `heldout5/<lang>.jsonl` (20 per language over all 22 articles, each article at least three
//! times in the four languages) was written blind during the sixth round, by someone who had
//! not seen that round's rules and entries, to measure them honestly.
//! `blind2/<lang>.jsonl` (30 per language) is a second blind tuning batch and
//! `heldout6/<lang>.jsonl` (20 per language) a sixth kept-aside part, both written blind at the
//! start of the seventh round.
//! `blind3/<lang>.jsonl` (40 per language) is a third blind tuning batch and
//! `heldout7/<lang>.jsonl` (20 per language) a seventh kept-aside part, both written blind at
//! the start of the eleventh round by writers who read only the articles of their language.
//! `blind4/<lang>.jsonl` (40 per language) is a fourth blind tuning batch, written the same way
//! in the twelfth round.
//! `blind5/<lang>.jsonl` (60 per language) is a fifth blind tuning batch, written the same way
//! in the thirteenth round, its writers asked for the less obvious ways customers name things;
//! `heldout8/<lang>.jsonl` (30 per language) is an eighth kept-aside part written beside it.
//! `blind6/<lang>.jsonl` (60 per language) is a sixth blind tuning batch of everyday questions,
//! written in the same round (Arabic and Chinese first, for a second pass; Persian and English
//! for a third).
//! `blind7/<lang>.jsonl` (60 per language) is a seventh blind tuning batch (fragments, one-line
//! questions and short stories, a third each) and `heldout9/<lang>.jsonl` (30 per language) a
//! ninth kept-aside part, both written blind at the start of the fourteenth round.
//! `blind8/<lang>.jsonl` (60 per language) is an eighth blind tuning batch, its writers asked to
//! go through every article section by section, written in the same round for a second pass.
//! `heldout10/<lang>.jsonl` (30 per language) is a tenth kept-aside part, written blind at the
//! end of that round and measured first on its merged lexicon.
//! `blind9/<lang>.jsonl` (60 per language) is a ninth blind tuning batch, written section by
//! section, and `heldout11/<lang>.jsonl` (30 per language) an eleventh kept-aside part, both
//! written blind at the start of the fifteenth round by writers told to read every section.
//! `blind11/<lang>.jsonl` (60 per language) is an eleventh blind tuning batch of what people
//! type in a search box (short fragments, misspellings, mixed script), written blind at the
//! start of the sixteenth round.
//! `heldout12/<lang>.jsonl` (30 per language) is a twelfth kept-aside part, written blind
//! during the fifteenth round and measured first on that round's merged lexicon.
//! `heldout13/<lang>.jsonl` (30 per language) is a thirteenth kept-aside part in the
//! thirteenth blind batch's manner (ten needs, three customers each), written blind during the
//! seventeenth round's second pass, which never saw it.
//! `blind10/<lang>.jsonl` (60 per language) is a tenth blind tuning batch of customers'
//! situations (what happened, what they want done) rather than features' names, written in the
//! same round for a second pass.
//! `blind12/<lang>.jsonl` (60 per language) is a twelfth blind tuning batch leaning on a guide
//! and its FAQ competing for one need (questions, what happened, fragments), written blind at
//! the start of the seventeenth round.
//! `blind13/<lang>.jsonl` (90 per language) is a thirteenth blind tuning batch: thirty common
//! needs, each asked by three customers in different words, written in the same round for a
//! second pass.
//! `blind14/<lang>.jsonl` (60 per language) is a fourteenth blind batch in the same manner
//! (twenty needs, three customers each), written after that round to choose ranking settings on
//! and tuned on in the eighteenth round.
//! `blind15/<lang>.jsonl` (60 per language) is a fifteenth blind batch: twenty needs, three
//! customers each, ten of them the commonest and ten asked weekly and answered by one section.
//! `blind16/<lang>.jsonl` (60 per language) is a sixteenth blind batch in the same manner,
//! written to measure the content lever (articles that name customers' situations) fresh.
//! `blind17/<lang>.jsonl` (60 per language) is a seventeenth, written from the articles as they
//! were before the content lever, kept fresh through the nineteenth round's first pass to
//! measure it and tuned on in its second.
//! `blind18/<lang>.jsonl` (60 per language) is an eighteenth, written after that round and left
//! untuned for the next.
//! `blind19/<lang>.jsonl` (60 per language) is a nineteenth, written while the question-shaped
//! heading weight was chosen on the eighteenth, to confirm the choice fresh.
//! `blind20/<lang>.jsonl` (60 per language) is a twentieth, written when that choice was
//! narrowed to problems told in a sentence, to confirm the narrowed choice fresh.
//! `blind21/<lang>.jsonl` (60 per language) is a twenty-first, written after the twentieth
//! round and left untuned for the next.
//! `blind22/<lang>.jsonl` (60 per language) is a twenty-second, written at the start of the
//! twenty-first round (which tuned on blind19-21) to measure it fresh: thirty needs, two
//! customers each, two in three of them short search-box queries.
//! `blind23/<lang>.jsonl` (60 per language) is a twenty-third, written the same way at the
//! same time, kept fresh for a second pass of that round.
//! `blind24/<lang>.jsonl` (60 per language) is a twenty-fourth, written the same way during
//! that round's third pass (which tuned on blind23), to measure it fresh.
//! `blind25/<lang>.jsonl` (60 per language) is a twenty-fifth, written the same way at the
//! start of the twenty-second round (which tunes on blind24), to measure it fresh.
//! `blind26/<lang>.jsonl` (60 per language) is a twenty-sixth, written the same way at the
//! start of the twenty-third round (which tunes on blind25), to measure it fresh.
//! `blind27/<lang>.jsonl` (60 per language) is a twenty-seventh, written the same way at the
//! start of the twenty-fourth round (which tunes on blind26), to measure it fresh.
//! `blind28/<lang>.jsonl` (60 per language) is a twenty-eighth, written the same way at the
//! start of the twenty-fifth round (which tunes on blind27), to measure it fresh.
//! `blind29/<lang>.jsonl` (60 per language) is a twenty-ninth, written the same way at the
//! start of the twenty-sixth round (which tunes on blind28), to measure it fresh.
//! `blind30/<lang>.jsonl` (60 per language) is a thirtieth, written the same way at the
//! start of the twenty-seventh round (which tunes on blind29), to measure it fresh.
//! `blind31/<lang>.jsonl` (60 per language) is a thirty-first, written the same way at the
//! start of the twenty-eighth stop's work, to measure fresh what that work changes.
//! `blind32/<lang>.jsonl` (60 per language) is a thirty-second, written the same way at the
//! end of that stop, kept fresh for the next.
//! `blind33/<lang>.jsonl` (60 per language) is a thirty-third, written the same way at the
//! start of the thirtieth round (which tunes on blind32), to measure it fresh.
//! `blind34/<lang>.jsonl` (60 per language) is a thirty-fourth, written the same way at the
//! start of the thirty-first round (which tunes on blind33), to measure it fresh.
//! `blind35/` and `blind36/` were written from needs of their own (mostly sections earlier
//! batches seldom reached); `blind37/` from thirty more no batch had asked, at the start of
//! the thirty-fourth round (which tunes on blind36), to measure it fresh; `blind38/` from
//! thirty more (19 asked by no query of ours, the rest by one or two), at the start of the
//! thirty-fifth round (which tunes on blind37); `blind39/` from thirty more (asked by at most
//! two queries of ours), at the start of the thirty-sixth round (which tunes on blind38);
//! `blind40/` from thirty more, at the start of the thirty-seventh round (which tunes on
//! blind39); `blind41/` from thirty more, at the start of the thirty-eighth round (which tunes
//! on blind40); `blind42/` from thirty more, written after the thirty-eighth round, fresh for
//! the thirty-ninth; `blind43/` from thirty more, at the start of the fortieth round (which
//! tunes on blind42), to measure it fresh; `blind44/` from thirty more, at the start of the
//! forty-first round (which tunes on blind43), to measure it fresh; `blind45/` from thirty
//! more, at the start of the forty-second round (which tunes on blind44), to measure it fresh;
//! `blind46/` from thirty more, at the start of the forty-third round (which tunes on
//! blind45), to measure it fresh; `blind47/` from thirty more, at the start of the
//! forty-fourth round (which tunes on blind46), to measure it fresh; `blind48/` from thirty
//! more, at the start of the forty-fifth round (which tunes on blind47), to measure it fresh;
//! `blind49/` from thirty more, at the end of that round, fresh beside blind48; `blind50/` from
//! thirty more, during the forty-sixth round (which tunes on blind48), fresh beside blind49;
//! blind49 is the forty-seventh round's tuning part, blind50 stays fresh; `blind51/` from thirty
//! more, during the forty-seventh round, fresh beside blind50.
//!
//! ```sh
//! cargo test --test it colloquial -- --nocapture    # tables; misses of the tuning part
//! cargo test --test it colloquial_levers -- --ignored --nocapture --test-threads 1
//! ```
//! The second prints S@1, S@3 and MRR@10 per language with each lever of issue 16 turned off
//! (an index of the bundled content per setting, built with that `AnalysisOptions`, searched
//! with or without the query-shape prior, `RankingParams::shape_weight`, and the query-coverage
//! factor, `RankingParams::coverage_weight`, and the writers' synonyms of one word counted as
//! alternatives, `RankingParams::synonym_tie`). `colloquial_coverage_weights` (also ignored)
//! compares coverage weights on the bundled index, with the retrieval sets' top-3 counts;
//! `colloquial_ranking_variants` any named ranking settings (`DALIL_VARIANTS`), and
//! `colloquial_tuning_miss_diagnostics` the scores of the tuning part's misses.

use std::path::PathBuf;
use std::sync::Arc;

use dalil::analysis::{query_shape, Ablation, AnalysisOptions};
use dalil::content::load_content;
use dalil::index::{write_index_with, Fingerprint, IndexDir, LoadedIndex};
use dalil::search::{Engine, RankingParams, SearchRequest, SuggestRequest};
use dalil::Lang;
use serde::Deserialize;

use crate::colloquial_floors::*;
use crate::retrieval::{engine, read_jsonl, search_in};

#[derive(Debug, Deserialize)]
struct Case {
    q: String,
    expect: Vec<String>,
    kind: String,
    dialect: String,
}

/// One language's scores on one part.
#[derive(Debug, Default)]
pub(crate) struct Scores {
    total: usize,
    at1: usize,
    at3: usize,
    reciprocal_ranks: f64,
    misses: Vec<String>,
}

impl Scores {
    pub(crate) fn total(&self) -> usize {
        self.total
    }
    pub(crate) fn s1(&self) -> f64 {
        self.at1 as f64 / self.total.max(1) as f64
    }
    pub(crate) fn s3(&self) -> f64 {
        self.at3 as f64 / self.total.max(1) as f64
    }
    pub(crate) fn mrr(&self) -> f64 {
        self.reciprocal_ranks / self.total.max(1) as f64
    }
}

pub(crate) fn score(engine: &Engine, lang: Lang, path: &str, min_cases: usize) -> Scores {
    let cases: Vec<Case> = read_jsonl(path);
    assert!(
        cases.len() >= min_cases,
        "{path}: at least {min_cases} queries"
    );
    let mut s = Scores::default();
    for c in &cases {
        assert_eq!(c.kind, "colloquial", "{path}: {:?}", c.q);
        let resp = search_in(engine, lang, &c.q, 10);
        let got: Vec<&str> = resp.results.iter().map(|h| h.id.as_str()).collect();
        let rank = got.iter().position(|id| c.expect.iter().any(|e| e == id));
        s.total += 1;
        s.at1 += usize::from(rank == Some(0));
        s.at3 += usize::from(rank.is_some_and(|r| r < 3));
        s.reciprocal_ranks += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        if rank != Some(0) {
            s.misses.push(format!(
                "  [{}] {:?} expected {:?}, got {:?}",
                c.dialect,
                c.q,
                c.expect,
                &got[..got.len().min(3)]
            ));
        }
    }
    s
}

/// Scores every language of one part, prints the table (and the misses when asked), asserts
/// the floors: `min_s1`, or a language's own in `raised`, and `min_s3`.
fn check_part(
    part: &str,
    dir: &str,
    min_cases: usize,
    (min_s1, raised, min_s3): (f64, &[(Lang, f64)], f64),
    show_misses: bool,
) {
    let engine = engine();
    let mut failures = Vec::new();
    eprintln!("colloquial {part}: lang | queries | S@1 | S@3 | MRR@10");
    for lang in Lang::ALL {
        let s = score(
            &engine,
            lang,
            &format!("{dir}/{}.jsonl", lang.code()),
            min_cases,
        );
        eprintln!(
            "  {lang} | {} | {:.3} | {:.3} | {:.3}",
            s.total,
            s.s1(),
            s.s3(),
            s.mrr()
        );
        if show_misses {
            for m in &s.misses {
                eprintln!("{m}");
            }
        }
        let min_s1 = raised
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(min_s1, |&(_, floor)| floor);
        let min_s1 = ROUND_FLOORS
            .iter()
            .filter(|(l, _)| *l == lang)
            .flat_map(|(_, floors)| floors.iter())
            .filter(|(p, _)| *p == part)
            .map(|&(_, floor)| floor)
            .fold(min_s1, f64::max);
        let min_s1 = LOWERED_FLOORS
            .iter()
            .filter(|&&(l, p, _)| l == lang && p == part)
            .map(|&(_, _, floor)| floor)
            .fold(min_s1, f64::min);
        if s.s1() < min_s1 || s.s3() < min_s3 {
            failures.push(format!(
                "{lang}: S@1 {:.3} (floor {min_s1}), S@3 {:.3} (floor {min_s3})",
                s.s1(),
                s.s3()
            ));
        }
    }
    assert!(failures.is_empty(), "{part}: {}", failures.join("; "));
}

#[test]
fn colloquial_tuning_queries_find_the_right_article_first() {
    check_part(
        "tuning",
        "tests/queries/colloquial",
        40,
        (MIN_TUNING_S1, &[], MIN_S3),
        true,
    );
}

#[test]
fn colloquial_blind_batch_queries_find_the_right_article() {
    // A tuning part: its misses are printed for the tuners.
    check_part(
        "tuning, blind batch",
        "tests/queries/colloquial/blind",
        25,
        (MIN_BLIND_S1, &[], MIN_S3),
        true,
    );
}

#[test]
fn colloquial_second_blind_batch_queries_find_the_right_article() {
    // A tuning part like the first blind batch: its misses are printed for the tuners.
    check_part(
        "tuning, second blind batch",
        "tests/queries/colloquial/blind2",
        30,
        (MIN_BLIND2_S1, &[], MIN_BLIND2_S3),
        true,
    );
}

#[test]
fn colloquial_heldout_queries_find_the_right_article_first() {
    // The held-out part's misses are not printed: reading them would be tuning on them.
    check_part(
        "held-out",
        "tests/queries/colloquial/heldout",
        12,
        (MIN_HELDOUT_S1, MIN_HELDOUT_S1_RAISED, MIN_S3),
        false,
    );
}

#[test]
fn colloquial_heldout2_queries_find_the_right_article_first() {
    // Kept aside like the first held-out part: no misses printed.
    check_part(
        "held-out 2",
        "tests/queries/colloquial/heldout2",
        15,
        (MIN_HELDOUT2_S1, MIN_HELDOUT2_S1_RAISED, MIN_S3),
        false,
    );
}

#[test]
fn colloquial_heldout3_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 3",
        "tests/queries/colloquial/heldout3",
        20,
        (MIN_HELDOUT3_S1, MIN_HELDOUT3_S1_RAISED, MIN_S3),
        false,
    );
}

#[test]
fn colloquial_heldout5_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 5",
        "tests/queries/colloquial/heldout5",
        20,
        (MIN_HELDOUT5_S1, MIN_HELDOUT5_S1_RAISED, MIN_HELDOUT5_S3),
        false,
    );
}

#[test]
fn colloquial_heldout6_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 6",
        "tests/queries/colloquial/heldout6",
        20,
        (MIN_HELDOUT6_S1, &[], MIN_HELDOUT6_S3),
        false,
    );
}

#[test]
fn colloquial_third_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, third blind batch",
        "tests/queries/colloquial/blind3",
        40,
        (MIN_BLIND3_S1, &[], MIN_BLIND3_S3),
        true,
    );
}

#[test]
fn colloquial_fourth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, fourth blind batch",
        "tests/queries/colloquial/blind4",
        40,
        (MIN_BLIND4_S1, &[], MIN_BLIND4_S3),
        true,
    );
}

#[test]
fn colloquial_fifth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, fifth blind batch",
        "tests/queries/colloquial/blind5",
        60,
        (MIN_BLIND5_S1, &[], MIN_BLIND5_S3),
        true,
    );
}

#[test]
fn colloquial_sixth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, sixth blind batch",
        "tests/queries/colloquial/blind6",
        60,
        (MIN_BLIND6_S1, &[], MIN_BLIND6_S3),
        true,
    );
}

#[test]
fn colloquial_seventh_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, seventh blind batch",
        "tests/queries/colloquial/blind7",
        60,
        (MIN_BLIND7_S1, &[], MIN_BLIND7_S3),
        true,
    );
}

#[test]
fn colloquial_eighth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, eighth blind batch",
        "tests/queries/colloquial/blind8",
        60,
        (MIN_BLIND8_S1, &[], MIN_BLIND8_S3),
        true,
    );
}

#[test]
fn colloquial_ninth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, ninth blind batch",
        "tests/queries/colloquial/blind9",
        60,
        (MIN_BLIND9_S1, &[], MIN_BLIND9_S3),
        true,
    );
}

#[test]
fn colloquial_tenth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, tenth blind batch",
        "tests/queries/colloquial/blind10",
        60,
        (MIN_BLIND10_S1, &[], MIN_BLIND10_S3),
        true,
    );
}

#[test]
fn colloquial_eleventh_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, eleventh blind batch",
        "tests/queries/colloquial/blind11",
        60,
        (MIN_BLIND11_S1, &[], MIN_BLIND11_S3),
        true,
    );
}

#[test]
fn colloquial_twelfth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, twelfth blind batch",
        "tests/queries/colloquial/blind12",
        60,
        (MIN_BLIND12_S1, &[], MIN_BLIND12_S3),
        true,
    );
}

#[test]
fn colloquial_thirteenth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, thirteenth blind batch",
        "tests/queries/colloquial/blind13",
        90,
        (MIN_BLIND13_S1, &[], MIN_BLIND13_S3),
        true,
    );
}

#[test]
fn colloquial_fourteenth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, fourteenth blind batch",
        "tests/queries/colloquial/blind14",
        60,
        (MIN_BLIND14_S1, &[], MIN_BLIND14_S3),
        true,
    );
}

#[test]
fn colloquial_fifteenth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, fifteenth blind batch",
        "tests/queries/colloquial/blind15",
        60,
        (MIN_BLIND15_S1, &[], MIN_BLIND15_S3),
        true,
    );
}

#[test]
fn colloquial_sixteenth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, sixteenth blind batch",
        "tests/queries/colloquial/blind16",
        60,
        (MIN_BLIND16_S1, &[], MIN_BLIND16_S3),
        true,
    );
}

#[test]
fn colloquial_seventeenth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, seventeenth blind batch",
        "tests/queries/colloquial/blind17",
        60,
        (MIN_BLIND17_S1, &[], MIN_BLIND17_S3),
        true,
    );
}

#[test]
fn colloquial_eighteenth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, eighteenth blind batch",
        "tests/queries/colloquial/blind18",
        60,
        (MIN_BLIND18_S1, &[], MIN_BLIND18_S3),
        true,
    );
}

#[test]
fn colloquial_nineteenth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, nineteenth blind batch",
        "tests/queries/colloquial/blind19",
        60,
        (MIN_BLIND19_S1, &[], MIN_BLIND19_S3),
        true,
    );
}

#[test]
fn colloquial_twentieth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, twentieth blind batch",
        "tests/queries/colloquial/blind20",
        60,
        (MIN_BLIND20_S1, &[], MIN_BLIND20_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_first_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, twenty-first blind batch",
        "tests/queries/colloquial/blind21",
        60,
        (MIN_BLIND21_S1, &[], MIN_BLIND21_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_second_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, twenty-second blind batch",
        "tests/queries/colloquial/blind22",
        60,
        (MIN_BLIND22_S1, &[], MIN_BLIND22_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_third_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, twenty-third blind batch",
        "tests/queries/colloquial/blind23",
        60,
        (MIN_BLIND23_S1, &[], MIN_BLIND23_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_fourth_blind_batch_queries_find_the_right_article() {
    // A tuning part like the other blind batches: its misses are printed for the tuners.
    check_part(
        "tuning, twenty-fourth blind batch",
        "tests/queries/colloquial/blind24",
        60,
        (MIN_BLIND24_S1, &[], MIN_BLIND24_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_fifth_blind_batch_queries_find_the_right_article() {
    // A tuning part since the twenty-third round (it measured the twenty-second fresh).
    check_part(
        "tuning, twenty-fifth blind batch",
        "tests/queries/colloquial/blind25",
        60,
        (MIN_BLIND25_S1, &[], MIN_BLIND25_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_sixth_blind_batch_queries_find_the_right_article() {
    // A tuning part since the twenty-fourth round (it measured the twenty-third fresh).
    check_part(
        "tuning, twenty-sixth blind batch",
        "tests/queries/colloquial/blind26",
        60,
        (MIN_BLIND26_S1, &[], MIN_BLIND26_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_seventh_blind_batch_queries_find_the_right_article() {
    // A tuning part since the twenty-fifth round (it measured the twenty-fourth fresh).
    check_part(
        "tuning, twenty-seventh blind batch",
        "tests/queries/colloquial/blind27",
        60,
        (MIN_BLIND27_S1, &[], MIN_BLIND27_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_eighth_blind_batch_queries_find_the_right_article() {
    // A tuning part since the twenty-fifth round was measured on it (it measured that round
    // fresh).
    check_part(
        "tuning, twenty-eighth blind batch",
        "tests/queries/colloquial/blind28",
        60,
        (MIN_BLIND28_S1, &[], MIN_BLIND28_S3),
        true,
    );
}

#[test]
fn colloquial_twenty_ninth_blind_batch_queries_find_the_right_article() {
    // A tuning part since the twenty-sixth round was measured on it (it measured that round
    // fresh).
    check_part(
        "tuning, twenty-ninth blind batch",
        "tests/queries/colloquial/blind29",
        60,
        (MIN_BLIND29_S1, &[], MIN_BLIND29_S3),
        true,
    );
}

#[test]
fn colloquial_thirtieth_blind_batch_queries_find_the_right_article() {
    // A tuning part since the twenty-eighth round (measured fresh on it by blind31).
    check_part(
        "tuning, thirtieth blind batch",
        "tests/queries/colloquial/blind30",
        60,
        (MIN_BLIND30_S1, &[], MIN_BLIND30_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_first_blind_batch_queries_find_the_right_article() {
    // A tuning part since the twenty-ninth round (it measured the twenty-eighth fresh).
    check_part(
        "tuning, thirty-first blind batch",
        "tests/queries/colloquial/blind31",
        60,
        (MIN_BLIND31_S1, &[], MIN_BLIND31_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_second_blind_batch_queries_find_the_right_article() {
    // A tuning part since the thirtieth round.
    check_part(
        "tuning, thirty-second blind batch",
        "tests/queries/colloquial/blind32",
        60,
        (MIN_BLIND32_S1, &[], MIN_BLIND32_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_third_blind_batch_queries_find_the_right_article() {
    // A tuning part since the thirty-first round (it measured the thirtieth fresh).
    check_part(
        "tuning, thirty-third blind batch",
        "tests/queries/colloquial/blind33",
        60,
        (MIN_BLIND33_S1, &[], MIN_BLIND33_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_fourth_blind_batch_queries_find_the_right_article() {
    // A tuning part since the thirty-second round (it measured the thirty-first fresh).
    check_part(
        "tuning, thirty-fourth blind batch",
        "tests/queries/colloquial/blind34",
        60,
        (MIN_BLIND34_S1, &[], MIN_BLIND34_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_fifth_blind_batch_queries_find_the_right_article() {
    // The thirty-third round's tuning part (it measured the thirty-second fresh).
    check_part(
        "tuning, thirty-fifth blind batch",
        "tests/queries/colloquial/blind35",
        60,
        (MIN_BLIND35_S1, &[], MIN_BLIND35_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_sixth_blind_batch_queries_find_the_right_article() {
    // The thirty-fourth round's tuning part (it measured the thirty-third and the FAQ lean fresh).
    check_part(
        "tuning, thirty-sixth blind batch",
        "tests/queries/colloquial/blind36",
        60,
        (MIN_BLIND36_S1, &[], MIN_BLIND36_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_seventh_blind_batch_queries_find_the_right_article() {
    // The thirty-fifth round's tuning part (it measured the thirty-fourth and the FAQ lean fresh).
    check_part(
        "tuning, thirty-seventh blind batch",
        "tests/queries/colloquial/blind37",
        60,
        (MIN_BLIND37_S1, &[], MIN_BLIND37_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_eighth_blind_batch_queries_find_the_right_article() {
    // The thirty-sixth round's tuning part (it measured the thirty-fifth fresh).
    check_part(
        "tuning, thirty-eighth blind batch",
        "tests/queries/colloquial/blind38",
        60,
        (MIN_BLIND38_S1, &[], MIN_BLIND38_S3),
        true,
    );
}

#[test]
fn colloquial_thirty_ninth_blind_batch_queries_find_the_right_article() {
    // The thirty-seventh round's tuning part (it measured the thirty-sixth fresh).
    check_part(
        "tuning, thirty-ninth blind batch",
        "tests/queries/colloquial/blind39",
        60,
        (MIN_BLIND39_S1, &[], MIN_BLIND39_S3),
        true,
    );
}

#[test]
fn colloquial_fortieth_blind_batch_queries_find_the_right_article() {
    // The thirty-eighth round's tuning part (it measured the thirty-seventh fresh).
    check_part(
        "tuning, fortieth blind batch",
        "tests/queries/colloquial/blind40",
        60,
        (MIN_BLIND40_S1, &[], MIN_BLIND40_S3),
        true,
    );
}

#[test]
fn colloquial_forty_first_blind_batch_queries_find_the_right_article() {
    // The thirty-ninth round's tuning part (it measured the thirty-eighth fresh).
    check_part(
        "tuning, forty-first blind batch",
        "tests/queries/colloquial/blind41",
        60,
        (MIN_BLIND41_S1, &[], MIN_BLIND41_S3),
        true,
    );
}

#[test]
fn colloquial_forty_second_blind_batch_queries_find_the_right_article() {
    // The fortieth round's tuning part (it measured the thirty-ninth fresh).
    check_part(
        "tuning, forty-second blind batch",
        "tests/queries/colloquial/blind42",
        60,
        (MIN_BLIND42_S1, &[], MIN_BLIND42_S3),
        true,
    );
}

#[test]
fn colloquial_forty_third_blind_batch_queries_find_the_right_article() {
    // The forty-first round's tuning part (it measured the fortieth fresh).
    check_part(
        "tuning, forty-third blind batch",
        "tests/queries/colloquial/blind43",
        60,
        (MIN_BLIND43_S1, &[], MIN_BLIND43_S3),
        true,
    );
}

#[test]
fn colloquial_forty_fourth_blind_batch_queries_find_the_right_article() {
    // The forty-second round's tuning part (it measured the forty-first fresh).
    check_part(
        "tuning, forty-fourth blind batch",
        "tests/queries/colloquial/blind44",
        60,
        (MIN_BLIND44_S1, &[], MIN_BLIND44_S3),
        true,
    );
}

#[test]
fn colloquial_forty_fifth_blind_batch_queries_find_the_right_article() {
    // The forty-third round's tuning part (it measured the forty-second fresh).
    check_part(
        "tuning, forty-fifth blind batch",
        "tests/queries/colloquial/blind45",
        60,
        (MIN_BLIND45_S1, &[], MIN_BLIND45_S3),
        true,
    );
}

#[test]
fn colloquial_forty_sixth_blind_batch_queries_find_the_right_article() {
    // The forty-fourth round's tuning part (it measured the forty-third fresh).
    check_part(
        "tuning, forty-sixth blind batch",
        "tests/queries/colloquial/blind46",
        60,
        (MIN_BLIND46_S1, &[], MIN_BLIND46_S3),
        true,
    );
}

#[test]
fn colloquial_forty_seventh_blind_batch_queries_find_the_right_article() {
    // The forty-fifth round's tuning part (it measured the forty-fourth fresh).
    check_part(
        "tuning, forty-seventh blind batch",
        "tests/queries/colloquial/blind47",
        60,
        (MIN_BLIND47_S1, &[], MIN_BLIND47_S3),
        true,
    );
}

#[test]
fn colloquial_forty_eighth_blind_batch_queries_find_the_right_article() {
    // The forty-sixth round's tuning part (it measured the forty-fifth fresh).
    check_part(
        "tuning, forty-eighth blind batch",
        "tests/queries/colloquial/blind48",
        60,
        (MIN_BLIND48_S1, &[], MIN_BLIND48_S3),
        true,
    );
}

#[test]
fn colloquial_forty_ninth_blind_batch_queries_find_the_right_article() {
    // The forty-seventh round's tuning part (it was fresh beside blind48).
    check_part(
        "tuning, forty-ninth blind batch",
        "tests/queries/colloquial/blind49",
        60,
        (MIN_BLIND49_S1, &[], MIN_BLIND49_S3),
        true,
    );
}

#[test]
fn colloquial_fiftieth_blind_batch_queries_find_the_right_article() {
    // Fresh beside blind49 (`FRESH_BATCHES`): no misses printed.
    check_part(
        "fiftieth blind batch",
        "tests/queries/colloquial/blind50",
        60,
        (MIN_BLIND50_S1, &[], MIN_BLIND50_S3),
        false,
    );
}

#[test]
fn colloquial_fifty_first_blind_batch_queries_find_the_right_article() {
    // Fresh beside blind50 (`FRESH_BATCHES`): no misses printed.
    check_part(
        "fifty-first blind batch",
        "tests/queries/colloquial/blind51",
        60,
        (MIN_BLIND51_S1, &[], MIN_BLIND51_S3),
        false,
    );
}

#[test]
fn colloquial_heldout7_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 7",
        "tests/queries/colloquial/heldout7",
        20,
        (MIN_HELDOUT7_S1, &[], MIN_HELDOUT7_S3),
        false,
    );
}

#[test]
fn colloquial_heldout8_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 8",
        "tests/queries/colloquial/heldout8",
        30,
        (MIN_HELDOUT8_S1, &[], MIN_HELDOUT8_S3),
        false,
    );
}

#[test]
fn colloquial_heldout9_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 9",
        "tests/queries/colloquial/heldout9",
        30,
        (MIN_HELDOUT9_S1, &[], MIN_HELDOUT9_S3),
        false,
    );
}

#[test]
fn colloquial_heldout10_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 10",
        "tests/queries/colloquial/heldout10",
        30,
        (MIN_HELDOUT10_S1, &[], MIN_HELDOUT10_S3),
        false,
    );
}

#[test]
fn colloquial_heldout11_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 11",
        "tests/queries/colloquial/heldout11",
        30,
        (MIN_HELDOUT11_S1, &[], MIN_HELDOUT11_S3),
        false,
    );
}

#[test]
fn colloquial_heldout12_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 12",
        "tests/queries/colloquial/heldout12",
        30,
        (MIN_HELDOUT12_S1, &[], MIN_HELDOUT12_S3),
        false,
    );
}

#[test]
fn colloquial_heldout13_queries_find_the_right_article_first() {
    // Kept aside like the other held-out parts: no misses printed.
    check_part(
        "held-out 13",
        "tests/queries/colloquial/heldout13",
        30,
        (MIN_HELDOUT13_S1, &[], MIN_HELDOUT13_S3),
        false,
    );
}

/// Agents paste customers' short messages too: a colloquial query sent to `/api/suggest` gets
/// the article the search puts first (the suggestions of a message no longer than a search are
/// ranked as the search ranks it), whenever the search finds one in the customer's language.
/// Over every blind tuning batch.
#[test]
fn colloquial_queries_pasted_as_messages_get_the_searchs_first_article() {
    let engine = engine();
    eprintln!(
        "colloquial queries as agents' messages: lang | part | queries | suggest S@1 | search S@1"
    );
    let mut differ = Vec::new();
    for lang in Lang::ALL {
        for dir in blind_batches() {
            let path = format!("tests/queries/colloquial/{dir}/{}.jsonl", lang.code());
            let cases: Vec<Case> = read_jsonl(&path);
            let (mut suggested_first, mut searched_first) = (0, 0);
            for c in &cases {
                let suggested = engine
                    .suggest(&SuggestRequest {
                        text: c.q.clone(),
                        lang: Some(lang),
                        limit: 3,
                    })
                    .unwrap_or_else(|e| panic!("{lang} {:?}: {e}", c.q));
                let searched = engine
                    .search(&SearchRequest {
                        q: c.q.clone(),
                        lang: Some(lang),
                        limit: 3,
                        ..Default::default()
                    })
                    .unwrap_or_else(|e| panic!("{lang} {:?}: {e}", c.q));
                let a = suggested.answers.first().map(|a| a.id.clone());
                let b = searched.results.first().map(|h| h.id.clone());
                suggested_first += usize::from(a.as_ref().is_some_and(|id| c.expect.contains(id)));
                searched_first += usize::from(b.as_ref().is_some_and(|id| c.expect.contains(id)));
                // A search that finds nothing in the customer's language lists other languages'
                // articles apart from its results, while suggest answers from them in their
                // place (its own fallback): there is no first result to agree with. A text
                // longer than a search may be (blind44's English has 37-44 words) is read as a
                // message, by its strongest words, not ranked as the search ranks it.
                if b.is_some() && a != b && engine.is_query_sized(lang, &c.q) {
                    differ.push(format!("{lang} {:?}: suggested {a:?}, searched {b:?}", c.q));
                }
            }
            if !FRESH_BATCHES.contains(&dir) {
                eprintln!(
                    "  {lang} | {dir} | {} | {suggested_first} | {searched_first}",
                    cases.len()
                );
            }
        }
    }
    assert!(
        differ.is_empty(),
        "suggest and search differ:\n{}",
        differ.join("\n")
    );
}

#[test]
#[ignore = "manual: builds an index of the bundled content per setting"]
fn colloquial_levers() {
    // The levers are options of an index's analysis (recorded by the build, used by its
    // queries): each setting gets an index of its own.
    let tmp = tempfile::tempdir().unwrap();
    let bundled = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    let report = load_content(&bundled);
    let fingerprint = Fingerprint::of_dir(&bundled);
    let build =
        |name: &str,
         ablation: Ablation,
         (shape_weight, coverage_weight, synonym_tie, told): (f32, f32, f32, bool)| {
            let dir = IndexDir::new(tmp.path().join(name));
            let analysis = AnalysisOptions {
                ablation,
                ..AnalysisOptions::default()
            };
            write_index_with(&dir, &report, None, &fingerprint, analysis, || {}).unwrap();
            let params = RankingParams {
                shape_weight,
                coverage_weight,
                synonym_tie,
                ..RankingParams::default()
            };
            let params = if told {
                params
            } else {
                told_problem_off(params)
            };
            Engine::with_params(Arc::new(LoadedIndex::open(&dir).unwrap()), params)
        };
    let defaults = RankingParams::default();
    let (shape, coverage, tie) = (
        defaults.shape_weight,
        defaults.coverage_weight,
        defaults.synonym_tie,
    );
    let settings = [
        (
            "before (no colloquial forms or lexicon)",
            Ablation {
                colloquial_forms: true,
                colloquial_lexicon: true,
                ..Ablation::NONE
            },
            (0.0, 0.0, 1.0, false),
        ),
        (
            "+ lever 1 (forms, spoken stop words)",
            Ablation {
                colloquial_lexicon: true,
                ..Ablation::NONE
            },
            (0.0, 0.0, 1.0, false),
        ),
        (
            "+ lever 2 (lexicon)",
            Ablation::NONE,
            (0.0, 0.0, 1.0, false),
        ),
        (
            "+ query shape (FAQ for questions)",
            Ablation::NONE,
            (shape, 0.0, 1.0, false),
        ),
        (
            "+ query coverage (share of the query matched)",
            Ablation::NONE,
            (shape, coverage, 1.0, false),
        ),
        (
            "+ synonyms of one word as alternatives",
            Ablation::NONE,
            (shape, coverage, tie, false),
        ),
        (
            "+ problems told in a sentence (lighter headings, stronger FAQ)",
            Ablation::NONE,
            (shape, coverage, tie, true),
        ),
    ];
    for (part, dir) in PARTS {
        println!(
            "\n{part}: S@1 / S@3 / MRR@10\n| setting | ar | fa | zh | en |\n|---|---|---|---|---|"
        );
        for (i, (name, off, weights)) in settings.into_iter().enumerate() {
            let engine = build(&format!("{part}-{i}"), off, weights);
            let cells = part_cells(&engine, dir);
            println!("| {name} | {} |", cells.join(" | "));
        }
    }
}

/// `params` with problems told in a sentence ranked like any question: the heading at its
/// full weight and the shape prior's own share.
fn told_problem_off(params: RankingParams) -> RankingParams {
    RankingParams {
        problem_heading_share: 1.0,
        problem_shape_weight: params.shape_weight,
        ..params
    }
}

/// S@1 / S@3 / MRR@10 of one part in each language (ar, fa, zh, en), as table cells.
fn part_cells(engine: &Engine, dir: &str) -> Vec<String> {
    [Lang::Ar, Lang::Fa, Lang::Zh, Lang::En]
        .into_iter()
        .map(|lang| {
            let s = score(engine, lang, &format!("{dir}/{}.jsonl", lang.code()), 1);
            format!("{:.3} / {:.3} / {:.3}", s.s1(), s.s3(), s.mrr())
        })
        .collect()
}

/// Whether a case (`{"expect": [ids]}`) expects the article `id`.
fn expected(case: &serde_json::Value, id: &str) -> bool {
    case["expect"]
        .as_array()
        .is_some_and(|e| e.iter().any(|e| e == id))
}

/// Queries of a retrieval set (`tests/queries`) with an expected article in the top 3.
fn retrieval_top3(engine: &Engine, lang: Lang, path: &str) -> (usize, usize) {
    let cases: Vec<serde_json::Value> = read_jsonl(path);
    let hits = cases
        .iter()
        .filter(|c| {
            let resp = engine
                .search(&SearchRequest {
                    q: c["q"].as_str().unwrap_or_default().into(),
                    lang: Some(lang),
                    limit: 3,
                    ..Default::default()
                })
                .unwrap_or_else(|e| panic!("{lang} {c}: {e}"));
            resp.results.iter().any(|h| expected(c, &h.id))
        })
        .count();
    (hits, cases.len())
}

#[test]
#[ignore = "manual: the coverage lever's weights side by side"]
fn colloquial_coverage_weights() {
    // `DALIL_COVERAGE_WEIGHTS=0,1,2` picks the weights; held-out parts print only their totals.
    // `DALIL_SHOW_TUNING_MISSES=1` prints the tuning part's misses and the messages missed;
    // `DALIL_MESSAGE_TEXT=...` prints the answers to one more message.
    let weights: Vec<f32> = std::env::var("DALIL_COVERAGE_WEIGHTS")
        .unwrap_or_else(|_| "0,0.5,1,1.5,2".into())
        .split(',')
        .filter_map(|w| w.trim().parse().ok())
        .collect();
    // `DALIL_SHAPE_WEIGHTS=0.15,0.2` crosses them with the query-shape prior's weights.
    let shapes: Vec<f32> = std::env::var("DALIL_SHAPE_WEIGHTS")
        .ok()
        .map(|v| v.split(',').filter_map(|w| w.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![RankingParams::default().shape_weight]);
    let index = engine().index().clone();
    let settings = shapes
        .iter()
        .flat_map(|&shape| weights.iter().map(move |&weight| (shape, weight)));
    for (shape_weight, weight) in settings {
        let engine = Engine::with_params(
            index.clone(),
            RankingParams {
                coverage_weight: weight,
                message_coverage_weight: weight,
                shape_weight,
                ..RankingParams::default()
            },
        );
        println!(
            "\ncoverage weight {weight}, shape weight {shape_weight}: S@1 / S@3 / MRR@10 | ar | fa | zh | en |"
        );
        for (part, dir) in PARTS {
            let cells = part_cells(&engine, dir);
            println!("| {part} | {} |", cells.join(" | "));
        }
        for (part, dir) in [
            ("retrieval top 3", "tests/queries"),
            ("retrieval held-out top 3", "tests/queries/held-out"),
        ] {
            let cells: Vec<String> = [Lang::Ar, Lang::Fa, Lang::Zh, Lang::En]
                .into_iter()
                .map(|lang| {
                    let (hits, total) =
                        retrieval_top3(&engine, lang, &format!("{dir}/{}.jsonl", lang.code()));
                    format!("{hits}/{total}")
                })
                .collect();
            println!("| {part} | {} |", cells.join(" | "));
        }
        let cells: Vec<String> = [Lang::Ar, Lang::Fa, Lang::Zh, Lang::En]
            .into_iter()
            .map(|lang| {
                let (hits, total) = message_top3(&engine, "tests/messages", lang);
                let (kept, all) = message_top3(&engine, "tests/messages/heldout", lang);
                format!("{hits}/{total}, {kept}/{all}")
            })
            .collect();
        println!(
            "| agents' messages top 3 (tuning, kept aside) | {} |",
            cells.join(" | ")
        );
        if let Ok(text) = std::env::var("DALIL_MESSAGE_TEXT") {
            let resp = engine
                .suggest(&SuggestRequest {
                    text,
                    lang: None,
                    limit: 3,
                })
                .unwrap_or_else(|e| panic!("{e}"));
            let ids: Vec<&str> = resp.answers.iter().map(|a| a.id.as_str()).collect();
            println!("message answers: {ids:?}");
        }
        if std::env::var_os("DALIL_SHOW_TUNING_MISSES").is_some() {
            for lang in [Lang::Ar, Lang::Fa, Lang::Zh, Lang::En] {
                let path = format!("tests/queries/colloquial/{}.jsonl", lang.code());
                for m in score(&engine, lang, &path, 1).misses {
                    println!("{lang} {m}");
                }
            }
        }
    }
}

/// The tuning part's misses with their scores: for each, the first three results and the best
/// expected one (score, best section), under the default parameters, without query coverage
/// and without the shape prior, so the share each factor takes is read off the differences.
#[test]
#[ignore = "manual: diagnostics of the tuning part's misses"]
fn colloquial_tuning_miss_diagnostics() {
    // `DALIL_DIAG_LANGS=ar,fa` limits the languages. Never pointed at the held-out parts.
    let index = engine().index().clone();
    let defaults = RankingParams::default();
    let variants = [
        ("default", defaults.clone()),
        (
            "coverage 0",
            RankingParams {
                coverage_weight: 0.0,
                ..defaults.clone()
            },
        ),
        (
            "shape 0",
            RankingParams {
                shape_weight: 0.0,
                ..defaults.clone()
            },
        ),
        ("told 0", told_problem_off(defaults.clone())),
    ];
    let engines: Vec<(&str, Engine)> = variants
        .into_iter()
        .map(|(name, p)| (name, Engine::with_params(index.clone(), p)))
        .collect();
    let langs = std::env::var("DALIL_DIAG_LANGS").unwrap_or_else(|_| "ar,fa,zh,en".into());
    // `DALIL_DIAG_PARTS=tuning,blind,blind2,...,blind18` picks the tuning parts (the first by
    // default).
    let parts = std::env::var("DALIL_DIAG_PARTS").unwrap_or_else(|_| "tuning".into());
    // `DALIL_DIAG_DROP=1` also searches each miss without each of its words in turn and says
    // which word's absence puts an expected article first: the word that won the miss.
    let drop_words = std::env::var_os("DALIL_DIAG_DROP").is_some();
    for (part, lang) in parts
        .split(',')
        .flat_map(|p| Lang::ALL.map(|l| (p, l)))
        .filter(|(_, l)| langs.split(',').any(|c| c == l.code()))
    {
        let dir = match part {
            "tuning" => String::new(),
            blind if blind_batches().any(|b| b == blind) => format!("{blind}/"),
            other => panic!("{other}: not a tuning part"),
        };
        let path = format!("tests/queries/colloquial/{dir}{}.jsonl", lang.code());
        if !std::path::Path::new(&path).exists() {
            continue;
        }
        let cases: Vec<Case> = read_jsonl(&path);
        for c in &cases {
            let search = |e: &Engine| {
                e.search(&SearchRequest {
                    q: c.q.clone(),
                    lang: Some(lang),
                    limit: 10,
                    ..Default::default()
                })
                .unwrap_or_else(|e| panic!("{lang} {:?}: {e}", c.q))
            };
            let first = search(&engines[0].1);
            if first
                .results
                .first()
                .is_some_and(|h| c.expect.contains(&h.id))
            {
                continue;
            }
            println!(
                "\n{part} {lang} {:?} expected {:?} ({:?})",
                c.q,
                c.expect,
                query_shape(lang, &c.q)
            );
            if drop_words {
                let words: Vec<&str> = c.q.split_whitespace().collect();
                for skip in 0..words.len() {
                    let rest: Vec<&str> = (0..words.len())
                        .filter(|&i| i != skip)
                        .map(|i| words[i])
                        .collect();
                    if rest.is_empty() {
                        continue;
                    }
                    let resp = engines[0]
                        .1
                        .search(&SearchRequest {
                            q: rest.join(" "),
                            lang: Some(lang),
                            limit: 3,
                            ..Default::default()
                        })
                        .unwrap_or_else(|e| panic!("{lang} {:?}: {e}", c.q));
                    if resp
                        .results
                        .first()
                        .is_some_and(|h| c.expect.contains(&h.id))
                    {
                        println!("  without {:?}: right first", words[skip]);
                    }
                }
            }
            for (name, e) in &engines {
                let resp = search(e);
                let shown: Vec<String> = resp
                    .results
                    .iter()
                    .enumerate()
                    .filter(|(i, h)| *i < 3 || c.expect.contains(&h.id))
                    .map(|(i, h)| {
                        let mark = if c.expect.contains(&h.id) { "*" } else { "" };
                        format!("{}.{mark}{} {:.3} [{}]", i + 1, h.id, h.score, h.section)
                    })
                    .collect();
                println!("  {name:>10}: {}", shown.join(" | "));
            }
        }
    }
}

/// The blind batches kept fresh while a round tunes on the ones before them: tests that print
/// a row for every part (the agents' messages, the ranking variants) leave their scores out,
/// so nobody tuning sees them. Their own tests print them when the round is measured.
pub(crate) const FRESH_BATCHES: [&str; 2] = ["blind50", "blind51"];

/// The blind batches' folder names (`blind`, `blind2`, ...), in the order of `PARTS`: a new
/// batch listed there is measured as agents' messages and open to the diagnostics too.
fn blind_batches() -> impl Iterator<Item = &'static str> {
    PARTS
        .iter()
        .filter(|(name, _)| name.starts_with("tuning, "))
        .filter_map(|(_, dir)| dir.strip_prefix("tests/queries/colloquial/"))
}

/// The colloquial sets' parts: the tuning part and the blind batches, then the kept-aside ones.
pub(crate) const PARTS: [(&str, &str); 64] = [
    ("tuning", "tests/queries/colloquial"),
    ("tuning, blind batch", "tests/queries/colloquial/blind"),
    (
        "tuning, second blind batch",
        "tests/queries/colloquial/blind2",
    ),
    (
        "tuning, third blind batch",
        "tests/queries/colloquial/blind3",
    ),
    (
        "tuning, fourth blind batch",
        "tests/queries/colloquial/blind4",
    ),
    (
        "tuning, fifth blind batch",
        "tests/queries/colloquial/blind5",
    ),
    (
        "tuning, sixth blind batch",
        "tests/queries/colloquial/blind6",
    ),
    (
        "tuning, seventh blind batch",
        "tests/queries/colloquial/blind7",
    ),
    (
        "tuning, eighth blind batch",
        "tests/queries/colloquial/blind8",
    ),
    (
        "tuning, ninth blind batch",
        "tests/queries/colloquial/blind9",
    ),
    (
        "tuning, tenth blind batch",
        "tests/queries/colloquial/blind10",
    ),
    (
        "tuning, eleventh blind batch",
        "tests/queries/colloquial/blind11",
    ),
    (
        "tuning, twelfth blind batch",
        "tests/queries/colloquial/blind12",
    ),
    (
        "tuning, thirteenth blind batch",
        "tests/queries/colloquial/blind13",
    ),
    (
        "tuning, fourteenth blind batch",
        "tests/queries/colloquial/blind14",
    ),
    (
        "tuning, fifteenth blind batch",
        "tests/queries/colloquial/blind15",
    ),
    (
        "tuning, sixteenth blind batch",
        "tests/queries/colloquial/blind16",
    ),
    (
        "tuning, seventeenth blind batch",
        "tests/queries/colloquial/blind17",
    ),
    (
        "tuning, eighteenth blind batch",
        "tests/queries/colloquial/blind18",
    ),
    (
        "tuning, nineteenth blind batch",
        "tests/queries/colloquial/blind19",
    ),
    (
        "tuning, twentieth blind batch",
        "tests/queries/colloquial/blind20",
    ),
    (
        "tuning, twenty-first blind batch",
        "tests/queries/colloquial/blind21",
    ),
    (
        "tuning, twenty-second blind batch",
        "tests/queries/colloquial/blind22",
    ),
    (
        "tuning, twenty-third blind batch",
        "tests/queries/colloquial/blind23",
    ),
    (
        "tuning, twenty-fourth blind batch",
        "tests/queries/colloquial/blind24",
    ),
    (
        "tuning, twenty-fifth blind batch",
        "tests/queries/colloquial/blind25",
    ),
    (
        "tuning, twenty-sixth blind batch",
        "tests/queries/colloquial/blind26",
    ),
    (
        "tuning, twenty-seventh blind batch",
        "tests/queries/colloquial/blind27",
    ),
    (
        "tuning, twenty-eighth blind batch",
        "tests/queries/colloquial/blind28",
    ),
    (
        "tuning, twenty-ninth blind batch",
        "tests/queries/colloquial/blind29",
    ),
    (
        "tuning, thirtieth blind batch",
        "tests/queries/colloquial/blind30",
    ),
    (
        "tuning, thirty-first blind batch",
        "tests/queries/colloquial/blind31",
    ),
    (
        "tuning, thirty-second blind batch",
        "tests/queries/colloquial/blind32",
    ),
    (
        "tuning, thirty-third blind batch",
        "tests/queries/colloquial/blind33",
    ),
    (
        "tuning, thirty-fourth blind batch",
        "tests/queries/colloquial/blind34",
    ),
    (
        "tuning, thirty-fifth blind batch",
        "tests/queries/colloquial/blind35",
    ),
    (
        "tuning, thirty-sixth blind batch",
        "tests/queries/colloquial/blind36",
    ),
    (
        "tuning, thirty-seventh blind batch",
        "tests/queries/colloquial/blind37",
    ),
    (
        "tuning, thirty-eighth blind batch",
        "tests/queries/colloquial/blind38",
    ),
    (
        "tuning, thirty-ninth blind batch",
        "tests/queries/colloquial/blind39",
    ),
    (
        "tuning, fortieth blind batch",
        "tests/queries/colloquial/blind40",
    ),
    (
        "tuning, forty-first blind batch",
        "tests/queries/colloquial/blind41",
    ),
    (
        "tuning, forty-second blind batch",
        "tests/queries/colloquial/blind42",
    ),
    (
        "tuning, forty-third blind batch",
        "tests/queries/colloquial/blind43",
    ),
    (
        "tuning, forty-fourth blind batch",
        "tests/queries/colloquial/blind44",
    ),
    (
        "tuning, forty-fifth blind batch",
        "tests/queries/colloquial/blind45",
    ),
    (
        "tuning, forty-sixth blind batch",
        "tests/queries/colloquial/blind46",
    ),
    (
        "tuning, forty-seventh blind batch",
        "tests/queries/colloquial/blind47",
    ),
    (
        "tuning, forty-eighth blind batch",
        "tests/queries/colloquial/blind48",
    ),
    (
        "tuning, forty-ninth blind batch",
        "tests/queries/colloquial/blind49",
    ),
    ("fiftieth blind batch", "tests/queries/colloquial/blind50"),
    (
        "fifty-first blind batch",
        "tests/queries/colloquial/blind51",
    ),
    ("held-out", "tests/queries/colloquial/heldout"),
    ("held-out 2", "tests/queries/colloquial/heldout2"),
    ("held-out 3", "tests/queries/colloquial/heldout3"),
    ("held-out 5", "tests/queries/colloquial/heldout5"),
    ("held-out 6", "tests/queries/colloquial/heldout6"),
    ("held-out 7", "tests/queries/colloquial/heldout7"),
    ("held-out 8", "tests/queries/colloquial/heldout8"),
    ("held-out 9", "tests/queries/colloquial/heldout9"),
    ("held-out 10", "tests/queries/colloquial/heldout10"),
    ("held-out 11", "tests/queries/colloquial/heldout11"),
    ("held-out 12", "tests/queries/colloquial/heldout12"),
    ("held-out 13", "tests/queries/colloquial/heldout13"),
];

/// Agents' messages (`dir`: `tests/messages` or its kept-aside part) with an expected article
/// among the three suggested answers, of all; `DALIL_SHOW_TUNING_MISSES` prints the start of each message missed.
fn message_top3(engine: &Engine, dir: &str, lang: Lang) -> (usize, usize) {
    let cases: Vec<serde_json::Value> = read_jsonl(&format!("{dir}/{}.jsonl", lang.code()));
    let hits = cases
        .iter()
        .filter(|c| {
            let resp = engine
                .suggest(&SuggestRequest {
                    text: c["text"].as_str().unwrap_or_default().into(),
                    lang: None,
                    limit: 3,
                })
                .unwrap_or_else(|e| panic!("{lang}: {e}"));
            let hit = resp.answers.iter().any(|a| expected(c, &a.id));
            if !hit && std::env::var_os("DALIL_SHOW_TUNING_MISSES").is_some() {
                let text = c["text"].as_str().unwrap_or_default();
                let start: String = text.chars().take(80).collect();
                println!("{lang} message missed: {start:?} expected {}", c["expect"]);
            }
            hit
        })
        .count();
    (hits, cases.len())
}

/// Ranking parameters from `key=value` pairs over the defaults (the keys of
/// `colloquial_ranking_variants`).
fn params_from(spec: &str) -> RankingParams {
    let mut p = RankingParams::default();
    for pair in spec.split(',').filter(|s| !s.trim().is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let v: f32 = value
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{pair}: not a number"));
        match key.trim() {
            "coverage" => p.coverage_weight = v,
            "heading_weight" => p.field_weights[0] = v,
            "body_weight" => p.field_weights[4] = v,
            "field_tie" => p.field_tie = v,
            "message_coverage" => p.message_coverage_weight = v,
            "shape" => p.shape_weight = v,
            "problem_shape" => p.problem_shape_weight = v,
            "problem_heading" => p.problem_heading_share = v,
            "problem_min_words" => p.problem_min_words = v as usize,
            "synonym_tie" => p.synonym_tie = v,
            "synonym_weight" => p.synonym_weight = v,
            "synonym_join" => p.synonym_joins_word = v != 0.0,
            "sound_alike" => p.chinese_sound_alike = v != 0.0,
            "short_concepts" => p.short_query_concepts = v as usize,
            "short_coverage" => p.short_query_coverage_weight = v,
            "colloquial_weight" => p.colloquial_weight = v,
            "asked" => p.asked_weight = v,
            "asked_neighbours" => p.asked_neighbours_weight = v,
            "written_form_weight" => p.written_form_weight = v,
            "written_form_bare" => p.written_form_bare = v != 0.0,
            "known_clitic_bare" => p.known_clitic_bare = v != 0.0,
            "bare_form_rarity" => p.bare_form_rarity = v != 0.0,
            other => panic!("unknown ranking parameter {other:?}"),
        }
    }
    p
}

#[test]
#[ignore = "manual: ranking parameters side by side"]
fn colloquial_ranking_variants() {
    // `DALIL_VARIANTS="main:synonym_tie=1;now:"`: named settings over the defaults. Prints
    // S@1, S@3 and MRR@10 per part and language (held-out parts as totals only), the retrieval sets' top 3 and
    // the agents' messages; `DALIL_SHOW_TUNING_MISSES=1` adds the tuning part's misses, and
    // `DALIL_VARIANT_FRESH=1` the fresh batches' totals (to choose a setting on them, unread).
    let spec = std::env::var("DALIL_VARIANTS").unwrap_or_else(|_| "default:".into());
    let index = engine().index().clone();
    let langs = [Lang::Ar, Lang::Fa, Lang::Zh, Lang::En];
    println!("| setting | part | ar | fa | zh | en |\n|---|---|---|---|---|---|");
    for variant in spec.split(';').filter(|v| !v.trim().is_empty()) {
        let (name, pairs) = variant.split_once(':').unwrap_or((variant, ""));
        let engine = Engine::with_params(index.clone(), params_from(pairs));
        let mut rows: Vec<(String, Vec<String>)> = PARTS
            .iter()
            .filter(|(_, dir)| {
                std::env::var_os("DALIL_VARIANT_FRESH").is_some()
                    || !FRESH_BATCHES
                        .iter()
                        .any(|fresh| dir.ends_with(&format!("/{fresh}")))
            })
            .map(|(part, dir)| {
                let cells = langs.map(|lang| {
                    let s = score(&engine, lang, &format!("{dir}/{}.jsonl", lang.code()), 1);
                    // A tuning part's misses by name (`DALIL_VARIANT_MISSES=1`); kept-aside
                    // parts are never listed.
                    if !part.starts_with("held-out")
                        && std::env::var_os("DALIL_VARIANT_MISSES").is_some()
                    {
                        for m in &s.misses {
                            println!("miss {name} {part} {lang} {m}");
                        }
                    }
                    format!(
                        "{}/{} {:.3} / {:.3} / {:.3}",
                        s.at1,
                        s.total,
                        s.s1(),
                        s.s3(),
                        s.mrr()
                    )
                });
                (format!("{part} S@1 / S@3 / MRR@10"), cells.to_vec())
            })
            .collect();
        let retrieval = langs.map(|lang| {
            let set =
                |dir: &str| retrieval_top3(&engine, lang, &format!("{dir}/{}.jsonl", lang.code()));
            let ((a, n), (b, m)) = (set("tests/queries"), set("tests/queries/held-out"));
            format!("{a}/{n}, {b}/{m}")
        });
        rows.push((
            "retrieval top 3 (tuning, held-out)".into(),
            retrieval.to_vec(),
        ));
        let messages = langs.map(|lang| {
            let (hits, total) = message_top3(&engine, "tests/messages", lang);
            let (kept, all) = message_top3(&engine, "tests/messages/heldout", lang);
            format!("{hits}/{total}, {kept}/{all}")
        });
        rows.push((
            "agents' messages top 3 (tuning, kept aside)".into(),
            messages.to_vec(),
        ));
        for (part, cells) in rows {
            println!("| {name} | {part} | {} |", cells.join(" | "));
        }
        if std::env::var_os("DALIL_SHOW_TUNING_MISSES").is_some() {
            for lang in langs {
                let path = format!("tests/queries/colloquial/{}.jsonl", lang.code());
                for m in score(&engine, lang, &path, 1).misses {
                    println!("{name} {lang} {m}");
                }
            }
        }
    }
}
