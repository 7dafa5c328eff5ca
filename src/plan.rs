//! The plan: every page the site has, and the one function that gives each page its URL.
//! Pure data, no I/O.

use crate::catalog::{Catalog, Code};

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PageKind {
    /// `/`: the language chooser.
    Chooser,
    /// `/<lang>/`: every code, the picker.
    Home,
    /// `/<lang>/sip/<code>-<slug>/`: one code (index into the catalog).
    Code(usize),
    /// `/<lang>/compare/sip/<a>-…-vs-<b>-…/`: an unordered pair, `a < b` (catalog indices).
    Compare(usize, usize),
    /// `/<lang>/404.html`.
    NotFound,
}

/// One page to produce: what it shows and in which locale (index into the locale list;
/// the chooser has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Page {
    /// The locale, or `None` for locale-neutral pages.
    pub locale: Option<usize>,
    /// What it shows.
    pub kind: PageKind,
}

/// The site-relative path of a page: `""` for the root, otherwise a directory ending in `/`
/// or a file name. Templates, sitemaps, alternates and the link checker all use this.
pub fn path(catalog: &Catalog, lang: Option<&str>, kind: PageKind) -> String {
    let codes = catalog.codes();
    let lang = lang.unwrap_or_default();
    match kind {
        PageKind::Chooser => String::new(),
        PageKind::Home => format!("{lang}/"),
        PageKind::Code(i) => code_path(lang, &codes[i]),
        PageKind::Compare(a, b) => compare_path(lang, &codes[a], &codes[b]),
        PageKind::NotFound => format!("{lang}/404.html"),
    }
}

/// `<lang>/sip/<code>-<slug>/`.
pub fn code_path(lang: &str, code: &Code) -> String {
    format!("{lang}/sip/{}/", code.url_name())
}

/// `<lang>/compare/sip/<a>-<slug>-vs-<b>-<slug>/`, always lower code first.
pub fn compare_path(lang: &str, a: &Code, b: &Code) -> String {
    let (lo, hi) = if a.code <= b.code { (a, b) } else { (b, a) };
    format!("{lang}/compare/sip/{}-vs-{}/", lo.url_name(), hi.url_name())
}

/// Every page of the site, in a fixed order: the chooser, then per locale its home, code
/// pages, comparison pages (each unordered pair once) and 404 page.
pub fn pages(catalog: &Catalog, locales: usize) -> Vec<Page> {
    let n = catalog.codes().len();
    let mut pages = Vec::with_capacity(1 + locales * (2 + n + n * n.saturating_sub(1) / 2));
    pages.push(Page {
        locale: None,
        kind: PageKind::Chooser,
    });
    for l in 0..locales {
        let locale = Some(l);
        pages.push(Page {
            locale,
            kind: PageKind::Home,
        });
        pages.extend((0..n).map(|i| Page {
            locale,
            kind: PageKind::Code(i),
        }));
        for a in 0..n {
            pages.extend((a + 1..n).map(|b| Page {
                locale,
                kind: PageKind::Compare(a, b),
            }));
        }
        pages.push(Page {
            locale,
            kind: PageKind::NotFound,
        });
    }
    pages
}

/// The comparisons to suggest on a pair's page: each code with the codes it is most often
/// confused with, then with its class neighbours, without the pair itself; at most `limit`.
pub fn related(catalog: &Catalog, a: usize, b: usize, limit: usize) -> Vec<(usize, usize)> {
    let codes = catalog.codes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let push = |x: usize, y: usize, out: &mut Vec<(usize, usize)>| {
        let pair = (x.min(y), x.max(y));
        if x != y && pair != (a.min(b), a.max(b)) && !out.contains(&pair) && out.len() < limit {
            out.push(pair);
        }
    };
    let confused = |i: usize| {
        codes[i]
            .confused_with
            .iter()
            .filter_map(|c| catalog.position(*c))
            .collect::<Vec<_>>()
    };
    let (ca, cb) = (confused(a), confused(b));
    // Interleave so both codes get their most confused partners first.
    for k in 0..ca.len().max(cb.len()) {
        if let Some(&x) = ca.get(k) {
            push(a, x, &mut out);
        }
        if let Some(&y) = cb.get(k) {
            push(b, y, &mut out);
        }
    }
    // Then the other code of each pair's class neighbours.
    for &i in &[a, b] {
        for j in [i.wrapping_sub(1), i + 1] {
            if j < codes.len() && codes[j].class() == codes[i].class() {
                push(i, j, &mut out);
            }
        }
    }
    out
}

/// Codes to list on a code page under "compare with": most confused first (in record
/// order, then codes that name this one), then every other code ascending.
pub fn compare_with(catalog: &Catalog, i: usize) -> (Vec<usize>, Vec<usize>) {
    let codes = catalog.codes();
    let me = codes[i].code;
    let mut first: Vec<usize> = codes[i]
        .confused_with
        .iter()
        .filter_map(|c| catalog.position(*c))
        .collect();
    for (j, c) in codes.iter().enumerate() {
        if j != i && c.confused_with.contains(&me) && !first.contains(&j) {
            first.push(j);
        }
    }
    let rest = (0..codes.len())
        .filter(|j| *j != i && !first.contains(j))
        .collect();
    (first, rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::test_code;

    fn catalog() -> Catalog {
        Catalog::from_codes(vec![
            test_code(302, "Moved Temporarily", &[487]),
            test_code(487, "Request Terminated", &[]),
            test_code(486, "Busy Here", &[487]),
        ])
    }

    #[test]
    fn compare_path_is_unordered() {
        let c = catalog();
        let (a, b) = (c.get(302).unwrap(), c.get(487).unwrap());
        assert_eq!(compare_path("en", a, b), compare_path("en", b, a));
        assert_eq!(
            compare_path("en", b, a),
            "en/compare/sip/302-moved-temporarily-vs-487-request-terminated/"
        );
    }

    #[test]
    fn every_unordered_pair_once() {
        let c = catalog();
        let pages = pages(&c, 2);
        let compares = pages
            .iter()
            .filter(|p| matches!(p.kind, PageKind::Compare(..)))
            .count();
        assert_eq!(compares, 2 * 3);
        assert!(pages.iter().all(|p| match p.kind {
            PageKind::Compare(a, b) => a < b,
            _ => true,
        }));
        assert_eq!(pages.len(), 1 + 2 * (1 + 3 + 3 + 1));
    }

    #[test]
    fn compare_with_puts_confused_first() {
        let c = catalog();
        let i = c.position(487).unwrap();
        let (first, rest) = compare_with(&c, i);
        let codes: Vec<u16> = first.iter().map(|&j| c.codes()[j].code).collect();
        assert_eq!(codes, [302, 486]);
        assert!(rest.is_empty());
    }
}
