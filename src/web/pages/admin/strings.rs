//! Interface strings of the admin pages (the insights report) in the four languages,
//! kept apart from the help pages' [`crate::web::i18n::Strings`]: customers never see them.
//! Like those, a field missing from a language is a compile error, and phrases holding a
//! number are functions.

use crate::insights::{Column, TableKind};
use crate::lang::Lang;

/// Names of the report's tables.
#[derive(Debug)]
pub struct TableNames {
    pub top_queries: &'static str,
    pub zero_results: &'static str,
    pub no_click: &'static str,
    pub translation_gaps: &'static str,
    pub viewed_articles: &'static str,
    pub viewed_sections: &'static str,
    pub copied_answers: &'static str,
    pub helpful: &'static str,
    pub no_comments: &'static str,
    pub content_gaps: &'static str,
    pub missing_translations: &'static str,
    pub per_day: &'static str,
    pub learned: &'static str,
    pub words_to_teach: &'static str,
    pub learned_words: &'static str,
}

/// Headers of the report's columns.
#[derive(Debug)]
pub struct ColumnNames {
    pub query: &'static str,
    pub lang: &'static str,
    pub searches: &'static str,
    pub zero_results: &'static str,
    pub article: &'static str,
    pub section: &'static str,
    pub opens: &'static str,
    pub copies: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub rate: &'static str,
    pub day: &'static str,
    pub comment: &'static str,
    pub normalized: &'static str,
    pub variants: &'static str,
    pub example: &'static str,
    pub has: &'static str,
    pub missing: &'static str,
    pub days: &'static str,
    pub share: &'static str,
    pub boost: &'static str,
    pub word: &'static str,
    pub queries: &'static str,
    pub entry: &'static str,
    pub lift: &'static str,
}

/// Every string of the admin pages in one language.
#[derive(Debug)]
pub struct AdminStrings {
    /// Title of the report page.
    pub insights_title: &'static str,
    pub insights_intro: &'static str,
    pub filter_label: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub lang: &'static str,
    pub all_languages: &'static str,
    pub show: &'static str,
    /// The period and its totals: first day, last day, searches, helpful rate, yes, no.
    pub summary: fn(&str, &str, i64, i64, i64, i64) -> String,
    /// Shown in an empty table.
    pub nothing: &'static str,
    /// Link text of a table's CSV download, with the table's name.
    pub download_csv: fn(&str) -> String,
    /// Accessible description of the chart: days, searches, the busiest day and its count.
    pub chart_desc: fn(usize, i64, &str, i64) -> String,
    /// Opens the table the chart draws.
    pub chart_table: &'static str,
    pub bad_dates: &'static str,
    pub store_unavailable: &'static str,
    pub recording_off: &'static str,

    pub tables: TableNames,
    pub columns: ColumnNames,
}

impl AdminStrings {
    /// The name of a table.
    pub fn table(&self, kind: TableKind) -> &'static str {
        let t = &self.tables;
        match kind {
            TableKind::TopQueries => t.top_queries,
            TableKind::ZeroResults => t.zero_results,
            TableKind::NoClick => t.no_click,
            TableKind::TranslationGaps => t.translation_gaps,
            TableKind::ViewedArticles => t.viewed_articles,
            TableKind::ViewedSections => t.viewed_sections,
            TableKind::CopiedAnswers => t.copied_answers,
            TableKind::Helpful => t.helpful,
            TableKind::NoComments => t.no_comments,
            TableKind::ContentGaps => t.content_gaps,
            TableKind::MissingTranslations => t.missing_translations,
            TableKind::PerDay => t.per_day,
            TableKind::Learned => t.learned,
            TableKind::WordsToTeach => t.words_to_teach,
            TableKind::LearnedWords => t.learned_words,
        }
    }

    /// The header of a column.
    pub fn column(&self, column: Column) -> &'static str {
        let c = &self.columns;
        match column {
            Column::Query => c.query,
            Column::Lang => c.lang,
            Column::Searches => c.searches,
            Column::ZeroResults => c.zero_results,
            Column::Article => c.article,
            Column::Anchor => c.section,
            Column::Opens => c.opens,
            Column::Yes => c.yes,
            Column::No => c.no,
            Column::Rate => c.rate,
            Column::Day => c.day,
            Column::Comment => c.comment,
            Column::Normalized => c.normalized,
            Column::Variants => c.variants,
            Column::Example => c.example,
            Column::Has => c.has,
            Column::Missing => c.missing,
            Column::Copies => c.copies,
            Column::Days => c.days,
            Column::Share => c.share,
            Column::Boost => c.boost,
            Column::Word => c.word,
            Column::Queries => c.queries,
            Column::Entry => c.entry,
            Column::Lift => c.lift,
        }
    }
}

