//! Optional files for particular static hosts (`--host`): rules that send unknown paths under
//! a locale to that locale's 404 page, and cache and security headers.

use crate::load::config::BaseUrl;
use crate::load::site::STATIC_DIR;
use crate::plan::{self, HOST_404};

/// A static host sipvs can write configuration for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Host {
    /// Netlify: `_redirects` and `_headers`.
    Netlify,
    /// Cloudflare Pages: `_headers` (Pages serves the nearest `404.html` by itself).
    Cloudflare,
    /// Apache and compatible servers: `.htaccess` files.
    Generic,
}

/// Security headers every page gets. The pages load only their own CSS, JS and icon; the
/// JSON-LD block is data, not script.
const SECURITY: &[(&str, &str)] = &[
    (
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("X-Frame-Options", "DENY"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    ),
];

/// HTML changes with every content edit: revalidate. Assets are not fingerprinted, so they
/// get a day, not a year.
const CACHE_HTML: &str = "public, max-age=0, must-revalidate";
const CACHE_STATIC: &str = "public, max-age=86400";

/// The files for `host`: `(site-relative name, contents)`.
pub fn files(host: Host, base: &BaseUrl, locales: &[String]) -> Vec<(String, String)> {
    let p = &base.path;
    match host {
        Host::Netlify => vec![
            ("_redirects".into(), redirects(base, locales)),
            ("_headers".into(), headers(p)),
        ],
        Host::Cloudflare => vec![("_headers".into(), headers(p))],
        Host::Generic => {
            let mut out = vec![(".htaccess".into(), htaccess(&base.link(HOST_404), true))];
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

fn redirects(base: &BaseUrl, locales: &[String]) -> String {
    let mut s = String::from(
        "# Unknown paths under a locale get that locale's 404 page (written by sipvs).\n",
    );
    for l in locales {
        let home = base.link(&plan::home_path(l));
        let not_found = base.link(&plan::not_found_path(l));
        s.push_str(&format!("{home}*  {not_found}  404\n"));
    }
    s.push_str(&format!("{}*  {}  404\n", base.path, base.link(HOST_404)));
    s
}

fn headers(p: &str) -> String {
    let mut s = format!("# Cache and security headers (written by sipvs).\n{p}*\n");
    for (k, v) in SECURITY {
        s.push_str(&format!("  {k}: {v}\n"));
    }
    s.push_str(&format!(
        "  Cache-Control: {CACHE_HTML}\n{p}{STATIC_DIR}/*\n  Cache-Control: {CACHE_STATIC}\n"
    ));
    s
}

fn htaccess(not_found: &str, root: bool) -> String {
    let mut s = format!("# Written by sipvs.\nErrorDocument 404 {not_found}\n");
    if root {
        s.push_str("<IfModule mod_headers.c>\n");
        for (k, v) in SECURITY {
            s.push_str(&format!("  Header always set {k} \"{v}\"\n"));
        }
        s.push_str(&format!("  Header set Cache-Control \"{CACHE_HTML}\"\n"));
        s.push_str(&format!("  <FilesMatch \"\\.(css|js|svg)$\">\n    Header set Cache-Control \"{CACHE_STATIC}\"\n  </FilesMatch>\n"));
        s.push_str(
            "</IfModule>\n<IfModule mod_mime.c>\n  AddType application/xml .xml\n</IfModule>\n",
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn netlify_sends_each_locale_to_its_404() {
        let base = BaseUrl::parse("https://example.org/docs/").unwrap();
        let f = files(Host::Netlify, &base, &["en".into(), "ja".into()]);
        let redirects = &f.iter().find(|(n, _)| n == "_redirects").unwrap().1;
        assert!(redirects.contains("/docs/ja/*  /docs/ja/404.html  404\n"));
        let headers = &f.iter().find(|(n, _)| n == "_headers").unwrap().1;
        assert!(
            headers.starts_with("# Cache")
                && headers.contains("\n/docs/*\n  Content-Security-Policy:")
        );
    }
}
