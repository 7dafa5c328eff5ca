//! The bundled site, built once: page counts, canonical pair order, links, and text quality
//! over every page in every locale.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{attr, one, repo, select, sipvs, text, words};
use scraper::Html;

/// Build the bundled site once, shared by the tests of this file. A fixed folder under
/// target/ rather than a temporary one: statics are never dropped, so a temporary folder
/// would be left behind by every run; the next run's build replaces this one.
fn site() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("site-tests");
        let o = sipvs(&repo(), &["build", "--out", out.to_str().unwrap()]);
        assert!(o.status.success(), "{}", text(&o));
        out
    })
}

fn html_files() -> &'static Vec<PathBuf> {
    static FILES: OnceLock<Vec<PathBuf>> = OnceLock::new();
    FILES.get_or_init(|| {
        walkdir::WalkDir::new(site())
            .into_iter()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
            .map(|e| e.into_path())
            .collect()
    })
}

fn records() -> Vec<(u16, String)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(repo().join("content/sip")).unwrap() {
        let t = std::fs::read_to_string(e.unwrap().path()).unwrap();
        let v: toml::Value = toml::from_str(&t).unwrap();
        out.push((
            v["code"].as_integer().unwrap() as u16,
            v["reason"].as_str().unwrap().to_string(),
        ));
    }
    out.sort();
    out
}

const LOCALES: [&str; 5] = ["en", "es", "ja", "ko", "ru"];

#[test]
fn every_registered_code_has_a_record() {
    let codes: Vec<u16> = records().iter().map(|r| r.0).collect();
    assert_eq!(codes.len(), 75, "the IANA registry has 75 response codes");
    for c in [
        100, 199, 204, 412, 417, 422, 424, 425, 428, 429, 430, 433, 436, 437, 438, 439, 440, 469,
        470, 494, 555, 580, 607, 608,
    ] {
        assert!(codes.contains(&c), "missing {c}");
    }
    let reasons: BTreeMap<u16, String> = records().into_iter().collect();
    assert_eq!(reasons[&436], "Bad Identity Info");
    assert_eq!(reasons[&437], "Unsupported Credential");
}

#[test]
fn page_counts_per_locale() {
    let n = records().len();
    for l in LOCALES {
        let count = |sub: &str| {
            walkdir::WalkDir::new(site().join(l).join(sub))
                .into_iter()
                .flatten()
                .filter(|e| e.file_name() == "index.html")
                .count()
        };
        // Each folder also holds its index page.
        assert_eq!(
            count("compare/sip"),
            n * (n - 1) / 2 + 1,
            "{l} comparison pages"
        );
        assert_eq!(count("sip"), n + 1, "{l} code pages");
        assert!(
            site().join(l).join("sip/index.html").is_file(),
            "{l} code index"
        );
        assert!(
            site().join(l).join("compare/sip/index.html").is_file(),
            "{l} comparison index"
        );
        assert!(site().join(l).join("index.html").is_file(), "{l} home");
        assert!(site().join(l).join("404.html").is_file(), "{l} 404");
    }
    assert!(site().join("index.html").is_file(), "language chooser");
    assert!(site().join("404.html").is_file());
    assert!(site().join("sitemap.xml").is_file());
    assert!(site().join("robots.txt").is_file());
}

/// The folders under a `compare/sip/` folder: one per pair.
fn pair_dirs(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect()
}

#[test]
fn no_reverse_order_pair_is_published() {
    for l in LOCALES {
        // The folders of the pairs (beside them, the index page's index.html).
        for e in pair_dirs(&site().join(l).join("compare/sip")) {
            let name = e.file_name().unwrap().to_str().unwrap().to_string();
            let (a, b) = name.split_once("-vs-").unwrap();
            let num = |s: &str| s[..3].parse::<u16>().unwrap();
            assert!(
                num(a) < num(b),
                "{l}/compare/sip/{name} is in reverse order"
            );
        }
    }
}

