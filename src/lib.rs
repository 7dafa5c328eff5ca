//! sipvs: a static site generator for a multilingual reference of SIP response codes and
//! every pair of them.
//!
//! The build is a pipeline of plain data; the folders of `src/` are its stages:
//!
//! ```text
//! load/      sipvs.toml, content/, locales/, templates/, static/ -> Site  (read once, checked)
//! plan       Site -> every page and its URL                             (pure, no I/O)
//! render/    one page -> HTML, in parallel                              (pure)
//! pipeline   views -> render -> link check -> a sink                    (build, serve, check)
//! write/     staging and swap of the output, links, sitemaps, host files
//! ```
//!
//! and the commands on top of it: `build` (the pipeline into a staging folder), `check`
//! (the pipeline into nothing, plus the translators' checks), `serve` (the pipeline again for
//! the pages a change affects). `report` is the one place that writes to the terminal.

pub mod build;
pub mod check;
pub mod error;
pub mod load;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod serve;
pub mod synthetic;
pub mod write;

// The stages' modules by their own names, for the tests, the benchmark and other users.
pub use load::{catalog, config, input, locale, markdown, site, templates};
pub use serve::incremental;
pub use write::{compress, host, links, output, sitemap};

pub use error::{Diagnostic, Error, Result, Severity};
