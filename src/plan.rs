//! The plan: every page the site has, and the one function that gives each page its URL.
//! Pure data, no I/O.

use crate::load::catalog::{Catalog, Code};

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PageKind {
    /// `/`: the language chooser.
    Chooser,
    /// `/<lang>/`: every code, the picker.
    Home,
    /// `/<lang>/sip/`: every code by class, an anchor per class (the class index).
    CodeIndex,
    /// `/<lang>/compare/sip/`: the confusable pairs, and how to reach any pair.
    CompareIndex,
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

/// The host-wide not-found page: the reference locale's 404 page again at the site's root,
/// which hosts serve for any missing path outside a locale.
pub const HOST_404: &str = "404.html";

/// The site-relative path of a page: `""` for the root, otherwise a directory ending in `/`
/// or a file name. Templates, sitemaps, alternates, host files and the link checker all use
/// this (or the helpers below, which it calls).
pub fn path(catalog: &Catalog, lang: Option<&str>, kind: PageKind) -> String {
    let codes = catalog.codes();
    let lang = lang.unwrap_or_default();
    match kind {
        PageKind::Chooser => String::new(),
        PageKind::Home => home_path(lang),
        PageKind::CodeIndex => code_index_path(lang),
        PageKind::CompareIndex => compare_index_path(lang),
        PageKind::Code(i) => code_path(lang, &codes[i]),
        PageKind::Compare(a, b) => compare_path(lang, &codes[a], &codes[b]),
        PageKind::NotFound => not_found_path(lang),
    }
}

/// `<lang>/`: a locale's home, the folder every page of the locale is under.
pub fn home_path(lang: &str) -> String {
    [lang, "/"].concat()
}

/// `<lang>/sip/`: a locale's index of codes by class.
pub fn code_index_path(lang: &str) -> String {
    [lang, "/sip/"].concat()
}

/// `<lang>/compare/sip/`: a locale's index of comparisons.
pub fn compare_index_path(lang: &str) -> String {
    [lang, "/compare/sip/"].concat()
}

/// The code page path with `{name}` standing for the code's URL name: what the not-found
/// page's script fills in, like the picker's [`compare_path_template`].
pub fn code_path_template(lang: &str) -> String {
    [lang, "/sip/{name}/"].concat()
}

/// Paths a reader types or guesses that name a page without being its path: per code,
/// the bare number (`<lang>/sip/486/`) and the same without the final slash, each with the
/// code page it means. For host redirect rules; the not-found page's script resolves these
/// (and reversed pairs) on hosts without such rules.
pub fn aliases(catalog: &Catalog, lang: &str) -> Vec<(String, String)> {
    let mut out = Vec::with_capacity(catalog.codes().len() * 2);
    for code in catalog.codes() {
        let target = code_path(lang, code);
        let bare = [lang, "/sip/", &code.code.to_string()].concat();
        out.push(([bare.as_str(), "/"].concat(), target.clone()));
        out.push((bare, target));
    }
    out
}

/// `<lang>/404.html`: a locale's not-found page.
pub fn not_found_path(lang: &str) -> String {
    [lang, "/", HOST_404].concat()
}

/// The site-relative file a page path is written to: a folder's `index.html`.
pub fn file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        [path, "index.html"].concat()
    } else {
        path.to_string()
    }
}

/// `<lang>/sip/<code>-<slug>/`.
pub fn code_path(lang: &str, code: &Code) -> String {
    // Built by concatenation, not `format!`: every page builds dozens of these.
    [lang, "/sip/", code.url_name(), "/"].concat()
}

/// `<lang>/compare/sip/<a>-<slug>-vs-<b>-<slug>/`, always lower code first.
pub fn compare_path(lang: &str, a: &Code, b: &Code) -> String {
    let (lo, hi) = if a.code <= b.code { (a, b) } else { (b, a) };
    pair_path(lang, lo.url_name(), hi.url_name())
}

/// The comparison path with `{lo}` and `{hi}` standing for the URL names of the lower and
/// the higher code: what the picker on a home page fills in, so that the browser never
/// builds a URL from its own idea of the scheme. Neither a tag nor a URL name holds a brace.
pub fn compare_path_template(lang: &str) -> String {
    pair_path(lang, "{lo}", "{hi}")
}

fn pair_path(lang: &str, lo: &str, hi: &str) -> String {
    [lang, "/compare/sip/", lo, "-vs-", hi, "/"].concat()
}

/// `<lang>/sip/codes.json`: the locale's open data, every code as JSON, beside the code
/// pages it describes. Not a page: the build writes it, the home links to it.
pub fn data_path(lang: &str) -> String {
    [lang, "/sip/codes.json"].concat()
}

