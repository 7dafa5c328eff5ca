//! One record file of `content/`: TOML parsed strictly into a [`Code`], every problem
//! located in the file, and the checks that need every record (duplicates, references).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;

use super::{
    Code, Deprecation, EXAMPLE_GENERATED, Example, Fixer, Forking, Isup, MAX_EXAMPLE_LINE,
    MAX_EXAMPLE_LINES, MAX_REASON, METHODS, Next, Problem, Reached, Requests, Role, Sender, Step,
    slug,
};
use crate::error::{Diagnostic, Error, Result};

/// Most steps a call flow may have: a forked call ended by a 6xx takes eleven, since the
/// proxy cancels the other branch, acknowledges its 487 and only then forwards the 6xx
/// (RFC 3261 §16.7 steps 5 and 6).
const MAX_STEPS: usize = 12;

/// Parse TOML into `T`, turning syntax and schema errors into a located diagnostic.
pub fn parse_toml<T: DeserializeOwned>(file: &Path, text: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| {
        let message = e.message().trim().to_string();
        let hint = toml_hint(&message);
        let mut d = Diagnostic::error(file, message).hint(hint);
        if let Some(span) = e.span() {
            d = d.at_offset(text, span.start);
        }
        Error::one(d)
    })
}

fn toml_hint(message: &str) -> String {
    if message.starts_with("missing field") {
        "add the field; docs/CONTENT.md lists every field of a record".into()
    } else if message.starts_with("unknown field") {
        "remove or rename the field (fields are case-sensitive)".into()
    } else if message.starts_with("invalid type") {
        "docs/CONTENT.md gives each field's type".into()
    } else if message.starts_with("unknown variant") {
        "use one of the values listed above".into()
    } else if message.contains("duplicate key") {
        "a key may appear once per table: delete one of the two".into()
    } else if message.contains("recursion") {
        "arrays and tables nest a few levels at most; flatten the value".into()
    } else {
        // Everything else the parser reports is syntax.
        "check the TOML syntax at this place: `key = value`, strings in double quotes, arrays in [ ] (https://toml.io)".into()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    from: Role,
    to: Role,
    msg: Spanned<String>,
    #[serde(default)]
    detail: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord {
    code: Spanned<u16>,
    reason: Spanned<String>,
    rfc: u32,
    section: Spanned<String>,
    #[serde(default)]
    deprecated: Option<Deprecation>,
    senders: Spanned<Vec<Sender>>,
    requests: Spanned<Vec<Spanned<String>>>,
    carries: Vec<Spanned<String>>,
    triggers: Vec<Spanned<String>>,
    retry_after: bool,
    next: Next,
    fix: Spanned<String>,
    forking: Forking,
    problem: Problem,
    fixer: Fixer,
    reached: Reached,
    #[serde(default)]
    isup: Isup,
    confused_with: Spanned<Vec<Spanned<u16>>>,
    #[serde(default)]
    example_method: Option<Spanned<String>>,
    #[serde(default)]
    example_headers: Option<Spanned<Vec<Spanned<String>>>>,
    flow: Spanned<Vec<RawStep>>,
}

/// Where the values that cross-checks look at stand in the record's text.
#[derive(Debug)]
pub(super) struct Spans {
    text: String,
    code: usize,
    confused_with: Vec<(u16, usize)>,
    flow_codes: Vec<(u16, usize)>,
}

pub(super) fn parse_record(file: &Path, text: &str) -> Result<(Code, Spans)> {
    let raw: RawRecord = parse_toml(file, text)?;
    let mut problems = Vec::new();
    let at = |offset: usize, msg: String| Diagnostic::error(file, msg).at_offset(text, offset);

    let code = *raw.code.get_ref();
    if !(100..=699).contains(&code) {
        problems.push(
            at(
                raw.code.span().start,
                format!("code {code} is outside 100–699"),
            )
            .hint("SIP response codes are three digits, 1xx to 6xx (RFC 3261 §7.2)"),
        );
    }
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if stem != code.to_string() {
        problems.push(
            at(
                raw.code.span().start,
                format!("the file is named `{stem}.toml` but holds code {code}"),
            )
            .hint(format!("name the file `{code}.toml`")),
        );
    }
    let reason = raw.reason.get_ref().trim().to_string();
    if reason.is_empty() || reason.chars().any(char::is_control) {
        problems.push(
            at(
                raw.reason.span().start,
                "the reason phrase is empty or has control characters".into(),
            )
            .hint("copy the phrase exactly as the IANA registry lists it"),
        );
    }
    // The phrase names the pages' files: past this length a file system refuses the name of
    // a comparison page (two slugs). The longest registered phrase has 39 characters.
    if reason.len() > MAX_REASON {
        problems.push(
            at(
                raw.reason.span().start,
                format!(
                    "the reason phrase is {} bytes long; at most {MAX_REASON} are allowed",
                    reason.len()
                ),
            )
            .hint("copy the phrase exactly as the IANA registry lists it"),
        );
    }
    let section = raw.section.get_ref().clone();
    if section.is_empty()
        || !section
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
    {
        problems.push(
            at(
                raw.section.span().start,
                format!("`{section}` is not a section number"),
            )
            .hint("write it as in the RFC, e.g. \"21.4.18\""),
        );
    }
    if raw.senders.get_ref().is_empty() {
        problems.push(
            at(raw.senders.span().start, "no senders are listed".into())
                .hint("e.g. senders = [\"uas\"]"),
        );
    }
    let requests = {
        let list = raw.requests.get_ref();
        if list.len() == 1 && list[0].get_ref() == "*" {
            Requests::Any
        } else {
            if list.is_empty() {
                problems.push(
                    at(raw.requests.span().start, "no requests are listed".into())
                        .hint("use [\"*\"] for any request"),
                );
            }
            for m in list {
                if !METHODS.contains(&m.get_ref().as_str()) {
                    problems.push(
                        at(
                            m.span().start,
                            format!("`{}` is not a SIP method", m.get_ref()),
                        )
                        .hint(format!(
                            "use \"*\" alone, or methods among {}",
                            METHODS.join(" ")
                        )),
                    );
                }
            }
            Requests::Methods(list.iter().map(|m| m.get_ref().clone()).collect())
        }
    };
    for h in raw.carries.iter().chain(&raw.triggers) {
        let name = h.get_ref();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            problems.push(
                at(
                    h.span().start,
                    format!("`{name}` is not a header field name"),
                )
                .hint("write the header name only, e.g. \"Retry-After\""),
            );
        }
    }
    let fix = raw.fix.get_ref();
    if fix.is_empty()
        || !fix
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        problems.push(
            at(raw.fix.span().start, format!("`{fix}` is not a fix id"))
                .hint("lowercase words joined by `-`, e.g. \"drop-unsupported-option-tag\"; the locale's message is `fix-<id>`"),
        );
    }
    let has_retry_after = raw
        .carries
        .iter()
        .any(|h| h.get_ref().eq_ignore_ascii_case("Retry-After"));
    if has_retry_after && !raw.retry_after {
        problems.push(
            at(
                0,
                "`carries` lists Retry-After but `retry_after` is false".into(),
            )
            .hint("set retry_after = true, or remove Retry-After from carries"),
        );
    }
    for cause in raw.isup.to.iter().chain(&raw.isup.from) {
        if !(1..=127).contains(cause) {
            problems.push(
                at(0, format!("ISUP cause {cause} is outside 1–127"))
                    .hint("Q.850 cause values are 1 to 127"),
            );
        }
    }
    let steps = raw.flow.get_ref();
    if !(2..=MAX_STEPS).contains(&steps.len()) {
        problems.push(
            at(
                raw.flow.span().start,
                format!("the call flow has {} steps", steps.len()),
            )
            .hint(format!("give 2 to {MAX_STEPS} [[flow]] steps")),
        );
    }
    let mut flow_codes = Vec::new();
    let mut flow = Vec::new();
    for s in steps {
        let msg = s.msg.get_ref();
        let is_code = msg.len() == 3 && msg.bytes().all(|b| b.is_ascii_digit());
        if is_code {
            flow_codes.push((msg.parse().unwrap_or(0), s.msg.span().start));
        } else if !METHODS.contains(&msg.as_str()) {
            problems.push(
                at(
                    s.msg.span().start,
                    format!("`{msg}` is neither a SIP method nor a response code"),
                )
                .hint("write a method (\"INVITE\") or a three-digit code (\"180\")"),
            );
        }
        if s.from == s.to {
            problems.push(at(
                s.msg.span().start,
                "a step goes from a party to itself".into(),
            ));
        }
        // TOML escapes (`\e`, `\u0007`) can spell what the file itself may not hold.
        if let Some(d) = s.detail.as_ref().filter(|d| {
            d.get_ref()
                .chars()
                .any(crate::load::input::is_forbidden_control)
        }) {
            problems.push(
                at(
                    d.span().start,
                    "the detail holds a control character".into(),
                )
                .hint("write the header text as it appears on the wire, without escapes"),
            );
        }
        flow.push(Step {
            from: s.from,
            to: s.to,
            msg: msg.clone(),
            detail: s.detail.as_ref().map(|d| d.get_ref().clone()),
        });
    }
    problems.extend(
        unacknowledged(steps)
            .into_iter()
            .map(|(i, responder, requester)| {
                let msg = steps[i].msg.get_ref();
                at(
                    steps[i].msg.span().start,
                    format!("the {msg} to an INVITE is never acknowledged"),
                )
                .hint(format!(
                    "a non-2xx final response to INVITE is acknowledged hop by hop (RFC 3261 \
             §17.1.1.3): add a step from = \"{}\", to = \"{}\", msg = \"ACK\" after it",
                    key(requester),
                    key(responder)
                ))
            }),
    );
    let example = example(text, &raw, &requests, &mut |offset, msg, hint| {
        problems.push(at(offset, msg).hint(hint))
    });
    Error::check(problems)?;
    let spans = Spans {
        text: text.to_string(),
        code: raw.code.span().start,
        confused_with: raw
            .confused_with
            .get_ref()
            .iter()
            .map(|c| (*c.get_ref(), c.span().start))
            .collect(),
        flow_codes,
    };
    let code = Code {
        code,
        slug: slug(&reason),
        name: format!("{code}-{}", slug(&reason)),
        reason,
        rfc: raw.rfc,
        section,
        deprecated: raw.deprecated,
        senders: raw.senders.into_inner(),
        requests,
        carries: raw.carries.into_iter().map(|h| h.into_inner()).collect(),
        triggers: raw.triggers.into_iter().map(|h| h.into_inner()).collect(),
        retry_after: raw.retry_after,
        next: raw.next,
        fix: raw.fix.into_inner(),
        forking: raw.forking,
        problem: raw.problem,
        fixer: raw.fixer,
        reached: raw.reached,
        isup: raw.isup,
        confused_with: raw
            .confused_with
            .into_inner()
            .into_iter()
            .map(|c| c.into_inner())
            .collect(),
        flow,
        example,
        source: file.to_path_buf(),
    };
    Ok((code, spans))
}

