//! A query's shape (issue 16): whether it asks about a situation - why, when, where, how
//! long, something that did not happen or does not work (`wheres my withdrawal`, `ليش رفضتو
//! الصورة`, `پولم کی میرسه`, `提现一直没收到`) - which an FAQ's questions answer, or asks how to
//! do something (`how do i`, `ازاي`, `چطوری`, `怎么`), which a guide answers. Help centers keep
//! both kinds on one subject (a withdrawal guide beside the withdrawals FAQ), and customers'
//! words match both about equally; the shape says which of the two the customer is after.
//!
//! Told by a few question words, negations and "how do I" words per language, looked for in
//! the query's normalised words (the exact pipeline's terms, so spelling variants count) and,
//! in Chinese, in its characters (words there are not cut reliably around these particles).
//! Golden tests: `src/analysis/golden_tests.rs`, `golden_shape!`.

use std::sync::LazyLock;

use crate::analysis::analyze_exact;
use crate::lang::Lang;

/// What a query asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryShape {
    /// A question about a situation or a problem: an FAQ's kind of answer.
    Question,
    /// How to do something: a guide's kind of answer.
    Task,
    /// Neither (a bare subject: `min deposit`, `spread`).
    Plain,
}

/// Words and phrases (comma-separated) that make a query a question about a situation, per
/// language. Negations and faults count: a customer writing that something did not arrive,
/// is stuck or shows an error has a problem, not a task.
const QUESTION: [(Lang, &str); 4] = [
    (
        Lang::Ar,
        // why, when, where, how much / how many, what, whether, still; not, did not, is not;
        // a fault: error, problem, bug, stuck
        "ليش, ليه, لماذا, لمه, علاش, متى, امتى, وين, فين, كم, كام, قديش, شحال, شكد, وش, ايش, \
         شو, ايه, هل, \
         لسه, لسا, للحين, لحد الان, \
         مش, مو, ما, لم, لا, ماهو, مب, \
         خطأ, مشكلة, مشكل, ارور, ايرور, باج, كراش, عطل, معلق, علق, واقف, واقفة, \
         وقتاش, ايمتى, امتا, قديه, شنهو, اشنو, موب",
    ),
    (
        Lang::Fa,
        // why, when, how much, what is it, what should I do, still, whether; not, did not
        // happen, did not arrive; a fault: error, problem, bug, stuck, hangs, crashes
        "چرا, کی, چقدر, چیه, چی, چیکار, چکار, هنوز, آیا, مگه, \
         نه, نشد, نشده, نیومد, نیومده, نیامده, نرسیده, نرسید, نداره, \
         خطا, ارور, مشکل, باگ, گیر, هنگ, کرش",
    ),
    (
        Lang::Zh,
        // why, what happened, what do I do, how long, (question particle), not, what; a
        // fault: error, problem, stuck, crashes, failed (simplified and traditional); spoken
        // 咋 (how): what do I do, what happened, how come it still; something that keeps
        // happening or has lasted (sixth round): all along, always, still shows, for days;
        // Cantonese why, not, have not, and why on earth (seventh round)
        "咋办, 咋辦, 咋整, 咋回事, 咋还, 咋還, 为什么, 為什麼, 为啥, 為啥, 怎么回事, 怎麼回事, 怎么办, 怎麼辦, 多久, 多长时间, 多長時間, \
         吗, 嗎, 没, 沒, 不, 啥, 什么, 什麼, \
         错误, 錯誤, 报错, 報錯, 问题, 問題, 卡住, 卡了, 闪退, 閃退, 失败, 失敗, \
         一直, 总是, 總是, 老是, 还是显示, 還是顯示, 好几天, 好幾天, \
         点解, 點解, 凭什么, 憑什麼, 唔, 冇",
    ),
    (
        Lang::En,
        "why, when, where, wheres, what, whats, how long, how much, how many, still, \
         not, never, cant, cannot, wont, didnt, doesnt, dont, isnt, havent, hasnt, arent, \
         wasnt, werent, can't, won't, didn't, doesn't, don't, isn't, haven't, hasn't, aren't, \
         wasn't, weren't, \
         error, problem, issue, bug, stuck, frozen, crash, crashes, crashing, declined, \
         rejected, pending, failed, bounced",
    ),
];

/// Words and phrases (comma-separated) that make a query a task: how do I, I want to.
const TASK: [(Lang, &str); 4] = [
    (
        Lang::Ar,
        "كيف, كيفية, ازاي, إزاي, كيفاش, شلون, اشلون, عايز, عاوز, عايزة, عاوزة, ابي, ابغى, ابغا, \
         بدي, بدنا, بغيت, بغينا, اريد, ودي, نبي, نبغى, ابا, حابب, حاب, محتاج",
    ),
    (
        Lang::Fa,
        "چطوری, چطور, چجوری, چگونه, میخوام, میخواهم, میخواستم, می خوام, می خواهم",
    ),
    // Spoken 咋 alone is "how (do I)": `限价单咋挂`; its question phrases above decide first.
    (
        Lang::Zh,
        "怎么, 怎麼, 如何, 怎样, 怎樣, 我要, 我想, 想要, 咋, 点样, 點樣",
    ),
    (
        Lang::En,
        "how do i, how to, how can i, how do you, want to, wanna, need to, i want",
    ),
];

