//! American spellings customers type, to the British ones our English articles use: `license`
//! -> `licence`, `canceled` -> `cancelled`, `authorize` -> `authorise`, `color` -> `colour`,
//! `center` -> `centre`. Like every written form, asked only for words the index does not know,
//! so an index written in American English keeps its own words. Input is normalised (lower
//! case).

/// Whole-word spellings that no suffix rule below covers, American first.
const WORDS: &[(&str, &str)] = &[
    ("licenses", "licences"),
    ("practice", "practise"),
    ("program", "programme"),
    ("programs", "programmes"),
    ("check", "cheque"),
    ("checks", "cheques"),
    ("gray", "grey"),
    ("mold", "mould"),
];

/// Abbreviations customers type on a phone, to the word our articles use. Seventh round, the
/// family of `open a pro acct` and `acct hacked` (`acct`) and `pw reset email never came`
/// (`pw`), whose entries are in the lexicon: these are spellings of one word, so they are
/// asked as that word (nearly full weight) rather than added beside it.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("acc", "account"),
    ("accnt", "account"),
    ("acnt", "account"),
    ("accts", "accounts"),
    ("pwd", "password"),
    ("passwd", "password"),
    ("pword", "password"),
    ("pswd", "password"),
    ("txn", "transaction"),
    ("txns", "transactions"),
    ("bal", "balance"),
    ("pic", "photo"),
    ("pics", "photos"),
    ("msg", "message"),
    ("msgs", "messages"),
    ("dep", "deposit"),
    ("deps", "deposits"),
    ("addr", "address"),
    ("num", "number"),
    ("verif", "verification"),
    ("fone", "phone"),
    ("mob", "mobile"),
    // The second blind batch: `why am i getting charged every nite ...`.
    ("nite", "night"),
    ("nites", "nights"),
    ("tonite", "tonight"),
    // Negations typed without the apostrophe (`i didnt even open anything new`): the index
    // knows `didn't` from one heading only, which a typo correction would reach; what they
    // say is `not`, which our FAQ headings use (`has not arrived`). The family of `fee if i
    // dont trade`.
    ("didnt", "not"),
    ("dont", "not"),
    ("doesnt", "not"),
    ("isnt", "not"),
    ("wasnt", "not"),
    ("arent", "not"),
    ("werent", "not"),
    ("havent", "not"),
    ("hasnt", "not"),
    ("wont", "not"),
    ("couldnt", "not"),
];

/// Suffix rules, American ending -> British ending, for words of at least [`MIN_STEM`]
/// letters before the ending.
const ENDINGS: &[(&str, &str)] = &[
    ("izations", "isations"),
    ("ization", "isation"),
    ("izing", "ising"),
    ("ized", "ised"),
    ("izes", "ises"),
    ("ize", "ise"),
    ("yzed", "ysed"),
    ("yze", "yse"),
    ("eled", "elled"),
    ("eling", "elling"),
    ("ors", "ours"),
    ("or", "our"),
    ("ters", "tres"),
    ("ter", "tre"),
    ("ense", "ence"),
];

/// Fewest letters before an ending: `size`, `prize`, `door`, `after` are not American spellings.
const MIN_STEM: usize = 3;

/// Appends the British spelling(s) of the American `word` to `out`.
pub(super) fn written_forms(word: &str, out: &mut Vec<String>) {
    if let Some(&(_, full)) = ABBREVIATIONS.iter().find(|(short, _)| *short == word) {
        out.push(full.to_string());
        return;
    }
    if let Some(&(_, british)) = WORDS.iter().find(|(us, _)| *us == word) {
        out.push(british.to_string());
    }
    for (us, british) in ENDINGS {
        if let Some(stem) = word.strip_suffix(us) {
            let form = format!("{stem}{british}");
            if super::chars(stem) >= MIN_STEM
                && stem.chars().all(|c| c.is_ascii_lowercase())
                && !out.contains(&form)
            {
                out.push(form);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    fn forms(word: &str) -> Vec<String> {
        crate::analysis::written_forms(crate::lang::Lang::En, word)
    }

    #[test]
    fn american_to_british() {
        assert_eq!(forms("license"), ["licence"]);
        assert!(forms("canceled").contains(&"cancelled".to_string()));
        assert!(forms("authorized").contains(&"authorised".to_string()));
        assert!(forms("color").contains(&"colour".to_string()));
        assert!(forms("center").contains(&"centre".to_string()));
        assert!(forms("size").is_empty());
        assert!(forms("deposit").is_empty());
    }

    #[test]
    fn abbreviations_to_words() {
        assert_eq!(forms("acc"), ["account"]);
        assert_eq!(forms("pwd"), ["password"]);
        assert!(forms("app").is_empty());
    }
}
