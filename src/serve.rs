//! `sipvs serve`: a local preview. It builds the site, serves it on 127.0.0.1, watches the
//! inputs, rebuilds only the pages a change affects, and reloads open pages through
//! server-sent events. When a rebuild fails it keeps serving the last good site and shows the
//! error on the page and in the terminal.
//!
//! The server is a small blocking HTTP/1.1 server on std: a thread per connection, GET and
//! HEAD only. It never serves a file outside the output folder: paths are percent-decoded
//! before `..` is refused, and every file is canonicalized and checked to lie under the
//! canonical output folder, so symbolic links cannot lead out of it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::Watcher;

use crate::build::Options;
use crate::error::{Diagnostic, Error, Result};
use crate::incremental::Preview;

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

/// The state open pages are told about: a generation number that grows with every rebuild,
/// and the error of the last rebuild, if it failed.
#[derive(Default)]
struct Live {
    state: Mutex<(u64, Option<String>)>,
    changed: Condvar,
}

impl Live {
    fn publish(&self, error: Option<String>) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.0 += 1;
        s.1 = error;
        self.changed.notify_all();
    }
}

const LIVE_JS: &str = r#"(function () {
  "use strict";
  var box = null;
  // In-context mode (serve --ids): outline every localized text; its tooltip names the
  // message id and where it is defined.
  document.querySelectorAll(".l10n").forEach(function (e) {
    e.style.outline = "1px dashed #d2691e";
    e.style.outlineOffset = "1px";
  });
  var es = new EventSource("/__sipvs/events");
  es.addEventListener("reload", function () { window.location.reload(); });
  es.addEventListener("failed", function (e) {
    if (!box) {
      box = document.createElement("pre");
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#2b0b0b;color:#ffd7d7;font:13px/1.4 ui-monospace,monospace;z-index:99999;white-space:pre-wrap";
      document.body.appendChild(box);
    }
    box.textContent = "sipvs: the last rebuild failed; showing the last good site.\n\n" + JSON.parse(e.data);
  });
})();
"#;

