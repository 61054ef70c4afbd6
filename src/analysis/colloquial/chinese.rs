//! Everyday Chinese verb-result and potential compounds, to the verb our articles use with its
//! object: `取出来` -> `取出`, `登不进去` -> `登`, `转回去` -> `转回`, `付不了` -> `付`; and the
//! words a pinyin input method puts first for ours (`登陆` for `登录`, `体现` for `提现`) or
//! Taiwan writes otherwise (`身分证`). Input is normalised (simplified characters).

/// Words typed for ours (same pinyin, the input method's first choice, or Taiwan usage), then
/// ours; a word holding one is asked as ours (`登陆不了` is cut `登陆|不了`, `身分证` holds
/// `身分`). Seventh round, the family of `登录密码想不起来了怎么办` and `登不进去` (login),
/// `钱充不进去` (top up) and `身分證要拍正反面嗎` (Taiwan's ID card).
const SLIPS: &[(&str, &str)] = &[
    ("登陆", "登录"),
    ("登路", "登录"),
    ("体现", "提现"),
    ("冲值", "充值"),
    ("注消", "注销"),
    ("邦定", "绑定"),
    ("保正金", "保证金"),
    ("验正", "验证"),
    ("身分", "身份"),
];

/// Result and potential complements customers put after a verb, longest first.
const COMPLEMENTS: &[&str] = &[
    "不进去",
    "不出来",
    "不回来",
    "不上去",
    "出来",
    "出去",
    "回来",
    "回去",
    "进去",
    "进来",
    "下来",
    "上去",
    "起来",
    "不了",
    "不到",
    "不上",
    "不动",
    "不进",
    "得了",
    "掉了",
];

/// Appends the written forms of the compound `word` to `out`: the verb with the first
/// character of a directional complement (`取出`, `转回`), then the bare verb.
pub(super) fn written_forms(word: &str, out: &mut Vec<String>) {
    for (slip, ours) in SLIPS {
        if word.contains(slip) {
            out.push(word.replacen(slip, ours, 1));
        }
    }
    let Some((verb, complement)) = COMPLEMENTS
        .iter()
        .find_map(|c| word.strip_suffix(c).map(|v| (v, *c)))
    else {
        return;
    };
    if verb.is_empty() {
        return;
    }
    if let Some(first) = complement
        .chars()
        .next()
        .filter(|&c| c != '不' && c != '得' && c != '掉')
    {
        out.push(format!("{verb}{first}"));
    }
    out.push(verb.to_string());
}

#[cfg(test)]
mod tests {
    fn forms(word: &str) -> Vec<String> {
        crate::analysis::written_forms(crate::lang::Lang::Zh, word)
    }

    #[test]
    fn complements_go() {
        assert_eq!(forms("取出来"), ["取出", "取"]);
        assert_eq!(forms("转回去"), ["转回", "转"]);
        assert_eq!(forms("登不进去"), ["登"]);
        assert_eq!(forms("付不了"), ["付"]);
        assert!(forms("提现").is_empty());
        assert!(forms("出来").is_empty());
    }

    #[test]
    fn slips_go_to_our_words() {
        assert_eq!(forms("登陆"), ["登录"]);
        assert_eq!(forms("身分证"), ["身份证"]);
        assert_eq!(forms("体现"), ["提现"]);
        assert!(forms("登录").is_empty());
    }
}
