//! sipvs: a static site generator for a multilingual reference of SIP response codes and
//! every pair of them.
//!
//! The build is a pipeline of plain data, each module one stage or one concept:
//!
//! ```text
//! load    config, catalog (content/), locale (locales/), templates  -> site::Site
//! plan    Site -> every page and its URL                              (plan)
//! render  one page -> HTML, in parallel                               (render/, markdown)
//! write   pages + static/ + sitemaps -> output tree, atomically       (output, sitemap, build)
//! ```

pub mod build;
pub mod catalog;
pub mod check;
pub mod compress;
pub mod config;
pub mod error;
pub mod host;
pub mod incremental;
pub mod input;
pub mod links;
pub mod locale;
pub mod markdown;
pub mod output;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod sitemap;
pub mod synthetic;
pub mod templates;

pub use error::{Diagnostic, Error, Result, Severity};
