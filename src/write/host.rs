//! Host profiles (`--host`): what each static host does by itself (compression, not-found
//! pages, headers), the files sipvs writes for it, and its limits, checked before a site is
//! put in place.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Diagnostic;
use crate::load::config::BaseUrl;
use crate::load::site::STATIC_DIR;
use crate::plan::{self, HOST_404};

/// A static host sipvs knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Host {
    /// Netlify: `_redirects` (a 404 page per locale) and `_headers`.
    Netlify,
    /// Cloudflare Pages: `_headers` (Pages serves the nearest `404.html` by itself).
    Cloudflare,
    /// GitHub Pages: `.nojekyll` (no headers or redirects can be configured there).
    Github,
    /// Apache and servers that read `.htaccess` (needs `AllowOverride FileInfo`).
    #[value(alias = "generic")]
    Apache,
}

/// What a host accepts in one deployment. `None`: no documented limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Limits {
    /// Files in the whole site.
    pub files: Option<u64>,
    /// Bytes of any one file.
    pub file_bytes: Option<u64>,
    /// Bytes of the whole site.
    pub total_bytes: Option<u64>,
    /// Entries (files and folders) in any one folder.
    pub folder_entries: Option<u64>,
}

const MIB: u64 = 1024 * 1024;

impl Host {
    /// The host's name as its users know it.
    pub fn name(self) -> &'static str {
        match self {
            Host::Netlify => "Netlify",
            Host::Cloudflare => "Cloudflare Pages",
            Host::Github => "GitHub Pages",
            Host::Apache => "Apache",
        }
    }

    /// The `--host` value.
    pub fn flag(self) -> &'static str {
        match self {
            Host::Netlify => "netlify",
            Host::Cloudflare => "cloudflare",
            Host::Github => "github",
            Host::Apache => "apache",
        }
    }

    /// Whether the host compresses responses by itself. Such a host serves a `.gz` or
    /// `.br` file only to a request for that very name, so precompressed copies only add
    /// files to the deployment.
    pub fn compresses(self) -> bool {
        !matches!(self, Host::Apache)
    }

    /// The limits the host documents (as of 2026):
    /// - Cloudflare Pages: 20,000 files per site on the Free plan (paid plans: 100,000, see
    ///   `--max-files`), 25 MiB per file.
    /// - GitHub Pages: a published site may be no larger than 1 GB.
    /// - Netlify: no limit on files per deploy, 54,000 files per folder.
    /// - Apache: whatever the server's disk holds.
    pub fn limits(self) -> Limits {
        match self {
            Host::Cloudflare => Limits {
                files: Some(20_000),
                file_bytes: Some(25 * MIB),
                ..Limits::default()
            },
            Host::Github => Limits {
                total_bytes: Some(1_000_000_000),
                ..Limits::default()
            },
            Host::Netlify => Limits {
                folder_entries: Some(54_000),
                ..Limits::default()
            },
            Host::Apache => Limits::default(),
        }
    }

    /// Why `--precompress` is refused for this host, if it is.
    pub fn refuses_precompress(self) -> Option<String> {
        self.compresses().then(|| {
            format!(
                "{} compresses responses itself and serves a .gz or .br file only when that very \
                 name is requested: precompressed copies would only triple the number of files",
                self.name()
            )
        })
    }
}

