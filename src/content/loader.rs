//! The content folder -> every article in it: walks `<dir>/<lang>/<id>.md` in a fixed order,
//! reads and parses the files on every core (reporting in folder order), and adds the checks that need more
//! than one file (duplicate titles, missing translations). Never stops at the first error.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::{self, DirEntry, File, Metadata};
use std::hash::{DefaultHasher, Hasher};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::error::{ContentError, ContentErrorKind, ContentWarning, ContentWarningKind};
use super::links::{closest, LinkRef, LinkTargets};
use super::parse::{check_id, parse, Parsed};
use super::site::{
    load_site_files, parse_site, ArticleRefs, Site, SiteFile, SITE_ASSETS_DIR, SITE_FILE,
};
use super::translations::{translation_status, TranslationState};
use super::MAX_FILE_BYTES;
use crate::lang::Lang;
use crate::parallel::map_in_order;

/// Everything one load found: the articles, sorted by (language, id), and all errors and
/// warnings, in the order of the files.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub articles: Vec<Article>,
    pub errors: Vec<ContentError>,
    pub warnings: Vec<ContentWarning>,
    /// Files read (whether they parsed or not).
    pub files_read: usize,
    /// Bytes of all files read.
    pub bytes_read: u64,
    /// Every article file read or recognised as unchanged, by path relative to the content
    /// folder (`<lang>/<file name>`), with its stamp: what an incremental build compares with
    /// next time.
    pub files: BTreeMap<String, FileStamp>,
    /// Files [`load_changed_content`] found unchanged and therefore did not parse: their
    /// articles are not in `articles` (and their titles escape the duplicate-title check).
    pub unchanged: Vec<String>,
    /// Writers' synonym groups per language (`synonyms/<lang>.toml`).
    pub synonyms: super::Synonyms,
    /// Writers' colloquial lexicon entries per language (`colloquial/<lang>.toml`).
    pub colloquial: super::Colloquial,
    /// Customers' questions per article (`asked/<lang>.toml`).
    pub asked: super::Asked,
    /// The site file's settings (defaults without one).
    pub site: Site,
}

/// Size, modification time and content hash of one content file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub len: u64,
    /// Nanoseconds since the Unix epoch; 0 when the time cannot be trusted (the file was
    /// modified too close to the moment it was read for a same-size rewrite to show).
    pub modified_ns: u64,
    /// Hash of the bytes (std's SipHash with fixed keys: only ever compared with stamps this
    /// program wrote, and a different hash after an upgrade only costs a re-parse).
    pub hash: u64,
}

/// A rewrite within this time of a read might keep size and time: such a time is not trusted.
const RACY_WINDOW: Duration = Duration::from_secs(2);

impl LoadReport {
    /// True when there is no error (warnings do not count).
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    fn error(&mut self, path: impl Into<PathBuf>, line: Option<usize>, kind: ContentErrorKind) {
        self.errors.push(ContentError::new(path, line, kind));
    }

    fn warn(&mut self, path: impl Into<PathBuf>, line: Option<usize>, kind: ContentWarningKind) {
        self.warnings.push(ContentWarning::new(path, line, kind));
    }
}

/// Loads every article under a content directory (`<dir>/<lang>/<id>.md`), collecting all
/// errors and warnings; never stops at the first error.
pub fn load_content(dir: &Path) -> LoadReport {
    load_changed_content(dir, &BTreeMap::new())
}

/// Loads like [`load_content`] but skips the files whose stamp in `known` still matches (same
/// size and trusted time without reading them, or else the same bytes): they are listed in
/// [`LoadReport::unchanged`] instead of being parsed. `known` is keyed like
/// [`LoadReport::files`].
pub fn load_changed_content(dir: &Path, known: &BTreeMap<String, FileStamp>) -> LoadReport {
    let mut loader = Loader {
        known,
        report: LoadReport::default(),
        langs_present: Vec::new(),
        files_by_id: BTreeMap::new(),
        title_lines: Vec::new(),
        category_lines: Vec::new(),
        site_refs: ArticleRefs::default(),
        site_path: None,
        site_files: Vec::new(),
        links: Vec::new(),
        drafts: BTreeSet::new(),
        root: dir.to_path_buf(),
        asked_path: None,
    };
    loader.load(dir);
    loader.finish()
}

