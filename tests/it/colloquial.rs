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

use crate::retrieval::{engine, read_jsonl, search_in};

// The issue's target is S@1 0.92 per language on both parts; the floors are what holds now
// (docs/RELEVANCE.md, "Customers' own words"), so a change that loses ground fails. A part's
// floor is one number for every language, raised for a language that holds more.
/// S@1 every language must reach on the tuning part (lowest now: fa 0.876, 99 of 113, and
/// ar 0.877, 128 of 146: the fourth round added 62 Arabic and 37 Persian queries, at ar 0.822
/// and fa 0.867 before its rules and entries; en 0.909, zh 0.948).
const MIN_TUNING_S1: f64 = 0.86;
/// S@1 every language must reach on the blind batch of the tuning part (`blind/`, 25 per
/// language over all 22 articles, written during the sixth round by someone who read neither
/// the other query sets nor the lexicon). Lowest when written, before any tuning on it: ar
/// 0.600 (15 of 25); fa 0.800, zh 0.800, en 0.880. Its S@3 (ar 0.800, fa 0.920, zh 0.960,
/// en 0.960) holds the other parts' floor.
const MIN_BLIND_S1: f64 = 0.59;
/// S@1 every language must reach on the second blind batch of the tuning part (`blind2/`, 30
/// per language over all 22 articles, written blind during the seventh round by two writers who
/// read neither the other sets nor the lexicon). Lowest when written, before any tuning on it,
/// at `57bc33d`: en 0.633 (19 of 30); zh 0.667, fa 0.800, ar 0.867.
const MIN_BLIND2_S1: f64 = 0.63;
/// S@3 every language must reach on the second blind batch: zh 0.833 (25 of 30) as written;
/// en 0.933, ar 0.967, fa 0.900.
const MIN_BLIND2_S3: f64 = 0.83;
/// S@1 every language must reach on the held-out part (lowest now: zh 0.786, 11 of 14;
/// ar 0.733 -> 0.800 with query coverage, 0.667 before the query-shape prior, since the
/// dialect keywords copied from queries were removed from the content (issue 18)).
const MIN_HELDOUT_S1: f64 = 0.78;
/// Languages that hold more on the held-out part: ar 0.867 (13 of 15) and fa 0.857 (12 of
/// 14) since the fourth round's spoken stop words, rules and entries (0.800 and 0.786 before).
/// Fifth round (Persian, Chinese and English breadth): zh 0.857 (12 of 14, 0.786 before) and
/// en 0.929 (13 of 14, unchanged) hold since its spoken stop words, rules and entries.
/// Sixth round (Persian, Chinese and English, tuned on other writers' words): fa 0.857 ->
/// 0.929 (13 of 14) with its families, rules and bare written forms.
const MIN_HELDOUT_S1_RAISED: &[(Lang, f64)] = &[
    (Lang::Ar, 0.86),
    (Lang::Fa, 0.92),
    (Lang::Zh, 0.85),
    (Lang::En, 0.92),
];
/// S@1 every language must reach on the second held-out part (lowest now: ar 0.667, 10 of 15,
/// with query coverage, which took fa 0.600 -> 0.733, as low as when the part was written).
const MIN_HELDOUT2_S1: f64 = 0.66;
/// Languages that hold more on the second held-out part since the fifth round (Persian,
/// Chinese and English breadth): fa 0.733 (11 of 15), zh 0.867 (13 of 15), en 0.867 (13 of 15),
/// unchanged by that round; ar 0.733 (11 of 15) since the fifth round's Arabic breadth
/// (object, negation and plural rules, spoken stop words, entries; 0.667 before). The floors
/// sit just under them.
/// Sixth round (Persian, Chinese and English, tuned on other writers' words): fa 0.733 ->
/// 0.800 (12 of 15) with the bare written form of a colloquial word (`حسابمو` -> `حساب`).
const MIN_HELDOUT2_S1_RAISED: &[(Lang, f64)] = &[
    (Lang::Ar, 0.73),
    (Lang::Fa, 0.79),
    (Lang::Zh, 0.86),
    (Lang::En, 0.86),
];
/// S@1 every language must reach on the third held-out part (lowest now: ar 0.650, 13 of 20,
/// as when it was written, before the third round's tuning; fa, zh, en 0.800 -> 0.850 with
/// query coverage).
const MIN_HELDOUT3_S1: f64 = 0.65;
/// Languages that hold more on the third held-out part since the fifth round (Persian,
/// Chinese and English breadth): fa 0.850 -> 0.900 (18 of 20), en 0.850 -> 0.900 (18 of 20),
/// zh 0.850 (17 of 20, unchanged); the floors sit just under them.
const MIN_HELDOUT3_S1_RAISED: &[(Lang, f64)] =
    &[(Lang::Fa, 0.89), (Lang::Zh, 0.84), (Lang::En, 0.89)];
/// S@1 every language must reach on the fifth held-out part (lowest now: fa 0.500, 10 of 20,
/// as written, at `912f833`; ar 0.550, zh 0.650, en 0.750).
const MIN_HELDOUT5_S1: f64 = 0.49;
/// S@3 every language must reach on the fifth held-out part: zh 0.750 (15 of 20) as written
/// sits under `MIN_S3`, and a kept-aside part is not tuned up to a floor (ar 0.800, fa 0.900,
/// en 0.950).
const MIN_HELDOUT5_S3: f64 = 0.74;
/// Languages that hold more on the fifth held-out part since the sixth round (Persian, Chinese
/// and English, tuned on other writers' words): fa 0.500 -> 0.550 (11 of 20), zh 0.650 ->
/// 0.700 (14 of 20), en 0.750 -> 0.800 (16 of 20); the floors sit just under them.
const MIN_HELDOUT5_S1_RAISED: &[(Lang, f64)] =
    &[(Lang::Fa, 0.54), (Lang::Zh, 0.69), (Lang::En, 0.79)];
