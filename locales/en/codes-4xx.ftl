# 4xx Client Failure, 400–429

code-400 =
    .summary = The request is malformed: a missing or unparsable header, a bad URI, or a body that disagrees with Content-Length.
    .description = The server could not understand the request because of malformed syntax. RFC 3261 asks that the reason phrase name the problem, for example "Missing Call-ID header field", so the text after 400 is often the most useful clue in the trace.
    .seen = A request lacking one of the mandatory headers (`Via`, `To`, `From`, `Call-ID`, `CSeq`, `Max-Forwards`), a header value that does not parse (an unescaped space in a URI, a non-numeric `CSeq`), or a UDP datagram that arrived shorter than its `Content-Length` because a fragment was lost, for which RFC 3261 §18.3 recommends 400. Strict SBCs and B2BUAs also send it for input that lenient stacks accept, such as a single-value header that appears twice.
    .handle = Read the reason phrase and any `Warning` header, then check the exact bytes on the wire (a packet capture, not the application log) against the RFC 3261 grammar. Sending the same request again fails the same way: fix the sender, or the element on the path that rewrote the message.

code-401 =
    .summary = The UAS or registrar requires authentication; resend with an Authorization header that answers the challenge.
    .description = The request requires user authentication. It is sent by user agent servers and registrars (proxies send 407 instead) and carries a `WWW-Authenticate` challenge with the realm and nonce, which the client answers with an `Authorization` header in a new request.
    .seen = The first REGISTER to any registrar that uses digest authentication, and INVITEs or BYEs sent to a PBX that authenticates its users. A 401 that comes back after the client already sent credentials means the username, password or realm is wrong, unless the new challenge carries `stale=true`, which only means the nonce expired.
    .handle = Compute the digest from the realm, nonce and algorithm in `WWW-Authenticate` and resend the request with `Authorization`, the same `Call-ID`, `From` and `To`, and a `CSeq` one higher; a 401 to an INVITE is acknowledged with ACK first. If the retry is challenged again without `stale=true`, stop: RFC 3261 says not to retry with credentials that were just rejected, so check the authentication username (which can differ from the `From` user) and the password instead of looping.

code-402 =
    .summary = Reserved by RFC 3261 for future use; some providers send it when a prepaid account has run out of credit.
    .description = RFC 3261 reserves this code for future use and gives it no semantics, no required headers and no retry rule. A client that does not treat it specially handles it like any other 4xx: the request failed and should not be repeated unchanged.
    .seen = Outside the standard, some carriers, SIP trunk providers and prepaid billing platforms answer an INVITE with 402 when the account balance or credit limit is exhausted; the reason phrase or a vendor-specific header may carry more detail.
    .handle = Treat it as an account or billing problem at the provider rather than a SIP configuration error: check the balance or credit limit with the provider. Do not retry automatically.

code-403 =
    .summary = The server understood the request and refuses it; authenticating will not help and the request should not be repeated.
    .description = The server understood the request but refuses to fulfil it. RFC 3261 states that authorization will not help and that the request should not be repeated, which sets it apart from 401 and 407, where valid credentials would let the request through.
    .seen = A registrar refusing a REGISTER from an account that is disabled, not allowed from the source IP address, or whose authentication username does not match the `From` or `To` user; a PBX or carrier refusing an INVITE because of calling restrictions, such as barred international or premium-rate numbers, or because the source is not on the trunk's access list. Some servers also answer wrong credentials with 403 instead of another 401.
    .handle = Do not resend the same request. Read the reason phrase and any `Warning` header, then check the account status, the IP access list on the server, the `From` domain and the permissions for the dialled number. Slow down re-registration after repeated 403s to REGISTER, because intrusion-prevention tools commonly block sources that keep failing.

code-404 =
    .summary = The user in the Request-URI does not exist at that domain, or the server is not responsible for the domain.
    .description = The server has definitive information that the user in the Request-URI does not exist at the domain. It is also returned when the domain in the Request-URI is not one the server handles. It says the user is unknown, not merely unreachable: RFC 3261 has a proxy answer 480 when the user exists but has no usable registration.
    .seen = A call to a number or extension that is missing from the PBX or carrier routing plan, a dialled string in the wrong format (no country code or `+`, an extra trunk prefix) so that no route matches, or a Request-URI whose host is an IP address or domain the server is not configured to serve. Registrars send it to a REGISTER whose address-of-record is not valid for the domain, and PSTN gateways map ISDN cause 1 (unallocated number) to 404.
    .handle = Check the user part and the host of the Request-URI as it actually reached the server: number normalisation, dial-plan rewrites, and the domains configured on the server. Retrying the same URI will not help.

