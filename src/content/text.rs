//! Markdown events -> plain text for indexing, snippets and agents: no Markdown syntax, no HTML
//! tags, blocks, list items and table rows on their own lines, table cells apart by a space.

use pulldown_cmark::{Event, Tag, TagEnd};

/// What to put between the text written so far and the next text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Newline,
}

/// Builds plain text from Markdown events, one block or inline at a time.
#[derive(Debug)]
pub(crate) struct PlainText {
    out: String,
    gap: Gap,
    html: HtmlStripper,
}

impl PlainText {
    pub(crate) fn new() -> Self {
        PlainText {
            out: String::new(),
            gap: Gap::None,
            html: HtmlStripper::default(),
        }
    }

    /// Adds the text an event carries, and the break it makes.
    pub(crate) fn push_event(&mut self, event: &Event<'_>) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                // Inline `<style>p{}</style>`: the text between the tags is Markdown text.
                if !matches!(self.html.state, HtmlState::Skip { .. }) {
                    self.push_str(t)
                }
            }
            Event::SoftBreak => self.gap(Gap::Space),
            Event::HardBreak | Event::Rule => self.gap(Gap::Newline),
            Event::Html(h) | Event::InlineHtml(h) => self.push_html(h),
            Event::Start(tag) => self.gap(tag_gap(tag)),
            Event::End(tag) => self.gap(tag_end_gap(*tag)),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    /// Adds text as it is.
    pub(crate) fn push_str(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            let ends_blank = self.out.ends_with(char::is_whitespace);
            let starts_blank = s.starts_with(char::is_whitespace);
            match self.gap {
                Gap::Newline => {
                    trim_end_in_place(&mut self.out);
                    self.out.push('\n');
                }
                Gap::Space if !ends_blank && !starts_blank => self.out.push(' '),
                _ => {}
            }
        }
        self.gap = Gap::None;
        let s = if self.out.is_empty() || self.out.ends_with(char::is_whitespace) {
            s.trim_start()
        } else {
            s
        };
        self.out.push_str(s);
    }

    fn gap(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    fn push_html(&mut self, html: &str) {
        let mut html_stripper = std::mem::take(&mut self.html);
        html_stripper.feed(html, self);
        self.html = html_stripper;
    }

    /// The text, without trailing whitespace.
    pub(crate) fn finish(mut self) -> String {
        trim_end_in_place(&mut self.out);
        self.out
    }
}

fn trim_end_in_place(s: &mut String) {
    let len = s.trim_end().len();
    s.truncate(len);
}

fn tag_gap(tag: &Tag<'_>) -> Gap {
    match tag {
        Tag::TableCell | Tag::Image { .. } => Gap::Space,
        Tag::Emphasis
        | Tag::Strong
        | Tag::Strikethrough
        | Tag::Superscript
        | Tag::Subscript
        | Tag::Link { .. } => Gap::None,
        _ => Gap::Newline,
    }
}

fn tag_end_gap(tag: TagEnd) -> Gap {
    match tag {
        TagEnd::TableCell | TagEnd::Image => Gap::Space,
        TagEnd::Emphasis
        | TagEnd::Strong
        | TagEnd::Strikethrough
        | TagEnd::Superscript
        | TagEnd::Subscript
        | TagEnd::Link => Gap::None,
        _ => Gap::Newline,
    }
}

/// Removes tags and comments from raw HTML, and what `<script>`/`<style>` hold; keeps the
/// text between tags. State carries over between the pieces pulldown-cmark hands out.
#[derive(Debug, Default)]
struct HtmlStripper {
    state: HtmlState,
}

#[derive(Debug, Default)]
enum HtmlState {
    #[default]
    Text,
    /// Inside `<...>`; collects the tag name to spot `script` and `style`.
    Tag {
        name: String,
        naming: bool,
    },
    Comment,
    /// Inside `<script>` or `<style>`, waiting for `</name`.
    Skip {
        name: &'static str,
    },
}