/// What an entry of a folder is, after following a symbolic link.
enum EntryKind {
    File,
    Dir,
    /// A pipe, socket or device.
    Other,
    /// A link that cannot be followed (broken, or a loop).
    BrokenLink(String),
}

struct Loader<'k> {
    /// Stamps of files already indexed: matching files are not parsed.
    known: &'k BTreeMap<String, FileStamp>,
    report: LoadReport,
    /// Language folders that exist: an article missing from one of these is untranslated.
    langs_present: Vec<Lang>,
    /// Every article file with a valid id (drafts and files with errors too), by id.
    files_by_id: BTreeMap<String, Vec<(Lang, PathBuf)>>,
    /// Title lines of the published articles, parallel to `report.articles`.
    title_lines: Vec<usize>,
    /// Category lines of the published articles, parallel to `report.articles`.
    category_lines: Vec<usize>,
    /// Where the site file names articles, checked once all are known.
    site_refs: ArticleRefs,
    /// The site file, when there is one.
    site_path: Option<PathBuf>,
    /// The folder of customers' questions, when there is one.
    asked_path: Option<PathBuf>,
    /// The images of the `assets/` folder.
    site_files: Vec<SiteFile>,
    /// Links and images of the published articles, parallel to `report.articles`.
    links: Vec<Vec<LinkRef>>,
    /// Articles marked `draft: true`.
    drafts: BTreeSet<(Lang, String)>,
    /// The content folder.
    root: PathBuf,
}

