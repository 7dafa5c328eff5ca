//! What each page shows, as typed data: the frame every page shares and one model per page
//! kind (home, code, comparison, language chooser, not found). A model becomes its
//! template's context as it is; the JSON-LD is built from the same fields.

use std::cell::Cell;

use serde::Serialize;

use super::code::Link;
use super::compare::{self, Arg};
use super::context;
use super::side::{self, Row, SameRow};
use super::text::{self, DESCRIPTION_MAX, Prose, truncate};
use super::view::LocaleView;
use crate::error::Result;
use crate::load::locale::{Locale, Text};
use crate::load::site::Site;
use crate::plan::{self, PageKind};

/// A page as its template sees it: the fields of its three parts, by name (see
/// `templates/base.html` for the frame's and the head's).
pub(super) struct Model<'a> {
    pub frame: Frame<'a>,
    pub head: Head,
    pub body: Body<'a>,
}

impl Model<'_> {
    /// The template context.
    pub fn context(&self) -> Result<tera::Context> {
        let mut ctx = tera::Context::new();
        context::insert(&mut ctx, &self.frame)?;
        context::insert(&mut ctx, &self.head)?;
        context::insert(&mut ctx, &self.body)?;
        Ok(ctx)
    }
}

/// What every page shows around its content.
#[derive(Serialize)]
pub(super) struct Frame<'a> {
    /// The site's path, `/` or a sub-path (`/docs/sip/`).
    pub base: &'a str,
    /// The site's scheme and host (`https://example.org`), for what must be an absolute URL
    /// although `static_url` gives a path (`og:image`).
    pub origin: &'a str,
    /// The page's own URL; empty on the not-found page, which is served at addresses that
    /// are no page (and so carries `noindex` instead).
    pub canonical: String,
    pub noindex: bool,
    pub lang: &'a str,
    /// The locale's interface texts (see [`super::view::STATIC_UI`]).
    pub t: &'a tera::Value,
    /// The same page in every locale; empty where there is none (the 404 page).
    pub alternates: Vec<Alternate<'a>>,
    pub x_default: String,
    /// The locale's home; none on the language chooser, which belongs to no locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub home: Option<String>,
    /// The name in `static/` of the image shown when the page is shared (see
    /// [`super::og_image`]); none when the project has none.
    pub og_image: Option<&'a str>,
    /// Whether any text on the page fell back to the reference locale.
    pub fallback: bool,
    /// The page's JSON-LD (see [`super::jsonld`]), a safe string; empty for none.
    pub jsonld: tera::Value,
}

/// What a page's kind decides of its frame.
#[derive(Serialize)]
pub(super) struct Head {
    pub title: Text,
    /// The meta description, cut to [`DESCRIPTION_MAX`] characters.
    pub description: String,
    /// The trail after the locale's home.
    pub breadcrumbs: Vec<Crumb>,
}

impl Head {
    fn new(title: Text, description: &Text, breadcrumbs: Vec<Crumb>) -> Head {
        Head {
            title,
            description: truncate(&description.text, DESCRIPTION_MAX),
            breadcrumbs,
        }
    }
}

/// The same page in one locale, for the switcher and `hreflang` links.
#[derive(Serialize)]
pub(super) struct Alternate<'a> {
    pub lang: &'a str,
    pub name: &'a str,
    pub href: String,
    pub url: String,
}

/// One step of the breadcrumb trail after the locale's home.
#[derive(Serialize)]
pub(super) struct Crumb {
    pub name: String,
    pub href: String,
}