/// The phrases of `lang` in a table.
fn phrases(
    table: &'static [(Lang, &'static str); 4],
    lang: Lang,
) -> impl Iterator<Item = &'static str> {
    table
        .iter()
        .filter(move |(l, _)| *l == lang)
        .flat_map(|(_, list)| list.split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// Chinese "can I use" (simplified and traditional): a task, before any question marker.
const CAN_I_USE_ZH: &[&str] = &["能用", "能不能用", "可以用", "可不可以用"];

/// The Persian spoken and written negative present prefix (`نمیاد`, `نمیتونم`, `نمی‌شود`).
const PERSIAN_NEGATIVE_PREFIX: &str = "نمی";

/// Marker phrases of each language as exact-pipeline terms, by [`Lang::index`].
struct Markers {
    question: Vec<Vec<Vec<String>>>,
    task: Vec<Vec<Vec<String>>>,
    persian_negative: String,
}

static MARKERS: LazyLock<Markers> = LazyLock::new(|| {
    let terms = |table: &'static [(Lang, &'static str); 4]| -> Vec<Vec<Vec<String>>> {
        let mut by_lang = vec![Vec::new(); Lang::ALL.len()];
        for lang in Lang::ALL {
            by_lang[lang.index()] = phrases(table, lang)
                .map(|p| analyze_exact(lang, p).into_iter().map(|t| t.text).collect())
                .filter(|t: &Vec<String>| !t.is_empty())
                .collect();
        }
        by_lang
    };
    let persian_negative = analyze_exact(Lang::Fa, PERSIAN_NEGATIVE_PREFIX)
        .into_iter()
        .next()
        .map_or_else(|| PERSIAN_NEGATIVE_PREFIX.to_string(), |t| t.text);
    Markers {
        question: terms(&QUESTION),
        task: terms(&TASK),
        persian_negative,
    }
});

/// Whether an Arabic word is a verb negated by the spoken circumfix: `ماوصلش`, with the
/// conjunction `و` (`وماوصلاتش`), or `م` before a present verb (`مبيفتحش`, `متقدرش`).
fn arabic_negated(w: &str) -> bool {
    let w = w
        .strip_prefix('و')
        .filter(|rest| rest.starts_with('م'))
        .unwrap_or(w);
    let Some(inner) = w.strip_suffix('ش') else {
        return false;
    };
    let verb = inner.strip_prefix("ما").or_else(|| {
        inner
            .strip_prefix('م')
            .filter(|r| r.starts_with(['ب', 'ي', 'ت', 'ن']))
    });
    verb.is_some_and(|v| v.chars().count() >= 2)
}

/// Arabic words with the conjunction `و` (and) taken off where two letters or more remain, so
/// `وما وصلتني`, `ومش شغال`, `وليش` count as the negation or question word they carry (an
/// empty list in other languages, or when no word starts with `و`).
fn arabic_without_wa(lang: Lang, words: &[String]) -> Vec<String> {
    if lang != Lang::Ar || !words.iter().any(|w| w.starts_with('و')) {
        return Vec::new();
    }
    words
        .iter()
        .map(|w| match w.strip_prefix('و') {
            Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
            _ => w.clone(),
        })
        .collect()
}

/// The shape of query `q` in `lang`: a question when it has a question word or a negation
/// (these decide even beside "how": `how long`, `كيف ما وصل`), else a task when it has a
/// "how do I" word, else plain.
pub fn query_shape(lang: Lang, q: &str) -> QueryShape {
    let markers = &*MARKERS;
    let slot = lang.index();
    if lang == Lang::Zh {
        let has =
            |table: &'static [(Lang, &'static str); 4]| phrases(table, lang).any(|p| q.contains(p));
        // "Can I use X" asks which ways there are, which a guide lists, even with its 吗 or the
        // 不 of 能不能 (sixth round: `能用支付宝吗`, `能不能用U充值啊`).
        if CAN_I_USE_ZH.iter().any(|p| q.contains(p)) {
            return QueryShape::Task;
        }
        return if has(&QUESTION) {
            QueryShape::Question
        } else if has(&TASK) {
            QueryShape::Task
        } else {
            QueryShape::Plain
        };
    }
    let words: Vec<String> = analyze_exact(lang, q).into_iter().map(|t| t.text).collect();
    let bare = arabic_without_wa(lang, &words);
    let contains = |phrase: &[String]| {
        words.windows(phrase.len()).any(|w| w == phrase)
            || bare.windows(phrase.len()).any(|w| w == phrase)
    };
    let negated = words.iter().any(|w| match lang {
        // The spoken negation circumfix `ما...ش` (`ماوصلش`, `مابيفتحش`).
        Lang::Ar => arabic_negated(w),
        Lang::Fa => {
            w.starts_with(markers.persian_negative.as_str())
                && w.chars().count() > markers.persian_negative.chars().count()
        }
        _ => false,
    });
    if negated || markers.question[slot].iter().any(|p| contains(p)) {
        QueryShape::Question
    } else if markers.task[slot].iter().any(|p| contains(p)) {
        QueryShape::Task
    } else {
        QueryShape::Plain
    }
}
