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
    /// Locales to publish, in the order the language switcher lists them.
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
    /// Parse an absolute `http(s)` URL; the message says what is expected.
    pub fn parse(url: &str) -> std::result::Result<BaseUrl, String> {
        let rest = url
            .strip_prefix("https://")
            .map(|r| ("https://", r))
            .or_else(|| url.strip_prefix("http://").map(|r| ("http://", r)));
        let Some((scheme, rest)) = rest else {
            return Err(format!(
                "base URL `{url}` is not an absolute http(s) URL; expected e.g. `https://example.org/docs/sip/`"
            ));
        };
        let (host, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if host.is_empty() || path.contains(['?', '#']) || host.contains(['?', '#', ' ']) {
            return Err(format!(
                "base URL `{url}` must have a host and no query or fragment"
            ));
        }
        let mut path = path.to_string();
        if !path.ends_with('/') {
            path.push('/');
        }
        Ok(BaseUrl {
            origin: format!("{scheme}{host}"),
            path,
        })
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

impl Config {
    /// Read and validate `sipvs.toml` in `root`; `base_url` overrides the file's.
    pub fn load(root: &Path, base_url: Option<&str>) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        let display = Path::new(CONFIG_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Error::one(
                Diagnostic::error(display, format!("cannot read the site configuration: {e}"))
                    .hint("run sipvs in the project root, or pass --root DIR"),
            )
        })?;
        let mut config: Config = crate::catalog::parse_toml(display, &text)?;
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
            if l.parse::<unic_langid::LanguageIdentifier>().is_err() || l.contains(['/', '\\', '.'])
            {
                problems.push(
                    Diagnostic::error(display, format!("`{l}` is not a language tag"))
                        .hint("use a BCP 47 tag such as `de` or `pt-BR`"),
                );
            }
            if !seen.insert(l) {
                problems.push(Diagnostic::error(
                    display,
                    format!("locale `{l}` is listed twice"),
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
    }
}
