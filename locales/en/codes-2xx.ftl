# Prose for the 2xx (success) response codes.

code-200 =
    .summary = The request succeeded; for INVITE it establishes the dialog and must be acknowledged with ACK.
    .description = The request has succeeded; what the response carries depends on the method. For `INVITE` it establishes the dialog, normally carries the SDP answer (or the offer, if the `INVITE` had none), and gives the remote target in `Contact` and the route set in `Record-Route`; for `REGISTER` it lists every current binding with its expiry.
    .seen = The callee answers a call, a registrar accepts a `REGISTER`, or a server accepts `OPTIONS`, `BYE`, `SUBSCRIBE` and the rest. When a caller hangs up during ringing you also see a 200 with `CSeq: 1 CANCEL`, which only confirms that the `CANCEL` arrived; the `INVITE` then ends with 487.
    .handle = For `INVITE`, send `ACK` end to end along the route set; the UAS retransmits the 200 until the `ACK` arrives and, if it never does, hangs up with `BYE`. If a forked `INVITE` returns several 200s, acknowledge each and send `BYE` on the dialogs you don't want; for `REGISTER`, read the `expires` of your own `Contact` to schedule the refresh.

code-202 =
    .summary = The request was accepted but not yet acted on; RFC 6665 deprecates it for SUBSCRIBE and NOTIFY, where 200 replaces it.
    .description = Meant that the request was accepted for processing that had not completed. RFC 3265 used it on `SUBSCRIBE` for a subscription that was understood but perhaps not yet authorised, and RFC 3515 used it on `REFER`; RFC 6665 deprecated it as a response to `SUBSCRIBE` and `NOTIFY`, and a receiver must treat it exactly like 200: a notifier now answers 200 and immediately sends a `NOTIFY` whose `Subscription-State` (`pending`, `active` or `terminated`) carries the real state.
    .seen = Older presence, dialog and message-waiting servers answering `SUBSCRIBE`, most transfer implementations answering `REFER`, and store-and-forward relays such as SMS-over-IP gateways answering `MESSAGE` that they have accepted but not yet delivered. It never says whether the subscription is authorised or whether the referred call succeeded.
    .handle = Treat it exactly like 200: the request succeeded, the subscription (or the implicit one a `REFER` creates) exists, and its state arrives in the `NOTIFY` that follows; no further final response will come. A notifier you write should send 200 and then a `NOTIFY` with `Subscription-State: pending` while authorisation is undecided.

code-204 =
    .summary = The in-dialog SUBSCRIBE succeeded, but no NOTIFY follows because the subscriber's copy of the state is current.
    .description = Defined by RFC 5839 for conditional event notification: the `SUBSCRIBE` succeeded, but the notification that would normally follow it will not be sent. It is valid only in response to a `SUBSCRIBE` sent within an established subscription dialog.
    .seen = A subscriber refreshes its subscription with `Suppress-If-Match` set to the entity-tag it received in the last `NOTIFY`'s `SIP-ETag`, and the resource state has not changed since. Presence and resource-list subscriptions use it to avoid a full `NOTIFY` on every refresh.
    .handle = Treat it as a successful refresh: keep the cached state and its entity-tag, and take the new expiry from `Expires`. Only a subscriber that sends `Suppress-If-Match` can get a 204, so if your application expects a `NOTIFY` after each refresh, stop your stack from sending that header.
