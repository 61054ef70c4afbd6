//! Ablation switches, for measurement only: turn analysis rules off to see what each is worth
//! on a benchmark (`tests/it/relevance.rs`). Part of an index's
//! [`AnalysisOptions`](crate::analysis::AnalysisOptions), so an index is built and queried
//! with the same setting. The default, [`Ablation::NONE`], is the analyzer as shipped.

use serde::{Deserialize, Serialize};

/// Which analysis rules are turned off (`true` = off).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Ablation {
    /// Every pipeline replaced by Unicode word segmentation (UAX #29, so Chinese is cut into
    /// single characters) and lowercasing, with no stop words.
    pub plain: bool,
    /// Arabic letter normalisation (tashkeel, tatweel, alef, yeh, teh marbuta) in Arabic text.
    pub arabic_normalisation: bool,
    /// The light Arabic stemmer.
    pub arabic_stemming: bool,
    /// Persian letter unification (Arabic yeh/kaf as Persian, heh variants, hamza alefs,
    /// diacritics) and ZWNJ removal.
    pub persian_unification: bool,
    /// Joining detached Persian affixes (`هزینه های`, `می شود`) to their words.
    pub persian_joining: bool,
    /// The light Persian stemmer.
    pub persian_stemming: bool,
    /// Snowball English stemming (of Latin terms in every language).
    pub english_stemming: bool,
    /// Dropping stop words from queries that have other terms.
    pub stop_words: bool,
    /// Colloquial morphology at query time (issue 16): written forms of unknown spoken words
    /// and the spoken function words dropped as stop words.
    pub colloquial_forms: bool,
    /// The colloquial lexicon at query time (issue 16).
    pub colloquial_lexicon: bool,
}

impl Ablation {
    /// Nothing turned off: the analyzer as shipped.
    pub const NONE: Ablation = Ablation {
        plain: false,
        arabic_normalisation: false,
        arabic_stemming: false,
        persian_unification: false,
        persian_joining: false,
        persian_stemming: false,
        english_stemming: false,
        stop_words: false,
        colloquial_forms: false,
        colloquial_lexicon: false,
    };

    /// Each rule turned off alone, with its name, for measurement tables.
    pub const EACH_RULE: [(&'static str, Ablation); 10] = [
        (
            "plain (UAX#29 words + lowercase)",
            Ablation {
                plain: true,
                ..Ablation::NONE
            },
        ),
        (
            "no Arabic normalisation",
            Ablation {
                arabic_normalisation: true,
                ..Ablation::NONE
            },
        ),
        (
            "no Arabic stemming",
            Ablation {
                arabic_stemming: true,
                ..Ablation::NONE
            },
        ),
        (
            "no Persian unification (ZWNJ, yeh/kaf, heh)",
            Ablation {
                persian_unification: true,
                ..Ablation::NONE
            },
        ),
        (
            "no Persian affix joining",
            Ablation {
                persian_joining: true,
                ..Ablation::NONE
            },
        ),
        (
            "no Persian stemming",
            Ablation {
                persian_stemming: true,
                ..Ablation::NONE
            },
        ),
        (
            "no English stemming",
            Ablation {
                english_stemming: true,
                ..Ablation::NONE
            },
        ),
        (
            "no stop words",
            Ablation {
                stop_words: true,
                ..Ablation::NONE
            },
        ),
        (
            "no colloquial lexicon",
            Ablation {
                colloquial_lexicon: true,
                ..Ablation::NONE
            },
        ),
        (
            "no colloquial forms or lexicon",
            Ablation {
                colloquial_forms: true,
                colloquial_lexicon: true,
                ..Ablation::NONE
            },
        ),
    ];
}
