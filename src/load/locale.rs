//! Fluent bundles, one per locale, loaded from `locales/<lang>/*.ftl`, and the lookup that
//! falls back to the reference locale message by message and says when it did.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::error::{Diagnostic, Error, Result};
use crate::load::catalog::rel;

type Bundle = FluentBundle<Arc<FluentResource>>;

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
    /// Index into [`Locale::files`].
    pub file: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// The messages of one locale.
pub struct Locale {
    /// The language tag, e.g. `ja`; also the URL prefix.
    pub lang: String,
    /// The files the bundle was built from, in load order.
    pub files: Vec<FtlFile>,
    /// Where each message id (and `id.attr`) is defined.
    pub positions: BTreeMap<String, Position>,
    bundle: Bundle,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// A localized string and whether it came from the reference locale instead. Templates see
/// `text` (plain, escaped on output), `lang` (empty unless a fallback) and `html` (escaped,
/// with a `lang` span around a fallback).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    /// The plain text (to be escaped wherever it is used).
    pub text: String,
    /// The language of the text when it differs from the page's (a fallback), else empty.
    pub lang: String,
    /// In-context mode (`sipvs serve --ids`): the message id and where it is defined,
    /// `code-486.summary locales/ja/codes-4xx.ftl:118:5`, shown on the page.
    pub source: Option<std::sync::Arc<str>>,
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Text", 3)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("lang", &self.lang)?;
        // Escaped here, so a template prints it as it is: serialized into a template
        // context it stays a safe string; anywhere else it is a plain string.
        st.serialize_field("html", &tera::Value::safe_string(&self.html()))?;
        st.end()
    }
}

impl Text {
    /// Whether this text is a fallback from another locale.
    pub fn is_fallback(&self) -> bool {
        !self.lang.is_empty()
    }

    /// The text as HTML: escaped, and wrapped in a `lang` span when it is a fallback (and,
    /// in in-context mode, in a span naming its message).
    pub fn html(&self) -> String {
        let escaped = crate::load::markdown::escape(&self.text);
        let html = if self.lang.is_empty() {
            escaped
        } else {
            format!("<span lang=\"{}\">{escaped}</span>", self.lang)
        };
        match &self.source {
            Some(source) => in_context(source, &html, "span"),
            None => html,
        }
    }
}

/// `html` marked with the message it comes from, for the translator's preview: the id as a
/// data attribute, the id and place as a tooltip.
pub fn in_context(source: &str, html: &str, element: &str) -> String {
    let id = source.split(' ').next().unwrap_or(source);
    format!(
        "<{element} class=\"l10n\" data-l10n-id=\"{}\" title=\"{}\">{html}</{element}>",
        crate::load::markdown::escape(id),
        crate::load::markdown::escape(source)
    )
}

