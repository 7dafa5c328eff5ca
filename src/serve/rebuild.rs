//! Watching the project and rebuilding what a change affects: the watcher settles bursts of
//! file events into batches of paths, and the rebuild thread turns each batch into a new
//! site in the output folder and tells the live state about it.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use super::Notice;
use super::live::Live;
use crate::build::{self, Options};
use crate::error::{Diagnostic, Error, Result};
use crate::incremental::{self, Affected};
use crate::site::Site;

/// How long the files must be quiet before a change counts: editors save in several steps
/// (write a temporary file, rename it, touch the folder), and one rebuild should see them all.
const SETTLE: Duration = Duration::from_millis(60);

/// The watcher, sending each settled batch of changed paths to `tx`; it stops when dropped.
pub(super) fn watch(
    root: &Path,
    tx: mpsc::Sender<Vec<PathBuf>>,
) -> Result<Debouncer<notify::RecommendedWatcher, RecommendedCache>> {
    let mut debouncer = new_debouncer(SETTLE, None, move |result: DebounceEventResult| {
        // Reading a file is an event too (inotify reports opens and closes): only changes count.
        let paths: Vec<PathBuf> = result
            .unwrap_or_default()
            .into_iter()
            .filter(|e| e.kind.is_create() || e.kind.is_modify() || e.kind.is_remove())
            .flat_map(|e| e.event.paths)
            .collect();
        if !paths.is_empty() {
            let _ = tx.send(paths);
        }
    })
    .map_err(|e| {
        Error::one(Diagnostic::error(
            root,
            format!("cannot watch the project: {e}"),
        ))
    })?;
    for dir in [
        "content",
        "locales",
        "templates",
        "static",
        crate::config::CONFIG_FILE,
    ] {
        let path = root.join(dir);
        if path.exists() {
            debouncer
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| Error::one(Diagnostic::error(&path, format!("cannot watch: {e}"))))?;
        }
    }
    Ok(debouncer)
}

/// Wait for changes, rebuild what they affect, tell the pages and the caller.
pub(super) fn rebuild_loop(
    mut site: Site,
    opts: &Options,
    target: &crate::output::Target,
    rx: &mpsc::Receiver<Vec<PathBuf>>,
    live: &Live,
    ids: bool,
    report: &(dyn Fn(Notice<'_>) + Sync),
) {
    let root = opts
        .root
        .canonicalize()
        .unwrap_or_else(|_| opts.root.clone());
    while let Ok(first) = rx.recv() {
        let mut paths = first;
        // Batches that settled while the last rebuild ran make one rebuild, not one each.
        paths.extend(rx.try_iter().flatten());
        let start = Instant::now();
        let only_static = paths
            .iter()
            .all(|p| p.starts_with(root.join("static")) || p.starts_with(opts.root.join("static")));
        let outcome: Result<String> = if only_static {
            copy_static(&opts.root, &target.path).map(|n| format!("copied {n} static files"))
        } else {
            Site::load(&opts.root, opts.base_url.as_deref()).and_then(|mut new| {
                new.locales.show_ids = ids;
                let message = match incremental::affected(&site, &new) {
                    Affected::Everything => build::build_into(&new, opts, target, start)
                        .map(|s| format!("rebuilt all {} pages", s.pages))?,
                    Affected::Pages(pages) => {
                        let written = build::update_pages(&new, &target.path, &pages)?;
                        format!("re-rendered {} pages ({written} changed)", pages.len())
                    }
                };
                site = new;
                Ok(message)
            })
        };
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        match outcome {
            Ok(message) => {
                report(Notice::Rebuilt { what: &message, ms });
                live.publish(None);
            }
            Err(e) => {
                report(Notice::Failed(&e));
                live.publish(Some(e.to_string()));
            }
        }
    }
}

fn copy_static(root: &Path, out: &Path) -> Result<usize> {
    let src = root.join("static");
    let (paths, problems) = crate::input::walk(root, &src, None);
    Error::check(problems)?;
    let mut n = 0;
    for path in &paths {
        if let Some(d) = crate::output::leads_into_output(root, path, &[out]) {
            return Err(Error::one(d));
        }
        let bytes = crate::input::read_bytes(root, path, crate::input::limit::STATIC)
            .map_err(Error::one)?;
        let rel = path.strip_prefix(&src).unwrap_or(path);
        let target = out.join("static").join(rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|err| Error::io(parent, &err))?;
        }
        std::fs::write(&target, bytes).map_err(|err| Error::io(&target, &err))?;
        n += 1;
    }
    Ok(n)
}
