//! Search as you type: an in-memory index of what a customer can land on — article titles, FAQ
//! questions and section headings — so that a lookup costs microseconds instead of a ranked
//! search over every section.
//!
//! Every candidate's text goes through its language's unstemmed pipeline (`analyze_exact`), so
//! the normalisation rules of search apply: Arabic and Persian letters and diacritics,
//! traditional to simplified Chinese, case. A query matches a candidate when each of its complete
//! words is a word of the candidate and the last word, while it may still be being typed, is the
//! prefix of one. Chinese has no spaces and a half-typed query segments unlike the full text,
//! so Han text is matched character by character (an input method commits whole characters).
//!
//! Candidates are numbered in display order among equal matches (questions and titles before
//! headings, fewer words first, shorter first, then text and article), so postings sorted by
//! number are sorted by that order too, and a lookup stops as soon as it has enough of the best
//! kind of match: the candidate starts with the query, then the query's words in a row
//! elsewhere, then the words anywhere. Identical texts are kept once: only the first could ever
//! be shown.

use std::collections::HashMap;
use std::ops::Range;

use crate::analysis::{script_of, AnalysisOptions, Script};
use crate::content::article_url;
use crate::index::{ArticleMeta, Catalog};
use crate::lang::Lang;

use crate::search::types::Completion;
use crate::text::is_han;

/// `Candidate::heading` of an article's title.
const TITLE: u32 = u32::MAX;
/// Match kinds, best first: the candidate starts with the query; the query's words in a row
/// elsewhere; its words anywhere.
const TIERS: usize = 3;
/// The tier of a candidate holding the query's words, but not in a row.
const SCATTERED: u8 = 2;

/// Completions of every language, built once per loaded index.
#[derive(Default)]
pub struct CompletionIndex {
    langs: [LangCompletions; Lang::ALL.len()],
    /// How texts and queries are analysed (the loaded index's options).
    analysis: AnalysisOptions,
}

/// One language's candidates, their words and the word dictionary.
#[derive(Debug, Default)]
struct LangCompletions {
    /// Distinct words, sorted, so a prefix is a range of ordinals.
    terms: Vec<Box<str>>,
    /// `postings[posting_starts[t]..posting_starts[t + 1]]`: candidates holding term `t`,
    /// ascending (= display order).
    posting_starts: Vec<u32>,
    postings: Vec<u32>,
    /// In display order.
    candidates: Vec<Candidate>,
    /// `words[word_starts[c]..word_starts[c + 1]]`: term ordinals of candidate `c` in reading
    /// order.
    word_starts: Vec<u32>,
    words: Vec<u32>,
}

/// A title or heading, by its place in the catalog (which the index is built from and lives
/// beside), so the index holds no copy of the text.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    /// Position in `Catalog::all()`.
    article: u32,
    /// Index into the article's `headings`, or [`TITLE`].
    heading: u32,
}

/// A candidate before numbering.
struct Entry<'a> {
    /// 0 for FAQ questions and titles, 1 for other headings.
    class: u8,
    text: &'a str,
    candidate: Candidate,
}

/// What was typed, as the completion index reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct TypedQuery {
    /// Words typed to their end.
    complete: Vec<String>,
    /// The last word when it may still be being typed.
    prefix: Option<String>,
}

/// A match: its kind (0 is best) and the candidate's number.
type Found = (u8, u32);

/// What the completion index found for a query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completions {
    /// Best first, each text once.
    pub list: Vec<Completion>,
    /// Every match has the query's Chinese characters only scattered over the text, a weak
    /// sign: ranked search (which knows keywords, synonyms and body text) should answer first.
    pub scattered_only: bool,
}