impl Loader<'_> {
    /// A folder's entries, sorted; an unreadable folder is reported and yields none.
    fn entries_or_report(&mut self, dir: &Path) -> Option<Vec<DirEntry>> {
        match sorted_entries(dir) {
            Ok(entries) => Some(entries),
            Err(e) => {
                let reason = e.to_string();
                self.report
                    .error(dir, None, ContentErrorKind::UnreadableDir { reason });
                None
            }
        }
    }

    fn load(&mut self, dir: &Path) {
        let Some(entries) = self.entries_or_report(dir) else {
            return;
        };
        let mut lang_dirs = Vec::new();
        for entry in entries {
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                self.report
                    .warn(path, None, ContentWarningKind::NonUnicodeName);
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            match entry_kind(&entry) {
                EntryKind::Dir if name == super::SYNONYMS_DIR => {
                    self.report.synonyms = super::load_synonyms(&path, &mut self.report.errors);
                }
                EntryKind::Dir if name == super::COLLOQUIAL_DIR => {
                    self.report.colloquial = super::load_colloquial(&path, &mut self.report.errors);
                }
                EntryKind::Dir if name == super::ASKED_DIR => {
                    self.report.asked = super::load_asked(&path, &mut self.report.errors);
                    self.asked_path = Some(path);
                }
                EntryKind::Dir if name == SITE_ASSETS_DIR => {
                    self.site_files = load_site_files(dir, &path, &mut self.report.errors);
                }
                EntryKind::File if name == SITE_FILE => self.load_site(dir, path),
                EntryKind::Dir => match Lang::ALL.into_iter().find(|l| l.code() == name) {
                    Some(lang) => lang_dirs.push((lang, path)),
                    // Images and files that articles link to (`images/`, `files/`, ...).
                    None if count_markdown(&path) == 0 => {}
                    None => self.report.error(
                        path,
                        None,
                        ContentErrorKind::UnknownLanguageFolder {
                            suggestion: Lang::from_code(&name),
                            name,
                        },
                    ),
                },
                EntryKind::File => {
                    if name.eq_ignore_ascii_case("README.md") {
                        continue;
                    }
                    if name.ends_with(".md") {
                        self.report
                            .error(path, None, ContentErrorKind::NotInLanguageFolder);
                    } else {
                        self.report.warn(
                            path,
                            None,
                            ContentWarningKind::NotMarkdown {
                                maybe_article: looks_like_markdown(&name),
                            },
                        );
                    }
                }
                EntryKind::Other => {
                    self.report
                        .warn(path, None, ContentWarningKind::NotRegularFile)
                }
                EntryKind::BrokenLink(reason) => {
                    self.report
                        .warn(path, None, ContentWarningKind::BrokenLink { reason })
                }
            }
        }
        lang_dirs.sort();
        lang_dirs.retain(|(lang, path)| {
            let published = self.report.site.publishes(*lang);
            if !published {
                self.report.warnings.push(ContentWarning::new(
                    path,
                    None,
                    ContentWarningKind::UnpublishedLanguage { lang: *lang },
                ));
            }
            published
        });
        for (lang, path) in lang_dirs {
            self.langs_present.push(lang);
            self.load_lang(lang, &path);
        }
    }

    /// Reads and checks the site file (before the language folders, which it decides on).
    fn load_site(&mut self, content: &Path, path: PathBuf) {
        let text = match fs::read(&path) {
            Ok(bytes) if bytes.len() as u64 > MAX_FILE_BYTES => {
                let bytes = bytes.len() as u64;
                let limit = MAX_FILE_BYTES;
                self.report
                    .error(path, None, ContentErrorKind::TooLarge { bytes, limit });
                return;
            }
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let byte = e.as_bytes().get(e.utf8_error().valid_up_to()).copied();
                    let column = e.utf8_error().valid_up_to();
                    self.report.error(
                        path,
                        None,
                        ContentErrorKind::InvalidUtf8 {
                            byte: byte.unwrap_or(0),
                            column,
                        },
                    );
                    return;
                }
            },
            Err(e) => {
                self.report.error(
                    path,
                    None,
                    ContentErrorKind::UnreadableDir {
                        reason: e.to_string(),
                    },
                );
                return;
            }
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let (site, refs) = parse_site(text, &path, content, &mut self.report.errors);
        self.report.site = site;
        self.site_refs = refs;
        self.site_path = Some(path);
    }

    fn load_lang(&mut self, lang: Lang, dir: &Path) {
        let Some(entries) = self.entries_or_report(dir) else {
            return;
        };
        // The folder's entries are sorted out first and the article files read and parsed on
        // every core; what they found is then applied here in folder order, so errors and
        // warnings come out in the same order as a one-thread load's.
        let mut items = Vec::with_capacity(entries.len());
        let mut files = Vec::with_capacity(entries.len());
        for entry in entries {
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                items.push(LangItem::Warn(path, ContentWarningKind::NonUnicodeName));
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let item = match entry_kind(&entry) {
                EntryKind::File => match name.strip_suffix(".md") {
                    Some(id) => {
                        files.push((id.to_owned(), path));
                        LangItem::Article
                    }
                    None => LangItem::Warn(
                        path,
                        ContentWarningKind::NotMarkdown {
                            maybe_article: looks_like_markdown(&name),
                        },
                    ),
                },
                EntryKind::Dir => {
                    let count = count_markdown(&path);
                    if count > 0 {
                        LangItem::Error(path, ContentErrorKind::NestedFolder { count })
                    } else {
                        LangItem::Warn(path, ContentWarningKind::IgnoredFolder)
                    }
                }
                EntryKind::Other => LangItem::Warn(path, ContentWarningKind::NotRegularFile),
                EntryKind::BrokenLink(reason) => {
                    LangItem::Warn(path, ContentWarningKind::BrokenLink { reason })
                }
            };
            items.push(item);
        }
        let outcomes = read_files_parallel(self.known, lang, &files);
        let mut files = files.into_iter().zip(outcomes);
        for item in items {
            match item {
                LangItem::Article => {
                    if let Some(((id, path), outcome)) = files.next() {
                        self.apply_file(lang, &id, path, outcome);
                    }
                }
                LangItem::Warn(path, kind) => self.report.warn(path, None, kind),
                LangItem::Error(path, kind) => self.report.error(path, None, kind),
            }
        }
    }

    /// Adds what reading one article file found to the report.
    fn apply_file(&mut self, lang: Lang, id: &str, path: PathBuf, outcome: FileOutcome) {
        if check_id(id).is_none() {
            self.files_by_id
                .entry(id.to_owned())
                .or_default()
                .push((lang, path.clone()));
        }
        let rel = format!("{}/{id}.md", lang.code());
        let (stamp, parsed) = match outcome {
            FileOutcome::Unchanged(stamp) => {
                self.report.files.insert(rel.clone(), stamp);
                self.report.unchanged.push(rel);
                return;
            }
            FileOutcome::Unreadable(kind) => {
                self.report.error(path, None, kind);
                return;
            }
            FileOutcome::Read { stamp, parsed } => (stamp, parsed),
        };
        self.report.files_read += 1;
        self.report.bytes_read += stamp.len;
        self.report.files.insert(rel.clone(), stamp);
        let Some(parsed) = parsed else {
            self.report.unchanged.push(rel);
            return;
        };
        match parsed {
            Err(errors) => self.report.errors.extend(errors),
            Ok(parsed) => {
                let article = parsed.article;
                if article.draft {
                    self.drafts.insert((lang, id.to_owned()));
                    self.report
                        .warn(path, None, ContentWarningKind::DraftSkipped);
                    return;
                }
                self.report.warnings.extend(parsed.warnings);
                self.warn_about_body(&article);
                self.title_lines.push(parsed.title_line);
                self.category_lines.push(parsed.category_line);
                self.links.push(parsed.links);
                self.report.articles.push(article);
            }
        }
    }

    /// Empty body, and sections with neither text nor sub-sections.
    fn warn_about_body(&mut self, article: &Article) {
        if article.body_markdown.trim().is_empty() {
            self.report
                .warn(&article.path, None, ContentWarningKind::EmptyBody);
            return;
        }
        for (i, section) in article.sections.iter().enumerate() {
            let has_subsections = article
                .sections
                .get(i + 1)
                .is_some_and(|next| next.level > section.level);
            if section.level > 0 && section.text.is_empty() && !has_subsections {
                self.report.warn(
                    &article.path,
                    Some(section.line),
                    ContentWarningKind::EmptySection {
                        heading: section.heading.clone(),
                        question: section.is_question,
                    },
                );
            }
        }
    }

    /// The checks across files, then the articles in (language, id) order.
    fn finish(mut self) -> LoadReport {
        // Duplicate titles within one language, in file order (the files were read sorted).
        let mut seen: HashMap<(Lang, &str), &Path> = HashMap::new();
        let mut duplicates = Vec::new();
        for (article, &line) in self.report.articles.iter().zip(&self.title_lines) {
            match seen.get(&(article.lang, article.title.as_str())) {
                Some(other) => duplicates.push(ContentWarning::new(
                    &article.path,
                    Some(line),
                    ContentWarningKind::DuplicateTitle {
                        title: article.title.clone(),
                        other: other.to_path_buf(),
                    },
                )),
                None => {
                    seen.insert((article.lang, article.title.as_str()), &article.path);
                }
            }
        }
        self.report.warnings.extend(duplicates);

        // Translations: an id in some language folders and not in others.
        for (id, files) in &self.files_by_id {
            let missing: Vec<Lang> = self
                .langs_present
                .iter()
                .copied()
                .filter(|lang| !files.iter().any(|(l, _)| l == lang))
                .collect();
            if let (false, Some((_, first))) = (missing.is_empty(), files.first()) {
                self.report.warnings.push(ContentWarning::new(
                    first,
                    None,
                    ContentWarningKind::MissingTranslation {
                        id: id.clone(),
                        missing,
                    },
                ));
            }
        }

        self.check_site_references();
        self.check_asked_articles();
        self.report.site.files = std::mem::take(&mut self.site_files);
        self.check_links();
        self.warn_about_translations();
        self.report
            .articles
            .sort_by(|a, b| (a.lang, &a.id).cmp(&(b.lang, &b.id)));
        self.report
    }

    /// The articles customers' questions are filed under against the articles of their
    /// language: an entry for an article that is not there (renamed, removed) is left out with
    /// a warning, as the site file's featured articles are; it would teach nothing.
    fn check_asked_articles(&mut self) {
        let Some(dir) = self.asked_path.clone() else {
            return;
        };
        let mut warnings = Vec::new();
        for (lang, entries) in self.report.asked.iter_mut() {
            let ids: Vec<&str> = self
                .files_by_id
                .iter()
                .filter(|(_, files)| files.iter().any(|(l, _)| l == lang))
                .map(|(id, _)| id.as_str())
                .collect();
            entries.retain(|e| {
                if ids.contains(&e.article.as_str()) {
                    return true;
                }
                warnings.push(ContentWarning::new(
                    dir.join(format!("{}.toml", lang.code())),
                    Some(e.line),
                    ContentWarningKind::AskedUnknownArticle {
                        article: e.article.clone(),
                        lang: *lang,
                        suggestion: closest(&e.article, ids.iter().copied()).map(str::to_owned),
                    },
                ));
                false
            });
        }
        self.report.warnings.extend(warnings);
    }

    /// Articles' categories against the declared ones, and the articles the site file names
    /// against the files there are.
    fn check_site_references(&mut self) {
        let site = &self.report.site;
        if !site.declared {
            return;
        }
        let declared: Vec<String> = site.categories.iter().map(|c| c.id.clone()).collect();
        let mut errors = Vec::new();
        for (article, &line) in self.report.articles.iter().zip(&self.category_lines) {
            let Some(category) = &article.category else {
                continue;
            };
            if site.category(category).is_none() {
                errors.push(ContentError::new(
                    &article.path,
                    Some(line),
                    ContentErrorKind::UndeclaredCategory {
                        category: category.clone(),
                        suggestion: closest(category, declared.iter().map(String::as_str))
                            .map(str::to_owned),
                        declared: declared.clone(),
                    },
                ));
            }
        }
        let site_path = self
            .site_path
            .clone()
            .unwrap_or_else(|| PathBuf::from(SITE_FILE));
        let exists = |lang: Option<Lang>, id: &str| {
            self.files_by_id
                .get(id)
                .is_some_and(|files| files.iter().any(|(l, _)| lang.is_none_or(|x| x == *l)))
        };
        let ids_in = |lang: Option<Lang>| {
            self.files_by_id
                .iter()
                .filter(move |(_, files)| files.iter().any(|(l, _)| lang.is_none_or(|x| x == *l)))
                .map(|(id, _)| id.as_str())
        };
        let mut warnings = Vec::new();
        let mut missing = |lang: Option<Lang>, id: &str, line: usize, key: &'static str| {
            if exists(lang, id) {
                return;
            }
            let where_ = match lang {
                Some(l) if exists(None, id) => format!("has no {}/ version", l.code()),
                _ => "is not in the content".to_string(),
            };
            let hint = match closest(id, ids_in(lang)) {
                Some(s) => format!("did you mean {s:?}?"),
                None => "write the id of an article (its file name without .md)".to_string(),
            };
            warnings.push(ContentWarning::new(
                &site_path,
                Some(line),
                ContentWarningKind::UnknownSiteArticle {
                    key,
                    id: id.to_string(),
                    where_,
                    hint,
                },
            ));
        };
        if let Some((id, line)) = &self.site_refs.contact {
            missing(None, id, *line, "contact_article");
        }
        for (lang, id, line) in &self.site_refs.featured {
            missing(Some(*lang), id, *line, "featured");
        }
        self.report.warnings.extend(warnings);
        self.report.errors.extend(errors);
    }

    /// Translations older than, or with fewer sections than, the version they follow.
    fn warn_about_translations(&mut self) {
        let articles = &self.report.articles;
        for status in translation_status(articles, &self.langs_present) {
            for (lang, state) in &status.langs {
                let kind = match state {
                    TranslationState::Outdated {
                        updated,
                        source_updated,
                        ..
                    } => ContentWarningKind::OutdatedTranslation {
                        source_lang: status.source_lang,
                        source_updated: source_updated.clone(),
                        updated: updated.clone(),
                    },
                    TranslationState::Incomplete {
                        sections,
                        source_sections,
                        ..
                    } => ContentWarningKind::IncompleteTranslation {
                        source_lang: status.source_lang,
                        sections: *sections,
                        source_sections: *source_sections,
                    },
                    _ => continue,
                };
                let path = articles
                    .iter()
                    .find(|a| a.lang == *lang && a.id == status.id)
                    .map(|a| a.path.clone());
                if let Some(path) = path {
                    self.report
                        .warnings
                        .push(ContentWarning::new(path, None, kind));
                }
            }
        }
    }

    /// Every internal link and image must lead somewhere; an error at its line otherwise.
    fn check_links(&mut self) {
        let targets = LinkTargets::new(
            &self.root,
            &self.report.articles,
            &self.files_by_id,
            &self.drafts,
        );
        let mut errors = Vec::new();
        for (article, links) in self.report.articles.iter().zip(&self.links) {
            for link in links {
                if let Some(kind) = targets.check(article, link) {
                    errors.push(ContentError::new(&article.path, Some(link.line), kind));
                }
            }
        }
        self.report.errors.extend(errors);
    }
}

