//! The site file's TOML -> a checked [`Site`]. TOML syntax errors and misspelt keys stop at the
//! first (the parser's own), with their line; every other problem (a language code, a colour,
//! a URL, a missing logo, a duplicate category) is collected with the line of its value.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Component, Path};

use serde::Deserialize;
use toml::Spanned;

use super::colour::{check_dark, Palette, Rgb, MIN_CONTRAST};
use super::{
    fnv1a, Category, Learning, Links, Ranking, Site, SiteFile, MAX_SITE_FILES, MAX_SITE_FILE_BYTES,
};
use crate::content::error::{ContentError, ContentErrorKind};
use crate::content::parse::is_valid_id;
use crate::lang::Lang;

/// What the site file says, before checking.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    base_url: Option<Spanned<String>>,
    languages: Option<Spanned<Vec<String>>>,
    default_language: Option<Spanned<String>>,
    #[serde(default)]
    name: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    company: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    footer: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    search_placeholder: BTreeMap<String, Spanned<String>>,
    logo: Option<Spanned<String>>,
    favicon: Option<Spanned<String>>,
    #[serde(default)]
    colors: RawColors,
    #[serde(default)]
    links: RawLinks,
    contact_article: Option<Spanned<String>>,
    #[serde(default)]
    featured: BTreeMap<String, Spanned<Vec<String>>>,
    #[serde(default)]
    categories: Vec<Spanned<RawCategory>>,
    #[serde(default)]
    learning: RawLearning,
    #[serde(default)]
    ranking: RawRanking,
}

/// `[ranking]`: the ranking's built-in priors.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawRanking {
    faq_lean: Option<Spanned<f64>>,
    asked: Option<Spanned<f64>>,
    asked_neighbours: Option<Spanned<f64>>,
}

/// The `[ranking]` settings, each checked against its range.
fn ranking(
    raw: &RawRanking,
    problem: &mut impl FnMut(std::ops::Range<usize>, String, String),
) -> Ranking {
    let mut ranking = Ranking::default();
    let faq_lean = ("ranking", "faq_lean", &raw.faq_lean, (0.0, 1.0));
    set_number(faq_lean, &mut ranking.faq_lean, problem);
    let asked = ("ranking", "asked", &raw.asked, (0.0, 1.0));
    set_number(asked, &mut ranking.asked, problem);
    let neighbours = (
        "ranking",
        "asked_neighbours",
        &raw.asked_neighbours,
        (0.0, 2.0),
    );
    set_number(neighbours, &mut ranking.asked_neighbours, problem);
    ranking
}

/// Sets `target` to a table's optional number (`[table] key = value`) when it lies in
/// `lo..=hi`; reports it at its line otherwise, leaving the default.
fn set_number(
    (table, key, value, (lo, hi)): (&str, &str, &Option<Spanned<f64>>, (f64, f64)),
    target: &mut f64,
    problem: &mut impl FnMut(std::ops::Range<usize>, String, String),
) {
    let Some(v) = value else {
        return;
    };
    let n = *v.get_ref();
    if n.is_finite() && (lo..=hi).contains(&n) {
        *target = n;
    } else {
        problem(
            v.span(),
            format!("{table}.{key} {n} is out of range"),
            format!("use a number from {lo} to {hi}, e.g. `{key} = {}`", *target),
        );
    }
}

/// `[learning]`: learning from what customers open (docs/RELEVANCE.md, "Lever 3").
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLearning {
    enabled: Option<bool>,
    min_searches: Option<Spanned<i64>>,
    min_days: Option<Spanned<i64>>,
    per_day_cap: Option<Spanned<i64>>,
    half_life_days: Option<Spanned<f64>>,
    min_share: Option<Spanned<f64>>,
    max_boost: Option<Spanned<f64>>,
    vocabulary_weight: Option<Spanned<f64>>,
}

