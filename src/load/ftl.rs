//! Reading a locale's Fluent files: each `.ftl` file read once and parsed once into a
//! resource, with every problem found on the way (unreadable files, syntax errors in plain
//! words, nesting too deep to parse, ids defined twice). The locale's bundle is built from
//! this, and `check` reads the same resources.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent::FluentResource;

use crate::error::Diagnostic;
use crate::load::catalog::rel;

/// One `.ftl` file as read from disk.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// Path relative to the project root.
    pub path: PathBuf,
    /// The file's text.
    pub source: String,
}

/// Where a message (or `message.attribute`) is defined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Index into [`Parsed::files`].
    pub file: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// What kind of problem a locale's files have, for `check`'s report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The folder or a file cannot be read.
    Unusable,
    /// A syntax error, or nesting too deep to parse.
    Syntax,
    /// An id defined twice.
    Duplicate,
}

/// A problem with a locale's files.
#[derive(Debug, Clone)]
pub struct Problem {
    /// What kind.
    pub kind: ProblemKind,
    /// The message id it concerns, for duplicates.
    pub id: Option<String>,
    /// Where and what.
    pub diagnostic: Diagnostic,
}

/// A locale's `.ftl` files, read and parsed once.
#[derive(Debug)]
pub struct Parsed {
    /// The language tag.
    pub lang: String,
    /// The files, in load order (sorted by name).
    pub files: Vec<FtlFile>,
    /// Each file's resource, in the order of `files`. A resource keeps what the parser
    /// could read of a file with syntax errors (the rest is junk).
    pub resources: Vec<Arc<FluentResource>>,
    /// Where each id (and `id.attr`) is first defined.
    pub positions: BTreeMap<String, Position>,
    /// Every problem found, in file order.
    pub problems: Vec<Problem>,
}

/// Read and parse every `.ftl` file of locale `lang` in `dir`. Never fails: what cannot be
/// read is a [`Problem`].
pub fn parse(root: &Path, dir: &Path, lang: &str) -> Parsed {
    let mut parsed = Parsed {
        lang: lang.to_string(),
        files: Vec::new(),
        resources: Vec::new(),
        positions: BTreeMap::new(),
        problems: Vec::new(),
    };
    let problem = |kind, id: Option<String>, diagnostic| Problem {
        kind,
        id,
        diagnostic,
    };
    if !dir.is_dir() {
        parsed.problems.push(problem(
            ProblemKind::Unusable,
            None,
            Diagnostic::error(
                rel(root, dir),
                format!("the folder of locale `{lang}` is missing"),
            )
            .hint(format!(
                "create it with the locale's .ftl files, or remove `{lang}` from sipvs.toml"
            )),
        ));
        return parsed;
    }
    let (inputs, unreadable) =
        crate::load::input::read_all(root, dir, "ftl", crate::load::input::limit::LOCALE);
    for d in unreadable {
        parsed
            .problems
            .push(problem(ProblemKind::Unusable, None, d));
    }
    for input in inputs {
        let (shown, source) = (input.shown, input.text);
        if let Some(d) = too_deep(&shown, &source) {
            parsed.problems.push(problem(ProblemKind::Syntax, None, d));
            continue;
        }
        let resource = match FluentResource::try_new(source.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let at = error_offset(&e, &source);
                    let (message, hint) = plain_syntax_error(&e, &source, at);
                    let d = Diagnostic::error(&shown, message)
                        .at_offset(&source, at)
                        .hint(hint);
                    parsed.problems.push(problem(ProblemKind::Syntax, None, d));
                }
                r
            }
        };
        let index = parsed.files.len();
        for (id, line, column) in definitions(&source) {
            if let Some(prev) = parsed.positions.get(&id) {
                let hint = if prev.file == index {
                    format!("the first definition is on line {}; keep one", prev.line)
                } else {
                    format!(
                        "it is also defined in {}:{}; keep one",
                        parsed.files[prev.file].path.display(),
                        prev.line
                    )
                };
                let d = Diagnostic::error(&shown, format!("message `{id}` is defined twice"))
                    .at(line, column)
                    .hint(hint);
                parsed
                    .problems
                    .push(problem(ProblemKind::Duplicate, Some(id), d));
                continue;
            }
            parsed.positions.insert(
                id,
                Position {
                    file: index,
                    line,
                    column,
                },
            );
        }
        parsed.resources.push(Arc::new(resource));
        parsed.files.push(FtlFile {
            path: shown,
            source,
        });
    }
    if parsed.files.is_empty() && parsed.problems.is_empty() {
        parsed.problems.push(problem(
            ProblemKind::Unusable,
            None,
            Diagnostic::error(rel(root, dir), format!("locale `{lang}` has no .ftl files"))
                .hint("add at least ui.ftl"),
        ));
    }
    parsed
}

