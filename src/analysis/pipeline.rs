//! One language's pipeline: segment, normalise each term, join Persian affixes, drop overlong
//! terms, stem (full pipeline only), finish normalising, number positions. Buffers are kept
//! between runs, so a warm pipeline allocates little for text it has seen the like of.

use std::cell::RefCell;

use tantivy::tokenizer::Token;
use unicode_segmentation::UnicodeSegmentation;

use crate::analysis::ablation::Ablation;
use crate::analysis::joiner::join_detached_affixes;
use crate::analysis::normalizer::{finish, normalize};
use crate::analysis::options::AnalysisOptions;
use crate::analysis::pre_analyzed::AnalyzedText;
use crate::analysis::script::{script_of, Script};
use crate::analysis::segmenter::{segment, segment_both, ChineseSegmentation, Segment};
use crate::analysis::stemmer::Stemmer;
use crate::lang::Lang;

/// Terms longer than this many bytes (after normalisation) are dropped: no one searches for
/// them, and tantivy refuses terms near 64 KiB.
pub(crate) const MAX_TERM_BYTES: usize = 128;
/// Segments longer than this many bytes are dropped before normalisation (which would make
/// them longer than [`MAX_TERM_BYTES`] anyway), so a run of junk costs no big buffers.
const MAX_SEGMENT_BYTES: usize = 8 * MAX_TERM_BYTES;

/// A term as the pipeline emits it, with what later stages need to know.
#[derive(Debug, Clone, Default)]
pub(crate) struct Term {
    /// The term text, offsets into the original text, and position.
    pub token: Token,
    /// The script of the term.
    pub script: Script,
    /// The term shares the position of the one before (Chinese search-mode grams).
    pub same_position: bool,
}

/// A language's analysis pipeline with its reusable buffers.
#[derive(Debug, Clone)]
pub(crate) struct Pipeline {
    lang: Lang,
    /// The stemmer of the full pipeline; `None` in the exact one.
    stemmer: Option<Stemmer>,
    /// The Chinese segmentation and the rules turned off.
    options: AnalysisOptions,
    segments: Vec<Segment>,
    terms: Vec<Term>,
    /// [`Pipeline::run_both`] in Chinese: the exact pipeline's segments, for each the index of
    /// the same segment in `segments` (`usize::MAX` if none), and for each of `segments` the
    /// index of its normalised term in `terms` (`usize::MAX` if it made none).
    exact_segments: Vec<Segment>,
    exact_in_full: Vec<usize>,
    term_of_segment: Vec<usize>,
    /// [`Pipeline::run_both`]'s unstemmed term.
    unstemmed: String,
}

impl Pipeline {
    /// The full pipeline of `lang` (with stemming) or, with `stemming` false, the exact one,
    /// with the default options.
    pub(crate) fn new(lang: Lang, stemming: bool) -> Self {
        Pipeline {
            lang,
            stemmer: stemming.then(|| Stemmer::new(lang)),
            options: AnalysisOptions::default(),
            segments: Vec::new(),
            terms: Vec::new(),
            exact_segments: Vec::new(),
            exact_in_full: Vec::new(),
            term_of_segment: Vec::new(),
            unstemmed: String::new(),
        }
    }

    /// This pipeline with other options.
    pub(crate) fn with_options(mut self, options: AnalysisOptions) -> Self {
        self.options = options;
        self
    }

    /// This pipeline with another Chinese segmentation.
    pub(crate) fn with_chinese(mut self, mode: ChineseSegmentation) -> Self {
        self.options.chinese = mode;
        self
    }

    /// Runs the pipeline over `text`; the terms live until the next run.
    pub(crate) fn run(&mut self, text: &str) -> &mut [Term] {
        if self.options.ablation.plain {
            return self.run_plain(text);
        }
        let len = self.prepare(text);
        self.stem_and_place(len);
        &mut self.terms[..len]
    }

    /// Stems and finishes the first `len` prepared terms and gives each its position (a term
    /// at the same position as the one before, like a Chinese word's grams, shares it).
    fn stem_and_place(&mut self, len: usize) {
        let lang = self.lang;
        let off = self.options.ablation;
        let terms = &mut self.terms[..len];
        let mut position = 0;
        for (i, term) in terms.iter_mut().enumerate() {
            if let Some(stemmer) = &mut self.stemmer {
                if !stemming_is_off(off, lang, term.script) {
                    stemmer.stem(term.script, &mut term.token.text);
                }
            }
            finish(lang, term.script, &mut term.token.text, off);
            if i > 0 && !term.same_position {
                position += 1;
            }
            term.token.position = position;
        }
    }