/// The `[learning]` settings, each checked against its range.
fn learning(
    raw: &RawLearning,
    problem: &mut impl FnMut(std::ops::Range<usize>, String, String),
) -> Learning {
    let mut learning = Learning::default();
    if let Some(enabled) = raw.enabled {
        learning.enabled = enabled;
    }
    for (key, value, range, target) in [
        (
            "min_searches",
            &raw.min_searches,
            1..=10_000,
            &mut learning.min_searches,
        ),
        ("min_days", &raw.min_days, 1..=365, &mut learning.min_days),
        (
            "per_day_cap",
            &raw.per_day_cap,
            1..=1_000,
            &mut learning.per_day_cap,
        ),
    ] {
        if let Some(v) = value {
            match u32::try_from(*v.get_ref()) {
                Ok(n) if range.contains(&n) => *target = n,
                _ => problem(
                    v.span(),
                    format!("learning.{key} {} is out of range", v.get_ref()),
                    format!(
                        "use a whole number from {} to {}, e.g. `{key} = {}`",
                        range.start(),
                        range.end(),
                        *target
                    ),
                ),
            }
        }
    }
    for (key, value, (lo, hi), target) in [
        (
            "half_life_days",
            &raw.half_life_days,
            (1.0, 3_650.0),
            &mut learning.half_life_days,
        ),
        (
            "min_share",
            &raw.min_share,
            (0.5, 1.0),
            &mut learning.min_share,
        ),
        (
            "max_boost",
            &raw.max_boost,
            (0.0, 1.0),
            &mut learning.max_boost,
        ),
        (
            "vocabulary_weight",
            &raw.vocabulary_weight,
            (0.0, 1.0),
            &mut learning.vocabulary_weight,
        ),
    ] {
        set_number(("learning", key, value, (lo, hi)), target, problem);
    }
    learning
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawColors {
    primary: Option<Spanned<String>>,
    primary_dark: Option<Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLinks {
    website: Option<Spanned<String>>,
    status: Option<Spanned<String>>,
    privacy: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: Spanned<String>,
    #[serde(default)]
    name: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    description: BTreeMap<String, Spanned<String>>,
    icon: Option<Spanned<String>>,
}

/// Where the site file names articles: checked against the articles once they are loaded.
#[derive(Debug, Clone, Default)]
pub(crate) struct ArticleRefs {
    /// The contact article and its line.
    pub contact: Option<(String, usize)>,
    /// Featured ids per language, each with its line.
    pub featured: Vec<(Lang, String, usize)>,
}

/// The dark theme's brand colour the site names, when it is a colour readable on the dark
/// backgrounds; problems go to `problem`.
fn dark_colour(
    colors: &RawColors,
    problem: &mut impl FnMut(std::ops::Range<usize>, String, String),
) -> Option<Rgb> {
    let raw = colors.primary_dark.as_ref()?;
    let Some(rgb) = Rgb::parse(raw.get_ref()) else {
        problem(
            raw.span(),
            format!("colors.primary_dark {:?} is not a colour", raw.get_ref()),
            "write it in hex, e.g. `primary_dark = \"#8ab4f8\"`, or remove it to derive it from primary".into(),
        );
        return None;
    };
    match check_dark(rgb) {
        Ok(rgb) => Some(rgb),
        Err(too_dark) => {
            problem(
                raw.span(),
                format!(
                    "colors.primary_dark {rgb} is too dark: its contrast with {} is {:.1}:1, and text needs {MIN_CONTRAST}:1 to be readable in dark mode",
                    too_dark.against, too_dark.ratio
                ),
                format!(
                    "use a lighter shade, e.g. `primary_dark = \"{}\"`, or remove it to derive it from primary",
                    too_dark.suggestion
                ),
            );
            None
        }
    }
}

/// Longest icon, in characters: a symbol or two, not a sentence.
const MAX_ICON_CHARS: usize = 4;

/// Parses and checks a site file. `path` is the file as messages name it and `content` the
/// content folder its file names are relative to. Problems go to `errors`; whatever is valid
/// is kept, so a site with errors still describes as much as it can.
pub(crate) fn parse_site(
    text: &str,
    path: &Path,
    content: &Path,
    errors: &mut Vec<ContentError>,
) -> (Site, ArticleRefs) {
    let mut site = Site {
        declared: true,
        ..Site::default()
    };
    let mut refs = ArticleRefs::default();
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let raw: RawSite = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| line_of(s.start));
            errors.push(ContentError::new(
                path,
                line,
                ContentErrorKind::InvalidSite {
                    problem: format!("invalid site file: {}", e.message().trim_end()),
                    hint: syntax_hint(e.message()),
                },
            ));
            return (site, refs);
        }
    };
    let mut problem = |span: std::ops::Range<usize>, problem: String, hint: String| {
        errors.push(ContentError::new(
            path,
            Some(line_of(span.start)),
            ContentErrorKind::InvalidSite { problem, hint },
        ));
    };

    if let Some(url) = &raw.base_url {
        match check_url(url.get_ref()) {
            Ok(u) => site.base_url = Some(u.trim_end_matches('/').to_string()),
            Err(why) => problem(
                url.span(),
                format!("base_url {:?} {why}", url.get_ref()),
                "write the address customers open, e.g. `base_url = \"https://help.example.com\"`"
                    .into(),
            ),
        }
    }

    if let Some(langs) = &raw.languages {
        let mut published = Vec::new();
        for code in langs.get_ref() {
            match exact_lang(code) {
                Some(lang) if !published.contains(&lang) => published.push(lang),
                Some(_) => problem(
                    langs.span(),
                    format!("language {code:?} is listed twice"),
                    "list each language once".into(),
                ),
                None => problem(
                    langs.span(),
                    format!("unknown language {code:?} in languages"),
                    format!("use codes among {}", Lang::codes_list()),
                ),
            }
        }
        if published.is_empty() && langs.get_ref().is_empty() {
            problem(
                langs.span(),
                "languages is empty".into(),
                "list the languages the help center publishes, e.g. `languages = [\"en\"]`".into(),
            );
        }
        if !published.is_empty() {
            site.languages = published;
        }
    }
    site.default_language = site.languages.first().copied().unwrap_or(Lang::En);
    if let Some(default) = &raw.default_language {
        match exact_lang(default.get_ref()) {
            Some(lang) if site.languages.contains(&lang) => site.default_language = lang,
            _ => problem(
                default.span(),
                format!(
                    "default_language {:?} is not one of the published languages",
                    default.get_ref()
                ),
                format!("use one of {}", codes(&site.languages)),
            ),
        }
    }

    for (key, raw_map, target) in [
        ("name", &raw.name, &mut site.name),
        ("company", &raw.company, &mut site.company),
        ("footer", &raw.footer, &mut site.footer),
        (
            "search_placeholder",
            &raw.search_placeholder,
            &mut site.search_placeholder,
        ),
    ] {
        *target = per_language(key, raw_map, &mut problem);
    }

    for (key, raw_file, target) in [
        ("logo", &raw.logo, &mut site.logo),
        ("favicon", &raw.favicon, &mut site.favicon),
    ] {
        if let Some(file) = raw_file {
            match read_site_file(content, file.get_ref()) {
                Ok(f) => *target = Some(f),
                Err(why) => problem(
                    file.span(),
                    format!("{key} {:?} {why}", file.get_ref()),
                    format!(
                        "put the image under the content folder (e.g. assets/{key}.svg) and write its path relative to it: `{key} = \"assets/{key}.svg\"`"
                    ),
                ),
            }
        }
    }

    if let Some(primary) = &raw.colors.primary {
        match Rgb::parse(primary.get_ref()) {
            None => problem(
                primary.span(),
                format!("colors.primary {:?} is not a colour", primary.get_ref()),
                "write it in hex, e.g. `primary = \"#1f4e8c\"`".into(),
            ),
            Some(rgb) => match Palette::of(rgb) {
                Ok(p) => {
                    site.palette = Some(Palette {
                        dark_primary: dark_colour(&raw.colors, &mut problem),
                        ..p
                    })
                }
                Err(too_light) => problem(
                    primary.span(),
                    format!(
                        "colors.primary {rgb} is too light: its contrast with {} is {:.1}:1, and text needs {MIN_CONTRAST}:1 to be readable",
                        too_light.against, too_light.ratio
                    ),
                    format!(
                        "use a darker shade, e.g. `primary = \"{}\"`",
                        too_light.suggestion
                    ),
                ),
            },
        }
    }

    if let (None, Some(dark)) = (&raw.colors.primary, &raw.colors.primary_dark) {
        problem(
            dark.span(),
            "colors.primary_dark is set without colors.primary".into(),
            "name the brand colour of the light theme too, e.g. `primary = \"#1f4e8c\"`, or remove primary_dark".into(),
        );
    }

    let mut links = Links::default();
    for (key, raw_link, target) in [
        ("website", &raw.links.website, &mut links.website),
        ("status", &raw.links.status, &mut links.status),
        ("privacy", &raw.links.privacy, &mut links.privacy),
    ] {
        if let Some(url) = raw_link {
            match check_url(url.get_ref()) {
                Ok(u) => *target = Some(u.to_string()),
                Err(why) => problem(
                    url.span(),
                    format!("links.{key} {:?} {why}", url.get_ref()),
                    format!("write a full address, e.g. `{key} = \"https://example.com/{key}\"`"),
                ),
            }
        }
    }
    site.links = links;
    site.learning = learning(&raw.learning, &mut problem);
    site.ranking = ranking(&raw.ranking, &mut problem);

    for raw_cat in &raw.categories {
        let span = raw_cat.span();
        let cat = raw_cat.get_ref();
        let id = cat.id.get_ref().trim();
        if !is_valid_id(id) {
            problem(
                cat.id.span(),
                format!("category id {id:?} is not a valid id"),
                "use lowercase letters, digits and \"-\", e.g. `id = \"payments\"`".into(),
            );
            continue;
        }
        if site.category(id).is_some() {
            problem(
                cat.id.span(),
                format!("category {id:?} is declared twice"),
                "declare each category once (remove or rename one [[categories]] table)".into(),
            );
            continue;
        }
        if cat.name.is_empty() {
            problem(
                span.clone(),
                format!("category {id:?} has no name"),
                "add its name per language, e.g. `name = { en = \"Payments\" }`".to_string(),
            );
        }
        let icon = cat.icon.as_ref().and_then(|icon| {
            let chars = icon.get_ref().chars().count();
            if chars == 0 || chars > MAX_ICON_CHARS {
                problem(
                    icon.span(),
                    format!("the icon of category {id:?} has {chars} characters"),
                    format!(
                        "use a symbol of 1 to {MAX_ICON_CHARS} characters, e.g. `icon = \"💳\"`"
                    ),
                );
                None
            } else {
                Some(icon.get_ref().clone())
            }
        });
        site.categories.push(Category {
            id: id.to_string(),
            name: per_language("name", &cat.name, &mut problem),
            description: per_language("description", &cat.description, &mut problem),
            icon,
        });
    }

    if let Some(contact) = &raw.contact_article {
        site.contact_article = Some(contact.get_ref().clone());
        refs.contact = Some((contact.get_ref().clone(), line_of(contact.span().start)));
    }
    for (code, ids) in &raw.featured {
        match exact_lang(code).filter(|l| site.languages.contains(l)) {
            Some(lang) => {
                let line = line_of(ids.span().start);
                for id in ids.get_ref() {
                    refs.featured.push((lang, id.clone(), line));
                }
                site.featured.insert(code.clone(), ids.get_ref().clone());
            }
            None => problem(
                ids.span(),
                format!("featured lists articles for {code:?}, which is not a published language"),
                format!("use one of {}", codes(&site.languages)),
            ),
        }
    }
    (site, refs)
}

