//! The languages dalil knows, their codes and text direction, and query-language detection.
//!
//! This is the only module that knows `whatlang`. Adding a language means adding a variant here,
//! an analyzer in `analysis`, and interface strings in `web`.

use std::fmt;
use std::str::FromStr;

use crate::text::is_han;

/// A content and query language. Serialized as its code (`"en"`) in every format: JSON, and
/// the index's postcard catalog too, where serde's derived enum encoding would write a variant
/// number instead of the code the catalog has always held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Ar,
    Fa,
    Zh,
}

impl Lang {
    /// Every configured language, in display order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ar, Lang::Fa, Lang::Zh];

    /// The ISO 639-1 code used in folder names, URLs and the API.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Zh => "zh",
        }
    }

    /// Position in [`Lang::ALL`], for per-language arrays.
    pub const fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Ar => 1,
            Lang::Fa => 2,
            Lang::Zh => 3,
        }
    }

    /// Parses a language code (`en`, `ar`, `fa`, `zh`; case-insensitive, region subtags ignored).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Whether pages in this language read right to left.
    pub const fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa)
    }

    /// The language's own name, for language switchers.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Fa => "فارسی",
            Lang::Zh => "中文",
        }
    }

    /// All configured codes joined for error messages (`en, ar, fa, zh`).
    pub fn codes_list() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }
}

/// The codes, for serde's "expected one of" messages.
const CODES: [&str; 4] = ["en", "ar", "fa", "zh"];

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    /// Exactly a code (no case folding or region subtags, unlike [`Lang::from_code`]), with
    /// serde's own message for anything else.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s: std::borrow::Cow<'_, str> = serde::Deserialize::deserialize(d)?;
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| serde::de::Error::unknown_variant(&s, &CODES))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is not one of the configured languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (expected one of {list})", list = Lang::codes_list())]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

/// The outcome of detecting a query's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detection {
    /// The most likely language.
    pub lang: Lang,
    /// A second language that is about as likely (short Arabic-script text that could be
    /// Arabic or Persian); the query should be searched with both analyzers.
    pub also: Option<Lang>,
}

impl Detection {
    fn sure(lang: Lang) -> Self {
        Detection { lang, also: None }
    }

    /// The languages to search, most likely first.
    pub fn langs(&self) -> Vec<Lang> {
        std::iter::once(self.lang).chain(self.also).collect()
    }
}

/// Letters only Persian uses; one of them settles the question.
const PERSIAN_ONLY: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ی', 'ک', 'ۀ'];
/// Letters Persian writers do not use (teh marbuta and alef maksura in running text, hamza seats
/// that Persian spells differently).
const ARABIC_ONLY: &[char] = &['ة', 'ى', 'إ', 'ؤ'];
/// Frequent function words, after Arabic-keyboard folding (ي for ی, ك for ک).
const PERSIAN_WORDS: &[&str] = &[
    "است",
    "مي",
    "را",
    "اين",
    "که",
    "كه",
    "با",
    "براي",
    "چرا",
    "چه",
    "چطور",
    "چگونه",
    "هست",
    "نمي",
    "شده",
    "كنم",
    "كنيد",
    "ميخواهم",
    "من",
    "شما",
    "ها",
    "هاي",
    "آيا",
    "يا",
    "تا",
    "اگر",
    "پول",
    "حساب",
    "برداشت",
    "واريز",
    "كجا",
    "چند",
    "روز",
    "دارم",
    "ندارم",
    "بايد",
    "شود",
    "نمي‌شود",
];
const ARABIC_WORDS: &[&str] = &[
    "في",
    "من",
    "على",
    "هل",
    "كيف",
    "ماذا",
    "لماذا",
    "متى",
    "الى",
    "إلى",
    "عن",
    "هذا",
    "هذه",
    "التي",
    "الذي",
    "لا",
    "لم",
    "لن",
    "ما",
    "هو",
    "هي",
    "انا",
    "أنا",
    "أريد",
    "اريد",
    "يمكنني",
    "كم",
    "مع",
    "حسابي",
    "عند",
    "قد",
    "تم",
    // Spoken Arabic's question and function words (Egyptian, Levantine, Gulf, Iraqi,
    // Maghrebi): customers write them instead of the words above, and Persian has none of
    // them, so a dialect query with no article or Arabic-only letter is not left to whatlang,
    // which takes short ones for Persian.
    "ازاي",
    "إزاي",
    "ليش",
    "ليه",
    "شو",
    "شلون",
    "شنو",
    "ايش",
    "إيش",
    "وش",
    "كيفاش",
    "علاش",
    "واش",
    "فين",
    "وين",
    "امتى",
    "إمتى",
    "مش",
    "مو",
    "عايز",
    "عاوز",
    "ابغى",
    "أبغى",
    "ابغا",
    "بدي",
    "اللي",
    "عشان",
    "علشان",
    "دلوقتي",
    "هلأ",
    "هلق",
    "هيك",
    "كده",
    "كدا",
    "بتاعي",
    "ديالي",
    "ديال",
    "عندكم",
    "عدكم",
    "بيكم",
    "معاكم",
    "مافي",
    "ماكو",
];

