//! Snippets: the passage of a section that best matches the query, HTML-escaped, with the
//! matching words in `<mark>`.

use std::collections::HashSet;

use super::query::LangPlan;
use crate::analysis::{analyze, analyze_exact};
use crate::lang::Lang;

/// What to highlight: the analysed query terms of one language, their typo tolerance, and the
/// prefix of the last word.
#[derive(Debug, Clone)]
pub struct Highlighter {
    lang: Lang,
    terms: HashSet<String>,
    prefix: Option<String>,
}

impl Highlighter {
    /// Highlights what a plan searches for.
    pub fn new(plan: &LangPlan) -> Self {
        let active = plan.active_terms();
        Highlighter {
            lang: plan.lang,
            terms: active
                .iter()
                .flat_map(|t| std::iter::once(&t.text).chain(t.expansions.iter().map(|(e, _)| e)))
                .chain(plan.synonyms.iter().flatten())
                .cloned()
                .collect(),
            prefix: plan.prefix.clone(),
        }
    }

    /// Byte spans of `text` that match, sorted and merged.
    pub fn spans(&self, text: &str) -> Vec<(usize, usize, String)> {
        let mut spans: Vec<(usize, usize, String)> = analyze(self.lang, text)
            .into_iter()
            .filter(|t| self.terms.contains(&t.text))
            .map(|t| (t.offset_from, t.offset_to, t.text))
            .collect();
        if let Some(p) = &self.prefix {
            spans.extend(
                analyze_exact(self.lang, text)
                    .into_iter()
                    .filter(|t| t.text.starts_with(p.as_str()))
                    .map(|t| (t.offset_from, t.offset_to, t.text)),
            );
        }
        spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));
        let mut merged: Vec<(usize, usize, String)> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.0 <= last.1 => last.1 = last.1.max(s.1),
                _ => merged.push(s),
            }
        }
        merged
    }

    /// The best passage of at most about `max_chars` characters, escaped, hits marked.
    pub fn snippet(&self, text: &str, max_chars: usize) -> String {
        let text = text.trim();
        let spans = self.spans(text);
        let (start, end) = best_window(text, &spans, max_chars);
        let mut out = String::with_capacity((end - start) + 32);
        if start > 0 {
            out.push('…');
        }
        let mut at = start;
        for (from, to, _) in spans.iter().filter(|s| s.0 >= start && s.1 <= end) {
            escape_into(&mut out, &text[at..*from]);
            out.push_str("<mark>");
            escape_into(&mut out, &text[*from..*to]);
            out.push_str("</mark>");
            at = *to;
        }
        escape_into(&mut out, &text[at..end]);
        if end < text.len() {
            out.push('…');
        }
        out
    }
}

/// Picks the window with the most distinct matched words, starting a little before the first of
/// them and snapped to word boundaries.
fn best_window(text: &str, spans: &[(usize, usize, String)], max_chars: usize) -> (usize, usize) {
    let char_starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let n = char_starts.len();
    if n <= max_chars {
        return (0, text.len());
    }
    let byte_to_char = |b: usize| char_starts.partition_point(|&s| s < b);
    let mut best = (0usize, 0usize);
    for (i, s) in spans.iter().enumerate() {
        let first_char = byte_to_char(s.0);
        let mut distinct: HashSet<&str> = HashSet::new();
        for t in &spans[i..] {
            if byte_to_char(t.1) > first_char + max_chars {
                break;
            }
            distinct.insert(&t.2);
        }
        if distinct.len() > best.0 {
            best = (distinct.len(), first_char);
        }
    }
    let lead = max_chars / 5;
    let mut from = best.1.saturating_sub(lead);
    let mut to = (from + max_chars).min(n);
    if to == n {
        from = n.saturating_sub(max_chars);
    }
    // Snap to whitespace so words are not cut (scripts without spaces just cut at the char).
    let is_space = |c: usize| text[char_starts[c]..].starts_with(char::is_whitespace);
    if from > 0 {
        if let Some(k) = (from..(from + 15).min(to)).find(|&c| is_space(c)) {
            from = k + 1;
        }
    }
    if to < n {
        if let Some(k) = ((to.saturating_sub(15)).max(from + 1)..to)
            .rev()
            .find(|&c| is_space(c))
        {
            to = k;
        }
    }
    let byte = |c: usize| if c >= n { text.len() } else { char_starts[c] };
    (byte(from), byte(to))
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::QueryTerm;

    fn plan(lang: Lang, terms: &[&str], prefix: Option<&str>) -> LangPlan {
        LangPlan {
            lang,
            terms: terms
                .iter()
                .enumerate()
                .map(|(i, t)| QueryTerm {
                    text: t.to_string(),
                    position: i,
                    stop: false,
                    doc_freq: 1,
                    expansions: Vec::new(),
                })
                .collect(),
            prefix: prefix.map(str::to_string),
            prefix_words: Vec::new(),
            synonyms: Vec::new(),
        }
    }

    #[test]
    fn marks_hits_and_escapes_the_rest() {
        let h = Highlighter::new(&plan(Lang::En, &["fee"], None));
        let text = "Withdrawal <b>fee</b> & other charges";
        let terms: Vec<String> = analyze(Lang::En, "fee")
            .into_iter()
            .map(|t| t.text)
            .collect();
        let h2 = Highlighter {
            terms: terms.into_iter().collect(),
            ..h
        };
        let s = h2.snippet(text, 200);
        assert!(
            s.contains("&lt;b&gt;<mark>fee</mark>&lt;/b&gt; &amp; other"),
            "{s}"
        );
    }

    #[test]
    fn window_lands_on_the_hits() {
        let mut text = "intro words ".repeat(40);
        text.push_str("the target sits here");
        text.push_str(&" trailing words".repeat(40));
        let terms: Vec<String> = analyze(Lang::En, "target")
            .into_iter()
            .map(|t| t.text)
            .collect();
        let mut h = Highlighter::new(&plan(Lang::En, &[], None));
        h.terms = terms.into_iter().collect();
        let s = h.snippet(&text, 80);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("<mark>target</mark>"), "{s}");
        assert!(s.chars().count() <= 80 + 2 + 13, "{s}");
    }
}
