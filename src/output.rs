//! Writing the output tree: pages are written into a staging folder beside the output as they
//! are rendered; only when everything succeeded does the staging folder replace the output,
//! so a failed build leaves the previous site untouched.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Result};

/// A folder being filled, that becomes the output on [`Staging::commit`] and disappears
/// otherwise.
pub struct Staging {
    dir: PathBuf,
    out: PathBuf,
    committed: bool,
}

fn io(path: &Path, e: std::io::Error) -> Error {
    Error::io(path, &e)
}

impl Staging {
    /// Start a staging folder for `out` (next to it, so the final rename stays on one file
    /// system).
    pub fn new(out: &Path) -> Result<Staging> {
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let parent = out
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        let dir = parent.join(format!(".{name}.sipvs-staging"));
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| io(&dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
            committed: false,
        })
    }

    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Write `bytes` at the site-relative `rel` path.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        fs::write(&path, bytes).map_err(|e| io(&path, e))
    }

    /// Copy every file under `src` to `dest` (site-relative), keeping the layout.
    pub fn copy_tree(&self, root: &Path, src: &Path, dest: &str) -> Result<usize> {
        let mut count = 0;
        if !src.is_dir() {
            return Ok(0);
        }
        for entry in walkdir::WalkDir::new(src).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                Error::one(Diagnostic::error(
                    crate::catalog::rel(root, src),
                    format!("cannot read: {e}"),
                ))
            })?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(src).unwrap_or(entry.path());
            let target = self.dir.join(dest).join(rel);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
            }
            fs::copy(entry.path(), &target).map_err(|e| io(entry.path(), e))?;
            count += 1;
        }
        Ok(count)
    }

    /// Replace the output with the staging folder.
    pub fn commit(mut self) -> Result<()> {
        let old = self.dir.with_file_name(format!(
            "{}.sipvs-old",
            self.dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        if old.exists() {
            fs::remove_dir_all(&old).map_err(|e| io(&old, e))?;
        }
        let had_old = self.out.exists();
        if had_old {
            fs::rename(&self.out, &old).map_err(|e| io(&self.out, e))?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.out) {
            if had_old {
                let _ = fs::rename(&old, &self.out);
            }
            return Err(io(&self.out, e));
        }
        self.committed = true;
        if had_old {
            fs::remove_dir_all(&old).map_err(|e| io(&old, e))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}
