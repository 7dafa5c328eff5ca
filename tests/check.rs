//! `sipvs check`: each kind of defect, seeded into a fixture locale, is found at the right
//! place with the right severity; a clean project passes.

mod common;

use std::path::Path;

use common::{edit, fixture, fixture_en, set_locales, sipvs, text};
use serde_json::Value;

fn check_json(root: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    let out = sipvs(root, &args);
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&out)));
    (out.status.code().unwrap(), json)
}

/// The findings whose message contains `needle`.
fn find<'a>(report: &'a Value, needle: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["message"].as_str().unwrap().contains(needle))
        .collect()
}

/// Append `text` to a file and return the 1-based line where it starts.
fn append(path: &Path, text: &str) -> usize {
    let old = std::fs::read_to_string(path).unwrap();
    let line = old.lines().count() + 1;
    let sep = if old.ends_with('\n') { "" } else { "\n" };
    std::fs::write(path, format!("{old}{sep}{text}")).unwrap();
    line
}

fn summary<'a>(report: &'a Value, locale: &str) -> &'a Value {
    report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["locale"] == locale)
        .unwrap()
}

#[test]
fn a_clean_project_passes() {
    let dir = fixture_en();
    let out = sipvs(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let t = text(&out);
    assert!(t.contains("check: 0 errors, 0 warnings"), "{t}");
    assert!(
        t.contains("locale   messages  translated"),
        "summary table: {t}"
    );
}

#[test]
fn a_half_translated_locale_is_reported_missing_with_its_english_source() {
    // Missing messages are what a locale being translated has: warnings, so CI stays green
    // until `--strict` asks for a complete locale.
    let dir = fixture();
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report}");
    let (strict, _) = check_json(dir.path(), &["--strict"]);
    assert_eq!(strict, 1);
    let de = summary(&report, "de");
    assert!(de["missing"].as_u64().unwrap() > 20, "{de}");
    let t = de["translated"].as_f64().unwrap();
    assert!(t > 5.0 && t < 60.0, "translated {t}%");
    let missing = find(&report, "message `code-486` is missing");
    assert!(
        missing.is_empty(),
        "attributes are reported, not the bare message"
    );
    let attr = find(&report, "`code-486.description` is missing");
    assert_eq!(attr.len(), 1);
    assert_eq!(attr[0]["locale"], "de");
    let english = attr[0]["english"].as_str().unwrap();
    let en_file = std::fs::read_to_string(dir.path().join("locales/en/codes.ftl")).unwrap();
    assert!(
        !english.is_empty() && en_file.contains(english),
        "English source beside it: {english}"
    );
    assert_eq!(attr[0]["severity"], "warning");
    assert_eq!(attr[0]["kind"], "missing");
}

#[test]
fn locale_option_narrows_the_report() {
    let dir = fixture();
    let (_, report) = check_json(dir.path(), &["--locale", "en"]);
    assert_eq!(report["locales"].as_array().unwrap().len(), 1);
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["locale"] != "de")
    );
    let (code, _) = check_json(dir.path(), &["--locale", "xx"]);
    assert_eq!(code, 2, "an unknown locale is unusable input");
}

#[test]
fn syntax_error_is_located() {
    let dir = fixture();
    let file = dir.path().join("locales/de/ui.ftl");
    let line = append(&file, "broken = { $x\n");
    let (code, report) = check_json(dir.path(), &["--locale", "de"]);
    assert_eq!(code, 1);
    let f = find(&report, "a `{` is not closed");
    assert_eq!(f.len(), 1, "{report}");
    assert_eq!(f[0]["file"], "locales/de/ui.ftl");
    assert_eq!(f[0]["line"], line);
    assert_eq!(f[0]["kind"], "syntax");
    // For people, drawn like a build's errors: the place, the line itself, a caret.
    let out = sipvs(dir.path(), &["check", "--locale", "de"]);
    let t = text(&out);
    assert!(t.contains(&format!("--> locales/de/ui.ftl:{line}:")), "{t}");
    assert!(t.contains(&format!("{line} | broken = {{ $x")), "{t}");
    assert!(
        t.lines()
            .any(|l| l.trim_start().starts_with("| ") && l.contains('^')),
        "{t}"
    );
}