    /// Runs the full pipeline over `text` into `full` and the exact one into `exact`. Outside
    /// Chinese (whose exact pipeline cuts words without bigrams) both cut and normalise the
    /// same terms and differ only in stemming, so that work is done once; in Chinese the two
    /// share jieba's cut and the normalisation of the segments they have in common. A build
    /// needs both of every body, title and heading. Only `full` is filled unless
    /// [`Pipeline::fills_both`].
    pub(crate) fn run_both(
        &mut self,
        text: &str,
        full: &mut AnalyzedText,
        exact: &mut AnalyzedText,
    ) {
        full.clear();
        exact.clear();
        let lang = self.lang;
        let off = self.options.ablation;
        if !self.fills_both() {
            for t in self.run(text).iter() {
                let t = &t.token;
                full.push(&t.text, t.offset_from, t.offset_to, t.position);
            }
            return;
        }
        if lang == Lang::Zh {
            self.run_both_chinese(text, full, exact);
            return;
        }
        let len = self.prepare(text);
        let unstemmed = &mut self.unstemmed;
        let mut position = 0;
        for (i, term) in self.terms[..len].iter_mut().enumerate() {
            if i > 0 && !term.same_position {
                position += 1;
            }
            let t = &mut term.token;
            unstemmed.clear();
            unstemmed.push_str(&t.text);
            finish(lang, term.script, unstemmed, off);
            exact.push(unstemmed, t.offset_from, t.offset_to, position);
            if let Some(stemmer) = &mut self.stemmer {
                if !stemming_is_off(off, lang, term.script) {
                    stemmer.stem(term.script, &mut t.text);
                }
            }
            finish(lang, term.script, &mut t.text, off);
            t.position = position;
            full.push(&t.text, t.offset_from, t.offset_to, position);
        }
    }

    /// [`Pipeline::run_both`] for Chinese: one jieba cut gives both pipelines' segments, and
    /// an exact segment that the full pipeline also has takes its normalised text from there.
    fn run_both_chinese(&mut self, text: &str, full: &mut AnalyzedText, exact: &mut AnalyzedText) {
        let lang = self.lang;
        let off = self.options.ablation;
        let mode = self.options.chinese;
        self.segments.clear();
        self.exact_segments.clear();
        self.exact_in_full.clear();
        segment_both(
            lang,
            mode,
            mode.without_bigrams(),
            text,
            &mut self.segments,
            &mut self.exact_segments,
            &mut self.exact_in_full,
        );
        let len = self.normalize_segments(text, true);

        // The exact terms, as `prepare` and `run` make them without stemming.
        let unstemmed = &mut self.unstemmed;
        let mut position = 0;
        let mut first = true;
        for (seg, &source) in self.exact_segments.iter().zip(&self.exact_in_full) {
            let script = match self.term_of_segment.get(source) {
                Some(&at) => {
                    // The full pipeline dropped these same bytes (too long, or nothing left
                    // after normalising): so does the exact one.
                    let Some(term) = self.terms.get(at) else {
                        continue;
                    };
                    unstemmed.clone_from(&term.token.text);
                    term.script
                }
                None => {
                    let Some(src) = text.get(seg.from..seg.to) else {
                        continue;
                    };
                    if src.len() > MAX_SEGMENT_BYTES {
                        continue;
                    }
                    let script = normalize(lang, seg.script, src, unstemmed, off);
                    if unstemmed.is_empty() {
                        continue;
                    }
                    script
                }
            };
            if unstemmed.len() > MAX_TERM_BYTES {
                continue;
            }
            if !first && !seg.same_position {
                position += 1;
            }
            first = false;
            finish(lang, script, unstemmed, off);
            exact.push(unstemmed, seg.from, seg.to, position);
        }

        let len = self.join_and_retain(text, len);
        self.stem_and_place(len);
        for term in &self.terms[..len] {
            let t = &term.token;
            full.push(&t.text, t.offset_from, t.offset_to, t.position);
        }
    }