/// Security headers every response gets. The pages load only their own CSS, JS and
/// images; the JSON-LD block is data, not script.
pub const SECURITY: &[(&str, &str)] = &[
    (
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("X-Frame-Options", "DENY"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=()",
    ),
];

/// Pages, sitemaps and the open data change with every content edit: a browser may keep
/// them but asks again each time (a cheap `304` with the host's `ETag`). They must never be
/// kept longer: a stale page would name assets the new deployment no longer has.
pub const CACHE_PAGES: &str = "public, max-age=0, must-revalidate";
/// Files of `static/` carry a digest of their bytes in their name: a new version is a new
/// name, so a browser may keep each one for a year without asking.
pub const CACHE_ASSETS: &str = "public, max-age=31536000, immutable";
/// The open data is meant for other sites' tools and pages too.
pub const CORS: (&str, &str) = ("Access-Control-Allow-Origin", "*");

/// Cloudflare Pages reads at most 2,000 static rules from `_redirects`, and silently drops
/// what lies beyond its first 100 KB.
const CLOUDFLARE_REDIRECTS: (usize, usize) = (2_000, 100_000);

/// The files for `host`: `(site-relative name, contents)`. `root_files` are the files the
/// site has at its top level (besides the chooser page), which need a rule of their own
/// where rules cannot exclude the static folder; `aliases` are site-relative paths readers
/// type for a page (`en/sip/486/`) and the page's path, redirected where the host can.
pub fn files(
    host: Host,
    base: &BaseUrl,
    locales: &[String],
    root_files: &[String],
    aliases: &[(String, String)],
) -> Vec<(String, String)> {
    match host {
        Host::Netlify => vec![
            ("_redirects".into(), redirects(base, locales, aliases, true)),
            ("_headers".into(), headers(base, locales, root_files)),
        ],
        Host::Cloudflare => {
            let mut out = vec![("_headers".into(), headers(base, locales, root_files))];
            // Pages serves the nearest 404.html by itself; the file is only for the aliases,
            // and only while it stays within what Pages reads (beyond, the 404 page's script
            // still resolves them).
            let rules = redirects(base, locales, aliases, false);
            let (max_rules, max_bytes) = CLOUDFLARE_REDIRECTS;
            if !aliases.is_empty() && aliases.len() <= max_rules && rules.len() <= max_bytes {
                out.push(("_redirects".into(), rules));
            }
            out
        }
        Host::Github => vec![(".nojekyll".into(), String::new())],
        Host::Apache => {
            let mut root = htaccess(&base.link(HOST_404), true);
            if !aliases.is_empty() {
                root.push_str("<IfModule mod_alias.c>\n");
                // One rule takes an alias with and without its final slash.
                let mut seen = std::collections::BTreeSet::new();
                for (from, to) in aliases {
                    let from = base.link(from);
                    let from = from.trim_end_matches('/').to_string();
                    if !seen.insert(from.clone()) {
                        continue;
                    }
                    // Anchored, so that `/en/sip/486` does not also catch `/en/sip/486-busy-here/`.
                    root.push_str(&format!(
                        "  RedirectMatch 301 ^{}/?$ {}\n",
                        regex_literal(&from),
                        base.link(to)
                    ));
                }
                root.push_str("</IfModule>\n");
            }
            let mut out = vec![(".htaccess".into(), root)];
            for l in locales {
                // In the locale's folder, so that it covers every page of the locale.
                out.push((
                    [&plan::home_path(l), ".htaccess"].concat(),
                    htaccess(&base.link(&plan::not_found_path(l)), false),
                ));
            }
            out
        }
    }
}

/// `_redirects` (Netlify, Cloudflare Pages): the aliases first (the first rule that matches
/// wins), then, where the host needs it, each locale's 404 page for its unknown paths.
fn redirects(
    base: &BaseUrl,
    locales: &[String],
    aliases: &[(String, String)],
    not_found: bool,
) -> String {
    let mut s = String::from("# Written by sipvs. Addresses readers type for a code: its page.\n");
    for (from, to) in aliases {
        s.push_str(&format!("{}  {}  301\n", base.link(from), base.link(to)));
    }
    if not_found {
        s.push_str("# Unknown paths under a locale get that locale's 404 page.\n");
        for l in locales {
            let home = base.link(&plan::home_path(l));
            let not_found = base.link(&plan::not_found_path(l));
            s.push_str(&format!("{home}*  {not_found}  404\n"));
        }
        s.push_str(&format!("{}*  {}  404\n", base.path, base.link(HOST_404)));
    }
    s
}

/// `text` as a literal in an Apache regular expression.
fn regex_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if r"\.+*?()[]{}|^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `_headers` (Netlify, Cloudflare Pages). Both apply every rule whose path matches and
/// join the values of a header set by two of them, so each path must match exactly one rule
/// that sets `Cache-Control`: the static folder, each locale's folder and each top-level file
/// have one each, and only the security headers use the catch-all.
fn headers(base: &BaseUrl, locales: &[String], root_files: &[String]) -> String {
    let p = &base.path;
    let mut s = format!("# Security headers for every response (written by sipvs).\n{p}*\n");
    for (k, v) in SECURITY {
        s.push_str(&format!("  {k}: {v}\n"));
    }
    s.push_str(&format!(
        "\n# Assets: the name changes with the bytes.\n{p}{STATIC_DIR}/*\n  Cache-Control: {CACHE_ASSETS}\n"
    ));
    s.push_str("\n# Pages, sitemaps and data: asked for again on every visit.\n");
    let mut paths = vec![p.to_string()];
    paths.extend(
        locales
            .iter()
            .map(|l| [p, &plan::home_path(l), "*"].concat()),
    );
    paths.extend(root_files.iter().map(|f| [p, f.as_str()].concat()));
    for path in paths {
        s.push_str(&format!("{path}\n  Cache-Control: {CACHE_PAGES}\n"));
    }
    s.push_str("\n# The open data, for tools on other sites.\n");
    for l in locales {
        s.push_str(&format!(
            "{p}{}\n  {}: {}\n",
            plan::data_path(l),
            CORS.0,
            CORS.1
        ));
    }
    s
}

/// `.htaccess`: Apache merges the folder's `Header set` with the `<FilesMatch>` below it in
/// that order, and `set` replaces, so every path gets one `Cache-Control`.
fn htaccess(not_found: &str, root: bool) -> String {
    let mut s = format!(
        "# Written by sipvs. Needs AllowOverride FileInfo.\nErrorDocument 404 {not_found}\n"
    );
    if root {
        s.push_str("<IfModule mod_headers.c>\n");
        for (k, v) in SECURITY {
            s.push_str(&format!("  Header always set {k} \"{v}\"\n"));
        }
        s.push_str(&format!("  Header set Cache-Control \"{CACHE_PAGES}\"\n"));
        // A digest of `DIGEST_LEN` hex digits before the extension (and a precompressed
        // copy's `.gz`/`.br`): only static files have one.
        s.push_str(&format!(
            "  <FilesMatch \"\\.[0-9a-f]{{{}}}(\\.[A-Za-z0-9]+)?(\\.gz|\\.br)?$\">\n    Header set Cache-Control \"{CACHE_ASSETS}\"\n  </FilesMatch>\n",
            crate::load::site::DIGEST_LEN
        ));
        s.push_str(&format!(
            "  <Files \"{}\">\n    Header set {} \"{}\"\n  </Files>\n",
            plan::data_path("").rsplit('/').next().unwrap_or_default(),
            CORS.0,
            CORS.1
        ));
        s.push_str(
            "</IfModule>\n<IfModule mod_mime.c>\n  AddType application/xml .xml\n</IfModule>\n",
        );
    }
    s
}

/// What a built site amounts to, for the limits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Measured {
    /// Files.
    pub files: u64,
    /// Bytes of all files.
    pub total_bytes: u64,
    /// The largest file (site-relative) and its size.
    pub largest: (String, u64),
    /// The folder with the most entries (site-relative, `""` for the top) and how many.
    pub fullest: (String, u64),
}

