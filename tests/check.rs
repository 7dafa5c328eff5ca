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
    let dir = fixture();
    let (code, report) = check_json(dir.path(), &[]);
    assert_eq!(code, 1);
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
    assert_eq!(attr[0]["severity"], "error");
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
    let f = find(&report, "Fluent syntax error");
    assert_eq!(f.len(), 1, "{report}");
    assert_eq!(f[0]["file"], "locales/de/ui.ftl");
    assert_eq!(f[0]["line"], line);
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
fn obsolete_messages_and_attributes_are_warnings() {
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
        (Some(line as u64), Some("warning"))
    );
    let a = find(&report, "attribute `code-180.extra` is obsolete");
    assert_eq!(a.len(), 1, "{report}");
    assert_eq!(a[0]["line"], 5);
    assert_eq!(summary(&report, "de")["obsolete"], 2);
}

#[test]
fn missing_attribute_is_an_error() {
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
    assert_eq!(f[0]["severity"], "error");
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