/// What a page shows inside its frame, one model per page kind.
#[derive(Serialize)]
#[serde(untagged)]
pub(super) enum Body<'a> {
    Home(Home<'a>),
    Code(CodePage<'a>),
    Compare(ComparePage<'a>),
    Chooser(Chooser<'a>),
    NotFound(NotFound<'a>),
    CodeIndex(CodeIndex<'a>),
    CompareIndex(CompareIndex<'a>),
}

impl Body<'_> {
    /// The template that lays the page out.
    pub fn template(&self) -> &'static str {
        match self {
            Body::Home(_) => "home.html",
            Body::Code(_) => "code.html",
            Body::Compare(_) => "compare.html",
            Body::Chooser(_) => "chooser.html",
            Body::NotFound(_) => "404.html",
            Body::CodeIndex(_) => "code-index.html",
            Body::CompareIndex(_) => "compare-index.html",
        }
    }
}

/// A locale's home: every code by class, and the picker.
#[derive(Serialize)]
pub(super) struct Home<'a> {
    /// The codes by class (see [`LocaleView::classes`]).
    pub classes: &'a tera::Value,
    /// The picker's comparison URL, `{lo}` and `{hi}` standing for the two codes' URL
    /// names (see [`plan::compare_path_template`]).
    pub pair_url: String,
    /// The locale's open data (see [`crate::plan::data_path`]).
    pub data_href: String,
}

/// A code's page.
#[derive(Serialize)]
pub(super) struct CodePage<'a> {
    /// The code's view (see [`super::code::CodeView`]).
    pub code: &'a tera::Value,
    pub heading: Text,
    /// Comparisons with the codes it is most confused with, then with every other code,
    /// by class.
    pub confused: Vec<Link>,
    pub other_classes: Vec<OtherClass<'a>>,
    pub most_confused_heading: Text,
    pub compare_with_heading: Text,
    /// IANA's table of SIP response codes (see [`IANA_REGISTRY`]).
    pub registry_url: &'static str,
}

/// IANA's registry of SIP response codes, cited on every code page.
pub(super) const IANA_REGISTRY: &str =
    "https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7";

/// One class of the codes a code page links a comparison to, after the most confused:
/// closed at first (a `<details>`), so that on a phone the 70-odd names take one line per
/// class until the reader opens one.
#[derive(Serialize)]
pub(super) struct OtherClass<'a> {
    pub class: u8,
    /// "Client failure".
    pub name: Text,
    pub codes: Vec<Other<'a>>,
}

/// A comparison with another code, as the list of every other code shows it: the other
/// code and its reason phrase (the page's code is the heading's).
#[derive(Serialize)]
pub(super) struct Other<'a> {
    pub href: String,
    pub code: u16,
    pub reason: &'a str,
}

/// A comparison page of two codes: what is specific to the pair. Each code's own prose
/// stays on its code page; the comparison gives its one-line summary and a link.
#[derive(Serialize)]
pub(super) struct ComparePage<'a> {
    /// The two codes' views (see [`super::code::CodeView`]).
    pub a: &'a tera::Value,
    pub b: &'a tera::Value,
    pub heading: Text,
    /// The codes whose one-line summary the page gives: both, but for one whose summary the
    /// pair's note already repeats.
    pub summaries: Vec<&'a tera::Value>,
    /// What decides between the two: the lead of the pair's note, or the most decisive
    /// difference.
    pub lede: Prose,
    pub differences: Vec<Text>,
    /// The rest of the pair's note after its lead, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Prose>,
    /// The side-by-side facts that tell the two apart, then those the two share.
    pub rows: Vec<Row<'a>>,
    pub same_rows: Vec<SameRow<'a>>,
    /// The heading of the shared facts, with their count; only when there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_heading: Option<Text>,
    pub same_fix: bool,
    /// The one sentence for two codes with the same fix; only then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_fix_text: Option<Text>,
    /// Each code's call-flow figure, rendered once per locale (see [`LocaleView::flows`]).
    pub a_flow: &'a tera::Value,
    pub b_flow: &'a tera::Value,
    pub related: Vec<Related<'a>>,
}

/// A link to a related comparison.
#[derive(Serialize)]
pub(super) struct Related<'a> {
    pub href: String,
    pub label: Text,
    pub reason_a: &'a str,
    pub reason_b: &'a str,
}

/// The language chooser at the site's root.
#[derive(Serialize)]
pub(super) struct Chooser<'a> {
    pub locales: Vec<ChooserLocale<'a>>,
}

/// One locale on the language chooser.
#[derive(Serialize)]
pub(super) struct ChooserLocale<'a> {
    pub lang: &'a str,
    pub name: &'a str,
    pub href: String,
    /// Its `chooser-title`, in its own language.
    pub title: &'a str,
    /// Its `chooser-description`: what the site is, in its own language.
    pub about: &'a str,
    /// Its index of codes by class, and that link's text in its own language.
    pub index_href: String,
    pub index_label: &'a str,
}

