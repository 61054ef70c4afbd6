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
            Event::Start(Tag::Heading { level, id, .. }) => {
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
pub(crate) fn to_html<'a>(events: impl IntoIterator<Item = Spanned<'a>>, size_hint: usize) -> String {
    let mut raw = String::with_capacity(size_hint + size_hint / 2);
    html::push_html(&mut raw, events.into_iter().map(|(event, _)| event));
    sanitize(&raw)
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
    SANITIZER.clean(html).to_string()
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
