# 한국어 사이트의 인터페이스 문자열과 문장 패턴입니다(기준 로캘은 영어).
# 변수: $a와 $b는 두 코드(숫자), $reason-a/$reason-b는 각 코드의 사유 문구,
# $class-a/$class-b는 클래스 숫자(1–6), $next-a/$next-b와 $forking-a/$forking-b는
# 레코드의 `next` 및 `forking` 값입니다(docs/CONTENT.md 참고).

## 언어 자체

# 이 언어의 이름을 이 언어로 쓴 것입니다(언어 선택기에 표시).
locale-name = 한국어
# 이 언어의 Open Graph 로캘(언어_지역)입니다. 링크 미리보기에 사용됩니다.
og-locale = ko_KR

## 사이트 전체

site-name = SIP 응답 코드
skip-link = 본문으로 건너뛰기
nav-home = 전체 코드
breadcrumb-label = 이동 경로
language-label = 언어
footer-facts = 기본 정보에는 해당 코드를 정의한 RFC와 절을 출처로 밝힙니다. 사유 문구는 IANA에 등록된 그대로 표시합니다.
fallback-note = 이 페이지의 일부는 아직 번역되지 않아 영어로 표시됩니다.

## 사이트 루트의 언어 선택 화면

chooser-title = SIP 응답 코드 — 언어 선택
chooser-description = 모든 SIP 응답 코드와 코드 간의 차이를 여러 언어로 정리한 레퍼런스입니다.

## 언어별 홈

home-title = SIP 응답 코드: 의미와 비교
home-description = 등록된 SIP 응답 코드 { $count }개 각각의 의미와 임의의 두 코드 간 차이를 정리했습니다. 콜 플로와 함께 나란히 비교합니다.
home-heading = SIP 응답 코드
home-intro = IANA 레지스트리에 등록된 모든 응답 코드를 100 Trying부터 608 Rejected까지 다룹니다. 코드를 열면 의미와 콜 플로를 볼 수 있고, 두 코드를 비교하면 무엇이 다르고 어떻게 대응해야 하는지 알 수 있습니다.
picker-heading = 두 코드 비교
picker-first = 첫 번째 코드
picker-second = 두 번째 코드
picker-submit = 비교
picker-same = 서로 다른 두 코드를 선택하십시오.
filter-label = 목록 필터
filter-placeholder = 코드 또는 키워드
filter-empty = 필터와 일치하는 코드가 없습니다.
# 목록 아래에 있는 링크로, 이 언어의 오픈 데이터(모든 코드를 담은 JSON 문서 하나, docs/DATA.md)를 가리킵니다.
data-link = 모든 코드를 JSON으로 받기(오픈 데이터)

## 클래스

# 응답의 첫 자리 숫자로 정해지는 클래스입니다.
class-name = { $class ->
    [1] 임시 응답
    [2] 성공
    [3] 리디렉션
    [4] 클라이언트 오류
    [5] 서버 오류
   *[6] 전역 오류
}

## 코드 페이지

code-title = SIP { $code } { $reason }: 의미, 콜 플로, 대응 방법
code-heading = SIP { $code } { $reason }
section-description = 의미
section-seen = 발생하는 경우
section-handle = 대응 방법
section-facts = 기본 정보
section-flow = 콜 플로
compare-with-heading = { $code } 응답을 다른 코드와 비교
compare-most-confused = { $code } 응답과 자주 혼동되는 코드
compare-all-others = 그 밖의 모든 코드
badge-deprecated = 사용 중단

## 비교 페이지

compare-title = SIP { $a } { $reason-a } vs { $b } { $reason-b } 차이점
compare-heading = SIP { $a } { $reason-a } vs { $b } { $reason-b }
compare-description = SIP { $a } { $reason-a } vs { $b } { $reason-b }: 차이점, 나란히 비교한 기본 정보, 두 코드의 콜 플로와 대응 방법.
compare-breadcrumb = { $a } vs { $b }
section-differences = 주요 차이점
section-side-by-side = 나란히 비교
section-what-to-do = 대응 방법
section-related = 관련 비교
link-how-to-handle = 자세한 대응 방법
pair-link = { $a } vs { $b }

