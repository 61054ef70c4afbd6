//! `dalil init DIR [--langs en,ar] [--name "Acme"]`: writes a small working help center - the
//! site file, a logo, an illustration, synonyms, and per language one FAQ and one tutorial that
//! between them use every feature of the format (FAQ questions, sections and sub-sections, a
//! hand-set anchor, keywords, synonyms, a table, an image, links to another article's section).
//!
//! The starter texts live in `starter/` as files, written in each language as a help center
//! would, with `{name}` where the company's name goes.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};

use crate::lang::Lang;

/// One starter file: its path under the new folder and its text.
type Starter = (&'static str, &'static str);

/// The starter articles and synonyms of one language.
fn starter(lang: Lang) -> [Starter; 3] {
    macro_rules! files {
        ($code:literal) => {
            [
                (
                    concat!($code, "/account-faq.md"),
                    include_str!(concat!("starter/", $code, "/account-faq.md")),
                ),
                (
                    concat!($code, "/getting-started.md"),
                    include_str!(concat!("starter/", $code, "/getting-started.md")),
                ),
                (
                    concat!("synonyms/", $code, ".toml"),
                    include_str!(concat!("starter/synonyms/", $code, ".toml")),
                ),
            ]
        };
    }
    match lang {
        Lang::En => files!("en"),
        Lang::Ar => files!("ar"),
        Lang::Fa => files!("fa"),
        Lang::Zh => files!("zh"),
    }
}

/// Files every starter has, whatever its languages.
const COMMON: [Starter; 2] = [
    ("assets/logo.svg", include_str!("starter/assets/logo.svg")),
    (
        "assets/welcome.svg",
        include_str!("starter/assets/welcome.svg"),
    ),
];

/// Per-language words of the site file: the help center's name around the company's, and the
/// two categories' names and descriptions.
struct SiteWords {
    help_center: fn(&str) -> String,
    start_name: &'static str,
    start_description: &'static str,
    account_name: &'static str,
    account_description: &'static str,
    footer: fn(&str) -> String,
    search_placeholder: &'static str,
}

fn words(lang: Lang) -> SiteWords {
    match lang {
        Lang::En => SiteWords {
            help_center: |n| format!("{n} Help Center"),
            start_name: "Getting started",
            start_description: "Your first steps, from sign-up to your first invitation.",
            account_name: "Your account",
            account_description: "Signing in, passwords, billing and closing an account.",
            footer: |n| format!("© {n}. All rights reserved."),
            search_placeholder: "e.g. How do I reset my password?",
        },
        Lang::Ar => SiteWords {
            help_center: |n| format!("مركز مساعدة {n}"),
            start_name: "البداية",
            start_description: "خطواتك الأولى، من التسجيل إلى دعوة فريقك.",
            account_name: "حسابك",
            account_description: "تسجيل الدخول وكلمات المرور والفوترة وإغلاق الحساب.",
            footer: |n| format!("© {n}. جميع الحقوق محفوظة."),
            search_placeholder: "مثلًا: كيف أعيد تعيين كلمة المرور؟",
        },
        Lang::Fa => SiteWords {
            help_center: |n| format!("مرکز راهنمای {n}"),
            start_name: "شروع کار",
            start_description: "قدم‌های اول، از ثبت‌نام تا دعوت از همکاران.",
            account_name: "حساب کاربری",
            account_description: "ورود، رمز عبور، صورت‌حساب و بستن حساب.",
            footer: |n| format!("© {n}. همه حقوق محفوظ است."),
            search_placeholder: "مثلاً: چطور رمز عبورم را بازیابی کنم؟",
        },
        Lang::Zh => SiteWords {
            help_center: |n| format!("{n} 帮助中心"),
            start_name: "快速上手",
            start_description: "从注册到邀请团队成员的第一步。",
            account_name: "账户",
            account_description: "登录、密码、账单与注销账户。",
            footer: |n| format!("© {n} 版权所有"),
            search_placeholder: "例如：如何重置密码？",
        },
    }
}

