//! The example response on every code page of the bundled site, checked against the
//! code's record and the RFC rules a trace of it must follow.

mod common;

use std::path::{Path, PathBuf};

use common::{attr, one, repo, sipvs, text, words};
use scraper::Html;

const LOCALES: [&str; 5] = ["en", "es", "ja", "ko", "ru"];

/// Headers a response must carry, by code, with the rule that says so: the example shows
/// at least one of each list.
const REQUIRED: &[(u16, &[&str], &str)] = &[
    (
        301,
        &["Contact"],
        "RFC 3261 §21.3.2: the new address is in Contact",
    ),
    (
        302,
        &["Contact"],
        "RFC 3261 §21.3.3: the temporary address is in Contact",
    ),
    (
        305,
        &["Contact"],
        "RFC 3261 §21.3.4: the proxy is given by Contact",
    ),
    (401, &["WWW-Authenticate"], "RFC 3261 §21.4.2"),
    (405, &["Allow"], "RFC 3261 §21.4.6"),
    (407, &["Proxy-Authenticate"], "RFC 3261 §21.4.8"),
    (
        415,
        &["Accept", "Accept-Encoding", "Accept-Language"],
        "RFC 3261 §21.4.13",
    ),
    (420, &["Unsupported"], "RFC 3261 §8.2.2.3"),
    (421, &["Require"], "RFC 3261 §21.4.16"),
    (422, &["Min-SE"], "RFC 4028 §6"),
    (423, &["Min-Expires"], "RFC 3261 §10.3"),
    (424, &["Geolocation-Error"], "RFC 6442 §4.3"),
    (425, &["AlertMsg-Error"], "RFC 8876 §5.1"),
    (469, &["Recv-Info"], "RFC 6086 §4.2.2"),
    (494, &["Security-Server"], "RFC 3329 §2.3.1"),
    (
        608,
        &["Call-Info"],
        "RFC 8688 §3.1 (unless the intermediary suspects misuse)",
    ),
];

/// Header fields every example has, from the fixed exchange.
const CORE: [&str; 6] = ["Via", "From", "To", "Call-ID", "CSeq", "Content-Length"];

struct Record {
    code: u16,
    reason: String,
    /// Methods, or `*`.
    requests: Vec<String>,
    carries: Vec<String>,
}

fn records() -> Vec<Record> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(repo().join("content/sip")).unwrap() {
        let t = std::fs::read_to_string(e.unwrap().path()).unwrap();
        let v: toml::Value = toml::from_str(&t).unwrap();
        let strings = |key: &str| -> Vec<String> {
            v[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string())
                .collect()
        };
        out.push(Record {
            code: v["code"].as_integer().unwrap() as u16,
            reason: v["reason"].as_str().unwrap().to_string(),
            requests: strings("requests"),
            carries: strings("carries"),
        });
    }
    out.sort_by_key(|r| r.code);
    out
}

/// The bundled site, built into a folder of its own that the test removes when it passes
/// (a failing run leaves it to look at; the next run's build replaces it).
fn site() -> PathBuf {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("example-tests");
    let o = sipvs(&repo(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    out
}

fn code_page(site: &Path, lang: &str, code: u16) -> Html {
    let dir = site.join(lang).join("sip");
    let prefix = format!("{code}-");
    let page = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(&prefix))
        .unwrap_or_else(|| panic!("{lang}: no page for {code}"));
    Html::parse_document(&std::fs::read_to_string(page.path().join("index.html")).unwrap())
}

/// `(name, value)` of a header line.
fn split(line: &str) -> (&str, &str) {
    line.split_once(": ")
        .unwrap_or_else(|| panic!("`{line}` is not `Name: value`"))
}

#[test]
fn every_code_page_shows_an_example_that_fits_its_record() {
    let site = site();
    let records = records();
    assert_eq!(records.len(), 75);
    for r in &records {
        let code = r.code;
        let en = code_page(&site, "en", code);
        let trace: String = one(&en, "pre.example-message").text().collect();
        let lines: Vec<&str> = trace.lines().collect();
        assert_eq!(lines[0], format!("SIP/2.0 {code} {}", r.reason), "{code}");
        let headers: Vec<(&str, &str)> = lines[1..].iter().map(|l| split(l)).collect();
        let values = |name: &str| -> Vec<&str> {
            headers
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| *v)
                .collect()
        };
        for core in CORE {
            assert_eq!(values(core).len(), 1, "{code}: one {core}");
        }
        assert_eq!(lines.last(), Some(&"Content-Length: 0"), "{code}");

        // The request it answers is one the record lists.
        let method = values("CSeq")[0].split(' ').nth(1).unwrap();
        assert!(
            r.requests.iter().any(|m| m == "*" || m == method),
            "{code}: CSeq names {method}, not one of {:?}",
            r.requests
        );
        assert_ne!(method, "ACK", "{code}: ACK has no response");

        // RFC 3261 §8.2.6.2: a To tag on every response but a 100 to a request outside a
        // dialog (the example's INVITE).
        let tagged = values("To")[0].contains(";tag=");
        assert_eq!(tagged, code != 100 || method != "INVITE", "{code}: To tag");

        for (c, names, rule) in REQUIRED {
            if *c == code {
                assert!(
                    names.iter().any(|n| !values(n).is_empty()),
                    "{code}: {rule} requires one of {names:?}"
                );
            }
        }
        // RFC 3261 §12.1.1: a response that creates a dialog gives the UAS's Contact (199
        // ends an early dialog rather than creating one).
        let creates_dialog =
            matches!(code, 101..=198 | 200..=299) && matches!(method, "INVITE" | "SUBSCRIBE");
        if creates_dialog {
            assert!(!values("Contact").is_empty(), "{code}: Contact");
        }
        if r.carries.iter().any(|h| h == "Retry-After") {
            assert_eq!(values("Retry-After").len(), 1, "{code}: Retry-After");
        }
        // Nothing the record does not say the response carries.
        for (name, _) in &headers {
            let known = CORE.iter().any(|c| c.eq_ignore_ascii_case(name))
                || r.carries.iter().any(|c| c.eq_ignore_ascii_case(name))
                || (creates_dialog && name.eq_ignore_ascii_case("Contact"));
            assert!(known, "{code}: `{name}` is not in the record's carries");
        }

        // A trace is not translated: every locale shows the same one, marked as such,
        // focusable and named by its caption.
        for lang in LOCALES {
            let page = code_page(&site, lang, code);
            let pre = one(&page, "pre.example-message");
            assert_eq!(pre.text().collect::<String>(), trace, "{lang} {code}");
            assert_eq!(pre.attr("translate"), Some("no"), "{lang} {code}");
            assert_eq!(pre.attr("tabindex"), Some("0"), "{lang} {code}");
            let caption = pre.attr("aria-labelledby").unwrap();
            let named = one(&page, &format!("figcaption#{caption}"));
            assert!(words(named).contains(&code.to_string()), "{lang} {code}");
            assert!(words(named).contains(method), "{lang} {code}");
            assert!(!attr(&page, "#example-h", "id").is_empty());
        }
    }
    std::fs::remove_dir_all(&site).unwrap();
}
