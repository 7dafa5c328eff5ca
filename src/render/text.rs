//! Localized text for pages: Fluent messages formatted with sentence arguments (memoized
//! for the messages thousands of pages share), Markdown prose, and meta descriptions cut
//! to length.

use std::sync::{Arc, Mutex};

use fluent::{FluentArgs, FluentValue};
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::compare::{Arg, Sentence};
use crate::error::Result;
use crate::load::locale::{Locale, Text};
use crate::load::markdown;
use crate::load::site::Site;

/// Longest meta description, in characters.
pub const DESCRIPTION_MAX: usize = 155;

/// Localized prose: rendered Markdown and its language when it is a fallback.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Prose {
    /// Rendered Markdown, a safe string for the templates.
    pub html: tera::Value,
    pub lang: String,
}

/// Fluent arguments from sentence arguments; list arguments must be resolved to text first
/// (see [`super::view::Lists::resolved`]).
fn args(list: &[(&'static str, Arg)]) -> FluentArgs<'static> {
    let mut out = FluentArgs::new();
    for (name, arg) in list {
        match arg {
            Arg::Num(n) => out.set(*name, FluentValue::from(*n)),
            Arg::Str(s) => out.set(*name, FluentValue::from(s.clone())),
            _ => debug_assert!(false, "unresolved list argument `{name}`"),
        }
    }
    out
}

/// A message (or one of its attributes) formatted with sentence arguments.
pub(super) fn text(
    site: &Site,
    locale: &Locale,
    id: &str,
    attr: Option<&str>,
    a: &[(&'static str, Arg)],
) -> Result<Text> {
    let fargs = args(a);
    let fargs = if a.is_empty() { None } else { Some(&fargs) };
    site.locales.text(locale, id, attr, fargs)
}

/// A sentence formatted in a locale.
pub(super) fn sentence(site: &Site, locale: &Locale, s: &Sentence) -> Result<Text> {
    text(site, locale, s.id, None, &s.args)
}

/// A message's Markdown rendered to HTML.
pub(super) fn prose(site: &Site, locale: &Locale, id: &str, attr: Option<&str>) -> Result<Prose> {
    let t = site.locales.text(locale, id, attr, None)?;
    let html = markdown::render(&t.text);
    let html = match &t.source {
        Some(source) => crate::load::locale::in_context(source, &html, "div"),
        None => html,
    };
    Ok(Prose {
        html: tera::Value::safe_string(&html),
        lang: t.lang,
    })
}

/// A message's Markdown split after its lead: the first sentence (more while the lead is
/// shorter than [`LEAD_MIN`] characters), then the rest, `None` when nothing is left. A
/// comparison page leads with a note's lead and gives the rest further down.
pub(super) fn prose_split(
    site: &Site,
    locale: &Locale,
    id: &str,
) -> Result<(Prose, Option<Prose>)> {
    let t = site.locales.text(locale, id, None, None)?;
    let (lead, rest) = t.text.split_at(lead_end(&t.text));
    let render = |markdown: &str| {
        let html = markdown::render(markdown.trim());
        let html = match &t.source {
            Some(source) => crate::load::locale::in_context(source, &html, "div"),
            None => html,
        };
        Prose {
            html: tera::Value::safe_string(&html),
            lang: t.lang.clone(),
        }
    };
    let rest = (!rest.trim().is_empty()).then(|| render(rest));
    Ok((render(lead), rest))
}

/// Shortest lead, in characters (a CJK or Hangul character counts as two, for it says
/// about as much as two Latin ones). Many notes open with a frame ("Both reject the body,
/// at different layers.") and say the difference in their second sentence: a lead shorter
/// than this takes the next sentence along.
pub(super) const LEAD_MIN: usize = 90;

/// Where the lead of `text` ends (see [`prose_split`]): after the first sentence end that
/// closes at least [`LEAD_MIN`] characters, or at the end of the first paragraph, or of the
/// text.
///
/// A sentence ends at `.`, `!` or `?` followed by a space and then no lower-case letter (so
/// "e.g. the" and "т. е. это" do not end one), or at `。`, `！`, `？`; never inside `code`.
fn lead_end(text: &str) -> usize {
    let mut in_code = false;
    let mut chars = 0;
    for (i, c) in text.char_indices() {
        chars += if c >= '\u{2E80}' { 2 } else { 1 };
        match c {
            '`' => in_code = !in_code,
            '\n' if !in_code && text[i + 1..].starts_with('\n') => return i,
            '。' | '！' | '？' if !in_code && chars >= LEAD_MIN => return i + c.len_utf8(),
            '.' | '!' | '?' if !in_code && chars >= LEAD_MIN => {
                let after = &text[i + 1..];
                let next = after.trim_start().chars().next();
                if after.starts_with(char::is_whitespace) && next.is_some_and(|n| !n.is_lowercase())
                {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// Words in a run that two texts saying the same thing share (see [`shares_run`]).
const RUN: usize = 8;

/// Whether `a` and `b` share a run of [`RUN`] words, case and punctuation aside: whether one
/// repeats part of the other word for word. In text mostly written without spaces
/// (Japanese), each CJK character is a word and a run is twice as long.
pub(super) fn shares_run(a: &str, b: &str) -> bool {
    // Written without spaces: CJK, but not Hangul, which Korean spaces into words.
    fn dense(c: char) -> bool {
        c >= '\u{2E80}' && !('\u{AC00}'..='\u{D7AF}').contains(&c)
    }
    fn tokens(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut word = String::new();
        for c in text.chars() {
            if dense(c) {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                if c.is_alphanumeric() {
                    out.push(c.to_string());
                }
            } else if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if !word.is_empty() && !matches!(c, '-' | '\'' | '’') {
                out.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
        out
    }
    let run = |t: &[String]| {
        let chars = t.iter().filter(|w| w.chars().all(dense)).count();
        if chars * 2 > t.len() { RUN * 2 } else { RUN }
    };
    let (a, b) = (tokens(a), tokens(b));
    let n = run(&a).max(run(&b));
    let runs: std::collections::HashSet<&[String]> = a.windows(n).collect();
    b.windows(n).any(|w| runs.contains(w))
}

fn placeholder(var: &str) -> String {
    format!("\u{E000}{var}\u{E001}")
}

/// A message formatted with placeholders for the variables that only appear verbatim,
/// split into its literal runs and the variables between them.
struct Shape {
    /// Literal text, then the variable that follows it (none after the last run).
    runs: Vec<(String, Option<String>)>,
    lang: String,
    source: Option<Arc<str>>,
}

impl Shape {
    fn new(template: &str, lang: String, source: Option<Arc<str>>) -> Shape {
        let mut runs = Vec::new();
        let mut rest = template;
        while let Some((text, after)) = rest.split_once('\u{E000}') {
            let Some((name, tail)) = after.split_once('\u{E001}') else {
                break;
            };
            runs.push((text.to_string(), Some(name.to_string())));
            rest = tail;
        }
        runs.push((rest.to_string(), None));
        Shape { runs, lang, source }
    }

    /// The text with `args` in place of the placeholders.
    fn fill(&self, args: &[(&'static str, Arg)]) -> Text {
        let mut text =
            String::with_capacity(self.runs.iter().map(|r| r.0.len()).sum::<usize>() + 32);
        for (literal, var) in &self.runs {
            text.push_str(literal);
            let value = var
                .as_deref()
                .and_then(|v| args.iter().find(|(n, _)| *n == v))
                .map(|(_, a)| a);
            match value {
                Some(Arg::Num(n)) => text.push_str(itoa::Buffer::new().format(*n)),
                Some(Arg::Str(v)) => text.push_str(v),
                _ => {}
            }
        }
        Text {
            text,
            lang: self.lang.clone(),
            source: self.source.clone(),
        }
    }
}

/// Messages formatted on many pages, by partial evaluation: a message is formatted once
/// per combination of the variables its wording depends on (see [`Locale::selectors`]),
/// with placeholders for the others, which each page then fills in. A comparison page's
/// sentences cost a lookup and a substitution instead of a Fluent formatting, for the
/// same text.
#[derive(Default)]
pub(super) struct Memo {
    /// Per message: the variables its wording depends on; `None` when it cannot be memoized.
    selectors: Mutex<FxHashMap<&'static str, Option<Arc<[String]>>>>,
    /// Per message and values of those variables: its shape.
    shapes: Mutex<FxHashMap<String, Arc<Shape>>>,
}

impl Memo {
    /// What [`text`] gives for the message `id`, mostly without formatting it.
    pub(super) fn text(
        &self,
        site: &Site,
        locale: &Locale,
        id: &'static str,
        args: &[(&'static str, Arg)],
    ) -> Result<Text> {
        let selectors = {
            let mut known = self.selectors.lock().unwrap_or_else(|e| e.into_inner());
            known
                .entry(id)
                .or_insert_with(|| {
                    // The pattern that formats: this locale's, or the reference's fallback.
                    let source = if locale.has(id, None) {
                        locale
                    } else {
                        site.locales.reference()
                    };
                    source.selectors(id).map(Arc::from)
                })
                .clone()
        };
        let Some(selectors) = selectors else {
            return text(site, locale, id, None, args);
        };
        let mut key = String::from(id);
        for (name, arg) in args {
            if selectors.iter().any(|s| s == name) {
                key.push('\0');
                key.push_str(name);
                key.push('=');
                match arg {
                    Arg::Num(n) => key.push_str(itoa::Buffer::new().format(*n)),
                    Arg::Str(v) => key.push_str(v),
                    _ => return text(site, locale, id, None, args),
                }
            }
        }
        let known = self
            .shapes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .cloned();
        let shape = match known {
            Some(shape) => shape,
            None => {
                let partial: Vec<(&'static str, Arg)> = args
                    .iter()
                    .map(|(name, arg)| {
                        if selectors.iter().any(|s| s == name) {
                            (*name, arg.clone())
                        } else {
                            (*name, Arg::Str(placeholder(name)))
                        }
                    })
                    .collect();
                let formatted = text(site, locale, id, None, &partial)?;
                let shape = Arc::new(Shape::new(
                    &formatted.text,
                    formatted.lang,
                    formatted.source,
                ));
                self.shapes
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(key, shape.clone());
                shape
            }
        };
        Ok(shape.fill(args))
    }
}

/// Cut `text` to at most `max` characters at a word boundary, ending with an ellipsis.
/// Text without spaces (Japanese) is cut between characters.
pub fn truncate(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let head = match cut.rfind(char::is_whitespace) {
        Some(i) if text.contains(' ') && i > max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        head.trim_end_matches(
            |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '、' | '，')
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lead_is_the_first_sentence_long_enough_to_lead() {
        let cut = |t: &str| {
            let (a, b) = t.split_at(lead_end(t));
            (a.to_string(), b.trim().to_string())
        };
        let long = "400 Bad Request is about the SIP message itself: the server could not parse what it received at all.";
        assert!(long.len() >= LEAD_MIN);
        assert_eq!(
            cut(&format!("{long} 488 is about the session. Rest.")),
            (long.into(), "488 is about the session. Rest.".into())
        );
        // A frame takes the next sentence along; an abbreviation, a dot in code and a
        // decimal do not end a sentence.
        let text = "Both reject the body, at different layers. A 3.5 s timer, e.g. the `c=` line. in `a. B` ends. Rest.";
        assert_eq!(
            cut(text),
            (
                "Both reject the body, at different layers. A 3.5 s timer, e.g. the `c=` line. in `a. B` ends.".into(),
                "Rest.".into()
            )
        );
        // Japanese: 31 characters, worth 62, take the next sentence along.
        let ja = "どちらも転送を伝えるものですが、誰が処理を担うかが異なります。181 では、サーバーが自ら呼を転送します。後半。";
        let (lead, rest) = cut(ja);
        assert!(lead.ends_with("転送します。"), "{lead}");
        assert_eq!(rest, "後半。");
        let one = "One sentence only.";
        assert_eq!(cut(one), (one.into(), String::new()));
        assert_eq!(
            cut("A first paragraph without an end\n\nThen more."),
            (
                "A first paragraph without an end".into(),
                "Then more.".into()
            )
        );
    }

    #[test]
    fn a_shared_run_of_words_is_found_case_and_punctuation_aside() {
        let summary = "The server has definitive information that the user in the Request-URI does not exist.";
        assert!(shares_run(
            summary,
            "404 says the user in the `Request-URI` does not exist, at that domain."
        ));
        assert!(!shares_run(summary, "The user does not exist anywhere."));
        let ja = "サーバーはリクエストを理解しましたが、実行を拒否しています。";
        assert!(shares_run(
            ja,
            "403 は、サーバーはリクエストを理解しましたが拒否したことを示します。"
        ));
        assert!(!shares_run(ja, "403 はサーバーの拒否です。"));
        let ko =
            "착신자가 일시적으로 통화할 수 없어 서버가 호를 거부하는 대신 대기열에 넣었습니다.";
        assert!(shares_run(
            ko,
            "182는 착신자가 일시적으로 통화할 수 없어 서버가 호를 거부하는 대신 보류합니다."
        ));
    }

    #[test]
    fn truncate_cuts_at_a_word_boundary() {
        let text = "word ".repeat(40);
        let out = truncate(&text, 155);
        assert!(out.chars().count() <= 155, "{}", out.chars().count());
        assert!(out.ends_with("word…"), "{out}");
        assert_eq!(truncate("short", 155), "short");
        let ja = "あ".repeat(200);
        assert_eq!(truncate(&ja, 155).chars().count(), 155);
    }
}
