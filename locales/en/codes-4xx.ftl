# 4xx Client Failure

code-400 =
    .summary = The request is malformed: a missing or unparsable header, a bad URI, or a body that disagrees with Content-Length.
    .description = The server could not understand the request because of malformed syntax. RFC 3261 asks that the reason phrase name the problem, for example "Missing Call-ID header field", so the text after 400 is often the most useful clue in the trace.
    .seen = A request lacking one of the mandatory headers (`Via`, `To`, `From`, `Call-ID`, `CSeq`, `Max-Forwards`), a header value that does not parse (an unescaped space in a URI, a non-numeric `CSeq`), or a UDP datagram that arrived shorter than its `Content-Length` because a fragment was lost, for which RFC 3261 §18.3 recommends 400. Strict SBCs and B2BUAs also send it for input that lenient stacks accept, such as a single-value header that appears twice.
    .handle = Read the reason phrase and any `Warning` header, then check the exact bytes on the wire (a packet capture, not the application log) against the RFC 3261 grammar. Sending the same request again fails the same way: fix the sender, or the element on the path that rewrote the message.

code-401 =
    .summary = The UAS or registrar requires authentication; resend with an Authorization header that answers the challenge.
    .description = The request requires user authentication. It is sent by user agent servers and registrars (proxies send 407 instead) and carries a `WWW-Authenticate` challenge with the realm and nonce, which the client answers with an `Authorization` header in a new request.
    .seen = The first REGISTER to any registrar that uses digest authentication, and INVITEs or BYEs sent to a PBX that authenticates its users. A 401 that comes back after the client already sent credentials means the username, password or realm is wrong, unless the new challenge carries `stale=true`, which only means the nonce expired.
    .handle = Compute the digest from the realm, nonce and algorithm in `WWW-Authenticate` and resend the request with `Authorization`, the same `Call-ID`, `From` and `To`, and a `CSeq` one higher; a 401 to an INVITE is acknowledged with ACK first. If the retry is challenged again without `stale=true`, stop: RFC 3261 says not to retry with credentials that were just rejected, so check the authentication username (which can differ from the `From` user) and the password instead of looping. A PSTN gateway that receives it should authenticate and go on with the call if it can; only if it cannot does it release the ISUP side with cause 21 (RFC 3398 §8.2.6.1).

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
    .seen = A call to a number or extension that is missing from the PBX or carrier routing plan, a dialled string in the wrong format (no country code or `+`, an extra trunk prefix) so that no route matches, or a Request-URI whose host is an IP address or domain the server is not configured to serve. Registrars send it to a REGISTER whose address-of-record is not valid for the domain, and PSTN gateways map ISUP cause 1 (unallocated number) to 404.
    .handle = Check the user part and the host of the Request-URI as it actually reached the server: number normalisation, dial-plan rewrites, and the domains configured on the server. Retrying the same URI will not help, unless the response carries `Retry-After`: RFC 3261 §20.33 lets a 404 say when the called party expects to be available again.

code-405 =
    .summary = The method is understood but not allowed for this Request-URI; the Allow header lists the methods that are.
    .description = The server recognises the method in the request line but does not allow it for the address in the Request-URI. The response must carry an `Allow` header listing the methods permitted there; a server that does not implement the method at all answers 501 instead.
    .seen = REGISTER sent to a phone, gateway or trunk peer that is not a registrar, or REFER, SUBSCRIBE, MESSAGE or INFO sent to an endpoint or PBX that knows the method but does not permit it for that target, for example a REFER for call transfer on a trunk where transfers are disabled.
    .handle = Read `Allow` and do not send the same method to that URI again. Use a method it lists, or send the request to the element that handles it, such as the registrar rather than a trunk peer; a refused REFER means the transfer has to be carried out some other way.

