//! The build benchmark:
//! `cargo bench --bench build -- [--runs N] [--dirs D1,D2] [--scale N] [--against BIN]`.
//!
//! In one run, on each file system given (default: /dev/shm if present, and target/bench on
//! the normal disk), it times full clean builds of the bundled site with the release binary
//! and `cp -r` of the very tree the build produced, and prints medians, the ratio
//! build/copy, pages per second and peak resident memory. Then it times the preview
//! server's incremental rebuild (load, find the affected pages, re-render them) after an edit
//! of one record, of one code's prose in one locale and of one interface string. With
//! `--scale N` it also builds a synthetic registry of N codes and compares time per page.
//! With `--against BIN` it first alternates full builds with another sipvs binary (an
//! earlier release) and prints the ratio of the medians.
//! Timings are printed, never asserted: the machines are shared and noisy, so compare the
//! ratios of one run.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Run a command; wall seconds and the child's peak resident memory in MB. The peak is the
/// one the build reports itself (`SIPVS_TIMINGS`, from `/proc/self/status`): `wait4`'s
/// figure can include this benchmark's own memory, shared with the child until it execs.
/// Other commands get `wait4`'s.
#[allow(clippy::zombie_processes)] // reaped by wait4, which also gives the peak memory
fn run(cmd: &mut Command) -> (f64, f64, String) {
    let start = Instant::now();
    let mut child = cmd
        .env("SIPVS_TIMINGS", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id() as libc::pid_t;
    let mut out = String::new();
    // The summary line is short: read it to the end before reaping the child.
    std::io::Read::read_to_string(child.stdout.as_mut().expect("piped"), &mut out)
        .unwrap_or_default();
    let mut err = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().expect("piped"), &mut err)
        .unwrap_or_default();
    // "timing: swap: 0.1 ms, resident 33872 kB, peak 34000 kB"
    let reported = err
        .lines()
        .rev()
        .find_map(|l| l.split(", peak ").nth(1))
        .and_then(|p| p.trim_end_matches(" kB").trim().parse::<f64>().ok());
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child, with valid pointers to locals. It reaps the child, so
    // `Child::wait` must not be called afterwards.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    drop(child);
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(r, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "command failed: {cmd:?}\n{out}"
    );
    let peak_kb = reported.unwrap_or(usage.ru_maxrss as f64);
    (secs, peak_kb / 1024.0, out)
}

fn rm(path: &Path) {
    if path.exists() {
        std::fs::remove_dir_all(path).unwrap();
    }
}

fn pages_of(summary: &str) -> f64 {
    summary
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0)
}

/// Full clean builds and copies of `root`'s site on the file system of `dir`.
fn full_builds(bin: &str, root: &Path, dir: &Path, runs: usize, label: &str) -> (f64, f64) {
    std::fs::create_dir_all(dir).unwrap();
    let out = dir.join("public");
    let copy = dir.join("copy");
    let (mut builds, mut copies, mut rss) = (Vec::new(), Vec::new(), Vec::new());
    let mut pages = 0.0;
    for _ in 0..runs {
        rm(&out);
        rm(&copy);
        let (t, m, summary) = run(Command::new(bin)
            .arg("--root")
            .arg(root)
            .args(["build", "--out"])
            .arg(&out));
        pages = pages_of(&summary);
        builds.push(t);
        rss.push(m);
        let (c, _, _) = run(Command::new("cp").arg("-r").arg(&out).arg(&copy));
        copies.push(c);
    }
    let (b, c) = (median(builds.clone()), median(copies.clone()));
    println!(
        "{label}: {pages} pages; build median {b:.3} s (runs {builds:.3?}), cp -r median {c:.3} s (runs {copies:.3?}); build/copy {:.2}; {:.0} pages/s; peak RSS {:.1} MB (runs {rss:.1?})",
        b / c,
        pages / b,
        rss.iter().fold(0.0f64, |a, &b| a.max(b)),
    );
    rm(&out);
    rm(&copy);
    (b / pages, rss.iter().fold(0.0f64, |a, &b| a.max(b)))
}

/// Full clean builds by this binary and by `other` (an earlier release, say), alternated so
/// that both see the same machine load; prints both medians and their ratio.
fn against(bin: &str, other: &str, root: &Path, dir: &Path, runs: usize) {
    std::fs::create_dir_all(dir).unwrap();
    let out = dir.join("public");
    let (mut mine, mut theirs) = (Vec::new(), Vec::new());
    let (mut mine_rss, mut theirs_rss) = (0.0f64, 0.0f64);
    for _ in 0..runs {
        for (b, times, rss) in [
            (bin, &mut mine, &mut mine_rss),
            (other, &mut theirs, &mut theirs_rss),
        ] {
            rm(&out);
            let (t, m, _) = run(Command::new(b)
                .arg("--root")
                .arg(root)
                .args(["build", "--out"])
                .arg(&out));
            times.push(t);
            *rss = rss.max(m);
        }
    }
    rm(&out);
    let (a, b) = (median(mine.clone()), median(theirs.clone()));
    println!(
        "this build median {a:.3} s (runs {mine:.3?}, peak RSS {mine_rss:.1} MB) vs {other} median {b:.3} s (runs {theirs:.3?}, peak RSS {theirs_rss:.1} MB): ratio {:.3}",
        a / b
    );
}

