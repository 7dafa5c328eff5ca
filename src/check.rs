//! `sipvs check`: validates content, templates and every locale without writing a site, and
//! tells translators, per locale, what is missing, obsolete, broken or still English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;

use crate::catalog::rel;
use crate::config::Config;
use crate::error::{Diagnostic, Error, Severity, visible};
use crate::locale::definitions;

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

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.fails(false)
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

    /// The report for people: the summary table first, then the findings, then the total.
    pub fn text(&self) -> String {
        let mut out = String::new();
        out.push_str(&self.table());
        if !self.findings.is_empty() && !out.is_empty() {
            out.push('\n');
        }
        for f in &self.findings {
            let d = &f.diagnostic;
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Note => "note",
            };
            let locale = f
                .locale
                .as_deref()
                .map(|l| format!("[{l}] "))
                .unwrap_or_default();
            // Everything quoted from the input is shown escaped (see `error::visible`).
            out.push_str(&format!(
                "{level}: {}{}: {}\n",
                visible(&locale),
                visible(&d.location()),
                visible(&d.message)
            ));
            if let Some(en) = &f.english {
                out.push_str(&format!("  english: {}\n", visible(en)));
            }
            if let Some(h) = &d.hint {
                out.push_str(&format!("  hint: {}\n", visible(h)));
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

/// One message or attribute of a locale, as the checks see it.
#[derive(Debug, Clone)]
struct Unit {
    file: usize,
    line: usize,
    column: usize,
    text: String,
    variables: BTreeSet<String>,
    /// The variable and the keys of each select expression whose selector is a variable.
    selects: Vec<(String, BTreeSet<String>)>,
    empty: bool,
}

struct Parsed {
    lang: String,
    files: Vec<String>,
    units: BTreeMap<String, Unit>,
    findings: Vec<Finding>,
    /// Ids of messages the parser could not read (reported as syntax errors).
    broken: BTreeSet<String>,
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

/// Parse every `.ftl` file of one locale into units, reporting syntax errors and duplicates.
fn parse_locale(root: &Path, dir: &Path, lang: &str) -> Parsed {
    let mut parsed = Parsed {
        lang: lang.to_string(),
        files: Vec::new(),
        units: BTreeMap::new(),
        findings: Vec::new(),
        broken: BTreeSet::new(),
    };
    if !dir.is_dir() {
        let d = Diagnostic::error(
            rel(root, dir),
            format!("the folder of locale `{lang}` is missing"),
        )
        .hint(format!(
            "create locales/{lang}/ with the locale's .ftl files"
        ));
        parsed
            .findings
            .push(finding("unusable", d, lang, None, None));
        return parsed;
    }
    let (inputs, unreadable) =
        crate::input::read_all(root, dir, "ftl", crate::input::limit::LOCALE);
    for d in unreadable {
        parsed
            .findings
            .push(finding("unusable", d, lang, None, None));
    }
    for input in inputs {
        let (shown, source) = (input.shown, input.text);
        if let Some(d) = crate::locale::too_deep(&shown, &source) {
            parsed.findings.push(finding("syntax", d, lang, None, None));
            continue;
        }
        let file = parsed.files.len();
        parsed.files.push(shown.display().to_string());
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let at = crate::locale::error_offset(&e, &source);
                    let (message, hint) = plain_syntax_error(&e, &source, at);
                    let d = Diagnostic::error(&shown, message)
                        .at_offset(&source, at)
                        .hint(hint);
                    parsed.findings.push(finding("syntax", d, lang, None, None));
                }
                r
            }
        };
        // A message the parser could not read is reported once, as a syntax error, not
        // again as missing.
        for entry in &resource.body {
            if let ast::Entry::Junk { content } = entry {
                let id: String = content
                    .trim_start_matches('-')
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                    .collect();
                if !id.is_empty() {
                    parsed.broken.insert(id);
                }
            }
        }
        let positions: BTreeMap<String, (usize, usize)> = {
            let mut m = BTreeMap::new();
            for (id, line, col) in definitions(&source) {
                if let Some(&(pl, _)) = m.get(&id) {
                    let d = Diagnostic::error(&shown, format!("message `{id}` is defined twice"))
                        .at(line, col)
                        .hint(format!("the first definition is on line {pl}; keep one"));
                    parsed
                        .findings
                        .push(finding("duplicate", d, lang, Some(&id), None));
                } else {
                    m.insert(id, (line, col));
                }
            }
            m
        };
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name.to_string();
            let mut add = |key: String, pattern: &ast::Pattern<&str>| {
                let (line, column) = positions.get(&key).copied().unwrap_or((1, 1));
                if let Some(prev) = parsed.units.get(&key) {
                    if prev.file != file {
                        let d =
                            Diagnostic::error(&shown, format!("message `{key}` is defined twice"))
                                .at(line, column)
                                .hint(format!(
                                    "it is also defined in {}:{}; keep one",
                                    parsed.files[prev.file], prev.line
                                ));
                        parsed
                            .findings
                            .push(finding("duplicate", d, lang, Some(&key), None));
                    }
                    return;
                }
                let mut unit = Unit {
                    file,
                    line,
                    column,
                    text: String::new(),
                    variables: BTreeSet::new(),
                    selects: Vec::new(),
                    empty: false,
                };
                walk_pattern(pattern, &mut unit);
                unit.empty = unit.text.trim().is_empty()
                    && unit.variables.is_empty()
                    && unit.selects.is_empty();
                parsed.units.insert(key, unit);
            };
            if let Some(v) = &m.value {
                add(id.clone(), v);
            }
            for a in &m.attributes {
                add(format!("{id}.{}", a.id.name), &a.value);
            }
        }
    }
    parsed
}