#[test]
fn every_internal_link_resolves() {
    let root = site();
    let mut broken = Vec::new();
    for f in html_files() {
        let html = std::fs::read_to_string(f).unwrap();
        for url in sipvs::links::extract(&html) {
            if url.starts_with("http") || url.starts_with('#') {
                continue;
            }
            let path = url.split('#').next().unwrap();
            let rel = path
                .strip_prefix('/')
                .expect("internal links are root-relative");
            let target = if rel.is_empty() || rel.ends_with('/') {
                root.join(rel).join("index.html")
            } else {
                root.join(rel)
            };
            if !target.is_file() {
                broken.push(format!("{} -> {url}", f.display()));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken links, e.g. {:?}",
        broken.len(),
        &broken[..broken.len().min(5)]
    );
}

/// `build` reads pages with the quoted scan, `check` with an HTML tokenizer: on every page
/// sipvs writes, both must see the same links and ids, or `build` would miss what `check`
/// catches.
#[test]
fn the_build_reads_every_page_as_the_tokenizer_does() {
    let mut differ = Vec::new();
    for f in html_files() {
        let html = std::fs::read(f).unwrap();
        if sipvs::links::scan(&html) != sipvs::links::scan_quoted(&html) {
            differ.push(f.display().to_string());
        }
    }
    assert!(
        differ.is_empty(),
        "{} pages read differently, e.g. {:?}",
        differ.len(),
        &differ[..differ.len().min(5)]
    );
}

#[test]
fn no_isolation_marks_or_unresolved_placeables() {
    for f in html_files() {
        let html = std::fs::read_to_string(f).unwrap();
        assert!(
            !html.contains('\u{2068}') && !html.contains('\u{2069}'),
            "isolation mark in {}",
            f.display()
        );
        assert!(
            !html.contains("{ $") && !html.contains("{$"),
            "unresolved placeable in {}",
            f.display()
        );
    }
}

#[test]
fn no_doubled_adjacent_words() {
    let mut found = Vec::new();
    for f in html_files() {
        let html = std::fs::read_to_string(f).unwrap();
        for node in common::text_nodes(&html) {
            // "when when" is doubled; "logged in, in a state" is not: punctuation separates.
            let words: Vec<String> = node.split_whitespace().map(str::to_lowercase).collect();
            for pair in words.windows(2) {
                let second = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric());
                if pair[0] == second && pair[0].chars().any(char::is_alphabetic) {
                    found.push(format!(
                        "{}: “{} {}” in “{}”",
                        f.display(),
                        pair[0],
                        pair[1],
                        node.trim()
                    ));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "{} doubled words, e.g. {:?}",
        found.len(),
        &found[..found.len().min(5)]
    );
}

#[test]
fn translated_pages_are_translated() {
    // The Japanese 302-vs-487 page must not carry the English prose of either code.
    let ja = std::fs::read_to_string(
        site().join("ja/compare/sip/302-moved-temporarily-vs-487-request-terminated/index.html"),
    )
    .unwrap();
    let en = std::fs::read_to_string(
        site().join("en/compare/sip/302-moved-temporarily-vs-487-request-terminated/index.html"),
    )
    .unwrap();
    let doc = Html::parse_document(&ja);
    assert_eq!(attr(&doc, "html", "lang"), "ja");
    // Reason phrases are English on purpose (lang="en" translate="no"); anything else in
    // English is a fallback.
    let literals = select(&doc, r#"main [lang="en"][translate="no"]"#);
    assert!(!literals.is_empty(), "reason phrases are marked as English");
    let fallbacks: Vec<String> = select(&doc, r#"main [lang="en"]:not([translate="no"])"#)
        .into_iter()
        .map(words)
        .collect();
    assert!(
        fallbacks.is_empty(),
        "the Japanese page falls back to English: {fallbacks:?}"
    );
    let en_nodes = common::text_nodes(&en);
    let ja_nodes = common::text_nodes(&ja);
    // English prose, not literals: reason phrases are shared on purpose.
    let shared: Vec<&String> = ja_nodes
        .iter()
        .filter(|n| n.split_whitespace().count() > 6 && n.contains(" the ") && en_nodes.contains(n))
        .collect();
    assert!(
        shared.is_empty(),
        "English sentences on the Japanese page: {shared:?}"
    );
}

#[test]
fn switcher_keeps_the_pair() {
    let page =
        std::fs::read_to_string(site().join(
            "es/compare/sip/401-unauthorized-vs-407-proxy-authentication-required/index.html",
        ))
        .unwrap();
    let doc = Html::parse_document(&page);
    for l in LOCALES {
        let href =
            format!("/{l}/compare/sip/401-unauthorized-vs-407-proxy-authentication-required/");
        if l == "es" {
            // The current language is not a link.
            assert_eq!(attr(&doc, "nav.langs [aria-current=page]", "lang"), l);
        } else {
            assert_eq!(
                attr(&doc, &format!(r#"nav.langs a[hreflang="{l}"]"#), "href"),
                href,
                "switcher to {l}"
            );
        }
        assert_eq!(
            attr(
                &doc,
                &format!(r#"link[rel="alternate"][hreflang="{l}"]"#),
                "href"
            ),
            format!("https://sipvs.example.org{href}"),
            "alternate for {l}"
        );
    }
}

#[test]
fn titles_are_unique_and_descriptions_short() {
    let mut titles = std::collections::BTreeMap::new();
    for f in html_files() {
        if f.ends_with("404.html") {
            continue;
        }
        let doc = Html::parse_document(&std::fs::read_to_string(f).unwrap());
        let head = |css: &str| match select(&doc, css)[..] {
            [el] => el,
            _ => panic!("{} has no single {css}", f.display()),
        };
        let title = words(head("head > title"));
        let lang = head("html[lang]").attr("lang").unwrap().to_string();
        if let Some(other) = titles.insert((lang, title.clone()), f.clone()) {
            panic!(
                "title {title:?} on both {} and {}",
                other.display(),
                f.display()
            );
        }
        let desc = head(r#"meta[name="description"][content]"#)
            .attr("content")
            .unwrap();
        let chars = desc.chars().count();
        assert!(
            chars <= 155 && chars > 20,
            "{chars} characters in {}",
            f.display()
        );
    }
}

/// The record fields a comparison page's sections are derived from.
fn fix_ids() -> BTreeMap<u16, String> {
    std::fs::read_dir(repo().join("content/sip"))
        .unwrap()
        .map(|e| {
            let t = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let v: toml::Value = toml::from_str(&t).unwrap();
            (
                v["code"].as_integer().unwrap() as u16,
                v["fix"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_comparison_says_each_thing_once() {
    // Over every pair in every locale: the lede (the note's lead, or the most decisive
    // derived difference) is not repeated by a key difference, no key difference is listed
    // twice, what to do is said once per distinct fix, and one fix is shared only by codes
    // whose records give the same fix. The side-by-side table lists a fact that tells the
    // two apart with both values and a fact they share once, folded after them; no run of
    // eight words is said twice anywhere on the page.
    let fixes = fix_ids();
    let codes: Vec<u16> = fixes.keys().copied().collect();
    let notes = std::fs::read_to_string(repo().join("locales/en/pairs.ftl")).unwrap();
    let mut pages = 0;
    for lang in LOCALES {
        let dir = site().join(lang).join("compare/sip");
        for path in pair_dirs(&dir) {
            let name = path.file_name().unwrap().to_str().unwrap().to_string();
            let a: u16 = name[..3].parse().unwrap();
            let b: u16 = name[name.find("-vs-").unwrap() + 4..][..3].parse().unwrap();
            assert!(codes.contains(&a) && codes.contains(&b), "{name}");
            let doc =
                Html::parse_document(&std::fs::read_to_string(path.join("index.html")).unwrap());
            let lede = select(&doc, "div.lede.prose");
            assert_eq!(lede.len(), 1, "{lang}/{name}: one lede");
            let lede = words(lede[0]);
            let diffs: Vec<String> = select(&doc, "ul.differences > li")
                .into_iter()
                .map(words)
                .collect();
            let fix_texts: Vec<String> = select(&doc, "p.fix").into_iter().map(words).collect();
            for (i, d) in diffs.iter().enumerate() {
                assert!(
                    !lede.contains(d.as_str()),
                    "{lang}/{name}: `{d}` repeats the lede"
                );
                assert!(!diffs[..i].contains(d), "{lang}/{name}: `{d}` twice");
                assert!(!d.is_empty(), "{lang}/{name}: an empty difference");
                for f in &fix_texts {
                    assert!(
                        !d.contains(f.as_str()),
                        "{lang}/{name}: what to do is in a difference"
                    );
                }
            }
            let same = fixes[&a] == fixes[&b];
            assert_eq!(
                fix_texts.len(),
                if same { 1 } else { 2 },
                "{lang}/{name}: {fix_texts:?}"
            );
            if !same {
                assert_ne!(
                    fix_texts[0], fix_texts[1],
                    "{lang}/{name}: two fixes read the same"
                );
            }
            let rows = select(&doc, "table.side tbody tr");
            // Only a note tells apart codes whose facts are all the same.
            assert!(
                !rows.is_empty() || notes.contains(&format!("\npair-{a}-{b} = ")),
                "{lang}/{name}: no fact tells them apart and no note does"
            );
            let mut labels = Vec::new();
            for row in rows {
                let cells: Vec<String> = row.child_elements().map(words).collect();
                assert_eq!(cells.len(), 3, "{lang}/{name}: {cells:?}");
                assert_ne!(cells[1], cells[2], "{lang}/{name}: the same {}", cells[0]);
                labels.push(cells[0].clone());
            }
            let same = select(&doc, "details.same-facts tbody tr");
            for row in &same {
                let cells: Vec<String> = row.child_elements().map(words).collect();
                assert_eq!(cells.len(), 2, "{lang}/{name}: {cells:?}");
                assert!(
                    !labels.contains(&cells[0]),
                    "{lang}/{name}: {} twice",
                    cells[0]
                );
            }
            match select(&doc, "details.same-facts > summary")[..] {
                [] => assert!(same.is_empty()),
                [summary] => assert!(
                    words(summary).contains(&same.len().to_string()),
                    "{lang}/{name}: {} shared facts under {:?}",
                    same.len(),
                    words(summary)
                ),
                _ => panic!("{lang}/{name}: two folds of shared facts"),
            }
            if lang != "ja"
                && let Some(run) = repeated_run(&doc)
            {
                panic!("{lang}/{name}: said twice: {run:?}");
            }
            pages += 1;
        }
    }
    assert_eq!(pages, 5 * 75 * 74 / 2);
}

/// A run of [`common::copied::SHINGLE`] words that two sentences of a comparison share, if
/// any: the lede, the key differences, the rest of the note, the summaries and what to do.
/// Left out: the table's values (a difference names the values it contrasts in the table's
/// words, by design), two codes' summaries (similar codes are defined in similar words),
/// and a hand-written note against a fix (fixes.ftl says per code what the notes, written
/// per pair, sometimes advise in the same words: a known overlap of the content). Words are
/// split at spaces, so a locale written without them (Japanese) is not checked here.
fn repeated_run(doc: &Html) -> Option<String> {
    use common::copied::{SHINGLE, words as split};
    let blocks: Vec<(&str, Vec<String>)> = [
        ("lede", "div.lede"),
        ("difference", "ul.differences > li"),
        ("note", "section.note .prose"),
        ("summary", "dl.pair-codes dd"),
        ("fix", "p.fix"),
    ]
    .into_iter()
    .flat_map(|(kind, s)| select(doc, s).into_iter().map(move |el| (kind, el)))
    .map(|(kind, el)| (kind, split(&words(el))))
    .collect();
    let lede_is_note = select(doc, "section.note").len() == 1;
    let exempt = |x: &str, y: &str| {
        let note = |k: &str| k == "note" || (k == "lede" && lede_is_note);
        (x == "summary" && y == "summary") || (note(x) && y == "fix") || (x == "fix" && note(y))
    };
    let mut seen: BTreeMap<&[String], usize> = BTreeMap::new();
    for (i, (kind, b)) in blocks.iter().enumerate() {
        for w in b.windows(SHINGLE) {
            match seen.get(&w) {
                Some(&j) if j != i && !exempt(blocks[j].0, kind) => {
                    return Some(format!("{} / {kind}: {}", blocks[j].0, w.join(" ")));
                }
                Some(_) => {}
                None => {
                    seen.insert(w, i);
                }
            }
        }
    }
    None
}

#[test]
fn comparisons_copy_less_than_a_third_of_their_text_from_the_code_pages() {
    // What counts as copied: see tests/common/copied.rs; `cargo run --example copied_share`
    // reports the figures.
    let shares = common::copied::shares(&site().join("en"), common::copied::RUNS_ONLY);
    assert_eq!(shares.len(), 75 * 74 / 2);
    let over: Vec<&(String, f64)> = shares.iter().filter(|s| s.1 > 1.0 / 3.0).collect();
    assert!(
        over.is_empty(),
        "{} comparisons copy over a third of their text, e.g. {:?}",
        over.len(),
        &over[..over.len().min(5)]
    );
    // The measure sees copies: a code page's prose, measured against the page, is copied
    // word for word.
    let page = std::fs::read_to_string(site().join("en/sip/486-busy-here/index.html")).unwrap();
    let blocks = common::copied::blocks(&page);
    let mut source = common::copied::Source::default();
    source.add(&blocks);
    let prose: Vec<Vec<String>> = blocks
        .into_iter()
        .filter(|b| b.len() >= common::copied::SHINGLE)
        .collect();
    let (copied, total) = common::copied::copied(&prose, &source, usize::MAX);
    assert!(total > 100 && copied == total, "{copied} of {total}");
}

#[test]
fn every_confused_pair_and_every_indistinct_pair_has_a_note() {
    let notes = std::fs::read_to_string(repo().join("locales/en/pairs.ftl")).unwrap();
    let mut missing = Vec::new();
    for e in std::fs::read_dir(repo().join("content/sip")).unwrap() {
        let t = std::fs::read_to_string(e.unwrap().path()).unwrap();
        let v: toml::Value = toml::from_str(&t).unwrap();
        let a = v["code"].as_integer().unwrap();
        for b in v["confused_with"].as_array().unwrap() {
            let b = b.as_integer().unwrap();
            let id = format!("pair-{}-{} = ", a.min(b), a.max(b));
            if !notes.contains(&id) {
                missing.push(id);
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "no note for {missing:?}");
    // A pair whose records do not tell the codes apart would open with the "facts are the
    // same" sentence; every such pair needs a note instead.
    let dir = site().join("en/compare/sip");
    for path in pair_dirs(&dir) {
        let html = std::fs::read_to_string(path.join("index.html")).unwrap();
        assert!(
            !html.contains("are the same; what separates them"),
            "{}",
            html.lines()
                .find(|l| l.contains("<title>"))
                .unwrap_or_default()
        );
    }
}

#[test]
fn not_found_pages_are_no_pages_and_carry_what_their_script_resolves_with() {
    let n = records().len();
    for (l, file) in LOCALES
        .iter()
        .map(|l| (*l, format!("{l}/404.html")))
        .chain([("en", "404.html".to_string())])
    {
        let doc = Html::parse_document(&std::fs::read_to_string(site().join(&file)).unwrap());
        assert_eq!(attr(&doc, r#"meta[name="robots"]"#, "content"), "noindex");
        for absent in [
            r#"link[rel="canonical"]"#,
            r#"link[rel="alternate"]"#,
            r#"meta[property="og:url"]"#,
            r#"script[type="application/ld+json"]"#,
        ] {
            assert!(select(&doc, absent).is_empty(), "{file}: {absent}");
        }
        // Without a script: the home, both indexes, every language's home.
        let links: Vec<&str> = select(&doc, "main a")
            .into_iter()
            .filter_map(|a| a.attr("href"))
            .collect();
        for want in [
            format!("/{l}/"),
            format!("/{l}/sip/"),
            format!("/{l}/compare/sip/"),
        ]
        .into_iter()
        .chain(LOCALES.iter().map(|o| format!("/{o}/")))
        {
            assert!(
                links.contains(&want.as_str()),
                "{file}: {want} in {links:?}"
            );
        }
        // The data: every code, and URL patterns that give published pages in every locale.
        let data: serde_json::Value =
            serde_json::from_str(&one(&doc, "script#nf-data").inner_html()).unwrap();
        assert_eq!(data["lang"], l);
        let codes = data["codes"].as_array().unwrap();
        assert_eq!(codes.len(), n, "{file}");
        let name = |i: usize| codes[i][1].as_str().unwrap();
        for o in LOCALES {
            let urls = &data["urls"][o];
            let code = urls["code"].as_str().unwrap().replace("{name}", name(0));
            let pair = urls["pair"]
                .as_str()
                .unwrap()
                .replace("{lo}", name(0))
                .replace("{hi}", name(n - 1));
            for url in [code, pair] {
                let file = site().join(url.trim_start_matches('/')).join("index.html");
                assert!(file.is_file(), "{l}: {url} is no page");
            }
        }
    }
}

#[test]
fn index_pages_list_every_code_and_the_trail_leads_through_them() {
    let n = records().len();
    for l in LOCALES {
        let read = |rel: &str| {
            Html::parse_document(&std::fs::read_to_string(site().join(l).join(rel)).unwrap())
        };
        let codes = read("sip/index.html");
        assert_eq!(select(&codes, ".code-list li").len(), n, "{l}: every code");
        // A jump link for each class, each to a heading of the page.
        for a in select(&codes, "nav.jump a") {
            let id = a.attr("href").unwrap().trim_start_matches('#');
            assert_eq!(select(&codes, &format!("h2#{id}")).len(), 1, "{l}: #{id}");
        }
        assert_eq!(select(&codes, "nav.jump a").len(), 6, "{l}: six classes");
        let pairs = read("compare/sip/index.html");
        // The confused pairs first: each a published comparison.
        let first: Vec<&str> = select(&pairs, "#confused-h + ul a")
            .into_iter()
            .map(|a| a.attr("href").unwrap())
            .collect();
        assert!(first.len() > 20, "{l}: {} confused pairs", first.len());
        for href in &first {
            let file = site().join(href.trim_start_matches('/')).join("index.html");
            assert!(file.is_file(), "{l}: {href}");
        }
        // Code and comparison pages name their index in the trail.
        let code = read("sip/486-busy-here/index.html");
        let trail: Vec<&str> = select(&code, "nav.crumbs a")
            .into_iter()
            .map(|a| a.attr("href").unwrap())
            .collect();
        assert_eq!(trail, [format!("/{l}/"), format!("/{l}/sip/")], "{l}");
        let pair = read("compare/sip/486-busy-here-vs-600-busy-everywhere/index.html");
        let trail: Vec<&str> = select(&pair, "nav.crumbs a")
            .into_iter()
            .map(|a| a.attr("href").unwrap())
            .collect();
        assert_eq!(
            trail,
            [format!("/{l}/"), format!("/{l}/compare/sip/")],
            "{l}"
        );
    }
}
