//! The query sets measure the content, not copies of themselves: no query of `tests/queries`
//! or `tests/messages` (every `.jsonl` file, at any depth) may have a run of two or more of its
//! words written into an article's `keywords` or a synonyms file. Words are the analyzer's
//! normalised terms (case, diacritics, script variants, Chinese segmentation) with stop words
//! left out, so `Delete  MY account` copied as `delete account` is caught; in Chinese, where a
//! copied phrase may segment differently, any four Han characters in a row are caught too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use dalil::analysis::{analyze_exact, is_stop_word, words_of};
use dalil::content::{load_content, Article};
use dalil::Lang;

use crate::support::bundled_content;

/// Han characters in a row that count as a copied phrase whatever the segmentation.
const HAN_RUN: usize = 4;

/// Persian light verbs: `باز کردن` (to open) is one verb, so `کردن` joins no pair.
const LIGHT_VERBS: [&str; 8] = ["کردن", "شدن", "کرد", "شد", "شده", "کنم", "کنید", "کند"];

/// The query sets' own folders.
const SET_DIRS: [&str; 2] = ["tests/queries", "tests/messages"];

/// Every `.jsonl` file under `dir`, at any depth, sorted.
fn jsonl_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            jsonl_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "jsonl") {
            out.push(path);
        }
    }
    out.sort();
}

/// Every query or message of the sets, with `file:line` for the report.
fn set_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in SET_DIRS {
        jsonl_files(&root.join(dir), &mut files);
    }
    // 4 languages x (retrieval, its held-out part, messages and their kept-aside part, and
    // the colloquial tuning part with its fourteen blind batches and twelve held-out parts, and
    // the pinyin slips): a folder that goes missing escapes the check.
    assert!(
        files.len() >= 213,
        "query and message files found: {files:?}"
    );
    // Every colloquial part the scores read (`colloquial::PARTS`), in every language: a renamed
    // folder cannot drop out unseen, and a new batch is checked once it is scored.
    for (_, dir) in crate::colloquial::PARTS {
        for lang in Lang::ALL {
            let file = root.join(dir).join(format!("{}.jsonl", lang.code()));
            assert!(files.contains(&file), "{} is checked", file.display());
        }
    }
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("query file");
        let name = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}:{}: {e}", i + 1));
            // A line whose text this check cannot find would escape it: fail instead.
            let q = ["q", "text", "query", "message"]
                .iter()
                .find_map(|k| v.get(k).and_then(|s| s.as_str()))
                .unwrap_or_else(|| panic!("{name}:{}: no q or text field", i + 1));
            out.push((format!("{name}:{}", i + 1), q.to_string()));
        }
    }
    out
}

/// The normalised non-stop-word terms of `text` in order, one per position (the longest of
/// overlapping Chinese words).
pub fn terms(lang: Lang, text: &str) -> Vec<String> {
    words_of(analyze_exact(lang, text))
        .into_iter()
        .filter(|t| {
            !(is_stop_word(lang, t) || lang == Lang::Fa && LIGHT_VERBS.contains(&t.as_str()))
        })
        .collect()
}

fn pairs(terms: &[String]) -> impl Iterator<Item = (String, String)> + '_ {
    terms.windows(2).map(|w| (w[0].clone(), w[1].clone()))
}

