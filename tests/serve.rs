//! `sipvs serve` on the fixture project: it binds 127.0.0.1, serves the site with a
//! live-reload script, refuses paths out of its folder, rebuilds on change, and keeps the last
//! good site (and reports the error) when a rebuild fails.
//!
//! The test of refusal on the machine's other addresses needs one, so it is `#[ignore]`d
//! (shown as ignored by a plain `cargo test`); CI runs it with `--include-ignored`, where a
//! machine without such an address fails it.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream, UdpSocket};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
    root: std::path::PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start() -> Server {
    start_with(&[])
}

/// `sipvs serve --port 0 EXTRA…` on a fresh fixture.
fn start_with(extra: &[&str]) -> Server {
    let dir = common::fixture();
    let root = dir.path().to_path_buf();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sipvs"))
        .args(["serve", "--port", "0"])
        .args(extra)
        .current_dir(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(line.starts_with("serving http://127.0.0.1:"), "{line}");
    let port = line["serving http://127.0.0.1:".len()..]
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // Keep draining the output so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in out.lines() {});
    Server {
        child,
        port,
        _dir: dir,
        root,
    }
}

/// A raw GET, path sent exactly as given (clients would normalize `..`).
fn get(port: u16, path: &str) -> (u16, String) {
    raw(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"),
    )
}

/// Send `request` as it is; the status and the whole response.
fn raw(port: u16, request: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    // The server may answer and close before it has read everything: ignore write errors.
    let _ = s.write_all(request.as_bytes());
    let mut body = Vec::new();
    let _ = s.read_to_end(&mut body);
    let body = String::from_utf8_lossy(&body).into_owned();
    let status = body.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, body)
}

fn wait_for(what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn serves_the_site_with_live_reload_and_no_compressed_copies() {
    let s = start();
    let (status, body) = get(s.port, "/en/sip/486-busy-here/");
    assert_eq!(status, 200);
    assert!(body.contains("<script src=\"/__sipvs/live.js\"></script></body>"));
    assert!(
        body.contains("href=\"http://127.0.0.1:")
            || body.contains("canonical\" href=\"http://127.0.0.1:"),
        "built for the preview address"
    );
    // HEAD announces the length GET sends, script included, and sends no body.
    let (status, head) = raw(
        s.port,
        &format!(
            "HEAD /en/sip/486-busy-here/ HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
            s.port
        ),
    );
    assert_eq!(status, 200);
    let sent = body.split_once("\r\n\r\n").unwrap().1.len();
    assert!(
        head.to_ascii_lowercase()
            .contains(&format!("content-length: {sent}\r\n")),
        "{head}"
    );
    assert!(head.ends_with("\r\n\r\n"), "HEAD sent a body: {head}");
    let (status, _) = get(s.port, "/__sipvs/live.js");
    assert_eq!(status, 200);
    let (status, body) = get(s.port, "/de/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("lang=\"de\""), "the locale's own 404 page");
    // A preview writes no .gz/.br copies. (That it is reachable on loopback only is
    // `cannot_be_reached_on_the_machines_other_addresses`.)
    let files = common::files(&s.root.join(".sipvs-serve"));
    assert!(
        !files.is_empty()
            && !files
                .iter()
                .any(|f| f.ends_with(".gz") || f.ends_with(".br"))
    );
}