/// A TOML string literal (quoted and escaped).
fn toml_str(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The site file of a starter help center.
pub fn site_toml(name: &str, langs: &[Lang]) -> String {
    let codes: Vec<String> = langs.iter().map(|l| toml_str(l.code())).collect();
    let per_lang = |f: &dyn Fn(&SiteWords) -> String| -> String {
        langs
            .iter()
            .map(|&l| format!("{} = {}", l.code(), toml_str(&f(&words(l)))))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let inline = |f: &dyn Fn(&SiteWords) -> String| -> String {
        let pairs: Vec<String> = langs
            .iter()
            .map(|&l| format!("{} = {}", l.code(), toml_str(&f(&words(l)))))
            .collect();
        format!("{{ {} }}", pairs.join(", "))
    };
    let featured: String = langs
        .iter()
        .map(|l| format!("{} = [\"account-faq\", \"getting-started\"]", l.code()))
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "# Your help center's own settings. README.md (\"The site file\") describes every key;\n\
         # `dalil check --content <this folder>` validates it.\n\n\
         # The address customers open: used in the sitemap, canonical URLs and link previews.\n\
         base_url = \"http://127.0.0.1:8080\"\n\
         languages = [{langs}]\n\
         default_language = {default}\n\
         logo = \"assets/logo.svg\"\n\
         favicon = \"assets/logo.svg\"\n\
         contact_article = \"getting-started\"\n\n\
         [name]\n{names}\n\n\
         [company]\n{companies}\n\n\
         [footer]\n{footers}\n\n\
         # The example question in each search box.\n\
         [search_placeholder]\n{placeholders}\n\n\
         [colors]\n\
         # Links and buttons; dalil refuses a colour too light to read on the page.\n\
         primary = \"#2f5d50\"\n\n\
         [links]\n\
         website = \"https://example.com\"\n\
         # status = \"https://status.example.com\"\n\
         # privacy = \"https://example.com/privacy\"\n\n\
         # Shown first on each language's home page.\n\
         [featured]\n{featured}\n\n\
         # Categories in the order the home page shows them; articles name them with `category:`.\n\
         [[categories]]\n\
         id = \"getting-started\"\n\
         icon = \"🚀\"\n\
         name = {start_names}\n\
         description = {start_descriptions}\n\n\
         [[categories]]\n\
         id = \"account\"\n\
         icon = \"👤\"\n\
         name = {account_names}\n\
         description = {account_descriptions}\n",
        langs = codes.join(", "),
        default = toml_str(langs.first().map_or("en", |l| l.code())),
        names = per_lang(&|w| (w.help_center)(name)),
        companies = per_lang(&|_| name.to_string()),
        footers = per_lang(&|w| (w.footer)(name)),
        placeholders = per_lang(&|w| w.search_placeholder.to_string()),
        start_names = inline(&|w| w.start_name.to_string()),
        start_descriptions = inline(&|w| w.start_description.to_string()),
        account_names = inline(&|w| w.account_name.to_string()),
        account_descriptions = inline(&|w| w.account_description.to_string()),
    )
}

/// The name inside a double-quoted YAML title and inside Markdown text.
fn fill(template: &str, name: &str) -> String {
    let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
    template
        .lines()
        .map(|line| {
            if line.starts_with("title: \"") {
                line.replace("{name}", &quoted)
            } else {
                line.replace("{name}", name)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Parses `--langs` (`en,ar`): known codes, each once, in the order given.
pub fn parse_langs(list: &str) -> anyhow::Result<Vec<Lang>> {
    let mut langs = Vec::new();
    for code in list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let Some(lang) = Lang::from_code(code).filter(|l| l.code() == code) else {
            bail!(
                "unknown language {code:?} in --langs: use codes among {}",
                Lang::codes_list()
            );
        };
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    if langs.is_empty() {
        bail!("--langs names no language: write for example `--langs en,ar`");
    }
    Ok(langs)
}

/// Writes the starter help center into `dir`, which must be missing or empty.
pub fn write_starter(dir: &Path, name: &str, langs: &[Lang]) -> anyhow::Result<()> {
    let name = name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        bail!("--name must be the company's name, e.g. --name \"Acme\"");
    }
    if dir.exists() {
        let mut entries =
            fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
        if entries.next().is_some() {
            bail!(
                "{} is not empty: choose a new folder, so that nothing there is overwritten",
                dir.display()
            );
        }
    }
    let mut files: Vec<(String, String)> = vec![("site.toml".into(), site_toml(name, langs))];
    files.extend(COMMON.iter().map(|(p, t)| (p.to_string(), t.to_string())));
    for &lang in langs {
        files.extend(
            starter(lang)
                .iter()
                .map(|(p, t)| (p.to_string(), fill(t, name))),
        );
    }
    for (rel, text) in files {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
        }
        fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// Runs `dalil init`.
pub fn run(dir: &Path, langs: &str, name: &str) -> anyhow::Result<ExitCode> {
    let langs = parse_langs(langs)?;
    write_starter(dir, name, &langs)?;
    let d = dir.display();
    println!("dalil: wrote a help center for {name} in {d}");
    println!("  edit {d}/site.toml (name, logo, colour, languages, categories)");
    println!("  write articles in {d}/<lang>/<id>.md, then check them: dalil check --content {d}");
    println!("  serve it: dalil serve --content {d} --index {d}-index");
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load_content;

    #[test]
    fn the_starter_loads_without_errors_or_warnings_in_every_language() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("help");
        write_starter(&root, "Acme \"Quoted\": Co", &Lang::ALL).unwrap();
        let report = load_content(&root);
        let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
        let warnings: Vec<String> = report.warnings.iter().map(ToString::to_string).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        assert!(warnings.is_empty(), "{warnings:#?}");
        assert_eq!(report.articles.len(), 8);
        assert_eq!(
            report.site.name(Lang::En),
            Some("Acme \"Quoted\": Co Help Center")
        );
        assert_eq!(report.site.files.len(), 2);
        assert_eq!(
            report.site.search_placeholder(Lang::Zh),
            Some("例如：如何重置密码？")
        );
        for a in &report.articles {
            assert!(!a.title.contains("{name}"), "{}", a.title);
            // Every link to a section of another article lands on a heading of it.
            for link in a.body_markdown.split("](/").skip(1) {
                let target = &link[..link.find(')').unwrap_or(link.len())];
                let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
                if let Some(file) = path.strip_prefix("assets/") {
                    assert!(report.site.file(file).is_some(), "{target}");
                    continue;
                }
                let (code, id) = path.split_once('/').unwrap();
                let other = report
                    .articles
                    .iter()
                    .find(|o| o.lang.code() == code && o.id == id)
                    .unwrap_or_else(|| panic!("{}: no article {path}", a.path.display()));
                assert!(
                    anchor.is_empty() || other.sections.iter().any(|s| s.anchor == anchor),
                    "{}: no section {anchor} in {path}",
                    a.path.display()
                );
            }
        }
    }

    #[test]
    fn langs_are_checked_and_folders_not_overwritten() {
        assert_eq!(parse_langs("en, ar,en").unwrap(), vec![Lang::En, Lang::Ar]);
        assert!(parse_langs("en,de").is_err());
        assert!(parse_langs("").is_err());
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("keep.txt"), "x").unwrap();
        assert!(write_starter(dir.path(), "Acme", &[Lang::En]).is_err());
    }
}
