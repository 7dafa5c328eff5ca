//! Nothing a user types can destroy their files, and no input crashes or hangs the tool.
//! Each case runs the binary on the fixture project and checks the exit status, the message
//! (with its place where the input has one), and that the previous output and every input
//! folder are unchanged.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{edit, fixture_en, sipvs, text};

/// Every file below `dir` with its bytes: a snapshot to compare before and after.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    common::files(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

/// A fixture built once, so there is a previous output to keep.
fn built() -> tempfile::TempDir {
    let dir = fixture_en();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    dir
}

/// Run sipvs and expect it to refuse with every fragment of `expected`, leaving the project
/// (inputs and previous output) exactly as it was.
fn refused(root: &Path, cwd: &Path, args: &[&str], expected: &[&str]) {
    let project = snapshot(root);
    let out = sipvs(cwd, args);
    let msg = text(&out);
    assert_eq!(out.status.code(), Some(1), "{args:?} should fail:\n{msg}");
    for e in expected {
        assert!(msg.contains(e), "{args:?}: expected `{e}` in:\n{msg}");
    }
    assert!(!msg.contains("panicked"), "{msg}");
    assert_eq!(snapshot(root), project, "{args:?} changed the project");
}

#[test]
fn output_guard_sees_through_every_spelling() {
    let dir = built();
    let root = dir.path();
    let name = root.file_name().unwrap().to_str().unwrap();
    let abs = |p: &str| root.join(p).to_str().unwrap().to_string();
    let precious = root.join("precious");
    std::fs::create_dir(&precious).unwrap();
    std::fs::write(precious.join("thesis.txt"), "years of work").unwrap();
    let missing_then_up = format!("{}/nothere/../precious", root.display());
    let cases: Vec<(String, &str)> = vec![
        ("x/../content".into(), "input folder"),
        (format!("x/../../{name}"), "the project"),
        (format!("x/../../{name}/templates"), "input folder"),
        (missing_then_up, "did not create"),
        ("content/newdir".into(), "inside an input folder"),
        ("templates/out".into(), "inside an input folder"),
        ("locales/x/y".into(), "inside an input folder"),
        ("static/out".into(), "inside an input folder"),
        ("./static/../static/out".into(), "inside an input folder"),
        (".".into(), "the project"),
        ("..".into(), "contains"),
        ("/".into(), "refusing"),
        ("sipvs.toml".into(), "not a folder"),
        (abs("content"), "input folder"),
    ];
    for (out, why) in &cases {
        refused(root, root, &["build", "--out", out], &["refusing", why]);
        refused(
            root,
            root,
            &["serve", "--port", "0", "--out", out],
            &["refusing"],
        );
    }
    // The same from outside the project, through --root.
    let outside = tempfile::tempdir().unwrap();
    let root_arg = root.to_str().unwrap();
    refused(
        root,
        outside.path(),
        &["--root", root_arg, "build", "--out", "x/../content"],
        &["refusing", "input folder"],
    );
    refused(
        root,
        outside.path(),
        &["--root", root_arg, "build", "--out", &abs("locales")],
        &["refusing", "input folder"],
    );
    assert_eq!(
        std::fs::read_to_string(precious.join("thesis.txt")).unwrap(),
        "years of work"
    );
}

#[test]
fn output_guard_protects_the_home_folder() {
    let dir = built();
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("notes.txt"), "mine").unwrap();
    let out = assert_cmd::Command::cargo_bin("sipvs")
        .unwrap()
        .current_dir(dir.path())
        .env("HOME", home.path())
        .args(["build", "--out", home.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("home folder"), "{}", text(&out));
    assert_eq!(common::files(home.path()), ["notes.txt"]);
}

