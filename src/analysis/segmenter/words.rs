//! The word segmenter shared by every language: letters and digits of one script form a word;
//! a run of Chinese characters is handed on whole, for the language's Han segmentation.

use super::Segment;
use crate::analysis::script::{classify, CharClass, Script};

/// A connector seen inside a word that belongs to it only if the word goes on after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    None,
    Joiner,
    Apostrophe,
    NumberSeparator,
}

/// What the last character added to the current word was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Letter(Script),
    Digit,
}

/// The word being built.
#[derive(Debug, Clone, Copy)]
struct Word {
    from: usize,
    to: usize,
    /// The script of the word's letters; `None` while it has only digits.
    script: Option<Script>,
    /// A run of Chinese characters rather than a word.
    han: bool,
    last: Last,
}

/// Splits text into words and Han runs.
///
/// A word is a maximal run of letters of one script and digits, with combining marks attached;
/// ZWNJ/ZWJ between letters (Persian `هزینه‌ها`), apostrophes inside a Latin word
/// (`account's`) and `.`/`,` between digits (`0.8`, `1,000`) belong to it. Everything else separates words, so
/// the segments never overlap and only separators are left out. Latin next to Arabic or Han
/// starts a new word, so a Latin run is the same word whatever language surrounds it.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordSegmenter;

impl WordSegmenter {
    /// Calls `emit` for each word and each run of Han characters of `text`, in order.
    pub(crate) fn segment(self, text: &str, mut emit: impl FnMut(Segment)) {
        let mut word: Option<Word> = None;
        let mut pending = Pending::None;
        let flush = |word: &mut Option<Word>, emit: &mut dyn FnMut(Segment)| {
            if let Some(w) = word.take() {
                let script = if w.han {
                    Script::Han
                } else {
                    w.script.unwrap_or(Script::Other)
                };
                emit(Segment::new(w.from, w.to, script));
            }
        };
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            let class = classify(c);
            match class {
                CharClass::Letter(Script::Han) => {
                    match &mut word {
                        Some(w) if w.han => w.to = end,
                        _ => {
                            flush(&mut word, &mut emit);
                            word = Some(Word {
                                from: i,
                                to: end,
                                script: Some(Script::Han),
                                han: true,
                                last: Last::Letter(Script::Han),
                            });
                        }
                    }
                    pending = Pending::None;
                }
                CharClass::Letter(script) => {
                    let continues = match &word {
                        Some(w) if !w.han && w.script.is_none_or(|s| s == script) => {
                            match pending {
                                Pending::None => true,
                                Pending::Joiner => w.last == Last::Letter(script),
                                Pending::Apostrophe => {
                                    script == Script::Latin && w.last == Last::Letter(script)
                                }
                                Pending::NumberSeparator => false,
                            }
                        }
                        _ => false,
                    };
                    if continues {
                        if let Some(w) = &mut word {
                            w.to = end;
                            w.script = Some(script);
                            w.last = Last::Letter(script);
                        }
                    } else {
                        flush(&mut word, &mut emit);
                        word = Some(Word {
                            from: i,
                            to: end,
                            script: Some(script),
                            han: false,
                            last: Last::Letter(script),
                        });
                    }
                    pending = Pending::None;
                }
                CharClass::Digit => {
                    let continues = match &word {
                        Some(w) if !w.han => match pending {
                            Pending::None => true,
                            Pending::NumberSeparator => w.last == Last::Digit,
                            Pending::Joiner | Pending::Apostrophe => false,
                        },
                        _ => false,
                    };
                    if continues {
                        if let Some(w) = &mut word {
                            w.to = end;
                            w.last = Last::Digit;
                        }
                    } else {
                        flush(&mut word, &mut emit);
                        word = Some(Word {
                            from: i,
                            to: end,
                            script: None,
                            han: false,
                            last: Last::Digit,
                        });
                    }
                    pending = Pending::None;
                }
                CharClass::Mark => match &mut word {
                    Some(w) if !w.han && pending == Pending::None => w.to = end,
                    _ => {
                        flush(&mut word, &mut emit);
                        pending = Pending::None;
                    }
                },
                CharClass::Joiner | CharClass::Apostrophe | CharClass::NumberSeparator => {
                    let wanted = match class {
                        CharClass::Joiner => Pending::Joiner,
                        CharClass::Apostrophe => Pending::Apostrophe,
                        _ => Pending::NumberSeparator,
                    };
                    let fits = match &word {
                        Some(w) if !w.han && pending == Pending::None => match wanted {
                            Pending::Joiner => matches!(w.last, Last::Letter(_)),
                            Pending::Apostrophe => w.last == Last::Letter(Script::Latin),
                            _ => w.last == Last::Digit,
                        },
                        _ => false,
                    };
                    if fits {
                        pending = wanted;
                    } else {
                        flush(&mut word, &mut emit);
                        pending = Pending::None;
                    }
                }
                CharClass::Separator => {
                    flush(&mut word, &mut emit);
                    pending = Pending::None;
                }
            }
        }
        flush(&mut word, &mut emit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Script)> {
        let mut out = Vec::new();
        WordSegmenter.segment(text, |s| out.push((&text[s.from..s.to], s.script)));
        out
    }

    fn texts(text: &str) -> Vec<&str> {
        words(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn splits_on_separators_and_keeps_connectors_inside_words() {
        assert_eq!(
            texts("Falak's fees: 0.8 pips, $1,000 (EUR/USD)."),
            ["Falak's", "fees", "0.8", "pips", "1,000", "EUR", "USD"]
        );
        assert_eq!(texts("users' rock'n'roll"), ["users", "rock'n'roll"]);
        assert_eq!(
            texts("support@falak.example"),
            ["support", "falak", "example"]
        );
        assert_eq!(texts("3-D Secure"), ["3", "D", "Secure"]);
    }

    #[test]
    fn latin_runs_are_words_of_their_own_in_any_script() {
        assert_eq!(
            words("تفعيل 2FA للحساب"),
            [
                ("تفعيل", Script::Arabic),
                ("2FA", Script::Latin),
                ("للحساب", Script::Arabic)
            ]
        );
        assert_eq!(
            words("开启2FA验证"),
            [
                ("开启", Script::Han),
                ("2FA", Script::Latin),
                ("验证", Script::Han)
            ]
        );
        assert_eq!(texts("الـUSDT"), ["الـ", "USDT"]);
        assert_eq!(texts("TRC20 ٢٠٢٤"), ["TRC20", "٢٠٢٤"]);
    }

    #[test]
    fn zwnj_and_marks_stay_inside_arabic_script_words() {
        assert_eq!(texts("هزینه‌های برداشت"), ["هزینه‌های", "برداشت"]);
        assert_eq!(texts("می‌شود\u{200C} x"), ["می‌شود", "x"]);
        assert_eq!(texts("السَّحْب"), ["السَّحْب"]);
        // A mark with no letter before it is not a word.
        assert_eq!(texts("\u{064E} ا"), ["ا"]);
    }

    #[test]
    fn han_runs_come_whole() {
        assert_eq!(
            words("客戶關係管理，CRM"),
            [("客戶關係管理", Script::Han), ("CRM", Script::Latin)]
        );
    }

    #[test]
    fn nothing_but_separators_gives_nothing() {
        assert!(texts("").is_empty());
        assert!(texts(" \t\n!?؟،。").is_empty());
        assert!(texts("'' .. \u{200C}").is_empty());
    }
}
