//! An article body's events -> its sections, the units of retrieval.
//!
//! In an FAQ every top-level `##` heading is a question and everything up to the next `##` its
//! answer (a `###` stays in the answer). In tutorials and articles top-level `##` and `###`
//! headings split sections. Text before the first splitting heading is the lead section (empty
//! anchor and heading), left out when it has no text. Headings inside lists or block quotes
//! never split: cutting there would cut the container.

use super::article::{ArticleType, Section};
use super::error::ContentErrorKind;
use super::front_matter::Problem;
use super::markdown::{Heading, Spanned};
use super::source::LineCounter;
use super::text::PlainText;
use super::MAX_SECTIONS;

/// Whether a heading starts a section in an article of this type.
fn splits(kind: ArticleType, heading: &Heading) -> bool {
    heading.top_level
        && match kind {
            ArticleType::Faq => heading.level == 2,
            ArticleType::Tutorial | ArticleType::Article => matches!(heading.level, 2 | 3),
        }
}

/// The section being read.
struct Open {
    section: Section,
    body_start: usize,
    text: PlainText,
}

/// Splits a body (`markdown`, whose first line is file line `first_line`) into sections, using
/// its events and anchored headings. Fails when there are more than [`MAX_SECTIONS`].
pub(crate) fn split(
    markdown: &str,
    events: &[Spanned<'_>],
    headings: &[Heading],
    kind: ArticleType,
    first_line: usize,
) -> Result<Vec<Section>, Problem> {
    let splitting: Vec<&Heading> = headings.iter().filter(|h| splits(kind, h)).collect();
    let mut lines = LineCounter::new(markdown, first_line);
    let mut sections = Vec::with_capacity(splitting.len() + 1);
    let mut open = Open {
        section: Section {
            anchor: String::new(),
            heading: String::new(),
            level: 0,
            is_question: false,
            markdown: String::new(),
            text: String::new(),
            line: first_line,
        },
        body_start: 0,
        text: PlainText::new(),
    };
    let mut lead_line = None;
    let mut next = 0;
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        if let Some(heading) = splitting.get(next).filter(|h| h.start == i) {
            close(
                open,
                &markdown[..range.start.min(markdown.len())],
                &mut sections,
                lead_line,
            );
            let line = lines.line_of(range.start);
            if sections.len() >= MAX_SECTIONS {
                let count = sections.len() + splitting.len() - next;
                return Err((
                    Some(line),
                    ContentErrorKind::TooManySections {
                        count,
                        limit: MAX_SECTIONS,
                    },
                ));
            }
            open = Open {
                section: Section {
                    anchor: heading.anchor.clone(),
                    heading: heading.text.clone(),
                    level: heading.level,
                    is_question: kind == ArticleType::Faq,
                    markdown: String::new(),
                    text: String::new(),
                    line,
                },
                body_start: range.end,
                text: PlainText::new(),
            };
            next += 1;
            i = heading.end + 1;
            continue;
        }
        if next == 0 && lead_line.is_none() {
            lead_line = Some(lines.line_of(range.start));
        }
        open.text.push_event(event);
        i += 1;
    }
    close(open, markdown, &mut sections, lead_line);
    Ok(sections)
}

/// Finishes the open section, whose Markdown ends where `upto` ends, and keeps it unless it is
/// a lead without text.
fn close(open: Open, upto: &str, sections: &mut Vec<Section>, lead_line: Option<usize>) {
    let Open {
        mut section,
        body_start,
        text,
    } = open;
    section.text = text.finish();
    if section.level == 0 {
        if section.text.is_empty() {
            return;
        }
        section.line = lead_line.unwrap_or(section.line);
    }
    section.markdown = trim_blank_lines(upto.get(body_start..).unwrap_or("")).to_owned();
    sections.push(section);
}

