//! Chinese typed through pinyin: the index's words that sound like an unknown query word
//! (`体现` -> `提现`), the pinyin keyboard's typo ([`crate::index::Homophones`]).

use super::fuzzy::Expansion;
use crate::index::Homophones;

/// The words of `homophones` sounding like `word`, in as many sections as `sections_with` says
/// (none found in no section), commonest first; at most `limit`. Each counts as one edit.
pub fn sound_alike(
    homophones: &Homophones,
    word: &str,
    limit: usize,
    sections_with: impl Fn(&str) -> u64,
) -> Vec<Expansion> {
    let mut found: Vec<Expansion> = homophones
        .of(word)
        .filter_map(|w| {
            let doc_freq = sections_with(w);
            (doc_freq > 0).then(|| Expansion {
                text: w.to_string(),
                distance: 1,
                doc_freq,
            })
        })
        .collect();
    found.sort_by(|a, b| {
        b.doc_freq
            .cmp(&a.doc_freq)
            .then_with(|| a.text.cmp(&b.text))
    });
    found.truncate(limit);
    found
}

#[cfg(test)]
mod tests {
    use crate::index::open_files;
    use crate::search::{Engine, RankingParams, SearchRequest};
    use crate::Lang;

    /// A withdrawal guide and a profile guide.
    fn engine(dir: &std::path::Path, chinese_sound_alike: bool) -> Engine {
        let files = [
            (
                "zh/withdraw.md",
                "---\ntitle: 如何提现\ntype: tutorial\n---\n\n## 提交提现申请\n\n\
在钱包里选择提现，填写金额后提交申请，审核一般在一个工作日内完成。\n",
            ),
            (
                "zh/profile.md",
                "---\ntitle: 修改个人资料\ntype: tutorial\n---\n\n## 更新地址\n\n\
在个人资料页面修改地址，然后提交新的证明文件。\n",
            ),
        ];
        let params = RankingParams {
            chinese_sound_alike,
            ..RankingParams::default()
        };
        Engine::with_params(open_files(dir, &files), params)
    }

    fn first(engine: &Engine, q: &str) -> Option<String> {
        engine
            .search(&SearchRequest {
                q: q.into(),
                lang: Some(Lang::Zh),
                limit: 3,
                ..SearchRequest::default()
            })
            .expect("search")
            .results
            .into_iter()
            .next()
            .map(|h| h.id)
    }

    #[test]
    fn a_word_typed_with_the_wrong_characters_finds_the_word_of_its_sound() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let on = engine(&tmp.path().join("on"), true);
        let off = engine(&tmp.path().join("off"), false);
        // `申核` (shenhe) is no word of either page: the pinyin slip of the guide's `审核`.
        assert_eq!(first(&on, "申核").as_deref(), Some("withdraw"));
        assert_eq!(first(&off, "申核"), None);
        assert_eq!(first(&on, "提款申核要多久").as_deref(), Some("withdraw"));
        // A word the index knows is taken as typed: no guessing at its sound.
        assert_eq!(first(&on, "修改地址").as_deref(), Some("profile"));
    }

    #[test]
    fn the_word_of_its_sound_is_offered_as_the_correction() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let on = engine(tmp.path(), true);
        let resp = on
            .search(&SearchRequest {
                q: "提款申核要多久".into(),
                lang: Some(Lang::Zh),
                limit: 3,
                ..SearchRequest::default()
            })
            .expect("search");
        assert_eq!(resp.did_you_mean.as_deref(), Some("提款审核要多久"));
    }

    #[test]
    fn only_words_of_the_index_sounding_alike_are_offered() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let on = engine(tmp.path(), true);
        let index = on.index();
        let sections_with = |w: &str| u64::from(w == "审核");
        let found = super::sound_alike(index.homophones(), "申核", 3, sections_with);
        let words: Vec<&str> = found.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(words, ["审核"]);
        assert!(super::sound_alike(index.homophones(), "钱包里", 3, |_| 1).is_empty());
    }
}
