//! Building the fixture project: what gets written, fallback marking, the summary line,
//! determinism, and snapshots of representative pages.

mod common;

use common::{files, fixture, fixture_en, sipvs, text};

#[test]
fn writes_every_page_of_every_locale_and_a_summary_line() {
    let dir = fixture();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    // 5 codes: per locale 1 home + 5 code pages + 10 pairs + 1 404, plus the chooser.
    assert!(
        stdout.starts_with("built 35 pages in 2 locales"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1, "one summary line: {stdout}");
    let all = files(&dir.path().join("public"));
    for l in ["en", "de"] {
        assert_eq!(
            all.iter()
                .filter(|f| f.starts_with(&format!("{l}/compare/sip/")))
                .count(),
            10
        );
        assert!(all.contains(&format!("{l}/sip/487-request-terminated/index.html")));
    }
    assert!(all.contains(&"index.html".to_string()));
    assert!(all.contains(&"static/site.css".to_string()));
}

#[test]
fn untranslated_text_falls_back_to_english_marked_as_such() {
    let dir = fixture();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    // The summary names the locale with fallbacks, and only that one.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("pages with English fallback: de "),
        "{stdout}"
    );
    assert!(!stdout.contains("en "), "{stdout}");

    let de = |p: &str| {
        std::fs::read_to_string(dir.path().join("public/de").join(p).join("index.html")).unwrap()
    };
    // 180 is translated: its description is German, unmarked.
    let ringing = de("sip/180-ringing");
    assert!(ringing.contains("<html lang=\"de\">"));
    assert!(
        ringing.contains("Der UAS hat das <code>INVITE</code> erhalten"),
        "German prose expected"
    );
    assert!(
        !ringing.contains("<div class=\"prose\" lang=\"en\">"),
        "180 is translated"
    );
    // 486 is not: its prose falls back to English inside a lang="en" container.
    let busy = de("sip/486-busy-here");
    let desc = busy
        .find("<div class=\"prose\" lang=\"en\">")
        .expect("fallback prose carries lang=en");
    assert!(busy[desc..].contains("486"), "English prose is there");
    // Interface strings missing in German are wrapped too, and the page says so.
    assert!(
        busy.contains("<span lang=\"en\">"),
        "fallback UI strings carry lang=en"
    );
    assert!(busy.contains("class=\"fallback-note\""));
    // A translated heading is not wrapped.
    assert!(busy.contains("<h1>SIP 486 Busy Here</h1>"));
}

#[test]
fn strict_build_fails_on_fallback_and_keeps_the_output() {
    let dir = fixture();
    assert!(sipvs(dir.path(), &["build"]).status.success());
    let before = files(&dir.path().join("public"));
    let out = sipvs(dir.path(), &["build", "--strict"]);
    let msg = text(&out);
    assert!(!out.status.success(), "{msg}");
    assert!(
        msg.contains("locales/de") && msg.contains("sipvs check --locale de"),
        "{msg}"
    );
    assert_eq!(files(&dir.path().join("public")), before);
    // English alone has nothing to fall back from.
    let clean = fixture_en();
    let out = sipvs(clean.path(), &["build", "--strict"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = fixture();
    assert!(
        sipvs(dir.path(), &["build", "--out", "one"])
            .status
            .success()
    );
    assert!(
        sipvs(dir.path(), &["build", "--out", "two"])
            .status
            .success()
    );
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    let list = files(&one);
    assert_eq!(list, files(&two));
    for f in &list {
        assert!(
            std::fs::read(one.join(f)).unwrap() == std::fs::read(two.join(f)).unwrap(),
            "{f} differs between builds"
        );
    }
}

#[test]
fn a_successful_build_replaces_stale_files() {
    let dir = fixture_en();
    let public = dir.path().join("public");
    std::fs::create_dir_all(public.join("en/old")).unwrap();
    std::fs::write(public.join("en/old/index.html"), "stale").unwrap();
    assert!(sipvs(dir.path(), &["build"]).status.success());
    assert!(!public.join("en/old").exists(), "stale file survived");
    assert!(public.join("en/index.html").is_file());
}

#[test]
fn refuses_to_write_over_inputs() {
    let dir = fixture_en();
    for bad in [".", "content", "locales/en", "templates"] {
        let out = sipvs(dir.path(), &["build", "--out", bad]);
        assert!(!out.status.success(), "--out {bad} accepted");
        assert!(text(&out).contains("refusing to write"), "{}", text(&out));
    }
    assert!(dir.path().join("content/sip/180.toml").is_file());
}

#[test]
fn sub_path_base_url_prefixes_every_link() {
    let dir = fixture_en();
    let out = sipvs(
        dir.path(),
        &["build", "--base-url", "https://example.org/docs/sip/"],
    );
    assert!(out.status.success(), "{}", text(&out));
    let page = std::fs::read_to_string(
        dir.path()
            .join("public/en/compare/sip/486-busy-here-vs-487-request-terminated/index.html"),
    )
    .unwrap();
    assert!(page.contains("<link rel=\"canonical\" href=\"https://example.org/docs/sip/en/compare/sip/486-busy-here-vs-487-request-terminated/\">"));
    assert!(page.contains("href=\"/docs/sip/static/site.css\""));
    for url in sipvs::links::extract(&page) {
        assert!(
            url.starts_with("/docs/sip/") || url.starts_with("https://") || url.starts_with('#'),
            "{url} escapes the sub-path"
        );
    }
}

/// Snapshot a page with the parts that change with every content edit left in: this pins the
/// structure of the HTML the templates and the page context produce.
fn snapshot_page(rel: &str) -> String {
    let dir = fixture_en();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    std::fs::read_to_string(dir.path().join("public").join(rel)).unwrap()
}

#[test]
fn snapshot_comparison_page() {
    insta::assert_snapshot!(snapshot_page(
        "en/compare/sip/302-moved-temporarily-vs-487-request-terminated/index.html"
    ));
}

#[test]
fn snapshot_code_page() {
    insta::assert_snapshot!(snapshot_page("en/sip/486-busy-here/index.html"));
}
