//! What the command line shows people, and the one place that writes to standard output and
//! standard error: lines of text, and diagnostics drawn with the source line they point at.
//!
//! A diagnostic with a line and a column is drawn like rustc draws one: the message, then
//! `--> file:line:col`, the line itself with a caret under the column, and the hint. One
//! without a position, or whose file cannot be read again, keeps its one-line form
//! (`error: file: message`, see [`Diagnostic`]'s `Display`). Colour is used only on a
//! terminal and never when `NO_COLOR` is set, so pipes, logs and tests see plain text.

use std::fmt;
use std::io::{IsTerminal, Write};
use std::ops::Range;
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as Drawing, Label, Severity as Level};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, Chars, Config, Styles, StylesWriter, termcolor};

use crate::error::{Diagnostic, Error, Severity, invisible, visible};

/// Write a line to standard output or standard error. A closed pipe (`sipvs check | head`)
/// ends the program quietly, as it does for other command-line tools.
pub fn say(to_stderr: bool, text: fmt::Arguments<'_>) {
    let result = if to_stderr {
        writeln!(std::io::stderr(), "{text}")
    } else {
        writeln!(std::io::stdout(), "{text}")
    };
    if result.is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
        std::process::exit(0);
    }
}

/// `println!` through [`say`].
#[macro_export]
macro_rules! out {
    ($($t:tt)*) => { $crate::report::say(false, format_args!($($t)*)) };
}

/// `eprintln!` through [`say`].
#[macro_export]
macro_rules! err {
    ($($t:tt)*) => { $crate::report::say(true, format_args!($($t)*)) };
}

/// Whether diagnostics are coloured: standard error is a terminal and `NO_COLOR` is unset
/// (or empty, as <https://no-color.org> asks).
pub fn colour() -> bool {
    std::io::stderr().is_terminal() && no_color_unset()
}

/// [`colour`] for what goes to standard output (`check`'s report).
pub fn colour_out() -> bool {
    std::io::stdout().is_terminal() && no_color_unset()
}

