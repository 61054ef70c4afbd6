//! Scripts: which writing system a character or a term belongs to, and the character classes the
//! word segmenter works with.

use unicode_normalization::char::is_combining_mark;

use crate::text::is_han;

/// The writing system of a term, so callers can decide typo tolerance (Latin/Arabic yes, Han no).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Script {
    /// Latin letters, including full-width forms (`ＵＳＤＴ`) and Latin ligatures.
    Latin,
    /// The Arabic script, used by Arabic and Persian.
    Arabic,
    /// Chinese characters (CJK unified and compatibility ideographs).
    Han,
    /// Anything else: other scripts, and terms without letters (numbers).
    #[default]
    Other,
}

/// Returns the script of a term: the script of its first letter, or [`Script::Other`] when it
/// has no letter (a number).
pub fn script_of(term: &str) -> Script {
    term.chars()
        .find_map(|c| match classify(c) {
            CharClass::Letter(script) => Some(script),
            _ => None,
        })
        .unwrap_or(Script::Other)
}

/// What a character is to the word segmenter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CharClass {
    /// A letter of a script.
    Letter(Script),
    /// A digit or other numeric character (`7`, `٧`, `۷`, `７`, `²`).
    Digit,
    /// A combining mark (harakat, accents); it belongs to the letter before it.
    Mark,
    /// ZWNJ or ZWJ: inside an Arabic-script word it is part of the word.
    Joiner,
    /// An apostrophe: inside a Latin word (`account's`) it is part of the word.
    Apostrophe,
    /// A decimal or thousands separator: between digits (`0.8`, `1,000`) it is part of the number.
    NumberSeparator,
    /// Everything else separates words.
    Separator,
}

/// Classifies one character, with a table-free fast path for ASCII.
#[inline]
pub(crate) fn classify(c: char) -> CharClass {
    if c.is_ascii() {
        return match c {
            'a'..='z' | 'A'..='Z' => CharClass::Letter(Script::Latin),
            '0'..='9' => CharClass::Digit,
            '\'' => CharClass::Apostrophe,
            '.' | ',' => CharClass::NumberSeparator,
            _ => CharClass::Separator,
        };
    }
    match c {
        // The letters of running Arabic, Persian and Chinese text, without table lookups.
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => {
            return CharClass::Letter(Script::Arabic)
        }
        '\u{4E00}'..='\u{9FFF}' => return CharClass::Letter(Script::Han),
        '\u{200C}' | '\u{200D}' => return CharClass::Joiner,
        '\u{2019}' | '\u{FF07}' => return CharClass::Apostrophe,
        '\u{066B}' | '\u{066C}' => return CharClass::NumberSeparator,
        _ => {}
    }
    if is_combining_mark(c) {
        return CharClass::Mark;
    }
    if is_han(c) {
        return CharClass::Letter(Script::Han);
    }
    if c.is_numeric() {
        return CharClass::Digit;
    }
    if !c.is_alphabetic() {
        return CharClass::Separator;
    }
    if is_arabic(c) {
        CharClass::Letter(Script::Arabic)
    } else if is_latin(c) {
        CharClass::Letter(Script::Latin)
    } else {
        CharClass::Letter(Script::Other)
    }
}

/// The Arabic blocks, supplements, presentation forms and mathematical letters.
fn is_arabic(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{1EE00}'..='\u{1EEFF}')
}

/// Latin letters outside ASCII: Latin-1, the extended blocks, ligatures and full-width forms.
fn is_latin(c: char) -> bool {
    matches!(c,
        '\u{00AA}'
        | '\u{00BA}'
        | '\u{00C0}'..='\u{024F}'
        | '\u{0250}'..='\u{02AF}'
        | '\u{1D00}'..='\u{1DBF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{A720}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB6F}'
        | '\u{FB00}'..='\u{FB06}'
        | '\u{FF21}'..='\u{FF3A}'
        | '\u{FF41}'..='\u{FF5A}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_of_terms() {
        assert_eq!(script_of("usdt"), Script::Latin);
        assert_eq!(script_of("ＵＳＤＴ"), Script::Latin);
        assert_eq!(script_of("2fa"), Script::Latin);
        assert_eq!(script_of("سحب"), Script::Arabic);
        assert_eq!(script_of("هزینه"), Script::Arabic);
        assert_eq!(script_of("提现"), Script::Han);
        assert_eq!(script_of("2024"), Script::Other);
        assert_eq!(script_of("привет"), Script::Other);
        assert_eq!(script_of(""), Script::Other);
    }

    #[test]
    fn character_classes() {
        assert_eq!(classify('a'), CharClass::Letter(Script::Latin));
        assert_eq!(classify('é'), CharClass::Letter(Script::Latin));
        assert_eq!(classify('٣'), CharClass::Digit);
        assert_eq!(classify('۳'), CharClass::Digit);
        assert_eq!(classify('３'), CharClass::Digit);
        assert_eq!(classify('\u{064E}'), CharClass::Mark);
        assert_eq!(classify('\u{0640}'), CharClass::Letter(Script::Arabic));
        assert_eq!(classify('\u{200C}'), CharClass::Joiner);
        assert_eq!(classify('’'), CharClass::Apostrophe);
        assert_eq!(classify('٫'), CharClass::NumberSeparator);
        assert_eq!(classify('，'), CharClass::Separator);
        assert_eq!(classify('؟'), CharClass::Separator);
        assert_eq!(classify('客'), CharClass::Letter(Script::Han));
    }
}
