# Interface strings and sentence patterns of the English site (the reference locale).
# Variables: $a and $b are two codes (numbers), $reason-a/$reason-b their reason phrases,
# $class-a/$class-b the class digit (1–6), $next-a/$next-b and $forking-a/$forking-b the
# record values of `next` and `forking` (see docs/CONTENT.md).

## The language itself

# The name of this language, written in this language (shown in the language switcher).
locale-name = English
# Open Graph locale of this language (language_TERRITORY), for link previews.
og-locale = en_US

## Site-wide

site-name = SIP response codes
skip-link = Skip to content
nav-home = All codes
breadcrumb-label = Breadcrumb
language-label = Language
footer-facts = Facts cite the defining RFC and section. Reason phrases are shown exactly as registered with IANA.
fallback-note = Parts of this page are not translated yet and are shown in English.

## Language chooser at the site root

chooser-title = SIP response codes — choose a language
chooser-description = A reference of every SIP response code and how each differs from the others, in several languages.

## Locale home

home-title = SIP response codes: meanings and comparisons
home-description = What each of the { $count } registered SIP response codes means, and how any two of them differ: side-by-side comparisons with call flows.
home-heading = SIP response codes
home-intro = Every response code in the IANA registry, from 100 Trying to 608 Rejected. Open a code for its meaning and call flow, or compare any two to see what separates them and what to do.
picker-heading = Compare two codes
picker-first = First code
picker-second = Second code
picker-submit = Compare
picker-same = Choose two different codes.
filter-label = Filter the list
filter-placeholder = Code or words
filter-empty = No code matches the filter.
# The link under the list to the locale's open data: every code as one JSON document (docs/DATA.md).
data-link = All codes as JSON (open data)

## Classes

# The class of a response, from its first digit.
class-name = { $class ->
    [1] Provisional
    [2] Success
    [3] Redirection
    [4] Client failure
    [5] Server failure
   *[6] Global failure
}

## Code page

code-title = SIP { $code } { $reason }: meaning, call flow and handling
code-heading = SIP { $code } { $reason }
section-description = What it means
section-seen = When you see it
section-handle = How to handle it
section-facts = Facts
section-flow = Call flow
compare-with-heading = Compare { $code } with another code
compare-most-confused = Most often confused with { $code }
compare-all-others = All other codes
badge-deprecated = Deprecated

## Comparison page

compare-title = SIP { $a } { $reason-a } vs { $b } { $reason-b }
compare-heading = SIP { $a } { $reason-a } vs { $b } { $reason-b }
compare-description = SIP { $a } { $reason-a } vs { $b } { $reason-b }: the difference, the facts side by side, both call flows and what to do.
compare-breadcrumb = { $a } vs { $b }
section-differences = Key differences
section-side-by-side = Side by side
section-what-to-do = What to do
section-related = Related comparisons
link-how-to-handle = How to handle it, in detail
pair-link = { $a } vs { $b }

## What the client does next, as a sentence about one code

next-step = { $next ->
    [wait] After { $code }, the client keeps waiting: the transaction is still open and a final response is to come.
    [done] After { $code }, the request has succeeded.
    [redirect] After { $code }, the client sends the request again to the address or addresses in the Contact header.
    [authenticate] After { $code }, the client sends the request again with credentials that answer the challenge.
    [modify] After { $code }, the client has to change the request as the response indicates before sending it again.
    [retry-later] After { $code }, the client may send the same request again later.
    [retry-elsewhere] After { $code }, the client should try another server or route rather than repeat the request here.
    [give-up] After { $code }, the client should not retry this request automatically.
   *[none] After { $code }, there is nothing to do: the request ended the way one side intended.
}

## Key differences, derived from the records

diff-class = { $a } belongs to the { $class-a ->
        [1] provisional (1xx)
        [2] success (2xx)
        [3] redirection (3xx)
        [4] client-failure (4xx)
        [5] server-failure (5xx)
       *[6] global-failure (6xx)
    } class and { $b } to the { $class-b ->
        [1] provisional (1xx)
        [2] success (2xx)
        [3] redirection (3xx)
        [4] client-failure (4xx)
        [5] server-failure (5xx)
       *[6] global-failure (6xx)
    } class.
