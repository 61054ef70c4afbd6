//! A seeded generator of large help centers for benchmarks: N articles over the four
//! languages in the content format, recombined from real text so that term statistics look like
//! a real help center rather than random characters.
//!
//! The material is read at run time: the bundled `content/` articles (titles, headings, FAQ
//! questions, paragraphs, keywords, tags, categories) and, when present, the relevance
//! benchmark's passages and questions (`corpus.jsonl`, `queries.jsonl`), split into sentences.
//! The same seed and the same material always give the same files.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use serde::Deserialize;

use dalil::content::{load_content, ArticleType};
use dalil::text::is_han;
use dalil::Lang;

/// Where the material of a generated corpus comes from.
#[derive(Debug, Clone)]
pub struct CorpusSources {
    /// The bundled content folder (always needed: it gives headings, keywords and categories).
    pub content: PathBuf,
    /// Relevance-benchmark passages (`{"lang", "title", "text"}` per line); skipped when absent.
    pub passages: Option<PathBuf>,
    /// Relevance-benchmark questions (`{"lang", "text"}` per line); skipped when absent.
    pub questions: Option<PathBuf>,
}

/// Real text of one language, cut into the pieces articles are recombined from.
#[derive(Debug, Default, Clone)]
pub struct LangMaterial {
    /// Titles of the bundled articles.
    pub titles: Vec<String>,
    /// Section headings of tutorials and articles.
    pub headings: Vec<String>,
    /// FAQ questions: bundled ones and the relevance benchmark's.
    pub questions: Vec<String>,
    /// Whole Markdown paragraphs of the bundled sections (lists and tables included).
    pub paragraphs: Vec<String>,
    /// Sentences of bundled sections and benchmark passages.
    pub sentences: Vec<String>,
    /// Keywords and tags of the bundled articles.
    pub keywords: Vec<String>,
}

/// All the material, per language, plus what is shared.
#[derive(Debug, Clone)]
pub struct Material {
    per_lang: Vec<LangMaterial>,
    ids: Vec<String>,
    categories: Vec<String>,
    tags: Vec<String>,
}

impl Material {
    /// Reads the sources. Fails when the bundled content has errors or lacks a language.
    pub fn load(sources: &CorpusSources) -> anyhow::Result<Material> {
        let report = load_content(&sources.content);
        if !report.is_ok() {
            bail!(
                "{} has {} content error(s); run `dalil check`",
                sources.content.display(),
                report.errors.len()
            );
        }
        let mut per_lang = vec![LangMaterial::default(); Lang::ALL.len()];
        let mut ids = Vec::new();
        let mut categories = Vec::new();
        let mut tags = Vec::new();
        for a in &report.articles {
            let m = &mut per_lang[a.lang.index()];
            m.titles.push(a.title.clone());
            m.keywords.extend(a.keywords.iter().cloned());
            ids.push(a.id.clone());
            categories.extend(a.category.iter().cloned());
            tags.extend(a.tags.iter().cloned());
            for s in &a.sections {
                if a.kind == ArticleType::Faq && s.is_question {
                    m.questions.push(s.heading.clone());
                } else if !s.heading.is_empty() {
                    m.headings.push(s.heading.clone());
                }
                for p in s.markdown.split("\n\n").map(str::trim) {
                    if !p.is_empty() && !p.starts_with('#') {
                        m.paragraphs.push(without_links(p));
                    }
                }
                m.sentences.extend(sentences(&s.text));
            }
        }
        if let Some(path) = sources.passages.as_deref().filter(|p| p.exists()) {
            for line in read_jsonl::<Passage>(path)? {
                if let Some(lang) = Lang::from_code(&line.lang) {
                    per_lang[lang.index()]
                        .sentences
                        .extend(sentences(&line.text));
                }
            }
        }
        if let Some(path) = sources.questions.as_deref().filter(|p| p.exists()) {
            for line in read_jsonl::<Question>(path)? {
                let text = line.text.trim();
                let fits = (8..=160).contains(&text.chars().count()) && !text.contains('#');
                if let (Some(lang), true) = (Lang::from_code(&line.lang), fits) {
                    per_lang[lang.index()].questions.push(text.to_string());
                }
            }
        }
        for lang in Lang::ALL {
            let m = &per_lang[lang.index()];
            if m.titles.is_empty() || m.sentences.is_empty() || m.questions.is_empty() {
                bail!(
                    "{} has no {lang} articles with FAQ questions to build from",
                    sources.content.display()
                );
            }
        }
        for list in [&mut ids, &mut categories, &mut tags] {
            list.sort();
            list.dedup();
        }
        Ok(Material {
            per_lang,
            ids,
            categories,
            tags,
        })
    }

    /// The material of one language.
    pub fn lang(&self, lang: Lang) -> &LangMaterial {
        &self.per_lang[lang.index()]
    }
}

#[derive(Deserialize)]
struct Passage {
    lang: String,
    text: String,
}

#[derive(Deserialize)]
struct Question {
    lang: String,
    text: String,
}

fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> anyhow::Result<Vec<T>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}", path.display(), i + 1))
        })
        .collect()
}

