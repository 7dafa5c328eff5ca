//! The bundled site in a real browser: built once, served from 127.0.0.1 by a small static
//! server started here, and driven in headless Chromium through chromedriver's WebDriver
//! HTTP API. Covers what only a browser can tell: the picker, the filter, the language
//! switcher as clicked, console errors and horizontal scrolling on a phone.
//!
//! Without `chromium` and `chromedriver` on the PATH the tests say so and pass, unless
//! `SIPVS_BROWSER_TESTS=require` (set by `.ci/run`), which makes them fail instead.
//!
//! `scripts/screenshots.sh` runs the ignored `screenshots` test, which saves PNGs of a
//! comparison page into `screenshots/` (or `$SIPVS_SCREENSHOTS`).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use common::{repo, sipvs, text};

/// The pair every test comes back to, as the site publishes it (a < b).
const PAIR: &str = "compare/sip/302-moved-temporarily-vs-487-request-terminated/";
const CODE: &str = "sip/487-request-terminated/";
const LOCALES: [&str; 5] = ["en", "es", "ja", "ko", "ru"];

/// The flags every Chromium here starts with: headless, and silent on a closed network.
const CHROMIUM_FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
];

// ---------------------------------------------------------------------------------------
// Finding the browser, or saying plainly why the tests do not run.

struct Tools {
    chromium: PathBuf,
    chromedriver: PathBuf,
}

fn which(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// The browser and its driver, or `None` after saying the tests are skipped. Panics when
/// they are missing and `SIPVS_BROWSER_TESTS=require`.
fn tools() -> Option<&'static Tools> {
    static TOOLS: OnceLock<Option<Tools>> = OnceLock::new();
    let found = TOOLS.get_or_init(|| {
        let tools = Tools {
            chromium: which(&["chromium", "chromium-browser"])?,
            chromedriver: which(&["chromedriver"])?,
        };
        Some(tools)
    });
    if found.is_none() {
        let required = std::env::var("SIPVS_BROWSER_TESTS").is_ok_and(|v| v == "require");
        assert!(
            !required,
            "SIPVS_BROWSER_TESTS=require but chromium/chromedriver are not installed \
             (apt-get install chromium chromium-driver fonts-noto-cjk)"
        );
        static SAID: OnceLock<()> = OnceLock::new();
        SAID.get_or_init(|| {
            // Straight to the process's stderr: the test harness captures `eprintln!` of
            // passing tests, and this line must be seen.
            let _ = writeln!(
                std::io::stderr(),
                "browser tests SKIPPED: chromium/chromedriver not installed"
            );
        });
    }
    found.as_ref()
}

// ---------------------------------------------------------------------------------------
// The site, built once and served from 127.0.0.1.

/// The address the built site is served at, e.g. `http://127.0.0.1:41234/`.
fn site() -> &'static str {
    static SITE: OnceLock<String> = OnceLock::new();
    SITE.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!(
            "http://127.0.0.1:{}/",
            listener.local_addr().unwrap().port()
        );
        // A fixed folder under target/ rather than a temporary one: statics are never
        // dropped, and the next run's build replaces it (sipvs marks its output).
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-site");
        let o = sipvs(
            &repo(),
            &[
                "build",
                "--out",
                out.to_str().unwrap(),
                "--base-url",
                &origin,
            ],
        );
        assert!(o.status.success(), "{}", text(&o));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = out.clone();
                std::thread::spawn(move || serve(stream, &root));
            }
        });
        origin
    })
}

/// Answer one HTTP request with a file below `root`, as a static host would: `dir/` serves
/// `dir/index.html`, anything missing the site's 404 page with status 404.
fn serve(mut stream: TcpStream, root: &Path) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let mut rel = percent_decode(path.trim_start_matches('/'));
    if rel.is_empty() || rel.ends_with('/') {
        rel.push_str("index.html");
    }
    let file = root.join(&rel);
    let safe = !rel.split('/').any(|s| s == "..");
    let (status, file) = if safe && file.is_file() {
        ("200 OK", file)
    } else if safe && file.is_dir() {
        let head = format!(
            "HTTP/1.1 301 Moved Permanently\r\nLocation: {path}/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        let _ = stream.write_all(head.as_bytes());
        return;
    } else {
        ("404 Not Found", root.join("404.html"))
    };
    let body = std::fs::read(&file).unwrap_or_default();
    let kind = match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "svg" => "image/svg+xml",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&body);
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---------------------------------------------------------------------------------------
// A WebDriver client over plain HTTP/1.1.

