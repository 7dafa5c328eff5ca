//! The open data (`<lang>/sip/codes.json`): one document per locale whose facts equal the
//! records, whose texts are what the pages show, whose URLs exist, linked from the home,
//! described field by field in docs/DATA.md, and the same bytes on every build.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{files, fixture, one, repo, sipvs, text, words};
use scraper::Html;
use serde_json::{Value, json};

/// The records of the project at `root`, as JSON values, by code.
fn records(root: &Path) -> Vec<(u64, Value)> {
    let mut out: Vec<(u64, Value)> = std::fs::read_dir(root.join("content/sip"))
        .unwrap()
        .map(|e| {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let record: toml::Value = toml::from_str(&text).unwrap();
            let record = serde_json::to_value(record).unwrap();
            (record["code"].as_u64().unwrap(), record)
        })
        .collect();
    out.sort_by_key(|(code, _)| *code);
    out
}

/// Whether any `.ftl` file of a locale defines the message `id`.
fn defines(locale_dir: &Path, id: &str) -> bool {
    std::fs::read_dir(locale_dir).unwrap().any(|e| {
        let text = std::fs::read_to_string(e.unwrap().path()).unwrap_or_default();
        text.lines().any(|l| l.starts_with(&format!("{id} =")))
    })
}

/// The file a site URL is served from, relative to the output folder.
fn file_of(url: &str, base: &str) -> String {
    let rel = url
        .strip_prefix(base)
        .unwrap_or_else(|| panic!("{url} is not under {base}"));
    if rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    }
}

fn read(out: &Path, file: &str) -> String {
    std::fs::read_to_string(out.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Every object key in a document, as dotted paths without array indices (`codes.texts.fix`).
fn keys(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                keys(v, &path, out);
                out.insert(path);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(v, prefix, out)),
        _ => {}
    }
}

#[test]
fn each_locale_has_every_code_with_the_records_facts_and_the_pages_texts() {
    let dir = fixture();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let public = dir.path().join("public");
    let records = records(dir.path());
    let config: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("sipvs.toml")).unwrap()).unwrap();
    let base = config["base_url"].as_str().unwrap();
    let reference = config["reference_locale"].as_str().unwrap();
    let langs: Vec<&str> = config["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    for lang in &langs {
        let doc: Value = serde_json::from_str(&read(&public, &format!("{lang}/sip/codes.json")))
            .unwrap_or_else(|e| panic!("{lang}: the document does not parse: {e}"));
        assert!(doc["schema"].as_u64().is_some_and(|n| n >= 1), "{lang}");
        assert_eq!(doc["locale"], *lang);
        assert_eq!(doc["base_url"], base);
        assert!(
            public
                .join(file_of(doc["home"].as_str().unwrap(), base))
                .is_file()
        );

        // Every record once, in code order, its facts as the TOML states them.
        let codes = doc["codes"].as_array().unwrap();
        let listed: Vec<u64> = codes.iter().map(|c| c["code"].as_u64().unwrap()).collect();
        let expected: Vec<u64> = records.iter().map(|(c, _)| *c).collect();
        assert_eq!(listed, expected, "{lang}");
        for (c, (code, record)) in codes.iter().zip(&records) {
            let record = record.as_object().unwrap();
            for (key, value) in record {
                let value = match key.as_str() {
                    // What the record adds to its example: the document has the whole
                    // message instead, checked below.
                    "example_method" | "example_headers" => continue,
                    // The document spells out what the record may leave to defaults.
                    "isup" => {
                        json!({ "to": value.get("to"), "from": value.get("from").unwrap_or(&json!([])) })
                    }
                    "flow" => Value::Array(
                        value
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|s| {
                                let mut s = s.clone();
                                s.as_object_mut()
                                    .unwrap()
                                    .entry("detail")
                                    .or_insert(Value::Null);
                                s
                            })
                            .collect(),
                    ),
                    _ => value.clone(),
                };
                assert_eq!(c[key], value, "{lang} {code}: `{key}`");
            }
            // The example: its status line, the record's own header lines in order, the
            // request it answers.
            let example: Vec<&str> = c["example"]
                .as_array()
                .unwrap_or_else(|| panic!("{lang} {code}: no example"))
                .iter()
                .map(|l| l.as_str().unwrap())
                .collect();
            assert_eq!(
                example[0],
                format!("SIP/2.0 {code} {}", record["reason"].as_str().unwrap())
            );
            let own: Vec<&str> = record
                .get("example_headers")
                .and_then(Value::as_array)
                .map(|l| l.iter().map(|h| h.as_str().unwrap()).collect())
                .unwrap_or_default();
            let shown: Vec<&str> = example
                .iter()
                .copied()
                .filter(|l| own.contains(l))
                .collect();
            assert_eq!(shown, own, "{lang} {code}: the record's header lines");
            let method = record
                .get("example_method")
                .or_else(|| record["requests"].get(0))
                .and_then(Value::as_str)
                .map(|m| if m == "*" { "INVITE" } else { m })
                .unwrap();
            assert!(
                example
                    .iter()
                    .any(|l| l.starts_with("CSeq: ") && l.ends_with(&format!(" {method}"))),
                "{lang} {code}: {example:?}"
            );
            for optional in ["deprecated", "isup"] {
                if !record.contains_key(optional) {
                    let default = if optional == "isup" {
                        json!({ "to": null, "from": [] })
                    } else {
                        Value::Null
                    };
                    assert_eq!(c[optional], default, "{lang} {code}: `{optional}`");
                }
            }
            // Nothing else but what the document adds: the class, the URL, the example and
            // the texts.
            for key in c.as_object().unwrap().keys() {
                assert!(
                    record.contains_key(key)
                        || ["deprecated", "isup", "class", "url", "example", "texts"]
                            .contains(&key.as_str()),
                    "{lang} {code}: unexpected `{key}`"
                );
            }
            assert_eq!(c["class"].as_u64(), Some(code / 100));

            // The texts: what the code page shows, in the language the page marks.
            let url = c["url"].as_str().unwrap();
            assert!(url.contains(&format!("/{lang}/sip/{code}-")), "{url}");
            let page = read(&public, &file_of(url, base));
            let html = Html::parse_document(&page);
            let t = &c["texts"];
            let translated = defines(
                &dir.path().join("locales").join(lang),
                &format!("code-{code}"),
            );
            let prose_lang = if translated { *lang } else { reference };
            let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(
                words(one(&html, "p.lede")),
                collapse(t["summary"]["text"].as_str().unwrap()),
                "{lang} {code}"
            );
            for (part, section) in [
                ("description", "desc-h"),
                ("seen", "seen-h"),
                ("handle", "handle-h"),
            ] {
                let shown = one(
                    &html,
                    &format!("section[aria-labelledby={section}] div.prose"),
                );
                assert_eq!(t[part]["lang"], prose_lang, "{lang} {code} {part}");
                // Both read by the same parser, which writes entities its own way.
                let given = Html::parse_fragment(t[part]["html"].as_str().unwrap());
                assert_eq!(
                    shown.inner_html(),
                    given.root_element().inner_html(),
                    "{lang} {code} {part}"
                );
                // The plain text is the page's words, without the markup.
                let plain = t[part]["text"].as_str().unwrap();
                assert!(!plain.contains('`'), "{lang} {code} {part}: {plain}");
                assert_eq!(collapse(plain), words(shown), "{lang} {code} {part}");
            }
            assert_eq!(t["summary"]["lang"], prose_lang, "{lang} {code}");
            let fix_id = format!("fix-{}", c["fix"].as_str().unwrap());
            let fix_translated = defines(&dir.path().join("locales").join(lang), &fix_id);
            assert_eq!(
                t["fix"]["lang"],
                if fix_translated { *lang } else { reference },
                "{lang} {code} fix"
            );
            assert!(!t["fix"]["text"].as_str().unwrap().is_empty());
        }

        // Every comparison page once, lower code first, each URL a page of the output.
        let pairs = doc["comparisons"].as_array().unwrap();
        let n = records.len();
        assert_eq!(pairs.len(), n * (n - 1) / 2, "{lang}");
        let mut seen = BTreeSet::new();
        for p in pairs {
            let (a, b) = (p["a"].as_u64().unwrap(), p["b"].as_u64().unwrap());
            assert!(a < b && expected.contains(&a) && expected.contains(&b));
            assert!(seen.insert((a, b)), "{lang}: {a}-{b} twice");
            let page = read(&public, &file_of(p["url"].as_str().unwrap(), base));
            // The fix sentence is the one the comparison shows (when the two fixes differ).
            let fix = |code: u64| {
                let c = &codes[expected.iter().position(|x| *x == code).unwrap()];
                (
                    c["fix"].clone(),
                    c["texts"]["fix"]["html"].as_str().unwrap().to_string(),
                )
            };
            let ((fa, ha), (fb, hb)) = (fix(a), fix(b));
            if fa != fb {
                assert!(page.contains(&ha) && page.contains(&hb), "{lang} {a}-{b}");
            }
        }

        // The home links to it.
        let home = Html::parse_document(&read(&public, &format!("{lang}/index.html")));
        let href = one(&home, "p.data-link a").attr("href").unwrap();
        assert_eq!(
            href,
            format!(
                "{}{lang}/sip/codes.json",
                url::Url::parse(base).unwrap().path()
            )
        );
    }
}