/// An entry of a language folder, in folder order: an article file (read apart, in the same
/// order) or something to report about the entry.
enum LangItem {
    Article,
    Warn(PathBuf, ContentWarningKind),
    Error(PathBuf, ContentErrorKind),
}

/// What reading one article file found; made on any thread, applied by the loader in order.
// Nearly every outcome is `Read`: boxing it would only add an allocation per file.
#[allow(clippy::large_enum_variant)]
enum FileOutcome {
    /// Same size and trusted time as the known stamp: not read.
    Unchanged(FileStamp),
    Unreadable(ContentErrorKind),
    /// Read and stamped; parsed unless its bytes match the known stamp.
    Read {
        stamp: FileStamp,
        parsed: Option<Result<Parsed, Vec<ContentError>>>,
    },
}

/// Reads, stamps and parses one article file (`buf` is reused between files).
fn read_file(
    known: Option<FileStamp>,
    lang: Lang,
    id: &str,
    path: &Path,
    buf: &mut Vec<u8>,
) -> FileOutcome {
    if let Some(k) = known.filter(|k| k.modified_ns != 0) {
        if let Ok(meta) = fs::metadata(path) {
            if meta.len() == k.len && trusted_mtime(&meta) == k.modified_ns {
                return FileOutcome::Unchanged(k);
            }
        }
    }
    let meta = match read_limited(path, buf) {
        Ok(meta) => meta,
        Err(kind) => return FileOutcome::Unreadable(kind),
    };
    let mut hasher = DefaultHasher::new();
    hasher.write(buf);
    let stamp = FileStamp {
        len: u64::try_from(buf.len()).unwrap_or(u64::MAX),
        modified_ns: trusted_mtime(&meta),
        hash: hasher.finish(),
    };
    let parsed = match known {
        Some(k) if k.len == stamp.len && k.hash == stamp.hash => None,
        _ => Some(parse(path, lang, id, buf)),
    };
    FileOutcome::Read { stamp, parsed }
}