/// Measure the site in `dir`.
pub fn measure(dir: &Path) -> Measured {
    let mut m = Measured::default();
    let mut folders: BTreeMap<String, u64> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .flatten()
    {
        let rel = entry
            .path()
            .strip_prefix(dir)
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let parent = rel.rsplit_once('/').map_or("", |(p, _)| p).to_string();
        *folders.entry(parent).or_default() += 1;
        if entry.file_type().is_file() {
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            m.files += 1;
            m.total_bytes += size;
            if size > m.largest.1 || m.largest.0.is_empty() {
                m.largest = (rel, size);
            }
        }
    }
    if let Some((folder, n)) = folders
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
    {
        m.fullest = (folder, n);
    }
    m
}

/// Every limit of `host` (with `limits` in force) that `site` exceeds, as errors on the
/// output folder `shown`.
pub fn over_limits(host: Host, limits: &Limits, site: &Measured, shown: &Path) -> Vec<Diagnostic> {
    let name = host.name();
    let mut out = Vec::new();
    if let Some(max) = limits.files.filter(|&max| site.files > max) {
        out.push(too_many_files(host, max, site.files, shown));
    }
    if let Some(max) = limits.file_bytes.filter(|&max| site.largest.1 > max) {
        out.push(
            Diagnostic::error(
                shown,
                format!(
                    "{} is {} bytes; {name} accepts files of at most {max} bytes",
                    site.largest.0, site.largest.1
                ),
            )
            .hint("make the file smaller, or leave it out of static/"),
        );
    }
    if let Some(max) = limits.total_bytes.filter(|&max| site.total_bytes > max) {
        out.push(
            Diagnostic::error(
                shown,
                format!(
                    "the site is {} bytes; {name} publishes sites of at most {max} bytes",
                    site.total_bytes
                ),
            )
            .hint("publish fewer locales, or choose a host without this limit"),
        );
    }
    if let Some(max) = limits.folder_entries.filter(|&max| site.fullest.1 > max) {
        let folder = if site.fullest.0.is_empty() {
            "the top folder".to_string()
        } else {
            format!("{}/", site.fullest.0)
        };
        out.push(
            Diagnostic::error(
                shown,
                format!(
                    "{folder} holds {} entries; {name} accepts at most {max} in one folder",
                    site.fullest.1
                ),
            )
            .hint("publish fewer codes or locales"),
        );
    }
    out
}