/// The kinds of page every locale has, in a fixed order: its home, its two index pages,
/// the code pages, the comparisons (each unordered pair once) and its 404 page (last: the
/// sitemaps list every kind but the last). Indexed rather than listed, so
/// that a build can walk a registry of any size in parallel without holding its plan.
#[derive(Debug, Clone)]
pub struct Kinds {
    codes: usize,
    /// `rows[a]`: the index, among the comparisons, of `Compare(a, a + 1)`.
    rows: Vec<usize>,
}

/// The kinds every locale has before its code pages.
const LEADING: [PageKind; 3] = [PageKind::Home, PageKind::CodeIndex, PageKind::CompareIndex];

impl Kinds {
    pub fn new(catalog: &Catalog) -> Kinds {
        let n = catalog.codes().len();
        let mut rows = Vec::with_capacity(n + 1);
        let mut at = 0;
        for a in 0..n {
            rows.push(at);
            at += n - a - 1;
        }
        rows.push(at);
        Kinds { codes: n, rows }
    }

    fn pairs(&self) -> usize {
        self.rows.last().copied().unwrap_or(0)
    }

    /// How many kinds there are: `4 + n + n(n-1)/2`.
    pub fn len(&self) -> usize {
        LEADING.len() + self.codes + self.pairs() + 1
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The `i`-th kind (`i < len()`).
    pub fn get(&self, i: usize) -> PageKind {
        if let Some(&kind) = LEADING.get(i) {
            return kind;
        }
        let i = i - LEADING.len();
        if i < self.codes {
            return PageKind::Code(i);
        }
        let j = i - self.codes;
        if j >= self.pairs() {
            return PageKind::NotFound;
        }
        // The last row starting at or before j.
        let a = self.rows.partition_point(|&start| start <= j) - 1;
        PageKind::Compare(a, a + 1 + (j - self.rows[a]))
    }

    pub fn iter(&self) -> impl Iterator<Item = PageKind> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// Every page of the site, in a fixed order: the chooser, then per locale every kind of
/// page (see [`Kinds`]). Rendering a locale's pages together keeps that locale's shared
/// views in the processor's caches: measurably faster than rendering each kind in every
/// locale in turn. Indexed, like [`Kinds`].
#[derive(Debug, Clone)]
pub struct Plan {
    kinds: Kinds,
    locales: usize,
}

impl Plan {
    pub fn new(catalog: &Catalog, locales: usize) -> Plan {
        Plan {
            kinds: Kinds::new(catalog),
            locales,
        }
    }

    /// How many pages there are.
    pub fn len(&self) -> usize {
        1 + self.locales * self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    /// The indices of locale `l`'s pages.
    pub fn locale_range(&self, l: usize) -> std::ops::Range<usize> {
        1 + l * self.kinds.len()..1 + (l + 1) * self.kinds.len()
    }

    /// The `i`-th page (`i < len()`).
    pub fn get(&self, i: usize) -> Page {
        match i.checked_sub(1) {
            None => Page {
                locale: None,
                kind: PageKind::Chooser,
            },
            Some(i) => Page {
                locale: Some(i / self.kinds.len()),
                kind: self.kinds.get(i % self.kinds.len()),
            },
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = Page> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// Every page of the site as a list (see [`Plan`]).
pub fn pages(catalog: &Catalog, locales: usize) -> Vec<Page> {
    Plan::new(catalog, locales).iter().collect()
}

/// The page a site-relative path names (the inverse of [`path`]; `index.html` may be
/// spelled out or left off), among the pages of `catalog` in locales `langs`.
pub fn parse(catalog: &Catalog, langs: &[&str], path: &str) -> Option<Page> {
    let path = match path.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => dir,
        _ => path,
    };
    if path.is_empty() {
        return Some(Page {
            locale: None,
            kind: PageKind::Chooser,
        });
    }
    let (lang, rest) = path.split_once('/')?;
    let locale = Some(langs.iter().position(|l| *l == lang)?);
    // A code's URL name starts with its number: the code whose name `text` starts with.
    let prefix = |text: &str| {
        let digits = &text[..text.find('-')?];
        let i = catalog.position(digits.parse().ok()?)?;
        text.starts_with(catalog.codes()[i].url_name()).then_some(i)
    };
    let name_len = |i: usize| catalog.codes()[i].url_name().len();
    let kind = if rest.is_empty() {
        PageKind::Home
    } else if rest == "sip/" {
        PageKind::CodeIndex
    } else if rest == "compare/sip/" {
        PageKind::CompareIndex
    } else if rest == "404.html" {
        PageKind::NotFound
    } else if let Some(name) = rest.strip_prefix("sip/").and_then(|r| r.strip_suffix('/')) {
        let i = prefix(name)?;
        (name.len() == name_len(i)).then_some(PageKind::Code(i))?
    } else {
        let pair = rest.strip_prefix("compare/sip/")?.strip_suffix('/')?;
        // The first name is known once its number is: no search for "-vs-", which a slug
        // could contain.
        let a = prefix(pair)?;
        let second = pair[name_len(a)..].strip_prefix("-vs-")?;
        let b = prefix(second)?;
        (second.len() == name_len(b) && a < b).then_some(PageKind::Compare(a, b))?
    };
    Some(Page { locale, kind })
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

/// Every unordered pair of codes that one of the two records names as confused with the
/// other, lower code first, in code order: what the index of comparisons lists first.
pub fn confused_pairs(catalog: &Catalog) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = catalog
        .codes()
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            c.confused_with
                .iter()
                .filter_map(|other| catalog.position(*other))
                .filter(move |&j| j != i)
                .map(move |j| (i.min(j), i.max(j)))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
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
    use crate::load::catalog::test_code;

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
    fn the_picker_template_gives_the_compare_path() {
        let c = catalog();
        let (a, b) = (c.get(302).unwrap(), c.get(487).unwrap());
        let filled = compare_path_template("ja")
            .replace("{lo}", a.url_name())
            .replace("{hi}", b.url_name());
        assert_eq!(filled, compare_path("ja", b, a));
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
        assert_eq!(pages.len(), 1 + 2 * (3 + 3 + 3 + 1));
    }

    #[test]
    fn kinds_are_indexed_in_plan_order() {
        let c = catalog();
        let kinds = Kinds::new(&c);
        let listed: Vec<PageKind> = kinds.iter().collect();
        let mut expected = vec![PageKind::Home, PageKind::CodeIndex, PageKind::CompareIndex];
        expected.extend((0..3).map(PageKind::Code));
        for a in 0..3 {
            expected.extend((a + 1..3).map(|b| PageKind::Compare(a, b)));
        }
        expected.push(PageKind::NotFound);
        assert_eq!(listed, expected);
        assert_eq!(kinds.len(), expected.len());
        let plan = Plan::new(&c, 2);
        let ranges: Vec<_> = (0..2).map(|l| plan.locale_range(l)).collect();
        assert_eq!(ranges[0].start, 1);
        assert_eq!(ranges[0].end, ranges[1].start);
        assert_eq!(ranges[1].end, plan.len());
        for (l, r) in ranges.into_iter().enumerate() {
            assert!(r.map(|i| plan.get(i)).all(|p| p.locale == Some(l)));
        }
    }

    #[test]
    fn parse_inverts_path_for_every_page() {
        let c = catalog();
        let langs = ["en", "ja"];
        for page in pages(&c, langs.len()) {
            let p = path(&c, page.locale.map(|l| langs[l]), page.kind);
            assert_eq!(parse(&c, &langs, &p), Some(page), "{p}");
            let written = file(&p);
            assert_eq!(parse(&c, &langs, &written), Some(page), "{written}");
        }
        for bad in [
            "de/",
            "en",
            "en/sip/302-moved/",
            "en/sip/302-moved-temporarily",
            "en/sip/999-nothing/",
            "en/compare/sip/487-request-terminated-vs-302-moved-temporarily/",
            "en/compare/sip/302-moved-temporarily-vs-302-moved-temporarily/",
            "en/compare/sip/302-moved-temporarily/",
            "en/404.htm",
            "en/x/index.html",
            "en/sip/302-moved-temporarily/x.html",
            "en/sip",
            "en/compare/",
            "en/compare/sip",
        ] {
            assert_eq!(parse(&c, &langs, bad), None, "{bad}");
        }
    }

    #[test]
    fn aliases_name_existing_code_pages() {
        let c = catalog();
        let langs = ["en"];
        let aliases = aliases(&c, "en");
        assert_eq!(aliases.len(), 2 * c.codes().len());
        assert!(aliases.contains(&(
            "en/sip/486/".to_string(),
            "en/sip/486-busy-here/".to_string()
        )));
        for (alias, target) in aliases {
            assert_eq!(parse(&c, &langs, &alias), None, "{alias} is a page itself");
            assert!(
                matches!(
                    parse(&c, &langs, &target),
                    Some(Page {
                        kind: PageKind::Code(_),
                        ..
                    })
                ),
                "{target}"
            );
        }
    }

    #[test]
    fn confused_pairs_are_unordered_and_unique() {
        let c = catalog();
        // 302 names 487, 486 names 487: two pairs, each once, lower catalog index first.
        let (i302, i486, i487) = (
            c.position(302).unwrap(),
            c.position(486).unwrap(),
            c.position(487).unwrap(),
        );
        let mut expected = vec![
            (i302.min(i487), i302.max(i487)),
            (i486.min(i487), i486.max(i487)),
        ];
        expected.sort_unstable();
        assert_eq!(confused_pairs(&c), expected);
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
