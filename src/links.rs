//! Internal link checking. Every `href` and `src` a page carries that points inside the site
//! must name a file the build writes, and a `#fragment` must name an `id` on that page.
//! Pages are checked as they are rendered, against the set of files the plan will write, so
//! nothing has to be kept in memory or read back from disk.

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

/// The values of every `attr` (written as ` name="`) in `html`, in order.
fn values<'h>(html: &'h [u8], attr: &'static str) -> impl Iterator<Item = &'h str> {
    memchr::memmem::find_iter(html, attr.as_bytes()).filter_map(move |i| {
        let start = i + attr.len();
        let len = memchr::memchr(b'"', &html[start..])?;
        std::str::from_utf8(&html[start..start + len]).ok()
    })
}

/// What a site's links may point to: its files, resolved without listing its pages.
pub struct Index<'a> {
    /// The site's path prefix, `/` or `/docs/sip/`.
    base_path: String,
    /// Files other than pages (`static/site.css`, `404.html`), site-relative.
    files: rustc_hash::FxHashSet<String>,
    /// Whether a site-relative path (`en/`, `en/index.html`) is a page the build writes.
    /// The plan answers this by parsing the path, so the index takes the same few bytes for
    /// a site of 14,000 pages or of 225,000.
    is_page: Box<dyn Fn(&str) -> bool + Sync + 'a>,
}

impl<'a> Index<'a> {
    /// An index over site-relative file names (`static/site.css`) and the pages `is_page`
    /// recognizes.
    pub fn new(
        base_path: &str,
        files: impl IntoIterator<Item = String>,
        is_page: impl Fn(&str) -> bool + Sync + 'a,
    ) -> Index<'a> {
        Index {
            base_path: base_path.to_string(),
            files: files.into_iter().collect(),
            is_page: Box::new(is_page),
        }
    }

    fn exists(&self, rel: &str) -> bool {
        self.files.contains(rel) || (self.is_page)(rel)
    }

    /// Check every internal link of one page; `page` is its site-relative file. Links are
    /// looked up as written, so a page's check allocates only for what is broken.
    pub fn check_page(&self, page: &str, html: &[u8]) -> Vec<Broken> {
        // One pass over the page's quoted attributes collects both the links and the ids.
        let (mut links, mut ids) = (Vec::new(), Vec::new());
        for i in memchr::memchr_iter(b'=', html) {
            if html.get(i + 1) != Some(&b'"') {
                continue;
            }
            let name = &html[..i];
            let list = if name.ends_with(b" href") || name.ends_with(b" src") {
                &mut links
            } else if name.ends_with(b" id") {
                &mut ids
            } else {
                continue;
            };
            let start = i + 2;
            // Validating the short values is much cheaper than validating the whole page.
            if let Some(len) = memchr::memchr(b'"', &html[start..])
                && let Ok(v) = std::str::from_utf8(&html[start..start + len])
            {
                list.push(v);
            }
        }
        let own_url = [self.base_path.as_str(), page].concat();
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
            if !path.is_empty() && !self.exists(&path[self.base_path.len()..]) {
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
            if let Some(f) = fragment.filter(|f| !f.is_empty() && same_page)
                && !ids.contains(&f)
            {
                broken.push(bad(format!("no element with id `{f}` on the page")));
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
        let index = Index::new("/docs/", ["static/site.css".to_string()], |p| {
            p == "en/" || p == "en/index.html"
        });
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
