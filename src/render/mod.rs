//! Rendering: one planned page to one HTML string. What a page shows is decided here (the
//! page context); the templates only lay it out. Everything a locale shares (interface
//! strings, each code's localized view) is computed once per locale, then reused by every
//! page, so rendering a page is cheap and needs no I/O.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

pub mod compare;
pub mod diagram;

use crate::catalog::{Code, Requests, Role, Sender};
use crate::error::{Diagnostic, Error, Result};
use crate::locale::{Locale, Text};
use crate::markdown;
use crate::plan::{self, Page, PageKind};
use crate::site::Site;
use compare::{Arg, Sentence};

/// Interface messages without variables, available to every template as `t.<id>` (dashes
/// become underscores).
pub const STATIC_UI: &[&str] = &[
    "locale-name",
    "og-locale",
    "site-name",
    "skip-link",
    "nav-home",
    "breadcrumb-label",
    "language-label",
    "footer-facts",
    "fallback-note",
    "chooser-title",
    "chooser-description",
    "home-title",
    "home-heading",
    "home-intro",
    "picker-heading",
    "picker-first",
    "picker-second",
    "picker-submit",
    "picker-same",
    "filter-label",
    "filter-placeholder",
    "filter-empty",
    "section-description",
    "section-seen",
    "section-handle",
    "section-facts",
    "section-flow",
    "compare-all-others",
    "badge-deprecated",
    "section-differences",
    "section-side-by-side",
    "section-what-to-do",
    "link-how-to-handle",
    "section-related",
    "fact-class",
    "fact-kind",
    "fact-defined",
    "fact-status",
    "fact-senders",
    "fact-requests",
    "fact-carries",
    "fact-triggers",
    "fact-retry-after",
    "fact-next",
    "fact-forking",
    "fact-problem",
    "fact-fixer",
    "fact-reached",
    "fact-isup-to",
    "fact-isup-from",
    "fact-confused",
    "notfound-title",
    "notfound-heading",
    "notfound-body",
];

/// Longest meta description, in characters.
pub const DESCRIPTION_MAX: usize = 155;

/// Localized prose: rendered Markdown and its language when it is a fallback.
#[derive(Debug, Clone, Serialize)]
struct Prose {
    /// Rendered Markdown, a safe string for the templates.
    html: tera::Value,
    lang: String,
}

#[derive(Debug, Clone, Serialize)]
struct Link {
    href: String,
    code: u16,
    reason: String,
    /// "302 vs 487" in the page's language (`pair-link`, this code first).
    label: Text,
}

/// A code as the locale's home lists it.
#[derive(Serialize)]
struct HomeEntry<'a> {
    code: u16,
    reason: &'a str,
    name: &'a str,
    href: &'a str,
    summary: &'a Text,
    deprecated: bool,
}

/// One class of codes as the locale's home lists it.
#[derive(Serialize)]
struct HomeClass<'a> {
    class: u8,
    name: Text,
    codes: Vec<HomeEntry<'a>>,
}

/// A link to a related comparison.
#[derive(Serialize)]
struct Related<'a> {
    href: String,
    label: Text,
    reason_a: &'a str,
    reason_b: &'a str,
}

/// The same page in one locale, for the switcher and `hreflang` links.
#[derive(Serialize)]
struct Alternate<'a> {
    lang: &'a str,
    name: &'a str,
    href: String,
    url: String,
}

/// One step of the breadcrumb trail after the locale's home.
#[derive(Serialize)]
struct Crumb {
    name: String,
    href: String,
}

/// One code as every page of a locale shows it.
#[derive(Debug, Clone, Serialize)]
struct CodeView {
    code: u16,
    reason: String,
    name: String,
    href: String,
    class: u8,
    class_name: Text,
    is_final: bool,
    kind: Text,
    summary: Text,
    description: Prose,
    seen: Prose,
    handle: Prose,
    rfc: u32,
    rfc_url: String,
    defined: Text,
    status: Text,
    deprecated: bool,
    senders: Text,
    requests: Text,
    carries: Text,
    triggers: Text,
    retry_after: Text,
    next: Text,
    forking: Text,
    next_step: Text,
    /// What exactly fixes it (`fix-<id>`).
    fix: Text,
    problem: Text,
    fixer: Text,
    reached: Text,
    /// The ISUP cause a gateway sends for this code, and the causes it turns into it.
    isup_to: Text,
    isup_from: Text,
    confused: Vec<Link>,
    flow_caption: Text,
    flow_svg: String,
    /// "302 Moved Temporarily" as a section heading on comparison pages.
    prose_heading: Text,
    /// The link text to the code's own page.
    page_link: Text,
    #[serde(skip)]
    fallback: bool,
}

/// How a locale joins the items of a list.
enum Joiner {
    Cldr(Box<icu_list::ListFormatter>),
    Separator(String),
}

impl Joiner {
    fn join<S: AsRef<str>>(&self, items: impl IntoIterator<Item = S>) -> String {
        let items: Vec<S> = items.into_iter().collect();
        match self {
            Joiner::Cldr(f) => f.format_to_string(items.iter().map(AsRef::as_ref)),
            Joiner::Separator(sep) => items
                .iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(sep),
        }
    }
}

