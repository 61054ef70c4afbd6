//! Interface strings of the login form in every language, kept beside it; like
//! [`crate::web::i18n`], a phrase missing from any language is a compile error.

use crate::lang::Lang;

/// The login form's strings in one language.
#[derive(Debug)]
pub struct LoginStrings {
    /// Page title and button.
    pub sign_in: &'static str,
    pub sign_out: &'static str,
    /// The agents' workspace, as the realm is named on its login form.
    pub realm_agent: &'static str,
    /// The admin pages, likewise.
    pub realm_admin: &'static str,
    pub intro: &'static str,
    pub token_label: &'static str,
    pub wrong_token: &'static str,
    /// Too many failed attempts; the argument is the wait in seconds.
    pub too_many: fn(u64) -> String,
    /// A form sent from another site, or from a page older than the session.
    pub refused: &'static str,
    /// The system gave no randomness for a session id.
    pub unavailable: &'static str,
}

/// The login strings of one language.
pub fn login_strings(lang: Lang) -> &'static LoginStrings {
    match lang {
        Lang::En => &EN,
        Lang::Ar => &AR,
        Lang::Fa => &FA,
        Lang::Zh => &ZH,
    }
}

static EN: LoginStrings = LoginStrings {
    sign_in: "Sign in",
    sign_out: "Sign out",
    realm_agent: "Agents' workspace",
    realm_admin: "Help center administration",
    intro: "Enter the access token your administrator gave you.",
    token_label: "Access token",
    wrong_token: "That token is not right. Check it and try again.",
    too_many: |s| format!("Too many attempts. Wait {s} seconds before trying again."),
    refused: "This form was sent from another page or has expired. Open the page again and retry.",
    unavailable: "Signing in is not possible at the moment. Please try again shortly.",
};

static AR: LoginStrings = LoginStrings {
    sign_in: "تسجيل الدخول",
    sign_out: "تسجيل الخروج",
    realm_agent: "مساحة عمل فريق الدعم",
    realm_admin: "إدارة مركز المساعدة",
    intro: "أدخل رمز الوصول الذي زوّدك به المسؤول.",
    token_label: "رمز الوصول",
    wrong_token: "رمز الوصول غير صحيح. تحقّق منه وحاول مرة أخرى.",
    too_many: |s| format!("محاولات كثيرة جدًا. انتظر {s} ثانية قبل المحاولة مجددًا."),
    refused: "أُرسل هذا النموذج من صفحة أخرى أو انتهت صلاحيته. افتح الصفحة من جديد وأعد المحاولة.",
    unavailable: "تعذّر تسجيل الدخول حاليًا. يُرجى المحاولة بعد قليل.",
};

static FA: LoginStrings = LoginStrings {
    sign_in: "ورود",
    sign_out: "خروج",
    realm_agent: "میز کار پشتیبانی",
    realm_admin: "مدیریت مرکز راهنما",
    intro: "توکن دسترسی‌ای را که مدیر سیستم به شما داده است وارد کنید.",
    token_label: "توکن دسترسی",
    wrong_token: "این توکن درست نیست. آن را بررسی کنید و دوباره امتحان کنید.",
    too_many: |s| format!("تلاش‌ها بیش از حد زیاد بود. {s} ثانیه صبر کنید و دوباره امتحان کنید."),
    refused: "این فرم از صفحه دیگری فرستاده شده یا منقضی شده است. صفحه را دوباره باز کنید و از نو امتحان کنید.",
    unavailable: "در حال حاضر امکان ورود نیست. لطفاً کمی بعد دوباره امتحان کنید.",
};

static ZH: LoginStrings = LoginStrings {
    sign_in: "登录",
    sign_out: "退出登录",
    realm_agent: "客服工作台",
    realm_admin: "帮助中心管理",
    intro: "请输入管理员提供给您的访问令牌。",
    token_label: "访问令牌",
    wrong_token: "令牌不正确，请检查后重试。",
    too_many: |s| format!("尝试次数过多，请等待 {s} 秒后再试。"),
    refused: "此表单来自其他页面或已过期。请重新打开页面后再试。",
    unavailable: "目前无法登录，请稍后再试。",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_words() {
        for lang in Lang::ALL {
            let t = login_strings(lang);
            assert!((t.too_many)(30).contains("30"), "{lang}");
            if lang != Lang::En {
                assert_ne!(t.sign_in, EN.sign_in, "{lang}");
            }
        }
    }
}