fn han_runs(text: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text.to_lowercase().chars().collect();
    chars
        .windows(HAN_RUN)
        .filter(|w| w.iter().all(|c| is_han(*c)))
        .map(|w| w.iter().collect())
        .collect()
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// One writer's phrase: where it is written, its language, its text and the word pairs and
/// Han runs of the prose it stands for, which it may share with queries.
struct Entry {
    place: String,
    lang: Lang,
    text: String,
    prose: Prose,
}

/// Word pairs and Han runs of articles' own text (title, summary, headings, body).
#[derive(Default, Clone)]
struct Prose {
    pairs: BTreeSet<(String, String)>,
    han: BTreeSet<String>,
}

impl Prose {
    fn add(&mut self, lang: Lang, text: &str) {
        self.pairs.extend(pairs(&terms(lang, text)));
        self.han.extend(han_runs(text));
    }
}

fn article_prose(a: &Article, into: &mut Prose) {
    into.add(a.lang, &a.title);
    into.add(a.lang, a.summary.as_deref().unwrap_or(""));
    for s in &a.sections {
        into.add(a.lang, &s.heading);
        into.add(a.lang, &s.text);
    }
}

/// Every keyword and synonym phrase. A keyword stands for its article's prose; a synonym for
/// the prose of every article of its language.
fn writer_entries() -> Vec<Entry> {
    let report = load_content(&bundled_content());
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let mut out = Vec::new();
    let mut by_lang: BTreeMap<Lang, Prose> = BTreeMap::new();
    for a in &report.articles {
        let mut own = Prose::default();
        article_prose(a, &mut own);
        article_prose(a, by_lang.entry(a.lang).or_default());
        for k in &a.keywords {
            out.push(Entry {
                place: format!("content/{}/{}.md keywords", a.lang.code(), a.id),
                lang: a.lang,
                text: k.clone(),
                prose: own.clone(),
            });
        }
    }
    for (lang, groups) in &report.synonyms {
        for phrase in groups.iter().flatten() {
            out.push(Entry {
                place: format!("content/synonyms/{}.toml", lang.code()),
                lang: *lang,
                text: phrase.clone(),
                prose: by_lang.get(lang).cloned().unwrap_or_default(),
            });
        }
    }
    assert!(
        out.len() > 100,
        "keywords and synonyms found: {}",
        out.len()
    );
    out
}

/// The copies found: a run of two or more words (four or more Han characters) of a query
/// that a keyword or synonym holds and the prose it stands for does not. A phrase the
/// articles themselves use may be a keyword or synonym: it finds nothing the text would not.
fn copies(texts: &[(String, String)], entries: &[Entry]) -> Vec<String> {
    let mut query_pairs: BTreeMap<Lang, Vec<BTreeSet<(String, String)>>> = BTreeMap::new();
    let query_han: Vec<BTreeSet<String>> = texts.iter().map(|(_, q)| han_runs(q)).collect();
    let mut found = Vec::new();
    for e in entries {
        let per_query = query_pairs.entry(e.lang).or_insert_with(|| {
            texts
                .iter()
                .map(|(_, q)| pairs(&terms(e.lang, q)).collect())
                .collect()
        });
        let entry_pairs: BTreeSet<_> = pairs(&terms(e.lang, &e.text)).collect();
        let entry_han = han_runs(&e.text);
        for (i, (at, q)) in texts.iter().enumerate() {
            let shared: Vec<String> = per_query[i]
                .intersection(&entry_pairs)
                .filter(|p| !e.prose.pairs.contains(*p))
                .map(|(a, b)| format!("{a} {b}"))
                .chain(
                    query_han[i]
                        .intersection(&entry_han)
                        .filter(|r| !e.prose.han.contains(*r))
                        .cloned(),
                )
                .collect();
            if !shared.is_empty() {
                let short: String = q.chars().take(60).collect();
                found.push(format!(
                    "{at}: {short:?} shares {shared:?} with {:?} in {}",
                    e.text, e.place
                ));
            }
        }
    }
    found
}

#[test]
fn no_query_is_copied_into_keywords_or_synonyms() {
    let found = copies(&set_texts(), &writer_entries());
    assert!(
        found.is_empty(),
        "{} query phrases written into the content (reword the query, or drop the entry \
         unless the article's own subject justifies it):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_check_catches_a_copy_however_it_is_spelled() {
    let entries = [
        ("talk to a real person", Lang::En),
        ("حذف اکانت", Lang::Fa),
        ("有人登录我的账户", Lang::Zh),
        ("حد دخل حسابي", Lang::Ar),
    ]
    .map(|(text, lang)| Entry {
        place: "test".into(),
        lang,
        text: text.into(),
        prose: Prose::default(),
    });
    let q = |s: &str| vec![("q".to_string(), s.to_string())];
    for (query, expected) in [
        ("How do I TALK  to a real   person?", 1),
        ("میخوام اکانتمو حذف اکانت کنم", 1),
        ("昨天有人登錄我的賬戶", 1),
        ("هل حد دخل حسابي", 1),
        ("talk to someone real", 0),
        ("person", 0),
        ("حذف حساب", 0),
    ] {
        assert_eq!(
            copies(&q(query), &entries).len(),
            expected,
            "{query:?}: {:?}",
            copies(&q(query), &entries)
        );
    }
}

/// Terms in a row a customers' question (`content/asked/`) may share with a query of our sets.
const ASKED_RUN: usize = 4;
/// Han characters in a row it may share.
const ASKED_HAN_RUN: usize = 6;

/// The places of the customers' questions that copy a query of ours: the same terms, a run of
/// [`ASKED_RUN`] terms or of [`ASKED_HAN_RUN`] Han characters in common. The questions teach
/// the ranking which words go with which article; one that holds a query would teach it that
/// query's answer, and the sets would no longer measure anything unseen.
fn asked_copies(texts: &[(String, String)], asked: &dalil::content::Asked) -> Vec<String> {
    let runs = |ts: &[String]| -> BTreeSet<String> {
        if ts.len() < ASKED_RUN {
            return BTreeSet::from([ts.join(" ")]);
        }
        ts.windows(ASKED_RUN).map(|w| w.join(" ")).collect()
    };
    let han = |text: &str| -> BTreeSet<String> {
        let chars: Vec<char> = text.chars().filter(|c| is_han(*c)).collect();
        chars
            .windows(ASKED_HAN_RUN)
            .map(|w| w.iter().collect())
            .collect()
    };
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let suffix = format!("/{}.jsonl:", lang.code());
        let queries: Vec<&(String, String)> = texts
            .iter()
            .filter(|(place, _)| place.contains(&suffix))
            .collect();
        let mut query_runs: BTreeMap<String, &str> = BTreeMap::new();
        let mut query_han: BTreeMap<String, &str> = BTreeMap::new();
        for (place, q) in &queries {
            let ts = terms(lang, q);
            if ts.is_empty() {
                continue;
            }
            for r in runs(&ts) {
                query_runs.entry(r).or_insert(place);
            }
            for r in han(q) {
                query_han.entry(r).or_insert(place);
            }
        }
        for e in asked.get(&lang).into_iter().flatten() {
            for q in &e.questions {
                let ts = terms(lang, q);
                let hit = runs(&ts)
                    .into_iter()
                    .filter(|r| !r.is_empty())
                    .find_map(|r| query_runs.get(&r).map(|p| (r.clone(), *p)))
                    .or_else(|| {
                        han(q)
                            .into_iter()
                            .find_map(|r| query_han.get(&r).map(|p| (r.clone(), *p)))
                    });
                if let Some((run, place)) = hit {
                    found.push(format!(
                        "asked/{}.toml `{}`: {q:?} shares {run:?} with {place}",
                        lang.code(),
                        e.article
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn no_query_is_copied_into_customers_questions() {
    let report = load_content(&bundled_content());
    let asked = &report.asked;
    assert!(
        Lang::ALL
            .iter()
            .all(|l| asked.get(l).is_some_and(|e| e.len() >= 20)),
        "every language files customers' questions for its articles"
    );
    let found = asked_copies(&set_texts(), asked);
    assert!(
        found.is_empty(),
        "{} customers' questions copy a query of our sets (reword or drop the question):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_asked_check_catches_a_copy() {
    let mut asked = dalil::content::Asked::new();
    asked.insert(
        Lang::En,
        vec![dalil::content::AskedEntry {
            article: "withdraw-funds".into(),
            line: 1,
            questions: vec![
                "Wheres my CASH-OUT gone since monday".into(),
                "card top up declined".into(),
            ],
        }],
    );
    asked.insert(
        Lang::Zh,
        vec![dalil::content::AskedEntry {
            article: "withdrawals-faq".into(),
            line: 1,
            questions: vec!["请问我的提现怎么还没到账呢".into()],
        }],
    );
    let texts = [
        (
            "tests/x/en.jsonl:1".to_string(),
            "hey wheres my cash out gone since monday??".to_string(),
        ),
        (
            "tests/x/zh.jsonl:1".to_string(),
            "提现怎么还没到账".to_string(),
        ),
        (
            "tests/x/en.jsonl:2".to_string(),
            "deposit declined".to_string(),
        ),
    ];
    let found = asked_copies(&texts, &asked);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("withdraw-funds") && found[1].contains("withdrawals-faq"));
}
