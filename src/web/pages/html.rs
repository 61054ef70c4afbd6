//! HTML output helpers: the one escaping function every page uses for text and attribute
//! values, URL query encoding, and the two transformations of trusted HTML that come from the
//! search engine (snippets) and the content loader (article bodies).

use std::borrow::Cow;
use std::fmt::{self, Display, Write};

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn esc(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
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

/// Builds `path?k=v&k=v` from the pairs whose value is non-empty, percent-encoded; the result
/// still has to go through [`esc`] inside an attribute (for the `&`).
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

/// A search snippet made safe to embed: the engine returns escaped text whose only markup is
/// `<mark>`/`</mark>`. If anything else shows up (a bug upstream), the whole snippet is escaped
/// instead of trusted.
pub fn snippet_html(snippet: &str) -> Cow<'_, str> {
    let bare = snippet.replace("<mark>", "").replace("</mark>", "");
    if bare.contains(['<', '>', '"']) {
        return esc(snippet);
    }
    Cow::Borrowed(snippet)
}

/// Adds a visible `#` link to every heading of a sanitised article body that carries an `id`:
/// `<h2 id="x">Title</h2>` becomes `<h2 id="x">Title <a class="heading-anchor" href="#x" …>#</a></h2>`.
/// The id is reused exactly as the sanitiser serialised it (already escaped for an attribute).
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
            let _ = write!(
                out,
                " <a class=\"heading-anchor\" href=\"#{id}\" aria-label=\"{}\">#</a>",
                esc(link_label)
            );
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

/// Wraps a displayable value so that `{}` writes it escaped.
pub struct Esc<'a>(pub &'a str);

impl Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&esc(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_that_matters() {
        assert_eq!(
            esc(r#"<script>alert("1")</script> & 'x'"#),
            "&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;"
        );
        assert!(matches!(esc("سحب الأموال"), Cow::Borrowed(_)));
        assert_eq!(Esc("a<b").to_string(), "a&lt;b");
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
        let ok = "how to <mark>withdraw</mark> &amp; more";
        assert_eq!(snippet_html(ok), ok);
        assert_eq!(
            snippet_html("<mark>x</mark><img src=x onerror=alert(1)>"),
            "&lt;mark&gt;x&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(snippet_html("a > b"), "a &gt; b");
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
    }
}
