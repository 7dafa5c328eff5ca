## Call-flow ladders: each lane is named by the part its party plays in that exchange (the
## RFCs' own terms), and a hint appears when a ladder is wider than the screen.

flow-role = { $role ->
    [uac] Caller (UAC)
    [uas] Callee (UAS)
    [uas2] Callee 2 (UAS)
    [proxy] Proxy
    [proxy2] Proxy 2
    [registrar] Registrar
    [ua] User agent
    [subscriber] Subscriber
    [notifier] Notifier
    [publisher] Publisher
    [esc] Compositor (ESC)
    [sender] Sender
    [recipient] Recipient
    [ua-a] UA A
    [ua-b] UA B
    [referrer] Referrer
    [referee] Referee
    [refer-target] Refer target
   *[redirect] Redirect server
}
flow-scroll-hint = Wider than the screen: scroll the diagram sideways to see every party.