code-406 =
    .summary = The server can only produce response bodies that the Accept header of the request rules out.
    .description = The resource can only generate response bodies whose content is not acceptable according to the `Accept` header of the request (RFC 3261 §21.4.7). It concerns what the client is willing to receive, not the body the client sent (415) or the media offered in SDP (488, 606).
    .seen = Rare in practice. One case is a SUBSCRIBE whose `Accept` lists only body types that the notifier cannot generate for that event package.
    .handle = Compare the `Accept` header of the request with the formats the server supports, widen it, and resend. A 406 received for what is really a codec or SDP mismatch is a misuse by the server; that failure is signalled with 488 or 606. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-407 =
    .summary = A proxy on the path requires authentication; resend with a Proxy-Authorization header that answers its challenge.
    .description = Like 401, but the challenge comes from a proxy on the path rather than from the UAS or registrar. It carries a `Proxy-Authenticate` header with the proxy's realm and nonce, which the client answers with `Proxy-Authorization` in a new request. A forking proxy collects the challenges from all its branches into the single 401 or 407 it forwards.
    .seen = An INVITE, MESSAGE or SUBSCRIBE sent through a carrier's or PBX's outbound proxy that authenticates every new request, where the first attempt is expected to get 407. Several 407s in a row, or one 407 with more than one `Proxy-Authenticate`, appear when more than one proxy on the path challenges or a forked request was challenged on several branches.
    .handle = Answer every `Proxy-Authenticate` realm with its own `Proxy-Authorization` header and resend with the same `Call-ID`, `From` and `To` and a `CSeq` one higher, after the ACK for an INVITE. If the proxy challenges again without `stale=true`, the username or password is wrong; stop instead of looping. A PSTN gateway that receives it should authenticate and go on with the call if it can; only if it cannot does it release the ISUP side with cause 21 (RFC 3398 §8.2.6.1).

code-408 =
    .summary = No final response could be produced in time; the client may repeat the request unchanged later.
    .description = The server could not produce a response within a suitable time, for example because it could not determine the user's location in time; RFC 3261 allows the client to repeat the request unchanged later. A proxy whose client transaction towards the next hop times out without any response behaves as if it had received 408, so the 408 is often generated by a proxy on behalf of a silent destination.
    .seen = A proxy forwards an INVITE to a registered contact that never answers at the transport level, because of a dead NAT binding, a phone that went offline without unregistering, or UDP blocked by a firewall, and sends 408 upstream when its timer fires. Many stacks also report their own transaction timeout (Timer B or F, 32 seconds with default timers) as 408, in which case no 408 was ever received on the wire.
    .handle = First establish whether the 408 arrived in a packet or was generated locally, then follow the request hop by hop to the element that stopped answering: a next hop that never sent 100 Trying points at transport, NAT or firewall problems. Repeating the request later is allowed, but immediate retries towards the same dead contact only time out again.

code-410 =
    .summary = The user used to exist at this server but is permanently gone, and no forwarding address is known.
    .description = The resource is no longer available at the server and no forwarding address is known; the condition is expected to be permanent. RFC 3261 tells a server that cannot tell whether the condition is permanent to send 404 instead, so 410 deliberately says that retrying will never work.
    .seen = Calls to a number that has been disconnected, changed or ported away, typically from a PSTN gateway that maps ISUP cause 22 (number changed) to 410, or from a PBX or carrier that keeps deleted accounts on record instead of answering 404.
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
    .handle = Make the body smaller: send large content by reference or over MSRP instead of inline in MESSAGE, trim the SDP offer, or drop optional body parts. If `Retry-After` is present the limit is temporary and the same request may be sent again after that delay. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-414 =
    .summary = The Request-URI is longer than the server is willing to interpret.
    .description = The server refuses to service the request because the Request-URI is longer than it is willing to interpret. Only the Request-URI is judged: an oversized body gets 413 and an oversized message 513.
    .seen = Request-URIs that have grown long, for example because an application server or B2BUA encodes routing state in URI parameters, or a faulty dial-plan rewrite adds a prefix or parameter again on every pass; also malformed or hostile requests that probe parser limits.
    .handle = Shorten the Request-URI: move state out of URI parameters, fix rewrite rules that append repeatedly, and compare the length with the limit configured on the rejecting element. Sending the same URI again fails again. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-415 =
    .summary = The server cannot handle the body's Content-Type or encoding; its Accept headers list what it does support.
    .description = The server refuses the request because the message body is in a format it does not support for that method. The response must list the acceptable formats in `Accept`, `Accept-Encoding` or `Accept-Language`, depending on what was wrong, and RFC 3261 asks the client to retry using only those.
    .seen = An INVITE carrying `multipart/mixed` with ISUP (SIP-I or SIP-T) or other parts to an endpoint that only understands `application/sdp`, a MESSAGE whose `Content-Type` the receiving client cannot render, or a body sent with a `Content-Encoding` the server does not decode. A body part marked `handling=required` in `Content-Disposition` that the UAS cannot process is also answered with 415.
    .handle = Read `Accept`, `Accept-Encoding` and `Accept-Language` in the response and resend with a body the server lists, for example plain `application/sdp` without the ISUP part; a gateway or SBC in front of such endpoints can strip the unsupported parts itself. If the body format is fine but the offered media is not, the answer would be 488. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-416 =
    .summary = The server does not support the scheme of the Request-URI, often tel:; the client should retry with a SIP URI.
    .description = The server cannot process the request because it does not know the scheme of the URI in the Request-URI. RFC 3261 says that a client receiving it should retry using a SIP URI.
    .seen = Clients or applications that put a `tel:` URI in the Request-URI towards a proxy or PBX that only routes SIP URIs, and other schemes, such as `im:`, `pres:` or `urn:service:sos`, sent to servers that do not handle them.
    .handle = Rewrite the target as a SIP URI, for example `tel:+14155550100` as `sip:+14155550100@example.com;user=phone`, in the client or in a normalisation rule on the first proxy, and resend. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-417 =
    .summary = The request required resource priority, but the server does not know its Resource-Priority namespace or value.
    .description = Defined by RFC 4412 for communications resource priority: the request carried `Require: resource-priority`, and its `Resource-Priority` header holds a namespace or priority value the element does not understand (RFC 4412 §4.6.2). Without that `Require`, an unknown value is not an error: the element serves the request at default priority. The response may list the namespaces and values the element supports in `Accept-Resource-Priority`.
    .seen = Priority calls of government and emergency-preparedness services, with namespaces such as `ets`, `wps`, `dsn` or `drsn`, sent with `Require: resource-priority` because the caller insists on priority treatment, and reaching a gateway, carrier network or PBX that is not provisioned for that namespace, typically at an interconnect between networks provisioned differently.
    .handle = Read `Accept-Resource-Priority`, if present, and resend with a namespace and value the element supports, or remove `resource-priority` from `Require` if the call may proceed at default priority. A call that must keep its priority needs the interconnect or gateway to be provisioned for the namespace.