impl CompletionIndex {
    /// Analyses every title and heading of the catalog as `analysis` says.
    pub fn build(catalog: &Catalog, analysis: AnalysisOptions) -> CompletionIndex {
        let mut entries: [Vec<Entry>; Lang::ALL.len()] = Default::default();
        for (pos, meta) in catalog.all().iter().enumerate() {
            let (lang, Ok(article)) = (meta.lang, u32::try_from(pos)) else {
                continue;
            };
            let list = &mut entries[lang.index()];
            list.push(Entry {
                class: 0,
                text: &meta.title,
                candidate: Candidate {
                    article,
                    heading: TITLE,
                },
            });
            let class = if meta.is_faq() { 0 } else { 1 };
            for (j, (_, heading)) in meta.headings.iter().enumerate() {
                let Ok(heading_index) = u32::try_from(j) else {
                    break;
                };
                list.push(Entry {
                    class,
                    text: heading,
                    candidate: Candidate {
                        article,
                        heading: heading_index,
                    },
                });
            }
        }
        let mut index = CompletionIndex {
            analysis,
            ..CompletionIndex::default()
        };
        for (lang, list) in Lang::ALL.into_iter().zip(entries) {
            index.langs[lang.index()] = LangCompletions::build(analysis, lang, list);
        }
        index
    }

    /// Up to `limit` completions of `q` in the languages of `langs` (most likely first), best
    /// first, each text once. Empty when nothing matches (the caller may fall back).
    pub fn complete(
        &self,
        catalog: &Catalog,
        q: &str,
        langs: &[Lang],
        limit: usize,
    ) -> Completions {
        let mut found: Vec<(u8, usize, u32)> = Vec::new();
        let mut scattered_only = true;
        for (rank, &lang) in langs.iter().enumerate() {
            let mut query = TypedQuery::parse(self.analysis, lang, q);
            let mut matches = self.langs[lang.index()].matches(&query, limit);
            if matches.is_empty() && lang == Lang::Fa {
                if let Some(apart) = TypedQuery::parse_last_word_apart(self.analysis, lang, q) {
                    matches = self.langs[lang.index()].matches(&apart, limit);
                    query = apart;
                }
            }
            let han = query
                .complete
                .iter()
                .filter(|w| w.chars().all(is_han))
                .count();
            scattered_only &= han >= 2 && matches.iter().all(|&(tier, _)| tier == SCATTERED);
            found.extend(matches.into_iter().map(|(tier, c)| (tier, rank, c)));
        }
        // Stable: within a kind of match, the languages keep their order of likelihood.
        found.sort_by_key(|&(tier, rank, _)| (tier, rank));
        let mut out: Vec<Completion> = Vec::with_capacity(limit.min(found.len()));
        for (_, rank, c) in found {
            if out.len() >= limit {
                break;
            }
            let Some(completion) = self.langs[langs[rank].index()].render(catalog, c) else {
                continue;
            };
            if out.iter().all(|o| o.text != completion.text) {
                out.push(completion);
            }
        }
        Completions {
            scattered_only: scattered_only && !out.is_empty(),
            list: out,
        }
    }

    /// Number of candidates over all languages.
    pub fn len(&self) -> usize {
        self.langs.iter().map(|l| l.candidates.len()).sum()
    }

    /// Whether there is no candidate at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes of memory the index holds (its vectors and words), for measuring it.
    pub fn heap_bytes(&self) -> usize {
        self.langs.iter().map(LangCompletions::heap_bytes).sum()
    }
}

impl std::fmt::Debug for CompletionIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompletionIndex")
            .field("candidates", &self.len())
            .field("heap_bytes", &self.heap_bytes())
            .finish()
    }
}