/// A locale's words for list arguments, resolved once so that sentences on thousands of
/// pages need no Fluent lookups for them.
struct Lists {
    /// The locale's "A, B and C" and "A, B or C" (CLDR list patterns through ICU4X), or,
    /// for a language CLDR does not know, its `list-separator` between every item.
    and: Joiner,
    or: Joiner,
    senders: Vec<(Sender, String)>,
    any_request: String,
    /// Every ISUP cause the catalog uses, with its name.
    causes: BTreeMap<u16, String>,
}

impl Lists {
    fn new(site: &Site, locale: &Locale) -> Result<Lists> {
        let text = |id: &str, a: &[(&'static str, Arg)]| {
            Renderer::text(site, locale, id, None, a).map(|t| t.text)
        };
        let all = [
            Sender::Uas,
            Sender::Proxy,
            Sender::Registrar,
            Sender::Redirect,
            Sender::Gateway,
        ];
        let mut senders = Vec::new();
        for s in all {
            senders.push((s, text("sender", &[("sender", compare::key(s))])?));
        }
        let mut causes = BTreeMap::new();
        for code in site.catalog.codes() {
            for &c in code.isup.to.iter().chain(&code.isup.from) {
                if let std::collections::btree_map::Entry::Vacant(e) = causes.entry(c) {
                    e.insert(text("isup-cause", &[("cause", Arg::Num(c.into()))])?);
                }
            }
        }
        let separator = text("list-separator", &[])?;
        let joiner = |or: bool| {
            let prefs = locale
                .lang
                .parse::<icu_locale_core::Locale>()
                .ok()
                .map(|l| icu_list::ListFormatterPreferences::from(&l));
            let options = icu_list::options::ListFormatterOptions::default()
                .with_length(icu_list::options::ListLength::Wide);
            let formatter = prefs.and_then(|p| {
                if or {
                    icu_list::ListFormatter::try_new_or(p, options).ok()
                } else {
                    icu_list::ListFormatter::try_new_and(p, options).ok()
                }
            });
            match formatter {
                Some(f) => Joiner::Cldr(Box::new(f)),
                None => Joiner::Separator(separator.clone()),
            }
        };
        Ok(Lists {
            and: joiner(false),
            or: joiner(true),
            senders,
            any_request: text("requests-any", &[])?,
            causes,
        })
    }

    /// The text of a list argument; `None` for plain arguments.
    fn resolve(&self, arg: &Arg) -> Option<String> {
        Some(match arg {
            // Headers a response carries: all of them ("Contact and Expires").
            Arg::Literals(list) => self.and.join(list),
            // Who sends it, what it answers: any one of them ("a proxy or a gateway").
            Arg::Senders(list) => self.or.join(list.iter().map(|s| {
                self.senders
                    .iter()
                    .find(|(k, _)| k == s)
                    .map_or("", |(_, v)| v.as_str())
            })),
            Arg::Requests(Requests::Any) => self.any_request.clone(),
            Arg::Requests(Requests::Methods(m)) => self.or.join(m),
            Arg::Cause(c) => self.causes.get(c).cloned().unwrap_or_else(|| c.to_string()),
            Arg::Num(_) | Arg::Str(_) => return None,
        })
    }

    /// A sentence with its list arguments resolved to text.
    fn resolved(&self, mut s: Sentence) -> Sentence {
        for (_, arg) in &mut s.args {
            if let Some(text) = self.resolve(arg) {
                *arg = Arg::Str(text);
            }
        }
        s
    }
}

fn placeholder(var: &str) -> String {
    format!("\u{E000}{var}\u{E001}")
}

/// A message formatted with placeholders for the variables that only appear verbatim,
/// split into its literal runs and the variables between them.
struct Shape {
    /// Literal text, then the variable that follows it (none after the last run).
    runs: Vec<(String, Option<String>)>,
    lang: String,
    source: Option<Arc<str>>,
}

impl Shape {
    fn new(template: &str, lang: String, source: Option<Arc<str>>) -> Shape {
        let mut runs = Vec::new();
        let mut rest = template;
        while let Some((text, after)) = rest.split_once('\u{E000}') {
            let Some((name, tail)) = after.split_once('\u{E001}') else {
                break;
            };
            runs.push((text.to_string(), Some(name.to_string())));
            rest = tail;
        }
        runs.push((rest.to_string(), None));
        Shape { runs, lang, source }
    }