/// S@1 every language must reach on the sixth held-out part (written blind at the start of the
/// seventh round, never read by the tuners). Lowest when written, at `4d3e542`: zh 0.550 (11
/// of 20); en 0.600, fa 0.800, ar 0.850.
const MIN_HELDOUT6_S1: f64 = 0.54;
/// S@3 every language must reach on the sixth held-out part: zh 0.850 (17 of 20) as written;
/// en 0.900, ar 1.000, fa 1.000.
const MIN_HELDOUT6_S3: f64 = 0.84;
/// S@1 every language must reach on the third blind batch of the tuning part (`blind3/`, 40
/// per language, written blind at the start of the eleventh round). Lowest when written, before
/// any tuning on it, at `038437a`: ar 0.700 (28 of 40); fa 0.725, zh 0.800, en 0.875.
const MIN_BLIND3_S1: f64 = 0.69;
/// S@3 every language must reach on the third blind batch, as written: fa 0.875 (35 of 40); ar
/// 0.900, zh 0.925, en 0.975.
const MIN_BLIND3_S3: f64 = 0.87;
/// S@1 every language must reach on the fourth blind batch of the tuning part (`blind4/`, 40
/// per language, written blind at the start of the twelfth round). Lowest when written, before
/// any tuning on it, at `64510a0`: en 0.600 (24 of 40); ar 0.750, zh 0.750, fa 0.850. Twelfth
/// round (English): en 0.600 -> 1.000, so the lowest is ar and zh 0.750 as written.
const MIN_BLIND4_S1: f64 = 0.74;
/// S@3 every language must reach on the fourth blind batch, as written: ar, zh and en 0.950
/// (38 of 40), fa 1.000.
const MIN_BLIND4_S3: f64 = 0.94;
/// S@1 every language must reach on the fifth blind batch of the tuning part (`blind5/`, 60
/// per language, written blind at the start of the thirteenth round). Lowest when written,
/// before any tuning on it, with 15 queries reworded for `query_independence`: zh 0.683 (41
/// of 60); fa 0.733, en 0.783, ar 0.800.
const MIN_BLIND5_S1: f64 = 0.68;
/// S@3 every language must reach on the fifth blind batch, as written: en 0.933 (56 of 60); ar
/// and zh 0.950, fa 0.967.
const MIN_BLIND5_S3: f64 = 0.93;
/// S@1 every language must reach on the sixth blind batch (`blind6/`, 60 per language, written
/// blind in the thirteenth round: Arabic and Chinese first, reworded for `query_independence`
/// 16, fresh ar 0.850, zh 0.833; Persian and English later, with 24 reworded, fresh fa 0.850, en
/// 0.783). The lowest fresh: en 0.783; Arabic and Chinese after their tuning have their own
/// floors.
const MIN_BLIND6_S1: f64 = 0.78;
/// S@3 every language must reach on the sixth blind batch, as written: en 0.933; ar and zh
/// 0.983, fa 0.983.
const MIN_BLIND6_S3: f64 = 0.93;
/// S@1 every language must reach on the seventh blind batch (`blind7/`, 60 per language, written
/// blind at the start of the fourteenth round). Lowest when written, before any tuning on it:
/// zh 0.717 (43 of 60); en 0.750, ar and fa 0.817 (with 21 queries reworded for
/// `query_independence`).
const MIN_BLIND7_S1: f64 = 0.71;
/// S@3 every language must reach on the seventh blind batch, as written: zh and en 0.917 (55 of
/// 60); fa 0.983, ar 1.000.
const MIN_BLIND7_S3: f64 = 0.91;
/// S@1 every language must reach on the eighth blind batch (`blind8/`, 60 per language, written
/// blind in the fourteenth round, section by section). Lowest when written, before any tuning
/// on it, with 26 queries reworded for `query_independence`: en 0.750 (45 of 60); ar 0.850, zh
/// 0.867, fa 0.883.
const MIN_BLIND8_S1: f64 = 0.74;
/// S@3 every language must reach on the eighth blind batch, as written: zh and en 0.950 (57 of
/// 60); ar and fa 0.967.
const MIN_BLIND8_S3: f64 = 0.94;
/// S@1 every language must reach on the ninth blind batch (`blind9/`, 60 per language, written
/// blind at the start of the fifteenth round, section by section). Lowest when written, before
/// any tuning on it, with 23 queries reworded for `query_independence`: zh and en 0.733 (44 of
/// 60); ar 0.833, fa 0.967.
const MIN_BLIND9_S1: f64 = 0.72;
/// S@3 every language must reach on the ninth blind batch, as written: zh and en 0.900 (54 of
/// 60); ar 0.983, fa 1.000.
const MIN_BLIND9_S3: f64 = 0.89;
/// S@1 every language must reach on the tenth blind batch (`blind10/`, 60 per language, written
/// blind in the fifteenth round: customers' situations). Lowest when written, before the second
/// pass, on the first pass's base (`f44746b`), with 7 queries reworded for
/// `query_independence`: ar 0.733 (44 of 60); fa 0.783, en 0.800, zh 0.850.
const MIN_BLIND10_S1: f64 = 0.72;
/// S@3 every language must reach on the tenth blind batch, as written: ar 0.900 (54 of 60); fa
/// 0.950, zh and en 0.967.
const MIN_BLIND10_S3: f64 = 0.89;
/// S@1 every language must reach on the eleventh blind batch (`blind11/`, 60 per language,
/// written blind in the sixteenth round: what people type in a search box, short and misspelt).
/// Lowest when written, before any tuning on it (main with the fifteenth round's second pass for
/// Arabic and English), with 11 queries reworded for `query_independence` and 15 as near copies
/// of an earlier part's query: ar and en 0.817 (49 of 60); zh 0.833, fa 0.900.
const MIN_BLIND11_S1: f64 = 0.8;
/// S@3 every language must reach on the eleventh blind batch, as written: ar 0.933 (56 of
/// 60); zh 0.967, fa and en 0.983.
const MIN_BLIND11_S3: f64 = 0.93;
/// S@1 every language must reach on the twelfth blind batch (`blind12/`, 60 per language,
/// written blind in the seventeenth round: a guide and its FAQ competing). Lowest when written,
/// before any tuning on it (main after the sixteenth round), with 31 queries reworded as near
/// copies of an earlier part's query and 17 for `query_independence`: fa 0.783 (47 of 60); ar
/// 0.800, en 0.817, zh 0.867.
const MIN_BLIND12_S1: f64 = 0.78;
/// S@3 every language must reach on the twelfth blind batch, as written: zh and en 0.967 (58 of
/// 60); ar and fa 0.983.
const MIN_BLIND12_S3: f64 = 0.96;
/// S@1 every language must reach on the thirteenth blind batch (`blind13/`, 90 per language,
/// written blind in the seventeenth round: thirty common needs, three customers each). Lowest
/// when written, before any tuning on it (main before the seventeenth round's first pass was
/// merged), with 27 queries reworded as near copies of an earlier part's query and 17 for
/// `query_independence`: fa 0.611 (55 of 90); zh 0.622, ar 0.633, en 0.678.
const MIN_BLIND13_S1: f64 = 0.6;
/// S@3 every language must reach on the thirteenth blind batch, as written: fa and zh 0.822
/// (74 of 90); ar 0.867, en 0.889.
const MIN_BLIND13_S3: f64 = 0.81;
/// S@1 every language must reach on the fourteenth blind batch (`blind14/`, 60 per language,
/// twenty needs, three customers each). Lowest when written, after the seventeenth round, with
/// 24 queries reworded as near copies of an earlier part's query or for `query_independence`:
/// en 0.617 (37 of 60); zh 0.683, ar 0.733, fa 0.800.
const MIN_BLIND14_S1: f64 = 0.61;
/// S@3 every language must reach on the fourteenth blind batch, as written: en 0.800 (48 of
/// 60); ar 0.883, zh 0.900, fa 0.917.
const MIN_BLIND14_S3: f64 = 0.79;
/// S@1 every language must reach on the fifteenth blind batch (`blind15/`, 60 per language,
/// twenty needs, three customers each). Lowest when written, after the eighteenth round's
/// first pass, with 26 queries reworded as near copies of an earlier part's query or for
/// `query_independence`: zh 0.650 (39 of 60); fa 0.667, en 0.717, ar 0.750.
const MIN_BLIND15_S1: f64 = 0.64;
/// S@3 every language must reach on the fifteenth blind batch, as written: zh 0.833 (50 of
/// 60); en 0.883, fa 0.917, ar 0.950.
const MIN_BLIND15_S3: f64 = 0.82;
/// S@1 every language must reach on the sixteenth blind batch (`blind16/`, 60 per language,
/// twenty needs, three customers each). Lowest when written, after the eighteenth round,
/// with 16 queries reworded as near copies of an earlier part's query and 7 for
/// `query_independence`: en 0.583 (35 of 60); zh 0.683, fa 0.700, ar 0.733.
const MIN_BLIND16_S1: f64 = 0.58;
/// S@3 every language must reach on the sixteenth blind batch, as written: en 0.817 (49 of
/// 60); ar 0.917, fa 0.933, zh 0.933.
const MIN_BLIND16_S3: f64 = 0.81;
/// S@1 every language must reach on the seventeenth blind batch (`blind17/`, 60 per language,
/// twenty needs, three customers each). Lowest when written, after the content lever, with
/// 12 queries reworded as near copies of an earlier part's query and 5 for
/// `query_independence`: en 0.600 (36 of 60), ar 0.617, fa 0.717, zh 0.717; before the
/// content lever en 0.600, ar 0.600, fa 0.717, zh 0.700.
const MIN_BLIND17_S1: f64 = 0.59;
/// S@3 every language must reach on the seventeenth blind batch, as written: ar 0.817 (49 of
/// 60); en 0.850, zh 0.917, fa 0.950.
const MIN_BLIND17_S3: f64 = 0.81;
/// S@1 every language must reach on the eighteenth blind batch (`blind18/`, 60 per language,
/// twenty needs, three customers each). Lowest when written, after the nineteenth round, with
/// 20 queries reworded as near copies of an earlier part's query and 2 for
/// `query_independence`: ar 0.600 (36 of 60), zh 0.600, en 0.783, fa 0.817.
const MIN_BLIND18_S1: f64 = 0.59;
/// S@3 every language must reach on the eighteenth blind batch, as written: zh 0.800 (48 of
/// 60); ar 0.867, en 0.900, fa 1.000.
const MIN_BLIND18_S3: f64 = 0.79;
/// S@1 every language must reach on the nineteenth blind batch (`blind19/`, 60 per language,
/// twenty needs, three customers each). Lowest when written, with 18 queries reworded as near
/// copies of an earlier part's query and 10 for `query_independence`: en 0.683 (41 of 60), ar
/// 0.700, fa 0.717, zh 0.733.
const MIN_BLIND19_S1: f64 = 0.67;
/// S@3 every language must reach on the nineteenth blind batch, as written: zh 0.867 (52 of
/// 60); ar 0.917, en 0.917, fa 0.967.
const MIN_BLIND19_S3: f64 = 0.85;
/// S@1 every language must reach on the twentieth blind batch (`blind20/`, 60 per language,
/// twenty needs, three customers each). Lowest when written, with 23 queries reworded as near
/// copies of an earlier part's query and 3 for `query_independence`, before problems told in
/// a sentence weighed headings lighter: ar 0.700 (42 of 60), fa 0.733, en 0.733, zh 0.750;
/// after, en 0.717, ar 0.733, fa 0.750, zh 0.783.
const MIN_BLIND20_S1: f64 = 0.69;
/// S@3 every language must reach on the twentieth blind batch, as written: ar 0.883 (53 of
/// 60); zh 0.917, fa 0.950, en 0.967.
const MIN_BLIND20_S3: f64 = 0.87;
/// S@1 every language must reach on the twenty-first blind batch (`blind21/`, 60 per
/// language, twenty needs, three customers each). Lowest when written, after the twentieth
/// round, with 29 queries reworded as near copies of an earlier part's query and 3 for
/// `query_independence`: fa 0.783 (47 of 60), ar 0.800, zh 0.850, en 0.867.
const MIN_BLIND21_S1: f64 = 0.77;
/// S@3 every language must reach on the twenty-first blind batch, as written: fa 0.900 (54 of
/// 60); ar 0.917, zh 0.967, en 0.967.
const MIN_BLIND21_S3: f64 = 0.89;
/// S@1 every language must reach on the twenty-second blind batch (`blind22/`, 60 per
/// language, thirty needs, two customers each, two in three short). Lowest when written, at
/// `eb6c489` (before the twenty-first round), with 30 queries reworded as near copies of an
/// earlier part's query and 6 for `query_independence`: ar 0.700 (42 of 60), en 0.717, fa
/// 0.733, zh 0.800.
const MIN_BLIND22_S1: f64 = 0.69;
/// S@3 every language must reach on the twenty-second blind batch, as written: ar 0.833 (50
/// of 60); en 0.900, fa 0.917, zh 0.917.
const MIN_BLIND22_S3: f64 = 0.82;
/// S@1 every language must reach on the twenty-third blind batch (`blind23/`, 60 per
/// language, written like the twenty-second). Lowest when written, at `eb6c489`, with 50
/// queries reworded as near copies of an earlier part's query and 14 for
/// `query_independence`: zh 0.650 (39 of 60), en 0.667, ar 0.733, fa 0.767.
const MIN_BLIND23_S1: f64 = 0.64;
/// S@3 every language must reach on the twenty-third blind batch, as written: ar 0.867 (52
/// of 60), zh 0.867; en 0.900, fa 0.983.
const MIN_BLIND23_S3: f64 = 0.85;
/// S@1 every language must reach on the twenty-fourth blind batch (`blind24/`, 60 per
/// language, written like the twenty-second). Lowest when written, at the twenty-first round's
/// second pass (`d27211c`), with 34 queries reworded as near copies of an earlier part's query
/// and 4 for `query_independence`: en 0.717 (43 of 60), zh 0.733, fa 0.767, ar 0.817.
const MIN_BLIND24_S1: f64 = 0.70;
/// S@3 every language must reach on the twenty-fourth blind batch, as written: en 0.850 (51
/// of 60); fa 0.883, ar 0.950, zh 0.950.
const MIN_BLIND24_S3: f64 = 0.84;
/// S@1 every language must reach on the twenty-fifth blind batch (`blind25/`, 60 per
/// language, written like the twenty-second). Lowest when written, at the twenty-first round's
/// end (`e4a6ec9`), with 38 queries reworded as near copies of an earlier part's query and 15
/// for `query_independence`: en 0.633 (38 of 60), zh 0.767, ar 0.800, fa 0.800.
const MIN_BLIND25_S1: f64 = 0.62;
/// S@3 every language must reach on the twenty-fifth blind batch, as written: en 0.850 (51
/// of 60); zh 0.933, ar 0.950, fa 0.950.
const MIN_BLIND25_S3: f64 = 0.84;
/// S@1 every language must reach on the twenty-sixth blind batch (`blind26/`, 60 per
/// language, written like the twenty-second). Lowest when written, after the twenty-second
/// round (`00d83a8`), with 54 queries reworded as near copies of an earlier part's query and 10
/// for `query_independence`: en 0.683 (41 of 60), ar 0.717, fa 0.783, zh 0.817.
const MIN_BLIND26_S1: f64 = 0.67;
/// S@3 every language must reach on the twenty-sixth blind batch, as written: en 0.867 (52
/// of 60); fa 0.900, ar 0.933, zh 0.950.
const MIN_BLIND26_S3: f64 = 0.85;
/// S@1 every language must reach on the twenty-seventh blind batch (`blind27/`, 60 per
/// language, written like the twenty-second). Lowest when written, after the twenty-third
/// round (`ec24f18`), with 59 queries reworded as near copies of an earlier part's query and 6
/// for `query_independence`: ar 0.750 (45 of 60), fa 0.750, zh 0.767, en 0.817.
const MIN_BLIND27_S1: f64 = 0.74;
/// S@3 every language must reach on the twenty-seventh blind batch, as written: ar 0.883 (53
/// of 60); fa 0.933, en 0.933, zh 0.950.
const MIN_BLIND27_S3: f64 = 0.87;
/// S@1 every language must reach on the twenty-eighth blind batch (`blind28/`, 60 per
/// language, written like the twenty-second). Lowest when written, after the twenty-fourth
/// round (`3d8c8cd`), with 36 queries reworded as near copies of an earlier part's query and 9
/// for `query_independence`: en 0.750 (45 of 60), ar 0.833, zh 0.833, fa 0.867.
const MIN_BLIND28_S1: f64 = 0.74;
/// S@3 every language must reach on the twenty-eighth blind batch, as written: en 0.917 (55
/// of 60), ar 0.917; zh 0.933, fa 1.000.
const MIN_BLIND28_S3: f64 = 0.90;
/// S@1 every language must reach on the twenty-ninth blind batch (`blind29/`, 60 per
/// language, written like the twenty-second). Lowest when written, after the twenty-fifth
/// round (`2489974`), with 51 queries reworded as near copies of an earlier part's query and 8
/// for `query_independence`: en 0.733 (44 of 60), fa 0.800, ar 0.817, zh 0.883.
const MIN_BLIND29_S1: f64 = 0.72;
/// S@3 every language must reach on the twenty-ninth blind batch, as written: en 0.917 (55
/// of 60); ar 0.933, fa 0.950, zh 0.950.
const MIN_BLIND29_S3: f64 = 0.90;
/// S@1 every language must reach on the thirtieth blind batch (`blind30/`, 60 per language,
/// written like the twenty-second). Lowest when written, after the twenty-sixth round
/// (`bd2a06c`), with 43 queries reworded as near copies of an earlier part's query and 8 for
/// `query_independence`: en 0.683 (41 of 60), zh 0.717, ar 0.733, fa 0.833.
const MIN_BLIND30_S1: f64 = 0.67;
/// S@3 every language must reach on the thirtieth blind batch, as written: zh 0.900 (54 of
/// 60); ar 0.933, en 0.933, fa 0.950.
const MIN_BLIND30_S3: f64 = 0.89;
/// S@1 every language must reach on the thirty-first blind batch (`blind31/`, 60 per
/// language, written like the twenty-second). Lowest when written, at `2a46a75`, with 119
/// queries reworded as near copies of an earlier part's query and 38 for `query_independence`:
/// fa 0.683 (41 of 60), en 0.750, zh 0.783, ar 0.800.
const MIN_BLIND31_S1: f64 = 0.67;
/// S@3 every language must reach on the thirty-first blind batch, as written: en 0.933 (56
/// of 60); ar 0.950, zh 0.967, fa 0.983.
const MIN_BLIND31_S3: f64 = 0.92;
/// S@1 every language must reach on the thirty-second blind batch (`blind32/`, 60 per
/// language, written like the twenty-second). Lowest when written, at `c0ef5c9`, after four
/// rewording passes (the first: 114 near copies of an earlier part's query, 43 phrases shared
/// with keywords or synonyms): fa 0.700 (42 of 60), en 0.783, ar 0.783, zh 0.867.
const MIN_BLIND32_S1: f64 = 0.69;
/// S@3 every language must reach on the thirty-second blind batch, as written: fa 0.900 (54
/// of 60); ar, zh and en 0.967.
const MIN_BLIND32_S3: f64 = 0.89;
/// S@1 every language must reach on the thirty-third blind batch (`blind33/`, 60 per
/// language, written like the twenty-second). Lowest when written, at `e6c842e`, after five
/// rewording passes (the first: 110 near copies of an earlier part's query, 42 phrases shared
/// with keywords or synonyms): ar 0.750 (45 of 60), fa 0.750, en 0.817, zh 0.833.
const MIN_BLIND33_S1: f64 = 0.74;
/// S@3 every language must reach on the thirty-third blind batch, as written: ar 0.933 (56
/// of 60); fa 0.950, zh and en 0.983.
const MIN_BLIND33_S3: f64 = 0.92;
/// S@1 every language must reach on the thirty-fourth blind batch (`blind34/`, 60 per
/// language, written like the twenty-second). Lowest when written, at `1fb0397`, after five
/// rewording passes (the first flagged 164 queries, near copies and shared phrases together):
/// ar 0.700 (42 of 60), fa 0.783, zh 0.800, en 0.800.
const MIN_BLIND34_S1: f64 = 0.69;
/// S@3 every language must reach on the thirty-fourth blind batch, as written: zh and en
/// 0.933 (56 of 60); ar 0.950, fa 0.983.
const MIN_BLIND34_S3: f64 = 0.92;
/// S@1 every language must reach on the thirty-fifth blind batch (`blind35/`, 60 per
/// language, written from thirty needs of its own). Lowest when written, at `2267c41`, after
/// five rewording passes (the first: 113 near copies of an earlier part's query): fa 0.683
/// (41 of 60); ar, zh and en 0.733.
const MIN_BLIND35_S1: f64 = 0.67;
/// S@3 every language must reach on the thirty-fifth blind batch, as written: ar and en 0.933
/// (56 of 60); fa 0.950, zh 0.967.
const MIN_BLIND35_S3: f64 = 0.92;
/// S@1 every language must reach on the thirty-sixth blind batch (`blind36/`, 60 per
/// language, written from thirty other needs, most of them sections earlier batches seldom
/// asked for). Lowest when written, at `2267c41`, after five rewording passes (the first: 91
/// near copies): fa 0.600 (36 of 60); ar 0.617, en 0.683, zh 0.750.
const MIN_BLIND36_S1: f64 = 0.59;
/// S@3 every language must reach on the thirty-sixth blind batch, as written: ar 0.900 (54 of
/// 60); en 0.950, fa and zh 0.967.
const MIN_BLIND36_S3: f64 = 0.89;
/// S@1 every language must reach on the thirty-seventh blind batch (`blind37/`, 60 per
/// language, written from thirty needs no earlier batch asked for). Lowest when written, at
/// `d8a5781` with the FAQ lean's counts taken from blind36 too, after three rewording passes (the
/// first: 81 near copies or shared phrases, then 24, then 5 by hand): fa 0.633 (38 of 60); ar
/// 0.667, en 0.717, zh 0.767. With the lean's weight 0.1 (chosen after, on blind35 as written
/// and a cross-check): fa 0.600 (36), ar 0.700, en 0.717, zh 0.767.
const MIN_BLIND37_S1: f64 = 0.59;
/// S@3 every language must reach on the thirty-seventh blind batch, as written: ar 0.867 (52
/// of 60); zh 0.900, fa 0.917, en 0.950.
const MIN_BLIND37_S3: f64 = 0.85;
/// S@1 every language must reach on the thirty-eighth blind batch (`blind38/`, 60 per
/// language, written from thirty needs our sets asked seldom or never). Lowest when written,
/// at `5e79c0d` after three rewording passes (51 near copies or shared phrases, then 6, of which
/// 3 by hand): ar and fa 0.683 (41 of 60); en 0.700, zh 0.733.
const MIN_BLIND38_S1: f64 = 0.66;
/// S@3 every language must reach on the thirty-eighth blind batch, as written: ar 0.867 (52
/// of 60); en and fa 0.917, zh 0.933.
const MIN_BLIND38_S3: f64 = 0.85;
/// S@1 every language must reach on the thirty-ninth blind batch (`blind39/`, 60 per
/// language, written from thirty needs our sets asked seldom or never). Lowest when written,
/// at `b5a8369` after the rewording passes: en 0.717 (43 of 60); ar 0.733, fa 0.750, zh 0.867.
const MIN_BLIND39_S1: f64 = 0.69;
/// S@3 every language must reach on the thirty-ninth blind batch, as written: ar and en 0.900 (54 of 60); fa and zh 0.933.
const MIN_BLIND39_S3: f64 = 0.87;
/// S@1 every language must reach on the fortieth blind batch (`blind40/`, 60 per language,
/// written from thirty needs our sets asked seldom or never). Lowest when written, at
/// `d8e4138` after the rewording passes: ar 0.517 (31 of 60); zh 0.583, en 0.633, fa 0.650.
const MIN_BLIND40_S1: f64 = 0.49;
/// S@3 every language must reach on the fortieth blind batch, as written: fa 0.800 (48 of 60); ar and en 0.833, zh 0.867.
const MIN_BLIND40_S3: f64 = 0.77;
/// S@1 every language must reach on the forty-first blind batch (`blind41/`, 60 per
/// language, written from thirty needs our sets asked seldom or never). Lowest when written, at
/// `0060f0f` after the rewording passes: ar and fa 0.650 (39 of 60); en and zh 0.717.
const MIN_BLIND41_S1: f64 = 0.62;
/// S@3 every language must reach on the forty-first blind batch, as written: ar 0.833 (50 of
/// 60); fa 0.883, zh 0.900, en 0.917.
const MIN_BLIND41_S3: f64 = 0.80;
/// S@1 every language must reach on the forty-second blind batch (`blind42/`, 60 per
/// language, written from thirty needs our sets asked seldom or never). Lowest when written, at
/// `ce58eb5` after the rewording passes: ar 0.500 (30 of 60); fa 0.650, en and zh 0.700. As
/// the fortieth round's tuning part, with the FAQ lean's counts taking it in: ar 0.550 (33).
const MIN_BLIND42_S1: f64 = 0.53;
/// S@3 every language must reach on the forty-second blind batch, as written: ar 0.800 (48 of
/// 60); en and zh 0.867, fa 0.917.
const MIN_BLIND42_S3: f64 = 0.77;
/// S@1 every language must reach on the forty-third blind batch (`blind43/`, 60 per
/// language, written from thirty needs our sets asked at most three times). Lowest when
/// written, at `33bef06` after the rewording pass: ar 0.533 (32 of 60); zh 0.600, en 0.617,
/// fa 0.633. As the forty-first round's tuning part, with the FAQ lean's counts taking it in:
/// ar 0.550 (33).
const MIN_BLIND43_S1: f64 = 0.52;
/// S@3 every language must reach on the forty-third blind batch, as written: ar 0.767 (46 of
/// 60); en and fa 0.850, zh 0.867.
const MIN_BLIND43_S3: f64 = 0.75;
/// S@1 every language must reach on the forty-fourth blind batch (`blind44/`, 60 per
/// language, written from thirty needs our sets asked at most twice). Lowest when written, at
/// `8fdf9ee` after the rewording pass: ar and zh 0.583 (35 of 60); en and fa 0.683.
const MIN_BLIND44_S1: f64 = 0.57;
/// S@3 every language must reach on the forty-fourth blind batch, as written: zh 0.833 (50 of
/// 60); en and ar 0.867, fa 0.917.
const MIN_BLIND44_S3: f64 = 0.82;
/// S@1 every language must reach on the forty-fifth blind batch (`blind45/`, 60 per
/// language, written from thirty needs our sets asked at most three times). Lowest when
/// written, at `36b9b6f` after the rewording pass: fa 0.617 (37 of 60); en 0.633, zh 0.683,
/// ar 0.700.
const MIN_BLIND45_S1: f64 = 0.61;
/// S@3 every language must reach on the forty-fifth blind batch, as written: zh 0.850 (51 of
/// 60); en and ar 0.867, fa 0.917.
const MIN_BLIND45_S3: f64 = 0.84;
/// S@1 every language must reach on the forty-sixth blind batch (`blind46/`, 60 per
/// language, written from thirty needs our sets asked at most three times). Lowest when
/// written, at `f03b61d` after the rewording pass: ar 0.633 (38 of 60); en and fa
/// 0.683, zh 0.733.
const MIN_BLIND46_S1: f64 = 0.63;
/// S@3 every language must reach on the forty-sixth blind batch, as written: zh 0.867 (52 of
/// 60); en and ar 0.883, fa 0.983.
const MIN_BLIND46_S3: f64 = 0.86;
/// S@1 every language must reach on the forty-seventh blind batch (`blind47/`, 60 per
/// language, written from thirty needs our sets asked at most three times). Lowest when
/// written, at `0e38ef3` after the rewording pass: en 0.700 (42 of 60); zh 0.717,
/// ar 0.733, fa 0.750.
const MIN_BLIND47_S1: f64 = 0.69;
/// S@3 every language must reach on the forty-seventh blind batch, as written: en 0.833 (50 of
/// 60); ar 0.900, fa 0.917, zh 0.950.
const MIN_BLIND47_S3: f64 = 0.83;
/// S@1 every language must reach on the forty-eighth blind batch (`blind48/`, 60 per
/// language, written from thirty needs our sets asked at most three times). Lowest when
/// written, at `6656e53` after the rewording pass: ar 0.567 (34 of 60); en 0.583,
/// zh 0.600, fa 0.633.
const MIN_BLIND48_S1: f64 = 0.56;
/// S@3 every language must reach on the forty-eighth blind batch, as written: ar 0.800 (48 of 60); en
/// and zh 0.817, fa 0.933.
const MIN_BLIND48_S3: f64 = 0.79;
/// S@1 every language must reach on the forty-ninth blind batch (`blind49/`, 60 per
/// language, written from thirty needs our sets asked at most three times). Lowest when
/// written, at `91ce3af` after the rewording pass: en 0.450 (27 of 60); ar 0.567,
/// fa 0.617, zh 0.633.
const MIN_BLIND49_S1: f64 = 0.44;
/// S@3 every language must reach on the forty-ninth blind batch, as written: ar and fa 0.850
/// (51 of 60); en and zh 0.867.
const MIN_BLIND49_S3: f64 = 0.84;
/// S@1 every language must reach on the fiftieth blind batch (`blind50/`, 60 per language,
/// written from thirty needs our sets asked at most three times). Lowest when written, at
/// `231e46f` after the rewording pass: en 0.583 (35 of 60); zh 0.600, fa 0.633, ar 0.667.
const MIN_BLIND50_S1: f64 = 0.57;
/// S@3 every language must reach on the fiftieth blind batch, as written: ar 0.850 (51 of
/// 60); zh 0.867, en and fa 0.900.
const MIN_BLIND50_S3: f64 = 0.84;
/// S@1 every language must reach on the fifty-first blind batch (`blind51/`, 60 per language,
/// written from thirty needs our sets asked at most twice). Lowest when written, at
/// `c2542e7` (blind49 made a tuning part) after the rewording pass: ar 0.650 (39 of 60); zh
/// 0.717, en and fa 0.733.
const MIN_BLIND51_S1: f64 = 0.64;
/// S@3 every language must reach on the fifty-first blind batch, as written: ar 0.850 (51 of
/// 60); en and fa 0.883, zh 0.900.
const MIN_BLIND51_S3: f64 = 0.84;
/// S@1 every language must reach on the seventh held-out part (written blind at the start of
/// the eleventh round, never read by the tuners). Lowest when written, at `038437a`:
/// zh 0.700 (14 of 20); fa 0.750, en 0.900, ar 0.950.
const MIN_HELDOUT7_S1: f64 = 0.69;
/// S@3 every language must reach on the seventh held-out part, as written: zh 0.950 (19 of
/// 20); ar, fa and en 1.000.
const MIN_HELDOUT7_S3: f64 = 0.94;
/// S@1 every language must reach on the eighth held-out part (30 per language, written blind at
/// the start of the thirteenth round, never read by the tuners, measured first on `f4385c1`,
/// before that round's lexicon, with 9 queries reworded for `query_independence`): zh 0.700 (21
/// of 30); en and fa 0.767, ar 0.833.
const MIN_HELDOUT8_S1: f64 = 0.69;
/// S@3 every language must reach on the eighth held-out part, as written: zh 0.900 (27 of 30);
/// en 0.933, ar and fa 0.967.
const MIN_HELDOUT8_S3: f64 = 0.89;
/// S@1 every language must reach on the ninth held-out part (30 per language, written blind at
/// the start of the fourteenth round, never read by the tuners and not in their harnesses,
/// measured first before that round's lexicon, with 10 queries reworded for
/// `query_independence`): fa, zh and en 0.800 (24 of 30); ar 0.967.
const MIN_HELDOUT9_S1: f64 = 0.79;
/// S@3 every language must reach on the ninth held-out part, as written: en 0.967 (29 of 30); ar,
/// fa and zh 1.000.
const MIN_HELDOUT9_S3: f64 = 0.96;
/// S@1 every language must reach on the tenth held-out part (30 per language, written blind at
/// the end of the fourteenth round, never read by anyone tuning, measured first on that round's
/// merged lexicon, with 15 queries reworded for `query_independence`): en 0.733 (22 of 30); zh
/// 0.900, fa 0.967, ar 1.000 (the Arabic and Persian writers, short of time, worked from the
/// articles' headings).
const MIN_HELDOUT10_S1: f64 = 0.73;
/// S@3 every language must reach on the tenth held-out part, as written: zh 0.967 (29 of 30); ar,
/// fa and en 1.000.
const MIN_HELDOUT10_S3: f64 = 0.96;
/// S@1 every language must reach on the eleventh held-out part (30 per language, written blind
/// at the start of the fifteenth round, never read by anyone tuning and in no harness, measured
/// first before that round's lexicon, with 9 queries reworded for `query_independence`): fa
/// 0.833 (25 of 30); ar and zh 0.867, en 0.967.
const MIN_HELDOUT11_S1: f64 = 0.82;
/// S@3 every language must reach on the eleventh held-out part, as written: ar and fa 0.933 (28
/// of 30); en 0.967, zh 1.000.
const MIN_HELDOUT11_S3: f64 = 0.92;
/// S@1 every language must reach on the twelfth held-out part (30 per language, written blind
/// during the fifteenth round by writers who read only the articles, never read by anyone
/// tuning and in no harness, measured first on main with the second pass's Arabic and English
/// merged, 26 queries reworded for `query_independence` or for being near copies of an earlier
/// part's query): zh 0.800 (24 of 30); ar 0.833, fa and en 0.933.
const MIN_HELDOUT12_S1: f64 = 0.79;
/// S@3 every language must reach on the twelfth held-out part, as written: zh and en 0.967
/// (29 of 30); ar and fa 1.000.
const MIN_HELDOUT12_S3: f64 = 0.96;
/// S@1 every language must reach on the thirteenth held-out part (ten needs, three customers
/// each, written blind during the seventeenth round's second pass and in no tuner's harness),
/// measured first before that pass was merged, with 17 queries reworded as near copies of an
/// earlier part's query or for `query_independence`: en 0.433 (13 of 30); fa 0.467, ar 0.700,
/// zh 0.767.
const MIN_HELDOUT13_S1: f64 = 0.43;
/// S@3 every language must reach on the thirteenth held-out part, as written: en 0.733 (22 of
/// 30); ar and zh 0.900, fa 0.933.
const MIN_HELDOUT13_S3: f64 = 0.73;
/// S@3 every language must reach on the tuning part and the first three held-out parts (lowest
/// now: zh held-out 0.786, since the copied keywords `不想用了`, `认证没通过` were dropped;
/// 0.929 before that).
const MIN_S3: f64 = 0.78;
/// Sixth round (Arabic, tuned on other writers' words): Arabic S@1 floors by part, raised to
/// just under what holds after the round (from main `912f833`: held-out 2 0.733 -> 0.800, 12
/// of 15; held-out 3 0.650 -> 0.700, 14 of 20; held-out 5, written blind, 0.550 -> 0.650, 13
/// of 20; the blind batch, a tuning part, 0.600 -> 0.920, 23 of 25). A part's own floor
/// still holds where it is higher.
const ARABIC_SIXTH_ROUND_S1: &[(&str, f64)] = &[
    ("held-out 2", 0.79),
    ("held-out 3", 0.69),
    ("held-out 5", 0.64),
    ("tuning, blind batch", 0.91),
];
/// Seventh round (Arabic, branch `dialect2`): Arabic S@1 floors raised to just under what holds
/// after the round (the tuning part 0.922 -> 0.937, 253 of 270; the second blind batch, a tuning
/// part, 0.867 as written -> 1.000; held-out 6, written blind, 0.850 as written -> 0.900, 18 of
/// 20). A higher floor of the sixth round or of the part still holds.
const ARABIC_SEVENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning", 0.936),
    ("tuning, second blind batch", 0.99),
    ("held-out 6", 0.89),
];
/// Eleventh round (Persian, branch `spoken10-fa`): Persian S@1 floors raised to just under what
/// holds after the round (the tuning part 0.963 -> 0.978, 265 of 271; the blind batch 0.920 ->
/// 0.960, 24 of 25; the second blind batch 0.967 -> 1.000; the third blind batch 0.725 as
/// written -> 1.000; held-out 3 0.950 -> 1.000, 20 of 20; held-out 5 0.600 -> 0.650, 13 of 20).
/// A higher floor of the part still holds.
const PERSIAN_ELEVENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning", 0.977),
    ("tuning, blind batch", 0.95),
    ("tuning, second blind batch", 0.99),
    ("tuning, third blind batch", 0.99),
    ("held-out 3", 0.99),
    ("held-out 5", 0.64),
];
/// Twelfth round (Persian, branch `spoken11-fa`): Persian S@1 floors raised to just under what
/// holds after the round (the tuning part 0.978 -> 0.982, 266 of 271; the blind batch 0.960 ->
/// 1.000; the fourth blind batch 0.850 as written -> 1.000; held-out 2 0.867 -> 0.933, 14 of
/// 15). A higher floor of an earlier round or of the part still holds.
const PERSIAN_TWELFTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning", 0.981),
    ("tuning, blind batch", 0.99),
    ("tuning, fourth blind batch", 0.99),
    ("held-out 2", 0.93),
];
/// Thirteenth round (Persian, branch `spoken12-fa`): Persian S@1 floors raised to just under
/// what holds after the round (the fifth blind batch 0.733 as written -> 1.000; held-out 7 0.750
/// -> 0.900, 18 of 20). A higher floor of an earlier round or of the part still holds.
const PERSIAN_THIRTEENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, fifth blind batch", 0.99), ("held-out 7", 0.89)];
/// Thirteenth round, third pass (Persian, branch `spoken13-fa`): the sixth blind batch, a tuning
/// part, 0.850 as written -> 0.983, 59 of 60, then 0.967 once the lead dropped the bare key
/// `دوباره ازم` (it sent "you charged me a fee again" to the re-verification question). A
/// higher floor of the part still holds.
const PERSIAN_THIRTEENTH_ROUND_C_S1: &[(&str, f64)] = &[("tuning, sixth blind batch", 0.96)];
/// Fourteenth round (Persian, branch `spoken14-fa`): Persian S@1 floors raised to just under
/// what holds after the round (the seventh blind batch, a tuning part, 0.817 as written ->
/// 1.000; the sixth blind batch 0.967 -> 0.983, 59 of 60; held-out 5 0.650 -> 0.700, held-out 6
/// 0.800 -> 0.850, held-out 7 0.900 -> 0.950, held-out 8 0.833 -> 0.867). A higher floor of an
/// earlier round or of the part still holds.
const PERSIAN_FOURTEENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, seventh blind batch", 0.99),
    ("tuning, sixth blind batch", 0.98),
    ("held-out 5", 0.69),
    ("held-out 6", 0.84),
    ("held-out 7", 0.94),
    ("held-out 8", 0.86),
];
/// Fourteenth round, second pass (Persian, branch `spoken15-fa`): Persian S@1 floors raised to
/// just under what holds after the pass (the eighth blind batch, a tuning part, 0.883 as written
/// -> 1.000; held-out 8 0.867 -> 0.933). A higher floor of an earlier round or of the part still
/// holds.
const PERSIAN_FOURTEENTH_ROUND_B_S1: &[(&str, f64)] =
    &[("tuning, eighth blind batch", 0.99), ("held-out 8", 0.92)];
