//! Writing the output tree: pages are written into a staging folder beside the output as they
//! are rendered; only when everything succeeded does the staging folder replace the output,
//! so a failed build leaves the previous site untouched. A file whose bytes did not change is
//! hard-linked from the previous output instead of written, so it keeps its modification
//! time and sync-by-mtime deploy tools upload only what changed.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Result};
use crate::load::site::{Site, StaticFile};

/// The output folder of a build, resolved and guarded, with the lock that makes this
/// process its only writer. Everything that writes the output goes through one of these.
pub struct Target {
    /// The output folder, absolute, with every existing part of it resolved.
    pub path: PathBuf,
    /// Held for as long as the target lives; released when the process ends in any way.
    _lock: fs::File,
}

/// The file sipvs leaves in every output folder it writes; a non-empty folder without it is
/// not sipvs's to replace.
pub const MARKER: &str = ".sipvs-output";

/// Folders of the project that hold its inputs (and its history): never an output, never
/// inside one.
pub const INPUTS: &[&str] = &[
    "content",
    "locales",
    "templates",
    "static",
    "src",
    "tests",
    ".git",
];

fn io(path: &Path, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::StorageFull {
        return Error::one(
            Diagnostic::error(path, format!("the disk is full: {e}"))
                .hint("free some space, or build into a folder on another disk with --out"),
        );
    }
    Error::io(path, &e)
}

/// The longest output path sipvs accepts, in bytes: the deepest page adds about 150 bytes,
/// and file systems refuse paths past 4,096.
const MAX_OUT_PATH: usize = 3_000;

/// `path` made absolute and resolved the way the system will resolve it: every part that
/// exists is canonicalized (so symbolic links and `..` after them mean what they mean to the
/// kernel), and the parts after the deepest existing folder are normalized lexically (`.`
/// dropped, `..` removes the previous part). `x/../content` is `content`, whether or not `x`
/// exists.
pub fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    use std::path::Component;
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    };
    let mut out = PathBuf::new();
    for part in abs.components() {
        match part {
            Component::Prefix(_) | Component::RootDir => out.push(part),
            Component::CurDir => {}
            // `out` is canonical wherever it exists, so removing its last part is what the
            // kernel does for `..`.
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                if let Ok(canonical) = out.canonicalize() {
                    out = canonical;
                }
            }
        }
    }
    Ok(out)
}

/// A place the output may not replace, resolved.
struct Protected {
    path: PathBuf,
    /// What it is, for the message.
    what: &'static str,
    /// Whether the output may lie inside it (`public/` inside the project is fine; anything
    /// inside an input folder is not).
    may_hold: bool,
}

/// Where the output may not go, for the project at `root`: the project itself, its input
/// folders, the file system root, the home folder and the current folder.
fn protected(root: &Path) -> Vec<Protected> {
    let mut out = Vec::new();
    let mut add = |path, what, may_hold| {
        out.push(Protected {
            path,
            what,
            may_hold,
        })
    };
    if let Ok(r) = resolve(root) {
        for dir in INPUTS {
            if let Ok(p) = resolve(&r.join(dir)) {
                add(p, "an input folder of the project", false);
            }
        }
        add(r, "the project", true);
    }
    add(PathBuf::from("/"), "the file system root", true);
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty())
        && let Ok(h) = resolve(Path::new(&home))
    {
        add(h, "your home folder", true);
    }
    if let Ok(cwd) = std::env::current_dir().and_then(|c| resolve(&c)) {
        add(cwd, "the current folder", true);
    }
    out
}

