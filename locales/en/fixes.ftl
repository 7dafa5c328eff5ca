# What fixes each code: one sentence per fix id of the records (content/sip/*.toml, field `fix`).
# Codes share an id only when what the engineer does is the same. Plain text, no Markdown.

# 100
fix-wait-for-final-response = Nothing to change: the INVITE was received and the transaction is still open, so stop retransmitting it and wait for the final response.
# 180
fix-play-ringback-and-wait = Play local ringback (or render early media if SDP is present), keep one early dialog per To tag, PRACK if Require: 100rel, and wait for the final response.
# 182
fix-wait-in-queue = Keep the INVITE pending without a short no-answer timeout and show the queue status; the UAS sends a new provisional response at least every minute.
# 183
fix-render-early-media-and-wait = If SDP is present, open the media path and play the received early media instead of local ringback (PRACK if Require: 100rel); keep waiting for the final response.
# 199
fix-release-early-dialog = Release the early dialog (and its early media) identified by the To tag of the 199, and keep waiting for the final response on the other branches.
# 202
fix-accepted-not-yet-done = Treat it as 200 for SUBSCRIBE and REFER and wait for the NOTIFY that carries the state; for MESSAGE it means accepted for delivery, not yet delivered.
# 200
fix-request-succeeded = The request succeeded: for INVITE send ACK end to end (and BYE unwanted forked dialogs); for REGISTER read your Contact's expires to schedule the refresh; for SUBSCRIBE and REFER the state arrives in the NOTIFY that follows.
# 204
fix-keep-cached-state = The refresh succeeded and no NOTIFY will follow: keep the cached state and its entity-tag and take the new expiry from Expires.
# 300
fix-choose-contact-and-retry = Pick one of the Contact URIs (by q value or by asking the user) and send a new request there, skipping URIs already tried.
# 301
fix-retry-at-contact-update-address = Retry at the Contact URI and replace the old address in address books, directories and location caches.
# 302
fix-retry-at-contact-temporarily = Retry at the Contact URI; cache it only for the Expires/expires time (not at all without one), and retry the original URI once if the cached one fails.
# 305
fix-resend-via-proxy-in-contact = Repeat this single request, with the same target, through the proxy named in Contact.
# 380
fix-follow-alternative-service-body = Parse the body (format named by Content-Type) and place the call the way it describes; without a known body, treat as a failed call.
# 400
fix-fix-malformed-request = Read the reason phrase, compare the bytes on the wire with the RFC 3261 grammar and fix the sender (or the element that rewrote the message); an unchanged retry fails again.
# 401
fix-answer-www-authenticate-challenge = Compute credentials for the WWW-Authenticate challenge and resend with Authorization, same Call-ID/From/To and CSeq + 1; never retry with credentials just rejected unless stale.
# 402
fix-contact-provider-billing = No standard meaning (RFC 3261 reserves 402): treat it as a billing refusal by the provider, check the account with them, and do not retry automatically.
# 403
fix-check-permissions-do-not-retry = Do not repeat the request; check the account, access lists and calling permissions (credentials will not help).
# 404
fix-check-request-uri-user = Check the user part and domain of the Request-URI as received (normalisation, dial plan, served domains); if Retry-After is present, the user is expected back after that time.
# 405
fix-use-allowed-method = Read Allow and stop sending this method to that URI; use a listed method or send the request to the element that handles it.
# 406
fix-widen-accept-headers = Widen the Accept header of the request to a type the server can generate and resend.
# 407
fix-answer-proxy-authenticate-challenge = Answer each Proxy-Authenticate realm with a Proxy-Authorization header and resend with CSeq + 1; a new 407 from another proxy is normal, but stop if a realm you answered challenges again without stale=true.
# 408
fix-retry-later-check-next-hop = Find the hop that stopped answering (transport, NAT, firewall); the same request may be repeated later, and a 408 inside a dialog means the dialog should be terminated.
# 410
fix-remove-stale-address = Stop calling or routing to this URI and update the contact, directory or routing entry; there is no forwarding address.
# 412
fix-publish-fresh-state = Do not repeat the PUBLISH; discard the entity-tag and send an initial PUBLISH without SIP-If-Match carrying the full state.
# 413
fix-shrink-body = Resend without the body or with a smaller one; if Retry-After is present the limit is temporary and the request may be retried after it.
# 414
fix-shorten-request-uri = Shorten the Request-URI (move state out of URI parameters, fix rewrite rules that append repeatedly) and resend.
# 415
fix-resend-with-accepted-body-format = Resend using only body types, encodings and languages listed in the response's Accept, Accept-Encoding and Accept-Language.
# 416
fix-use-sip-uri = Retry with a SIP URI in the Request-URI (e.g. tel number as user part with user=phone).
# 417
fix-use-accepted-rp-or-drop-require = Resend with a namespace and value listed in Accept-Resource-Priority, or without resource-priority in Require so that the request is served at default priority.
# 420
fix-drop-unsupported-option-tag = Resend without the option tags named in Unsupported in Require/Proxy-Require (list them in Supported if merely desirable).
# 421
fix-add-required-option-tag-to-supported = Implement the extension named in the 421's Require and resend with that option tag in Supported (or route via an element that supplies it).
# 422
fix-raise-session-expires-to-min-se = Resend with Session-Expires at least the 422's Min-SE value and a Min-SE header carrying it.
# 423
fix-raise-expires-to-min-expires = Resend the REGISTER/SUBSCRIBE/PUBLISH with an expiration (Expires or Contact expires) of at least Min-Expires.
# 424
fix-fix-location-conveyance = Fix the PIDF-LO / usage rules or make the location URI dereferenceable by the recipient, then resend.
# 425
fix-fix-cap-alert-payload = Repair the CAP document or its MIME packaging in the MESSAGE and resend.
# 428
fix-sign-request-with-identity = Have the originating authentication service add a valid Identity header (and keep intermediaries from stripping it), then resend.
# 429
fix-referrer-provides-referred-by-token = Report the 429 to the referrer (NOTIFY sipfrag); the referrer must send a new REFER with a signed Referred-By token.
# 430
fix-retry-other-flow-of-instance = The authoritative proxy retries on another registered flow of the same instance-id/AOR; check keep-alives if frequent.
# 433
fix-reveal-identity-with-user-consent = Retry without anonymity only if the user (or a user-defined policy) agrees to reveal the identity; otherwise give up.
# 436
fix-publish-reachable-credential-url = Publish the signing certificate at a publicly fetchable URL in the Identity 'info' parameter, then re-sign/resend.
# 437
fix-use-trusted-credential = Sign with a certificate chaining to a CA the verifier trusts, using a supported algorithm.
# 438
fix-keep-signed-fields-intact = Find the intermediary that altered From/To/Date/Identity after signing (or re-sign after the change) so the PASSporT verifies.
# 439
fix-register-without-outbound-or-fix-edge = Register without reg-id (no outbound) or via an edge proxy that supports outbound and adds Path with ;ob.
# 440
fix-reduce-parallel-forking = Route so fewer elements fork in parallel (or fork serially) and check Max-Breadth settings on proxies/B2BUAs.
# 469
fix-send-only-negotiated-info-package = Send INFO only for packages in the peer's latest Recv-Info; otherwise use another mechanism, keep the dialog.
# 470
fix-obtain-recipient-consent = Have the relay obtain permission from the URIs in Permission-Missing (or drop them), then retry.
# 480
fix-check-binding-or-unavailable-treatment = If a proxy or registrar sent it, check the callee's registration (binding, expiry, reachability of its Contact through NAT); if the device sent it, give unavailable treatment (voicemail, forwarding) and retry later, after Retry-After if given.
# 486
fix-try-later-or-other-device = Don't retry this endpoint now; try later (after Retry-After) or reach the user another way (forwarding, voicemail).
# 481
fix-terminate-stale-dialog = Treat the dialog/transaction as gone and clean up; find the element that broke Call-ID, tags or the route set.
# 482
fix-fix-routing-loop = Don't resend unchanged; find the route, dial-plan or DNS entry that sends the request back (same host twice in Via) and fix it.
# 483
fix-trace-max-forwards-exhaustion = Trace where Max-Forwards reached zero: break the hidden loop (B2BUAs/SBCs) or fix the element that set a low initial value.
# 484
fix-complete-dialled-number = Complete the number (missing digits, area/country code, prefix) or collect more digits (overlap dialling) and send a new INVITE.
# 485
fix-choose-unambiguous-contact = Let the user pick one of the Contact alternatives (user intervention is required) or make the Request-URI more specific.
# 487
fix-none-request-cancelled = Nothing to fix: the request was ended by a CANCEL or BYE; acknowledge the 487 with ACK and, if the end was unexpected, find who sent the CANCEL.
# 488
fix-offer-supported-media = Read Warning and any capability body, then re-offer a session the endpoint supports (common codec, media type, RTP/SRTP profile).
# 489
fix-subscribe-to-supported-event-package = Subscribe/publish only to a package the server lists in Allow-Events, or enable the package on the server.
# 491
fix-retry-after-random-backoff = Wait the random glare back-off (2.1-4 s if you own the Call-ID, else 0-2 s) and resend if the change is still needed.
# 493
fix-re-encrypt-with-recipient-key = Re-encrypt the body with the public key returned in the 493 (or a fresh certificate of the recipient) and resend.
# 494
fix-negotiate-security-mechanism = Pick a mechanism from Security-Server, set it up and resend with Security-Verify mirroring the server's list.
# 500
fix-retry-after-pause-check-server = Retry after several seconds (or Retry-After), never in a loop; if persistent, the operator of the answering element must fix it.
# 501
fix-use-method-peer-supports = Don't resend this method to this peer; fall back to a method it supports (see Allow/OPTIONS) or disable the feature.
# 502
fix-fail-over-to-other-route = Fail over to another route/trunk/gateway; the operator of the 502's sender checks the invalid downstream response.
# 503
fix-fail-over-honour-retry-after = Send to an alternate server and send nothing more to this one for the Retry-After period.
# 504
fix-retry-other-route-check-upstream-timeout = Retry later or via another route; the operator checks which external server timed out and its timeout settings.
# 505
fix-send-sip-2-0 = Send the request with SIP/2.0 in the request line; find the element that rewrote it.
# 513
fix-shrink-message-or-use-tcp = Shrink the message or send it over TCP/TLS; raise the receiver's maximum size if legitimate.
# 555
fix-register-with-supported-pns = Register with a pn-provider the network supports (learn it from Feature-Caps +sip.pns) or without pn-* parameters.
# 580
fix-check-resource-reservation-path = Treat the call setup as failed; find the media stream whose resource reservation failed and fix the QoS or bearer path, or offer the preconditions as optional.
# 600
fix-stop-search-call-back-later = End the search for this user (no other contacts, voicemail or forwarding); call back only later, after Retry-After if given.
# 604
fix-check-dialled-address = Check the number/URI; if it is right, the authoritative element's data (routing, portability, subscriber record) must be corrected.
# 607
fix-stop-calling-unwanted = Stop calling this number from this identity; reach the user by another channel.
# 608
fix-contest-block-via-jwscard = Don't retry or reroute; contest the block through the contact in the Call-Info jwscard.