/// One HTTP exchange with chromedriver; returns the status and the body.
fn http(port: u16, method: &str, path: &str, body: Option<&Value>) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let body = body.map(Value::to_string).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut reader = BufReader::new(stream);
    let mut status_line = String::new();
    reader.read_line(&mut status_line).unwrap();
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (mut length, mut chunked) = (None, false);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 || line.trim().is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').unwrap_or((&line, ""));
        let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
        if name == "content-length" {
            length = value.parse::<usize>().ok();
        } else if name == "transfer-encoding" && value.eq_ignore_ascii_case("chunked") {
            chunked = true;
        }
    }
    let mut out = Vec::new();
    if chunked {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).unwrap();
            let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
            if size == 0 {
                break;
            }
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).unwrap();
            out.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(n) = length {
        out.resize(n, 0);
        reader.read_exact(&mut out).unwrap();
    } else {
        reader.read_to_end(&mut out).unwrap();
    }
    (status, String::from_utf8_lossy(&out).into_owned())
}

/// The key WebDriver uses for an element reference.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// How the browser presents itself: the viewport a page is laid out in.
#[derive(Clone, Copy)]
enum Screen {
    /// A phone of this CSS width (mobile emulation: touch, device pixel ratio 2).
    Phone(u32),
    /// A desktop window of this width.
    Desktop(u32),
}

/// A Chromium session: chromedriver, the browser it started, and a fresh profile. Dropping
/// it ends the session and stops the driver. Sessions run one at a time (two cores).
struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: tempfile::TempDir,
    _turn: MutexGuard<'static, ()>,
}

