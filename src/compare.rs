//! What separates two codes, derived from their records alone: a list of sentences, each a
//! Fluent message id with language-neutral arguments. Localization happens later.

use crate::catalog::{Code, Requests, Sender};

/// A language-neutral argument of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A number, such as a code or an RFC.
    Num(u32),
    /// A selector key or a protocol literal.
    Str(String),
    /// Protocol literals (header names, methods), joined with the locale's separator.
    Literals(Vec<String>),
    /// Senders, each named in the locale, joined with the locale's separator.
    Senders(Vec<Sender>),
    /// The requests a code answers.
    Requests(Requests),
}

/// One sentence: a message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The Fluent message id.
    pub id: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

fn num(n: impl Into<u32>) -> Arg {
    Arg::Num(n.into())
}

/// A record enum value as a selector argument: its record spelling (`retry-later`).
pub fn key(s: impl serde::Serialize) -> Arg {
    // Enum values serialize to their record spelling, which is also the selector key.
    Arg::Str(
        serde_json::to_value(s)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    )
}

fn yes_no(b: bool) -> Arg {
    Arg::Str(if b { "yes" } else { "no" }.into())
}

/// The opening sentence: both codes, their classes.
pub fn lede(a: &Code, b: &Code) -> Sentence {
    Sentence {
        id: "compare-lede",
        args: vec![
            ("a", num(a.code)),
            ("reason-a", Arg::Str(a.reason.clone())),
            ("b", num(b.code)),
            ("reason-b", Arg::Str(b.reason.clone())),
            ("class-a", num(a.class())),
            ("class-b", num(b.class())),
            ("same-class", yes_no(a.class() == b.class())),
            ("same-next", yes_no(a.next == b.next)),
        ],
    }
}

/// What the client does next after each code: one sentence per code, or one naming both
/// when they call for the same step.
pub fn next_steps(a: &Code, b: &Code) -> Vec<Sentence> {
    if a.next == b.next {
        let both = Arg::Str(format!("{} / {}", a.code, b.code));
        vec![Sentence {
            id: "next-step",
            args: vec![("code", both), ("next", key(a.next))],
        }]
    } else {
        vec![next_step(a), next_step(b)]
    }
}

/// What the client does after one code, as a sentence.
pub fn next_step(c: &Code) -> Sentence {
    Sentence {
        id: "next-step",
        args: vec![("code", num(c.code)), ("next", key(c.next))],
    }
}

fn has_retry_after(c: &Code) -> bool {
    c.headers
        .iter()
        .any(|h| h.eq_ignore_ascii_case("Retry-After"))
}

/// The key differences between `a` and `b`, most important first. Never empty: when the
/// records match, one sentence says so.
pub fn differences(a: &Code, b: &Code) -> Vec<Sentence> {
    let mut out = Vec::new();
    let ab = |id, extra: Vec<(&'static str, Arg)>| {
        let mut args = vec![("a", num(a.code)), ("b", num(b.code))];
        args.extend(extra);
        Sentence { id, args }
    };
    if a.is_final() != b.is_final() {
        let (p, f) = if a.is_final() { (b, a) } else { (a, b) };
        out.push(Sentence {
            id: "diff-final",
            args: vec![("provisional", num(p.code)), ("final", num(f.code))],
        });
    }
    if a.class() != b.class() {
        out.push(ab(
            "diff-class",
            vec![("class-a", num(a.class())), ("class-b", num(b.class()))],
        ));
    }
    if a.next != b.next {
        out.push(ab(
            "diff-next",
            vec![("next-a", key(a.next)), ("next-b", key(b.next))],
        ));
    }
    if has_retry_after(a) != has_retry_after(b) {
        let (w, wo) = if has_retry_after(a) { (a, b) } else { (b, a) };
        out.push(Sentence {
            id: "diff-retry-after",
            args: vec![("with", num(w.code)), ("without", num(wo.code))],
        });
    }
    if a.forking != b.forking {
        out.push(ab(
            "diff-forking",
            vec![("forking-a", key(a.forking)), ("forking-b", key(b.forking))],
        ));
    }
    let set = |c: &Code| {
        let mut h: Vec<String> = c.headers.clone();
        h.sort();
        h
    };
    if set(a) != set(b) {
        out.push(ab(
            "diff-headers",
            vec![
                ("headers-a", Arg::Literals(a.headers.clone())),
                ("count-a", num(a.headers.len() as u32)),
                ("headers-b", Arg::Literals(b.headers.clone())),
                ("count-b", num(b.headers.len() as u32)),
            ],
        ));
    }
    if a.requests != b.requests {
        out.push(ab(
            "diff-requests",
            vec![
                ("requests-a", Arg::Requests(a.requests.clone())),
                ("requests-b", Arg::Requests(b.requests.clone())),
            ],
        ));
    }
    let senders = |c: &Code| {
        let mut s = c.senders.clone();
        s.sort();
        s
    };
    if senders(a) != senders(b) {
        out.push(ab(
            "diff-senders",
            vec![
                ("senders-a", Arg::Senders(a.senders.clone())),
                ("senders-b", Arg::Senders(b.senders.clone())),
            ],
        ));
    }
    for c in [a, b] {
        if let Some(d) = &c.deprecated {
            out.push(Sentence {
                id: "diff-deprecated",
                args: vec![("code", num(c.code)), ("rfc", num(d.rfc))],
            });
        }
    }
    if out.is_empty() {
        out.push(ab("diff-none", vec![]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Forking, Next, test_code};

    #[test]
    fn different_classes_and_steps_are_contrasted() {
        let mut a = test_code(302, "Moved Temporarily", &[]);
        a.next = Next::Redirect;
        a.forking = Forking::Redirect;
        a.headers = vec!["Contact".into()];
        let b = test_code(487, "Request Terminated", &[]);
        let ids: Vec<_> = differences(&a, &b).iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            ["diff-class", "diff-next", "diff-forking", "diff-headers"]
        );
    }

    #[test]
    fn provisional_against_final_names_which_is_which() {
        let a = test_code(180, "Ringing", &[]);
        let b = test_code(486, "Busy Here", &[]);
        let d = differences(&b, &a);
        assert_eq!(d[0].id, "diff-final");
        assert_eq!(
            d[0].args,
            vec![("provisional", Arg::Num(180)), ("final", Arg::Num(486))]
        );
    }

    #[test]
    fn identical_facts_say_so() {
        let a = test_code(480, "Temporarily Unavailable", &[]);
        let b = test_code(486, "Busy Here", &[]);
        let d = differences(&a, &b);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].id, "diff-none");
    }

    #[test]
    fn retry_after_on_one_side_only() {
        let mut a = test_code(486, "Busy Here", &[]);
        a.headers = vec!["Retry-After".into()];
        let b = test_code(603, "Decline", &[]);
        let d = differences(&a, &b);
        assert!(
            d.iter()
                .any(|s| s.id == "diff-retry-after" && s.args[0] == ("with", Arg::Num(486)))
        );
    }
}