#[test]
fn refuses_foreign_hosts_and_oversized_requests() {
    let s = start();
    let p = s.port;
    let page = "/en/sip/486-busy-here/";
    // DNS rebinding: a page from another origin that resolves to 127.0.0.1 sends its own name.
    for host in ["evil.example", "evil.example:{p}", "127.0.0.1:1", ""] {
        let host = host.replace("{p}", &p.to_string());
        let (status, body) = raw(p, &format!("GET {page} HTTP/1.1\r\nHost: {host}\r\n\r\n"));
        assert_eq!(status, 421, "Host: {host}");
        assert!(!body.contains("<html"), "Host: {host} got the page");
    }
    let (status, _) = raw(p, &format!("GET {page} HTTP/1.1\r\n\r\n"));
    assert_eq!(status, 421, "no Host");
    for host in [
        format!("localhost:{p}"),
        format!("127.0.0.1:{p}"),
        format!("LOCALHOST:{p}"),
    ] {
        let (status, _) = raw(p, &format!("GET {page} HTTP/1.1\r\nHost: {host}\r\n\r\n"));
        assert_eq!(status, 200, "Host: {host}");
    }
    // A request target over 8 KiB, in a head the server reads whole: 414. A head over
    // 24 KiB is not read to its end: 431.
    let (status, _) = raw(
        p,
        &format!(
            "GET /{} HTTP/1.1\r\nHost: localhost:{p}\r\n\r\n",
            "a".repeat(9 << 10)
        ),
    );
    assert_eq!(status, 414);
    let long = "a".repeat(64 << 10);
    let (status, _) = raw(
        p,
        &format!("GET /{long} HTTP/1.1\r\nHost: localhost:{p}\r\n\r\n"),
    );
    assert_eq!(status, 431);
    let many: String = (0..200).map(|i| format!("X-{i}: y\r\n")).collect();
    let (status, _) = raw(
        p,
        &format!("GET {page} HTTP/1.1\r\nHost: localhost:{p}\r\n{many}\r\n"),
    );
    assert_eq!(status, 431);
    let (status, _) = raw(
        p,
        &format!("GET {page} HTTP/1.1\r\nHost: localhost:{p}\r\nX: {long}\r\n\r\n"),
    );
    assert_eq!(status, 431);
    // Connections beyond the cap are turned away at once; the server still answers after.
    let held: Vec<TcpStream> = (0..70)
        .map(|_| TcpStream::connect(("127.0.0.1", p)).unwrap())
        .collect();
    let (status, _) = raw(
        p,
        &format!("GET {page} HTTP/1.1\r\nHost: localhost:{p}\r\n\r\n"),
    );
    assert_eq!(status, 503, "over the connection cap");
    drop(held);
    wait_for("the cap to free up", || get(p, page).0 == 200);
}

/// An address of this machine that is not loopback, if it has one: the one it would send
/// from towards a documentation address (connecting a UDP socket sends nothing).
fn other_address() -> Option<IpAddr> {
    [("0.0.0.0:0", "192.0.2.1:9"), ("[::]:0", "[2001:db8::1]:9")]
        .into_iter()
        .find_map(|(local, peer)| {
            let socket = UdpSocket::bind(local).ok()?;
            socket.connect(peer).ok()?;
            let ip = socket.local_addr().ok()?.ip();
            (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
        })
}

#[test]
#[ignore = "needs an address besides loopback; run with --include-ignored"]
fn cannot_be_reached_on_the_machines_other_addresses() {
    let ip = other_address().expect("this machine has no address besides loopback to try");
    let s = start();
    assert_eq!(get(s.port, "/en/").0, 200, "listening on loopback");
    let outside = SocketAddr::new(ip, s.port);
    match TcpStream::connect_timeout(&outside, Duration::from_secs(5)) {
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {}
        Err(e) => panic!("{outside}: expected a refusal, got {e}"),
        Ok(_) => panic!("the preview accepted a connection on {outside}"),
    }
}

#[test]
fn a_slow_client_cannot_hold_a_connection() {
    // A byte every second keeps every single read alive; the request head still has to be
    // complete within 10 s, or the server hangs up.
    let s = start();
    let mut c = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let start = Instant::now();
    let mut closed = false;
    for b in b"GET /en/ HTTP/1.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaa".iter() {
        if c.write_all(&[*b]).is_err() {
            closed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(700));
        if start.elapsed() > Duration::from_secs(14) {
            break;
        }
    }
    if !closed {
        let mut rest = Vec::new();
        let _ = c.read_to_end(&mut rest);
    }
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "the server kept a slow request open for {:?}",
        start.elapsed()
    );
}