## 클라이언트의 다음 동작을 코드 하나에 대한 문장으로 표현
# 코드 번호 바로 뒤에는 받침에 따라 바뀌는 조사(은/는, 을/를, 과/와, 이/가)를 붙이지 않습니다.
# "{ $code } 응답은", "{ $a }에는", "{ $a }의 경우", "{ $a }이면"처럼 형태가 바뀌지 않는 표현을 씁니다.

next-step = { $next ->
    [wait] { $code } 응답을 받은 뒤에도 클라이언트는 계속 기다립니다. 트랜잭션이 아직 열려 있고 최종 응답은 나중에 옵니다.
    [done] { $code } 응답을 받았다면 요청은 성공한 것입니다.
    [redirect] { $code } 응답을 받은 클라이언트는 Contact 헤더에 담긴 주소로 요청을 다시 보냅니다. 주소가 여러 개일 수도 있습니다.
    [authenticate] { $code } 응답을 받은 클라이언트는 챌린지에 맞는 인증 정보를 넣어 요청을 다시 보냅니다.
    [modify] { $code } 응답을 받은 클라이언트는 응답이 알려 주는 대로 요청을 고친 뒤 다시 보내야 합니다.
    [retry-later] { $code } 응답을 받은 클라이언트는 나중에 같은 요청을 다시 보내도 됩니다.
    [retry-elsewhere] { $code } 응답을 받은 클라이언트는 이 서버에 같은 요청을 되풀이하지 말고 다른 서버나 경로로 시도해야 합니다.
    [give-up] { $code } 응답을 받은 클라이언트는 이 요청을 자동으로 재시도하지 않아야 합니다.
   *[none] { $code } 응답 뒤에는 더 할 일이 없습니다. 요청은 어느 한쪽이 의도한 대로 끝났습니다.
}

## 레코드에서 도출한 주요 차이점
# 한 페이지에 여러 문장이 이어지므로 문형을 일부러 다르게 짰습니다(-이고, -지만, 반면, -이면, -의 경우…).

diff-class = 클래스부터 다릅니다. { $a } 응답은 { $class-a ->
        [1] 임시 응답인 1xx
        [2] 성공인 2xx
        [3] 리디렉션인 3xx
        [4] 클라이언트 오류인 4xx
        [5] 서버 오류인 5xx
       *[6] 전역 오류인 6xx
    }, { $b } 응답은 { $class-b ->
        [1] 임시 응답인 1xx
        [2] 성공인 2xx
        [3] 리디렉션인 3xx
        [4] 클라이언트 오류인 4xx
        [5] 서버 오류인 5xx
       *[6] 전역 오류인 6xx
    }에 속합니다.
