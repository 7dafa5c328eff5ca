//! The preview's HTTP side, on hyper and axum: GET and HEAD only, answered only to a browser
//! on this machine, only with files inside the output folder.
//!
//! Each limit below bounds what one client can make the server hold, so that a slow or
//! hostile client (slowloris: open many connections, send a byte now and then) cannot pin it.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_RANGES, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, HOST};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::sync::Semaphore;
use tower::ServiceExt;
use tower_http::services::ServeFile;
use tower_http::set_header::SetResponseHeaderLayer;

use super::live::{self, Live};

/// Longest request target, in bytes (a request for any page of the site is under 200).
/// Longer ones get 414 from [`guard`].
const MAX_TARGET: usize = 8 << 10;
/// Most bytes of a request head, request line included: hyper stops reading there and
/// answers 431, so a client cannot make it buffer more.
const MAX_HEAD: usize = MAX_TARGET + (16 << 10);
/// Most header lines: hyper answers 431 beyond.
const MAX_HEADERS: usize = 64;
/// Most connections served at once (open pages hold one each for live reload); one more is
/// answered 503 without reading from it, so opening many costs the server nothing.
const MAX_CONNECTIONS: usize = 64;
/// How long a client may take to send its whole request head. A per-read timeout alone
/// would let a client that sends a byte every few seconds hold a connection (and one of
/// [`MAX_CONNECTIONS`]) for hours.
const HEAD_TIME: Duration = Duration::from_secs(10);

/// The answer to a connection over [`MAX_CONNECTIONS`], written before reading anything.
const BUSY: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 21\r\nConnection: close\r\n\r\ntoo many connections\n";

/// What the handlers share.
struct Preview {
    /// The output folder, canonical.
    root: PathBuf,
    live: Live,
}

/// Serve `root` on `listener` until the process ends.
pub(super) async fn run(
    listener: TcpListener,
    root: PathBuf,
    live: Live,
    port: u16,
) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let preview = Arc::new(Preview { root, live });
    let app = Router::new()
        .route(live::SCRIPT_PATH, get(script))
        .route(
            live::EVENTS_PATH,
            get(|State(p): State<Arc<Preview>>| async move { p.live.events() }),
        )
        .fallback(file)
        .with_state(preview)
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            guard(port, req, next)
        }))
        // Every answer is fresh: a reload after a rebuild must not show a cached page.
        .layer(SetResponseHeaderLayer::overriding(
            CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEAD_TIME)
        .max_header_size(MAX_HEAD)
        .max_headers(MAX_HEADERS)
        // One request per connection: an idle kept-alive connection would hold a slot.
        .keep_alive(false);
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        // A failed accept (the peer gave up, too many open files) ends that connection only.
        let Ok((stream, _)) = listener.accept().await else {
            // Out of file descriptors, accept fails at once until one is freed: pause
            // instead of spinning (hyper's own servers wait a second).
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            continue;
        };
        let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
            let _ = stream.try_write(BUSY);
            continue;
        };
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
}

/// Refuse what the preview does not answer, before any handler runs.
async fn guard(port: u16, req: Request, next: Next) -> Response {
    let target = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if target > MAX_TARGET {
        return (StatusCode::URI_TOO_LONG, "request line too long\n").into_response();
    }
    let mut hosts = req.headers().get_all(HOST).iter();
    let host = hosts.next().and_then(|h| h.to_str().ok());
    if hosts.next().is_some() || !host.is_some_and(|h| local_host(h, port)) {
        return (
            StatusCode::MISDIRECTED_REQUEST,
            "the preview answers only to 127.0.0.1 and localhost\n",
        )
            .into_response();
    }
    if !matches!(*req.method(), Method::GET | Method::HEAD) {
        return (StatusCode::METHOD_NOT_ALLOWED, "GET or HEAD only\n").into_response();
    }
    next.run(req).await
}

/// Whether a `Host` header names this server as a browser on this machine reaches it. Any
/// other name is refused, so a web page cannot reach the preview through DNS rebinding.
fn local_host(host: &str, port: u16) -> bool {
    let host = host.trim().to_ascii_lowercase();
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .any(|name| host == format!("{name}:{port}"))
}

async fn script() -> Response {
    (
        [(CONTENT_TYPE, "text/javascript; charset=utf-8")],
        live::SCRIPT,
    )
        .into_response()
}

/// A file of the site, or its 404 page; HTML carries the live-reload script.
async fn file(State(preview): State<Arc<Preview>>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    let found = tokio::task::spawn_blocking(move || find(&preview.root, &path))
        .await
        .ok()
        .flatten();
    let Some((status, file)) = found else {
        return (StatusCode::NOT_FOUND, "not found\n").into_response();
    };
    // Always a plain GET of the whole file, whatever the client asked: the script changes
    // the bytes of HTML (so no ranges or revalidation), and hyper sends no body for HEAD
    // but keeps the Content-Length, which then counts the script too.
    let Ok(response) = ServeFile::new(&file)
        .oneshot(Request::new(Body::empty()))
        .await;
    let (mut parts, body) = response.into_parts();
    if parts.status != StatusCode::OK {
        return Response::from_parts(parts, Body::new(body));
    }
    parts.status = status;
    parts.headers.remove(ACCEPT_RANGES);
    let media_type = parts
        .headers
        .get(CONTENT_TYPE)
        .and_then(|t| t.to_str().ok());
    let html = media_type.is_some_and(|t| t.starts_with("text/html"));
    // The build writes text in UTF-8 only; say so rather than leave browsers to guess.
    if let Some(utf8) = media_type
        .filter(|t| t.starts_with("text/") && !t.contains("charset"))
        .and_then(|t| HeaderValue::try_from(format!("{t}; charset=utf-8")).ok())
    {
        parts.headers.insert(CONTENT_TYPE, utf8);
    }
    if !html {
        return Response::from_parts(parts, Body::new(body));
    }
    let Ok(bytes) = axum::body::to_bytes(Body::new(body), usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let body = live::with_live_reload(bytes.into());
    parts.headers.insert(CONTENT_LENGTH, body.len().into());
    Response::from_parts(parts, Body::from(body))
}

/// The file to answer `request_path` with, and the status: the file itself, else the
/// locale's own 404 page, else the site's.
fn find(root: &Path, request_path: &str) -> Option<(StatusCode, PathBuf)> {
    if let Some(file) = resolve(root, request_path) {
        return Some((StatusCode::OK, file));
    }
    let first = request_path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    let page = resolve(root, &["/", &crate::plan::not_found_path(first)].concat())
        .or_else(|| resolve(root, &["/", crate::plan::HOST_404].concat()));
    page.map(|p| (StatusCode::NOT_FOUND, p))
}

/// The file a request path names inside `root` (canonical), or `None` when there is none or
/// it would lie outside `root`. The path is percent-decoded before `..` is refused, and the
/// file is canonicalized and checked to lie under `root`, so a symbolic link cannot lead out
/// of it (tower-http's `ServeDir` would follow one).
fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let path = request_path.split(['?', '#']).next()?;
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?;
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
    fn only_this_machine_with_this_port_is_a_local_host() {
        assert!(local_host("127.0.0.1:8", 8));
        assert!(local_host("LocalHost:8", 8));
        assert!(local_host("[::1]:8", 8));
        assert!(!local_host("127.0.0.1:9", 8));
        assert!(!local_host("127.0.0.1", 8));
        assert!(!local_host("evil.example:8", 8));
    }
}