fn no_color_unset() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Draw every problem of `e` on standard error, sorted by file and position, each once;
/// returns how many were drawn. `root` is the project root the diagnostics' files are
/// relative to.
pub fn error(root: &Path, e: &Error) -> usize {
    let mut all: Vec<&Diagnostic> = e.diagnostics.iter().collect();
    all.sort_by(|a, b| {
        (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
    });
    all.dedup();
    for d in &all {
        diagnostic(root, d);
    }
    all.len()
}

/// Draw one diagnostic on standard error.
pub fn diagnostic(root: &Path, d: &Diagnostic) {
    err!("{}", draw(root, d, colour()));
}

/// `d` as text for standard error: drawn with its source line when it has a line and a
/// column and the file can be read (then followed by an empty line that sets it apart from
/// the next), in its one-line form otherwise. No trailing newline.
pub fn draw(root: &Path, d: &Diagnostic, colour: bool) -> String {
    snippet(root, d)
        .and_then(|line| drawn(d, &line, colour))
        .map_or_else(|| d.to_string(), |drawn| drawn + "\n")
}

/// The largest input a diagnostic can point into (a locale file; records and templates are
/// smaller).
const SOURCE_LIMIT: u64 = crate::load::input::limit::LOCALE;

/// Characters of a long line shown around the column (a minified line must not flood the
/// terminal).
const WIDTH: usize = 100;

/// The one source line a diagnostic points at, as codespan sees it: a file of one line.
struct Snippet {
    /// The file, as the diagnostic names it (escaped).
    name: String,
    /// 1-based line number in the real file.
    number: usize,
    /// The diagnostic's column, shown in the `-->` line whatever was cut or escaped.
    column: usize,
    /// The line as shown: escaped, and cut to [`WIDTH`] characters around the column.
    text: String,
    /// The bytes of `text` the caret goes under.
    caret: Range<usize>,
}

/// Read the line `d` points at, under the rules every input is read by (a regular file inside
/// the project, within a size limit): the file is the user's own, but it may have changed or
/// become a FIFO since it was read.
fn snippet(root: &Path, d: &Diagnostic) -> Option<Snippet> {
    let (number, column) = (d.line?, d.column?);
    let bytes = crate::load::input::read_bytes(root, &root.join(&d.file), SOURCE_LIMIT).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    // Positions are counted after the byte-order mark is dropped (see `input::decode`).
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let line = text.split('\n').nth(number.checked_sub(1)?)?;
    let (text, caret) = shown(line.strip_suffix('\r').unwrap_or(line), column);
    Some(Snippet {
        name: visible(&d.file.display().to_string()).into_owned(),
        number,
        column,
        text,
        caret,
    })
}

/// `line` as it is shown, and the byte range in it of the character at the 1-based `column`
/// (empty at the end of the line; a column past the end is put there). Control and
/// bidirectional characters are escaped as in messages; tabs stay, codespan expands them.
fn shown(line: &str, column: usize) -> (String, Range<usize>) {
    let chars: Vec<char> = line.chars().collect();
    let at = column.saturating_sub(1).min(chars.len());
    let start = if chars.len() > WIDTH {
        at.saturating_sub(WIDTH / 2).min(chars.len() - WIDTH)
    } else {
        0
    };
    let end = chars.len().min(start + WIDTH);
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    let mut caret = None;
    for (i, &c) in chars.iter().enumerate().take(end).skip(start) {
        let from = text.len();
        if c != '\t' && invisible(c) {
            text.extend(c.escape_unicode());
        } else {
            text.push(c);
        }
        if i == at {
            caret = Some(from..text.len());
        }
    }
    let caret = caret.unwrap_or(text.len()..text.len());
    if end < chars.len() {
        text.push('…');
    }
    (text, caret)
}

/// `d` drawn with its line; `None` if codespan refuses (it should not).
fn drawn(d: &Diagnostic, line: &Snippet, colour: bool) -> Option<String> {
    let level = match d.severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Note => Level::Note,
    };
    let drawing = Drawing::new(level)
        .with_message(visible(&d.message))
        .with_label(Label::primary((), line.caret.clone()))
        .with_notes(
            d.hint
                .iter()
                .map(|h| format!("hint: {}", visible(h)))
                .collect(),
        );
    // ASCII frames, as rustc draws them: they survive any terminal font and any log viewer.
    let config = Config {
        chars: Chars::ascii(),
        ..Config::default()
    };
    let text = if colour {
        let mut buffer = termcolor::Buffer::ansi();
        let styles = Styles::default();
        term::emit_to_write_style(
            &mut StylesWriter::new(&mut buffer, &styles),
            &config,
            line,
            &drawing,
        )
        .ok()?;
        String::from_utf8(buffer.into_inner()).ok()?
    } else {
        term::emit_into_string(&config, line, &drawing).ok()?
    };
    Some(text.trim_end().to_string())
}

