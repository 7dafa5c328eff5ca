# Prose for the 1xx (provisional) response codes.

code-100 =
    .summary = The next hop received the request and is working on it; hop-by-hop only, it says nothing about the callee.
    .description = The request reached the next-hop server and some unspecified processing is under way, such as a location lookup or a routing query. Like any provisional response it stops the UAC retransmitting an `INVITE`, but unlike the others it is never forwarded upstream by a stateful proxy: each hop generates its own.
    .seen = Stateful proxies, SBCs and gateways send it as soon as an `INVITE` arrives, and an `INVITE` server transaction must send it unless the application will answer within 200 ms. It is rare on non-`INVITE` requests, because RFC 4320 forbids it over UDP until the client's retransmission interval has backed off to T2.
    .handle = Stop retransmitting and wait for the final response; the client transaction is now in the Proceeding state, where Timer B no longer applies. A 100 proves only that the first hop got the request and it does not reset a proxy's Timer C, so if a call stalls after it, look at the trace of the next hop, not at the phone.

code-180 =
    .summary = The called UA is alerting the user; the caller should hear ringback until a final response arrives.
    .description = The UA that received the `INVITE` is alerting the user, and the caller may start local ringback. With a `To` tag it creates an early dialog; it may carry SDP for early media, an `Alert-Info` naming an alternative ringback tone, and, when sent reliably under RFC 3262, `Require: 100rel` with an `RSeq`.
    .seen = Phones send it as soon as they start ringing, and PSTN gateways send it when an ISUP Address Complete message reports the subscriber as free. When a proxy forks, the caller receives one 180 per ringing device, each with a different `To` tag.
    .handle = Play local ringback unless the 180 carries SDP and you render early media, and answer it with `PRACK` if it contains `Require: 100rel`. Keep one early dialog per `To` tag, because the final 200 may come from any of them.

code-181 =
    .summary = A server is forwarding the call to a different set of destinations; informational only.
    .description = A server may send it to say the call is being forwarded to a different set of destinations. It changes nothing in the transaction: the `INVITE` is still pending, and the final response will come from wherever the call ends up.
    .seen = PBXs, application servers and proxies send it when a forwarding service fires (unconditional, on busy, on no answer), while the forwarded `INVITE` carries `History-Info` or `Diversion` naming the original target. Gateways also produce it from an ISUP Call Progress message reporting that the call was diverted.
    .handle = Keep waiting for the final response, and show "call forwarded" if the UI has a place for it. The 181 itself rarely says where the call went; if you need that, look for `History-Info` in later responses, which RFC 7044 allows the UAS to return.

code-182 =
    .summary = The callee is temporarily unavailable and the server has queued the call instead of rejecting it.
    .description = The called party is temporarily unavailable, but the server chose to queue the call rather than reject it, and will send the appropriate final response when the callee becomes available. The reason phrase may carry details such as the queue position or expected wait, and the server may send several 182s to update them.
    .seen = Call-centre queues and ACD systems that keep the `INVITE` unanswered while all agents are busy. Many queueing systems instead answer with 200 and play music, so a real 182 means the queue holds the call in the signalling phase.
    .handle = Keep the `INVITE` pending and don't apply a short no-answer timeout; show the reason phrase if it is informative. Each 182, like any provisional response other than 100, resets Timer C at the proxies on the path, so a queue that resends it periodically keeps a long wait from timing out there.

code-183 =
    .summary = Call progress information not otherwise classified; in practice the usual carrier of SDP for early media.
    .description = Conveys call progress that is not otherwise classified, with details in the reason phrase, header fields or body. In practice it is the usual vehicle for SDP before answer: early media such as network ringback or announcements, and precondition negotiation (RFC 3312), often sent reliably with `Require: 100rel`.
    .seen = PSTN gateways and carriers send it with SDP when the far end provides in-band tones or announcements: ringback, "number not in service", a queue message. IMS networks send it with `P-Early-Media` to authorise early media, and with preconditions while resources are being reserved.
    .handle = If it carries SDP, start the media path and play the received stream instead of local ringback; if it contains `Require: 100rel`, send `PRACK`. Silence or one-way audio before answer usually means the RTP announced in the SDP is blocked by NAT or a firewall, or that the UAC ignores early media.

code-199 =
    .summary = One early dialog ended before the final response; release its resources and keep waiting on the others.
    .description = Defined by RFC 6228, it tells upstream entities that an early dialog has been terminated before the final response to the `INVITE` is sent. Its `To` tag identifies the terminated early dialog; the `INVITE` itself is still pending.
    .seen = A forking proxy sends it when a branch that had already created an early dialog (with a 180 or 183 carrying a `To` tag) ends with a non-2xx final response while other branches are still pending; a UAS that created several early dialogs can send it for one of them. It is only sent if the `INVITE` carried `Supported: 199`.
    .handle = Release what belongs to that early dialog, typically its early-media stream and decoder, and keep waiting for a final response. A UAC that doesn't understand 199 would treat it as a 183, which is why servers send it only to UACs that list the `199` option tag in `Supported`.