/// The record's example: its method checked against `requests`, each header line checked
/// for the shape a trace shows (`problem` gets the offset, the message and the hint).
fn example(
    text: &str,
    raw: &RawRecord,
    requests: &Requests,
    problem: &mut dyn FnMut(usize, String, String),
) -> Example {
    let method = match (&raw.example_method, requests) {
        (Some(m), _) => {
            let name = m.get_ref();
            let allowed = match requests {
                Requests::Any => METHODS.contains(&name.as_str()),
                Requests::Methods(list) => list.contains(name),
            };
            if !allowed || name == "ACK" {
                problem(
                    m.span().start,
                    format!("the example answers `{name}`, which this code does not answer"),
                    "name one of the methods in `requests` (ACK has no response)".into(),
                );
            }
            name.clone()
        }
        (None, Requests::Methods(list)) => list.first().cloned().unwrap_or_default(),
        (None, Requests::Any) => "INVITE".into(),
    };
    let lines = raw
        .example_headers
        .as_ref()
        .map_or(&[][..], |l| l.get_ref());
    if lines.len() > MAX_EXAMPLE_LINES {
        let start = raw.example_headers.as_ref().map_or(0, |l| l.span().start);
        problem(
            start,
            format!("the example has {} header lines", lines.len()),
            format!("keep to the headers that matter with the code, at most {MAX_EXAMPLE_LINES}"),
        );
    }
    for line in lines {
        if let Some((at, msg, hint)) = header_line_problem(line.get_ref()) {
            problem(inside(text, line, at), msg, hint);
        }
    }
    Example {
        method,
        headers: lines.iter().map(|l| l.get_ref().clone()).collect(),
    }
}