/// A paragraph with its Markdown links and images reduced to their text: they lead to the
/// bundled articles' ids, which a generated corpus does not have (dalil refuses broken links).
fn without_links(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut rest = p;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let target = after.find("](").and_then(|close| {
            let end = after[close + 2..].find(')')?;
            Some((close, close + 2 + end + 1))
        });
        match target {
            Some((close, next)) if !after[..close].contains('[') => {
                let before = &rest[..open];
                out.push_str(before.strip_suffix('!').unwrap_or(before));
                out.push_str(&after[..close]);
                rest = &after[next..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits text into sentences of a useful length, on Latin, Arabic and Chinese full stops.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let closes = matches!(c, '。' | '！' | '？' | '؟')
            || (matches!(c, '.' | '!' | '?')
                && text[end..].starts_with(|n: char| n.is_whitespace()));
        if closes || c == '\n' {
            push_sentence(&mut out, &text[start..end]);
            start = end;
        }
    }
    push_sentence(&mut out, &text[start..]);
    out
}

fn push_sentence(out: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if (20..=1200).contains(&s.len()) {
        out.push(s.to_string());
    }
}

/// SplitMix64: tiny, fast and the same on every platform, which is all a corpus seed needs.
#[derive(Debug, Clone)]
pub struct SeededRng(u64);

impl SeededRng {
    /// A generator for a seed.
    pub fn new(seed: u64) -> Self {
        SeededRng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    /// A random element of a non-empty slice (`None` when empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.range(0, items.len() - 1)])
    }
}

/// What one generated article is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedArticle {
    pub lang: Lang,
    pub id: String,
    /// The whole file: front matter and Markdown body.
    pub text: String,
}

/// Version of the generator's output: part of the name of every cached corpus and index, and
/// raised whenever the same seed generates different files (a corpus cached by an older
/// generator is never reused).
pub const GENERATOR_VERSION: u32 = 2;

/// Generates article `i` of a corpus. Articles come in groups of four sharing an id (one per
/// language, translations of each other), so the loader has no missing-translation warnings to
/// print; titles carry the group number so that no two in a language are equal.
pub fn generate_article(material: &Material, seed: u64, i: usize) -> GeneratedArticle {
    let group = i / Lang::ALL.len();
    let lang = Lang::ALL[i % Lang::ALL.len()];
    // The group draws the shared traits; the language draws the text.
    let mut shared = SeededRng::new(seed ^ (group as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    let mut rng = SeededRng::new(seed ^ (i as u64).wrapping_mul(0x9FB2_1C65_1E98_DF25) ^ 1);
    let base_id = shared.pick(&material.ids).map_or("article", |s| s.as_str());
    let id = format!("{base_id}-{group}");
    let kind = match shared.range(0, 9) {
        0..=3 => ArticleType::Faq,
        4..=5 => ArticleType::Tutorial,
        _ => ArticleType::Article,
    };
    let category = shared.pick(&material.categories).cloned();
    let tags: Vec<&String> = (0..shared.range(1, 3))
        .filter_map(|_| shared.pick(&material.tags))
        .collect();
    let updated = format!(
        "20{:02}-{:02}-{:02}",
        shared.range(20, 26),
        shared.range(1, 12),
        shared.range(1, 28)
    );

    let m = material.lang(lang);
    let title = format!("{} {group}", pick_str(&mut rng, &m.titles));
    let summary = pick_str(&mut rng, &m.sentences);
    let keywords: Vec<&str> = (0..rng.range(0, 4))
        .map(|_| pick_str(&mut rng, &m.keywords))
        .filter(|k| !k.is_empty())
        .collect();

    let mut text = String::with_capacity(4096);
    text.push_str("---\n");
    let _ = writeln!(text, "title: {}", yaml_str(&title));
    let _ = writeln!(text, "type: {}", kind.as_str());
    if let Some(c) = category {
        let _ = writeln!(text, "category: {}", yaml_str(&c));
    }
    let _ = writeln!(text, "tags: {}", yaml_list(tags.iter().map(|s| s.as_str())));
    let _ = writeln!(text, "summary: {}", yaml_str(summary));
    if !keywords.is_empty() {
        let _ = writeln!(text, "keywords: {}", yaml_list(keywords.into_iter()));
    }
    let _ = writeln!(text, "updated: {updated}");
    text.push_str("---\n\n");
    push_paragraph(&mut text, &mut rng, m, 1, 3);
    // The outline (how many sections and sub-sections) is the group's, as translations share
    // it; the headings and text are the language's.
    let (headings, sections) = match kind {
        ArticleType::Faq => (&m.questions, shared.range(3, 8)),
        _ => (&m.headings, shared.range(2, 6)),
    };
    for _ in 0..sections {
        let heading = pick_str(&mut rng, headings);
        let _ = writeln!(text, "## {}\n", heading.replace('\n', " "));
        for _ in 0..rng.range(1, 2) {
            push_paragraph(&mut text, &mut rng, m, 2, 4);
        }
        if kind != ArticleType::Faq && shared.range(0, 3) == 0 {
            let sub = pick_str(&mut rng, &m.headings);
            let _ = writeln!(text, "### {}\n", sub.replace('\n', " "));
            push_paragraph(&mut text, &mut rng, m, 1, 3);
        }
    }
    GeneratedArticle { lang, id, text }
}

fn pick_str<'a>(rng: &mut SeededRng, items: &'a [String]) -> &'a str {
    rng.pick(items).map_or("", |s| s.as_str())
}

/// A paragraph: one from the bundled content now and then (keeps lists, links and tables in
/// the mix), otherwise `lo..=hi` recombined sentences.
fn push_paragraph(out: &mut String, rng: &mut SeededRng, m: &LangMaterial, lo: usize, hi: usize) {
    if rng.range(0, 4) == 0 && !m.paragraphs.is_empty() {
        out.push_str(pick_str(rng, &m.paragraphs));
    } else {
        let joiner = if m.sentences.first().is_some_and(|s| s.chars().any(is_han)) {
            ""
        } else {
            " "
        };
        for k in 0..rng.range(lo, hi) {
            if k > 0 {
                out.push_str(joiner);
            }
            out.push_str(pick_str(rng, &m.sentences));
        }
    }
    out.push_str("\n\n");
}

fn yaml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn yaml_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(yaml_str).collect();
    format!("[{}]", items.join(", "))
}

