//! Markdown -> events -> sanitised HTML whose headings carry their anchors.
//!
//! [`options`] is the one place that decides the pulldown-cmark extensions (as mdBook's
//! `mdbook-markdown` does). A body is parsed once; its events serve the anchors, the sections
//! ([`super::sections`]) and the HTML alike.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

use super::anchor::{slugify, Anchors};
use super::text::PlainText;

/// The Markdown dialect of articles: CommonMark with tables, strikethrough and
/// `{#custom-id}` heading attributes.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES
}

/// An event and the byte range of the Markdown it came from.
pub(crate) type Spanned<'a> = (Event<'a>, Range<usize>);

/// Parses Markdown into events with their source ranges.
pub(crate) fn parse(markdown: &str) -> Vec<Spanned<'_>> {
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .collect()
}

/// A heading of a document, with the anchor it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    /// Index of its `Start` event.
    pub start: usize,
    /// Index of its `End` event.
    pub end: usize,
    /// 1 to 6.
    pub level: u8,
    /// The heading as plain text.
    pub text: String,
    /// Its anchor id, unique in the document.
    pub anchor: String,
    /// Not inside a list, block quote or other container.
    pub top_level: bool,
    /// `{...}` at its end held classes or attributes besides `#id`: dropped, and probably
    /// meant as text (`## Fees {per lot}`).
    pub dropped_attributes: bool,
}

/// Finds every heading, gives each a unique anchor (explicit `{#id}`s first, in document order,
/// then the others from their text), and writes the anchor into the heading's event so the
/// HTML carries it.
pub(crate) fn anchor_headings(events: &mut [Spanned<'_>]) -> Vec<Heading> {
    let mut headings = Vec::new();
    let mut explicit: Vec<Option<String>> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < events.len() {
        match &events[i].0 {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let dropped_attributes = !classes.is_empty() || !attrs.is_empty();
                let mut text = PlainText::new();
                let mut end = i + 1;
                while end < events.len() && !matches!(events[end].0, Event::End(TagEnd::Heading(_)))
                {
                    text.push_event(&events[end].0);
                    end += 1;
                }
                explicit.push(id.as_deref().filter(|id| !id.is_empty()).map(str::to_owned));
                headings.push(Heading {
                    start: i,
                    end,
                    level: *level as u8,
                    text: text.finish(),
                    anchor: String::new(),
                    top_level: depth == 0,
                    dropped_attributes,
                });
                i = end + 1;
                continue;
            }
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }

    let mut anchors = Anchors::default();
    for (heading, id) in headings.iter_mut().zip(&explicit) {
        if let Some(id) = id {
            heading.anchor = anchors.claim(id);
        }
    }
    for (heading, id) in headings.iter_mut().zip(&explicit) {
        if id.is_none() {
            heading.anchor = anchors.claim(&slugify(&heading.text));
        }
    }
    for heading in &headings {
        if let Some((Event::Start(Tag::Heading { id, .. }), _)) = events.get_mut(heading.start) {
            *id = Some(CowStr::from(heading.anchor.clone()));
        }
    }
    headings
}

/// Renders events to HTML and sanitises it; `size_hint` is the Markdown's length.
pub(crate) fn to_html<'a>(
    events: impl IntoIterator<Item = Spanned<'a>>,
    size_hint: usize,
) -> String {
    let mut raw = String::with_capacity(size_hint + size_hint / 2);
    let mut limit = NestingLimit::default();
    html::push_html(
        &mut raw,
        events
            .into_iter()
            .filter_map(|(event, _)| limit.admit(event)),
    );
    sanitize(&raw)
}

/// How deep elements may nest in the HTML handed to the sanitiser. HTML parsers take time
/// quadratic in nesting depth (`> > > ...` or `<div><div>...` a few thousand deep takes
/// minutes); no real article nests anywhere near this.
const MAX_NESTING: usize = 100;

/// Keeps nesting under [`MAX_NESTING`]: Markdown elements deeper than that lose their tags
/// (their text stays), and raw HTML that would open elements deeper is shown as text.
#[derive(Debug, Default)]
struct NestingLimit {
    /// For each open Markdown element, whether its tags were dropped.
    markdown: Vec<bool>,
    /// Names of the elements raw HTML opened and has not closed.
    html: Vec<String>,
}

impl NestingLimit {
    fn admit<'a>(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        match event {
            Event::Start(_) => {
                let drop = self.depth() >= MAX_NESTING;
                self.markdown.push(drop);
                (!drop).then_some(event)
            }
            Event::End(_) => match self.markdown.pop() {
                Some(true) => None,
                _ => Some(event),
            },
            Event::Html(html) | Event::InlineHtml(html) if !self.admit_html(&html) => {
                Some(Event::Text(html))
            }
            event => Some(event),
        }
    }

    fn depth(&self) -> usize {
        self.markdown.len() + self.html.len()
    }

    /// Follows the elements raw HTML opens and closes; false (and no change) when it would
    /// nest too deep.
    fn admit_html(&mut self, html: &str) -> bool {
        let before = self.html.len();
        let mut rest = html;
        while let Some(pos) = rest.find('<') {
            rest = &rest[pos + 1..];
            let closing = rest.starts_with('/');
            let name_start = usize::from(closing);
            let name_len = rest[name_start..]
                .bytes()
                .take_while(u8::is_ascii_alphanumeric)
                .count();
            if name_len == 0 {
                continue;
            }
            let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
            let tag_end = rest.find('>').unwrap_or(rest.len());
            let self_closing = rest[..tag_end].ends_with('/');
            if closing {
                if let Some(open) = self.html.iter().rposition(|n| *n == name) {
                    self.html.truncate(open);
                }
            } else if !self_closing && !never_nests(&name) {
                if self.depth() >= MAX_NESTING {
                    self.html.truncate(before);
                    return false;
                }
                self.html.push(name);
            }
        }
        true
    }
}

