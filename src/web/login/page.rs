//! The login form: a maud page inside the help center's shell, in the four languages.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use maud::html;

use super::realm::Realm;
use super::strings::login_strings;
use crate::content::Site;
use crate::lang::Lang;
use crate::web::pages::html::with_query;
use crate::web::pages::layout::{html_response, render, LangLink, Page, SearchPlacement};

/// What the form says above the fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    None,
    WrongToken,
    TooMany(u64),
    Refused,
    Unavailable,
}

/// The login form of `realm` inside `site`'s shell (its name, logo and brand colours: the
/// help center's own public face, nothing a visitor could not see on its home page), answered
/// with `status`; after a login the browser goes to `next` (a page of the realm, checked again
/// when the form comes back).
pub fn login_page(
    site: &Site,
    realm: Realm,
    lang: Lang,
    next: &str,
    notice: Notice,
    status: StatusCode,
) -> Response {
    let t = login_strings(lang);
    let realm_name = match realm {
        Realm::Agent => t.realm_agent,
        Realm::Admin => t.realm_admin,
    };
    let message = match notice {
        Notice::None => None,
        Notice::WrongToken => Some(t.wrong_token.to_string()),
        Notice::TooMany(s) => Some((t.too_many)(s)),
        Notice::Refused => Some(t.refused.to_string()),
        Notice::Unavailable => Some(t.unavailable.to_string()),
    };
    let main = html! {
        div class="container login-page" {
            h1 { (realm_name) }
            p { (t.intro) }
            @if let Some(m) = &message {
                p class="login-error" role="alert" { (m) }
            }
            form class="login-form" method="post" action=(realm.login_path()) {
                label for="token" { (t.token_label) }
                input id="token" name="token" type="password" autocomplete="current-password"
                    required autofocus dir="ltr";
                input type="hidden" name="next" value=(next);
                input type="hidden" name="lang" value=(lang.code());
                button type="submit" { (t.sign_in) }
            }
        }
    };
    let langs = Lang::ALL
        .into_iter()
        .map(|l| LangLink {
            lang: l,
            url: with_query(realm.login_path(), &[("lang", l.code()), ("next", next)]),
        })
        .collect();
    let body = render(&Page {
        site,
        lang,
        title: realm_name,
        description: None,
        kind: "page-login",
        langs,
        search: SearchPlacement::InPage,
        main,
        contact_url: None,
        head: maud::html! {},
    });
    let mut resp = html_response(status, body);
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_is_localised_escaped_and_posts_to_its_realm() {
        let resp = login_page(
            &Site::default(),
            Realm::Agent,
            Lang::Fa,
            "/agent?x=\"><script>",
            Notice::WrongToken,
            StatusCode::UNAUTHORIZED,
        );
        assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(
            resp.headers().get(header::CACHE_CONTROL).unwrap(),
            "no-store"
        );
        let body = futures_body(resp);
        assert!(body.contains("<html lang=\"fa\" dir=\"rtl\">"));
        assert!(body.contains("action=\"/agent/login\""));
        assert!(body.contains("میز کار پشتیبانی"));
        assert!(body.contains("role=\"alert\""));
        assert!(!body.contains("<script>\""), "next is escaped");
        assert!(body.contains("type=\"password\""));
    }

    fn futures_body(resp: Response) -> String {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let bytes = rt
            .block_on(axum::body::to_bytes(resp.into_body(), 1 << 20))
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }
}
