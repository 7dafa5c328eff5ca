//! Building the fixture project: what gets written, fallback marking, the summary line,
//! determinism, and snapshots of representative pages.

mod common;

use common::{attr, files, fixture, fixture_en, one, select, sipvs, text, words};
use scraper::Html;

#[test]
fn writes_every_page_of_every_locale_and_a_summary_line() {
    let dir = fixture();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    // 5 codes: per locale 1 home + 2 indexes + 5 code pages + 10 pairs + 1 404, plus the
    // chooser.
    assert!(
        stdout.starts_with("built 39 pages in 2 locales"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1, "one summary line: {stdout}");
    let all = files(&dir.path().join("public"));
    for l in ["en", "de"] {
        assert_eq!(
            all.iter()
                .filter(|f| f.starts_with(&format!("{l}/compare/sip/")))
                .count(),
            10 + 1,
            "the pairs and their index"
        );
        assert!(all.contains(&format!("{l}/sip/index.html")));
        assert!(all.contains(&format!("{l}/sip/487-request-terminated/index.html")));
    }
    assert!(all.contains(&"index.html".to_string()));
    // Static files are published under a name with a digest of their bytes.
    let css: Vec<_> = all
        .iter()
        .filter(|f| f.starts_with("static/site.") && f.ends_with(".css"))
        .collect();
    assert!(
        css.len() == 1 && css[0].ends_with(".css") && css[0].len() == "static/site..css".len() + 10,
        "{css:?}"
    );
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
        Html::parse_document(
            &std::fs::read_to_string(dir.path().join("public/de").join(p).join("index.html"))
                .unwrap(),
        )
    };
    // 180 is translated: its description is German, unmarked.
    let ringing = de("sip/180-ringing");
    assert_eq!(attr(&ringing, "html", "lang"), "de");
    let desc = one(&ringing, "section[aria-labelledby=desc-h] div.prose");
    assert!(
        words(desc).contains("Der UAS hat das INVITE erhalten"),
        "German prose expected: {}",
        words(desc)
    );
    assert_eq!(desc.attr("lang"), None, "180 is translated");
    // 486 is not: its prose falls back to English inside a lang="en" container.
    let busy = de("sip/486-busy-here");
    let desc = one(&busy, "section[aria-labelledby=desc-h] div.prose");
    assert_eq!(
        desc.attr("lang"),
        Some("en"),
        "fallback prose carries lang=en"
    );
    let en = Html::parse_document(
        &std::fs::read_to_string(dir.path().join("public/en/sip/486-busy-here/index.html"))
            .unwrap(),
    );
    assert_eq!(
        words(desc),
        words(one(&en, "section[aria-labelledby=desc-h] div.prose")),
        "the English prose is there"
    );
    // Interface strings missing in German are wrapped too, and the page says so.
    assert_eq!(
        words(one(&busy, r#"h2#flow-h > span[lang="en"]"#)),
        "Call flow",
        "fallback UI strings carry lang=en"
    );
    assert_eq!(select(&busy, "p.fallback-note").len(), 1);
    // A translated heading is not wrapped.
    let h1 = one(&busy, "h1");
    assert_eq!(words(h1), "SIP 486 Busy Here");
    assert!(
        h1.inner_html() == "SIP 486 Busy Here",
        "{}",
        h1.inner_html()
    );
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
    assert!(sipvs(dir.path(), &["build"]).status.success());
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
    assert!(page.contains("href=\"/docs/sip/static/site."));
    for url in sipvs::links::extract(&page) {
        assert!(
            url.starts_with("/docs/sip/") || url.starts_with("https://") || url.starts_with('#'),
            "{url} escapes the sub-path"
        );
    }
}

/// Snapshot a page with the parts that change with every content edit left in: this pins the
/// structure of the HTML the templates and the page context produce.
/// The digests in static files' names are redacted: they change with every edit of the CSS,
/// which the snapshots are not about (`tests/host.rs` checks the names).
fn snapshot_page(rel: &str) -> String {
    let dir = fixture_en();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    let mut html = std::fs::read_to_string(public.join(rel)).unwrap();
    for f in files(&public.join("static")) {
        let mut parts: Vec<&str> = f.split('.').collect();
        let at = parts.len().saturating_sub(2);
        parts[at] = "{digest}";
        html = html.replace(&f, &parts.join("."));
    }
    html
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

/// What a page in a non-reference locale says about its languages, one fragment a line or
/// block: the document language, the `hreflang` alternates, the language switcher, the
/// fallback note, and every element of `<main>` marked English except the reason phrases
/// (English on purpose), with the start of its text.
fn locale_markup(doc: &Html) -> String {
    let mut out = format!("html lang={}\nalternates:\n", attr(doc, "html", "lang"));
    for link in select(doc, r#"head link[rel="alternate"]"#) {
        out += &format!("  {}\n", link.html());
    }
    out += &format!("switcher:\n{}\n", one(doc, "nav.langs").html());
    for note in select(doc, "p.fallback-note") {
        out += &format!("fallback note:\n  {}\n", note.html());
    }
    out += "English in <main>:\n";
    for el in select(doc, r#"main [lang="en"]:not([translate="no"])"#) {
        let classes: String = el.value().classes().map(|c| format!(".{c}")).collect();
        let text = words(el);
        let start: Vec<&str> = text.split(' ').take(10).collect();
        let more = if text.split(' ').count() > 10 {
            " …"
        } else {
            ""
        };
        out += &format!(
            "  {}{classes}: {}{more}\n",
            el.value().name(),
            start.join(" ")
        );
    }
    out
}

#[test]
fn snapshot_locale_markup() {
    let dir = fixture();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let mut all = String::new();
    for page in [
        "de/sip/486-busy-here/",
        "de/compare/sip/302-moved-temporarily-vs-487-request-terminated/",
    ] {
        let html = std::fs::read_to_string(dir.path().join("public").join(page).join("index.html"))
            .unwrap();
        all += &format!(
            "== {page}\n{}\n",
            locale_markup(&Html::parse_document(&html))
        );
    }
    insta::assert_snapshot!(all);
}

/// `sipvs.toml` may list the reference locale after others: every list of locales keeps
/// the written order, and the reference is still what every other locale falls back to.
#[test]
fn a_reference_listed_second_keeps_the_written_order() {
    let dir = fixture();
    let root = dir.path();
    common::set_locales(root, &["de", "en"]);
    let out = sipvs(root, &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("pages with English fallback: de "),
        "{stdout}"
    );
    let public = root.join("public");
    let read = |rel: &str| std::fs::read_to_string(public.join(rel)).unwrap();
    let langs = |doc: &Html, selector: &str, name: &str| -> Vec<String> {
        select(doc, selector)
            .iter()
            .filter_map(|el| el.attr(name))
            .map(String::from)
            .collect()
    };
    let written = ["de", "en"];
    // The chooser lists the locales as written, and is headed in the reference locale.
    let chooser = Html::parse_document(&read("index.html"));
    assert_eq!(langs(&chooser, "ul.chooser h2 a", "hreflang"), written);
    assert_eq!(attr(&chooser, "html", "lang"), "en");
    for page in ["de/sip/486-busy-here/", "en/sip/486-busy-here/"] {
        let doc = Html::parse_document(&read(&format!("{page}index.html")));
        // The switcher: the current locale is a span, the others links; all carry `lang`.
        assert_eq!(
            langs(&doc, "nav.langs li > [lang]", "lang"),
            written,
            "{page}"
        );
        assert_eq!(
            langs(&doc, r#"head link[rel="alternate"]"#, "hreflang"),
            ["de", "en", "x-default"],
            "{page}"
        );
    }
    // Each sitemap lists a page's alternates as written.
    let map = read("sitemap-en.xml");
    let (de, en) = (
        map.find(r#"hreflang="de""#).unwrap(),
        map.find(r#"hreflang="en""#).unwrap(),
    );
    assert!(de < en, "{map}");
    // German still falls back to English, marked as such; English falls back to nothing.
    let busy = Html::parse_document(&read("de/sip/486-busy-here/index.html"));
    let desc = one(&busy, "section[aria-labelledby=desc-h] div.prose");
    assert_eq!(desc.attr("lang"), Some("en"));
    assert_eq!(select(&busy, "p.fallback-note").len(), 1);
    let english = Html::parse_document(&read("en/sip/486-busy-here/index.html"));
    assert_eq!(
        words(desc),
        words(one(&english, "section[aria-labelledby=desc-h] div.prose"))
    );
    assert!(select(&english, "p.fallback-note").is_empty());
    // The host-wide not-found page is the reference locale's, not the first listed.
    assert_eq!(read("404.html"), read("en/404.html"));
}

#[test]
fn sitemaps_index_per_locale_files_with_alternates() {
    let dir = fixture();
    assert!(sipvs(dir.path(), &["build"]).status.success());
    let public = dir.path().join("public");
    let index = std::fs::read_to_string(public.join("sitemap.xml")).unwrap();
    assert!(index.contains("<sitemapindex"));
    for l in ["en", "de"] {
        assert!(index.contains(&format!(
            "<loc>https://fixture.example.org/sitemap-{l}.xml</loc>"
        )));
        let map = std::fs::read_to_string(public.join(format!("sitemap-{l}.xml"))).unwrap();
        // home + 2 indexes + 5 codes + 10 pairs, each with both alternates and x-default.
        assert_eq!(map.matches("<url>").count(), 18, "{l}");
        assert_eq!(
            map.matches("hreflang=\"x-default\" href=\"https://fixture.example.org/\"")
                .count(),
            18
        );
        assert!(map.contains(&format!("<loc>https://fixture.example.org/{l}/compare/sip/180-ringing-vs-200-ok/</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://fixture.example.org/en/compare/sip/180-ringing-vs-200-ok/\"/><xhtml:link rel=\"alternate\" hreflang=\"de\"")));
    }
    let robots = std::fs::read_to_string(public.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://fixture.example.org/sitemap.xml"));
}

#[test]
fn head_has_alternates_open_graph_and_structured_data() {
    let dir = fixture();
    assert!(sipvs(dir.path(), &["build"]).status.success());
    let page = std::fs::read_to_string(
        dir.path()
            .join("public/de/sip/302-moved-temporarily/index.html"),
    )
    .unwrap();
    let doc = Html::parse_document(&page);
    let url = "https://fixture.example.org/de/sip/302-moved-temporarily/";
    assert_eq!(attr(&doc, r#"link[rel="canonical"]"#, "href"), url);
    let alternate = |l: &str| {
        attr(
            &doc,
            &format!(r#"link[rel="alternate"][hreflang="{l}"]"#),
            "href",
        )
    };
    assert_eq!(
        alternate("en"),
        "https://fixture.example.org/en/sip/302-moved-temporarily/"
    );
    assert_eq!(alternate("de"), url);
    assert_eq!(alternate("x-default"), "https://fixture.example.org/");
    assert_eq!(
        attr(&doc, r#"meta[property="og:locale"]"#, "content"),
        "de_DE"
    );
    let ld = one(&doc, r#"script[type="application/ld+json"]"#).inner_html();
    let ld: serde_json::Value = serde_json::from_str(&ld).unwrap();
    let graph = ld["@graph"].as_array().unwrap();
    assert_eq!(graph[0]["@type"], "BreadcrumbList");
    assert_eq!(
        graph[0]["itemListElement"][0]["name"], "Alle Codes",
        "localized breadcrumb"
    );
    // The trail: the home, the index of codes, the page.
    assert_eq!(
        graph[0]["itemListElement"][1]["item"],
        "https://fixture.example.org/de/sip/"
    );
    assert_eq!(graph[0]["itemListElement"][2]["item"], url);
    assert_eq!(graph[1]["@type"], "TechArticle");
    assert_eq!(graph[1]["inLanguage"], "de");
    assert_eq!(
        graph[1]["headline"],
        "SIP 302 Moved Temporarily: Bedeutung, Ablauf und Behandlung"
    );
}

#[test]
fn host_files_per_host() {
    let dir = fixture();
    let root = dir.path();
    assert!(
        sipvs(root, &["build", "--host", "netlify"])
            .status
            .success()
    );
    let redirects = std::fs::read_to_string(root.join("public/_redirects")).unwrap();
    assert!(
        redirects.contains("/de/*  /de/404.html  404"),
        "{redirects}"
    );
    assert!(
        std::fs::read_to_string(root.join("public/_headers"))
            .unwrap()
            .contains("X-Content-Type-Options: nosniff")
    );
    assert!(
        sipvs(root, &["build", "--host", "cloudflare"])
            .status
            .success()
    );
    let redirects = std::fs::read_to_string(root.join("public/_redirects")).unwrap();
    assert!(
        root.join("public/_headers").is_file() && !redirects.contains(" 404"),
        "cloudflare serves the nearest 404.html itself: {redirects}"
    );
    assert!(redirects.contains("/de/sip/486/  /de/sip/486-busy-here/  301\n"));
    assert!(
        sipvs(root, &["build", "--host", "generic"])
            .status
            .success()
    );
    assert!(
        std::fs::read_to_string(root.join("public/de/.htaccess"))
            .unwrap()
            .contains("ErrorDocument 404 /de/404.html")
    );
    assert!(sipvs(root, &["build"]).status.success());
    assert!(
        !root.join("public/_headers").exists(),
        "no host files without --host"
    );
}

#[test]
fn precompressed_copies_decompress_to_the_same_bytes() {
    let dir = fixture_en();
    let out = sipvs(dir.path(), &["build", "--precompress"]);
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    let all = files(&public);
    for f in all.iter().filter(|f| {
        [".html", ".css", ".js", ".xml", ".svg"]
            .iter()
            .any(|e| f.ends_with(e))
    }) {
        let orig = std::fs::read(public.join(f)).unwrap();
        let mut gz = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(
                &std::fs::read(public.join(format!("{f}.gz"))).unwrap()[..],
            ),
            &mut gz,
        )
        .unwrap();
        assert!(gz == orig, "{f}.gz");
        let mut br = Vec::new();
        brotli::BrotliDecompress(
            &mut &std::fs::read(public.join(format!("{f}.br"))).unwrap()[..],
            &mut br,
        )
        .unwrap();
        assert!(br == orig, "{f}.br");
    }
    assert!(!all.iter().any(|f| f.ends_with(".gz.gz")));
}

#[test]
fn unchanged_files_keep_their_modification_time() {
    let dir = fixture_en();
    let root = dir.path();
    assert!(sipvs(root, &["build"]).status.success());
    let public = root.join("public");
    let mtime = |rel: &str| {
        std::fs::metadata(public.join(rel))
            .unwrap()
            .modified()
            .unwrap()
    };
    let untouched = "en/compare/sip/180-ringing-vs-200-ok/index.html";
    let changed = "en/sip/486-busy-here/index.html";
    let (t1, t2) = (mtime(untouched), mtime(changed));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    common::edit(&root.join("content/sip/486.toml"), |t| {
        t.replace("section = \"21.4.24\"", "section = \"21.4.24.1\"")
    });
    assert!(sipvs(root, &["build"]).status.success());
    assert_eq!(mtime(untouched), t1, "an unchanged page was rewritten");
    assert!(mtime(changed) > t2, "a changed page was not rewritten");
    assert!(
        std::fs::read_to_string(public.join(changed))
            .unwrap()
            .contains("21.4.24.1")
    );
}

#[test]
fn refuses_a_non_empty_folder_it_did_not_create() {
    let dir = fixture_en();
    let other = dir.path().join("photos");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("cat.jpg"), "meow").unwrap();
    let out = sipvs(dir.path(), &["build", "--out", "photos"]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("non-empty folder that sipvs did not create"),
        "{}",
        text(&out)
    );
    assert_eq!(std::fs::read(other.join("cat.jpg")).unwrap(), b"meow");
    // An empty folder, or one sipvs wrote before, is fine.
    std::fs::create_dir_all(dir.path().join("empty")).unwrap();
    assert!(
        sipvs(dir.path(), &["build", "--out", "empty"])
            .status
            .success()
    );
    assert!(
        sipvs(dir.path(), &["build", "--out", "empty"])
            .status
            .success()
    );
}

#[test]
fn broken_internal_links_fail_the_build_all_listed() {
    let dir = fixture_en();
    common::edit(&dir.path().join("templates/404.html"), |t| {
        t.replace(
            "{% endblock main %}",
            "<a href=\"{{ base }}nowhere/\">x</a><a href=\"#missing-id\">y</a>{% endblock main %}",
        )
    });
    let out = sipvs(dir.path(), &["build"]);
    let msg = text(&out);
    assert!(!out.status.success(), "{msg}");
    assert!(
        msg.contains("broken link `/nowhere/`: no file `nowhere/index.html`"),
        "{msg}"
    );
    assert!(
        msg.contains("broken link `#missing-id`: no element with id `missing-id`"),
        "{msg}"
    );
    assert!(
        !dir.path().join("public").exists(),
        "nothing written on failure"
    );
}
