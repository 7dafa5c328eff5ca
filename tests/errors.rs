//! Bad input: every case gets a clear error naming the file (with line and column where the
//! input has them), exits non-zero, and leaves the previous output untouched.

mod common;

use std::path::Path;

use common::{edit, fixture_en, sipvs, text};

/// Build once (so there is a previous output), break the project with `breakage`, build
/// again: the build must fail, print every `expected` fragment, and keep the old output.
/// Returns what the build printed.
fn fails_with(breakage: impl FnOnce(&Path), expected: &[&str]) -> String {
    let dir = fixture_en();
    let root = dir.path();
    let first = sipvs(root, &["build"]);
    assert!(first.status.success(), "{}", text(&first));
    let before = common::files(&root.join("public"));
    let page = root.join("public/en/sip/486-busy-here/index.html");
    let page_before = std::fs::read(&page).unwrap();

    breakage(root);
    let out = sipvs(root, &["build"]);
    let msg = text(&out);
    assert!(!out.status.success(), "build should fail:\n{msg}");
    for e in expected {
        assert!(msg.contains(e), "expected `{e}` in:\n{msg}");
    }
    assert!(!msg.contains("panicked"), "{msg}");
    assert_eq!(
        common::files(&root.join("public")),
        before,
        "the previous output changed"
    );
    assert_eq!(std::fs::read(&page).unwrap(), page_before);
    assert!(
        !root.join(".public.sipvs-staging").exists(),
        "staging folder left behind"
    );
    msg
}

fn record(root: &Path, code: u16) -> std::path::PathBuf {
    root.join(format!("content/sip/{code}.toml"))
}

#[test]
fn toml_syntax_error() {
    fails_with(
        |r| {
            edit(&record(r, 486), |t| {
                t.replace("reason = \"Busy Here\"", "reason = \"Busy Here")
            })
        },
        &["content/sip/486.toml:2:"],
    );
}

#[test]
fn unknown_field() {
    fails_with(
        |r| {
            edit(&record(r, 486), |t| {
                t.replace("rfc = 3261", "rfc = 3261\nrcf = 1")
            })
        },
        &["content/sip/486.toml:4:1", "unknown field `rcf`", "hint:"],
    );
}

#[test]
fn wrong_type() {
    fails_with(
        |r| {
            edit(&record(r, 486), |t| {
                t.replace("rfc = 3261", "rfc = \"3261\"")
            })
        },
        &["content/sip/486.toml:3:7", "invalid type"],
    );
}

/// An error with a position is drawn with its source line and a caret under its column.
#[test]
fn error_is_drawn_with_its_source_line() {
    let msg = fails_with(
        |r| {
            edit(&record(r, 486), |t| {
                t.replace("rfc = 3261", "rfc = \"3261\"")
            })
        },
        &["invalid type"],
    );
    // The position the message names...
    let (_, locus) = msg
        .split_once("--> content/sip/486.toml:")
        .unwrap_or_else(|| panic!("no `-->` line in:\n{msg}"));
    let locus = locus.lines().next().unwrap();
    let (line, column) = locus.split_once(':').unwrap();
    let (line, column): (usize, usize) = (line.parse().unwrap(), column.parse().unwrap());
    // ...is the bad value: the line as it is in the file, the column where the string starts.
    let dir_line = msg
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{line} | ")))
        .unwrap_or_else(|| panic!("source line {line} not drawn in:\n{msg}"));
    let (gutter, source) = dir_line.split_once(" | ").unwrap();
    assert_eq!(source, "rfc = \"3261\"", "{msg}");
    assert_eq!(source.chars().nth(column - 1), Some('"'), "{msg}");
    // The caret line follows, with `^` exactly under that column.
    let caret_line = msg.lines().skip_while(|l| *l != dir_line).nth(1).unwrap();
    let caret_at = caret_line
        .find('^')
        .unwrap_or_else(|| panic!("no caret in:\n{msg}"));
    assert_eq!(caret_at, gutter.len() + " | ".len() + column - 1, "{msg}");
    assert!(msg.contains("= hint: docs/CONTENT.md"), "{msg}");
    assert!(!msg.contains('\u{1b}'), "no colour on a pipe:\n{msg}");
}

/// A problem without a position keeps its one-line form: no frame, no caret.
#[test]
fn error_without_a_line_keeps_the_one_line_form() {
    let msg = fails_with(|r| std::fs::remove_dir_all(r.join("content")).unwrap(), &[]);
    let mut lines = msg.lines().skip_while(|l| !l.starts_with("error: "));
    assert_eq!(
        lines.next(),
        Some("error: content: the content folder is missing"),
        "{msg}"
    );
    assert!(lines.next().unwrap().starts_with("  hint: "), "{msg}");
    assert!(!msg.contains("-->") && !msg.contains('^'), "{msg}");
}

#[test]
fn missing_field() {
    fails_with(
        |r| {
            edit(&record(r, 486), |t| {
                t.replace("next = \"retry-later\"\n", "")
            })
        },
        &["content/sip/486.toml", "missing field `next`"],
    );
}

#[test]
fn unknown_enum_value() {
    fails_with(
        |r| {
            edit(&record(r, 486), |t| {
                t.replace("next = \"retry-later\"", "next = \"later\"")
            })
        },
        &[
            "content/sip/486.toml:10:8",
            "unknown variant `later`",
            "retry-later",
        ],
    );
}

