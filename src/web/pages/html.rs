//! HTML building blocks shared by the pages, on top of maud's `html!` templates (which escape
//! every spliced value): URL query encoding, the search snippet rebuilt as markup, and the
//! sanitised article body, the one piece of HTML the pages take as it comes ([`article_body`]).

use std::fmt::Write;

use maud::{html, Markup, PreEscaped, Render};

use crate::content::Site;

/// Text escaped like maud escapes it, and `'` as `&#39;` as well. For writer- and
/// searcher-supplied text in the places the pages have always escaped it that way (the page
/// title and description, the search box and the article heading). Leaving it out is still
/// safe: maud's own escaping covers element content and our double-quoted attributes.
pub struct Text<'a>(pub &'a str);

impl Render for Text<'_> {
    fn render_to(&self, buffer: &mut String) {
        for part in self.0.split_inclusive('\'') {
            match part.strip_suffix('\'') {
                Some(before) => {
                    before.render_to(buffer);
                    buffer.push_str("&#39;");
                }
                None => part.render_to(buffer),
            }
        }
    }
}

/// Percent-encodes a value for a URL query string or path segment.
pub fn url_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Builds `path?k=v&k=v` from the pairs whose value is non-empty, percent-encoded (a URL, not
/// HTML: templates escape its `&` when they put it in an attribute).
pub fn with_query(path: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = path.to_string();
    let mut first = true;
    for (k, v) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        out.push(if first { '?' } else { '&' });
        first = false;
        out.push_str(k);
        out.push('=');
        out.push_str(&url_encode(v));
    }
    out
}

/// A search snippet as markup. The engine returns escaped text whose only markup is
/// `<mark>`/`</mark>`; it is taken apart into text and marked text and built again by the
/// template, so nothing of it is trusted as HTML. If anything but `<mark>` shows up (a bug
/// upstream), the whole snippet is shown as text.
pub fn snippet_html(snippet: &str) -> Markup {
    let bare = snippet.replace("<mark>", "").replace("</mark>", "");
    if bare.contains(['<', '>', '"']) {
        return html! { (snippet) };
    }
    html! {
        @for (marked, text) in snippet_parts(snippet) {
            @if marked { mark { (text) } } @else { (text) }
        }
    }
}

/// The snippet's runs of plain and marked text, unescaped.
fn snippet_parts(snippet: &str) -> Vec<(bool, String)> {
    let mut parts = Vec::new();
    let mut rest = snippet;
    while let Some(start) = rest.find("<mark>") {
        parts.push((false, unescape(&rest[..start])));
        let after = &rest[start + "<mark>".len()..];
        let (inner, tail) = after.split_once("</mark>").unwrap_or((after, ""));
        parts.push((true, unescape(inner)));
        rest = tail;
    }
    parts.push((false, unescape(rest)));
    parts.retain(|(_, text)| !text.is_empty());
    parts
}