/// Where byte `at` of the string `line` stands in the file: inside the string when its
/// text is there as written (no escapes before it), else at its opening quote.
fn inside(text: &str, line: &Spanned<String>, at: usize) -> usize {
    let start = line.span().start;
    let value = line.get_ref();
    let written = text.get(start + 1..start + 1 + at);
    if written.is_some() && written == value.get(..at) {
        start + 1 + at
    } else {
        start
    }
}

/// Why `line` is not a header line of an example (`Name: value`), with the byte index in
/// it that is wrong, or `None` when it is one.
pub(super) fn header_line_problem(line: &str) -> Option<(usize, String, String)> {
    let shape = "write one header as on the wire: `Name: value`, e.g. \"Retry-After: 300\"";
    if let Some(i) = line.find(|c: char| c.is_control()) {
        return Some((
            i,
            "the example line holds a control character".into(),
            "one header per line; fold nothing, escape nothing".into(),
        ));
    }
    if line.len() > MAX_EXAMPLE_LINE {
        return Some((
            MAX_EXAMPLE_LINE,
            format!(
                "the example line is {} bytes long; at most {MAX_EXAMPLE_LINE} are allowed",
                line.len()
            ),
            "shorten the value: an example shows a realistic value, not every parameter".into(),
        ));
    }
    let Some(colon) = line.find(':') else {
        return Some((0, "the example line has no `:`".into(), shape.into()));
    };
    let name = &line[..colon];
    // RFC 3261 §25.1: a header name is a `token`.
    let is_token = |c: char| c.is_ascii_alphanumeric() || "-.!%*_+`'~".contains(c);
    if let Some(i) = name
        .find(|c: char| !is_token(c))
        .or(name.is_empty().then_some(0))
    {
        return Some((
            i,
            format!("`{name}` is not a header field name"),
            shape.into(),
        ));
    }
    if EXAMPLE_GENERATED.contains(&name.to_ascii_lowercase().as_str()) {
        return Some((
            0,
            format!("`{name}` is written by sipvs for every example"),
            "remove the line: Via, From, To, Call-ID, CSeq and Content-Length come from one fixed dialog, and an example has no body (so no Content-Type)".into(),
        ));
    }
    let rest = &line[colon + 1..];
    let value = rest.strip_prefix(' ').unwrap_or("");
    if value.is_empty() || value.starts_with(' ') || value.ends_with(' ') {
        return Some((
            colon + 1,
            format!("the value of `{name}` is not `: value`"),
            shape.into(),
        ));
    }
    None
}

