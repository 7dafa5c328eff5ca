//! The preview server's incremental rebuild equals a clean build: random sequences of edits
//! — records, prose, pair notes, interface strings, templates, static files, records and
//! files added and deleted — applied through the serve path (`incremental::Preview`, what
//! `sipvs serve` runs on every change) leave an output byte-identical to a clean build of
//! the same project, after every step.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use sipvs::build::Options;
use sipvs::incremental::{Preview, Rebuilt};

/// One change a user makes while `serve` runs.
#[derive(Debug, Clone, Copy)]
enum Edit {
    /// A fact of a record (its section).
    RecordFact,
    /// A record's "most confused" list.
    ConfusedWith,
    /// A reason phrase: every URL that names the code changes.
    Reason,
    /// A code's prose in one locale (`true`: the reference locale).
    Prose(bool),
    /// A pair note's text.
    Note,
    /// A pair note added or removed.
    NoteToggle,
    /// An interface string in one locale (`true`: the reference locale).
    Interface(bool),
    /// A template.
    Template,
    /// A static file's bytes.
    StaticBytes,
    /// A static file added or removed.
    StaticToggle,
    /// A record (with its prose) added or removed.
    RecordToggle,
    /// A broken save (invalid TOML in a record), then the fix: the failed rebuild must leave
    /// the output as it was, and the next one must bring it up to date.
    BreakAndFix,
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        Just(Edit::RecordFact),
        Just(Edit::ConfusedWith),
        Just(Edit::Reason),
        any::<bool>().prop_map(Edit::Prose),
        Just(Edit::Note),
        Just(Edit::NoteToggle),
        any::<bool>().prop_map(Edit::Interface),
        Just(Edit::Template),
        Just(Edit::StaticBytes),
        Just(Edit::StaticToggle),
        Just(Edit::RecordToggle),
        Just(Edit::BreakAndFix),
    ]
}

fn read(root: &Path, file: &str) -> String {
    std::fs::read_to_string(root.join(file)).unwrap()
}

fn write(root: &Path, file: &str, text: &str) {
    std::fs::write(root.join(file), text).unwrap();
}

