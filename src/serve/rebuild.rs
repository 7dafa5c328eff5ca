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
use crate::build::Options;
use crate::error::{Diagnostic, Error, Result};
use crate::serve::incremental::{Preview, Rebuilt};

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
        crate::load::config::CONFIG_FILE,
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

/// Wait for changes, rebuild what they affect (through the build's own pipeline, see
/// [`Preview`]), tell the pages and the caller.
pub(super) fn rebuild_loop(
    mut preview: Preview,
    opts: &Options,
    target: &crate::write::output::Target,
    rx: &mpsc::Receiver<Vec<PathBuf>>,
    live: &Live,
    report: &(dyn Fn(Notice<'_>) + Sync),
) {
    // Open pages reload only when something they show changed, or to clear a failure.
    let mut failed = false;
    while rx.recv().is_ok() {
        // Batches that settled while the last rebuild ran make one rebuild, not one each.
        rx.try_iter().for_each(drop);
        let start = Instant::now();
        let outcome = preview.rebuild(opts, target);
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        match outcome {
            Ok(done) => {
                report(Notice::Rebuilt {
                    what: &done.to_string(),
                    ms,
                });
                let changed = !matches!(done, Rebuilt::Pages { written: 0, .. });
                if changed || failed {
                    live.publish(None);
                }
                failed = false;
            }
            Err(e) => {
                report(Notice::Failed(&e));
                live.publish(Some(e.to_string()));
                failed = true;
            }
        }
    }
}
