//! Traditional to simplified Chinese, character for character, so `客戶關係管理` finds
//! `客户关系管理`.
//!
//! The table is `fast2s` (MIT; OpenCC-derived, about 2,700 characters, loaded in microseconds):
//! every mapping replaces one three-byte character with another, so a converted text has the
//! byte offsets of the original. A few help-center characters are folded further here (`帐` is
//! written `账` in account words on the mainland), and a few help-center words customers type
//! otherwise: the word a pinyin input method puts first for ours (`登陆` for `登录`, `体现` for
//! `提现`) or Taiwan's spelling (`身分`). Folded before segmenting, so the segmenter sees
//! our word wherever it stands in the query (`补保正金` is not cut around `保正金`).

use std::borrow::Cow;
use std::sync::LazyLock;

/// Further foldings after the traditional-to-simplified table, each three bytes to three bytes.
const EXTRA: &[(char, char)] = &[('帐', '账')];

/// Words folded to ours after the characters, each the same number of bytes: (typed, ours,
/// a character before it that makes it part of another word). Seventh round of issue 16, the
/// second blind batch (`信用卡冲值一直失败`, `体现申请提交两天了还卡在那不动`,
/// `收到一封邮件说要补保正金`) and the login queries (`登录密码想不起来了怎么办`).
const WORDS: &[(&str, &str, Option<char>)] = &[
    ("登陆", "登录", None),
    ("冲值", "充值", None),
    ("体现", "提现", Some('具')),
    ("保正", "保证", None),
    ("注消", "注销", None),
    ("邦定", "绑定", None),
    ("验正", "验证", None),
    ("身分", "身份", None),
    // The same input-method family for the other help-center words customers type every day.
    ("扛杆", "杠杆", None),
    ("冲钱", "充钱", None),
    ("平舱", "平仓", None),
    ("爆舱", "爆仓", None),
    ("舱位", "仓位", None),
    ("解邦", "解绑", None),
];

/// The first characters of [`WORDS`]' typed forms, sorted: most texts have none of the words,
/// and one walk over their characters says so (fourteen `contains` scans of every Chinese text
/// and term were 4% of a full build: docs/PERFORMANCE.md, "Full build, fourth round").
static FIRST_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut firsts: Vec<char> = WORDS
        .iter()
        .filter_map(|(typed, _, _)| typed.chars().next())
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
});

/// Whether any of [`WORDS`]' typed forms occurs in `text`.
fn has_typed_word(text: &str) -> bool {
    let firsts = FIRST_CHARS.as_slice();
    text.char_indices().any(|(at, c)| {
        firsts.binary_search(&c).is_ok()
            && WORDS
                .iter()
                .any(|(typed, _, _)| text[at..].starts_with(typed))
    })
}

/// `text` with each of [`WORDS`] folded to ours, unless after its exception character.
fn fold_words(text: String) -> String {
    if has_typed_word(&text) {
        fold_each_word(text)
    } else {
        text
    }
}

/// [`fold_words`] without the check: each word searched for in turn.
fn fold_each_word(mut text: String) -> String {
    for &(typed, ours, not_after) in WORDS {
        if !text.contains(typed) {
            continue;
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find(typed) {
            let before = rest[..at].chars().next_back().or(out.chars().next_back());
            out.push_str(&rest[..at]);
            if not_after.is_some() && before == not_after {
                out.push_str(typed);
            } else {
                out.push_str(ours);
            }
            rest = &rest[at + typed.len()..];
        }
        out.push_str(rest);
        text = out;
    }
    text
}

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
    Cow::Owned(fold_words(converted))
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
            // Input-method slips and Taiwan usage, folded as words; not across a word.
            ("信用卡冲值一直失败", "信用卡充值一直失败"),
            ("体现申请", "提现申请"),
            ("要补保正金", "要补保证金"),
            ("身分證", "身份证"),
            ("具体现金", "具体现金"),
            ("扛杆怎么调", "杠杆怎么调"),
        ] {
            let converted = to_simplified(traditional);
            assert_eq!(converted, simplified);
            assert_eq!(converted.len(), traditional.len());
        }
        assert!(matches!(to_simplified("USDT"), Cow::Borrowed("USDT")));
        // Each word where the text starts, in the middle and at the end.
        for &(typed, ours, _) in WORDS {
            for (text, folded) in [
                (typed.to_string(), ours.to_string()),
                (format!("我的{typed}了"), format!("我的{ours}了")),
                (format!("点{typed}"), format!("点{ours}")),
            ] {
                assert!(has_typed_word(&text), "{text}");
                assert_eq!(to_simplified(&text), folded);
            }
        }
        assert!(!has_typed_word("登录密码想不起来了怎么办"));
    }

    #[test]
    fn texts_without_a_typed_word_fold_to_themselves() {
        for (_, text) in crate::analysis::bundled_article_texts() {
            let simplified = fast2s::convert(&text);
            if !has_typed_word(&simplified) {
                assert_eq!(fold_each_word(simplified.clone()), simplified);
            }
        }
        assert_eq!(to_simplified("客户关系管理"), "客户关系管理");
    }
}
