//! Traditional to simplified Chinese, character for character, so `客戶關係管理` finds
//! `客户关系管理`.
//!
//! The table is `fast2s` (MIT; OpenCC-derived, about 2,700 characters, loaded in microseconds):
//! every mapping replaces one three-byte character with another, so a converted text has the
//! byte offsets of the original. A few help-center characters are folded further here (`帐` is
//! written `账` in account words on the mainland).

use std::borrow::Cow;

/// Further foldings after the traditional-to-simplified table, each three bytes to three bytes.
const EXTRA: &[(char, char)] = &[('帐', '账')];

/// Whether `c` can change in conversion (the CJK blocks).
#[inline]
fn is_convertible(c: char) -> bool {
    c >= '\u{3400}'
}

/// The simplified form of `text`; borrowed when nothing can change (no CJK characters).
pub(crate) fn to_simplified(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_convertible) {
        return Cow::Borrowed(text);
    }
    let mut converted = fast2s::convert(text);
    for &(from, to) in EXTRA {
        if converted.contains(from) {
            converted = converted.replace(from, to.encode_utf8(&mut [0; 4]));
        }
    }
    Cow::Owned(converted)
}

/// Converts a term to simplified characters in place.
pub(crate) fn normalize(term: &mut String) {
    if let Cow::Owned(simplified) = to_simplified(term) {
        *term = simplified;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_becomes_simplified_with_the_same_length() {
        for (traditional, simplified) in [
            ("客戶關係管理", "客户关系管理"),
            ("雙重驗證", "双重验证"),
            ("提現", "提现"),
            ("強制平倉", "强制平仓"),
            ("槓桿", "杠杆"),
            ("帳戶", "账户"),
            ("帐户", "账户"),
        ] {
            let converted = to_simplified(traditional);
            assert_eq!(converted, simplified);
            assert_eq!(converted.len(), traditional.len());
        }
        assert!(matches!(to_simplified("USDT"), Cow::Borrowed("USDT")));
        assert_eq!(to_simplified("客户关系管理"), "客户关系管理");
    }
}