/// Checks that need every record: duplicates and references to other codes.
pub(super) fn cross_check(parsed: &[(Code, Spans)], unparsed: &[u16]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut first: BTreeMap<u16, &Code> = BTreeMap::new();
    for (code, spans) in parsed {
        if let Some(other) = first.get(&code.code) {
            problems.push(
                Diagnostic::error(&code.source, format!("code {} is defined twice", code.code))
                    .at_offset(&spans.text, spans.code)
                    .hint(format!(
                        "it is already defined in {}; keep one record",
                        other.source.display()
                    )),
            );
        } else {
            first.insert(code.code, code);
        }
    }
    for (code, spans) in parsed {
        let mut seen = Vec::new();
        for &(other, offset) in &spans.confused_with {
            let problem = if other == code.code {
                Some(format!("code {other} lists itself in confused_with"))
            } else if !first.contains_key(&other) && !unparsed.contains(&other) {
                Some(format!(
                    "confused_with names code {other}, which has no record"
                ))
            } else if seen.contains(&other) {
                Some(format!("confused_with names code {other} twice"))
            } else {
                None
            };
            if let Some(msg) = problem {
                problems.push(
                    Diagnostic::error(&code.source, msg)
                        .at_offset(&spans.text, offset)
                        .hint("name codes that have a record in content/"),
                );
            }
            seen.push(other);
        }
        for &(other, offset) in &spans.flow_codes {
            if !first.contains_key(&other) && !unparsed.contains(&other) {
                problems.push(
                    Diagnostic::error(
                        &code.source,
                        format!("the call flow uses code {other}, which has no record"),
                    )
                    .at_offset(&spans.text, offset)
                    .hint("use a registered response code"),
                );
            }
        }
    }
    problems
}