code-405 =
    .summary = The method is understood but not allowed for this Request-URI; the Allow header lists the methods that are.
    .description = The server recognises the method in the request line but does not allow it for the address in the Request-URI. The response must carry an `Allow` header listing the methods permitted there; a server that does not implement the method at all answers 501 instead.
    .seen = REGISTER sent to a phone, gateway or trunk peer that is not a registrar, or REFER, SUBSCRIBE, MESSAGE or INFO sent to an endpoint or PBX that knows the method but does not permit it for that target, for example a REFER for call transfer on a trunk where transfers are disabled.
    .handle = Read `Allow` and do not send the same method to that URI again. Use a method it lists, or send the request to the element that handles it, such as the registrar rather than a trunk peer; a refused REFER means the transfer has to be carried out some other way.

code-406 =
    .summary = The server can only produce response bodies that the Accept headers of the request rule out.
    .description = The resource can only generate response bodies whose type, encoding or language is excluded by the `Accept`, `Accept-Encoding` or `Accept-Language` header of the request. It concerns what the client is willing to receive, not the body the client sent (415) or the media offered in SDP (488, 606).
    .seen = Rare in practice. One case is a SUBSCRIBE whose `Accept` lists only body types that the notifier cannot generate for that event package.
    .handle = Compare the `Accept`, `Accept-Encoding` and `Accept-Language` headers of the request with the formats the server supports, widen them, and resend. A 406 received for what is really a codec or SDP mismatch is a misuse by the server; that failure is signalled with 488 or 606.

code-407 =
    .summary = A proxy on the path requires authentication; resend with a Proxy-Authorization header that answers its challenge.
    .description = Like 401, but the challenge comes from a proxy on the path rather than from the UAS or registrar. It carries a `Proxy-Authenticate` header with the proxy's realm and nonce, which the client answers with `Proxy-Authorization` in a new request. A forking proxy collects the challenges from all its branches into the single 401 or 407 it forwards.
    .seen = An INVITE, MESSAGE or SUBSCRIBE sent through a carrier's or PBX's outbound proxy that authenticates every new request, where the first attempt is expected to get 407. Several 407s in a row, or one 407 with more than one `Proxy-Authenticate`, appear when more than one proxy on the path challenges or a forked request was challenged on several branches.
    .handle = Answer every `Proxy-Authenticate` realm with its own `Proxy-Authorization` header and resend with the same `Call-ID`, `From` and `To` and a `CSeq` one higher, after the ACK for an INVITE. If the proxy challenges again without `stale=true`, the username or password is wrong; stop instead of looping.

code-408 =
    .summary = No final response could be produced in time; the client may repeat the request unchanged later.
    .description = The server could not produce a response within a suitable time, for example because it could not determine the user's location in time; RFC 3261 allows the client to repeat the request unchanged later. A proxy whose client transaction towards the next hop times out without any response behaves as if it had received 408, so the 408 is often generated by a proxy on behalf of a silent destination.
    .seen = A proxy forwards an INVITE to a registered contact that never answers at the transport level, because of a dead NAT binding, a phone that went offline without unregistering, or UDP blocked by a firewall, and sends 408 upstream when its timer fires. Many stacks also report their own transaction timeout (Timer B or F, 32 seconds with default timers) as 408, in which case no 408 was ever received on the wire.
    .handle = First establish whether the 408 arrived in a packet or was generated locally, then follow the request hop by hop to the element that stopped answering: a next hop that never sent 100 Trying points at transport, NAT or firewall problems. Repeating the request later is allowed, but immediate retries towards the same dead contact only time out again.