/// Replace the line starting with `prefix` in `file` by `line`.
fn set_line(root: &Path, file: &str, prefix: &str, line: &str) {
    let text = read(root, file);
    let mut found = false;
    let new: Vec<String> = text
        .lines()
        .map(|l| {
            if !found && l.starts_with(prefix) {
                found = true;
                line.to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    assert!(found, "{file} has no line starting with {prefix:?}");
    write(root, file, &(new.join("\n") + "\n"));
}

/// Apply `edit` for the `n`-th time: every application changes something.
fn apply(root: &Path, edit: Edit, n: usize) {
    match edit {
        // Handled by the caller, which must see the failure in between.
        Edit::BreakAndFix => {}
        Edit::RecordFact => set_line(
            root,
            "content/sip/486.toml",
            "section =",
            &format!("section = \"21.4.{}\"", 24 + n),
        ),
        Edit::ConfusedWith => {
            let now = read(root, "content/sip/486.toml");
            let list = if now.contains("[487, 302]") {
                "[487]"
            } else {
                "[487, 302]"
            };
            set_line(
                root,
                "content/sip/486.toml",
                "confused_with =",
                &format!("confused_with = {list}"),
            );
        }
        Edit::Reason => {
            let now = read(root, "content/sip/180.toml");
            let reason = if now.contains("\"Ringing\"") {
                "Ringing Now"
            } else {
                "Ringing"
            };
            set_line(
                root,
                "content/sip/180.toml",
                "reason =",
                &format!("reason = \"{reason}\""),
            );
        }
        Edit::Prose(reference) => {
            let (file, text) = if reference {
                ("locales/en/codes.ftl", "The callee's device is ringing")
            } else {
                (
                    "locales/de/codes.ftl",
                    "Das Endgerät des Angerufenen klingelt",
                )
            };
            set_line(
                root,
                file,
                "    .summary = ",
                &format!("    .summary = {text} (edit {n})."),
            );
        }
        Edit::Note => {
            let pairs = read(root, "locales/en/pairs.ftl");
            let line = format!(
                "pair-486-487 = 486 means the callee is busy; 487 means the request was cancelled (edit {n})."
            );
            let new: Vec<String> = pairs
                .lines()
                .map(|l| {
                    if l.starts_with("pair-486-487 =") {
                        line.clone()
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            write(root, "locales/en/pairs.ftl", &(new.join("\n") + "\n"));
        }
        Edit::NoteToggle => {
            let pairs = read(root, "locales/en/pairs.ftl");
            let note = "pair-180-200 = 180 is provisional: the phone rings; 200 answers the call.";
            let new = if pairs.contains("pair-180-200") {
                pairs.replace(&format!("{note}\n"), "")
            } else {
                format!("{pairs}{note}\n")
            };
            write(root, "locales/en/pairs.ftl", &new);
        }
        Edit::Interface(reference) => {
            if reference {
                set_line(
                    root,
                    "locales/en/ui.ftl",
                    "section-handle =",
                    &format!("section-handle = How to handle it ({n})"),
                );
            } else {
                set_line(
                    root,
                    "locales/de/ui.ftl",
                    "section-handle =",
                    &format!("section-handle = Behandlung ({n})"),
                );
            }
        }
        Edit::Template => {
            let t = read(root, "templates/base.html");
            let marker = "<!-- edit ";
            let base = t.split(marker).next().unwrap().to_string();
            write(
                root,
                "templates/base.html",
                &format!("{base}{marker}{n} -->\n"),
            );
        }
        Edit::StaticBytes => {
            let css = read(root, "static/site.css");
            let base = css.split("/* edit ").next().unwrap().to_string();
            write(root, "static/site.css", &format!("{base}/* edit {n} */\n"));
        }
        Edit::StaticToggle => {
            let path = root.join("static/extra.txt");
            if path.exists() {
                std::fs::remove_file(path).unwrap();
            } else {
                std::fs::write(path, format!("extra {n}\n")).unwrap();
            }
        }
        Edit::RecordToggle => {
            let record = root.join("content/sip/181.toml");
            let prose = read(root, "locales/en/codes.ftl");
            if record.exists() {
                std::fs::remove_file(record).unwrap();
                let cut = prose.split("code-181 =").next().unwrap().to_string();
                write(root, "locales/en/codes.ftl", &cut);
            } else {
                let r = read(root, "content/sip/180.toml")
                    .replacen("code = 180", "code = 181", 1)
                    .lines()
                    .map(|l| {
                        if l.starts_with("reason =") {
                            "reason = \"Call Is Being Forwarded\"".to_string()
                        } else {
                            l.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                std::fs::write(&record, r + "\n").unwrap();
                // Appended last, so removing it is cutting the file there.
                let sep = if prose.ends_with('\n') { "" } else { "\n" };
                write(
                    root,
                    "locales/en/codes.ftl",
                    &format!(
                        "{prose}{sep}code-181 =\n    .summary = The call is being forwarded.\n    .description = A proxy forwards the call elsewhere.\n    .seen = When a call is forwarded.\n    .handle = Keep waiting for the final response.\n"
                    ),
                );
            }
        }
    }
}

/// Every file of an output tree and its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn options(root: &Path, out: &Path) -> Options {
    Options {
        root: root.to_path_buf(),
        out: out.to_path_buf(),
        base_url: None,
        strict: false,
        precompress: false,
        host: None,
        max_files: None,
    }
}

/// Apply `edits` one by one through the preview server's rebuild; after each, a clean
/// build of the project must give the same files with the same bytes.
/// Returns how many rebuilds took the incremental path.
fn incremental_equals_clean(edits: &[Edit]) -> Result<usize, TestCaseError> {
    let dir = common::fixture();
    let root = dir.path();
    let work = tempfile::tempdir().unwrap();
    let (live, clean) = (work.path().join("live"), work.path().join("clean"));
    let opts = options(root, &live);
    let target = sipvs::output::Target::open(root, &live).unwrap();
    let (mut preview, _) = Preview::start(&opts, &target, false).unwrap();
    let mut incremental = 0;
    for (n, &edit) in edits.iter().enumerate() {
        if matches!(edit, Edit::BreakAndFix) {
            let before = tree(&live);
            let record = root.join("content/sip/486.toml");
            let good = std::fs::read_to_string(&record).unwrap();
            std::fs::write(&record, format!("{good}\nsection = [unclosed\n")).unwrap();
            prop_assert!(
                preview.rebuild(&opts, &target).is_err(),
                "a broken record rebuilt"
            );
            prop_assert!(tree(&live) == before, "a failed rebuild changed the output");
            std::fs::write(&record, &good).unwrap();
            // The fix below must rebuild even though the site equals the last good one.
            apply(root, Edit::RecordFact, n);
        } else {
            apply(root, edit, n);
        }
        let done = preview
            .rebuild(&opts, &target)
            .map_err(|e| TestCaseError::fail(format!("{edit:?}: rebuild failed: {e}")))?;
        if matches!(done, Rebuilt::Pages { .. }) {
            incremental += 1;
        }
        std::fs::remove_dir_all(&clean).ok();
        sipvs::build::build(&options(root, &clean))
            .map_err(|e| TestCaseError::fail(format!("{edit:?}: clean build failed: {e}")))?;
        let (a, b) = (tree(&live), tree(&clean));
        let names = |t: &BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
        prop_assert_eq!(
            names(&a),
            names(&b),
            "files differ after {:?} (step {})",
            edit,
            n
        );
        for (file, bytes) in &a {
            prop_assert!(
                *bytes == b[file],
                "{} differs after {:?} (step {}, {})",
                file,
                edit,
                n,
                done
            );
        }
    }
    Ok(incremental)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn incremental_rebuilds_equal_a_clean_build(edits in prop::collection::vec(edit_strategy(), 1..8)) {
        incremental_equals_clean(&edits).map(|_| ())?;
    }
}

/// Every kind of edit, once, in one sequence: each runs even if the random cases miss one.
#[test]
fn every_kind_of_edit_in_one_sequence() {
    let all = [
        Edit::RecordFact,
        Edit::Prose(false),
        Edit::Interface(false),
        Edit::StaticBytes,
        Edit::ConfusedWith,
        Edit::Prose(true),
        Edit::Note,
        Edit::NoteToggle,
        Edit::StaticToggle,
        Edit::Template,
        Edit::Reason,
        Edit::RecordToggle,
        Edit::BreakAndFix,
        Edit::Interface(true),
        Edit::StaticToggle,
        Edit::RecordToggle,
        Edit::NoteToggle,
    ];
    let incremental = incremental_equals_clean(&all).unwrap();
    // Record facts, "most confused" lists, prose in both locales, a note's text, a
    // translated interface string and static bytes take the incremental path.
    assert!(incremental >= 7, "only {incremental} incremental rebuilds");
}
