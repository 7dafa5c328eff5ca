## コールフロー図：各レーンには、そのやり取りで当事者が果たす役割（RFC の用語）を表示します。
## 図が画面より広いときは、横スクロールの案内を表示します。

# refer target の間は改行しない空白（U+00A0）：2 行に折り返すとき「refer target」と「（転送先）」で分かれるように。
flow-role = { $role ->
    [uac] 発信者（UAC）
    [uas] 着信者（UAS）
    [uas2] 着信者 2（UAS）
    [proxy] プロキシ
    [proxy2] プロキシ 2
    [registrar] レジストラ
    [ua] UA
    [subscriber] サブスクライバ
    [notifier] ノーティファイア
    [publisher] パブリッシャー
    [esc] イベント状態コンポジター
    [sender] 送信者
    [recipient] 受信者
    [ua-a] UA A
    [ua-b] UA B
    [referrer] referrer（転送元）
    [referee] referee（被転送側）
    [refer-target] refer target（転送先）
   *[redirect] リダイレクトサーバー
}
flow-scroll-hint = 図が画面に収まりません。横にスクロールすると、すべての要素を表示できます。