/// Fifteenth round (Persian, branch `spoken16-fa`): Persian S@1 floors raised to just under
/// what holds after the round (the tuning part 0.982 -> 0.985, 267 of 271; the ninth blind
/// batch, a tuning part, 0.967 as written -> 1.000). A higher floor of an earlier round or of
/// the part still holds.
const PERSIAN_FIFTEENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning", 0.984), ("tuning, ninth blind batch", 0.99)];
/// Fifteenth round, second pass (Persian, branch `spoken17-fa`): the Persian S@1 floor of the
/// tenth blind batch, a tuning part, raised to just under what holds after the pass (0.783 as
/// written -> 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const PERSIAN_FIFTEENTH_ROUND_B_S1: &[(&str, f64)] = &[("tuning, tenth blind batch", 0.99)];
/// Sixteenth round (Persian, branch `spoken18-fa`): the Persian S@1 floor of the eleventh blind
/// batch, a tuning part, raised to just under what holds after the round (0.900 as written ->
/// 0.967, 58 of 60). A higher floor of an earlier round or of the part still holds.
const PERSIAN_SIXTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, eleventh blind batch", 0.95)];
/// Seventeenth round (Persian, branch `spoken19-fa`): the Persian S@1 floor of the twelfth blind
/// batch, a tuning part, raised to just under what holds after the round (0.783 as written ->
/// 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const PERSIAN_SEVENTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, twelfth blind batch", 0.99)];
/// Seventeenth round, second pass (Persian, branch `spoken20-fa`): the Persian S@1 floor of the
/// thirteenth blind batch, a tuning part, raised to just under what holds after the pass (0.622
/// as written -> 0.967, 87 of 90). A higher floor of an earlier round or of the part still holds.
const PERSIAN_SEVENTEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, thirteenth blind batch", 0.95)];
/// Eighteenth round (Persian, branch `spoken21-fa`): the Persian S@1 floor of the fourteenth
/// blind batch, a tuning part, raised to just under what holds after the round (0.800 as written
/// -> 0.983, 59 of 60). A higher floor of an earlier round or of the part still holds.
const PERSIAN_EIGHTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fourteenth blind batch", 0.97)];
/// Eighteenth round, second pass (Persian, branch `spoken22-fa`): the Persian S@1 floor of the
/// fifteenth blind batch, a tuning part, raised to just under what holds after the pass (0.667
/// as written -> 0.933, 56 of 60). A higher floor of an earlier round or of the part still holds.
const PERSIAN_EIGHTEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, fifteenth blind batch", 0.92)];
/// Nineteenth round (Persian, branch `spoken23-fa`): the Persian S@1 floor of the sixteenth
/// blind batch, a tuning part, raised to just under what holds after the round (0.700 as written
/// -> 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const PERSIAN_NINETEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, sixteenth blind batch", 0.99)];
/// Nineteenth round, second pass (Persian, branch `spoken24-fa`): the Persian S@1 floor of the
/// seventeenth blind batch, a tuning part, raised to just under what holds after the pass (0.750
/// fresh -> 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const PERSIAN_NINETEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, seventeenth blind batch", 0.99)];
/// Twentieth round (Persian, branch `spoken25-fa`): the Persian S@1 floor of the eighteenth
/// blind batch, a tuning part, raised to just under what holds after the round (0.833 as written
/// -> 0.983, 59 of 60). A higher floor of an earlier round or of the part still holds.
const PERSIAN_TWENTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, eighteenth blind batch", 0.97)];
/// Twenty-first round (Persian, branch `spoken27-fa`): the Persian S@1 floors of the nineteenth,
/// twentieth and twenty-first blind batches, tuning parts, raised to just under what holds after
/// the round (0.783 each as written -> 0.983, 0.950 and 0.950). A higher floor of an earlier
/// round or of the part still holds.
const PERSIAN_TWENTY_FIRST_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, nineteenth blind batch", 0.97),
    ("tuning, twentieth blind batch", 0.94),
    ("tuning, twenty-first blind batch", 0.94),
];
/// Twenty-first round, second pass (Persian, branch `spoken28-fa`): the Persian S@1 floors of
/// the twenty-second blind batch (0.733 as written -> 1.000, 60 of 60) and of the nineteenth
/// (0.983 -> 1.000), tuning parts, raised to just under what holds after the pass. A higher
/// floor of an earlier round or of the part still holds.
const PERSIAN_TWENTY_FIRST_ROUND_SECOND_PASS_S1: &[(&str, f64)] = &[
    ("tuning, twenty-second blind batch", 0.99),
    ("tuning, nineteenth blind batch", 0.99),
];
/// Twenty-first round, third pass (Persian, branch `spoken29-fa`): the Persian S@1 floor of the
/// twenty-third blind batch (0.750 as measured after the second pass -> 0.950, 57 of 60), a
/// tuning part, raised to just under what holds after the pass. A higher floor of an earlier
/// round or of the part still holds.
const PERSIAN_TWENTY_FIRST_ROUND_THIRD_PASS_S1: &[(&str, f64)] =
    &[("tuning, twenty-third blind batch", 0.94)];
