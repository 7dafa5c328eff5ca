//! `--precompress`: `.gz` and `.br` files beside every text asset, for hosts that serve
//! precompressed files (nginx `gzip_static`/`brotli_static`, S3 behind a CDN…).

use std::io::Write;

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::write::output::Staging;

/// Extensions that get precompressed copies.
pub const EXTENSIONS: &[&str] = &["html", "css", "js", "json", "xml", "svg", "txt"];

/// Brotli quality. Measured on 500 comparison pages with `examples/compress_probe.rs`
/// (brotli crate 9): quality 4 gives 26.3% of the original size in 0.3 ms per page; quality
/// 5 to 9 give 24.6–25.0% but cost 9–11 ms per page (30 times more: about 5 CPU-minutes for
/// the whole site), and 11 gives 21.5% at 25 ms per page. Quality 4 keeps a precompressed
/// build within seconds of a plain one.
pub const BROTLI_QUALITY: u32 = 4;

/// gzip level: the best; it costs little next to brotli.
pub const GZIP_LEVEL: u32 = 9;

/// Gzip `bytes`.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 4),
        flate2::Compression::new(GZIP_LEVEL),
    );
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// Brotli-compress `bytes` at `quality`.
pub fn brotli(bytes: &[u8], quality: u32) -> Vec<u8> {
    // A window no larger than the input: pages are ~20 KB, and a 4 MB default window
    // costs more in setting up than in compressing.
    let lgwin = (usize::BITS - bytes.len().max(1).leading_zeros()).clamp(16, 22);
    let mut w =
        brotli::CompressorWriter::new(Vec::with_capacity(bytes.len() / 4), 1 << 16, quality, lgwin);
    let _ = w.write_all(bytes);
    w.into_inner()
}

/// Write `.gz` and `.br` beside every eligible file of the staging folder. A file linked
/// unchanged from the previous output reuses that output's compressed copies.
pub fn precompress(staging: &Staging) -> Result<usize> {
    let files: Vec<String> = staging
        .files()
        .into_iter()
        .filter(|f| {
            f.rsplit_once('.')
                .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext))
        })
        .collect();
    let errors: Vec<Error> = files
        .par_iter()
        .filter_map(|f| {
            let gz = format!("{f}.gz");
            let br = format!("{f}.br");
            if staging.is_linked(f) && staging.link_previous(&gz) && staging.link_previous(&br) {
                return None;
            }
            let run = || -> Result<()> {
                let bytes = std::fs::read(staging.dir().join(f))
                    .map_err(|e| Error::io(&staging.dir().join(f), &e))?;
                staging.write(&gz, &gzip(&bytes))?;
                staging.write(&br, &brotli(&bytes, BROTLI_QUALITY))
            };
            run().err()
        })
        .collect();
    if let Some(e) = errors.into_iter().next() {
        return Err(e);
    }
    Ok(files.len() * 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let text = "<p>SIP 486 Busy Here</p>".repeat(50);
        let gz = gzip(text.as_bytes());
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back)
            .unwrap();
        assert_eq!(back, text);
        let br = brotli(text.as_bytes(), BROTLI_QUALITY);
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
        assert!(br.len() < text.len() / 10);
    }
}