#[test]
fn two_records_with_one_code() {
    fails_with(
        |r| {
            std::fs::create_dir_all(r.join("content/sip/more")).unwrap();
            std::fs::copy(record(r, 486), r.join("content/sip/more/486.toml")).unwrap();
        },
        &[
            "content/sip/more/486.toml:1:8",
            "code 486 is defined twice",
            "content/sip/486.toml",
        ],
    );
}

#[test]
fn file_name_does_not_match_code() {
    fails_with(
        |r| std::fs::rename(record(r, 486), r.join("content/sip/468.toml")).unwrap(),
        &[
            "content/sip/468.toml:1:8",
            "named `468.toml` but holds code 486",
        ],
    );
}

#[test]
fn code_out_of_range() {
    fails_with(
        |r| {
            edit(&record(r, 486), |t| t.replace("code = 486", "code = 786"));
            std::fs::rename(record(r, 486), r.join("content/sip/786.toml")).unwrap();
        },
        &["content/sip/786.toml:1:8", "outside 100–699"],
    );
}

#[test]
fn related_code_that_does_not_exist() {
    fails_with(
        |r| {
            edit(&record(r, 486), |t| {
                t.replace("confused_with = [487, 302]", "confused_with = [487, 499]")
            })
        },
        &[
            "content/sip/486.toml:17:23",
            "code 499, which has no record",
        ],
    );
}

#[test]
fn ftl_syntax_error() {
    fails_with(
        |r| {
            edit(&r.join("locales/en/codes.ftl"), |t| {
                t.replacen("    .summary =", "    .summary = {", 1)
            })
        },
        &[
            "locales/en/codes.ftl:3:1",
            // The same plain-language message `check` gives: one loader reads the files.
            "this line cannot start here",
            "code-180",
        ],
    );
}

#[test]
fn code_without_english_prose() {
    fails_with(
        |r| {
            edit(&r.join("locales/en/codes.ftl"), |t| {
                let start = t.find("code-302 =").unwrap();
                let end = t[start..]
                    .find("\ncode-")
                    .map_or(t.len(), |e| start + e + 1);
                format!("{}{}", &t[..start], &t[end..])
            })
        },
        &[
            "content/sip/302.toml",
            "code 302 has no English prose",
            "codes-3xx.ftl",
        ],
    );
}

#[test]
fn message_with_a_variable_nobody_passes() {
    fails_with(
        |r| {
            edit(&r.join("locales/en/ui.ftl"), |t| {
                t.replace(
                    "section-differences = Key differences",
                    "section-differences = Key differences for { $who }",
                )
            })
        },
        &["locales/en/ui.ftl:", "uses the variable `$who`"],
    );
}

#[test]
fn template_syntax_error() {
    fails_with(
        |r| {
            edit(&r.join("templates/compare.html"), |t| {
                t.replace("{% endblock main %}", "{% endblok main %}")
            })
        },
        &["templates/compare.html:", "template syntax error"],
    );
}

#[test]
fn template_undefined_variable() {
    fails_with(
        |r| {
            edit(&r.join("templates/code.html"), |t| {
                t.replace("{{ heading.html }}", "{{ headline.html }}")
            })
        },
        &["templates/code.html:", "headline"],
    );
}

#[test]
fn template_asks_for_a_static_file_that_does_not_exist() {
    fails_with(
        |r| {
            edit(&r.join("templates/base.html"), |t| {
                t.replace(
                    r#"static_url(path="icon.svg")"#,
                    r#"static_url(path="logo.svg")"#,
                )
            })
        },
        &["templates/base.html:", "no file `static/logo.svg`"],
    );
}

#[test]
fn a_removed_static_file_breaks_the_pages_that_use_it() {
    fails_with(
        |r| std::fs::remove_file(r.join("static/site.js")).unwrap(),
        &["templates/home.html:", "no file `static/site.js`"],
    );
}

#[test]
fn missing_content_folder() {
    fails_with(
        |r| std::fs::remove_dir_all(r.join("content")).unwrap(),
        &["content: the content folder is missing", "hint:"],
    );
}

#[test]
fn missing_locales_folder() {
    fails_with(
        |r| std::fs::remove_dir_all(r.join("locales")).unwrap(),
        &["locales: the locales folder is missing"],
    );
}

#[test]
fn missing_templates_folder() {
    fails_with(
        |r| std::fs::remove_dir_all(r.join("templates")).unwrap(),
        &["templates: the templates folder is missing"],
    );
}

#[test]
fn missing_configuration() {
    fails_with(
        |r| std::fs::remove_file(r.join("sipvs.toml")).unwrap(),
        &["sipvs.toml", "the site configuration is missing"],
    );
}

#[test]
fn raw_html_in_prose_is_neutralized() {
    let dir = fixture_en();
    edit(&dir.path().join("locales/en/codes.ftl"), |t| {
        t.replacen(
            "    .description = ",
            "    .description = <script>alert(1)</script> [x](javascript:alert(2)) ",
            1,
        )
    });
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let html =
        std::fs::read_to_string(dir.path().join("public/en/sip/180-ringing/index.html")).unwrap();
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "raw HTML must be shown as text"
    );
    assert!(
        !html.contains("<script>alert"),
        "raw HTML must not pass through"
    );
    assert!(
        !html.contains("href=\"javascript:"),
        "script links must be dropped"
    );
}