code-420 =
    .summary = The server does not support an extension listed in Require or Proxy-Require; the Unsupported header names it.
    .description = The server did not understand a protocol extension that the request listed in `Require` or `Proxy-Require`. The response must name the unsupported option tags in an `Unsupported` header, and RFC 3261 asks the client to retry without them.
    .seen = An INVITE with `Require: 100rel` (reliable provisional responses) or `Require: timer` (session timers) sent to an endpoint without that support, `Require: replaces` on an attended transfer to a UA that does not implement `Replaces`, or `Proxy-Require: sec-agree` sent towards a proxy outside an IMS network.
    .handle = Read `Unsupported` and resend without requiring those option tags, listing them in `Supported` instead if the extension is only desirable. If the call cannot work without the extension, for example because early media must be reliable, route it to an element that supports it. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-421 =
    .summary = The UAS needs an extension that the request did not list in Supported; the Require header names it.
    .description = The UAS needs a particular extension to process the request, but the request did not list it in `Supported`. The response must name the extension in `Require`. RFC 3261 says a UAS should send it only when it truly cannot serve the client without the extension, and otherwise fall back to baseline SIP.
    .seen = A PSTN gateway or IMS element that insists on `100rel` for reliable provisional responses or on `precondition` for QoS preconditions, answering an INVITE from a client that does not advertise them, or a server that requires `timer` for session timers.
    .handle = If the client implements the extension, resend with its option tag in `Supported` and carry out the exchanges it implies, such as PRACK for `100rel`. If it does not, the call has to go through an element that can do without the extension or supplies it on the client's behalf, such as an SBC. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-422 =
    .summary = The Session-Expires interval is below the server's minimum; retry with at least the value given in Min-SE.
    .description = Defined by RFC 4028 for session timers: the request carried a `Session-Expires` interval shorter than the minimum the proxy or UAS accepts. The response must carry a `Min-SE` header with that minimum.
    .seen = An INVITE, re-INVITE or UPDATE from a UA configured with a short session refresh interval passing through a proxy, or reaching a UAS, with a higher minimum. A proxy or UAS may reject with 422 only when the request shows that the caller supports session timers (`Supported: timer`, RFC 4028 §8.1, §9); otherwise a proxy raises the interval itself. No element may set its minimum below 90 seconds.
    .handle = Resend the request with `Session-Expires` at least the `Min-SE` value from the response and with a `Min-SE` header carrying that value, as RFC 4028 requires; most stacks do this automatically. A rejected refresh inside an established call does not end the call by itself, but a refresh must succeed before the session interval runs out.

