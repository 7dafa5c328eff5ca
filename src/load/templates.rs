//! The Tera templates under `templates/`, loaded in one batch so inheritance resolves, with
//! Tera's errors turned into located diagnostics, and the one function they get an asset's
//! URL from, `static_url`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Diagnostic, Error, Result};
use crate::load::catalog::rel;

/// The largest page a template may produce. The largest bundled page is about 120 KB; a
/// template that loops out of control is stopped here instead of filling memory.
pub const MAX_PAGE: usize = 16 << 20;

/// A page being rendered, refused past [`MAX_PAGE`].
pub struct Capped<'a>(pub &'a mut Vec<u8>);

impl std::io::Write for Capped<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.0.len() + bytes.len() > MAX_PAGE {
            return Err(std::io::Error::other("page too large"));
        }
        self.0.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Render `name` into `out`, at most [`MAX_PAGE`] bytes; errors as located diagnostics.
pub fn render_into(
    tera: &tera::Tera,
    name: &str,
    ctx: &tera::Context,
    out: &mut Vec<u8>,
) -> Result<()> {
    match tera.render_to(name, ctx, Capped(out)) {
        Ok(()) => Ok(()),
        Err(_) if out.len() + 4096 > MAX_PAGE => Err(Error::one(
            Diagnostic::error(
                Path::new("templates").join(name),
                format!(
                    "the template produced more than {} MiB for one page",
                    MAX_PAGE >> 20
                ),
            )
            .hint("a loop in the template (or one it includes) runs far more often than intended"),
        )),
        Err(e) => Err(Error::one(diagnose(Path::new("templates"), &e))),
    }
}

/// Templates every site must have; each is rendered for some page kind.
pub const REQUIRED: &[&str] = &[
    "chooser.html",
    "home.html",
    "code.html",
    "compare.html",
    "404.html",
    "partials/compare-code.html",
];

/// Loaded templates and the sources they came from (to tell whether they changed).
pub struct Templates {
    /// The engine, ready to render.
    pub tera: tera::Tera,
    /// `(name, source)` of every template, sorted by name.
    pub sources: Vec<(String, String)>,
}

/// How `static_url` starts its message for a name no file has.
const STATIC_URL_ERROR: &str = "static_url: there is no file";

/// `static_url(path="site.css")`: the URL of a file of `static/`. A name no file has is
/// an error at the call, in the template that makes it, so a page never links to an asset
/// that is not published.
struct StaticUrl {
    /// Each file's name inside `static/` and its root-relative URL.
    urls: BTreeMap<String, String>,
}

impl tera::Function<tera::TeraResult<String>> for StaticUrl {
    fn call(&self, kwargs: tera::Kwargs, _: &tera::State) -> tera::TeraResult<String> {
        let path: &str = kwargs.must_get("path")?;
        self.urls
            .get(path)
            .cloned()
            .ok_or_else(|| tera::Error::message(format!("{STATIC_URL_ERROR} `static/{path}`")))
    }
}

/// Load every file under `dir` as a template named by its path relative to `dir`;
/// `static_urls` maps each file of `static/` to its URL, for `static_url`.
pub fn load(root: &Path, dir: &Path, static_urls: BTreeMap<String, String>) -> Result<Templates> {
    if !dir.is_dir() {
        return Err(Error::one(
            Diagnostic::error(rel(root, dir), "the templates folder is missing")
                .hint(format!("create it with {}", REQUIRED.join(", "))),
        ));
    }
    let mut sources = Vec::new();
    let (paths, mut problems) = crate::load::input::walk(root, dir, None);
    for path in paths {
        match crate::load::input::read_file(root, &path, crate::load::input::limit::TEMPLATE) {
            // An empty template renders empty pages without a word: almost always a file
            // saved by mistake.
            Ok(f) if f.text.trim().is_empty() => problems.push(
                Diagnostic::error(f.shown, "the template is empty")
                    .hint("restore its markup, or delete the file if no template includes it"),
            ),
            Ok(f) => sources.push((rel(dir, &path).to_string_lossy().replace('\\', "/"), f.text)),
            Err(d) => problems.push(d),
        }
    }
    Error::check(problems)?;
    let missing: Vec<_> = REQUIRED
        .iter()
        .filter(|r| !sources.iter().any(|(n, _)| n == *r))
        .collect();
    if !missing.is_empty() {
        return Err(Error::many(
            missing
                .iter()
                .map(|m| {
                    Diagnostic::error(rel(root, &dir.join(m)), "a required template is missing")
                        .hint(format!("every site needs {}", REQUIRED.join(", ")))
                })
                .collect(),
        ));
    }
    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    // Registered before the templates are added: Tera refuses a call to an unknown function
    // when it loads them.
    tera.register_function("static_url", StaticUrl { urls: static_urls });
    tera.add_raw_templates(sources.clone())
        .map_err(|e| Error::many(diagnose_load(&rel(root, dir), &e, &sources)))?;
    Ok(Templates { tera, sources })
}

/// The errors of loading the templates, each at `templates/<file>:line:col`: Tera reports
/// unknown filters, functions and tests of all templates as one message of reports, each
/// with a ` --> file:line:col` line, and include loops by name only.
pub fn diagnose_load(dir: &Path, e: &tera::Error, sources: &[(String, String)]) -> Vec<Diagnostic> {
    use tera::ErrorKind;
    match e.kind() {
        ErrorKind::Msg(message) => {
            let mut out = Vec::new();
            let mut what = None;
            for line in message.lines() {
                if let Some(m) = line.trim_start().strip_prefix("error: ") {
                    what = Some(m.trim().to_string());
                } else if let Some(place) = line.trim_start().strip_prefix("--> ") {
                    let mut parts = place.trim().rsplitn(3, ':');
                    let col = parts.next().and_then(|c| c.parse().ok());
                    let line_no = parts.next().and_then(|l| l.parse().ok());
                    if let (Some(file), Some(l), Some(c), Some(m)) =
                        (parts.next(), line_no, col, what.take())
                    {
                        out.push(
                            Diagnostic::error(dir.join(file), format!("template error: {m}"))
                                .at(l, c)
                                .hint("use only the filters, functions and tests sipvs and Tera provide (https://keats.github.io/tera/)"),
                        );
                    }
                }
            }
            if out.is_empty() {
                out.push(diagnose(dir, e));
            }
            out
        }
        ErrorKind::CircularInclude { tpl, include_chain } => {
            let next = include_chain.get(1).unwrap_or(tpl);
            // Point at the include that starts the loop, when the source shows it.
            let place = sources.iter().find(|(n, _)| n == tpl).and_then(|(_, src)| {
                let at = src.find(&format!("\"{next}\""))?;
                Some(crate::error::line_col(src, at))
            });
            let d = Diagnostic::error(
                dir.join(tpl),
                format!(
                    "templates include each other in a loop: {}",
                    include_chain.join(" → ")
                ),
            )
            .hint("break the loop: one of these templates must not include the next");
            vec![match place {
                Some((l, c)) => d.at(l, c),
                None => d,
            }]
        }
        _ => vec![diagnose(dir, e)],
    }
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
            } else if r.message().starts_with(STATIC_URL_ERROR) {
                "add the file under static/, or name one that is there"
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