impl LangCompletions {
    fn build(analysis: AnalysisOptions, lang: Lang, mut entries: Vec<Entry>) -> LangCompletions {
        // One candidate per text: the best class, then the first article in id order.
        entries.sort_by(|a, b| {
            (a.text, a.class, a.candidate.article, a.candidate.heading).cmp(&(
                b.text,
                b.class,
                b.candidate.article,
                b.candidate.heading,
            ))
        });
        entries.dedup_by(|later, first| later.text == first.text);
        let mut analysed: Vec<(Entry, Vec<String>, usize)> = entries
            .into_iter()
            .filter_map(|e| {
                let words = words(analysis, lang, e.text);
                let chars = e.text.chars().count();
                (!words.is_empty()).then_some((e, words, chars))
            })
            .collect();
        analysed.sort_by(|(a, wa, ca), (b, wb, cb)| {
            (a.class, wa.len(), ca, a.text, a.candidate.article).cmp(&(
                b.class,
                wb.len(),
                cb,
                b.text,
                b.candidate.article,
            ))
        });

        // Words get provisional numbers in order of appearance, then their sorted ordinals.
        let mut provisional: HashMap<&str, u32> = HashMap::new();
        let mut first_seen: Vec<&str> = Vec::new();
        let mut word_starts = Vec::with_capacity(analysed.len() + 1);
        let mut words_of = Vec::new();
        let mut candidates = Vec::with_capacity(analysed.len());
        word_starts.push(0u32);
        for (entry, words, _) in &analysed {
            let Ok(end) = u32::try_from(words_of.len() + words.len()) else {
                break;
            };
            for w in words {
                let next = first_seen.len() as u32;
                let id = *provisional.entry(w.as_str()).or_insert_with(|| {
                    first_seen.push(w.as_str());
                    next
                });
                words_of.push(id);
            }
            word_starts.push(end);
            candidates.push(entry.candidate);
        }
        let mut order: Vec<u32> = (0..first_seen.len() as u32).collect();
        order.sort_unstable_by_key(|&id| first_seen[id as usize]);
        let mut ordinal = vec![0u32; order.len()];
        for (ord, &id) in order.iter().enumerate() {
            ordinal[id as usize] = ord as u32;
        }
        for w in &mut words_of {
            *w = ordinal[*w as usize];
        }
        let terms: Vec<Box<str>> = order
            .iter()
            .map(|&id| Box::from(first_seen[id as usize]))
            .collect();

        // Postings in candidate order, each candidate once per term.
        let mut counts = vec![0u32; terms.len()];
        let mut last_candidate = vec![u32::MAX; terms.len()];
        for c in 0..candidates.len() {
            for &t in &words_of[word_starts[c] as usize..word_starts[c + 1] as usize] {
                if last_candidate[t as usize] != c as u32 {
                    last_candidate[t as usize] = c as u32;
                    counts[t as usize] += 1;
                }
            }
        }
        let mut posting_starts = Vec::with_capacity(terms.len() + 1);
        let mut total = 0u32;
        posting_starts.push(0);
        for &n in &counts {
            total += n;
            posting_starts.push(total);
        }
        let mut postings = vec![0u32; total as usize];
        let mut fill: Vec<u32> = posting_starts[..terms.len()].to_vec();
        last_candidate.fill(u32::MAX);
        for c in 0..candidates.len() {
            for &t in &words_of[word_starts[c] as usize..word_starts[c + 1] as usize] {
                if last_candidate[t as usize] != c as u32 {
                    last_candidate[t as usize] = c as u32;
                    postings[fill[t as usize] as usize] = c as u32;
                    fill[t as usize] += 1;
                }
            }
        }
        LangCompletions {
            terms,
            posting_starts,
            postings,
            candidates,
            word_starts,
            words: words_of,
        }
    }

    fn heap_bytes(&self) -> usize {
        let term_bytes: usize = self.terms.iter().map(|t| t.len()).sum();
        term_bytes
            + self.terms.capacity() * std::mem::size_of::<Box<str>>()
            + (self.posting_starts.capacity()
                + self.postings.capacity()
                + self.word_starts.capacity()
                + self.words.capacity())
                * std::mem::size_of::<u32>()
            + self.candidates.capacity() * std::mem::size_of::<Candidate>()
    }

    fn postings_of(&self, t: u32) -> &[u32] {
        let from = self.posting_starts[t as usize] as usize;
        let to = self.posting_starts[t as usize + 1] as usize;
        &self.postings[from..to]
    }

    fn words_of(&self, c: u32) -> &[u32] {
        let from = self.word_starts[c as usize] as usize;
        let to = self.word_starts[c as usize + 1] as usize;
        &self.words[from..to]
    }