/// Twenty-second round (Persian, branch `spoken30-fa`): the Persian S@1 floor of the
/// twenty-fourth blind batch (0.767 as written -> 0.967, 58 of 60), a tuning part, raised to just
/// under what holds after the round. A higher floor of an earlier round or of the part still
/// holds.
const PERSIAN_TWENTY_SECOND_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-fourth blind batch", 0.95)];
/// Twenty-third round (Persian, branch `spoken31-fa`): the Persian S@1 floors of the
/// twenty-fifth blind batch (0.833 as written -> 0.983, 59 of 60), a tuning part, and of the
/// fifteenth (0.967 -> 0.983) and twenty-first (0.950 -> 0.967) blind batches, which the same
/// families raised, each set just under what holds after the round. A higher floor of an earlier
/// round or of the part still holds.
const PERSIAN_TWENTY_THIRD_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-fifth blind batch", 0.97),
    ("tuning, fifteenth blind batch", 0.97),
    ("tuning, twenty-first blind batch", 0.95),
];
/// Twenty-fourth round (Persian, branch `spoken32-fa`): the Persian S@1 floor of the
/// twenty-sixth blind batch (0.783 as written -> 0.983, 59 of 60), a tuning part, set just under
/// what holds after the round. A higher floor of an earlier round or of the part still holds.
const PERSIAN_TWENTY_FOURTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-sixth blind batch", 0.97)];
/// Twenty-fifth round (Persian, branch `spoken33-fa`): the Persian S@1 floors of the
/// twenty-seventh blind batch (0.800 as written -> 1.000, 60 of 60) and of the twenty-first blind
/// batch (0.967 -> 0.983, 59 of 60), tuning parts, set just under what holds after the round. A
/// higher floor of an earlier round or of the part still holds.
const PERSIAN_TWENTY_FIFTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-seventh blind batch", 0.99),
    ("tuning, twenty-first blind batch", 0.97),
];
/// Twenty-sixth round (Persian, branch `spoken34-fa`): the Persian S@1 floors of the
/// twenty-eighth blind batch (0.867 as written -> 1.000, 60 of 60), the twenty-fourth blind batch
/// (0.967 -> 0.983, 59 of 60) and the twenty-third blind batch (0.950 -> 0.967, 58 of 60), tuning
/// parts, set just under what holds after the round. A higher floor of an earlier round or of the
/// part still holds.
const PERSIAN_TWENTY_SIXTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-eighth blind batch", 0.99),
    ("tuning, twenty-fourth blind batch", 0.97),
    ("tuning, twenty-third blind batch", 0.95),
];
/// Twenty-seventh round (Persian, branch `spoken35-fa`): the Persian S@1 floor of the
/// twenty-ninth blind batch (0.817 as written -> 1.000, 60 of 60), a tuning part, set just under
/// what holds after the round. A higher floor of an earlier round or of the part still holds.
const PERSIAN_TWENTY_SEVENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-ninth blind batch", 0.99)];
/// Twenty-eighth round (Persian, branch `spoken36-fa`): the Persian S@1 floor of the thirtieth
/// blind batch (0.833 as written -> 1.000, 60 of 60), a tuning part, set just under what holds
/// after the round. A higher floor of an earlier round or of the part still holds.
const PERSIAN_TWENTY_EIGHTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirtieth blind batch", 0.99)];
/// Twenty-ninth round (Persian, branch `spoken37-fa`): the Persian S@1 floor of the
/// thirty-first blind batch (0.683 as written -> 0.967, 58 of 60), a tuning part, set just under
/// what holds after the round. A higher floor of an earlier round or of the part still holds.
const PERSIAN_TWENTY_NINTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-first blind batch", 0.96)];
/// Thirtieth round (Persian, branch `spoken38-fa`): the Persian S@1 floor of the thirty-second
/// blind batch (0.700 as written -> 0.867, 52 of 60), a tuning part, set just under what holds
/// after the round. A higher floor of an earlier round or of the part still holds.
const PERSIAN_THIRTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-second blind batch", 0.86)];
/// Thirty-first round (Persian, branch `spoken39-fa`): the Persian S@1 floor of the thirty-third
/// blind batch, its tuning part, just under what holds after the round (0.767 -> 0.967, 58 of 60;
/// 57 once the merge took out three keys that pulled other needs).
const PERSIAN_THIRTY_FIRST_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-third blind batch", 0.94)];
/// Thirty-second round (Persian, branch `spoken40-fa`): the Persian S@1 floor of the thirty-fourth
/// blind batch, its tuning part, just under what holds after the round (0.783 -> 0.867, 52 of 60;
/// 51 once the merge took out two keys).
const PERSIAN_THIRTY_SECOND_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-fourth blind batch", 0.84)];
/// Thirty-third round (Persian, branch `spoken41-fa`): the thirty-fifth blind batch, tuned on,
/// 0.683 -> 0.767 (46 of 60), 0.750 once the merge took out two keys.
const PERSIAN_THIRTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-fifth blind batch", 0.74)];
/// Thirty-fourth round (Persian, branch `spoken42-fa`): the thirty-sixth blind batch, tuned on,
/// 0.733 -> 0.883 (53 of 60).
const PERSIAN_THIRTY_FOURTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-sixth blind batch", 0.87)];
/// Thirty-fifth round (Persian, branch `spoken43-fa`): the thirty-seventh blind batch, tuned on,
/// 0.683 -> 0.867 (41 -> 52 of 60).
const PERSIAN_THIRTY_FIFTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-seventh blind batch", 0.85)];
/// Thirty-sixth round (Persian, branch `spoken44-fa`): the thirty-eighth blind batch, tuned on,
/// 0.700 -> 0.750 (42 -> 45 of 60).
const PERSIAN_THIRTY_SIXTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-eighth blind batch", 0.74)];
/// Thirty-seventh round (Persian, branch `spoken45-fa`): the thirty-ninth blind batch, tuned on,
/// 0.750 -> 0.950 (45 -> 57 of 60).
const PERSIAN_THIRTY_SEVENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-ninth blind batch", 0.94)];

/// Thirty-eighth round (Persian, branch `spoken46-fa`): the fortieth blind batch, tuned on,
/// 0.667 -> 0.783 (40 -> 47 of 60).
const PERSIAN_THIRTY_EIGHTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fortieth blind batch", 0.77)];

/// Thirty-ninth round (Persian, branch `spoken47-fa`): the forty-first blind batch, tuned on,
/// 0.650 -> 0.733 (39 -> 44 of 60).
const PERSIAN_THIRTY_NINTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-first blind batch", 0.72)];

/// Fortieth round (Persian, branch `spoken48-fa`): the forty-second blind batch, tuned on,
/// 0.683 -> 0.767 (41 -> 46 of 60).
const PERSIAN_FORTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-second blind batch", 0.75)];

/// Forty-first round (Persian, branch `spoken49-fa`): the forty-third blind batch, tuned on,
/// 0.683 -> 0.733 (41 -> 44 of 60).
const PERSIAN_FORTY_FIRST_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-third blind batch", 0.72)];

/// Forty-second round (Persian, branch `spoken50-fa`): the forty-fourth blind batch, tuned on,
/// 0.733 -> 0.817 (44 -> 49 of 60).
const PERSIAN_FORTY_SECOND_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-fourth blind batch", 0.81)];

/// Forty-third round (Persian, branch `spoken51-fa`): the forty-fifth blind batch, tuned on,
/// 0.633 -> 0.867 (38 -> 52 of 60).
const PERSIAN_FORTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-fifth blind batch", 0.86)];

/// Forty-fourth round (Persian, branch `spoken52-fa`): the forty-sixth blind batch, tuned on,
/// 0.733 -> 0.850 (44 -> 51 of 60).
const PERSIAN_FORTY_FOURTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-sixth blind batch", 0.84)];

/// Forty-fifth round (Persian, branch `spoken53-fa`): the forty-seventh blind batch, tuned on,
/// 0.783 -> 0.850 (47 -> 51 of 60).
const PERSIAN_FORTY_FIFTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-seventh blind batch", 0.84)];

/// Forty-sixth round (Persian, branch `spoken54-fa`): the forty-eighth blind batch, tuned on,
/// 0.667 -> 0.817 (40 -> 49 of 60).
const PERSIAN_FORTY_SIXTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-eighth blind batch", 0.81)];

/// Forty-seventh round (Persian, branch `spoken55-fa`): the forty-ninth blind batch, tuned on,
/// 0.650 -> 0.750 (39 -> 45 of 60).
const PERSIAN_FORTY_SEVENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-ninth blind batch", 0.74)];
/// Twentieth round, second pass (Persian, branch `spoken26-fa`): the Persian S@1 floor of the
/// thirteenth blind batch, a tuning part, raised to just under what holds after the pass (0.978
/// -> 0.989, 89 of 90). A higher floor of an earlier round or of the part still holds.
const PERSIAN_TWENTIETH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, thirteenth blind batch", 0.98)];
/// Eleventh round (Arabic, branch `spoken10-ar`): Arabic S@1 floors raised to just under what
/// holds after the round (the tuning part 0.974 -> 0.982, 336 of 342; the blind batch 0.960 ->
/// 1.000; the third blind batch, a tuning part, 0.700 as written -> 1.000). A higher floor of an
/// earlier round or of the part still holds.
const ARABIC_ELEVENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning", 0.981),
    ("tuning, blind batch", 0.99),
    ("tuning, third blind batch", 0.99),
];
/// Twelfth round (Chinese, branch `spoken11-zh`): Chinese S@1 floors raised to just under what
/// holds after the round (the fourth blind batch, a tuning part, 0.750 as written -> 0.950, 38
/// of 40). A higher floor of the part still holds.
const CHINESE_TWELFTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fourth blind batch", 0.94)];

