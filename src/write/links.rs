//! Internal link checking. Every `href` and `src` a page carries that points inside the site
//! must name a file the build writes, and a `#fragment` must name an `id` on the page it
//! points to — the page itself or another one.
//!
//! Pages are read with lol_html, a real HTML tokenizer, so links are seen as a browser sees
//! them: any quoting, any white space between attributes, character references decoded.
//! Files are resolved against the set the plan writes, so no page is kept in memory or read
//! back from disk; what fragments into other pages need is kept in [`Anchors`].

use std::collections::{BTreeMap, BTreeSet};
use std::hash::BuildHasher;

use rustc_hash::FxHashMap;

use crate::plan::{self, Page};

/// A link that does not resolve.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Broken {
    /// The page the link is on (site-relative file).
    pub page: String,
    /// The link as written, character references decoded.
    pub url: String,
    /// Why it does not resolve.
    pub reason: String,
}

/// What a page links to and which ids it has, as a browser reads them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Scan {
    /// Every `href` and `src` value, decoded, in document order.
    pub links: Vec<String>,
    /// Every `id` value, in document order.
    pub ids: Vec<String>,
}

/// How pages are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// lol_html, a real HTML tokenizer: links as a browser reads them, in any syntax.
    Tokenizer,
    /// Both readers, every link either one sees: what `sipvs check` uses, so that it fails
    /// on every link `build` (which reads [`Reader::Quoted`]) fails on, and on every link a
    /// browser follows.
    Both,
    /// A scan for ` href="`, ` src="` and ` id="`: the form sipvs's templates, Markdown and
    /// diagrams write. What `build` and `serve` use, because the tokenizer is the most
    /// expensive step of a build: measured on the bundled site (14,261 pages, 2 cores),
    /// 1.2 s of CPU for the whole build with this scan, 3.2 s with the tokenizer. A link
    /// in another syntax in a custom template is missed here and caught by `check`; a test
    /// asserts that both readers agree on every page of the bundled site.
    Quoted,
}

/// Read the links and ids of one page.
pub fn read(html: &[u8], reader: Reader) -> Scan {
    match reader {
        Reader::Tokenizer => scan(html),
        Reader::Quoted => scan_quoted(html),
        Reader::Both => {
            let (mut a, b) = (scan(html), scan_quoted(html));
            for link in b.links {
                if !a.links.contains(&link) {
                    a.links.push(link);
                }
            }
            // An id only the quoted scan sees (in a comment, say) is no id to a browser:
            // the tokenizer's ids stand.
            a
        }
    }
}

/// [`Reader::Quoted`]: every ` href="…"`, ` src="…"` and ` id="…"`, with `&amp;` decoded.
pub fn scan_quoted(html: &[u8]) -> Scan {
    let mut scan = Scan::default();
    for i in memchr::memchr_iter(b'=', html) {
        if html.get(i + 1) != Some(&b'"') {
            continue;
        }
        let name = &html[..i];
        let list = if name.ends_with(b" href") || name.ends_with(b" src") {
            &mut scan.links
        } else if name.ends_with(b" id") {
            &mut scan.ids
        } else {
            continue;
        };
        let start = i + 2;
        // Validating the short values is much cheaper than validating the whole page.
        if let Some(len) = memchr::memchr(b'"', &html[start..])
            && let Ok(v) = std::str::from_utf8(&html[start..start + len])
        {
            list.push(v.replace("&amp;", "&"));
        }
    }
    scan
}

/// [`Reader::Tokenizer`]: the links and ids of one page as a browser reads them.
pub fn scan(html: &[u8]) -> Scan {
    use lol_html::{HtmlRewriter, Settings, element};
    let mut scan = Scan::default();
    {
        let mut rewriter = HtmlRewriter::new(
            Settings::new().append_element_content_handler(element!("[href], [src], [id]", |el| {
                for attr in el.attributes() {
                    let list = match attr.name().as_str() {
                        "href" | "src" => &mut scan.links,
                        "id" => &mut scan.ids,
                        _ => continue,
                    };
                    list.push(htmlize::unescape_attribute(attr.value()).into_owned());
                }
                Ok(())
            })),
            |_: &[u8]| {},
        );
        // The handler never fails and the default settings set no memory limit, so the
        // rewriter cannot fail on any input; an error would only lose links, never pass one.
        let _ = rewriter.write(html);
        let _ = rewriter.end();
    }
    scan
}

/// Every `href` and `src` value of a page, decoded.
pub fn extract(html: &str) -> Vec<String> {
    scan(html.as_bytes()).links
}

/// What a site's links may point to: its files, resolved without listing its pages.
pub struct Index<'a> {
    /// The site's path prefix, `/` or `/docs/sip/`.
    base_path: String,
    /// Files other than pages (`static/site.css`, `404.html`), site-relative.
    files: rustc_hash::FxHashSet<String>,
    /// The page a site-relative path (`en/`, `en/index.html`) names, if the build writes
    /// it. The plan answers by parsing the path, so the index takes the same few bytes for
    /// a site of 14,000 pages or of 225,000.
    page_at: Box<PageAt<'a>>,
}