    /// Whether [`Pipeline::run_both`] fills both lists: a full pipeline, unless the plain
    /// measurement one (which has no exact counterpart of its own).
    pub(crate) fn fills_both(&self) -> bool {
        !self.options.ablation.plain && self.stemmer.is_some()
    }

    /// Cuts and normalises `text` into the first terms of `self.terms` (joined, overlong ones
    /// dropped), not yet stemmed nor finished; returns how many there are.
    fn prepare(&mut self, text: &str) -> usize {
        self.segments.clear();
        let mode = self.options.chinese;
        // Bigrams are for matching; the exact pipeline (prefixes, did-you-mean) keeps words.
        let mode = if self.stemmer.is_some() {
            mode
        } else {
            mode.without_bigrams()
        };
        segment(self.lang, mode, text, &mut self.segments);
        let len = self.normalize_segments(text, false);
        self.join_and_retain(text, len)
    }

    /// Normalises `self.segments` into the first terms of `self.terms`, leaving out overlong
    /// segments and those that normalise to nothing; returns how many there are. With `track`,
    /// `self.term_of_segment` says which term each segment made.
    fn normalize_segments(&mut self, text: &str, track: bool) -> usize {
        let lang = self.lang;
        let off = self.options.ablation;
        self.term_of_segment.clear();
        let mut len = 0;
        for seg in &self.segments {
            if track {
                self.term_of_segment.push(usize::MAX);
            }
            let Some(src) = text.get(seg.from..seg.to) else {
                continue;
            };
            if src.len() > MAX_SEGMENT_BYTES {
                continue;
            }
            if len == self.terms.len() {
                self.terms.push(Term::default());
            }
            let term = &mut self.terms[len];
            let script = normalize(lang, seg.script, src, &mut term.token.text, off);
            if term.token.text.is_empty() {
                continue;
            }
            term.token.offset_from = seg.from;
            term.token.offset_to = seg.to;
            term.token.position_length = 1;
            term.script = script;
            term.same_position = seg.same_position;
            if let Some(at) = self.term_of_segment.last_mut().filter(|_| track) {
                *at = len;
            }
            len += 1;
        }
        len
    }

    /// Joins detached Persian affixes in the first `len` terms and drops overlong ones;
    /// returns how many terms are left.
    fn join_and_retain(&mut self, text: &str, len: usize) -> usize {
        let terms = &mut self.terms[..len];
        let len = if self.lang == Lang::Fa && !self.options.ablation.persian_joining {
            join_detached_affixes(text, terms)
        } else {
            len
        };
        retain(&mut self.terms[..len], |t| {
            t.token.text.len() <= MAX_TERM_BYTES
        })
    }

    /// The plain pipeline (measurement only): Unicode words, lowercased, nothing else.
    fn run_plain(&mut self, text: &str) -> &mut [Term] {
        let mut len = 0;
        for (position, (from, word)) in text.unicode_word_indices().enumerate() {
            if word.len() > MAX_TERM_BYTES {
                continue;
            }
            if len == self.terms.len() {
                self.terms.push(Term::default());
            }
            let term = &mut self.terms[len];
            term.token.text.clear();
            term.token
                .text
                .extend(word.chars().flat_map(char::to_lowercase));
            term.token.offset_from = from;
            term.token.offset_to = from + word.len();
            term.token.position = position;
            term.token.position_length = 1;
            term.script = script_of(word);
            term.same_position = false;
            len += 1;
        }
        &mut self.terms[..len]
    }

    /// Frees the buffers after an unusually long text, so a long-lived pipeline does not keep
    /// the memory of the longest text it ever saw.
    pub(crate) fn release_if_huge(&mut self) {
        const KEEP: usize = 4096;
        if self.terms.len() > KEEP {
            self.terms.truncate(KEEP);
            self.terms.shrink_to_fit();
        }
        if self.segments.capacity() > KEEP {
            self.segments = Vec::new();
        }
        if self.exact_segments.capacity() > KEEP {
            self.exact_segments = Vec::new();
            self.exact_in_full = Vec::new();
        }
        if self.term_of_segment.capacity() > KEEP {
            self.term_of_segment = Vec::new();
        }
    }
}

