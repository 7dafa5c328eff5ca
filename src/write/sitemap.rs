//! `sitemap.xml` (an index of per-locale sitemaps, each URL with its `hreflang` alternates and
//! `x-default`) and `robots.txt`.

use std::io::Write;

use crate::load::config::BaseUrl;
use crate::load::markdown::escape;

/// Most URLs in one sitemap file (the protocol's limit is 50,000).
pub const MAX_URLS: usize = 45_000;

/// Write one sitemap file: one `<url>` per page, each page given as its URL in every
/// locale (`(hreflang, absolute URL)`, locale order); `locale` picks the page's own URL.
pub fn write_urlset(
    w: &mut dyn Write,
    locale: usize,
    pages: impl Iterator<Item = Vec<(String, String)>>,
    x_default: &str,
) -> std::io::Result<()> {
    let x_default = escape(x_default);
    w.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n")?;
    for alternates in pages {
        write!(w, "<url><loc>{}</loc>", escape(&alternates[locale].1))?;
        for (l, href) in &alternates {
            write!(
                w,
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                escape(l),
                escape(href)
            )?;
        }
        writeln!(
            w,
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{x_default}\"/></url>"
        )?;
    }
    w.write_all(b"</urlset>\n")
}

/// The file names of a locale's sitemaps for `count` pages, split before [`MAX_URLS`].
pub fn file_names(lang: &str, count: usize) -> Vec<String> {
    let files = count.div_ceil(MAX_URLS).max(1);
    if files == 1 {
        vec![format!("sitemap-{lang}.xml")]
    } else {
        (1..=files)
            .map(|i| format!("sitemap-{lang}-{i}.xml"))
            .collect()
    }
}

/// The sitemap index naming every per-locale file.
pub fn index(base: &BaseUrl, files: &[String]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for f in files {
        xml.push_str(&format!(
            "<sitemap><loc>{}</loc></sitemap>\n",
            escape(&base.absolute(f))
        ));
    }
    xml.push_str("</sitemapindex>\n");
    xml
}

/// `robots.txt`: everything allowed, the sitemap index named absolutely.
pub fn robots(base: &BaseUrl) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        base.absolute("sitemap.xml")
    )
}