/// Refuse an output folder that would destroy anything but sipvs's own output: the project,
/// an input folder, anything inside an input folder, anything that contains one of them,
/// `/`, the home folder, a file, or a non-empty folder without [`MARKER`]. `out` is
/// resolved first, so no spelling (`x/../content`, links, `--root`) gets around the rules.
/// Returns the resolved folder.
pub fn guard(root: &Path, out: &Path) -> Result<PathBuf> {
    let shown = out.display().to_string();
    let resolved = resolve(out).map_err(|e| io(out, e))?;
    if resolved.as_os_str().len() > MAX_OUT_PATH {
        return Err(Error::one(
            Diagnostic::error(
                &shown,
                format!(
                    "the output path is {} bytes long; at most {MAX_OUT_PATH} leave room for the pages' own paths",
                    resolved.as_os_str().len()
                ),
            )
            .hint("choose a shorter --out"),
        ));
    }
    let refuse = |what: String| {
        Error::one(
            Diagnostic::error(&shown, what)
                .hint("choose a new folder or one sipvs wrote, e.g. --out public"),
        )
    };
    for Protected {
        path: p,
        what,
        may_hold,
    } in protected(root)
    {
        if resolved == p {
            return Err(refuse(format!(
                "refusing to write the site over {what} (`{}`)",
                p.display()
            )));
        }
        if p.starts_with(&resolved) {
            return Err(refuse(format!(
                "refusing to write the site over `{}`: it contains {what} (`{}`)",
                resolved.display(),
                p.display()
            )));
        }
        if !may_hold && resolved.starts_with(&p) {
            return Err(refuse(format!(
                "refusing to write the site inside {what} (`{}`)",
                p.display()
            )));
        }
    }
    match fs::symlink_metadata(&resolved) {
        Ok(m) if !m.is_dir() => {
            return Err(refuse(format!(
                "refusing to replace `{}`: it is not a folder",
                resolved.display()
            )));
        }
        Ok(_) => {
            let non_empty = fs::read_dir(&resolved)
                .map_err(|e| io(&resolved, e))?
                .next()
                .is_some();
            if non_empty && !resolved.join(MARKER).is_file() {
                return Err(Error::one(
                    Diagnostic::error(
                        &shown,
                        "refusing to replace a non-empty folder that sipvs did not create",
                    )
                    .hint(format!(
                        "choose an empty or new --out folder (sipvs marks its own with {MARKER})"
                    )),
                ));
            }
        }
        Err(_) => {}
    }
    Ok(resolved)
}

/// An error when an input file, through a link, lies in one of the output folders (the
/// output, its staging folder, a preview): copying it would feed the site into itself.
pub fn leads_into_output(root: &Path, path: &Path, outputs: &[&Path]) -> Option<Diagnostic> {
    let canonical = path.canonicalize().ok()?;
    let hit = outputs
        .iter()
        .filter_map(|o| o.canonicalize().ok())
        .find(|o| canonical.starts_with(o))?;
    Some(
        Diagnostic::error(
            crate::load::input::rel(root, path),
            format!("leads into the output folder `{}`", hit.display()),
        )
        .hint("an input must not link into what sipvs writes; remove the link"),
    )
}

/// A sibling of `out` named `.<name>.<suffix>`: the staging folder, the lock file.
fn beside(out: &Path, suffix: &str) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    out.with_file_name(format!(".{name}.{suffix}"))
}

impl Target {
    /// Guard `out` (see [`guard`]) and take its lock: a second build into the same folder
    /// fails at once with a message naming the lock, instead of mixing two sites.
    pub fn open(root: &Path, out: &Path) -> Result<Target> {
        let path = guard(root, out)?;
        let parent = path.parent().unwrap_or(Path::new("/"));
        fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
        let lock_path = beside(&path, "sipvs-lock");
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io(&lock_path, e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(Error::one(
                    Diagnostic::error(out, "another sipvs is building into this folder right now")
                        .hint(format!(
                            "wait for it to finish and run again (it holds the lock {})",
                            lock_path.display()
                        )),
                ));
            }
            Err(fs::TryLockError::Error(e)) => return Err(io(&lock_path, e)),
        }
        Ok(Target { path, _lock: lock })
    }
}

/// A static file's bytes, unless it is not a regular file or leads into an output folder.
fn read_static(
    site: &Site,
    s: &StaticFile,
    outputs: &[&Path],
) -> std::result::Result<Vec<u8>, Diagnostic> {
    if let Some(d) = leads_into_output(&site.root, &s.path, outputs) {
        return Err(d);
    }
    let bytes =
        crate::load::input::read_bytes(&site.root, &s.path, crate::load::input::limit::STATIC)?;
    // Its published name carries the digest of the bytes read when the site was loaded:
    // other bytes under that name would be cached for a year as if they were those.
    if crate::load::site::digest(&bytes) != s.digest {
        return Err(Diagnostic::error(
            crate::load::input::rel(&site.root, &s.path),
            "the file changed while the site was being built",
        )
        .hint("build again once it is saved"));
    }
    Ok(bytes)
}

