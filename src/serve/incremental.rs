//! Which pages a change affects: the previous and the new [`Site`] are compared input by
//! input, and only the pages that show what changed are rendered again.
//!
//! - configuration, templates, the set of codes, or a code's reason phrase (its URL and
//!   every list that names it): everything;
//! - any other fact of a code: its code page and every comparison with it, the code pages
//!   whose "most confused" lists it joined or left, and the homes, in every locale;
//! - a locale's `code-N` prose: the same pages in that locale (in every locale when the
//!   reference changed, since the others may fall back to it);
//! - a locale's `pair-A-B` note: that one comparison;
//! - any other message (interface strings): every page of that locale and the language
//!   chooser; everything for the reference locale, and for `locale-name` (the switcher of
//!   every page shows it).

use std::collections::{BTreeMap, BTreeSet};

use std::time::Instant;

use crate::build::{self, Options};
use crate::error::Result;
use crate::load::catalog::Catalog;
use crate::load::site::Site;
use crate::pipeline::{self, Selection};
use crate::plan::{Page, PageKind};
use crate::write::links::Anchors;
use crate::write::output::{Pending, Target};

/// The preview server's state between rebuilds: the last good site and the ids and
/// fragment links of the pages it wrote. A rebuild goes through the same pipeline as a
/// build, so it fails on exactly what a clean build fails on.
pub struct Preview {
    site: Site,
    anchors: Anchors,
    /// In-context mode: every localized text shows its message id.
    ids: bool,
}

impl Preview {
    /// Load the project and build it into `target` (guarded and locked by the caller).
    pub fn start(opts: &Options, target: &Target, ids: bool) -> Result<(Preview, build::Summary)> {
        let start = Instant::now();
        let site = load(opts, ids)?;
        let (summary, anchors) = build::staged(&site, opts, target, start)?;
        Ok((Preview { site, anchors, ids }, summary))
    }

    /// Load the project again and bring the output up to date: the pages the change
    /// affects, rendered and checked, then written where their bytes changed, with the
    /// static files; or a full build when the change reaches everything. On failure the
    /// output and the state stay those of the last good build. Returns what was done.
    pub fn rebuild(&mut self, opts: &Options, target: &Target) -> Result<Rebuilt> {
        let start = Instant::now();
        let new = load(opts, self.ids)?;
        let done = match affected(&self.site, &new) {
            Affected::Everything => {
                let (summary, anchors) = build::staged(&new, opts, target, start)?;
                self.anchors = anchors;
                Rebuilt::Everything {
                    pages: summary.pages,
                }
            }
            Affected::Pages(pages) => {
                let pending = Pending::default();
                // Links are checked against a copy: a failed rebuild keeps the last good
                // state.
                let mut anchors = self.anchors.clone();
                let hidden = indicatif::ProgressBar::hidden();
                pipeline::run(
                    &new,
                    Selection::Only(&pages),
                    &mut anchors,
                    crate::write::links::Reader::Quoted,
                    &pending,
                    &hidden,
                )?;
                // The open data holds every code's facts and prose: a locale's document is
                // made again (about 4 ms) when any of its pages is, and written only if its
                // bytes changed.
                let touched = |l: usize| pages.iter().any(|p| p.locale == Some(l));
                build::write_data(&new, &pending, &touched)?;
                let written = pending.write_into(&new, &target.path)?;
                self.anchors = anchors;
                Rebuilt::Pages {
                    pages: pages.len(),
                    written,
                }
            }
        };
        self.site = new;
        Ok(done)
    }
}

/// What a rebuild did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rebuilt {
    /// A full build of this many pages.
    Everything {
        /// Pages built.
        pages: usize,
    },
    /// Only the pages the change affects.
    Pages {
        /// Pages rendered again.
        pages: usize,
        /// Files whose bytes changed (pages and static files).
        written: usize,
    },
}

impl std::fmt::Display for Rebuilt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rebuilt::Everything { pages } => write!(f, "rebuilt all {pages} pages"),
            Rebuilt::Pages { pages, written } => {
                write!(f, "re-rendered {pages} pages ({written} files changed)")
            }
        }
    }
}

fn load(opts: &Options, ids: bool) -> Result<Site> {
    let mut site = Site::load(&opts.root, opts.base_url.as_deref())?;
    site.locales.show_ids = ids;
    Ok(site)
}

