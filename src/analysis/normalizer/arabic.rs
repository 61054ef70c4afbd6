//! Arabic letter normalisation: no tashkeel/harakat or tatweel, one alef, alef maksura as yeh,
//! teh marbuta as heh, and Persian yeh/kaf typed into Arabic text as their Arabic forms.

/// Whether an Arabic-script character is a mark or filler that spelling does not depend on:
/// tashkeel/harakat (U+064B-065F), superscript alef (U+0670), Quranic annotation marks, tatweel
/// (U+0640), and ZWNJ/ZWJ.
#[inline]
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{200C}'
        | '\u{200D}')
}

/// The Arabic normaliser's character map (see the module documentation).
pub(crate) fn map_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    if is_ignorable(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        'ة' | 'ۀ' | 'ە' | 'ہ' => 'ه',
        c => c,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::normalizer::unicode::fold;

    fn normalized(src: &str) -> String {
        let mut out = String::new();
        fold(src, map_char, &mut out);
        out
    }

    #[test]
    fn tashkeel_and_tatweel_go() {
        assert_eq!(normalized("السَّحْبُ"), "السحب");
        assert_eq!(normalized("ســــحب"), "سحب");
        assert_eq!(normalized("الرَّحْمٰن"), "الرحمن");
    }

    #[test]
    fn letter_variants_unify() {
        assert_eq!(normalized("أإآٱ"), "اااا");
        assert_eq!(normalized("إيداع"), "ايداع");
        assert_eq!(normalized("على"), "علي");
        assert_eq!(normalized("الهوية"), "الهويه");
        // Decomposed alef with hamza composes first, then unifies.
        assert_eq!(normalized("\u{0627}\u{0654}"), "ا");
        // Persian letters typed in Arabic text.
        assert_eq!(normalized("کیف"), "كيف");
        // Presentation forms.
        assert_eq!(normalized("ﺍﻟﺴﺤﺐ"), "السحب");
    }
}
