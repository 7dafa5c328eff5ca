//! Optional files for particular static hosts (`--host`): rules that send unknown paths under
//! a locale to that locale's 404 page, and cache and security headers.

use crate::load::config::BaseUrl;

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
            ("_redirects".into(), redirects(p, locales)),
            ("_headers".into(), headers(p)),
        ],
        Host::Cloudflare => vec![("_headers".into(), headers(p))],
        Host::Generic => {
            let mut out = vec![(".htaccess".into(), htaccess(&format!("{p}404.html"), true))];
            for l in locales {
                out.push((
                    format!("{l}/.htaccess"),
                    htaccess(&format!("{p}{l}/404.html"), false),
                ));
            }
            out
        }
    }
}

fn redirects(p: &str, locales: &[String]) -> String {
    let mut s = String::from(
        "# Unknown paths under a locale get that locale's 404 page (written by sipvs).\n",
    );
    for l in locales {
        s.push_str(&format!("{p}{l}/*  {p}{l}/404.html  404\n"));
    }
    s.push_str(&format!("{p}*  {p}404.html  404\n"));
    s
}

fn headers(p: &str) -> String {
    let mut s = format!("# Cache and security headers (written by sipvs).\n{p}*\n");
    for (k, v) in SECURITY {
        s.push_str(&format!("  {k}: {v}\n"));
    }
    s.push_str(&format!(
        "  Cache-Control: {CACHE_HTML}\n{p}static/*\n  Cache-Control: {CACHE_STATIC}\n"
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
