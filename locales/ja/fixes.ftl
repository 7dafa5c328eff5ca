# 各コードの解決方法：レコード（content/sip/*.toml の `fix` フィールド）の fix id ごとに 1 文。
# 技術者が行う対処が同じ場合に限り、複数のコードが同じ id を共有します。プレーンテキストで、Markdown は使いません。

# 100
fix-wait-for-final-response = 変更は不要です。INVITE は受信され、トランザクションはまだ継続中なので、再送を止めて最終応答を待ちます。
# 180
fix-play-ringback-and-wait = ローカルで呼び出し音を鳴らし（SDP があればアーリーメディアを再生し）、To タグごとにアーリーダイアログを 1 つずつ保持し、Require: 100rel があれば PRACK を送って、最終応答を待ちます。
# 182
fix-wait-in-queue = 短い無応答タイマーを適用せずに INVITE を未完了のまま保ち、キューの状況を表示します。UAS は少なくとも 1 分ごとに新しい暫定応答を送信します。
# 183
fix-render-early-media-and-wait = SDP があればメディアパスを開き、ローカルの呼び出し音の代わりに受信したアーリーメディアを再生し（Require: 100rel があれば PRACK を送ります）、最終応答を待ち続けます。
# 199
fix-release-early-dialog = 199 の To タグで識別されるアーリーダイアログ（とそのアーリーメディア）を解放し、他のブランチからの最終応答を引き続き待ちます。
# 202
fix-accepted-not-yet-done = SUBSCRIBE と REFER の場合は 200 と同様に扱い、状態を伝える NOTIFY を待ちます。MESSAGE の場合は、配信のために受け付けられたことを意味するだけで、まだ配信されたわけではありません。
# 200
fix-request-succeeded = リクエストは成功しています。INVITE であればエンドツーエンドで ACK を送信し（フォークで生じた不要なダイアログは BYE で終了し）、REGISTER であれば自分の Contact の expires を読んで再登録のタイミングを決めます。SUBSCRIBE と REFER の場合、状態はこの後に届く NOTIFY で通知されます。
# 204
fix-keep-cached-state = 更新は成功しており、NOTIFY は送られてきません。キャッシュした状態とそのエンティティタグを保持し、新しい有効期限は Expires から取得します。
# 300
fix-choose-contact-and-retry = Contact の URI から 1 つを（q 値に基づいて、またはユーザーに尋ねて）選び、そこへ新しいリクエストを送ります。試行済みの URI は除外します。
# 301
fix-retry-at-contact-update-address = Contact の URI で再試行し、アドレス帳、ディレクトリ、ロケーションキャッシュにある旧アドレスを置き換えます。
# 302
fix-retry-at-contact-temporarily = Contact の URI で再試行します。その URI をキャッシュしてよいのは Expires/expires で示された期間だけで（どちらもなければキャッシュしません）、キャッシュした URI で失敗した場合は元の URI で 1 回再試行します。
# 305
fix-resend-via-proxy-in-contact = このリクエスト 1 つに限り、宛先は変えずに、Contact で指定されたプロキシ経由で再送します。
# 380
fix-follow-alternative-service-body = ボディ（形式は Content-Type で示されます）を解析し、その記述どおりの方法で発信します。理解できるボディがなければ、失敗した呼として扱います。
# 400
fix-fix-malformed-request = 理由フレーズを読み、実際に流れたバイト列を RFC 3261 の文法と照らし合わせて、送信側（またはメッセージを書き換えた要素）を修正します。そのまま再試行しても再び失敗します。
# 401
fix-answer-www-authenticate-challenge = WWW-Authenticate のチャレンジに対する認証情報を計算し、Call-ID/From/To は変えずに CSeq を 1 増やし、Authorization を付けて再送します。拒否されたばかりの認証情報での再試行は、nonce の期限切れ（stale）の場合を除き、行いません。
# 402
fix-contact-provider-billing = 標準で定められた意味はありません（RFC 3261 は 402 を予約しているだけです）。プロバイダーによる課金上の拒否として扱い、プロバイダーにアカウントの状況を確認します。自動では再試行しません。
# 403
fix-check-permissions-do-not-retry = リクエストを繰り返さず、アカウント、アクセスリスト、発信権限を確認します（認証では解決しません）。
# 404
fix-check-request-uri-user = 受信された時点の Request-URI のユーザー部とドメインを確認します（番号の正規化、ダイヤルプラン、サーバーが扱うドメイン）。Retry-After がある場合は、その時間が経てばユーザーが再び応答可能になる見込みです。
# 405
fix-use-allowed-method = Allow を読み、そのメソッドをその URI へ送るのをやめます。列挙されたメソッドを使うか、そのメソッドを処理する要素にリクエストを送ります。
# 406
fix-widen-accept-headers = リクエストの Accept ヘッダーを、サーバーが生成できるタイプを含むように広げて再送します。
# 407
fix-answer-proxy-authenticate-challenge = Proxy-Authenticate の realm ごとに Proxy-Authorization ヘッダーで応え、CSeq を 1 増やして再送します。別のプロキシから新たに 407 が返るのは正常ですが、応答済みの realm から stale=true のないチャレンジが再び返ってきた場合は、そこでやめます。
# 408
fix-retry-later-check-next-hop = 応答しなくなったホップを特定します（トランスポート、NAT、ファイアウォール）。同じリクエストは後で繰り返してかまいませんが、ダイアログ内で 408 を受けた場合は、そのダイアログを終了すべきです。
# 410
fix-remove-stale-address = この URI への発信やルーティングをやめ、コンタクト、ディレクトリ、ルーティングのエントリを更新します。転送先のアドレスはありません。
# 412
fix-publish-fresh-state = その PUBLISH は繰り返さず、エンティティタグを破棄して、完全な状態を含む初回の PUBLISH を SIP-If-Match なしで送信します。
# 413
fix-shrink-body = ボディを外すか小さくして再送します。Retry-After がある場合、制限は一時的なもので、その時間が経過した後に再試行できます。
# 414
fix-shorten-request-uri = Request-URI を短くして再送します（状態を URI パラメーターに持たせないようにする、パラメーターを繰り返し追加してしまう書き換えルールを修正する、など）。
# 415
fix-resend-with-accepted-body-format = 応答の Accept、Accept-Encoding、Accept-Language に列挙されたボディタイプ、エンコーディング、言語だけを使って再送します。
# 416
fix-use-sip-uri = Request-URI を SIP URI にして再試行します（たとえば tel の番号をユーザー部に入れ、user=phone を付けます）。
# 417
fix-use-accepted-rp-or-drop-require = Accept-Resource-Priority に列挙された名前空間と値で再送するか、Require から resource-priority を外し、デフォルトの優先度で処理されるようにして再送します。
# 420
fix-drop-unsupported-option-tag = Unsupported に示されたオプションタグを Require/Proxy-Require から外して再送します（必須ではなく、あれば望ましいという程度なら Supported に列挙します）。
# 421
fix-add-required-option-tag-to-supported = 421 の Require に示された拡張を実装し、そのオプションタグを Supported に入れて再送します（または、その拡張を提供する要素を経由させます）。
# 422
fix-raise-session-expires-to-min-se = Session-Expires を 422 の Min-SE の値以上にし、その値を入れた Min-SE ヘッダーを付けて再送します。
# 423
fix-raise-expires-to-min-expires = 有効期間（Expires または Contact の expires）を Min-Expires 以上にして、REGISTER/SUBSCRIBE/PUBLISH を再送します。
# 424
fix-fix-location-conveyance = PIDF-LO や利用ルールを修正するか、受信側が位置情報 URI を参照解決できるようにしてから再送します。
# 425
fix-fix-cap-alert-payload = MESSAGE に含まれる CAP 文書またはその MIME パッケージングを修正して再送します。
# 428
fix-sign-request-with-identity = 発信側の認証サービスに有効な Identity ヘッダーを付加させ（中継要素がそれを削除しないようにしたうえで）、再送します。
# 429
fix-referrer-provides-referred-by-token = 429 を referrer（REFER を送信した側）に報告します（NOTIFY の sipfrag）。referrer は、署名付きの Referred-By トークンを含む新しい REFER を送信する必要があります。
# 430
fix-retry-other-flow-of-instance = 権威プロキシが、同じ instance-id/AOR の登録済みの別のフローで再試行します。頻発する場合はキープアライブを確認します。
# 433
fix-reveal-identity-with-user-consent = ユーザー（またはユーザーが定めたポリシー）が身元の開示に同意した場合に限り、匿名にせずに再試行します。同意がなければ断念します。
# 436
fix-publish-reachable-credential-url = 署名用の証明書を誰でも取得できる公開 URL に置き、その URL を Identity の info パラメーターに入れて、署名し直して再送します。
# 437
fix-use-trusted-credential = 検証サービスが信頼する認証局までチェーンをたどれる証明書で、サポートされているアルゴリズムを使って署名します。
# 438
fix-keep-signed-fields-intact = 署名後に From/To/Date/Identity を書き換えた中継要素を特定し（または書き換えの後で署名し直し）、PASSporT の検証が通るようにします。
# 439
fix-register-without-outbound-or-fix-edge = reg-id なしで（Outbound を使わずに）登録するか、Outbound をサポートし ;ob 付きの Path を追加するエッジプロキシ経由で登録します。
# 440
fix-reduce-parallel-forking = 並列フォークする要素が少なくなるようにルーティングし（または逐次フォークにし）、プロキシや B2BUA の Max-Breadth の設定を確認します。
# 469
fix-send-only-negotiated-info-package = INFO は相手の最新の Recv-Info にあるパッケージについてのみ送信し、それ以外は別の手段を使います。ダイアログは維持します。
# 470
fix-obtain-recipient-consent = リレーに Permission-Missing の URI からの許可を取得させてから（またはそれらの URI をリストから外してから）、再試行します。
# 480
fix-check-binding-or-unavailable-treatment = プロキシまたはレジストラが送信した場合は、着信者の登録状態（バインディング、有効期限、NAT 越しにその Contact へ到達できるか）を確認します。端末が送信した場合は、不在時の処理（ボイスメール、転送）を行い、後で（Retry-After があればその経過後に）再試行します。
# 486
fix-try-later-or-other-device = 今はこのエンドポイントへの再試行は行わず、後で（Retry-After があればその経過後に）試すか、別の手段（転送、ボイスメール）でユーザーに連絡します。
# 481
fix-terminate-stale-dialog = そのダイアログ/トランザクションは存在しないものとして扱い、クリーンアップします。Call-ID、タグ、ルートセットを壊した要素を特定します。
# 482
fix-fix-routing-loop = そのまま再送せず、リクエストを送り返しているルート、ダイヤルプラン、DNS のエントリ（Via に同じホストが 2 回現れます）を特定して修正します。
# 483
fix-trace-max-forwards-exhaustion = Max-Forwards がどこで 0 になったかをトレースし、隠れたループ（B2BUA/SBC）を断つか、小さすぎる初期値を設定した要素を修正します。
# 484
fix-complete-dialled-number = 番号を補完する（不足している桁、市外局番/国番号、プレフィックス）か、さらに桁を収集して（オーバーラップダイヤル）、新しい INVITE を送信します。
# 485
fix-choose-unambiguous-contact = Contact の候補から 1 つをユーザーに選んでもらう（ユーザーの介在が必要です）か、Request-URI をより具体的にします。
# 487
fix-none-request-cancelled = 対処は不要です。リクエストは CANCEL または BYE によって終了しています。487 には ACK で確認応答し、終了が想定外だった場合は、誰が CANCEL を送ったのかを調べます。
# 488
fix-offer-supported-media = Warning と、機能を記述したボディがあればそれを読み、エンドポイントがサポートするセッション（共通のコーデック、メディアタイプ、RTP/SRTP プロファイル）でオファーし直します。
# 489
fix-subscribe-to-supported-event-package = サーバーが Allow-Events に列挙したパッケージに限ってサブスクライブ/パブリッシュするか、サーバーでそのパッケージを有効にします。
# 491
fix-retry-after-random-backoff = グレアに対するランダムな待ち時間（Call-ID を生成した側なら 2.1～4 秒、そうでなければ 0～2 秒）だけ待ち、変更がまだ必要であれば再送します。
# 493
fix-re-encrypt-with-recipient-key = 493 で返された公開鍵（または受信者の新しい証明書）でボディを暗号化し直して再送します。
# 494
fix-negotiate-security-mechanism = Security-Server からメカニズムを選んで確立し、サーバーのリストをそのまま写した Security-Verify を付けて再送します。
# 500
fix-retry-after-pause-check-server = 数秒後（または Retry-After の経過後）に再試行し、ループで繰り返すことはしません。解消しない場合は、応答した要素の運用者が修正する必要があります。
# 501
fix-use-method-peer-supports = このメソッドをこのピアに再送せず、ピアがサポートするメソッド（Allow/OPTIONS を参照）で代替するか、その機能を無効にします。
# 502
fix-fail-over-to-other-route = 別のルート/トランク/ゲートウェイにフェイルオーバーします。502 を送信した要素の運用者は、下流から返された不正な応答を調べます。
# 503
fix-fail-over-honour-retry-after = 代替サーバーに送信し、Retry-After の期間はこのサーバーに何も送信しません。
# 504
fix-retry-other-route-check-upstream-timeout = 後で、または別のルートで再試行します。運用者は、どの外部サーバーがタイムアウトしたかと、そのタイムアウト設定を確認します。
# 505
fix-send-sip-2-0 = リクエスト行を SIP/2.0 にしてリクエストを送信し、それを書き換えた要素を特定します。
# 513
fix-shrink-message-or-use-tcp = メッセージを小さくするか、TCP/TLS で送信します。サイズが正当なものであれば、受信側の最大サイズを引き上げます。
# 555
fix-register-with-supported-pns = ネットワークがサポートする pn-provider（Feature-Caps の +sip.pns で確認できます）を指定して、または pn-* パラメーターなしで登録します。
# 580
fix-check-resource-reservation-path = 呼の確立は失敗したものとして扱います。リソース予約に失敗したメディアストリームを特定して QoS やベアラの経路を修正するか、プリコンディションを必須ではなく任意としてオファーします。
# 600
fix-stop-search-call-back-later = このユーザーの探索を終了し（他のコンタクト、ボイスメール、転送も試しません）、かけ直す場合は時間をおいてからにします（Retry-After があれば、その経過後）。
# 604
fix-check-dialled-address = 番号/URI を確認します。正しい場合は、権威を持つ要素のデータ（ルーティング、番号ポータビリティ、加入者レコード）を修正する必要があります。
# 607
fix-stop-calling-unwanted = この発信者 ID からこの番号への発信をやめ、別の手段でユーザーに連絡します。
# 608
fix-contest-block-via-jwscard = 再試行も別ルートへの迂回もせず、Call-Info の jwscard にある連絡先を通じてブロックに異議を申し立てます。
