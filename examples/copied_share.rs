//! Reports how much of the English comparison pages' visible text is copied from the two
//! code pages (see `tests/common/copied.rs` for what counts as copied).
//!
//! ```text
//! cargo run -- build --out /tmp/site
//! cargo run --example copied_share -- /tmp/site [lang]
//! ```

#[path = "../tests/common/copied.rs"]
mod copied;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(site) = args.next() else {
        eprintln!("usage: copied_share SITE_DIR [LANG]   (SITE_DIR: the output of `sipvs build`)");
        std::process::exit(2);
    };
    let lang = args.next().unwrap_or_else(|| "en".into());
    let dir = std::path::Path::new(&site).join(&lang);
    // The measure the tests bound (runs of eight words), then two stricter readings that
    // also count a block that reads exactly like one of a code page's: a cell or caption
    // of four words or more, then any block, down to "Final" or a diagram's "INVITE".
    for (what, exact_min) in [
        ("runs of 8 words", copied::RUNS_ONLY),
        (
            "runs of 8 words, or whole blocks of 4+ words",
            copied::EXACT_MIN,
        ),
        ("runs of 8 words, or any whole block", 1),
    ] {
        let shares = copied::shares(&dir, exact_min);
        if shares.is_empty() {
            eprintln!("no comparison pages under {}", dir.display());
            std::process::exit(1);
        }
        let values: Vec<f64> = shares.iter().map(|s| s.1).collect();
        let (mean, median, max) = copied::summary(&values);
        let worst = shares
            .iter()
            .max_by(|x, y| x.1.total_cmp(&y.1))
            .map(|s| s.0.as_str())
            .unwrap_or_default();
        println!(
            "{lang}: {} comparison pages, copied ({what}): mean {:.1}%, median {:.1}%, max {:.1}% ({worst})",
            shares.len(),
            mean * 100.0,
            median * 100.0,
            max * 100.0
        );
    }
}
