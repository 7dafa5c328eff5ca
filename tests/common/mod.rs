//! Shared helpers for the integration tests: a fixture project in a temporary folder, and
//! running the `sipvs` binary on it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

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
    std::fs::copy(
        repo().join("locales/en/ui.ftl"),
        dir.path().join("locales/en/ui.ftl"),
    )
    .unwrap();
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

/// Edit a file in place.
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

/// The text nodes of an HTML document (tags removed, common entities decoded), one string
/// per run of text between tags; script and style contents are skipped.
pub fn text_nodes(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(lt) = rest.find('<') {
        let chunk = &rest[..lt];
        if skip_until.is_none() && !chunk.trim().is_empty() {
            out.push(
                chunk
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'"),
            );
        }
        let Some(gt) = rest[lt..].find('>') else {
            break;
        };
        let tag = &rest[lt..lt + gt + 1];
        if let Some(end) = skip_until {
            if tag.starts_with(end) {
                skip_until = None;
            }
        } else if tag.starts_with("<script") {
            skip_until = Some("</script");
        } else if tag.starts_with("<style") {
            skip_until = Some("</style");
        }
        rest = &rest[lt + gt + 1..];
    }
    out
}
