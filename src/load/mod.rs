//! Load: the project's inputs read once, checked, into one immutable [`Site`] — the
//! configuration (`sipvs.toml`), the records (`content/`), the locales (`locales/`), the
//! templates (`templates/`) and the names of the static files (`static/`).

pub mod catalog;
pub mod config;
pub mod ftl;
pub mod input;
pub mod locale;
pub mod markdown;
pub mod site;
pub mod templates;

pub use site::Site;