/// Detects the language of a query or message among the configured languages.
///
/// Script decides first (Han -> Chinese, Latin only -> English); Arabic-script text is told
/// apart by letters and function words, falling back to `whatlang`, and reported as ambiguous
/// when nothing decides.
pub fn detect(text: &str) -> Detection {
    let mut han = 0usize;
    let mut arabic = 0usize;
    let mut latin = 0usize;
    for c in text.chars() {
        match c {
            c if is_han(c) => han += 1,
            '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}' => arabic += 1,
            c if c.is_alphabetic() => latin += 1,
            _ => {}
        }
    }
    if han == 0 && arabic == 0 {
        return Detection::sure(Lang::En);
    }
    // A few Han characters outweigh Latin letters: one Chinese word is 2-3 characters.
    if han * 3 >= arabic.max(latin) && han >= arabic {
        return Detection::sure(Lang::Zh);
    }
    if arabic == 0 {
        return Detection::sure(Lang::En);
    }
    arabic_or_persian(text)
}

fn arabic_or_persian(text: &str) -> Detection {
    let mut fa_score = 0i32;
    let mut ar_score = 0i32;
    for c in text.chars() {
        if PERSIAN_ONLY.contains(&c) {
            fa_score += 3;
        } else if ARABIC_ONLY.contains(&c) {
            ar_score += 3;
        }
    }
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\u{200C}') {
        if word.is_empty() {
            continue;
        }
        let folded: String = word
            .chars()
            .map(|c| match c {
                'ی' => 'ي',
                'ک' => 'ك',
                c => c,
            })
            .collect();
        if PERSIAN_WORDS.contains(&folded.as_str()) {
            fa_score += 2;
        }
        if ARABIC_WORDS.contains(&folded.as_str()) {
            ar_score += 2;
        }
        // The Arabic article is a strong hint (Persian loans with al- are rare in queries).
        if folded.starts_with("ال") && folded.chars().count() > 3 {
            ar_score += 2;
        }
        // Persian verb prefix mi-/nemi- written with ZWNJ.
        if word.starts_with("می\u{200C}")
            || word.starts_with("نمی\u{200C}")
            || word.starts_with("مي\u{200C}")
        {
            fa_score += 3;
        }
    }
    if fa_score > ar_score + 1 {
        return Detection::sure(Lang::Fa);
    }
    if ar_score > fa_score + 1 {
        return Detection::sure(Lang::Ar);
    }
    let detector =
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Ara, whatlang::Lang::Pes]);
    let guess = match detector.detect_lang(text) {
        Some(whatlang::Lang::Pes) => Lang::Fa,
        _ => Lang::Ar,
    };
    let other = if guess == Lang::Ar {
        Lang::Fa
    } else {
        Lang::Ar
    };
    Detection {
        lang: guess,
        also: Some(other),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_language_serializes_as_its_code_in_json_and_postcard() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
            // The catalog held codes as strings: the enum writes the same bytes.
            let bytes = postcard::to_stdvec(&lang).unwrap();
            assert_eq!(bytes, postcard::to_stdvec(lang.code()).unwrap());
            assert_eq!(postcard::from_bytes::<Lang>(&bytes).unwrap(), lang);
        }
        let err = serde_json::from_str::<Lang>("\"xx\"")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("unknown variant `xx`, expected one of `en`, `ar`, `fa`, `zh`"),
            "{err}"
        );
        assert!(
            serde_json::from_str::<Lang>("\"EN\"").is_err(),
            "exactly a code"
        );
    }

    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("fa-IR"), Some(Lang::Fa));
        assert_eq!(Lang::from_code("ZH_tw"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("de"), None);
        assert!("xx"
            .parse::<Lang>()
            .unwrap_err()
            .to_string()
            .contains("en, ar, fa, zh"));
    }

    #[test]
    fn detects_by_script() {
        assert_eq!(detect("how do I withdraw money").lang, Lang::En);
        assert_eq!(detect("如何提款").lang, Lang::Zh);
        assert_eq!(detect("客戶關係管理 CRM").lang, Lang::Zh);
        assert_eq!(detect("USDT 提现").lang, Lang::Zh);
    }

    #[test]
    fn tells_arabic_from_persian() {
        assert_eq!(detect("چگونه پول برداشت کنم"), Detection::sure(Lang::Fa));
        assert_eq!(
            detect("كيف أسحب الأموال من حسابي"),
            Detection::sure(Lang::Ar)
        );
        // Persian typed on an Arabic keyboard: no Persian-only letters, Persian words.
        assert_eq!(detect("چرا برداشت من انجام نمي شود").lang, Lang::Fa);
        assert_eq!(detect("هزینه برداشت").lang, Lang::Fa);
        assert_eq!(detect("رسوم السحب").lang, Lang::Ar);
    }

    #[test]
    fn spoken_arabic_words_are_arabic() {
        // None has an article or an Arabic-only letter, which left them to whatlang.
        for q in [
            "ازاي اغير رقمي",
            "شو رقمكم",
            "كيفاش نبدل رقمي",
            "شلون اغير رقمي",
            "وين رقمكم",
            "عايز رقم تليفونكم",
        ] {
            assert_eq!(detect(q), Detection::sure(Lang::Ar), "{q}");
        }
        // Persian on an Arabic keyboard with a word both languages write stays Persian.
        assert_eq!(detect("ميخوام شماره موبايلم رو عوض كنم").lang, Lang::Fa);
    }

    #[test]
    fn ambiguous_arabic_script_searches_both() {
        let d = detect("تحويل");
        assert_eq!(d.langs().len(), 2);
        assert!(d.langs().contains(&Lang::Ar) && d.langs().contains(&Lang::Fa));
    }
}
