//! A locale's words for list arguments ("A, B and C", "a proxy or a gateway"), resolved
//! once per locale so that sentences on thousands of pages need no Fluent lookups for them.

use std::collections::BTreeMap;

use super::compare::{self, Arg, Sentence};
use super::text;
use crate::error::Result;
use crate::load::catalog::{Requests, Sender};
use crate::load::locale::Locale;
use crate::load::site::Site;

/// How a locale joins the items of a list.
pub(super) enum Joiner {
    Cldr(Box<icu_list::ListFormatter>),
    Separator(String),
}

impl Joiner {
    pub(super) fn join<S: AsRef<str>>(&self, items: impl IntoIterator<Item = S>) -> String {
        let items: Vec<S> = items.into_iter().collect();
        match self {
            Joiner::Cldr(f) => f.format_to_string(items.iter().map(AsRef::as_ref)),
            Joiner::Separator(sep) => items
                .iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(sep),
        }
    }
}

/// A locale's words for list arguments, resolved once so that sentences on thousands of
/// pages need no Fluent lookups for them.
pub(super) struct Lists {
    /// The locale's "A, B and C" and "A, B or C" (CLDR list patterns through ICU4X), or,
    /// for a language CLDR does not know, its `list-separator` between every item.
    pub and: Joiner,
    pub or: Joiner,
    senders: Vec<(Sender, String)>,
    any_request: String,
    /// Every ISUP cause the catalog uses, with its name.
    causes: BTreeMap<u16, String>,
}

impl Lists {
    pub(super) fn new(site: &Site, locale: &Locale) -> Result<Lists> {
        let text = |id: &str, a: &[(&'static str, Arg)]| {
            text::text(site, locale, id, None, a).map(|t| t.text)
        };
        let all = [
            Sender::Uas,
            Sender::Proxy,
            Sender::Registrar,
            Sender::Redirect,
            Sender::Gateway,
        ];
        let mut senders = Vec::new();
        for s in all {
            senders.push((s, text("sender", &[("sender", compare::key(s))])?));
        }
        let mut causes = BTreeMap::new();
        for code in site.catalog.codes() {
            for &c in code.isup.to.iter().chain(&code.isup.from) {
                if let std::collections::btree_map::Entry::Vacant(e) = causes.entry(c) {
                    e.insert(text("isup-cause", &[("cause", Arg::Num(c.into()))])?);
                }
            }
        }
        let separator = text("list-separator", &[])?;
        let joiner = |or: bool| {
            let prefs = locale
                .lang
                .parse::<icu_locale_core::Locale>()
                .ok()
                .map(|l| icu_list::ListFormatterPreferences::from(&l));
            let options = icu_list::options::ListFormatterOptions::default()
                .with_length(icu_list::options::ListLength::Wide);
            let formatter = prefs.and_then(|p| {
                if or {
                    icu_list::ListFormatter::try_new_or(p, options).ok()
                } else {
                    icu_list::ListFormatter::try_new_and(p, options).ok()
                }
            });
            match formatter {
                Some(f) => Joiner::Cldr(Box::new(f)),
                None => Joiner::Separator(separator.clone()),
            }
        };
        Ok(Lists {
            and: joiner(false),
            or: joiner(true),
            senders,
            any_request: text("requests-any", &[])?,
            causes,
        })
    }

    /// The text of a list argument; `None` for plain arguments.
    pub(super) fn resolve(&self, arg: &Arg) -> Option<String> {
        Some(match arg {
            // Headers a response carries: all of them ("Contact and Expires").
            Arg::Literals(list) => self.and.join(list),
            // Who sends it, what it answers: any one of them ("a proxy or a gateway").
            Arg::Senders(list) => self.or.join(list.iter().map(|s| {
                self.senders
                    .iter()
                    .find(|(k, _)| k == s)
                    .map_or("", |(_, v)| v.as_str())
            })),
            Arg::Requests(Requests::Any) => self.any_request.clone(),
            Arg::Requests(Requests::Methods(m)) => self.or.join(m),
            Arg::Cause(c) => self.causes.get(c).cloned().unwrap_or_else(|| c.to_string()),
            Arg::Num(_) | Arg::Str(_) => return None,
        })
    }

    /// A sentence with its list arguments resolved to text.
    pub(super) fn resolved(&self, mut s: Sentence) -> Sentence {
        for (_, arg) in &mut s.args {
            if let Some(text) = self.resolve(arg) {
                *arg = Arg::Str(text);
            }
        }
        s
    }
}