/// What the language chooser shows of one locale, each in the locale's own language.
#[derive(Default)]
pub(super) struct ChooserTexts {
    pub title: String,
    pub about: String,
    pub index_label: String,
}

/// A locale's "page not found": ways on that hold without JavaScript, and the data its
/// script resolves the missing address with.
#[derive(Serialize)]
pub(super) struct NotFound<'a> {
    pub code_index: String,
    pub compare_index: String,
    /// Every locale's home, for the switcher (a 404 has no alternates of its own).
    pub locales: Vec<Alternate<'a>>,
    /// JSON for `<script type="application/json">` (see [`not_found_data`]), a safe string.
    pub data: tera::Value,
}

/// A locale's index of codes by class.
#[derive(Serialize)]
pub(super) struct CodeIndex<'a> {
    /// The codes by class (see [`LocaleView::classes`]).
    pub classes: &'a tera::Value,
    pub compare_index: String,
}

/// A locale's index of comparisons.
#[derive(Serialize)]
pub(super) struct CompareIndex<'a> {
    /// The pairs a record names as confused, in code order.
    pub pairs: Vec<Related<'a>>,
    /// Every code by class, each a way to every comparison with it.
    pub classes: &'a tera::Value,
    /// The home's picker.
    pub picker_href: String,
    pub code_index: String,
}

/// The not-found page's data: the page's locale, each locale's code and comparison URL
/// templates (see [`plan::code_path_template`]) and every code as `[number, URL name,
/// reason phrase]`. `<` is escaped so that no text can close the script element.
pub(super) fn not_found_data(site: &Site, lang: &str) -> String {
    #[derive(Serialize)]
    struct Urls {
        code: String,
        pair: String,
    }
    #[derive(Serialize)]
    struct Data<'a> {
        lang: &'a str,
        base: &'a str,
        urls: std::collections::BTreeMap<&'a str, Urls>,
        codes: Vec<(u16, &'a str, &'a str)>,
    }
    let base = &site.config.base;
    let data = Data {
        lang,
        base: &base.path,
        urls: site
            .locales
            .list
            .iter()
            .map(|l| {
                let urls = Urls {
                    code: base.link(&plan::code_path_template(&l.lang)),
                    pair: base.link(&plan::compare_path_template(&l.lang)),
                };
                (l.lang.as_str(), urls)
            })
            .collect(),
        codes: site
            .catalog
            .codes()
            .iter()
            .map(|c| (c.code, c.url_name(), c.reason.as_str()))
            .collect(),
    };
    let json = serde_json::to_string(&data).unwrap_or_default();
    json.replace('<', "\\u003c")
}

/// The language chooser: every locale (`(tag, name)` and its `chooser-title`), headed in
/// the reference locale.
pub(super) fn chooser<'a>(
    site: &Site,
    langs: &'a [(String, String)],
    texts: &'a [ChooserTexts],
) -> Result<(Head, Body<'a>)> {
    let base = &site.config.base;
    let locales = langs
        .iter()
        .zip(texts)
        .map(|((lang, name), t)| ChooserLocale {
            lang,
            name,
            href: base.link(&plan::home_path(lang)),
            title: &t.title,
            about: &t.about,
            index_href: base.link(&plan::code_index_path(lang)),
            index_label: &t.index_label,
        })
        .collect();
    let reference = site.locales.reference();
    let title = site.locales.text(reference, "chooser-title", None, None)?;
    let description = site
        .locales
        .text(reference, "chooser-description", None, None)?;
    Ok((
        Head::new(title, &description, Vec::new()),
        Body::Chooser(Chooser { locales }),
    ))
}

/// Builds the pages of one locale from its view.
pub(super) struct Pages<'v> {
    site: &'v Site,
    locale: &'v Locale,
    view: &'v LocaleView,
    /// Whether any text formatted so far fell back to the reference locale.
    fallback: Cell<bool>,
}