    /// Ordinals of the terms that start with `prefix`.
    fn prefix_range(&self, prefix: &str) -> Range<u32> {
        let from = self.terms.partition_point(|t| &**t < prefix);
        let len = self.terms[from..].partition_point(|t| t.starts_with(prefix));
        from as u32..(from + len) as u32
    }

    /// Up to `limit` matches of each kind, best kind first, each kind in display order.
    fn matches(&self, query: &TypedQuery, limit: usize) -> Vec<Found> {
        if limit == 0 || (query.complete.is_empty() && query.prefix.is_none()) {
            return Vec::new();
        }
        let mut complete = Vec::with_capacity(query.complete.len());
        for w in &query.complete {
            match self.terms.binary_search_by(|t| (**t).cmp(w.as_str())) {
                Ok(t) => complete.push(t as u32),
                Err(_) => return Vec::new(),
            }
        }
        let prefix = match &query.prefix {
            Some(p) => {
                let range = self.prefix_range(p);
                if range.is_empty() {
                    return Vec::new();
                }
                Some(range)
            }
            None => None,
        };
        let mut found: [Vec<u32>; TIERS] = Default::default();
        let mut consider = |c: u32| -> bool {
            let words = self.words_of(c);
            let matched = complete.iter().all(|t| words.contains(t))
                && prefix
                    .as_ref()
                    .is_none_or(|r| words.iter().any(|t| r.contains(t)));
            if matched {
                let tier = tier(words, &complete, prefix.as_ref());
                if found[tier].len() < limit {
                    found[tier].push(c);
                }
            }
            // The best kind is full: nothing later can come before it.
            found[0].len() < limit
        };
        // The rarest complete word drives; the others and the prefix are checked per candidate.
        if let Some(&driver) = complete.iter().min_by_key(|&&t| self.postings_of(t).len()) {
            for &c in self.postings_of(driver) {
                if !consider(c) {
                    break;
                }
            }
        } else if let Some(range) = &prefix {
            let spread =
                self.posting_starts[range.end as usize] - self.posting_starts[range.start as usize];
            if range.len() == 1 {
                for &c in self.postings_of(range.start) {
                    if !consider(c) {
                        break;
                    }
                }
            } else if spread as usize >= self.candidates.len() {
                // A short prefix matches most candidates: walking them in order stops early.
                for c in 0..self.candidates.len() as u32 {
                    if !consider(c) {
                        break;
                    }
                }
            } else {
                let mut bits = vec![0u64; self.candidates.len().div_ceil(64)];
                for t in range.clone() {
                    for &c in self.postings_of(t) {
                        bits[c as usize / 64] |= 1 << (c % 64);
                    }
                }
                'walk: for (i, &word) in bits.iter().enumerate() {
                    let mut rest = word;
                    while rest != 0 {
                        let c = i as u32 * 64 + rest.trailing_zeros();
                        rest &= rest - 1;
                        if !consider(c) {
                            break 'walk;
                        }
                    }
                }
            }
        }
        let mut out = Vec::new();
        for (tier, list) in found.into_iter().enumerate() {
            out.extend(list.into_iter().map(|c| (tier as u8, c)));
        }
        out.truncate(limit);
        out
    }

    /// The completion shown for candidate `c`.
    fn render(&self, catalog: &Catalog, c: u32) -> Option<Completion> {
        let candidate = self.candidates.get(c as usize)?;
        let meta: &ArticleMeta = catalog.all().get(candidate.article as usize)?;
        if candidate.heading == TITLE {
            return Some(Completion {
                text: meta.title.clone(),
                title: meta.title.clone(),
                url: meta.url(),
            });
        }
        let (anchor, heading) = meta.headings.get(candidate.heading as usize)?;
        Some(Completion {
            text: heading.clone(),
            title: meta.title.clone(),
            url: article_url(meta.lang, &meta.id, anchor),
        })
    }
}

