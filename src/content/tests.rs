//! Tests of the module's public API: `parse_article` on whole files, `load_content` on folders.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::*;
use crate::lang::Lang;

const PATH: &str = "content/en/fees.md";

fn parse(text: &str) -> Result<Article, Vec<ContentError>> {
    parse_article(Path::new(PATH), Lang::En, "fees", text.as_bytes())
}

fn article(text: &str) -> Article {
    match parse(text) {
        Ok(article) => article,
        Err(errors) => panic!("unexpected errors: {}", messages(&errors).join("\n")),
    }
}

fn messages<T: ToString>(items: &[T]) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}

/// The displayed errors of a file that must fail.
fn errors(text: &str) -> Vec<String> {
    errors_of(text.as_bytes())
}

fn errors_of(bytes: &[u8]) -> Vec<String> {
    match parse_article(Path::new(PATH), Lang::En, "fees", bytes) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => messages(&errors),
    }
}

fn sections(article: &Article) -> Vec<(&str, &str, u8, &str)> {
    article
        .sections
        .iter()
        .map(|s| {
            (
                s.anchor.as_str(),
                s.heading.as_str(),
                s.level,
                s.text.as_str(),
            )
        })
        .collect()
}

// ---------------------------------------------------------------- files -> articles

#[test]
fn full_article() {
    let a = article(
        "---\ntitle: Fees and charges\ntype: article\ncategory: fees\ntags: [fees, spreads]\n\
         summary: What you pay.\nkeywords: [cost, price]\nupdated: 2026-11-20\nlang: en\n---\n\n\
         Falak charges no account fees.\n\n## Spreads\n\nFrom 0.8 pips.\n",
    );
    assert_eq!(a.lang, Lang::En);
    assert_eq!(a.id, "fees");
    assert_eq!(a.path, PathBuf::from(PATH));
    assert_eq!(a.title, "Fees and charges");
    assert_eq!(a.kind, ArticleType::Article);
    assert_eq!(a.category.as_deref(), Some("fees"));
    assert_eq!(a.tags, ["fees", "spreads"]);
    assert_eq!(a.summary.as_deref(), Some("What you pay."));
    assert_eq!(a.keywords, ["cost", "price"]);
    assert_eq!(a.updated.as_deref(), Some("2026-11-20"));
    assert!(!a.draft);
    assert_eq!(
        a.body_markdown,
        "\nFalak charges no account fees.\n\n## Spreads\n\nFrom 0.8 pips.\n"
    );
    assert_eq!(
        a.html,
        "<p>Falak charges no account fees.</p>\n<h2 id=\"spreads\">Spreads</h2>\n<p>From 0.8 pips.</p>\n"
    );
    assert_eq!(
        sections(&a),
        [
            ("", "", 0, "Falak charges no account fees."),
            ("spreads", "Spreads", 2, "From 0.8 pips.")
        ]
    );
    assert_eq!(a.sections[0].line, 12);
    assert_eq!(a.sections[1].line, 14);
    assert_eq!(a.sections[1].markdown, "From 0.8 pips.");
    assert_eq!(a.section_url(&a.sections[1]), "/en/fees#spreads");
}

#[test]
fn type_defaults_to_article() {
    assert_eq!(
        article("---\ntitle: A\n---\ntext\n").kind,
        ArticleType::Article
    );
}

#[test]
fn bom_before_front_matter_is_fine_and_lines_stay_right() {
    let a = article("\u{FEFF}---\ntitle: A\n---\n## H\n\ntext\n");
    assert_eq!(a.title, "A");
    assert_eq!(a.sections[0].line, 4);
    assert_eq!(
        errors("\u{FEFF}---\ntitle: A\ntittle: B\n---\n"),
        ["content/en/fees.md:3: unknown front-matter key \"tittle\" (did you mean \"title\"?)"]
    );
}

#[test]
fn crlf_line_ends_are_fine() {
    let a = article("---\r\ntitle: A\r\ntype: faq\r\n---\r\n\r\n## Q?\r\n\r\nAnswer\r\nmore.\r\n");
    assert_eq!(a.title, "A");
    assert_eq!(sections(&a), [("q", "Q?", 2, "Answer more.")]);
    assert_eq!(a.sections[0].line, 6);
    assert_eq!(a.sections[0].markdown, "Answer\nmore.");
    assert!(!a.body_markdown.contains('\r') && !a.html.contains('\r'));
    assert_eq!(
        errors("---\r\ntitle: A\r\ndraft: maybe\r\n---\r\n"),
        ["content/en/fees.md:3: draft must be true or false (found text): write it as `draft: true`"]
    );
}