/// Which page of the plan a site-relative path names.
type PageAt<'a> = dyn Fn(&str) -> Option<Page> + Sync + 'a;

/// A link's target inside the site.
enum Target {
    /// The page the link is on.
    Same,
    /// Another page the plan writes.
    Page(Page),
    /// A file that is not a page.
    File,
}

impl<'a> Index<'a> {
    /// An index over site-relative file names (`static/site.css`) and the pages `page_at`
    /// recognizes.
    pub fn new(
        base_path: &str,
        files: impl IntoIterator<Item = String>,
        page_at: impl Fn(&str) -> Option<Page> + Sync + 'a,
    ) -> Index<'a> {
        Index {
            base_path: base_path.to_string(),
            files: files.into_iter().collect(),
            page_at: Box::new(page_at),
        }
    }

    /// Check every internal link of one page, read with `reader`: `file` is its
    /// site-relative file and `page` its place in the plan (`None` for a page outside it, such as `404.html`). Fragments
    /// into other pages and the page's ids are returned, for [`Anchors`] to check once
    /// every page is known.
    pub fn check_page(
        &self,
        file: &str,
        page: Option<Page>,
        html: &[u8],
        reader: Reader,
    ) -> (Vec<Broken>, PageAnchors) {
        let Scan { links, ids } = read(html, reader);
        let own_url = [self.base_path.as_str(), file].concat();
        let mut broken = Vec::new();
        let mut wants = Vec::new();
        for url in links {
            let (path, fragment) = match url.split_once('#') {
                Some((p, f)) => (p, Some(f)),
                None => (url.as_str(), None),
            };
            if path.starts_with("//")
                || path
                    .split_once(':')
                    .is_some_and(|(scheme, _)| !scheme.contains('/'))
            {
                continue; // external (http:, https:, mailto: …)
            }
            let bad = |reason: String| Broken {
                page: file.to_string(),
                url: url.clone(),
                reason,
            };
            let target = if path.is_empty()
                || path == own_url
                || own_url.strip_suffix("index.html") == Some(path)
            {
                Target::Same
            } else if let Some(rel) = path.strip_prefix(self.base_path.as_str()) {
                match (self.page_at)(rel) {
                    Some(p) => Target::Page(p),
                    None if self.files.contains(rel) => Target::File,
                    None => {
                        let rel = plan::file(rel);
                        broken.push(bad(format!("no file `{rel}` in the output")));
                        continue;
                    }
                }
            } else {
                broken.push(bad(format!(
                    "points outside the site's path `{}`",
                    self.base_path
                )));
                continue;
            };
            let Some(f) = fragment.filter(|f| !f.is_empty()) else {
                continue;
            };
            match target {
                Target::Same if !ids.iter().any(|id| id == f) => {
                    broken.push(bad(format!("no element with id `{f}` on the page")));
                }
                Target::Same => {}
                Target::Page(p) => wants.push((p, f.to_string())),
                Target::File => {
                    broken.push(bad(format!("`#{f}` points into a file that is not a page")));
                }
            }
        }
        let ids = fingerprints(&ids);
        (broken, PageAnchors { page, ids, wants })
    }
}

/// What one page contributes to the cross-page fragment check.
#[derive(Debug, Default)]
pub struct PageAnchors {
    page: Option<Page>,
    /// Fingerprints of its ids, sorted.
    ids: Vec<u64>,
    /// The other pages and fragments it links to.
    wants: Vec<(Page, String)>,
}

/// The ids of every page rendered so far and every fragment link into another page: what
/// the check of fragments into other pages needs once all pages are known. The preview
/// server keeps it between rebuilds and updates it with the pages it renders again.
#[derive(Debug, Default, Clone)]
pub struct Anchors {
    /// Each page's ids as an index into `sets`: pages of one kind share a template and so,
    /// mostly, one set of ids.
    ids: FxHashMap<Page, u32>,
    sets: Vec<Box<[u64]>>,
    set_index: FxHashMap<Box<[u64]>, u32>,
    /// (target page, fragment) → the pages that link there.
    wanted: BTreeMap<(Page, String), BTreeSet<Page>>,
}

