# 각 코드를 해결하는 방법입니다. 레코드(content/sip/*.toml)의 fix ID마다 한 문장씩 씁니다.
# 엔지니어가 하는 일이 같을 때만 코드들이 ID를 공유합니다. 마크다운 없이 일반 텍스트로 씁니다.

# 100
fix-wait-for-final-response = 바꿀 것은 없습니다. INVITE가 수신되었고 트랜잭션이 아직 열려 있으므로, INVITE 재전송을 멈추고 최종 응답을 기다립니다.
# 180
fix-play-ringback-and-wait = 로컬 링백톤을 재생하고(SDP가 있으면 얼리 미디어를 재생), To 태그마다 초기 다이얼로그를 하나씩 유지하며, Require: 100rel이 있으면 PRACK을 보내고 최종 응답을 기다립니다.
# 182
fix-wait-in-queue = UAS가 적어도 1분마다 새 임시 응답을 보내므로, 짧은 무응답 타이머 없이 INVITE를 대기 상태로 유지하고 대기열 상태를 표시합니다.
# 183
fix-render-early-media-and-wait = SDP가 있으면 미디어 경로를 열어 로컬 링백톤 대신 수신한 얼리 미디어를 재생하고(Require: 100rel이 있으면 PRACK 전송), 최종 응답을 계속 기다립니다.
# 199
fix-release-early-dialog = 199의 To 태그가 가리키는 초기 다이얼로그와 그 얼리 미디어를 해제하고, 다른 브랜치에서 올 최종 응답을 계속 기다립니다.
# 202
fix-accepted-not-yet-done = SUBSCRIBE와 REFER라면 200과 같이 처리하고 상태를 담아 오는 NOTIFY를 기다립니다. MESSAGE라면 전달하도록 수락되었을 뿐 아직 전달되지는 않았다는 뜻입니다.
# 200
fix-request-succeeded = 요청이 성공했습니다. INVITE라면 종단 간 ACK를 보내고(포킹으로 생긴 원치 않는 다이얼로그는 BYE로 종료), REGISTER라면 자신의 Contact에 돌아온 expires 값을 읽어 갱신 시점을 정합니다. SUBSCRIBE와 REFER라면 상태는 뒤이어 오는 NOTIFY로 전달됩니다.
# 204
fix-keep-cached-state = 갱신이 성공했고 NOTIFY는 오지 않으므로, 캐시한 상태와 그 엔티티 태그를 유지하고 새 만료 시간은 Expires에서 가져옵니다.
# 300
fix-choose-contact-and-retry = Contact URI 중 하나를 골라(q 값에 따라, 또는 사용자에게 물어서) 그곳으로 새 요청을 보내되, 이미 시도한 URI는 건너뜁니다.
# 301
fix-retry-at-contact-update-address = Contact URI로 재시도하고, 주소록, 디렉터리, 위치 캐시에 있는 이전 주소를 새 주소로 교체합니다.
# 302
fix-retry-at-contact-temporarily = Contact URI로 재시도하되 이 URI는 Expires/expires 시간 동안만 캐시하고(만료 시간이 없으면 캐시하지 않음), 캐시한 URI가 실패하면 원래 URI로 한 번 재시도합니다.
# 305
fix-resend-via-proxy-in-contact = 이 요청 하나를 대상은 그대로 둔 채 Contact에 지정된 프록시를 거쳐 다시 보냅니다.
# 380
fix-follow-alternative-service-body = Content-Type이 가리키는 형식에 따라 본문을 파싱해 그 내용대로 호를 걸며, 이해할 수 있는 본문이 없으면 실패한 호로 처리합니다.
# 400
fix-fix-malformed-request = 그대로 재시도하면 다시 실패하므로, 사유 문구를 읽고 실제로 전송된 바이트를 RFC 3261 문법과 대조해 송신 측(또는 메시지를 재작성한 요소)을 고칩니다.
# 401
fix-answer-www-authenticate-challenge = WWW-Authenticate 챌린지에 대한 인증 정보를 계산해 Authorization에 넣고, Call-ID/From/To는 그대로 둔 채 CSeq만 1 늘려 다시 보냅니다. 방금 거부된 인증 정보로는 stale=true인 경우가 아니면 재시도하지 않습니다.
# 402
fix-contact-provider-billing = 표준 의미가 없으므로(RFC 3261은 402를 예약만 해 둠) 사업자의 과금 관련 거부로 보고, 사업자와 함께 계정을 확인하며, 자동으로 재시도하지 않습니다.
# 403
fix-check-permissions-do-not-retry = 요청을 반복하지 않고 계정, 접근 목록, 발신 권한을 확인합니다(인증 정보를 넣어도 해결되지 않음).
# 404
fix-check-request-uri-user = 서버에 도착한 그대로의 Request-URI에서 사용자 부분과 도메인을 확인합니다(번호 정규화, 다이얼 플랜, 서비스하는 도메인). Retry-After가 있으면 사용자가 그 시간 이후에 다시 연결될 것으로 예상된다는 뜻입니다.
# 405
fix-use-allowed-method = Allow를 읽고 이 메서드를 그 URI로 더 이상 보내지 않으며, 나열된 메서드를 쓰거나 이 메서드를 처리하는 요소로 요청을 보냅니다.
# 406
fix-widen-accept-headers = 요청의 Accept 헤더를 서버가 생성할 수 있는 형식까지 넓혀 다시 보냅니다.
# 407
fix-answer-proxy-authenticate-challenge = Proxy-Authenticate의 realm마다 Proxy-Authorization 헤더로 응하고 CSeq를 1 늘려 다시 보냅니다. 다른 프록시가 새로 407을 보내는 것은 정상이지만, 이미 응한 realm이 stale=true 없이 다시 챌린지하면 중단합니다.
# 408
fix-retry-later-check-next-hop = 응답을 멈춘 홉을 찾습니다(전송, NAT, 방화벽). 같은 요청은 나중에 다시 보낼 수 있지만, 다이얼로그 안에서 받은 408은 그 다이얼로그를 종료해야 한다는 뜻입니다.
# 410
fix-remove-stale-address = 전달 주소가 없으므로 이 URI로 호를 걸거나 라우팅하는 것을 멈추고, 연락처, 디렉터리, 라우팅 항목을 갱신합니다.
# 412
fix-publish-fresh-state = PUBLISH를 반복하지 않고, 엔티티 태그를 버린 뒤 SIP-If-Match 없이 전체 상태를 담은 최초 PUBLISH를 보냅니다.
# 413
fix-shrink-body = 본문 없이 또는 더 작은 본문으로 다시 보내며, Retry-After가 있으면 한도가 일시적인 것이므로 그 시간이 지난 뒤 재시도할 수 있습니다.
# 414
fix-shorten-request-uri = Request-URI를 줄여(상태 정보를 URI 파라미터 밖으로 옮기고, 반복해서 덧붙이는 재작성 규칙을 수정) 다시 보냅니다.
# 415
fix-resend-with-accepted-body-format = 응답의 Accept, Accept-Encoding, Accept-Language에 나열된 본문 형식, 인코딩, 언어만 사용해 다시 보냅니다.
# 416
fix-use-sip-uri = Request-URI에 SIP URI를 넣어 재시도합니다(예: 전화번호를 사용자 부분에 넣고 user=phone 지정).
# 417
fix-use-accepted-rp-or-drop-require = Accept-Resource-Priority에 나열된 네임스페이스와 값으로 다시 보내거나, Require에서 resource-priority를 빼고 보내 기본 우선순위로 처리되게 합니다.
# 420
fix-drop-unsupported-option-tag = Unsupported에 나열된 옵션 태그를 Require/Proxy-Require에서 빼고 다시 보냅니다(있으면 좋은 정도의 확장이라면 Supported에 나열).
# 421
fix-add-required-option-tag-to-supported = 421의 Require에 지정된 확장을 구현하고 그 옵션 태그를 Supported에 넣어 다시 보냅니다(또는 그 확장을 제공하는 요소를 거치도록 라우팅).
# 422
fix-raise-session-expires-to-min-se = Session-Expires를 422의 Min-SE 값 이상으로 설정하고 그 값을 담은 Min-SE 헤더를 넣어 다시 보냅니다.
# 423
fix-raise-expires-to-min-expires = 만료 시간(Expires 또는 Contact의 expires)을 Min-Expires 이상으로 설정해 REGISTER/SUBSCRIBE/PUBLISH를 다시 보냅니다.
# 424
fix-fix-location-conveyance = PIDF-LO나 그 사용 규칙을 수정하거나, 수신자가 위치 URI를 역참조할 수 있게 한 뒤 다시 보냅니다.
# 425
fix-fix-cap-alert-payload = MESSAGE에 담긴 CAP 문서나 그 MIME 패키징을 바로잡아 다시 보냅니다.
# 428
fix-sign-request-with-identity = 발신 측 인증 서비스가 유효한 Identity 헤더를 추가하게 하고(중개자가 이를 제거하지 않도록 함) 다시 보냅니다.
# 429
fix-referrer-provides-referred-by-token = 429를 받았다는 사실을 NOTIFY(sipfrag)로 REFER를 보낸 쪽에 알립니다. REFER를 보낸 쪽은 서명된 Referred-By 토큰을 담은 새 REFER를 보내야 합니다.
# 430
fix-retry-other-flow-of-instance = 권한 있는 프록시가 같은 instance-id/AOR로 등록된 다른 플로로 재시도하며, 자주 발생한다면 킵얼라이브를 확인합니다.
# 433
fix-reveal-identity-with-user-consent = 사용자(또는 사용자가 정한 정책)가 신원 공개에 동의하는 경우에만 익명 설정 없이 재시도하고, 그렇지 않으면 포기합니다.
# 436
fix-publish-reachable-credential-url = 서명 인증서를 누구나 가져올 수 있는 URL에 게시해 Identity의 'info' 파라미터에 넣은 뒤, 다시 서명해 보냅니다.
# 437
fix-use-trusted-credential = 검증 서비스가 신뢰하는 CA까지 체인이 이어지는 인증서로, 지원되는 알고리즘을 사용해 서명합니다.
# 438
fix-keep-signed-fields-intact = 서명 후 From/To/Date/Identity를 변경한 중개자를 찾아 고치거나 변경 후 다시 서명해, PASSporT가 검증되도록 합니다.
# 439
fix-register-without-outbound-or-fix-edge = reg-id 없이(outbound 미사용) 등록하거나, outbound를 지원하고 ;ob가 붙은 Path를 추가하는 에지 프록시를 거쳐 등록합니다.
# 440
fix-reduce-parallel-forking = 병렬로 포킹하는 요소가 줄어들도록 라우팅하고(또는 순차 포킹), 프록시/B2BUA의 Max-Breadth 설정을 확인합니다.
# 469
fix-send-only-negotiated-info-package = 상대가 가장 최근에 보낸 Recv-Info에 있는 패키지에 대해서만 INFO를 보내고, 그 밖의 경우에는 다른 메커니즘을 쓰되 다이얼로그는 유지합니다.
# 470
fix-obtain-recipient-consent = 릴레이가 Permission-Missing에 있는 URI들로부터 허가를 받게 하거나 그 URI들을 뺀 뒤 재시도합니다.
# 480
fix-check-binding-or-unavailable-treatment = 프록시나 레지스트라가 보낸 것이라면 착신자의 등록(바인딩, 만료 시간, NAT를 거친 Contact 도달 가능 여부)을 확인하고, 단말이 보낸 것이라면 부재 처리(음성 사서함, 착신 전환)를 한 뒤 나중에(Retry-After가 있으면 그 시간이 지난 뒤) 재시도합니다.
# 486
fix-try-later-or-other-device = 지금 이 엔드포인트로 재시도하지 않고, 나중에(Retry-After 이후) 시도하거나 다른 방법(착신 전환, 음성 사서함)으로 사용자에게 연락합니다.
# 481
fix-terminate-stale-dialog = 다이얼로그/트랜잭션이 사라진 것으로 보고 정리한 뒤, Call-ID, 태그, 라우트 세트를 망가뜨린 요소를 찾습니다.
# 482
fix-fix-routing-loop = 그대로 다시 보내지 않고, 요청을 되돌려 보내는 라우트, 다이얼 플랜 또는 DNS 항목(Via에 같은 호스트가 두 번 나타남)을 찾아 수정합니다.
# 483
fix-trace-max-forwards-exhaustion = Max-Forwards가 어디서 0이 되었는지 추적해, 숨은 루프(B2BUA/SBC)를 끊거나 초깃값을 낮게 설정한 요소를 고칩니다.
# 484
fix-complete-dialled-number = 번호를 완성하거나(빠진 자릿수, 지역 번호/국가 코드, 프리픽스) 자릿수를 더 수집해(오버랩 다이얼링) 새 INVITE를 보냅니다.
# 485
fix-choose-unambiguous-contact = 사용자가 Contact의 후보 중 하나를 고르게 하거나(사용자의 개입이 필요함) Request-URI를 더 구체적으로 지정합니다.
# 487
fix-none-request-cancelled = 고칠 것은 없습니다. 요청이 CANCEL이나 BYE로 종료되었을 뿐이므로 487에 ACK를 보내고, 예상치 못한 종료였다면 누가 CANCEL을 보냈는지 찾습니다.
# 488
fix-offer-supported-media = Warning과 (있다면) 지원 기능을 기술한 본문을 읽은 뒤, 엔드포인트가 지원하는 세션(공통 코덱, 미디어 유형, RTP/SRTP 프로파일)으로 다시 오퍼합니다.
# 489
fix-subscribe-to-supported-event-package = 서버가 Allow-Events에 나열한 패키지로만 구독/게시하거나, 서버에서 해당 패키지를 활성화합니다.
# 491
fix-retry-after-random-backoff = 글레어 백오프로 임의의 시간(Call-ID를 생성한 쪽이면 2.1~4초, 아니면 0~2초)을 기다린 뒤, 변경이 여전히 필요하면 다시 보냅니다.
# 493
fix-re-encrypt-with-recipient-key = 493에 담겨 온 공개 키(또는 수신자의 새 인증서)로 본문을 다시 암호화해 보냅니다.
# 494
fix-negotiate-security-mechanism = Security-Server에서 메커니즘을 하나 골라 설정하고, 서버의 목록을 그대로 되돌려 주는 Security-Verify를 넣어 다시 보냅니다.
# 500
fix-retry-after-pause-check-server = 몇 초 뒤(또는 Retry-After 이후)에 재시도하되 루프로 반복하지는 않습니다. 계속 발생하면 응답한 요소의 운영자가 고쳐야 합니다.
# 501
fix-use-method-peer-supports = 이 메서드를 이 상대에게 다시 보내지 않고, 상대가 지원하는 메서드(Allow/OPTIONS 참고)로 대체하거나 해당 기능을 끕니다.
# 502
fix-fail-over-to-other-route = 다른 경로/트렁크/게이트웨이로 페일오버하며, 502를 보낸 요소의 운영자는 다운스트림에서 온 잘못된 응답을 확인합니다.
# 503
fix-fail-over-honour-retry-after = 요청을 대체 서버로 보내고, Retry-After 기간 동안 이 서버에는 아무것도 보내지 않습니다.
# 504
fix-retry-other-route-check-upstream-timeout = 나중에 또는 다른 경로로 재시도하며, 운영자는 어느 외부 서버가 타임아웃되었는지와 그 타임아웃 설정을 확인합니다.
# 505
fix-send-sip-2-0 = 요청 라인에 SIP/2.0을 넣어 요청을 보내고, 요청 라인을 재작성한 요소를 찾습니다.
# 513
fix-shrink-message-or-use-tcp = 메시지를 줄이거나 TCP/TLS로 보내며, 정당한 크기의 메시지라면 수신 측의 최대 크기 설정을 늘립니다.
# 555
fix-register-with-supported-pns = 망이 지원하는 pn-provider(Feature-Caps의 +sip.pns로 확인)로 등록하거나, pn-* 파라미터 없이 등록합니다.
# 580
fix-check-resource-reservation-path = 호 설정이 실패한 것으로 처리하고, 자원 예약에 실패한 미디어 스트림을 찾아 QoS나 베어러 경로를 고치거나 전제 조건을 선택 사항으로 오퍼합니다.
# 600
fix-stop-search-call-back-later = 이 사용자에 대한 탐색을 끝냅니다(다른 연락처, 음성 사서함, 착신 전환으로도 넘기지 않음). 다시 거는 것은 나중에, Retry-After가 있으면 그 시간이 지난 뒤에만 합니다.
# 604
fix-check-dialled-address = 번호/URI를 확인하고, 맞다면 권한 있는 요소의 데이터(라우팅, 번호 이동 정보, 가입자 레코드)를 바로잡아야 합니다.
# 607
fix-stop-calling-unwanted = 이 발신 신원으로는 이 번호에 더 이상 걸지 않고, 다른 채널로 사용자에게 연락합니다.
# 608
fix-contest-block-via-jwscard = 재시도하거나 경로를 바꾸지 않고, Call-Info의 jwscard에 있는 연락처를 통해 차단에 이의를 제기합니다.