#[test]
fn thematic_break_in_body_ends_nothing() {
    let a = article("---\ntitle: A\n---\nIntro.\n\n---\n\n## Part\n\nOne.\n\n---\n\nTwo.\n");
    assert_eq!(
        sections(&a),
        [("", "", 0, "Intro."), ("part", "Part", 2, "One.\nTwo.")]
    );
    assert!(a.html.contains("<hr>"));
}

#[test]
fn fence_line_inside_yaml_block_scalar() {
    let a = article("---\ntitle: A\nsummary: |\n  Before\n  ---\n  after\n---\nBody.\n");
    assert_eq!(a.summary.as_deref(), Some("Before\n---\nafter"));
    assert_eq!(a.body_markdown, "Body.\n");
}

#[test]
fn table_cells_in_section_text() {
    let a = article(
        "---\ntitle: A\ntype: tutorial\n---\n## Processing times\n\n\
         | Method | Time |\n|---|---|\n| Bank transfer | 1-5 business days |\n| USDT | within 2 hours |\n",
    );
    assert_eq!(
        a.sections[0].text,
        "Method Time\nBank transfer 1-5 business days\nUSDT within 2 hours"
    );
    assert!(a.html.contains("<table><thead><tr><th>Method</th>"));
}

#[test]
fn faq_splits_on_h2_only() {
    let a = article(
        "---\ntitle: Withdrawals FAQ\ntype: faq\n---\nAnswers to common questions.\n\n\
         ## How long does a withdrawal take?\n\nOne business day.\n\n### Cards\n\n3-7 days.\n\n\
         ## Can I cancel a withdrawal?\n\nYes, while it is *Pending*.\n",
    );
    assert_eq!(
        sections(&a),
        [
            ("", "", 0, "Answers to common questions."),
            (
                "how-long-does-a-withdrawal-take",
                "How long does a withdrawal take?",
                2,
                "One business day.\nCards\n3-7 days."
            ),
            (
                "can-i-cancel-a-withdrawal",
                "Can I cancel a withdrawal?",
                2,
                "Yes, while it is Pending."
            ),
        ]
    );
    assert!(a.sections[1].is_question && a.sections[2].is_question);
    assert!(!a.sections[0].is_question);
    assert_eq!(
        a.sections[1].markdown,
        "One business day.\n\n### Cards\n\n3-7 days."
    );
    // The ### still gets an anchor in the HTML.
    assert!(a.html.contains("<h3 id=\"cards\">Cards</h3>"));
}

#[test]
fn tutorial_splits_on_h2_and_h3_with_h1_in_lead() {
    let a = article(
        "---\ntitle: Open an account\ntype: tutorial\n---\n# Open an account\n\nIt takes minutes.\n\n\
         ## Sign up\n\n1. Open the app.\n2. Enter your email.\n\n### Confirm your email\n\nEnter the 6-digit code.\n\n\
         #### Tip\n\nCheck spam.\n",
    );
    assert_eq!(
        sections(&a),
        [
            ("", "", 0, "Open an account\nIt takes minutes."),
            ("sign-up", "Sign up", 2, "Open the app.\nEnter your email."),
            (
                "confirm-your-email",
                "Confirm your email",
                3,
                "Enter the 6-digit code.\nTip\nCheck spam."
            ),
        ]
    );
    assert_eq!(
        a.sections.iter().map(|s| s.line).collect::<Vec<_>>(),
        [5, 9, 14]
    );
}

#[test]
fn lead_is_left_out_when_empty() {
    let a = article("---\ntitle: A\n---\n\n## First\n\nText.\n");
    assert_eq!(sections(&a), [("first", "First", 2, "Text.")]);
}

#[test]
fn anchors_in_every_script_with_duplicates() {
    let a = article(
        "---\ntitle: A\n---\n## Fees\n\na\n\n## Fees\n\nb\n\n## رسوم السحب\n\nc\n\n\
         ## هزینه\u{200C}های برداشت\n\nd\n\n## 如何提款？\n\ne\n\n## 如何提款\n\nf\n",
    );
    let anchors: Vec<&str> = a.sections.iter().map(|s| s.anchor.as_str()).collect();
    assert_eq!(
        anchors,
        [
            "fees",
            "fees-2",
            "رسوم-السحب",
            "هزینههای-برداشت",
            "如何提款",
            "如何提款-2"
        ]
    );
    for anchor in anchors {
        assert!(
            a.html.contains(&format!(" id=\"{anchor}\">")),
            "{anchor} in {}",
            a.html
        );
    }
}