impl Locale {
    /// Parse every `.ftl` file under `dir` into a bundle for `lang`.
    pub fn load(root: &Path, dir: &Path, lang: &str) -> Result<Locale> {
        let langid: LanguageIdentifier = lang.parse().map_err(|_| {
            Error::one(Diagnostic::error(
                rel(root, dir),
                format!("`{lang}` is not a language tag"),
            ))
        })?;
        if !dir.is_dir() {
            return Err(Error::one(
                Diagnostic::error(
                    rel(root, dir),
                    format!("the folder of locale `{lang}` is missing"),
                )
                .hint(format!(
                    "create it with the locale's .ftl files, or remove `{lang}` from sipvs.toml"
                )),
            ));
        }
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // Isolation marks would leak into titles, attributes and JSON-LD; all our scripts are LTR.
        bundle.set_use_isolating(false);
        let mut files = Vec::new();
        let mut positions = BTreeMap::new();
        let mut problems = Vec::new();
        let (inputs, unreadable) =
            crate::load::input::read_all(root, dir, "ftl", crate::load::input::limit::LOCALE);
        problems.extend(unreadable);
        for input in inputs {
            let (shown, source) = (input.shown, input.text);
            if let Some(d) = too_deep(&shown, &source) {
                problems.push(d);
                continue;
            }
            let resource = match FluentResource::try_new(source.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(
                            Diagnostic::error(&shown, format!("Fluent syntax error: {e}"))
                                .at_offset(&source, error_offset(&e, &source))
                                .hint("see https://projectfluent.org/fluent/guide/ for the syntax; a literal brace is written {\"{\"}"),
                        );
                    }
                    r
                }
            };
            let index = files.len();
            for (id, line, column) in definitions(&source) {
                if let Some(prev) = positions.get(&id) {
                    let prev: &Position = prev;
                    let prev_path = files.get(prev.file).map_or(&shown, |f: &FtlFile| &f.path);
                    problems.push(
                        Diagnostic::error(&shown, format!("message `{id}` is defined twice"))
                            .at(line, column)
                            .hint(format!(
                                "it is already defined at {}:{}; keep one",
                                prev_path.display(),
                                prev.line
                            )),
                    );
                    continue;
                }
                positions.insert(
                    id,
                    Position {
                        file: index,
                        line,
                        column,
                    },
                );
            }
            // Duplicates were reported above with their position; the bundle keeps the first.
            let _ = bundle.add_resource(Arc::new(resource));
            files.push(FtlFile {
                path: shown,
                source,
            });
        }
        if files.is_empty() && problems.is_empty() {
            problems.push(
                Diagnostic::error(rel(root, dir), format!("locale `{lang}` has no .ftl files"))
                    .hint("add at least ui.ftl"),
            );
        }
        Error::check(problems)?;
        Ok(Locale {
            lang: lang.to_string(),
            files,
            positions,
            bundle,
        })
    }

    /// The source text of every message and term, by id: what a change to the locale is
    /// measured by. An entry runs from its first line to the next line that starts at
    /// column 1 (the next entry or a comment).
    pub fn entries(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for file in &self.files {
            let lines: Vec<&str> = file.source.lines().collect();
            for (id, line, _) in definitions(&file.source) {
                if id.contains('.') {
                    continue;
                }
                let start = line - 1;
                let end = lines[start + 1..]
                    .iter()
                    .position(|l| l.starts_with(|c: char| !c.is_whitespace()))
                    .map_or(lines.len(), |p| start + 1 + p);
                out.insert(id, lines[start..end].join("\n").trim_end().to_string());
            }
        }
        out
    }

    /// The variables that decide the wording of message `id`'s value beyond being printed
    /// where they stand: those a selector or a function looks at, or that a term
    /// reference passes on. Every other variable only appears verbatim, so the message can
    /// be formatted once per combination of these and the rest substituted afterwards.
    /// `None` when this locale does not define `id`, or when the message references
    /// another message (which sees all the arguments).
    pub fn selectors(&self, id: &str) -> Option<Vec<String>> {
        use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
        fn pattern(p: &Pattern<&str>, key: &mut Vec<String>) -> bool {
            p.elements.iter().all(|e| match e {
                PatternElement::TextElement { .. } => true,
                PatternElement::Placeable { expression } => match expression {
                    Expression::Inline(InlineExpression::VariableReference { .. }) => true,
                    Expression::Inline(inline) => vars(inline, key),
                    Expression::Select { selector, variants } => {
                        vars(selector, key) && variants.iter().all(|v| pattern(&v.value, key))
                    }
                },
            })
        }
        /// Every variable in `e` goes into `key`; false on a message reference.
        fn vars(e: &InlineExpression<&str>, key: &mut Vec<String>) -> bool {
            let mut args = |a: &fluent_syntax::ast::CallArguments<&str>| {
                a.positional.iter().all(|p| vars(p, key))
                    && a.named.iter().all(|n| vars(&n.value, key))
            };
            match e {
                InlineExpression::VariableReference { id } => {
                    if !key.iter().any(|k| k == id.name) {
                        key.push(id.name.to_string());
                    }
                    true
                }
                InlineExpression::FunctionReference { arguments, .. } => args(arguments),
                InlineExpression::TermReference { arguments, .. } => {
                    arguments.as_ref().is_none_or(args)
                }
                InlineExpression::Placeable { expression } => match &**expression {
                    Expression::Inline(i) => vars(i, key),
                    Expression::Select { selector, variants } => {
                        vars(selector, key) && variants.iter().all(|v| pattern(&v.value, key))
                    }
                },
                InlineExpression::MessageReference { .. } => false,
                InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {
                    true
                }
            }
        }
        let value = self.bundle.get_message(id)?.value()?;
        let mut key = Vec::new();
        pattern(value, &mut key).then_some(key)
    }

    /// Whether this locale itself defines `id` (optionally `id.attr`).
    pub fn has(&self, id: &str, attr: Option<&str>) -> bool {
        match self.bundle.get_message(id) {
            Some(m) => match attr {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            },
            None => false,
        }
    }

    /// All message ids this locale defines, sorted.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.positions
            .keys()
            .filter(|k| !k.contains('.') && !k.starts_with('-'))
            .map(String::as_str)
    }

    /// Format `id` (or `id.attr`) with `args`; `None` when this locale does not define it.
    /// A formatting problem (a variable nobody passes, a missing reference) is an error at
    /// the message's definition.
    pub fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<Result<String>> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        let full = || match attr {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        if errors.is_empty() {
            // Fluent escapes (`{ "\u0007" }`) can produce what the file itself may not hold.
            if let Some(c) = text
                .chars()
                .find(|&c| crate::load::input::is_forbidden_control(c))
            {
                return Some(Err(Error::one(
                    self.at(
                        &full(),
                        format!("the text holds the control character U+{:04X}", c as u32),
                    )
                    .hint("remove the escape sequence that produces it"),
                )));
            }
            return Some(Ok(text));
        }
        let full = full();
        Some(Err(Error::many(
            errors.iter().map(|e| self.diagnose(&full, e)).collect(),
        )))
    }

    /// A diagnostic at the definition of `id` (or `id.attr`).
    pub fn at(&self, id: &str, message: String) -> Diagnostic {
        let pos = self
            .positions
            .get(id)
            .or_else(|| self.positions.get(id.split('.').next().unwrap_or(id)));
        match pos {
            Some(p) => Diagnostic::error(&self.files[p.file].path, message).at(p.line, p.column),
            None => Diagnostic::error(
                self.files
                    .first()
                    .map_or_else(PathBuf::new, |f| f.path.clone()),
                message,
            ),
        }
    }

    fn diagnose(&self, id: &str, e: &FluentError) -> Diagnostic {
        let (msg, hint) = match e {
            FluentError::ResolverError(fluent_bundle::resolver::ResolverError::Reference(
                fluent_bundle::resolver::errors::ReferenceKind::Variable { id: var },
            )) => (
                format!(
                    "message `{id}` uses the variable `${var}`, which sipvs does not pass to it"
                ),
                "use only the variables the English message uses (`sipvs check` lists them)"
                    .to_string(),
            ),
            other => (
                format!("message `{id}` cannot be formatted: {other}"),
                "fix the reference or the selector".to_string(),
            ),
        };
        self.at(id, msg).hint(hint)
    }
}