/// Writes `articles` generated articles into `out` (`<lang>/<id>.md`); `out` must be missing or
/// empty, so that a corpus never mixes with older files. Returns the bytes written.
pub fn write_corpus(
    material: &Material,
    seed: u64,
    articles: usize,
    out: &Path,
) -> anyhow::Result<u64> {
    if out.exists() {
        let mut entries =
            fs::read_dir(out).with_context(|| format!("reading {}", out.display()))?;
        if entries.next().is_some() {
            bail!(
                "{} is not empty: give a new folder for the corpus",
                out.display()
            );
        }
    }
    for lang in Lang::ALL {
        let dir = out.join(lang.code());
        fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut bytes = 0u64;
    for i in 0..articles {
        let a = generate_article(material, seed, i);
        let path = out.join(a.lang.code()).join(format!("{}.md", a.id));
        fs::write(&path, &a.text).with_context(|| format!("writing {}", path.display()))?;
        bytes += a.text.len() as u64;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn material() -> Material {
        let root = crate::repo();
        Material::load(&CorpusSources {
            content: root.join("content"),
            passages: Some(root.join("../shared/bench/relevance/corpus.jsonl")),
            questions: Some(root.join("../shared/bench/relevance/queries.jsonl")),
        })
        .unwrap()
    }

    #[test]
    fn same_seed_same_articles_other_seed_others() {
        let m = material();
        let a: Vec<_> = (0..20).map(|i| generate_article(&m, 7, i)).collect();
        let b: Vec<_> = (0..20).map(|i| generate_article(&m, 7, i)).collect();
        let c: Vec<_> = (0..20).map(|i| generate_article(&m, 8, i)).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(
            a.iter().map(|a| a.lang).take(4).collect::<Vec<_>>(),
            Lang::ALL
        );
    }

    #[test]
    fn generated_corpus_loads_without_errors_or_warnings() {
        let m = material();
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("corpus");
        let bytes = write_corpus(&m, 42, 200, &out).unwrap();
        assert!(bytes > 200 * 500, "{bytes} bytes for 200 articles");
        let report = load_content(&out);
        assert!(report.errors.is_empty(), "{:?}", &report.errors[..1]);
        assert_eq!(report.articles.len(), 200);
        assert!(report.warnings.is_empty(), "{:?}", &report.warnings[..1]);
        let faqs = report
            .articles
            .iter()
            .filter(|a| a.kind == ArticleType::Faq);
        assert!(faqs.clone().count() > 20);
        assert!(faqs.flat_map(|a| &a.sections).any(|s| s.is_question));
        for lang in Lang::ALL {
            assert_eq!(
                report.articles.iter().filter(|a| a.lang == lang).count(),
                50
            );
        }
        // A second run refuses to mix with the first.
        assert!(write_corpus(&m, 42, 10, &out).is_err());
    }

    #[test]
    fn links_and_images_keep_only_their_text() {
        assert_eq!(
            without_links("See [the FAQ](/en/fees-faq#x), ![chart](/assets/c.png) and [a] b."),
            "See the FAQ, chart and [a] b."
        );
        assert_eq!(without_links("راجع [الرسوم](/ar/fees)."), "راجع الرسوم.");
    }

    #[test]
    fn splits_sentences_in_every_script() {
        assert_eq!(
            sentences("The fee is 2.5 USD per trade. Withdrawals take a day!"),
            ["The fee is 2.5 USD per trade.", "Withdrawals take a day!"]
        );
        assert_eq!(
            sentences("提款需要一到三个工作日。如有问题请联系客服团队处理。").len(),
            2
        );
        assert_eq!(
            sentences("چقدر طول می‌کشد تا برداشت انجام شود؟ معمولا یک روز کاری زمان می‌برد.").len(),
            2
        );
    }
}