/// The admin strings of one language.
pub fn admin_strings(lang: Lang) -> &'static AdminStrings {
    match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
        Lang::Fa => &FA,
        Lang::Zh => &ZH,
    }
}

static EN: AdminStrings = AdminStrings {
    insights_title: "Insights",
    insights_intro:
        "What customers searched for, what they found, and where the help center failed them.",
    filter_label: "Period and language",
    from: "From",
    to: "To",
    lang: "Language",
    all_languages: "All languages",
    show: "Show",
    summary: |from, to, searches, rate, yes, no| {
        format!("{from} to {to}: {searches} searches. “Was this helpful?”: {rate}% yes ({yes} yes, {no} no).")
    },
    nothing: "Nothing in this period.",
    download_csv: |table| format!("Download “{table}” as CSV"),
    chart_desc: |days, total, top, most| {
        format!("{total} searches over {days} days; the busiest day was {top} with {most}.")
    },
    chart_table: "The chart's numbers as a table",
    bad_dates: "Give the dates as YYYY-MM-DD, the first not after the last.",
    store_unavailable: "The insights store cannot be read at the moment; please try again.",
    recording_off: "Insights are not recorded on this server (started with --no-insights).",

    tables: TableNames {
        top_queries: "Top queries",
        zero_results: "Searches with no result",
        no_click: "Searches with results but no click",
        translation_gaps: "Translation gaps: answered only in another language",
        viewed_articles: "Most viewed articles",
        viewed_sections: "Most viewed sections",
        copied_answers: "Suggested answers agents copied",
        helpful: "Was this helpful? (most “no” first)",
        no_comments: "“No” comments",
        content_gaps: "Content gaps: unanswered searches by normalised form",
        missing_translations: "Articles missing a translation",
        per_day: "Searches per day",
        learned: "Learned from clicks (ranked higher for the query)",
        learned_words: "Learned words: what the words of clicked searches point to (they reorder the best few results of other searches)",
        words_to_teach: "Words to teach: what customers say that no article does (lines for content/colloquial/<lang>.toml)",
    },
    columns: ColumnNames {
        query: "Query",
        lang: "Language",
        searches: "Searches",
        zero_results: "No result",
        article: "Article",
        section: "Section",
        opens: "Opens",
        copies: "Copies",
        yes: "Yes",
        no: "No",
        rate: "Helpful %",
        day: "Day",
        comment: "Comment",
        normalized: "Normalised form",
        variants: "Forms typed",
        example: "Example",
        has: "Has",
        missing: "Missing",
        days: "Days",
        share: "Share of opens",
        boost: "Boost",
        word: "Word",
        queries: "Queries",
        entry: "Lexicon line",
        lift: "Lift",
    },
};

