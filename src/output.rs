//! Writing the output tree: pages are written into a staging folder beside the output as they
//! are rendered; only when everything succeeded does the staging folder replace the output,
//! so a failed build leaves the previous site untouched. A file whose bytes did not change is
//! hard-linked from the previous output instead of written, so it keeps its modification
//! time and sync-by-mtime deploy tools upload only what changed.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Result};

/// A folder being filled, that becomes the output on [`Staging::commit`] and disappears
/// otherwise.
pub struct Staging {
    dir: PathBuf,
    out: PathBuf,
    /// Whether there is a previous output to link unchanged files from.
    previous: bool,
    committed: bool,
}

/// The file sipvs leaves in every output folder it writes; a non-empty folder without it is
/// not sipvs's to replace.
pub const MARKER: &str = ".sipvs-output";

fn io(path: &Path, e: std::io::Error) -> Error {
    Error::io(path, &e)
}

impl Staging {
    /// Start a staging folder for `out` (next to it, so the final rename stays on one file
    /// system).
    pub fn new(out: &Path) -> Result<Staging> {
        if out.is_file() {
            return Err(Error::one(
                Diagnostic::error(out, "the output path is a file")
                    .hint("choose a folder, e.g. --out public"),
            ));
        }
        let non_empty = fs::read_dir(out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false);
        if non_empty && !out.join(MARKER).is_file() {
            return Err(Error::one(
                Diagnostic::error(
                    out,
                    "refusing to replace a non-empty folder that sipvs did not create",
                )
                .hint(format!(
                    "choose an empty or new --out folder (sipvs marks its own with {MARKER})"
                )),
            ));
        }
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
        fs::write(
            dir.join(MARKER),
            "This folder was written by sipvs build and is replaced by the next build.\n",
        )
        .map_err(|e| io(&dir, e))?;
        Ok(Staging {
            previous: out.is_dir(),
            dir,
            out: out.to_path_buf(),
            committed: false,
        })
    }

    /// The previous output's copy of `rel`, when it holds exactly `bytes`.
    fn unchanged(&self, rel: &str, bytes: &[u8]) -> Option<PathBuf> {
        if !self.previous {
            return None;
        }
        let old = self.out.join(rel);
        let meta = fs::metadata(&old).ok()?;
        if meta.len() != bytes.len() as u64 {
            return None;
        }
        (fs::read(&old).ok()? == bytes).then_some(old)
    }

    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Write `bytes` at the site-relative `rel` path (or link the unchanged previous file).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        if let Some(old) = self.unchanged(rel, bytes) {
            if fs::hard_link(&old, &path).is_ok() {
                return Ok(());
            }
        }
        fs::write(&path, bytes).map_err(|e| io(&path, e))
    }

    /// Write a large file piece by piece: `fill` writes into a buffered file at the
    /// site-relative `rel`. When the result equals the previous output's file, that file is
    /// linked in its place, as [`Staging::write`] does.
    pub fn write_with(
        &self,
        rel: &str,
        fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        }
        let file = fs::File::create(&path).map_err(|e| io(&path, e))?;
        let mut w = std::io::BufWriter::with_capacity(1 << 16, file);
        fill(&mut w).map_err(|e| io(&path, e))?;
        std::io::Write::flush(&mut w).map_err(|e| io(&path, e))?;
        drop(w);
        let old = self.out.join(rel);
        if fs::metadata(&old).is_ok_and(|m| fs::metadata(&path).is_ok_and(|n| n.len() == m.len()))
            && same_bytes(&old, &path)
        {
            let _ = fs::remove_file(&path).and_then(|()| fs::hard_link(&old, &path));
            if !path.exists() {
                return Err(io(
                    &path,
                    std::io::Error::other("could not link the unchanged file"),
                ));
            }
        }
        Ok(())
    }

    /// Whether `rel` in the staging folder is the previous output's file, linked unchanged.
    pub fn is_linked(&self, rel: &str) -> bool {
        same_file(&self.dir.join(rel), &self.out.join(rel))
    }

    /// Link the previous output's `rel` into the staging folder; false when there is none.
    pub fn link_previous(&self, rel: &str) -> bool {
        let old = self.out.join(rel);
        old.is_file() && fs::hard_link(&old, self.dir.join(rel)).is_ok()
    }

    /// Every file written so far, site-relative, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut out: Vec<String> = walkdir::WalkDir::new(&self.dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .filter_map(|e| {
                e.path()
                    .strip_prefix(&self.dir)
                    .ok()
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
            })
            .collect();
        out.sort();
        out
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
            let bytes = fs::read(entry.path()).map_err(|e| io(entry.path(), e))?;
            self.write(
                &format!("{dest}/{}", rel.to_string_lossy().replace('\\', "/")),
                &bytes,
            )?;
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

/// Whether two files hold the same bytes, compared in blocks.
fn same_bytes(a: &Path, b: &Path) -> bool {
    use std::io::Read;
    let (Ok(mut x), Ok(mut y)) = (fs::File::open(a), fs::File::open(b)) else {
        return false;
    };
    let (mut bx, mut by) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let (Ok(n), Ok(m)) = (x.read(&mut bx), y.read(&mut by)) else {
            return false;
        };
        if n != m || bx[..n] != by[..m] {
            return false;
        }
        if n == 0 {
            return true;
        }
    }
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &Path, _: &Path) -> bool {
    false
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}
