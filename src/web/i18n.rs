//! Interface strings of the help pages in every configured language, kept in one place.
//!
//! Each language is one [`Strings`] value; a field missing from any of them is a compile error.
//! Plain `&'static str` fields are text: the page templates escape them like any other text.
//! Phrases that hold a number or an echoed value are functions, so that word order and plural
//! forms can differ per language (Arabic has six plural categories; Chinese puts the query
//! first). The type says what they give: a phrase that is text returns a `String` (escaped
//! where it is shown); a phrase that carries markup (the query isolated in `<bdi>`, a link, a
//! `<time>`) returns maud [`Markup`] built by `html!`, which escapes its text arguments and takes
//! only `Markup` as markup, so no argument can add markup of its own.

use maud::{html, Markup};

use crate::content::ArticleType;
use crate::lang::Lang;

/// Every interface string of the help pages in one language.
#[derive(Debug)]
pub struct Strings {
    pub footer_contact: &'static str,
    /// Footer links the site file may give.
    pub link_website: &'static str,
    pub link_status: &'static str,
    pub link_privacy: &'static str,
    pub skip_link: &'static str,
    /// Accessible name of the language switcher.
    pub language_label: &'static str,

    pub home_heading: &'static str,
    pub home_intro: &'static str,
    pub popular_questions: &'static str,
    pub browse_topics: &'static str,
    /// Heading of the articles that have no category.
    pub other_topic: &'static str,
    /// A category's article count on the home page.
    pub articles_count: fn(usize) -> String,

    pub search_label: &'static str,
    /// The search box's placeholder when the site file gives no example question.
    pub search_placeholder: &'static str,
    pub search_button: &'static str,
    /// Announced when the completions shown as you type change; `{n}` is replaced by the script.
    pub completions_count: &'static str,
    /// Shown as you type when nothing completes the query.
    pub no_completions: &'static str,
    pub see_all_results: &'static str,

    /// `<title>` of the results page: plain text in and out (page titles are escaped whole).
    pub search_title: fn(&str) -> String,
    /// Heading of a results page: the count and the query (text, isolated in `<bdi>`).
    pub results_for: fn(usize, &str) -> Markup,
    /// The heading when the search stopped counting: more than a round number of results.
    pub results_over: fn(usize, &str) -> Markup,
    pub no_results: fn(&str) -> Markup,
    pub no_results_hint: &'static str,
    /// "Did you mean …?" around a link to the corrected search.
    pub did_you_mean: fn(Markup) -> Markup,
    pub in_other_languages: &'static str,
    pub popular_articles: &'static str,
    pub empty_query: &'static str,
    pub query_too_long: &'static str,
    pub also_in_article: &'static str,

    pub filter_topic: &'static str,
    pub all_topics: &'static str,
    pub filter_type: &'static str,
    pub all_types: &'static str,
    pub type_faq: &'static str,
    pub type_tutorial: &'static str,
    pub type_article: &'static str,

    pub pagination_label: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page_of: fn(usize, usize) -> String,
    /// The page number alone, when the number of pages is not known.
    pub page: fn(usize) -> String,

    pub breadcrumb_label: &'static str,
    /// The first breadcrumb.
    pub home_crumb: &'static str,
    pub toc_heading: &'static str,
    pub related_heading: &'static str,
    /// "Updated …" around a formatted date (a `<time>` element).
    pub updated: fn(Markup) -> Markup,
    pub months: [&'static str; 12],
    /// Formats a date from year, month name and day.
    pub date: fn(u32, &str, u32) -> String,
    pub section_link: &'static str,
    pub read_in: &'static str,

    pub helpful_question: &'static str,
    pub helpful_yes: &'static str,
    pub helpful_no: &'static str,
    pub helpful_thanks: &'static str,
    pub helpful_error: &'static str,
    /// Opens the optional comment of a "no" answer.
    pub helpful_comment_open: &'static str,
    /// Label of the "no" comment box; `{n}` is the longest comment in characters.
    pub helpful_comment_label: fn(usize) -> String,
    /// Sends a "no" answer with its comment.
    pub helpful_comment_send: &'static str,

    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub article_not_found_text: &'static str,
    pub back_home: &'static str,
    pub error_title: &'static str,
    pub error_text: &'static str,
    pub bad_request_text: &'static str,
}

impl Strings {
    /// The label of an article type (`faq`, `tutorial`, `article`).
    pub fn article_type(&self, kind: ArticleType) -> &'static str {
        match kind {
            ArticleType::Faq => self.type_faq,
            ArticleType::Tutorial => self.type_tutorial,
            ArticleType::Article => self.type_article,
        }
    }

