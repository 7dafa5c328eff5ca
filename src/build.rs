//! The build: load → plan → render (in parallel) → write, and the summary of what happened.

use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};
use crate::load::site::Site;
use crate::pipeline::{self, Selection};
use crate::plan::{self, PageKind};
use crate::write::host::{self, Host};
use crate::write::links::Anchors;
use crate::write::output::{Staging, Target};
use crate::write::sitemap;

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
    /// Write configuration files for this static host, and hold the site to its limits.
    pub host: Option<Host>,
    /// Replaces the host's limit on the number of files (a paid plan's).
    pub max_files: Option<u64>,
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
    /// Phase timings and memory, one line each, when `SIPVS_TIMINGS` is set.
    pub timings: Vec<String>,
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

/// Phase timings when `SIPVS_TIMINGS` is set (for profiling and the benchmark), returned in
/// [`Summary::timings`] for the caller to show.
struct Phases {
    on: bool,
    last: Instant,
    lines: Vec<String>,
}

impl Phases {
    fn new() -> Phases {
        Phases {
            on: std::env::var_os("SIPVS_TIMINGS").is_some(),
            last: Instant::now(),
            lines: Vec::new(),
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
            self.lines.push(format!(
                "timing: {name}: {:.1} ms{rss}",
                (now - self.last).as_secs_f64() * 1000.0
            ));
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
    let mut summary = build_site(&site, opts, start)?;
    clock.lines.append(&mut summary.timings);
    summary.timings = clock.lines;
    Ok(summary)
}

/// Build an already loaded site into `opts.out` (see [`build`]): guard the output folder
/// and take its lock first.
pub fn build_site(site: &Site, opts: &Options, start: Instant) -> Result<Summary> {
    let target = Target::open(&opts.root, &opts.out)?;
    build_into(site, opts, &target, start)
}

/// Build an already loaded site into a guarded, locked output folder: the pipeline into a
/// staging folder, then static files, sitemaps and host files, then the swap.
pub fn build_into(site: &Site, opts: &Options, target: &Target, start: Instant) -> Result<Summary> {
    staged(site, opts, target, start).map(|(summary, _)| summary)
}

/// [`build_into`], also returning the ids and fragment links of every page, which the
/// preview server keeps for its incremental rebuilds.
pub(crate) fn staged(
    site: &Site,
    opts: &Options,
    target: &Target,
    start: Instant,
) -> Result<(Summary, Anchors)> {
    let mut clock = Phases::new();
    let plan = plan::Plan::new(&site.catalog, site.locales.list.len());
    let others = other_files(site);
    let root_files: Vec<String> = others
        .iter()
        .filter(|f| !f.contains('/'))
        .cloned()
        .collect();
    let host_files = opts
        .host
        .map(|h| {
            let aliases: Vec<(String, String)> = site
                .config
                .locales
                .iter()
                .flat_map(|l| plan::aliases(&site.catalog, l))
                .collect();
            host::files(
                h,
                &site.config.base,
                &site.config.locales,
                &root_files,
                &aliases,
            )
        })
        .unwrap_or_default();
    let mut warnings = site.warnings.clone();
    if let Some(h) = opts.host {
        // Refused before anything is written: the output stays as it was.
        if opts.precompress {
            match h.refuses_precompress() {
                Some(why) => {
                    return Err(Error::one(
                        Diagnostic::error(crate::load::input::rel(&opts.root, &opts.out), why)
                            .hint(format!(
                                "build without --precompress for --host {}",
                                h.flag()
                            )),
                    ));
                }
                None => warnings.push(
                    Diagnostic::error(
                        crate::load::input::rel(&opts.root, &opts.out),
                        format!(
                            "{} serves the .gz and .br copies only where its configuration maps \
                             requests to them (mod_rewrite or MultiViews); the .htaccess files \
                             sipvs writes do not",
                            h.name()
                        ),
                    )
                    .hint("see Publishing in the README, or let mod_deflate compress instead")
                    .warning(),
                ),
            }
        }
        // The output's mark is uploaded with the rest: it counts.
        let planned = (plan.len() + others.len() + host_files.len() + 1) as u64;
        if let Some(max) = limits(h, opts).files.filter(|&max| planned > max) {
            return Err(Error::one(host::too_many_files(
                h,
                max,
                planned,
                &crate::load::input::rel(&opts.root, &opts.out),
            )));
        }
    }
    let staging = Staging::new(target)?;
    // A progress bar on a terminal only: indicatif draws nothing when standard error is not
    // one (CI, pipes, tests).
    let progress = indicatif::ProgressBar::new(plan.len() as u64).with_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pages {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut anchors = Anchors::default();
    // Pages, sitemaps and open data at once: the sitemaps need only the plan, the data
    // only the site.
    let (rendered, (sitemaps, data)) = rayon::join(
        || {
            pipeline::run(
                site,
                Selection::All,
                &mut anchors,
                crate::write::links::Reader::Quoted,
                &staging,
                &progress,
            )
        },
        || {
            rayon::join(
                || write_sitemaps(site, &staging),
                || write_data(site, &staging, &|_| true),
            )
        },
    );
    progress.finish_and_clear();
    let rendered = rendered?;
    clock.mark("prepare locales, render, check and write pages; sitemaps; open data");
    let fallback_pages = rendered.fallback_pages;
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
    files += staging.copy_statics(site)?;
    files += sitemaps?;
    files += data?;
    for (name, text) in &host_files {
        staging.write(name, text.as_bytes())?;
        files += 1;
    }
    if opts.precompress {
        files += crate::write::compress::precompress(&staging)?;
    }
    clock.mark("static files, host files, precompression");
    if let Some(h) = opts.host {
        // What was counted before rendering, measured as written: sizes are known only
        // now. The staging folder is dropped with the error; the output is untouched.
        let measured = host::measure(staging.dir());
        let shown = crate::load::input::rel(&opts.root, &opts.out);
        Error::check(host::over_limits(h, &limits(h, opts), &measured, &shown))?;
        clock.mark("host limits");
    }
    warnings.extend(staging.commit()?);
    clock.mark("swap");
    let locales = site.locales.list.len();
    let summary = Summary {
        pages: rendered.pages,
        locales,
        files,
        fallback_pages,
        warnings,
        seconds: start.elapsed().as_secs_f64(),
        timings: clock.lines,
    };
    Ok((summary, anchors))
}

/// The host's limits, with `--max-files` in force.
fn limits(h: Host, opts: &Options) -> host::Limits {
    let mut l = h.limits();
    if opts.max_files.is_some() {
        l.files = opts.max_files;
    }
    l
}

/// Every file a build writes besides the pages and the host's files, site-relative: the
/// host-wide 404 page, the static files, the sitemaps and `robots.txt`, the open data.
/// Known before anything is rendered, so a host's limit on files is checked first.
pub fn other_files(site: &Site) -> Vec<String> {
    let listed = plan::Kinds::new(&site.catalog).len() - 1;
    let mut out = vec![plan::HOST_404.to_string()];
    out.extend(site.statics.iter().map(|s| s.file.clone()));
    for l in &site.locales.list {
        out.extend(sitemap::file_names(&l.lang, listed));
        out.push(plan::data_path(&l.lang));
    }
    out.push("sitemap.xml".into());
    out.push("robots.txt".into());
    out.sort();
    out
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

/// The open data (`<lang>/sip/codes.json`, see [`crate::render::data`]) of every locale
/// `wanted` accepts, a locale per thread, handed to `sink` like a page. Returns how many
/// files it wrote.
pub(crate) fn write_data(
    site: &Site,
    sink: &dyn pipeline::Sink,
    wanted: &(dyn Fn(usize) -> bool + Sync),
) -> Result<usize> {
    let locales: Vec<usize> = (0..site.locales.list.len())
        .filter(|&l| wanted(l))
        .collect();
    let written: Vec<Result<()>> = locales
        .par_iter()
        .map(|&li| {
            let json = crate::render::data::json(site, li)?;
            sink.page(&plan::data_path(&site.locales.list[li].lang), &json)
        })
        .collect();
    let mut problems = Vec::new();
    for r in written {
        if let Err(e) = r {
            problems.extend(e.diagnostics);
        }
    }
    Error::check(problems)?;
    Ok(locales.len())
}