/// Twelfth round (English, branch `spoken11-en`): English S@1 floors raised to just under what
/// holds after the round (the fourth blind batch, a tuning part, 0.600 as written -> 1.000, 40
/// of 40; held-out 1 0.929 -> 1.000; held-out 5 0.800 -> 0.900; held-out 6 0.650 -> 0.750;
/// held-out 7 0.900 -> 0.950). A higher floor of the part still holds.
const ENGLISH_TWELFTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, fourth blind batch", 0.99),
    ("held-out", 0.99),
    ("held-out 5", 0.89),
    ("held-out 6", 0.74),
    ("held-out 7", 0.94),
];
/// Twelfth round (Arabic, branch `spoken11-ar`): Arabic S@1 floors raised to just under what
/// holds after the round (the tuning part 0.982 -> 0.985, 337 of 342; the fourth blind batch,
/// a tuning part, 0.750 as written -> 1.000; held-out 3 0.800 -> 0.850, 17 of 20). A higher
/// floor of an earlier round or of the part still holds.
const ARABIC_TWELFTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning", 0.984),
    ("tuning, fourth blind batch", 0.99),
    ("held-out 3", 0.84),
];
/// Thirteenth round (Arabic, branch `spoken12-ar`): Arabic S@1 floors raised to just under what
/// holds after the round (the fifth blind batch, a tuning part, 0.800 as written -> 0.983, 59 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_THIRTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fifth blind batch", 0.98)];
/// Thirteenth round, second pass (Arabic, branch `spoken13-ar`): Arabic S@1 floors raised to
/// just under what holds after the pass (the sixth blind batch, a tuning part, 0.850 as written
/// -> 0.967, 58 of 60; held-out 5 0.650 -> 0.700; held-out 7 0.950 -> 1.000). A higher floor of
/// an earlier round or of the part still holds.
const ARABIC_THIRTEENTH_ROUND_B_S1: &[(&str, f64)] = &[
    ("tuning, sixth blind batch", 0.96),
    ("held-out 5", 0.69),
    ("held-out 7", 0.99),
];
/// Fourteenth round (Arabic, branch `spoken14-ar`): Arabic S@1 floors raised to just under what
/// holds after the round (the seventh blind batch, a tuning part, 0.817 as written -> 1.000, 60
/// of 60; held-out 5 0.700 -> 0.750). A higher floor of an earlier round or of the part still
/// holds.
const ARABIC_FOURTEENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, seventh blind batch", 0.99), ("held-out 5", 0.74)];
/// Fourteenth round, second pass (Arabic, branch `spoken15-ar`): Arabic S@1 floors raised to
/// just under what holds after the pass (the tuning part 0.985 -> 0.988, 338 of 342; the sixth
/// blind batch 0.967 -> 0.983, 59 of 60; the eighth blind batch, a tuning part, 0.850 as written
/// -> 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_FOURTEENTH_ROUND_B_S1: &[(&str, f64)] = &[
    ("tuning", 0.987),
    ("tuning, sixth blind batch", 0.98),
    ("tuning, eighth blind batch", 0.99),
];
/// Fifteenth round (Arabic, branch `spoken16-ar`): Arabic S@1 floor raised to just under what
/// holds after the round (the ninth blind batch, a tuning part, 0.833 as written -> 1.000, 60 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_FIFTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, ninth blind batch", 0.99)];
/// Fifteenth round, second pass (Arabic, branch `spoken17-ar`): Arabic S@1 floor raised to just
/// under what holds after the round (the tenth blind batch, a tuning part, 0.767 as written ->
/// 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_FIFTEENTH_ROUND_B_S1: &[(&str, f64)] = &[("tuning, tenth blind batch", 0.99)];
/// Sixteenth round (Arabic, branch `spoken18-ar`): Arabic S@1 floor raised to just under what
/// holds after the round (the eleventh blind batch, a tuning part, 0.817 as written -> 0.983, 59
/// of 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_SIXTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, eleventh blind batch", 0.97)];
/// Seventeenth round (Arabic, branch `spoken19-ar`): Arabic S@1 floor raised to just under what
/// holds after the round (the twelfth blind batch, a tuning part, 0.800 as written -> 0.983, 59
/// of 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_SEVENTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, twelfth blind batch", 0.97)];
/// Seventeenth round, second pass (Arabic, branch `spoken20-ar`): Arabic S@1 floor raised to just
/// under what holds after the pass (the thirteenth blind batch, a tuning part, 0.633 as written ->
/// 0.889, 80 of 90). A higher floor of an earlier round or of the part still holds.
const ARABIC_SEVENTEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, thirteenth blind batch", 0.87)];
/// Eighteenth round (Arabic, branch `spoken21-ar`): Arabic S@1 floor raised to just under what
/// holds after the round (the fourteenth blind batch, a tuning part, 0.733 as written -> 0.917,
/// 55 of 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_EIGHTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fourteenth blind batch", 0.90)];
/// Eighteenth round, second pass (Arabic, branch `spoken22-ar`): Arabic S@1 floor raised to
/// just under what holds after the pass (the fifteenth blind batch, a tuning part, 0.750 as
/// written -> 0.967, 58 of 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_EIGHTEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, fifteenth blind batch", 0.95)];
/// Nineteenth round (Arabic, branch `spoken23-ar`): Arabic S@1 floor raised to just under what
/// holds after the round (the sixteenth blind batch, a tuning part, 0.750 as written -> 1.000,
/// 60 of 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_NINETEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, sixteenth blind batch", 0.99)];
/// Nineteenth round, second pass (Arabic, branch `spoken24-ar`): Arabic S@1 floor raised to just
/// under what holds after the pass (the seventeenth blind batch, a tuning part, 0.633 fresh ->
/// 0.983, 59 of 60). A higher floor of an earlier round or of the part still holds.
const ARABIC_NINETEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, seventeenth blind batch", 0.97)];
/// Twentieth round (Arabic, branch `spoken25-ar`): Arabic S@1 floor raised to just under what
/// holds after the round (the eighteenth blind batch, a tuning part, 0.667 -> 1.000, 60 of 60).
/// A higher floor of an earlier round or of the part still holds.
const ARABIC_TWENTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, eighteenth blind batch", 0.99)];
/// Twenty-first round (Arabic, branch `spoken27-ar`): Arabic S@1 floors raised to just under what
/// holds after the round (tuning parts: the nineteenth blind batch 0.750 -> 0.983, 59 of 60; the
/// twentieth 0.733 -> 1.000, 60 of 60; the twenty-first 0.800 -> 0.967, 58 of 60). A higher
/// floor of an earlier round or of the part still holds.
const ARABIC_TWENTY_FIRST_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, nineteenth blind batch", 0.97),
    ("tuning, twentieth blind batch", 0.99),
    ("tuning, twenty-first blind batch", 0.95),
];
/// Twenty-first round, second pass (Arabic, branch `spoken28-ar`): the Arabic S@1 floor raised
/// to just under what holds after the pass (tuning part: the twenty-second blind batch 0.700 ->
/// 0.983, 59 of 60). The nineteenth to twenty-first batches did not move. A higher floor of an
/// earlier round or of the part still holds.
const ARABIC_TWENTY_FIRST_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, twenty-second blind batch", 0.97)];
/// Twenty-first round, third pass (Arabic, branch `spoken29-ar`): the Arabic S@1 floor raised
/// to just under what holds after the pass (tuning part: the twenty-third blind batch 0.783 ->
/// 1.000, 60 of 60). The nineteenth to twenty-second batches did not move. A higher floor of an
/// earlier round or of the part still holds.
const ARABIC_TWENTY_FIRST_ROUND_THIRD_PASS_S1: &[(&str, f64)] =
    &[("tuning, twenty-third blind batch", 0.99)];
/// Twenty-second round (Arabic, branch `spoken30-ar`): the twenty-fourth blind batch, tuned on,
/// 0.833 -> 0.983 (59 of 60). A higher floor of the part still holds.
const ARABIC_TWENTY_SECOND_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-fourth blind batch", 0.97)];
/// Twenty-third round (Arabic, branch `spoken31-ar`): the twenty-fifth blind batch, tuned on,
/// 0.800 -> 0.967 (58 of 60).
const ARABIC_TWENTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, twenty-fifth blind batch", 0.95)];
/// Twenty-fourth round (Arabic, branch `spoken32-ar`): the twenty-sixth blind batch, tuned on,
/// 0.717 -> 0.950 (57 of 60); the twenty-first blind batch 0.967 -> 0.983 on the way.
const ARABIC_TWENTY_FOURTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-sixth blind batch", 0.94),
    ("tuning, twenty-first blind batch", 0.97),
];
/// Twenty-fifth round (Arabic, branch `spoken33-ar`): the twenty-seventh blind batch, tuned on,
/// 0.767 -> 0.967 (58 of 60).
const ARABIC_TWENTY_FIFTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-seventh blind batch", 0.95)];
/// Twenty-sixth round (Arabic, branch `spoken34-ar`): the twenty-eighth blind batch, tuned on,
/// 0.850 -> 0.983 (59 of 60).
const ARABIC_TWENTY_SIXTH_ROUND_S1: &[(&str, f64)] = &[("tuning, twenty-eighth blind batch", 0.97)];
/// Twenty-seventh round (Arabic, branch `spoken35-ar`): the twenty-ninth blind batch 0.817 ->
/// 0.983 (59 of 60); the fifteenth blind batch 0.967 -> 0.983 (59 of 60).
const ARABIC_TWENTY_SEVENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-ninth blind batch", 0.97),
    ("tuning, fifteenth blind batch", 0.97),
];
/// Twenty-eighth round (Arabic, branch `spoken36-ar`): the thirtieth blind batch, tuned on,
/// 0.733 -> 0.950 (57 of 60).
const ARABIC_TWENTY_EIGHTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirtieth blind batch", 0.94)];

/// Twenty-ninth round (Arabic, branch `spoken37-ar`): the thirty-first blind batch, tuned on,
/// 0.800 -> 0.983 (59 of 60).
const ARABIC_TWENTY_NINTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-first blind batch", 0.97)];
/// Thirtieth round (Arabic, branch `spoken38-ar`): the thirty-second blind batch, tuned on,
/// 0.783 -> 0.867 (52 of 60), 0.817 once the merge took out seven keys that pulled other needs.
const ARABIC_THIRTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-second blind batch", 0.81)];
/// Thirty-first round (Arabic, branch `spoken39-ar`): the thirty-third blind batch, tuned on,
/// 0.750 -> 0.867 (52 of 60), 0.850 once the merge took out two keys that pulled other needs.
const ARABIC_THIRTY_FIRST_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-third blind batch", 0.84)];
/// Thirty-second round (Arabic, branch `spoken40-ar`): the thirty-fourth blind batch, tuned on,
/// 0.700 -> 0.850 (51 of 60), 0.833 once the merge took out six keys that pulled other needs.
const ARABIC_THIRTY_SECOND_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-fourth blind batch", 0.83)];
/// Thirty-third round (Arabic, branch `spoken41-ar`): the thirty-fifth blind batch, tuned on,
/// 0.733 -> 0.767 (46 of 60).
const ARABIC_THIRTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-fifth blind batch", 0.75)];
/// Thirty-fourth round (Arabic, branch `spoken42-ar`): the thirty-sixth blind batch, tuned on,
/// 0.700 -> 0.800 (48 of 60) with the FAQ lean at 0.2; 0.783 (47) at 0.1, where main has it.
const ARABIC_THIRTY_FOURTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-sixth blind batch", 0.77)];
/// Thirty-fifth round (Arabic, branch `spoken43-ar`): the thirty-seventh blind batch, tuned on,
/// 0.733 -> 0.800 (44 -> 48 of 60).
const ARABIC_THIRTY_FIFTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-seventh blind batch", 0.79)];
/// Thirty-sixth round (Arabic, branch `spoken44-ar`): the thirty-eighth blind batch, tuned on,
/// 0.717 -> 0.817 (43 -> 49 of 60).
const ARABIC_THIRTY_SIXTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-eighth blind batch", 0.80)];
/// Thirty-seventh round (Arabic, branch `spoken45-ar`): the thirty-ninth blind batch, tuned on,
/// 0.750 -> 0.783 (45 -> 47 of 60).
const ARABIC_THIRTY_SEVENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-ninth blind batch", 0.77)];
/// Thirty-eighth round (Arabic, branch `spoken46-ar`): the fortieth blind batch, tuned on,
/// 0.533 -> 0.667 (32 -> 40 of 60).
const ARABIC_THIRTY_EIGHTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fortieth blind batch", 0.65)];
/// Thirty-ninth round (Arabic, branch `spoken47-ar`): the forty-first blind batch, tuned on,
/// 0.667 -> 0.867 (40 -> 52 of 60).
const ARABIC_THIRTY_NINTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-first blind batch", 0.85)];
/// Fortieth round (Arabic, branch `spoken48-ar`): the forty-second blind batch, tuned on,
/// 0.550 -> 0.650 (33 -> 39 of 60).
const ARABIC_FORTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-second blind batch", 0.64)];
/// Forty-first round (Arabic, branch `spoken49-ar`): the forty-third blind batch, tuned on,
/// 0.550 -> 0.617 (33 -> 37 of 60).
const ARABIC_FORTY_FIRST_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-third blind batch", 0.61)];
/// Forty-second round (Arabic, branch `spoken50-ar`): the forty-fourth blind batch, tuned on,
/// 0.617 -> 0.750 (37 -> 45 of 60).
const ARABIC_FORTY_SECOND_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-fourth blind batch", 0.74)];
/// Forty-third round (Arabic, branch `spoken51-ar`): the forty-fifth blind batch, tuned on,
/// 0.717 -> 0.883 (43 -> 53 of 60).
const ARABIC_FORTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-fifth blind batch", 0.88)];
/// Forty-fourth round (Arabic, branch `spoken52-ar`): the forty-sixth blind batch, tuned on,
/// 0.733 -> 0.783 (44 -> 47 of 60).
const ARABIC_FORTY_FOURTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-sixth blind batch", 0.78)];
/// Forty-fifth round (Arabic, branch `spoken53-ar`): the forty-seventh blind batch, tuned on,
/// 0.767 -> 0.850 (46 -> 51 of 60).
const ARABIC_FORTY_FIFTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-seventh blind batch", 0.84)];
/// Forty-sixth round (Arabic, branch `spoken54-ar`): the forty-eighth blind batch, tuned on,
/// 0.567 -> 0.750 (34 -> 45 of 60).
const ARABIC_FORTY_SIXTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-eighth blind batch", 0.74)];
/// Forty-seventh round (Arabic, branch `spoken55-ar`): the forty-ninth blind batch, tuned on,
/// 0.550 -> 0.783 (33 -> 47 of 60).
const ARABIC_FORTY_SEVENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-ninth blind batch", 0.78)];
/// Thirteenth round (Chinese, branch `spoken12-zh`): Chinese S@1 floors raised to just under
/// what holds after the round (the fifth blind batch, a tuning part, 0.683 as written -> 1.000,
/// 60 of 60; held-out 2 0.933 -> 1.000; held-out 5 0.750 -> 0.800; held-out 6 0.600 -> 0.700;
/// held-out 7 0.700 -> 0.800; the fourth blind batch 0.950 -> 1.000). A higher floor of the
/// part still holds.
const CHINESE_THIRTEENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, fourth blind batch", 0.99),
    ("tuning, fifth blind batch", 0.99),
    ("held-out 2", 0.99),
    ("held-out 5", 0.79),
    ("held-out 6", 0.69),
    ("held-out 7", 0.79),
];

/// Thirteenth round (English, branch `spoken12-en`): English S@1 floors raised to just under
/// what holds after the round (the tuning part 0.996 -> 1.000, 224 of 224; the fifth blind
/// batch, a tuning part, 0.783 as written -> 0.983, 59 of 60; held-out 7 0.950 -> 1.000). A
/// higher floor of an earlier round or of the part still holds.
const ENGLISH_THIRTEENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning", 0.995),
    ("tuning, fifth blind batch", 0.98),
    ("held-out 7", 0.99),
];

/// Thirteenth round, second pass (Chinese, branch `spoken13-zh`): Chinese S@1 floors raised to
/// just under what holds after the pass (the sixth blind batch, a tuning part, 0.833 as written
/// -> 1.000, 60 of 60; held-out 5 0.800 -> 0.850; held-out 8 0.733 -> 0.767). A higher floor of
/// an earlier round or of the part still holds.
const CHINESE_THIRTEENTH_ROUND_B_S1: &[(&str, f64)] = &[
    ("tuning, sixth blind batch", 0.99),
    ("held-out 5", 0.84),
    ("held-out 8", 0.76),
];

/// Thirteenth round, third pass (English, branch `spoken13-en`): English S@1 floor raised to
/// just under what holds after the pass (the sixth blind batch, a tuning part, 0.783 as written
/// -> 0.950, 57 of 60; 0.933 once the lead dropped the bare keys `for good`, `permanently`,
/// `every night` and the like, which sent "app crashes every night" to the overnight fee and
/// "locked out permanently" to closing the account). A higher floor of an earlier round or of
/// the part still holds.
const ENGLISH_THIRTEENTH_ROUND_C_S1: &[(&str, f64)] = &[("tuning, sixth blind batch", 0.93)];

/// Fourteenth round (Chinese, branch `spoken14-zh`): Chinese S@1 floors raised to just under
/// what holds after the round (the seventh blind batch, a tuning part, 0.717 as written ->
/// 1.000, 60 of 60; held-out 5 0.850 -> 0.900; held-out 8 0.767 -> 0.800). A higher floor of an
/// earlier round or of the part still holds.
const CHINESE_FOURTEENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, seventh blind batch", 0.99),
    ("held-out 5", 0.89),
    ("held-out 8", 0.79),
];

/// Fourteenth round, second pass (Chinese, branch `spoken15-zh`): Chinese S@1 floor raised to
/// just under what holds after the pass (the eighth blind batch, a tuning part, 0.867 as
/// written -> 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_FOURTEENTH_ROUND_B_S1: &[(&str, f64)] = &[("tuning, eighth blind batch", 0.99)];

