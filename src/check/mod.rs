//! `sipvs check`: validates content, templates and every locale without writing a site, and
//! tells translators, per locale, what is missing, obsolete, broken or still English.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;

use crate::error::{Diagnostic, Error, Severity, visible};
use crate::load::config::Config;

mod ftl;
mod locale;
mod termbase;

use ftl::units;
use locale::compare_locale;
pub use locale::plural_categories;
use termbase::termbase_findings;

/// The version of the JSON document `check --format json` prints. It grows when a field is
/// added and changes its major meaning never without a new number.
pub const SCHEMA: u32 = 1;

/// One finding, with the locale and message it concerns.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// What kind of problem, for tools: `syntax`, `duplicate`, `missing`, `obsolete`,
    /// `unchanged`, `copy`, `variable`, `selector`, `plural`, `empty`, `identity`,
    /// `termbase`, `content` (records, templates, rendering) or `unusable`.
    pub kind: &'static str,
    /// Where and what.
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    /// The locale, for locale findings.
    pub locale: Option<String>,
    /// The message id (with `.attribute`), for message findings.
    pub id: Option<String>,
    /// The English source of the message, where it helps.
    pub english: Option<String>,
}

/// Per-locale counts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LocaleSummary {
    /// Locale tag.
    pub locale: String,
    /// Messages and attributes in the reference locale.
    pub messages: usize,
    /// Share of them this locale translates (present and not identical), in percent.
    pub translated: f64,
    /// Reference messages or attributes this locale lacks.
    pub missing: usize,
    /// Messages this locale has that the reference does not.
    pub obsolete: usize,
    /// Messages identical to the reference.
    pub unchanged: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
}

/// Everything `check` found. The JSON shape is the same whatever the exit status.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// [`SCHEMA`].
    pub schema: u32,
    /// Whether the input could be checked at all (false: exit status 2).
    pub usable: bool,
    /// All findings, sorted by file and position.
    pub findings: Vec<Finding>,
    /// One row per checked locale.
    pub locales: Vec<LocaleSummary>,
}

impl Default for Report {
    fn default() -> Report {
        Report {
            schema: SCHEMA,
            usable: true,
            findings: Vec::new(),
            locales: Vec::new(),
        }
    }
}

impl Report {
    /// The report of an input that could not be checked at all.
    pub fn unusable(e: &Error) -> Report {
        Report {
            usable: false,
            findings: e
                .diagnostics
                .iter()
                .map(|d| Finding {
                    kind: "unusable",
                    diagnostic: d.clone(),
                    locale: None,
                    id: None,
                    english: None,
                })
                .collect(),
            ..Report::default()
        }
    }

    /// Whether the check fails: on any error, and with `strict` on any warning too.
    pub fn fails(&self, strict: bool) -> bool {
        self.findings.iter().any(|f| {
            f.diagnostic.severity == Severity::Error
                || (strict && f.diagnostic.severity == Severity::Warning)
        })
    }

    /// Keep only findings at least as severe as `min`.
    pub fn keep(&mut self, min: Severity) {
        self.findings.retain(|f| f.diagnostic.severity >= min);
    }

    /// The per-locale table.
    fn table(&self) -> String {
        let mut out = String::new();
        if !self.locales.is_empty() {
            out.push_str(&format!(
                "{:<8} {:>8} {:>11} {:>8} {:>9} {:>10} {:>7} {:>9}\n",
                "locale",
                "messages",
                "translated",
                "missing",
                "obsolete",
                "unchanged",
                "errors",
                "warnings"
            ));
            for l in &self.locales {
                out.push_str(&format!(
                    "{:<8} {:>8} {:>10.1}% {:>8} {:>9} {:>10} {:>7} {:>9}\n",
                    l.locale,
                    l.messages,
                    l.translated,
                    l.missing,
                    l.obsolete,
                    l.unchanged,
                    l.errors,
                    l.warnings
                ));
            }
        }
        out
    }

    /// The report for people: the summary table first, then the findings, each drawn like
    /// a build's errors (its source line and a caret when it has a position, see
    /// [`crate::report::draw`]) with the locale and the English source, then the total.
    /// `root` is the project the findings' files are in.
    pub fn text(&self, root: &Path, colour: bool) -> String {
        let mut out = String::new();
        out.push_str(&self.table());
        if !self.findings.is_empty() && !out.is_empty() {
            out.push('\n');
        }
        for f in &self.findings {
            let mut d = f.diagnostic.clone();
            if let Some(l) = &f.locale {
                d.message = format!("[{l}] {}", d.message);
            }
            out.push_str(crate::report::draw(root, &d, colour).trim_end());
            out.push('\n');
            // Everything quoted from the input is shown escaped (see `error::visible`).
            if let Some(en) = &f.english {
                out.push_str(&format!("  english: {}\n", visible(en)));
            }
        }
        let errors = self
            .findings
            .iter()
            .filter(|f| f.diagnostic.severity == Severity::Error)
            .count();
        let warnings = self
            .findings
            .iter()
            .filter(|f| f.diagnostic.severity == Severity::Warning)
            .count();
        out.push_str(&format!("\ncheck: {errors} errors, {warnings} warnings\n"));
        out
    }
}