impl Browser {
    fn start(tools: &Tools, screen: Screen) -> Browser {
        static TURN: Mutex<()> = Mutex::new(());
        let turn = TURN.lock().unwrap_or_else(|e| e.into_inner());
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(&tools.chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().unwrap();
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
            _profile: profile,
            _turn: turn,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
        args.push(format!(
            "--user-data-dir={}",
            browser._profile.path().display()
        ));
        let mut options = json!({ "binary": tools.chromium, "args": args });
        match screen {
            Screen::Phone(width) => {
                options["mobileEmulation"] = json!({
                    "deviceMetrics": { "width": width, "height": 800, "pixelRatio": 2.0, "touch": true, "mobile": true },
                    "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
                });
            }
            Screen::Desktop(width) => {
                options["args"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!(format!("--window-size={width},900")));
            }
        }
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": { "browser": "ALL" },
            "timeouts": { "pageLoad": 60000, "script": 30000, "implicit": 0 },
        }}});
        let value = browser.call("POST", "/session", Some(caps));
        browser.session = value["sessionId"].as_str().unwrap().to_string();
        browser
    }

    /// One WebDriver command; returns its `value`, panics with the driver's message.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.or_else(|| (method == "POST").then(|| json!({})));
        let (status, text) = http(self.port, method, path, body.as_ref());
        let v: Value = serde_json::from_str(&text)
            .unwrap_or_else(|_| panic!("{method} {path}: HTTP {status}: {text}"));
        assert!(
            status == 200,
            "{method} {path}: HTTP {status}: {}",
            v["value"]["message"]
        );
        v["value"].clone()
    }

    fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}/{path}", self.session), body)
    }

    /// Open a site-relative path (`en/`) and wait for it to load.
    fn open(&self, rel: &str) {
        self.cmd(
            "POST",
            "url",
            Some(json!({ "url": format!("{}{rel}", site()) })),
        );
    }

    /// The current page's path, e.g. `/en/`.
    fn path(&self) -> String {
        let url = self.cmd("GET", "url", None);
        let url = url.as_str().unwrap();
        url.strip_prefix(site().trim_end_matches('/'))
            .unwrap_or(url)
            .to_string()
    }

    /// Wait until the current path is `want`.
    fn wait_for_path(&self, want: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let now = self.path();
            if now == want {
                // And for the new document to be there.
                self.wait_until(
                    "document loaded",
                    "return document.readyState === 'complete'",
                );
                return;
            }
            assert!(Instant::now() < deadline, "still on {now}, expected {want}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.js(script, json!([])) != json!(true) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn find(&self, css: &str) -> Value {
        let v = self.cmd(
            "POST",
            "element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        json!({ ELEMENT: v[ELEMENT] })
    }

    fn click(&self, el: &Value) {
        self.cmd("POST", &format!("element/{}/click", id(el)), None);
    }

    fn type_text(&self, el: &Value, text: &str) {
        self.cmd(
            "POST",
            &format!("element/{}/value", id(el)),
            Some(json!({ "text": text })),
        );
    }

    /// Run a script in the page (`arguments` are `args`) and return its result.
    fn js(&self, script: &str, args: Value) -> Value {
        self.cmd(
            "POST",
            "execute/sync",
            Some(json!({ "script": script, "args": args })),
        )
    }

    /// A Chrome DevTools Protocol command.
    fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.cmd(
            "POST",
            "goog/cdp/execute",
            Some(json!({ "cmd": cmd, "params": params })),
        )
    }

    /// The browser console since the last call.
    fn console(&self) -> Vec<Value> {
        self.cmd("POST", "se/log", Some(json!({ "type": "browser" })))
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Fail on any console error since the last call, naming the page.
    fn assert_no_console_errors(&self, page: &str) {
        let errors: Vec<String> = self
            .console()
            .into_iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect();
        assert!(errors.is_empty(), "console errors on {page}: {errors:#?}");
    }

    /// The numbers of the codes the home page's list shows (rendered, not just present).
    fn visible_codes(&self) -> Vec<String> {
        let v = self.js(
            "return Array.from(document.querySelectorAll('.code-list li'))\
               .filter(li => li.getClientRects().length > 0)\
               .map(li => li.querySelector('.num').textContent.trim());",
            json!([]),
        );
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    }
}

fn id(el: &Value) -> &str {
    el[ELEMENT].as_str().unwrap()
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                http(
                    self.port,
                    "DELETE",
                    &format!("/session/{}", self.session),
                    None,
                )
            }));
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// A browser on the served site, or `None` when the tests are skipped.
fn browser(screen: Screen) -> Option<Browser> {
    let tools = tools()?;
    site();
    Some(Browser::start(tools, screen))
}

// ---------------------------------------------------------------------------------------
// The tests.

#[test]
fn picker_reaches_the_canonical_pair_from_both_orders() {
    let Some(b) = browser(Screen::Desktop(1280)) else {
        return;
    };
    let want = format!("/en/{PAIR}");
    for (first, second) in [
        ("487-request-terminated", "302-moved-temporarily"),
        ("302-moved-temporarily", "487-request-terminated"),
    ] {
        b.open("en/");
        b.click(&b.find(&format!("#picker select[name=a] option[value='{first}']")));
        b.click(&b.find(&format!("#picker select[name=b] option[value='{second}']")));
        b.click(&b.find("#picker button[type=submit]"));
        b.wait_for_path(&want);
        let h1 = b.js("return document.querySelector('h1').textContent", json!([]));
        let h1 = h1.as_str().unwrap();
        assert!(
            h1.contains("302") && h1.contains("487"),
            "{first} then {second}: {h1}"
        );
        b.assert_no_console_errors(&format!("{want} (picked {first} then {second})"));
    }
    // The same code twice stays on the page and says why.
    b.open("ja/");
    b.click(&b.find("#picker select[name=a] option[value='486-busy-here']"));
    b.click(&b.find("#picker select[name=b] option[value='486-busy-here']"));
    b.click(&b.find("#picker button[type=submit]"));
    b.wait_until(
        "the same-code message",
        "return document.querySelector('.picker-msg').textContent.length > 0",
    );
    assert_eq!(b.path(), "/ja/");
    b.assert_no_console_errors("/ja/ (same code twice)");
}

