//! The names analyzers are registered under in tantivy's tokenizer manager; the schema and the
//! query builder use these, never string literals.

use crate::lang::Lang;

/// Full English pipeline (normalise, segment, stem).
pub const ANALYZER_EN: &str = "dalil_en";
/// Full Arabic pipeline.
pub const ANALYZER_AR: &str = "dalil_ar";
/// Full Persian pipeline.
pub const ANALYZER_FA: &str = "dalil_fa";
/// Full Chinese pipeline.
pub const ANALYZER_ZH: &str = "dalil_zh";
/// English without stemming (prefix matching, did-you-mean).
pub const EXACT_ANALYZER_EN: &str = "dalil_en_exact";
/// Arabic without stemming.
pub const EXACT_ANALYZER_AR: &str = "dalil_ar_exact";
/// Persian without stemming.
pub const EXACT_ANALYZER_FA: &str = "dalil_fa_exact";
/// Chinese without stemming.
pub const EXACT_ANALYZER_ZH: &str = "dalil_zh_exact";

/// The name of a language's full pipeline (indexing and queries).
pub const fn analyzer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ANALYZER_EN,
        Lang::Ar => ANALYZER_AR,
        Lang::Fa => ANALYZER_FA,
        Lang::Zh => ANALYZER_ZH,
    }
}

/// The name of a language's pipeline without stemming (prefix matching, did-you-mean).
pub const fn exact_analyzer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EXACT_ANALYZER_EN,
        Lang::Ar => EXACT_ANALYZER_AR,
        Lang::Fa => EXACT_ANALYZER_FA,
        Lang::Zh => EXACT_ANALYZER_ZH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_distinct_and_carry_the_code() {
        let mut names: Vec<&str> = Lang::ALL
            .iter()
            .flat_map(|&l| [analyzer_name(l), exact_analyzer_name(l)])
            .collect();
        for lang in Lang::ALL {
            assert_eq!(analyzer_name(lang), format!("dalil_{}", lang.code()));
            assert_eq!(
                exact_analyzer_name(lang),
                format!("dalil_{}_exact", lang.code())
            );
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 8);
    }
}