diff-final = { $provisional } 응답은 임시 응답이라 트랜잭션이 끝나지 않고 뒤이어 응답이 더 옵니다. 반면 { $final } 응답은 최종 응답이므로 여기서 트랜잭션이 끝납니다.
diff-retry-after = { $with } 응답에는 Retry-After를 담아 서버나 착신자가 언제 다시 가용 상태가 될 것으로 예상하는지 알릴 수 있습니다. { $without } 응답에는 Retry-After가 정의되어 있지 않습니다.
diff-forking = 포킹 프록시는 { $a } 응답을 { $forking-a ->
        [hop-by-hop] 첫 홉에서 소비하고 업스트림으로 전달하지 않지만
        [forwarded] 곧바로 업스트림으로 넘기지만
        [cancels-others] 곧바로 업스트림으로 넘기고 나머지 브랜치를 취소하지만
        [redirect] 후보로 보관하거나 그 응답의 Contact 주소로 직접 요청을 보내지만
        [best-response] 모든 브랜치가 응답할 때까지 보관했다가 최선 응답의 후보로 삼지만
        [merged-challenge] 다른 브랜치의 챌린지와 합쳐 하나의 응답으로 보내지만
        [not-forwarded] 그대로 넘기지 않고 대신 500으로 응답하지만
       *[global] 받는 즉시 탐색을 끝내고, 진행 중인 브랜치를 취소하며 새 브랜치도 시작하지 않지만
    }, { $b } 응답은 { $forking-b ->
        [hop-by-hop] 첫 홉에서 소비하고 업스트림으로 전달하지 않습니다
        [forwarded] 곧바로 업스트림으로 넘깁니다
        [cancels-others] 곧바로 업스트림으로 넘기고 나머지 브랜치를 취소합니다
        [redirect] 후보로 보관하거나 그 응답의 Contact 주소로 직접 요청을 보냅니다
        [best-response] 모든 브랜치가 응답할 때까지 보관했다가 최선 응답의 후보로 삼습니다
        [merged-challenge] 다른 브랜치의 챌린지와 합쳐 하나의 응답으로 보냅니다
        [not-forwarded] 그대로 넘기지 않고 대신 500으로 응답합니다
       *[global] 받는 즉시 탐색을 끝냅니다. 진행 중인 브랜치는 취소하고 새 브랜치도 시작하지 않습니다
    }.
diff-requests = 두 응답이 쓰이는 요청이 겹치지 않습니다. { $a } 응답은 { $requests-a }에, { $b } 응답은 { $requests-b }에 대한 응답입니다.
diff-senders = 두 응답을 모두 보내는 요소는 없습니다. { $a } 응답은 주로 { $senders-a }에서, { $b } 응답은 주로 { $senders-b }에서 보냅니다.
diff-deprecated = { $code } 응답은 RFC { $rfc }에서 사용 중단되었으므로 새로 구현할 때는 보내지 않아야 합니다.
diff-none = 기본 정보 표만으로는 { $a } 응답과 { $b } 응답을 구별할 수 없습니다. 차이는 아래에서 설명하는 각 코드의 의미에 있습니다.
diff-problem = { $problem-a ->
        [none] { $a } 응답은 문제를 알리는 응답이 아니지만
        [request] { $a } 응답은 요청 자체와 관련되고
        [auth] { $a } 응답은 인증 정보와 관련되고
        [policy] { $a } 응답은 서버나 운영자의 정책과 관련되고
        [callee] { $a } 응답은 착신자의 상태나 선택과 관련되고
        [routing] { $a } 응답은 주소나 대상까지의 경로와 관련되고
        [media] { $a } 응답은 세션 기술과 관련되고
        [server] { $a } 응답은 응답한 서버 자체와 관련되고
       *[network] { $a } 응답은 응답한 서버 너머의 구간과 관련되고
    }, { $problem-b ->
        [none] { $b } 응답은 문제를 알리는 응답이 아닙니다
        [request] { $b } 응답은 요청 자체와 관련됩니다
        [auth] { $b } 응답은 인증 정보와 관련됩니다
        [policy] { $b } 응답은 서버나 운영자의 정책과 관련됩니다
        [callee] { $b } 응답은 착신자의 상태나 선택과 관련됩니다
        [routing] { $b } 응답은 주소나 대상까지의 경로와 관련됩니다
        [media] { $b } 응답은 세션 기술과 관련됩니다
        [server] { $b } 응답은 응답한 서버 자체와 관련됩니다
       *[network] { $b } 응답은 응답한 서버 너머의 구간과 관련됩니다
    }.
