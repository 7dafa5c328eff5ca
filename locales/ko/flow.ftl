## 콜 플로 다이어그램: 각 레인에는 그 교환에서 당사자가 맡는 역할(RFC 용어)을 표시하고, 다이어그램이
## 화면보다 넓으면 가로 스크롤 안내를 표시합니다.

flow-role = { $role ->
    [uac] 발신자(UAC)
    [uas] 착신자(UAS)
    [uas2] 착신자 2(UAS)
    [proxy] 프록시
    [proxy2] 프록시 2
    [registrar] 레지스트라
    [ua] 사용자 에이전트
    [subscriber] 구독자
    [notifier] 노티파이어
    [publisher] 게시자
    [esc] 컴포지터(ESC)
    [sender] 송신자
    [recipient] 수신자
    [ua-a] UA A
    [ua-b] UA B
    [referrer] 호 전환 요청자
    [referee] 호 전환 수행자
    [refer-target] 호 전환 대상
   *[redirect] 리디렉트 서버
}
flow-scroll-hint = 다이어그램이 화면보다 넓습니다. 가로로 스크롤하면 모든 당사자를 볼 수 있습니다.