/// The preview server's sink: pages are kept until the whole rebuild succeeded, then
/// written into the live output only where their bytes changed, so open pages reload only
/// when something they show changed and a failed rebuild leaves the last good site.
#[derive(Default)]
pub struct Pending {
    pages: std::sync::Mutex<Vec<(String, Vec<u8>)>>,
}

impl Pending {
    /// Keep one page until [`Pending::write_into`].
    pub fn add(&self, file: &str, html: &[u8]) {
        self.pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((file.to_string(), html.to_vec()));
    }

    /// Write the pages and the site's static files into `out` where they differ from what
    /// is there. Returns how many files were written.
    pub fn write_into(self, site: &Site, out: &Path) -> Result<usize> {
        let mut files = self.pages.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut problems = Vec::new();
        for s in &site.statics {
            match read_static(site, s, &[out]) {
                Ok(bytes) => files.push((s.file.clone(), bytes)),
                Err(d) => problems.push(d),
            }
        }
        Error::check(problems)?;
        let mut written = 0;
        for (rel, bytes) in &files {
            let path = out.join(rel);
            if fs::read(&path).is_ok_and(|old| old == *bytes) {
                continue;
            }
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
            }
            fs::write(&path, bytes).map_err(|e| io(&path, e))?;
            written += 1;
        }
        Ok(written)
    }
}

/// A folder being filled, that becomes the output on [`Staging::commit`] and disappears
/// otherwise.
pub struct Staging {
    dir: PathBuf,
    out: PathBuf,
    /// Whether there is a previous output to link unchanged files from.
    previous: bool,
    committed: bool,
}