    /// Formats a `YYYY-MM-DD` date; anything else is returned as written.
    pub fn format_date(&self, ymd: &str) -> String {
        let mut parts = ymd.trim().splitn(3, '-');
        let parsed = (|| {
            let y: u32 = parts.next()?.parse().ok()?;
            let m: usize = parts.next()?.parse().ok()?;
            let d: u32 = parts.next()?.parse().ok()?;
            let month = *self.months.get(m.checked_sub(1)?)?;
            (1..=31).contains(&d).then(|| (self.date)(y, month, d))
        })();
        parsed.unwrap_or_else(|| ymd.to_string())
    }
}

/// The strings of one language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
        Lang::Fa => &FA,
        Lang::Zh => &ZH,
    }
}

static EN: Strings = Strings {
    footer_contact: "Contact support",
    link_website: "Our website",
    link_status: "Service status",
    link_privacy: "Privacy policy",
    skip_link: "Skip to main content",
    language_label: "Language",

    home_heading: "How can we help?",
    home_intro: "Search our guides and answers, or browse by topic.",
    popular_questions: "Popular questions",
    browse_topics: "Browse by topic",
    other_topic: "Other",
    articles_count: |n| match n {
        1 => "1 article".to_string(),
        n => format!("{n} articles"),
    },

    search_label: "Search the help center",
    search_placeholder: "Type your question",
    search_button: "Search",
    completions_count: "Suggestions: {n}",
    no_completions: "No suggestions",
    see_all_results: "See all results",

    search_title: |q| format!("Search results for “{q}”"),
    results_for: |n, q| match n {
        1 => html! { "1 result for “" bdi { (q) } "”" },
        n => html! { (n) " results for “" bdi { (q) } "”" },
    },
    results_over: |n, q| html! { "More than " (n) " results for “" bdi { (q) } "”" },
    no_results: |q| html! { "No results for “" bdi { (q) } "”" },
    no_results_hint: "Check the spelling, or try fewer or more general words.",
    did_you_mean: |link| html! { "Did you mean " (link) "?" },
    in_other_languages: "Found in other languages",
    popular_articles: "Popular articles",
    empty_query: "Type a question or a few words to search the help center.",
    query_too_long: "Your search is too long. Please shorten it and try again.",
    also_in_article: "Also in this article:",

    filter_topic: "Topic",
    all_topics: "All topics",
    filter_type: "Type",
    all_types: "All types",
    type_faq: "FAQ",
    type_tutorial: "Guide",
    type_article: "Article",

    pagination_label: "Result pages",
    previous_page: "Previous",
    next_page: "Next",
    page_of: |p, n| format!("Page {p} of {n}"),
    page: |p| format!("Page {p}"),

    breadcrumb_label: "Breadcrumb",
    home_crumb: "Help Center",
    toc_heading: "On this page",
    related_heading: "Related articles",
    updated: |d| html! { "Updated " (d) },
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    date: |y, m, d| format!("{d} {m} {y}"),
    section_link: "Link to this section",
    read_in: "Read in",

    helpful_question: "Was this article helpful?",
    helpful_yes: "Yes",
    helpful_no: "No",
    helpful_thanks: "Thank you for your feedback!",
    helpful_error: "Sorry, we couldn't save your answer. Please try again.",
    helpful_comment_open: "No – tell us what was missing",
    helpful_comment_label: |n| format!("What were you looking for? Optional, at most {n} characters; please leave out personal details."),
    helpful_comment_send: "Send “No”",

    not_found_title: "Page not found",
    not_found_text: "We couldn't find the page you were looking for. The link may be wrong or the page may have moved.",
    article_not_found_text: "We couldn't find this article. It may have been moved or renamed. Try searching for it:",
    back_home: "Go to the Help Center home",
    error_title: "Something went wrong",
    error_text: "Something went wrong on our side. Please try again in a moment.",
    bad_request_text: "We couldn't understand that request.",
};

