//! The page shell shared by every help page: document head, skip link, header with the product
//! name and language switcher, footer; and the search form used on several pages.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::assets;
use maud::{html, Markup, DOCTYPE};

use super::html::Text;
use crate::content::Site;
use crate::lang::Lang;
use crate::web::i18n::{strings, Strings};

/// A link of the language switcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangLink {
    pub lang: Lang,
    pub url: String,
}

impl LangLink {
    /// Links to the home page of every published language.
    pub fn homes(site: &Site) -> Vec<LangLink> {
        site.languages
            .iter()
            .map(|&lang| LangLink {
                lang,
                url: format!("/{}/", lang.code()),
            })
            .collect()
    }
}

/// Where a page puts the search form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchPlacement {
    /// In the header (article pages).
    Header,
    /// The page's own content has it (home, results, 404).
    InPage,
}

/// Everything the shell needs from a page.
#[derive(Debug)]
pub struct Page<'a> {
    /// The help center's settings (name, logo, footer).
    pub site: &'a Site,
    pub lang: Lang,
    /// The page's own title, plain text; the product name is appended.
    pub title: &'a str,
    /// `<meta name="description">`, plain text.
    pub description: Option<&'a str>,
    /// Class on `<body>`, for page-specific layout.
    pub kind: &'static str,
    /// The language switcher's entries (the current language included).
    pub langs: Vec<LangLink>,
    pub search: SearchPlacement,
    /// The contents of `<main>`.
    pub main: Markup,
    /// Link to the contact page for the footer, when there is one.
    pub contact_url: Option<String>,
    /// Page-specific tags for the head (canonical URL, social cards, structured data).
    pub head: Markup,
}

/// The help center's name in a language: the site file's, else dalil's own words for it.
pub fn site_name<'a>(site: &'a Site, t: &'a Strings, lang: Lang) -> &'a str {
    site.name(lang).unwrap_or(t.home_crumb)
}

/// The `dir` attribute value of a language.
pub fn dir(lang: Lang) -> &'static str {
    if lang.is_rtl() {
        "rtl"
    } else {
        "ltr"
    }
}

/// Renders a whole HTML document.
pub fn render(page: &Page<'_>) -> String {
    let lang = page.lang;
    let t = strings(lang);
    let name = site_name(page.site, t, lang);
    let full_title = if page.title.is_empty() {
        name.to_string()
    } else {
        format!("{} – {name}", page.title)
    };
    let (icon_url, icon_type) = assets::favicon(page.site);
    let document = html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(dir(lang)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (Text(&full_title)) }
                @if let Some(d) = page.description.filter(|d| !d.is_empty()) {
                    meta name="description" content=(Text(d));
                }
                @for l in page.langs.iter().filter(|l| l.lang != lang) {
                    link rel="alternate" hreflang=(l.lang.code()) href=(l.url);
                }
                link rel="icon" href=(icon_url) type=(icon_type);
                link rel="stylesheet" href=(assets::CSS.url());
                @if let Some(theme) = assets::theme_url(page.site) {
                    link rel="stylesheet" href=(theme);
                }
                (page.head)
                script src=(assets::JS.url()) defer {}
            }
            body class=(page.kind) {
                a class="skip-link" href="#main" { (t.skip_link) }
                (header(page, t))
                main id="main" tabindex="-1" { (page.main) }
                (footer(page, t))
            }
        }
    };
    document.into_string()
}

fn header(page: &Page<'_>, t: &Strings) -> Markup {
    html! {
        header class="site-header" {
            div class="container header-inner" {
                a class="brand" href={ "/" (page.lang.code()) "/" } {
                    img class="brand-logo" src=(assets::logo_url(page.site)) alt="" width="32" height="32";
                    span class="brand-name" { (site_name(page.site, t, page.lang)) }
                }
                @if page.search == SearchPlacement::Header {
                    (search_form(page.site, page.lang, "", SearchStyle::Compact, &[]))
                }
                (lang_switcher(page, t))
            }
        }
    }
}

fn lang_switcher(page: &Page<'_>, t: &Strings) -> Markup {
    if page.langs.len() < 2 {
        return html! {};
    }
    html! {
        nav class="lang-switcher" aria-label=(t.language_label) {
            ul {
                @for l in &page.langs {
                    li {
                        a href=(l.url) hreflang=(l.lang.code()) lang=(l.lang.code())
                            dir=(dir(l.lang))
                            aria-current=[(l.lang == page.lang).then_some("page")] {
                            (l.lang.native_name())
                        }
                    }
                }
            }
        }
    }
}

fn footer(page: &Page<'_>, t: &Strings) -> Markup {
    let site = page.site;
    let lang = page.lang;
    let links = [
        (site.links.website.as_deref(), t.link_website),
        (site.links.status.as_deref(), t.link_status),
        (site.links.privacy.as_deref(), t.link_privacy),
    ];
    html! {
        footer class="site-footer" {
            div class="container footer-inner" {
                p class="footer-brand" {
                    @if let Some(company) = site.company(lang) {
                        bdi { (company) } " · "
                    }
                    a href={ "/" (lang.code()) "/" } { (site_name(site, t, lang)) }
                }
                @if let Some(url) = &page.contact_url {
                    p { a href=(url) { (t.footer_contact) } }
                }
                @for (url, label) in links {
                    @if let Some(url) = url {
                        p { a href=(url) rel="noopener" { (label) } }
                    }
                }
                @if let Some(note) = site.footer(lang) {
                    p class="footer-note" { (note) }
                }
            }
        }
    }
}