/// What a change requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Affected {
    /// A full build.
    Everything,
    /// Only these pages, sorted.
    Pages(Vec<Page>),
}

/// Everything that shows facts or prose of the code at catalog index `i` in `locale`.
fn pages_of_code(catalog: &Catalog, i: usize, locale: usize, out: &mut BTreeSet<Page>) {
    let n = catalog.codes().len();
    let l = Some(locale);
    out.insert(Page {
        locale: l,
        kind: PageKind::Code(i),
    });
    // The home and the code index list its summary, the comparison index its confusions.
    for kind in [PageKind::Home, PageKind::CodeIndex, PageKind::CompareIndex] {
        out.insert(Page { locale: l, kind });
    }
    for j in (0..n).filter(|&j| j != i) {
        out.insert(Page {
            locale: l,
            kind: PageKind::Compare(i.min(j), i.max(j)),
        });
    }
}

/// Compare two loads of the same project.
pub fn affected(old: &Site, new: &Site) -> Affected {
    let (oc, nc) = (old.catalog.codes(), new.catalog.codes());
    let same_codes = oc.len() == nc.len()
        && oc
            .iter()
            .zip(nc)
            .all(|(a, b)| a.code == b.code && a.reason == b.reason);
    // A static file added or removed can break or mend links anywhere, and one whose bytes
    // changed has a new name (it carries their digest) that every page links to.
    let same_statics = old.statics.len() == new.statics.len()
        && old
            .statics
            .iter()
            .zip(&new.statics)
            .all(|(a, b)| a.file == b.file);
    if old.config != new.config
        || old.template_sources != new.template_sources
        || !same_statics
        || !same_codes
        || old.notes != new.notes
    {
        return Affected::Everything;
    }
    let locales = new.locales.list.len();
    let mut pages = BTreeSet::new();
    for (i, (a, b)) in oc.iter().zip(nc).enumerate() {
        if a == b {
            continue;
        }
        for l in 0..locales {
            pages_of_code(&new.catalog, i, l, &mut pages);
            // Code pages list the codes that name them as most confused.
            for c in a.confused_with.iter().chain(&b.confused_with) {
                if let Some(j) = new.catalog.position(*c) {
                    pages.insert(Page {
                        locale: Some(l),
                        kind: PageKind::Code(j),
                    });
                }
            }
        }
    }
    for (li, (ol, nl)) in old.locales.list.iter().zip(&new.locales.list).enumerate() {
        let (oe, ne) = (ol.entries(), nl.entries());
        if oe == ne {
            continue;
        }
        let reference = li == new.locales.reference_index;
        let targets: Vec<usize> = if reference {
            (0..locales).collect()
        } else {
            vec![li]
        };
        for id in changed_ids(&oe, &ne) {
            let code = id
                .strip_prefix("code-")
                .and_then(|n| n.parse::<u16>().ok())
                .and_then(|n| new.catalog.position(n));
            let pair = id
                .strip_prefix("pair-")
                .and_then(|r| r.split_once('-'))
                .and_then(|(a, b)| {
                    Some((
                        new.catalog.position(a.parse().ok()?)?,
                        new.catalog.position(b.parse().ok()?)?,
                    ))
                });
            for &l in &targets {
                match (code, pair) {
                    (Some(i), _) => pages_of_code(&new.catalog, i, l, &mut pages),
                    (_, Some((a, b))) => {
                        pages.insert(Page {
                            locale: Some(l),
                            kind: PageKind::Compare(a.min(b), a.max(b)),
                        });
                    }
                    _ => {
                        // The reference's strings and every locale's own name (in the
                        // switcher of every page) reach all pages.
                        if reference || id == "locale-name" {
                            return Affected::Everything;
                        }
                        pages.insert(Page {
                            locale: None,
                            kind: PageKind::Chooser,
                        });
                        pages.extend(
                            crate::plan::pages(&new.catalog, locales)
                                .into_iter()
                                .filter(|p| p.locale == Some(l)),
                        );
                    }
                }
            }
        }
    }
    Affected::Pages(pages.into_iter().collect())
}

