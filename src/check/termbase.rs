//! A locale's termbase (`locales/<lang>/glossary.toml`): the variants its messages must
//! not use.

use std::path::Path;

use super::ftl::Parsed;
use super::{Finding, finding};
use crate::error::{Diagnostic, Error};

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
pub(super) fn termbase_findings(root: &Path, lang: &str, parsed: &Parsed) -> Vec<Finding> {
    let path = root.join("locales").join(lang).join("glossary.toml");
    if !path.is_file() {
        return Vec::new();
    }
    let base: Termbase =
        match crate::load::input::read_file(root, &path, crate::load::input::limit::RECORD)
            .map_err(Error::one)
            .and_then(|f| crate::load::catalog::parse_toml(&f.shown, &f.text))
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
