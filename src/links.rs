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
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].replace("&amp;", "&"));
                rest = &rest[end..];
            }
        }
    }
    out
}

/// Every `id="…"` in `html`.
pub fn ids(html: &str) -> HashSet<&str> {
    let mut out = HashSet::new();
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        rest = &rest[i + 5..];
        if let Some(end) = rest.find('"') {
            out.insert(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out
}

/// The files of a site, to resolve links against.
pub struct Index {
    /// The site's path prefix, `/` or `/docs/sip/`.
    base_path: String,
    files: HashSet<String>,
}

impl Index {
    /// An index over site-relative file names (`en/index.html`, `static/site.css`).
    pub fn new(base_path: &str, files: impl IntoIterator<Item = String>) -> Index {
        Index {
            base_path: base_path.to_string(),
            files: files.into_iter().collect(),
        }
    }

    /// Check every internal link of one page; `page` is its site-relative file.
    pub fn check_page(&self, page: &str, html: &str) -> Vec<Broken> {
        let mut broken = Vec::new();
        let mut own_ids: Option<HashSet<&str>> = None;
        for url in extract(html) {
            let (path, fragment) = match url.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (url.as_str(), None),
            };
            let lower = path.to_ascii_lowercase();
            if lower.starts_with("http:")
                || lower.starts_with("https:")
                || lower.starts_with("mailto:")
                || path.starts_with("//")
            {
                continue; // external
            }
            let bad = |reason: String| Broken {
                page: page.to_string(),
                url: url.clone(),
                reason,
            };
            if path.is_empty() {
                if let Some(f) = fragment {
                    let ids = own_ids.get_or_insert_with(|| ids(html));
                    if !f.is_empty() && !ids.contains(f) {
                        broken.push(bad(format!("no element with id `{f}` on the page")));
                    }
                }
                continue;
            }
            let Some(site_path) = path.strip_prefix(&self.base_path) else {
                broken.push(bad(format!(
                    "points outside the site's path `{}`",
                    self.base_path
                )));
                continue;
            };
            let file = if site_path.is_empty() || site_path.ends_with('/') {
                format!("{site_path}index.html")
            } else {
                site_path.to_string()
            };
            if !self.files.contains(&file) {
                broken.push(bad(format!("no file `{file}` in the output")));
            } else if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                if file == page {
                    let ids = own_ids.get_or_insert_with(|| ids(html));
                    if !ids.contains(f) {
                        broken.push(bad(format!("no element with id `{f}` on the page")));
                    }
                }
                // Fragments into other pages: none of our templates write them; a template
                // that starts to would need a second pass over the written files.
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
        let broken = index.check_page("en/index.html", html);
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
