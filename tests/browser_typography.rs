//! Typography only a browser can check (headless Chromium, see common/browser.rs): the
//! site's header on two rows at 320 px in every locale, Japanese headings and table headers
//! broken between words and never inside one, and no line break inside `Retry-After`.
//!
//! Ignored unless asked for, like tests/browser.rs: `cargo test -- --include-ignored`.

#[path = "common/browser.rs"]
mod chrome;
mod common;

use serde_json::json;

use chrome::{Browser, Screen};

const LOCALES: [&str; 5] = ["en", "es", "ja", "ko", "ru"];

/// Pages of a locale with a long header, many table headers and `Retry-After`.
fn pages(lang: &str) -> Vec<String> {
    [
        "",
        "sip/486-busy-here/",
        "sip/420-bad-extension/",
        "sip/503-service-unavailable/",
        "compare/sip/302-moved-temporarily-vs-487-request-terminated/",
    ]
    .iter()
    .map(|p| format!("{lang}/{p}"))
    .collect()
}

/// Every line break inside the text of the elements `selector` selects, as `[before, after]`
/// (the characters on either side), found from where each character is drawn.
const LINE_BREAKS: &str = r#"
const breaks = [];
for (const el of document.querySelectorAll(arguments[0])) {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let prev = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent;
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text[i])) { prev = null; continue; }
      const r = document.createRange();
      r.setStart(node, i); r.setEnd(node, i + 1);
      const rect = r.getBoundingClientRect();
      if (rect.width === 0) continue;
      if (prev && rect.top > prev.top + prev.height / 2) breaks.push([prev.ch, text[i], el.textContent.trim().slice(0, 40)]);
      prev = { top: rect.top, height: rect.height, ch: text[i] };
    }
  }
}
return breaks;"#;

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn header_stays_on_two_rows_at_320_px() {
    let b = Browser::start(Screen::Phone(320)).await;
    for lang in LOCALES {
        for page in pages(lang) {
            b.open(&page).await;
            let rows = b
                .js("const tops = new Set([document.querySelector('.top .brand'), ...document.querySelectorAll('.top .langs li')]\
                       .map(e => Math.round(e.getBoundingClientRect().top)));\
                     return tops.size;")
                .await;
            assert!(
                rows.as_u64().unwrap() <= 2,
                "/{page}: the header takes {rows} rows"
            );
            // No language name broken over two lines either.
            let broken = b
                .js(&format!(
                    "return (function() {{ {LINE_BREAKS} }}).apply(null, ['.top .langs li'])"
                ))
                .await;
            assert_eq!(broken, json!([]), "/{page}");
        }
    }
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn japanese_words_and_header_names_stay_whole() {
    for width in [375, 320] {
        let b = Browser::start(Screen::Phone(width)).await;
        for page in pages("ja") {
            b.open(&page).await;
            let breaks = b
                .js(&format!(
                    "return (function() {{ {LINE_BREAKS} }}).apply(null, ['h1, h2, h3, th, dt, dd, summary, .lede'])"
                ))
                .await;
            // A katakana word (リクエスト) is never cut: no break between two katakana.
            let katakana = |s: &str| {
                s.chars()
                    .all(|c| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー')
            };
            for br in breaks.as_array().unwrap() {
                let (a, z) = (br[0].as_str().unwrap(), br[1].as_str().unwrap());
                assert!(
                    !(katakana(a) && katakana(z)),
                    "/{page} at {width} px: a line breaks inside a word, {a}/{z} in {}",
                    br[2]
                );
            }
            // `Retry-After`, wherever the page shows it, on one line. Not yet on the home:
            // its list prints each summary as plain text (the code page's lede keeps the
            // names whole, see `CodeView::summary_html`).
            if page == "ja/" {
                continue;
            }
            let split = b
                .js("const out = [];\
                     const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);\
                     for (let n = walker.nextNode(); n; n = walker.nextNode()) {\
                       if (n.parentElement.closest('svg')) continue;\
                       let i = -1;\
                       while ((i = n.textContent.indexOf('Retry-After', i + 1)) >= 0) {\
                         const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 11);\
                         const lines = new Set(Array.from(r.getClientRects()).filter(x => x.width > 0).map(x => Math.round(x.top)));\
                         if (lines.size > 1) out.push(n.parentElement.tagName + ': ' + n.textContent.slice(0, 60));\
                       }\
                     }\
                     return out;")
                .await;
            assert_eq!(
                split,
                json!([]),
                "/{page} at {width} px: Retry-After broken"
            );
        }
        b.close().await;
    }
}
