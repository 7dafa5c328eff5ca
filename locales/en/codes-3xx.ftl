# Prose for the 3xx (redirection) response codes.

code-300 =
    .summary = The address resolved to several locations listed in Contact; the caller or its UA picks one and retries there.
    .description = The Request-URI resolved to several choices, each with its own location, and the user or UA can select one and redirect the request to it. The choices should be listed as `Contact` header fields, optionally ranked with `q` values, and a body may describe them.
    .seen = Redirect servers that consult a location service return it when an address-of-record has several registered contacts and the server leaves the choice to the caller instead of forking the call itself. It is uncommon in carrier traffic, where proxies fork or pick one target.
    .handle = Try the `Contact` URIs in descending `q` order, or offer them to the user, sending a new request to each and skipping URIs already tried to avoid redirect loops. A proxy that receives it may recurse on the contacts itself instead of passing it upstream.

code-301 =
    .summary = The user has moved permanently to the address in Contact; retry there and update stored addresses.
    .description = The user can no longer be found at the Request-URI, and the client should retry at the address in the `Contact` header field. Because the move is permanent, the requester should also update address books, directories and location caches so that future requests go to the new address.
    .seen = Rare in live traffic: a redirect server or PBX announcing that an address or number was migrated to a new domain or platform. Most forwarding and routing services send 302 even for long-term moves.
    .handle = Send a new request to the `Contact` URI and, if you keep contact lists or routing tables, replace the old URI there. If `Contact` is missing or points back to a URI you already tried, treat the response as a failure instead of looping.

code-302 =
    .summary = The target is temporarily reachable at the address in Contact; retry there but keep using the original URI.
    .description = The client should retry the request at the address or addresses in `Contact`, using the `Contact` URI as the new Request-URI. The new address is valid for the time given in `Expires` or in the contact's `expires` parameter and may be cached that long; with no expiry it is good only for this retry and must not be cached.
    .seen = Redirect servers and routing engines that answer each `INVITE` with the chosen route instead of proxying it (least-cost routing, number portability lookups), and call-forwarding features that PBXs and hosted platforms implement as redirection.
    .handle = Send a new `INVITE` to the `Contact` URI, trying several contacts in `q` order and keeping a list of tried URIs to avoid loops; if a cached URI fails later, the original Request-URI may be tried once more. Some trunks and PBXs don't follow 3xx unless configured to and fail the call with the 302 itself; enable redirect handling, or have the redirector proxy the call instead.

code-305 =
    .summary = The resource must be reached through the proxy named in Contact; resend this one request via that proxy.
    .description = The requested resource must be accessed through the proxy given in the `Contact` header field, and the recipient is expected to repeat this single request via that proxy. Only a UAS may send it; the target stays the same, only the next hop changes.
    .seen = Rare: a UAS that accepts requests only when they arrive through a particular proxy or SBC, answering a client that reached it directly by IP address.
    .handle = Resend the same request, with the same Request-URI, through the proxy in `Contact` by adding it as a `Route` entry, for this request only. Because it diverts your signalling through a third party, honour it only from trusted peers; many stacks ignore 305 and fail the request.

code-380 =
    .summary = The call failed, but alternative services are possible; the response body describes them.
    .description = The call was not successful, but alternative services are possible, described in the response body in a format that RFC 3261 leaves to other specifications. It tells the caller to place the call differently, not merely to call a different address.
    .seen = Mainly IMS emergency calling: a P-CSCF that recognises an emergency number from a UE without an emergency registration answers 380 with an `application/3gpp-ims+xml` body whose `alternative-service` element says the call must be placed as an emergency call, after an emergency registration.
    .handle = Parse the body, whose `Content-Type` names the format, and do what it indicates: an IMS UE performs an emergency registration and retries as an emergency session. If the body is missing or in a format you don't know, treat the response like any other failed call and don't repeat the same request.
