//! Ablation switches, for measurement only: turn analysis rules off, process-wide, to see what
//! each is worth on a benchmark (`tests/it/relevance.rs`). Like the Chinese segmentation mode,
//! an index must be built and queried with the same setting. The default,
//! [`Ablation::NONE`], is the analyzer as shipped; the pipelines pay one relaxed atomic load
//! per text for the switches.

use std::sync::atomic::{AtomicU16, Ordering};

/// Which analysis rules are turned off (`true` = off).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
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

    const fn to_bits(self) -> u16 {
        (self.plain as u16)
            | (self.arabic_normalisation as u16) << 1
            | (self.arabic_stemming as u16) << 2
            | (self.persian_unification as u16) << 3
            | (self.persian_joining as u16) << 4
            | (self.persian_stemming as u16) << 5
            | (self.english_stemming as u16) << 6
            | (self.stop_words as u16) << 7
            | (self.colloquial_forms as u16) << 8
            | (self.colloquial_lexicon as u16) << 9
    }

    fn from_bits(bits: u16) -> Self {
        let bit = |n: u16| bits & (1 << n) != 0;
        Ablation {
            plain: bit(0),
            arabic_normalisation: bit(1),
            arabic_stemming: bit(2),
            persian_unification: bit(3),
            persian_joining: bit(4),
            persian_stemming: bit(5),
            english_stemming: bit(6),
            stop_words: bit(7),
            colloquial_forms: bit(8),
            colloquial_lexicon: bit(9),
        }
    }
}

static BITS: AtomicU16 = AtomicU16::new(0);

/// Turns analysis rules off for every analyzer in the process (measurement only; default
/// [`Ablation::NONE`]). An index must be built and queried with the same setting.
pub fn set_ablation(ablation: Ablation) {
    BITS.store(ablation.to_bits(), Ordering::Relaxed);
}

/// The ablation in force.
pub fn ablation() -> Ablation {
    Ablation::from_bits(BITS.load(Ordering::Relaxed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_round_trips() {
        assert_eq!(Ablation::NONE.to_bits(), 0);
        for (_, ablation) in Ablation::EACH_RULE {
            assert_ne!(ablation, Ablation::NONE);
            assert_eq!(Ablation::from_bits(ablation.to_bits()), ablation);
        }
        let all = Ablation::from_bits(u16::MAX);
        assert_eq!(Ablation::from_bits(all.to_bits()), all);
    }
}