#[test]
fn language_switcher_keeps_the_pair() {
    let Some(b) = browser(Screen::Phone(375)) else {
        return;
    };
    b.open(&format!("en/{PAIR}"));
    // Walk en → es → ja → ko → ru → en by clicking the switcher.
    for next in LOCALES.iter().cycle().skip(1).take(LOCALES.len()) {
        b.click(&b.find(&format!("nav.langs a[hreflang='{next}']")));
        b.wait_for_path(&format!("/{next}/{PAIR}"));
        let lang = b.js("return document.documentElement.lang", json!([]));
        assert_eq!(lang, json!(next));
        let current = b.js(
            "return document.querySelector('nav.langs [aria-current=page]').getAttribute('lang')",
            json!([]),
        );
        assert_eq!(
            current,
            json!(next),
            "the switcher marks the current language"
        );
        b.assert_no_console_errors(&format!("/{next}/{PAIR}"));
    }
    // A code page keeps its code.
    b.open(&format!("ru/{CODE}"));
    b.click(&b.find("nav.langs a[hreflang='ja']"));
    b.wait_for_path(&format!("/ja/{CODE}"));
}

#[test]
fn filter_narrows_the_list_by_number_and_by_words() {
    let Some(b) = browser(Screen::Phone(375)) else {
        return;
    };
    let mut all = 0;
    for (lang, query, must) in [
        ("en", "486", vec!["486"]),
        ("en", "48", vec!["480", "486", "487"]),
        ("en", "busy", vec!["486", "600"]),
        ("ja", "話中", vec!["486", "600"]),
        ("ja", "話中 ボイスメール", vec!["600"]),
        ("ja", "48", vec!["486"]),
        ("ja", "４８６", vec!["486"]),
    ] {
        b.open(&format!("{lang}/"));
        let before = b.visible_codes();
        all = all.max(before.len());
        assert!(before.len() >= 75, "{lang}: the whole list shows at first");
        b.type_text(&b.find("#filter"), query);
        let after = b.visible_codes();
        assert!(
            !after.is_empty() && after.len() < before.len(),
            "{lang} {query:?}: {} of {} shown",
            after.len(),
            before.len()
        );
        for code in &must {
            assert!(
                after.contains(&code.to_string()),
                "{lang} {query:?}: {after:?}"
            );
        }
        if query.chars().all(|c| c.is_ascii_digit()) {
            assert!(
                after.iter().all(|c| c.starts_with(query)),
                "{lang} {query:?}: a number matches the start of a code: {after:?}"
            );
        }
        if query == "486" || query == "４８６" || query.contains(' ') {
            assert_eq!(after, must, "{lang} {query:?}");
        }
        // Class headings with nothing left under them go too.
        let empty_classes = b.js(
            "return Array.from(document.querySelectorAll('section.class'))\
               .filter(s => s.getClientRects().length > 0 && !Array.from(s.querySelectorAll('li')).some(li => li.getClientRects().length > 0)).length",
            json!([]),
        );
        assert_eq!(empty_classes, json!(0), "{lang} {query:?}");
        b.assert_no_console_errors(&format!("/{lang}/ filtered by {query:?}"));
    }
    assert!(all >= 75);
    // Nothing matches: the list is empty and says so.
    b.open("ja/");
    b.type_text(&b.find("#filter"), "zzzz");
    assert!(b.visible_codes().is_empty());
    let said = b.js(
        "return document.getElementById('filter-empty').getClientRects().length > 0",
        json!([]),
    );
    assert_eq!(said, json!(true), "the empty-filter message shows");
}

/// The pages the quality bars name, plus the language chooser and a 404 page.
fn pages() -> Vec<String> {
    let mut out = vec![String::new()];
    for l in ["en", "ja", "ru"] {
        out.extend([
            format!("{l}/"),
            format!("{l}/{CODE}"),
            format!("{l}/{PAIR}"),
        ]);
    }
    out.push("en/404.html".into());
    out
}