fn finding(
    kind: &'static str,
    d: Diagnostic,
    locale: &str,
    id: Option<&str>,
    english: Option<&str>,
) -> Finding {
    Finding {
        kind,
        diagnostic: d,
        locale: Some(locale.to_string()),
        id: id.map(str::to_string),
        english: english.map(str::to_string),
    }
}

/// Check the project at `root`; `only` narrows the locale findings and table to one locale.
/// An `Err` means the input is unusable (no configuration, say).
pub fn check(root: &Path, only: Option<&str>) -> Result<Report, Error> {
    let config = Config::load(root, None)?;
    if let Some(l) = only
        && !config.locales.iter().any(|x| x == l)
    {
        return Err(Error::one(
            Diagnostic::error(
                crate::load::config::CONFIG_FILE,
                format!("locale `{l}` is not in sipvs.toml"),
            )
            .hint(format!("choose one of {}", config.locales.join(", "))),
        ));
    }
    let mut report = Report::default();
    let mut general: Vec<Diagnostic> = Vec::new();
    // Content, templates and the whole pipeline: a full in-memory render catches broken
    // messages in every combination the pages use.
    // Every locale's files read and parsed once: for the site the pipeline renders, and for
    // the locale checks below.
    let parsed = crate::load::locale::parse_all(root, &root.join("locales"), &config.locales)?;
    match crate::load::site::Site::load_with(root, config.clone(), &parsed) {
        Ok(site) => {
            general.extend(site.warnings.iter().cloned());
            // The build's own pipeline, writing nothing: `check` fails on whatever `build`
            // fails on (messages, templates, links), reading links both as `build` and as a
            // browser does.
            let hidden = indicatif::ProgressBar::hidden();
            let mut anchors = crate::write::links::Anchors::default();
            let run = crate::pipeline::run(
                &site,
                crate::pipeline::Selection::All,
                &mut anchors,
                crate::write::links::Reader::Both,
                &crate::pipeline::Discard,
                &hidden,
            );
            if let Err(e) = run {
                general.extend(e.diagnostics);
            }
        }
        Err(e) => general.extend(e.diagnostics),
    }
    let units: Vec<ftl::Parsed> = parsed.iter().map(units).collect();
    let Some(reference) = units.iter().find(|u| u.lang == config.reference_locale) else {
        return Err(Error::one(Diagnostic::error(
            crate::load::config::CONFIG_FILE,
            "the reference locale is not among the locales",
        )));
    };
    for this in &units {
        let lang = &this.lang;
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        let mut summary = LocaleSummary {
            locale: lang.clone(),
            ..Default::default()
        };
        let mut findings = this.findings.clone();
        findings.extend(compare_locale(lang, reference, this, &mut summary));
        findings.extend(termbase_findings(root, lang, this));
        summary.errors = findings
            .iter()
            .filter(|f| f.diagnostic.severity == Severity::Error)
            .count();
        summary.warnings = findings
            .iter()
            .filter(|f| f.diagnostic.severity == Severity::Warning)
            .count();
        report.findings.extend(findings);
        report.locales.push(summary);
    }
    // Problems the pipeline found that the locale pass already reports more precisely are
    // dropped; the rest (content, templates, formatting) are kept.
    let known: BTreeSet<(String, Option<usize>)> = report
        .findings
        .iter()
        .map(|f| (f.diagnostic.file.display().to_string(), f.diagnostic.line))
        .collect();
    for d in general {
        let in_locale = d
            .file
            .components()
            .nth(1)
            .and_then(|c| c.as_os_str().to_str())
            .map(str::to_string);
        let is_locale = d.file.starts_with("locales");
        if is_locale && known.contains(&(d.file.display().to_string(), d.line)) {
            continue;
        }
        if let (Some(o), Some(l)) = (only, &in_locale)
            && is_locale
            && o != l
        {
            continue;
        }
        let locale = if is_locale { in_locale } else { None };
        report.findings.push(Finding {
            kind: "content",
            diagnostic: d,
            locale,
            id: None,
            english: None,
        });
    }
    report.findings.sort_by(|a, b| {
        let (x, y) = (&a.diagnostic, &b.diagnostic);
        (&x.file, x.line, x.column, &x.message).cmp(&(&y.file, y.line, y.column, &y.message))
    });
    report
        .findings
        .dedup_by(|a, b| a.diagnostic == b.diagnostic);
    Ok(report)
}
