// SHIM (uncommitted)
use super::*;
use crate::lang::Lang;
use std::path::{Path, PathBuf};
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}:{}: {message}", path.display(), line.unwrap_or(0))]
pub struct ContentError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct ContentWarning {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}
#[derive(Debug, Default)]
pub struct LoadReport {
    pub articles: Vec<Article>,
    pub errors: Vec<ContentError>,
    pub warnings: Vec<ContentWarning>,
    pub files_read: usize,
    pub bytes_read: u64,
}
impl LoadReport {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}
pub fn load_content(dir: &Path) -> LoadReport {
    let mut r = LoadReport::default();
    for lang in Lang::ALL {
        let Ok(rd) = std::fs::read_dir(dir.join(lang.code())) else {
            continue;
        };
        let mut paths: Vec<_> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        paths.sort();
        for p in paths {
            let s = std::fs::read_to_string(&p).unwrap_or_default();
            r.files_read += 1;
            r.bytes_read += s.len() as u64;
            let id = p.file_stem().unwrap().to_string_lossy().to_string();
            let (fm, body) = s
                .strip_prefix("---\n")
                .and_then(|x| x.split_once("\n---\n"))
                .unwrap_or(("", &s));
            let mut title = id.clone();
            let mut kind = ArticleType::Article;
            let mut category = None;
            let mut keywords = vec![];
            let mut summary = None;
            for l in fm.lines() {
                if let Some(v) = l.strip_prefix("title: ") {
                    title = v.trim_matches('"').into();
                }
                if let Some(v) = l.strip_prefix("type: ") {
                    kind = ArticleType::parse(v.trim()).unwrap_or(kind);
                }
                if let Some(v) = l.strip_prefix("category: ") {
                    category = Some(v.into());
                }
                if let Some(v) = l.strip_prefix("summary: ") {
                    summary = Some(v.into());
                }
                if let Some(v) = l.strip_prefix("keywords: ") {
                    keywords = v
                        .trim_matches(['[', ']'])
                        .split(',')
                        .map(|x| x.trim().to_string())
                        .collect();
                }
            }
            let mut sections = vec![];
            let mut cur: Option<Section> = Some(Section {
                anchor: String::new(),
                heading: String::new(),
                level: 0,
                is_question: false,
                markdown: String::new(),
                text: String::new(),
                line: 1,
            });
            for (i, line) in body.lines().enumerate() {
                if let Some(h) = line.strip_prefix("## ") {
                    if let Some(c) = cur.take() {
                        if !c.text.trim().is_empty() || !c.heading.is_empty() {
                            sections.push(c);
                        }
                    }
                    cur = Some(Section {
                        anchor: h.to_lowercase().replace(' ', "-"),
                        heading: h.into(),
                        level: 2,
                        is_question: kind == ArticleType::Faq,
                        markdown: String::new(),
                        text: String::new(),
                        line: i + 1,
                    });
                } else if let Some(c) = cur.as_mut() {
                    c.markdown.push_str(line);
                    c.markdown.push('\n');
                    c.text.push_str(line);
                    c.text.push('\n');
                }
            }
            if let Some(c) = cur {
                sections.push(c);
            }
            r.articles.push(Article {
                lang,
                id,
                path: p.clone(),
                title,
                kind,
                category,
                tags: vec![],
                summary,
                keywords,
                updated: None,
                body_markdown: body.into(),
                html: format!("<p>{}</p>", body.len()),
                sections,
            });
        }
    }
    r
}