/// Arabic plural of "result": 0, 1, 2, 3–10 and 11–99 take different forms (the last two
/// digits decide from 100 on).
fn ar_results(n: usize) -> String {
    match (n, n % 100) {
        (0, _) => "لا نتائج".to_string(),
        (1, _) => "نتيجة واحدة".to_string(),
        (2, _) => "نتيجتان".to_string(),
        (_, 3..=10) => format!("{n} نتائج"),
        _ => format!("{n} نتيجة"),
    }
}

fn ar_articles(n: usize) -> String {
    match (n, n % 100) {
        (0, _) => "لا مقالات".to_string(),
        (1, _) => "مقالة واحدة".to_string(),
        (2, _) => "مقالتان".to_string(),
        (_, 3..=10) => format!("{n} مقالات"),
        _ => format!("{n} مقالة"),
    }
}

static AR: Strings = Strings {
    footer_contact: "تواصل مع الدعم",
    link_website: "موقعنا الإلكتروني",
    link_status: "حالة الخدمة",
    link_privacy: "سياسة الخصوصية",
    skip_link: "انتقل إلى المحتوى الرئيسي",
    language_label: "اللغة",

    home_heading: "كيف يمكننا مساعدتك؟",
    home_intro: "ابحث في الأدلة والإجابات، أو تصفّح المواضيع.",
    popular_questions: "الأسئلة الأكثر شيوعًا",
    browse_topics: "تصفّح حسب الموضوع",
    other_topic: "مواضيع أخرى",
    articles_count: ar_articles,

    search_label: "ابحث في مركز المساعدة",
    search_placeholder: "اكتب سؤالك",
    search_button: "بحث",
    completions_count: "عدد الاقتراحات: {n}",
    no_completions: "لا توجد اقتراحات",
    see_all_results: "عرض كل النتائج",

    search_title: |q| format!("نتائج البحث عن «{q}»"),
    results_for: |n, q| html! { (ar_results(n)) " للبحث عن «" bdi { (q) } "»" },
    // Always called with at least 10 (a round number), where the singular noun is correct.
    results_over: |n, q| html! { "أكثر من " (n) " نتيجة للبحث عن «" bdi { (q) } "»" },
    no_results: |q| html! { "لا توجد نتائج للبحث عن «" bdi { (q) } "»" },
    no_results_hint: "تحقّق من الإملاء، أو جرّب كلمات أقل أو أعمّ.",
    did_you_mean: |link| html! { "هل تقصد " (link) "؟" },
    in_other_languages: "نتائج بلغات أخرى",
    popular_articles: "مقالات شائعة",
    empty_query: "اكتب سؤالك أو بضع كلمات للبحث في مركز المساعدة.",
    query_too_long: "نص البحث طويل جدًا. يُرجى اختصاره والمحاولة مرة أخرى.",
    also_in_article: "في هذه المقالة أيضًا:",

    filter_topic: "الموضوع",
    all_topics: "كل المواضيع",
    filter_type: "النوع",
    all_types: "كل الأنواع",
    type_faq: "أسئلة شائعة",
    type_tutorial: "دليل",
    type_article: "مقالة",

    pagination_label: "صفحات النتائج",
    previous_page: "السابق",
    next_page: "التالي",
    page_of: |p, n| format!("الصفحة {p} من {n}"),
    page: |p| format!("الصفحة {p}"),

    breadcrumb_label: "مسار التنقل",
    home_crumb: "مركز المساعدة",
    toc_heading: "في هذه الصفحة",
    related_heading: "مقالات ذات صلة",
    updated: |d| html! { "آخر تحديث: " (d) },
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    date: |y, m, d| format!("{d} {m} {y}"),
    section_link: "رابط إلى هذا القسم",
    read_in: "اقرأ بلغة أخرى",

    helpful_question: "هل كانت هذه المقالة مفيدة؟",
    helpful_yes: "نعم",
    helpful_no: "لا",
    helpful_thanks: "شكرًا لك على ملاحظاتك!",
    helpful_error: "عذرًا، لم نتمكن من حفظ إجابتك. يُرجى المحاولة مرة أخرى.",
    helpful_comment_open: "لا – أخبرنا بما ينقص المقالة",
    helpful_comment_label: |n| {
        format!("ما الذي كنت تبحث عنه؟ اختياري، {n} حرف كحد أقصى؛ يُرجى عدم كتابة أي بيانات شخصية.")
    },
    helpful_comment_send: "إرسال «لا»",

    not_found_title: "الصفحة غير موجودة",
    not_found_text: "لم نعثر على الصفحة التي تبحث عنها. ربما يكون الرابط غير صحيح أو نُقلت الصفحة.",
    article_not_found_text: "لم نعثر على هذه المقالة. ربما نُقلت أو تغيّر اسمها. جرّب البحث عنها:",
    back_home: "العودة إلى الصفحة الرئيسية لمركز المساعدة",
    error_title: "حدث خطأ ما",
    error_text: "حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.",
    bad_request_text: "تعذّر علينا فهم هذا الطلب.",
};

