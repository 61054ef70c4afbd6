//! The index's Chinese words by their sound. Chinese is typed through pinyin: the customer
//! types the syllables and picks the characters from a list, so the commonest Chinese typo is
//! a word whose sound is right and whose characters are wrong (`体现` for `提现`, both
//! `tixian`; `冲值` for `充值`). Edit distance cannot see these (every character differs or
//! the word is two characters long); the sound can.

use std::collections::HashMap;

use pinyin::ToPinyin;
use tantivy::schema::Field;
use tantivy::Searcher;

/// Words this long (in characters) are looked up by sound: one character has too many
/// homophones to guess from, and longer runs are rarely one word.
const SOUNDED_CHARS: std::ops::RangeInclusive<usize> = 2..=4;

/// The words of one field's vocabulary, by their toneless pinyin.
#[derive(Debug, Default)]
pub struct Homophones {
    by_sound: HashMap<Box<str>, Vec<Box<str>>>,
}

impl Homophones {
    /// Every Han word of two to four characters in `field`'s term dictionaries, by sound.
    pub fn of_field(searcher: &Searcher, field: Field) -> Homophones {
        let mut by_sound: HashMap<Box<str>, Vec<Box<str>>> = HashMap::new();
        for segment in searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(field) else {
                continue;
            };
            let Ok(mut stream) = inverted.terms().stream() else {
                continue;
            };
            while stream.advance() {
                let Ok(word) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                let Some(sound) = sound_of(word) else {
                    continue;
                };
                let words = by_sound.entry(sound.into_boxed_str()).or_default();
                if !words.iter().any(|w| &**w == word) {
                    words.push(word.into());
                }
            }
        }
        Homophones { by_sound }
    }

    /// The words sounding like `word` (`word` itself left out), in the dictionary's order.
    pub fn of<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        sound_of(word)
            .and_then(|sound| self.by_sound.get(sound.as_str()))
            .into_iter()
            .flatten()
            .map(|w| &**w)
            .filter(move |w| *w != word)
    }

    /// How many sounds are known (for logs and tests).
    pub fn len(&self) -> usize {
        self.by_sound.len()
    }

    /// Whether no word was found.
    pub fn is_empty(&self) -> bool {
        self.by_sound.is_empty()
    }
}

/// The toneless pinyin of a Han word of two to four characters, syllables joined by spaces
/// (`提现` -> `ti xian`); `None` for other words or a character without a reading. A
/// character with several readings is taken in its commonest, which is how pinyin keyboards
/// list it first.
pub fn sound_of(word: &str) -> Option<String> {
    let n = word.chars().count();
    if !SOUNDED_CHARS.contains(&n) {
        return None;
    }
    let mut sound = String::with_capacity(n * 6);
    for reading in word.to_pinyin() {
        if !sound.is_empty() {
            sound.push(' ');
        }
        sound.push_str(reading?.plain());
    }
    Some(sound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_typed_with_the_wrong_characters_sound_alike() {
        assert_eq!(sound_of("提现").as_deref(), Some("ti xian"));
        assert_eq!(sound_of("体现"), sound_of("提现"));
        assert_eq!(sound_of("冲值"), sound_of("充值"));
        assert_eq!(sound_of("登路"), sound_of("登录"));
        assert_ne!(sound_of("提款"), sound_of("提现"));
    }

    #[test]
    fn only_han_words_of_two_to_four_characters_have_a_sound() {
        assert_eq!(sound_of("钱"), None);
        assert_eq!(sound_of("usdt"), None);
        assert_eq!(sound_of("提现a"), None);
        assert_eq!(sound_of("为什么提现这么慢"), None);
        assert_eq!(sound_of("人工客服").as_deref(), Some("ren gong ke fu"));
    }
}
