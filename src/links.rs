//! Internal link checking. Every `href` and `src` a page carries that points inside the site
//! must name a file the build writes, and a `#fragment` must name an `id` on that page.
//! Pages are checked as they are rendered, against the set of files the plan will write, so
//! nothing has to be kept in memory or read back from disk.

use std::collections::HashSet;

/// A link that does not resolve.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Broken {
    /// The page the link is on (site-relative file).
    pub page: String,
    /// The link as written.
    pub url: String,
    /// Why it does not resolve.
    pub reason: String,
}

/// Every `href="…"` and `src="…"` value in `html`, entity-decoded for `&amp;`.
pub fn extract(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in [" href=\"", " src=\""] {
        out.extend(values(html.as_bytes(), attr).map(|v| v.replace("&amp;", "&")));
    }
    out
}

/// Every `id="…"` in `html`.
pub fn ids(html: &[u8]) -> HashSet<&str> {
    values(html, " id=\"").collect()
}

/// The values of every `attr` (written as ` name="`) in `html`, in order.
fn values<'h>(html: &'h [u8], attr: &'static str) -> impl Iterator<Item = &'h str> {
    memchr::memmem::find_iter(html, attr.as_bytes()).filter_map(move |i| {
        let start = i + attr.len();
        let len = memchr::memchr(b'"', &html[start..])?;
        std::str::from_utf8(&html[start..start + len]).ok()
    })
}

/// The hash of `prefix` followed by `rest`, as one string.
fn url_hash(prefix: &str, rest: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = std::hash::DefaultHasher::new();
    h.write(prefix.as_bytes());
    h.write(rest.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

/// The files of a site, to resolve links against.
pub struct Index {
    /// The site's path prefix, `/` or `/docs/sip/`.
    base_path: String,
    /// Every root-relative URL that names a file (`/en/index.html` and `/en/`), kept as a
    /// 64-bit SipHash of the URL: the index of a 225,000-page site then takes a few MB, and
    /// a broken link that collides with a real one has odds of about 1 in 10^13.
    targets: rustc_hash::FxHashSet<u64>,
}

impl Index {
    /// An index over site-relative file names (`en/index.html`, `static/site.css`).
    pub fn new(base_path: &str, files: impl IntoIterator<Item = String>) -> Index {
        let mut targets = rustc_hash::FxHashSet::default();
        for f in files {
            if let Some(dir) = f.strip_suffix("index.html") {
                targets.insert(url_hash(base_path, dir));
            }
            targets.insert(url_hash(base_path, &f));
        }
        Index {
            base_path: base_path.to_string(),
            targets,
        }
    }

    /// Check every internal link of one page; `page` is its site-relative file. Links are
    /// looked up as written, so a page's check allocates only for what is broken.
    pub fn check_page(&self, page: &str, html: &[u8]) -> Vec<Broken> {
        // Three fast substring scans; scanning every `="` instead would also visit the
        // hundreds of attributes of the call-flow SVGs.
        let links: Vec<&str> = values(html, " href=\"")
            .chain(values(html, " src=\""))
            .collect();
        let mut ids: Option<HashSet<&str>> = None;
        let own_url = format!("{}{}", self.base_path, page);
        let mut broken = Vec::new();
        for raw in links {
            let decoded;
            let url = if raw.contains('&') {
                decoded = raw.replace("&amp;", "&");
                decoded.as_str()
            } else {
                raw
            };
            let (path, fragment) = match url.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (url, None),
            };
            if path.starts_with("//")
                || path
                    .split_once(':')
                    .is_some_and(|(scheme, _)| !scheme.contains('/'))
            {
                continue; // external (http:, https:, mailto: …)
            }
            let bad = |reason: String| Broken {
                page: page.to_string(),
                url: url.to_string(),
                reason,
            };
            if !path.is_empty() && !path.starts_with(&self.base_path) {
                broken.push(bad(format!(
                    "points outside the site's path `{}`",
                    self.base_path
                )));
                continue;
            }
            if !path.is_empty() && !self.targets.contains(&url_hash("", path)) {
                let file = &path[self.base_path.len()..];
                let file = if file.is_empty() || file.ends_with('/') {
                    format!("{file}index.html")
                } else {
                    file.to_string()
                };
                broken.push(bad(format!("no file `{file}` in the output")));
                continue;
            }
            let same_page = path.is_empty()
                || path == own_url
                || own_url.strip_suffix("index.html") == Some(path);
            // Fragments into other pages: none of our templates write them; a template
            // that starts to would need a second pass over the written files.
            if let Some(f) = fragment.filter(|f| !f.is_empty() && same_page) {
                if !ids
                    .get_or_insert_with(|| values(html, " id=\"").collect())
                    .contains(f)
                {
                    broken.push(bad(format!("no element with id `{f}` on the page")));
                }
            }
        }
        broken
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_broken_files_and_fragments() {
        let index = Index::new(
            "/docs/",
            ["en/index.html".to_string(), "static/site.css".to_string()],
        );
        let html = r##"<a href="/docs/en/">ok</a><a href="/docs/en/missing/">x</a><link href="/docs/static/site.css"><a href="#main">m</a><main id="main"></main><a href="#nope">n</a><a href="https://example.org/x">e</a><a href="/elsewhere/">o</a><img src="/docs/static/none.png">"##;
        let broken = index.check_page("en/index.html", html.as_bytes());
        let urls: Vec<&str> = broken.iter().map(|b| b.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "/docs/en/missing/",
                "#nope",
                "/elsewhere/",
                "/docs/static/none.png"
            ]
        );
    }
}