/// How a search form looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchStyle {
    /// Large, on the home page and the 404 page.
    Hero,
    /// At the top of the results page.
    Page,
    /// Small, in the header of article pages.
    Compact,
}

/// The search form. Works without JavaScript (a GET to `/<lang>/search`); the script turns the
/// input into a combobox with completions as you type. `extra` is appended inside the form
/// (the results page's filters).
pub fn search_form(
    site: &Site,
    lang: Lang,
    q: &str,
    style: SearchStyle,
    extra: &[Markup],
) -> Markup {
    let t = strings(lang);
    let placeholder = site
        .search_placeholder(lang)
        .unwrap_or(t.search_placeholder);
    let code = lang.code();
    let class = match style {
        SearchStyle::Hero => "search search-hero",
        SearchStyle::Page => "search search-page",
        SearchStyle::Compact => "search search-compact",
    };
    html! {
        form class=(class) role="search" action={ "/" (code) "/search" } method="get"
            data-search data-lang=(code) data-label=(t.search_label)
            data-count=(t.completions_count) data-none=(t.no_completions)
            data-all=(t.see_all_results) {
            label class="visually-hidden" for="q" { (t.search_label) }
            div class="search-field" {
                svg class="search-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24"
                    width="20" height="20" {
                    path d="M10.5 3a7.5 7.5 0 0 1 5.96 12.05l4.25 4.24-1.42 1.42-4.24-4.25A7.5 7.5 0 1 1 10.5 3zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z" {}
                }
                input id="q" name="q" type="search" value=(Text(q))
                    placeholder=(placeholder) autocomplete="off" spellcheck="false"
                    enterkeyhint="search" maxlength="512";
                button type="submit" { (t.search_button) }
            }
            @for part in extra {
                (part)
            }
        }
    }
}

/// The content type of every page.
pub const HTML: &str = "text/html; charset=utf-8";

/// A finished HTML response with the right content type.
pub fn html_response(status: StatusCode, body: String) -> Response {
    let mut resp = (status, body).into_response();
    resp.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(HTML));
    resp
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The bundled help center's settings, as pages see them.
    pub fn falak() -> Site {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let report = crate::content::load_content(&dir);
        assert!(report.is_ok(), "{:?}", report.errors);
        report.site
    }

    fn page(lang: Lang) -> String {
        let site = falak();
        render(&Page {
            site: &site,
            lang,
            title: "A <title>",
            description: Some("d\"x"),
            kind: "page-test",
            langs: LangLink::homes(&site),
            search: SearchPlacement::Header,
            main: html! { p { "main" } },
            contact_url: Some("/en/contact-support".into()),
            head: html! {},
        })
    }

    #[test]
    fn rtl_languages_get_rtl_documents() {
        assert!(page(Lang::Ar).contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(page(Lang::Fa).contains("<html lang=\"fa\" dir=\"rtl\">"));
        assert!(page(Lang::En).contains("<html lang=\"en\" dir=\"ltr\">"));
        assert!(page(Lang::Zh).contains("<html lang=\"zh\" dir=\"ltr\">"));
    }

    #[test]
    fn shell_has_viewport_title_assets_skip_link_and_switcher() {
        let html = page(Lang::En);
        assert!(html
            .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assert!(html.contains("<title>A &lt;title&gt; – Falak Help Center</title>"));
        assert!(html.contains("content=\"d&quot;x\""));
        assert!(html.contains("<a class=\"skip-link\" href=\"#main\">"));
        assert!(html.contains("<main id=\"main\""));
        assert!(html.contains(&format!(
            "src=\"/assets/app.js?v={}\" defer",
            assets::JS.hash
        )));
        assert!(html.contains("hreflang=\"fa\" lang=\"fa\" dir=\"rtl\">فارسی</a>"));
        assert!(html.contains(
            "href=\"/en/\" hreflang=\"en\" lang=\"en\" dir=\"ltr\" aria-current=\"page\""
        ));
        // No inline script or style anywhere in the shell (CSP).
        assert!(!html.contains("<script>"));
        assert!(!html.contains("style="));
        assert!(!html.contains("<style"));
    }

    #[test]
    fn search_form_escapes_the_query() {
        let form = search_form(
            &Site::default(),
            Lang::En,
            "\"><script>alert(1)</script>",
            SearchStyle::Page,
            &[],
        )
        .into_string();
        assert!(form.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assert!(!form.contains("<script>"));
        assert!(form.contains("action=\"/en/search\""));
        assert!(form.contains("<label class=\"visually-hidden\" for=\"q\">"));
    }
}