/// Every locale of the site, in the order `sipvs.toml` lists them.
#[derive(Debug)]
pub struct Locales {
    /// In the order of `sipvs.toml`: the order of the switcher, the chooser, `hreflang`
    /// links and sitemaps.
    pub list: Vec<Locale>,
    /// The index in `list` of the reference locale, which need not come first.
    pub reference_index: usize,
    /// In-context mode: every text carries its message id and place (`serve --ids`).
    pub show_ids: bool,
}

impl Locales {
    /// Load every locale in `langs` from `dir/<lang>/`; `reference` is the fallback.
    pub fn load(root: &Path, dir: &Path, langs: &[String], reference: &str) -> Result<Locales> {
        if !dir.is_dir() {
            return Err(Error::one(
                Diagnostic::error(rel(root, dir), "the locales folder is missing")
                    .hint("create locales/<lang>/ with the Fluent (.ftl) files of each locale"),
            ));
        }
        let mut list = Vec::new();
        let mut problems = Vec::new();
        for lang in langs {
            match Locale::load(root, &dir.join(lang), lang) {
                Ok(l) => list.push(l),
                Err(e) => problems.extend(e.diagnostics),
            }
        }
        Error::check(problems)?;
        let Some(reference_index) = list.iter().position(|l| l.lang == reference) else {
            return Err(Error::one(
                Diagnostic::error(
                    rel(root, dir),
                    format!("the reference locale `{reference}` is not among the locales"),
                )
                .hint("list it in `locales` in sipvs.toml"),
            ));
        };
        Ok(Locales {
            list,
            reference_index,
            show_ids: false,
        })
    }

