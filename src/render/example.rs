//! A code's example response as a trace shows it: the status line, the headers of one
//! fixed, made-up exchange, the record's own headers, `Content-Length: 0`.
//!
//! The exchange is RFC 3261 §4's: Alice (`atlanta.example.com`) calls Bob
//! (`biloxi.example.com`), with §24's tags and branches, names under the reserved
//! `example.com` (RFC 2606) and addresses in 192.0.2.0/24 (RFC 5737). Who sends the request
//! and which tags it already has depend on the method, so those are derived here from it;
//! a response is shown as the client that sent the request receives it, with only its own
//! `Via` left. The text is language-neutral: a trace is the same in every locale.

use crate::load::catalog::Code;

/// Who the request goes from and to, and what it already carries.
struct Exchange {
    via: &'static str,
    from: &'static str,
    to: &'static str,
    /// The tag the responder puts on `To`, or the one the request's `To` already has.
    to_tag: &'static str,
    call_id: &'static str,
    cseq: u32,
    /// Sent inside an existing dialog, so its `To` already has a tag.
    in_dialog: bool,
}

const ALICE: &str = "Alice <sip:alice@atlanta.example.com>";
const BOB: &str = "Bob <sip:bob@biloxi.example.com>";
const ALICE_VIA: &str =
    "SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds;received=192.0.2.101";
const BOB_VIA: &str =
    "SIP/2.0/UDP bobspc.biloxi.example.com:5060;branch=z9hG4bKnashds7;received=192.0.2.201";
const ALICE_CALL: &str = "a84b4c76e66710@pc33.atlanta.example.com";

fn exchange(method: &str) -> Exchange {
    let alice = |cseq, in_dialog| Exchange {
        via: ALICE_VIA,
        from: "Alice <sip:alice@atlanta.example.com>;tag=1928301774",
        to: BOB,
        to_tag: "a6c85cf",
        call_id: ALICE_CALL,
        cseq,
        in_dialog,
    };
    match method {
        // Bob registers his own address of record (RFC 3261 §10.2's example).
        "REGISTER" => Exchange {
            via: BOB_VIA,
            from: "Bob <sip:bob@biloxi.example.com>;tag=456248",
            to: BOB,
            to_tag: "2493k59kd",
            call_id: "843817637684230@998sdasdh09",
            cseq: 1826,
            in_dialog: false,
        },
        // Alice publishes her own state: From and To are her address (RFC 3903 §4.1).
        "PUBLISH" => Exchange {
            to: ALICE,
            ..alice(314159, false)
        },
        // The notifier, Bob, sends it in the dialog Alice's SUBSCRIBE created (RFC 6665).
        "NOTIFY" => Exchange {
            via: BOB_VIA,
            from: "Bob <sip:bob@biloxi.example.com>;tag=a6c85cf",
            to: ALICE,
            to_tag: "1928301774",
            call_id: ALICE_CALL,
            cseq: 1,
            in_dialog: true,
        },
        // CANCEL repeats the INVITE's CSeq number (RFC 3261 §9.1).
        "INVITE" | "CANCEL" => alice(314159, false),
        "BYE" | "UPDATE" | "PRACK" | "INFO" | "REFER" => alice(314160, true),
        _ => alice(314159, false),
    }
}

/// The example response of `code`, one line per element: the status line, then each
/// header line, `Content-Length: 0` last.
pub fn message(code: &Code) -> Vec<String> {
    let method = code.example.method.as_str();
    let x = exchange(method);
    // RFC 3261 §8.2.6.2: every response but a 100 Trying gets a To tag from its sender; a
    // request inside a dialog has one already.
    let to = if code.code != 100 || x.in_dialog {
        format!("{};tag={}", x.to, x.to_tag)
    } else {
        x.to.to_string()
    };
    let mut lines = vec![
        format!("SIP/2.0 {} {}", code.code, code.reason),
        format!("Via: {}", x.via),
        format!("From: {}", x.from),
        format!("To: {to}"),
        format!("Call-ID: {}", x.call_id),
        format!("CSeq: {} {method}", x.cseq),
    ];
    lines.extend(code.example.headers.iter().cloned());
    lines.push("Content-Length: 0".into());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::catalog::{Example, test_code};

    fn with(code: u16, reason: &str, method: &str, headers: &[&str]) -> Code {
        Code {
            example: Example {
                method: method.into(),
                headers: headers.iter().map(|h| h.to_string()).collect(),
            },
            ..test_code(code, reason, &[])
        }
    }

    fn header<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
        let prefix = format!("{name}: ");
        lines
            .iter()
            .filter_map(|l| l.strip_prefix(prefix.as_str()))
            .collect()
    }

    #[test]
    fn a_trying_to_an_invite_has_no_to_tag_and_other_responses_do() {
        let trying = message(&with(100, "Trying", "INVITE", &[]));
        assert!(!header(&trying, "To")[0].contains(";tag="));
        let busy = message(&with(486, "Busy Here", "INVITE", &["Retry-After: 300"]));
        assert!(header(&busy, "To")[0].contains(";tag="));
        // A request inside a dialog already had one: even a 100 Trying shows it.
        let trying_bye = message(&with(100, "Trying", "BYE", &[]));
        assert!(header(&trying_bye, "To")[0].contains(";tag="));
    }

    #[test]
    fn status_line_first_record_headers_before_the_content_length() {
        let m = message(&with(486, "Busy Here", "INVITE", &["Retry-After: 300"]));
        assert_eq!(m[0], "SIP/2.0 486 Busy Here");
        assert_eq!(m[m.len() - 2], "Retry-After: 300");
        assert_eq!(m[m.len() - 1], "Content-Length: 0");
        assert!(header(&m, "CSeq")[0].ends_with(" INVITE"));
    }

    #[test]
    fn a_cancel_keeps_the_invites_cseq_number_and_a_bye_does_not() {
        let number = |method: &str| {
            let m = message(&with(200, "OK", method, &[]));
            header(&m, "CSeq")[0].split(' ').next().unwrap().to_string()
        };
        assert_eq!(number("CANCEL"), number("INVITE"));
        assert_ne!(number("BYE"), number("INVITE"));
    }

    #[test]
    fn registrations_and_publications_go_to_the_senders_own_address() {
        for method in ["REGISTER", "PUBLISH"] {
            let m = message(&with(200, "OK", method, &[]));
            let uri = |h: &str| {
                let v = header(&m, h)[0];
                v[v.find('<').unwrap()..=v.find('>').unwrap()].to_string()
            };
            assert_eq!(uri("From"), uri("To"), "{method}");
        }
    }
}
