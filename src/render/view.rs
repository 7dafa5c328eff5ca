//! What every page of one locale shares, computed once per locale: its interface texts,
//! each code's view, the home's list of codes and what comparison pages show of each code
//! (its call-flow figure and its side-by-side facts).

use std::collections::BTreeMap;

use serde::Serialize;

use super::code::CodeView;
use super::lists::Lists;
use super::side::{self, Cell};
use super::text::Memo;
use crate::error::{Diagnostic, Error, Result};
use crate::load::locale::{Locale, Text};
use crate::load::site::Site;

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
    "data-link",
    "section-description",
    "section-seen",
    "section-handle",
    "section-facts",
    "section-flow",
    "flow-scroll-hint",
    "example-heading",
    "compare-all-others",
    "badge-deprecated",
    "section-differences",
    "section-side-by-side",
    "section-what-to-do",
    "link-how-to-handle",
    "section-related",
    "compare-flows-heading",
    "compare-note-heading",
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
    "fact-registry",
    "registry-link",
    "permalink-label",
    "og-image-alt",
    "nav-codes-heading",
    "nav-codes-crumb",
    "nav-jump-label",
    "nav-pairs-heading",
    "nav-pairs-crumb",
    "nav-pairs-confused",
    "nav-pairs-any-heading",
    "nav-pairs-any",
    "nav-pairs-picker",
    "nav-notfound-suggest",
    "nav-notfound-lookup",
    "nav-notfound-lookup-placeholder",
    "nav-notfound-none",
    "nav-notfound-elsewhere",
];

/// A locale's interface texts (see [`STATIC_UI`]).
#[derive(Default)]
pub(super) struct Ui {
    /// Keyed with underscores, as templates see them (`t.nav_home`).
    pub texts: BTreeMap<String, Text>,
    /// Whether any of them fell back to the reference locale.
    pub fallback: bool,
}

impl Ui {
    /// Format every [`STATIC_UI`] message of `locale`.
    pub(super) fn new(site: &Site, locale: &Locale) -> Result<Ui> {
        let mut problems = Vec::new();
        let mut texts = BTreeMap::new();
        let mut fallback = false;
        for id in STATIC_UI {
            match site.locales.text(locale, id, None, None) {
                Ok(text) => {
                    fallback |= text.is_fallback();
                    texts.insert(id.replace('-', "_"), text);
                }
                Err(e) => problems.extend(e.diagnostics),
            }
        }
        Error::check(problems)?;
        Ok(Ui { texts, fallback })
    }

    /// The plain text of message `id` (one of [`STATIC_UI`]); empty if it failed.
    pub(super) fn text(&self, id: &str) -> &str {
        self.texts
            .get(&id.replace('-', "_"))
            .map_or("", |t| t.text.as_str())
    }
}

/// A code as the locale's home lists it.
#[derive(Serialize)]
struct HomeEntry<'a> {
    code: u16,
    reason: &'a str,
    name: &'a str,
    href: &'a str,
    summary: &'a Text,
    /// The summary as HTML with its header names kept whole (see `CodeView::summary_html`).
    summary_html: &'a str,
    deprecated: bool,
}

/// One class of codes as the locale's home lists it.
#[derive(Serialize)]
struct HomeClass<'a> {
    class: u8,
    name: Text,
    codes: Vec<HomeEntry<'a>>,
}

/// What a page needs of a code's view outside the templates.
pub(super) struct CodeBrief {
    pub summary: Text,
    pub href: String,
    /// What fixes it (`fix-<id>`), for the one sentence of two codes that share it.
    pub fix: Text,
    /// Whether any of the code's texts fell back to the reference locale.
    pub fallback: bool,
    /// Whether the caption of its example (on its own page only) did.
    pub example_fallback: bool,
    /// Whether what a comparison page shows of it (summary, fix, call-flow caption) did.
    pub compare_fallback: bool,
    /// Its facts in the side-by-side table (see [`side::cells`]).
    pub cells: Vec<Cell>,
}