static AR: AdminStrings = AdminStrings {
    insights_title: "الإحصاءات",
    insights_intro:
        "ما الذي بحث عنه العملاء، وما الذي وجدوه، وأين لم يجدوا في مركز المساعدة ما يحتاجون إليه.",
    filter_label: "الفترة واللغة",
    from: "من",
    to: "إلى",
    lang: "اللغة",
    all_languages: "كل اللغات",
    show: "عرض",
    summary: |from, to, searches, rate, yes, no| {
        format!("من {from} إلى {to}: عدد عمليات البحث {searches}. «هل كانت مفيدة؟»: {rate}% نعم ({yes} نعم، {no} لا).")
    },
    nothing: "لا شيء في هذه الفترة.",
    download_csv: |table| format!("تنزيل «{table}» بصيغة CSV"),
    chart_desc: |days, total, top, most| {
        format!("عدد عمليات البحث {total} خلال {days} يومًا؛ وأكثر الأيام بحثًا {top} بعدد {most}.")
    },
    chart_table: "أرقام الرسم البياني في جدول",
    bad_dates: "اكتب التاريخين بالصيغة YYYY-MM-DD، على ألا يكون الأول بعد الثاني.",
    store_unavailable: "تتعذّر قراءة مخزن الإحصاءات حاليًا؛ يُرجى المحاولة مرة أخرى.",
    recording_off: "لا تُسجَّل الإحصاءات على هذا الخادم (شُغّل بالخيار ‎--no-insights).",

    tables: TableNames {
        top_queries: "أكثر عمليات البحث",
        zero_results: "عمليات بحث بلا نتائج",
        no_click: "عمليات بحث لها نتائج لم يُفتح منها شيء",
        translation_gaps: "نقص في الترجمة: أُجيبت بمقالات لغة أخرى فقط",
        viewed_articles: "أكثر المقالات مشاهدة",
        viewed_sections: "أكثر الأقسام مشاهدة",
        copied_answers: "الإجابات المقترحة التي نسخها الموظفون",
        helpful: "هل كانت مفيدة؟ (الأكثر «لا» أولًا)",
        no_comments: "تعليقات «لا»",
        content_gaps: "ثغرات المحتوى: عمليات بحث بلا إجابة حسب صيغتها الموحّدة",
        missing_translations: "مقالات تنقصها ترجمة",
        per_day: "عمليات البحث يوميًا",
        learned: "ما تعلّمناه من النقرات (يتقدّم في نتائج العبارة)",
        learned_words: "كلمات تعلّمها البحث: إلى أي مقالة تشير كلمات عمليات البحث التي فُتحت نتائجها (تعيد ترتيب أفضل النتائج في عمليات بحث أخرى)",
        words_to_teach: "كلمات يستعملها العملاء ولا تعرفها المقالات (أسطر جاهزة لملف content/colloquial/<lang>.toml)",
    },
    columns: ColumnNames {
        query: "نص البحث",
        lang: "اللغة",
        searches: "عمليات البحث",
        zero_results: "بلا نتائج",
        article: "المقالة",
        section: "القسم",
        opens: "مرات الفتح",
        copies: "مرات النسخ",
        yes: "نعم",
        no: "لا",
        rate: "نسبة «نعم» %",
        day: "اليوم",
        comment: "التعليق",
        normalized: "الصيغة الموحّدة",
        variants: "الصيغ المكتوبة",
        example: "مثال",
        has: "متوفرة بـ",
        missing: "تنقصها",
        days: "الأيام",
        share: "نصيبه من الفتح",
        boost: "التعزيز",
        word: "الكلمة",
        queries: "العبارات",
        entry: "سطر المعجم",
        lift: "الرفع",
    },
};

static FA: AdminStrings = AdminStrings {
    insights_title: "گزارش جستجوها",
    insights_intro: "مشتریان چه جستجو کردند، چه پیدا کردند و مرکز راهنما کجا جوابی برایشان نداشت.",
    filter_label: "بازه و زبان",
    from: "از",
    to: "تا",
    lang: "زبان",
    all_languages: "همه زبان‌ها",
    show: "نمایش",
    summary: |from, to, searches, rate, yes, no| {
        format!(
            "از {from} تا {to}: {searches} جستجو. «مفید بود؟»: {rate}٪ بله ({yes} بله، {no} خیر)."
        )
    },
    nothing: "در این بازه چیزی ثبت نشده است.",
    download_csv: |table| format!("دریافت «{table}» به صورت CSV"),
    chart_desc: |days, total, top, most| {
        format!("{total} جستجو در {days} روز؛ پرجستجوترین روز {top} با {most} جستجو بود.")
    },
    chart_table: "اعداد نمودار به صورت جدول",
    bad_dates: "تاریخ‌ها را به شکل YYYY-MM-DD بنویسید؛ تاریخ شروع نباید بعد از تاریخ پایان باشد.",
    store_unavailable: "فعلاً امکان خواندن داده‌های گزارش نیست؛ لطفاً دوباره امتحان کنید.",
    recording_off: "این سرور جستجوها را ثبت نمی‌کند (با ‎--no-insights اجرا شده است).",

    tables: TableNames {
        top_queries: "جستجوهای پرتکرار",
        zero_results: "جستجوهای بی‌نتیجه",
        no_click: "جستجوهای دارای نتیجه بدون کلیک",
        translation_gaps: "کمبود ترجمه: فقط با مقاله‌های زبان دیگر پاسخ داده شد",
        viewed_articles: "پربازدیدترین مقاله‌ها",
        viewed_sections: "پربازدیدترین بخش‌ها",
        copied_answers: "پاسخ‌های پیشنهادی که کارشناسان کپی کردند",
        helpful: "مفید بود؟ (بیشترین «خیر» اول)",
        no_comments: "توضیح‌های «خیر»",
        content_gaps: "کمبود محتوا: جستجوهای بی‌پاسخ بر اساس شکل یکسان‌شده",
        missing_translations: "مقاله‌های بدون ترجمه",
        per_day: "جستجوها در هر روز",
        learned: "آموخته از کلیک‌ها (برای این عبارت بالاتر می‌آید)",
        learned_words: "واژه‌های آموخته: واژه‌های جستجوهایی که نتیجه‌شان باز شده به کدام مقاله اشاره می‌کنند (ترتیب چند نتیجهٔ اول جستجوهای دیگر را تغییر می‌دهند)",
        words_to_teach: "واژه‌هایی که مشتریان به کار می‌برند و در هیچ مقاله‌ای نیست (سطرهای آماده برای content/colloquial/<lang>.toml)",
    },
    columns: ColumnNames {
        query: "عبارت جستجو",
        lang: "زبان",
        searches: "تعداد جستجو",
        zero_results: "بی‌نتیجه",
        article: "مقاله",
        section: "بخش",
        opens: "بازدید",
        copies: "کپی",
        yes: "بله",
        no: "خیر",
        rate: "درصد «بله»",
        day: "روز",
        comment: "توضیح",
        normalized: "شکل یکسان‌شده",
        variants: "شکل‌های نوشته‌شده",
        example: "نمونه",
        has: "موجود به",
        missing: "بدون",
        days: "روزها",
        share: "سهم از بازدیدها",
        boost: "تقویت",
        word: "واژه",
        queries: "عبارت‌ها",
        entry: "سطر واژه‌نامه",
        lift: "ضریب",
    },
};

