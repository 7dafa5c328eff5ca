//! The catalog of SIP response codes: one TOML record per code under `content/`, parsed
//! strictly and checked against each other (file names, duplicates, cross references).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Diagnostic, Error, Result};

/// SIP request methods a record may name (RFC 3261 and the extensions that added methods).
pub const METHODS: &[&str] = &[
    "ACK",
    "BYE",
    "CANCEL",
    "INFO",
    "INVITE",
    "MESSAGE",
    "NOTIFY",
    "OPTIONS",
    "PRACK",
    "PUBLISH",
    "REFER",
    "REGISTER",
    "SUBSCRIBE",
    "UPDATE",
];

/// Who sends a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sender {
    /// A user agent server (the callee, a notifier, a presence server…).
    Uas,
    /// A proxy server.
    Proxy,
    /// A registrar.
    Registrar,
    /// A redirect server.
    Redirect,
    /// A gateway to another network (PSTN, another SIP domain).
    Gateway,
}

/// What the client does after receiving the response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Next {
    /// Provisional: keep waiting for the final response.
    Wait,
    /// The request succeeded.
    Done,
    /// Retry at the address in `Contact`.
    Redirect,
    /// Retry with credentials for the challenge.
    Authenticate,
    /// Change the request as the response says, then retry.
    Modify,
    /// Send the same request again later.
    RetryLater,
    /// Try another server or route.
    RetryElsewhere,
    /// Do not retry this request to this target.
    GiveUp,
    /// The request ended as intended; nothing to do.
    None,
}

/// How a forking proxy treats the response (RFC 3261 §16.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Forking {
    /// Not forwarded (100 Trying is hop-by-hop).
    HopByHop,
    /// Forwarded upstream at once.
    Forwarded,
    /// Forwarded at once; the proxy cancels the other pending branches.
    CancelsOthers,
    /// Kept as a candidate; the proxy may recurse on its Contacts.
    Redirect,
    /// Kept until all branches end; the best final response is forwarded.
    BestResponse,
    /// Challenges from all branches are merged into one response.
    MergedChallenge,
    /// A proxy should not forward it upstream; it answers 500 instead.
    NotForwarded,
    /// Ends the search: pending branches are cancelled and the response is forwarded.
    Global,
}

/// Where the problem a response reports lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Problem {
    /// No problem: progress or success.
    None,
    /// The caller's request itself: its syntax, body, headers or extensions.
    Request,
    /// Credentials or authentication.
    Auth,
    /// A policy of the server or its operator.
    Policy,
    /// The callee's state or choice.
    Callee,
    /// The address or the route to the target.
    Routing,
    /// The session description.
    Media,
    /// The answering server itself.
    Server,
    /// Beyond the answering server: a server or path it depends on.
    Network,
}

/// Who can make the request succeed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fixer {
    /// Nobody: nothing is wrong.
    None,
    /// The caller's user agent, automatically, by changing and resending the request.
    Client,
    /// The caller: the user or the configuration of the calling side.
    Caller,
    /// Only the callee.
    Callee,
    /// The operator of the element that answered, or of the network behind it.
    Operator,
}

/// Whether the callee's device was reached when the response was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reached {
    /// It was alerted (it rang).
    Alerted,
    /// It answered the request but did not ring.
    Reached,
    /// It was never reached.
    NotReached,
    /// The response never answers a call being set up (a registration, a subscription, a
    /// request inside a dialog), so there is no callee's device to reach.
    NotApplicable,
    /// Either, depending on which element sent the response.
    Varies,
}

/// The ISUP (Q.850) causes RFC 3398 maps to and from a code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Isup {
    /// The cause a gateway sends to the PSTN when it receives this code (RFC 3398 §8.2.6.1).
    #[serde(default)]
    pub to: Option<u16>,
    /// The causes from the PSTN that a gateway turns into this code (RFC 3398 §7.2.4.1).
    #[serde(default)]
    pub from: Vec<u16>,
}

/// A party in a call-flow diagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The client that sent the request.
    Uac,
    /// A proxy.
    Proxy,
    /// A second proxy.
    Proxy2,
    /// The user agent server.
    Uas,
    /// A second user agent server (a forked branch).
    Uas2,
    /// A registrar.
    Registrar,
    /// A redirect server.
    Redirect,
}