#[test]
fn never_serves_outside_its_folder() {
    let s = start();
    std::fs::write(s.root.join("secret.txt"), "secret").unwrap();
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/en/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/en/..%5c..%5csecret.txt",
    ] {
        let (status, body) = get(s.port, path);
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("secret\n") && !body.ends_with("secret"),
            "{path} leaked the file"
        );
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(
            s.root.join("secret.txt"),
            s.root.join(".sipvs-serve/leak.txt"),
        )
        .unwrap();
        let (status, body) = get(s.port, "/leak.txt");
        assert_eq!(status, 404);
        assert!(!body.ends_with("secret"));
    }
}

/// Open the event stream; each call of the result waits for the next event's name and data.
fn listen(port: u16) -> impl FnMut() -> (String, String) {
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        events,
        "GET /__sipvs/events HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut reader = BufReader::new(events);
    move || {
        let mut line = String::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            assert!(Instant::now() < deadline, "no event within 30 s");
            line.clear();
            reader.read_line(&mut line).unwrap();
            if let Some(name) = line.strip_prefix("event: ") {
                let mut data = String::new();
                reader.read_line(&mut data).unwrap();
                return (name.trim().to_string(), data);
            }
        }
    }
}

#[test]
fn rebuilds_on_change_and_keeps_the_last_good_site_on_error() {
    let s = start();
    let mut next_event = listen(s.port);
    let record = s.root.join("content/sip/486.toml");
    common::edit(&record, |t| {
        t.replace("section = \"21.4.24\"", "section = \"21.4.24.7\"")
    });
    assert_eq!(next_event().0, "reload");
    wait_for("the edited page", || {
        get(s.port, "/en/sip/486-busy-here/")
            .1
            .contains("21.4.24.7")
    });
    let untouched = s
        .root
        .join(".sipvs-serve/en/compare/sip/180-ringing-vs-200-ok/index.html");
    let before = std::fs::metadata(&untouched).unwrap().modified().unwrap();

    common::edit(&record, |t| t.replace("rfc = 3261", "rfc = \"x\""));
    let (name, data) = next_event();
    assert_eq!(name, "failed");
    assert!(data.contains("content/sip/486.toml:3:7"), "{data}");
    // A page opened after the failure shows it at once.
    let (name, data) = listen(s.port)();
    assert_eq!(name, "failed");
    assert!(data.contains("content/sip/486.toml:3:7"), "{data}");
    let (status, body) = get(s.port, "/en/sip/486-busy-here/");
    assert_eq!(status, 200, "still serving");
    assert!(body.contains("21.4.24.7"), "the last good page");

    common::edit(&record, |t| t.replace("rfc = \"x\"", "rfc = 3261"));
    assert_eq!(next_event().0, "reload");
    assert_eq!(
        std::fs::metadata(&untouched).unwrap().modified().unwrap(),
        before,
        "an unaffected page was rewritten"
    );
}

#[test]
fn ids_mode_names_the_message_behind_every_text() {
    let s = start_with(&["--ids"]);
    let (port, root) = (s.port, s.root.clone());
    let (status, body) = get(port, "/de/sip/486-busy-here/");
    assert_eq!(status, 200);
    // A translated text names its German definition; a fallback names the English one.
    assert!(
        body.contains("data-l10n-id=\"nav-home\" title=\"nav-home locales/de/ui.ftl:"),
        "{body}"
    );
    assert!(
        body.contains("data-l10n-id=\"code-486.description\" title=\"code-486.description locales/en/codes.ftl:"),
        "the English fallback names its English source"
    );
    // A plain build carries none of it.
    let built =
        std::fs::read_to_string(root.join(".sipvs-serve/de/sip/486-busy-here/index.html")).unwrap();
    assert!(
        built.contains("data-l10n-id"),
        "the preview itself is in ids mode"
    );
    let o = common::sipvs(&root, &["build"]);
    assert!(o.status.success());
    let published =
        std::fs::read_to_string(root.join("public/de/sip/486-busy-here/index.html")).unwrap();
    assert!(
        !published.contains("data-l10n-id"),
        "a published site has no ids"
    );
}
