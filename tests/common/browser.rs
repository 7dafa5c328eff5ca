//! Headless Chromium on the bundled site, for tests/browser.rs and tests/screenshots.rs: the
//! site built once and served from 127.0.0.1, and a WebDriver session (fantoccini) through a
//! chromedriver started here. Missing tools are a failure, never a skip: a test that reaches
//! this code was asked to run.
// Each test binary uses part of it.
#![allow(dead_code)]

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::Method;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use tokio::sync::{Mutex, MutexGuard};
use tower_http::services::ServeDir;

use crate::common::{repo, sipvs, text};

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

/// How long a page, a navigation or a script may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(15);

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

fn tools() -> Tools {
    let missing = "chromium and chromedriver must be on the PATH for the browser tests \
                   (apt-get install chromium chromium-driver fonts-noto-cjk)";
    Tools {
        chromium: which(&["chromium", "chromium-browser"]).expect(missing),
        chromedriver: which(&["chromedriver"]).expect(missing),
    }
}

/// The address the built site is served at, e.g. `http://127.0.0.1:41234/`. Built and served
/// once per test binary, on a thread of its own: each `#[tokio::test]` has its own runtime,
/// and a server spawned on one would stop with that test.
pub fn site() -> &'static str {
    static SITE: OnceLock<String> = OnceLock::new();
    SITE.get_or_init(|| {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
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
        // As a static host serves it: `dir/` is `dir/index.html`, `dir` redirects to `dir/`,
        // anything missing is a 404 page with status 404: the locale's under a locale's
        // folder (Netlify's rules, Cloudflare's nearest 404.html), else the site's.
        let root = out.clone();
        let not_found = axum::routing::any(move |uri: axum::http::Uri| {
            let root = root.clone();
            async move {
                let first = uri.path().trim_start_matches('/').split('/').next();
                let local = first
                    .filter(|f| !f.is_empty() && !f.contains(".."))
                    .map(|f| root.join(f).join("404.html"))
                    .filter(|p| p.is_file());
                let page = local.unwrap_or_else(|| root.join("404.html"));
                (
                    axum::http::StatusCode::NOT_FOUND,
                    [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
                    std::fs::read(page).unwrap_or_default(),
                )
            }
        });
        let files = ServeDir::new(&out).fallback(not_found);
        let app = Router::new().fallback_service(files);
        listener.set_nonblocking(true).unwrap();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                axum::serve(listener, app).await.unwrap();
            });
        });
        origin
    })
}

/// How the browser presents itself: the viewport a page is laid out in.
#[derive(Clone, Copy)]
pub enum Screen {
    /// A phone of this CSS width (mobile emulation: touch, device pixel ratio 2).
    Phone(u32),
    /// A desktop window of this width.
    Desktop(u32),
}

/// A command chromedriver has beyond the WebDriver standard, on the current session.
#[derive(Debug)]
struct Extension {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for Extension {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/{}",
            session.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (Method, Option<String>) {
        (Method::POST, Some(self.body.to_string()))
    }
}

/// A Chromium session on the served site: chromedriver, the browser it started, and a fresh
/// profile. Sessions run one at a time (the machines have two cores). `close` ends it
/// cleanly; dropping it (a failed test) kills the driver and the browser.
pub struct Browser {
    client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
    _turn: MutexGuard<'static, ()>,
}

impl Browser {
    pub async fn start(screen: Screen) -> Browser {
        Browser::start_with(screen, true).await
    }

    /// A session whose browser runs no page scripts (as with JavaScript turned off in its
    /// settings); WebDriver's own scripts still run.
    pub async fn start_without_javascript(screen: Screen) -> Browser {
        Browser::start_with(screen, false).await
    }

    async fn start_with(screen: Screen, javascript: bool) -> Browser {
        static TURN: Mutex<()> = Mutex::const_new(());
        let tools = tools();
        site();
        let turn = TURN.lock().await;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        // A process group of its own, so that a failed test can end the browser with it.
        let driver = std::os::unix::process::CommandExt::process_group(
            Command::new(&tools.chromedriver)
                .arg(format!("--port={port}"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
            0,
        )
        .spawn()
        .expect("start chromedriver");
        let profile = tempfile::tempdir().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }

        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| s.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.path().display()));
        let mut options = json!({ "binary": tools.chromium, "args": args });
        if !javascript {
            options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
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
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": { "browser": "ALL" },
            "timeouts": { "pageLoad": 60000, "script": 30000, "implicit": 0 },
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        Browser {
            client: ClientBuilder::new(HttpConnector::new())
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
                .expect("a chromedriver session"),
            driver,
            _profile: profile,
            _turn: turn,
        }
    }

    /// End the session, letting Chromium exit by itself.
    pub async fn close(self) {
        self.client.clone().close().await.expect("end the session");
    }

    /// Open a site-relative path (`en/`) and wait for it to load.
    pub async fn open(&self, rel: &str) {
        let url = format!("{}{rel}", site());
        self.client
            .goto(&url)
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
    }

    /// The current page's path, e.g. `/en/`.
    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        url.path().to_string()
    }

    /// Wait until the current path is `want` and its document has loaded.
    pub async fn wait_for_path(&self, want: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let now = self.path().await;
            if now == want {
                self.wait_until(
                    "document loaded",
                    "return document.readyState === 'complete'",
                )
                .await;
                return;
            }
            assert!(Instant::now() < deadline, "still on {now}, expected {want}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Wait until `script` returns true.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + PATIENCE;
        while self.js(script).await != json!(true) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Click the element `css` selects.
    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Type `text` into the element `css` selects.
    pub async fn type_into(&self, css: &str, text: &str) {
        self.find(css)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("find {css}: {e}"))
    }

    /// Run a script in the page and return its result.
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// A Chrome DevTools Protocol command.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.extension("goog/cdp/execute", json!({ "cmd": cmd, "params": params }))
            .await
    }

    async fn extension(&self, path: &'static str, body: Value) -> Value {
        self.client
            .issue_cmd(Extension { path, body })
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The browser console since the last call.
    async fn console(&self) -> Vec<Value> {
        self.extension("se/log", json!({ "type": "browser" }))
            .await
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Fail on any console error since the last call, naming the page.
    pub async fn assert_no_console_errors(&self, page: &str) {
        let errors: Vec<String> = self
            .console()
            .await
            .into_iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect();
        assert!(errors.is_empty(), "console errors on {page}: {errors:#?}");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Chromium and its helpers are in the driver's process group; after `close` they
        // have already gone and only the driver is left.
        let group = self.driver.id() as libc::pid_t;
        // SAFETY: kill(2) with a negative pid signals that process group and touches no
        // memory of ours.
        unsafe { libc::kill(-group, libc::SIGKILL) };
        let _ = self.driver.wait();
    }
}