/// Below this many files a language folder is read on one thread: starting threads would cost
/// more than it saves.
const PARALLEL_FILES: usize = 64;

/// [`read_file`] for each of `files` (id, path), on every core, returned in the same order.
/// Parsing was what held a 100k load to one core (docs/PERFORMANCE.md, issue 15).
fn read_files_parallel(
    known: &BTreeMap<String, FileStamp>,
    lang: Lang,
    files: &[(String, PathBuf)],
) -> Vec<FileOutcome> {
    let threads = if files.len() < PARALLEL_FILES {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    };
    map_in_order(files, threads, Vec::new, |buf, _, (id, path)| {
        let stamp = known.get(&format!("{}/{id}.md", lang.code())).copied();
        read_file(stamp, lang, id, path, buf)
    })
}

/// A folder's entries sorted by name, so every run reads (and reports) in the same order.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<DirEntry>> {
    let mut entries = fs::read_dir(dir)?.collect::<std::io::Result<Vec<_>>>()?;
    entries.sort_by_key(DirEntry::file_name);
    Ok(entries)
}

/// The kind of an entry; a symbolic link is followed (once: a loop shows up as an error).
fn entry_kind(entry: &DirEntry) -> EntryKind {
    let file_type = match entry.file_type() {
        Ok(t) => t,
        Err(e) => return EntryKind::BrokenLink(e.to_string()),
    };
    let (is_file, is_dir) = if file_type.is_symlink() {
        match fs::metadata(entry.path()) {
            Ok(meta) => (meta.is_file(), meta.is_dir()),
            Err(e) => return EntryKind::BrokenLink(e.to_string()),
        }
    } else {
        (file_type.is_file(), file_type.is_dir())
    };
    if is_file {
        EntryKind::File
    } else if is_dir {
        EntryKind::Dir
    } else {
        EntryKind::Other
    }
}