code-410 =
    .summary = The user used to exist at this server but is permanently gone, and no forwarding address is known.
    .description = The resource is no longer available at the server and no forwarding address is known; the condition is expected to be permanent. RFC 3261 tells a server that cannot tell whether the condition is permanent to send 404 instead, so 410 deliberately says that retrying will never work.
    .seen = Calls to a number that has been disconnected, changed or ported away, typically from a PSTN gateway that maps ISDN cause 22 (number changed) to 410, or from a PBX or carrier that keeps deleted accounts on record instead of answering 404.
    .handle = Stop calling or routing to this URI and update the contact, directory or routing entry. There is no `Contact` to follow; a server that knew the new address would have sent 301.

code-412 =
    .summary = The PUBLISH names an entity-tag in SIP-If-Match that the server does not hold; publish fresh state instead.
    .description = Defined by RFC 3903 for PUBLISH: the precondition of the request failed, because the entity-tag in `SIP-If-Match` matches no publication the event state compositor holds for that resource and event package, so the refresh, modification or removal has nothing to apply to. It is unrelated to 580, which concerns SDP preconditions.
    .seen = A presence or dialog-state client refreshing or modifying its publication after it expired (a device that slept past `Expires`), after the presence server restarted and lost its state, or after a load balancer sent the refresh to a node that never saw the original PUBLISH.
    .handle = Do not repeat the PUBLISH with the same `SIP-If-Match`. As RFC 3903 requires, discard the entity-tag, send an initial PUBLISH without `SIP-If-Match` and with the full state in the body, and use the `SIP-ETag` from its 2xx for later refreshes.

code-413 =
    .summary = The request body is larger than the server will process; shrink it, or retry after Retry-After if one is given.
    .description = The server refuses the request because its message body is larger than the server is willing or able to process, and it may close the connection. If the condition is temporary it should include `Retry-After`; otherwise the body has to get smaller. 513 is the related code for a whole message that is too large.
    .seen = MESSAGE requests carrying files or images inline, INVITEs with multipart bodies (SDP plus ISUP, location or other XML parts) or long SDP offers with many codecs and ICE candidates, and NOTIFYs with large full-state documents, arriving at a server or SBC with a configured body size limit.
    .handle = Make the body smaller: send large content by reference or over MSRP instead of inline in MESSAGE, trim the SDP offer, or drop optional body parts. If `Retry-After` is present the limit is temporary and the same request may be sent again after that delay.

code-414 =
    .summary = The Request-URI is longer than the server is willing to interpret.
    .description = The server refuses to service the request because the Request-URI is longer than it is willing to interpret. Only the Request-URI is judged: an oversized body gets 413 and an oversized message 513.
    .seen = Request-URIs that have grown long, for example because an application server or B2BUA encodes routing state in URI parameters, or a faulty dial-plan rewrite adds a prefix or parameter again on every pass; also malformed or hostile requests that probe parser limits.
    .handle = Shorten the Request-URI: move state out of URI parameters, fix rewrite rules that append repeatedly, and compare the length with the limit configured on the rejecting element. Sending the same URI again fails again.

code-415 =
    .summary = The server cannot handle the body's Content-Type or encoding; its Accept headers list what it does support.
    .description = The server refuses the request because the message body is in a format it does not support for that method. The response must list the acceptable formats in `Accept`, `Accept-Encoding` or `Accept-Language`, depending on what was wrong, and RFC 3261 asks the client to retry using only those.
    .seen = An INVITE carrying `multipart/mixed` with ISUP (SIP-I or SIP-T) or other parts to an endpoint that only understands `application/sdp`, a MESSAGE whose `Content-Type` the receiving client cannot render, or a body sent with a `Content-Encoding` the server does not decode. A body part marked `handling=required` in `Content-Disposition` that the UAS cannot process is also answered with 415.
    .handle = Read `Accept`, `Accept-Encoding` and `Accept-Language` in the response and resend with a body the server lists, for example plain `application/sdp` without the ISUP part; a gateway or SBC in front of such endpoints can strip the unsupported parts itself. If the body format is fine but the offered media is not, the answer would be 488.

