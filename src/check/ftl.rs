//! A locale's Fluent files as the checks see them: every message and attribute as a unit
//! (its text, variables and select keys), with syntax errors in plain words and duplicates.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{Finding, finding};
use crate::load::ftl::{Parsed as LoadedFtl, ProblemKind};

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

/// The units of one locale, from its files as the loader parsed them (each file is parsed
/// once, for the bundle and for these checks), with the loader's problems as findings.
pub(super) fn units(loaded: &LoadedFtl) -> Parsed {
    let lang = loaded.lang.as_str();
    let mut parsed = Parsed {
        lang: lang.to_string(),
        files: loaded
            .files
            .iter()
            .map(|f| f.path.display().to_string())
            .collect(),
        units: BTreeMap::new(),
        findings: Vec::new(),
        broken: BTreeSet::new(),
    };
    for p in &loaded.problems {
        let kind = match p.kind {
            ProblemKind::Unusable => "unusable",
            ProblemKind::Syntax => "syntax",
            ProblemKind::Duplicate => "duplicate",
        };
        parsed.findings.push(finding(
            kind,
            p.diagnostic.clone(),
            lang,
            p.id.as_deref(),
            None,
        ));
    }
    for (file, resource) in loaded.resources.iter().enumerate() {
        for entry in resource.entries() {
            match entry {
                // A message the parser could not read is reported once, as a syntax error,
                // not again as missing.
                ast::Entry::Junk { content } => {
                    let id: String = content
                        .trim_start_matches('-')
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                        .collect();
                    if !id.is_empty() {
                        parsed.broken.insert(id);
                    }
                }
                ast::Entry::Message(m) => {
                    let id = m.id.name.to_string();
                    let mut add = |key: String, pattern: &ast::Pattern<&str>| {
                        // The first definition counts; a second is a duplicate finding.
                        let Some(at) = loaded.positions.get(&key).filter(|at| at.file == file)
                        else {
                            return;
                        };
                        if parsed.units.contains_key(&key) {
                            return;
                        }
                        let mut unit = Unit {
                            file,
                            line: at.line,
                            column: at.column,
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
                _ => {}
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
