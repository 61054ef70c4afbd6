//! The front-matter / Markdown loader on arbitrary bytes: never a panic, and an article that
//! loads has sections that cover its body and HTML free of scripts.
#![no_main]

use std::path::Path;

use dalil::content::{parse_article, render_markdown};
use dalil::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the language folder, the rest is the file.
    let (lang, bytes) = match data.split_first() {
        Some((b, rest)) => (Lang::ALL[usize::from(*b) % Lang::ALL.len()], rest),
        None => (Lang::En, data),
    };
    if let Ok(article) = parse_article(Path::new("fuzz/article.md"), lang, "article", bytes) {
        assert!(!article.sections.is_empty() || article.body_markdown.trim().is_empty());
        assert_inert(&article.html);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        assert_inert(&render_markdown(text));
    }
});

/// No script element and no `javascript:` link or source (as text both are harmless: a `<` of
/// text is always escaped, so every `<` in the output opens a tag).
fn assert_inert(html: &str) {
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("").to_ascii_lowercase();
        let tag: String = tag.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(!tag.starts_with("script"), "{html}");
        for attr in ["href=\"javascript:", "src=\"javascript:"] {
            assert!(!tag.contains(attr), "{html}");
        }
    }
}
