//! Write: everything that touches the output tree — the guarded, locked output folder and
//! its staging (`output`), the link check of every page (`links`), sitemaps, host
//! configuration files and precompressed copies.

pub mod compress;
pub mod host;
pub mod links;
pub mod output;
pub mod sitemap;
