//! Interface strings of the agents' workspace in every language, kept beside it; like
//! [`crate::web::i18n`], a phrase missing from any language is a compile error.

use crate::lang::Lang;

/// The workspace's strings in one language.
#[derive(Debug)]
pub struct AgentStrings {
    /// Page title and heading.
    pub title: &'static str,
    pub intro: &'static str,
    pub message_label: &'static str,
    pub message_hint: &'static str,
    pub customer_lang_label: &'static str,
    /// The option that lets dalil detect the customer's language.
    pub detect: &'static str,
    pub agent_lang_label: &'static str,
    pub submit: &'static str,
    pub answers_heading: &'static str,
    /// Which language the customer writes in; the argument is its name.
    pub customer_writes: fn(&str) -> String,
    pub no_answers: &'static str,
    pub keyboard_hint: &'static str,
    /// Heading of the agent's side of an answer; the argument is the language's name.
    pub in_lang: fn(&str) -> String,
    /// An answer whose article has no translation into the agent's language (its name).
    pub no_translation: fn(&str) -> String,
    pub copy_text: &'static str,
    pub copy_markdown: &'static str,
    pub copy_html: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub open_article: &'static str,
    pub empty_message: &'static str,
    pub too_long: &'static str,
}

/// The workspace's strings of one language.
pub fn agent_strings(lang: Lang) -> &'static AgentStrings {
    match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
        Lang::Fa => &FA,
        Lang::Zh => &ZH,
    }
}

static EN: AgentStrings = AgentStrings {
    title: "Agents' workspace",
    intro: "Paste a customer's message or a whole e-mail thread to get the answers to send.",
    message_label: "Customer's message",
    message_hint: "Quoted replies and signatures are left out.",
    customer_lang_label: "Customer's language",
    detect: "Detect",
    agent_lang_label: "Your language",
    submit: "Suggest answers",
    answers_heading: "Suggested answers",
    customer_writes: |l| format!("The customer writes in {l}."),
    no_answers: "No answer matches this message. Try fewer, more specific words.",
    keyboard_hint: "Up and down arrows move between answers; Enter copies the selected one.",
    in_lang: |l| format!("In {l}"),
    no_translation: |l| format!("This answer has no {l} translation."),
    copy_text: "Copy text",
    copy_markdown: "Copy Markdown",
    copy_html: "Copy rich text",
    copied: "Copied",
    copy_failed: "Could not copy. Select the text and copy it by hand.",
    open_article: "Open the article",
    empty_message: "Paste the customer's message first.",
    too_long: "The message is too long. Paste only the customer's latest message.",
};

static AR: AgentStrings = AgentStrings {
    title: "مساحة عمل فريق الدعم",
    intro: "الصق رسالة العميل أو سلسلة البريد كاملة لتحصل على الإجابات المناسبة لإرسالها.",
    message_label: "رسالة العميل",
    message_hint: "نتجاهل الردود المقتبسة والتواقيع.",
    customer_lang_label: "لغة العميل",
    detect: "اكتشاف تلقائي",
    agent_lang_label: "لغتك",
    submit: "اقترح إجابات",
    answers_heading: "الإجابات المقترحة",
    customer_writes: |l| format!("يكتب العميل باللغة: {l}."),
    no_answers: "لا توجد إجابة تطابق هذه الرسالة. جرّب كلمات أقل وأكثر تحديدًا.",
    keyboard_hint: "استخدم السهمين لأعلى ولأسفل للتنقل بين الإجابات، واضغط Enter لنسخ الإجابة المحددة.",
    in_lang: |l| format!("باللغة: {l}"),
    no_translation: |l| format!("لا تتوفر ترجمة لهذه الإجابة باللغة: {l}."),
    copy_text: "نسخ النص",
    copy_markdown: "نسخ بصيغة Markdown",
    copy_html: "نسخ بتنسيق منسّق",
    copied: "تم النسخ",
    copy_failed: "تعذّر النسخ. حدّد النص وانسخه يدويًا.",
    open_article: "فتح المقالة",
    empty_message: "الصق رسالة العميل أولًا.",
    too_long: "الرسالة طويلة جدًا. الصق آخر رسالة من العميل فقط.",
};

static FA: AgentStrings = AgentStrings {
    title: "میز کار پشتیبانی",
    intro: "پیام مشتری یا کل رشته ایمیل را اینجا بچسبانید تا پاسخ‌های مناسب برای ارسال را ببینید.",
    message_label: "پیام مشتری",
    message_hint: "نقل‌قول‌ها و امضاها در نظر گرفته نمی‌شوند.",
    customer_lang_label: "زبان مشتری",
    detect: "تشخیص خودکار",
    agent_lang_label: "زبان شما",
    submit: "پیشنهاد پاسخ",
    answers_heading: "پاسخ‌های پیشنهادی",
    customer_writes: |l| format!("مشتری به این زبان می‌نویسد: {l}."),
    no_answers: "پاسخی برای این پیام پیدا نشد. با کلمات کمتر و دقیق‌تر امتحان کنید.",
    keyboard_hint:
        "با کلیدهای جهت‌نمای بالا و پایین بین پاسخ‌ها جابه‌جا شوید؛ Enter پاسخ انتخاب‌شده را کپی می‌کند.",
    in_lang: |l| format!("به زبان {l}"),
    no_translation: |l| format!("این پاسخ ترجمه‌ای به زبان {l} ندارد."),
    copy_text: "کپی متن",
    copy_markdown: "کپی Markdown",
    copy_html: "کپی با قالب‌بندی",
    copied: "کپی شد",
    copy_failed: "کپی انجام نشد. متن را انتخاب کنید و دستی کپی کنید.",
    open_article: "باز کردن مقاله",
    empty_message: "اول پیام مشتری را بچسبانید.",
    too_long: "پیام خیلی طولانی است. فقط آخرین پیام مشتری را بچسبانید.",
};

static ZH: AgentStrings = AgentStrings {
    title: "客服工作台",
    intro: "粘贴客户的消息或整封邮件往来，即可获得可直接发送的答案。",
    message_label: "客户消息",
    message_hint: "引用的回复和签名会被忽略。",
    customer_lang_label: "客户语言",
    detect: "自动识别",
    agent_lang_label: "您的语言",
    submit: "推荐答案",
    answers_heading: "推荐答案",
    customer_writes: |l| format!("客户使用的语言：{l}。"),
    no_answers: "没有与此消息匹配的答案。请尝试更少、更具体的词语。",
    keyboard_hint: "用上下方向键在答案之间移动，按 Enter 复制选中的答案。",
    in_lang: |l| format!("{l}版本"),
    no_translation: |l| format!("此答案没有{l}译文。"),
    copy_text: "复制文本",
    copy_markdown: "复制 Markdown",
    copy_html: "复制富文本",
    copied: "已复制",
    copy_failed: "无法复制。请选中文本后手动复制。",
    open_article: "打开文章",
    empty_message: "请先粘贴客户的消息。",
    too_long: "消息太长。请只粘贴客户最新的一条消息。",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_carry_their_argument() {
        for lang in Lang::ALL {
            let t = agent_strings(lang);
            assert!((t.no_translation)("X").contains('X'), "{lang}");
            assert!((t.in_lang)("X").contains('X'), "{lang}");
            assert!((t.customer_writes)("X").contains('X'), "{lang}");
        }
    }
}
