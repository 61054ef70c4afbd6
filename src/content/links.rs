//! Internal links and images: where each one in an article's Markdown points, and the check
//! that it leads somewhere (an article, a section anchor, a file under the content folder).
//!
//! External links (`https:`, `mailto:`, `//host`, ...) are not fetched: a help center's build
//! must not depend on other sites being up.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Tag};

use super::error::ContentErrorKind;
use super::markdown::Spanned;
use super::site::SITE_ASSETS_DIR;
use super::source::LineCounter;
use super::Article;
use crate::lang::Lang;
use crate::text::bounded_levenshtein;

/// A link or image destination as written, and the file line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LinkRef {
    /// The destination as written in the Markdown.
    pub dest: String,
    /// 1-based line in the file.
    pub line: usize,
    /// `![..](..)` rather than `[..](..)`.
    pub image: bool,
}

/// Every link and image destination of a body, in document order.
pub(crate) fn collect(events: &[Spanned<'_>], body: &str, body_line: usize) -> Vec<LinkRef> {
    let mut lines = LineCounter::new(body, body_line);
    let mut links = Vec::new();
    for (event, range) in events {
        let (dest, image) = match event {
            Event::Start(Tag::Link { dest_url, .. }) => (dest_url, false),
            Event::Start(Tag::Image { dest_url, .. }) => (dest_url, true),
            _ => continue,
        };
        links.push(LinkRef {
            dest: dest.to_string(),
            line: lines.line_of(range.start),
            image,
        });
    }
    links
}

/// What the link check knows about the content folder.
pub(crate) struct LinkTargets<'a> {
    /// The content folder (relative file links resolve inside it).
    root: &'a Path,
    /// Anchors of every published article parsed in this load.
    anchors: HashMap<(Lang, &'a str), Vec<&'a str>>,
    /// Ids of every article file per language, drafts and files not parsed this time included.
    ids: BTreeMap<Lang, BTreeSet<&'a str>>,
    /// Articles marked `draft: true`: linking to one leads nowhere on the published site.
    drafts: &'a BTreeSet<(Lang, String)>,
}

impl<'a> LinkTargets<'a> {
    /// The targets of one load: its published articles, every article file id and the drafts.
    pub(crate) fn new(
        root: &'a Path,
        articles: &'a [Article],
        files_by_id: &'a BTreeMap<String, Vec<(Lang, PathBuf)>>,
        drafts: &'a BTreeSet<(Lang, String)>,
    ) -> Self {
        let anchors = articles
            .iter()
            .map(|a| {
                let anchors = a.sections.iter().map(|s| s.anchor.as_str()).collect();
                ((a.lang, a.id.as_str()), anchors)
            })
            .collect();
        let mut ids: BTreeMap<Lang, BTreeSet<&str>> = BTreeMap::new();
        for (id, files) in files_by_id {
            for (lang, _) in files {
                ids.entry(*lang).or_default().insert(id.as_str());
            }
        }
        LinkTargets {
            root,
            anchors,
            ids,
            drafts,
        }
    }

    /// Checks one link of `article`; `None` when it leads somewhere (or is external).
    pub(crate) fn check(&self, article: &Article, link: &LinkRef) -> Option<ContentErrorKind> {
        let dest = link.dest.trim();
        if dest.is_empty() {
            return Some(ContentErrorKind::EmptyLink);
        }
        if is_external(dest) {
            return None;
        }
        let (path, fragment) = match dest.split_once('#') {
            Some((path, fragment)) => (path, Some(percent_decode(fragment))),
            None => (dest, None),
        };
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        if path.is_empty() {
            return self.check_anchor(article.lang, &article.id, fragment.as_deref(), dest);
        }
        let path = percent_decode(path);
        match self.resolve(article, &path) {
            Resolved::Article(lang, id) => {
                if let Some(kind) = self.check_article(lang, &id, dest) {
                    return Some(kind);
                }
                self.check_anchor(lang, &id, fragment.as_deref(), dest)
            }
            Resolved::Page => None,
            Resolved::File(rel) => {
                // Only the site's assets folder is served (flat, at `/assets/<name>`).
                let served = rel.parent() == Some(Path::new(SITE_ASSETS_DIR));
                if !served && self.root.join(&rel).is_file() {
                    return Some(ContentErrorKind::LinkedFileNotServed {
                        dest: dest.to_owned(),
                        name: rel
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                    });
                }
                if rel.as_os_str().is_empty() || !self.root.join(&rel).is_file() {
                    Some(ContentErrorKind::MissingLinkedFile {
                        dest: dest.to_owned(),
                        image: link.image,
                        looked_for: self.root.join(&rel),
                    })
                } else {
                    None
                }
            }
            Resolved::OutsideContent => Some(ContentErrorKind::LinkOutsideContent {
                dest: dest.to_owned(),
            }),
        }
    }

    /// Where a link's path (fragment and query removed, percent-decoded) leads.
    fn resolve(&self, article: &Article, path: &str) -> Resolved {
        if let Some(absolute) = path.strip_prefix('/') {
            let segments: Vec<&str> = absolute.split('/').collect();
            let lang = segments.first().and_then(|code| Lang::from_code(code));
            return match (lang, segments.as_slice()) {
                // `/`, `/en`, `/en/` and the search page.
                (_, [""]) | (Some(_), [_] | [_, ""] | [_, "search"]) => Resolved::Page,
                (Some(lang), [_, id]) => Resolved::Article(lang, (*id).to_owned()),
                _ => match normalise(Path::new(absolute)) {
                    Some(rel) => Resolved::File(rel),
                    None => Resolved::OutsideContent,
                },
            };
        }
        // Relative: from the article's language folder.
        let Some(rel) = normalise(&Path::new(article.lang.code()).join(path)) else {
            return Resolved::OutsideContent;
        };
        if rel.extension().is_some_and(|e| e == "md") {
            let mut parts = rel.components();
            let lang = parts
                .next()
                .and_then(|c| c.as_os_str().to_str())
                .and_then(Lang::from_code);
            let stem = rel.file_stem().and_then(|s| s.to_str());
            if let (Some(lang), Some(id), 2) = (lang, stem, rel.components().count()) {
                return Resolved::Article(lang, id.to_owned());
            }
        }
        Resolved::File(rel)
    }

    fn check_article(&self, lang: Lang, id: &str, dest: &str) -> Option<ContentErrorKind> {
        let known = self.ids.get(&lang);
        if known.is_some_and(|ids| ids.contains(id)) {
            if self.drafts.contains(&(lang, id.to_owned())) {
                return Some(ContentErrorKind::LinkToDraft {
                    dest: dest.to_owned(),
                });
            }
            return None;
        }
        let suggestion = known.and_then(|ids| closest(id, ids.iter().copied()));
        Some(ContentErrorKind::LinkToMissingArticle {
            dest: dest.to_owned(),
            lang,
            suggestion: suggestion.map(|id| crate::content::article_url(lang, id, "")),
        })
    }

    fn check_anchor(
        &self,
        lang: Lang,
        id: &str,
        fragment: Option<&str>,
        dest: &str,
    ) -> Option<ContentErrorKind> {
        let fragment = fragment.filter(|f| !f.is_empty())?;
        // An article not parsed in this (incremental) load: its anchors are unknown here and
        // were checked when it was.
        let anchors = self.anchors.get(&(lang, id))?;
        if anchors.contains(&fragment) {
            return None;
        }
        Some(ContentErrorKind::LinkToMissingAnchor {
            dest: dest.to_owned(),
            suggestion: closest(fragment, anchors.iter().copied().filter(|a| !a.is_empty()))
                .map(str::to_owned),
        })
    }
}

/// Where a link leads, before checking that it exists.
enum Resolved {
    Article(Lang, String),
    /// A help-center page that is not an article (home, search, category).
    Page,
    /// A file, relative to the content folder.
    File(PathBuf),
    /// A relative path climbing out of the content folder.
    OutsideContent,
}

/// `scheme:` or `//host`: another site, an e-mail address, a phone number.
fn is_external(dest: &str) -> bool {
    if dest.starts_with("//") {
        return true;
    }
    match dest.split_once(':') {
        Some((scheme, _)) => {
            let mut chars = scheme.chars();
            chars.next().is_some_and(|c| c.is_ascii_alphabetic())
                && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// Resolves `.` and `..`; `None` when the path climbs above its start.
fn normalise(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::Normal(p) => out.push(p),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// Decodes `%XX` escapes (anchors of Arabic, Persian and Chinese headings are often pasted
/// encoded); invalid escapes stay as written.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                let value = hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0);
                out.push(u8::try_from(value).unwrap_or(b'?'));
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

/// The candidate closest to `wanted` by edit distance, when close enough to be a typo.
pub(crate) fn closest<'c>(
    wanted: &str,
    candidates: impl Iterator<Item = &'c str>,
) -> Option<&'c str> {
    let max = (wanted.chars().count() / 3).clamp(1, 4);
    candidates
        .filter_map(|c| Some((bounded_levenshtein(wanted, c, max)?, c)))
        .min_by_key(|&(d, c)| (d, c))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn external_destinations_are_recognised() {
        for dest in [
            "https://example.com",
            "mailto:a@b.c",
            "tel:+9710000",
            "//cdn.example",
        ] {
            assert!(is_external(dest), "{dest}");
        }
        for dest in ["/en/fees", "fees.md", "#fees", "images/a:b.png"] {
            assert!(!is_external(dest), "{dest}");
        }
    }

    #[test]
    fn paths_cannot_climb_out() {
        assert_eq!(
            normalise(Path::new("en/../fa/x.md")),
            Some(PathBuf::from("fa/x.md"))
        );
        assert_eq!(normalise(Path::new("en/../../etc/passwd")), None);
    }

    #[test]
    fn percent_escapes_decode_to_utf8() {
        assert_eq!(percent_decode("%D9%87%D8%B2%DB%8C%D9%86%D9%87"), "هزینه");
        assert_eq!(percent_decode("100%-sure%zz"), "100%-sure%zz");
    }

    #[test]
    fn closest_finds_typos_only() {
        let ids = ["withdrawals-faq", "deposits-faq", "fees-and-charges"];
        assert_eq!(
            closest("withdrawal-faq", ids.into_iter()),
            Some("withdrawals-faq")
        );
        assert_eq!(closest("security", ids.into_iter()), None);
    }

    /// Loads a folder of `(relative path, text)` files; the displayed errors.
    fn load_errors(files: &[(&str, &str)]) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        for (rel, text) in files {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let report = crate::content::load_content(dir.path());
        let root = format!("{}/", dir.path().display());
        report
            .errors
            .iter()
            .map(|e| e.to_string().replace(&root, ""))
            .collect()
    }

    const FEES: &str = "---\ntitle: Fees\ntype: faq\n---\n\n## Is there a withdrawal fee?\n\nNo.\n";

    #[test]
    fn good_links_of_every_kind_pass() {
        let guide = "---\ntitle: Guide\n---\n\nSee [fees](/en/fees#is-there-a-withdrawal-fee), \
                     [the FAQ](fees.md), [again](./fees.md#is-there-a-withdrawal-fee), \
                     [home](/en/), [search](/en/search?q=fee), [top](#steps), \
                     [site](https://example.com), [mail](mailto:help@example.com) \
                     and ![chart](../assets/chart.png) ![again](/assets/chart.png).\n\n## Steps\n\nGo.\n";
        let errors = load_errors(&[
            ("en/fees.md", FEES),
            ("en/guide.md", guide),
            ("assets/chart.png", "png"),
        ]);
        assert_eq!(errors, Vec::<String>::new());
    }

    #[test]
    fn broken_article_link_names_line_and_closest_id() {
        let guide = "---\ntitle: Guide\n---\n\nIntro.\n\nSee [fees](/en/feez).\n";
        let errors = load_errors(&[("en/fees.md", FEES), ("en/guide.md", guide)]);
        assert_eq!(
            errors,
            [
                "en/guide.md:7: the link \"/en/feez\" leads to no article: there is no en/<id>.md \
              with that id (did you mean \"/en/fees\"?); fix the id or write the article"
            ]
        );
    }

    #[test]
    fn broken_anchor_names_closest_anchor_in_the_target() {
        let guide = "---\ntitle: Guide\n---\n\nSee [fee](fees.md#is-there-a-withdrawl-fee).\n";
        let errors = load_errors(&[("en/fees.md", FEES), ("en/guide.md", guide)]);
        assert_eq!(
            errors,
            [
                "en/guide.md:5: the link \"fees.md#is-there-a-withdrawl-fee\" names a section the \
              article does not have (did you mean #is-there-a-withdrawal-fee?): use the anchor \
              shown on the section's heading link"
            ]
        );
    }

    #[test]
    fn encoded_persian_anchor_matches_and_a_wrong_language_does_not() {
        let fa = "---\ntitle: کارمزدها\ntype: faq\n---\n\n## هزینه برداشت\n\nندارد.\n";
        let guide = "---\ntitle: راهنما\n---\n\n[الف](/fa/fees#%D9%87%D8%B2%DB%8C%D9%86%D9%87-%D8%A8%D8%B1%D8%AF%D8%A7%D8%B4%D8%AA) \
                     [ب](/en/fees)\n";
        let errors = load_errors(&[("fa/fees.md", fa), ("fa/guide.md", guide)]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("fa/guide.md:5: the link \"/en/fees\" leads to no article"),
            "{errors:?}"
        );
    }

    #[test]
    fn missing_image_drafts_and_escapes_are_errors() {
        let guide = "---\ntitle: Guide\n---\n\n![a](img/none.png)\n\n[b](/en/plan)\n\n\
                     [c](../../secret.txt)\n\n[d]()\n\n![e](../images/chart.png)\n";
        let plan = "---\ntitle: Plan\ndraft: true\n---\n\nSoon.\n";
        let errors = load_errors(&[
            ("en/guide.md", guide),
            ("en/plan.md", plan),
            ("images/chart.png", "png"),
        ]);
        assert_eq!(errors.len(), 5, "{errors:?}");
        assert!(errors[0].starts_with("en/guide.md:5: the image \"img/none.png\" is not there"));
        assert!(errors[1].contains(":7: the link \"/en/plan\" leads to a draft"));
        assert!(errors[2].contains(":9: the link \"../../secret.txt\" leads outside"));
        assert!(errors[3].contains(":11: a link with no destination"));
        assert!(errors[4].contains(":13: the file \"../images/chart.png\" is not served"));
    }
}
