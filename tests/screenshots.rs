//! Not a test: the program behind `scripts/screenshots.sh`. Saves whole-page PNGs of a
//! comparison page in en, ja and ru, at phone and desktop width, in the light and the dark
//! theme, and of the home and a code page in en and ja (light), into `$SIPVS_SCREENSHOTS`
//! (or `screenshots/`).
//!
//! Cargo.toml declares it `test = false` and `harness = false`: `cargo test` (even with
//! `--include-ignored`) never runs it, and `cargo test --test screenshots` runs `main`.

#[path = "common/browser.rs"]
mod chrome;
mod common;

use std::path::{Path, PathBuf};

use base64::Engine;
use serde_json::json;

use chrome::{Browser, Screen};

const PAIR: &str = "compare/sip/302-moved-temporarily-vs-487-request-terminated/";
const CODE: &str = "sip/487-request-terminated/";

fn main() {
    let dir = std::env::var_os("SIPVS_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::repo().join("screenshots"));
    std::fs::create_dir_all(&dir).unwrap();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(shoot(&dir));
}

async fn shoot(dir: &Path) {
    for (screen, name) in [(Screen::Phone(375), "375"), (Screen::Desktop(1280), "1280")] {
        let b = Browser::start(screen).await;
        for theme in ["light", "dark"] {
            b.cdp(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-color-scheme", "value": theme }] }),
            )
            .await;
            let mut shots = vec![];
            for lang in ["en", "ja", "ru"] {
                shots.push((format!("{lang}/{PAIR}"), format!("compare-{lang}")));
            }
            // The other page types, light only, to look at while designing.
            if theme == "light" {
                for lang in ["en", "ja"] {
                    shots.push((format!("{lang}/"), format!("home-{lang}")));
                    shots.push((format!("{lang}/{CODE}"), format!("code-{lang}")));
                }
            }
            for (page, stem) in shots {
                b.open(&page).await;
                let file = dir.join(format!("{stem}-{name}-{theme}.png"));
                save_full_page(&b, &file).await;
                println!("saved {}", file.display());
            }
        }
        b.close().await;
    }
}

/// A PNG of the whole page, not just the viewport (WebDriver's own screenshot stops at the
/// viewport; the DevTools one can go beyond it).
async fn save_full_page(b: &Browser, file: &Path) {
    let size = b
        .js("return [document.documentElement.clientWidth, document.documentElement.scrollHeight]")
        .await;
    let shot = b
        .cdp(
            "Page.captureScreenshot",
            json!({
                "format": "png",
                "captureBeyondViewport": true,
                "clip": { "x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1 },
            }),
        )
        .await;
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().unwrap())
        .expect("a base64 PNG from Page.captureScreenshot");
    std::fs::write(file, png).unwrap();
}
