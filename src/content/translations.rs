//! Translations of each article id across the language folders: which language versions are
//! missing, which are older than the version they follow, and which lack its sections.
//!
//! The version a translation follows (its source) is the one named by `source_lang` in the
//! front matter of any version, else the most recently `updated` one. A translation is outdated
//! when its `updated` is older than the source's (or it has none while the source has one), and
//! incomplete when it has fewer sections than the source: anchors differ between languages, so
//! sections are counted, not matched.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Article;
use crate::lang::Lang;

/// The state of one language version of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum TranslationState {
    /// The version the others follow.
    Source {
        updated: Option<String>,
        sections: usize,
    },
    /// A translation as recent and as complete as its source.
    Current {
        updated: Option<String>,
        sections: usize,
    },
    /// Older than the source.
    Outdated {
        updated: Option<String>,
        source_updated: String,
        sections: usize,
    },
    /// As recent as the source but with fewer sections.
    Incomplete {
        updated: Option<String>,
        sections: usize,
        source_sections: usize,
    },
    /// No published file in this language.
    Missing,
}

impl TranslationState {
    /// One word for tables: `source`, `current`, `outdated`, `incomplete`, `missing`.
    pub fn word(&self) -> &'static str {
        match self {
            TranslationState::Source { .. } => "source",
            TranslationState::Current { .. } => "current",
            TranslationState::Outdated { .. } => "outdated",
            TranslationState::Incomplete { .. } => "incomplete",
            TranslationState::Missing => "missing",
        }
    }

    /// Whether a writer has work to do on this version.
    pub fn needs_work(&self) -> bool {
        matches!(
            self,
            TranslationState::Outdated { .. }
                | TranslationState::Incomplete { .. }
                | TranslationState::Missing
        )
    }
}

/// One article id and the state of each language version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TranslationStatus {
    pub id: String,
    /// The version the others follow.
    pub source_lang: Lang,
    /// Every language given to [`translation_status`], in that order.
    pub langs: BTreeMap<Lang, TranslationState>,
}

/// The translation state of every article id in `langs` (the languages the help center
/// publishes), ids in order.
pub fn translation_status(articles: &[Article], langs: &[Lang]) -> Vec<TranslationStatus> {
    let mut by_id: BTreeMap<&str, Vec<&Article>> = BTreeMap::new();
    for article in articles {
        by_id.entry(article.id.as_str()).or_default().push(article);
    }
    by_id
        .into_iter()
        .filter_map(|(id, versions)| {
            let source = source_of(&versions)?;
            let langs = langs
                .iter()
                .map(|&lang| {
                    let state = match versions.iter().find(|a| a.lang == lang) {
                        None => TranslationState::Missing,
                        Some(a) if a.lang == source.lang => TranslationState::Source {
                            updated: a.updated.clone(),
                            sections: section_count(a),
                        },
                        Some(a) => state_against(a, source),
                    };
                    (lang, state)
                })
                .collect();
            Some(TranslationStatus {
                id: id.to_owned(),
                source_lang: source.lang,
                langs,
            })
        })
        .collect()
}

/// The version named by a `source_lang`, else the latest `updated` (the first language on a
/// tie or when no version has a date).
fn source_of<'a>(versions: &[&'a Article]) -> Option<&'a Article> {
    let named = versions
        .iter()
        .filter_map(|a| a.source_lang)
        .find_map(|lang| versions.iter().find(|a| a.lang == lang));
    if let Some(&source) = named {
        return Some(source);
    }
    let mut best: Option<&'a Article> = None;
    for &a in versions {
        if best.is_none_or(|b| a.updated > b.updated) {
            best = Some(a);
        }
    }
    best
}

fn state_against(version: &Article, source: &Article) -> TranslationState {
    let updated = version.updated.clone();
    let sections = section_count(version);
    if let Some(source_updated) = &source.updated {
        if version.updated.as_ref().is_none_or(|u| u < source_updated) {
            return TranslationState::Outdated {
                updated,
                source_updated: source_updated.clone(),
                sections,
            };
        }
    }
    let source_sections = section_count(source);
    if sections < source_sections {
        return TranslationState::Incomplete {
            updated,
            sections,
            source_sections,
        };
    }
    TranslationState::Current { updated, sections }
}

/// Sections under a heading (the lead text before the first heading is not counted: a
/// translation may or may not have one).
fn section_count(article: &Article) -> usize {
    article
        .sections
        .iter()
        .filter(|s| !s.heading.is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::content::parse_article;

    fn article(lang: Lang, front: &str, questions: usize) -> Article {
        let mut text = format!(
            "---\ntitle: Fees {}\ntype: faq\n{front}---\n\n",
            lang.code()
        );
        for q in 0..questions {
            text.push_str(&format!("## Question {q}?\n\nAnswer {q}.\n\n"));
        }
        let path = format!("content/{}/fees.md", lang.code());
        parse_article(Path::new(&path), lang, "fees", text.as_bytes()).unwrap()
    }

    fn words(status: &TranslationStatus) -> Vec<(&str, &str)> {
        status
            .langs
            .iter()
            .map(|(lang, state)| (lang.code(), state.word()))
            .collect()
    }

    #[test]
    fn latest_version_is_the_source_and_older_ones_are_outdated() {
        let articles = [
            article(Lang::En, "updated: 2026-11-20\n", 3),
            article(Lang::Ar, "updated: 2026-10-01\n", 3),
            article(Lang::Fa, "", 3),
            article(Lang::Zh, "updated: 2026-11-20\n", 2),
        ];
        let status = translation_status(&articles, &Lang::ALL);
        assert_eq!(status.len(), 1);
        assert_eq!(status[0].source_lang, Lang::En);
        assert_eq!(
            words(&status[0]),
            [
                ("en", "source"),
                ("ar", "outdated"),
                ("fa", "outdated"),
                ("zh", "incomplete")
            ]
        );
    }

    #[test]
    fn source_lang_wins_over_dates_and_missing_versions_are_listed() {
        let articles = [
            article(Lang::Fa, "updated: 2026-09-01\nsource_lang: fa\n", 2),
            article(Lang::En, "updated: 2026-11-01\n", 2),
        ];
        let status = translation_status(&articles, &Lang::ALL);
        assert_eq!(status[0].source_lang, Lang::Fa);
        assert_eq!(
            words(&status[0]),
            [
                ("en", "current"),
                ("ar", "missing"),
                ("fa", "source"),
                ("zh", "missing")
            ]
        );
        assert!(status[0].langs[&Lang::Ar].needs_work());
        assert!(!status[0].langs[&Lang::En].needs_work());
    }
}
