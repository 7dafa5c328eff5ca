//! Probe: time gzip and brotli at several qualities over the pages of a built site.
//! `cargo run --release --example compress_probe -- public/en/compare/sip`
use std::time::Instant;
fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/en/compare/sip".into());
    let files: Vec<Vec<u8>> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
        .take(500)
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    let total: usize = files.iter().map(Vec::len).sum();
    let t = Instant::now();
    let gz: usize = files.iter().map(|f| sipvs::compress::gzip(f).len()).sum();
    println!(
        "gzip-9: {:.1}% in {:?}",
        gz as f64 * 100.0 / total as f64,
        t.elapsed()
    );
    for q in [1, 4, 5, 9, 11] {
        let t = Instant::now();
        let br: usize = files
            .iter()
            .map(|f| sipvs::compress::brotli(f, q).len())
            .sum();
        println!(
            "brotli-{q}: {:.1}% in {:?}",
            br as f64 * 100.0 / total as f64,
            t.elapsed()
        );
    }
}
