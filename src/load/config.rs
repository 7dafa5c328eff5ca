//! The site configuration, `sipvs.toml` at the project root: where the site is published and
//! which locales it has. Adding a locale is a line here plus a folder under `locales/`.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Diagnostic, Error, Result};

/// File name of the site configuration inside the project root.
pub const CONFIG_FILE: &str = "sipvs.toml";

/// What `sipvs.toml` holds.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Absolute URL the site is published at, e.g. `https://example.org/docs/sip/`.
    pub base_url: String,
    /// Locales to publish, in the order every list of locales shows them.
    pub locales: Vec<String>,
    /// The reference locale every other one falls back to.
    #[serde(default = "default_reference")]
    pub reference_locale: String,
    /// `base_url`, parsed (after any command-line override).
    #[serde(skip)]
    pub base: BaseUrl,
}

fn default_reference() -> String {
    "en".to_string()
}

/// A base URL split into what canonical URLs and internal links need.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BaseUrl {
    /// Scheme and host, no trailing slash: `https://example.org`.
    pub origin: String,
    /// Path prefix with leading and trailing slash: `/docs/sip/` (or `/`).
    pub path: String,
}

impl BaseUrl {
    /// Parse an absolute `http(s)` URL with the `url` crate; the message says what is
    /// wrong and what is expected. Beyond what a URL may be, a base URL must be safe to print
    /// into every page and host file: no control characters or white space (a newline would
    /// add lines to `_redirects` or `.htaccess`), no user name, query or fragment, and a
    /// path of plain segments (`//evil.example/` would make every internal link point to
    /// another host; quotes and `<` would break attributes).
    pub fn parse(url: &str) -> std::result::Result<BaseUrl, String> {
        let expected = "expected an absolute http(s) URL such as `https://example.org/docs/sip/`";
        let shown = url.escape_debug().to_string();
        if let Some(c) = url.chars().find(|c| c.is_control() || c.is_whitespace()) {
            return Err(format!(
                "base URL `{shown}` contains {}; {expected}",
                if c == ' ' {
                    "a space".to_string()
                } else {
                    format!("the control character U+{:04X}", c as u32)
                }
            ));
        }
        // What the URL parser would percent-encode or drop silently is refused instead, so
        // the published URL is the one written.
        if let Some(c) = url
            .chars()
            .find(|c| !c.is_ascii() || "\"'<>\\^`{|}".contains(*c))
        {
            return Err(format!(
                "base URL `{shown}` contains `{}`; write non-ASCII and special characters percent-encoded; {expected}",
                if c.is_ascii_graphic() {
                    c.to_string()
                } else {
                    c.escape_debug().to_string()
                }
            ));
        }
        let parsed = url::Url::parse(url)
            .map_err(|e| format!("base URL `{shown}` is not a URL ({e}); {expected}"))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(format!(
                "base URL `{shown}` uses the scheme `{}`; {expected}",
                parsed.scheme()
            ));
        }
        let Some(host) = parsed.host_str().filter(|h| !h.is_empty()) else {
            return Err(format!("base URL `{shown}` has no host; {expected}"));
        };
        if !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(format!(
                "base URL `{shown}` holds a user name or password; {expected}"
            ));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(format!(
                "base URL `{shown}` has a query or fragment; {expected}"
            ));
        }
        let path = parsed.path();
        let segments: Vec<&str> = path.strip_prefix('/').unwrap_or(path).split('/').collect();
        let (last, inner) = segments.split_last().unwrap_or((&"", &[]));
        let plain = |s: &str| {
            s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b))
                && s != "."
                && s != ".."
        };
        if inner.iter().any(|s| s.is_empty() || !plain(s)) || !(last.is_empty() || plain(last)) {
            return Err(format!(
                "base URL `{shown}` has the path `{path}`; each part of the path must be letters, digits, `-`, `.`, `_` or `~`, with no empty part (`//`); {expected}"
            ));
        }
        let mut path = path.to_string();
        if !path.ends_with('/') {
            path.push('/');
        }
        let origin = match parsed.port() {
            Some(port) => format!("{}://{host}:{port}", parsed.scheme()),
            None => format!("{}://{host}", parsed.scheme()),
        };
        Ok(BaseUrl { origin, path })
    }

    /// The absolute URL of a site-relative path such as `en/sip/100-trying/`.
    pub fn absolute(&self, rel: &str) -> String {
        [self.origin.as_str(), &self.path, rel].concat()
    }

    /// The root-relative link of a site-relative path: `/docs/sip/en/`.
    pub fn link(&self, rel: &str) -> String {
        [self.path.as_str(), rel].concat()
    }
}