impl Staging {
    /// Start a staging folder for the target (next to it, so the final rename stays on one
    /// file system). A staging folder left by a build that was killed is removed first, but
    /// only when it carries sipvs's mark.
    pub fn new(target: &Target) -> Result<Staging> {
        let out = &target.path;
        let dir = beside(out, "sipvs-staging");
        if fs::symlink_metadata(&dir).is_ok() {
            let ours = dir.join(MARKER).is_file()
                || fs::read_dir(&dir).is_ok_and(|mut d| d.next().is_none());
            if !ours {
                return Err(Error::one(
                    Diagnostic::error(&dir, "a folder sipvs did not create is in the way")
                        .hint("sipvs stages the new site there: move or delete it"),
                ));
            }
            fs::remove_dir_all(&dir).map_err(|e| {
                Error::one(
                    Diagnostic::error(
                        &dir,
                        format!("cannot remove the folder a previous build left: {e}"),
                    )
                    .hint("delete it by hand (it holds an old copy of the site), then build again"),
                )
            })?;
        }
        fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
        // From here on, dropping the staging removes the folder, failures included.
        let staging = Staging {
            previous: out.is_dir(),
            dir,
            out: out.clone(),
            committed: false,
        };
        fs::write(
            staging.dir.join(MARKER),
            "This folder was written by sipvs build and is replaced by the next build.\n",
        )
        .map_err(|e| staging.fail(&staging.dir, e))?;
        Ok(staging)
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

    /// A failure to write into the staging folder. A full disk, a quota or a file size limit
    /// is reported once for the whole output (not once per page), and a name the file system
    /// cannot hold names the file.
    fn fail(&self, path: &Path, e: std::io::Error) -> Error {
        use std::io::ErrorKind;
        match e.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
                Error::one(
                    Diagnostic::error(&self.out, format!("the disk is full: {e}"))
                        .hint("free some space, or build into a folder on another disk with --out"),
                )
            }
            ErrorKind::InvalidFilename => Error::one(
                Diagnostic::error(
                    path.strip_prefix(&self.dir).unwrap_or(path),
                    format!("the file system cannot hold this file name: {e}"),
                )
                .hint("file names come from reason phrases; a shorter reason phrase fixes it"),
            ),
            _ => io(path, e),
        }
    }

    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Write `bytes` at the site-relative `rel` path (or link the unchanged previous file).
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| self.fail(parent, e))?;
        }
        if let Some(old) = self.unchanged(rel, bytes)
            && fs::hard_link(&old, &path).is_ok()
        {
            return Ok(());
        }
        fs::write(&path, bytes).map_err(|e| self.fail(&path, e))
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
            fs::create_dir_all(parent).map_err(|e| self.fail(parent, e))?;
        }
        let file = fs::File::create(&path).map_err(|e| self.fail(&path, e))?;
        let mut w = std::io::BufWriter::with_capacity(1 << 16, file);
        fill(&mut w).map_err(|e| self.fail(&path, e))?;
        std::io::Write::flush(&mut w).map_err(|e| self.fail(&path, e))?;
        drop(w);
        let old = self.out.join(rel);
        if fs::metadata(&old).is_ok_and(|m| fs::metadata(&path).is_ok_and(|n| n.len() == m.len()))
            && same_bytes(&old, &path)
        {
            // Linked under a temporary name, then renamed over the new copy: where the file
            // system has no hard links, the new copy (the same bytes) simply stays.
            let link = path.with_extension("sipvs-link");
            if fs::hard_link(&old, &link).is_ok() && fs::rename(&link, &path).is_err() {
                let _ = fs::remove_file(&link);
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

    /// Copy the site's static files, keeping the layout. Returns how many.
    pub fn copy_statics(&self, site: &Site) -> Result<usize> {
        let mut problems = Vec::new();
        for s in &site.statics {
            match read_static(site, s, &[&self.out, &self.dir]) {
                Ok(bytes) => self.write(&s.file, &bytes)?,
                Err(d) => problems.push(d),
            }
        }
        Error::check(problems)?;
        Ok(site.statics.len())
    }

    /// Replace the output with the staging folder. On Linux the two folders are exchanged
    /// in one step (`renameat2` with `RENAME_EXCHANGE`): at every instant the output is
    /// either the whole previous site or the whole new one. Elsewhere, and on file systems
    /// without the exchange, it takes two renames (the previous output aside, the new one in
    /// place); a failure between them puts the previous output back. Every error says what
    /// state the output is in. Returns a warning when the new site is in place but the
    /// previous one could not be removed.
    pub fn commit(mut self) -> Result<Option<Diagnostic>> {
        let out = self.out.clone();
        let unchanged = |e: std::io::Error| {
            let mut err = io(&out, e);
            err.diagnostics[0].message = format!(
                "could not move the new site into place: {}",
                err.diagnostics[0].message
            );
            err
        };
        if fs::symlink_metadata(&out).is_err() {
            fs::rename(&self.dir, &out).map_err(unchanged)?;
            self.committed = true;
            return Ok(None);
        }
        // After the swap the staging path holds the previous output.
        let old = if exchange(&self.dir, &out).map_err(unchanged)? {
            self.dir.clone()
        } else {
            let old = beside(&out, "sipvs-old");
            if fs::symlink_metadata(&old).is_ok() {
                fs::remove_dir_all(&old).map_err(|e| io(&old, e))?;
            }
            fs::rename(&out, &old).map_err(unchanged)?;
            if let Err(e) = fs::rename(&self.dir, &out) {
                if let Err(back) = fs::rename(&old, &out) {
                    // Neither site is at the output path: say where both are, and keep them.
                    self.committed = true;
                    let mut err = io(&out, e);
                    err.output = Some(format!(
                        "the output folder is missing: the previous site is at {} and the new one at {} ({back})",
                        old.display(),
                        self.dir.display()
                    ));
                    return Err(err);
                }
                return Err(unchanged(e));
            }
            old
        };
        self.committed = true;
        Ok(fs::remove_dir_all(&old).err().map(|e| {
            Diagnostic::error(&old, format!("could not remove the previous site: {e}"))
                .warning()
                .hint("the new site is in place; delete this folder by hand")
        }))
    }
}

/// Exchange two folders atomically; `Ok(false)` when the platform or file system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Exchange two folders atomically; `Ok(false)` when the platform or file system cannot.
#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
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
