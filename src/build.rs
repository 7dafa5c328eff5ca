//! The build: load → plan → render (in parallel) → write, and the summary of what happened.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use indicatif::ParallelProgressIterator;
use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};
use crate::links;
use crate::output::{Staging, Target};
use crate::plan::{self, PageKind};
use crate::render::Renderer;
use crate::site::Site;
use crate::sitemap;

/// What `sipvs build` is asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The project root.
    pub root: PathBuf,
    /// The output folder.
    pub out: PathBuf,
    /// Overrides `base_url` of `sipvs.toml`.
    pub base_url: Option<String>,
    /// Make any fallback to the reference locale an error.
    pub strict: bool,
    /// Write `.gz` and `.br` beside every text file.
    pub precompress: bool,
    /// Write configuration files for this static host.
    pub host: Option<crate::host::Host>,
}

/// What a finished build reports.
#[derive(Debug, Clone)]
pub struct Summary {
    /// HTML pages written.
    pub pages: usize,
    /// Locales built.
    pub locales: usize,
    /// Other files written (static assets, sitemaps, robots.txt).
    pub files: usize,
    /// Pages with at least one fallback text, per locale tag.
    pub fallback_pages: Vec<(String, usize)>,
    /// Non-fatal problems.
    pub warnings: Vec<Diagnostic>,
    /// Wall time.
    pub seconds: f64,
}

impl Summary {
    /// The one summary line.
    pub fn line(&self) -> String {
        let fallbacks: usize = self.fallback_pages.iter().map(|(_, n)| n).sum();
        let detail = if fallbacks == 0 {
            String::new()
        } else {
            let per: Vec<String> = self
                .fallback_pages
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            format!(", pages with English fallback: {}", per.join(", "))
        };
        format!(
            "built {} pages in {} locales (+{} files) in {:.2}s, {} warnings{detail}",
            self.pages,
            self.locales,
            self.files,
            self.seconds,
            self.warnings.len()
        )
    }
}

/// Phase timings on standard error when `SIPVS_TIMINGS` is set (for profiling).
struct Phases {
    on: bool,
    last: Instant,
}

impl Phases {
    fn new() -> Phases {
        Phases {
            on: std::env::var_os("SIPVS_TIMINGS").is_some(),
            last: Instant::now(),
        }
    }

    fn mark(&mut self, name: &str) {
        if self.on {
            let now = Instant::now();
            // The resident memory at the mark and its peak so far, where the system reports
            // them (Linux). The peak is this process's own: a parent's `getrusage` can count
            // its own memory for a child it spawned.
            let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
            let field = |name: &str| {
                status
                    .lines()
                    .find_map(|l| l.strip_prefix(name))
                    .map(str::trim)
            };
            let rss = match (field("VmRSS:"), field("VmHWM:")) {
                (Some(now), Some(peak)) => format!(", resident {now}, peak {peak}"),
                _ => String::new(),
            };
            eprintln!(
                "timing: {name}: {:.1} ms{rss}",
                (now - self.last).as_secs_f64() * 1000.0
            );
            self.last = now;
        }
    }
}

/// Run a full build.
pub fn build(opts: &Options) -> Result<Summary> {
    let start = Instant::now();
    let mut clock = Phases::new();
    let site = Site::load(&opts.root, opts.base_url.as_deref())?;
    clock.mark("load");
    build_site(&site, opts, start)
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

/// Broken links as diagnostics, sorted.
fn broken_links(out: &Path, mut broken: Vec<links::Broken>) -> Error {
    broken.sort();
    let diagnostics = broken
        .iter()
        .map(|b| {
            Diagnostic::error(
                format!("{}/{}", out.display(), b.page),
                format!("broken link `{}`: {}", b.url, b.reason),
            )
            .hint("the link comes from a template or from Markdown in a locale")
        })
        .collect();
    Error::many(diagnostics)
}

/// The link index of a site: every page the plan writes, the static files and `/404.html`.
fn link_index(site: &Site) -> links::Index<'_> {
    let langs: Vec<&str> = site.locales.list.iter().map(|l| l.lang.as_str()).collect();
    links::Index::new(
        &site.config.base.path,
        static_files(&site.root)
            .into_iter()
            .chain(["404.html".to_string()]),
        move |path| plan::parse(&site.catalog, &langs, path).is_some(),
    )
}