diff-final = { $provisional } is provisional: the transaction stays open and more responses follow. { $final } is final and ends the transaction.
diff-retry-after = { $with } may carry Retry-After, saying when the server or the callee expects to be available again; no Retry-After is defined for { $without }.
diff-forking = At a forking proxy, { $a } { $forking-a ->
        [hop-by-hop] stops at the first hop and is never forwarded
        [forwarded] is passed upstream at once
        [cancels-others] is passed upstream at once and the other branches are cancelled
        [redirect] is kept as a candidate, or the proxy recurses on its Contact addresses
        [best-response] is kept until every branch has answered, then competes for best response
        [merged-challenge] is merged with the challenges of the other branches into one response
        [not-forwarded] is not passed upstream as it is; the proxy answers 500 instead
       *[global] ends the search: pending branches are cancelled and no new ones are started
    }, whereas { $b } { $forking-b ->
        [hop-by-hop] stops at the first hop and is never forwarded
        [forwarded] is passed upstream at once
        [cancels-others] is passed upstream at once and the other branches are cancelled
        [redirect] is kept as a candidate, or the proxy recurses on its Contact addresses
        [best-response] is kept until every branch has answered, then competes for best response
        [merged-challenge] is merged with the challenges of the other branches into one response
        [not-forwarded] is not passed upstream as it is; the proxy answers 500 instead
       *[global] ends the search: pending branches are cancelled and no new ones are started
    }.
diff-requests = They answer different requests: { $a } answers { $requests-a }, { $b } answers { $requests-b }.
diff-senders = No element sends both: { $a } comes from { $senders-a }, { $b } from { $senders-b }.
diff-deprecated = { $code } is deprecated by RFC { $rfc }; new implementations should not send it.
diff-none = The recorded facts of { $a } and { $b } are the same; what separates them is their meaning, described below.
diff-problem = They point at different things: { $a } { $problem-a ->
        [none] reports no problem at all
        [request] points at the request itself
        [auth] points at the credentials
        [policy] points at a policy of the server or its operator
        [callee] points at the callee's state or choice
        [routing] points at the address or the route to the target
        [media] points at the session description
        [server] points at the server that answered
       *[network] points beyond the server that answered
    }, while { $b } { $problem-b ->
        [none] reports no problem at all
        [request] points at the request itself
        [auth] points at the credentials
        [policy] points at a policy of the server or its operator
        [callee] points at the callee's state or choice
        [routing] points at the address or the route to the target
        [media] points at the session description
        [server] points at the server that answered
       *[network] points beyond the server that answered
    }.
diff-reached = { $a } { $reached-a ->
        [alerted] means the callee's device rang
        [reached] means the callee's device was reached but did not ring
       *[not-reached] means the callee's device was never reached
    }, while { $b } { $reached-b ->
        [alerted] means it rang
        [reached] means it was reached but did not ring
       *[not-reached] means it was never reached
    }.
diff-fixer = Different people fix them: { $a } { $fixer-a ->
        [none] needs no fix
        [client] is fixed by the calling user agent itself, by changing and resending the request
        [caller] needs the caller or the calling side's configuration to change
        [callee] can only be changed by the callee
       *[operator] needs the operator of the answering element or of the network behind it
    }; { $b } { $fixer-b ->
        [none] needs no fix
        [client] is fixed by the calling user agent itself, by changing and resending the request
        [caller] needs the caller or the calling side's configuration to change
        [callee] can only be changed by the callee
       *[operator] needs the operator of the answering element or of the network behind it
    }.
diff-isup = A gateway to the PSTN releases the call with a different ISUP cause: { $cause-a } for { $a }, { $cause-b } for { $b } (RFC 3398 §8.2.6.1).
diff-carries = The responses carry different headers: { $a } { $count-a ->
        [0] carries none in particular
       *[other] carries { $headers-a }
    }, { $b } { $count-b ->
        [0] none in particular
       *[other] { $headers-b }
    }.
diff-triggers = They concern different request headers: { $a } { $count-a ->
        [0] concerns no request header in particular
       *[other] concerns { $headers-a } in the request
    }, { $b } { $count-b ->
        [0] none in particular
       *[other] { $headers-b }
    }.
## Facts table