    /// The reference (fallback) locale.
    pub fn reference(&self) -> &Locale {
        &self.list[self.reference_index]
    }

    /// A locale by tag.
    pub fn get(&self, lang: &str) -> Option<&Locale> {
        self.list.iter().find(|l| l.lang == lang)
    }

    /// The reference locale's text of a message without variables.
    pub fn reference_text(&self, id: &str) -> Result<String> {
        self.text(self.reference(), id, None, None).map(|t| t.text)
    }

    /// Look `id` up in `locale`, falling back to the reference locale; a message the
    /// reference does not define either is an error.
    pub fn text(
        &self,
        locale: &Locale,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<Text> {
        let source = |from: &Locale| {
            self.show_ids.then(|| {
                let full = attr.map_or_else(|| id.to_string(), |a| format!("{id}.{a}"));
                let place = from.at(&full, String::new()).location();
                std::sync::Arc::from(format!("{full} {place}"))
            })
        };
        if let Some(r) = locale.format(id, attr, args) {
            return r.map(|text| Text {
                text,
                lang: String::new(),
                source: source(locale),
            });
        }
        let reference = self.reference();
        let lang = if std::ptr::eq(locale, reference) {
            String::new()
        } else {
            reference.lang.clone()
        };
        match reference.format(id, attr, args) {
            Some(r) => r.map(|text| Text {
                text,
                lang,
                source: source(reference),
            }),
            None => {
                let full = attr.map_or_else(|| id.to_string(), |a| format!("{id}.{a}"));
                let file = reference
                    .files
                    .first()
                    .map_or_else(|| PathBuf::from("locales"), |f| f.path.clone());
                Err(Error::one(
                    Diagnostic::error(
                        file.parent().unwrap_or(&file).to_path_buf(),
                        format!(
                            "message `{full}` is missing from the reference locale `{}`",
                            reference.lang
                        ),
                    )
                    .hint(format!(
                        "add `{full}` to a .ftl file of locales/{}/",
                        reference.lang
                    )),
                ))
            }
        }
    }
}

/// Where to point for a Fluent syntax error: the parser's position, or the start of the
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_are_the_variables_that_decide_the_wording() {
        let dir = tempfile::tempdir().unwrap();
        let en = dir.path().join("en");
        std::fs::create_dir_all(&en).unwrap();
        std::fs::write(
            en.join("t.ftl"),
            "plain = { $a } vs { $b }\n\
             sel = { $n ->\n    [one] one { $a }\n   *[other] { $a } and { $count ->\n        [0] none\n       *[other] some\n    }\n}\n\
             fn = { NUMBER($x, minimumFractionDigits: 2) } { $y }\n\
             -term = T { $p }\n\
             termed = { -term(p: \"x\") } { $r }\n\
             ref = { plain } { $c }\n",
        )
        .unwrap();
        let l = Locale::load(dir.path(), &en, "en").unwrap();
        let names = |v: &[&str]| Some(v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l.selectors("plain"), names(&[]));
        assert_eq!(l.selectors("sel"), names(&["n", "count"]));
        assert_eq!(l.selectors("fn"), names(&["x"]));
        assert_eq!(l.selectors("termed"), names(&[]));
        assert_eq!(l.selectors("ref"), None);
        assert_eq!(l.selectors("missing"), None);
    }

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