/// Re-render some pages of an existing output in place (the preview server's incremental
/// rebuild): all are rendered and checked in memory first and written only when every one
/// succeeded; a page whose bytes did not change is not rewritten. Returns the pages written.
pub fn update_pages(site: &Site, out: &Path, pages: &[plan::Page]) -> Result<usize> {
    let renderer = Renderer::new(site)?;
    let index = link_index(site);
    let results: Vec<Result<crate::render::Rendered>> =
        pages.par_iter().map(|&p| renderer.render(p)).collect();
    let mut rendered = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(r) => rendered.push(r),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(distinct(errors));
    }
    let broken: Vec<links::Broken> = rendered
        .iter()
        .flat_map(|r| index.check_page(&r.file, &r.html))
        .collect();
    if !broken.is_empty() {
        return Err(broken_links(out, broken));
    }
    let mut written = 0;
    for r in &rendered {
        let path = out.join(&r.file);
        if std::fs::read(&path).is_ok_and(|old| old == r.html) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, &e))?;
        }
        std::fs::write(&path, &r.html).map_err(|e| Error::io(&path, &e))?;
        written += 1;
    }
    Ok(written)
}

/// Build an already loaded site into `opts.out` (see [`build`]): guard the output folder
/// and take its lock first.
pub fn build_site(site: &Site, opts: &Options, start: Instant) -> Result<Summary> {
    let target = Target::open(&opts.root, &opts.out)?;
    build_into(site, opts, &target, start)
}

/// Build an already loaded site into a guarded, locked output folder.
pub fn build_into(site: &Site, opts: &Options, target: &Target, start: Instant) -> Result<Summary> {
    let mut clock = Phases::new();
    let plan = plan::Plan::new(&site.catalog, site.locales.list.len());
    let staging = Staging::new(target)?;
    let fallback_counts: Vec<AtomicUsize> = site
        .locales
        .list
        .iter()
        .map(|_| AtomicUsize::new(0))
        .collect();
    let index = link_index(site);
    let broken = Mutex::new(Vec::new());
    // Render, check and write in one stream: no page is kept once written.
    // A progress bar on a terminal only: indicatif draws nothing when standard error is not
    // one (CI, pipes, tests).
    let progress = indicatif::ProgressBar::new(plan.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pages {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let render = |renderer: &Renderer<'_>, page: plan::Page| {
        let r = renderer.render(page).and_then(|r| {
            if r.fallback
                && let Some(l) = page.locale
            {
                fallback_counts[l].fetch_add(1, Ordering::Relaxed);
            }
            let b = index.check_page(&r.file, &r.html);
            if !b.is_empty() {
                broken.lock().unwrap_or_else(|e| e.into_inner()).extend(b);
            }
            staging.write(&r.file, &r.html)
        });
        r.err()
    };
    // One locale at a time, its pages in parallel: only that locale's views (every code's
    // prose, diagram and parts) are in memory. The sitemaps are written alongside.
    let (errors, sitemaps): (Result<Vec<Error>>, Result<usize>) = rayon::join(
        || {
            let mut errors = Vec::new();
            for li in 0..site.locales.list.len() {
                let renderer = match Renderer::for_locale(site, li) {
                    Ok(r) => r,
                    // Report the problems of every locale, not only the first broken one.
                    Err(e) => return Err(Renderer::new(site).err().unwrap_or(e)),
                };
                if li == 0 {
                    errors.extend(render(&renderer, plan.get(0)));
                    // The reference locale's 404 also serves as the host-wide /404.html.
                    let not_found = renderer
                        .render(plan::Page {
                            locale: Some(0),
                            kind: PageKind::NotFound,
                        })
                        .and_then(|r| staging.write("404.html", &r.html));
                    errors.extend(not_found.err());
                    progress.inc(1);
                }
                errors.extend(
                    plan.locale_range(li)
                        .into_par_iter()
                        .with_min_len(32)
                        .progress_with(progress.clone())
                        .filter_map(|i| render(&renderer, plan.get(i)))
                        .collect::<Vec<_>>(),
                );
            }
            Ok(errors)
        },
        || write_sitemaps(site, &staging),
    );
    let errors = errors?;
    if !errors.is_empty() {
        return Err(distinct(errors));
    }
    progress.finish_and_clear();
    clock.mark("prepare locales, render, check and write pages; sitemaps");
    let broken = broken.into_inner().unwrap_or_else(|e| e.into_inner());
    if !broken.is_empty() {
        return Err(broken_links(&opts.out, broken));
    }
    let fallback_pages: Vec<(String, usize)> = site
        .locales
        .list
        .iter()
        .zip(&fallback_counts)
        .map(|(l, n)| (l.lang.clone(), n.load(Ordering::Relaxed)))
        .collect();
    if opts.strict {
        let offenders: Vec<Diagnostic> = fallback_pages
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(l, n)| {
                Diagnostic::error(
                    format!("locales/{l}"),
                    format!("{n} pages show English text because messages are missing in `{l}`"),
                )
                .hint(format!(
                    "run `sipvs check --locale {l}` to list the missing messages"
                ))
            })
            .collect();
        Error::check(offenders)?;
    }
    let mut files = 1; // 404.html
    files += staging.copy_tree(&opts.root, &opts.root.join("static"), "static")?;
    files += sitemaps?;
    if let Some(host) = opts.host {
        for (name, text) in crate::host::files(host, &site.config.base, &site.config.locales) {
            staging.write(&name, text.as_bytes())?;
            files += 1;
        }
    }
    if opts.precompress {
        files += crate::compress::precompress(&staging)?;
    }
    clock.mark("static files, host files, precompression");
    let mut warnings = site.warnings.clone();
    warnings.extend(staging.commit()?);
    clock.mark("swap");
    let locales = site.locales.list.len();
    Ok(Summary {
        pages: plan.len(),
        locales,
        files,
        fallback_pages,
        warnings,
        seconds: start.elapsed().as_secs_f64(),
    })
}