#[test]
fn custom_heading_ids_win() {
    let a =
        article("---\ntitle: A\n---\n## Limits {#deposit-limits}\n\nx\n\n## Deposit limits\n\ny\n");
    assert_eq!(a.sections[0].anchor, "deposit-limits");
    assert_eq!(a.sections[0].heading, "Limits");
    assert_eq!(a.sections[1].anchor, "deposit-limits-2");
    assert!(a.html.starts_with("<h2 id=\"deposit-limits\">Limits</h2>"));
}

#[test]
fn article_html_is_sanitised() {
    let a = article(
        "---\ntitle: A\n---\nHi <script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(1)\">\n\n\
         [pay](javascript:alert(1)) and [fees](/en/fees-and-charges)\n\n<svg onload=\"alert(1)\"></svg>\n",
    );
    assert_eq!(
        a.html,
        "<p>Hi </p>\n<img src=\"x.png\">\n<p><a rel=\"noopener\">pay</a> and \
         <a href=\"/en/fees-and-charges\" rel=\"noopener\">fees</a></p>\n<p></p>\n"
    );
    assert_eq!(a.sections[0].text, "Hi\npay and fees");
}

#[test]
fn render_markdown_matches_article_rendering() {
    let md = "## رسوم\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    let a = article(&format!("---\ntitle: A\n---\n{md}"));
    assert_eq!(render_markdown(md), a.html);
}

#[test]
fn draft_parses_with_its_flag() {
    assert!(article("---\ntitle: A\ndraft: true\n---\ntext\n").draft);
}

#[test]
fn numbers_are_text_in_titles_and_tags() {
    let a = article("---\ntitle: 404\ntags: [2fa, 2026]\n---\ntext\n");
    assert_eq!(a.title, "404");
    assert_eq!(a.tags, ["2fa", "2026"]);
}

// ---------------------------------------------------------------- errors, one per kind

#[test]
fn error_empty_file() {
    assert_eq!(
        errors(""),
        [
            "content/en/fees.md: the file is empty: start it with front matter (a `---` line, \
          `title: ...`, a `---` line) and write the article below it"
        ]
    );
    assert_eq!(errors("\u{FEFF}\n  \n").len(), 1);
}

#[test]
fn error_missing_front_matter() {
    assert_eq!(
        errors("# Fees\n\ntext\n"),
        [
            "content/en/fees.md:1: no front matter: the file must start with a `---` line, then \
          `title: ...`, then another `---` line. Did you forget to add `---`?"
        ]
    );
}

#[test]
fn error_front_matter_not_first() {
    assert_eq!(
        errors("\n\n---\ntitle: A\n---\n"),
        ["content/en/fees.md:3: the front matter must start on the first line: remove the lines \
          before the first `---`"]
    );
}

#[test]
fn error_unterminated_front_matter() {
    assert_eq!(
        errors("---\ntitle: A\n"),
        [
            "content/en/fees.md:1: the front matter is never closed: add a `---` line after its \
          last key"
        ]
    );
}