/// Build, then serve and watch until the process is stopped. Prints the address first.
pub fn serve(opts: &ServeOptions) -> Result<()> {
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
    };
    // Guarded like a build's output, and locked for the whole session: no other build can
    // swap the folder out from under the server.
    let target = Arc::new(crate::output::Target::open(&opts.root, &opts.out)?);
    let (preview, summary) = Preview::start(&build_opts, &target, opts.ids)?;
    let live = Arc::new(Live::default());
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading a file is an event too (inotify reports opens and closes): only changes count.
        if let Ok(event) = event
            && (event.kind.is_create() || event.kind.is_modify() || event.kind.is_remove())
        {
            let _ = tx.send(event.paths);
        }
    })
    .map_err(|e| {
        Error::one(Diagnostic::error(
            &opts.root,
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
        let path = opts.root.join(dir);
        if path.exists() {
            watcher
                .watch(&path, notify::RecursiveMode::Recursive)
                .map_err(|e| Error::one(Diagnostic::error(&path, format!("cannot watch: {e}"))))?;
        }
    }
    // Announce the address only once changes are being watched.
    let _ = writeln!(
        std::io::stdout(),
        "serving {base} from {} (Ctrl-C to stop)\n{}",
        crate::error::visible(&opts.out.display().to_string()),
        summary.line()
    );
    let _ = std::io::stdout().flush();

    {
        let live = Arc::clone(&live);
        let build_opts = build_opts.clone();
        let target = Arc::clone(&target);
        // Formatting recurses over Fluent and Tera syntax trees: give the rebuild thread the
        // main thread's stack size rather than the smaller default of spawned threads.
        std::thread::Builder::new()
            .name("rebuild".into())
            .stack_size(STACK)
            .spawn(move || rebuild_loop(preview, &build_opts, &target, &rx, &live))
            .map_err(|e| Error::io(&opts.out, &e))?;
    }
    let root = target.path.clone();
    let open = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    for mut stream in listener.incoming().flatten() {
        use std::sync::atomic::Ordering;
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            let _ = respond(
                &mut stream,
                "503 Service Unavailable",
                "text/plain",
                b"too many connections\n",
                false,
            );
            continue;
        }
        let live = Arc::clone(&live);
        let root = root.clone();
        let open = Arc::clone(&open);
        std::thread::spawn(move || {
            let _ = handle(stream, &root, &live, port);
            open.fetch_sub(1, Ordering::SeqCst);
        });
    }
    drop(watcher);
    Ok(())
}

/// Wait for changes, let them settle, rebuild what they affect, tell the pages.
fn rebuild_loop(
    mut preview: Preview,
    opts: &Options,
    target: &crate::output::Target,
    rx: &mpsc::Receiver<Vec<PathBuf>>,
    live: &Live,
) {
    while let Ok(first) = rx.recv() {
        let mut paths = first;
        // Editors save in several steps; wait until the burst is over.
        while let Ok(more) = rx.recv_timeout(Duration::from_millis(60)) {
            paths.extend(more);
        }
        let start = Instant::now();
        let outcome = preview.rebuild(opts, target).map(|done| done.to_string());
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        match outcome {
            Ok(message) => {
                let _ = writeln!(std::io::stdout(), "{message} in {ms:.0} ms");
                live.publish(None);
            }
            Err(e) => {
                let _ = writeln!(
                    std::io::stderr(),
                    "{e}\nrebuild failed; still serving the last good site"
                );
                live.publish(Some(e.to_string()));
            }
        }
        let _ = std::io::stdout().flush();
    }
}

/// Decode `%XX` escapes; `None` for a malformed escape or invalid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The file a request path names inside `root` (canonical), or `None` when there is none or
/// it would lie outside `root`.
pub fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let path = request_path.split(['?', '#']).next()?;
    let decoded = percent_decode(path)?;
    if decoded.contains(['\0', '\\']) {
        return None;
    }
    let mut p = root.to_path_buf();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            ".." => return None,
            s => p.push(s),
        }
    }
    if p.is_dir() {
        p.push("index.html");
    }
    let canon = p.canonicalize().ok()?;
    (canon.starts_with(root) && canon.is_file()).then_some(canon)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    ctype: &str,
    body: &[u8],
    head_only: bool,
) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if !head_only {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// HTML with the live-reload script before `</body>`.
fn with_live_reload(mut html: Vec<u8>) -> Vec<u8> {
    let tag = b"<script src=\"/__sipvs/live.js\"></script>";
    match memchr::memmem::rfind(&html, b"</body>") {
        Some(i) => {
            html.splice(i..i, tag.iter().copied());
        }
        None => html.extend_from_slice(tag),
    }
    html
}

/// Longest request line the server reads, in bytes (a request for any page of the site is
/// under 200).
const MAX_REQUEST_LINE: u64 = 8 << 10;
/// Most header bytes and header lines the server reads.
const MAX_HEADER_BYTES: u64 = 16 << 10;
const MAX_HEADERS: usize = 64;
/// Most connections served at once (open pages hold one each for live reload).
const MAX_CONNECTIONS: usize = 64;

/// One line of at most `limit` bytes, without its line end; `None` when the line is longer
/// or the connection ends first.
fn read_bounded_line<R: BufRead>(reader: &mut R, limit: u64) -> std::io::Result<Option<String>> {
    let mut buf = Vec::new();
    Read::take(&mut *reader, limit).read_until(b'\n', &mut buf)?;
    if buf.last() != Some(&b'\n') {
        return Ok(None);
    }
    while matches!(buf.last(), Some(b'\n' | b'\r')) {
        buf.pop();
    }
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}

/// Whether a `Host` header names this server as a browser on this machine reaches it. Any
/// other name is refused, so a web page cannot reach the preview through DNS rebinding.
fn local_host(host: &str, port: u16) -> bool {
    let host = host.trim().to_ascii_lowercase();
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .any(|name| host == format!("{name}:{port}"))
}

/// How long a client may take to send its whole request line and headers: a per-read
/// timeout alone would let a client that sends a byte every few seconds hold a connection
/// (and a slot of [`MAX_CONNECTIONS`]) for hours.
const REQUEST_HEAD_TIME: Duration = Duration::from_secs(10);

/// A connection read until a deadline: each read waits at most for the time left.
struct Deadline {
    stream: TcpStream,
    until: Instant,
}

impl Read for Deadline {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

fn handle(mut stream: TcpStream, root: &Path, live: &Live, port: u16) -> std::io::Result<()> {
    let mut reader = BufReader::new(Deadline {
        stream: stream.try_clone()?,
        until: Instant::now() + REQUEST_HEAD_TIME,
    });
    let refuse = |stream: &mut TcpStream, status: &str, why: &str| {
        respond(stream, status, "text/plain", why.as_bytes(), false)
    };
    let Some(request_line) = read_bounded_line(&mut reader, MAX_REQUEST_LINE)? else {
        return refuse(&mut stream, "414 URI Too Long", "request line too long\n");
    };
    let (mut header_bytes, mut headers, mut host) = (0u64, 0usize, None);
    loop {
        let Some(line) = read_bounded_line(&mut reader, MAX_HEADER_BYTES - header_bytes)? else {
            return refuse(
                &mut stream,
                "431 Request Header Fields Too Large",
                "headers too large\n",
            );
        };
        if line.is_empty() {
            break;
        }
        header_bytes += line.len() as u64 + 2;
        headers += 1;
        if headers > MAX_HEADERS || header_bytes >= MAX_HEADER_BYTES {
            return refuse(
                &mut stream,
                "431 Request Header Fields Too Large",
                "too many headers\n",
            );
        }
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("host")
        {
            host = Some(value.trim().to_string());
        }
    }
    if !host.is_some_and(|h| local_host(&h, port)) {
        return refuse(
            &mut stream,
            "421 Misdirected Request",
            "the preview answers only to 127.0.0.1 and localhost\n",
        );
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let head_only = method == "HEAD";
    if method != "GET" && !head_only {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET or HEAD only\n",
            false,
        );
    }
    match target {
        "/__sipvs/live.js" => {
            return respond(
                &mut stream,
                "200 OK",
                "text/javascript; charset=utf-8",
                LIVE_JS.as_bytes(),
                head_only,
            );
        }
        "/__sipvs/events" => return events(stream, live),
        _ => {}
    }
    let (status, file) = match resolve(root, target) {
        Some(f) => ("200 OK", Some(f)),
        None => {
            // The locale's own 404 page, else the site's.
            let first = target
                .trim_start_matches('/')
                .split('/')
                .next()
                .unwrap_or("");
            let local = resolve(root, &format!("/{first}/404.html"));
            (
                "404 Not Found",
                local.or_else(|| resolve(root, "/404.html")),
            )
        }
    };
    let Some(file) = file else {
        return respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found\n",
            head_only,
        );
    };
    let body = std::fs::read(&file)?;
    let ctype = content_type(&file);
    let body = if ctype.starts_with("text/html") {
        with_live_reload(body)
    } else {
        body
    };
    respond(&mut stream, status, ctype, &body, head_only)
}

/// A server-sent event stream: `reload` after each good rebuild, `failed` with the error
/// after a failed one (and at once, when the last rebuild failed).
fn events(mut stream: TcpStream, live: &Live) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n: sipvs\n\n"
    )?;
    stream.flush()?;
    let mut seen = {
        let s = live.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(err) = &s.1 {
            send_failed(&mut stream, err)?;
        }
        s.0
    };
    loop {
        let (generation, error) = {
            let guard = live.state.lock().unwrap_or_else(|e| e.into_inner());
            let (guard, _) = live
                .changed
                .wait_timeout_while(guard, Duration::from_secs(15), |s| s.0 == seen)
                .unwrap_or_else(|e| e.into_inner());
            (guard.0, guard.1.clone())
        };
        if generation == seen {
            // A comment keeps the connection alive and finds closed ones.
            stream.write_all(b": ping\n\n")?;
            stream.flush()?;
            continue;
        }
        seen = generation;
        match error {
            None => stream.write_all(b"event: reload\ndata: {}\n\n")?,
            Some(err) => send_failed(&mut stream, &err)?,
        }
        stream.flush()?;
    }
}