static FA: Strings = Strings {
    footer_contact: "تماس با پشتیبانی",
    link_website: "وب‌سایت ما",
    link_status: "وضعیت سرویس",
    link_privacy: "سیاست حفظ حریم خصوصی",
    skip_link: "رفتن به محتوای اصلی",
    language_label: "زبان",

    home_heading: "چطور می‌توانیم کمکتان کنیم؟",
    home_intro: "در راهنماها و پاسخ‌ها جستجو کنید یا موضوعات را مرور کنید.",
    popular_questions: "پرسش‌های پرتکرار",
    browse_topics: "مرور بر اساس موضوع",
    other_topic: "سایر موضوعات",
    articles_count: |n| format!("{n} مقاله"),

    search_label: "جستجو در مرکز راهنما",
    search_placeholder: "سؤالتان را بنویسید",
    search_button: "جستجو",
    completions_count: "تعداد پیشنهادها: {n}",
    no_completions: "پیشنهادی پیدا نشد",
    see_all_results: "دیدن همه نتایج",

    search_title: |q| format!("نتایج جستجو برای «{q}»"),
    results_for: |n, q| match n {
        0 => html! { "نتیجه‌ای برای «" bdi { (q) } "» پیدا نشد" },
        n => html! { (n) " نتیجه برای «" bdi { (q) } "»" },
    },
    results_over: |n, q| html! { "بیش از " (n) " نتیجه برای «" bdi { (q) } "»" },
    no_results: |q| html! { "نتیجه‌ای برای «" bdi { (q) } "» پیدا نشد" },
    no_results_hint: "املای کلمات را بررسی کنید یا با کلمات کمتر یا کلی‌تر جستجو کنید.",
    did_you_mean: |link| html! { "منظورتان " (link) " بود؟" },
    in_other_languages: "نتایج به زبان‌های دیگر",
    popular_articles: "مقاله‌های پربازدید",
    empty_query: "برای جستجو در مرکز راهنما، سؤال یا چند کلمه بنویسید.",
    query_too_long: "متن جستجو خیلی طولانی است. لطفاً آن را کوتاه‌تر کنید و دوباره امتحان کنید.",
    also_in_article: "همچنین در این مقاله:",

    filter_topic: "موضوع",
    all_topics: "همه موضوعات",
    filter_type: "نوع",
    all_types: "همه انواع",
    type_faq: "پرسش‌های متداول",
    type_tutorial: "راهنما",
    type_article: "مقاله",

    pagination_label: "صفحه‌های نتایج",
    previous_page: "قبلی",
    next_page: "بعدی",
    page_of: |p, n| format!("صفحه {p} از {n}"),
    page: |p| format!("صفحه {p}"),

    breadcrumb_label: "مسیر صفحه",
    home_crumb: "مرکز راهنما",
    toc_heading: "در این صفحه",
    related_heading: "مقاله‌های مرتبط",
    updated: |d| html! { "آخرین به‌روزرسانی: " (d) },
    months: [
        "ژانویه",
        "فوریه",
        "مارس",
        "آوریل",
        "مه",
        "ژوئن",
        "ژوئیه",
        "اوت",
        "سپتامبر",
        "اکتبر",
        "نوامبر",
        "دسامبر",
    ],
    date: |y, m, d| format!("{d} {m} {y}"),
    section_link: "پیوند به این بخش",
    read_in: "خواندن به زبان دیگر",

    helpful_question: "این مقاله برایتان مفید بود؟",
    helpful_yes: "بله",
    helpful_no: "خیر",
    helpful_thanks: "از بازخورد شما سپاسگزاریم!",
    helpful_error: "متأسفیم، پاسخ شما ذخیره نشد. لطفاً دوباره امتحان کنید.",
    helpful_comment_open: "خیر – بگویید چه چیزی کم بود",
    helpful_comment_label: |n| {
        format!("دنبال چه چیزی بودید؟ اختیاری، حداکثر {n} نویسه؛ لطفاً اطلاعات شخصی ننویسید.")
    },
    helpful_comment_send: "ارسال «خیر»",

    not_found_title: "صفحه پیدا نشد",
    not_found_text:
        "صفحه‌ای که دنبالش هستید پیدا نشد. ممکن است پیوند اشتباه باشد یا صفحه جابه‌جا شده باشد.",
    article_not_found_text:
        "این مقاله پیدا نشد. ممکن است جابه‌جا شده یا نامش تغییر کرده باشد. آن را جستجو کنید:",
    back_home: "بازگشت به صفحه اصلی مرکز راهنما",
    error_title: "مشکلی پیش آمد",
    error_text: "مشکلی در سمت ما پیش آمد. لطفاً چند لحظه دیگر دوباره امتحان کنید.",
    bad_request_text: "این درخواست را متوجه نشدیم.",
};