/// The kind of match (index into the tiers) of a candidate holding every word of the query.
fn tier(words: &[u32], complete: &[u32], prefix: Option<&Range<u32>>) -> usize {
    let fits_at = |at: usize| {
        complete
            .iter()
            .enumerate()
            .all(|(k, t)| words.get(at + k) == Some(t))
            && prefix.is_none_or(|r| {
                words
                    .get(at + complete.len())
                    .is_some_and(|t| r.contains(t))
            })
    };
    let len = complete.len() + usize::from(prefix.is_some());
    if fits_at(0) {
        0
    } else if (1..=words.len().saturating_sub(len)).any(fits_at) {
        1
    } else {
        2
    }
}

impl TypedQuery {
    /// Reads a query in one language: its words, the last one a prefix unless the query ends
    /// with a space or punctuation (or is Chinese, typed a whole character at a time).
    fn parse(analysis: AnalysisOptions, lang: Lang, q: &str) -> TypedQuery {
        let mut complete = Vec::new();
        let mut prefix = None;
        // A Persian word typed up to its zero-width non-joiner (`پاسخ‌` of `پاسخ‌گویی`) is
        // still being typed.
        let typed = q.trim_end_matches(is_joiner);
        let typing = typed.chars().last().is_some_and(char::is_alphanumeric);
        let end = typed.trim_end().len();
        let mut tokens = split_words(analysis, lang, q).peekable();
        while let Some((word, offset_to, han)) = tokens.next() {
            let last = tokens.peek().is_none();
            if last && typing && !han && offset_to >= end {
                prefix = Some(word);
            } else {
                complete.push(word);
            }
        }
        TypedQuery { complete, prefix }
    }

    /// The query read with its last word analysed on its own, when analysing it with the words
    /// before gave something else: the Persian pipeline joins a detached suffix to the word
    /// before (`شدن ی` -> `شدنی`), but a word being typed is often the start of the next word
    /// (`یک`).
    fn parse_last_word_apart(analysis: AnalysisOptions, lang: Lang, q: &str) -> Option<TypedQuery> {
        let (head, last) = q.trim_end().rsplit_once(char::is_whitespace)?;
        let mut apart = TypedQuery::parse(analysis, lang, head);
        apart.complete.extend(apart.prefix.take());
        let tail = TypedQuery::parse(analysis, lang, last);
        apart.complete.extend(tail.complete);
        apart.prefix = tail.prefix;
        (apart != TypedQuery::parse(analysis, lang, q)).then_some(apart)
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}')
}

/// The words of a text as the completion index compares them.
fn words(analysis: AnalysisOptions, lang: Lang, text: &str) -> Vec<String> {
    split_words(analysis, lang, text)
        .map(|(w, _, _)| w)
        .collect()
}

