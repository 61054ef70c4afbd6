//! Fitting the ranking's numbers on customers' own questions (issue 16): each number of
//! [`RankingParams`] moved alone, scored on the tuning parts of the colloquial sets and on the
//! fresh batch; the FAQ lean's weight scored by cross-validation, its counts taken from the
//! other tuning parts than the ones scored. The kept-aside parts never enter: a number is
//! chosen here and measured on them once (docs/RELEVANCE.md, "Fitting the ranking's numbers").
//!
//! ```sh
//! cargo test --release --test it ranking_fit -- --ignored --nocapture --test-threads 1
//! ```

use std::sync::Arc;

use dalil::index::{IndexDir, LoadedIndex};
use dalil::search::{Engine, FaqLean, RankingParams};
use dalil::Lang;

use crate::colloquial::PARTS;
use crate::faq_lean::lean_questions;
use crate::learned::{fresh, hits_in, hits_line, tuning_dirs};
use crate::support::bundled_index;

/// Tuning parts per cross-validation fold of the FAQ lean (parts go to folds in turn).
const FOLDS: usize = 5;

/// One number of [`RankingParams`] and the values it is scored at.
type Knob = (&'static str, fn(&mut RankingParams, f32), &'static [f32]);

const KNOBS: &[Knob] = &[
    (
        "coverage_weight",
        |p, v| p.coverage_weight = v,
        &[0.2, 0.3, 0.5, 0.6],
    ),
    (
        "short_query_coverage_weight",
        |p, v| p.short_query_coverage_weight = v,
        &[0.5, 0.9],
    ),
    (
        "colloquial_weight",
        |p, v| p.colloquial_weight = v,
        &[0.5, 0.6, 0.8, 0.9],
    ),
    ("synonym_weight", |p, v| p.synonym_weight = v, &[0.6, 1.0]),
    (
        "written_form_weight",
        |p, v| p.written_form_weight = v,
        &[0.8, 1.0],
    ),
    (
        "shape_weight",
        |p, v| p.shape_weight = v,
        &[0.0, 0.1, 0.2, 0.3],
    ),
    (
        "problem_shape_weight",
        |p, v| p.problem_shape_weight = v,
        &[0.15, 0.35],
    ),
    ("phrase_weight", |p, v| p.phrase_weight = v, &[1.0, 2.0]),
    ("field_tie", |p, v| p.field_tie = v, &[0.1, 0.3]),
    ("synonym_tie", |p, v| p.synonym_tie = v, &[0.1, 0.4]),
    ("title weight", |p, v| p.field_weights[0] = v, &[2.5, 3.5]),
    ("heading weight", |p, v| p.field_weights[1] = v, &[1.2, 1.8]),
    (
        "keywords weight",
        |p, v| p.field_weights[2] = v,
        &[1.5, 2.1],
    ),
    ("summary weight", |p, v| p.field_weights[3] = v, &[1.0, 1.4]),
    ("body weight", |p, v| p.field_weights[4] = v, &[0.8, 1.2]),
    (
        "problem_heading_share",
        |p, v| p.problem_heading_share = v,
        &[0.3, 0.7],
    ),
    (
        "problem_min_words",
        |p, v| p.problem_min_words = v as usize,
        &[8.0, 12.0],
    ),
    (
        "expansion_weight[1]",
        |p, v| p.expansion_weight[1] = v,
        &[0.5, 0.9],
    ),
];

/// The FAQ lean weights scored.
const LEAN_WEIGHTS: &[f32] = &[0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5];

fn index() -> Arc<LoadedIndex> {
    Arc::new(LoadedIndex::open(&IndexDir::new(bundled_index())).expect("open index"))
}

fn add(a: &mut [(usize, usize); 4], b: [(usize, usize); 4]) {
    for (x, y) in a.iter_mut().zip(b) {
        x.0 += y.0;
        x.1 += y.1;
    }
}

fn total(h: &[(usize, usize); 4]) -> usize {
    h.iter().map(|x| x.0).sum()
}

fn fresh_dirs() -> Vec<&'static str> {
    PARTS
        .iter()
        .filter(|(name, _)| fresh(name))
        .map(|(_, dir)| *dir)
        .collect()
}

#[test]
#[ignore = "manual, in release: fits the ranking's numbers (docs/RELEVANCE.md)"]
fn ranking_fit_faq_lean_weight_by_cross_validation() {
    let index = index();
    let tuning = tuning_dirs();
    let folds: Vec<Vec<&str>> = (0..FOLDS)
        .map(|f| tuning.iter().skip(f).step_by(FOLDS).copied().collect())
        .collect();
    // Per fold, the lean counted from the other folds' questions.
    let leans: Vec<FaqLean> = (0..FOLDS)
        .map(|f| {
            let others: Vec<&str> = tuning
                .iter()
                .copied()
                .filter(|d| !folds[f].contains(d))
                .collect();
            let questions: Vec<(Lang, String, bool)> = Lang::ALL
                .iter()
                .flat_map(|&lang| {
                    lean_questions(&index.catalog, lang, &others)
                        .into_iter()
                        .map(move |(k, faq)| (lang, k, faq))
                })
                .collect();
            FaqLean::count(questions.iter().map(|(l, k, f)| (*l, k.as_str(), *f)))
        })
        .collect();
    let fresh = fresh_dirs();
    for &weight in LEAN_WEIGHTS {
        let params = RankingParams {
            faq_lean_weight: weight,
            ..RankingParams::default()
        };
        let mut held = [(0, 0); 4];
        for (fold, lean) in folds.iter().zip(&leans) {
            let engine =
                Engine::with_params(index.clone(), params.clone()).with_faq_lean(lean.clone());
            add(&mut held, hits_in(&engine, fold));
        }
        let engine = Engine::with_params(index.clone(), params);
        let on_fresh = hits_in(&engine, &fresh);
        eprintln!(
            "faq_lean_weight {weight}: cross-validated tuning {} = {}; fresh {} = {}",
            hits_line(&held),
            total(&held),
            hits_line(&on_fresh),
            total(&on_fresh)
        );
    }
}

#[test]
#[ignore = "manual, in release: fits the ranking's numbers (docs/RELEVANCE.md)"]
fn ranking_fit_each_number_alone() {
    let index = index();
    let tuning = tuning_dirs();
    let fresh = fresh_dirs();
    let line = |label: &str, params: RankingParams| {
        let engine = Engine::with_params(index.clone(), params);
        let t = hits_in(&engine, &tuning);
        let f = hits_in(&engine, &fresh);
        eprintln!(
            "{label}: tuning {} = {}; fresh {} = {}",
            hits_line(&t),
            total(&t),
            hits_line(&f),
            total(&f)
        );
    };
    line("defaults", RankingParams::default());
    for (name, set, values) in KNOBS {
        for &v in *values {
            let mut params = RankingParams::default();
            set(&mut params, v);
            line(&format!("{name} {v}"), params);
        }
    }
}