/// Whether `off` turns off the stemming of `script` terms in `lang` text.
fn stemming_is_off(off: Ablation, lang: Lang, script: Script) -> bool {
    match (lang, script) {
        (_, Script::Latin) => off.english_stemming,
        (Lang::Ar, Script::Arabic) => off.arabic_stemming,
        (Lang::Fa, Script::Arabic) => off.persian_stemming,
        _ => false,
    }
}

/// Moves the terms `keep` accepts to the front, in order; returns how many there are.
fn retain(terms: &mut [Term], keep: impl Fn(&Term) -> bool) -> usize {
    let mut kept = 0;
    for i in 0..terms.len() {
        if keep(&terms[i]) {
            terms.swap(kept, i);
            kept += 1;
        }
    }
    kept
}

/// A term produced by an analyzer, for query building and snippets.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AnalyzedToken {
    /// The term as indexed.
    pub text: String,
    /// Byte offset of the term's first byte in the analysed text.
    pub offset_from: usize,
    /// Byte offset past the term's last byte in the analysed text.
    pub offset_to: usize,
    /// The term's position; overlapping terms (Chinese search mode) share one.
    pub position: usize,
}

thread_local! {
    /// Warm pipelines of this thread, one per (language, stemming, options).
    static PIPELINES: RefCell<Vec<Pipeline>> = const { RefCell::new(Vec::new()) };
}

/// Runs a pipeline of this thread's warm ones and collects its terms.
pub(crate) fn run_cached(
    options: AnalysisOptions,
    lang: Lang,
    stemming: bool,
    text: &str,
) -> Vec<AnalyzedToken> {
    with_warm_pipeline(options, lang, stemming, |pipeline| {
        pipeline
            .run(text)
            .iter()
            .map(|term| AnalyzedToken {
                text: term.token.text.clone(),
                offset_from: term.token.offset_from,
                offset_to: term.token.offset_to,
                position: term.token.position,
            })
            .collect()
    })
}

/// Runs a pipeline of this thread's warm ones into `out` (its earlier terms forgotten).
pub(crate) fn run_cached_into(
    options: AnalysisOptions,
    lang: Lang,
    stemming: bool,
    text: &str,
    out: &mut AnalyzedText,
) {
    with_warm_pipeline(options, lang, stemming, |pipeline| {
        out.clear();
        for term in pipeline.run(text).iter() {
            let t = &term.token;
            out.push(&t.text, t.offset_from, t.offset_to, t.position);
        }
    })
}

/// Runs this thread's warm full pipeline of `lang` into `full` and the exact one into `exact`
/// ([`Pipeline::run_both`]).
pub(crate) fn run_cached_both(
    options: AnalysisOptions,
    lang: Lang,
    text: &str,
    full: &mut AnalyzedText,
    exact: &mut AnalyzedText,
) {
    let shared = with_warm_pipeline(options, lang, true, |pipeline| {
        pipeline.run_both(text, full, exact);
        pipeline.fills_both()
    });
    if !shared {
        run_cached_into(options, lang, false, text, exact);
    }
}

/// Calls `f` with this thread's warm pipeline for (`lang`, `stemming`, `options`), or a new
/// one when that is already in use further up the stack.
fn with_warm_pipeline<T>(
    options: AnalysisOptions,
    lang: Lang,
    stemming: bool,
    f: impl FnOnce(&mut Pipeline) -> T,
) -> T {
    let run = |pipeline: &mut Pipeline| {
        let out = f(pipeline);
        pipeline.release_if_huge();
        out
    };
    PIPELINES.with(|cell| match cell.try_borrow_mut() {
        Ok(mut pipelines) => {
            let index = match pipelines.iter().position(|p| {
                p.lang == lang && p.stemmer.is_some() == stemming && p.options == options
            }) {
                Some(index) => index,
                None => {
                    pipelines.push(Pipeline::new(lang, stemming).with_options(options));
                    pipelines.len() - 1
                }
            };
            run(&mut pipelines[index])
        }
        Err(_) => run(&mut Pipeline::new(lang, stemming).with_options(options)),
    })
}

/// Runs a language's full pipeline (normalise, segment, stem) with the default options and
/// collects its terms.
pub fn analyze(lang: Lang, text: &str) -> Vec<AnalyzedToken> {
    AnalysisOptions::default().analyze(lang, text)
}

