//! Fluent bundles, one per locale, loaded from `locales/<lang>/*.ftl`, and the lookup that
//! falls back to the reference locale message by message and says when it did.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentError, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::error::{Diagnostic, Error, Result};
use crate::load::catalog::rel;
pub use crate::load::ftl::{FtlFile, Position};
use crate::load::ftl::{Parsed, definitions};

type Bundle = FluentBundle<Arc<FluentResource>>;

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
        Locale::from_parsed(root, dir, &crate::load::ftl::parse(root, dir, lang))
    }

    /// The bundle of a parsed locale (`dir` is its folder, for messages); an error when the
    /// files have any problem.
    pub fn from_parsed(root: &Path, dir: &Path, parsed: &Parsed) -> Result<Locale> {
        let lang = &parsed.lang;
        let langid: LanguageIdentifier = lang.parse().map_err(|_| {
            Error::one(Diagnostic::error(
                rel(root, dir),
                format!("`{lang}` is not a language tag"),
            ))
        })?;
        Error::check(
            parsed
                .problems
                .iter()
                .map(|p| p.diagnostic.clone())
                .collect(),
        )?;
        let mut bundle = Bundle::new_concurrent(vec![langid]);
        // Isolation marks would leak into titles, attributes and JSON-LD; all our scripts are LTR.
        bundle.set_use_isolating(false);
        for resource in &parsed.resources {
            // Ids defined twice are problems above, so nothing is overridden here.
            let _ = bundle.add_resource(Arc::clone(resource));
        }
        Ok(Locale {
            lang: lang.clone(),
            files: parsed.files.clone(),
            positions: parsed.positions.clone(),
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
            FluentError::ResolverError(fluent::resolver::ResolverError::Reference(
                fluent::resolver::errors::ReferenceKind::Variable { id: var },
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

/// Read and parse the files of every locale in `langs` from `dir/<lang>/`, once: what the
/// bundles are built from and what `check` reads. An error only when `dir` is missing.
pub fn parse_all(root: &Path, dir: &Path, langs: &[String]) -> Result<Vec<Parsed>> {
    if !dir.is_dir() {
        return Err(Error::one(
            Diagnostic::error(rel(root, dir), "the locales folder is missing")
                .hint("create locales/<lang>/ with the Fluent (.ftl) files of each locale"),
        ));
    }
    Ok(langs
        .iter()
        .map(|lang| crate::load::ftl::parse(root, &dir.join(lang), lang))
        .collect())
}

impl Locales {
    /// The locales of [`parse_all`]'s files; `reference` is the fallback.
    pub fn from_parsed(
        root: &Path,
        dir: &Path,
        parsed: &[Parsed],
        reference: &str,
    ) -> Result<Locales> {
        let mut list = Vec::new();
        let mut problems = Vec::new();
        // In the order sipvs.toml lists them; the reference is found, not assumed first.
        for p in parsed {
            match Locale::from_parsed(root, &dir.join(&p.lang), p) {
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
}