/// A per-language table (`[name]`, `name = { en = "..." }`): keys must be published languages
/// and values non-empty text.
fn per_language(
    key: &str,
    raw: &BTreeMap<String, Spanned<String>>,
    problem: &mut impl FnMut(std::ops::Range<usize>, String, String),
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (code, value) in raw {
        // Text for a language that is not (or no longer) published does no harm: it is kept.
        if exact_lang(code).is_none() {
            problem(
                value.span(),
                format!("{key} has an entry for {code:?}, which is not a language"),
                format!("use codes among {}", Lang::codes_list()),
            );
            continue;
        }
        let text = value.get_ref().trim();
        if text.is_empty() {
            problem(
                value.span(),
                format!("{key} is empty for {code}"),
                format!("write the text, or remove the `{code} = \"\"` line"),
            );
            continue;
        }
        out.insert(code.clone(), text.to_string());
    }
    out
}

/// A language from its exact code (`en`, not `EN` or `en-US`).
fn exact_lang(code: &str) -> Option<Lang> {
    Lang::from_code(code).filter(|l| l.code() == code)
}

fn codes(langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// An absolute `http(s)` URL without spaces, quotes or angle brackets.
fn check_url(url: &str) -> Result<&str, &'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("is not an http:// or https:// address")?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err("has no host name");
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c))
    {
        return Err("contains spaces or characters an address cannot hold");
    }
    Ok(url)
}

