//! Host profiles (`--host`): fingerprinted assets, one `Cache-Control` per path in the files
//! each host reads, `--precompress` refused where the host compresses, limits checked before
//! the output is touched; and the Apache and nginx set-ups served by the real servers.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{edit, files, fixture, repo, sipvs, text};

/// The published name of `static/<stem>.<ext>` in a built site.
fn asset(all: &[String], stem: &str, ext: &str) -> String {
    let found: Vec<&String> = all
        .iter()
        .filter(|f| {
            f.strip_prefix(&format!("static/{stem}."))
                .and_then(|rest| rest.strip_suffix(&format!(".{ext}")))
                .is_some_and(|d| d.len() == 10 && d.bytes().all(|b| b.is_ascii_hexdigit()))
        })
        .collect();
    assert_eq!(found.len(), 1, "one fingerprinted {stem}.{ext}: {all:?}");
    found[0].clone()
}

#[test]
fn assets_carry_the_digest_of_their_bytes_and_a_change_renames_them() {
    let dir = fixture();
    let root = dir.path();
    assert!(sipvs(root, &["build"]).status.success());
    let public = root.join("public");
    let all = files(&public);
    assert!(
        !all.iter()
            .any(|f| f == "static/site.css" || f == "static/site.js"),
        "no unfingerprinted copies: {all:?}"
    );
    let css = asset(&all, "site", "css");
    let bytes = std::fs::read(public.join(&css)).unwrap();
    assert_eq!(
        std::fs::read(root.join("static/site.css")).unwrap(),
        bytes,
        "published as it is"
    );
    assert!(css.contains(&sipvs::load::site::digest(&bytes)));
    let home = std::fs::read_to_string(public.join("en/index.html")).unwrap();
    assert!(home.contains(&format!("href=\"/{css}\"")), "{home}");
    let js = asset(&all, "site", "js");
    assert!(home.contains(&format!("src=\"/{js}\"")));
    assert!(home.contains(&format!("href=\"/{}\"", asset(&all, "icon", "svg"))));

    edit(&root.join("static/site.css"), |s| s + "\n/* redesign */\n");
    assert!(sipvs(root, &["build"]).status.success());
    let after = files(&public);
    let css2 = asset(&after, "site", "css");
    assert_ne!(css, css2, "new bytes, new name");
    assert!(
        !after.contains(&css),
        "the old name is gone with the old site"
    );
    let page = std::fs::read_to_string(public.join("de/sip/486-busy-here/index.html")).unwrap();
    assert!(page.contains(&format!("href=\"/{css2}\"")));
}

/// The values of header `name` that `_headers` (Netlify's and Cloudflare's format) gives
/// `path`: every rule whose path is `path` itself, or ends in `*` and is a prefix of it.
fn header_values(headers: &str, path: &str, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rule: Option<&str> = None;
    for line in headers.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            rule = Some(line.trim());
        } else if let (Some(r), Some((k, v))) = (rule, line.trim().split_once(':')) {
            let hit = match r.strip_suffix('*') {
                Some(prefix) => path.starts_with(prefix),
                None => path == r,
            };
            if hit && k.trim().eq_ignore_ascii_case(name) {
                out.push(v.trim().to_string());
            }
        }
    }
    out
}

/// The URL path a file of the output is served at (`en/index.html` -> `/en/`).
fn url_path(file: &str) -> String {
    match file.strip_suffix("index.html") {
        Some(folder) => format!("/{folder}"),
        None => format!("/{file}"),
    }
}

#[test]
fn every_published_path_matches_one_cache_rule_on_netlify_and_cloudflare() {
    let dir = fixture();
    let root = dir.path();
    for host in ["netlify", "cloudflare"] {
        let out = sipvs(root, &["build", "--host", host]);
        assert!(out.status.success(), "{}", text(&out));
        let public = root.join("public");
        let headers = std::fs::read_to_string(public.join("_headers")).unwrap();
        assert!(!headers.contains("interest-cohort"), "{headers}");
        let all = files(&public);
        assert!(all.len() > 30);
        // `_headers`, `_redirects` and the output's mark (`.sipvs-output`) are not served.
        for f in all.iter().filter(|f| !f.starts_with(['_', '.'])) {
            let path = url_path(f);
            let cache = header_values(&headers, &path, "Cache-Control");
            assert_eq!(cache.len(), 1, "{host} {path}: {cache:?}");
            let immutable = cache[0].contains("immutable");
            assert_eq!(
                immutable,
                f.starts_with("static/"),
                "{host} {path}: {cache:?}"
            );
            assert_eq!(
                header_values(&headers, &path, "Content-Security-Policy").len(),
                1,
                "{host} {path}"
            );
            let cors = header_values(&headers, &path, "Access-Control-Allow-Origin");
            if f.ends_with("codes.json") {
                assert_eq!(cors, ["*"], "{host} {path}");
            } else {
                assert!(cors.is_empty(), "{host} {path}: {cors:?}");
            }
        }
    }
}

