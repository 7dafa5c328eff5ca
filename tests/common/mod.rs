//! Shared helpers for the integration tests: a fixture project in a temporary folder,
//! running the `sipvs` binary on it, and reading the HTML it writes (scraper).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use scraper::{ElementRef, Html, Selector};

pub mod copied;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A small project: five codes, English and a half-translated German, with the bundled
/// templates, static files and English interface strings.
pub fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("tests/fixtures/mini"), dir.path());
    copy_dir(&repo().join("templates"), &dir.path().join("templates"));
    copy_dir(&repo().join("static"), &dir.path().join("static"));
    // Of the shared images (static/og-<lang>.png, about 45 KB each) only the reference
    // locale's: German shows it too, and the output stays small (tests/safety.rs fills a
    // 400 KB disk with it).
    for lang in ["es", "ja", "ko", "ru"] {
        let _ = std::fs::remove_file(dir.path().join(format!("static/og-{lang}.png")));
    }
    // The English interface strings: every .ftl file but the content (codes, pairs, fixes),
    // which the fixture has its own of.
    let interface = std::fs::read_dir(repo().join("locales/en"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|f| {
            f.ends_with(".ftl") && !f.starts_with("codes") && f != "pairs.ftl" && f != "fixes.ftl"
        });
    for file in interface {
        std::fs::copy(
            repo().join("locales/en").join(&file),
            dir.path().join("locales/en").join(&file),
        )
        .unwrap();
    }
    dir
}

/// The same fixture with English only (a clean project).
pub fn fixture_en() -> tempfile::TempDir {
    let dir = fixture();
    set_locales(dir.path(), &["en"]);
    dir
}

/// Rewrite the locale list of the project's sipvs.toml.
pub fn set_locales(root: &Path, locales: &[&str]) {
    let path = root.join("sipvs.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let list = locales
        .iter()
        .map(|l| format!("\"{l}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let text: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("locales") {
                format!("locales = [{list}]")
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(path, text.join("\n") + "\n").unwrap();
}

/// Run `sipvs ARGS` in `root`.
pub fn sipvs(root: &Path, args: &[&str]) -> Output {
    assert_cmd::Command::cargo_bin("sipvs")
        .unwrap()
        .current_dir(root)
        .args(args)
        .output()
        .unwrap()
}

/// Standard error and output of a run, as text.
pub fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Rewrite a file; the edit must change it (a stale pattern would silently test nothing).
pub fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    let new = f(text.clone());
    assert_ne!(new, text, "the edit changed nothing in {}", path.display());
    std::fs::write(path, new).unwrap();
}

/// Every file below `dir`, relative, sorted.
pub fn files(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    out.sort();
    out
}

/// A CSS selector; panics on a typo in the test.
pub fn css(selector: &str) -> Selector {
    Selector::parse(selector).unwrap_or_else(|e| panic!("selector {selector:?}: {e}"))
}

/// The elements of `doc` that `selector` selects.
pub fn select<'a>(doc: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    doc.select(&css(selector)).collect()
}

/// The one element of `doc` that `selector` selects; panics if there is none or several.
pub fn one<'a>(doc: &'a Html, selector: &str) -> ElementRef<'a> {
    match select(doc, selector)[..] {
        [el] => el,
        ref all => panic!("{} elements match {selector:?}, not one", all.len()),
    }
}

/// An attribute of the one element `selector` selects.
pub fn attr<'a>(doc: &'a Html, selector: &str, name: &str) -> &'a str {
    one(doc, selector)
        .attr(name)
        .unwrap_or_else(|| panic!("{selector:?} has no {name}"))
}

/// The text of an element as a reader sees it: every text node below it, runs of white
/// space collapsed to one space.
pub fn words(el: ElementRef) -> String {
    let text: String = el.text().collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text nodes of an HTML document, entities decoded, one string per node; the contents
/// of script and style elements and nodes of white space only are left out.
pub fn text_nodes(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    doc.tree
        .root()
        .descendants()
        .filter_map(|node| {
            let text = node.value().as_text()?;
            // Script and style hold only text, so a text node's parent is enough to tell.
            let code = node
                .parent()
                .and_then(|p| p.value().as_element())
                .is_some_and(|e| matches!(e.name(), "script" | "style"));
            (!code && !text.trim().is_empty()).then(|| text.to_string())
        })
        .collect()
}