code-423 =
    .summary = The requested expiration of a registration or subscription is too short; retry with at least Min-Expires.
    .description = The server rejects the request because the expiration time of the resource it refreshes is too short. Registrars send it to REGISTER with a `Min-Expires` header giving the shortest interval they accept; RFC 6665 and RFC 3903 use it the same way for SUBSCRIBE and PUBLISH.
    .seen = Phones or trunks configured with very short registration intervals, such as 20 or 30 seconds, to keep NAT bindings open, registering with a registrar whose minimum is higher; also presence clients using short SUBSCRIBE or PUBLISH intervals.
    .handle = Resend with an expiration, in the `Expires` header or the `expires` parameter of `Contact`, of at least the `Min-Expires` value, keeping the same `Call-ID` and a `CSeq` one higher. To keep NAT bindings alive, use CRLF keepalives (RFC 5626) or periodic OPTIONS instead of very short registrations. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-424 =
    .summary = The location information in the request was malformed, unusable or not retrievable; Geolocation-Error says why.
    .description = Defined by RFC 6442 for location conveyance: the location information in the request was malformed or not satisfactory for the recipient's purpose, or could not be determined, for example because a location URI could not be dereferenced. The response must carry a `Geolocation-Error` header whose code says what went wrong.
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


code-430 =
    .summary = An edge proxy could not deliver the request because the connection (flow) to the registered UA instance is gone.
    .description = Defined by SIP Outbound (RFC 5626): an edge proxy sends 430 to the authoritative proxy when the flow named by the flow token in the top `Route` no longer exists, typically a closed TCP or TLS connection. Other flows to the same UA instance may still work, so the authoritative proxy SHOULD forward the request to another target with the same instance-id and AOR. Endpoints should never receive 430; one that does treats it as 400 (Bad Request).
    .seen = Between the edge proxy and the home proxy, on an incoming `INVITE` or other request for a UA that registered with outbound (`reg-id` and `+sip.instance` in its `Contact`) after that UA's connection dropped: the NAT binding expired, the phone changed networks, the edge proxy restarted, or CRLF or STUN keep-alives stopped. It usually appears just before the proxy tries the UA's second flow.
    .handle = The authoritative proxy should retry on another registered flow of the same instance and give the caller a final error only when none is left. Operators seeing many 430s should compare keep-alive intervals and the `Flow-Timer` value with NAT timeouts and check that UAs re-register promptly after a flow fails; a UA that receives 430 is behind a proxy that passed it upstream.

code-433 =
    .summary = The callee, or a server acting for it, refuses requests from callers who withhold their identity.
    .description = Defined in RFC 5079: the server refused the request because the requester is anonymous. A request counts as anonymous when the `From` URI is in the `anonymous.invalid` domain, the `From` display name is "Anonymous", a `Privacy` header asks for `id` or `user`, or the `From` URI is explicitly marked as anonymous; a missing `P-Asserted-Identity` alone does not make a request anonymous.
    .seen = Anonymous call rejection: the callee has chosen to refuse withheld caller IDs, and the terminating proxy, application server or phone answers an `INVITE` sent with `Privacy: id` or a `From` such as `"Anonymous" <sip:anonymous@anonymous.invalid>`. A network anonymizer (a privacy B2BUA acting for the caller) receives it the same way.
    .handle = Do not resend without anonymity on your own: RFC 5079 allows the retry only after the user, or a policy the user defined, agrees to reveal the identity, and a network anonymizer is bound by the same rule. A 433 to a mid-dialog request does not end the dialog, and a UAC that does not know the code treats it as 400.

code-436 =
    .summary = A STIR verifier could not obtain the credential that the Identity header's info parameter points to.
    .description = RFC 8224 (which renamed it from "Bad Identity-Info"): the verification service could not acquire the credential needed to validate the signature in the `Identity` header, typically because the URI in its `info` parameter could not be dereferenced. When a request carries several `Identity` headers, 436 is sent only if this fails for all of them.
    .seen = On signed `INVITE`s (STIR/SHAKEN) when the terminating network's verifier cannot download the signer's certificate: the `info` URL returns an HTTP error, times out, or names a host that is only reachable inside the originating network.
    .handle = The fix is on the signing side: publish the certificate at a URL any verifier can fetch over the public Internet and put that URL in `info`; the authentication service can then resend the request with the working `info` parameter. Test the URL from outside your own network.

code-437 =
    .summary = A STIR verifier got the signer's credential but does not accept it, e.g. an untrusted CA or unsupported algorithm.
    .description = RFC 8224 (which renamed it from "Unsupported Certificate"): the verification service holds, or can fetch, the credential named by the `info` parameter of at least one `Identity` header but does not support it, for example because it does not trust the issuing certification authority or does not support the algorithm the credential was signed with.
    .seen = On signed `INVITE`s between carriers when the originating provider signs with a certificate that does not chain to a CA in the verifier's trust list, such as a self-signed or test certificate, or with an algorithm the verifier does not implement.
    .handle = Resending with the same credential fails again. The signing provider has to use a certificate issued by a CA the verifying network trusts and a supported algorithm; compare the chain served at the `info` URL with the verifier's trust anchors.