diff-reached = { $a } 응답이 왔다면 { $reached-a ->
        [alerted] 호가 착신자의 단말에 닿아 벨까지 울린 것이고
        [reached] 호가 착신자의 단말까지 닿았지만 벨은 울리지 않은 것이고
       *[not-reached] 호가 착신자의 단말에 끝내 닿지 못한 것이고
    }, { $b } 응답이라면 { $reached-b ->
        [alerted] 벨이 울린 것입니다
        [reached] 단말까지 닿았지만 벨은 울리지 않은 것입니다
       *[not-reached] 단말에 끝내 닿지 못한 것입니다
    }.
diff-fixer = 해결하는 쪽이 다릅니다. { $a }의 경우 { $fixer-a ->
        [none] 해결할 것이 없고
        [client] 발신 측 UA가 요청을 고쳐 다시 보내면 해결되고
        [caller] 발신자나 발신 측 설정이 달라져야 해결되고
        [callee] 착신자만 상황을 바꿀 수 있고
       *[operator] 응답한 요소나 그 뒤 망의 운영자가 손봐야 하고
    }, { $b }의 경우 { $fixer-b ->
        [none] 해결할 것이 없습니다
        [client] 발신 측 UA가 요청을 고쳐 다시 보내면 해결됩니다
        [caller] 발신자나 발신 측 설정이 달라져야 해결됩니다
        [callee] 착신자만 상황을 바꿀 수 있습니다
       *[operator] 응답한 요소나 그 뒤 망의 운영자가 손봐야 합니다
    }.
diff-isup = PSTN 게이트웨이가 호를 해제할 때 쓰는 ISUP 원인 값은 { $a }이면 { $cause-a }, { $b }이면 { $cause-b }입니다(RFC 3398 §8.2.6.1).
diff-carries = { $a }에는 { $count-a ->
        [0] 특별히 담기는 헤더가 없고
       *[other] { $headers-a } 헤더가 담기고
    }, { $b }에는 { $count-b ->
        [0] 특별히 담기는 헤더가 없습니다
       *[other] { $headers-b } 헤더가 담깁니다
    }.
diff-triggers = 요청 헤더 쪽을 보면 { $a } 응답은 { $count-a ->
        [0] 특정 헤더와 관계가 없지만
       *[other] { $headers-a } 헤더와 관련이 있고
    }, { $b } 응답은 { $count-b ->
        [0] 특정 헤더와 관계가 없습니다
       *[other] { $headers-b } 헤더와 관련이 있습니다
    }.

## 기본 정보 표

