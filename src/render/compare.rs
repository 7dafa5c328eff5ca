//! What separates two codes, derived from their records alone: a list of sentences, each a
//! Fluent message id with language-neutral arguments. Localization happens later.

use crate::load::catalog::{Code, Fixer, Reached, Requests, Sender};

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
    /// An ISUP cause, shown with its Q.850 name in the locale.
    Cause(u16),
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

/// What the client does after one code, as a sentence (the code page's summary of the
/// next step).
pub fn next_step(c: &Code) -> Sentence {
    Sentence {
        id: "next-step",
        args: vec![("code", num(c.code)), ("next", key(c.next))],
    }
}

/// The facts that tell `a` and `b` apart, most decisive first; each fact once. Empty when
/// the records do not tell them apart (such a pair needs a hand-written note).
///
/// What to do after each code is not a difference here: the page says it once, under
/// "What to do", from each code's `fix`. Facts that follow from one already listed are left
/// out: the class when one code is provisional and the other final, who fixes it when one
/// of them reports no problem at all.
pub fn differences(a: &Code, b: &Code) -> Vec<Sentence> {
    let mut out = Vec::new();
    let ab = |id, extra: Vec<(&'static str, Arg)>| {
        let mut args = vec![("a", num(a.code)), ("b", num(b.code))];
        args.extend(extra);
        Sentence { id, args }
    };
    let final_differs = a.is_final() != b.is_final();
    if final_differs {
        let (p, f) = if a.is_final() { (b, a) } else { (a, b) };
        out.push(Sentence {
            id: "diff-final",
            args: vec![("provisional", num(p.code)), ("final", num(f.code))],
        });
    }
    if a.class() != b.class() && !final_differs {
        out.push(ab(
            "diff-class",
            vec![("class-a", num(a.class())), ("class-b", num(b.class()))],
        ));
    }
    if a.problem != b.problem {
        out.push(ab(
            "diff-problem",
            vec![("problem-a", key(a.problem)), ("problem-b", key(b.problem))],
        ));
    }
    let known = |r: Reached| !matches!(r, Reached::Varies | Reached::NotApplicable);
    if a.reached != b.reached && known(a.reached) && known(b.reached) {
        out.push(ab(
            "diff-reached",
            vec![("reached-a", key(a.reached)), ("reached-b", key(b.reached))],
        ));
    }
    if a.fixer != b.fixer && a.fixer != Fixer::None && b.fixer != Fixer::None {
        out.push(ab(
            "diff-fixer",
            vec![("fixer-a", key(a.fixer)), ("fixer-b", key(b.fixer))],
        ));
    }
    if a.forking != b.forking {
        out.push(ab(
            "diff-forking",
            vec![("forking-a", key(a.forking)), ("forking-b", key(b.forking))],
        ));
    }
    if let (Some(x), Some(y)) = (a.isup.to, b.isup.to)
        && x != y
    {
        out.push(ab(
            "diff-isup",
            vec![("cause-a", Arg::Cause(x)), ("cause-b", Arg::Cause(y))],
        ));
    }
    // A provisional response asks for no retry: Retry-After contrasts two final ones only.
    if a.retry_after != b.retry_after && !final_differs && a.is_final() {
        let (w, wo) = if a.retry_after { (a, b) } else { (b, a) };
        out.push(Sentence {
            id: "diff-retry-after",
            args: vec![("with", num(w.code)), ("without", num(wo.code))],
        });
    }
    // Retry-After has its own sentence: the header lists leave it out.
    let headers = |list: &[String]| -> Vec<String> {
        let mut h: Vec<String> = list
            .iter()
            .filter(|h| !h.eq_ignore_ascii_case("Retry-After"))
            .cloned()
            .collect();
        h.sort();
        h
    };
    for (id, la, lb) in [
        ("diff-carries", headers(&a.carries), headers(&b.carries)),
        ("diff-triggers", headers(&a.triggers), headers(&b.triggers)),
    ] {
        if la != lb {
            out.push(ab(
                id,
                vec![
                    ("count-a", num(la.len() as u32)),
                    ("headers-a", Arg::Literals(la)),
                    ("count-b", num(lb.len() as u32)),
                    ("headers-b", Arg::Literals(lb)),
                ],
            ));
        }
    }
    // The requests they answer tell them apart only when no request gets both.
    if let (Requests::Methods(x), Requests::Methods(y)) = (&a.requests, &b.requests)
        && x.iter().all(|m| !y.contains(m))
    {
        out.push(ab(
            "diff-requests",
            vec![
                ("requests-a", Arg::Requests(a.requests.clone())),
                ("requests-b", Arg::Requests(b.requests.clone())),
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
    out
}

/// The differences a hand-written note does not already state, judged on the reference
/// locale's text of the note: a difference is left out when the note names what it is about
/// (the headers or methods it lists, forking and branches, the class, Retry-After, ISUP
/// causes, provisional and final, deprecation). What a note says in other words is not
/// caught; the notes are written to lead with the decisive difference, and the list below
/// them is for the facts they leave out.
pub fn not_in_note(differences: Vec<Sentence>, note: &str) -> Vec<Sentence> {
    let lower = note.to_lowercase();
    let mentions = |words: &[&str]| words.iter().any(|w| lower.contains(&w.to_lowercase()));
    let listed = |s: &Sentence| -> Vec<String> {
        s.args
            .iter()
            .flat_map(|(_, arg)| match arg {
                Arg::Literals(l) => l.clone(),
                Arg::Requests(Requests::Methods(m)) => m.clone(),
                _ => Vec::new(),
            })
            .collect()
    };
    differences
        .into_iter()
        .filter(|s| match s.id {
            "diff-final" => !mentions(&["provisional", "final"]),
            "diff-class" => !mentions(&["1xx", "2xx", "3xx", "4xx", "5xx", "6xx", "class"]),
            "diff-forking" => !mentions(&["fork", "branch"]),
            "diff-isup" => !mentions(&["ISUP", "cause"]),
            "diff-retry-after" => !mentions(&["Retry-After"]),
            "diff-deprecated" => !mentions(&["deprecat"]),
            "diff-carries" | "diff-triggers" | "diff-requests" => {
                !listed(s).iter().any(|h| note.contains(&format!("`{h}`")))
            }
            _ => true,
        })
        .collect()
}

/// The sentence that stands for "the records do not tell them apart".
pub fn no_difference(a: &Code, b: &Code) -> Sentence {
    Sentence {
        id: "diff-none",
        args: vec![("a", num(a.code)), ("b", num(b.code))],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::catalog::{Fixer, Forking, Problem, test_code};

    fn ids(a: &Code, b: &Code) -> Vec<&'static str> {
        differences(a, b).iter().map(|s| s.id).collect()
    }

    #[test]
    fn the_most_decisive_difference_comes_first() {
        let mut a = test_code(486, "Busy Here", &[]);
        a.problem = Problem::Callee;
        a.reached = Reached::Reached;
        a.fixer = Fixer::Callee;
        a.isup.to = Some(17);
        let mut b = test_code(404, "Not Found", &[]);
        b.problem = Problem::Routing;
        b.reached = Reached::NotReached;
        b.fixer = Fixer::Caller;
        b.isup.to = Some(1);
        assert_eq!(
            ids(&a, &b),
            ["diff-problem", "diff-reached", "diff-fixer", "diff-isup"]
        );
        let mut c = test_code(180, "Ringing", &[]);
        c.problem = Problem::Callee;
        assert_eq!(ids(&c, &a)[0], "diff-final");
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
    fn identical_facts_give_no_difference() {
        let a = test_code(480, "Temporarily Unavailable", &[]);
        let b = test_code(486, "Busy Here", &[]);
        assert!(differences(&a, &b).is_empty());
    }

    #[test]
    fn retry_after_is_said_once_and_not_in_the_header_lists() {
        let mut a = test_code(486, "Busy Here", &[]);
        a.retry_after = true;
        a.carries = vec!["Retry-After".into()];
        let b = test_code(487, "Request Terminated", &[]);
        assert_eq!(ids(&a, &b), ["diff-retry-after"]);
    }

    #[test]
    fn unknown_reach_senders_and_shared_requests_are_not_differences() {
        let mut a = test_code(403, "Forbidden", &[]);
        a.reached = Reached::Varies;
        a.senders = vec![Sender::Uas, Sender::Proxy];
        a.forking = Forking::BestResponse;
        a.requests = Requests::Methods(vec!["INVITE".into(), "MESSAGE".into()]);
        let mut b = test_code(404, "Not Found", &[]);
        b.reached = Reached::NotApplicable;
        b.senders = vec![Sender::Registrar];
        b.requests = Requests::Methods(vec!["MESSAGE".into()]);
        assert!(differences(&a, &b).is_empty());
        b.requests = Requests::Methods(vec!["REGISTER".into()]);
        assert_eq!(ids(&a, &b), ["diff-requests"]);
    }

    #[test]
    fn what_follows_from_a_listed_fact_is_left_out() {
        let mut a = test_code(180, "Ringing", &[]);
        a.problem = Problem::None;
        a.fixer = Fixer::None;
        let b = test_code(486, "Busy Here", &[]);
        // Provisional vs final implies the class; "no problem" implies "nobody fixes it".
        assert_eq!(ids(&a, &b), ["diff-final", "diff-problem"]);
    }

    #[test]
    fn a_note_that_names_a_fact_takes_it_off_the_list() {
        let mut a = test_code(420, "Bad Extension", &[]);
        a.carries = vec!["Unsupported".into()];
        a.forking = Forking::Global;
        let b = test_code(421, "Extension Required", &[]);
        let all = differences(&a, &b);
        assert_eq!(all.len(), 2);
        let kept = not_in_note(all.clone(), "It lists the tag in `Unsupported`.");
        assert_eq!(
            kept.iter().map(|s| s.id).collect::<Vec<_>>(),
            ["diff-forking"]
        );
        let kept = not_in_note(all, "Other branches keep ringing.");
        assert_eq!(
            kept.iter().map(|s| s.id).collect::<Vec<_>>(),
            ["diff-carries"]
        );
    }
}
