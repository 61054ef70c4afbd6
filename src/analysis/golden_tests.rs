//! Golden tests: text in, terms out, for every rule of every language. Each table row is one
//! test; a failing row prints what the analyzer produced, with the original text of each term.

use crate::analysis::{
    analyze, analyze_exact, query_shape, written_forms, AnalysisOptions, AnalyzedToken, QueryShape,
};
use crate::lang::Lang;

/// Which pipeline a row runs.
#[derive(Debug, Clone, Copy)]
enum Pipeline {
    Full,
    Exact,
}

fn run(lang: Lang, pipeline: Pipeline, text: &str) -> Vec<AnalyzedToken> {
    match pipeline {
        Pipeline::Full => analyze(lang, text),
        Pipeline::Exact => analyze_exact(lang, text),
    }
}

/// The terms with their offsets and the original text they cover, for failure messages.
fn dump(text: &str, tokens: &[AnalyzedToken]) -> String {
    tokens
        .iter()
        .map(|t| {
            let source = text
                .get(t.offset_from..t.offset_to)
                .unwrap_or("<not a slice>");
            format!(
                "({:?}, {}, {}) @{} from {source:?}",
                t.text, t.offset_from, t.offset_to, t.position
            )
        })
        .collect::<Vec<_>>()
        .join("\n    ")
}

fn check_terms(lang: Lang, pipeline: Pipeline, text: &str, expected: &[&str]) {
    let tokens = run(lang, pipeline, text);
    let terms: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        terms,
        expected,
        "\nhelp: {lang} {pipeline:?} analysed {text:?} into\n    {}",
        dump(text, &tokens)
    );
}

fn check_offsets(lang: Lang, pipeline: Pipeline, text: &str, expected: &[(&str, usize, usize)]) {
    let tokens = run(lang, pipeline, text);
    let got: Vec<(&str, usize, usize)> = tokens
        .iter()
        .map(|t| (t.text.as_str(), t.offset_from, t.offset_to))
        .collect();
    assert_eq!(
        got,
        expected,
        "\nhelp: {lang} {pipeline:?} analysed {text:?} into\n    {}",
        dump(text, &tokens)
    );
}