code-416 =
    .summary = The server does not support the scheme of the Request-URI, often tel:; the client should retry with a SIP URI.
    .description = The server cannot process the request because it does not know the scheme of the URI in the Request-URI. RFC 3261 says that a client receiving it should retry using a SIP URI.
    .seen = Clients or applications that put a `tel:` URI in the Request-URI towards a proxy or PBX that only routes SIP URIs, and other schemes, such as `im:`, `pres:` or `urn:service:sos`, sent to servers that do not handle them.
    .handle = Rewrite the target as a SIP URI, for example `tel:+14155550100` as `sip:+14155550100@example.com;user=phone`, in the client or in a normalisation rule on the first proxy, and resend.

code-417 =
    .summary = The server does not know the Resource-Priority namespace or value; Accept-Resource-Priority lists those it does.
    .description = Defined by RFC 4412 for communications resource priority: the element received a request whose `Resource-Priority` header contains a namespace or priority value it does not understand, and rejects the request instead of processing it without priority. The response lists the namespaces and values the element supports in `Accept-Resource-Priority`.
    .seen = Priority calls of government and emergency-preparedness services, with namespaces such as `ets`, `wps`, `dsn` or `drsn`, reaching a gateway, carrier network or PBX that is not provisioned for that namespace and is configured to reject unknown values, typically at an interconnect between networks provisioned differently.
    .handle = Read `Accept-Resource-Priority` and resend with a namespace and value the element supports, or without `Resource-Priority` if the call may proceed at normal priority. A call that must keep its priority needs the interconnect or gateway to be provisioned for the namespace.

code-420 =
    .summary = The server does not support an extension listed in Require or Proxy-Require; the Unsupported header names it.
    .description = The server did not understand a protocol extension that the request listed in `Require` or `Proxy-Require`. The response must name the unsupported option tags in an `Unsupported` header, and RFC 3261 asks the client to retry without them.
    .seen = An INVITE with `Require: 100rel` (reliable provisional responses) or `Require: timer` (session timers) sent to an endpoint without that support, `Require: replaces` on an attended transfer to a UA that does not implement `Replaces`, or `Proxy-Require: sec-agree` sent towards a proxy outside an IMS network.
    .handle = Read `Unsupported` and resend without requiring those option tags, listing them in `Supported` instead if the extension is only desirable. If the call cannot work without the extension, for example because early media must be reliable, route it to an element that supports it.

code-421 =
    .summary = The UAS needs an extension that the request did not list in Supported; the Require header names it.
    .description = The UAS needs a particular extension to process the request, but the request did not list it in `Supported`. The response must name the extension in `Require`. RFC 3261 says a UAS should send it only when it truly cannot serve the client without the extension, and otherwise fall back to baseline SIP.
    .seen = A PSTN gateway or IMS element that insists on `100rel` for reliable provisional responses or on `precondition` for QoS preconditions, answering an INVITE from a client that does not advertise them, or a server that requires `timer` for session timers.
    .handle = If the client implements the extension, resend with its option tag in `Supported` and carry out the exchanges it implies, such as PRACK for `100rel`. If it does not, the call has to go through an element that can do without the extension or supplies it on the client's behalf, such as an SBC.

code-422 =
    .summary = The Session-Expires interval is below the server's minimum; retry with at least the value given in Min-SE.
    .description = Defined by RFC 4028 for session timers: the request carried a `Session-Expires` interval shorter than the minimum the proxy or UAS accepts. The response must carry a `Min-SE` header with that minimum.
    .seen = An INVITE, re-INVITE or UPDATE from a UA configured with a short session refresh interval passing through a proxy, or reaching a UAS, with a higher minimum. A value below 90 seconds is rejected by every element that implements session timers, because RFC 4028 makes 90 seconds the lowest permitted minimum.
    .handle = Resend the request with `Session-Expires` at least the `Min-SE` value from the response and with a `Min-SE` header carrying that value, as RFC 4028 requires; most stacks do this automatically. A rejected refresh inside an established call does not end the call by itself, but a refresh must succeed before the session interval runs out.