static ZH: Strings = Strings {
    footer_contact: "联系客服",
    link_website: "官方网站",
    link_status: "服务状态",
    link_privacy: "隐私政策",
    skip_link: "跳到主要内容",
    language_label: "语言",

    home_heading: "有什么可以帮您？",
    home_intro: "搜索使用指南和常见问题，或按主题浏览。",
    popular_questions: "热门问题",
    browse_topics: "按主题浏览",
    other_topic: "其他",
    articles_count: |n| format!("{n} 篇文章"),

    search_label: "搜索帮助中心",
    search_placeholder: "请输入您的问题",
    search_button: "搜索",
    completions_count: "共 {n} 条建议",
    no_completions: "没有相关建议",
    see_all_results: "查看全部结果",

    search_title: |q| format!("“{q}”的搜索结果"),
    results_for: |n, q| html! { "找到 " (n) " 条与“" bdi { (q) } "”相关的结果" },
    results_over: |n, q| html! { "找到超过 " (n) " 条与“" bdi { (q) } "”相关的结果" },
    no_results: |q| html! { "没有找到与“" bdi { (q) } "”相关的结果" },
    no_results_hint: "请检查输入是否有误，或换用更少、更通用的关键词。",
    did_you_mean: |link| html! { "您是不是要找：" (link) "？" },
    in_other_languages: "其他语言的结果",
    popular_articles: "热门文章",
    empty_query: "输入问题或关键词，搜索帮助中心。",
    query_too_long: "搜索内容太长，请缩短后重试。",
    also_in_article: "本文其他相关内容：",

    filter_topic: "主题",
    all_topics: "全部主题",
    filter_type: "类型",
    all_types: "全部类型",
    type_faq: "常见问题",
    type_tutorial: "操作指南",
    type_article: "文章",

    pagination_label: "结果分页",
    previous_page: "上一页",
    next_page: "下一页",
    page_of: |p, n| format!("第 {p} 页，共 {n} 页"),
    page: |p| format!("第 {p} 页"),

    breadcrumb_label: "当前位置",
    home_crumb: "帮助中心",
    toc_heading: "本页内容",
    related_heading: "相关文章",
    updated: |d| html! { "更新于 " (d) },
    months: [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ],
    date: |y, m, d| format!("{y}年{m}月{d}日"),
    section_link: "链接到本节",
    read_in: "其他语言版本",

    helpful_question: "这篇文章对您有帮助吗？",
    helpful_yes: "有帮助",
    helpful_no: "没帮助",
    helpful_thanks: "感谢您的反馈！",
    helpful_error: "抱歉，未能保存您的反馈，请重试。",
    helpful_comment_open: "没帮助 – 告诉我们缺少什么",
    helpful_comment_label: |n| format!("您想找什么内容？选填，最多 {n} 个字；请勿填写个人信息。"),
    helpful_comment_send: "提交“没帮助”",

    not_found_title: "找不到页面",
    not_found_text: "找不到您要访问的页面。链接可能有误，或页面已被移动。",
    article_not_found_text: "找不到这篇文章，它可能已被移动或重命名。试试搜索：",
    back_home: "返回帮助中心首页",
    error_title: "出错了",
    error_text: "我们这边出了点问题，请稍后再试。",
    bad_request_text: "无法处理该请求。",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_interface_string_is_empty() {
        for lang in Lang::ALL {
            let s = strings(lang);
            let fixed = [
                s.link_website,
                s.link_status,
                s.link_privacy,
                s.skip_link,
                s.home_heading,
                s.search_label,
                s.search_placeholder,
                s.search_button,
                s.helpful_question,
                s.helpful_thanks,
                s.toc_heading,
                s.related_heading,
                s.popular_questions,
                s.not_found_title,
            ];
            assert!(fixed.iter().all(|t| !t.trim().is_empty()), "{lang}");
            assert!(s.completions_count.contains("{n}"), "{lang}");
            assert!(s.months.iter().all(|m| !m.is_empty()), "{lang}");
        }
    }

    #[test]
    fn counted_phrases_show_the_number_and_the_query() {
        for lang in Lang::ALL {
            let s = strings(lang);
            let text = (s.results_for)(12, "q").into_string();
            assert!(text.contains("12"), "{lang}: {text}");
            assert!(text.contains("<bdi>q</bdi>"), "{lang}: {text}");
            assert!((s.no_results)("Q").into_string().contains('Q'), "{lang}");
            let link = html! { a href="/x" { "L" } };
            let text = (s.did_you_mean)(link).into_string();
            assert!(text.contains("<a href=\"/x\">L</a>"), "{lang}: {text}");
            assert!((s.page_of)(2, 5).contains('5'), "{lang}");
        }
        assert_eq!(
            (EN.results_for)(1, "x").into_string(),
            "1 result for “<bdi>x</bdi>”"
        );
        assert_eq!(
            (EN.results_for)(3, "x").into_string(),
            "3 results for “<bdi>x</bdi>”"
        );
    }

    #[test]
    fn a_phrase_cannot_inject_markup() {
        // A phrase's text arguments are escaped; the only markup in its output is its own.
        let evil = "<script>alert(1)</script>\"";
        for lang in Lang::ALL {
            let s = strings(lang);
            let outputs = [
                (s.results_for)(0, evil),
                (s.results_for)(1, evil),
                (s.results_for)(2, evil),
                (s.results_for)(15, evil),
                (s.results_over)(10, evil),
                (s.no_results)(evil),
                (s.did_you_mean)(html! { (evil) }),
                (s.updated)(html! { (evil) }),
            ];
            for out in outputs.map(Markup::into_string) {
                assert!(!out.contains("<script>"), "{lang}: {out}");
                assert!(
                    out.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;"),
                    "{lang}: {out}"
                );
                let tags = out.replace("<bdi>", "").replace("</bdi>", "");
                assert!(!tags.contains(['<', '>', '"']), "{lang}: {out}");
            }
            // Text phrases are text: whatever they hold is escaped where a page shows them.
            assert_eq!((s.search_title)(evil).matches(evil).count(), 1, "{lang}");
        }
    }

    #[test]
    fn arabic_plurals() {
        assert_eq!(ar_results(1), "نتيجة واحدة");
        assert_eq!(ar_results(2), "نتيجتان");
        assert_eq!(ar_results(7), "7 نتائج");
        assert_eq!(ar_results(11), "11 نتيجة");
        assert_eq!(ar_results(103), "103 نتائج");
        assert_eq!(ar_results(100), "100 نتيجة");
    }

    #[test]
    fn dates_are_localised() {
        assert_eq!(EN.format_date("2026-11-20"), "20 November 2026");
        assert_eq!(ZH.format_date("2026-11-20"), "2026年11月20日");
        assert_eq!(AR.format_date("2026-01-05"), "5 يناير 2026");
        assert_eq!(FA.format_date("2026-08-01"), "1 اوت 2026");
        assert_eq!(EN.format_date("soon"), "soon");
        assert_eq!(EN.format_date("2026-13-01"), "2026-13-01");
    }
}