fn send_failed(stream: &mut TcpStream, err: &str) -> std::io::Result<()> {
    let data = serde_json::to_string(err).unwrap_or_default();
    write!(stream, "event: failed\ndata: {data}\n\n")?;
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_stays_inside_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("out");
        std::fs::create_dir_all(root.join("en")).unwrap();
        std::fs::write(root.join("en/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "s").unwrap();
        let root = root.canonicalize().unwrap();
        assert!(resolve(&root, "/en/").is_some());
        assert!(resolve(&root, "/en/index.html?x=1").is_some());
        assert!(resolve(&root, "/../secret.txt").is_none());
        assert!(resolve(&root, "/%2e%2e/secret.txt").is_none());
        assert!(resolve(&root, "/en/%2E%2E/%2e%2e/secret.txt").is_none());
        assert!(resolve(&root, "/..%5csecret.txt").is_none());
        assert!(resolve(&root, "/%zz").is_none());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), root.join("link.txt"))
                .unwrap();
            assert!(
                resolve(&root, "/link.txt").is_none(),
                "a symlink out of the root"
            );
        }
    }

    #[test]
    fn live_reload_goes_before_the_body_end() {
        let out = with_live_reload(b"<html><body>x</body></html>".to_vec());
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<html><body>x<script src=\"/__sipvs/live.js\"></script></body></html>"
        );
    }
}