/// Fourteenth round (English, branch `spoken14-en`): English S@1 floors raised to just under what
/// holds after the round (the seventh blind batch, a tuning part, 0.750 as written -> 1.000, 60
/// of 60; the fifth blind batch 0.983 -> 1.000; held-out 8 0.800 -> 0.833). A higher floor of an
/// earlier round or of the part still holds.
const ENGLISH_FOURTEENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, seventh blind batch", 0.99),
    ("tuning, fifth blind batch", 0.99),
    ("held-out 8", 0.83),
];

/// Fourteenth round, second pass (English, branch `spoken15-en`): English S@1 floors raised to
/// just under what holds after the pass (the eighth blind batch, a tuning part, 0.750 as written
/// -> 1.000, 60 of 60; the sixth blind batch 0.933 -> 0.950; held-out 6 0.750 -> 0.800). A
/// higher floor of an earlier round or of the part still holds.
const ENGLISH_FOURTEENTH_ROUND_B_S1: &[(&str, f64)] = &[
    ("tuning, eighth blind batch", 0.99),
    ("tuning, sixth blind batch", 0.94),
    ("held-out 6", 0.79),
];

/// Fifteenth round (Chinese, branch `spoken16-zh`): Chinese S@1 floors raised to just under what
/// holds after the round (the ninth blind batch, a tuning part, 0.733 as written -> 1.000, 60 of
/// 60; held-out 6 0.700 -> 0.750). A higher floor of an earlier round or of the part still holds.
const CHINESE_FIFTEENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, ninth blind batch", 0.99), ("held-out 6", 0.74)];
/// Fifteenth round, second pass (Chinese, branch `spoken17-zh`): Chinese S@1 floor raised to
/// just under what holds after the pass (the tenth blind batch, a tuning part, 0.850 as written
/// -> 0.983, 59 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_FIFTEENTH_ROUND_B_S1: &[(&str, f64)] = &[("tuning, tenth blind batch", 0.97)];
/// Sixteenth round (Chinese, branch `spoken18-zh`): Chinese S@1 floor raised to just under what
/// holds after the round (the eleventh blind batch, a tuning part, 0.833 as written -> 0.967, 58
/// of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_SIXTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, eleventh blind batch", 0.95)];
/// Seventeenth round (Chinese, branch `spoken19-zh`): Chinese S@1 floor raised to just under what
/// holds after the round (the twelfth blind batch, a tuning part, 0.867 as written -> 1.000, 60
/// of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_SEVENTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, twelfth blind batch", 0.99)];
/// Seventeenth round, second pass (Chinese, branch `spoken20-zh`): Chinese S@1 floor raised to
/// just under what holds after the pass (the thirteenth blind batch, a tuning part, 0.633 as
/// written -> 0.978, 88 of 90). A higher floor of an earlier round or of the part still holds.
const CHINESE_SEVENTEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, thirteenth blind batch", 0.96)];
/// Eighteenth round (Chinese, branch `spoken21-zh`): the Chinese S@1 floor of the fourteenth
/// blind batch, a tuning part, raised to just under what holds after the round (0.683 as written
/// -> 0.983, 59 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_EIGHTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fourteenth blind batch", 0.97)];
/// Eighteenth round, second pass (Chinese, branch `spoken22-zh`): the Chinese S@1 floor of the
/// fifteenth blind batch, a tuning part, raised to just under what holds after the pass (0.650 as
/// written -> 0.983, 59 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_EIGHTEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, fifteenth blind batch", 0.97)];
/// Nineteenth round (Chinese, branch `spoken23-zh`): the Chinese S@1 floor of the sixteenth
/// blind batch, a tuning part, raised to just under what holds after the round (0.717 as written,
/// after the content pass -> 0.950, 57 of 60). A higher floor of an earlier round or of the part
/// still holds.
const CHINESE_NINETEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, sixteenth blind batch", 0.94)];
/// Nineteenth round, second pass (Chinese, branch `spoken24-zh`): the Chinese S@1 floor of the
/// seventeenth blind batch, a tuning part, raised to just under what holds after the pass (0.733
/// fresh -> 0.983, 59 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_NINETEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, seventeenth blind batch", 0.97)];
/// The twentieth Chinese round (blind18 families and three content additions, `spoken25-zh`):
/// the eighteenth blind batch's new S@1, less one point.
const CHINESE_TWENTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, eighteenth blind batch", 0.97)];
/// The twentieth Chinese round, second pass (`spoken26-zh`): the tuning part regains two of the
/// queries the told-problem change lost (240 of 242, .992); its floor allows one query less (239 of 242).
const CHINESE_TWENTIETH_ROUND_SECOND_PASS_S1: &[(&str, f64)] = &[("tuning", 0.985)];
/// The twenty-first Chinese round (blind19-21 families and four content additions, `spoken27-zh`):
/// each raised part's new S@1, rounded down to two decimals, less one point.
const CHINESE_TWENTY_FIRST_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, nineteenth blind batch", 0.85),
    ("tuning, twentieth blind batch", 0.92),
    ("tuning, twenty-first blind batch", 0.94),
];
/// The twenty-first Chinese round, second pass (blind22 families and one content addition,
/// `spoken28-zh`): the twenty-second blind batch's new S@1 (1.000), rounded down, less one point.
const CHINESE_TWENTY_FIRST_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, twenty-second blind batch", 0.99)];
/// The twenty-first Chinese round, third pass (blind23 families and one content addition,
/// `spoken29-zh`): the twenty-third blind batch's new S@1 (.983), rounded down, less one point.
const CHINESE_TWENTY_FIRST_ROUND_THIRD_PASS_S1: &[(&str, f64)] =
    &[("tuning, twenty-third blind batch", 0.97)];
/// The twenty-second Chinese round (blind24 families, `spoken30-zh`): the twenty-fourth blind
/// batch's new S@1 (1.000) and the twentieth's (.933 -> .950), rounded down, less one point.
const CHINESE_TWENTY_SECOND_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-fourth blind batch", 0.99),
    ("tuning, twentieth blind batch", 0.94),
];
/// Twenty-third round (Chinese, branch `spoken31-zh`): the twenty-fifth blind batch, a tuning
/// part, 0.767 -> 0.983 (59 of 60).
const CHINESE_TWENTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, twenty-fifth blind batch", 0.97)];
/// Twenty-fourth round (Chinese, branch `spoken32-zh`): the twenty-sixth blind batch, a tuning
/// part, 0.817 -> 1.000 (60 of 60); the nineteenth blind batch 0.867 -> 0.883.
const CHINESE_TWENTY_FOURTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-sixth blind batch", 0.99),
    ("tuning, nineteenth blind batch", 0.87),
];
/// Twenty-fifth round (Chinese, branch `spoken33-zh`): the twenty-seventh blind batch, a tuning
/// part, 0.800 -> 0.983 (59 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_TWENTY_FIFTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-seventh blind batch", 0.97)];
/// Twenty-sixth round (Chinese, branch `spoken34-zh`): the twenty-eighth blind batch, a tuning
/// part, 0.833 -> 0.983 (59 of 60); the tenth blind batch 0.983 -> 1.000. A higher floor of an
/// earlier round or of the part still holds.
const CHINESE_TWENTY_SIXTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-eighth blind batch", 0.97),
    ("tuning, tenth blind batch", 0.99),
];
/// Twenty-seventh round (Chinese, branch `spoken35-zh`): the twenty-ninth blind batch, a tuning
/// part, 0.883 -> 0.983 (59 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_TWENTY_SEVENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-ninth blind batch", 0.97)];
/// Twenty-eighth round (Chinese, branch `spoken36-zh`): the thirtieth blind batch, a tuning
/// part, 0.717 -> 0.950 (57 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_TWENTY_EIGHTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirtieth blind batch", 0.94)];
/// Twenty-ninth round (Chinese, branch `spoken37-zh`): the thirty-first blind batch, a tuning
/// part, 0.767 -> 0.950 (57 of 60); 0.933 after the merge took out `帮我锁` and `锁一下`, which
/// sent a hedged position (`锁仓`) and a locked phone screen to freezing the account. A higher
/// floor of an earlier round or of the part still holds.
const CHINESE_TWENTY_NINTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-first blind batch", 0.93)];
/// Thirtieth round (Chinese, branch `spoken38-zh`): the thirty-second blind batch, a tuning
/// part, 0.867 -> 0.967 (58 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_THIRTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-second blind batch", 0.95)];
/// Thirty-first round (Chinese, branch `spoken39-zh`): the thirty-third blind batch, a tuning
/// part, 0.833 -> 0.933 (56 of 60). A higher floor of an earlier round or of the part still holds.
const CHINESE_THIRTY_FIRST_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-third blind batch", 0.93)];
/// Thirty-second round (Chinese, branch `spoken40-zh`): the thirty-fourth blind batch, a tuning
/// part, 0.800 -> 0.850 (51 of 60), 0.833 once the merge took out three keys that pulled other
/// needs. A higher floor of an earlier round or of the part still holds.
const CHINESE_THIRTY_SECOND_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-fourth blind batch", 0.83)];
/// Thirty-third round (Chinese, branch `spoken41-zh`): the thirty-fifth blind batch, a tuning
/// part, 0.733 -> 0.867 (52 of 60), 0.850 once the merge took out two keys. A higher floor of
/// an earlier round or of the part still holds.
const CHINESE_THIRTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-fifth blind batch", 0.84)];
/// Thirty-fourth round (Chinese, branch `spoken42-zh`): the thirty-sixth blind batch, a tuning
/// part, 0.750 -> 0.817 (49 of 60) with the FAQ lean at 0.2; 0.783 (47) at 0.1, where main
/// has it. A higher floor of an earlier round or of the part still holds.
const CHINESE_THIRTY_FOURTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-sixth blind batch", 0.77)];
/// Thirty-fifth round (Chinese, branch `spoken43-zh`): the thirty-seventh blind batch, tuned on,
/// 0.800 -> 0.933 (56 of 60).
const CHINESE_THIRTY_FIFTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-seventh blind batch", 0.92)];
/// Thirty-sixth round (Chinese, branch `spoken44-zh`): the thirty-eighth blind batch, tuned on,
/// 0.750 -> 0.850 (51 of 60).
const CHINESE_THIRTY_SIXTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-eighth blind batch", 0.84)];
/// Thirty-seventh round (Chinese, branch `spoken45-zh`): the thirty-ninth blind batch, tuned on,
/// 0.867 -> 0.900 (52 -> 54 of 60).
const CHINESE_THIRTY_SEVENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-ninth blind batch", 0.89)];
/// Thirty-eighth round (Chinese, branch `spoken46-zh`): the fortieth blind batch, tuned on,
/// 0.617 -> 0.750 (37 -> 45 of 60).
const CHINESE_THIRTY_EIGHTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fortieth blind batch", 0.74)];
/// Thirty-ninth round (Chinese, branch `spoken47-zh`): the forty-first blind batch, tuned on,
/// 0.733 -> 0.750 (44 -> 45 of 60).
const CHINESE_THIRTY_NINTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-first blind batch", 0.74)];
/// Fortieth round (Chinese, branch `spoken48-zh`): the forty-second blind batch, tuned on,
/// 0.700 -> 0.833 (42 -> 50 of 60).
const CHINESE_FORTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-second blind batch", 0.83)];
/// Forty-first round (Chinese, branch `spoken49-zh`): the forty-third blind batch, tuned on,
/// 0.667 -> 0.767 (40 -> 46 of 60).
const CHINESE_FORTY_FIRST_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-third blind batch", 0.76)];
/// Forty-second round (Chinese, branch `spoken50-zh`): the forty-fourth blind batch, tuned on,
/// 0.617 -> 0.717 (37 -> 43 of 60).
const CHINESE_FORTY_SECOND_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-fourth blind batch", 0.71)];
/// Forty-third round (Chinese, branch `spoken51-zh`): the forty-fifth blind batch, tuned on,
/// 0.700 -> 0.867 (42 -> 52 of 60).
const CHINESE_FORTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-fifth blind batch", 0.86)];
/// Forty-fourth round (Chinese, branch `spoken52-zh`): the forty-sixth blind batch, tuned on,
/// 0.733 -> 0.850 (44 -> 51 of 60).
const CHINESE_FORTY_FOURTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-sixth blind batch", 0.84)];
/// Forty-fifth round (Chinese, branch `spoken53-zh`): the forty-seventh blind batch, tuned on,
/// 0.800 -> 0.950 (48 -> 57 of 60).
const CHINESE_FORTY_FIFTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-seventh blind batch", 0.94)];
/// Forty-sixth round (Chinese, branch `spoken54-zh`): the forty-eighth blind batch, tuned on,
/// 0.617 -> 0.850 (37 -> 51 of 60).
const CHINESE_FORTY_SIXTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-eighth blind batch", 0.84)];
/// Forty-seventh round (Chinese, branch `spoken55-zh`): the forty-ninth blind batch, tuned on,
/// 0.650 -> 0.833 (39 -> 50 of 60).
const CHINESE_FORTY_SEVENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-ninth blind batch", 0.83)];
/// Fifteenth round (English, branch `spoken16-en`): English S@1 floors raised to just under what
/// holds after the round (the ninth blind batch, a tuning part, 0.733 as written -> 0.983, 59 of
/// 60; the sixth blind batch 0.950 -> 0.967; held-out 3 0.950 -> 1.000; held-out 8 0.833 ->
/// 0.900). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FIFTEENTH_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, ninth blind batch", 0.98),
    ("tuning, sixth blind batch", 0.96),
    ("held-out 3", 0.99),
    ("held-out 8", 0.89),
];
/// Fifteenth round, second pass (English, branch `spoken17-en`): English S@1 floors raised to
/// just under what holds after it (the tenth blind batch, a tuning part, 0.817 as written ->
/// 1.000, 60 of 60; the sixth blind batch 0.967 -> 0.983; held-out 9 0.867 -> 0.900). A higher
/// floor of an earlier round or of the part still holds.
const ENGLISH_FIFTEENTH_ROUND_B_S1: &[(&str, f64)] = &[
    ("tuning, tenth blind batch", 0.99),
    ("tuning, sixth blind batch", 0.98),
    ("held-out 9", 0.89),
];
/// Sixteenth round (English, branch `spoken18-en`): the English S@1 floor of the eleventh blind
/// batch, a tuning part, raised to just under what holds after the round (0.817 as written ->
/// 0.967, 58 of 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_SIXTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, eleventh blind batch", 0.95)];
/// Seventeenth round (English, branch `spoken19-en`): the English S@1 floor of the twelfth blind
/// batch, a tuning part, raised to just under what holds after the round (0.817 as written ->
/// 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_SEVENTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, twelfth blind batch", 0.99)];
/// Seventeenth round, second pass (English, branch `spoken20-en`): the English S@1 floor of the
/// thirteenth blind batch, a tuning part, raised to just under what holds after the pass (0.678
/// as written -> 0.978, 88 of 90). A higher floor of an earlier round or of the part still holds.
const ENGLISH_SEVENTEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, thirteenth blind batch", 0.96)];
/// Eighteenth round (English, branch `spoken21-en`): the English S@1 floor of the fourteenth blind
/// batch, a tuning part, raised to just under what holds after the round (0.617 as written ->
/// 1.000, 60 of 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_EIGHTEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fourteenth blind batch", 0.99)];
/// Eighteenth round, second pass (English, branch `spoken22-en`): the English S@1 floor of the
/// fifteenth blind batch, a tuning part, raised to just under what holds after the pass (0.717
/// as written -> 0.983, 59 of 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_EIGHTEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, fifteenth blind batch", 0.97)];
/// Nineteenth round (English, branch `spoken23-en`): the English S@1 floor of the sixteenth blind
/// batch, a tuning part, raised to just under what holds after the round (0.617 as written, after
/// the content pass -> 0.883, 53 of 60). A higher floor of an earlier round or of the part still
/// holds.
const ENGLISH_NINETEENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, sixteenth blind batch", 0.87)];
/// Nineteenth round, second pass (English, branch `spoken24-en`): the English S@1 floor of the
/// seventeenth blind batch, a tuning part, raised to just under what holds after the pass (0.650
/// as written, after the content pass and the first pass -> 0.933, 56 of 60). A higher floor of
/// an earlier round or of the part still holds.
const ENGLISH_NINETEENTH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, seventeenth blind batch", 0.92)];
/// Twentieth round (English, branch `spoken25-en`): the English S@1 floor of the eighteenth blind
/// batch, a tuning part, raised to just under what holds after the round (0.800 -> 1.000, 60 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_TWENTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, eighteenth blind batch", 0.99)];