/// Site-relative names of the files `static/` contributes (`static/site.css`).
fn static_files(root: &Path) -> Vec<String> {
    let dir = root.join("static");
    // Unreadable entries are reported when the files are copied.
    let (paths, _) = crate::input::walk(root, &dir, None);
    paths
        .iter()
        .filter_map(|p| {
            p.strip_prefix(&dir)
                .ok()
                .map(|p| format!("static/{}", p.to_string_lossy().replace('\\', "/")))
        })
        .collect()
}

fn write_sitemaps(site: &Site, staging: &Staging) -> Result<usize> {
    let base = &site.config.base;
    // Every kind but the last, the 404 page.
    let kinds = plan::Kinds::new(&site.catalog);
    let listed = kinds.len() - 1;
    let x_default = base.absolute("");
    let langs: Vec<&str> = site.locales.list.iter().map(|l| l.lang.as_str()).collect();
    let alternates = |kind: PageKind| -> Vec<(String, String)> {
        langs
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    base.absolute(&plan::path(&site.catalog, Some(l), kind)),
                )
            })
            .collect()
    };
    // Streamed to disk, a locale per thread: nothing grows with the number of pages.
    let written: Vec<Result<Vec<String>>> = langs
        .par_iter()
        .enumerate()
        .map(|(li, lang)| {
            let names = sitemap::file_names(lang, listed);
            for (n, name) in names.iter().enumerate() {
                let chunk = n * sitemap::MAX_URLS..((n + 1) * sitemap::MAX_URLS).min(listed);
                staging.write_with(name, |w| {
                    let urls = chunk.map(|i| alternates(kinds.get(i)));
                    sitemap::write_urlset(w, li, urls, &x_default)
                })?;
            }
            Ok(names)
        })
        .collect();
    let mut names = Vec::new();
    for r in written {
        names.extend(r?);
    }
    staging.write("sitemap.xml", sitemap::index(base, &names).as_bytes())?;
    staging.write("robots.txt", sitemap::robots(base).as_bytes())?;
    Ok(names.len() + 2)
}
