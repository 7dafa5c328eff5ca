//! Reading input files: every file with one extension below a folder, in file-name order,
//! with read failures turned into diagnostics. The configuration, the catalog, the locales,
//! the templates, the static files and `check` all read their files through here, so every
//! input gets the same rules:
//!
//! - only regular files are read: a FIFO, a device or a socket is an error, never a hang;
//! - a symbolic link is followed while it stays inside the project, and is an error when it
//!   leads out of it;
//! - each kind of input has a size limit, checked before reading;
//! - text is UTF-8 (an error names the line and column of the first bad byte), a leading
//!   byte-order mark is dropped, and control characters are errors (shown as `U+0007`, never
//!   echoed raw to a terminal or a page).

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, line_col};

/// Size limits per kind of input, in bytes. Generous for real content (the largest bundled
/// `.ftl` file is about 60 KB), small enough that a runaway file fails at once instead of
/// producing gigabytes of pages.
pub mod limit {
    /// `sipvs.toml`.
    pub const CONFIG: u64 = 64 << 10;
    /// One record under `content/`.
    pub const RECORD: u64 = 256 << 10;
    /// One `.ftl` file.
    pub const LOCALE: u64 = 2 << 20;
    /// One template.
    pub const TEMPLATE: u64 = 1 << 20;
    /// One static file (Cloudflare Pages serves at most 25 MiB per file).
    pub const STATIC: u64 = 25 << 20;
}

/// One input file, read.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Where it is.
    pub path: PathBuf,
    /// The path shown in messages: relative to the project root.
    pub shown: PathBuf,
    /// Its text.
    pub text: String,
}

/// A path relative to the project root, for messages.
pub fn rel(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// The bytes of one input file, after the checks every input gets (regular file, inside the
/// project, within `limit`).
pub fn read_bytes(root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    let shown = rel(root, path);
    let fail = |message: String| Diagnostic::error(&shown, message);
    let link = std::fs::symlink_metadata(path)
        .map(|m| m.file_type().is_symlink())
        .unwrap_or(false);
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    // A link (or a linked folder above the file) may point anywhere: what is read must lie in
    // the project.
    let inside = match (path.canonicalize(), root.canonicalize()) {
        (Ok(file), Ok(root)) => file.starts_with(root),
        _ => false,
    };
    if !inside {
        let what = if link {
            "is a symbolic link that leads outside the project"
        } else {
            "lies outside the project (through a linked folder)"
        };
        return Err(
            fail(what.into()).hint("copy the file into the project instead of linking to it")
        );
    }
    if !meta.is_file() {
        return Err(
            fail("is not a regular file (a folder, FIFO, socket or device)".into())
                .hint("sipvs reads only regular files; replace it with a file"),
        );
    }
    let too_big = |size: u64| {
        fail(format!(
            "is {size} bytes; the limit for this kind of file is {limit} bytes"
        ))
        .hint("split the content or shorten it; a file this large is almost always a mistake")
    };
    if meta.len() > limit {
        return Err(too_big(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The length can change between the check and the read: read one byte past the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("cannot read: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Bytes as the text of an input file: UTF-8, without a byte-order mark, without control
/// characters other than tab, line feed and carriage return.
pub fn decode(shown: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let bytes = e.into_bytes();
            let good = std::str::from_utf8(&bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let prefix = String::from_utf8_lossy(&bytes[..good]);
            let (line, column) = line_col(&prefix, good);
            return Err(Diagnostic::error(
                shown,
                format!(
                    "is not valid UTF-8: byte 0x{:02X} cannot start or continue a character",
                    bytes[good]
                ),
            )
            .at(line, column)
            .hint("save the file as UTF-8 (most editors: File → Save with encoding → UTF-8)"));
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if let Some((at, c)) = text.char_indices().find(|&(_, c)| is_forbidden_control(c)) {
        let (line, column) = line_col(&text, at);
        return Err(Diagnostic::error(
            shown,
            format!("contains the control character U+{:04X}", c as u32),
        )
        .at(line, column)
        .hint("delete it: control characters are invisible and break pages and terminals"));
    }
    Ok(text)
}

/// Control characters no input may hold: C0 except tab, line feed and carriage return, DEL,
/// and C1.
pub fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// One input file, read and decoded (see the module documentation for the rules).
pub fn read_file(root: &Path, path: &Path, limit: u64) -> Result<InputFile, Diagnostic> {
    let shown = rel(root, path);
    let bytes = read_bytes(root, path, limit)?;
    let text = decode(&shown, bytes)?;
    Ok(InputFile {
        path: path.to_path_buf(),
        shown,
        text,
    })
}

/// Every file below `dir` (every `*.ext` file when `ext` is given), sorted by name,
/// following links, with a diagnostic for each entry that could not be listed and for each
/// folder named like an input file (`999.toml/`), which is almost always a mistake.
pub fn walk(root: &Path, dir: &Path, ext: Option<&str>) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let named = |p: &Path| ext.is_none_or(|ext| p.extension().is_some_and(|e| e == ext));
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
    {
        match entry {
            Ok(e) if e.file_type().is_dir() => {
                if ext.is_some() && e.depth() > 0 && named(e.path()) {
                    problems.push(
                        Diagnostic::error(rel(root, e.path()), "is a folder, not a file")
                            .hint("rename or remove the folder"),
                    );
                }
            }
            // Everything else that is chosen is read, and `read_bytes` says what is wrong
            // with the ones that are not regular files.
            Ok(e) => {
                if named(e.path()) {
                    files.push(e.into_path());
                }
            }
            Err(e) => {
                let path = e.path().map_or_else(|| rel(root, dir), |p| rel(root, p));
                let what = if e.loop_ancestor().is_some() {
                    "is a symbolic link that loops back to a folder above it".to_string()
                } else {
                    format!("cannot read: {e}")
                };
                problems.push(Diagnostic::error(path, what));
            }
        }
    }
    (files, problems)
}

/// Every `*.ext` file below `dir`, sorted by name, and a diagnostic for each one that could
/// not be read.
pub fn read_all(
    root: &Path,
    dir: &Path,
    ext: &str,
    limit: u64,
) -> (Vec<InputFile>, Vec<Diagnostic>) {
    let (paths, mut problems) = walk(root, dir, Some(ext));
    let mut files = Vec::new();
    for path in paths {
        match read_file(root, &path, limit) {
            Ok(f) => files.push(f),
            Err(d) => problems.push(d),
        }
    }
    (files, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped_and_controls_are_located() {
        let p = Path::new("x.ftl");
        assert_eq!(decode(p, "\u{feff}a = b\n".into()).unwrap(), "a = b\n");
        let e = decode(p, "a = b\nc = d\u{7}\n".into()).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(6)));
        assert!(e.message.contains("U+0007"), "{}", e.message);
        assert!(!e.message.contains('\u{7}'));
        assert!(decode(p, "tab\tand\r\nnewline\n".into()).is_ok());
        assert!(decode(p, "c1 \u{85}".into()).is_err());
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let e = decode(Path::new("x.toml"), b"a = 1\nb = \"\xff\"\n".to_vec()).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(6)));
        assert!(e.message.contains("0xFF"), "{}", e.message);
    }
}
