//! How much of a comparison page's visible text is copied from the two code pages: shared
//! by `tests/site.rs` (which bounds it) and `examples/copied_share.rs` (which reports it).
//!
//! The visible text of a page is the text of its `<main>` (the header, breadcrumbs and
//! footer, the same on every page, are outside it), split into blocks: a paragraph, a list
//! item, a table cell, a heading, a caption, one label of a call-flow diagram. Left out:
//! what is not shown (`<title>` and `<desc>` of a diagram, `hidden` elements, scripts) and
//! the code and reason labels (`translate="no"`: "486 Busy Here" names a code, it is not
//! prose), and the interface's furniture that every page with a diagram or a section has
//! ([`CHROME`]: the scroll hint under a call flow, the permalink beside a heading). A word of
//! the comparison is *copied* when it lies in a run of [`SHINGLE`]
//! consecutive words of one block that also occurs in one block of either code page: a
//! sentence of eight words or more copied word for word is copied whole. The share is
//! copied words over all words. Stricter readings (see [`copied`]) also count a block that
//! reads exactly like one of a code page's, such as a table cell: the side-by-side table
//! and the call flows show the codes' facts and labels by design, so they are reported
//! (`examples/copied_share.rs`) but not what the tests bound.

use std::collections::HashSet;

/// Classes of interface text that is the same wherever it appears, like the page's header.
const CHROME: &[&str] = &["flow-hint", "permalink"];

use scraper::{ElementRef, Html, Node, Selector};

/// The length of a run of words that counts as copied.
pub const SHINGLE: usize = 8;

/// Runs of words only: a block is never counted whole (the measure the tests bound).
pub const RUNS_ONLY: usize = usize::MAX;

/// The shortest block that counts whole when it reads exactly like a code page's: a
/// sentence-like caption or cell, not a one-word value ("Final") or a diagram label
/// ("INVITE"), which a side-by-side table and a call flow show by design.
pub const EXACT_MIN: usize = 4;

/// Elements that continue the block they are in.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "tspan",
];

/// Elements whose text is not shown.
const UNSEEN: &[&str] = &["script", "style", "template", "title", "desc", "noscript"];

/// The visible blocks of a page's `<main>`, each as its words (lower case, without the
/// punctuation around them).
pub fn blocks(html: &str) -> Vec<Vec<String>> {
    let doc = Html::parse_document(html);
    let main = Selector::parse("main").unwrap();
    let mut out = Vec::new();
    if let Some(m) = doc.select(&main).next() {
        let mut current = String::new();
        walk(m, &mut current, &mut out);
        flush(&mut current, &mut out);
    }
    out
}

fn walk(el: ElementRef<'_>, current: &mut String, out: &mut Vec<Vec<String>>) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => current.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if UNSEEN.contains(&name)
                    || e.attr("hidden").is_some()
                    || e.attr("translate") == Some("no")
                    || e.classes().any(|c| CHROME.contains(&c))
                {
                    // Keep the words on either side of a label apart.
                    current.push(' ');
                    continue;
                }
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if name == "br" {
                    current.push(' ');
                } else if INLINE.contains(&name) {
                    walk(child, current, out);
                } else {
                    flush(current, out);
                    walk(child, current, out);
                    flush(current, out);
                }
            }
            _ => {}
        }
    }
}

/// The words of `text`, lower case, without the punctuation around them.
pub fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn flush(current: &mut String, out: &mut Vec<Vec<String>>) {
    let words = words(current);
    if !words.is_empty() {
        out.push(words);
    }
    current.clear();
}

/// What a code page offers to copy from: its runs of [`SHINGLE`] words and its blocks.
#[derive(Default)]
pub struct Source {
    shingles: HashSet<String>,
    blocks: HashSet<String>,
}

impl Source {
    /// Add the blocks of one page.
    pub fn add(&mut self, blocks: &[Vec<String>]) {
        for b in blocks {
            self.blocks.insert(b.join(" "));
            for w in b.windows(SHINGLE) {
                self.shingles.insert(w.join(" "));
            }
        }
    }
}

/// Words of `page` copied from `source`, and all its words. A block of at least
/// `exact_min` words that reads exactly like one of `source` counts whole.
pub fn copied(page: &[Vec<String>], source: &Source, exact_min: usize) -> (usize, usize) {
    let (mut copied, mut total) = (0, 0);
    for b in page {
        total += b.len();
        if b.len() >= exact_min && source.blocks.contains(&b.join(" ")) {
            copied += b.len();
            continue;
        }
        let mut hit = vec![false; b.len()];
        for (i, w) in b.windows(SHINGLE).enumerate() {
            if source.shingles.contains(&w.join(" ")) {
                hit[i..i + SHINGLE].iter_mut().for_each(|h| *h = true);
            }
        }
        copied += hit.iter().filter(|h| **h).count();
    }
    (copied, total)
}

/// The copied share of every comparison page of one locale of a built site (`site/<lang>`),
/// by page folder name, in name order (see [`copied`] for `exact_min`).
pub fn shares(locale_dir: &std::path::Path, exact_min: usize) -> Vec<(String, f64)> {
    let read = |p: std::path::PathBuf| std::fs::read_to_string(p).unwrap_or_default();
    // Each code page once: its folder name starts with the code.
    let mut code_pages = std::collections::BTreeMap::new();
    for e in std::fs::read_dir(locale_dir.join("sip"))
        .into_iter()
        .flatten()
    {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().to_string();
        if let Some(code) = name.get(..3).and_then(|c| c.parse::<u16>().ok()) {
            code_pages.insert(code, blocks(&read(e.path().join("index.html"))));
        }
    }
    // The pairs' folders (beside them, the index page's index.html).
    let mut names: Vec<String> = std::fs::read_dir(locale_dir.join("compare/sip"))
        .into_iter()
        .flatten()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let code = |s: &str| s.get(..3).and_then(|c| c.parse::<u16>().ok());
            let a = code(&name);
            let b = name.find("-vs-").and_then(|i| code(&name[i + 4..]));
            let mut source = Source::default();
            for c in [a, b].into_iter().flatten() {
                if let Some(blocks) = code_pages.get(&c) {
                    source.add(blocks);
                }
            }
            let page = blocks(&read(
                locale_dir
                    .join("compare/sip")
                    .join(&name)
                    .join("index.html"),
            ));
            let (copied, total) = copied(&page, &source, exact_min);
            let share = if total == 0 {
                0.0
            } else {
                copied as f64 / total as f64
            };
            (name, share)
        })
        .collect()
}

/// Mean, median and maximum of `values` (all 0 when there are none).
pub fn summary(values: &[f64]) -> (f64, f64, f64) {
    if values.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let mean = v.iter().sum::<f64>() / v.len() as f64;
    let median = if v.len() % 2 == 1 {
        v[v.len() / 2]
    } else {
        (v[v.len() / 2 - 1] + v[v.len() / 2]) / 2.0
    };
    (mean, median, v[v.len() - 1])
}