/// Removes blank lines at both ends and trailing whitespace, keeping the indentation of the
/// first line (it may be an indented code block).
fn trim_blank_lines(s: &str) -> &str {
    let mut start = 0;
    for line in s.split_inclusive('\n') {
        if !line.trim().is_empty() {
            break;
        }
        start += line.len();
    }
    s[start..].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::markdown::{anchor_headings, parse};

    fn sections(md: &str, kind: ArticleType) -> Vec<Section> {
        let mut events = parse(md);
        let headings = anchor_headings(&mut events);
        split(md, &events, &headings, kind, 10).unwrap()
    }

    fn summary(sections: &[Section]) -> Vec<(&str, u8, &str, usize)> {
        sections
            .iter()
            .map(|s| (s.anchor.as_str(), s.level, s.text.as_str(), s.line))
            .collect()
    }

    #[test]
    fn faq_questions_keep_their_subheadings() {
        let md = "Lead text.\n\n## How long?\n\nOne day.\n\n### By card\n\nThree days.\n\n## Fees?\n\nNone.\n";
        let s = sections(md, ArticleType::Faq);
        assert_eq!(
            summary(&s),
            [
                ("", 0, "Lead text.", 10),
                ("how-long", 2, "One day.\nBy card\nThree days.", 12),
                ("fees", 2, "None.", 20),
            ]
        );
        assert!(s[1].is_question && !s[0].is_question);
        assert_eq!(s[1].heading, "How long?");
        assert_eq!(s[1].markdown, "One day.\n\n### By card\n\nThree days.");
    }

    #[test]
    fn tutorial_splits_on_h2_and_h3() {
        let md = "## Before you start\n\nBe 18.\n\n### Documents\n\nA passport.\n\n#### Detail\n\nStays.\n";
        let s = sections(md, ArticleType::Tutorial);
        assert_eq!(
            summary(&s),
            [
                ("before-you-start", 2, "Be 18.", 10),
                ("documents", 3, "A passport.\nDetail\nStays.", 14),
            ]
        );
        assert!(!s[0].is_question);
    }

    #[test]
    fn lead_includes_h1_and_is_left_out_when_empty() {
        let s = sections(
            "# Big title\n\nIntro.\n\n## Next\n\nText.\n",
            ArticleType::Article,
        );
        assert_eq!(s[0].anchor, "");
        assert_eq!(s[0].text, "Big title\nIntro.");
        assert_eq!(s[0].markdown, "# Big title\n\nIntro.");
        let s = sections("\n\n## Only\n\nText.\n", ArticleType::Article);
        assert_eq!(summary(&s), [("only", 2, "Text.", 12)]);
    }

    #[test]
    fn lead_line_is_its_first_text_line() {
        let s = sections("\n\nIntro.\n", ArticleType::Article);
        assert_eq!(s[0].line, 12);
    }

    #[test]
    fn headings_in_containers_do_not_split() {
        let md = "## Steps\n\n> ## Quoted\n> text\n\n- ## In a list\n";
        let s = sections(md, ArticleType::Article);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text, "Quoted\ntext\nIn a list");
    }

    #[test]
    fn thematic_break_is_just_a_break() {
        let md = "Intro\n\n---\n\n## A\n\nx\n\n---\n\ny\n";
        let s = sections(md, ArticleType::Article);
        assert_eq!(summary(&s), [("", 0, "Intro", 10), ("a", 2, "x\ny", 14)]);
        assert_eq!(s[1].markdown, "x\n\n---\n\ny");
    }

    #[test]
    fn empty_section_is_kept_with_empty_text() {
        let s = sections("## Empty\n\n## Full\n\ntext\n", ArticleType::Article);
        assert_eq!(summary(&s), [("empty", 2, "", 10), ("full", 2, "text", 12)]);
        assert_eq!(s[0].markdown, "");
    }

    #[test]
    fn too_many_sections_is_an_error_at_the_first_heading_over() {
        let md: String = (0..=MAX_SECTIONS)
            .map(|i| format!("## Q{i}\n\nA.\n\n"))
            .collect();
        let mut events = parse(&md);
        let headings = anchor_headings(&mut events);
        let err = split(&md, &events, &headings, ArticleType::Faq, 1).unwrap_err();
        assert_eq!(
            err,
            (
                Some(4 * MAX_SECTIONS + 1),
                ContentErrorKind::TooManySections {
                    count: MAX_SECTIONS + 1,
                    limit: MAX_SECTIONS
                }
            )
        );
    }

    #[test]
    fn trims_only_blank_lines() {
        assert_eq!(trim_blank_lines("\n  \n    code\n\n"), "    code");
    }
}