impl Role {
    /// Left-to-right order of the lanes in a diagram.
    pub fn lane_order(self) -> u8 {
        match self {
            Role::Uac => 0,
            Role::Proxy => 1,
            Role::Proxy2 => 2,
            Role::Registrar => 3,
            Role::Redirect => 4,
            Role::Uas => 5,
            Role::Uas2 => 6,
        }
    }
}

/// The RFC and section that deprecated a code.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deprecation {
    /// RFC number.
    pub rfc: u32,
    /// Section of that RFC.
    pub section: String,
}

/// One message in a call flow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// Sender lane.
    pub from: Role,
    /// Receiver lane.
    pub to: Role,
    /// A method name or a response code, literally.
    pub msg: String,
    /// Optional header line shown under the arrow, literally.
    pub detail: Option<String>,
}

/// The requests a response answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Requests {
    /// Any request.
    Any,
    /// Only these methods.
    Methods(Vec<String>),
}

/// The language-neutral facts of one SIP response code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Code {
    /// The numeric code, 100–699.
    pub code: u16,
    /// The reason phrase as registered.
    pub reason: String,
    /// URL slug of the reason phrase.
    pub slug: String,
    /// The code and its slug, `302-moved-temporarily`, as used in URLs.
    pub name: String,
    /// Defining RFC number.
    pub rfc: u32,
    /// Section of the defining RFC.
    pub section: String,
    /// Set when the code is deprecated.
    pub deprecated: Option<Deprecation>,
    /// Who typically sends it.
    pub senders: Vec<Sender>,
    /// The requests it answers.
    pub requests: Requests,
    /// Header fields the response itself carries.
    pub carries: Vec<String>,
    /// Request header fields whose content provokes it.
    pub triggers: Vec<String>,
    /// Whether a `Retry-After` may accompany it (RFC 3261 §20.33 and later RFCs).
    pub retry_after: bool,
    /// What the client does next, broadly.
    pub next: Next,
    /// What exactly fixes it: an id shared only by codes whose fix is the same, phrased by
    /// the message `fix-<id>`.
    pub fix: String,
    /// How a forking proxy treats it.
    pub forking: Forking,
    /// Where the problem lies.
    pub problem: Problem,
    /// Who can fix it.
    pub fixer: Fixer,
    /// Whether the callee's device was reached.
    pub reached: Reached,
    /// PSTN interworking (RFC 3398).
    pub isup: Isup,
    /// Codes it is most often confused with, most confused first.
    pub confused_with: Vec<u16>,
    /// A short call flow around the response.
    pub flow: Vec<Step>,
    /// The record's file, relative to the project root.
    pub source: PathBuf,
}

impl Code {
    /// The class digit: 1 for 1xx … 6 for 6xx.
    pub fn class(&self) -> u8 {
        (self.code / 100) as u8
    }

    /// Final (2xx–6xx) rather than provisional (1xx).
    pub fn is_final(&self) -> bool {
        self.code >= 200
    }

    /// `302-moved-temporarily`: the code and its slug, as used in URLs.
    pub fn url_name(&self) -> &str {
        &self.name
    }
}

/// Every code, sorted by number.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    codes: Vec<Code>,
    index: BTreeMap<u16, usize>,
}

impl Catalog {
    /// Build a catalog from already-validated codes (sorted and indexed here).
    pub fn from_codes(mut codes: Vec<Code>) -> Catalog {
        codes.sort_by_key(|c| c.code);
        let index = codes.iter().enumerate().map(|(i, c)| (c.code, i)).collect();
        Catalog { codes, index }
    }

    /// All codes, ascending.
    pub fn codes(&self) -> &[Code] {
        &self.codes
    }

    /// One code by number.
    pub fn get(&self, code: u16) -> Option<&Code> {
        self.index.get(&code).map(|&i| &self.codes[i])
    }

    /// Position of a code in [`Catalog::codes`].
    pub fn position(&self, code: u16) -> Option<usize> {
        self.index.get(&code).copied()
    }

