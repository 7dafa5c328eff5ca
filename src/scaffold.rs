//! `sipvs new-locale`: the files a translator starts from. Every message of the reference
//! locale is written commented out, with its English text, so that nothing is published as
//! a translation until someone translates it: the site shows English, marked as English,
//! and `sipvs check` lists what is left (and fails until the language's own name is set).

use std::path::Path;

use crate::error::{Diagnostic, Error, Result};

/// Create `locales/<tag>/` from the reference locale; returns how many files it wrote.
pub fn new_locale(root: &Path, tag: &str) -> Result<usize> {
    let config = crate::load::config::Config::load(root, None)?;
    crate::load::config::check_tag(tag).map_err(|msg| {
        Error::one(
            Diagnostic::error("new-locale", msg).hint("use a BCP 47 tag such as `de` or `pt-BR`"),
        )
    })?;
    let dir = root.join("locales").join(tag);
    if dir.exists() {
        return Err(Error::one(
            Diagnostic::error(crate::load::input::rel(root, &dir), "the locale folder already exists")
                .hint("sipvs never overwrites a translation; remove the folder first if you mean to start over"),
        ));
    }
    let reference = root.join("locales").join(&config.reference_locale);
    let (files, problems) =
        crate::load::input::read_all(root, &reference, "ftl", crate::load::input::limit::LOCALE);
    Error::check(problems)?;
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, &e))?;
    for file in &files {
        let name = file.path.file_name().unwrap_or_default();
        let path = dir.join(name);
        std::fs::write(&path, commented(&file.text, &config.reference_locale))
            .map_err(|e| Error::io(&path, &e))?;
    }
    let glossary = dir.join("glossary.toml");
    std::fs::write(
        &glossary,
        "# Termbase of this locale: `sipvs check` reports every `avoid` variant it finds.\n\
         # [[term]]\n# en = \"response\"\n# use = \"…\"\n# avoid = [\"…\"]\n",
    )
    .map_err(|e| Error::io(&glossary, &e))?;
    Ok(files.len() + 1)
}

/// The reference file with every entry commented out, comments kept as they are.
fn commented(text: &str, reference: &str) -> String {
    let mut out = format!(
        "# Translated from locales/{reference}/. To translate a message, remove the `# ` in\n\
         # front of each of its lines and replace the text after `=`; keep ids, `{{ $variables }}`\n\
         # and selector keys such as [yes] as they are. Untranslated messages show in English.\n\n"
    );
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            out.push_str(line);
        } else {
            out.push_str("# ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_line_is_commented_and_comments_stay() {
        let text = "## Heading\nhello = Hello { $name }\n    .title = Hi\n\nbye = Bye\n";
        let out = commented(text, "en");
        assert!(
            out.contains(
                "\n## Heading\n# hello = Hello { $name }\n#     .title = Hi\n\n# bye = Bye\n"
            ),
            "{out}"
        );
        let parsed = fluent_syntax::parser::parse(out.as_str()).unwrap();
        assert!(
            parsed
                .body
                .iter()
                .all(|e| !matches!(e, fluent_syntax::ast::Entry::Message(_))),
            "no message is left active"
        );
    }
}