/// The twentieth round's second pass: the seventh batch's last lost query regained (.983 -> 1.000).
const ENGLISH_TWENTIETH_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, seventh blind batch", 0.99)];

/// Twenty-first round (English, branch `spoken27-en`): the English S@1 floors of the nineteenth,
/// twentieth and twenty-first blind batches, tuning parts, raised to just under what holds after
/// the round (0.733 -> 0.917, 0.717 -> 0.933, 0.867 -> 0.950). A higher floor of an earlier round
/// or of the part still holds.
const ENGLISH_TWENTY_FIRST_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, nineteenth blind batch", 0.90),
    ("tuning, twentieth blind batch", 0.92),
    ("tuning, twenty-first blind batch", 0.94),
];

/// Twenty-first round, second pass (English, branch `spoken28-en`): the English S@1 floor of the
/// twenty-second blind batch, a tuning part, raised to just under what holds after the pass
/// (0.717 -> 0.967). A higher floor of an earlier round or of the part still holds.
const ENGLISH_TWENTY_FIRST_ROUND_SECOND_PASS_S1: &[(&str, f64)] =
    &[("tuning, twenty-second blind batch", 0.95)];

/// Twenty-first round, third pass (English, branch `spoken29-en`): the English S@1 floor of the
/// twenty-third blind batch, a tuning part, raised to just under what holds after the pass
/// (0.667 -> 0.983). A higher floor of an earlier round or of the part still holds.
const ENGLISH_TWENTY_FIRST_ROUND_THIRD_PASS_S1: &[(&str, f64)] =
    &[("tuning, twenty-third blind batch", 0.97)];

/// Twenty-second round (English, branch `spoken30-en`): the English S@1 floors of the
/// twenty-fourth blind batch, tuned on, and of the twenty-second blind batch, raised on the way,
/// to just under what holds after the round (0.733 -> 0.983, 0.967 -> 0.983). A higher floor of
/// an earlier round or of the part still holds.
const ENGLISH_TWENTY_SECOND_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-fourth blind batch", 0.97),
    ("tuning, twenty-second blind batch", 0.97),
];

/// Twenty-third round (English, branch `spoken31-en`): the English S@1 floors of the
/// twenty-fifth blind batch, tuned on, and of the sixteenth blind batch, raised on the way, to
/// just under what holds after the round (0.633 -> 0.983, 0.900 -> 0.917). A higher floor of an
/// earlier round or of the part still holds.
const ENGLISH_TWENTY_THIRD_ROUND_S1: &[(&str, f64)] = &[
    ("tuning, twenty-fifth blind batch", 0.97),
    ("tuning, sixteenth blind batch", 0.90),
];

/// The twenty-fourth round for English (branch `spoken32-en`) raised the S@1 of the
/// twenty-sixth blind batch, tuned on, to just above this floor (0.733 -> 0.983). A higher floor
/// of an earlier round or of the part still holds.
const ENGLISH_TWENTY_FOURTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-sixth blind batch", 0.97)];

/// The twenty-fifth round for English (branch `spoken33-en`) raised the S@1 of the
/// twenty-seventh blind batch, tuned on, to just above this floor (0.817 -> 1.000). A higher
/// floor of an earlier round or of the part still holds.
const ENGLISH_TWENTY_FIFTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-seventh blind batch", 0.99)];

/// The twenty-sixth round for English (branch `spoken34-en`) raised the S@1 of the
/// twenty-eighth blind batch, tuned on, to just above this floor (0.750 -> 0.983). A higher
/// floor of an earlier round or of the part still holds.
const ENGLISH_TWENTY_SIXTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-eighth blind batch", 0.97)];

/// The twenty-seventh round for English (branch `spoken35-en`): the twenty-ninth blind batch.
const ENGLISH_TWENTY_SEVENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, twenty-ninth blind batch", 0.95)];

/// The twenty-eighth round for English (branch `spoken36-en`) raised the S@1 of the
/// thirtieth blind batch, tuned on, to just above this floor (0.700 -> 0.967; 0.917 after the
/// merge dropped two keys that copied a query's words and the "click link" family, which took
/// every email with a link to the phishing answer). A higher floor of an earlier round or of
/// the part still holds.
const ENGLISH_TWENTY_EIGHTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirtieth blind batch", 0.91)];

/// The twenty-ninth round for English (branch `spoken37-en`) raised the S@1 of the
/// thirty-first blind batch, tuned on, to just above this floor (0.750 -> 0.900). A higher
/// floor of an earlier round or of the part still holds.
const ENGLISH_TWENTY_NINTH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-first blind batch", 0.89)];

/// The thirtieth round for English (branch `spoken38-en`) raised the S@1 of the
/// thirty-second blind batch, tuned on, to just above this floor (0.783 -> 0.900, 0.883 once
/// the merge took out five keys). A higher floor of an earlier round or of the part still holds.
const ENGLISH_THIRTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-second blind batch", 0.88)];

/// The thirty-first round for English (branch `spoken39-en`) raised the S@1 of the
/// thirty-third blind batch, tuned on, to just above this floor (0.817 -> 0.900). A higher
/// floor of an earlier round or of the part still holds.
const ENGLISH_THIRTY_FIRST_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-third blind batch", 0.89)];

/// The thirty-second round for English (branch `spoken40-en`) raised the S@1 of the
/// thirty-fourth blind batch, tuned on, to just above this floor (0.800 -> 1.000, 0.967 once
/// the merge took out five keys). A higher
/// floor of an earlier round or of the part still holds.
const ENGLISH_THIRTY_SECOND_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-fourth blind batch", 0.96)];

/// The thirty-third round for English (branch `spoken41-en`) raised the S@1 of the
/// thirty-fifth blind batch, tuned on, to just above this floor (0.733 -> 0.833, 50 of 60;
/// 0.817 once the merge took out two keys). A higher floor of an earlier round or of the part
/// still holds.
const ENGLISH_THIRTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, thirty-fifth blind batch", 0.80)];

/// The thirty-fourth round for English (branch `spoken42-en`) raised the S@1 of the
/// thirty-sixth blind batch, tuned on, to just above this floor (0.767 -> 0.867, 46 -> 52 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_THIRTY_FOURTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-sixth blind batch", 0.85)];

/// The thirty-fifth round for English (branch `spoken43-en`) raised the S@1 of the
/// thirty-seventh blind batch, tuned on, to just above this floor (0.733 -> 0.833, 44 -> 50 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_THIRTY_FIFTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-seventh blind batch", 0.82)];

/// The thirty-sixth round for English (branch `spoken44-en`) raised the S@1 of the
/// thirty-eighth blind batch, tuned on, to just above this floor (0.717 -> 0.883, 43 -> 53 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_THIRTY_SIXTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-eighth blind batch", 0.87)];

/// The thirty-seventh round for English (branch `spoken45-en`) raised the S@1 of the
/// thirty-ninth blind batch, tuned on, to just above this floor (0.767 -> 0.983, 46 -> 59 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_THIRTY_SEVENTH_ROUND_S1: &[(&str, f64)] =
    &[("tuning, thirty-ninth blind batch", 0.97)];

/// The thirty-eighth round for English (branch `spoken46-en`) raised the S@1 of the
/// fortieth blind batch, tuned on, to just above this floor (0.667 -> 0.900, 40 -> 54 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_THIRTY_EIGHTH_ROUND_S1: &[(&str, f64)] = &[("tuning, fortieth blind batch", 0.89)];

/// The thirty-ninth round for English (branch `spoken47-en`) raised the S@1 of the
/// forty-first blind batch, tuned on, to just above this floor (0.717 -> 0.917, 43 -> 55 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_THIRTY_NINTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-first blind batch", 0.90)];

/// The fortieth round for English (branch `spoken48-en`) raised the S@1 of the
/// forty-second blind batch, tuned on, to just above this floor (0.733 -> 0.900, 44 -> 54 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FORTIETH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-second blind batch", 0.89)];

/// The forty-first round for English (branch `spoken49-en`) raised the S@1 of the
/// forty-third blind batch, tuned on, to just above this floor (0.633 -> 0.750, 38 -> 45 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FORTY_FIRST_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-third blind batch", 0.74)];

/// The forty-second round for English (branch `spoken50-en`) raised the S@1 of the
/// forty-fourth blind batch, tuned on, to just above this floor (0.717 -> 0.917, 43 -> 55 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FORTY_SECOND_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-fourth blind batch", 0.91)];

/// The forty-third round for English (branch `spoken51-en`) raised the S@1 of the
/// forty-fifth blind batch, tuned on, to just above this floor (0.667 -> 0.833, 40 -> 50 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FORTY_THIRD_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-fifth blind batch", 0.83)];

/// The forty-fourth round for English (branch `spoken52-en`) raised the S@1 of the
/// forty-sixth blind batch, tuned on, to just above this floor (0.667 -> 0.850, 40 -> 51 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FORTY_FOURTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-sixth blind batch", 0.84)];

/// The forty-fifth round for English (branch `spoken53-en`) raised the S@1 of the
/// forty-seventh blind batch, tuned on, to just above this floor (0.700 -> 0.867, 42 -> 52 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FORTY_FIFTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-seventh blind batch", 0.86)];

/// The forty-sixth round for English (branch `spoken54-en`) raised the S@1 of the
/// forty-eighth blind batch, tuned on, to just above this floor (0.583 -> 0.767, 35 -> 46 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FORTY_SIXTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-eighth blind batch", 0.76)];

/// The forty-seventh round for English (branch `spoken55-en`) raised the S@1 of the
/// forty-ninth blind batch, tuned on, to just above this floor (0.467 -> 0.783, 28 -> 47 of
/// 60). A higher floor of an earlier round or of the part still holds.
const ENGLISH_FORTY_SEVENTH_ROUND_S1: &[(&str, f64)] = &[("tuning, forty-ninth blind batch", 0.78)];

/// Tuning parts' S@1 floors lowered on purpose, each below the round floor it replaces: the
/// tuned queries a ranking change cost, where the change gained more fresh ones than it lost
/// tuned ones (docs/RELEVANCE.md, "Problems told in a sentence"). A part listed here has this
/// floor at most; a later round that regains the queries takes its entry out.
const LOWERED_FLOORS: &[(Lang, &str, f64)] = &[
    // Problems told in a sentence weigh headings at half (`problem_heading_share`): 26 tuned
    // queries of 4,802 lost on balance, 20 fresh ones of 720 gained. The twentieth round
    // regained all of them; its second pass regained the English seventh batch's last one (a
    // sentence in the app FAQ's rejected-order answer), so no part is lowered now.
    //
    // The FAQ lean (`RankingParams::faq_lean_weight`, docs/RELEVANCE.md "The FAQ lean"): 22
    // tuned queries of 9,179 lost on balance (a question-shaped word lifting the FAQ over the
    // guide that answers); 39 never tuned on gained (27 of the kept-aside parts' 1,157 and 12 of
    // the fresh batch's 240). Three kept-aside parts lose queries while the others gain more:
    // held-out 1 one in Persian, held-out 2 two in Arabic and one each in Persian and Chinese,
    // held-out 7 one in Arabic. Each floor below is the part's S@1 with the lean.
    // Its counts taken from blind36 as well (the thirty-fourth round's tuning part) lose three
    // more tuned queries, one in each part below.
    // From blind37 as well (the thirty-fifth round's tuning part): one more.
    (Lang::Fa, "tuning, twentieth blind batch", 0.932), // was 0.94
    (Lang::Zh, "tuning, tenth blind batch", 0.982),     // was 0.99
    // From blind38 as well (the thirty-sixth round's tuning part): two more.
    (Lang::Zh, "tuning, thirty-fifth blind batch", 0.833), // was 0.84
    (Lang::Ar, "tuning, thirty-sixth blind batch", 0.749), // was 0.77, then 0.766
    // From blind39 as well (the next round's tuning part): three more.
    (Lang::En, "tuning, thirty-seventh blind batch", 0.816), // was 0.82
    (Lang::Zh, "tuning, thirty-seventh blind batch", 0.916), // was 0.92
    (Lang::Fa, "tuning, thirty-sixth blind batch", 0.833),   // was 0.87, then 0.866, 0.849
    // From blind41 as well (the thirty-ninth round's tuning part): one more.
    (Lang::En, "tuning, thirty-ninth blind batch", 0.966), // was 0.97
    // From blind44 as well (the forty-second round's tuning part): one more, the Arabic
    // thirty-sixth batch's above (0.766 -> 0.749).
    // From blind45 as well (the forty-third round's tuning part): two more.
    (Lang::Ar, "tuning, fortieth blind batch", 0.633), // was 0.65
    (Lang::En, "tuning, forty-third blind batch", 0.733), // was 0.74
    // From blind46 as well (the forty-fourth round's tuning part): three more.
    (Lang::Zh, "tuning, forty-fifth blind batch", 0.85), // was 0.86
    (Lang::En, "tuning, forty-fourth blind batch", 0.9), // was 0.91
    (Lang::Ar, "tuning, thirty-eighth blind batch", 0.783), // was 0.8
    // From blind47 as well (the forty-fifth round's tuning part): four more, and the Persian
    // thirty-sixth batch's above (0.866 -> 0.849).
    (Lang::Fa, "tuning, forty-fifth blind batch", 0.849), // was 0.86
    (Lang::Ar, "tuning, eighteenth blind batch", 0.983),  // was 0.99
    (Lang::En, "tuning, seventh blind batch", 0.983),     // was 0.99
    (Lang::Zh, "tuning, twenty-third blind batch", 0.966), // was 0.97
    // From blind48 as well (the forty-sixth round's tuning part): four more, and the Persian
    // thirty-sixth batch's above (0.849 -> 0.833) and the Arabic twenty-eighth's below
    // (0.966 -> 0.95).
    (Lang::Ar, "tuning, nineteenth blind batch", 0.966), // was 0.97
    (Lang::Fa, "tuning, tenth blind batch", 0.983),      // was 0.99
    (Lang::Fa, "tuning, thirty-ninth blind batch", 0.933), // was 0.94
    (Lang::En, "tuning, thirty-sixth blind batch", 0.833), // was 0.85
    // From blind49 as well (the forty-seventh round's tuning part): three more, one query each.
    (Lang::Fa, "tuning, forty-eighth blind batch", 0.799), // was 0.81
    (Lang::En, "tuning, forty-fifth blind batch", 0.816),  // was 0.83
    (Lang::Fa, "tuning, forty-seventh blind batch", 0.833), // was 0.84
    // The deposit methods' daily maximum for every method (a content gap two tuners of the
    // thirty-fourth round found): a visa deposit's withdrawal now finds the deposit guide's
    // limits first (the tuning parts' total is unchanged; a kept-aside Chinese query gained).
    (Lang::Zh, "tuning, twenty-first blind batch", 0.932), // was 0.94
    (Lang::Fa, "tuning", 0.966),                           // was 0.969
    (Lang::Ar, "tuning, twenty-second blind batch", 0.966), // was 0.97
    (Lang::Ar, "tuning, blind batch", 0.959),              // was 0.99
    (Lang::En, "tuning, eighteenth blind batch", 0.966),   // was 0.99
    (Lang::Fa, "tuning, eighteenth blind batch", 0.949),   // was 0.97
    (Lang::En, "tuning, eighth blind batch", 0.982),       // was 0.99
    (Lang::Ar, "tuning, eighth blind batch", 0.949),       // was 0.99
    (Lang::Fa, "tuning, eighth blind batch", 0.982),       // was 0.99
    (Lang::En, "tuning, fifteenth blind batch", 0.966),    // was 0.97
    (Lang::En, "tuning, fifth blind batch", 0.949),        // was 0.99
    (Lang::Fa, "tuning, fifth blind batch", 0.982),        // was 0.99
    (Lang::Zh, "tuning, fifth blind batch", 0.982),        // was 0.99
    (Lang::En, "tuning, fourth blind batch", 0.974),       // was 0.99
    (Lang::Fa, "tuning, fourth blind batch", 0.949),       // was 0.99
    (Lang::Zh, "tuning, fourteenth blind batch", 0.966),   // was 0.97
    (Lang::Ar, "held-out 2", 0.666),                       // was 0.79
    (Lang::Fa, "held-out 2", 0.866),                       // was 0.93
    (Lang::Zh, "held-out 2", 0.932),                       // was 0.99
    (Lang::Ar, "held-out 7", 0.949),                       // was 0.99
    (Lang::Fa, "held-out", 0.856),                         // was 0.92
    (Lang::En, "tuning, ninth blind batch", 0.949),        // was 0.98
    (Lang::Ar, "tuning, ninth blind batch", 0.966),        // was 0.99
    (Lang::Fa, "tuning, ninth blind batch", 0.982),        // was 0.99
    (Lang::Zh, "tuning, ninth blind batch", 0.982),        // was 0.99
    (Lang::Fa, "tuning, nineteenth blind batch", 0.966),   // was 0.99
    (Lang::Ar, "tuning, second blind batch", 0.966),       // was 0.99
    (Lang::Fa, "tuning, seventeenth blind batch", 0.982),  // was 0.99
    (Lang::Fa, "tuning, seventh blind batch", 0.982),      // was 0.99
    (Lang::Zh, "tuning, seventh blind batch", 0.966),      // was 0.99
    (Lang::Ar, "tuning, sixteenth blind batch", 0.982),    // was 0.99
    (Lang::En, "tuning, sixth blind batch", 0.916),        // was 0.98
    (Lang::Ar, "tuning, sixth blind batch", 0.966),        // was 0.98
    (Lang::Fa, "tuning, sixth blind batch", 0.916),        // was 0.98
    (Lang::Zh, "tuning, sixth blind batch", 0.966),        // was 0.99
    (Lang::En, "tuning, tenth blind batch", 0.982),        // was 0.99
    (Lang::Ar, "tuning, tenth blind batch", 0.982),        // was 0.99
    (Lang::Ar, "tuning, third blind batch", 0.949),        // was 0.99
    (Lang::En, "tuning, thirtieth blind batch", 0.899),    // was 0.91
    (Lang::Fa, "tuning, thirtieth blind batch", 0.982),    // was 0.99
    (Lang::En, "tuning, thirty-first blind batch", 0.882), // was 0.89
    (Lang::En, "tuning", 0.972),                           // was 0.995
    (Lang::Ar, "tuning", 0.984),                           // was 0.987
    (Lang::Fa, "tuning", 0.969),                           // was 0.984
    (Lang::Zh, "tuning", 0.974),                           // was 0.985
    (Lang::Ar, "tuning, twelfth blind batch", 0.949),      // was 0.97
    (Lang::Zh, "tuning, twelfth blind batch", 0.966),      // was 0.99
    (Lang::Ar, "tuning, twentieth blind batch", 0.982),    // was 0.99
    (Lang::Ar, "tuning, twenty-eighth blind batch", 0.95), // was 0.97, then 0.966
    (Lang::Zh, "tuning, twenty-eighth blind batch", 0.949), // was 0.97
    (Lang::Zh, "tuning, twenty-fifth blind batch", 0.966), // was 0.97
    (Lang::Ar, "tuning, twenty-first blind batch", 0.949), // was 0.97
    (Lang::Fa, "tuning, twenty-fourth blind batch", 0.932), // was 0.97
    (Lang::Zh, "tuning, twenty-fourth blind batch", 0.982), // was 0.99
    (Lang::Zh, "tuning, twenty-ninth blind batch", 0.966), // was 0.97
    (Lang::En, "tuning, twenty-seventh blind batch", 0.982), // was 0.99
    (Lang::Fa, "tuning, twenty-seventh blind batch", 0.982), // was 0.99
    (Lang::Zh, "tuning, twenty-seventh blind batch", 0.949), // was 0.97
    (Lang::En, "tuning, twenty-sixth blind batch", 0.966), // was 0.97
];

