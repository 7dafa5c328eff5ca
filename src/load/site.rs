//! Loading: the configuration, the catalog, the locales and the templates, read once into
//! one immutable [`Site`] that every later stage borrows.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Result};
use crate::load::catalog::Catalog;
use crate::load::config::Config;
use crate::load::ftl::Parsed;
use crate::load::locale::Locales;

/// The attributes every code's prose has in the reference locale.
pub const PROSE_ATTRIBUTES: &[&str] = &["summary", "description", "seen", "handle"];

/// The folder of static files, in the project and in the output.
pub const STATIC_DIR: &str = "static";

/// A file of `static/`, copied into the output as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticFile {
    /// Its name inside `static/`: `site.css`, what templates pass to `static_url`.
    pub name: String,
    /// Site-relative name in the output: `static/site.css`.
    pub file: String,
    /// Where it is read from.
    pub path: PathBuf,
}

/// The files of `static/` (none if there is no such folder). Only their names are read
/// here; `output` reads their bytes when it copies them.
fn statics(root: &Path) -> Result<Vec<StaticFile>> {
    let dir = root.join(STATIC_DIR);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let (paths, problems) = crate::load::input::walk(root, &dir, None);
    Error::check(problems)?;
    Ok(paths
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            StaticFile {
                file: [STATIC_DIR, "/", &name].concat(),
                name,
                path,
            }
        })
        .collect())
}

/// Everything a build needs, loaded and validated.
#[derive(Debug)]
pub struct Site {
    /// The project root.
    pub root: PathBuf,
    /// `sipvs.toml`.
    pub config: Config,
    /// The records.
    pub catalog: Catalog,
    /// The locales, in the order of `sipvs.toml`.
    pub locales: Locales,
    /// The templates.
    pub templates: tera::Tera,
    /// The templates' sources, to tell whether they changed between two loads.
    pub template_sources: Vec<(String, String)>,
    /// The files of `static/`, sorted by name.
    pub statics: Vec<StaticFile>,
    /// Pairs (lower code, higher code) with a curated note in the reference locale.
    pub notes: BTreeSet<(u16, u16)>,
    /// Problems that do not stop a build.
    pub warnings: Vec<Diagnostic>,
}

impl Site {
    /// Load the project at `root`; `base_url` overrides the configuration's.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<Site> {
        let config = Config::load(root, base_url)?;
        let parsed = crate::load::locale::parse_all(root, &root.join("locales"), &config.locales)?;
        Site::load_with(root, config, &parsed)
    }

    /// Load the project at `root` with its configuration and its locales' files already
    /// read and parsed (`check` reads the same parse).
    pub fn load_with(root: &Path, config: Config, parsed: &[Parsed]) -> Result<Site> {
        // Collect the problems of every input before giving up, so one run shows them all.
        let catalog = Catalog::load(root, &root.join("content"));
        let locales = Locales::from_parsed(
            root,
            &root.join("locales"),
            parsed,
            &config.reference_locale,
        );
        let statics = statics(root);
        // Templates ask `static_url` for these; when `static/` cannot be read, that is the
        // problem reported, not every asset it would have held.
        let static_urls = statics.as_ref().map_or_else(
            |_| Default::default(),
            |files| {
                files
                    .iter()
                    .map(|f| (f.name.clone(), config.base.link(&f.file)))
                    .collect()
            },
        );
        let templates = crate::load::templates::load(root, &root.join("templates"), static_urls);
        let (catalog, locales, templates, statics) = match (catalog, locales, templates, statics) {
            (Ok(c), Ok(l), Ok(t), Ok(s)) => (c, l, t, s),
            (c, l, t, s) => {
                let mut diagnostics = Vec::new();
                for e in [c.err(), l.err(), t.err(), s.err()].into_iter().flatten() {
                    diagnostics.extend(e.diagnostics);
                }
                return Err(Error::many(diagnostics));
            }
        };
        let (notes, problems) = cross_check(&catalog, &locales);
        let warnings = Error::check(problems)?;
        Ok(Site {
            root: root.to_path_buf(),
            config,
            catalog,
            locales,
            templates: templates.tera,
            template_sources: templates.sources,
            statics,
            notes,
            warnings,
        })
    }
}

/// Records against the reference prose: every code needs its prose; prose and notes need
/// records.
fn cross_check(catalog: &Catalog, locales: &Locales) -> (BTreeSet<(u16, u16)>, Vec<Diagnostic>) {
    let reference = locales.reference();
    let mut problems = Vec::new();
    for code in catalog.codes() {
        let id = format!("code-{}", code.code);
        let missing: Vec<&str> = PROSE_ATTRIBUTES
            .iter()
            .copied()
            .filter(|a| !reference.has(&id, Some(a)))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let what = if missing.len() == PROSE_ATTRIBUTES.len() {
            format!("`{id}`")
        } else {
            format!("`{id}` lacks .{}", missing.join(", ."))
        };
        problems.push(
            Diagnostic::error(&code.source, format!("code {} has no English prose: {what}", code.code))
                .hint(format!("add `{id}` with .summary, .description, .seen and .handle to locales/{}/codes-{}xx.ftl", reference.lang, code.class())),
        );
    }
    let mut notes = BTreeSet::new();
    for id in reference.message_ids() {
        let numeric = |rest: &str| rest.starts_with(|c: char| c.is_ascii_digit());
        if let Some(num) = id.strip_prefix("code-").filter(|r| numeric(r)) {
            match num.parse::<u16>() {
                Ok(n) if catalog.get(n).is_some() => {}
                _ => problems.push(
                    reference
                        .at(id, format!("prose `{id}` belongs to no record"))
                        .hint("add content/sip/<code>.toml, or remove the message")
                        .warning(),
                ),
            }
        } else if let Some(rest) = id.strip_prefix("pair-").filter(|r| numeric(r)) {
            let parsed = rest
                .split_once('-')
                .and_then(|(a, b)| Some((a.parse::<u16>().ok()?, b.parse::<u16>().ok()?)));
            match parsed {
                Some((a, b)) if a < b && catalog.get(a).is_some() && catalog.get(b).is_some() => {
                    notes.insert((a, b));
                }
                Some((a, b)) if a > b => problems.push(
                    reference
                        .at(id, format!("pair note `{id}` names the higher code first"))
                        .hint(format!("rename it `pair-{b}-{a}`")),
                ),
                _ => problems.push(
                    reference
                        .at(
                            id,
                            format!("pair note `{id}` does not name two codes that have records"),
                        )
                        .hint("write `pair-<lower>-<higher>` with two registered codes"),
                ),
            }
        }
    }
    (notes, problems)
}