/// The modification time in nanoseconds, or 0 when it is unknown or too recent to be trusted.
fn trusted_mtime(meta: &Metadata) -> u64 {
    let Ok(modified) = meta.modified() else {
        return 0;
    };
    let recent = SystemTime::now()
        .duration_since(modified)
        .map_or(true, |age| age < RACY_WINDOW);
    if recent {
        return 0;
    }
    modified
        .duration_since(UNIX_EPOCH)
        .ok()
        .and_then(|d| u64::try_from(d.as_nanos()).ok())
        .unwrap_or(0)
}

/// Reads a regular file into `buf`, refusing files over [`MAX_FILE_BYTES`] before reading them;
/// returns the file's metadata.
fn read_limited(path: &Path, buf: &mut Vec<u8>) -> Result<Metadata, ContentErrorKind> {
    let unreadable = |e: std::io::Error| ContentErrorKind::Unreadable {
        io_kind: e.kind(),
        reason: e.to_string(),
    };
    let too_large = |bytes| ContentErrorKind::TooLarge {
        bytes,
        limit: MAX_FILE_BYTES,
    };
    let file = File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    let len = meta.len();
    if len > MAX_FILE_BYTES {
        return Err(too_large(len));
    }
    buf.clear();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(buf)
        .map_err(unreadable)?;
    let read = u64::try_from(buf.len()).unwrap_or(u64::MAX);
    if read > MAX_FILE_BYTES {
        return Err(too_large(read));
    }
    Ok(meta)
}

