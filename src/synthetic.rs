//! A synthetic registry for scale tests: a copy of a project with extra, made-up codes, so
//! that the build can be measured on far more pages than the real registry has. Each extra
//! code copies the facts and the prose (in every locale) of a real code of its class; only
//! its number and reason phrase are new. Used by `sipvs synthesize` (hidden) and the
//! benchmark; never by a real build.

use std::fmt::Write as _;
use std::path::Path;

use crate::error::{Error, Result};

fn io(path: &Path, e: std::io::Error) -> Error {
    Error::io(path, &e)
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for e in walkdir::WalkDir::new(from).sort_by_file_name() {
        let e = e.map_err(|e| io(from, e.into()))?;
        let target = to.join(e.path().strip_prefix(from).unwrap_or(e.path()));
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).map_err(|err| io(&target, err))?;
        } else {
            std::fs::copy(e.path(), &target).map_err(|err| io(e.path(), err))?;
        }
    }
    Ok(())
}

/// The real code each class's synthetic codes are modelled on.
fn model(class: u16) -> u16 {
    match class {
        1 => 183,
        2 => 200,
        3 => 302,
        4 => 486,
        5 => 503,
        _ => 603,
    }
}

/// Copy the project at `root` to `dest` and add synthetic codes until there are `total`.
/// Returns the number of codes added.
pub fn synthesize(root: &Path, dest: &Path, total: usize) -> Result<usize> {
    // The copy must land in a new or empty folder outside the project's inputs: the same
    // guard as a build's output (a copy onto itself would empty every file).
    let dest = crate::write::output::guard(root, dest)?;
    if std::fs::read_dir(&dest).is_ok_and(|mut d| d.next().is_some()) {
        return Err(Error::one(
            crate::error::Diagnostic::error(
                &dest,
                "refusing to write a project copy into a non-empty folder",
            )
            .hint("choose a new folder"),
        ));
    }
    let dest = dest.as_path();
    for part in ["content", "locales", "templates", "static"] {
        copy_tree(&root.join(part), &dest.join(part))?;
    }
    let config = root.join(crate::load::config::CONFIG_FILE);
    std::fs::copy(&config, dest.join(crate::load::config::CONFIG_FILE))
        .map_err(|e| io(&config, e))?;
    let site = crate::load::site::Site::load(dest, None)?;
    let used: Vec<u16> = site.catalog.codes().iter().map(|c| c.code).collect();
    let missing = total.saturating_sub(used.len());
    // Spread the new codes over the classes, filling each from its x50 upwards.
    let free: Vec<u16> = (0..6u16)
        .flat_map(|c| {
            let class = c + 1;
            (0..100u16).map(move |i| class * 100 + (50 + i) % 100)
        })
        .filter(|n| !used.contains(n))
        .collect();
    let stride = (free.len() / missing.max(1)).max(1);
    let chosen: Vec<u16> = free.iter().step_by(stride).take(missing).copied().collect();
    let mut prose: Vec<String> =
        vec![String::from("# Synthetic codes for scale tests.\n\n"); site.locales.list.len()];
    for &n in &chosen {
        let m = model(n / 100);
        let text = std::fs::read_to_string(dest.join(format!("content/sip/{m}.toml")))
            .map_err(|e| io(dest, e))?;
        let record = text
            .lines()
            .map(|l| {
                if l.starts_with("code =") {
                    format!("code = {n}")
                } else if l.starts_with("reason =") {
                    format!("reason = \"Synthetic Response {n}\"")
                } else if l == format!("msg = \"{m}\"") {
                    format!("msg = \"{n}\"")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let path = dest.join(format!("content/sip/{n}.toml"));
        std::fs::write(&path, record + "\n").map_err(|e| io(&path, e))?;
        for (li, locale) in site.locales.list.iter().enumerate() {
            if let Some(entry) = locale.entries().get(&format!("code-{m}")) {
                let _ = writeln!(
                    prose[li],
                    "{}\n",
                    entry.replacen(&format!("code-{m} ="), &format!("code-{n} ="), 1)
                );
            }
        }
    }
    for (li, locale) in site.locales.list.iter().enumerate() {
        let path = dest.join(format!("locales/{}/codes-synthetic.ftl", locale.lang));
        std::fs::write(&path, &prose[li]).map_err(|e| io(&path, e))?;
    }
    Ok(chosen.len())
}