    /// The text with `args` in place of the placeholders.
    fn fill(&self, args: &[(&'static str, Arg)]) -> Text {
        let mut text =
            String::with_capacity(self.runs.iter().map(|r| r.0.len()).sum::<usize>() + 32);
        for (literal, var) in &self.runs {
            text.push_str(literal);
            let value = var
                .as_deref()
                .and_then(|v| args.iter().find(|(n, _)| *n == v))
                .map(|(_, a)| a);
            match value {
                Some(Arg::Num(n)) => text.push_str(itoa::Buffer::new().format(*n)),
                Some(Arg::Str(v)) => text.push_str(v),
                _ => {}
            }
        }
        Text {
            text,
            lang: self.lang.clone(),
            source: self.source.clone(),
        }
    }
}

/// Messages formatted on many pages, by partial evaluation: a message is formatted once
/// per combination of the variables its wording depends on (see [`Locale::selectors`]),
/// with placeholders for the others, which each page then fills in. A comparison page's
/// sentences cost a lookup and a substitution instead of a Fluent formatting, for the
/// same text.
#[derive(Default)]
struct Memo {
    /// Per message: the variables its wording depends on; `None` when it cannot be memoized.
    selectors: Mutex<FxHashMap<&'static str, Option<Arc<[String]>>>>,
    /// Per message and values of those variables: its shape.
    shapes: Mutex<FxHashMap<String, Arc<Shape>>>,
}

impl Memo {
    fn text(
        &self,
        site: &Site,
        locale: &Locale,
        id: &'static str,
        args: &[(&'static str, Arg)],
    ) -> Result<Text> {
        let selectors = {
            let mut known = self.selectors.lock().unwrap_or_else(|e| e.into_inner());
            known
                .entry(id)
                .or_insert_with(|| {
                    // The pattern that formats: this locale's, or the reference's fallback.
                    let source = if locale.has(id, None) {
                        locale
                    } else {
                        site.locales.reference()
                    };
                    source.selectors(id).map(Arc::from)
                })
                .clone()
        };
        let Some(selectors) = selectors else {
            return Renderer::text(site, locale, id, None, args);
        };
        let mut key = String::from(id);
        for (name, arg) in args {
            if selectors.iter().any(|s| s == name) {
                key.push('\0');
                key.push_str(name);
                key.push('=');
                match arg {
                    Arg::Num(n) => key.push_str(itoa::Buffer::new().format(*n)),
                    Arg::Str(v) => key.push_str(v),
                    _ => return Renderer::text(site, locale, id, None, args),
                }
            }
        }
        let known = self
            .shapes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .cloned();
        let shape = match known {
            Some(shape) => shape,
            None => {
                let partial: Vec<(&'static str, Arg)> = args
                    .iter()
                    .map(|(name, arg)| {
                        if selectors.iter().any(|s| s == name) {
                            (*name, arg.clone())
                        } else {
                            (*name, Arg::Str(placeholder(name)))
                        }
                    })
                    .collect();
                let text = Renderer::text(site, locale, id, None, &partial)?;
                let shape = Arc::new(Shape::new(&text.text, text.lang, text.source));
                self.shapes
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(key, shape.clone());
                shape
            }
        };
        Ok(shape.fill(args))
    }
}

/// What a page needs of a code's view outside the templates.
struct CodeBrief {
    summary: Text,
    href: String,
    /// What fixes it (`fix-<id>`), for the one sentence of two codes that share it.
    fix: Text,
    /// Whether any of the code's texts fell back to the reference locale.
    fallback: bool,
    /// Whether its heading on comparison pages did.
    prose_heading_fallback: bool,
}

/// What every page of one locale shares.
struct LocaleView {
    /// Messages formatted on many pages (see [`Memo`]).
    memo: Memo,
    /// Per code, its half of a comparison page and its "what to do" block, rendered once
    /// from `partials/` (most of a comparison page's HTML).
    parts: Vec<tera::Value>,
    lists: Lists,
    t: tera::Value,
    ui_fallback: bool,
    /// Per code, what pages need besides its value (the heavy prose and diagram live in
    /// `code_values` and `parts` only).
    codes: Vec<CodeBrief>,
    code_values: Vec<tera::Value>,
    classes: tera::Value,
}

/// Renders planned pages; shared across threads. It holds the views of every locale, or
/// of one (a build renders one locale at a time, so only one locale's views take memory).
pub struct Renderer<'s> {
    site: &'s Site,
    /// Each locale's view; `None` for a locale this renderer was not prepared for.
    views: Vec<Option<LocaleView>>,
    /// Each locale's tag and name, for the switcher and `hreflang` links.
    alternates_langs: Vec<(String, String)>,
    /// Each locale's `chooser-title`, for the language chooser.
    chooser_titles: Vec<String>,
    /// The reference locale's interface texts, for the language chooser.
    reference_t: tera::Value,
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

/// Fluent arguments from sentence arguments; list arguments must be resolved to text first
/// (see [`Lists::resolved`]).
fn args(list: &[(&'static str, Arg)]) -> FluentArgs<'static> {
    let mut out = FluentArgs::new();
    for (name, arg) in list {
        match arg {
            Arg::Num(n) => out.set(*name, FluentValue::from(*n)),
            Arg::Str(s) => out.set(*name, FluentValue::from(s.clone())),
            _ => debug_assert!(false, "unresolved list argument `{name}`"),
        }
    }
    out
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
        let mut chooser_titles = Vec::new();
        for locale in &site.locales.list {
            let (t, fallback) = Self::ui(site, locale).unwrap_or_else(|e| {
                problems.extend(e.diagnostics);
                (BTreeMap::new(), false)
            });
            let text = |id: &str| t.get(id).map(|x| x.text.clone());
            let name = text("locale_name").unwrap_or_else(|| locale.lang.clone());
            alternates_langs.push((locale.lang.clone(), name));
            chooser_titles.push(text("chooser_title").unwrap_or_default());
            uis.push((t, fallback));
        }
        let reference = site
            .locales
            .list
            .iter()
            .position(|l| std::ptr::eq(l, site.locales.reference()))
            .unwrap_or(0);
        let reference_t = to_value(&uis[reference].0)?;
        // Each wanted locale's view, the locales (and within one, the codes) in parallel.
        let results: Vec<Option<Result<LocaleView>>> = site
            .locales
            .list
            .par_iter()
            .zip(uis)
            .enumerate()
            .map(|(i, (locale, ui))| wanted(i).then(|| Self::locale_view(site, locale, ui)))
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
            chooser_titles,
            reference_t,
        })
    }

    /// A locale's interface texts (see [`STATIC_UI`]), keyed with underscores, and
    /// whether any fell back.
    fn ui(site: &Site, locale: &Locale) -> Result<(BTreeMap<String, Text>, bool)> {
        let mut problems = Vec::new();
        let mut t = BTreeMap::new();
        let mut fallback = false;
        for id in STATIC_UI {
            match site.locales.text(locale, id, None, None) {
                Ok(text) => {
                    fallback |= text.is_fallback();
                    t.insert(id.replace('-', "_"), text);
                }
                Err(e) => problems.extend(e.diagnostics),
            }
        }
        Error::check(problems)?;
        Ok((t, fallback))
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

    fn text(
        site: &Site,
        locale: &Locale,
        id: &str,
        attr: Option<&str>,
        a: &[(&'static str, Arg)],
    ) -> Result<Text> {
        let fargs = args(a);
        let fargs = if a.is_empty() { None } else { Some(&fargs) };
        site.locales.text(locale, id, attr, fargs)
    }

    fn sentence(site: &Site, locale: &Locale, s: &Sentence) -> Result<Text> {
        Self::text(site, locale, s.id, None, &s.args)
    }

    fn prose(site: &Site, locale: &Locale, id: &str, attr: Option<&str>) -> Result<Prose> {
        let t = site.locales.text(locale, id, attr, None)?;
        let html = markdown::render(&t.text);
        let html = match &t.source {
            Some(source) => crate::locale::in_context(source, &html, "div"),
            None => html,
        };
        Ok(Prose {
            html: tera::Value::safe_string(&html),
            lang: t.lang,
        })
    }

    /// A locale's view, from its interface texts (see [`Renderer::ui`]).
    fn locale_view(
        site: &Site,
        locale: &Locale,
        (t, ui_fallback): (BTreeMap<String, Text>, bool),
    ) -> Result<LocaleView> {
        use rayon::prelude::*;
        let mut problems = Vec::new();
        let lists = Lists::new(site, locale)?;
        let mut codes = Vec::new();
        let results: Vec<Result<CodeView>> = site
            .catalog
            .codes()
            .par_iter()
            .map(|code| Self::code_view(site, &lists, locale, code))
            .collect();
        for r in results {
            match r {
                Ok(v) => codes.push(v),
                Err(e) => problems.extend(e.diagnostics),
            }
        }
        Error::check(problems)?;
        if t.is_empty() {
            // Its interface texts failed to format; the caller has reported why.
            return Err(Error::many(Vec::new()));
        }
        let code_values: Vec<tera::Value> = codes.iter().map(to_value).collect::<Result<_>>()?;
        let mut classes = Vec::new();
        for class in 1..=6u8 {
            // The home lists every code: only what the list shows, not whole code views.
            let members: Vec<HomeEntry<'_>> = codes
                .iter()
                .filter(|c| c.class == class)
                .map(|c| HomeEntry {
                    code: c.code,
                    reason: &c.reason,
                    name: &c.name,
                    href: &c.href,
                    summary: &c.summary,
                    deprecated: c.deprecated,
                })
                .collect();
            let Some(first) = codes.iter().find(|c| c.class == class) else {
                continue;
            };
            classes.push(HomeClass {
                class,
                name: first.class_name.clone(),
                codes: members,
            });
        }
        let classes = to_value(&classes)?;
        let t_value = to_value(&t)?;
        let parts = code_values
            .par_iter()
            .map(|c| {
                let mut ctx = tera::Context::new();
                ctx.insert_value("c", c.clone());
                ctx.insert_value("t", t_value.clone());
                let mut html = Vec::new();
                crate::templates::render_into(
                    &site.templates,
                    "partials/compare-code.html",
                    &ctx,
                    &mut html,
                )?;
                Ok(tera::Value::safe_string(
                    String::from_utf8_lossy(&html).trim(),
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        let codes = codes
            .into_iter()
            .map(|c| CodeBrief {
                fallback: c.fallback,
                prose_heading_fallback: c.prose_heading.is_fallback(),
                summary: c.summary,
                href: c.href,
                fix: c.fix,
            })
            .collect();
        Ok(LocaleView {
            memo: Memo::default(),
            parts,
            lists,
            t: t_value,
            ui_fallback,
            codes,
            code_values,
            classes,
        })
    }

    fn code_view(site: &Site, lists: &Lists, locale: &Locale, code: &Code) -> Result<CodeView> {
        let lang = locale.lang.as_str();
        let base = &site.config.base;
        let id = format!("code-{}", code.code);
        let num = |n: u32| Arg::Num(n);
        let t = |id: &str, a: &[(&'static str, Arg)]| Self::text(site, locale, id, None, a);
        let mut confused = Vec::new();
        for o in code
            .confused_with
            .iter()
            .filter_map(|c| site.catalog.get(*c))
        {
            confused.push(Link {
                href: base.link(&plan::compare_path(lang, code, o)),
                code: o.code,
                reason: o.reason.clone(),
                label: t(
                    "pair-link",
                    &[("a", num(code.code.into())), ("b", num(o.code.into()))],
                )?,
            });
        }
        let role = |r: Role| {
            t("role", &[("role", compare::key(r))])
                .map(|x| x.text)
                .unwrap_or_default()
        };
        let message = |m: &str| match m.parse::<u16>().ok().and_then(|n| site.catalog.get(n)) {
            Some(c) => format!("{} {}", c.code, c.reason),
            None => m.to_string(),
        };
        let mut steps = Vec::new();
        for s in &code.flow {
            let step = t(
                "flow-step",
                &[
                    ("from", Arg::Str(role(s.from))),
                    ("to", Arg::Str(role(s.to))),
                    ("message", Arg::Str(message(&s.msg))),
                ],
            )?;
            steps.push(step.text);
        }
        let caption = t(
            "flow-caption",
            &[
                ("code", num(code.code.into())),
                ("reason", Arg::Str(code.reason.clone())),
            ],
        )?;
        let focus = code.code.to_string();
        let svg_id = format!("flow-{}", code.code);
        let desc = steps.join("; ");
        let flow_svg = diagram::svg(
            &code.flow,
            &diagram::Labels {
                id: &svg_id,
                title: &caption.text,
                desc: &desc,
                role: &role,
                message: &message,
                focus: &focus,
            },
        );
        let header_list = |list: &[String]| -> Result<Text> {
            if list.is_empty() {
                t("headers-none", &[])
            } else {
                Ok(Text {
                    text: lists
                        .resolve(&Arg::Literals(list.to_vec()))
                        .unwrap_or_default(),
                    lang: String::new(),
                    source: None,
                })
            }
        };
        let causes = |list: &[u16]| -> Result<Text> {
            if list.is_empty() {
                return t("isup-none", &[]);
            }
            let names: Vec<String> = list
                .iter()
                .filter_map(|c| lists.resolve(&Arg::Cause(*c)))
                .collect();
            Ok(Text {
                text: lists.and.join(names),
                lang: String::new(),
                source: None,
            })
        };
        let isup_to = causes(code.isup.to.as_slice())?;
        let isup_from = causes(&code.isup.from)?;
        let status = match &code.deprecated {
            Some(d) => t("status-deprecated", &[("rfc", num(d.rfc))])?,
            None => t("status-current", &[])?,
        };
        let view = CodeView {
            code: code.code,
            reason: code.reason.clone(),
            name: code.url_name().to_string(),
            href: base.link(&plan::code_path(lang, code)),
            class: code.class(),
            class_name: t("class-name", &[("class", num(code.class().into()))])?,
            is_final: code.is_final(),
            kind: t(
                "kind",
                &[(
                    "final",
                    Arg::Str(if code.is_final() { "yes" } else { "no" }.into()),
                )],
            )?,
            summary: site.locales.text(locale, &id, Some("summary"), None)?,
            description: Self::prose(site, locale, &id, Some("description"))?,
            seen: Self::prose(site, locale, &id, Some("seen"))?,
            handle: Self::prose(site, locale, &id, Some("handle"))?,
            rfc: code.rfc,
            rfc_url: format!(
                "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
                code.rfc, code.section
            ),
            defined: t(
                "fact-defined-value",
                &[
                    ("rfc", num(code.rfc)),
                    ("section", Arg::Str(code.section.clone())),
                ],
            )?,
            status,
            deprecated: code.deprecated.is_some(),
            senders: Text {
                text: lists
                    .resolve(&Arg::Senders(code.senders.clone()))
                    .unwrap_or_default(),
                lang: String::new(),
                source: None,
            },
            requests: Text {
                text: lists
                    .resolve(&Arg::Requests(code.requests.clone()))
                    .unwrap_or_default(),
                lang: String::new(),
                source: None,
            },
            carries: header_list(&code.carries)?,
            triggers: header_list(&code.triggers)?,
            retry_after: t(
                "retry-after-allowed",
                &[(
                    "allowed",
                    Arg::Str(if code.retry_after { "yes" } else { "no" }.into()),
                )],
            )?,
            next: t("next", &[("next", compare::key(code.next))])?,
            forking: t("forking", &[("forking", compare::key(code.forking))])?,
            next_step: Self::sentence(site, locale, &compare::next_step(code))?,
            fix: t(&format!("fix-{}", code.fix), &[])?,
            problem: t("problem", &[("problem", compare::key(code.problem))])?,
            fixer: t("fixer", &[("fixer", compare::key(code.fixer))])?,
            reached: t("reached", &[("reached", compare::key(code.reached))])?,
            isup_to,
            isup_from,
            confused,
            flow_caption: caption,
            flow_svg,
            prose_heading: t(
                "section-code-prose",
                &[
                    ("code", num(code.code.into())),
                    ("reason", Arg::Str(code.reason.clone())),
                ],
            )?,
            page_link: t(
                "link-code-page",
                &[
                    ("code", num(code.code.into())),
                    ("reason", Arg::Str(code.reason.clone())),
                ],
            )?,
            fallback: false,
        };
        let fallback = [&view.summary].iter().any(|x| x.is_fallback())
            || [&view.description, &view.seen, &view.handle]
                .iter()
                .any(|p| !p.lang.is_empty())
            || view.next_step.is_fallback()
            || view.fix.is_fallback();
        Ok(CodeView { fallback, ..view })
    }

    /// The site-relative output file of a page.
    pub fn file_of(&self, page: Page) -> String {
        let path = self.path_of(page.locale, page.kind);
        if path.is_empty() || path.ends_with('/') {
            path + "index.html"
        } else {
            path
        }
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
        let mut ctx = tera::Context::new();
        ctx.insert("base", &base.path);
        let path = self.path_of(page.locale, page.kind);
        ctx.insert("canonical", &base.absolute(&path));
        let (template, fallback) = match (page.locale, page.kind) {
            (None, _) | (_, PageKind::Chooser) => {
                let locales: Vec<_> = self
                    .alternates_langs
                    .iter()
                    .zip(&self.chooser_titles)
                    .map(|((lang, name), title)| serde_json::json!({ "lang": lang, "name": name, "href": base.link(&format!("{lang}/")), "title": title }))
                    .collect();
                ctx.insert("locales", &locales);
                let reference_locale = site.locales.reference();
                let title = site
                    .locales
                    .text(reference_locale, "chooser-title", None, None)?;
                let description =
                    site.locales
                        .text(reference_locale, "chooser-description", None, None)?;
                insert_head(&mut ctx, &title, &description);
                ctx.insert("breadcrumbs", &Vec::<serde_json::Value>::new());
                ctx.insert_value("t", self.reference_t.clone());
                ctx.insert("lang", &site.locales.reference().lang);
                self.insert_alternates(&mut ctx, PageKind::Home, true);
                ("chooser.html", false)
            }
            (Some(li), kind) => {
                let locale = &site.locales.list[li];
                let view = self.view(li)?;
                ctx.insert("lang", &locale.lang);
                ctx.insert_value("t", view.t.clone());
                self.insert_alternates(&mut ctx, kind, kind != PageKind::NotFound);
                let home = base.link(&format!("{}/", locale.lang));
                ctx.insert("home", &home);
                let fallback = self.page_context(&mut ctx, li, locale, kind)?;
                let template = match kind {
                    PageKind::Home => "home.html",
                    PageKind::Code(_) => "code.html",
                    PageKind::Compare(..) => "compare.html",
                    _ => "404.html",
                };
                (template, fallback || view.ui_fallback)
            }
        };
        ctx.insert("fallback", &fallback);
        let jsonld = match (page.locale, page.kind) {
            (Some(_), PageKind::Home | PageKind::Code(_) | PageKind::Compare(..)) => {
                structured_data(&ctx, &base.origin, page.kind)
            }
            _ => String::new(),
        };
        ctx.insert_value("jsonld", tera::Value::safe_string(&jsonld));
        let mut html = Vec::with_capacity(24 * 1024);
        crate::templates::render_into(&site.templates, template, &ctx, &mut html)?;
        Ok(Rendered {
            file: self.file_of(page),
            html,
            fallback,
        })
    }

    fn insert_alternates(&self, ctx: &mut tera::Context, kind: PageKind, with: bool) {
        let base = &self.site.config.base;
        let mut alternates = Vec::new();
        if with {
            // Every locale's path is its tag, then the same tail (`/sip/302-…/`).
            let tail = plan::path(&self.site.catalog, Some(""), kind);
            for (lang, name) in &self.alternates_langs {
                let href = [base.path.as_str(), lang, &tail].concat();
                alternates.push(Alternate {
                    lang,
                    name,
                    url: [base.origin.as_str(), &href].concat(),
                    href,
                });
            }
        }
        ctx.insert("alternates", &alternates);
        ctx.insert("x_default", &base.absolute(""));
    }

    /// Fill the page-specific part of the context; returns whether any of it fell back.
    fn page_context(
        &self,
        ctx: &mut tera::Context,
        li: usize,
        locale: &Locale,
        kind: PageKind,
    ) -> Result<bool> {
        let site = self.site;
        let view = self.view(li)?;
        let codes = site.catalog.codes();
        let base = &site.config.base;
        let lang = locale.lang.as_str();
        let t = |id: &'static str, a: &[(&'static str, Arg)]| view.memo.text(site, locale, id, a);
        let fallback = std::cell::Cell::new(false);
        let track = |x: Text| {
            fallback.set(fallback.get() | x.is_fallback());
            x
        };
        match kind {
            PageKind::Home => {
                ctx.insert_value("classes", view.classes.clone());
                let title = track(t("home-title", &[])?);
                let description = track(t(
                    "home-description",
                    &[("count", Arg::Num(codes.len() as u32))],
                )?);
                insert_head(ctx, &title, &description);
                ctx.insert(
                    "compare_pattern",
                    &base.link(&format!("{lang}/compare/sip/")),
                );
                ctx.insert("breadcrumbs", &Vec::<serde_json::Value>::new());
            }
            PageKind::Code(i) => {
                let code = &codes[i];
                let v = &view.codes[i];
                ctx.insert_value("code", view.code_values[i].clone());
                let reason = Arg::Str(code.reason.clone());
                let title = track(t(
                    "code-title",
                    &[
                        ("code", Arg::Num(code.code.into())),
                        ("reason", reason.clone()),
                    ],
                )?);
                insert_head(ctx, &title, &v.summary);
                ctx.insert(
                    "heading",
                    &track(t(
                        "code-heading",
                        &[("code", Arg::Num(code.code.into())), ("reason", reason)],
                    )?),
                );
                let (first, rest) = plan::compare_with(&site.catalog, i);
                let link = |j: usize| -> Result<Link> {
                    let pair = [
                        ("a", Arg::Num(code.code.into())),
                        ("b", Arg::Num(codes[j].code.into())),
                    ];
                    Ok(Link {
                        href: base.link(&plan::compare_path(lang, code, &codes[j])),
                        code: codes[j].code,
                        reason: codes[j].reason.clone(),
                        label: track(t("pair-link", &pair)?),
                    })
                };
                ctx.insert(
                    "confused",
                    &first.into_iter().map(link).collect::<Result<Vec<_>>>()?,
                );
                ctx.insert(
                    "others",
                    &rest.into_iter().map(link).collect::<Result<Vec<_>>>()?,
                );
                ctx.insert(
                    "most_confused_heading",
                    &track(t(
                        "compare-most-confused",
                        &[("code", Arg::Num(code.code.into()))],
                    )?),
                );
                ctx.insert(
                    "compare_with_heading",
                    &track(t(
                        "compare-with-heading",
                        &[("code", Arg::Num(code.code.into()))],
                    )?),
                );
                ctx.insert(
                    "breadcrumbs",
                    &[Crumb {
                        name: format!("{} {}", code.code, code.reason),
                        href: v.href.clone(),
                    }],
                );
                fallback.set(fallback.get() | v.fallback);
            }
            PageKind::Compare(ai, bi) => {
                let (a, b) = (&codes[ai], &codes[bi]);
                let (va, vb) = (&view.codes[ai], &view.codes[bi]);
                ctx.insert_value("a", view.code_values[ai].clone());
                ctx.insert_value("b", view.code_values[bi].clone());
                let names = [
                    ("a", Arg::Num(a.code.into())),
                    ("reason-a", Arg::Str(a.reason.clone())),
                    ("b", Arg::Num(b.code.into())),
                    ("reason-b", Arg::Str(b.reason.clone())),
                ];
                let title = track(t("compare-title", &names)?);
                let description = track(t("compare-description", &names)?);
                insert_head(ctx, &title, &description);
                ctx.insert("heading", &track(t("compare-heading", &names)?));
                // The lede says what decides between the two: the hand-written note where
                // there is one, else the most decisive derived difference, which the list
                // below then leaves out. What to do is said once, under "What to do".
                let mut listed = compare::differences(a, b);
                let lede = if site.notes.contains(&(a.code, b.code)) {
                    let id = format!("pair-{}-{}", a.code, b.code);
                    let note = Self::prose(site, locale, &id, None)?;
                    // What the note already says is not listed again: judged on the
                    // reference text, so every locale lists the same facts.
                    listed = compare::not_in_note(listed, &site.locales.reference_text(&id)?);
                    fallback.set(fallback.get() | !note.lang.is_empty());
                    note
                } else {
                    let first = if listed.is_empty() {
                        compare::no_difference(a, b)
                    } else {
                        listed.remove(0)
                    };
                    let first = view.lists.resolved(first);
                    let first = track(t(first.id, &first.args)?);
                    Prose {
                        html: tera::Value::safe_string(&format!("<p>{}</p>", first.html())),
                        lang: String::new(),
                    }
                };
                let mut differences = Vec::with_capacity(listed.len());
                for s in listed {
                    let s = view.lists.resolved(s);
                    differences.push(track(t(s.id, &s.args)?));
                }
                ctx.insert("lede", &lede);
                ctx.insert("differences", &differences);
                let same_fix = a.fix == b.fix;
                ctx.insert("same_fix", &same_fix);
                if same_fix {
                    let both = track(t(
                        "todo-same-fix",
                        &[
                            ("a", Arg::Num(a.code.into())),
                            ("b", Arg::Num(b.code.into())),
                            ("fix", Arg::Str(va.fix.text.clone())),
                        ],
                    )?);
                    ctx.insert("same_fix_text", &both);
                }
                ctx.insert_value("a_section", view.parts[ai].clone());
                ctx.insert_value("b_section", view.parts[bi].clone());
                let mut related = Vec::new();
                for (x, y) in plan::related(&site.catalog, ai, bi, 8) {
                    let (cx, cy) = (&codes[x], &codes[y]);
                    let label = track(t(
                        "pair-link",
                        &[
                            ("a", Arg::Num(cx.code.into())),
                            ("b", Arg::Num(cy.code.into())),
                        ],
                    )?);
                    related.push(Related {
                        href: base.link(&plan::compare_path(lang, cx, cy)),
                        label,
                        reason_a: &cx.reason,
                        reason_b: &cy.reason,
                    });
                }
                ctx.insert("related", &related);
                let crumb = track(t(
                    "compare-breadcrumb",
                    &[
                        ("a", Arg::Num(a.code.into())),
                        ("b", Arg::Num(b.code.into())),
                    ],
                )?);
                ctx.insert(
                    "breadcrumbs",
                    &[Crumb {
                        name: crumb.text,
                        href: base.link(&plan::compare_path(lang, a, b)),
                    }],
                );
                fallback.set(
                    fallback.get()
                        | va.fallback
                        | vb.fallback
                        | va.prose_heading_fallback
                        | vb.prose_heading_fallback,
                );
            }
            PageKind::NotFound | PageKind::Chooser => {
                let title = track(t("notfound-title", &[])?);
                let body = track(t("notfound-body", &[])?);
                insert_head(ctx, &title, &body);
                ctx.insert("breadcrumbs", &Vec::<serde_json::Value>::new());
            }
        }
        Ok(fallback.get())
    }
}

/// JSON-LD for a page, built from the same localized texts the page shows: a
/// `BreadcrumbList` and a `TechArticle` (a `WebSite` for a locale's home).
fn structured_data(ctx: &tera::Context, origin: &str, kind: PageKind) -> String {
    #[derive(Serialize)]
    struct Item<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        position: usize,
        name: &'a str,
        item: String,
    }
    #[derive(Serialize)]
    struct Crumbs<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(rename = "itemListElement")]
        items: Vec<Item<'a>>,
    }
    #[derive(Serialize)]
    struct WebSite<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'a str,
        url: String,
        #[serde(rename = "inLanguage")]
        lang: &'a str,
    }
    #[derive(Serialize)]
    struct Article<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        headline: &'a str,
        description: &'a str,
        #[serde(rename = "inLanguage")]
        lang: &'a str,
        url: &'a str,
        #[serde(rename = "mainEntityOfPage")]
        main: &'a str,
        #[serde(rename = "isPartOf")]
        part_of: WebSite<'a>,
    }
    #[derive(Serialize)]
    #[serde(untagged)]
    enum Main<'a> {
        Site(WebSite<'a>),
        Article(Article<'a>),
    }
    #[derive(Serialize)]
    struct Doc<'a> {
        #[serde(rename = "@context")]
        context: &'static str,
        #[serde(rename = "@graph")]
        graph: (Crumbs<'a>, Main<'a>),
    }
    let get = |path: &'static str| -> &str {
        let (head, rest) = path.split_once('.').unwrap_or((path, ""));
        let v = ctx.get(head);
        let v = if rest.is_empty() {
            v
        } else {
            v.and_then(|v| v.get_from_path(rest))
        };
        v.and_then(|v| v.as_str()).unwrap_or_default()
    };
    let (lang, canonical, home) = (
        get("lang"),
        get("canonical"),
        format!("{origin}{}", get("home")),
    );
    let mut items = vec![Item {
        kind: "ListItem",
        position: 1,
        name: get("t.nav_home.text"),
        item: home.clone(),
    }];
    if let Some(crumbs) = ctx.get("breadcrumbs").and_then(|v| v.as_array()) {
        for (i, c) in crumbs.iter().enumerate() {
            let field = |f: &'static str| {
                c.get_from_path(f)
                    .and_then(|v| v.as_str())
                    .unwrap_or_default()
            };
            items.push(Item {
                kind: "ListItem",
                position: i + 2,
                name: field("name"),
                item: format!("{origin}{}", field("href")),
            });
        }
    }
    let site = WebSite {
        kind: "WebSite",
        name: get("t.site_name.text"),
        url: home,
        lang,
    };
    let main = if kind == PageKind::Home {
        Main::Site(site)
    } else {
        Main::Article(Article {
            kind: "TechArticle",
            headline: get("title.text"),
            description: get("description"),
            lang,
            url: canonical,
            main: canonical,
            part_of: site,
        })
    };
    let doc = Doc {
        context: "https://schema.org",
        graph: (
            Crumbs {
                kind: "BreadcrumbList",
                items,
            },
            main,
        ),
    };
    // Inside <script>, `<` must not open a tag: JSON allows it escaped.
    let json = serde_json::to_string(&doc).unwrap_or_default();
    if json.contains('<') {
        json.replace('<', "\\u003c")
    } else {
        json
    }
}

fn insert_head(ctx: &mut tera::Context, title: &Text, description: &Text) {
    ctx.insert("title", title);
    ctx.insert("description", &truncate(&description.text, DESCRIPTION_MAX));
}

/// A context value. Texts and prose carry their `html` as a safe string (see
/// [`Text`]'s serialization), so templates print it without `| safe`.
fn to_value<T: Serialize + ?Sized>(v: &T) -> Result<tera::Value> {
    tera::Value::try_from_serializable(v).map_err(|e| {
        Error::one(Diagnostic::error(
            "templates",
            format!("cannot build the page context: {e}"),
        ))
    })
}

/// Cut `text` to at most `max` characters at a word boundary, ending with an ellipsis.
/// Text without spaces (Japanese) is cut between characters.
pub fn truncate(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let head = match cut.rfind(char::is_whitespace) {
        Some(i) if text.contains(' ') && i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        head.trim_end_matches(
            |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '、' | '，')
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
                        let direct = Renderer::text(&site, locale, s.id, None, &s.args).unwrap();
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

    #[test]
    fn truncate_cuts_at_a_word_boundary() {
        let text = "word ".repeat(40);
        let out = truncate(&text, 155);
        assert!(out.chars().count() <= 155, "{}", out.chars().count());
        assert!(out.ends_with("word…"), "{out}");
        assert_eq!(truncate("short", 155), "short");
        let ja = "あ".repeat(200);
        assert_eq!(truncate(&ja, 155).chars().count(), 155);
    }
}