/// The error for a site of `files` files where `host` takes `max`.
pub fn too_many_files(host: Host, max: u64, files: u64, shown: &Path) -> Diagnostic {
    let hint = match host {
        Host::Cloudflare => {
            "Cloudflare's paid plans take 100,000 files per site: pass --max-files 100000 if yours \
             is one; otherwise publish fewer locales or choose another host"
        }
        _ => "publish fewer locales or codes, or choose another host",
    };
    // A limit other than the host's own is the one `--max-files` set.
    let limit = if host.limits().files == Some(max) {
        format!("{} accepts at most {max} per deployment", host.name())
    } else {
        format!("--max-files allows at most {max} for {}", host.name())
    };
    Diagnostic::error(shown, format!("the site would have {files} files; {limit}")).hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule_values<'a>(headers: &'a str, path: &str, name: &str) -> Vec<&'a str> {
        // The matching both hosts document: a rule's path matches itself, and a `*` at its
        // end matches any rest.
        let mut out = Vec::new();
        let mut current: Option<&str> = None;
        for line in headers.lines() {
            if line.starts_with('/') {
                current = Some(line);
            } else if let (Some(rule), Some((k, v))) = (current, line.trim().split_once(": ")) {
                let matches = match rule.strip_suffix('*') {
                    Some(prefix) => path.starts_with(prefix),
                    None => path == rule,
                };
                if matches && k == name {
                    out.push(v);
                }
            }
        }
        out
    }

    #[test]
    fn every_path_gets_one_cache_control() {
        let base = BaseUrl::parse("https://example.org/docs/").unwrap();
        let locales = ["en".to_string(), "ja".to_string()];
        let roots = ["404.html".to_string(), "robots.txt".to_string()];
        let f = files(Host::Cloudflare, &base, &locales, &roots, &[]);
        let h = &f[0].1;
        for (path, want) in [
            ("/docs/", CACHE_PAGES),
            ("/docs/404.html", CACHE_PAGES),
            ("/docs/robots.txt", CACHE_PAGES),
            ("/docs/ja/sip/486-busy-here/", CACHE_PAGES),
            ("/docs/en/sip/codes.json", CACHE_PAGES),
            ("/docs/static/site.0123456789.css", CACHE_ASSETS),
        ] {
            assert_eq!(rule_values(h, path, "Cache-Control"), [want], "{path}");
            assert_eq!(rule_values(h, path, "X-Frame-Options"), ["DENY"], "{path}");
        }
        assert_eq!(rule_values(h, "/docs/en/sip/codes.json", CORS.0), ["*"]);
        assert!(rule_values(h, "/docs/en/", CORS.0).is_empty());
        assert!(!h.contains("interest-cohort"));
    }

    #[test]
    fn netlify_sends_each_locale_to_its_404() {
        let base = BaseUrl::parse("https://example.org/docs/").unwrap();
        let aliases = [(
            "ja/sip/486/".to_string(),
            "ja/sip/486-busy-here/".to_string(),
        )];
        let f = files(
            Host::Netlify,
            &base,
            &["en".into(), "ja".into()],
            &[],
            &aliases,
        );
        let redirects = &f.iter().find(|(n, _)| n == "_redirects").unwrap().1;
        assert!(redirects.contains("/docs/ja/*  /docs/ja/404.html  404\n"));
        let alias = redirects
            .find("/docs/ja/sip/486/  /docs/ja/sip/486-busy-here/  301\n")
            .unwrap();
        assert!(
            alias < redirects.find("/docs/ja/*").unwrap(),
            "aliases first"
        );
        assert_eq!(regex_literal("/a.b/c+d"), "/a\\.b/c\\+d");
    }

    #[test]
    fn apache_redirects_each_bare_code_once_and_caches_compressed_assets_long() {
        let base = BaseUrl::parse("https://example.org/").unwrap();
        let aliases = [
            (
                "en/sip/486/".to_string(),
                "en/sip/486-busy-here/".to_string(),
            ),
            (
                "en/sip/486".to_string(),
                "en/sip/486-busy-here/".to_string(),
            ),
        ];
        let f = files(Host::Apache, &base, &["en".into()], &[], &aliases);
        let root = &f.iter().find(|(n, _)| n == ".htaccess").unwrap().1;
        let rules: Vec<&str> = root
            .lines()
            .filter(|l| l.contains("RedirectMatch"))
            .collect();
        assert_eq!(
            rules,
            ["  RedirectMatch 301 ^/en/sip/486/?$ /en/sip/486-busy-here/"]
        );
        assert!(root.contains("(\\.gz|\\.br)?$"), "{root}");
    }

    #[test]
    fn limits_name_what_is_over() {
        let site = Measured {
            files: 20_001,
            total_bytes: 1_000_000_001,
            largest: ("static/big.0123456789.png".into(), 25 * MIB + 1),
            fullest: ("en/compare/sip".into(), 54_001),
        };
        let shown = Path::new("public");
        let cf = over_limits(Host::Cloudflare, &Host::Cloudflare.limits(), &site, shown);
        assert_eq!(cf.len(), 2, "{cf:?}");
        assert!(cf[0].message.contains("20001 files") && cf[0].message.contains("20000"));
        assert!(cf[1].message.contains("static/big.0123456789.png"));
        let raised = Limits {
            files: Some(100_000),
            ..Host::Cloudflare.limits()
        };
        assert_eq!(
            over_limits(Host::Cloudflare, &raised, &site, shown).len(),
            1
        );
        let gh = over_limits(Host::Github, &Host::Github.limits(), &site, shown);
        assert!(gh.len() == 1 && gh[0].message.contains("1000000001 bytes"));
        let nf = over_limits(Host::Netlify, &Host::Netlify.limits(), &site, shown);
        assert!(nf.len() == 1 && nf[0].message.contains("en/compare/sip/ holds 54001"));
        assert!(over_limits(Host::Apache, &Host::Apache.limits(), &site, shown).is_empty());
    }

    #[test]
    fn measure_counts_files_bytes_and_entries() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
        std::fs::write(dir.path().join("a/x"), b"12345").unwrap();
        std::fs::write(dir.path().join("a/y"), b"1").unwrap();
        std::fs::write(dir.path().join("a/b/z"), b"123").unwrap();
        let m = measure(dir.path());
        assert_eq!(m.files, 3);
        assert_eq!(m.total_bytes, 9);
        assert_eq!(m.largest, ("a/x".to_string(), 5));
        assert_eq!(m.fullest, ("a".to_string(), 3));
    }
}