/// Every round's raised floors by language: a part's S@1 floor is the highest of its own and
/// of every round's that names it (capped by `LOWERED_FLOORS`).
const ROUND_FLOORS: &[(Lang, &[(&str, f64)])] = &[
    (Lang::Ar, ARABIC_SIXTH_ROUND_S1),
    (Lang::Ar, ARABIC_SEVENTH_ROUND_S1),
    (Lang::Ar, ARABIC_ELEVENTH_ROUND_S1),
    (Lang::Ar, ARABIC_TWELFTH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTEENTH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTEENTH_ROUND_B_S1),
    (Lang::Ar, ARABIC_FOURTEENTH_ROUND_S1),
    (Lang::Ar, ARABIC_FOURTEENTH_ROUND_B_S1),
    (Lang::Ar, ARABIC_FIFTEENTH_ROUND_S1),
    (Lang::Ar, ARABIC_FIFTEENTH_ROUND_B_S1),
    (Lang::Ar, ARABIC_SIXTEENTH_ROUND_S1),
    (Lang::Ar, ARABIC_SEVENTEENTH_ROUND_S1),
    (Lang::Ar, ARABIC_SEVENTEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Ar, ARABIC_EIGHTEENTH_ROUND_S1),
    (Lang::Ar, ARABIC_EIGHTEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Ar, ARABIC_NINETEENTH_ROUND_S1),
    (Lang::Ar, ARABIC_NINETEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Ar, ARABIC_TWENTIETH_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_FIRST_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_FIRST_ROUND_SECOND_PASS_S1),
    (Lang::Ar, ARABIC_TWENTY_FIRST_ROUND_THIRD_PASS_S1),
    (Lang::Ar, ARABIC_TWENTY_SECOND_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_THIRD_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_FOURTH_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_FIFTH_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_SIXTH_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_SEVENTH_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_EIGHTH_ROUND_S1),
    (Lang::Ar, ARABIC_TWENTY_NINTH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTIETH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_FIRST_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_SECOND_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_THIRD_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_FOURTH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_FIFTH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_SIXTH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_SEVENTH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_EIGHTH_ROUND_S1),
    (Lang::Ar, ARABIC_THIRTY_NINTH_ROUND_S1),
    (Lang::Ar, ARABIC_FORTIETH_ROUND_S1),
    (Lang::Ar, ARABIC_FORTY_FIRST_ROUND_S1),
    (Lang::Ar, ARABIC_FORTY_SECOND_ROUND_S1),
    (Lang::Ar, ARABIC_FORTY_THIRD_ROUND_S1),
    (Lang::Ar, ARABIC_FORTY_FOURTH_ROUND_S1),
    (Lang::Ar, ARABIC_FORTY_FIFTH_ROUND_S1),
    (Lang::Ar, ARABIC_FORTY_SIXTH_ROUND_S1),
    (Lang::Ar, ARABIC_FORTY_SEVENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_ELEVENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_TWELFTH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTEENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTEENTH_ROUND_C_S1),
    (Lang::Fa, PERSIAN_FOURTEENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_FOURTEENTH_ROUND_B_S1),
    (Lang::Fa, PERSIAN_FIFTEENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_FIFTEENTH_ROUND_B_S1),
    (Lang::Fa, PERSIAN_SIXTEENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_SEVENTEENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_SEVENTEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Fa, PERSIAN_EIGHTEENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_EIGHTEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Fa, PERSIAN_NINETEENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_NINETEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Fa, PERSIAN_TWENTIETH_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTIETH_ROUND_SECOND_PASS_S1),
    (Lang::Fa, PERSIAN_TWENTY_FIRST_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTY_FIRST_ROUND_SECOND_PASS_S1),
    (Lang::Fa, PERSIAN_TWENTY_FIRST_ROUND_THIRD_PASS_S1),
    (Lang::Fa, PERSIAN_TWENTY_SECOND_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTY_THIRD_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTY_FOURTH_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTY_FIFTH_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTY_SIXTH_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTY_SEVENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTY_EIGHTH_ROUND_S1),
    (Lang::Fa, PERSIAN_TWENTY_NINTH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTIETH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_FIRST_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_SECOND_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_THIRD_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_FOURTH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_FIFTH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_SIXTH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_SEVENTH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_EIGHTH_ROUND_S1),
    (Lang::Fa, PERSIAN_THIRTY_NINTH_ROUND_S1),
    (Lang::Fa, PERSIAN_FORTIETH_ROUND_S1),
    (Lang::Fa, PERSIAN_FORTY_FIRST_ROUND_S1),
    (Lang::Fa, PERSIAN_FORTY_SECOND_ROUND_S1),
    (Lang::Fa, PERSIAN_FORTY_THIRD_ROUND_S1),
    (Lang::Fa, PERSIAN_FORTY_FOURTH_ROUND_S1),
    (Lang::Fa, PERSIAN_FORTY_FIFTH_ROUND_S1),
    (Lang::Fa, PERSIAN_FORTY_SIXTH_ROUND_S1),
    (Lang::Fa, PERSIAN_FORTY_SEVENTH_ROUND_S1),
    (Lang::Zh, CHINESE_TWELFTH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTEENTH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTEENTH_ROUND_B_S1),
    (Lang::Zh, CHINESE_FOURTEENTH_ROUND_S1),
    (Lang::Zh, CHINESE_FOURTEENTH_ROUND_B_S1),
    (Lang::Zh, CHINESE_FIFTEENTH_ROUND_S1),
    (Lang::Zh, CHINESE_FIFTEENTH_ROUND_B_S1),
    (Lang::Zh, CHINESE_SIXTEENTH_ROUND_S1),
    (Lang::Zh, CHINESE_SEVENTEENTH_ROUND_S1),
    (Lang::Zh, CHINESE_SEVENTEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Zh, CHINESE_EIGHTEENTH_ROUND_S1),
    (Lang::Zh, CHINESE_EIGHTEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Zh, CHINESE_NINETEENTH_ROUND_S1),
    (Lang::Zh, CHINESE_NINETEENTH_ROUND_SECOND_PASS_S1),
    (Lang::Zh, CHINESE_TWENTIETH_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTIETH_ROUND_SECOND_PASS_S1),
    (Lang::Zh, CHINESE_TWENTY_FIRST_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTY_FIRST_ROUND_SECOND_PASS_S1),
    (Lang::Zh, CHINESE_TWENTY_FIRST_ROUND_THIRD_PASS_S1),
    (Lang::Zh, CHINESE_TWENTY_SECOND_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTY_THIRD_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTY_FOURTH_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTY_FIFTH_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTY_SIXTH_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTY_SEVENTH_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTY_EIGHTH_ROUND_S1),
    (Lang::Zh, CHINESE_TWENTY_NINTH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTIETH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_FIRST_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_SECOND_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_THIRD_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_FOURTH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_FIFTH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_SIXTH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_SEVENTH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_EIGHTH_ROUND_S1),
    (Lang::Zh, CHINESE_THIRTY_NINTH_ROUND_S1),
    (Lang::Zh, CHINESE_FORTIETH_ROUND_S1),
    (Lang::Zh, CHINESE_FORTY_FIRST_ROUND_S1),
    (Lang::Zh, CHINESE_FORTY_SECOND_ROUND_S1),
    (Lang::Zh, CHINESE_FORTY_THIRD_ROUND_S1),
    (Lang::Zh, CHINESE_FORTY_FOURTH_ROUND_S1),
    (Lang::Zh, CHINESE_FORTY_FIFTH_ROUND_S1),
    (Lang::Zh, CHINESE_FORTY_SIXTH_ROUND_S1),
    (Lang::Zh, CHINESE_FORTY_SEVENTH_ROUND_S1),
    (Lang::En, ENGLISH_TWELFTH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTEENTH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTEENTH_ROUND_C_S1),
    (Lang::En, ENGLISH_FOURTEENTH_ROUND_S1),
    (Lang::En, ENGLISH_FOURTEENTH_ROUND_B_S1),
    (Lang::En, ENGLISH_FIFTEENTH_ROUND_S1),
    (Lang::En, ENGLISH_FIFTEENTH_ROUND_B_S1),
    (Lang::En, ENGLISH_SIXTEENTH_ROUND_S1),
    (Lang::En, ENGLISH_SEVENTEENTH_ROUND_S1),
    (Lang::En, ENGLISH_SEVENTEENTH_ROUND_SECOND_PASS_S1),
    (Lang::En, ENGLISH_EIGHTEENTH_ROUND_S1),
    (Lang::En, ENGLISH_EIGHTEENTH_ROUND_SECOND_PASS_S1),
    (Lang::En, ENGLISH_NINETEENTH_ROUND_S1),
    (Lang::En, ENGLISH_NINETEENTH_ROUND_SECOND_PASS_S1),
    (Lang::En, ENGLISH_TWENTIETH_ROUND_S1),
    (Lang::En, ENGLISH_TWENTIETH_ROUND_SECOND_PASS_S1),
    (Lang::En, ENGLISH_TWENTY_FIRST_ROUND_S1),
    (Lang::En, ENGLISH_TWENTY_FIRST_ROUND_SECOND_PASS_S1),
    (Lang::En, ENGLISH_TWENTY_FIRST_ROUND_THIRD_PASS_S1),
    (Lang::En, ENGLISH_TWENTY_SECOND_ROUND_S1),
    (Lang::En, ENGLISH_TWENTY_THIRD_ROUND_S1),
    (Lang::En, ENGLISH_TWENTY_FOURTH_ROUND_S1),
    (Lang::En, ENGLISH_TWENTY_FIFTH_ROUND_S1),
    (Lang::En, ENGLISH_TWENTY_SIXTH_ROUND_S1),
    (Lang::En, ENGLISH_TWENTY_SEVENTH_ROUND_S1),
    (Lang::En, ENGLISH_TWENTY_EIGHTH_ROUND_S1),
    (Lang::En, ENGLISH_TWENTY_NINTH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTIETH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_FIRST_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_SECOND_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_THIRD_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_FOURTH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_FIFTH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_SIXTH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_SEVENTH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_EIGHTH_ROUND_S1),
    (Lang::En, ENGLISH_THIRTY_NINTH_ROUND_S1),
    (Lang::En, ENGLISH_FORTIETH_ROUND_S1),
    (Lang::En, ENGLISH_FORTY_FIRST_ROUND_S1),
    (Lang::En, ENGLISH_FORTY_SECOND_ROUND_S1),
    (Lang::En, ENGLISH_FORTY_THIRD_ROUND_S1),
    (Lang::En, ENGLISH_FORTY_FOURTH_ROUND_S1),
    (Lang::En, ENGLISH_FORTY_FIFTH_ROUND_S1),
    (Lang::En, ENGLISH_FORTY_SIXTH_ROUND_S1),
    (Lang::En, ENGLISH_FORTY_SEVENTH_ROUND_S1),
];

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