/// Undoes the snippet escaping of the search engine (`&amp;` last, so `&amp;lt;` stays `&lt;`);
/// a stray `</mark>` is dropped, as a browser would.
fn unescape(text: &str) -> String {
    text.replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The article body as markup: the only HTML the pages take as it comes. It is the content
/// loader's Markdown rendering after ammonia has sanitised it (an allow-list of tags and
/// attributes, no scripts, no event handlers, no `javascript:` URLs), so it cannot be
/// re-escaped as text, and it has nothing a template could build it from.
pub fn article_body(sanitised_html: &str, link_label: &str, site: &Site) -> Markup {
    let html = add_heading_anchors(sanitised_html, link_label);
    PreEscaped(fingerprint_site_files(&html, site))
}

/// Points `src` and `href` attributes that name a file of the site's `assets/` folder
/// (`/assets/x.png`, or `../assets/x.png` from an article) at its fingerprinted URL
/// (`/assets/x.png?v=<hash>`), which browsers may cache for a year: a changed file gets a new
/// URL. The value is replaced only by a name and a hex digest, so no markup can enter.
pub fn fingerprint_site_files(html: &str, site: &Site) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("=\"") {
        let (before, after) = rest.split_at(at + 2);
        out.push_str(before);
        rest = after;
        let is_url_attr = before.ends_with(" src=\"") || before.ends_with(" href=\"");
        let Some(end) = rest.find('"') else { break };
        let value = &rest[..end];
        let name = value
            .strip_prefix("/assets/")
            .or_else(|| value.strip_prefix("../assets/"))
            .filter(|_| is_url_attr);
        match name.and_then(|n| site.file(n)) {
            Some(file) => {
                out.push_str("/assets/");
                out.push_str(file.name());
                out.push_str("?v=");
                out.push_str(&file.hash);
            }
            None => out.push_str(value),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A suggested answer's Markdown as markup: rendered and sanitised by the content loader's
/// own renderer ([`crate::content::render_markdown`], ammonia's allow-list), like article
/// bodies.
pub fn answer_html(markdown: &str) -> Markup {
    PreEscaped(crate::content::render_markdown(markdown))
}

/// Adds a visible `#` link to every heading of a sanitised article body that carries an `id`:
/// `<h2 id="x">Title</h2>` becomes `<h2 id="x">Title <a class="heading-anchor" href="#x" …>#</a></h2>`.
/// The id is reused exactly as the sanitiser serialised it (already escaped for an attribute);
/// the label is escaped.
pub fn add_heading_anchors(html: &str, link_label: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(start) = find_heading_with_id(rest) {
        let (level, id_start) = start;
        let Some(id_len) = rest[id_start..].find('"') else {
            break;
        };
        let id = &rest[id_start..id_start + id_len];
        let close = format!("</h{level}>");
        let Some(close_at) = rest[id_start..].find(&close).map(|i| i + id_start) else {
            break;
        };
        out.push_str(&rest[..close_at]);
        if !id.is_empty() {
            out.push_str(" <a class=\"heading-anchor\" href=\"#");
            out.push_str(id);
            out.push_str("\" aria-label=\"");
            link_label.render_to(&mut out);
            out.push_str("\">#</a>");
        }
        out.push_str(&close);
        rest = &rest[close_at + close.len()..];
    }
    out.push_str(rest);
    out
}

/// Finds the next `<hN ... id="` and returns (N, byte offset where the id value starts).
fn find_heading_with_id(html: &str) -> Option<(u8, usize)> {
    let bytes = html.as_bytes();
    let mut from = 0;
    while let Some(i) = html[from..].find("<h").map(|i| i + from) {
        let level = bytes.get(i + 2).copied().unwrap_or(0);
        if (b'1'..=b'6').contains(&level) && matches!(bytes.get(i + 3), Some(b' ')) {
            let tag_end = html[i..].find('>').map(|e| e + i)?;
            let tag = &html[i..tag_end];
            if let Some(at) = tag.find(" id=\"") {
                return Some((level - b'0', i + at + 5));
            }
        }
        from = i + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_files_get_their_fingerprinted_url_and_nothing_else_changes() {
        let mut site = Site::default();
        site.files.push(crate::content::site::SiteFile {
            path: "assets/chart.png".into(),
            content_type: "image/png".into(),
            bytes: b"png".to_vec(),
            hash: "0123456789ab".into(),
        });
        let html = r#"<p><img src="/assets/chart.png" alt="a"> <a href="../assets/chart.png">b</a> <img src="/assets/none.png"> <a title="/assets/chart.png" href="/en/x">c</a></p>"#;
        assert_eq!(
            fingerprint_site_files(html, &site),
            r#"<p><img src="/assets/chart.png?v=0123456789ab" alt="a"> <a href="/assets/chart.png?v=0123456789ab">b</a> <img src="/assets/none.png"> <a title="/assets/chart.png" href="/en/x">c</a></p>"#
        );
    }

    #[test]
    fn escapes_everything_that_matters() {
        assert_eq!(
            Text(r#"<script>alert("1")</script> & 'x'"#)
                .render()
                .into_string(),
            "&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;"
        );
        assert_eq!(Text("سحب الأموال").render().into_string(), "سحب الأموال");
        assert_eq!(Text("'").render().into_string(), "&#39;");
    }

    #[test]
    fn url_encoding_and_query_building() {
        assert_eq!(url_encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
        assert_eq!(url_encode("سحب"), "%D8%B3%D8%AD%D8%A8");
        assert_eq!(
            with_query(
                "/en/search",
                &[("q", "x y"), ("category", ""), ("page", "2")]
            ),
            "/en/search?q=x%20y&page=2"
        );
        assert_eq!(with_query("/en/search", &[("q", "")]), "/en/search");
    }

    #[test]
    fn snippets_keep_only_mark() {
        let snippet = |s: &str| snippet_html(s).into_string();
        let ok = "how to <mark>withdraw</mark> &amp; more";
        assert_eq!(snippet(ok), ok);
        assert_eq!(
            snippet("<mark>x</mark><img src=x onerror=alert(1)>"),
            "&lt;mark&gt;x&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(snippet("a > b"), "a &gt; b");
        // Escaped markup in the text stays text; entities are not decoded twice.
        assert_eq!(
            snippet("&lt;b&gt;<mark>fee</mark>&lt;/b&gt; &amp;lt;"),
            "&lt;b&gt;<mark>fee</mark>&lt;/b&gt; &amp;lt;"
        );
        assert_eq!(snippet("<mark>a</mark> b</mark>"), "<mark>a</mark> b");
    }

    #[test]
    fn headings_get_anchor_links() {
        let html = "<p>x</p><h2 id=\"fees\">Fees</h2><p>y</p><h3 id=\"رسوم-السحب\">رسوم <em>السحب</em></h3><h2>No id</h2>";
        let out = add_heading_anchors(html, "Link to this section");
        assert_eq!(
            out,
            "<p>x</p><h2 id=\"fees\">Fees <a class=\"heading-anchor\" href=\"#fees\" aria-label=\"Link to this section\">#</a></h2>\
<p>y</p><h3 id=\"رسوم-السحب\">رسوم <em>السحب</em> <a class=\"heading-anchor\" href=\"#رسوم-السحب\" aria-label=\"Link to this section\">#</a></h3><h2>No id</h2>"
        );
        assert_eq!(add_heading_anchors("<p>10</p>", "L"), "<p>10</p>");
        // Unclosed heading: left as it was.
        assert_eq!(add_heading_anchors("<h2 id=\"a\">x", "L"), "<h2 id=\"a\">x");
        assert!(
            add_heading_anchors("<h2 id=\"a\">x</h2>", "<L>").contains("aria-label=\"&lt;L&gt;\"")
        );
    }
}
