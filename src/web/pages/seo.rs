//! What search engines and link previews read: `/sitemap.xml` (every published article in
//! every language, with `hreflang` alternates and `lastmod` from `updated`), `/robots.txt`
//! (pointing to it; search result pages not crawled), and in each article's head the canonical
//! URL, Open Graph and Twitter card tags, and for FAQ articles schema.org `FAQPage` data
//! (JSON-LD built with serde_json and escaped so that no text can close its `<script>`).
//!
//! Absolute URLs start with the site file's `base_url`; without one, with the request's own
//! host (fine for one address, wrong behind a proxy that rewrites it: set `base_url`).

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, PreEscaped};
use serde_json::json;

use super::assets;
use super::layout::site_name;
use crate::content::{ArticleType, Site};
use crate::index::Catalog;
use crate::lang::Lang;
use crate::search::ArticleView;
use crate::web::i18n::strings;
use crate::web::AppState;

/// The address absolute URLs start with: the site's base URL, else `http://<Host>`.
pub fn public_base(site: &Site, headers: &HeaderMap) -> Option<String> {
    if let Some(base) = &site.base_url {
        return Some(base.clone());
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let plain = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
    plain.then(|| format!("http://{host}"))
}

/// Escapes text for XML character data and attribute values.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// The sitemap of every published article and home page.
pub fn sitemap_xml(site: &Site, catalog: &Catalog, base: &str) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let url = |path: &str| xml_escape(&format!("{base}{path}"));
    for &lang in &site.languages {
        xml.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            url(&format!("/{}/", lang.code()))
        ));
        for &other in &site.languages {
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                other.code(),
                url(&format!("/{}/", other.code()))
            ));
        }
        xml.push_str("  </url>\n");
        for meta in catalog.in_lang(lang) {
            xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", url(&meta.url())));
            if let Some(day) = meta.updated.as_deref().filter(|d| is_ymd(d)) {
                xml.push_str(&format!("    <lastmod>{day}</lastmod>\n"));
            }
            let translations: Vec<Lang> = site
                .languages
                .iter()
                .copied()
                .filter(|&l| catalog.get(l, &meta.id).is_some())
                .collect();
            if translations.len() > 1 {
                for other in translations {
                    let path = crate::content::article_url(other, &meta.id, "");
                    xml.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                        other.code(),
                        url(&path)
                    ));
                }
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `YYYY-MM-DD` with digits where they belong (what `lastmod` accepts).
fn is_ymd(day: &str) -> bool {
    let b = day.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// robots.txt: everything may be crawled except search results, the API and feedback posts.
pub fn robots_txt(site: &Site, base: Option<&str>) -> String {
    let mut out = String::from("User-agent: *\n");
    for lang in &site.languages {
        out.push_str(&format!("Disallow: /{}/search\n", lang.code()));
    }
    out.push_str("Disallow: /api/\n");
    if let Some(base) = base {
        out.push_str(&format!("\nSitemap: {base}/sitemap.xml\n"));
    }
    out
}

/// `GET /sitemap.xml`.
pub async fn sitemap(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let engine = state.engine();
    let index = engine.index();
    let Some(base) = public_base(&index.site, &headers) else {
        return (
            StatusCode::NOT_FOUND,
            "no base_url in site.toml and no Host header",
        )
            .into_response();
    };
    super::conditional::page_response(
        &headers,
        StatusCode::OK,
        "application/xml; charset=utf-8",
        sitemap_xml(&index.site, &index.catalog, &base),
        None,
    )
}

/// `GET /robots.txt`.
pub async fn robots(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let engine = state.engine();
    let site = &engine.index().site;
    let base = public_base(site, &headers);
    super::conditional::page_response(
        &headers,
        StatusCode::OK,
        "text/plain; charset=utf-8",
        robots_txt(site, base.as_deref()),
        None,
    )
}

/// The head tags of an article page: canonical URL, Open Graph, Twitter card, and FAQPage
/// JSON-LD for an FAQ.
pub fn article_head(site: &Site, lang: Lang, view: &ArticleView, base: Option<&str>) -> Markup {
    let Some(base) = base else {
        return html! {};
    };
    let canonical = format!("{base}{}", view.url);
    let image = format!("{base}{}", assets::logo_url(site));
    let name = site_name(site, strings(lang), lang);
    let summary = view.summary.as_deref().unwrap_or("");
    html! {
        link rel="canonical" href=(canonical);
        meta property="og:type" content="article";
        meta property="og:site_name" content=(name);
        meta property="og:title" content=(view.title);
        @if !summary.is_empty() {
            meta property="og:description" content=(summary);
        }
        meta property="og:url" content=(canonical);
        meta property="og:image" content=(image);
        meta property="og:locale" content=(lang.code());
        meta name="twitter:card" content="summary";
        meta name="twitter:title" content=(view.title);
        @if !summary.is_empty() {
            meta name="twitter:description" content=(summary);
        }
        meta name="twitter:image" content=(image);
        @if let Some(data) = faq_json_ld(view, &canonical) {
            script type="application/ld+json" { (PreEscaped(data)) }
        }
    }
}

/// schema.org `FAQPage` of an FAQ article, as JSON safe inside `<script>`; `None` for other
/// articles or an FAQ without questions.
pub fn faq_json_ld(view: &ArticleView, canonical: &str) -> Option<String> {
    if view.article_type != ArticleType::Faq {
        return None;
    }
    let entities: Vec<serde_json::Value> = view
        .sections
        .iter()
        .filter(|s| s.is_question && !s.anchor.is_empty())
        .filter_map(|s| {
            let answer = answer_text(&view.html, &s.anchor)?;
            Some(json!({
                "@type": "Question",
                "name": s.heading,
                "acceptedAnswer": { "@type": "Answer", "text": answer },
            }))
        })
        .collect();
    if entities.is_empty() {
        return None;
    }
    let data = json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "url": canonical,
        "inLanguage": view.lang,
        "mainEntity": entities,
    });
    Some(script_safe(&serde_json::to_string(&data).ok()?))
}

/// JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` are
/// written as `\u` escapes (they only ever occur inside JSON strings, where that means the same
/// character), and so are the line separators JavaScript once refused in strings.
fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The plain text of the answer below the heading with id `anchor` in an article's sanitised
/// HTML: everything up to the next heading of level 2 or 3, tags removed, entities decoded.
fn answer_text(html: &str, anchor: &str) -> Option<String> {
    let id = format!("id=\"{}\"", xml_escape(anchor).replace("&apos;", "'"));
    let at = html.find(&id)?;
    let after_heading = at + html[at..].find("</h")?;
    let start = after_heading + html[after_heading..].find('>')? + 1;
    let rest = &html[start..];
    let end = ["<h2", "<h3"]
        .iter()
        .filter_map(|h| rest.find(h))
        .min()
        .unwrap_or(rest.len());
    let mut text = String::new();
    let mut in_tag = false;
    for c in rest[..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let decoded = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let words: Vec<&str> = decoded.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::OutlineEntry;

    fn faq(html: &str, questions: &[(&str, &str)]) -> ArticleView {
        ArticleView {
            id: "fees-faq".into(),
            lang: Lang::En,
            title: "Fees".into(),
            article_type: ArticleType::Faq,
            category: None,
            tags: vec![],
            summary: Some("What you pay".into()),
            updated: Some("2026-11-20".into()),
            url: "/en/fees-faq".into(),
            html: html.into(),
            sections: questions
                .iter()
                .map(|(anchor, heading)| OutlineEntry {
                    anchor: anchor.to_string(),
                    heading: heading.to_string(),
                    level: 2,
                    is_question: true,
                })
                .collect(),
            translations: Default::default(),
        }
    }

    #[test]
    fn faq_json_ld_pairs_questions_with_answers() {
        let view = faq(
            "<h2 id=\"q1\">Is there a fee?</h2>\n<p>No, <strong>never</strong> &amp; free.</p>\n\
             <h2 id=\"q2\">How long?</h2>\n<ul><li>A day</li></ul>\n",
            &[("q1", "Is there a fee?"), ("q2", "How long?")],
        );
        let json = faq_json_ld(&view, "https://h/en/fees-faq").unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["@type"], "FAQPage");
        assert_eq!(v["mainEntity"][0]["name"], "Is there a fee?");
        assert_eq!(
            v["mainEntity"][0]["acceptedAnswer"]["text"],
            "No, never & free."
        );
        assert_eq!(v["mainEntity"][1]["acceptedAnswer"]["text"], "A day");
    }

    #[test]
    fn json_ld_cannot_break_out_of_its_script() {
        let view = faq(
            "<h2 id=\"q\">x</h2><p>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- </p>",
            &[("q", "</script><!-- \u{2028}")],
        );
        let json = faq_json_ld(&view, "u").unwrap();
        assert!(!json.contains('<') && !json.contains('>'), "{json}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["mainEntity"][0]["name"], "</script><!-- \u{2028}");
        assert!(v["mainEntity"][0]["acceptedAnswer"]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("</script><script>")));
    }

    #[test]
    fn robots_points_to_the_sitemap_and_keeps_results_out() {
        let site = Site::default();
        let txt = robots_txt(&site, Some("https://h"));
        assert!(txt.contains("Disallow: /en/search\n"));
        assert!(txt.contains("Disallow: /zh/search\n"));
        assert!(txt.ends_with("Sitemap: https://h/sitemap.xml\n"));
    }

    #[test]
    fn the_base_url_comes_from_the_site_else_a_plain_host() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, "127.0.0.1:8080".parse().unwrap());
        let mut site = Site::default();
        assert_eq!(
            public_base(&site, &headers).as_deref(),
            Some("http://127.0.0.1:8080")
        );
        headers.insert(header::HOST, "evil\"><x".parse().unwrap());
        assert_eq!(public_base(&site, &headers), None);
        site.base_url = Some("https://help.acme.test".into());
        assert_eq!(
            public_base(&site, &headers).as_deref(),
            Some("https://help.acme.test")
        );
    }
}
