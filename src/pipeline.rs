//! The one page pipeline of `build`, `serve` and `check`: for each locale, prepare its views,
//! render its pages in parallel, check every page's links, and hand each page to a sink.
//!
//! The three commands differ only in their [`Sink`] — a staging folder that becomes the
//! output, the live output folder written only where bytes changed, or nothing — so they
//! cannot disagree about what a page is or whether it is broken.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};
use crate::load::site::Site;
use crate::plan::{self, HOST_404, Page, PageKind};
use crate::render::Renderer;
use crate::write::links::{self, Anchors};
use crate::write::output::{Pending, Staging};

/// Where rendered pages go.
pub trait Sink: Sync {
    /// Receive one page: its site-relative file and its bytes. Called from many threads.
    fn page(&self, file: &str, html: &[u8]) -> Result<()>;
}

/// `build`'s sink: the staging folder that becomes the output.
impl Sink for Staging {
    fn page(&self, file: &str, html: &[u8]) -> Result<()> {
        self.write(file, html)
    }
}

/// `serve`'s sink: pages kept until the whole rebuild succeeded, then written where their
/// bytes changed.
impl Sink for Pending {
    fn page(&self, file: &str, html: &[u8]) -> Result<()> {
        self.add(file, html);
        Ok(())
    }
}

/// `check`'s sink: every page is rendered and checked, nothing is written.
pub struct Discard;

impl Sink for Discard {
    fn page(&self, _: &str, _: &[u8]) -> Result<()> {
        Ok(())
    }
}

/// Which pages to render.
#[derive(Debug, Clone, Copy)]
pub enum Selection<'a> {
    /// The whole plan.
    All,
    /// These pages only (the preview server's incremental rebuild).
    Only(&'a [Page]),
}

/// What a run rendered.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Pages rendered (the host-wide `404.html` not counted).
    pub pages: usize,
    /// Pages with at least one fallback text, per locale tag.
    pub fallback_pages: Vec<(String, usize)>,
}

/// The link index of a site: every page the plan writes, its static files, `/404.html` and
/// each locale's open data.
pub fn link_index(site: &Site) -> links::Index<'_> {
    let langs: Vec<&str> = site.locales.list.iter().map(|l| l.lang.as_str()).collect();
    let data: Vec<String> = langs.iter().map(|l| plan::data_path(l)).collect();
    links::Index::new(
        &site.config.base.path,
        site.statics
            .iter()
            .map(|s| s.file.clone())
            .chain([HOST_404.to_string()])
            .chain(data),
        move |path| plan::parse(&site.catalog, &langs, path),
    )
}