code-438 =
    .summary = A STIR verifier found no valid Identity header: the signature does not verify or the PASSporT is malformed.
    .description = RFC 8224: of the `Identity` headers in the request, none carried a valid and supported PASSporT, and the verifier's local policy makes a broken signature grounds for rejection. The alternative reason phrase "Invalid PASSporT" may be used when a full-form PASSporT lacks required headers or claims.
    .seen = When the verifier rebuilds the signed values from the request and they no longer match: an intermediary reformatted the calling or called number in `From`, `P-Asserted-Identity` or `To` (adding or stripping a country code, for instance), rewrote `Date`, or altered the `Identity` header itself. A request that was never validly signed, such as a spoofed one, gets the same answer.
    .handle = An authentication service that sent the compact form SHOULD retry once with the full form of PASSporT, which carries the signer's canonical numbers and `iat` time and repairs failures such as a `Date` rewritten in transit. If the failure persists, find the hop that rewrites the signed headers and stop it, or have the request signed after that hop.

code-439 =
    .summary = The registrar supports SIP Outbound, but the first-hop proxy the REGISTER came through does not.
    .description = Defined in RFC 5626: a registrar that supports outbound received a `REGISTER` asking for it, with a `reg-id` parameter in `Contact` and `outbound` in `Supported`, but the registrar is not the first hop and the `Path` header is missing or its first URI lacks the `ob` parameter, so no edge proxy will keep the flow to the UA. The registrar MUST answer such a request with 439 and must not send it to requests without both `reg-id` and the `outbound` option tag.
    .seen = On registration of an outbound-capable UA (one that sends `reg-id` and `+sip.instance`) through an edge proxy or SBC that does not insert `Path` with `;ob`, for example a plain proxy placed in front of an outbound-aware registrar, or an edge whose outbound or Path support is switched off.
    .handle = The UA may register again without outbound by leaving out `reg-id`, if its local policy allows, or through an alternate outbound proxy if it knows one. The lasting fix is on the edge: enable outbound there so it adds a `Path` URI with the `ob` parameter and keeps the flow.

code-440 =
    .summary = A forking proxy had too little Max-Breadth left to fork the request in parallel and would not fork serially instead.
    .description = Defined in RFC 5393: each proxied request carries `Max-Breadth`, the number of concurrent branches it may still spawn, and a proxy splits the incoming value across its parallel branches without ever exceeding it. When the incoming value is too small for the parallel fork it wants, and the proxy will not fork serially or redirect instead, it MUST return 440.
    .seen = With wide or nested forking: an upstream proxy or B2BUA already forked to many targets and gave each branch a small `Max-Breadth`, down to 1, and a downstream proxy that wants to ring several registered devices or hunt-group members at once rejects the request. It is also the intended result for crafted requests that chain forking proxies to amplify traffic, the attack RFC 5393 addresses.
    .handle = The request did not reach every possible destination. As with 483, recovery means a narrower search: route so that fewer elements fork in parallel, let the proxy fork serially, or target a more specific URI. Operators should check the maximum `Max-Breadth` configured on proxies (60 is RECOMMENDED) and any B2BUA that copies a small incoming value into the requests it sends.

code-469 =
    .summary = The INFO request uses an Info Package the receiving UA has not said it is willing to receive.
    .description = Defined in RFC 6086: a UA that receives an `INFO` request whose `Info-Package` header names a package it has not listed in its `Recv-Info` MUST answer 469, with a `Recv-Info` header listing the packages it does accept. It is a transaction-only failure: the dialog and the call continue.
    .seen = On mid-call `INFO` carrying DTMF or other application data when the package was not negotiated: the peer's last `Recv-Info` (in the `INVITE`, its responses, or a later re-INVITE or `UPDATE`) did not list it, a B2BUA dropped `Recv-Info`, or the sender did not check. Legacy `INFO` without an `Info-Package` header is not subject to this check.
    .handle = Send `INFO` only for packages the peer listed in its latest `Recv-Info`; the `Recv-Info` of the 469 shows the current set. If your package is not there, use another mechanism (for DTMF, RTP telephone events) and keep the call up.