static ZH: AdminStrings = AdminStrings {
    insights_title: "搜索洞察",
    insights_intro: "客户搜索了什么、找到了什么，以及帮助中心在哪些地方没能帮到他们。",
    filter_label: "时间段和语言",
    from: "开始日期",
    to: "结束日期",
    lang: "语言",
    all_languages: "全部语言",
    show: "查看",
    summary: |from, to, searches, rate, yes, no| {
        format!("{from} 至 {to}：共 {searches} 次搜索。“有帮助吗？”：{rate}% 有帮助（有帮助 {yes}，没帮助 {no}）。")
    },
    nothing: "该时间段内没有数据。",
    download_csv: |table| format!("下载“{table}”CSV 文件"),
    chart_desc: |days, total, top, most| {
        format!("{days} 天内共 {total} 次搜索；搜索最多的一天是 {top}，共 {most} 次。")
    },
    chart_table: "以表格查看图表数据",
    bad_dates: "请按 YYYY-MM-DD 格式填写日期，开始日期不能晚于结束日期。",
    store_unavailable: "暂时无法读取洞察数据，请稍后重试。",
    recording_off: "此服务器未记录搜索数据（启动时使用了 --no-insights）。",

    tables: TableNames {
        top_queries: "热门搜索",
        zero_results: "无结果的搜索",
        no_click: "有结果但无点击的搜索",
        translation_gaps: "翻译缺口：仅由其他语言文章作答",
        viewed_articles: "浏览最多的文章",
        viewed_sections: "浏览最多的章节",
        copied_answers: "客服复制过的推荐答案",
        helpful: "有帮助吗？（“没帮助”最多的在前）",
        no_comments: "“没帮助”留言",
        content_gaps: "内容缺口：按规范化形式归类的无结果搜索",
        missing_translations: "缺少译文的文章",
        per_day: "每日搜索量",
        learned: "从点击中学到的（该查询中排名提前）",
        learned_words:
            "学到的词：被点开的搜索里的词指向哪篇文章（用于调整其他搜索前几条结果的顺序）",
        words_to_teach:
            "客户常用但文章里没有的说法（可加入 content/colloquial/<lang>.toml 的条目）",
    },
    columns: ColumnNames {
        query: "搜索词",
        lang: "语言",
        searches: "搜索次数",
        zero_results: "无结果",
        article: "文章",
        section: "章节",
        opens: "打开次数",
        copies: "复制次数",
        yes: "有帮助",
        no: "没帮助",
        rate: "有帮助 %",
        day: "日期",
        comment: "留言",
        normalized: "规范化形式",
        variants: "输入形式数",
        example: "示例",
        has: "已有语言",
        missing: "缺少语言",
        days: "天数",
        share: "打开占比",
        boost: "加权",
        word: "词语",
        queries: "查询数",
        entry: "词表条目",
        lift: "提升倍数",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_every_table_and_column() {
        for lang in Lang::ALL {
            let s = admin_strings(lang);
            for kind in TableKind::ALL {
                assert!(!s.table(kind).trim().is_empty(), "{lang}: {kind:?}");
                for column in kind.columns() {
                    assert!(!s.column(*column).trim().is_empty(), "{lang}: {column:?}");
                }
            }
            let summary = (s.summary)("2026-11-01", "2026-11-30", 1234, 87, 870, 130);
            for n in ["1234", "87", "870", "130", "2026-11-01", "2026-11-30"] {
                assert!(summary.contains(n), "{lang}: {summary}");
            }
            assert!((s.download_csv)("T").contains('T'), "{lang}");
        }
    }
}