/// A role as records spell it (`ua-a`).
fn key(r: Role) -> String {
    serde_json::to_value(r)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The non-2xx final responses to an `INVITE` that no later `ACK` goes back for, as (step,
/// its sender, its receiver). A final response answers the latest request still open between
/// the two parties (so a 487 after the 200 to a `CANCEL` answers the `INVITE`); a response
/// to a request the flow does not show is not checked.
fn unacknowledged(steps: &[RawStep]) -> Vec<(usize, Role, Role)> {
    let mut open: Vec<(Role, Role, &str)> = Vec::new();
    let mut owed: Vec<(usize, Role, Role)> = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        let msg = s.msg.get_ref().as_str();
        match msg.parse::<u16>() {
            Ok(code) if code >= 200 => {
                let Some(k) = open.iter().rposition(|&(f, t, _)| f == s.to && t == s.from) else {
                    continue;
                };
                let (_, _, method) = open.remove(k);
                if method == "INVITE" && code >= 300 {
                    owed.push((i, s.from, s.to));
                }
            }
            Ok(_) => {}
            Err(_) if msg == "ACK" => {
                if let Some(k) = owed
                    .iter()
                    .position(|&(_, from, to)| from == s.to && to == s.from)
                {
                    owed.remove(k);
                }
            }
            Err(_) => open.push((s.from, s.to, msg)),
        }
    }
    owed
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
code = 487
reason = "Request Terminated"
rfc = 3261
section = "21.4.25"
senders = ["uas"]
requests = ["INVITE"]
carries = []
triggers = []
retry_after = false
next = "none"
fix = "none-request-cancelled"
forking = "best-response"
problem = "none"
fixer = "none"
reached = "varies"
confused_with = []
flow = [
  { from = "uac", to = "uas", msg = "INVITE" },
  { from = "uas", to = "uac", msg = "487" },
  { from = "uac", to = "uas", msg = "ACK" },
]
"#;

    fn flow(steps: &[(&str, &str, &str)]) -> String {
        let steps: Vec<String> = steps
            .iter()
            .map(|(f, t, m)| format!(r#"  {{ from = "{f}", to = "{t}", msg = "{m}" }},"#))
            .collect();
        let head = &GOOD[..GOOD.find("flow = [").unwrap()];
        format!("{head}flow = [\n{}\n]\n", steps.join("\n"))
    }

    #[test]
    fn a_non_2xx_to_an_invite_must_be_acknowledged_hop_by_hop() {
        let file = Path::new("content/sip/487.toml");
        let missing = flow(&[
            ("uac", "proxy", "INVITE"),
            ("proxy", "uas", "INVITE"),
            ("uas", "proxy", "487"),
            ("proxy", "uac", "487"),
            ("uac", "proxy", "ACK"),
        ]);
        let e = parse_record(file, &missing).unwrap_err();
        assert_eq!(e.diagnostics.len(), 1, "{e:?}");
        let d = &e.diagnostics[0];
        assert!(
            d.message.contains("487 to an INVITE is never acknowledged"),
            "{d}"
        );
        assert!(
            d.hint
                .as_deref()
                .unwrap()
                .contains(r#"from = "proxy", to = "uas""#),
            "{d}"
        );
        assert_eq!(d.line, Some(21), "the third step: {d}");

        // A forked branch cancelled: the 200 answers the CANCEL, the 487 the INVITE, and
        // both 487 and 600 are acknowledged by the element they came to.
        let forked = flow(&[
            ("uac", "proxy", "INVITE"),
            ("proxy", "uas", "INVITE"),
            ("proxy", "uas2", "INVITE"),
            ("uas2", "proxy", "100"),
            ("uas", "proxy", "487"),
            ("proxy", "uas", "ACK"),
            ("proxy", "uas2", "CANCEL"),
            ("uas2", "proxy", "200"),
            ("uas2", "proxy", "487"),
            ("proxy", "uas2", "ACK"),
            ("proxy", "uac", "487"),
            ("uac", "proxy", "ACK"),
        ]);
        parse_record(file, &forked).unwrap();
        let unanswered_cancel =
            forked.replace(r#"{ from = "proxy", to = "uas2", msg = "ACK" },"#, "");
        assert!(parse_record(file, &unanswered_cancel).is_err());

        // A 405 to a REFER inside the call needs no ACK; a 2xx to the INVITE is not checked.
        let refer = flow(&[
            ("uac", "uas", "INVITE"),
            ("uas", "uac", "200"),
            ("uac", "uas", "REFER"),
            ("uas", "uac", "487"),
        ]);
        parse_record(file, &refer).unwrap();
    }

    #[test]
    fn a_good_record_parses() {
        let (c, _) = parse_record(Path::new("content/sip/487.toml"), GOOD).unwrap();
        assert_eq!(c.class(), 4);
        assert!(c.is_final());
        assert_eq!(c.url_name(), "487-request-terminated");
        assert_eq!(c.requests, Requests::Methods(vec!["INVITE".into()]));
    }

    #[test]
    fn wrong_file_name_points_at_the_code() {
        let e = parse_record(Path::new("content/sip/486.toml"), GOOD).unwrap_err();
        let d = &e.diagnostics[0];
        assert!(d.message.contains("named `486.toml`"), "{d}");
        assert_eq!((d.line, d.column), (Some(2), Some(8)));
    }

    #[test]
    fn unknown_method_is_located() {
        let text = GOOD.replace("[\"INVITE\"]", "[\"INVITE\", \"FOO\"]");
        let e = parse_record(Path::new("content/sip/487.toml"), &text).unwrap_err();
        assert!(
            e.diagnostics[0]
                .message
                .contains("`FOO` is not a SIP method")
        );
        assert_eq!(e.diagnostics[0].line, Some(7));
    }

    fn with_example(lines: &str) -> String {
        GOOD.replace(
            "confused_with = []",
            &format!("confused_with = []\n{lines}"),
        )
    }

    #[test]
    fn an_example_defaults_to_the_first_method_and_keeps_its_lines() {
        let text = with_example("example_headers = [\"Reason: SIP;cause=487\"]");
        let (c, _) = parse_record(Path::new("content/sip/487.toml"), &text).unwrap();
        assert_eq!(c.example.method, "INVITE");
        assert_eq!(c.example.headers, ["Reason: SIP;cause=487"]);
        let (c, _) = parse_record(Path::new("content/sip/487.toml"), GOOD).unwrap();
        assert!(c.example.headers.is_empty());
    }

    #[test]
    fn a_bad_example_line_is_located_inside_the_string() {
        // Line 18 of the record; the string opens at column 20, its text at 21.
        for (line, column, message) in [
            ("Retry After: 300", 26, "not a header field name"),
            ("Retry-After 300", 21, "has no `:`"),
            ("Retry-After:300", 33, "is not `: value`"),
            ("Retry-After: ", 33, "is not `: value`"),
            ("CSeq: 1 INVITE", 21, "written by sipvs"),
            ("l: 0", 21, "written by sipvs"),
        ] {
            let text = with_example(&format!("example_headers = [\"{line}\"]"));
            let e = parse_record(Path::new("content/sip/487.toml"), &text).unwrap_err();
            let d = &e.diagnostics[0];
            assert!(d.message.contains(message), "{line}: {d}");
            assert_eq!((d.line, d.column), (Some(18), Some(column)), "{line}: {d}");
        }
    }

    #[test]
    fn an_escaped_control_character_or_a_long_line_is_refused() {
        let text = with_example("example_headers = [\"Reason: SIP\\u0007\"]");
        let e = parse_record(Path::new("content/sip/487.toml"), &text).unwrap_err();
        assert!(e.diagnostics[0].message.contains("control character"));
        // The caret is at the escape that spells it.
        assert_eq!(e.diagnostics[0].column, Some(32));
        let text = with_example("example_headers = [\"Re\\u0061son: SIP\\u0007\"]");
        let e = parse_record(Path::new("content/sip/487.toml"), &text).unwrap_err();
        // An escape before it: the text is no longer as written, so the opening quote.
        assert_eq!(e.diagnostics[0].column, Some(20));
        let long = format!("Reason: {}", "x".repeat(MAX_EXAMPLE_LINE));
        let text = with_example(&format!("example_headers = [\"{long}\"]"));
        let e = parse_record(Path::new("content/sip/487.toml"), &text).unwrap_err();
        assert!(e.diagnostics[0].message.contains("bytes long"));
    }

    #[test]
    fn the_example_method_must_be_one_the_code_answers() {
        let text = with_example("example_method = \"REGISTER\"");
        let e = parse_record(Path::new("content/sip/487.toml"), &text).unwrap_err();
        let d = &e.diagnostics[0];
        assert!(d.message.contains("`REGISTER`"), "{d}");
        assert_eq!((d.line, d.column), (Some(18), Some(18)));
        let any = with_example("example_method = \"ACK\"").replace("[\"INVITE\"]", "[\"*\"]");
        assert!(parse_record(Path::new("content/sip/487.toml"), &any).is_err());
        let any = with_example("example_method = \"OPTIONS\"").replace("[\"INVITE\"]", "[\"*\"]");
        let (c, _) = parse_record(Path::new("content/sip/487.toml"), &any).unwrap();
        assert_eq!(c.example.method, "OPTIONS");
    }
}