/// What every page of one locale shares.
pub(super) struct LocaleView {
    /// Messages formatted on many pages (see [`Memo`]).
    pub memo: Memo,
    /// Per code, its call-flow figure as a comparison page shows it, rendered once from
    /// `partials/compare-code.html` (most of a comparison page's HTML).
    pub flows: Vec<tera::Value>,
    /// The labels of the side-by-side table (see [`side::LABELS`]).
    pub fact_labels: Vec<Text>,
    pub lists: Lists,
    /// The reference locale's lists, for a sentence that falls back to the reference: its
    /// lists are joined in the reference's words too ("the UAS or a gateway", never "the UAS
    /// oder a gateway"). `None` in the reference locale itself.
    pub fallback_lists: Option<Lists>,
    /// The interface texts, as templates see them (`t`).
    pub t: tera::Value,
    pub ui_fallback: bool,
    /// The site's name and the home's link text, for JSON-LD.
    pub site_name: String,
    pub nav_home: String,
    /// Per code, what pages need besides its value (the heavy prose and diagram live in
    /// `code_values` and `flows` only).
    pub codes: Vec<CodeBrief>,
    pub code_values: Vec<tera::Value>,
    /// The home's list of codes, by class.
    pub classes: tera::Value,
}

impl LocaleView {
    /// A locale's view, from its interface texts; fails on any missing or broken message.
    pub(super) fn new(site: &Site, locale: &Locale, ui: Ui) -> Result<LocaleView> {
        use rayon::prelude::*;
        let mut problems = Vec::new();
        let lists = Lists::new(site, locale)?;
        let reference = site.locales.reference();
        let fallback_lists = if std::ptr::eq(locale, reference) {
            None
        } else {
            Some(Lists::new(site, reference)?)
        };
        let mut codes = Vec::new();
        let results: Vec<Result<CodeView>> = site
            .catalog
            .codes()
            .par_iter()
            .map(|code| CodeView::new(site, &lists, locale, code))
            .collect();
        for r in results {
            match r {
                Ok(v) => codes.push(v),
                Err(e) => problems.extend(e.diagnostics),
            }
        }
        Error::check(problems)?;
        if ui.texts.is_empty() {
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
                    summary_html: &c.summary_html,
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
        let t_value = to_value(&ui.texts)?;
        let flows = code_values
            .par_iter()
            .map(|c| {
                let mut ctx = tera::Context::new();
                ctx.insert_value("c", c.clone());
                ctx.insert_value("t", t_value.clone());
                let mut html = Vec::new();
                crate::load::templates::render_into(
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
                example_fallback: c.example_caption.is_fallback(),
                compare_fallback: c.summary.is_fallback()
                    || c.fix.is_fallback()
                    || c.flow_caption.is_fallback(),
                cells: side::cells(&c),
                summary: c.summary,
                href: c.href,
                fix: c.fix,
            })
            .collect();
        let fact_labels = side::LABELS
            .iter()
            .map(|id| {
                ui.texts
                    .get(&id.replace('-', "_"))
                    .cloned()
                    .unwrap_or_default()
            })
            .collect();
        Ok(LocaleView {
            memo: Memo::default(),
            flows,
            fact_labels,
            lists,
            fallback_lists,
            site_name: ui.text("site-name").to_string(),
            nav_home: ui.text("nav-home").to_string(),
            t: t_value,
            ui_fallback: ui.fallback,
            codes,
            code_values,
            classes,
        })
    }
}

/// A context value. Texts and prose carry their `html` as a safe string (see
/// [`Text`]'s serialization), so templates print it without `| safe`.
pub(super) fn to_value<T: Serialize + ?Sized>(v: &T) -> Result<tera::Value> {
    tera::Value::try_from_serializable(v).map_err(|e| {
        Error::one(Diagnostic::error(
            "templates",
            format!("cannot build the page context: {e}"),
        ))
    })
}
