//! The page shell shared by every help page: document head, skip link, header with the product
//! name and language switcher, footer; and the search form used on several pages.

use std::fmt::Write;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::assets;
use super::html::{esc, Esc};
use crate::lang::Lang;
use crate::web::i18n::{strings, Strings};

/// A link of the language switcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangLink {
    pub lang: Lang,
    pub url: String,
}

impl LangLink {
    /// Links to the home page of every language.
    pub fn homes() -> Vec<LangLink> {
        Lang::ALL
            .into_iter()
            .map(|lang| LangLink {
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
    /// The contents of `<main>`, HTML.
    pub main: String,
    /// Link to the contact page for the footer, when there is one.
    pub contact_url: Option<String>,
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
    let mut out = String::with_capacity(page.main.len() + 4096);
    let full_title = if page.title.is_empty() {
        t.product.to_string()
    } else {
        format!("{} – {}", page.title, t.product)
    };
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n\
<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title}</title>\n",
        code = lang.code(),
        dir = dir(lang),
        title = Esc(&full_title),
    );
    if let Some(d) = page.description.filter(|d| !d.is_empty()) {
        let _ = writeln!(out, "<meta name=\"description\" content=\"{}\">", Esc(d));
    }
    for l in page.langs.iter().filter(|l| l.lang != lang) {
        let _ = writeln!(
            out,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            l.lang.code(),
            Esc(&l.url)
        );
    }
    let _ = write!(
        out,
        "<link rel=\"icon\" href=\"{icon}\" type=\"image/svg+xml\">\n\
<link rel=\"stylesheet\" href=\"{css}\">\n\
<script src=\"{js}\" defer></script>\n\
</head>\n<body class=\"{kind}\">\n\
<a class=\"skip-link\" href=\"#main\">{skip}</a>\n",
        icon = Esc(&assets::ICON.url()),
        css = Esc(&assets::CSS.url()),
        js = Esc(&assets::JS.url()),
        kind = page.kind,
        skip = esc(t.skip_link),
    );
    header(&mut out, page, t);
    let _ = write!(
        out,
        "<main id=\"main\" tabindex=\"-1\">\n{}\n</main>\n",
        page.main
    );
    footer(&mut out, page, t);
    out.push_str("</body>\n</html>\n");
    out
}

fn header(out: &mut String, page: &Page<'_>, t: &Strings) {
    let code = page.lang.code();
    let _ = write!(
        out,
        "<header class=\"site-header\">\n<div class=\"container header-inner\">\n\
<a class=\"brand\" href=\"/{code}/\"><img class=\"brand-logo\" src=\"{icon}\" alt=\"\" width=\"32\" height=\"32\"><span class=\"brand-name\">{product}</span></a>\n",
        icon = Esc(&assets::ICON.url()),
        product = esc(t.product),
    );
    if page.search == SearchPlacement::Header {
        out.push_str(&search_form(page.lang, "", SearchStyle::Compact, &[]));
    }
    lang_switcher(out, page, t);
    out.push_str("</div>\n</header>\n");
}

fn lang_switcher(out: &mut String, page: &Page<'_>, t: &Strings) {
    if page.langs.len() < 2 {
        return;
    }
    let _ = write!(
        out,
        "<nav class=\"lang-switcher\" aria-label=\"{}\">\n<ul>\n",
        esc(t.language_label)
    );
    for l in &page.langs {
        let current = if l.lang == page.lang {
            " aria-current=\"page\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<li><a href=\"{url}\" hreflang=\"{code}\" lang=\"{code}\" dir=\"{dir}\"{current}>{name}</a></li>",
            url = Esc(&l.url),
            code = l.lang.code(),
            dir = dir(l.lang),
            name = l.lang.native_name(),
        );
    }
    out.push_str("</ul>\n</nav>\n");
}

fn footer(out: &mut String, page: &Page<'_>, t: &Strings) {
    let _ = write!(
        out,
        "<footer class=\"site-footer\">\n<div class=\"container footer-inner\">\n\
<p class=\"footer-brand\"><bdi>{company}</bdi> · <a href=\"/{code}/\">{product}</a></p>\n",
        company = esc(t.company),
        code = page.lang.code(),
        product = esc(t.product),
    );
    if let Some(url) = &page.contact_url {
        let _ = writeln!(
            out,
            "<p><a href=\"{}\">{}</a></p>",
            Esc(url),
            esc(t.footer_contact)
        );
    }
    let _ = write!(
        out,
        "<p class=\"footer-note\">{}</p>\n</div>\n</footer>\n",
        esc(t.footer_note)
    );
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
/// input into a combobox with suggestions as you type. `extra` is HTML appended inside the
/// form (the results page's filters).
pub fn search_form(lang: Lang, q: &str, style: SearchStyle, extra: &[&str]) -> String {
    let t = strings(lang);
    let code = lang.code();
    let class = match style {
        SearchStyle::Hero => "search search-hero",
        SearchStyle::Page => "search search-page",
        SearchStyle::Compact => "search search-compact",
    };
    let mut out = String::with_capacity(1024);
    let _ = write!(
        out,
        "<form class=\"{class}\" role=\"search\" action=\"/{code}/search\" method=\"get\" \
data-search data-lang=\"{code}\" data-label=\"{label}\" data-count=\"{count}\" data-none=\"{none}\" data-all=\"{all}\">\n\
<label class=\"visually-hidden\" for=\"q\">{label}</label>\n\
<div class=\"search-field\">\n\
<svg class=\"search-icon\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 24 24\" width=\"20\" height=\"20\"><path d=\"M10.5 3a7.5 7.5 0 0 1 5.96 12.05l4.25 4.24-1.42 1.42-4.24-4.25A7.5 7.5 0 1 1 10.5 3zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z\"/></svg>\n\
<input id=\"q\" name=\"q\" type=\"search\" value=\"{q}\" placeholder=\"{placeholder}\" \
autocomplete=\"off\" spellcheck=\"false\" enterkeyhint=\"search\" maxlength=\"512\">\n\
<button type=\"submit\">{button}</button>\n\
</div>\n",
        label = esc(t.search_label),
        count = esc(t.suggestions_count),
        none = esc(t.no_suggestions),
        all = esc(t.see_all_results),
        q = esc(q),
        placeholder = esc(t.search_placeholder),
        button = esc(t.search_button),
    );
    for html in extra {
        out.push_str(html);
    }
    out.push_str("</form>\n");
    out
}

/// A finished HTML response with the right content type.
pub fn html_response(status: StatusCode, body: String) -> Response {
    let mut resp = (status, body).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lang: Lang) -> String {
        render(&Page {
            lang,
            title: "A <title>",
            description: Some("d\"x"),
            kind: "page-test",
            langs: LangLink::homes(),
            search: SearchPlacement::Header,
            main: "<p>main</p>".into(),
            contact_url: Some("/en/contact-support".into()),
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
            Lang::En,
            "\"><script>alert(1)</script>",
            SearchStyle::Page,
            &[],
        );
        assert!(form.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assert!(!form.contains("<script>"));
        assert!(form.contains("action=\"/en/search\""));
        assert!(form.contains("<label class=\"visually-hidden\" for=\"q\">"));
    }
}
