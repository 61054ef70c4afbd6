//! The query builder and everything a search runs (language routing, typo expansion,
//! did-you-mean, snippets), autocomplete and suggested answers, on arbitrary text over a small
//! real index: never a panic, never an internal error.
#![no_main]

use std::path::Path;
use std::sync::{Arc, OnceLock};

use dalil::content::{parse_article, LoadReport};
use dalil::index::{write_index, Fingerprint, IndexDir, LoadedIndex};
use dalil::search::{Engine, SearchRequest, SuggestRequest};
use dalil::Lang;
use libfuzzer_sys::fuzz_target;

const ARTICLES: [(Lang, &str, &str); 4] = [
    (
        Lang::En,
        "withdrawals",
        "---\ntitle: Withdrawals\ntype: faq\n---\n\n## How long does a withdrawal take?\n\nUsually one business day; fees depend on the card.\n",
    ),
    (
        Lang::Ar,
        "withdrawals",
        "---\ntitle: السحب\ntype: faq\n---\n\n## كم يستغرق السحب؟\n\nعادةً يوم عمل واحد.\n",
    ),
    (
        Lang::Fa,
        "withdrawals",
        "---\ntitle: برداشت\ntype: faq\n---\n\n## برداشت چقدر طول می‌کشد؟\n\nمعمولاً یک روز کاری.\n",
    ),
    (
        Lang::Zh,
        "withdrawals",
        "---\ntitle: 提现\ntype: faq\n---\n\n## 提现需要多久？\n\n通常一个工作日。\n",
    ),
];

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        // One fixed folder, rebuilt at each start: runs leave at most this one behind.
        let dir = std::env::temp_dir().join("dalil-fuzz-query-index");
        let _ = std::fs::remove_dir_all(&dir);
        let articles: Vec<_> = ARTICLES
            .iter()
            .map(|(lang, id, md)| {
                let path = Path::new(lang.code()).join(format!("{id}.md"));
                parse_article(&path, *lang, id, md.as_bytes()).expect("valid article")
            })
            .collect();
        let index_dir = IndexDir::new(&dir);
        write_index(
            &index_dir,
            &LoadReport { articles, ..Default::default() },
            None,
            &Fingerprint::of_dir(&dir),
            || {},
        )
        .expect("build");
        Engine::new(Arc::new(LoadedIndex::open(&index_dir).expect("open")))
    })
}

fuzz_target!(|text: &str| {
    let engine = engine();
    for lang in [
        None,
        Some(Lang::En),
        Some(Lang::Ar),
        Some(Lang::Fa),
        Some(Lang::Zh),
    ] {
        let req = SearchRequest {
            q: text.to_string(),
            lang,
            category: None,
            article_type: None,
            limit: 10,
            offset: 0,
        };
        if let Err(e) = engine.search(&req) {
            assert!(e.is_bad_request(), "{e}");
        }
        if let Err(e) = engine.autocomplete(text, lang, 6) {
            assert!(e.is_bad_request(), "{e}");
        }
    }
    let req = SuggestRequest {
        text: text.to_string(),
        lang: None,
        limit: 3,
    };
    if let Err(e) = engine.suggest(&req) {
        assert!(e.is_bad_request(), "{e}");
    }
});
