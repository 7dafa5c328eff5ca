//! The bundled site in a real browser (headless Chromium through chromedriver, see
//! common/browser.rs): what only a browser can tell — the picker, the filter, the language
//! switcher as clicked, console errors, horizontal scrolling on a phone, and call-flow
//! ladders that fit their box or show that they scroll.
//!
//! Every test here is ignored unless asked for: `cargo test -- --include-ignored` runs them
//! (as `.ci/run` does) and they fail when chromium or chromedriver is missing.

#[path = "common/browser.rs"]
mod chrome;
mod common;

use serde_json::json;

use chrome::{Browser, Screen};

/// The pair every test comes back to, as the site publishes it (a < b).
const PAIR: &str = "compare/sip/302-moved-temporarily-vs-487-request-terminated/";
const CODE: &str = "sip/487-request-terminated/";
const LOCALES: [&str; 5] = ["en", "es", "ja", "ko", "ru"];

/// The numbers of the codes the home page's list shows (rendered, not just present).
async fn visible_codes(b: &Browser) -> Vec<String> {
    let v = b
        .js(
            "return Array.from(document.querySelectorAll('.code-list li'))\
               .filter(li => li.getClientRects().length > 0)\
               .map(li => li.querySelector('.num').textContent.trim());",
        )
        .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn picker_reaches_the_canonical_pair_from_both_orders() {
    let b = Browser::start(Screen::Desktop(1280)).await;
    let want = format!("/en/{PAIR}");
    for (first, second) in [
        ("487-request-terminated", "302-moved-temporarily"),
        ("302-moved-temporarily", "487-request-terminated"),
    ] {
        b.open("en/").await;
        b.click(&format!("#picker select[name=a] option[value='{first}']"))
            .await;
        b.click(&format!("#picker select[name=b] option[value='{second}']"))
            .await;
        b.click("#picker button[type=submit]").await;
        b.wait_for_path(&want).await;
        let h1 = b
            .js("return document.querySelector('h1').textContent")
            .await;
        let h1 = h1.as_str().unwrap();
        assert!(
            h1.contains("302") && h1.contains("487"),
            "{first} then {second}: {h1}"
        );
        b.assert_no_console_errors(&format!("{want} (picked {first} then {second})"))
            .await;
    }
    // The same code twice stays on the page and says why.
    b.open("ja/").await;
    b.click("#picker select[name=a] option[value='486-busy-here']")
        .await;
    b.click("#picker select[name=b] option[value='486-busy-here']")
        .await;
    b.click("#picker button[type=submit]").await;
    b.wait_until(
        "the same-code message",
        "return document.querySelector('.picker-msg').textContent.length > 0",
    )
    .await;
    assert_eq!(b.path().await, "/ja/");
    b.assert_no_console_errors("/ja/ (same code twice)").await;
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn language_switcher_keeps_the_pair() {
    let b = Browser::start(Screen::Phone(375)).await;
    b.open(&format!("en/{PAIR}")).await;
    // Walk en → es → ja → ko → ru → en by clicking the switcher.
    for next in LOCALES.iter().cycle().skip(1).take(LOCALES.len()) {
        b.click(&format!("nav.langs a[hreflang='{next}']")).await;
        b.wait_for_path(&format!("/{next}/{PAIR}")).await;
        let lang = b.js("return document.documentElement.lang").await;
        assert_eq!(lang, json!(next));
        let current = b
            .js("return document.querySelector('nav.langs [aria-current=page]').getAttribute('lang')")
            .await;
        assert_eq!(
            current,
            json!(next),
            "the switcher marks the current language"
        );
        b.assert_no_console_errors(&format!("/{next}/{PAIR}")).await;
    }
    // A code page keeps its code.
    b.open(&format!("ru/{CODE}")).await;
    b.click("nav.langs a[hreflang='ja']").await;
    b.wait_for_path(&format!("/ja/{CODE}")).await;
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn filter_narrows_the_list_by_number_and_by_words() {
    let b = Browser::start(Screen::Phone(375)).await;
    for (lang, query, must) in [
        ("en", "486", vec!["486"]),
        ("en", "48", vec!["480", "486", "487"]),
        ("en", "busy", vec!["486", "600"]),
        ("ja", "話中", vec!["486", "600"]),
        ("ja", "話中 ボイスメール", vec!["600"]),
        ("ja", "48", vec!["486"]),
        ("ja", "４８６", vec!["486"]),
    ] {
        b.open(&format!("{lang}/")).await;
        let before = visible_codes(&b).await;
        assert!(before.len() >= 75, "{lang}: the whole list shows at first");
        b.type_into("#filter", query).await;
        let after = visible_codes(&b).await;
        assert!(
            !after.is_empty() && after.len() < before.len(),
            "{lang} {query:?}: {} of {} shown",
            after.len(),
            before.len()
        );
        for code in &must {
            assert!(
                after.contains(&code.to_string()),
                "{lang} {query:?}: {after:?}"
            );
        }
        if query.chars().all(|c| c.is_ascii_digit()) {
            assert!(
                after.iter().all(|c| c.starts_with(query)),
                "{lang} {query:?}: a number matches the start of a code: {after:?}"
            );
        }
        if query == "486" || query == "４８６" || query.contains(' ') {
            assert_eq!(after, must, "{lang} {query:?}");
        }
        // Class headings with nothing left under them go too.
        let empty_classes = b
            .js("return Array.from(document.querySelectorAll('section.class'))\
               .filter(s => s.getClientRects().length > 0 && !Array.from(s.querySelectorAll('li')).some(li => li.getClientRects().length > 0)).length")
            .await;
        assert_eq!(empty_classes, json!(0), "{lang} {query:?}");
        b.assert_no_console_errors(&format!("/{lang}/ filtered by {query:?}"))
            .await;
    }
    // Nothing matches: the list is empty and says so.
    b.open("ja/").await;
    b.type_into("#filter", "zzzz").await;
    assert!(visible_codes(&b).await.is_empty());
    let said = b
        .js("return document.getElementById('filter-empty').getClientRects().length > 0")
        .await;
    assert_eq!(said, json!(true), "the empty-filter message shows");
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn filter_ignores_hyphens_and_spaces() {
    let b = Browser::start(Screen::Phone(375)).await;
    // 504 Server Time-out, however the reader types it.
    for (lang, query, code) in [
        ("en", "timeout", "504"),
        ("en", "time out", "504"),
        ("en", "time-out", "504"),
        ("en", "TIME\u{2010}OUT", "504"),
        ("ja", "timeout", "504"),
        ("ru", "server time out", "504"),
    ] {
        b.open(&format!("{lang}/")).await;
        b.type_into("#filter", query).await;
        let shown = visible_codes(&b).await;
        assert!(
            shown.contains(&code.to_string()),
            "{lang} {query:?} finds {code}: {shown:?}"
        );
        assert!(
            shown.len() < 10,
            "{lang} {query:?} narrows the list: {shown:?}"
        );
    }
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn without_javascript_nothing_is_shown_inert() {
    let b = Browser::start_without_javascript(Screen::Phone(375)).await;
    for page in ["en/", "ja/", "en/compare/sip/", "en/404.html"] {
        b.open(page).await;
        // Scripts of the page did not run (WebDriver's own still do).
        let marked = b
            .js("return document.documentElement.classList.contains('js')")
            .await;
        assert_eq!(marked, json!(false), "{page}: page scripts are off");
        // Every control that needs JavaScript is out of view: the picker, the filter, the
        // not-found lookup; no visible form control is left.
        let shown = b
            .js("return Array.from(document.querySelectorAll('#picker, #filter, #nf-query, .js-only, select, input, button'))\
               .filter(e => e.getClientRects().length > 0).map(e => e.id || e.className || e.tagName)")
            .await;
        assert_eq!(
            shown,
            json!([]),
            "{page}: controls shown without JavaScript"
        );
    }
    // The home still lists every code as a link, and a jump link's target is a class
    // heading. (Opened rather than clicked: with page scripts off, chromedriver waits out
    // its page-load timeout after a click on a same-page link.)
    b.open("en/").await;
    let links = b
        .js("return Array.from(document.querySelectorAll('.code-list a')).filter(a => a.getClientRects().length > 0).length")
        .await;
    assert!(links.as_u64().unwrap() >= 75, "{links}");
    let href = b
        .js("return document.querySelector('nav.jump li:last-child a').getAttribute('href')")
        .await;
    assert_eq!(href, json!("#class-6"));
    b.open("en/#class-6").await;
    b.wait_until(
        "the 6xx class at the top",
        "return Math.abs(document.getElementById('class-6').getBoundingClientRect().top) < 40",
    )
    .await;
    // The not-found page offers the home, the indexes and every language as plain links.
    b.open("en/404.html").await;
    let ways = b
        .js("return Array.from(document.querySelectorAll('main a')).filter(a => a.getClientRects().length > 0).map(a => a.getAttribute('href'))")
        .await;
    for want in ["/en/", "/en/sip/", "/en/compare/sip/", "/ja/", "/ru/"] {
        assert!(
            ways.as_array().unwrap().contains(&json!(want)),
            "{want} in {ways}"
        );
    }
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn not_found_page_resolves_codes_and_reversed_pairs() {
    let b = Browser::start(Screen::Phone(375)).await;
    let pair = "compare/sip/486-busy-here-vs-600-busy-everywhere/";
    for (asked, want) in [
        ("en/sip/486/", "/en/sip/486-busy-here/".to_string()),
        ("en/sip/486", "/en/sip/486-busy-here/".to_string()),
        ("ja/sip/486-busy/", "/ja/sip/486-busy-here/".to_string()),
        (
            "en/compare/sip/600-busy-everywhere-vs-486-busy-here/",
            format!("/en/{pair}"),
        ),
        ("ko/compare/sip/600-vs-486/", format!("/ko/{pair}")),
        ("ru/compare/sip/600-vs-486-busy-here", format!("/ru/{pair}")),
    ] {
        b.open(asked).await;
        b.wait_for_path(&want).await;
        let h1 = b
            .js("return document.querySelector('h1').textContent")
            .await;
        assert!(
            h1.as_str().unwrap().contains("486"),
            "{asked} → {want}: {h1}"
        );
    }
    // An address naming no page: it stays, in its locale, and suggests codes from the
    // numbers and words in the address.
    b.open("es/sip/busy-here/").await;
    b.wait_until(
        "suggestions",
        "return document.querySelectorAll('#nf-suggestions a').length > 0",
    )
    .await;
    assert_eq!(b.path().await, "/es/sip/busy-here/");
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        json!("es")
    );
    let hrefs = b
        .js("return Array.from(document.querySelectorAll('#nf-suggestions a')).map(a => a.getAttribute('href'))")
        .await;
    assert!(
        hrefs
            .as_array()
            .unwrap()
            .contains(&json!("/es/sip/486-busy-here/")),
        "{hrefs}"
    );
    // The lookup finds a code by number.
    b.type_into("#nf-query", "603").await;
    b.wait_until(
        "a lookup result",
        "return Array.from(document.querySelectorAll('#nf-results a')).some(a => a.getAttribute('href') === '/es/sip/603-decline/')",
    )
    .await;
    b.close().await;
}

/// The pages the quality bars name, plus the language chooser a 404 page and the
/// two index pages.
fn pages() -> Vec<String> {
    let mut out = vec![String::new()];
    for l in ["en", "ja", "ru"] {
        out.extend([
            format!("{l}/"),
            format!("{l}/{CODE}"),
            format!("{l}/{PAIR}"),
        ]);
    }
    out.extend(["en/404.html", "en/sip/", "ja/compare/sip/"].map(String::from));
    out
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn no_console_errors() {
    let b = Browser::start(Screen::Desktop(1280)).await;
    for page in pages() {
        b.open(&page).await;
        b.assert_no_console_errors(&format!("/{page}")).await;
    }
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn no_horizontal_scroll_on_a_phone() {
    for width in [375, 320] {
        let b = Browser::start(Screen::Phone(width)).await;
        for page in pages() {
            b.open(&page).await;
            let v = b
                .js("const d = document.documentElement;\
                 const wide = Array.from(document.querySelectorAll('body *'))\
                   .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1 && !e.closest('.table-scroll, .flow-scroll'))\
                   .slice(0, 5).map(e => e.tagName + '.' + (e.className.baseVal ?? e.className) + ' ' + (e.textContent || '').slice(0, 40));\
                 return [d.scrollWidth, d.clientWidth, wide];")
                .await;
            let (scroll, client) = (v[0].as_u64().unwrap(), v[1].as_u64().unwrap());
            // The side-by-side table fits too: its scroller is a fallback, not the layout.
            let tables = b
                .js(
                    "return Array.from(document.querySelectorAll('.table-scroll'))\
                   .filter(t => t.scrollWidth > t.clientWidth).length",
                )
                .await;
            assert_eq!(
                tables,
                json!(0),
                "/{page} at {width} px: a table scrolls sideways"
            );
            assert_eq!(client, width as u64, "/{page}: the viewport is {width} px");
            assert!(
                scroll <= client,
                "/{page} at {width} px scrolls sideways: scrollWidth {scroll} > clientWidth {client}; too wide: {}",
                v[2]
            );
        }
        b.assert_no_console_errors(&format!("pages at {width} px"))
            .await;
        b.close().await;
    }
}

/// What a page's ladders look like, one entry per `.flow-scroll`: whether the ladder is wider
/// than its box, whether a scroll cue shows, the smallest label size as rendered, the SVG's
/// scale, the accessible name of the scroll region, and the figure's top.
const LADDERS: &str = "\
    return Array.from(document.querySelectorAll('.flow-scroll')).map(box => {\
      const svg = box.querySelector('svg.flow');\
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;\
      const sizes = Array.from(svg.querySelectorAll('text'))\
        .map(t => parseFloat(getComputedStyle(t).fontSize) * scale);\
      const cs = getComputedStyle(box);\
      const shadows = (cs.backgroundImage.match(/radial-gradient/g) || []).length === 2\
        && (cs.backgroundImage.match(/linear-gradient/g) || []).length === 2\
        && /local/.test(cs.backgroundAttachment) && /scroll/.test(cs.backgroundAttachment)\
        && cs.overflowX === 'auto';\
      const hint = box.parentElement.querySelector('.flow-hint');\
      const hintShown = !!hint && hint.getClientRects().length > 0\
        && hint.textContent.trim().length > 0;\
      const label = document.getElementById(box.getAttribute('aria-labelledby') || '');\
      return {\
        id: svg.id || (label && label.id) || '?',\
        overflows: box.scrollWidth > box.clientWidth + 1,\
        shadows, hint: !!hint, hintShown,\
        minFont: Math.min(...sizes), scale,\
        name: label ? label.textContent.trim() : '',\
        focusable: box.tabIndex === 0,\
        sharesParent: box.closest('figure').parentElement.querySelectorAll(':scope > .flow-figure').length,\
        top: Math.round(box.getBoundingClientRect().top),\
      };\
    });";

/// Check the ladders of the open page: each either fits its box or shows that it scrolls
/// (shadow edges, and the hint where the page has one, hidden when it fits); labels at
/// 12 px or more as rendered, at one scale; a named, focusable scroll region. Returns how
/// many ladders overflowed.
async fn assert_ladders_read(b: &Browser, page: &str, width: u32) -> usize {
    let v = b.js(LADDERS).await;
    let ladders = v.as_array().unwrap();
    assert!(!ladders.is_empty(), "/{page}: no ladder");
    let mut overflowing = 0;
    for l in ladders {
        let at = format!("/{page} at {width} px, ladder {l}");
        let overflows = l["overflows"].as_bool().unwrap();
        if overflows {
            overflowing += 1;
            assert!(
                l["shadows"].as_bool().unwrap(),
                "{at}: clipped, no shadow edges"
            );
            if l["hint"].as_bool().unwrap() {
                assert!(
                    l["hintShown"].as_bool().unwrap(),
                    "{at}: clipped, hint hidden"
                );
            }
        } else {
            assert!(
                !l["hintShown"].as_bool().unwrap(),
                "{at}: the hint says it scrolls, but it fits"
            );
        }
        let scale = l["scale"].as_f64().unwrap();
        assert!(
            (scale - 1.0).abs() < 0.01,
            "{at}: drawn at {scale}, not 1:1"
        );
        let min = l["minFont"].as_f64().unwrap();
        assert!(min >= 12.0 - 0.01, "{at}: a label at {min} px");
        assert!(
            l["focusable"].as_bool().unwrap() && !l["name"].as_str().unwrap().is_empty(),
            "{at}: the scroll region is not focusable by keyboard or has no name"
        );
    }
    overflowing
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn ladders_fit_or_show_that_they_scroll_on_a_phone() {
    for width in [375, 320] {
        let b = Browser::start(Screen::Phone(width)).await;
        b.open("en/").await;
        let codes = b
            .js(
                "return Array.from(document.querySelectorAll('.code-list a'))\
                   .map(a => new URL(a.href).pathname.slice(1));",
            )
            .await;
        let codes: Vec<String> = codes
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect();
        assert!(codes.len() >= 75, "{codes:?}");
        let mut overflowing = 0;
        for page in &codes {
            b.open(page).await;
            overflowing += assert_ladders_read(&b, page, width).await;
        }
        // Four-lane ladders (600, 603 …) are wider than any phone: the test has seen the
        // case it guards against.
        assert!(overflowing > 0, "no ladder overflowed at {width} px");
        // Comparisons, with the ladders of both codes: 600 with the codes it is most
        // confused with, and a Japanese one.
        b.open("en/sip/600-busy-everywhere/").await;
        let pairs = b
            .js("return Array.from(document.querySelectorAll('.compare-with .pairs:not(.compact) a'))\
                   .map(a => new URL(a.href).pathname.slice(1));")
            .await;
        let mut pairs: Vec<String> = pairs
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect();
        assert!(!pairs.is_empty());
        pairs.push(format!("ja/{PAIR}"));
        for page in &pairs {
            b.open(page).await;
            assert_ladders_read(&b, page, width).await;
        }
        b.assert_no_console_errors(&format!("ladders at {width} px"))
            .await;
        b.close().await;
    }
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn a_comparisons_ladders_share_one_scale_on_a_desktop() {
    let b = Browser::start(Screen::Desktop(1280)).await;
    b.open("en/sip/600-busy-everywhere/").await;
    let pair = b
        .js("return new URL(document.querySelector('.compare-with .pairs a').href).pathname.slice(1)")
        .await;
    let pair = pair.as_str().unwrap().to_string();
    b.open(&pair).await;
    assert_ladders_read(&b, &pair, 1280).await;
    let v = b.js(LADDERS).await;
    let ladders = v.as_array().unwrap();
    assert_eq!(ladders.len(), 2, "/{pair}: {ladders:?}");
    // Side by side in one parent, top-aligned, so rows line up.
    assert_eq!(ladders[0]["sharesParent"], json!(2), "/{pair}: {ladders:?}");
    assert_eq!(ladders[0]["top"], ladders[1]["top"], "/{pair}: {ladders:?}");
    b.close().await;
}

/// A code page's example response is wider than a phone: it scrolls inside itself, never
/// the page, and takes the keyboard focus so that it can be scrolled without a pointer.
#[tokio::test]
#[ignore = "needs chromium and chromedriver; run with --include-ignored"]
async fn the_example_response_scrolls_inside_itself_on_a_phone() {
    let b = Browser::start(Screen::Phone(320)).await;
    for page in ["en/sip/401-unauthorized/".to_string(), format!("ja/{CODE}")] {
        b.open(&page).await;
        let v = b
            .js("const p = document.querySelector('pre.example-message');\
                 const d = document.documentElement;\
                 return [p.scrollWidth > p.clientWidth,\
                   p.getBoundingClientRect().right <= d.clientWidth,\
                   d.scrollWidth <= d.clientWidth, p.tabIndex,\
                   getComputedStyle(p).overflowX];")
            .await;
        assert_eq!(v, json!([true, true, true, 0, "auto"]), "/{page}");
    }
    b.assert_no_console_errors("example pages at 320 px").await;
    b.close().await;
}