fn walk_pattern(p: &ast::Pattern<&str>, unit: &mut Unit) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => unit.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, unit),
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, unit: &mut Unit) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, unit);
            if let ast::InlineExpression::VariableReference { id } = selector {
                unit.selects.push((
                    id.name.to_string(),
                    variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect(),
                ));
            }
            for v in variants {
                unit.text.push('|');
                walk_pattern(&v.value, unit);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, unit),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, unit: &mut Unit) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            unit.variables.insert(id.name.to_string());
            unit.text.push_str(&format!("{{${}}}", id.name));
        }
        ast::InlineExpression::StringLiteral { value } => unit.text.push_str(value),
        ast::InlineExpression::NumberLiteral { value } => unit.text.push_str(value),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, unit),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, unit);
            }
        }
        ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. } => {
            unit.text.push_str(&format!("{{{}}}", id.name));
        }
    }
}

/// The plural categories a language uses for cardinals.
pub fn plural_categories(lang: &str) -> BTreeSet<&'static str> {
    let Ok(langid) = lang.parse::<unic_langid::LanguageIdentifier>() else {
        return BTreeSet::new();
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return BTreeSet::new();
    };
    let mut out = BTreeSet::new();
    let samples = (0..=200).map(|n| n.to_string()).chain(
        ["0.5", "1.5", "2.5", "0.1", "1.1", "1000000"]
            .iter()
            .map(|s| s.to_string()),
    );
    for s in samples {
        if let Ok(c) = rules.select(s.as_str()) {
            out.insert(match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    out
}

const CLDR: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Ids that are expected to read the same in every language (protocol literals).
fn literal_ok(id: &str, unit: &Unit) -> bool {
    // A message made only of placeables and punctuation, or one whose letters are all
    // protocol literals such as reason phrases and "SIP", is fine unchanged.
    let mut rest = String::new();
    let mut in_placeable = false;
    for c in unit.text.chars() {
        match c {
            '{' => in_placeable = true,
            '}' => in_placeable = false,
            c if !in_placeable => rest.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && !matches!(*w, "SIP" | "vs" | "RFC"))
        .collect();
    // A lone header or method name (`Retry-After`, `INVITE`) is a protocol literal too.
    let single_literal = {
        let t = rest.trim();
        !t.is_empty()
            && !t.contains(char::is_whitespace)
            && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && (t.contains('-') || crate::catalog::METHODS.contains(&t))
    };
    words.is_empty() || single_literal || id == "list-separator"
}

/// A Fluent syntax error in plain words, and what to do, for the mistakes translators make
/// most: a tab, a missing `=`, an unclosed `{`, curly quotes where Fluent needs straight
/// ones. Anything else keeps the parser's words.
fn plain_syntax_error(
    e: &fluent_syntax::parser::ParserError,
    source: &str,
    at: usize,
) -> (String, String) {
    use fluent_syntax::parser::ErrorKind as K;
    let here = source[at.min(source.len())..].chars().next();
    let line_start = source[..at.min(source.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = &source[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let entry = e
        .slice
        .as_ref()
        .and_then(|r| source.get(r.clone()))
        .unwrap_or(line);
    if line.starts_with('\t') || here == Some('\t') || entry.contains("\n\t") {
        return (
            "a tab character: Fluent indents continuation lines with spaces".into(),
            "replace the tab with four spaces".into(),
        );
    }
    if line.contains(['“', '”', '„', '«', '»'])
        && line.contains('{')
        && !matches!(e.kind, K::ExpectedToken('='))
    {
        return (
            "curly quotes inside `{ }`: a string there needs straight quotes".into(),
            "write { \"…\" } with straight quotes, or move the quotes outside the braces".into(),
        );
    }
    match &e.kind {
        K::ExpectedToken('=') => (
            "expected `=` after the message id".into(),
            "write the id, a space, `=`, then the text: `my-message = Text`".into(),
        ),
        K::ExpectedToken('}') | K::UnterminatedStringLiteral => (
            "a `{` is not closed".into(),
            "close the placeable with `}`; a literal brace is written {\"{\"}".into(),
        ),
        K::UnbalancedClosingBrace => (
            "a `}` closes nothing".into(),
            "remove it, or write a literal brace as {\"}\"}".into(),
        ),
        K::MissingDefaultVariant => (
            "the selector has no default variant".into(),
            "mark one variant with `*`, as in the English message: `*[other] …`".into(),
        ),
        K::ExpectedCharRange { .. } | K::ExpectedMessageField { .. } | K::MissingValue => (
            format!("this line cannot start here ({e})"),
            "continuation lines start with spaces; an entry starts at column 1 with `id =`".into(),
        ),
        _ => (
            format!("Fluent syntax error: {e}"),
            "compare with the English file's layout (https://projectfluent.org/fluent/guide/)"
                .into(),
        ),
    }
}

/// One entry of a locale's termbase, `locales/<lang>/glossary.toml`.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    /// The English concept.
    en: String,
    /// The preferred term in the locale.
    #[serde(rename = "use")]
    preferred: String,
    /// Variants that must not appear.
    #[serde(default)]
    avoid: Vec<String>,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Termbase {
    #[serde(default)]
    term: Vec<Term>,
}

/// Every message of a locale that uses a variant its termbase says to avoid. Text in
/// backticks (protocol literals) is not looked at.
fn termbase_findings(root: &Path, lang: &str, parsed: &Parsed) -> Vec<Finding> {
    let path = root.join("locales").join(lang).join("glossary.toml");
    if !path.is_file() {
        return Vec::new();
    }
    let base: Termbase = match crate::input::read_file(root, &path, crate::input::limit::RECORD)
        .map_err(Error::one)
        .and_then(|f| crate::catalog::parse_toml(&f.shown, &f.text))
    {
        Ok(b) => b,
        Err(e) => {
            return e
                .diagnostics
                .into_iter()
                .map(|d| finding("termbase", d, lang, None, None))
                .collect();
        }
    };
    let mut out = Vec::new();
    for (id, u) in &parsed.units {
        let prose: String = u.text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        for t in &base.term {
            if let Some(bad) = t
                .avoid
                .iter()
                .find(|v| !v.is_empty() && prose.contains(v.as_str()))
            {
                let d = Diagnostic::error(
                    &parsed.files[u.file],
                    format!("`{id}` uses `{bad}`, which the termbase of `{lang}` avoids"),
                )
                .at(u.line, u.column)
                .hint(format!(
                    "write `{}` for \"{}\" (locales/{lang}/glossary.toml)",
                    t.preferred, t.en
                ));
                out.push(finding("termbase", d, lang, Some(id), None));
            }
        }
    }
    out
}

/// Share of non-literal messages still identical to English above which a locale counts as a
/// copy of English, not a translation in progress.
const COPY_SHARE: f64 = 0.5;

/// Compare one locale against the reference. Policy: what breaks pages (syntax, variables,
/// selector keys, obsolete ids, a copy of English, a missing language name) is an error;
/// what a locale still being translated lacks is a warning, which `check --strict` turns into
/// a failure.
fn compare_locale(
    lang: &str,
    reference: &Parsed,
    this: &Parsed,
    summary: &mut LocaleSummary,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let categories = plural_categories(lang);
    let at = |p: &Parsed, u: &Unit, msg: String| {
        Diagnostic::error(&p.files[u.file], msg).at(u.line, u.column)
    };
    summary.messages = reference.units.len();
    let mut translated = 0;
    let mut literal_units = 0;
    for (id, en) in &reference.units {
        let english = Some(en.text.as_str());
        let Some(u) = this.units.get(id) else {
            if this.broken.contains(id.split('.').next().unwrap_or(id)) {
                continue;
            }
            summary.missing += 1;
            let (kind, hint) = if id.contains('.')
                && this
                    .units
                    .keys()
                    .any(|k| k.split('.').next() == id.split('.').next())
            {
                ("attribute", "add the attribute to the message")
            } else {
                (
                    "message",
                    "translate it; until then pages show the English text",
                )
            };
            let file = reference.files[en.file]
                .replace(&format!("/{}/", reference.lang), &format!("/{lang}/"));
            let d = Diagnostic::error(file, format!("{kind} `{id}` is missing"))
                .hint(hint)
                .warning();
            out.push(finding("missing", d, lang, Some(id), english));
            continue;
        };
        if u.empty {
            out.push(finding(
                "empty",
                at(this, u, format!("`{id}` is empty"))
                    .hint("write the translation, or remove the message to fall back to English"),
                lang,
                Some(id),
                english,
            ));
        }
        for v in u.variables.difference(&en.variables) {
            out.push(finding(
                "variable",
                at(
                    this,
                    u,
                    format!("`{id}` uses `${v}`, which the English message does not have"),
                )
                .hint(format!("use only {}", list_vars(&en.variables))),
                lang,
                Some(id),
                english,
            ));
        }
        for v in en.variables.difference(&u.variables) {
            out.push(finding(
                "variable",
                at(
                    this,
                    u,
                    format!("`{id}` drops `${v}` of the English message"),
                )
                .hint("keep the variable unless your language really does not need it")
                .warning(),
                lang,
                Some(id),
                english,
            ));
        }
        for (var, keys) in &u.selects {
            // A key must be one the English message selects on for that variable, or a
            // plural category (or exact number) where the English selector is plural:
            // a translated key (`[ja]` for `[yes]`) silently picks the default variant.
            let reference_keys: BTreeSet<&str> = en
                .selects
                .iter()
                .filter(|(v, _)| v == var)
                .flat_map(|(_, k)| k.iter().map(String::as_str))
                .collect();
            let plural = reference_keys
                .iter()
                .any(|k| CLDR.contains(k) || k.parse::<f64>().is_ok());
            let foreign: Vec<&str> = keys
                .iter()
                .map(String::as_str)
                .filter(|k| !reference_keys.contains(k))
                .filter(|k| !(plural && (categories.contains(k) || k.parse::<f64>().is_ok())))
                .collect();
            if !reference_keys.is_empty() && !foreign.is_empty() {
                out.push(finding(
                    "selector",
                    at(
                        this,
                        u,
                        format!(
                            "`{id}` selects on `${var}` with the key{} {}, which the English message does not have",
                            if foreign.len() > 1 { "s" } else { "" },
                            foreign.iter().map(|k| format!("`[{k}]`")).collect::<Vec<_>>().join(", ")
                        ),
                    )
                    .hint(format!(
                        "selector keys are values, not words: keep them as in English ({})",
                        reference_keys.iter().map(|k| format!("[{k}]")).collect::<Vec<_>>().join(" ")
                    )),
                    lang,
                    Some(id),
                    english,
                ));
            }
            let plural_keys: Vec<&str> = keys
                .iter()
                .map(String::as_str)
                .filter(|k| CLDR.contains(k))
                .collect();
            if plural_keys.iter().any(|k| *k != "other") {
                let missing: Vec<&str> = categories
                    .iter()
                    .copied()
                    .filter(|c| !keys.contains(*c))
                    .collect();
                if !missing.is_empty() {
                    out.push(finding(
                        "plural",
                        at(this, u, format!("`{id}` has a plural selector without the categories {} of `{lang}`", missing.join(", ")))
                            .hint(format!("`{lang}` uses {}", categories.iter().copied().collect::<Vec<_>>().join(", ")))
                            .warning(),
                        lang,
                        Some(id),
                        english,
                    ));
                }
            }
        }
        let literal = literal_ok(id, u);
        literal_units += usize::from(literal);
        if u.text == en.text && lang != reference.lang && !literal {
            summary.unchanged += 1;
            out.push(finding(
                "unchanged",
                at(this, u, format!("`{id}` is still identical to English"))
                    .hint("it counts as untranslated; translate it")
                    .note(),
                lang,
                Some(id),
                None,
            ));
        } else {
            translated += 1;
        }
    }
    for (id, u) in &this.units {
        if !reference.units.contains_key(id) {
            summary.obsolete += 1;
            let kind = if id.contains('.') {
                "attribute"
            } else {
                "message"
            };
            out.push(finding(
                "obsolete",
                at(
                    this,
                    u,
                    format!("{kind} `{id}` is obsolete: English has no such {kind}"),
                )
                .hint("remove it, or rename it to the current English id; it is never shown"),
                lang,
                Some(id),
                None,
            ));
        }
    }
    if lang != reference.lang {
        // A locale that is mostly English marked as another language is a fake site.
        let candidates = summary.messages.saturating_sub(literal_units).max(1);
        if summary.unchanged as f64 / candidates as f64 > COPY_SHARE {
            let d = Diagnostic::error(
                format!("locales/{lang}"),
                format!(
                    "{} of {candidates} messages are still identical to English: this is a copy of English, not a translation",
                    summary.unchanged
                ),
            )
            .hint("delete the messages you have not translated (pages then show English, marked as such) or translate them");
            out.push(finding("copy", d, lang, None, None));
        }
        // The language's own name and its Open Graph locale must be its own.
        for id in ["locale-name", "og-locale"] {
            let (Some(en), Some(u)) = (reference.units.get(id), this.units.get(id)) else {
                if reference.units.contains_key(id) {
                    let d = Diagnostic::error(
                        format!("locales/{lang}/ui.ftl"),
                        format!("`{id}` is not set for `{lang}`"),
                    )
                    .hint(if id == "og-locale" {
                        "e.g. og-locale = de_DE"
                    } else {
                        "the name of the language in itself, e.g. locale-name = Deutsch"
                    });
                    out.push(finding("identity", d, lang, Some(id), None));
                }
                continue;
            };
            if u.text == en.text {
                out.push(finding(
                    "identity",
                    at(
                        this,
                        u,
                        format!("`{id}` is still the English one ({})", en.text.trim()),
                    )
                    .hint("the language switcher and link previews would call this locale English"),
                    lang,
                    Some(id),
                    None,
                ));
            }
        }
    }
    summary.translated = if summary.messages == 0 {
        100.0
    } else {
        (translated as f64 * 1000.0 / summary.messages as f64).round() / 10.0
    };
    out
}

fn list_vars(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "no variables".into()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
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
                crate::config::CONFIG_FILE,
                format!("locale `{l}` is not in sipvs.toml"),
            )
            .hint(format!("choose one of {}", config.locales.join(", "))),
        ));
    }
    let mut report = Report::default();
    let mut general: Vec<Diagnostic> = Vec::new();
    // Content, templates and the whole pipeline: a full in-memory render catches broken
    // messages in every combination the pages use.
    match crate::site::Site::load(root, None) {
        Ok(site) => {
            general.extend(site.warnings.iter().cloned());
            // The build's own pipeline, writing nothing: `check` fails on whatever `build`
            // fails on (messages, templates, links).
            let hidden = indicatif::ProgressBar::hidden();
            let mut anchors = crate::links::Anchors::default();
            let run = crate::pipeline::run(
                &site,
                crate::pipeline::Selection::All,
                &mut anchors,
                crate::links::Reader::Tokenizer,
                &crate::pipeline::Discard,
                &hidden,
            );
            if let Err(e) = run {
                general.extend(e.diagnostics);
            }
        }
        Err(e) => general.extend(e.diagnostics),
    }
    let locales_dir = root.join("locales");
    let reference = parse_locale(
        root,
        &locales_dir.join(&config.reference_locale),
        &config.reference_locale,
    );
    for lang in &config.locales {
        if only.is_some_and(|o| o != lang) {
            continue;
        }
        let parsed = if *lang == config.reference_locale {
            None
        } else {
            Some(parse_locale(root, &locales_dir.join(lang), lang))
        };
        let this = parsed.as_ref().unwrap_or(&reference);
        let mut summary = LocaleSummary {
            locale: lang.clone(),
            ..Default::default()
        };
        let mut findings = this.findings.clone();
        findings.extend(compare_locale(lang, &reference, this, &mut summary));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_per_language() {
        let ru = plural_categories("ru");
        assert_eq!(
            ru.into_iter().collect::<Vec<_>>(),
            ["few", "many", "one", "other"]
        );
        assert_eq!(
            plural_categories("ja").into_iter().collect::<Vec<_>>(),
            ["other"]
        );
        assert_eq!(
            plural_categories("en").into_iter().collect::<Vec<_>>(),
            ["one", "other"]
        );
    }
}
