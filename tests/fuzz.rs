//! A fuzz harness on the stable toolchain: random mutations of the fixture's records, `.ftl`
//! files and `sipvs.toml` (tricky snippets inserted, ranges deleted, lines doubled, bytes
//! replaced, so invalid UTF-8 too), each run through the whole pipeline in-process (`build`
//! into a temporary folder, then `check`). Any panic fails the test and prints the case;
//! a stack overflow aborts the test binary, which fails it too. Every error must name a
//! file, say something, and never carry a raw control character.
//!
//! `cargo test` runs a few cases (`SIPVS_FUZZ_CASES`, default 24); `.ci/run` runs it for
//! about a minute (`SIPVS_FUZZ_SECONDS=60`) and prints how many cases it ran.

mod common;

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Text that breaks parsers: syntax characters of TOML and Fluent, encodings, nesting.
const SNIPPETS: &[&str] = &[
    "{",
    "}",
    "{{{{{{{{{{",
    "}}}}}}",
    "\"",
    "\"\"\"",
    "'''",
    "[",
    "]]]]",
    "[[flow]]",
    "=",
    "\n",
    "\t",
    "\r\n",
    "*[other]",
    " ->",
    "{ $x ->\n *[a] b\n}",
    "-term = x\n",
    ".attr = ",
    "é",
    "ц",
    "日本語",
    "\u{feff}",
    "\u{202e}",
    "\u{0}",
    "\u{7}",
    "\u{85}",
    "1e400",
    "99999999999999999999",
    "-1",
    "#",
    "\\",
    "\\u{D800}",
    "<script>",
    "](javascript:x)",
    "{ msg }",
    "{ -term }",
    "{ NUMBER($n) }",
    "{ \"{\" }",
    "code = 1\n",
    "locales = []\n",
    "reference_locale = \"xx\"\n",
    "base_url = \"https://a.b//c\"\n",
];

/// One change to one input file.
#[derive(Debug, Clone)]
enum Mutation {
    Insert {
        at: usize,
        snippet: usize,
        times: usize,
    },
    Delete {
        at: usize,
        len: usize,
    },
    DoubleLine {
        line: usize,
    },
    Byte {
        at: usize,
        byte: u8,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), 0..SNIPPETS.len(), prop_oneof![4 => Just(1usize), 1 => 1..200usize])
            .prop_map(|(at, snippet, times)| Mutation::Insert { at, snippet, times }),
        2 => (any::<usize>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        1 => any::<usize>().prop_map(|line| Mutation::DoubleLine { line }),
        2 => (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Byte { at, byte }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len().max(1);
    match *m {
        Mutation::Insert { at, snippet, times } => {
            let at = at % len;
            let text = SNIPPETS[snippet].repeat(times);
            bytes.splice(at.min(bytes.len())..at.min(bytes.len()), text.bytes());
        }
        Mutation::Delete { at, len: n } => {
            let at = (at % len).min(bytes.len());
            let end = (at + n).min(bytes.len());
            bytes.drain(at..end);
        }
        Mutation::DoubleLine { line } => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            if !lines.is_empty() {
                let i = line % lines.len();
                let mut out = lines[..=i].concat();
                out.push_str(lines[i]);
                out.push_str(&lines[i + 1..].concat());
                *bytes = out.into_bytes();
            }
        }
        Mutation::Byte { at, byte } => {
            if !bytes.is_empty() {
                let at = at % bytes.len();
                bytes[at] = byte;
            }
        }
    }
}

/// The inputs a case may mutate: records, `.ftl` files and the configuration.
fn targets(root: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = common::files(root)
        .into_iter()
        .filter(|f| f.ends_with(".toml") || f.ends_with(".ftl"))
        .map(|f| root.join(f))
        .collect();
    out.sort();
    out
}

/// Run one case: mutate, build, check. Returns whether the input was still valid.
fn run_case(file: usize, mutations: &[Mutation]) -> bool {
    let dir = common::fixture();
    let root = dir.path();
    let files = targets(root);
    let path = &files[file % files.len()];
    let mut bytes = std::fs::read(path).unwrap();
    for m in mutations {
        apply(&mut bytes, m);
    }
    std::fs::write(path, &bytes).unwrap();
    let opts = sipvs::build::Options {
        root: root.to_path_buf(),
        out: root.join("public"),
        base_url: None,
        strict: false,
        precompress: false,
        host: None,
        max_files: None,
    };
    let ok = match sipvs::build::build(&opts) {
        Ok(_) => true,
        Err(e) => {
            assert!(!e.diagnostics.is_empty(), "an error without a diagnostic");
            for d in &e.diagnostics {
                assert!(!d.message.trim().is_empty(), "an empty message: {d:?}");
                assert!(!d.file.as_os_str().is_empty(), "no file: {d:?}");
                let shown = d.to_string();
                assert!(
                    !shown.chars().any(sipvs::input::is_forbidden_control),
                    "a raw control character in {shown:?}"
                );
            }
            assert!(!root.join("public").exists(), "a failed build wrote output");
            false
        }
    };
    // `check` must never crash either, whatever it finds.
    let _ = sipvs::check::check(root, None);
    ok
}

#[test]
fn mutated_inputs_never_crash_the_pipeline() {
    let seconds: Option<u64> = std::env::var("SIPVS_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok());
    let cases: u64 = std::env::var("SIPVS_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(24);
    let seed: u64 = std::env::var("SIPVS_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5195);
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes),
    );
    let strategy = (any::<usize>(), proptest::collection::vec(mutation(), 1..4));
    let start = Instant::now();
    let deadline = seconds.map(|s| start + Duration::from_secs(s));
    let (mut ran, mut valid) = (0u64, 0u64);
    loop {
        match deadline {
            Some(d) if Instant::now() >= d => break,
            None if ran >= cases => break,
            _ => {}
        }
        let (file, mutations) = strategy.new_tree(&mut runner).unwrap().current();
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| run_case(file, &mutations)));
        match outcome {
            Ok(ok) => valid += u64::from(ok),
            Err(_) => {
                panic!("case {ran} (seed {seed}) crashed: file #{file}, mutations {mutations:?}")
            }
        }
        ran += 1;
    }
    println!(
        "fuzz: {ran} cases in {:.0} s (seed {seed}): {valid} still valid, {} rejected with an error, 0 crashes",
        start.elapsed().as_secs_f64(),
        ran - valid
    );
    assert!(ran > 0, "no case ran");
}