#[test]
fn precompress_is_refused_where_the_host_compresses_and_the_output_stays() {
    let dir = fixture();
    let root = dir.path();
    assert!(sipvs(root, &["build"]).status.success());
    let before = files(&root.join("public"));
    for host in ["netlify", "cloudflare", "github"] {
        let out = sipvs(root, &["build", "--host", host, "--precompress"]);
        let msg = text(&out);
        assert!(!out.status.success(), "{host}: {msg}");
        assert!(
            msg.contains("compresses responses itself") && msg.contains("--precompress"),
            "{host}: {msg}"
        );
        assert_eq!(files(&root.join("public")), before, "{host}");
    }
    // Apache compresses only where it is configured to: a warning, and the copies.
    let out = sipvs(root, &["build", "--host", "apache", "--precompress"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("warning"), "{}", text(&out));
    assert!(root.join("public/en/index.html.br").is_file());
}

#[test]
fn a_site_over_the_file_limit_fails_before_anything_is_written() {
    let dir = fixture();
    let root = dir.path();
    let out = sipvs(root, &["build", "--host", "cloudflare"]);
    assert!(out.status.success(), "{}", text(&out));
    let public = root.join("public");
    let before = files(&public);
    let n = before.len();
    let with_max = |max: usize| {
        sipvs(
            root,
            &[
                "build",
                "--host",
                "cloudflare",
                "--max-files",
                &max.to_string(),
            ],
        )
    };
    // The count made before rendering is exact: the limit at the real count passes…
    let out = with_max(n);
    assert!(out.status.success(), "{}", text(&out));
    // …and one below fails, naming both figures, with the previous site in place.
    let out = with_max(n - 1);
    let msg = text(&out);
    assert!(!out.status.success(), "{msg}");
    assert!(
        msg.contains(&format!("would have {n} files"))
            && msg.contains(&format!("--max-files allows at most {}", n - 1))
            && msg.contains("Cloudflare Pages"),
        "{msg}"
    );
    assert_eq!(files(&public), before);
    let leftovers: Vec<_> = std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "nothing was staged: {leftovers:?}");
    // --max-files means nothing without a host.
    assert!(!sipvs(root, &["build", "--max-files", "5"]).status.success());
}

#[test]
fn github_pages_gets_nojekyll_and_no_header_files() {
    let dir = fixture();
    let root = dir.path();
    let out = sipvs(root, &["build", "--host", "github"]);
    assert!(out.status.success(), "{}", text(&out));
    let all = files(&root.join("public"));
    assert!(all.contains(&".nojekyll".to_string()));
    assert!(
        !all.iter()
            .any(|f| f.starts_with('_') || f.ends_with(".htaccess"))
    );
}

// ---- real servers ------------------------------------------------------------------------

/// A free port on 127.0.0.1.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A server process, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_for(port: u16) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the server did not listen"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `GET path` with extra request headers: the status and the response's header lines.
fn get(port: u16, path: &str, extra: &str) -> (u16, Vec<(String, String)>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{extra}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf);
    let head = text.split("\r\n\r\n").next().unwrap_or_default();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (status, headers)
}

fn values<'a>(headers: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    headers
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

/// Build the fixture for a server that runs its workers as another user: a folder every
/// user can read.
fn built(args: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = fixture();
    let out = dir.path().join("public");
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    let run = sipvs(dir.path(), &all);
    assert!(run.status.success(), "{}", text(&run));
    Command::new("chmod")
        .args(["-R", "a+rX"])
        .arg(dir.path())
        .status()
        .unwrap();
    (dir, out)
}

/// The paths every server test asks for, with what each must be: (path, status, immutable).
fn probes(public: &Path) -> Vec<(String, u16, bool)> {
    let all = files(public);
    let css = asset(&all, "site", "css");
    vec![
        ("/".into(), 200, false),
        ("/en/".into(), 200, false),
        ("/de/sip/486-busy-here/".into(), 200, false),
        ("/en/sip/codes.json".into(), 200, false),
        ("/sitemap.xml".into(), 200, false),
        (format!("/{css}"), 200, true),
        ("/de/no-such-page/".into(), 404, false),
    ]
}

fn check_served(port: u16, public: &Path, server: &str) {
    for (path, status, immutable) in probes(public) {
        let (got, headers) = get(port, &path, "");
        assert_eq!(got, status, "{server} {path}: {headers:?}");
        let cache = values(&headers, "cache-control");
        assert_eq!(cache.len(), 1, "{server} {path}: {headers:?}");
        assert_eq!(
            cache[0].contains("immutable"),
            immutable,
            "{server} {path}: {cache:?}"
        );
        for (name, value) in sipvs::host::SECURITY {
            assert_eq!(
                values(&headers, &name.to_ascii_lowercase()),
                [*value],
                "{server} {path}"
            );
        }
        let cors = values(&headers, "access-control-allow-origin");
        assert_eq!(
            cors.len(),
            usize::from(path.ends_with("codes.json")),
            "{server} {path}: {cors:?}"
        );
    }
}