#[test]
fn error_invalid_yaml_with_file_line() {
    assert_eq!(
        errors("---\ntitle: A\nsummary: Fees: what you pay\n---\n"),
        ["content/en/fees.md:3: invalid YAML in the front matter: mapping values are not allowed \
          in this context: put a value that contains \": \" in quotes, e.g. title: \"Fees: what \
          you pay\""]
    );
    // A key without its colon is reported on its own line, not on the next one where the
    // parser trips.
    assert_eq!(
        errors("---\ntitle \"Fees and charges\"\ntype: faq\n---\n"),
        ["content/en/fees.md:2: invalid YAML in the front matter: mapping values are not allowed \
          in this context: this line has no colon after its key: write it as `key: value`, e.g. \
          title: Fees and charges"]
    );
    assert_eq!(
        errors("---\ntitle: \"A\n---\n"),
        ["content/en/fees.md:2: invalid YAML in the front matter: found unexpected end of stream, \
          while scanning a quoted scalar: close the quote opened on this line, or remove it"]
    );
    // An unclosed bracket is found at the end of the block: the error names the line that
    // opened it, not the closing `---` below.
    for (text, line) in [
        ("---\ntitle: A\ntags: [fees, limits\n---\n", 3),
        ("---\ntags: [fees,\n  limits\ntitle: A\n---\n", 2),
        ("---\ntitle: A\nsummary: {a: b\n---\n", 3),
    ] {
        let found = errors(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert!(
            found[0].starts_with(&format!("content/en/fees.md:{line}: invalid YAML")),
            "{text:?}: {found:?}"
        );
    }
    assert_eq!(
        errors("---\ntitle: A\ntitle: B\n---\n"),
        [
            "content/en/fees.md:3: invalid YAML in the front matter: duplicate entry with key \
          \"title\": remove one of the two lines with this key"
        ]
    );
}

#[test]
fn error_front_matter_not_mapping() {
    assert_eq!(
        errors("---\n- title\n---\n"),
        ["content/en/fees.md:2: the front matter must be `key: value` lines (title, type, ...), \
          but it is a list"]
    );
}

#[test]
fn error_wrong_types() {
    assert_eq!(
        errors("---\ntitle: A\ntags: 5\n---\n"),
        [
            "content/en/fees.md:3: tags must be a list of strings (found a number): write it as \
          `tags: [kyc, documents]`"
        ]
    );
    assert_eq!(
        errors("---\ntitle: A\nkeywords: [a, [b]]\ncategory: [fees]\n---\n"),
        [
            "content/en/fees.md:3: keywords must be a list of strings (found a list with an item \
             that is not text): write it as `keywords: [cash out, take money out]`",
            "content/en/fees.md:4: category must be text (found a list): write it as `category: \
             payments`",
        ]
    );
}

#[test]
fn error_missing_and_empty_title() {
    assert_eq!(
        errors("---\ntype: faq\n---\n"),
        ["content/en/fees.md:1: missing title: add a `title: ...` line to the front matter"]
    );
    assert_eq!(
        errors("---\n---\ntext\n"),
        ["content/en/fees.md:1: missing title: add a `title: ...` line to the front matter"]
    );
    assert_eq!(
        errors("---\ntype: faq\ntitle: \"  \"\n---\n"),
        ["content/en/fees.md:3: the title is empty: write the article's title after `title:`"]
    );
    assert_eq!(
        errors("---\ntitle:\n---\n"),
        ["content/en/fees.md:2: the title is empty: write the article's title after `title:`"]
    );
}

#[test]
fn error_bad_type() {
    assert_eq!(
        errors("---\ntitle: A\ntype: guide\n---\n"),
        ["content/en/fees.md:3: unknown type \"guide\": use one of faq, tutorial, article"]
    );
}

#[test]
fn error_bad_date() {
    assert_eq!(
        errors("---\ntitle: A\nupdated: 2026-02-30\n---\n"),
        ["content/en/fees.md:3: updated \"2026-02-30\" is not a valid date (month 2 of 2026 has \
          28 days): write it as YYYY-MM-DD, e.g. 2026-11-20"]
    );
    assert_eq!(
        errors("---\ntitle: A\nupdated: 20/11/2026\n---\n"),
        [
            "content/en/fees.md:3: updated \"20/11/2026\" is not a valid date (not in the form \
          YYYY-MM-DD): write it as YYYY-MM-DD, e.g. 2026-11-20"
        ]
    );
}

#[test]
fn error_bad_id_names_the_characters() {
    let errors = parse_article(
        Path::new("content/en/Fees Guide.md"),
        Lang::En,
        "Fees Guide",
        b"---\ntitle: A\n---\n",
    )
    .unwrap_err();
    assert_eq!(
        messages(&errors),
        ["content/en/Fees Guide.md: invalid article id \"Fees Guide\": ids may only use a-z, 0-9 \
          and \"-\" (found 'F', ' ', 'G'): rename the file to \"fees-guide.md\""]
    );
    let errors = parse_article(
        Path::new("content/fa/هزینه.md"),
        Lang::Fa,
        "هزینه",
        b"---\ntitle: A\n---\n",
    )
    .unwrap_err();
    assert_eq!(
        messages(&errors),
        ["content/fa/هزینه.md: invalid article id \"هزینه\": ids may only use a-z, 0-9 and \"-\" \
          (found 'ه', 'ز', 'ی', 'ن'): rename the file using only those characters"]
    );
}

#[test]
fn error_lang_key_disagrees_with_folder() {
    assert_eq!(
        errors("---\ntitle: A\nlang: fa\n---\n"),
        ["content/en/fees.md:3: lang is \"fa\" but the file is in the en folder: remove the lang \
          key, or move the file to the fa folder"]
    );
    assert!(parse("---\ntitle: A\nlang: EN\n---\nx\n").is_ok());
}

#[test]
fn error_encodings() {
    assert_eq!(
        errors_of(b"\xFF\xFE-\x00-\x00-\x00\n\x00"),
        ["content/en/fees.md: the file is saved as UTF-16: save it as UTF-8 (in your editor: Save \
          with Encoding > UTF-8)"]
    );
    assert_eq!(
        errors_of(b"---\ntitle: A\n---\nok\n\x00\n"),
        [
            "content/en/fees.md:5: the file contains a NUL byte (it looks like a binary file or \
          UTF-16 text): save it as UTF-8 text"
        ]
    );
    assert_eq!(
        errors_of(b"---\ntitle: Caf\xE9\n---\n"),
        ["content/en/fees.md:2: the file is not valid UTF-8 (byte 0xE9 at column 11): save it as \
          UTF-8 (it may have been saved as Windows-1256, GBK or Latin-1)"]
    );
}

#[test]
fn error_too_large() {
    let big = vec![b'a'; usize::try_from(MAX_FILE_BYTES).unwrap() + 1];
    assert_eq!(
        errors_of(&big),
        ["content/en/fees.md: the file is 4 MiB, over the limit of 4 MiB: split it into several \
          articles (or raise MAX_FILE_BYTES in src/content/mod.rs)"]
    );
}

#[test]
fn error_too_many_sections() {
    let mut text = String::from("---\ntitle: A\ntype: faq\n---\n");
    for i in 0..MAX_SECTIONS + 5 {
        text.push_str(&format!("## Question {i}?\nAnswer.\n"));
    }
    assert_eq!(
        errors(&text),
        [format!(
            "content/en/fees.md:{}: the article has 1005 sections, more than the limit of 1000: \
             split it into several articles (or raise MAX_SECTIONS in src/content/mod.rs)",
            5 + 2 * MAX_SECTIONS
        )]
    );
}

#[test]
fn several_errors_from_one_file_in_line_order() {
    assert_eq!(
        errors("---\ntittle: A\ntype: guide\ntags: 5\nupdated: tomorrow\nauthor: me\n---\n"),
        [
            "content/en/fees.md:1: missing title: add a `title: ...` line to the front matter",
            "content/en/fees.md:2: unknown front-matter key \"tittle\" (did you mean \"title\"?)",
            "content/en/fees.md:3: unknown type \"guide\": use one of faq, tutorial, article",
            "content/en/fees.md:4: tags must be a list of strings (found a number): write it as \
             `tags: [kyc, documents]`",
            "content/en/fees.md:5: updated \"tomorrow\" is not a valid date (not in the form \
             YYYY-MM-DD): write it as YYYY-MM-DD, e.g. 2026-11-20",
            "content/en/fees.md:6: unknown front-matter key \"author\": remove it (known keys: \
             title, type, category, tags, summary, keywords, draft, updated, lang, source_lang)",
        ]
    );
}

#[test]
fn unknown_key_hints() {
    let hint = |key: &str| errors(&format!("---\ntitle: A\n{key}: x\n---\n")).join("");
    assert!(hint("tag").ends_with("(did you mean \"tags\"?)"));
    assert!(hint("Summary").ends_with("(did you mean \"summary\"?)"));
    assert!(hint("description").ends_with("(did you mean \"summary\"?)"));
    assert!(hint("date").ends_with("(did you mean \"updated\"?)"));
}

#[test]
fn bad_id_and_front_matter_errors_together() {
    let errors = parse_article(
        Path::new("x/Fees.md"),
        Lang::En,
        "Fees",
        b"---\ntype: faq\n---\n",
    )
    .unwrap_err();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].line, None);
    assert!(matches!(errors[0].kind, ContentErrorKind::BadId { .. }));
    assert!(matches!(errors[1].kind, ContentErrorKind::MissingTitle));
}

