//! `sipvs serve`: a local preview. It builds the site, serves it on 127.0.0.1, watches the
//! inputs, rebuilds only the pages a change affects, and reloads open pages through
//! server-sent events. When a rebuild fails it keeps serving the last good site and shows the
//! error on the page and through the caller's report.
//!
//! Three parts, each in its own file: [`rebuild`] turns settled changes into a new site on a
//! thread of its own, [`live`] tells open pages about each rebuild, and [`http`] answers
//! requests for the output folder, refusing anything that is not a browser on this machine
//! asking for a file inside it.

mod http;
pub mod incremental;
mod live;
mod rebuild;

use std::fmt;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::build::{Options, Summary};
use crate::error::{Diagnostic, Error, Result};
use crate::serve::incremental::Preview;

/// Stack size of the rebuild thread: that of a main thread on Linux.
const STACK: usize = 8 << 20;

/// What `sipvs serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The project root.
    pub root: PathBuf,
    /// Where the preview is built (replaced by each full build).
    pub out: PathBuf,
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// In-context mode: every localized text shows its message id and place.
    pub ids: bool,
}

/// What the preview tells the person running it; the caller decides where it goes.
pub enum Notice<'a> {
    /// The first build is done, changes are watched and the server is listening.
    Serving {
        /// The address pages are served at, e.g. `http://127.0.0.1:1111/`.
        url: &'a str,
        /// The folder the preview is built into.
        out: &'a Path,
        /// The first build.
        summary: &'a Summary,
    },
    /// A rebuild succeeded: what it did and how long it took.
    Rebuilt {
        /// E.g. `re-rendered 12 pages (3 changed)`.
        what: &'a str,
        /// Milliseconds from the settled change to the written pages.
        ms: f64,
    },
    /// A rebuild failed; the last good site is still served.
    Failed(&'a Error),
}

impl fmt::Display for Notice<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Serving { url, out, summary } => write!(
                f,
                "serving {url} from {} (Ctrl-C to stop)\n{}",
                crate::error::visible(&out.display().to_string()),
                summary.line()
            ),
            Notice::Rebuilt { what, ms } => write!(f, "{what} in {ms:.0} ms"),
            Notice::Failed(e) => write!(f, "{e}\nrebuild failed; still serving the last good site"),
        }
    }
}

/// Build, then serve and watch until the process is stopped. `report` hears of the address
/// first, then of every rebuild; it is called from more than one thread.
pub fn serve(opts: &ServeOptions, report: &(dyn Fn(Notice<'_>) + Sync)) -> Result<()> {
    // Loopback only: nothing else on the network can reach the preview.
    let listener = TcpListener::bind(("127.0.0.1", opts.port)).map_err(|e| {
        Error::one(
            Diagnostic::error(
                "127.0.0.1",
                format!("cannot listen on port {}: {e}", opts.port),
            )
            .hint("choose another --port"),
        )
    })?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(opts.port);
    let base = format!("http://127.0.0.1:{port}/");
    let build_opts = Options {
        root: opts.root.clone(),
        out: opts.out.clone(),
        base_url: Some(base.clone()),
        strict: false,
        precompress: false,
        host: None,
        max_files: None,
    };
    // Guarded like a build's output, and locked for the whole session: no other build can
    // swap the folder out from under the server.
    let target = crate::write::output::Target::open(&opts.root, &opts.out)?;
    let (preview, summary) = Preview::start(&build_opts, &target, opts.ids)?;
    let live = live::Live::default();
    let (tx, rx) = mpsc::channel();
    let watcher = rebuild::watch(&opts.root, tx)?;
    // Announce the address only once changes are being watched.
    report(Notice::Serving {
        url: &base,
        out: &opts.out,
        summary: &summary,
    });
    let server = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io(&opts.out, &e))?;
    std::thread::scope(|scope| {
        let (build_opts, target, live) = (&build_opts, &target, &live);
        // Formatting recurses over Fluent and Tera syntax trees: give the rebuild thread the
        // main thread's stack size rather than the smaller default of spawned threads.
        std::thread::Builder::new()
            .name("rebuild".into())
            .stack_size(STACK)
            .spawn_scoped(scope, move || {
                rebuild::rebuild_loop(preview, build_opts, target, &rx, live, report);
            })
            .map_err(|e| Error::io(&opts.out, &e))?;
        let served = server.block_on(http::run(listener, target.path.clone(), live.clone(), port));
        // The rebuild thread ends once no more changes can arrive; the scope waits for it.
        drop(watcher);
        served.map_err(|e| Error::one(Diagnostic::error("127.0.0.1", format!("{e}"))))
    })
}