code-423 =
    .summary = The requested expiration of a registration or subscription is too short; retry with at least Min-Expires.
    .description = The server rejects the request because the expiration time of the resource it refreshes is too short. Registrars send it to REGISTER with a `Min-Expires` header giving the shortest interval they accept; RFC 6665 and RFC 3903 use it the same way for SUBSCRIBE and PUBLISH.
    .seen = Phones or trunks configured with very short registration intervals, such as 20 or 30 seconds, to keep NAT bindings open, registering with a registrar whose minimum is higher; also presence clients using short SUBSCRIBE or PUBLISH intervals.
    .handle = Resend with an expiration, in the `Expires` header or the `expires` parameter of `Contact`, of at least the `Min-Expires` value, keeping the same `Call-ID` and a `CSeq` one higher. To keep NAT bindings alive, use CRLF keepalives (RFC 5626) or periodic OPTIONS instead of very short registrations.

code-424 =
    .summary = The location information in the request was malformed, unusable or not retrievable; Geolocation-Error says why.
    .description = Defined by RFC 6442 for location conveyance: the location information in the request was malformed or not satisfactory for the recipient's purpose, or could not be determined, for example because a location URI could not be dereferenced. The response should carry a `Geolocation-Error` header whose code says what went wrong.
    .seen = Emergency calls and other location-routed INVITEs whose `Geolocation` header points to a PIDF-LO body that is missing or invalid, or to a location URI that the emergency services routing proxy or PSAP cannot dereference; also requests whose location is present but whose usage rules do not let the recipient use or route on it.
    .handle = Read the `Geolocation-Error` code: 100 means the location could not be processed, 200 to 202 mean missing permission to use, retransmit or route on the location, and 300 means dereferencing failed. Fix the PIDF-LO or its usage rules, make the location URI reachable and authorised for the recipient, or send the location by value, then retry.

code-425 =
    .summary = The recipient rejected a non-interactive emergency call because its CAP alert payload was missing, corrupt or unusable.
    .description = Defined by RFC 8876 for non-interactive emergency calls, in which a device sends a Common Alerting Protocol (CAP) document in a MESSAGE request instead of setting up a session. The recipient rejects the alert because the payload is malformed or does not carry enough information to act on, and names the problem in an `AlertMsg-Error` header.
    .seen = Alarm panels, sensors and vehicle systems sending a MESSAGE with a CAP payload towards an emergency services routing proxy or a PSAP, where the payload is absent or its reference points nowhere, the XML is corrupted, or the alert lacks what is needed to determine its purpose.
    .handle = Read the `AlertMsg-Error` code: 100 means the payload cannot be processed, 101 that it was not present or could not be found, 102 that there is not enough information to determine the purpose of the alert, and 103 that the payload was corrupted. Fix the CAP document or its MIME packaging before sending again; the alert has not been accepted.

code-428 =
    .summary = The verifier's policy requires an Identity header and the request has none; it must be signed before it is sent.
    .description = Defined by RFC 8224 (first by RFC 4474) for authenticated identity: a verification service received a request without an `Identity` header although its policy requires one. The request has to be signed by an authentication service for the calling number or domain, as STIR/SHAKEN does for telephone numbers.
    .seen = Calls reaching a network or UAS that rejects unsigned requests, when the originating carrier's STIR/SHAKEN signing failed or was skipped, or when an SBC or B2BUA on the path dropped the `Identity` header.
    .handle = Find where the `Identity` header is missing: check that the originating authentication service signed the call and that every SBC and B2BUA on the path passes the header through. Resending unsigned fails the same way; a signed request that fails verification gets 436, 437 or 438 instead, and one with a stale `Date` gets 403.

code-429 =
    .summary = The refer target requires a signed Referred-By token; the referrer has to send a new REFER that provides one.
    .description = Defined by RFC 3892 for REFER: the refer target accepts the request triggered by a REFER only with a valid Referred-By token, an S/MIME-signed body proving the referrer's identity, and the request lacked one. It has nothing to do with HTTP's 429 Too Many Requests: SIP signals overload with 503 and `Retry-After`.
    .seen = A transfer in which the transfer target enforces a policy of authenticated referrals, and the transferee sent its INVITE with only an unsigned `Referred-By` header copied from the REFER. It is rarely seen, because few deployments use Referred-By tokens.
    .handle = The referee cannot create the token itself: it reports the 429 to the referrer in a NOTIFY for the REFER, with the status line in a `message/sipfrag` body, and the referrer has to send a new REFER that includes a Referred-By token. Where tokens are not supported, transfer the call to a target that does not require them.