// ---------------------------------------------------------------- folders

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, text).unwrap();
}

fn doc(title: &str, body: &str) -> String {
    format!("---\ntitle: {title}\n---\n{body}")
}

/// Messages with the temporary root replaced by `content`.
fn shown<T: ToString>(root: &Path, items: &[T]) -> Vec<String> {
    let prefix = root.display().to_string();
    items
        .iter()
        .map(|i| i.to_string().replace(&prefix, "content"))
        .collect()
}

#[test]
fn loads_articles_sorted_with_counts() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for lang in ["zh", "fa", "en", "ar"] {
        write(
            root,
            &format!("{lang}/withdraw-funds.md"),
            &doc("W", "Text.\n"),
        );
        write(
            root,
            &format!("{lang}/fees.md"),
            &doc(&format!("F {lang}"), "Text.\n"),
        );
    }
    write(root, "README.md", "# How to write articles\n");
    let report = load_content(root);
    assert!(report.is_ok(), "{:?}", shown(root, &report.errors));
    assert!(
        report.warnings.is_empty(),
        "{:?}",
        shown(root, &report.warnings)
    );
    let order: Vec<String> = report
        .articles
        .iter()
        .map(|a| format!("{}/{}", a.lang, a.id))
        .collect();
    assert_eq!(
        order,
        [
            "en/fees",
            "en/withdraw-funds",
            "ar/fees",
            "ar/withdraw-funds",
            "fa/fees",
            "fa/withdraw-funds",
            "zh/fees",
            "zh/withdraw-funds"
        ]
    );
    assert_eq!(report.files_read, 8);
    let on_disk: u64 = report
        .articles
        .iter()
        .map(|a| fs::metadata(&a.path).unwrap().len())
        .sum();
    assert_eq!(report.bytes_read, on_disk);
    assert_eq!(report.articles[0].path, root.join("en").join("fees.md"));
    // Same input, same report.
    let again = load_content(root);
    assert_eq!(again.articles, report.articles);
}

