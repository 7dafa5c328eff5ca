//! The Tera templates under `templates/`, loaded in one batch so inheritance resolves, with
//! Tera's errors turned into located diagnostics.

use std::path::Path;

use crate::catalog::rel;
use crate::error::{Diagnostic, Error, Result};

/// Templates every site must have; each is rendered for some page kind.
pub const REQUIRED: &[&str] = &[
    "chooser.html",
    "home.html",
    "code.html",
    "compare.html",
    "404.html",
    "partials/compare-code.html",
    "partials/compare-todo.html",
];

/// Loaded templates and the sources they came from (to tell whether they changed).
pub struct Templates {
    /// The engine, ready to render.
    pub tera: tera::Tera,
    /// `(name, source)` of every template, sorted by name.
    pub sources: Vec<(String, String)>,
}

/// Load every file under `dir` as a template named by its path relative to `dir`.
pub fn load(root: &Path, dir: &Path) -> Result<Templates> {
    if !dir.is_dir() {
        return Err(Error::one(
            Diagnostic::error(rel(root, dir), "the templates folder is missing")
                .hint(format!("create it with {}", REQUIRED.join(", "))),
        ));
    }
    let mut sources = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            Error::one(Diagnostic::error(
                rel(root, dir),
                format!("cannot read: {e}"),
            ))
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let name = rel(dir, entry.path()).to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(entry.path())
            .map_err(|e| Error::io(&rel(root, entry.path()), &e))?;
        sources.push((name, text));
    }
    let missing: Vec<_> = REQUIRED
        .iter()
        .filter(|r| !sources.iter().any(|(n, _)| n == *r))
        .collect();
    if !missing.is_empty() {
        return Err(Error {
            diagnostics: missing
                .iter()
                .map(|m| {
                    Diagnostic::error(rel(root, &dir.join(m)), "a required template is missing")
                        .hint(format!("every site needs {}", REQUIRED.join(", ")))
                })
                .collect(),
        });
    }
    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    tera.add_raw_templates(sources.clone())
        .map_err(|e| Error::one(diagnose(&rel(root, dir), &e)))?;
    Ok(Templates { tera, sources })
}

/// A Tera error as a diagnostic at `templates/<file>:line:col` where Tera knows the place.
pub fn diagnose(dir: &Path, e: &tera::Error) -> Diagnostic {
    use tera::ErrorKind;
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            let what = if matches!(e.kind(), ErrorKind::SyntaxError(_)) {
                "template syntax error"
            } else {
                "template error"
            };
            let span = r.span();
            let hint = if r.message().contains("not found in context")
                || r.message().contains("undefined")
                || r.message().contains("Undefined")
            {
                "use only variables the page context provides (see the top of the template) or guard with `is defined`"
            } else {
                "see https://keats.github.io/tera/ for the template syntax"
            };
            Diagnostic::error(dir.join(r.filename()), format!("{what}: {}", r.message()))
                .at(span.start_line, span.start_col + 1)
                .hint(hint)
        }
        other => Diagnostic::error(dir, format!("template error: {other}")),
    }
}