#[test]
fn no_console_errors() {
    let Some(b) = browser(Screen::Desktop(1280)) else {
        return;
    };
    for page in pages() {
        b.open(&page);
        b.assert_no_console_errors(&format!("/{page}"));
    }
}

#[test]
fn no_horizontal_scroll_on_a_phone() {
    for width in [375, 320] {
        let Some(b) = browser(Screen::Phone(width)) else {
            return;
        };
        for page in pages() {
            b.open(&page);
            let v = b.js(
                "const d = document.documentElement;\
                 const wide = Array.from(document.querySelectorAll('body *'))\
                   .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1 && !e.closest('.table-scroll, .flow-scroll'))\
                   .slice(0, 5).map(e => e.tagName + '.' + (e.className.baseVal ?? e.className) + ' ' + (e.textContent || '').slice(0, 40));\
                 return [d.scrollWidth, d.clientWidth, wide];",
                json!([]),
            );
            let (scroll, client) = (v[0].as_u64().unwrap(), v[1].as_u64().unwrap());
            // The side-by-side table fits too: its scroller is a fallback, not the layout.
            let tables = b.js(
                "return Array.from(document.querySelectorAll('.table-scroll'))\
                   .filter(t => t.scrollWidth > t.clientWidth).length",
                json!([]),
            );
            assert_eq!(
                tables,
                json!(0),
                "/{page} at {width} px: a table scrolls sideways"
            );
            assert_eq!(client, width as u64, "/{page}: the viewport is {width} px");
            assert!(
                scroll <= client,
                "/{page} at {width} px scrolls sideways: scrollWidth {scroll} > clientWidth {client}; too wide: {}",
                v[2]
            );
        }
        b.assert_no_console_errors(&format!("pages at {width} px"));
    }
}

/// Not a test: `scripts/screenshots.sh` runs it to save PNGs of a comparison page in en,
/// ja and ru, at phone and desktop width, in the light and the dark theme; and of the home
/// and a code page in en and ja, light.
#[test]
#[ignore = "run by scripts/screenshots.sh"]
fn screenshots() {
    let Some(tools) = tools() else {
        return;
    };
    let dir = std::env::var_os("SIPVS_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("screenshots"));
    std::fs::create_dir_all(&dir).unwrap();
    site();
    for (screen, name) in [(Screen::Phone(375), "375"), (Screen::Desktop(1280), "1280")] {
        let b = Browser::start(tools, screen);
        for theme in ["light", "dark"] {
            b.cdp(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-color-scheme", "value": theme }] }),
            );
            let mut shots = vec![];
            for lang in ["en", "ja", "ru"] {
                shots.push((format!("{lang}/{PAIR}"), format!("compare-{lang}")));
            }
            // The other page types, light only, to look at while designing.
            if theme == "light" {
                for lang in ["en", "ja"] {
                    shots.push((format!("{lang}/"), format!("home-{lang}")));
                    shots.push((format!("{lang}/{CODE}"), format!("code-{lang}")));
                }
            }
            for (page, stem) in shots {
                b.open(&page);
                let file = dir.join(format!("{stem}-{name}-{theme}.png"));
                save_full_page(&b, &file);
                let _ = writeln!(std::io::stderr(), "saved {}", file.display());
            }
        }
    }
}

/// A PNG of the whole page, not just the viewport.
fn save_full_page(b: &Browser, file: &Path) {
    let size = b.js(
        "return [document.documentElement.clientWidth, document.documentElement.scrollHeight]",
        json!([]),
    );
    let shot = b.cdp(
        "Page.captureScreenshot",
        json!({
            "format": "png",
            "captureBeyondViewport": true,
            "clip": { "x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1 },
        }),
    );
    let png = decode_base64(shot["data"].as_str().unwrap());
    std::fs::write(file, png).unwrap();
}

fn decode_base64(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = s
        .bytes()
        .filter(|c| *c != b'=' && !c.is_ascii_whitespace())
        .collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= (value(*c) as u32) << (18 - 6 * i);
        }
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}