    /// Load every `*.toml` record below `dir` (reported relative to `root`).
    pub fn load(root: &Path, dir: &Path) -> Result<Catalog> {
        if !dir.is_dir() {
            return Err(Error::one(
                Diagnostic::error(rel(root, dir), "the content folder is missing")
                    .hint("create it with one TOML record per code, e.g. content/sip/302.toml"),
            ));
        }
        let mut problems = Vec::new();
        let mut parsed: Vec<(Code, Spans)> = Vec::new();
        let mut unparsed: Vec<u16> = Vec::new();
        let (files, unreadable) =
            crate::input::read_all(root, dir, "toml", crate::input::limit::RECORD);
        problems.extend(unreadable);
        for file in files {
            let (path, shown, text) = (&file.path, &file.shown, &file.text);
            match parse_record(shown, text) {
                Ok(rec) => parsed.push(rec),
                Err(e) => {
                    problems.extend(e.diagnostics);
                    // References to a record that failed to parse are not errors of their own.
                    if let Some(n) = path
                        .file_stem()
                        .and_then(|s| s.to_str())
                        .and_then(|s| s.parse().ok())
                    {
                        unparsed.push(n);
                    }
                }
            }
        }
        if parsed.is_empty() && problems.is_empty() {
            problems.push(
                Diagnostic::error(rel(root, dir), "no records found")
                    .hint("add one TOML record per code, e.g. content/sip/302.toml"),
            );
        }
        problems.extend(cross_check(&parsed, &unparsed));
        Error::check(problems)?;
        Ok(Catalog::from_codes(
            parsed.into_iter().map(|(c, _)| c).collect(),
        ))
    }
}

pub use crate::input::rel;

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
    flow: Spanned<Vec<RawStep>>,
}

/// Where the values that cross-checks look at stand in the record's text.
#[derive(Debug)]
struct Spans {
    text: String,
    code: usize,
    confused_with: Vec<(u16, usize)>,
    flow_codes: Vec<(u16, usize)>,
}

fn parse_record(file: &Path, text: &str) -> Result<(Code, Spans)> {
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
    if !(2..=8).contains(&steps.len()) {
        problems.push(
            at(
                raw.flow.span().start,
                format!("the call flow has {} steps", steps.len()),
            )
            .hint("give 2 to 8 [[flow]] steps"),
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
        if let Some(d) = s
            .detail
            .as_ref()
            .filter(|d| d.get_ref().chars().any(crate::input::is_forbidden_control))
        {
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
        source: file.to_path_buf(),
    };
    Ok((code, spans))
}

/// Checks that need every record: duplicates and references to other codes.
fn cross_check(parsed: &[(Code, Spans)], unparsed: &[u16]) -> Vec<Diagnostic> {
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

/// Longest reason phrase a record may have, in bytes.
pub const MAX_REASON: usize = 80;

/// The reason phrase lowercased, every run of other characters turned into one `-`.
pub fn slug(reason: &str) -> String {
    let mut out = String::with_capacity(reason.len());
    for c in reason.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A minimal valid code for unit tests elsewhere in the crate.
#[cfg(test)]
pub fn test_code(code: u16, reason: &str, confused: &[u16]) -> Code {
    Code {
        code,
        reason: reason.into(),
        slug: slug(reason),
        name: format!("{code}-{}", slug(reason)),
        rfc: 3261,
        section: "21".into(),
        deprecated: None,
        senders: vec![Sender::Uas],
        requests: Requests::Any,
        carries: vec![],
        triggers: vec![],
        retry_after: false,
        next: Next::GiveUp,
        fix: "give-up".into(),
        forking: Forking::BestResponse,
        problem: Problem::Request,
        fixer: Fixer::Client,
        reached: Reached::NotReached,
        isup: Isup::default(),
        confused_with: confused.to_vec(),
        flow: vec![],
        source: PathBuf::from(format!("content/sip/{code}.toml")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_reason_phrase() {
        assert_eq!(
            slug("Call/Transaction Does Not Exist"),
            "call-transaction-does-not-exist"
        );
        assert_eq!(slug("Request-URI Too Long"), "request-uri-too-long");
        assert_eq!(slug("  Server Time-out "), "server-time-out");
        assert_eq!(slug("OK"), "ok");
    }

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
]
"#;

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
}