/// Resident memory at the end of each build phase (from `SIPVS_TIMINGS`): flat across the
/// page phase means pages are streamed, not collected.
fn phase_memory(bin: &str, root: &Path, dir: &Path) {
    let out = dir.join("public");
    rm(&out);
    let output = Command::new(bin)
        .env("SIPVS_TIMINGS", "1")
        .arg("--root")
        .arg(root)
        .args(["build", "--out"])
        .arg(&out)
        .output()
        .expect("spawn");
    for line in String::from_utf8_lossy(&output.stderr).lines() {
        if let Some(phase) = line.strip_prefix("timing: ") {
            println!("  phase {phase}");
        }
    }
    rm(&out);
}

/// The preview server's rebuild after one edit: load, diff, re-render affected pages.
fn incremental(root: &Path, dir: &Path, runs: usize) {
    let project = dir.join("project");
    rm(&project);
    sipvs::synthetic::synthesize(root, &project, 0).unwrap();
    let out = dir.join("serve");
    rm(&out);
    let opts = sipvs::build::Options {
        root: project.clone(),
        out: out.clone(),
        base_url: None,
        strict: false,
        precompress: false,
        host: None,
        max_files: None,
    };
    let target = sipvs::output::Target::open(&project, &out).unwrap();
    let (mut preview, _) = sipvs::incremental::Preview::start(&opts, &target, false).unwrap();
    let edits: [(&str, &str, &str, &str); 3] = [
        (
            "one record (486)",
            "content/sip/486.toml",
            "section = \"21.4.24\"",
            "section = \"21.4.24.0\"",
        ),
        (
            "one code's prose (ja, 486)",
            "locales/ja/codes-4xx.ftl",
            "code-486 =\n    .summary = ",
            "code-486 =\n    .summary = 【更新】",
        ),
        (
            "one interface string (ja)",
            "locales/ja/ui.ftl",
            "section-differences = 主な違い",
            "section-differences = 主な相違点",
        ),
    ];
    for (what, file, from, to) in edits {
        let path = project.join(file);
        let original = std::fs::read_to_string(&path).unwrap();
        assert!(original.contains(from), "{file} lacks {from}");
        let mut times = Vec::new();
        let mut count = 0;
        for i in 0..runs * 2 {
            let text = if i % 2 == 0 {
                original.replacen(from, to, 1)
            } else {
                original.clone()
            };
            std::fs::write(&path, text).unwrap();
            let start = Instant::now();
            match preview.rebuild(&opts, &target).unwrap() {
                sipvs::incremental::Rebuilt::Pages { pages, .. } => count = pages,
                sipvs::incremental::Rebuilt::Everything { .. } => {
                    panic!("{what}: expected an incremental rebuild")
                }
            }
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        println!(
            "incremental rebuild after editing {what}: {count} pages, median {:.0} ms (runs {times:.0?})",
            median(times.clone())
        );
    }
    drop(target);
    rm(&out);
    rm(&project);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let runs: usize = value("--runs").and_then(|v| v.parse().ok()).unwrap_or(5);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dirs: Vec<PathBuf> = match value("--dirs") {
        Some(d) => d.split(',').map(PathBuf::from).collect(),
        None => {
            let mut d = Vec::new();
            if Path::new("/dev/shm").is_dir() {
                d.push(PathBuf::from("/dev/shm/sipvs-bench"));
            }
            d.push(root.join("target/bench"));
            d
        }
    };
    let bin = env!("CARGO_BIN_EXE_sipvs");
    if let Some(other) = value("--against") {
        against(bin, &other, &root, &dirs[0], runs);
    }
    let mut per_page = 0.0;
    for (i, dir) in dirs.iter().enumerate() {
        let (pp, _) = full_builds(
            bin,
            &root,
            dir,
            runs,
            &format!("bundled site on {}", dir.display()),
        );
        if i == 0 {
            per_page = pp;
            phase_memory(bin, &root, dir);
            incremental(&root, dir, runs);
        }
    }
    if let Some(n) = value("--scale").and_then(|v| v.parse::<usize>().ok()) {
        let dir = &dirs[0];
        let project = dir.join("synthetic");
        rm(&project);
        sipvs::synthetic::synthesize(&root, &project, n).unwrap();
        let (pp, _) = full_builds(
            bin,
            &project,
            dir,
            runs.min(3),
            &format!("synthetic registry of {n} codes on {}", dir.display()),
        );
        phase_memory(bin, &project, dir);
        println!(
            "time per page: synthetic {:.1} µs vs bundled {:.1} µs (ratio {:.2})",
            pp * 1e6,
            per_page * 1e6,
            pp / per_page
        );
        rm(&project);
    }
    for d in &dirs {
        let _ = std::fs::remove_dir(d);
    }
}