#[test]
fn docs_describe_every_field() {
    let dir = fixture();
    let out = sipvs(dir.path(), &["build"]);
    assert!(out.status.success(), "{}", text(&out));
    let doc: Value =
        serde_json::from_str(&read(&dir.path().join("public"), "en/sip/codes.json")).unwrap();
    let mut all = BTreeSet::new();
    keys(&doc, "", &mut all);
    let docs = std::fs::read_to_string(repo().join("docs/DATA.md")).unwrap();
    // Each field named as its table in DATA.md names it: a code's and a comparison's
    // fields without the `codes.` prefix, and the three strings of every text once.
    for key in all {
        let key = key
            .strip_prefix("codes.")
            .or_else(|| key.strip_prefix("comparisons."))
            .unwrap_or(&key);
        let parts: Vec<&str> = key.split('.').collect();
        let named = match parts[..] {
            ["texts", text, field] => vec![format!("texts.{text}"), field.to_string()],
            _ => vec![key.to_string()],
        };
        for name in named {
            assert!(
                docs.contains(&format!("`{name}`")),
                "docs/DATA.md lacks `{name}`"
            );
        }
    }
    let schema = doc["schema"].as_u64().unwrap();
    assert!(
        docs.contains(&format!("\"schema\": {schema}")),
        "docs/DATA.md names another schema than {schema}"
    );
}

#[test]
fn two_builds_write_the_same_bytes() {
    let dir = fixture();
    let mut docs = Vec::new();
    for out in ["one", "two"] {
        let run = sipvs(dir.path(), &["build", "--out", out]);
        assert!(run.status.success(), "{}", text(&run));
        let out = dir.path().join(out);
        let data: Vec<(String, Vec<u8>)> = files(&out)
            .into_iter()
            .filter(|f| f.ends_with("/sip/codes.json"))
            .map(|f| (f.clone(), std::fs::read(out.join(&f)).unwrap()))
            .collect();
        docs.push(data);
    }
    assert_eq!(docs[0].len(), 2, "one document per locale");
    assert!(docs[0] == docs[1], "the second build wrote other bytes");
}