code-470 =
    .summary = A relay refused a request whose URI list includes recipients that have not consented to receive traffic from it.
    .description = Defined by the consent framework of RFC 5360: the request carried a URI list, for example the recipients of a multi-party `MESSAGE` or an ad hoc conference `INVITE` in its body, with at least one URI the relay has no permission to send to. The response SHOULD carry a `Permission-Missing` header listing those URIs.
    .seen = From URI-list services that enforce consent, such as a conference focus, a message exploder or a resource-list server, when a user adds a recipient who has not yet granted permission or has revoked it.
    .handle = Read `Permission-Missing`, add those URIs to the relay's list through its list manipulation interface (for example XCAP) so that the relay asks them for permission, and retry once they have granted it, or send the request without them. Without `Permission-Missing`, the client has to find the missing URIs through that interface.

code-480 =
    .summary = The callee is known but cannot be reached right now: not registered, offline, or in do-not-disturb.
    .description = RFC 3261: the callee's end system was contacted successfully but the callee is currently unavailable, for example not logged in, in a state that precludes communication, or with do-not-disturb on. A proxy or redirect server also returns 480 when it recognizes the user in the Request-URI but has no valid forwarding location for that user. `Retry-After` may suggest a better time, and the reason phrase SHOULD give a more precise cause.
    .seen = Most often from the callee's proxy for an `INVITE` to an existing user with no current registration: the phone is switched off, lost its network, or its registration expired before it refreshed. Phones also send it for do-not-disturb, and PSTN gateways map ISUP causes such as 20 (subscriber absent) to it.
    .handle = Retry later, after `Retry-After` if present; the user may be reachable elsewhere, so a forking proxy keeps trying other branches and may route to voicemail. If a device that should be registered draws 480, check its binding in the location service (expiry, reachability of its `Contact` behind NAT) and its do-not-disturb setting.

code-481 =
    .summary = The request matches no dialog or transaction at the UAS, e.g. a BYE for a call it has already forgotten.
    .description = RFC 3261: the UAS received a request that does not match any existing dialog or transaction; dialogs are matched by `Call-ID` and the `From` and `To` tags, transactions by the `Via` branch. For a `CANCEL` it means there was no pending `INVITE` transaction left to cancel.
    .seen = A `BYE`, re-INVITE, `UPDATE` or `NOTIFY` sent after the other side restarted, timed the dialog out or already ended it; a `CANCEL` that arrives after the `INVITE` transaction completed; a `PRACK` for a reliable provisional response the UAS does not know; or a mid-dialog request that reached the wrong element because of a missing `Record-Route`, broken NAT handling, or a B2BUA that changed tags or `Call-ID`.
    .handle = Treat the dialog as gone: a 481 to a request within a dialog SHOULD make the UAC terminate it (RFC 3261 §12.2.1.2; RFC 5057 limits this to the usage, such as one subscription, that the request belonged to), so clean up instead of retrying. When 481s hit live calls, compare the `Call-ID`, tags and route set of the failing request with the messages that created the dialog to find the element that broke them.

code-482 =
    .summary = The request came back to a server it had already passed with the same routing, a loop, so it was not forwarded again.
    .description = RFC 3261: the server detected a loop: the request reached a proxy that had already forwarded it, with the same Request-URI and other routing inputs (a spiral, where they changed, is legitimate; RFC 5393 tightened how proxies tell the two apart). A UAS also answers 482 to a merged request, a second copy of a forked request with the same `From` tag, `Call-ID` and `CSeq` but a different branch (RFC 3261 §8.2.2.2).
    .seen = Routing misconfiguration: two proxies, or a proxy and a PBX, that each route a number or domain to the other, a default route that points back at the sender, or a DNS record that resolves a next hop to the proxy itself. Merged-request 482s are normal when a forked `INVITE` reaches the same phone twice over different paths; the other copy proceeds.
    .handle = Do not retry unchanged. Read the `Via` headers of the looped request, where the same host appears twice, and fix the route, dial plan or DNS entry that sends it back. A 482 on one branch of a forked call that is answered on another branch needs no action.

code-483 =
    .summary = Max-Forwards reached zero before the request reached its target, usually because of a routing loop.
    .description = RFC 3261: the server received a request whose `Max-Forwards` header was zero, so it must not be forwarded. A proxy may answer an `OPTIONS` request with `Max-Forwards: 0` itself, as its final recipient; for any other request it returns 483.
    .seen = A routing loop that loop detection did not catch, typically through B2BUAs or SBCs that start a fresh `Via` on every pass, hiding the loop, while still passing `Max-Forwards` on decremented; a very long chain of proxies and application servers; or a sender that set an unusually low initial value instead of the usual 70.
    .handle = Do not retry unchanged. Trace the request that hit zero through the `Via` and `Record-Route` headers or the logs of each B2BUA to find the cycle and break it; if the path really is that long, find the element that started with the low value.