#[test]
fn a_new_folder_outside_the_inputs_is_fine() {
    let dir = built();
    let out = sipvs(dir.path(), &["build", "--out", "x/../site"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(dir.path().join("site/.sipvs-output").is_file());
    assert!(
        !dir.path().join("x").exists(),
        "a folder on the way was created"
    );
}

#[test]
fn a_second_build_into_the_same_folder_is_refused_while_the_first_holds_the_lock() {
    let dir = built();
    let root = dir.path();
    let before = snapshot(&root.join("public"));
    // Hold the lock as a running build would.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(root.join(".public.sipvs-lock"))
        .unwrap();
    lock.lock().unwrap();
    refused(
        root,
        root,
        &["build"],
        &["another sipvs is building", ".public.sipvs-lock"],
    );
    // The path is resolved before the lock is taken: another spelling finds the same lock.
    refused(
        root,
        root,
        &["build", "--out", "x/../public"],
        &["another sipvs"],
    );
    drop(lock);
    assert_eq!(snapshot(&root.join("public")), before);
    let out = sipvs(root, &["build"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn concurrent_builds_never_lose_files() {
    let dir = built();
    let root = dir.path();
    let expected = common::files(&root.join("public"));
    for _ in 0..4 {
        let spawn = || {
            Command::new(env!("CARGO_BIN_EXE_sipvs"))
                .arg("build")
                .current_dir(root)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        for child in [a, b] {
            let out = child.wait_with_output().unwrap();
            let msg = String::from_utf8_lossy(&out.stderr);
            assert!(
                out.status.success() || msg.contains("another sipvs is building"),
                "{msg}"
            );
        }
        assert_eq!(common::files(&root.join("public")), expected);
    }
}

#[test]
fn killing_a_build_at_any_moment_leaves_a_whole_site() {
    let dir = built();
    let root = dir.path();
    let expected = common::files(&root.join("public"));
    // Kill builds at spread-out moments; whenever one dies, `public/` is the whole previous
    // site or the whole new one, never missing or partial.
    for i in 0..12u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sipvs"))
            .arg("build")
            .current_dir(root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(i * 25));
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(
            common::files(&root.join("public")),
            expected,
            "after a kill at {} ms",
            i * 25
        );
    }
    let out = sipvs(root, &["build"]);
    assert!(
        out.status.success(),
        "a killed build blocks the next: {}",
        text(&out)
    );
}

#[test]
fn a_full_disk_is_reported_once_and_the_previous_output_stays() {
    // A 400 KB tmpfs in a private mount namespace (unshare, as an unprivileged user mapped
    // to root) holds the previous output of a tiny site (about 310 KB in 4 KB pages) but not
    // the next, larger by 400 KB.
    let dir = fixture_en();
    let root = dir.path();
    let mnt = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_sipvs");
    let script = format!(
        "mount -t tmpfs -o size=400k tmpfs {m} && {bin} build --out {m}/site >/dev/null && \
         echo FIRST-OK && printf '%s' \"$(head -c 400000 /dev/zero | tr '\\0' x)\" > static/big.txt && \
         {bin} build --out {m}/site; echo EXIT=$?; ls {m}/site | head -3",
        m = mnt.path().display()
    );
    let out = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", &script])
        .current_dir(root)
        .output()
        .expect("unshare (util-linux) runs this test");
    let msg = text(&out);
    assert!(msg.contains("FIRST-OK"), "the setup failed:\n{msg}");
    assert!(msg.contains("EXIT=1"), "{msg}");
    assert_eq!(
        msg.matches("the disk is full").count(),
        1,
        "reported once:\n{msg}"
    );
    assert!(msg.contains("previous output was left as it was"), "{msg}");
    assert!(
        msg.contains("404.html"),
        "the previous output is still there:\n{msg}"
    );
}

/// Build must fail with every fragment of `expected`; the previous output must not change.
fn build_fails(root: &Path, expected: &[&str]) -> String {
    refused(root, root, &["build"], expected);
    text(&sipvs(root, &["build"]))
}

fn deep_message(levels: usize) -> String {
    format!("deep = {}\"x\"{}\n", "{".repeat(levels), "}".repeat(levels))
}

#[test]
fn deeply_nested_placeables_are_an_error_not_a_crash() {
    let dir = built();
    let root = dir.path();
    let ftl = root.join("locales/en/ui.ftl");
    let lines = std::fs::read_to_string(&ftl).unwrap().lines().count();
    edit(&ftl, |t| t + &deep_message(20_000));
    let msg = build_fails(
        root,
        &[
            &format!("locales/en/ui.ftl:{}:", lines + 1),
            "nested more than",
        ],
    );
    assert!(!msg.contains("overflow"), "{msg}");
    let check = sipvs(root, &["check"]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    assert!(
        text(&check).contains("nested more than"),
        "{}",
        text(&check)
    );
    // A few levels are fine.
    edit(&ftl, |t| t.replace(&deep_message(20_000), &deep_message(3)));
    let ok = sipvs(root, &["build"]);
    assert!(ok.status.success(), "{}", text(&ok));
}

#[test]
fn the_preview_survives_deeply_nested_placeables() {
    let dir = fixture_en();
    let root = dir.path();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sipvs"))
        .args(["serve", "--port", "0"])
        .current_dir(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    assert!(line.starts_with("serving"), "{line}");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for l in std::io::BufRead::lines(std::io::BufReader::new(stderr)).map_while(Result::ok) {
            let _ = tx.send(l);
        }
    });
    edit(&root.join("locales/en/ui.ftl"), |t| {
        t + &deep_message(5_000)
    });
    let start = Instant::now();
    let mut seen = String::new();
    while !seen.contains("nested more than") {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no error reported: {seen}"
        );
        if let Ok(l) = rx.recv_timeout(Duration::from_millis(200)) {
            seen.push_str(&l);
            seen.push('\n');
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the server died:\n{seen}"
        );
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn base_url_must_be_a_plain_http_url() {
    let dir = built();
    let root = dir.path();
    for (url, why) in [
        (
            "https://x.org/\nRedirect 301 / https://evil.example/",
            "U+000A",
        ),
        ("https://x.org//evil.example/", "no empty part"),
        ("https://x.org/a\"b/", "contains `\"`"),
        ("https://x.org/a'b/", "contains `'`"),
        ("https://x.org/<b>/", "contains `<`"),
        ("ftp://x.org/", "scheme"),
        ("https://me:pw@x.org/", "user name"),
        ("x.org/docs/", "not a URL"),
    ] {
        refused(
            root,
            root,
            &["build", "--base-url", url],
            &[why, "1 problem"],
        );
        let toml = root.join("sipvs.toml");
        let original = std::fs::read_to_string(&toml).unwrap();
        let escaped = url
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n");
        edit(&toml, |t| {
            t.lines()
                .map(|l| {
                    if l.starts_with("base_url") {
                        format!("base_url = \"{escaped}\"")
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
        });
        build_fails(root, &["sipvs.toml", why]);
        std::fs::write(&toml, original).unwrap();
    }
}

#[test]
fn locale_tags_are_canonical_unique_and_not_reserved() {
    let dir = built();
    let root = dir.path();
    for (locales, why) in [
        (vec!["en", "de_DE"], "write the locale `de_DE` as `de-DE`"),
        (vec!["en", "EN"], "listed twice"),
        (vec!["en", "static"], "top-level `static/`"),
    ] {
        let toml = root.join("sipvs.toml");
        let original = std::fs::read_to_string(&toml).unwrap();
        common::set_locales(root, &locales);
        build_fails(root, &["sipvs.toml", why]);
        std::fs::write(&toml, original).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn only_regular_files_inside_the_project_are_read() {
    let dir = built();
    let root = dir.path();
    let fifo = |path: &Path| {
        let status = Command::new("mkfifo").arg(path).status().unwrap();
        assert!(status.success());
    };
    // A FIFO where a record or the configuration should be: an error, not a hang.
    let rec = root.join("content/sip/999.toml");
    fifo(&rec);
    build_fails(root, &["content/sip/999.toml", "not a regular file"]);
    std::fs::remove_file(&rec).unwrap();
    let config = root.join("sipvs.toml");
    let saved = std::fs::read(&config).unwrap();
    std::fs::remove_file(&config).unwrap();
    fifo(&config);
    build_fails(root, &["sipvs.toml", "not a regular file"]);
    std::fs::remove_file(&config).unwrap();
    std::fs::write(&config, saved).unwrap();
    // A link out of the project (to a device that never ends, here) is an error.
    std::os::unix::fs::symlink("/dev/zero", &rec).unwrap();
    build_fails(root, &["content/sip/999.toml", "leads outside the project"]);
    std::fs::remove_file(&rec).unwrap();
    let secret = tempfile::tempdir().unwrap();
    std::fs::write(secret.path().join("x.ftl"), "x = secret\n").unwrap();
    std::os::unix::fs::symlink(secret.path(), root.join("locales/en/linked")).unwrap();
    build_fails(root, &["locales/en/linked/x.ftl", "outside the project"]);
    std::fs::remove_file(root.join("locales/en/linked")).unwrap();
    // A folder named like a record.
    std::fs::create_dir(&rec).unwrap();
    build_fails(root, &["content/sip/999.toml", "is a folder"]);
    std::fs::remove_dir(&rec).unwrap();
    // A link that stays inside the project is followed.
    let shared = root.join("shared-static");
    std::fs::create_dir(&shared).unwrap();
    std::fs::write(shared.join("extra.txt"), "hello").unwrap();
    std::os::unix::fs::symlink(&shared, root.join("static/linked")).unwrap();
    let out = sipvs(root, &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        std::fs::read_to_string(root.join(format!(
            "public/static/linked/extra.{}.txt",
            sipvs::load::site::digest(b"hello")
        )))
        .unwrap(),
        "hello"
    );
}

#[test]
fn oversized_inputs_are_refused_before_they_are_read() {
    let dir = built();
    let root = dir.path();
    let rec = root.join("content/sip/486.toml");
    let original = std::fs::read_to_string(&rec).unwrap();
    let big = format!("{original}\n# {}\n", "x".repeat(50 << 20));
    std::fs::write(&rec, big).unwrap();
    build_fails(
        root,
        &["content/sip/486.toml", "the limit for this kind of file"],
    );
    std::fs::write(&rec, original).unwrap();
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let dir = built();
    let root = dir.path();
    for file in ["locales/en/ui.ftl", "content/sip/486.toml", "sipvs.toml"] {
        edit(&root.join(file), |t| format!("\u{feff}{t}"));
    }
    let out = sipvs(root, &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = sipvs(root, &["check"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn control_characters_and_bad_encodings_are_located_and_never_echoed() {
    let dir = built();
    let root = dir.path();
    let ftl = root.join("locales/en/codes.ftl");
    let original = std::fs::read(&ftl).unwrap();
    let text_before = String::from_utf8(original.clone()).unwrap();
    let line = text_before
        .lines()
        .position(|l| l.contains(".description"))
        .unwrap()
        + 1;
    edit(&ftl, |t| {
        t.replacen(".description = ", ".description = \u{1b}[2J\u{7}", 1)
    });
    let msg = build_fails(root, &[&format!("locales/en/codes.ftl:{line}:"), "U+001B"]);
    assert!(
        !msg.contains('\u{1b}') && !msg.contains('\u{7}'),
        "echoed raw: {msg:?}"
    );
    let check = sipvs(root, &["check"]);
    assert_eq!(check.status.code(), Some(1));
    assert!(!text(&check).contains('\u{1b}'), "check echoed it");
    // Invalid UTF-8: the line and column of the first bad byte.
    let mut bytes = original.clone();
    let at = text_before.find(".description = ").unwrap() + ".description = ".len();
    bytes.insert(at, 0xff);
    std::fs::write(&ftl, &bytes).unwrap();
    build_fails(
        root,
        &[
            &format!("locales/en/codes.ftl:{line}:"),
            "not valid UTF-8",
            "0xFF",
        ],
    );
    std::fs::write(&ftl, original).unwrap();
}

#[test]
fn an_empty_template_is_an_error() {
    let dir = built();
    let root = dir.path();
    std::fs::write(root.join("templates/code.html"), "\n").unwrap();
    build_fails(root, &["templates/code.html", "the template is empty"]);
}

#[test]
fn an_overlong_reason_phrase_names_the_record() {
    let dir = built();
    let root = dir.path();
    let rec: PathBuf = root.join("content/sip/486.toml");
    let long = "Busy ".repeat(60);
    edit(&rec, |t| {
        t.replace("reason = \"Busy Here\"", &format!("reason = \"{long}\""))
    });
    build_fails(root, &["content/sip/486.toml:2:", "at most 80"]);
}

#[test]
fn toml_syntax_errors_and_duplicate_keys_have_hints() {
    let dir = built();
    let root = dir.path();
    let rec = root.join("content/sip/486.toml");
    let original = std::fs::read_to_string(&rec).unwrap();
    edit(&rec, |t| t.replace("rfc = 3261", "rfc = 3261\nrfc = 3262"));
    build_fails(
        root,
        &[
            "content/sip/486.toml:4:",
            "duplicate key",
            "hint: a key may appear once",
        ],
    );
    std::fs::write(&rec, &original).unwrap();
    edit(&rec, |t| t.replace("rfc = 3261", "rfc 3261"));
    build_fails(
        root,
        &["content/sip/486.toml:3:", "hint: check the TOML syntax"],
    );
}

#[test]
fn template_errors_point_into_the_template() {
    let dir = built();
    let root = dir.path();
    let home = root.join("templates/home.html");
    let original = std::fs::read_to_string(&home).unwrap();
    edit(&home, |t| t.replacen("}}", "| nosuchfilter }}", 1));
    let line = std::fs::read_to_string(&home)
        .unwrap()
        .lines()
        .position(|l| l.contains("nosuchfilter"))
        .unwrap()
        + 1;
    build_fails(
        root,
        &[
            &format!("templates/home.html:{line}:"),
            "Unknown filter `nosuchfilter`",
            "hint:",
        ],
    );
    std::fs::write(&home, original).unwrap();
    std::fs::write(
        root.join("templates/partials/a.html"),
        "<p>{% include \"partials/b.html\" %}</p>\n",
    )
    .unwrap();
    std::fs::write(
        root.join("templates/partials/b.html"),
        "<p>{% include \"partials/a.html\" %}</p>\n",
    )
    .unwrap();
    build_fails(
        root,
        &[
            "templates/partials/a.html:1:",
            "include each other in a loop",
            "hint:",
        ],
    );
}

#[test]
fn nesting_cannot_hide_behind_new_lines_quotes_or_calls() {
    let dir = built();
    let root = dir.path();
    let bombs = [
        format!(
            "bomb = {{\n{}1{}}}\n",
            "NUMBER({\n".repeat(5_000),
            "})".repeat(5_000)
        ),
        format!(
            "bomb = {{ $x ->\n   *[a] \"{}1{}\n}}\n",
            "{".repeat(50_000),
            "}".repeat(50_000)
        ),
        format!(
            "bomb = {{ {}1{} }}\n",
            "NUMBER(".repeat(20_000),
            ")".repeat(20_000)
        ),
    ];
    for bomb in bombs {
        std::fs::write(root.join("locales/en/bomb.ftl"), &bomb).unwrap();
        build_fails(root, &["locales/en/bomb.ftl:", "nested more than"]);
        let check = sipvs(root, &["check"]);
        assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    }
}

#[test]
fn synthesize_never_writes_over_the_project() {
    let dir = built();
    let root = dir.path();
    refused(
        root,
        root,
        &["synthesize", "--out", ".", "--codes", "80"],
        &["refusing"],
    );
    refused(
        root,
        root,
        &["synthesize", "--out", "content", "--codes", "80"],
        &["refusing"],
    );
    std::fs::create_dir(root.join("full")).unwrap();
    std::fs::write(root.join("full/keep.txt"), "mine").unwrap();
    refused(
        root,
        root,
        &["synthesize", "--out", "full", "--codes", "80"],
        &["refusing"],
    );
}

#[cfg(unix)]
#[test]
fn a_static_link_into_the_output_is_an_error() {
    let dir = built();
    let root = dir.path();
    std::os::unix::fs::symlink("../public", root.join("static/pub")).unwrap();
    build_fails(root, &["static/pub", "leads into the output folder"]);
}

#[test]
fn an_output_path_too_long_is_one_error() {
    let dir = built();
    let root = dir.path();
    let long = format!("{}/site", "d".repeat(200).repeat(16));
    let out = sipvs(root, &["build", "--out", &long]);
    assert_eq!(out.status.code(), Some(1));
    let msg = text(&out);
    assert!(msg.contains("the output path is"), "{msg}");
    assert!(msg.contains("1 problem"), "{msg}");
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_check_quietly() {
    let dir = built();
    let script = format!(
        "{} check | head -c 1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
        env!("CARGO_BIN_EXE_sipvs")
    );
    let out = Command::new("bash")
        .args(["-c", &script])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
}

#[test]
fn a_runaway_template_loop_is_stopped() {
    let dir = built();
    let root = dir.path();
    edit(&root.join("templates/404.html"), |t| {
        t.replacen(
            "{% block main %}",
            "{% block main %}{% for x in range(end=100000) %}{% for y in range(end=100000) %}aaaaaaaaaa{% endfor %}{% endfor %}",
            1,
        )
    });
    build_fails(
        root,
        &["templates/404.html", "more than 16 MiB for one page"],
    );
}

#[test]
fn a_static_file_name_with_a_control_character_is_refused() {
    let dir = built();
    let root = dir.path();
    let odd = root.join("static/a\nb.css");
    std::fs::write(&odd, "x{}").unwrap();
    build_fails(root, &["static/a", "control character"]);
    std::fs::remove_file(&odd).unwrap();
    assert!(sipvs(root, &["build"]).status.success());
}