fact-class = 클래스
fact-kind = 종류
kind = { $final ->
    [yes] 최종 응답
   *[no] 임시 응답
}
fact-defined = 정의
fact-defined-value = RFC { $rfc }, { $section }절
fact-status = 상태
status-current = 사용 중
status-deprecated = RFC { $rfc }에서 사용 중단
fact-carries = 응답에 담기는 헤더
fact-triggers = 관련 요청 헤더
fact-retry-after = Retry-After
retry-after-allowed = { $allowed ->
    [yes] 담을 수 있음
   *[no] 쓰지 않음
}
fact-problem = 문제가 있는 곳
problem = { $problem ->
    [none] 없음(정상 처리)
    [request] 요청 자체
    [auth] 인증 정보
    [policy] 서버나 운영자의 정책
    [callee] 착신자의 상태나 선택
    [routing] 주소나 경로
    [media] 세션 기술
    [server] 응답한 서버
   *[network] 응답한 서버 너머
}
fact-fixer = 해결 주체
fixer = { $fixer ->
    [none] 없음(해결할 것 없음)
    [client] 발신 측 UA(요청을 고쳐 다시 보냄)
    [caller] 발신자 또는 발신 측 설정
    [callee] 착신자만 가능
   *[operator] 응답한 요소나 망의 운영자
}
fact-reached = 착신자 단말
reached = { $reached ->
    [alerted] 도달, 벨이 울림
    [reached] 도달했으나 벨은 울리지 않음
    [not-reached] 도달하지 못함
    [not-applicable] 해당 없음(설정 중인 호 없음)
   *[varies] 응답한 요소에 따라 다름
}
fact-isup-to = PSTN으로 보내는 ISUP 원인 값(RFC 3398 §8.2.6.1)
fact-isup-from = 이 응답으로 매핑되는 ISUP 원인 값(RFC 3398 §7.2.4.1)
isup-none = 매핑 없음
isup-cause = { $cause }({ $cause ->
    [1] 미할당 번호
    [2] 지정된 중계 망으로의 경로 없음
    [3] 목적지로의 경로 없음
    [17] 사용자 통화 중
    [18] 응답하는 사용자 없음
    [19] 호출 후 사용자 무응답
    [20] 가입자 부재
    [21] 호 거부
    [22] 번호 변경
    [23] 새 목적지로의 리디렉션
    [25] 교환 라우팅 오류
    [26] 선택되지 않은 사용자의 호 해제
    [27] 목적지 고장
    [28] 잘못된 번호 형식, 주소 불완전
    [29] 부가 기능 거부
    [31] 정상, 미지정
    [34] 사용 가능한 회선/채널 없음
    [38] 망 고장
    [41] 일시적 장애
    [42] 교환 장비 폭주
    [47] 자원 사용 불가, 미지정
    [55] CUG 내 착신 금지
    [57] 베어러 능력 미인가
    [58] 베어러 능력 현재 사용 불가
    [63] 서비스 또는 옵션 사용 불가, 미지정
    [65] 베어러 능력 미구현
    [70] 제한 디지털 정보 베어러 능력만 사용 가능
    [79] 서비스 또는 옵션 미구현, 미지정
    [87] CUG 비가입 사용자
    [88] 호환되지 않는 목적지
    [102] 타이머 만료에 따른 복구
    [111] 프로토콜 오류, 미지정
   *[127] 인터워킹, 미지정
})
todo-same-fix = { $a } 응답과 { $b } 응답은 대응 방법이 같습니다. { $fix }
fact-senders = 주로 보내는 주체
fact-requests = 응답 대상 요청
fact-next = 클라이언트의 다음 동작
fact-forking = 포킹 프록시에서의 처리
fact-confused = 자주 혼동되는 코드
requests-any = 모든 요청
headers-none = 특별히 없음
list-separator = ,{" "}
sender = { $sender ->
    [uas] UAS
    [proxy] 프록시
    [registrar] 레지스트라
    [redirect] 리디렉트 서버
   *[gateway] 게이트웨이
}
next = { $next ->
    [wait] 최종 응답 대기
    [done] 완료(요청 성공)
    [redirect] Contact 주소로 재시도
    [authenticate] 인증 정보를 넣어 재시도
    [modify] 요청을 고쳐 재시도
    [retry-later] 나중에 재시도
    [retry-elsewhere] 다른 서버로 재시도
    [give-up] 이 대상은 포기
   *[none] 없음(요청이 의도대로 끝남)
}
forking = { $forking ->
    [hop-by-hop] 전달 안 됨(홉 단위)
    [forwarded] 즉시 전달
    [cancels-others] 즉시 전달, 나머지 브랜치 취소
    [redirect] 후보로 보관, 또는 프록시가 Contact 주소로 직접 요청
    [best-response] 모든 브랜치가 응답할 때까지 보관, 최선 응답 후보
    [merged-challenge] 모든 브랜치의 챌린지 병합
    [not-forwarded] 전달 안 됨, 프록시가 대신 500 전송
   *[global] 탐색 종료, 나머지 브랜치 취소
}

## 콜 플로 다이어그램

flow-caption = { $code } { $reason } 전후의 콜 플로
flow-step = { $from } → { $to }: { $message }

## 페이지를 찾을 수 없음

notfound-title = 페이지를 찾을 수 없음
notfound-heading = 존재하지 않는 페이지입니다
notfound-body = 주소를 잘못 입력했거나 페이지가 이동했을 수 있습니다. 모든 코드와 비교 페이지는 전체 코드 목록에서 찾아갈 수 있습니다.