#[test]
fn common_syntax_errors_read_plainly_and_once() {
    let dir = fixture();
    let file = dir.path().join("locales/de/ui.ftl");
    // A tab before an attribute, a missing `=`, curly quotes in a placeable.
    edit(&file, |t| {
        t.replacen("nav-home = Alle Codes", "nav-home Alle Codes", 1)
    });
    let (_, report) = check_json(dir.path(), &["--locale", "de"]);
    assert_eq!(
        find(&report, "expected `=` after the message id").len(),
        1,
        "{report}"
    );
    assert!(
        find(&report, "`nav-home` is missing").is_empty(),
        "a broken message is not also reported missing"
    );
    let dir = fixture();
    let file = dir.path().join("locales/de/ui.ftl");
    append(&file, "tabbed =\n\tEin Text\n");
    let (_, report) = check_json(dir.path(), &["--locale", "de"]);
    assert!(!find(&report, "a tab character").is_empty(), "{report}");
    let dir = fixture();
    let file = dir.path().join("locales/de/ui.ftl");
    append(&file, "quoted = { “Text” }\n");
    let (_, report) = check_json(dir.path(), &["--locale", "de"]);
    assert!(!find(&report, "curly quotes").is_empty(), "{report}");
}

#[test]
fn a_translated_selector_key_is_an_error() {
    let dir = fixture();
    let file = dir.path().join("locales/de/ui.ftl");
    edit(&file, |t| {
        t.replacen("    [1] Vorläufig", "    [eins] Vorläufig", 1)
    });
    let (code, report) = check_json(dir.path(), &["--locale", "de"]);
    assert_eq!(code, 1);
    let f = find(&report, "with the key `[eins]`");
    assert_eq!(f.len(), 1, "{report}");
    assert_eq!(f[0]["kind"], "selector");
    assert!(f[0]["hint"].as_str().unwrap().contains("[1]"));
}

#[test]
fn a_copy_of_english_fails_and_so_does_an_english_language_name() {
    let dir = fixture();
    let root = dir.path();
    // Copying the English files into a new locale, as a careless start would.
    for f in ["ui.ftl", "codes.ftl", "pairs.ftl", "fixes.ftl"] {
        std::fs::copy(
            root.join("locales/en").join(f),
            root.join("locales/de").join(f),
        )
        .unwrap();
    }
    let (code, report) = check_json(root, &["--locale", "de"]);
    assert_eq!(code, 1);
    assert_eq!(
        find(&report, "this is a copy of English").len(),
        1,
        "{report}"
    );
    assert_eq!(
        find(&report, "`locale-name` is still the English one").len(),
        1
    );
    assert_eq!(
        find(&report, "`og-locale` is still the English one").len(),
        1
    );
}

#[test]
fn json_has_one_shape_for_every_exit_status() {
    let dir = fixture_en();
    let (code, ok) = check_json(dir.path(), &[]);
    assert_eq!(code, 0);
    std::fs::remove_file(dir.path().join("sipvs.toml")).unwrap();
    let (code, unusable) = check_json(dir.path(), &[]);
    assert_eq!(code, 2);
    for r in [&ok, &unusable] {
        assert_eq!(r["schema"], 1);
        assert!(r["findings"].is_array() && r["locales"].is_array());
    }
    assert_eq!(ok["usable"], true);
    assert_eq!(unusable["usable"], false);
    assert_eq!(unusable["findings"][0]["kind"], "unusable");
    assert_eq!(unusable["findings"][0]["file"], "sipvs.toml");
}