/// Runs a language's pipeline without stemming with the default options and collects its
/// terms (normalised surface forms, for prefix matching and did-you-mean).
pub fn analyze_exact(lang: Lang, text: &str) -> Vec<AnalyzedToken> {
    AnalysisOptions::default().analyze_exact(lang, text)
}

/// The words of analysed `tokens` in order, one per position: where terms share a position
/// (a Chinese word and its grams in search mode), the one spanning the most text.
pub fn words_of(tokens: Vec<AnalyzedToken>) -> Vec<String> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    for t in tokens {
        let span = t.offset_to - t.offset_from;
        match out.last_mut() {
            Some(last) if last.0 == t.position => {
                if span > last.1 {
                    *last = (t.position, span, t.text);
                }
            }
            _ => out.push((t.position, span, t.text)),
        }
    }
    out.into_iter().map(|(_, _, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_are_reused_and_results_do_not_leak_between_runs() {
        let mut pipeline = Pipeline::new(Lang::En, true);
        let first: Vec<String> = pipeline
            .run("withdrawals and deposits")
            .iter()
            .map(|t| t.token.text.clone())
            .collect();
        assert_eq!(first, ["withdraw", "and", "deposit"]);
        let second: Vec<String> = pipeline
            .run("fees")
            .iter()
            .map(|t| t.token.text.clone())
            .collect();
        assert_eq!(second, ["fee"]);
        assert!(pipeline.run("  ").is_empty());
    }

    #[test]
    fn overlong_terms_are_dropped() {
        let long = "a".repeat(MAX_TERM_BYTES + 1);
        let text = format!("usdt {long} trc20");
        let terms: Vec<String> = analyze(Lang::En, &text)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(terms, ["usdt", "trc20"]);
        let positions: Vec<usize> = analyze(Lang::En, &text)
            .iter()
            .map(|t| t.position)
            .collect();
        assert_eq!(positions, [0, 1]);
    }

    fn terms_with(lang: Lang, off: Ablation, text: &str) -> Vec<String> {
        Pipeline::new(lang, true)
            .with_options(AnalysisOptions {
                ablation: off,
                ..AnalysisOptions::default()
            })
            .run(text)
            .iter()
            .map(|t| t.token.text.clone())
            .collect()
    }

    #[test]
    fn ablations_turn_single_rules_off() {
        let rule = |name: &str| {
            Ablation::EACH_RULE
                .iter()
                .find(|(n, _)| n.contains(name))
                .map(|(_, a)| *a)
                .unwrap_or_default()
        };
        let plain = rule("plain");
        assert_eq!(
            terms_with(Lang::En, plain, "Withdrawals of USDT"),
            ["withdrawals", "of", "usdt"]
        );
        assert_eq!(
            terms_with(Lang::Zh, plain, "如何提现"),
            ["如", "何", "提", "现"]
        );
        assert_eq!(terms_with(Lang::Ar, plain, "بالسحب"), ["بالسحب"]);
        assert_eq!(
            terms_with(Lang::En, rule("English"), "deposits"),
            ["deposits"]
        );
        assert_eq!(
            terms_with(Lang::Ar, rule("Arabic stem"), "بالسحب"),
            ["بالسحب"]
        );
        assert_eq!(
            terms_with(Lang::Ar, rule("Arabic norm"), "إيداع"),
            ["إيداع"]
        );
        assert_eq!(
            terms_with(Lang::Fa, rule("Persian stem"), "هزینه‌ها"),
            ["هزینهها"]
        );
        assert_eq!(
            terms_with(Lang::Fa, rule("joining"), "هزینه ها"),
            ["هزینه", "ها"]
        );
        assert_eq!(
            terms_with(Lang::Fa, rule("unification"), "هزينه"),
            ["هزينه"]
        );
        // Nothing off is the pipeline as shipped.
        assert_eq!(
            terms_with(Lang::Fa, Ablation::NONE, "هزينه ها"),
            analyze(Lang::Fa, "هزينه ها")
                .into_iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn empty_after_normalisation_is_no_term() {
        assert!(analyze(Lang::Ar, "ـــ").is_empty());
        assert_eq!(analyze(Lang::Ar, "ـــ سحب").len(), 1);
    }
}