code-484 =
    .summary = The Request-URI is incomplete, typically a dialled number that is missing digits.
    .description = RFC 3261: the server received a request with an incomplete Request-URI; additional information SHOULD be given in the reason phrase. The code supports overlap dialling: a client that does not know the length of the number sends requests with ever longer digit strings, prompting the user for more digits, until it no longer receives 484.
    .seen = On `INVITE`s towards the PSTN or a PBX dial plan when the number is too short for its route: a partial national number, a missing area code or trunk prefix, or a gateway doing overlap signalling (ISUP cause 28, "invalid number format (address incomplete)", maps to 484 per RFC 3398).
    .handle = Complete the number, with the missing digits, country or area code or dial-plan prefix, and send a new `INVITE`; with overlap dialling, collect more digits from the user and retry. If complete numbers still get 484, check the number normalization rules on the proxy or gateway. A PSTN gateway that receives it should, if at all possible, correct the request and try the call again, and fail the ISUP side only if that proves impossible (RFC 3398 §8.2.6.1).

code-485 =
    .summary = The Request-URI matches more than one user; the response may list unambiguous alternatives in Contact.
    .description = RFC 3261: the Request-URI was ambiguous. The response MAY list possible unambiguous addresses in `Contact` headers; because revealing them can infringe the privacy of users or the organization, a server MUST be configurable to answer 404 instead or to leave the list out.
    .seen = Rarely, from directory-style services that resolve names, for example `sip:lee@example.com` when several people are called Lee, or from PBX dial-by-name features that match more than one entry.
    .handle = Pick one of the `Contact` addresses, normally by letting the user choose, and send a new request to it, or make the Request-URI more specific. If no `Contact` is given, the server chose not to disclose the candidates.

code-486 =
    .summary = The callee's device was reached but is busy and will not take another call there.
    .description = RFC 3261: the callee's end system was contacted successfully, but the callee is currently not willing or able to take additional calls at this end system. `Retry-After` may suggest a better time, and the user may still be reachable elsewhere, such as through voicemail; when the sender knows that no other end system can take the call, it should send 600 (Busy Everywhere) instead.
    .seen = A phone already in a call with call waiting off or its line limit reached, the user pressing reject on many phones, a PBX applying a per-user call limit, or a PSTN gateway mapping ISUP cause 17 (user busy).
    .handle = Tell the caller the line is busy and retry later, after `Retry-After` if present; proxies and PBXs commonly forward a 486 to voicemail or another target (call forwarding on busy). Unexpected 486s from idle phones usually mean a call-limit or call-waiting setting, or a stuck call still counted on the device.

code-487 =
    .summary = The pending request was cancelled, normally by a CANCEL for an INVITE that had not been answered yet.
    .description = RFC 3261: the request was terminated by a `BYE` or `CANCEL`. After answering the `CANCEL` itself with 200, the UAS responds 487 to the pending `INVITE`; 487 is never the response to the `CANCEL` request itself.
    .seen = The caller hung up while the callee was still ringing; a forking proxy cancelled the other branches once one device answered (the `CANCEL` then often carries `Reason: SIP ;cause=200 ;text="Call completed elsewhere"`); or a proxy's Timer C or a PBX ring timeout cancelled an unanswered call.
    .handle = Usually nothing: someone asked for the cancellation. `ACK` the 487 like any other final error to an `INVITE`; if calls end in 487 that nobody hung up, find the element that sent the `CANCEL`, such as a proxy ring timer or a forking rule, and read its `Reason` header.

code-488 =
    .summary = The session offer is not acceptable at this endpoint, e.g. no codec, media type or transport profile in common.
    .description = RFC 3261: the same meaning as 606 (Not Acceptable), but only for the resource addressed by the Request-URI; the request may succeed elsewhere. The response MAY carry a body describing the media capabilities the UAS does accept, and usually a `Warning` header naming the problem, such as `305 Incompatible media format`.
    .seen = An `INVITE`, re-INVITE or `UPDATE` offer with no codec in common, a media type the endpoint lacks (video, T.38 fax), SRTP offered to a plain-RTP endpoint or the reverse, or a WebRTC offer with ICE and DTLS-SRTP sent to a legacy device; SBCs and gateways send it when their codec policy removes every offered codec.
    .handle = Read the `Warning` header and any SDP in the response, then retry with an offer the endpoint supports, for example by adding G.711 (PCMU, PCMA), matching its RTP/SRTP profile, or enabling transcoding on the SBC. A 488 to a re-INVITE leaves the session unchanged, so the call continues with the previous media. A PSTN gateway picks the ISUP cause from the `Warning` code: 31 (normal, unspecified) by default, 65 (bearer capability not implemented) when the warning is about an unavailable bearer capability (RFC 3398 §8.2.6.1).