impl<'v> Pages<'v> {
    pub fn new(site: &'v Site, locale: &'v Locale, view: &'v LocaleView) -> Pages<'v> {
        Pages {
            site,
            locale,
            view,
            fallback: Cell::new(false),
        }
    }

    /// The head and body of a page of `kind`, and whether any of its texts fell back.
    /// `switcher` is every locale's home, for the not-found page.
    pub fn build(
        self,
        kind: PageKind,
        switcher: Vec<Alternate<'v>>,
    ) -> Result<(Head, Body<'v>, bool)> {
        let (head, body) = match kind {
            PageKind::Home => self.home()?,
            PageKind::CodeIndex => self.code_index()?,
            PageKind::CompareIndex => self.compare_index()?,
            PageKind::Code(i) => self.code(i)?,
            PageKind::Compare(a, b) => self.compare(a, b)?,
            PageKind::NotFound | PageKind::Chooser => self.not_found(switcher)?,
        };
        Ok((head, body, self.fallback.get()))
    }

    /// A message of this locale (memoized, see [`text::Memo`]); a fallback marks the page.
    /// The lists to resolve a sentence's arguments with: the locale's, or the reference's
    /// when the sentence falls back to the reference.
    fn lists_for(&self, id: &str) -> &super::lists::Lists {
        match &self.view.fallback_lists {
            Some(reference) if !self.locale.has(id, None) => reference,
            _ => &self.view.lists,
        }
    }

    fn t(&self, id: &'static str, a: &[(&'static str, Arg)]) -> Result<Text> {
        let x = self.view.memo.text(self.site, self.locale, id, a)?;
        self.mark(x.is_fallback());
        Ok(x)
    }

    fn mark(&self, fallback: bool) {
        self.fallback.set(self.fallback.get() | fallback);
    }

    fn link(&self, path: &str) -> String {
        self.site.config.base.link(path)
    }

    fn home(&self) -> Result<(Head, Body<'v>)> {
        let codes = self.site.catalog.codes();
        let title = self.t("home-title", &[])?;
        let description = self.t(
            "home-description",
            &[("count", Arg::Num(codes.len() as u32))],
        )?;
        let body = Home {
            classes: &self.view.classes,
            pair_url: self.link(&plan::compare_path_template(&self.locale.lang)),
            data_href: self.link(&crate::plan::data_path(&self.locale.lang)),
        };
        Ok((Head::new(title, &description, Vec::new()), Body::Home(body)))
    }

    fn code(&self, i: usize) -> Result<(Head, Body<'v>)> {
        let site = self.site;
        let codes = site.catalog.codes();
        let lang = self.locale.lang.as_str();
        let code = &codes[i];
        let v = &self.view.codes[i];
        let number = || ("code", Arg::Num(code.code.into()));
        let reason = ("reason", Arg::Str(code.reason.clone()));
        let title = self.t("code-title", &[number(), reason.clone()])?;
        let heading = self.t("code-heading", &[number(), reason])?;
        let (first, rest) = plan::compare_with(&site.catalog, i);
        let link = |j: usize| -> Result<Link> {
            let pair = [
                ("a", Arg::Num(code.code.into())),
                ("b", Arg::Num(codes[j].code.into())),
            ];
            Ok(Link {
                href: self.link(&plan::compare_path(lang, code, &codes[j])),
                code: codes[j].code,
                reason: codes[j].reason.clone(),
                label: self.t("pair-link", &pair)?,
            })
        };
        let confused = first.into_iter().map(link).collect::<Result<Vec<_>>>()?;
        // `rest` is in ascending order, so each class is one run of it.
        let mut other_classes: Vec<OtherClass<'v>> = Vec::new();
        for j in rest {
            let other = &codes[j];
            let class = other.class();
            if other_classes.last().is_none_or(|c| c.class != class) {
                other_classes.push(OtherClass {
                    class,
                    name: self.t("class-name", &[("class", Arg::Num(class.into()))])?,
                    codes: Vec::new(),
                });
            }
            if let Some(group) = other_classes.last_mut() {
                group.codes.push(Other {
                    href: self.link(&plan::compare_path(lang, code, other)),
                    code: other.code,
                    reason: &other.reason,
                });
            }
        }
        let most_confused_heading = self.t("compare-most-confused", &[number()])?;
        let compare_with_heading = self.t("compare-with-heading", &[number()])?;
        let crumbs = vec![
            self.code_index_crumb()?,
            Crumb {
                name: format!("{} {}", code.code, code.reason),
                href: v.href.clone(),
            },
        ];
        self.mark(v.fallback | v.example_fallback);
        let body = CodePage {
            code: &self.view.code_values[i],
            heading,
            confused,
            other_classes,
            most_confused_heading,
            compare_with_heading,
            registry_url: IANA_REGISTRY,
        };
        Ok((Head::new(title, &v.summary, crumbs), Body::Code(body)))
    }

    fn compare(&self, ai: usize, bi: usize) -> Result<(Head, Body<'v>)> {
        let (site, locale, view) = (self.site, self.locale, self.view);
        let codes = site.catalog.codes();
        let lang = locale.lang.as_str();
        let (a, b) = (&codes[ai], &codes[bi]);
        let (va, vb) = (&view.codes[ai], &view.codes[bi]);
        let names = [
            ("a", Arg::Num(a.code.into())),
            ("reason-a", Arg::Str(a.reason.clone())),
            ("b", Arg::Num(b.code.into())),
            ("reason-b", Arg::Str(b.reason.clone())),
        ];
        let title = self.t("compare-title", &names)?;
        let description = self.t("compare-description", &names)?;
        let heading = self.t("compare-heading", &names)?;
        // The lede says what decides between the two: the lead of the hand-written note
        // where there is one (its rest follows the other differences), else the most
        // decisive derived difference, which the list below then leaves out. What to do is
        // said once, under "What to do".
        let mut listed = compare::differences(a, b);
        let mut note = None;
        let mut summaries = vec![&view.code_values[ai], &view.code_values[bi]];
        let lede = if site.notes.contains(&(a.code, b.code)) {
            let id = format!("pair-{}-{}", a.code, b.code);
            let (lead, rest) = text::prose_split(site, locale, &id)?;
            // A note often defines a code in its summary's words: the page says it once.
            let whole = site.locales.text(locale, &id, None, None)?.text;
            let repeated = [&va.summary, &vb.summary].map(|s| text::shares_run(&s.text, &whole));
            summaries = summaries
                .into_iter()
                .zip(repeated)
                .filter(|(_, r)| !r)
                .map(|(v, _)| v)
                .collect();
            // What the note already says is not listed again: judged on the reference text,
            // so every locale lists the same facts.
            listed = compare::not_in_note(listed, &site.locales.reference_text(&id)?);
            self.mark(!lead.lang.is_empty());
            note = rest;
            lead
        } else {
            let first = if listed.is_empty() {
                compare::no_difference(a, b)
            } else {
                listed.remove(0)
            };
            let first = self.lists_for(first.id).resolved(first);
            let first = self.t(first.id, &first.args)?;
            Prose {
                html: tera::Value::safe_string(&format!("<p>{}</p>", first.html())),
                lang: String::new(),
            }
        };
        let mut differences = Vec::with_capacity(listed.len());
        for s in listed {
            let s = self.lists_for(s.id).resolved(s);
            differences.push(self.t(s.id, &s.args)?);
        }
        let (rows, same_rows) = side::rows(&view.fact_labels, &va.cells, &vb.cells);
        let same_heading = if same_rows.is_empty() {
            None
        } else {
            Some(self.t(
                "compare-same-for-both",
                &[("count", Arg::Num(same_rows.len() as u32))],
            )?)
        };
        let same_fix = a.fix == b.fix;
        let same_fix_text = if same_fix {
            Some(self.t(
                "todo-same-fix",
                &[
                    ("a", Arg::Num(a.code.into())),
                    ("b", Arg::Num(b.code.into())),
                    ("fix", Arg::Str(va.fix.text.clone())),
                ],
            )?)
        } else {
            None
        };
        let related = plan::related(&site.catalog, ai, bi, 8)
            .into_iter()
            .map(|(x, y)| self.pair_link(x, y))
            .collect::<Result<Vec<_>>>()?;
        let crumb = self.t(
            "compare-breadcrumb",
            &[
                ("a", Arg::Num(a.code.into())),
                ("b", Arg::Num(b.code.into())),
            ],
        )?;
        let crumbs = vec![
            self.compare_index_crumb()?,
            Crumb {
                name: crumb.text,
                href: self.link(&plan::compare_path(lang, a, b)),
            },
        ];
        self.mark(va.compare_fallback | vb.compare_fallback);
        let body = ComparePage {
            a: &view.code_values[ai],
            b: &view.code_values[bi],
            heading,
            summaries,
            lede,
            differences,
            note,
            rows,
            same_rows,
            same_heading,
            same_fix,
            same_fix_text,
            a_flow: &view.flows[ai],
            b_flow: &view.flows[bi],
            related,
        };
        Ok((Head::new(title, &description, crumbs), Body::Compare(body)))
    }

    fn code_index_crumb(&self) -> Result<Crumb> {
        Ok(Crumb {
            name: self.t("nav-codes-crumb", &[])?.text,
            href: self.link(&plan::code_index_path(&self.locale.lang)),
        })
    }

    fn compare_index_crumb(&self) -> Result<Crumb> {
        Ok(Crumb {
            name: self.t("nav-pairs-crumb", &[])?.text,
            href: self.link(&plan::compare_index_path(&self.locale.lang)),
        })
    }

    fn code_index(&self) -> Result<(Head, Body<'v>)> {
        let title = self.t("nav-codes-title", &[])?;
        let description = self.t("nav-codes-description", &[])?;
        let body = CodeIndex {
            classes: &self.view.classes,
            compare_index: self.link(&plan::compare_index_path(&self.locale.lang)),
        };
        let crumbs = vec![self.code_index_crumb()?];
        Ok((
            Head::new(title, &description, crumbs),
            Body::CodeIndex(body),
        ))
    }

    /// A link to the comparison of the codes at catalog indices `x` and `y`, for lists of
    /// pairs ("486 vs 600 Busy Here / Busy Everywhere").
    fn pair_link(&self, x: usize, y: usize) -> Result<Related<'v>> {
        let codes = self.site.catalog.codes();
        let (cx, cy) = (&codes[x], &codes[y]);
        let label = self.t(
            "pair-link",
            &[
                ("a", Arg::Num(cx.code.into())),
                ("b", Arg::Num(cy.code.into())),
            ],
        )?;
        Ok(Related {
            href: self.link(&plan::compare_path(&self.locale.lang, cx, cy)),
            label,
            reason_a: &cx.reason,
            reason_b: &cy.reason,
        })
    }

    fn compare_index(&self) -> Result<(Head, Body<'v>)> {
        let lang = self.locale.lang.as_str();
        let title = self.t("nav-pairs-title", &[])?;
        let description = self.t("nav-pairs-description", &[])?;
        let pairs = plan::confused_pairs(&self.site.catalog)
            .into_iter()
            .map(|(x, y)| self.pair_link(x, y))
            .collect::<Result<Vec<_>>>()?;
        let body = CompareIndex {
            pairs,
            classes: &self.view.classes,
            picker_href: self.link(&plan::home_path(lang)) + "#picker-h",
            code_index: self.link(&plan::code_index_path(lang)),
        };
        let crumbs = vec![self.compare_index_crumb()?];
        Ok((
            Head::new(title, &description, crumbs),
            Body::CompareIndex(body),
        ))
    }

    fn not_found(&self, locales: Vec<Alternate<'v>>) -> Result<(Head, Body<'v>)> {
        let title = self.t("notfound-title", &[])?;
        let body = self.t("notfound-body", &[])?;
        let lang = self.locale.lang.as_str();
        let data = not_found_data(self.site, lang);
        Ok((
            Head::new(title, &body, Vec::new()),
            Body::NotFound(NotFound {
                code_index: self.link(&plan::code_index_path(lang)),
                compare_index: self.link(&plan::compare_index_path(lang)),
                locales,
                data: tera::Value::safe_string(&data),
            }),
        ))
    }
}
