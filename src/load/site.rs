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

/// A file of `static/`, published under a name that carries a digest of its bytes
/// (`static/site.3f9a0c1e2b.css`): the name changes whenever the bytes do, so hosts may let
/// browsers keep it for a year (`immutable`) and a redesign is never shown with stale styles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaticFile {
    /// Its name inside `static/`: `site.css`, what templates pass to `static_url`.
    pub name: String,
    /// Site-relative name in the output: `static/site.3f9a0c1e2b.css`.
    pub file: String,
    /// The digest in that name: the first [`DIGEST_LEN`] hex digits of the bytes' SHA-256.
    pub digest: String,
    /// Where it is read from.
    pub path: PathBuf,
}

/// Hex digits of the SHA-256 kept in a static file's published name: 40 bits, far more than
/// a site's few assets and their versions need to stay apart.
pub const DIGEST_LEN: usize = 10;

/// The digest a static file's published name carries.
pub fn digest(bytes: &[u8]) -> String {
    use sha2::Digest;
    let hash = sha2::Sha256::digest(bytes);
    let mut hex = String::with_capacity(DIGEST_LEN);
    for b in hash.iter().take(DIGEST_LEN.div_ceil(2)) {
        hex.push_str(&format!("{b:02x}"));
    }
    hex.truncate(DIGEST_LEN);
    hex
}

/// `img/logo.svg` with digest `d` -> `img/logo.d.svg`; a name without an extension gets
/// the digest at its end (`LICENSE.d`). A leading dot is part of the stem (`.well-known`
/// stays as it is read).
fn fingerprinted(name: &str, digest: &str) -> String {
    let (dir, base) = name.rsplit_once('/').map_or(("", name), |(d, b)| (d, b));
    let (stem, ext) = match base.rfind('.') {
        Some(i) if i > 0 => (&base[..i], &base[i..]),
        _ => (base, ""),
    };
    let dir = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    format!("{dir}{stem}.{digest}{ext}")
}

/// The files of `static/` (none if there is no such folder), each read once for its digest;
/// `output` reads them again when it copies them and checks that they did not change.
fn statics(root: &Path) -> Result<Vec<StaticFile>> {
    let dir = root.join(STATIC_DIR);
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let (paths, mut problems) = crate::load::input::walk(root, &dir, None);
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let name = path
            .strip_prefix(&dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        // The name is printed into every page's links and the host's rules: one line.
        if name.chars().any(char::is_control) {
            problems.push(
                Diagnostic::error(
                    crate::load::input::rel(root, &path),
                    "the file name contains a control character (a line break, a tab…)",
                )
                .hint("rename the file"),
            );
            continue;
        }
        match crate::load::input::read_bytes(root, &path, crate::load::input::limit::STATIC) {
            Ok(bytes) => {
                let digest = digest(&bytes);
                files.push(StaticFile {
                    file: [STATIC_DIR, "/", &fingerprinted(&name, &digest)].concat(),
                    name,
                    digest,
                    path,
                });
            }
            Err(d) => problems.push(d),
        }
    }
    Error::check(problems)?;
    Ok(files)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprinted_names_keep_folder_and_extension() {
        assert_eq!(
            fingerprinted("site.css", "0123456789"),
            "site.0123456789.css"
        );
        assert_eq!(fingerprinted("img/a.b.png", "d"), "img/a.b.d.png");
        assert_eq!(fingerprinted("LICENSE", "d"), "LICENSE.d");
        assert_eq!(fingerprinted(".hidden", "d"), ".hidden.d");
    }

    #[test]
    fn digest_follows_the_bytes() {
        let a = digest(b"body{}");
        assert_eq!(a.len(), DIGEST_LEN);
        assert!(
            a.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert_eq!(a, digest(b"body{}"));
        assert_ne!(a, digest(b"body{ }"));
        // SHA-256 of the empty input starts e3b0c44298fc1c14…
        assert_eq!(digest(b""), "e3b0c44298");
    }
}