/// Markdown files directly in a folder (for a folder nested in a language folder).
fn count_markdown(dir: &Path) -> usize {
    fs::read_dir(dir).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| looks_like_markdown(&e.file_name().to_string_lossy()))
            .count()
    })
}

/// `.md` in any case, or `.markdown`: an article, or one with a wrong extension.
fn looks_like_markdown(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str) -> String {
        format!("---\ntitle: {title}\n---\n\nSome text about {title}.\n")
    }

    #[test]
    fn files_read_on_every_core_report_in_folder_order() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir(root.join("en")).unwrap();
        // More files than `PARALLEL_FILES`, every seventh without front matter, and a
        // non-Markdown file among them: errors and warnings must come in folder order.
        let n = PARALLEL_FILES * 3;
        for i in 0..n {
            let text = if i % 7 == 0 {
                "no front matter\n".to_string()
            } else {
                article(&format!("t{i:03}"))
            };
            fs::write(root.join(format!("en/a{i:03}.md")), text).unwrap();
        }
        fs::write(root.join("en/a050.txt"), "notes").unwrap();
        let report = load_content(root);
        let bad: Vec<PathBuf> = (0..n)
            .filter(|i| i % 7 == 0)
            .map(|i| root.join(format!("en/a{i:03}.md")))
            .collect();
        let errors: Vec<&Path> = report.errors.iter().map(|e| e.path.as_path()).collect();
        assert_eq!(errors, bad.iter().map(PathBuf::as_path).collect::<Vec<_>>());
        assert_eq!(report.articles.len(), n - bad.len());
        assert_eq!(report.files_read, n);
        assert!(report
            .warnings
            .iter()
            .any(|w| w.path == root.join("en/a050.txt")));
    }

    #[test]
    fn changed_load_parses_only_files_whose_stamp_differs() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir(root.join("en")).unwrap();
        for name in ["a", "b", "c"] {
            fs::write(root.join(format!("en/{name}.md")), article(name)).unwrap();
        }
        let full = load_content(root);
        assert_eq!((full.articles.len(), full.files.len()), (3, 3));
        assert!(full.unchanged.is_empty());

        // Same bytes rewritten (new time), one changed, one removed, one added.
        fs::write(root.join("en/a.md"), article("a")).unwrap();
        fs::write(root.join("en/b.md"), article("bee")).unwrap();
        fs::remove_file(root.join("en/c.md")).unwrap();
        fs::write(root.join("en/d.md"), article("d")).unwrap();
        let next = load_changed_content(root, &full.files);
        assert!(next.is_ok(), "{:?}", next.errors);
        assert_eq!(next.unchanged, ["en/a.md"]);
        let titles: Vec<&str> = next.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["bee", "d"]);
        let files: Vec<&str> = next.files.keys().map(String::as_str).collect();
        assert_eq!(files, ["en/a.md", "en/b.md", "en/d.md"]);
        assert_ne!(next.files["en/b.md"].hash, full.files["en/b.md"].hash);
    }

    #[test]
    fn a_trusted_time_skips_reading_and_a_recent_one_is_not_trusted() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir(root.join("en")).unwrap();
        fs::write(root.join("en/a.md"), article("a")).unwrap();
        let first = load_content(root);
        // Just written: a same-size rewrite in the same clock tick could go unseen.
        assert_eq!(first.files["en/a.md"].modified_ns, 0);
        let meta = fs::metadata(root.join("en/a.md")).unwrap();
        let old = meta.modified().unwrap() - Duration::from_secs(60);
        let file = File::options()
            .write(true)
            .open(root.join("en/a.md"))
            .unwrap();
        file.set_modified(old).unwrap();
        let second = load_content(root);
        assert_ne!(second.files["en/a.md"].modified_ns, 0);
        let third = load_changed_content(root, &second.files);
        assert_eq!((third.files_read, third.unchanged.len()), (0, 1));
    }
}