impl HtmlStripper {
    fn feed(&mut self, mut html: &str, out: &mut PlainText) {
        while !html.is_empty() {
            match &mut self.state {
                HtmlState::Text => match html.find('<') {
                    Some(pos) => {
                        out.push_str(&html[..pos]);
                        html = &html[pos + 1..];
                        if let Some(rest) = html.strip_prefix("!--") {
                            html = rest;
                            self.state = HtmlState::Comment;
                        } else {
                            self.state = HtmlState::Tag {
                                name: String::new(),
                                naming: true,
                            };
                        }
                    }
                    None => {
                        out.push_str(html);
                        html = "";
                    }
                },
                HtmlState::Tag { name, naming } => {
                    let mut chars = html.char_indices();
                    let mut consumed = html.len();
                    let mut closed = false;
                    for (i, c) in &mut chars {
                        if c == '>' {
                            consumed = i + 1;
                            closed = true;
                            break;
                        }
                        if *naming {
                            if c.is_ascii_alphanumeric() || (c == '/' && name.is_empty()) {
                                if name.len() < 16 {
                                    name.push(c.to_ascii_lowercase());
                                }
                            } else {
                                *naming = false;
                            }
                        }
                    }
                    html = &html[consumed..];
                    if closed {
                        let skip = match name.as_str() {
                            "script" => Some("script"),
                            "style" => Some("style"),
                            _ => None,
                        };
                        out.gap(html_tag_gap(name.trim_start_matches('/')));
                        self.state = match skip {
                            Some(name) => HtmlState::Skip { name },
                            None => HtmlState::Text,
                        };
                    }
                }
                HtmlState::Comment => match html.find("-->") {
                    Some(pos) => {
                        html = &html[pos + 3..];
                        self.state = HtmlState::Text;
                    }
                    None => html = "",
                },
                HtmlState::Skip { name } => {
                    let lower = html.to_ascii_lowercase();
                    let closing = format!("</{name}");
                    match lower.find(&closing) {
                        Some(pos) => {
                            // Let the closing tag be read as a tag.
                            html = &html[pos + 1..];
                            self.state = HtmlState::Tag {
                                name: "/".into(),
                                naming: false,
                            };
                        }
                        None => html = "",
                    }
                }
            }
        }
    }
}

/// The break an HTML tag makes in running text: none for inline tags (`fo<b>o</b>` is one word).
fn html_tag_gap(name: &str) -> Gap {
    match name {
        "td" | "th" | "img" => Gap::Space,
        "br" | "p" | "div" | "li" | "tr" | "ul" | "ol" | "dl" | "dt" | "dd" | "table" | "thead"
        | "tbody" | "blockquote" | "pre" | "hr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        | "details" | "summary" | "section" | "figure" | "figcaption" => Gap::Newline,
        _ => Gap::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    fn plain(md: &str) -> String {
        let mut text = PlainText::new();
        for event in Parser::new_ext(md, super::super::markdown::options()) {
            text.push_event(&event);
        }
        text.finish()
    }

    #[test]
    fn drops_markdown_syntax() {
        assert_eq!(
            plain("Go to **Wallet > Withdraw** and [read this](/en/fees).\nThen `confirm`."),
            "Go to Wallet > Withdraw and read this. Then confirm."
        );
    }

    #[test]
    fn blocks_and_list_items_on_their_own_lines() {
        assert_eq!(
            plain("Intro\n\n1. First\n2. Second\n   - nested\n\n> quoted\n\n```\ncode\n```"),
            "Intro\nFirst\nSecond\nnested\nquoted\ncode"
        );
    }

    #[test]
    fn table_cells_apart_rows_on_lines() {
        assert_eq!(
            plain("| Method | Time |\n|---|:-:|\n| Card | 3-7 days |\n| USDT | 2 hours |\n"),
            "Method Time\nCard 3-7 days\nUSDT 2 hours"
        );
    }

    #[test]
    fn raw_html_keeps_only_text() {
        assert_eq!(
            plain("<div class=\"x\">\n<b>Bold</b> text\n</div>\n\nA <em>b</em><!-- hidden --> c fo<b>o</b>"),
            "Bold text\nA b c foo"
        );
        assert_eq!(
            plain("<script>\nalert('x')\n</script>\n\nafter <style>p{}</style> it"),
            "after it"
        );
    }
}