fn changed_ids<'a>(
    old: &'a BTreeMap<String, String>,
    new: &'a BTreeMap<String, String>,
) -> BTreeSet<&'a str> {
    let mut out = BTreeSet::new();
    for (k, v) in old {
        if new.get(k) != Some(v) {
            out.insert(k.as_str());
        }
    }
    for k in new.keys() {
        if !old.contains_key(k) {
            out.insert(k.as_str());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn fixture() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for (from, to) in [
            ("tests/fixtures/mini", ""),
            ("templates", "templates"),
            ("static", "static"),
        ] {
            for e in walkdir::WalkDir::new(repo.join(from)).into_iter().flatten() {
                let target = dir
                    .path()
                    .join(to)
                    .join(e.path().strip_prefix(repo.join(from)).unwrap());
                if e.file_type().is_dir() {
                    std::fs::create_dir_all(&target).unwrap();
                } else {
                    std::fs::copy(e.path(), &target).unwrap();
                }
            }
        }
        // Every English interface file (the fixture has its own codes, pairs and fixes).
        for e in std::fs::read_dir(repo.join("locales/en"))
            .unwrap()
            .flatten()
        {
            let file = e.file_name().to_string_lossy().into_owned();
            let content = file.starts_with("codes") || file == "pairs.ftl" || file == "fixes.ftl";
            if file.ends_with(".ftl") && !content {
                std::fs::copy(e.path(), dir.path().join("locales/en").join(&file)).unwrap();
            }
        }
        dir
    }

    /// Edit `file` of the project in `dir` (the text must be there), reload it, and say what
    /// the edit affects against `old`.
    fn after(dir: &Path, old: &Site, file: &str, from: &str, to: &str) -> (Site, Affected) {
        let path = dir.join(file);
        let t = std::fs::read_to_string(&path).unwrap();
        assert!(t.contains(from), "{from}");
        std::fs::write(&path, t.replacen(from, to, 1)).unwrap();
        let new = Site::load(dir, None).unwrap();
        let affected = affected(old, &new);
        (new, affected)
    }

    fn pages(a: Affected) -> Vec<Page> {
        match a {
            Affected::Pages(pages) => pages,
            Affected::Everything => panic!("expected pages"),
        }
    }

    #[test]
    fn a_record_change_touches_its_pages_only() {
        let dir = fixture();
        let old = Site::load(dir.path(), None).unwrap();
        let (new, affected) = after(
            dir.path(),
            &old,
            "content/sip/486.toml",
            "21.4.24",
            "21.4.24.1",
        );
        let pages = pages(affected);
        let i = new.catalog.position(486).unwrap();
        // Per locale: its code page, 4 comparisons, home, the two indexes, and the code pages
        // it names (487, 302).
        assert_eq!(pages.len(), 2 * (1 + 4 + 1 + 2 + 2));
        assert!(pages.contains(&Page {
            locale: Some(1),
            kind: PageKind::Code(i)
        }));
        assert!(
            !pages
                .iter()
                .any(|p| matches!(p.kind, PageKind::Compare(a, b) if a != i && b != i))
        );
    }

    #[test]
    fn prose_change_in_one_locale_stays_in_that_locale() {
        let dir = fixture();
        let old = Site::load(dir.path(), None).unwrap();
        let (_, affected) = after(
            dir.path(),
            &old,
            "locales/de/codes.ftl",
            "Weiter auf",
            "Bitte weiter auf",
        );
        let pages = pages(affected);
        assert!(pages.iter().all(|p| p.locale == Some(1)));
        assert_eq!(pages.len(), 1 + 4 + 3);
    }

    #[test]
    fn interface_change_in_a_locale_rebuilds_that_locale_and_reason_change_everything() {
        let dir = fixture();
        let old = Site::load(dir.path(), None).unwrap();
        let (new, affected) = after(
            dir.path(),
            &old,
            "locales/de/ui.ftl",
            "Alle Codes",
            "Sämtliche Codes",
        );
        let pages = pages(affected);
        assert_eq!(
            pages.len(),
            1 + (3 + 5 + 10 + 1),
            "the chooser and every German page"
        );
        let (renamed, affected) = after(
            dir.path(),
            &new,
            "locales/de/ui.ftl",
            "locale-name = Deutsch",
            "locale-name = Deutsch (DE)",
        );
        assert_eq!(
            affected,
            Affected::Everything,
            "the switcher of every page names it"
        );
        let (_, affected) = after(
            dir.path(),
            &renamed,
            "content/sip/486.toml",
            "Busy Here",
            "Busy Right Here",
        );
        assert_eq!(affected, Affected::Everything);
    }
}
