//! One locale against the reference: what is missing, obsolete, broken (variables, select
//! keys, plural categories) or still English.

use std::collections::BTreeSet;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::ftl::{Parsed, Unit};
use super::{Finding, LocaleSummary, finding};
use crate::error::Diagnostic;

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
            && (t.contains('-') || crate::load::catalog::METHODS.contains(&t))
    };
    words.is_empty() || single_literal || id == "list-separator"
}

/// Share of non-literal messages still identical to English above which a locale counts as a
/// copy of English, not a translation in progress.
const COPY_SHARE: f64 = 0.5;

/// Compare one locale against the reference. Policy: what breaks pages (syntax, variables,
/// selector keys, obsolete ids, a copy of English, a missing language name) is an error;
/// what a locale still being translated lacks is a warning, which `check --strict` turns into
/// a failure.
pub(super) fn compare_locale(
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