/// Top-level names of the output that a locale's folder would collide with.
const RESERVED: &[&str] = &["static"];

/// A locale tag as sipvs accepts it: valid BCP 47, written in canonical form (`pt-BR`, not
/// `pt_br` or `PT-BR`), and not a top-level name of the site.
pub fn check_tag(tag: &str) -> std::result::Result<(), String> {
    let shown = tag.escape_debug();
    let id: unic_langid::LanguageIdentifier = tag
        .parse()
        .map_err(|_| format!("`{shown}` is not a language tag"))?;
    let canonical = id.to_string();
    if canonical != tag {
        return Err(format!("write the locale `{shown}` as `{canonical}`"));
    }
    if RESERVED.contains(&tag) {
        return Err(format!(
            "`{tag}` cannot be a locale: the site already has a top-level `{tag}/` folder"
        ));
    }
    Ok(())
}

impl Config {
    /// Read and validate `sipvs.toml` in `root`; `base_url` overrides the file's.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        let display = Path::new(CONFIG_FILE);
        if !path.exists() {
            return Err(Error::one(
                Diagnostic::error(display, "the site configuration is missing")
                    .hint("run sipvs in the project root, or pass --root DIR"),
            ));
        }
        let text = crate::load::input::read_file(root, &path, crate::load::input::limit::CONFIG)
            .map_err(|d| Error::one(d.hint("run sipvs in the project root, or pass --root DIR")))?
            .text;
        let mut config: Config = crate::load::catalog::parse_toml(display, &text)?;
        if let Some(url) = base_url {
            config.base_url = url.to_string();
        }
        let mut problems = Vec::new();
        match BaseUrl::parse(&config.base_url) {
            Ok(base) => config.base = base,
            Err(msg) => problems.push(Diagnostic::error(display, msg)),
        }
        if config.locales.is_empty() {
            problems.push(
                Diagnostic::error(display, "no locales are listed").hint("e.g. locales = [\"en\"]"),
            );
        }
        let mut seen = std::collections::BTreeSet::new();
        for l in &config.locales {
            if let Err(msg) = check_tag(l) {
                problems.push(Diagnostic::error(display, msg).hint(
                    "use a BCP 47 tag such as `de` or `pt-BR`, written in its canonical case",
                ));
            }
            if !seen.insert(l.to_ascii_lowercase()) {
                problems.push(Diagnostic::error(
                    display,
                    format!("locale `{l}` is listed twice (tags are compared without case)"),
                ));
            }
        }
        if !config.locales.contains(&config.reference_locale) {
            problems.push(Diagnostic::error(
                display,
                format!(
                    "the reference locale `{}` is not in `locales`",
                    config.reference_locale
                ),
            ));
        }
        Error::check(problems)?;
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_root_and_subpath() {
        let b = BaseUrl::parse("https://example.org").unwrap();
        assert_eq!(b.path, "/");
        assert_eq!(b.absolute("en/"), "https://example.org/en/");
        let b = BaseUrl::parse("https://example.org/docs/sip").unwrap();
        assert_eq!(b.path, "/docs/sip/");
        assert_eq!(b.link("en/"), "/docs/sip/en/");
        assert!(BaseUrl::parse("example.org").is_err());
        assert!(BaseUrl::parse("https://example.org/?a").is_err());
        for bad in [
            "https://x.org/\nRedirect 301 / https://evil.example/",
            "https://x.org//evil.example/",
            "https://x.org/a\"b/",
            "https://x.org/a'b/",
            "https://x.org/<b>/",
            "https://user@x.org/",
            "ftp://x.org/",
            "https:///",
        ] {
            assert!(BaseUrl::parse(bad).is_err(), "{bad:?} was accepted");
        }
        let b = BaseUrl::parse("HTTP://Example.ORG:8080/a/b").unwrap();
        assert_eq!(b.absolute(""), "http://example.org:8080/a/b/");
        assert_eq!(
            BaseUrl::parse("https://x.org/a/./../b").unwrap().path,
            "/b/"
        );
    }

    #[test]
    fn locale_tags_are_canonical_and_not_reserved() {
        assert!(check_tag("pt-BR").is_ok());
        assert!(check_tag("en").is_ok());
        for bad in ["pt_BR", "EN", "static", "en/", "x"] {
            assert!(check_tag(bad).is_err(), "{bad} was accepted");
        }
    }
}