fact-class = Class
fact-kind = Kind
kind = { $final ->
    [yes] Final
   *[no] Provisional
}
fact-defined = Defined in
fact-defined-value = RFC { $rfc }, section { $section }
fact-status = Status
status-current = In use
status-deprecated = Deprecated by RFC { $rfc }
fact-carries = Headers it carries
fact-triggers = Request headers involved
fact-retry-after = Retry-After
retry-after-allowed = { $allowed ->
    [yes] May accompany it
   *[no] Not used with it
}
fact-problem = Where the problem is
problem = { $problem ->
    [none] None: nothing went wrong
    [request] The request itself
    [auth] Credentials
    [policy] A policy of the server or operator
    [callee] The callee's state or choice
    [routing] The address or route
    [media] The session description
    [server] The answering server
   *[network] Beyond the answering server
}
fact-fixer = Who fixes it
fixer = { $fixer ->
    [none] Nobody: nothing to fix
    [client] The calling user agent, by resending
    [caller] The caller or the calling side's configuration
    [callee] Only the callee
   *[operator] The operator of the answering element or network
}
fact-reached = Callee's device
reached = { $reached ->
    [alerted] Reached and alerted (it rang)
    [reached] Reached, did not ring
    [not-reached] Never reached
    [not-applicable] Not applicable: no call is being set up
   *[varies] Depends on which element answered
}
fact-isup-to = ISUP cause sent to the PSTN (RFC 3398 §8.2.6.1)
fact-isup-from = ISUP causes that map to it (RFC 3398 §7.2.4.1)
isup-none = No mapping
isup-cause = { $cause } ({ $cause ->
    [1] Unallocated number
    [2] No route to specified transit network
    [3] No route to destination
    [17] User busy
    [18] No user responding
    [19] No answer from user, user alerted
    [20] Subscriber absent
    [21] Call rejected
    [22] Number changed
    [23] Redirection to new destination
    [25] Exchange routing error
    [26] Non-selected user clearing
    [27] Destination out of order
    [28] Invalid number format, address incomplete
    [29] Facility rejected
    [31] Normal, unspecified
    [34] No circuit/channel available
    [38] Network out of order
    [41] Temporary failure
    [42] Switching equipment congestion
    [47] Resource unavailable, unspecified
    [55] Incoming calls barred within CUG
    [57] Bearer capability not authorized
    [58] Bearer capability not presently available
    [63] Service or option not available, unspecified
    [65] Bearer capability not implemented
    [70] Only restricted digital information bearer capability is available
    [79] Service or option not implemented, unspecified
    [87] User not member of CUG
    [88] Incompatible destination
    [102] Recovery on timer expiry
    [111] Protocol error, unspecified
   *[127] Interworking, unspecified
})
todo-same-fix = What to do is the same for { $a } and { $b }: { $fix }
fact-senders = Typically sent by
fact-requests = Answers
fact-next = Client's next step
fact-forking = At a forking proxy
fact-confused = Often confused with
requests-any = any request
headers-none = none in particular
list-separator = ,{" "}
sender = { $sender ->
    [uas] the UAS
    [proxy] a proxy
    [registrar] the registrar
    [redirect] a redirect server
   *[gateway] a gateway
}
next = { $next ->
    [wait] Wait for the final response
    [done] Done: the request succeeded
    [redirect] Retry at the Contact address
    [authenticate] Retry with credentials
    [modify] Change the request, then retry
    [retry-later] Retry later
    [retry-elsewhere] Try another server
    [give-up] Give up on this target
   *[none] Nothing: the request ended as intended
}
forking = { $forking ->
    [hop-by-hop] Not forwarded (hop-by-hop)
    [forwarded] Forwarded at once
    [cancels-others] Forwarded at once; other branches cancelled
    [redirect] Kept as a candidate, or the proxy recurses
    [best-response] Kept until all branches answer; best response wins
    [merged-challenge] Challenges of all branches merged
    [not-forwarded] Not forwarded; the proxy sends 500 instead
   *[global] Ends the search; other branches cancelled
}

## Call-flow diagram

flow-caption = Call flow around { $code } { $reason }
flow-step = { $from } to { $to }: { $message }

## Not-found page

notfound-title = Page not found
notfound-heading = This page does not exist
notfound-body = The address may be mistyped, or the page may have moved. Every code and every comparison can be reached from the list of all codes.
