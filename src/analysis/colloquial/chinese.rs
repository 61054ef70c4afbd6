//! Everyday Chinese verb-result and potential compounds, to the verb our articles use with its
//! object: `取出来` -> `取出`, `登不进去` -> `登`, `转回去` -> `转回`, `付不了` -> `付`. Input
//! is normalised (simplified characters; input-method slips such as `登陆` already folded to
//! ours by the normaliser).

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
}
