//! The workspace's page: the message form and the suggested answers, each in the customer's
//! language with the agent's language beside it. A maud template with its own light shell
//! (no customer search box), full or compact (`?embed=1`, for a help desk's sidebar).

use maud::{html, Markup, DOCTYPE};

use super::strings::{agent_strings, AgentStrings};
use crate::lang::Lang;
use crate::search::{Answer, SuggestResponse};
use crate::web::login::Session;
use crate::web::pages::assets::{AGENT_JS, CSS, ICON};
use crate::web::pages::html::{answer_html, with_query};
use crate::web::pages::layout::dir;

/// What the form was sent with (or starts with).
#[derive(Debug, Clone, Default)]
pub struct FormValues {
    pub text: String,
    /// `None`: detect.
    pub customer_lang: Option<Lang>,
    pub agent_lang: Option<Lang>,
}

/// What the page shows under the form.
#[derive(Debug)]
pub enum Outcome {
    /// Nothing asked yet.
    Empty,
    /// The form was sent wrong; the message says how.
    Problem(&'static str),
    /// Suggestions, with the search id copies are tied to.
    Answers(SuggestResponse, Option<String>),
}

/// The whole page.
pub fn agent_page(session: &Session, embed: bool, form: &FormValues, outcome: &Outcome) -> String {
    let lang = session.lang();
    let t = agent_strings(lang);
    let agent_lang = form.agent_lang.unwrap_or(lang);
    let self_url = |l: Lang| {
        with_query(
            "/agent",
            &[("lang", l.code()), ("embed", if embed { "1" } else { "" })],
        )
    };
    let body_class = if embed { "agent embed" } else { "agent" };
    html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(dir(lang)) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (t.title) }
                link rel="icon" href=(ICON.url()) type="image/svg+xml";
                link rel="stylesheet" href=(CSS.url());
                script src=(AGENT_JS.url()) defer {}
            }
            body class=(body_class) {
                main id="main" class="agent-main" {
                    header class="agent-header" {
                        h1 { (t.title) }
                        @if !embed {
                            nav class="agent-langs" aria-label=(crate::web::i18n::strings(lang).language_label) {
                                ul {
                                    @for l in Lang::ALL {
                                        li {
                                            a href=(self_url(l)) hreflang=(l.code()) lang=(l.code())
                                                dir=(dir(l))
                                                aria-current=[(l == lang).then_some("page")] {
                                                (l.native_name())
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        (session.logout_form())
                    }
                    @if !embed {
                        p class="agent-intro" { (t.intro) }
                    }
                    (message_form(session, embed, form, agent_lang, t))
                    div id="results" class="agent-results" {
                        (results(outcome, agent_lang, t))
                    }
                }
            }
        }
    }
    .into_string()
}

fn message_form(
    session: &Session,
    embed: bool,
    form: &FormValues,
    agent_lang: Lang,
    t: &AgentStrings,
) -> Markup {
    let lang = session.lang();
    html! {
        form class="agent-form" method="post" action="/agent" data-agent-form
            data-copied=(t.copied) data-copy-failed=(t.copy_failed)
            data-csrf=[session.csrf_token()] {
            (session.csrf_field())
            input type="hidden" name="lang" value=(lang.code());
            @if embed {
                input type="hidden" name="embed" value="1";
            }
            label for="message" { (t.message_label) }
            textarea id="message" name="text" dir="auto" rows=(if embed { 4 } else { 7 })
                required aria-describedby="message-hint" { (form.text) }
            p id="message-hint" class="agent-hint" { (t.message_hint) }
            div class="agent-options" {
                div class="agent-option" {
                    label for="customer-lang" { (t.customer_lang_label) }
                    select id="customer-lang" name="customer_lang" {
                        option value="" selected[form.customer_lang.is_none()] { (t.detect) }
                        @for l in Lang::ALL {
                            option value=(l.code()) lang=(l.code())
                                selected[form.customer_lang == Some(l)] { (l.native_name()) }
                        }
                    }
                }
                div class="agent-option" {
                    label for="agent-lang" { (t.agent_lang_label) }
                    select id="agent-lang" name="agent_lang" data-remember="dalil.agent_lang" {
                        @for l in Lang::ALL {
                            option value=(l.code()) lang=(l.code())
                                selected[l == agent_lang] { (l.native_name()) }
                        }
                    }
                }
                button type="submit" { (t.submit) }
            }
        }
    }
}

fn results(outcome: &Outcome, agent_lang: Lang, t: &AgentStrings) -> Markup {
    match outcome {
        Outcome::Empty => html! {},
        Outcome::Problem(message) => html! {
            p class="agent-problem" role="alert" { (message) }
        },
        Outcome::Answers(resp, search_id) => {
            let customer = resp.lang;
            html! {
                h2 { (t.answers_heading) }
                p class="agent-detected" data-customer-lang=(customer.code()) {
                    ((t.customer_writes)(customer.native_name()))
                }
                @if resp.answers.is_empty() {
                    p class="agent-none" { (t.no_answers) }
                } @else {
                    p class="agent-hint" id="answers-hint" { (t.keyboard_hint) }
                    ol class="answers" id="answers" aria-labelledby="answers-hint"
                        data-search-id=[search_id.as_deref()] {
                        @for (i, a) in resp.answers.iter().enumerate() {
                            (answer_item(i, a, agent_lang, t))
                        }
                    }
                }
            }
        }
    }
}

fn answer_item(i: usize, a: &Answer, agent_lang: Lang, t: &AgentStrings) -> Markup {
    let lang = a.lang;
    let anchor = a.url.split_once('#').map_or("", |(_, h)| h);
    let heading_id = format!("answer-{i}-q");
    html! {
        li class="answer" id=(format!("answer-{i}")) tabindex=(if i == 0 { "0" } else { "-1" })
            aria-labelledby=(heading_id)
            data-text=(a.answer_text) data-markdown=(a.answer_markdown)
            data-lang=(a.lang) data-id=(a.id) data-anchor=(anchor) {
            div class="answer-sides" {
                section class="answer-side answer-customer" lang=(lang.code()) dir=(dir(lang)) {
                    h3 id=(heading_id) { bdi { (a.question) } }
                    div class="answer-body" { (answer_html(&a.answer_markdown)) }
                    p class="answer-link" {
                        a href=(a.url) target="_blank" rel="noopener" { (t.open_article) }
                    }
                }
                @match &a.translation {
                    Some(Some(tr)) if tr.lang != a.lang => {
                        @let tl = tr.lang;
                        section class="answer-side answer-agent" lang=(tl.code()) dir=(dir(tl)) {
                            p class="answer-side-label" { ((t.in_lang)(tl.native_name())) }
                            h4 { bdi { (tr.question) } }
                            div class="answer-body" { (answer_html(&tr.answer_markdown)) }
                        }
                    }
                    Some(None) => {
                        p class="answer-side answer-agent no-translation" {
                            ((t.no_translation)(agent_lang.native_name()))
                        }
                    }
                    _ => {}
                }
            }
            div class="answer-actions" hidden {
                button type="button" data-copy="text" { (t.copy_text) }
                button type="button" data-copy="markdown" { (t.copy_markdown) }
                button type="button" data-copy="html" { (t.copy_html) }
                span class="copy-status" role="status" {}
            }
        }
    }
}