impl<'a> Files<'a> for Snippet {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(&self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, FilesError> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), _byte: usize) -> Result<usize, FilesError> {
        Ok(self.number - 1)
    }

    fn line_range(&'a self, (): (), index: usize) -> Result<Range<usize>, FilesError> {
        if index + 1 == self.number {
            Ok(0..self.text.len())
        } else {
            Err(FilesError::LineTooLarge {
                given: index,
                max: self.number - 1,
            })
        }
    }

    fn column_number(&'a self, (): (), _line: usize, _byte: usize) -> Result<usize, FilesError> {
        Ok(self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A project folder holding `file` with `text`.
    fn project(file: &str, text: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        dir
    }

    /// The line holding the caret(s), and the column (in characters) of its first caret.
    fn caret(drawing: &str) -> (usize, &str) {
        let line = drawing
            .lines()
            .find(|l| l.trim_start_matches([' ', '|']).starts_with('^'))
            .unwrap_or_else(|| panic!("no caret in:\n{drawing}"));
        (line.chars().position(|c| c == '^').unwrap(), line)
    }

    /// The column, in characters, where `needle` starts on the drawn source line `number`.
    fn source_column(drawing: &str, number: usize, needle: &str) -> usize {
        let prefix = format!("{number} |");
        let line = drawing
            .lines()
            .find(|l| l.trim_start().starts_with(&prefix))
            .unwrap_or_else(|| panic!("no source line {number} in:\n{drawing}"));
        let byte = line.find(needle).unwrap();
        line[..byte].chars().count()
    }

    #[test]
    fn caret_is_under_the_column_even_after_wide_and_escaped_characters() {
        let dir = project("a.toml", "x = 1\nname = \"ц\u{202e}\" ; 7\n");
        // Column 15 is the `7`, after a two-byte letter and a bidi override.
        let d = Diagnostic::error("a.toml", "bad").at(2, 15).hint("fix");
        let text = draw(dir.path(), &d, false);
        assert!(text.contains("--> a.toml:2:15"), "{text}");
        assert!(
            text.contains("\\u{202e}"),
            "the override must be escaped:\n{text}"
        );
        assert!(!text.contains('\u{202e}'), "{text}");
        let (at, line) = caret(&text);
        assert_eq!(at, source_column(&text, 2, "7"), "{text}");
        assert_eq!(line.matches('^').count(), 1, "{text}");
        assert!(text.contains("= hint: fix"), "{text}");
    }

    #[test]
    fn a_long_line_is_cut_around_the_column() {
        let long = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let dir = project("a.ftl", &long);
        let d = Diagnostic::error("a.ftl", "bad").at(1, 501);
        let text = draw(dir.path(), &d, false);
        assert!(text.contains("--> a.ftl:1:501"), "{text}");
        assert!(
            text.lines().all(|l| l.chars().count() < WIDTH + 20),
            "{text}"
        );
        assert_eq!(caret(&text).0, source_column(&text, 1, "X"), "{text}");
    }

    #[test]
    fn end_of_line_and_tabs_and_crlf() {
        let dir = project("a.toml", "\u{feff}a\r\n\tb = [\r\n");
        let at_end = draw(
            dir.path(),
            &Diagnostic::error("a.toml", "eof").at(2, 7),
            false,
        );
        assert!(at_end.contains("2 |"), "{at_end}");
        assert!(!at_end.contains('\r'), "{at_end}");
        // The caret sits one past the `[`, whatever width the tab was drawn with.
        assert_eq!(
            caret(&at_end).0,
            source_column(&at_end, 2, "[") + 1,
            "{at_end}"
        );
        // The byte-order mark is not a column.
        let first = draw(
            dir.path(),
            &Diagnostic::error("a.toml", "x").at(1, 1),
            false,
        );
        assert_eq!(caret(&first).0, source_column(&first, 1, "a"), "{first}");
    }

    #[test]
    fn without_a_readable_line_the_one_line_form_is_kept() {
        let dir = project("p/a.toml", "one line\n");
        std::fs::write(dir.path().join("outside.toml"), "secret\n").unwrap();
        let root = dir.path().join("p");
        for d in [
            Diagnostic::error("a.toml", "no position"),
            Diagnostic::error("a.toml", "no column").at(1, 1),
            Diagnostic::error("a.toml", "past the end").at(9, 1),
            Diagnostic::error("missing.toml", "gone").at(1, 1),
            Diagnostic::error("../outside.toml", "outside the project").at(1, 1),
        ] {
            let d = if d.message == "no column" {
                Diagnostic { column: None, ..d }
            } else {
                d
            };
            assert_eq!(draw(&root, &d, false), d.to_string());
        }
    }

    #[test]
    fn colour_only_when_asked() {
        let dir = project("a.toml", "a = 1\n");
        let d = Diagnostic::error("a.toml", "bad").at(1, 5);
        assert!(!draw(dir.path(), &d, false).contains('\u{1b}'));
        assert!(draw(dir.path(), &d, true).contains('\u{1b}'));
    }
}