#[test]
fn all_errors_of_a_run_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "en/good.md", &doc("Good", "Text.\n"));
    write(root, "en/no-title.md", "---\ntype: faq\n---\n");
    write(root, "en/Fees.md", &doc("Fees", "Text.\n"));
    write(root, "en/fees.md", &doc("Fees 2", "Text.\n"));
    write(root, "en/bad-yaml.md", "---\ntitle: a: b\n---\n");
    write(root, "de/x.md", &doc("X", "Text.\n"));
    write(root, "fa-IR/x.md", &doc("X", "Text.\n"));
    write(root, "stray.md", &doc("X", "Text.\n"));
    let report = load_content(root);
    assert!(!report.is_ok());
    assert_eq!(
        shown(root, &report.errors),
        [
            "content/de: unknown language folder \"de\": the configured languages are en, ar, fa, \
             zh; rename the folder, or add the language in src/lang.rs",
            "content/fa-IR: unknown language folder \"fa-IR\" (did you mean \"fa\"?): the \
             configured languages are en, ar, fa, zh; rename the folder, or add the language in \
             src/lang.rs",
            "content/stray.md: this article is not in a language folder: move it into one of the \
             language folders (en/, ar/, fa/, zh/)",
            "content/en/Fees.md: invalid article id \"Fees\": ids may only use a-z, 0-9 and \"-\" \
             (found 'F'): rename the file to \"fees.md\"",
            "content/en/bad-yaml.md:2: invalid YAML in the front matter: mapping values are not \
             allowed in this context: put a value that contains \": \" in quotes, e.g. title: \
             \"Fees: what you pay\"",
            "content/en/no-title.md:1: missing title: add a `title: ...` line to the front matter",
        ]
    );
    let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["fees", "good"]);
    assert_eq!(report.files_read, 5);
}

#[test]
fn too_large_file_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("en")).unwrap();
    let file = fs::File::create(root.join("en/huge.md")).unwrap();
    file.set_len(MAX_FILE_BYTES + 1024 * 1024).unwrap();
    let report = load_content(root);
    assert_eq!(
        shown(root, &report.errors),
        ["content/en/huge.md: the file is 5 MiB, over the limit of 4 MiB: split it into several \
          articles (or raise MAX_FILE_BYTES in src/content/mod.rs)"]
    );
    assert_eq!((report.files_read, report.bytes_read), (0, 0));
}

#[test]
fn warnings_do_not_fail() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "en/fees.md",
        &doc("Fees", "Lead.\n\n## Spreads\n\n## Commissions\n\nText.\n"),
    );
    write(root, "en/fees-faq.md", &doc("Fees", "Text.\n"));
    write(
        root,
        "en/faq.md",
        "---\ntitle: FAQ\ntype: faq\n---\n## Empty question?\n\n## Answered?\n\nYes.\n",
    );
    write(
        root,
        "en/nested.md",
        &doc("Nested", "## Parent\n\n### Child\n\nText.\n"),
    );
    write(root, "en/empty.md", &doc("Empty", "\n\n"));
    write(
        root,
        "en/braces.md",
        &doc("Braces", "Lead.\n\n## Fees {per lot}\n\nText.\n"),
    );
    write(
        root,
        "en/wip.md",
        "---\ntitle: Work in progress\ndraft: true\n---\nText.\n",
    );
    write(root, "en/notes.txt", "notes");
    write(root, "en/old.MD", "old");
    write(root, "en/.hidden.md.swp", "x");
    write(root, "fa/fees.md", &doc("هزینه‌ها", "متن.\n"));
    write(root, "README.md", "readme");
    let report = load_content(root);
    assert!(report.is_ok(), "{:?}", shown(root, &report.errors));
    assert_eq!(
        shown(root, &report.warnings),
        [
            "content/en/braces.md:6: the heading \"Fees\" ends in `{...}`, which is read as \
             heading attributes and not shown: write the `{` as `&#123;` to show it, or keep \
             only an id like `{#my-id}`",
            "content/en/empty.md: the article has no text below its front matter: write it, or \
             mark it `draft: true`",
            "content/en/faq.md:5: the question \"Empty question?\" has no text: write it, or \
             remove the heading",
            "content/en/fees.md:6: the section \"Spreads\" has no text: write it, or remove the \
             heading",
            "content/en/notes.txt: not a Markdown file, ignored: articles end in `.md`; move other \
             files out of the content folder",
            "content/en/old.MD: not an article, ignored: articles end in lowercase `.md`; rename \
             it if it is one",
            "content/en/wip.md: draft, not indexed: set `draft: false` (or remove the line) to \
             publish it",
            "content/en/fees.md:2: the title \"Fees\" is also used by content/en/fees-faq.md: give \
             each article its own title so readers can tell them apart",
            "content/en/braces.md: article \"braces\" has no translation in fa: add fa/braces.md",
            "content/en/empty.md: article \"empty\" has no translation in fa: add fa/empty.md",
            "content/en/faq.md: article \"faq\" has no translation in fa: add fa/faq.md",
            "content/en/fees-faq.md: article \"fees-faq\" has no translation in fa: add \
             fa/fees-faq.md",
            "content/en/nested.md: article \"nested\" has no translation in fa: add fa/nested.md",
            "content/en/wip.md: article \"wip\" has no translation in fa: add fa/wip.md",
            "content/fa/fees.md: this translation has 0 section(s), its en version 2: translate \
             the missing ones",
        ]
    );
    let ids: Vec<String> = report.articles.iter().map(|a| a.url()).collect();
    assert_eq!(
        ids,
        [
            "/en/braces",
            "/en/empty",
            "/en/faq",
            "/en/fees",
            "/en/fees-faq",
            "/en/nested",
            "/fa/fees"
        ]
    );
}