fn check_meet(lang: Lang, pipeline: Pipeline, texts: &[&str]) {
    let terms = |text: &str| -> Vec<String> {
        run(lang, pipeline, text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    };
    let first = terms(texts[0]);
    assert!(!first.is_empty(), "{:?} gives no term", texts[0]);
    for text in &texts[1..] {
        assert_eq!(
            terms(text),
            first,
            "\nhelp: {lang} {pipeline:?}: {text:?} should give the terms of {:?}",
            texts[0]
        );
    }
}

/// `name: Lang Pipeline "input" => ["term", ...];`
macro_rules! golden_terms {
    ($($name:ident: $lang:ident $pipeline:ident $input:literal => [$($term:literal),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                check_terms(Lang::$lang, Pipeline::$pipeline, $input, &[$($term),*]);
            }
        )*
    };
}

/// `name: Lang Pipeline "input" => [("term", from, to), ...];`
macro_rules! golden_offsets {
    ($($name:ident: $lang:ident $pipeline:ident $input:literal
        => [$(($term:literal, $from:literal, $to:literal)),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                check_offsets(
                    Lang::$lang,
                    Pipeline::$pipeline,
                    $input,
                    &[$(($term, $from, $to)),*],
                );
            }
        )*
    };
}

/// `name: Lang Pipeline ["spelling", "other spelling", ...];` — all give the same terms.
macro_rules! golden_meet {
    ($($name:ident: $lang:ident $pipeline:ident [$($input:literal),+ $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                check_meet(Lang::$lang, Pipeline::$pipeline, &[$($input),+]);
            }
        )*
    };
}

/// The spoken word's written forms (query side only, issue 16) reach the term of the written
/// word; `spoken` is looked at as the exact pipeline emits it when that is one word.
fn check_written(lang: Lang, spoken: &str, written: &str) {
    let target = analyze(lang, written)
        .into_iter()
        .next()
        .map(|t| t.text)
        .unwrap_or_default();
    let exact = analyze_exact(lang, spoken);
    let word = match exact.as_slice() {
        [one] => one.text.clone(),
        _ => spoken.to_string(),
    };
    let reached: Vec<String> = written_forms(lang, &word)
        .iter()
        .filter_map(|f| analyze(lang, f).into_iter().next().map(|t| t.text))
        .collect();
    assert!(
        reached.contains(&target),
        "\nhelp: {lang} {spoken:?} ({word:?}) reaches {reached:?}, not {target:?} (from {written:?})"
    );
}

/// `name: Lang "spoken" => "written";` — the spoken word's written forms reach the written one.
macro_rules! golden_written {
    ($($name:ident: $lang:ident $spoken:literal => $written:literal;)*) => {
        $(
            #[test]
            fn $name() {
                check_written(Lang::$lang, $spoken, $written);
            }
        )*
    };
}

/// `name: Lang "query" => Shape;` — the query's shape (question, task or plain).
macro_rules! golden_shape {
    ($($name:ident: $lang:ident $query:literal => $shape:ident;)*) => {
        $(
            #[test]
            fn $name() {
                assert_eq!(
                    query_shape(Lang::$lang, $query),
                    QueryShape::$shape,
                    "\nhelp: {} {:?}: see the marker tables of src/analysis/shape.rs",
                    Lang::$lang,
                    $query
                );
            }
        )*
    };
}

/// `name: Lang ["word", ...] => bool;` — whether each word's full-pipeline term is a stop word.
macro_rules! golden_stop_words {
    ($($name:ident: $lang:ident [$($word:literal),+ $(,)?] => $stop:literal;)*) => {
        $(
            #[test]
            fn $name() {
                for word in [$($word),+] {
                    // Only the words: Chinese grams share the position of their word.
                    let tokens = analyze(Lang::$lang, word);
                    let words = tokens
                        .iter()
                        .enumerate()
                        .filter(|(i, t)| *i == 0 || tokens[i - 1].position != t.position)
                        .map(|(_, t)| t);
                    for token in words {
                        assert_eq!(
                            AnalysisOptions::default().is_stop_word(Lang::$lang, &token.text),
                            $stop,
                            "help: {word:?} analysed to {:?}",
                            token.text
                        );
                    }
                }
            }
        )*
    };
}

// All languages: NFKC, case folding, digits, and Latin runs analysed the same everywhere.
golden_offsets! {
    all_fullwidth_en: En Full "ＵＳＤＴ" => [("usdt", 0, 12)];
    all_fullwidth_ar: Ar Full "ＵＳＤＴ" => [("usdt", 0, 12)];
    all_fullwidth_fa: Fa Full "ＵＳＤＴ" => [("usdt", 0, 12)];
    all_fullwidth_zh: Zh Full "ＵＳＤＴ" => [("usdt", 0, 12)];
    all_arabic_indic_digits_ar: Ar Full "٢٠٢٤" => [("2024", 0, 8)];
    all_persian_digits_fa: Fa Full "۲۰۲۴" => [("2024", 0, 8)];
    all_arabic_indic_digits_en: En Full "٢٠٢٤" => [("2024", 0, 8)];
    all_persian_digits_zh: Zh Full "۲۰۲۴年" => [("2024", 0, 8), ("年", 8, 11)];
    all_fullwidth_digits_zh: Zh Full "２０２４年" => [("2024", 0, 12), ("年", 12, 15)];
    latin_run_2fa_en: En Full "Enable 2FA" => [("enabl", 0, 6), ("2fa", 7, 10)];
    latin_run_2fa_ar: Ar Full "تفعيل 2FA" => [("تفعيل", 0, 10), ("2fa", 11, 14)];
    latin_run_2fa_fa: Fa Full "فعال‌سازی 2FA" => [("فعالساز", 0, 19), ("2fa", 20, 23)];
    latin_run_2fa_zh: Zh Full "开启2FA" => [("开启", 0, 6), ("2fa", 6, 9)];
    latin_run_possessive_ar: Ar Full "Falak's" => [("falak", 0, 7)];
    latin_run_pair_fa: Fa Full "EUR/USD" => [("eur", 0, 3), ("usd", 4, 7)];
    latin_run_network_zh: Zh Full "TRC20网络" => [("trc20", 0, 5), ("网络", 5, 11)];
    latin_run_stemmed_ar: Ar Full "Withdrawals" => [("withdraw", 0, 11)];
    latin_run_next_to_arabic: Ar Full "الـUSDT" => [("ال", 0, 6), ("usdt", 6, 10)];
    numbers_keep_decimals: En Full "0.8 pips" => [("0.8", 0, 3), ("pip", 4, 8)];
    numbers_lose_thousands_separators: Ar Full "١٬٠٠٠ $1,000" => [("1000", 0, 10), ("1000", 12, 17)];
}

golden_terms! {
    all_case_folding: En Full "USDT CRM Falak" => ["usdt", "crm", "falak"];
    all_case_folding_exact: Zh Exact "CRM系统" => ["crm", "系统"];
    all_ligatures_and_compatibility: En Exact "ﬁle Ⅻ ①" => ["file", "xii", "1"];
    all_brand_names_in_arabic: Ar Full "محفظة Skrill وNeteller" => ["محفظ", "skrill", "و", "netel"];
}

golden_meet! {
    latin_runs_meet_across_en_ar: En Full ["2FA USDT TRC20 CRM", "２ＦＡ ＵＳＤＴ ＴＲＣ２０ ＣＲＭ"];
    latin_runs_meet_in_arabic: Ar Full ["2FA USDT TRC20 CRM", "2fa usdt trc20 crm"];
}

#[test]
fn latin_runs_give_the_same_terms_in_every_language() {
    for text in [
        "2FA",
        "CRM",
        "USDT",
        "EUR/USD",
        "TRC20",
        "Falak's",
        "Withdrawals",
    ] {
        let english: Vec<String> = analyze(Lang::En, text)
            .into_iter()
            .map(|t| t.text)
            .collect();
        let english_exact: Vec<String> = analyze_exact(Lang::En, text)
            .into_iter()
            .map(|t| t.text)
            .collect();
        for lang in Lang::ALL {
            let terms: Vec<String> = analyze(lang, text).into_iter().map(|t| t.text).collect();
            assert_eq!(terms, english, "{lang} {text}");
            let exact: Vec<String> = analyze_exact(lang, text)
                .into_iter()
                .map(|t| t.text)
                .collect();
            assert_eq!(exact, english_exact, "{lang} {text} (exact)");
        }
    }
}

// English.
golden_offsets! {
    en_possessive: En Full "Falak's account’s" => [("falak", 0, 7), ("account", 8, 19)];
    en_possessive_exact: En Exact "Falak's" => [("falak", 0, 7)];
    en_stemming: En Full "withdrawals deposits verified" => [
        ("withdraw", 0, 11), ("deposit", 12, 20), ("verifi", 21, 29)
    ];
    en_exact_keeps_surface_forms: En Exact "Withdrawals Deposits" => [
        ("withdrawals", 0, 11), ("deposits", 12, 20)
    ];
    en_separators: En Full "support@falak.example" => [
        ("support", 0, 7), ("falak", 8, 13), ("exampl", 14, 21)
    ];
}

golden_meet! {
    en_withdrawal_forms_meet: En Full ["withdrawals", "withdrawal", "Withdrawal", "WITHDRAWALS"];
    en_possessive_forms_meet: En Full ["Falak's", "Falak’s", "falak", "FALAK＇S"];
}

golden_stop_words! {
    en_stop_words: En ["the", "How", "do", "does", "I", "my", "is", "what", "Can"] => true;
    en_content_words: En ["withdrawal", "fee", "account", "deposit", "USDT", "leverage"] => false;
}

// Arabic.
golden_terms! {
    ar_tashkeel_removed: Ar Exact "السَّحْبُ" => ["السحب"];
    ar_superscript_alef_removed: Ar Exact "هٰذا" => ["هذا"];
    ar_tatweel_removed: Ar Exact "ســـحب" => ["سحب"];
    ar_alef_forms_unified: Ar Exact "أموال إيداع آمن ٱلسحب" => ["اموال", "ايداع", "امن", "السحب"];
    ar_alef_maksura_to_yeh: Ar Exact "على مستوى" => ["علي", "مستوي"];
    ar_teh_marbuta_to_heh: Ar Exact "بطاقة الهوية" => ["بطاقه", "الهويه"];
    ar_persian_letters_folded: Ar Exact "کیف" => ["كيف"];
    ar_prefix_article: Ar Full "السحب" => ["سحب"];
    ar_prefix_bi_al: Ar Full "بالسحب" => ["سحب"];
    ar_prefix_wa_al: Ar Full "والسحب" => ["سحب"];
    ar_prefix_fa_al: Ar Full "فالسحب" => ["سحب"];
    ar_prefix_ka_al: Ar Full "كالسحب" => ["سحب"];
    ar_prefix_li_l: Ar Full "للحساب" => ["حساب"];
    ar_prefix_wa: Ar Full "وسحب" => ["سحب"];
    ar_prefix_bi: Ar Full "بسحب" => ["سحب"];
    ar_prefix_li: Ar Full "لحسابك" => ["حساب"];
    ar_suffix_ha: Ar Full "سحبها" => ["سحب"];
    ar_suffix_at: Ar Full "الحسابات" => ["حساب"];
    ar_suffix_un: Ar Full "المتداولون" => ["متداول"];
    ar_suffix_in: Ar Full "المتداولين" => ["متداول"];
    ar_suffix_an: Ar Full "حسابان" => ["حساب"];
    ar_suffix_iyya: Ar Full "الشخصية" => ["شخص"];
    ar_suffix_ya: Ar Full "حسابي" => ["حساب"];
    ar_suffix_ka: Ar Full "حسابك" => ["حساب"];
    ar_suffix_kum: Ar Full "حسابكم" => ["حساب"];
    ar_suffix_hum: Ar Full "حسابهم" => ["حساب"];
    ar_suffix_na: Ar Full "حسابنا" => ["حساب"];
    ar_suffix_h: Ar Full "حسابه" => ["حساب"];
    ar_suffixes_stack: Ar Full "حساباتكم" => ["حساب"];
    ar_teh_marbuta_before_pronoun: Ar Full "بطاقتي" => ["طاق"];
    ar_min_stem_kept: Ar Full "بنك البنك وقت وقتك ضمان" => ["بنك", "بنك", "وقت", "وقت", "ضمان"];
}

golden_offsets! {
    ar_offsets_point_into_the_original: Ar Full "رسوم السَّحْب" => [("رسوم", 0, 8), ("سحب", 9, 25)];
    ar_digits_in_text: Ar Full "سحب ٣ مرات" => [("سحب", 0, 6), ("3", 7, 9), ("مرات", 10, 18)];
}

golden_meet! {
    ar_withdrawal_forms_meet: Ar Full ["بالسحب", "السحب", "سحب", "والسحب", "وبالسحب"];
    ar_plural_forms_meet: Ar Full ["السحوبات", "سحوبات", "والسحوبات"];
    ar_card_forms_meet: Ar Full ["بطاقة", "البطاقة", "بالبطاقة", "بطاقتي", "بطاقتك"];
    ar_account_forms_meet: Ar Full ["حساب", "الحساب", "حسابي", "حساباتكم", "للحساب", "بحسابك"];
    ar_spelling_variants_meet: Ar Full ["إيداع", "ايداع", "الإيداع", "الايداع"];
    ar_marks_do_not_matter: Ar Full ["السَّحْبُ", "السحب", "الســحب"];
}

golden_stop_words! {
    ar_stop_words: Ar ["من", "في", "على", "إلى", "كيف", "هل", "هذه", "التي", "لا"] => true;
    ar_content_words: Ar ["السحب", "رسوم", "حسابي", "بطاقة", "إيداع", "الهوية", "تحويل"] => false;
}

// Persian.
golden_terms! {
    fa_arabic_yeh_kaf_folded: Fa Exact "هزينه كارمزد يك" => ["هزینه", "کارمزد", "یک"];
    fa_alef_maksura_folded: Fa Exact "موسى" => ["موسی"];
    fa_heh_variants_folded: Fa Exact "خانۀ شرکة" => ["خانه", "شرکه"];
    fa_diacritics_removed: Fa Exact "مُشتَری" => ["مشتری"];
    fa_tatweel_removed: Fa Exact "بــرداشت" => ["برداشت"];
    fa_zwnj_removed_in_exact: Fa Exact "هزینه‌های" => ["هزینههای"];
    fa_detached_plural_joined_exact: Fa Exact "هزینه های" => ["هزینههای"];
    fa_suffix_ha: Fa Full "کدها" => ["کد"];
    fa_suffix_hay: Fa Full "حساب‌های" => ["حساب"];
    fa_suffix_an: Fa Full "کاربران" => ["کاربر"];
    fa_suffix_at: Fa Full "اطلاعات" => ["اطلاع"];
    fa_suffix_tar: Fa Full "بیشتر" => ["بیش"];
    fa_suffix_tarin: Fa Full "بیشترین" => ["بیش"];
    fa_suffix_tarin_detached: Fa Full "بیش ترین" => ["بیش"];
    fa_ezafe_after_zwnj: Fa Full "هزینه‌ی برداشت" => ["هزینه", "برداشت"];
    fa_indefinite_after_zwnj: Fa Full "هیچ هزینه‌ای" => ["هیچ", "هزینه"];
    fa_ezafe_adjective: Fa Full "بانکی" => ["بانک"];
    fa_min_stem_kept: Fa Full "زمان مالی کمتر" => ["زمان", "مالی", "کمتر"];
    fa_digits: Fa Full "۳ روز" => ["3", "روز"];
    fa_joins_only_across_spaces: Fa Full "هزینه، ها" => ["هزینه", "ها"];
}

golden_offsets! {
    fa_joined_term_spans_both_words: Fa Full "هزینه های برداشت" => [
        ("هزینه", 0, 17), ("برداشت", 18, 30)
    ];
    fa_zwnj_term_offsets: Fa Full "هزینه‌های برداشت" => [("هزینه", 0, 19), ("برداشت", 20, 32)];
    fa_verb_prefix_joined: Fa Exact "نمی شود" => [("نمیشود", 0, 13)];
}

golden_meet! {
    fa_zwnj_does_not_matter: Fa Full ["هزینه‌های", "هزینههای", "هزینه های"];
    fa_zwnj_does_not_matter_exact: Fa Exact ["هزینه‌های", "هزینههای", "هزینه های"];
    fa_plural_meets_singular: Fa Full ["هزینه‌های", "هزینه", "هزینه‌ها"];
    fa_arabic_keyboard_meets_persian: Fa Full ["هزينه", "هزینه"];
    fa_arabic_keyboard_sentence: Fa Full ["چرا برداشت من انجام نمي شود", "چرا برداشت من انجام نمی‌شود"];
    fa_verb_prefix_spellings_meet: Fa Full ["می شود", "می‌شود", "میشود", "مي شود"];
}

golden_stop_words! {
    fa_stop_words: Fa ["و", "در", "به", "از", "که", "این", "را", "برای", "چرا", "می‌شود", "نمي شود"] => true;
    fa_content_words: Fa ["برداشت", "هزینه", "حساب", "واریز", "کارمزد", "احراز", "هویت"] => false;
}

// Chinese.
golden_offsets! {
    zh_dictionary_words: Zh Exact "如何提现USDT" => [("如何", 0, 6), ("提现", 6, 12), ("usdt", 12, 16)];
    zh_bigrams_cross_word_ends: Zh Full "如何提现USDT" => [
        ("如何", 0, 6), ("何提", 3, 9), ("提现", 6, 12), ("usdt", 12, 16)
    ];
    zh_search_mode_adds_inner_words: Zh Exact "强制平仓" => [
        ("强制平仓", 0, 12), ("强制", 0, 6), ("平仓", 6, 12)
    ];
    zh_bigrams_and_inner_words: Zh Full "强制平仓" => [
        ("强制平仓", 0, 12), ("强制", 0, 6), ("制平", 3, 9), ("平仓", 6, 12)
    ];
    zh_traditional_keeps_its_offsets: Zh Exact "雙重驗證" => [
        ("双重验证", 0, 12), ("双重", 0, 6), ("验证", 6, 12)
    ];
    zh_punctuation_separates: Zh Full "入金，出金。" => [("入金", 0, 6), ("出金", 9, 15)];
}

golden_terms! {
    zh_extra_words: Zh Full "入金 出金 点差 杠杆 止损 止盈 提现" => [
        "入金", "出金", "点差", "杠杆", "止损", "止盈", "提现"
    ];
    zh_extra_long_words: Zh Exact "隔夜利息" => ["隔夜利息", "隔夜", "利息"];
    zh_extra_margin: Zh Exact "保证金" => ["保证金", "保证"];
    zh_fullwidth_latin: Zh Full "ＵＳＤＴ提现" => ["usdt", "提现"];
    zh_traditional_to_simplified: Zh Exact "開啟" => ["开启"];
    zh_account_variants: Zh Full "帳戶" => ["账户"];
}

golden_meet! {
    zh_traditional_meets_simplified: Zh Full ["客戶關係管理", "客户关系管理"];
    zh_traditional_meets_simplified_exact: Zh Exact ["客戶關係管理", "客户关系管理"];
    zh_two_factor_spellings: Zh Full ["雙重驗證", "双重验证"];
    zh_forced_liquidation_spellings: Zh Full ["強制平倉", "强制平仓"];
}

golden_stop_words! {
    zh_stop_words: Zh ["的", "了", "吗", "呢", "我", "你", "是", "在", "如何", "為什麼"] => true;
    zh_content_words: Zh ["提现", "手续费", "账户", "入金", "验证", "银行卡"] => false;
}

#[test]
fn zh_search_mode_terms_share_the_word_position() {
    let positions: Vec<(String, usize)> = analyze(Lang::Zh, "设置强制平仓")
        .into_iter()
        .map(|t| (t.text, t.position))
        .collect();
    assert_eq!(
        positions,
        [
            ("设置".to_string(), 0),
            ("置强".to_string(), 0),
            ("强制平仓".to_string(), 1),
            ("强制".to_string(), 1),
            ("制平".to_string(), 1),
            ("平仓".to_string(), 1)
        ]
    );
}

#[test]
fn fa_joined_terms_leave_no_gap_in_positions() {
    let positions: Vec<usize> = analyze(Lang::Fa, "هزینه های برداشت")
        .iter()
        .map(|t| t.position)
        .collect();
    assert_eq!(positions, [0, 1]);
}

// Colloquial forms (issue 16): applied to queries only, to words the index does not know.
golden_written! {
    ar_present_bi_prefix: Ar "بيقفل" => "يقفل";
    ar_present_b_prefix_first_person: Ar "بدخل" => "دخل";
    ar_present_person_prefix_left_bare: Ar "بيقفل" => "قفل";
    ar_passive_it: Ar "اترفضت" => "رفض";
    ar_passive_in: Ar "انخصمت" => "خصم";
    ar_future_h: Ar "هيوصل" => "يوصل";
    ar_future_hah: Ar "حيوصل" => "يوصل";
    ar_negation_ma_sh: Ar "ماوصلش" => "وصل";
    ar_negation_m_sh_around_present: Ar "مبيفتحش" => "فتح";
    ar_dative_clitic: Ar "بيطلعلي" => "طلع";
    ar_spoken_subject_ending: Ar "رفضتو" => "رفض";
    ar_ala_run_into_the_article: Ar "عالحساب" => "حساب";
    ar_ala_run_into_the_article_phone: Ar "عالتطبيق" => "تطبيق";
    ar_negation_after_the_conjunction_wa: Ar "وماوصلتش" => "وصل";
    ar_maghrebi_feminine_past_at: Ar "وماوصلاتش" => "وصل";
    ar_loanword_plural_at: Ar "الكودات" => "كود";
    ar_maghrebi_present_k: Ar "كياخد" => "ياخد";
    ar_maghrebi_present_k_first_person: Ar "كنصيفط" => "صيفط";
    ar_long_vowel_doubled_in_a_transliteration: Ar "الباسوورد" => "باسورد";
    fa_object_clitic_mo: Fa "حسابمو" => "حساب";
    fa_object_clitic_ro: Fa "تترو" => "تتر";
    fa_object_clitic_to: Fa "ایمیلتو" => "ایمیل";
    fa_object_clitic_sho_on_loanword: Fa "اکانتشو" => "اکانت";
    fa_spoken_plural: Fa "قیمتا" => "قیمت‌ها";
    fa_verb_mikham: Fa "میخوام" => "می‌خواهم";
    fa_verb_mishe: Fa "میشه" => "می‌شود";
    fa_verb_nemitunam: Fa "نمیتونم" => "نمی‌توانم";
    fa_verb_mikone: Fa "می‌کنه" => "می‌کند";
    fa_verb_nemiad: Fa "نمیاد" => "نمی‌آید";
    fa_chetori: Fa "چطوری" => "چطور";
    fa_chie: Fa "چیه" => "چیست";
    zh_result_complement_chulai: Zh "取出来" => "取出";
    zh_result_complement_huiqu: Zh "转回去" => "转回";
    zh_potential_complement: Zh "付不了" => "付";
}

// Query shape (issue 16): a question or problem (an FAQ answers it) or a task (a guide does).
golden_shape! {
    en_question_word: En "wheres my withdrawal" => Question;
    en_question_phrase_beats_how: En "how long does it take" => Question;
    en_negation_contracted: En "app won't open" => Question;
    en_fault_reported: En "withdrawal stuck" => Question;
    en_task: En "How do I reset my password" => Task;
    en_plain_subject: En "min deposit" => Plain;
    ar_question_word: Ar "ليش الإيداع اتأخر" => Question;
    ar_negation_word: Ar "الإيداع ما وصل" => Question;
    ar_negation_circumfix: Ar "الفلوس ماوصلتش" => Question;
    ar_negation_circumfix_after_wa: Ar "صيفطت الفلوس وماوصلاتش" => Question;
    ar_negation_circumfix_on_present: Ar "التطبيق مبيفتحش" => Question;
    ar_maghrebi_why: Ar "علاش الحساب تبلوكا" => Question;
    ar_iraqi_how_much: Ar "شكد ياخذ السحب" => Question;
    ar_fault_loanword: Ar "التطبيق بيعمل كراش" => Question;
    ar_task_with_a_word_ending_in_sheen: Ar "كيف افتح حساب جديد بالكاش" => Task;
    ar_fault_reported: Ar "بيطلعلي خطأ" => Question;
    ar_task: Ar "ازاي اسحب فلوسي" => Task;
    ar_plain_subject: Ar "السبريد" => Plain;
    fa_question_word: Fa "چرا واریزم اومده" => Question;
    fa_negative_present_prefix: Fa "اپ باز نمی‌شه" => Question;
    fa_fault_reported: Fa "برداشتم گیر کرده" => Question;
    fa_task: Fa "چطوری برداشت کنم" => Task;
    zh_question_particle: Zh "提现一直没收到" => Question;
    zh_traditional_why: Zh "為什麼被扣錢" => Question;
    zh_fault_reported: Zh "出金卡住了" => Question;
    zh_task: Zh "怎么提现" => Task;
    zh_plain_subject: Zh "点差" => Plain;
}

golden_stop_words! {
    ar_spoken_function_words: Ar ["ازاي", "ليش", "وش", "شو", "كيفاش", "مش", "عم", "رح", "بتاعي", "ديال", "تبعي", "عايز", "ابغى", "بدي"] => true;
    ar_spoken_function_words_iraqi_maghrebi: Ar ["شلون", "شنو", "مالتي", "واش", "ديالكم", "خاصني", "ندير"] => true;
    ar_spoken_filler_particles: Ar ["لازم", "بس", "منين", "حدا", "شوي"] => true;
    ar_spoken_can_i: Ar ["نقدر", "اقدر", "ينفع"] => true;
    ar_spoken_there_is_still_mine: Ar ["اكو", "عدكم", "كلشي", "وللحين", "ولسه", "لهلأ", "هلأ", "هلق", "لسا", "حقي", "حقتي", "حقك"] => true;
    ar_amount_and_estimated_are_not_can_i: Ar ["قدر", "قدرها", "يقدر", "تقدر"] => false;
    fa_spoken_function_words: Fa ["چطوری", "چیه", "میخوام", "می‌خوام", "یه", "واسه", "اگه"] => true;
    fa_spoken_plural_with_clitic_typed_apart: Fa ["هامو", "هاشو", "هارو", "کلا", "یهو", "باشه"] => true;
    fa_spoken_how_much: Fa ["چقد"] => true;
}

// Arabic breadth (issue 16, fifth round): the object "me", negation around a past verb, the
// spoken plural `ون`, and the spoken filler words; what each rule must leave alone beside it.
golden_written! {
    ar_object_me_on_a_past_verb: Ar "كلمني" => "كلم";
    ar_object_me_after_a_subject_ending: Ar "وصلتني" => "وصل";
    ar_object_me_inside_negation: Ar "ماوصلنيش" => "وصل";
    ar_negation_m_sh_around_a_past_verb: Ar "موصلش" => "وصل";
    ar_negation_m_sh_around_a_passive_past_verb: Ar "ماتحولتش" => "حول";
    ar_negation_m_sh_around_finished: Ar "مخلصش" => "خلص";
    ar_spoken_plural_un: Ar "تردون" => "ترد";
    ar_spoken_plural_un_maghrebi_present: Ar "كتاخدون" => "تاخد";
}

/// The spoken word's written forms do not include `form`: a rule that must leave it alone.
fn check_not_written(lang: Lang, word: &str, form: &str) {
    let forms = written_forms(lang, word);
    assert!(
        !forms.iter().any(|f| f == form),
        "\nhelp: {lang} {word:?} must not become {form:?}; its forms are {forms:?}"
    );
}

/// `name: Lang "word" => not "form";` — no rule turns the word into that form.
macro_rules! golden_not_written {
    ($($name:ident: $lang:ident $word:literal => not $form:literal;)*) => {
        $(
            #[test]
            fn $name() {
                check_not_written(Lang::$lang, $word, $form);
            }
        )*
    };
}

golden_not_written! {
    ar_object_me_leaves_two_letter_stems: Ar "ثاني" => not "ثا";
    ar_object_me_leaves_again: Ar "تاني" => not "تا";
    ar_negation_leaves_a_pension: Ar "معاش" => not "عا";
    ar_negation_leaves_an_inspector: Ar "مفتش" => not "فت";
    ar_spoken_plural_leaves_a_law: Ar "قانون" => not "قان";
    ar_spoken_plural_leaves_olives: Ar "زيتون" => not "زيت";
}

golden_stop_words! {
    ar_spoken_filler_fifth_round: Ar ["طيب", "سمحت", "هواية", "شي", "هيك", "مازال", "عشان", "علشان", "مين", "ليا"] => true;
    ar_spoken_want_and_with_you: Ar ["اريد", "ودي", "وياكم", "عندكن", "معاكم", "بيكم"] => true;
    ar_filler_leaves_content_words: Ar ["شيك", "طيران", "مينا"] => false;
}

// Fifth round (Persian, Chinese and English breadth, issue 16): spoken forms, shapes and stop
// words, each beside what it must leave alone.
golden_written! {
    fa5_spoken_plural_ay_on_a_short_noun: Fa "کدای" => "کد";
    fa5_spoken_plural_ay_on_a_loanword: Fa "کارتای" => "کارت";
    fa5_spoken_plural_am_with_clitic: Fa "کارتام" => "کارت";
    fa5_spoken_copula_is: Fa "امنه" => "امن";
    fa5_spoken_copula_on_a_loanword: Fa "اپه" => "اپ";
    fa5_spoken_definite_e: Fa "کارته" => "کارت";
    fa5_spoken_copula_after_a_clitic_rule: Fa "خطرناکه" => "خطرناک";
    fa5_possessive_on_a_word_in_silent_he: Fa "سرمایم" => "سرمایه";
}

golden_shape! {
    zh5_spoken_how_is_a_task: Zh "限价单咋挂" => Task;
    zh5_spoken_what_to_do_is_a_question: Zh "保证金快没了咋整" => Question;
    zh5_spoken_what_to_do_ban: Zh "验证器还在旧手机上咋办" => Question;
    zh5_spoken_how_come_still: Zh "充值咋还没到" => Question;
    en5_bounced_is_a_fault: En "deposit bounced" => Question;
}

golden_stop_words! {
    fa5_spoken_where_are_they_and_filler: Fa ["کجان", "پیش"] => true;
    zh5_spoken_function_words: Zh ["咋", "咋办", "咋整", "啥", "呗", "嘛"] => true;
    zh5_help_center_words_near_them_stay: Zh ["充值", "提现", "开户"] => false;
}

#[test]
fn fa5_spoken_rules_leave_written_words_alone() {
    // A vowel letter before the final ه: the ه is the word's own (`راه`, `کوه`).
    for word in ["راه", "کوه", "به"] {
        let forms = written_forms(Lang::Fa, word);
        assert!(
            !forms.iter().any(|f| word.starts_with(f.as_str())),
            "help: {word:?} was cut to {forms:?}"
        );
    }
}

// Sixth round (Persian, Chinese and English, tuned on other writers' words, issue 16): phone-typed
// English function words, American spellings to the British ones of our articles, and Chinese
// problem shapes (something that keeps happening or has lasted), each beside what it must leave
// alone.
golden_stop_words! {
    en6_phone_typed_function_words: En ["u", "ur", "r", "pls", "plz", "thru", "till", "w", "im", "guys", "n"] => true;
    en6_short_content_words_stay: En ["id", "kyc", "2fa", "pro", "app", "fee"] => false;
}

golden_written! {
    en6_us_license: En "license" => "licence";
    en6_us_canceled: En "canceled" => "cancelled";
    en6_us_authorize: En "authorized" => "authorised";
    en6_us_color: En "color" => "colour";
}

golden_not_written! {
    en6_short_words_are_not_american: En "size" => not "sise";
    en6_door_is_not_american: En "door" => not "doour";
}

golden_shape! {
    zh6_keeps_happening_is_a_problem: Zh "认证一直显示审核" => Question;
    zh6_still_shows_is_a_problem: Zh "出金申請好幾天了還是顯示處理中" => Question;
    zh6_always_fails: Zh "自拍老是过不了" => Question;
    zh6_or_alone_is_not_a_problem: Zh "标准账户还是专业账户" => Plain;
}

// Sixth round (Arabic, other writers' words, issue 16): function words with `و` run in, the
// spoken now / a lot / thing / also families, and a question or negation word after `و`.
golden_stop_words! {
    ar6_function_words_after_wa: Ar ["وما", "ولا", "ولم", "ولن", "ولو", "وهو", "وهي", "ومش", "ومو", "وكل"] => true;
    ar6_spoken_now_a_lot_a_thing: Ar ["حالا", "دلوقتي", "الحين", "دابا", "توا", "كتير", "كثير", "بزاف", "وايد", "حاجة", "اشي"] => true;
    ar6_spoken_also_really_with_me: Ar ["كمان", "برضه", "برضو", "اصلا", "طبعا", "بجد", "فضلك", "معايا", "عليا", "بيه"] => true;
    ar6_fillers_leave_content_words: Ar ["حالة", "وصل", "ورق", "اصل", "طبع", "وقت"] => false;
}

golden_shape! {
    ar6_negation_after_wa: Ar "حولت الفلوس وما وصلت" => Question;
    ar6_spoken_negation_after_wa: Ar "الكود ومش شغال" => Question;
    ar6_question_word_after_wa: Ar "ابي اسحب وليش اترفض" => Question;
    ar6_task_word_after_wa: Ar "وكيف افتح حساب" => Task;
    ar6_a_word_whose_root_starts_with_wa_stays: Ar "وصل الايداع" => Plain;
}

golden_written! {
    ar6_you_plural_asked_as_we: Ar "بتقبلو" => "نقبل";
    ar6_you_plural_un_asked_as_we: Ar "تقبلون" => "نقبل";
    ar6_maghrebi_you_plural_asked_as_we: Ar "كتبعتو" => "نبعت";
}

golden_not_written! {
    ar6_you_to_we_leaves_a_past_verb: Ar "رفضتو" => not "نرفض";
    ar6_you_to_we_leaves_a_third_person: Ar "بيقفلو" => not "نقفل";
}

golden_stop_words! {
    ar6_spoken_how_much: Ar ["شحال", "قداش", "قديش", "شكد", "كام"] => true;
}

golden_shape! {
    ar6_how_much_still_asks: Ar "قديش الرسوم" => Question;
}

golden_stop_words! {
    ar6_spoken_want_families: Ar ["عايزة", "بدنا", "نبي", "نبغى", "ابا", "حابب", "محتاج", "بغينا"] => true;
    ar6_spoken_what_when_now_not: Ar ["شنهو", "اشنو", "اش", "اشلون", "وقتاش", "ايمتى", "هسه", "لسع", "مب", "موب", "ماشي"] => true;
}

golden_shape! {
    ar6_maghrebi_when: Ar "وقتاش يوصل السحب" => Question;
    ar6_gulf_when: Ar "ايمتى يوصل السحب" => Question;
    ar6_iraqi_how: Ar "اشلون افتح حساب" => Task;
    ar6_levantine_would_like: Ar "حابب افتح حساب" => Task;
    ar6_maghrebi_yes_no_stays_plain: Ar "واش نقدر نودع بالبطاقة" => Plain;
}

golden_shape! {
    zh6_can_i_use_is_a_task: Zh "能用支付宝吗" => Task;
    zh6_can_or_cannot_use_is_a_task: Zh "能不能用U充值啊" => Task;
    zh6_can_i_use_traditional: Zh "護照可以用嗎" => Task;
    zh6_cannot_alone_stays_a_question: Zh "提现不到账" => Question;
}

// Seventh round (Arabic, the second blind batch, issue 16): spoken words that say nothing about
// which article is meant (problem, times and again, I know, became), and the words beside them
// that stay.
golden_stop_words! {
    ar7_problem_times_know_became: Ar ["مشكلة", "المشكله", "مشكلتي", "مرة", "مرات", "مرتين", "تاني", "تانية", "اعرف", "عارف", "صار"] => true;
    ar7_fillers_leave_content_words: Ar ["مرور", "المرور", "مشاكل", "تعرف", "معرفة", "صارم"] => false;
}

// Seventh round (Persian, Chinese and English, issue 16): spoken verb persons and a bare
// subjunctive, the object marker after a word in `ر`, input-method slips and Taiwan usage,
// phone abbreviations; each beside what it must leave alone.
golden_written! {
    fa7_spoken_subjunctive_become: Fa "بشم" => "بشوم";
    fa7_bare_subjunctive_become: Fa "شم" => "شوم";
    fa7_polite_plural_imperative: Fa "بفرستین" => "بفرستید";
    fa7_spoken_give_you_plural: Fa "بدین" => "بدهید";
    fa7_bare_polite_do: Fa "کنین" => "کنید";
    fa7_object_marker_after_r: Fa "دلارو" => "دلار";
    fa7_object_marker_after_a_long_word_in_r: Fa "آتنتیکیتورو" => "آتنتیکیتور";
    en7_phone_account: En "acc" => "account";
    en7_phone_password: En "pwd" => "password";
    en7_phone_transaction: En "txn" => "transaction";
    en7_phone_night: En "nite" => "night";
    en7_negation_without_apostrophe: En "didnt" => "not";
}

golden_not_written! {
    fa7_polite_plural_leaves_between: Fa "بین" => not "بید";
    fa7_bare_verbs_leave_a_noun_in_shin: Fa "شما" => not "شوما";
    en7_app_is_no_abbreviation: En "app" => not "application";
}

golden_terms! {
    zh7_input_method_login_in_a_query: Zh Exact "登陆不了" => ["登录", "不了"];
    zh7_input_method_top_up_in_a_query: Zh Exact "信用卡冲值一直失败" => ["信用卡", "信用", "充值", "一直", "失败"];
    zh7_input_method_margin_in_a_query: Zh Exact "要补保正金" => ["要", "补", "保证金", "保证"];
    zh7_taiwan_id_card: Zh Exact "身分證" => ["身份证", "身份"];
    zh7_a_word_before_the_slip_keeps_it: Zh Exact "具体现金" => ["具体", "现金"];
    zh7_input_method_leverage: Zh Exact "扛杆" => ["杠杆"];
}

golden_stop_words! {
    en7_phone_fillers: En ["wth", "omg", "tbh", "idk", "btw", "cuz", "gonna", "yeah"] => true;
    en7_short_words_near_them_stay: En ["wire", "otp", "sms", "fee"] => false;
    zh7_cantonese_function_words: Zh ["唔", "咗", "嘅", "喺", "啦", "咩", "点样", "到底"] => true;
    zh7_words_near_them_stay: Zh ["户口", "注销", "账户"] => false;
}

golden_shape! {
    zh7_cantonese_why_is_a_question: Zh "點解提唔到錢" => Question;
    zh7_cantonese_how_is_a_task: Zh "點樣開戶" => Task;
    zh7_why_on_earth_is_a_question: Zh "凭什么扣我钱" => Question;
}

// Tenth round (Persian, issue 16): the spoken object marker `و` after a word in `ی` (written
// `خارجی را`), beside the short words it must leave alone.
golden_written! {
    fa10_object_marker_after_ye: Fa "خارجیو" => "خارجی";
    fa10_object_marker_after_ye_phone: Fa "گوشیو" => "گوشی";
}

golden_not_written! {
    fa10_object_marker_after_ye_leaves_short_words: Fa "میو" => not "می";
}
