//! Rendering: one planned page to one HTML string. What a page shows is decided here, as
//! a typed model per page kind; the templates only lay it out. Everything a locale shares
//! (interface strings, each code's view) is computed once per locale, then reused by every
//! page, so rendering a page is cheap and needs no I/O.
//!
//! ```text
//! text     Fluent messages (memoized), Markdown prose, descriptions cut to length
//! lists    a locale's words for list arguments ("A, B and C")
//! code     one code as a locale's pages show it (with its diagram, from `diagram`, and its
//!          example response, from `example`)
//! view     what every page of a locale shares
//! side     the side-by-side table of a comparison: each code's facts, the rows of a pair
//! page     one typed model per page kind
//! context  a model's fields as the template's context
//! jsonld   the page's JSON-LD, from its model
//! data     not a page: the locale's open data, every code as one JSON document
//! ```

pub mod compare;
pub mod data;
pub mod diagram;
pub mod example;

mod code;
mod context;
mod jsonld;
mod lists;
mod page;
mod side;
mod text;
mod view;

pub use text::{DESCRIPTION_MAX, truncate};
pub use view::STATIC_UI;

use crate::error::{Diagnostic, Error, Result};
use crate::load::site::Site;
use crate::plan::{self, Page, PageKind};
use page::{Alternate, ChooserTexts, Frame, Model, Pages};
use view::{LocaleView, Ui, to_value};

/// Renders planned pages; shared across threads. It holds the views of every locale, or
/// of one (a build renders one locale at a time, so only one locale's views take memory).
pub struct Renderer<'s> {
    site: &'s Site,
    /// Each locale's view; `None` for a locale this renderer was not prepared for.
    views: Vec<Option<LocaleView>>,
    /// Each locale's tag and name, for the switcher and `hreflang` links.
    alternates_langs: Vec<(String, String)>,
    /// What the language chooser shows of each locale, in its own language.
    chooser_texts: Vec<ChooserTexts>,
    /// The reference locale's interface texts, for the language chooser.
    reference_t: tera::Value,
    /// Each locale's shared image (see [`og_image`]).
    og_images: Vec<Option<String>>,
}

/// The image a locale's pages show when shared: `static/og-<lang>.png`, else the reference
/// locale's (a new locale has none until `scripts/og-images.sh` draws it), else none.
fn og_image(site: &Site, lang: &str) -> Option<String> {
    let reference = &site.locales.reference().lang;
    [lang, reference.as_str()]
        .into_iter()
        .map(|l| format!("og-{l}.png"))
        .find(|name| site.statics.iter().any(|f| &f.name == name))
}

/// A rendered page: where it goes and its bytes.
pub struct Rendered {
    /// Site-relative output file, e.g. `en/sip/100-trying/index.html`.
    pub file: String,
    /// The HTML (UTF-8).
    pub html: Vec<u8>,
    /// Whether any text on it fell back to the reference locale.
    pub fallback: bool,
}