#[test]
fn missing_translation_names_every_missing_language() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "en/a.md", &doc("A", "x\n"));
    write(root, "ar/a.md", &doc("A", "x\n"));
    write(root, "ar/b.md", &doc("B", "x\n"));
    write(root, "fa/a.md", &doc("A", "x\n"));
    write(root, "zh/a.md", &doc("A", "x\n"));
    let report = load_content(root);
    assert_eq!(
        shown(root, &report.warnings),
        ["content/ar/b.md: article \"b\" has no translation in en, fa, zh: add en/b.md, fa/b.md, \
          zh/b.md"]
    );
}

#[test]
fn missing_content_folder() {
    let dir = tempfile::tempdir().unwrap();
    let report = load_content(&dir.path().join("nope"));
    assert_eq!(report.errors.len(), 1);
    assert!(matches!(
        report.errors[0].kind,
        ContentErrorKind::UnreadableDir { .. }
    ));
    #[cfg(target_os = "linux")]
    assert_eq!(
        shown(dir.path(), &report.errors),
        ["content/nope: cannot read this folder (No such file or directory (os error 2)): check \
          that it exists and that you may read it"]
    );
}

#[test]
fn nested_folders() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "en/payments/deposit.md", &doc("D", "x\n"));
    write(root, "en/images/logo.png", "png");
    let report = load_content(root);
    assert_eq!(
        shown(root, &report.errors),
        [
            "content/en/payments: this folder holds 1 Markdown file(s), but articles must sit \
          directly in the language folder: move them up one level"
        ]
    );
    assert_eq!(
        shown(root, &report.warnings),
        ["content/en/images: folder ignored: articles must sit directly in the language folder"]
    );
}

#[cfg(unix)]
#[test]
fn symlinks_are_followed_and_loops_and_sockets_skipped() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "shared/fees.md", &doc("Fees", "x\n"));
    write(root, "en/real.md", &doc("Real", "x\n"));
    symlink(root.join("shared/fees.md"), root.join("en/fees.md")).unwrap();
    symlink(root.join("en/loop-a.md"), root.join("en/loop-b.md")).unwrap();
    symlink(root.join("en/loop-b.md"), root.join("en/loop-a.md")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(root.join("en/socket.md")).unwrap();
    let report = load_content(root);
    let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["fees", "real"]);
    let warnings = shown(root, &report.warnings);
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(
        warnings[0].starts_with("content/en/loop-a.md: a symbolic link that cannot be followed (")
    );
    assert!(warnings[0].ends_with("), skipped: fix or remove the link"));
    assert!(warnings[1].starts_with("content/en/loop-b.md: a symbolic link"));
    assert_eq!(
        warnings[2],
        "content/en/socket.md: not a regular file, skipped: replace it with an ordinary file"
    );
    // `shared` is not a language folder.
    assert!(matches!(
        report.errors[0].kind,
        ContentErrorKind::UnknownLanguageFolder { .. }
    ));
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "en/secret.md", &doc("S", "x\n"));
    let path = root.join("en/secret.md");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reading; the message is tested in `error`.
        return;
    }
    let report = load_content(root);
    assert_eq!(
        shown(root, &report.errors),
        ["content/en/secret.md: cannot read the file: permission denied: make it readable (e.g. \
          `chmod a+r`)"]
    );
}