#[test]
#[ignore = "needs Apache (apt-get install apache2); .ci/run installs it"]
fn apache_serves_the_htaccess_rules() {
    let (dir, public) = built(&["--host", "apache"]);
    let port = free_port();
    let modules = Path::new("/usr/lib/apache2/modules");
    let load = [
        ("mpm_event_module", "mod_mpm_event.so"),
        ("authz_core_module", "mod_authz_core.so"),
        ("dir_module", "mod_dir.so"),
        ("mime_module", "mod_mime.so"),
        ("headers_module", "mod_headers.so"),
        ("alias_module", "mod_alias.so"),
    ]
    .iter()
    .map(|(m, f)| format!("LoadModule {m} {}\n", modules.join(f).display()))
    .collect::<String>();
    let conf = dir.path().join("httpd.conf");
    let d = dir.path().display();
    let p = public.display();
    // As the README says: the site's folder with AllowOverride FileInfo.
    std::fs::write(
        &conf,
        format!(
            "ServerRoot {d}\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\n{load}\
             TypesConfig /etc/mime.types\nPidFile {d}/httpd.pid\nErrorLog {d}/error.log\n\
             User nobody\nGroup nogroup\nDocumentRoot \"{p}\"\nDirectoryIndex index.html\n\
             <Directory \"{p}\">\n  AllowOverride FileInfo\n  Require all granted\n</Directory>\n"
        ),
    )
    .unwrap();
    let server = Server(
        Command::new("/usr/sbin/apache2")
            .args(["-X", "-f"])
            .arg(&conf)
            .stdout(Stdio::null())
            .spawn()
            .expect("apache2"),
    );
    wait_for(port);
    check_served(port, &public, "apache");
    // Each locale's unknown paths get that locale's 404 page.
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(s, "GET /de/nothing HTTP/1.0\r\n\r\n").unwrap();
    let mut body = String::new();
    let _ = s.read_to_string(&mut body);
    assert!(body.contains("<html lang=\"de\""), "{body}");
    // A bare code is sent to its page, with or without the final slash.
    for path in ["/de/sip/486", "/de/sip/486/"] {
        let (status, headers) = get(port, path, "");
        assert_eq!(status, 301, "{path}: {headers:?}");
        let location = values(&headers, "location");
        assert!(
            location.len() == 1 && location[0].ends_with("/de/sip/486-busy-here/"),
            "{path}: {headers:?}"
        );
    }
    drop(server);
}

/// The nginx block of the README, as published.
fn readme_nginx() -> String {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let start = readme.find("```nginx\n").expect("an nginx block") + 9;
    let len = readme[start..].find("```").unwrap();
    readme[start..start + len].to_string()
}

#[test]
#[ignore = "needs nginx (apt-get install nginx-light); .ci/run installs it"]
fn nginx_serves_the_readme_recipe() {
    let (dir, public) = built(&["--precompress"]);
    let port = free_port();
    let recipe = readme_nginx()
        .replace("/srv/sip/public", public.to_str().unwrap())
        .replace(
            "server {",
            &format!("server {{\n    listen 127.0.0.1:{port};"),
        );
    assert!(recipe.contains(public.to_str().unwrap()), "{recipe}");
    let d = dir.path().display();
    let conf = dir.path().join("nginx.conf");
    std::fs::write(
        &conf,
        format!(
            "master_process off;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\nevents {{}}\nhttp {{\n\
             include /etc/nginx/mime.types;\naccess_log off;\n\
             client_body_temp_path {d}/tmp;\nproxy_temp_path {d}/tmp;\nfastcgi_temp_path {d}/tmp;\n\
             uwsgi_temp_path {d}/tmp;\nscgi_temp_path {d}/tmp;\n{recipe}\n}}\n"
        ),
    )
    .unwrap();
    let server = Server(
        Command::new("/usr/sbin/nginx")
            .args(["-p"])
            .arg(dir.path())
            .args(["-g", "daemon off;", "-c"])
            .arg(&conf)
            .stderr(Stdio::piped())
            .spawn()
            .expect("nginx"),
    );
    wait_for(port);
    check_served(port, &public, "nginx");
    // The precompressed copy is what a gzip-capable client gets.
    let (status, headers) = get(port, "/en/", "Accept-Encoding: gzip\r\n");
    assert_eq!(status, 200);
    assert_eq!(
        values(&headers, "content-encoding"),
        ["gzip"],
        "{headers:?}"
    );
    drop(server);
}