/// The words of a text: its unstemmed terms, Han terms cut into characters; with each word's
/// end offset in the text and whether it is a Han character.
fn split_words(
    analysis: AnalysisOptions,
    lang: Lang,
    text: &str,
) -> impl Iterator<Item = (String, usize, bool)> {
    let mut last_position = None;
    analysis
        .analyze_exact(lang, text)
        .into_iter()
        // Chinese search-mode grams share the position of the word they are inside.
        .filter(move |t| {
            let new = last_position != Some(t.position);
            last_position = Some(t.position);
            new
        })
        .flat_map(|t| {
            let han = script_of(&t.text) == Script::Han;
            let pieces: Vec<(String, usize, bool)> = if han {
                t.text
                    .chars()
                    .map(|c| (c.to_string(), t.offset_to, is_han(c)))
                    .collect()
            } else {
                vec![(t.text, t.offset_to, false)]
            };
            pieces
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(lang: &str, id: &str, kind: &str, title: &str, headings: &[&str]) -> ArticleMeta {
        ArticleMeta {
            lang: Lang::from_code(lang).expect("a language"),
            id: id.into(),
            title: title.into(),
            article_type: crate::content::ArticleType::parse(kind).expect("a type"),
            category: None,
            tags: vec![],
            summary: None,
            updated: None,
            headings: headings
                .iter()
                .enumerate()
                .map(|(i, h)| (format!("h{i}"), h.to_string()))
                .collect(),
        }
    }

    fn catalog() -> Catalog {
        Catalog::new(vec![
            article(
                "en",
                "withdrawals-faq",
                "faq",
                "Withdrawals FAQ",
                &[
                    "How long does a withdrawal take?",
                    "Why was my withdrawal rejected?",
                    "What are the withdrawal fees?",
                ],
            ),
            article(
                "en",
                "withdraw-funds",
                "tutorial",
                "Withdraw funds",
                &["Before you start", "Withdrawal fees and limits"],
            ),
            article(
                "en",
                "fees",
                "article",
                "Fees and charges",
                &["Withdrawal fees and limits", "Overnight fees"],
            ),
            article(
                "ar",
                "withdrawals-faq",
                "faq",
                "الأسئلة الشائعة عن السحب",
                &["كَمْ يَسْتَغْرِقُ السَّحْبُ؟", "ما هي رسوم السحب؟"],
            ),
            article(
                "fa",
                "withdrawals-faq",
                "faq",
                "پرسش‌های متداول برداشت",
                &[
                    "برداشت وجه چقدر طول می‌کشد؟",
                    "کارمزد برداشت چیست؟",
                    "گم شدن یک سفارش",
                ],
            ),
            article(
                "zh",
                "withdrawals-faq",
                "faq",
                "提现常见问题",
                &["提现需要多长时间？", "提现手续费是多少？"],
            ),
        ])
    }

    fn texts(index: &CompletionIndex, catalog: &Catalog, q: &str, lang: Lang) -> Vec<String> {
        index
            .complete(catalog, q, &[lang], 6)
            .list
            .into_iter()
            .map(|c| c.text)
            .collect()
    }

    #[test]
    fn the_last_word_is_a_prefix_and_the_others_whole_words() {
        let c = catalog();
        let index = CompletionIndex::build(&c, AnalysisOptions::default());
        let got = texts(&index, &c, "withdrawal fe", Lang::En);
        assert_eq!(
            got,
            [
                "Withdrawal fees and limits",
                "What are the withdrawal fees?"
            ]
        );
        // "withdraw" is a whole word here, not a prefix: only the exact word matches.
        assert_eq!(
            texts(&index, &c, "withdraw f", Lang::En),
            ["Withdraw funds"]
        );
        assert!(texts(&index, &c, "withdrawal fe ", Lang::En).is_empty());
        assert!(texts(&index, &c, "nothing", Lang::En).is_empty());
    }

    #[test]
    fn ordering_puts_starts_first_then_questions_and_titles_then_shorter() {
        let c = catalog();
        let index = CompletionIndex::build(&c, AnalysisOptions::default());
        let got = texts(&index, &c, "withdr", Lang::En);
        assert_eq!(
            got,
            [
                // Start of the text: titles and questions, then headings; shorter first.
                "Withdraw funds",
                "Withdrawals FAQ",
                "Withdrawal fees and limits",
                // The word elsewhere: fewer words first, then fewer characters.
                "What are the withdrawal fees?",
                "Why was my withdrawal rejected?",
                "How long does a withdrawal take?",
            ]
        );
    }

    #[test]
    fn identical_texts_are_shown_once_from_the_first_article() {
        let c = catalog();
        let index = CompletionIndex::build(&c, AnalysisOptions::default());
        let got = index.complete(&c, "limits", &[Lang::En], 6).list;
        assert_eq!(got.len(), 1);
        // Both a tutorial and an article have this heading: the first by id wins.
        assert_eq!(got[0].url, "/en/fees#h0");
        assert_eq!(got[0].title, "Fees and charges");
        let title = index.complete(&c, "overnight", &[Lang::En], 6).list;
        assert_eq!(title[0].url, "/en/fees#h1");
        let t = index.complete(&c, "fees and ch", &[Lang::En], 6).list;
        assert_eq!(
            (t[0].url.as_str(), t[0].title.as_str()),
            ("/en/fees", "Fees and charges")
        );
    }

    #[test]
    fn arabic_matches_without_diacritics_and_with_them() {
        let c = catalog();
        let index = CompletionIndex::build(&c, AnalysisOptions::default());
        assert_eq!(
            texts(&index, &c, "كم يستغرق الس", Lang::Ar),
            ["كَمْ يَسْتَغْرِقُ السَّحْبُ؟"]
        );
        assert_eq!(texts(&index, &c, "رُسوم", Lang::Ar), ["ما هي رسوم السحب؟"]);
    }

    #[test]
    fn persian_typed_with_arabic_letters_matches() {
        let c = catalog();
        let index = CompletionIndex::build(&c, AnalysisOptions::default());
        // Arabic yeh and kaf (ي ك) for Persian ی ک.
        assert_eq!(
            texts(&index, &c, "كارمزد برداشت چي", Lang::Fa),
            ["کارمزد برداشت چیست؟"]
        );
        assert_eq!(
            texts(&index, &c, "برداشت وجه", Lang::Fa),
            ["برداشت وجه چقدر طول می‌کشد؟"]
        );
        // Typed up to the non-joiner inside a word.
        assert_eq!(
            texts(&index, &c, "طول می\u{200c}", Lang::Fa),
            ["برداشت وجه چقدر طول می‌کشد؟"]
        );
        // A last word that the pipeline would join to the one before as a suffix (`ی`).
        assert_eq!(texts(&index, &c, "گم شدن ی", Lang::Fa), ["گم شدن یک سفارش"]);
    }

    #[test]
    fn chinese_matches_characters_and_traditional_input() {
        let c = catalog();
        let index = CompletionIndex::build(&c, AnalysisOptions::default());
        assert_eq!(
            texts(&index, &c, "提现手", Lang::Zh),
            ["提现手续费是多少？"]
        );
        // Traditional characters (提現手續費) meet the simplified text.
        assert_eq!(
            texts(&index, &c, "提現手續", Lang::Zh),
            ["提现手续费是多少？"]
        );
        let all = texts(&index, &c, "提现", Lang::Zh);
        assert_eq!(all.len(), 3);
        assert_eq!(all[0], "提现常见问题");
        assert!(!index.complete(&c, "提现", &[Lang::Zh], 6).scattered_only);
        // Characters all present but not in a row: a match, but a weak one.
        let scattered = index.complete(&c, "现费", &[Lang::Zh], 6);
        assert_eq!(scattered.list[0].text, "提现手续费是多少？");
        assert!(scattered.scattered_only);
    }

    #[test]
    fn the_query_is_read_as_typed() {
        let q = TypedQuery::parse(AnalysisOptions::default(), Lang::En, "Withdrawal FE");
        assert_eq!(q.complete, ["withdrawal"]);
        assert_eq!(q.prefix.as_deref(), Some("fe"));
        let q = TypedQuery::parse(AnalysisOptions::default(), Lang::En, "withdrawal fee ");
        assert_eq!((q.complete.len(), q.prefix), (2, None));
        let q = TypedQuery::parse(AnalysisOptions::default(), Lang::En, "fees?");
        assert_eq!((q.complete.len(), q.prefix), (1, None));
        let q = TypedQuery::parse(AnalysisOptions::default(), Lang::Zh, "提现 usd");
        assert_eq!(q.complete, ["提", "现"]);
        assert_eq!(q.prefix.as_deref(), Some("usd"));
    }

    #[test]
    fn languages_are_merged_in_order_and_limits_hold() {
        let c = catalog();
        let index = CompletionIndex::build(&c, AnalysisOptions::default());
        assert!(index.complete(&c, "withdr", &[Lang::En], 0).list.is_empty());
        assert_eq!(index.complete(&c, "withdr", &[Lang::En], 2).list.len(), 2);
        // Text of another language only matches in that language.
        assert!(texts(&index, &c, "withdr", Lang::Ar).is_empty());
        let both = index.complete(&c, "withdr", &[Lang::Ar, Lang::En], 6).list;
        assert_eq!(both.len(), 6);
        assert!(index.heap_bytes() > 0 && index.len() >= 15);
    }
}