/// How deeply placeables may nest (`{ { { … } } }`). Real messages nest two or three levels;
/// the Fluent parser recurses once per level, so a file nested thousands deep would overflow
/// the stack. Such a file is rejected before it is parsed.
pub const MAX_NESTING: usize = 32;

/// The place where `source` nests placeables (or function calls) deeper than
/// [`MAX_NESTING`], as an error. A cheap scan, not a parse, so it errs on the side of
/// counting: every `{` counts, and so does every `(` inside a placeable, quotes or not (a
/// literal brace `{"{"}` leaves one level behind, far from the limit). Only a line that
/// starts a new entry — `id =`, `-term =` or a comment, at column 1 — resets the count, so
/// a syntax error elsewhere cannot add up to a false alarm while no spelling of a deep nest
/// escapes it.
pub fn too_deep(shown: &Path, source: &str) -> Option<Diagnostic> {
    let mut depth = 0usize;
    let mut braces = 0usize;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if starts_entry(line) {
            depth = 0;
            braces = 0;
        }
        for (i, c) in line.char_indices() {
            let opens = c == '{' || (c == '(' && braces > 0);
            if opens {
                braces += usize::from(c == '{');
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(
                        Diagnostic::error(
                            shown,
                            format!("placeables are nested more than {MAX_NESTING} levels deep"),
                        )
                        .at_offset(source, offset + i)
                        .hint("simplify the message; a literal brace is written {\"{\"}"),
                    );
                }
            } else if c == '}' || (c == ')' && braces > 0) {
                braces -= usize::from(c == '}' && braces > 0);
                depth = depth.saturating_sub(1);
            }
        }
        offset += line.len();
    }
    None
}

/// Whether a line starts a Fluent entry: a comment, or `id =` / `-term =` at column 1.
fn starts_entry(line: &str) -> bool {
    line.starts_with('#') || entry_id(line).is_some()
}

/// Where to point for a Fluent syntax error: the parser's position, or the start of the
/// broken entry when the parser only noticed at the end of the file (an unclosed brace).
pub fn error_offset(e: &fluent_syntax::parser::ParserError, source: &str) -> usize {
    if e.pos.start >= source.trim_end().len() {
        e.slice.as_ref().map_or(e.pos.start, |s| s.start)
    } else {
        e.pos.start
    }
}

/// Message and term ids defined in `source` (with `id.attr` for attributes), with their
/// 1-based line and column. Fluent entries start at column 1; attributes are indented.
pub fn definitions(source: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for (i, line) in source.lines().enumerate() {
        let line_no = i + 1;
        if let Some(id) = entry_id(line) {
            out.push((id.to_string(), line_no, 1));
            current = Some(id.to_string());
        } else if line.starts_with(|c: char| !c.is_whitespace()) {
            current = None; // a comment or junk ends the entry
        } else if let Some(cur) = &current {
            let trimmed = line.trim_start();
            if let Some(rest) = trimmed.strip_prefix('.') {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !name.is_empty() && rest[name.len()..].trim_start().starts_with('=') {
                    let column = line.len() - trimmed.len() + 1;
                    out.push((format!("{cur}.{name}"), line_no, column));
                }
            }
        }
    }
    out
}

/// The id a line defines, when it starts a message or term (`id =`, `-term =`).
fn entry_id(line: &str) -> Option<&str> {
    let start = usize::from(line.starts_with('-'));
    let body = &line[start..];
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(body.len());
    if body[len..].trim_start().starts_with('=') {
        Some(&line[..start + len])
    } else {
        None
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_find_messages_attributes_and_terms() {
        let src = "# c\nhello = Hi\n-brand = X\ncode-1 =\n    .description = D\n  .seen=S\nbye = { $x ->\n   *[a] A\n}\n";
        let d = definitions(src);
        let ids: Vec<_> = d.iter().map(|(i, l, c)| format!("{i}@{l}:{c}")).collect();
        assert_eq!(
            ids,
            [
                "hello@2:1",
                "-brand@3:1",
                "code-1@4:1",
                "code-1.description@5:5",
                "code-1.seen@6:3",
                "bye@7:1"
            ]
        );
    }
}
