//! Reading input files: every file with one extension below a folder, in file-name order,
//! with read failures turned into diagnostics. The catalog, the locales and `check` all read
//! their files through here.

use std::path::{Path, PathBuf};

use crate::error::Diagnostic;

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

/// Every `*.ext` file below `dir`, sorted by name, and a diagnostic for each one that could
/// not be read.
pub fn read_all(root: &Path, dir: &Path, ext: &str) -> (Vec<InputFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map_or_else(|| rel(root, dir), |p| rel(root, p));
                problems.push(Diagnostic::error(path, format!("cannot read: {e}")));
                continue;
            }
        };
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != ext) {
            continue;
        }
        let shown = rel(root, path);
        match std::fs::read_to_string(path) {
            Ok(text) => files.push(InputFile {
                path: path.to_path_buf(),
                shown,
                text,
            }),
            Err(e) => problems.push(Diagnostic::error(&shown, format!("cannot read: {e}"))),
        }
    }
    (files, problems)
}