// ---------------------------------------------------------------- never panics

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_article_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_article(Path::new(PATH), Lang::Fa, "x", &bytes);
    }

    #[test]
    fn parse_article_never_panics_on_markdown(
        yaml in "[a-z:\\[\\]\"' \n-]{0,40}",
        body in "[#>*|`\\-_=\\[\\](){}<>!:.a-z \n\u{200C}\u{0640}\u{064E}هز如]{0,300}",
        kind in prop::sample::select(vec!["faq", "tutorial", "article"]),
    ) {
        let text = format!("---\ntitle: T\ntype: {kind}\n{yaml}\n---\n{body}");
        if let Ok(article) = parse_article(Path::new(PATH), Lang::Fa, "x", text.as_bytes()) {
            let mut anchors: Vec<&str> = article.sections.iter().map(|s| s.anchor.as_str()).collect();
            let count = anchors.len();
            anchors.sort_unstable();
            anchors.dedup();
            prop_assert_eq!(anchors.len(), count, "anchors are unique");
            for s in &article.sections {
                prop_assert!(s.line >= 4);
            }
        }
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    for body in [
        "> ".repeat(50_000),
        "<div>".repeat(50_000),
        "<div><span><b><i>".repeat(20_000),
        "- ".repeat(20_000),
        "[".repeat(50_000),
        "*a ".repeat(50_000),
        "**a *b ".repeat(20_000),
    ] {
        let _ = parse(&format!("---\ntitle: A\n---\n{body}\n"));
    }
}

/// Load speed on a generated folder: `DALIL_BENCH_FILES=100000 cargo test --release --lib
/// content::tests::load_speed -- --ignored --nocapture`.
#[test]
#[ignore = "benchmark; run in release with --ignored --nocapture"]
fn load_speed() {
    let files: usize = std::env::var("DALIL_BENCH_FILES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().unwrap();
    let paragraphs = [
        "Go to **Wallet > Withdraw**, choose a method and confirm with your 2FA code. \
         Withdrawals are processed within 1 business day; requests after 14:00 GMT move to the next day.",
        "لسحب أموالك افتح **المحفظة > سحب** واختر الطريقة وأكّد برمز المصادقة الثنائية. \
         نعالج الطلبات خلال يوم عمل واحد.",
        "برای برداشت به **کیف پول > برداشت** بروید، روش را انتخاب کنید و با کد 2FA تأیید کنید. \
         درخواست‌ها ظرف ۱ روز کاری پردازش می‌شوند.",
        "进入**钱包 > 提现**，选择提现方式并输入双重验证码确认。我们会在 1 个工作日内处理提现申请，GMT 14:00 之后提交的申请顺延至下一个工作日。",
    ];
    for i in 0..files {
        let lang = Lang::ALL[i % Lang::ALL.len()];
        let p = paragraphs[i % paragraphs.len()];
        let mut text = format!(
            "---\ntitle: Article {i}\ntype: {}\ncategory: payments\ntags: [withdrawals, fees]\n\
             summary: How it works.\nkeywords: [cash out, payout]\nupdated: 2026-11-20\n---\n\n{p}\n",
            ["faq", "tutorial", "article"][i % 3]
        );
        for s in 0..6 {
            text.push_str(&format!(
                "\n## Section {s} of {i}\n\n{p}\n\n1. {p}\n2. Step two\n\n"
            ));
        }
        text.push_str("| Method | Time |\n|---|---|\n| Card | 3-7 days |\n| USDT | 2 hours |\n");
        write(
            dir.path(),
            &format!("{}/article-{i}.md", lang.code()),
            &text,
        );
    }
    let start = std::time::Instant::now();
    let report = load_content(dir.path());
    let elapsed = start.elapsed();
    assert!(report.is_ok());
    assert_eq!(report.articles.len(), files);
    eprintln!(
        "{} files, {:.1} MiB in {:.2?}: {:.0} files/s, {:.1} MiB/s",
        report.files_read,
        report.bytes_read as f64 / 1048576.0,
        elapsed,
        report.files_read as f64 / elapsed.as_secs_f64(),
        report.bytes_read as f64 / 1048576.0 / elapsed.as_secs_f64()
    );
}

#[test]
fn brace_written_as_entity_in_heading_is_text() {
    let a = article("---\ntitle: A\n---\n## Fees &#123;per lot}\n\nText.\n");
    assert_eq!(a.sections[0].heading, "Fees {per lot}");
    assert_eq!(a.sections[0].anchor, "fees-per-lot");
}
