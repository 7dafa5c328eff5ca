//! The reference as open data: per locale, one JSON document of every code (its facts, its
//! texts in that locale, its page's URL) and of every comparison page. docs/DATA.md is its
//! public description; a change of shape here changes [`SCHEMA`] there.
//!
//! Typed structs serialized in field order, lists in catalog order, nothing from the
//! clock: two builds of the same input give the same bytes.

use serde::Serialize;

use crate::error::{Diagnostic, Error, Result};
use crate::load::catalog::{
    Code, Deprecation, Fixer, Forking, Isup, Next, Problem, Reached, Requests, Sender, Step,
};
use crate::load::locale::{Locale, Text};
use crate::load::markdown;
use crate::load::site::Site;
use crate::plan::{self, PageKind};

/// The document's shape. Fields are only added within one schema; a removal, a rename or a
/// change of meaning increments it.
pub const SCHEMA: u32 = 1;

/// One locale's document.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// See [`SCHEMA`].
    pub schema: u32,
    /// The locale's tag, `en`.
    pub locale: &'a str,
    /// The site's base URL, ending in `/`.
    pub base_url: String,
    /// The absolute URL of the locale's home.
    pub home: String,
    /// Every code, ascending.
    pub codes: Vec<CodeData<'a>>,
    /// Every comparison page: each unordered pair once, lower code first, in code order.
    pub comparisons: Vec<Comparison>,
}

/// One code: the record's facts as its TOML file states them, and its texts in the locale.
#[derive(Debug, Serialize)]
pub struct CodeData<'a> {
    pub code: u16,
    pub reason: &'a str,
    /// 1 for 1xx … 6 for 6xx.
    pub class: u8,
    /// The absolute URL of the code's page in this locale.
    pub url: String,
    pub rfc: u32,
    pub section: &'a str,
    pub deprecated: Option<&'a Deprecation>,
    pub senders: &'a [Sender],
    /// Methods, or `["*"]` for any request, as in the record.
    pub requests: Vec<&'a str>,
    pub carries: &'a [String],
    pub triggers: &'a [String],
    pub retry_after: bool,
    pub next: Next,
    /// The fix id, shared by codes with the same fix; `texts.fix` phrases it.
    pub fix: &'a str,
    pub forking: Forking,
    pub problem: Problem,
    pub fixer: Fixer,
    pub reached: Reached,
    pub isup: &'a Isup,
    pub confused_with: &'a [u16],
    pub flow: &'a [Step],
    /// The example response, one line per element, status line first (see
    /// [`super::example`]).
    pub example: Vec<String>,
    pub texts: Texts,
}

/// A code's texts in the locale.
#[derive(Debug, Serialize)]
pub struct Texts {
    pub summary: Localized,
    pub description: Localized,
    pub seen: Localized,
    pub handle: Localized,
    /// The sentence for the code's fix id.
    pub fix: Localized,
}

/// One text, as plain text and as the HTML the page shows.
#[derive(Debug, Serialize)]
pub struct Localized {
    /// The language the text is in: the document's locale, or the reference locale's
    /// where this one has no translation yet.
    pub lang: String,
    pub text: String,
    pub html: String,
}

/// A comparison page.
#[derive(Debug, Serialize)]
pub struct Comparison {
    /// The lower code.
    pub a: u16,
    /// The higher code.
    pub b: u16,
    pub url: String,
}

/// The document of locale `li`, serialized (pretty, so that two versions diff line by line,
/// with a final newline).
pub fn json(site: &Site, li: usize) -> Result<Vec<u8>> {
    let doc = document(site, li)?;
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| {
        Error::one(Diagnostic::error(
            plan::data_path(doc.locale),
            format!("cannot serialize the open data: {e}"),
        ))
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// The document of locale `li`; fails on a message the reference locale lacks, as the
/// pages do.
pub fn document(site: &Site, li: usize) -> Result<Document<'_>> {
    let locale = &site.locales.list[li];
    let lang = locale.lang.as_str();
    let base = &site.config.base;
    let url = |kind: PageKind| base.absolute(&plan::path(&site.catalog, Some(lang), kind));
    let mut codes = Vec::new();
    let mut problems = Vec::new();
    for (i, code) in site.catalog.codes().iter().enumerate() {
        match texts(site, locale, code) {
            Ok(texts) => codes.push(facts(code, url(PageKind::Code(i)), texts)),
            Err(e) => problems.extend(e.diagnostics),
        }
    }
    Error::check(problems)?;
    let comparisons = plan::Kinds::new(&site.catalog)
        .iter()
        .filter_map(|kind| match kind {
            PageKind::Compare(a, b) => Some(Comparison {
                a: site.catalog.codes()[a].code,
                b: site.catalog.codes()[b].code,
                url: url(kind),
            }),
            _ => None,
        })
        .collect();
    Ok(Document {
        schema: SCHEMA,
        locale: lang,
        base_url: base.absolute(""),
        home: url(PageKind::Home),
        codes,
        comparisons,
    })
}

fn facts<'a>(code: &'a Code, url: String, texts: Texts) -> CodeData<'a> {
    CodeData {
        code: code.code,
        reason: &code.reason,
        class: code.class(),
        url,
        rfc: code.rfc,
        section: &code.section,
        deprecated: code.deprecated.as_ref(),
        senders: &code.senders,
        requests: match &code.requests {
            Requests::Any => vec!["*"],
            Requests::Methods(m) => m.iter().map(String::as_str).collect(),
        },
        carries: &code.carries,
        triggers: &code.triggers,
        retry_after: code.retry_after,
        next: code.next,
        fix: &code.fix,
        forking: code.forking,
        problem: code.problem,
        fixer: code.fixer,
        reached: code.reached,
        isup: &code.isup,
        confused_with: &code.confused_with,
        flow: &code.flow,
        example: super::example::message(code),
        texts,
    }
}

fn texts(site: &Site, locale: &Locale, code: &Code) -> Result<Texts> {
    let id = format!("code-{}", code.code);
    // The language a text is in: the page marks a fallback with the reference's tag.
    let lang = |t: &Text| {
        if t.is_fallback() {
            t.lang.clone()
        } else {
            locale.lang.clone()
        }
    };
    let sentence = |t: Text| Localized {
        lang: lang(&t),
        html: markdown::escape(&t.text),
        text: t.text,
    };
    let prose = |attr: &str| -> Result<Localized> {
        let t = site.locales.text(locale, &id, Some(attr), None)?;
        Ok(Localized {
            lang: lang(&t),
            text: markdown::plain(&t.text),
            html: markdown::render(&t.text),
        })
    };
    Ok(Texts {
        summary: sentence(site.locales.text(locale, &id, Some("summary"), None)?),
        description: prose("description")?,
        seen: prose("seen")?,
        handle: prose("handle")?,
        fix: sentence(
            site.locales
                .text(locale, &format!("fix-{}", code.fix), None, None)?,
        ),
    })
}
