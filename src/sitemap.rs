//! `sitemap.xml` (an index of per-locale sitemaps, each URL with its `hreflang` alternates and
//! `x-default`) and `robots.txt`.

use crate::config::BaseUrl;
use crate::markdown::escape;

/// Most URLs in one sitemap file (the protocol's limit is 50,000).
pub const MAX_URLS: usize = 45_000;

/// One page in every locale: `(hreflang, absolute URL)` per locale, in locale order.
pub type Alternates = Vec<(String, String)>;

/// The sitemap files of the locale at index `locale`: `(site-relative file name, XML)`,
/// one URL per page (its URL in that locale) with the page's alternates and `x-default`;
/// split before [`MAX_URLS`].
pub fn locale_sitemaps(
    lang: &str,
    locale: usize,
    pages: &[Alternates],
    x_default: &str,
) -> Vec<(String, String)> {
    let chunks: Vec<&[Alternates]> = pages.chunks(MAX_URLS).collect();
    let x_default = escape(x_default);
    chunks
        .iter()
        .enumerate()
        .map(|(i, chunk)| {
            let name = if chunks.len() == 1 { format!("sitemap-{lang}.xml") } else { format!("sitemap-{lang}-{}.xml", i + 1) };
            let mut xml = String::with_capacity(chunk.len() * 900);
            xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
            for alternates in *chunk {
                xml.push_str("<url><loc>");
                xml.push_str(&escape(&alternates[locale].1));
                xml.push_str("</loc>");
                for (l, href) in alternates {
                    xml.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
                    xml.push_str(&escape(l));
                    xml.push_str("\" href=\"");
                    xml.push_str(&escape(href));
                    xml.push_str("\"/>");
                }
                xml.push_str("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"");
                xml.push_str(&x_default);
                xml.push_str("\"/></url>\n");
            }
            xml.push_str("</urlset>\n");
            (name, xml)
        })
        .collect()
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