impl<'s> Renderer<'s> {
    /// Prepare every locale's shared view; fails on any missing or broken message.
    pub fn new(site: &'s Site) -> Result<Renderer<'s>> {
        Self::prepare(site, |_| true)
    }

    /// Prepare the view of locale `li` only: it renders that locale's pages and the
    /// language chooser.
    pub fn for_locale(site: &'s Site, li: usize) -> Result<Renderer<'s>> {
        Self::prepare(site, |i| i == li)
    }

    fn prepare(site: &'s Site, wanted: impl Fn(usize) -> bool + Sync) -> Result<Renderer<'s>> {
        use rayon::prelude::*;
        let mut problems = Vec::new();
        // Each locale's interface texts (cheap): for the switcher and the chooser, and for
        // the views of the wanted locales.
        let mut uis = Vec::new();
        let mut alternates_langs = Vec::new();
        let mut chooser_texts = Vec::new();
        for locale in &site.locales.list {
            let ui = Ui::new(site, locale).unwrap_or_else(|e| {
                problems.extend(e.diagnostics);
                Ui::default()
            });
            let text = |id: &str| ui.texts.get(id).map(|x| x.text.clone());
            let name = text("locale_name").unwrap_or_else(|| locale.lang.clone());
            alternates_langs.push((locale.lang.clone(), name));
            chooser_texts.push(ChooserTexts {
                title: text("chooser_title").unwrap_or_default(),
                about: text("chooser_description").unwrap_or_default(),
                index_label: text("nav_codes_crumb").unwrap_or_default(),
            });
            uis.push(ui);
        }
        let reference_t = to_value(&uis[site.locales.reference_index].texts)?;
        let og_images = site
            .locales
            .list
            .iter()
            .map(|l| og_image(site, &l.lang))
            .collect();
        // Each wanted locale's view, the locales (and within one, the codes) in parallel.
        let results: Vec<Option<Result<LocaleView>>> = site
            .locales
            .list
            .par_iter()
            .zip(uis)
            .enumerate()
            .map(|(i, (locale, ui))| wanted(i).then(|| LocaleView::new(site, locale, ui)))
            .collect();
        let mut views = Vec::new();
        for r in results {
            match r {
                Some(Ok(v)) => views.push(Some(v)),
                Some(Err(e)) => {
                    problems.extend(e.diagnostics);
                    views.push(None);
                }
                None => views.push(None),
            }
        }
        Error::check(problems)?;
        Ok(Renderer {
            site,
            views,
            alternates_langs,
            chooser_texts,
            reference_t,
            og_images,
        })
    }

    /// The view of a page's locale.
    fn view(&self, li: usize) -> Result<&LocaleView> {
        self.views.get(li).and_then(Option::as_ref).ok_or_else(|| {
            Error::one(Diagnostic::error(
                "locales",
                format!("internal error: locale {li} was not prepared for rendering"),
            ))
        })
    }

    /// The site-relative output file of a page (see [`plan::file`]).
    pub fn file_of(&self, page: Page) -> String {
        plan::file(&self.path_of(page.locale, page.kind))
    }

    /// The site-relative path of a page (see [`plan::path`]).
    pub fn path_of(&self, locale: Option<usize>, kind: PageKind) -> String {
        let lang = locale.map(|l| self.site.locales.list[l].lang.as_str());
        plan::path(&self.site.catalog, lang, kind)
    }

    /// Render one page.
    pub fn render(&self, page: Page) -> Result<Rendered> {
        let site = self.site;
        let base = &site.config.base;
        // A not-found page is served at addresses that are no page: it names no URL as its own.
        let noindex = page.kind == PageKind::NotFound;
        let canonical = if noindex {
            String::new()
        } else {
            base.absolute(&self.path_of(page.locale, page.kind))
        };
        let x_default = base.absolute("");
        let model = match (page.locale, page.kind) {
            (None, _) | (_, PageKind::Chooser) => {
                let (head, body) =
                    page::chooser(site, &self.alternates_langs, &self.chooser_texts)?;
                let frame = Frame {
                    base: &base.path,
                    origin: &base.origin,
                    canonical,
                    noindex,
                    lang: &site.locales.reference().lang,
                    t: &self.reference_t,
                    alternates: self.alternates(PageKind::Home),
                    x_default,
                    home: None,
                    og_image: self.og_images[site.locales.reference_index].as_deref(),
                    fallback: false,
                    jsonld: tera::Value::safe_string(""),
                };
                Model { frame, head, body }
            }
            (Some(li), kind) => {
                let locale = &site.locales.list[li];
                let view = self.view(li)?;
                // A 404 is not a page: no alternates; its own switcher leads to each home.
                let (alternates, switcher) = if noindex {
                    (Vec::new(), self.alternates(PageKind::Home))
                } else {
                    (self.alternates(kind), Vec::new())
                };
                let (head, body, fallback) =
                    Pages::new(site, locale, view).build(kind, switcher)?;
                let mut frame = Frame {
                    base: &base.path,
                    origin: &base.origin,
                    canonical,
                    noindex,
                    lang: &locale.lang,
                    t: &view.t,
                    alternates,
                    x_default,
                    home: Some(base.link(&plan::home_path(&locale.lang))),
                    og_image: self.og_images[li].as_deref(),
                    fallback: fallback || view.ui_fallback,
                    jsonld: tera::Value::safe_string(""),
                };
                let (site_name, home_name) = (&view.site_name, &view.nav_home);
                let json = jsonld::graph(&frame, &head, &body, site_name, home_name, &base.origin);
                if let Some(json) = json {
                    frame.jsonld = tera::Value::safe_string(&json);
                }
                Model { frame, head, body }
            }
        };
        let mut html = Vec::with_capacity(24 * 1024);
        crate::load::templates::render_into(
            &site.templates,
            model.body.template(),
            &model.context()?,
            &mut html,
        )?;
        Ok(Rendered {
            file: self.file_of(page),
            html,
            fallback: model.frame.fallback,
        })
    }

    /// The page of `kind` in every locale, in the order of `sipvs.toml`.
    fn alternates(&self, kind: PageKind) -> Vec<Alternate<'_>> {
        let base = &self.site.config.base;
        self.alternates_langs
            .iter()
            .map(|(lang, name)| {
                let path = plan::path(&self.site.catalog, Some(lang), kind);
                Alternate {
                    lang,
                    name,
                    href: base.link(&path),
                    url: base.absolute(&path),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::compare::{self, Arg, Sentence};
    use super::lists::Lists;
    use super::text::{self, Memo};
    use crate::load::site::Site;

    /// Partial evaluation must give exactly what Fluent gives, in every bundled locale, for
    /// the messages a comparison page formats.
    #[test]
    fn memoized_messages_equal_fluent_formatting() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let site = Site::load(root, None).unwrap();
        let codes = site.catalog.codes();
        let mut checked = 0;
        for locale in &site.locales.list {
            let memo = Memo::default();
            let lists = Lists::new(&site, locale).unwrap();
            for a in 0..codes.len() {
                // Every code against a spread of others keeps the test quick.
                for b in (a + 1..codes.len()).step_by(5) {
                    let (x, y) = (&codes[a], &codes[b]);
                    let names = vec![
                        ("a", Arg::Num(x.code.into())),
                        ("reason-a", Arg::Str(x.reason.clone())),
                        ("b", Arg::Num(y.code.into())),
                        ("reason-b", Arg::Str(y.reason.clone())),
                    ];
                    let mut sentences: Vec<Sentence> = ["compare-title", "compare-heading"]
                        .into_iter()
                        .map(|id| Sentence {
                            id,
                            args: names.clone(),
                        })
                        .collect();
                    sentences.push(compare::no_difference(x, y));
                    sentences.push(compare::next_step(x));
                    sentences.extend(
                        compare::differences(x, y)
                            .into_iter()
                            .map(|s| lists.resolved(s)),
                    );
                    for s in sentences {
                        let direct = text::text(&site, locale, s.id, None, &s.args).unwrap();
                        let memoized = memo.text(&site, locale, s.id, &s.args).unwrap();
                        assert_eq!(memoized, direct, "{} {} in {}", s.id, x.code, locale.lang);
                        // Assembled sentences read cleanly: no placeholder left, no
                        // doubled space, no space before punctuation, no English fallback.
                        let t = &direct.text;
                        for bad in ["{", "}", "  ", " ,", " .", " ;", "..", ",,"] {
                            assert!(
                                !t.contains(bad),
                                "{} in {}: {bad:?} in {t:?}",
                                s.id,
                                locale.lang
                            );
                        }
                        assert!(
                            !direct.is_fallback(),
                            "{} falls back in {}",
                            s.id,
                            locale.lang
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 8_000, "{checked}");
    }
}