/// Reads the images of the `assets/` folder (`dir`), in name order; a file that is not an
/// image, too large or unreadable is an error, and so are more than [`MAX_SITE_FILES`].
pub(crate) fn load_site_files(
    content: &Path,
    dir: &Path,
    errors: &mut Vec<ContentError>,
) -> Vec<SiteFile> {
    let mut names: Vec<String> = match fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .filter(|n| !n.starts_with('.'))
            .collect(),
        Err(e) => {
            errors.push(ContentError::new(
                dir,
                None,
                ContentErrorKind::UnreadableDir {
                    reason: e.to_string(),
                },
            ));
            return Vec::new();
        }
    };
    names.sort();
    if names.len() > MAX_SITE_FILES {
        errors.push(ContentError::new(
            dir,
            None,
            ContentErrorKind::InvalidSite {
                problem: format!(
                    "the folder holds {} files, more than the {MAX_SITE_FILES} dalil serves",
                    names.len()
                ),
                hint: "keep only the images articles and the site file use".into(),
            },
        ));
        names.truncate(MAX_SITE_FILES);
    }
    let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or("assets");
    names
        .into_iter()
        .filter_map(|name| {
            let rel = format!("{folder}/{name}");
            read_site_file(content, &rel)
                .map_err(|why| {
                    errors.push(ContentError::new(
                        dir.join(&name),
                        None,
                        ContentErrorKind::InvalidSite {
                            problem: format!("{rel:?} {why}"),
                            hint: "keep only images (svg, png, ico, jpg, webp, gif) of up to 256 KiB in this folder".into(),
                        },
                    ))
                })
                .ok()
        })
        .collect()
}