/// Fingerprints of a page's ids, sorted: 64-bit hashes rather than the strings, so that a
/// site of 225,000 pages keeps a few bytes per page. Two ids colliding could only hide a
/// broken fragment, with a chance of about one in 10^18.
fn fingerprints(ids: &[String]) -> Vec<u64> {
    let mut v: Vec<u64> = ids.iter().map(|id| fingerprint(id)).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn fingerprint(id: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(id)
}

impl Anchors {
    /// Record one page (rendered again or for the first time).
    pub fn record(&mut self, a: PageAnchors) {
        let Some(page) = a.page else {
            return;
        };
        let next = self.sets.len() as u32;
        let set = *self
            .set_index
            .entry(a.ids.clone().into_boxed_slice())
            .or_insert(next);
        if set == next {
            self.sets.push(a.ids.into_boxed_slice());
        }
        // A page rendered again drops the links it had before.
        if self.ids.insert(page, set).is_some() {
            for sources in self.wanted.values_mut() {
                sources.remove(&page);
            }
            self.wanted.retain(|_, sources| !sources.is_empty());
        }
        for (target, fragment) in a.wants {
            self.wanted
                .entry((target, fragment))
                .or_default()
                .insert(page);
        }
    }

    /// Every fragment link into another page that names no id there; `file_of` names a
    /// page's file for the report. One report per target and fragment, on the first page
    /// that links there.
    pub fn broken(&self, file_of: impl Fn(Page) -> String) -> Vec<Broken> {
        let mut out = Vec::new();
        for ((target, fragment), sources) in &self.wanted {
            let found = self.ids.get(target).is_some_and(|&s| {
                self.sets[s as usize]
                    .binary_search(&fingerprint(fragment))
                    .is_ok()
            });
            if found {
                continue;
            }
            let Some(&first) = sources.iter().next() else {
                continue;
            };
            let target_file = file_of(*target);
            let others = sources.len() - 1;
            let more = if others == 0 {
                String::new()
            } else {
                format!(" (and {others} more pages link there)")
            };
            out.push(Broken {
                page: file_of(first),
                url: format!("{}#{fragment}", target_file.trim_end_matches("index.html")),
                reason: format!("no element with id `{fragment}` on `{target_file}`{more}"),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PageKind;

    fn page(i: usize) -> Page {
        Page {
            locale: Some(0),
            kind: PageKind::Code(i),
        }
    }

    fn index() -> Index<'static> {
        Index::new("/docs/", ["static/site.css".to_string()], |p| match p {
            "en/" | "en/index.html" => Some(page(0)),
            "en/b/" => Some(page(1)),
            _ => None,
        })
    }

    #[test]
    fn finds_broken_files_and_fragments() {
        let html = r##"<a href="/docs/en/">ok</a><a href="/docs/en/missing/">x</a><link href="/docs/static/site.css"><a href="#main">m</a><main id="main"></main><a href="#nope">n</a><a href="https://example.org/x">e</a><a href="/elsewhere/">o</a><img src="/docs/static/none.png">"##;
        let (broken, _) = index().check_page(
            "en/index.html",
            Some(page(0)),
            html.as_bytes(),
            Reader::Tokenizer,
        );
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

    #[test]
    fn reads_links_as_a_browser_does() {
        // Single quotes, no quotes, an attribute after a newline, upper case, a character
        // reference: all are links to a browser.
        let html = "<a class=x\n href='/docs/one/'>1</a><A HREF=/docs/two/>2</A><img\nsrc=\"/docs/t&#104;ree.png\"><p title='href=\"/docs/no/\"'>";
        let s = scan(html.as_bytes());
        assert_eq!(s.links, ["/docs/one/", "/docs/two/", "/docs/three.png"]);
        let (broken, _) =
            index().check_page("en/index.html", None, html.as_bytes(), Reader::Tokenizer);
        assert_eq!(broken.len(), 3, "{broken:?}");
    }

    #[test]
    fn checks_fragments_into_other_pages() {
        let index = index();
        let mut anchors = Anchors::default();
        let a = br##"<a href="/docs/en/b/#there">t</a><a href="/docs/en/b/#gone">g</a>"##;
        let b = br#"<h2 id="there">x</h2>"#;
        for (file, p, html) in [
            ("en/index.html", page(0), &a[..]),
            ("en/b/index.html", page(1), &b[..]),
        ] {
            let (broken, found) = index.check_page(file, Some(p), html, Reader::Tokenizer);
            assert!(broken.is_empty(), "{broken:?}");
            anchors.record(found);
        }
        let file_of = |p: Page| match p.kind {
            PageKind::Code(0) => "en/index.html".to_string(),
            _ => "en/b/index.html".to_string(),
        };
        let broken = anchors.broken(file_of);
        assert_eq!(broken.len(), 1, "{broken:?}");
        assert_eq!(broken[0].page, "en/index.html");
        assert!(broken[0].reason.contains("`gone`"), "{}", broken[0].reason);
        // The page is rendered again without the bad link: nothing is broken any more.
        let (_, found) = index.check_page(
            "en/index.html",
            Some(page(0)),
            br##"<a href="/docs/en/b/#there">t</a>"##,
            Reader::Tokenizer,
        );
        anchors.record(found);
        assert!(anchors.broken(file_of).is_empty());
    }
}
