//! The one error type of the library: a list of diagnostics, each naming the file, the
//! position where the input has one, what is wrong and what is expected.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For information (a message still identical to English, say).
    Note,
    /// Worth a look; does not fail a build.
    Warning,
    /// Fails the build (and `check`).
    Error,
}

/// One problem found in the input, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file the problem is in (relative to the project root where possible).
    pub file: PathBuf,
    /// 1-based line, when the input has one.
    pub line: Option<usize>,
    /// 1-based column (in characters), when the input has one.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What is expected, or how to fix it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error about a whole file (no position).
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            hint: None,
        }
    }

    /// Turn into a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Turn into a note.
    pub fn note(mut self) -> Self {
        self.severity = Severity::Note;
        self
    }

    /// Attach a position computed from a byte offset into `source`.
    pub fn at_offset(self, source: &str, offset: usize) -> Self {
        let (line, column) = line_col(source, offset);
        self.at(line, column)
    }

    /// Attach a 1-based line and column.
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Attach a hint: what is expected or how to fix it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `file:line:col`, or as much of it as is known.
    pub fn location(&self) -> String {
        let file = self.file.display();
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            (Some(l), None) => format!("{file}:{l}"),
            _ => file.to_string(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        // Messages quote input, and input can smuggle control characters in through escapes:
        // they are shown escaped, never sent raw to a terminal.
        write!(
            f,
            "{level}: {}: {}",
            visible(&self.location()),
            visible(&self.message)
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {}", visible(hint))?;
        }
        Ok(())
    }
}

/// Whether a character could rewrite a terminal or reorder text: control characters and the
/// bidirectional formatting characters.
pub fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every control or bidirectional formatting character written as an escape
/// (`\u{1b}`).
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(invisible) {
        text.chars()
            .map(|c| {
                if invisible(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Every failure of the library: one or more diagnostics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Error {
    /// The problems, in the order found (sorted by file and position before reporting).
    pub diagnostics: Vec<Diagnostic>,
    /// What became of the output folder, when the failure happened after it was touched
    /// (`None`: the previous output is as it was).
    pub output: Option<String>,
}

impl Error {
    /// Wrap one diagnostic.
    pub fn one(d: Diagnostic) -> Self {
        Error::many(vec![d])
    }

    /// Wrap diagnostics.
    pub fn many(diagnostics: Vec<Diagnostic>) -> Self {
        Error {
            diagnostics,
            output: None,
        }
    }

    /// An I/O failure on `path`.
    pub fn io(path: &Path, err: &std::io::Error) -> Self {
        Error::one(Diagnostic::error(path, format!("cannot access: {err}")))
    }

    /// Fail when any of `diagnostics` is an error; warnings alone pass.
    pub fn check(diagnostics: Vec<Diagnostic>) -> Result<Vec<Diagnostic>> {
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            Err(Error::many(diagnostics))
        } else {
            Ok(diagnostics)
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// 1-based line and column (in characters) of a byte offset; offsets past the end or inside
/// a character are clamped.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = source[line_start..offset].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_characters() {
        let s = "ab\nцd\nx";
        assert_eq!(line_col(s, 0), (1, 1));
        assert_eq!(line_col(s, 3), (2, 1));
        assert_eq!(line_col(s, 5), (2, 2)); // after the two-byte 'ц'
        assert_eq!(line_col(s, 4), (2, 1)); // inside 'ц' clamps back
        assert_eq!(line_col(s, 100), (3, 2));
    }

    #[test]
    fn display_has_location_and_hint() {
        let d = Diagnostic::error("content/sip/1.toml", "bad")
            .at(3, 4)
            .hint("fix it");
        assert_eq!(
            d.to_string(),
            "error: content/sip/1.toml:3:4: bad\n  hint: fix it"
        );
    }
}
