//! The catalog of SIP response codes: one TOML record per code under `content/`, parsed
//! strictly and checked against each other (file names, duplicates, cross references).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error, Result};

mod record;

pub use record::parse_toml;
use record::{Spans, cross_check, parse_record};

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

/// A party in a call-flow diagram, named by the part it plays in that flow: `uac`/`uas` are
/// caller and callee of an `INVITE`; the others name roles the RFCs give other methods, so
/// that a subscription or a glare is not drawn as a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The caller: the client of an `INVITE`.
    Uac,
    /// A proxy.
    Proxy,
    /// A second proxy.
    Proxy2,
    /// The callee: the server of an `INVITE`.
    Uas,
    /// A second callee (a forked branch).
    Uas2,
    /// A registrar.
    Registrar,
    /// A redirect server.
    Redirect,
    /// A user agent as the client of a request that is not a call (`REGISTER`, `OPTIONS`).
    Ua,
    /// The sender of `SUBSCRIBE` (RFC 6665).
    Subscriber,
    /// The sender of `NOTIFY` (RFC 6665).
    Notifier,
    /// The sender of `PUBLISH` (RFC 3903).
    Publisher,
    /// The event state compositor that receives `PUBLISH` (RFC 3903).
    Esc,
    /// The sender of a `MESSAGE` (RFC 3428).
    Sender,
    /// The recipient of a `MESSAGE`.
    Recipient,
    /// One of two user agents in a dialog, neither of them the caller as such (glare).
    UaA,
    /// The other user agent in that dialog.
    UaB,
    /// The sender of `REFER` (RFC 3515, RFC 3892).
    Referrer,
    /// The recipient of `REFER`, who then calls the refer target.
    Referee,
    /// The party the referee is asked to call.
    ReferTarget,
}

impl Role {
    /// Every role, in declaration order.
    pub const ALL: [Role; 19] = [
        Role::Uac,
        Role::Proxy,
        Role::Proxy2,
        Role::Uas,
        Role::Uas2,
        Role::Registrar,
        Role::Redirect,
        Role::Ua,
        Role::Subscriber,
        Role::Notifier,
        Role::Publisher,
        Role::Esc,
        Role::Sender,
        Role::Recipient,
        Role::UaA,
        Role::UaB,
        Role::Referrer,
        Role::Referee,
        Role::ReferTarget,
    ];

    /// Left-to-right order of the lanes in a diagram: the party that starts the exchange on
    /// the left, intermediaries in the middle, the parties it reaches on the right.
    pub fn lane_order(self) -> u8 {
        match self {
            Role::Uac
            | Role::Ua
            | Role::Subscriber
            | Role::Publisher
            | Role::Sender
            | Role::UaA
            | Role::Referrer => 0,
            Role::Proxy => 1,
            Role::Proxy2 => 2,
            Role::Registrar => 3,
            Role::Redirect => 4,
            Role::Uas
            | Role::Notifier
            | Role::Esc
            | Role::Recipient
            | Role::UaB
            | Role::Referee => 5,
            Role::Uas2 | Role::ReferTarget => 6,
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

/// What a code's example response shows beyond the headers every response has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Example {
    /// The request the example answers: the record's `example_method`, else its first
    /// method, else `INVITE` for a code that answers any request.
    pub method: String,
    /// Header lines as they appear on the wire, `Name: value`, in order.
    pub headers: Vec<String>,
}

/// Longest header line an example may have, in bytes: a trace line an engineer reads on a
/// page, not a payload.
pub const MAX_EXAMPLE_LINE: usize = 160;

/// Most header lines an example may add.
pub const MAX_EXAMPLE_LINES: usize = 10;

/// Header fields every example gets from the fixed dialog it is drawn from, by full and
/// compact name (RFC 3261 §7.3.3); a record may not add them again. `Content-Type` is here
/// because an example has no body.
pub const EXAMPLE_GENERATED: &[&str] = &[
    "via",
    "v",
    "from",
    "f",
    "to",
    "t",
    "call-id",
    "i",
    "cseq",
    "content-length",
    "l",
    "content-type",
    "c",
];

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
    /// What its example response shows (see `render::example`).
    pub example: Example,
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
            crate::load::input::read_all(root, dir, "toml", crate::load::input::limit::RECORD);
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

pub use crate::load::input::rel;

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
        example: Example {
            method: "INVITE".into(),
            headers: vec![],
        },
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
}