/// Void elements, and elements whose end tag may be left out: they do not deepen nesting.
fn never_nests(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "p"
            | "li"
            | "dt"
            | "dd"
            | "td"
            | "th"
            | "tr"
            | "option"
    )
}

/// Renders arbitrary Markdown to sanitised HTML with the options and anchors articles get.
pub fn render_markdown(markdown: &str) -> String {
    let mut events = parse(markdown);
    anchor_headings(&mut events);
    to_html(events, markdown.len())
}

/// Makes HTML inert: no scripts, styles, event handlers or `javascript:` URLs. Keeps `id` on
/// headings (anchors), `class="language-..."` on code, tables, and links with `rel="noopener"`.
fn sanitize(html: &str) -> String {
    let clean = SANITIZER.clean(html);
    // Serialised straight into one buffer of about the right size: `to_string` serialises
    // into a growing buffer of its own, checks it and copies it into a second growing one.
    let mut out = Vec::with_capacity(html.len() + html.len() / 8);
    if clean.write_to(&mut out).is_err() {
        return clean.to_string();
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    for heading in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        builder.add_tag_attributes(heading, ["id"]);
    }
    builder
        .add_tag_attributes("code", ["class"])
        .add_generic_attributes(["dir"])
        .link_rel(Some("noopener"))
        .attribute_filter(|element, attribute, value| {
            if element == "code" && attribute == "class" {
                return is_language_class(value).then_some(Cow::Borrowed(value));
            }
            Some(Cow::Borrowed(value))
        });
    builder
});

/// `language-rust`, `language-c++`: what pulldown-cmark writes for fenced code.
fn is_language_class(value: &str) -> bool {
    value.strip_prefix("language-").is_some_and(|lang| {
        !lang.is_empty()
            && lang
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+' | b'#' | b'.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_get_anchors_in_html() {
        assert_eq!(
            render_markdown("## Fees\n\ntext\n\n## Fees\n\n### هزینه برداشت\n"),
            "<h2 id=\"fees\">Fees</h2>\n<p>text</p>\n<h2 id=\"fees-2\">Fees</h2>\n\
             <h3 id=\"هزینه-برداشت\">هزینه برداشت</h3>\n"
        );
    }

    #[test]
    fn custom_ids_win_and_are_reserved() {
        // The explicit id is claimed first, so the earlier heading that would slug to the
        // same id moves aside.
        assert_eq!(
            render_markdown("## Limits\n\n## Deposit limits {#limits}\n"),
            "<h2 id=\"limits-2\">Limits</h2>\n<h2 id=\"limits\">Deposit limits</h2>\n"
        );
    }

    #[test]
    fn heading_anchor_uses_plain_text() {
        assert_eq!(
            render_markdown("# The *new* `2FA` [app](/x)\n"),
            "<h1 id=\"the-new-2fa-app\">The <em>new</em> <code>2FA</code> <a href=\"/x\" rel=\"noopener\">app</a></h1>\n"
        );
    }

    #[test]
    fn tables_and_strikethrough_render() {
        let html = render_markdown("| A | B |\n|:--|--:|\n| 1 | ~~2~~ |\n");
        assert_eq!(
            html,
            "<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody>\n\
             <tr><td>1</td><td><del>2</del></td></tr>\n</tbody></table>\n"
        );
    }

    #[test]
    fn code_blocks_keep_only_language_classes() {
        assert_eq!(
            render_markdown("```json\n{}\n```\n"),
            "<pre><code class=\"language-json\">{}\n</code></pre>\n"
        );
        assert_eq!(
            render_markdown("<code class=\"evil\">x</code>"),
            "<p><code>x</code></p>\n"
        );
    }

    #[test]
    fn deep_nesting_is_flattened_not_slow() {
        let quotes = render_markdown(&"> ".repeat(5_000));
        assert_eq!(quotes.matches("<blockquote>").count(), MAX_NESTING);
        // Raw HTML that would nest too deep is shown as text, a whole HTML block at a time.
        let divs = render_markdown(&"<div>".repeat(50_000));
        assert!(!divs.contains("<div>"));
        assert!(divs.starts_with("&lt;div&gt;&lt;div&gt;"));
        // Ordinary raw HTML is untouched.
        let block = "<details>\n<summary>More</summary>\n\n<div>text</div>\n\n</details>\n";
        let html = render_markdown(&block.repeat(300));
        assert_eq!(html.matches("<details>").count(), 300);
        assert!(!html.contains("&lt;"));
    }

    #[test]
    fn sanitises_scripts_handlers_and_javascript_urls() {
        let md = "<script>alert(1)</script>\n\n\
                  <img src=\"x.png\" onerror=\"alert(1)\">\n\n\
                  [click](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(1)\">a</a>\n\n\
                  <svg onload=\"alert(1)\"><circle r=\"1\"/></svg>\n\n\
                  <p style=\"color:red\" onclick=\"x()\">styled</p><style>p{}</style>\n";
        assert_eq!(
            render_markdown(md),
            "\n<img src=\"x.png\">\n\
             <p><a rel=\"noopener\">click</a> <a rel=\"noopener\">a</a></p>\n\
             <p></p>\n\
             <p>styled</p>\n"
        );
    }
}