#[test]
fn only_errors_hides_the_rest_but_not_the_verdict() {
    let dir = fixture();
    let out = sipvs(dir.path(), &["check", "--only", "errors"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(!t.contains("warning:") && !t.contains("note:"), "{t}");
    assert!(t.starts_with("locale   messages"), "summary first: {t}");
}

#[test]
fn the_termbase_is_enforced() {
    let dir = fixture();
    let root = dir.path();
    std::fs::write(
        root.join("locales/de/glossary.toml"),
        "[[term]]\nen = \"all codes\"\nuse = \"Alle Codes\"\navoid = [\"Sämtliche Codes\"]\n",
    )
    .unwrap();
    let (code, _) = check_json(root, &["--locale", "de"]);
    assert_eq!(code, 0);
    edit(&root.join("locales/de/ui.ftl"), |t| {
        t.replacen("nav-home = Alle Codes", "nav-home = Sämtliche Codes", 1)
    });
    let (code, report) = check_json(root, &["--locale", "de"]);
    assert_eq!(code, 1);
    let f = find(&report, "uses `Sämtliche Codes`");
    assert_eq!(f.len(), 1, "{report}");
    assert_eq!(f[0]["kind"], "termbase");
    assert!(f[0]["hint"].as_str().unwrap().contains("Alle Codes"));
}

#[test]
fn new_locale_scaffolds_files_that_publish_nothing_as_a_translation() {
    let dir = fixture_en();
    let root = dir.path();
    let out = sipvs(root, &["new-locale", "pt-BR"]);
    assert!(out.status.success(), "{}", text(&out));
    let ui = std::fs::read_to_string(root.join("locales/pt-BR/ui.ftl")).unwrap();
    assert!(ui.contains("# locale-name = English"), "{ui}");
    assert!(root.join("locales/pt-BR/glossary.toml").is_file());
    // Refuses to overwrite a locale.
    let again = sipvs(root, &["new-locale", "pt-BR"]);
    assert_eq!(again.status.code(), Some(1));
    let bad = sipvs(root, &["new-locale", "pt_BR"]);
    assert_eq!(bad.status.code(), Some(1));
    set_locales(root, &["en", "pt-BR"]);
    // Nothing is translated yet: the check fails only because the language has no name.
    let (code, report) = check_json(root, &["--locale", "pt-BR"]);
    assert_eq!(code, 1);
    let errors: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert!(errors.iter().all(|f| f["kind"] == "identity"), "{errors:?}");
    assert_eq!(errors.len(), 2);
    // The site builds, every text marked as English.
    let out = sipvs(root, &["build"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn duplicate_id_across_files() {
    let dir = fixture();
    // codes.ftl is read before ui.ftl, so ui.ftl's nav-home is the second definition.
    let first = append(
        &dir.path().join("locales/de/codes.ftl"),
        "nav-home = Alles\n",
    );
    let ui = std::fs::read_to_string(dir.path().join("locales/de/ui.ftl")).unwrap();
    let second = ui.lines().position(|l| l.starts_with("nav-home")).unwrap() + 1;
    let (_, report) = check_json(dir.path(), &["--locale", "de"]);
    let f = find(&report, "`nav-home` is defined twice");
    assert_eq!(f.len(), 1, "{report}");
    assert_eq!(f[0]["file"], "locales/de/ui.ftl");
    assert_eq!(f[0]["line"], second);
    assert!(
        f[0]["hint"]
            .as_str()
            .unwrap()
            .contains(&format!("locales/de/codes.ftl:{first}"))
    );
}

#[test]
fn obsolete_messages_and_attributes_are_errors() {
    let dir = fixture();
    let line = append(&dir.path().join("locales/de/ui.ftl"), "old-heading = Alt\n");
    edit(&dir.path().join("locales/de/codes.ftl"), |t| {
        t.replacen("    .handle =", "    .extra = Zusatz\n    .handle =", 1)
    });
    let (_, report) = check_json(dir.path(), &["--locale", "de"]);
    let f = find(&report, "message `old-heading` is obsolete");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0]["line"].as_u64(), f[0]["severity"].as_str()),
        (Some(line as u64), Some("error"))
    );
    let a = find(&report, "attribute `code-180.extra` is obsolete");
    assert_eq!(a.len(), 1, "{report}");
    assert_eq!(a[0]["line"], 5);
    assert_eq!(summary(&report, "de")["obsolete"], 2);
}

#[test]
fn missing_attribute_is_a_warning() {
    let dir = fixture();
    edit(&dir.path().join("locales/de/codes.ftl"), |t| {
        let lines: Vec<&str> = t
            .lines()
            .filter(|l| !l.starts_with("    .handle = Weiter"))
            .collect();
        lines.join("\n") + "\n"
    });
    let (_, report) = check_json(dir.path(), &["--locale", "de"]);
    let f = find(&report, "attribute `code-180.handle` is missing");
    assert_eq!(f.len(), 1, "{report}");
    assert_eq!(f[0]["severity"], "warning");
}

#[test]
fn unknown_variable_is_an_error_and_a_dropped_one_a_warning() {
    let dir = fixture();
    let file = dir.path().join("locales/de/ui.ftl");
    edit(&file, |t| {
        t.replace(
            "section-seen = Wann er auftritt",
            "section-seen = Wann { $wer } auftritt",
        )
    });
    edit(&file, |t| {
        t.replace(
            "code-title = SIP { $code } { $reason }: Bedeutung, Ablauf und Behandlung",
            "code-title = SIP-Code { $code }",
        )
    });
    let (_, report) = check_json(dir.path(), &["--locale", "de"]);
    let unknown = find(&report, "uses `$wer`");
    assert_eq!(unknown.len(), 1, "{report}");
    assert_eq!(unknown[0]["severity"], "error");
    assert!(
        unknown[0]["hint"]
            .as_str()
            .unwrap()
            .contains("no variables")
    );
    let dropped = find(&report, "`code-title` drops `$reason`");
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0]["severity"], "warning");
}

#[test]
fn plural_categories_of_the_locale_are_required() {
    let dir = fixture();
    set_locales(dir.path(), &["en", "ru"]);
    std::fs::create_dir_all(dir.path().join("locales/ru")).unwrap();
    std::fs::write(dir.path().join("locales/ru/ui.ftl"), "home-description = { $count ->\n    [one] { $count } код\n   *[other] { $count } кодов\n}\n").unwrap();
    let (_, report) = check_json(dir.path(), &["--locale", "ru"]);
    let f = find(&report, "plural selector without the categories few, many");
    assert_eq!(f.len(), 1, "{report}");
    assert_eq!(f[0]["line"], 1);
}