code-489 =
    .summary = The server does not understand or support the event package named in the Event header.
    .description = Defined for SIP events (RFC 6665, originally RFC 3265): the server did not understand the event package in the `Event` header. A notifier answers a `SUBSCRIBE` for a package it does not support with 489, a subscriber answers a `NOTIFY` whose `Event` package it does not support, and an event state compositor answers a `PUBLISH` with a missing or unsupported `Event` the same way (RFC 3903).
    .seen = A `SUBSCRIBE` for `presence`, `dialog` (busy lamp field), `message-summary` (voicemail indicator) or `reg` sent to a server or phone that does not implement that package, or with a misspelled package name; also `NOTIFY` requests for a package the receiving phone does not handle.
    .handle = Check `Allow-Events` in a reply to `OPTIONS` (or in this response, if the server included it) for the packages the server supports, and subscribe to one of those or enable the package on the server. Resending the same `Event` fails again.

code-491 =
    .summary = The UAS already has a request pending on this dialog (glare); retry after a short random delay.
    .description = RFC 3261: the request reached a UAS that had a pending request within the same dialog, typically two re-INVITEs crossing. Each side answers the other's request with 491 and retries after a random delay whose range depends on which side generated the dialog's `Call-ID` (RFC 3261 §14.1); RFC 3311 applies the same rule to `UPDATE`.
    .seen = Glare during hold, resume, transfer or session-timer refreshes, when both ends, or a B2BUA on one leg, send a re-INVITE or `UPDATE` at the same moment; also when one side sends a new offer while its peer's own offer is still unanswered.
    .handle = Wait and resend if the change is still needed: a UA that generated the `Call-ID` (it sent the initial `INVITE`) waits a random 2.1 to 4 seconds, the other side 0 to 2 seconds. The dialog stays up; repeated 491s point to an application or B2BUA that re-INVITEs immediately instead of backing off.

code-493 =
    .summary = The UAS cannot decrypt an S/MIME-encrypted body in the request; it lacks or will not use the right key.
    .description = RFC 3261: the request contained an encrypted MIME body for which the recipient does not possess, or will not provide, an appropriate decryption key. The response MAY carry a single body with the public key that the sender should use to encrypt bodies sent to this UA.
    .seen = Rarely, because S/MIME is little deployed in SIP: an `INVITE` or `MESSAGE` whose SDP or text was encrypted (`Content-Type: application/pkcs7-mime`) with a wrong or outdated certificate of the recipient, or sent to a device with no private key configured.
    .handle = Encrypt the body again with the key returned in the 493 body, or with a freshly obtained certificate of the recipient, and resend. If the recipient has no key at all, protect the hop with TLS instead, or send the body unencrypted only if your security policy allows it.

code-494 =
    .summary = The first-hop server requires security mechanism agreement (RFC 3329) before it processes the request.
    .description = Defined in RFC 3329: a server that receives an unprotected request with `sec-agree` in `Require` or `Proxy-Require`, or a request whose `Security-Verify` list does not match its own, answers 494 with a `Security-Server` header listing the mechanisms it supports, such as `tls`, `digest` or `ipsec-ike`. A server whose policy demands the agreement also sends 494 to requests that only list `sec-agree` in `Supported`.
    .seen = Only between a UA and its first hop (outbound proxy, registrar or IMS P-CSCF): a client sending `Security-Client` with `Require: sec-agree` over an unprotected transport, a server configured for sec-agree receiving a request from a client that advertises `Supported: sec-agree`, or a `Security-Verify` that does not mirror the server's current list. In IMS registration the initial `REGISTER` is usually answered by a 401 that carries `Security-Server`, so 494 is less common there.
    .handle = Choose the mechanism with the highest `q` value in `Security-Server` that the client supports, set it up (TLS connection, IPsec security associations, or digest with the challenge in the response), and resend over it with `Security-Verify` copying the server's list exactly plus `Require` and `Proxy-Require` set to `sec-agree`. If no listed mechanism is supported the client cannot use this server; also check that no middlebox rewrites the `Security-*` headers.