/// Render `selection`, check its links as `reader` reads them (fragments into other pages
/// against `anchors`, which it updates), and hand every page to `sink`. `progress` counts
/// pages.
///
/// Every page is rendered even after one fails, so one run reports every problem: render
/// errors first (one per distinct problem), then broken links.
pub fn run(
    site: &Site,
    selection: Selection<'_>,
    anchors: &mut Anchors,
    reader: links::Reader,
    sink: &dyn Sink,
    progress: &indicatif::ProgressBar,
) -> Result<Rendered> {
    let plan = plan::Plan::new(&site.catalog, site.locales.list.len());
    let index = link_index(site);
    let fallbacks: Vec<AtomicUsize> = site
        .locales
        .list
        .iter()
        .map(|_| AtomicUsize::new(0))
        .collect();
    let broken = Mutex::new(Vec::new());
    let found = Mutex::new(Vec::new());
    let rendered = AtomicUsize::new(0);
    let render = |renderer: &Renderer<'_>, page: Page| -> Option<Error> {
        let r = renderer.render(page).and_then(|r| {
            if r.fallback
                && let Some(l) = page.locale
            {
                fallbacks[l].fetch_add(1, Ordering::Relaxed);
            }
            let (b, a) = index.check_page(&r.file, Some(page), &r.html, reader);
            if !b.is_empty() {
                broken.lock().unwrap_or_else(|e| e.into_inner()).extend(b);
            }
            found.lock().unwrap_or_else(|e| e.into_inner()).push(a);
            sink.page(&r.file, &r.html)?;
            // The reference locale's 404 also serves as the host-wide one.
            if page.locale == Some(site.locales.reference_index) && page.kind == PageKind::NotFound
            {
                sink.page(HOST_404, &r.html)?;
            }
            Ok(())
        });
        rendered.fetch_add(1, Ordering::Relaxed);
        progress.inc(1);
        r.err()
    };
    // One locale at a time, its pages in parallel: only that locale's views (every code's
    // prose, diagram and parts) are in memory.
    let mut errors = Vec::new();
    let mut chooser = false;
    for li in 0..site.locales.list.len() {
        let pages: Vec<Page> = match selection {
            Selection::All => plan.locale_range(li).map(|i| plan.get(i)).collect(),
            Selection::Only(pages) => pages
                .iter()
                .copied()
                .filter(|p| p.locale == Some(li))
                .collect(),
        };
        // The chooser is headed in the reference locale: rendered with its pages.
        let wants_chooser = li == site.locales.reference_index
            && match selection {
                Selection::All => true,
                Selection::Only(pages) => pages.iter().any(|p| p.locale.is_none()),
            };
        if pages.is_empty() && !wants_chooser {
            continue;
        }
        let renderer = match Renderer::for_locale(site, li) {
            Ok(r) => r,
            // Report the problems of every locale, not only the first broken one.
            Err(e) => return Err(Renderer::new(site).err().unwrap_or(e)),
        };
        if wants_chooser {
            chooser = true;
            errors.extend(render(&renderer, plan.get(0)));
        }
        errors.extend(
            pages
                .into_par_iter()
                .with_min_len(32)
                .filter_map(|p| render(&renderer, p))
                .collect::<Vec<_>>(),
        );
        // Recorded a locale at a time, so no more than one locale's worth is held.
        for a in found.lock().unwrap_or_else(|e| e.into_inner()).drain(..) {
            anchors.record(a);
        }
    }
    debug_assert!(chooser || matches!(selection, Selection::Only(_)));
    if !errors.is_empty() {
        return Err(distinct(errors));
    }
    let mut broken = broken.into_inner().unwrap_or_else(|e| e.into_inner());
    let langs: Vec<&str> = site.locales.list.iter().map(|l| l.lang.as_str()).collect();
    broken.extend(anchors.broken(|p| {
        let path = plan::path(&site.catalog, p.locale.map(|l| langs[l]), p.kind);
        plan::file(&path)
    }));
    if !broken.is_empty() {
        return Err(broken_links(broken));
    }
    Ok(Rendered {
        pages: rendered.into_inner(),
        fallback_pages: site
            .locales
            .list
            .iter()
            .zip(&fallbacks)
            .map(|(l, n)| (l.lang.clone(), n.load(Ordering::Relaxed)))
            .collect(),
    })
}

/// One distinct diagnostic per problem: a broken message or template breaks thousands of
/// pages the same way.
fn distinct(errors: Vec<Error>) -> Error {
    let mut diagnostics: Vec<Diagnostic> = errors.into_iter().flat_map(|e| e.diagnostics).collect();
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
    });
    diagnostics.dedup();
    Error::many(diagnostics)
}

/// Broken links as diagnostics, sorted, each naming the page it is on.
fn broken_links(mut broken: Vec<links::Broken>) -> Error {
    broken.sort();
    broken.dedup();
    let diagnostics = broken
        .iter()
        .map(|b| {
            Diagnostic::error(&b.page, format!("broken link `{}`: {}", b.url, b.reason))
                .hint("the link comes from a template or from Markdown in a locale")
        })
        .collect();
    Error::many(diagnostics)
}
