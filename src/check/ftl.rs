//! A locale's Fluent files as the checks see them: every message and attribute as a unit
//! (its text, variables and select keys), with syntax errors in plain words and duplicates.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::{Finding, finding};
use crate::error::Diagnostic;
use crate::load::catalog::rel;
use crate::load::locale::definitions;

/// One message or attribute of a locale, as the checks see it.
#[derive(Debug, Clone)]
pub(super) struct Unit {
    pub(super) file: usize,
    pub(super) line: usize,
    pub(super) column: usize,
    pub(super) text: String,
    pub(super) variables: BTreeSet<String>,
    /// The variable and the keys of each select expression whose selector is a variable.
    pub(super) selects: Vec<(String, BTreeSet<String>)>,
    pub(super) empty: bool,
}

pub(super) struct Parsed {
    pub(super) lang: String,
    pub(super) files: Vec<String>,
    pub(super) units: BTreeMap<String, Unit>,
    pub(super) findings: Vec<Finding>,
    /// Ids of messages the parser could not read (reported as syntax errors).
    pub(super) broken: BTreeSet<String>,
}

/// Parse every `.ftl` file of one locale into units, reporting syntax errors and duplicates.
pub(super) fn parse_locale(root: &Path, dir: &Path, lang: &str) -> Parsed {
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
        crate::load::input::read_all(root, dir, "ftl", crate::load::input::limit::LOCALE);
    for d in unreadable {
        parsed
            .findings
            .push(finding("unusable", d, lang, None, None));
    }
    for input in inputs {
        let (shown, source) = (input.shown, input.text);
        if let Some(d) = crate::load::locale::too_deep(&shown, &source) {
            parsed.findings.push(finding("syntax", d, lang, None, None));
            continue;
        }
        let file = parsed.files.len();
        parsed.files.push(shown.display().to_string());
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let at = crate::load::locale::error_offset(&e, &source);
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