/// Reads a logo or favicon named relative to the content folder.
fn read_site_file(content: &Path, rel: &str) -> Result<SiteFile, String> {
    let relative = Path::new(rel);
    let inside = !rel.is_empty()
        && relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if !inside {
        return Err("is not a path inside the content folder".into());
    }
    let content_type = match relative
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        _ => return Err("is not an image (svg, png, ico, jpg, webp or gif)".into()),
    };
    let full = content.join(relative);
    let meta = fs::metadata(&full).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "does not exist".to_string(),
        _ => format!("cannot be read ({e})"),
    })?;
    if !meta.is_file() {
        return Err("is not a file".into());
    }
    if meta.len() > MAX_SITE_FILE_BYTES {
        return Err(format!(
            "is {} KiB, more than the {} KiB a logo may be",
            meta.len() / 1024,
            MAX_SITE_FILE_BYTES / 1024
        ));
    }
    let bytes = fs::read(&full).map_err(|e| format!("cannot be read ({e})"))?;
    Ok(SiteFile {
        path: rel.to_string(),
        content_type: content_type.to_string(),
        hash: format!("{:016x}", fnv1a(&bytes))[..12].to_string(),
        bytes,
    })
}

/// A hint for the TOML parser's messages.
fn syntax_hint(message: &str) -> String {
    if message.contains("unknown field") {
        "check the spelling of the key (the keys are listed in README's \"Site file\" section)"
            .into()
    } else if message.contains("unquoted key") || message.contains("invalid key") {
        "put keys that are not plain ASCII in quotes".into()
    } else {
        "check the TOML syntax at this line: text in \"quotes\", lists in [brackets], one key per line"
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Site, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("assets")).unwrap();
        std::fs::write(dir.path().join("assets/logo.svg"), "<svg/>").unwrap();
        let mut errors = Vec::new();
        let (site, _) = parse_site(
            text,
            Path::new("content/site.toml"),
            dir.path(),
            &mut errors,
        );
        (site, errors.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn learning_settings_are_read_and_checked_at_their_line() {
        let (site, errors) = parse("[learning]\nenabled = false\nmin_days = 2\nmin_share = 0.75\n");
        assert_eq!(errors, Vec::<String>::new());
        assert!(!site.learning.enabled);
        assert_eq!(site.learning.min_days, 2);
        assert_eq!(site.learning.min_share, 0.75);
        assert_eq!(site.learning.min_searches, Learning::default().min_searches);
        assert!(parse("").0.learning.enabled);
        let (site, errors) =
            parse("[learning]\nmin_searches = 0\nmax_boost = 3.0\nmin_share = 0.2\nvocabulary_weight = -1\n");
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[3].contains("site.toml:5") && errors[3].contains("vocabulary_weight"));
        assert!(errors[0].contains("site.toml:2") && errors[0].contains("learning.min_searches"));
        let at = |line: &str, key: &str| errors.iter().any(|e| e.contains(line) && e.contains(key));
        assert!(at("site.toml:3", "learning.max_boost"), "{errors:?}");
        assert!(at("site.toml:4", "from 0.5 to 1"), "{errors:?}");
        assert_eq!(site.learning, Learning::default());
        let (_, errors) = parse("[learning]\nhalf_life = 3\n");
        assert!(errors[0].contains("half_life"), "{errors:?}");
    }

    #[test]
    fn ranking_settings_are_read_and_checked_at_their_line() {
        assert_eq!(parse("").0.ranking, Ranking::default());
        let (site, errors) =
            parse("[ranking]\nfaq_lean = 0\nasked = 0.2\nasked_neighbours = 1.5\n");
        assert_eq!(errors, Vec::<String>::new());
        assert_eq!(site.ranking.faq_lean, 0.0);
        assert_eq!(site.ranking.asked, 0.2);
        assert_eq!(site.ranking.asked_neighbours, 1.5);
        let (_, errors) = parse("[ranking]\nasked_neighbours = 3\n");
        assert!(
            errors[0].contains("site.toml:2") && errors[0].contains("from 0 to 2"),
            "{errors:?}"
        );
        let (_, errors) = parse("[ranking]\nasked = -0.1\n");
        assert!(
            errors[0].contains("site.toml:2") && errors[0].contains("ranking.asked"),
            "{errors:?}"
        );
        let (site, errors) = parse("[ranking]\n\nfaq_lean = 1.5\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("site.toml:3") && errors[0].contains("ranking.faq_lean 1.5"),
            "{errors:?}"
        );
        assert!(errors[0].contains("from 0 to 1"), "{errors:?}");
        assert_eq!(site.ranking, Ranking::default());
        let (_, errors) = parse("[ranking]\nshape = 1\n");
        assert!(errors[0].contains("shape"), "{errors:?}");
    }

    #[test]
    fn a_full_site_file_parses() {
        let (site, errors) = parse(
            "base_url = \"https://help.acme.test/\"\nlanguages = [\"en\", \"ar\"]\n\
             default_language = \"ar\"\nlogo = \"assets/logo.svg\"\n\
             [name]\nen = \"Acme Help\"\nar = \"مساعدة Acme\"\n\
             [colors]\nprimary = \"#1f4e8c\"\n[links]\nwebsite = \"https://acme.test\"\n\
             [[categories]]\nid = \"billing\"\nicon = \"💳\"\nname = { en = \"Billing\" }\n",
        );
        assert_eq!(errors, Vec::<String>::new());
        assert_eq!(site.base_url.as_deref(), Some("https://help.acme.test"));
        assert_eq!(site.languages, vec![Lang::En, Lang::Ar]);
        assert_eq!(site.default_language, Lang::Ar);
        assert_eq!(site.name(Lang::Ar), Some("مساعدة Acme"));
        assert_eq!(
            site.logo.as_ref().map(|l| l.content_type.as_str()),
            Some("image/svg+xml")
        );
        assert_eq!(
            site.category("billing").map(|c| c.name(Lang::En)),
            Some("Billing")
        );
        assert_eq!(site.links.website.as_deref(), Some("https://acme.test"));
    }

    #[test]
    fn every_problem_is_reported_at_its_line() {
        let (_, errors) = parse(
            "languages = [\"en\", \"xx\"]\nlogo = \"assets/missing.png\"\nfavicon = \"../x.svg\"\n\
             [colors]\nprimary = \"#99ccff\"\n[links]\nstatus = \"status.acme.test\"\n\
             [[categories]]\nid = \"Bad Id\"\n",
        );
        let expected = [
            "content/site.toml:1: unknown language \"xx\" in languages",
            "content/site.toml:2: logo \"assets/missing.png\" does not exist",
            "content/site.toml:3: favicon \"../x.svg\" is not a path inside the content folder",
            "content/site.toml:5: colors.primary #99ccff is too light",
            "content/site.toml:7: links.status \"status.acme.test\" is not an http",
            "content/site.toml:9: category id \"Bad Id\" is not a valid id",
        ];
        assert_eq!(errors.len(), expected.len(), "{errors:#?}");
        for (error, start) in errors.iter().zip(expected) {
            assert!(error.starts_with(start), "{error}");
        }
        assert!(
            errors[3].contains("use a darker shade, e.g. `primary = \"#"),
            "{}",
            errors[3]
        );
    }

    #[test]
    fn syntax_errors_and_misspelt_keys_name_their_line() {
        let (_, errors) = parse("[name]\nen = \"Acme\"\n\n[colours]\nprimary = \"#000000\"\n");
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .starts_with("content/site.toml:4: invalid site file: unknown field `colours`"),
            "{}",
            errors[0]
        );
        let (_, errors) = parse("name = \n");
        assert!(
            errors[0].starts_with("content/site.toml:1: invalid site file"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn a_dark_brand_colour_is_derived_or_named_and_checked_at_its_line() {
        let (site, errors) = parse("[colors]\nprimary = \"#1f4e8c\"\n");
        assert_eq!(errors, Vec::<String>::new());
        let palette = site.palette.expect("palette");
        assert_eq!(palette.dark_primary, None);
        assert!(palette.dark().primary.luminance() > palette.primary.luminance());

        let (site, errors) = parse("[colors]\nprimary = \"#1f4e8c\"\nprimary_dark = \"#8ab4f8\"\n");
        assert_eq!(errors, Vec::<String>::new());
        assert_eq!(
            site.palette.and_then(|p| p.dark_primary),
            Rgb::parse("#8ab4f8")
        );

        let (site, errors) = parse("[colors]\nprimary = \"#1f4e8c\"\nprimary_dark = \"#203040\"\n");
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].starts_with(
                "content/site.toml:3: colors.primary_dark #203040 is too dark: its contrast with the dark page background is"
            ),
            "{}",
            errors[0]
        );
        assert!(
            errors[0].contains("use a lighter shade, e.g. `primary_dark = \"#"),
            "{}",
            errors[0]
        );
        assert_eq!(
            site.palette.map(|p| p.dark_primary),
            Some(None),
            "the derived one serves"
        );

        let (_, errors) = parse("[colors]\nprimary_dark = \"dark blue\"\n");
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].starts_with(
                "content/site.toml:2: colors.primary_dark is set without colors.primary"
            ),
            "{}",
            errors[0]
        );
        let (_, errors) = parse("[colors]\nprimary = \"#1f4e8c\"\nprimary_dark = \"dark blue\"\n");
        assert!(
            errors[0].starts_with(
                "content/site.toml:3: colors.primary_dark \"dark blue\" is not a colour"
            ),
            "{errors:#?}"
        );
    }
}