#[test]
fn empty_values_are_errors_and_unchanged_ones_notes() {
    let dir = fixture();
    let file = dir.path().join("locales/de/ui.ftl");
    append(&file, "section-handle = { \"\" }\nsection-facts = Facts\n");
    // section-handle is defined twice now; drop the first so only emptiness is reported.
    edit(&file, |t| {
        t.replacen("section-handle = Behandlung\n", "", 1)
    });
    let (code, report) = check_json(dir.path(), &["--locale", "de"]);
    assert_eq!(code, 1);
    let empty = find(&report, "`section-handle` is empty");
    assert_eq!(empty.len(), 1, "{report}");
    assert_eq!(empty[0]["severity"], "error");
    let same = find(&report, "`section-facts` is still identical to English");
    assert_eq!(same.len(), 1);
    assert_eq!(same[0]["severity"], "note");
    assert_eq!(summary(&report, "de")["unchanged"], 1);
}

#[test]
fn records_against_prose() {
    let dir = fixture_en();
    append(
        &dir.path().join("locales/en/codes.ftl"),
        "code-499 =\n    .summary = x\n    .description = x\n    .seen = x\n    .handle = x\n",
    );
    let (code, report) = check_json(dir.path(), &[]);
    let f = find(&report, "prose `code-499` belongs to no record");
    assert_eq!(f.len(), 1, "{report}");
    assert_eq!(f[0]["severity"], "warning");
    assert_eq!(code, 0, "a warning alone passes");

    edit(&dir.path().join("locales/en/codes.ftl"), |t| {
        t.replace("code-302 =", "code-302-old =")
    });
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        find(&report, "code 302 has no English prose").len(),
        1,
        "{report}"
    );
}

#[test]
fn unusable_input_exits_2() {
    let dir = fixture_en();
    std::fs::remove_file(dir.path().join("sipvs.toml")).unwrap();
    let out = sipvs(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}

#[test]
fn a_sixth_locale_is_data_only() {
    // The fixture's German is a locale sipvs has never heard of: a folder plus a line in
    // sipvs.toml is all it takes to publish it.
    let dir = fixture();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let page = std::fs::read_to_string(
        dir.path()
            .join("public/de/compare/sip/180-ringing-vs-200-ok/index.html"),
    )
    .unwrap();
    assert!(page.contains("<html lang=\"de\">"));
    assert!(page.contains("SIP 180 Ringing und 200 OK im Vergleich"));
    assert!(
        page.contains(">Deutsch<"),
        "named in itself in the switcher"
    );
    let en = std::fs::read_to_string(dir.path().join("public/en/index.html")).unwrap();
    assert!(
        en.contains("hreflang=\"de\""),
        "English pages link the new locale"
    );
}

#[test]
fn check_fails_on_the_broken_links_build_fails_on_and_reads_them_as_a_browser_does() {
    // A broken link in a template: build and check both fail, naming the page and the link.
    let dir = fixture_en();
    let code = dir.path().join("templates/code.html");
    let original = std::fs::read_to_string(&code).unwrap();
    let row = "<tr><th scope=\"row\">";
    // Put `markup` into the code template at `at`; `build` (when it must also fail) and
    // `check` must both report `finding`.
    let fails = |at: &str, markup: &str, build_too: bool, finding: &str| {
        std::fs::write(&code, original.replacen(at, &format!("{at}{markup}"), 1)).unwrap();
        if build_too {
            let built = sipvs(dir.path(), &["build", "--out", "public"]);
            assert_ne!(built.status.code(), Some(0), "{}", text(&built));
            assert!(text(&built).contains(finding), "{}", text(&built));
        }
        let (status, report) = check_json(dir.path(), &[]);
        assert_eq!(status, 1, "{markup}");
        assert!(!find(&report, finding).is_empty(), "{report:#}");
    };
    // A broken link in a template.
    fails(
        row,
        "<a href=\"{{ base }}nowhere/\">x</a>",
        true,
        "broken link `/nowhere/`",
    );
    // The same link with single quotes after a line break: a browser follows it, and check
    // reads it so.
    fails(
        row,
        "<a class=x\n href='{{ base }}nowhere/'>x</a>",
        false,
        "broken link `/nowhere/`",
    );
    // A link the build's quoted scan reads (here inside a comment, where a browser sees
    // none): build fails on it, so check must too.
    fails(
        row,
        "<!-- <a href=\"{{ base }}gone/\">x</a> -->",
        true,
        "broken link `/gone/`",
    );
    // A fragment into another page that names no id there.
    let link = "<li><a href=\"{{ c.href }}";
    fails(link, "#no-such-id", true, "no element with id `no-such-id`");
}
