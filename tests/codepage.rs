//! A code page as a reader on a phone meets it: the key facts and the citation under the
//! lede, said once; every other code reachable with its name; heading permalinks; header
//! names kept whole; the image a shared link shows.

mod common;

use std::path::Path;

use common::{attr, css, fixture, one, select, sipvs, text, words};
use scraper::{ElementRef, Html};

/// The elements below `el` that `selector` selects.
fn within<'a>(el: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    el.select(&css(selector)).collect()
}

/// Builds the fixture once per test and reads its pages.
struct Built {
    dir: tempfile::TempDir,
}

impl Built {
    fn new() -> Built {
        let dir = fixture();
        let out = sipvs(dir.path(), &["build"]);
        assert!(out.status.success(), "{}", text(&out));
        Built { dir }
    }

    fn page(&self, rel: &str) -> Html {
        let path = self.dir.path().join("public").join(rel).join("index.html");
        Html::parse_document(&std::fs::read_to_string(&path).unwrap())
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }
}

/// The value of a single-line message of an English Fluent file of the project.
fn message(root: &Path, file: &str, id: &str) -> String {
    let text = std::fs::read_to_string(root.join("locales/en").join(file)).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} is not in {file}"))
        .to_string()
}

/// The codes of the fixture's catalog: number and reason phrase, from content/.
fn catalog(root: &Path) -> Vec<(u16, String)> {
    let mut out: Vec<(u16, String)> = std::fs::read_dir(root.join("content/sip"))
        .unwrap()
        .map(|e| {
            let v: toml::Value =
                toml::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap();
            (
                v["code"].as_integer().unwrap() as u16,
                v["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn key_facts_and_citation_come_under_the_lede_and_are_not_repeated() {
    let b = Built::new();
    let doc = b.page("en/sip/486-busy-here");
    // Right after the lede, before the first section.
    let head = one(&doc, "article > header.page-head");
    let names: Vec<&str> = head
        .children()
        .filter_map(|n| n.value().as_element().map(|e| e.name()))
        .collect();
    assert_eq!(names, ["h1", "p", "dl"], "h1, lede, key facts");
    let keys = one(&doc, "header.page-head > dl.keyfacts");
    let rfc = attr(&doc, "dl.keyfacts a[href*='rfc-editor.org']", "href");
    assert!(rfc.contains("rfc3261#section-21.4.24"), "{rfc}");
    assert_eq!(
        attr(&doc, "dl.keyfacts a[href*='iana.org']", "href"),
        "https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7"
    );
    // Every fact is said once on the page: no key fact's name heads a row of the table
    // below, and the citation is linked once.
    let key_names: Vec<String> = select(&doc, "dl.keyfacts dt")
        .into_iter()
        .map(words)
        .collect();
    assert_eq!(key_names.len(), 5, "{key_names:?}");
    let rows: Vec<String> = select(&doc, "table.facts th")
        .into_iter()
        .map(words)
        .collect();
    assert!(rows.len() >= 10, "{rows:?}");
    for k in &key_names {
        assert!(!rows.contains(k), "{k} is both a key fact and a row");
    }
    assert_eq!(
        select(
            &doc,
            "a[href*='rfc-editor.org/rfc/rfc3261#section-21.4.24']"
        )
        .len(),
        1
    );
    assert!(words(keys).contains("RFC 3261"));
    // The kicker that repeated the class and the kind above the heading is gone.
    assert!(select(&doc, ".kicker").is_empty());
}

#[test]
fn every_other_code_is_linked_with_its_number_and_reason_phrase_by_class() {
    let b = Built::new();
    let codes = catalog(b.root());
    for (code, _) in &codes {
        let rel = select(
            &b.page("en"),
            &format!(".code-list li[data-code='{code}'] a"),
        )[0]
        .attr("href")
        .unwrap()
        .trim_matches('/')
        .to_string();
        let doc = b.page(&rel);
        // Each other code once: among the most confused, or by class below.
        let mut linked: Vec<u16> = Vec::new();
        for a in select(&doc, ".compare-with li a") {
            let href = a.attr("href").unwrap();
            assert!(href.contains("/compare/sip/"), "{href}");
            let other = codes
                .iter()
                .find(|(c, _)| {
                    *c != *code
                        && (href.contains(&format!("/{c}-")) || href.contains(&format!("-vs-{c}-")))
                })
                .unwrap_or_else(|| panic!("{href} names no other code"));
            linked.push(other.0);
        }
        linked.sort();
        let others: Vec<u16> = codes.iter().map(|c| c.0).filter(|c| c != code).collect();
        assert_eq!(linked, others, "{rel}");
        // Below the most confused: the number and the reason phrase, visible, in a
        // <details> per class headed by the class.
        for d in select(&doc, "details.others") {
            let summary = words(within(d, "summary")[0]);
            let class = summary.chars().next().unwrap();
            for a in within(d, "a") {
                let shown = words(a);
                let (num, reason) = shown.split_once(' ').unwrap();
                assert!(num.starts_with(class), "{shown} under {summary}");
                let want = &codes.iter().find(|c| c.0.to_string() == num).unwrap().1;
                assert_eq!(reason, want, "{rel}");
            }
        }
    }
}

#[test]
fn section_headings_have_a_permalink_named_once() {
    let b = Built::new();
    let label = message(b.root(), "page.ftl", "permalink-label");
    for rel in [
        "en",
        "en/sip/486-busy-here",
        "en/compare/sip/486-busy-here-vs-487-request-terminated",
    ] {
        let doc = b.page(rel);
        let headings = select(&doc, "h2[id]");
        assert!(headings.len() >= 2, "{rel}");
        for h in headings {
            let id = h.value().id().unwrap();
            if h.value().classes().any(|c| c == "visually-hidden") {
                continue;
            }
            // The link is the heading's next sibling, not inside it: the heading's name and
            // its section's stay the heading's words.
            assert!(
                select(&doc, &format!("h2#{id} a")).is_empty(),
                "{rel} #{id}"
            );
            let link = one(&doc, &format!("h2#{id} + a.permalink"));
            assert_eq!(link.attr("href"), Some(format!("#{id}").as_str()));
            let named: Vec<String> = within(link, ".visually-hidden")
                .into_iter()
                .map(words)
                .collect();
            assert_eq!(named, [label.as_str()], "{rel} #{id}");
            let shown: Vec<String> = within(link, "[aria-hidden=true]")
                .into_iter()
                .map(words)
                .collect();
            assert_eq!(shown, ["#"], "{rel} #{id}");
        }
    }
}

#[test]
fn header_names_in_the_facts_are_each_one_unbreakable_span() {
    let b = Built::new();
    let record: toml::Value =
        toml::from_str(&std::fs::read_to_string(b.root().join("content/sip/302.toml")).unwrap())
            .unwrap();
    let carries: Vec<&str> = record["carries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(!carries.is_empty());
    let doc = b.page("en/sip/302-moved-temporarily");
    let spans: Vec<String> = select(&doc, "table.facts td .lit")
        .into_iter()
        .map(words)
        .collect();
    for h in carries {
        assert!(spans.iter().any(|s| s == h), "{h} not one span: {spans:?}");
    }
}

/// Width and height of a PNG, from its IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let n = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (n(16), n(20))
}

#[test]
fn every_page_shares_its_locales_image_by_absolute_url() {
    let b = Built::new();
    let base = "https://fixture.example.org/";
    let alt = message(b.root(), "page.ftl", "og-image-alt");
    // German has no image of its own in the fixture: its pages show the reference's.
    for (rel, image) in [
        ("en", "og-en.png"),
        ("en/sip/486-busy-here", "og-en.png"),
        ("de/sip/486-busy-here", "og-en.png"),
        ("", "og-en.png"),
    ] {
        let doc = b.page(rel);
        let url = attr(&doc, "meta[property='og:image']", "content");
        assert!(url.starts_with(base), "{rel}: {url} is not absolute");
        let file = b.root().join("public").join(&url[base.len()..]);
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{rel}: {url}: {e}"));
        assert_eq!(
            bytes,
            std::fs::read(b.root().join("static").join(image)).unwrap(),
            "{rel}"
        );
        let (w, h) = png_size(&bytes);
        assert_eq!(
            (
                attr(&doc, "meta[property='og:image:width']", "content"),
                attr(&doc, "meta[property='og:image:height']", "content")
            ),
            (w.to_string().as_str(), h.to_string().as_str()),
            "{rel}"
        );
        assert_eq!((w, h), (1200, 630));
        assert_eq!(
            attr(&doc, "meta[name='twitter:card']", "content"),
            "summary_large_image"
        );
        if rel.starts_with("en") || rel.is_empty() {
            assert_eq!(attr(&doc, "meta[property='og:image:alt']", "content"), alt);
        }
    }
}

#[test]
fn every_bundled_locale_has_its_own_image() {
    let repo = common::repo();
    let config: toml::Value =
        toml::from_str(&std::fs::read_to_string(repo.join("sipvs.toml")).unwrap()).unwrap();
    for lang in config["locales"].as_array().unwrap() {
        let lang = lang.as_str().unwrap();
        let bytes = std::fs::read(repo.join(format!("static/og-{lang}.png")))
            .unwrap_or_else(|e| panic!("static/og-{lang}.png ({e}): run scripts/og-images.sh"));
        assert_eq!(png_size(&bytes), (1200, 630), "{lang}");
    }
}
