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
footer-facts = 기본 정보에는 해당 코드를 정의한 RFC와 절을 출처로 밝힙니다. 사유 문구(reason phrase)는 IANA에 등록된 그대로 표시합니다.
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
compare-description = SIP { $a } { $reason-a } vs { $b } { $reason-b }: 차이점, 나란히 비교한 기본 정보, 각 응답을 보게 되는 상황과 대응 방법.
compare-breadcrumb = { $a } vs { $b }
compare-lede = { $same-class ->
    [yes] { $a } { $reason-a } 응답과 { $b } { $reason-b } 응답은 모두 { $class-a ->
        [1] 임시(1xx)
        [2] 성공(2xx)
        [3] 리디렉션(3xx)
        [4] 클라이언트 오류(4xx)
        [5] 서버 오류(5xx)
       *[6] 전역 오류(6xx)
    } 응답{ $same-next ->
        [yes] 이며, 클라이언트가 취할 동작도 같습니다
       *[no] 이지만, 클라이언트에게 요구하는 내용은 서로 다릅니다
    }.
   *[no] { $a } { $reason-a } 응답은 { $class-a ->
        [1] 임시(1xx)
        [2] 성공(2xx)
        [3] 리디렉션(3xx)
        [4] 클라이언트 오류(4xx)
        [5] 서버 오류(5xx)
       *[6] 전역 오류(6xx)
    } 응답이고, { $b } { $reason-b } 응답은 { $class-b ->
        [1] 임시(1xx)
        [2] 성공(2xx)
        [3] 리디렉션(3xx)
        [4] 클라이언트 오류(4xx)
        [5] 서버 오류(5xx)
       *[6] 전역 오류(6xx)
    } 응답입니다.
}
section-differences = 주요 차이점
section-side-by-side = 나란히 비교
section-what-to-do = 대응 방법
section-note = 두 코드가 혼동되는 이유
section-related = 관련 비교
section-code-prose = { $code } { $reason }
link-code-page = { $code } { $reason } 자세히 보기
pair-link = { $a } vs { $b }

## 클라이언트의 다음 동작을 코드 하나에 대한 문장으로 표현

next-step = { $next ->
    [wait] { $code } 응답을 받은 뒤에도 클라이언트는 계속 기다립니다. 트랜잭션이 아직 열려 있으며 최종 응답이 이어서 옵니다.
    [done] { $code } 응답은 요청이 성공했다는 뜻입니다. INVITE의 경우 발신 측이 ACK로 확인하면 세션이 수립됩니다.
    [redirect] { $code } 응답을 받으면 클라이언트는 Contact 헤더에 있는 주소(하나 또는 여러 개)로 요청을 다시 보냅니다.
    [authenticate] { $code } 응답을 받으면 클라이언트는 챌린지에 응하는 인증 정보를 넣어 요청을 다시 보냅니다.
    [modify] { $code } 응답을 받으면 클라이언트는 응답이 알려 주는 대로 요청을 수정한 뒤 다시 보내야 합니다.
    [retry-later] { $code } 응답을 받으면 클라이언트는 나중에 같은 요청을 다시 보낼 수 있으며, Retry-After가 있으면 그 시간이 지난 뒤에 보냅니다.
    [retry-elsewhere] { $code } 응답을 받으면 클라이언트는 이곳에 요청을 반복하지 말고 다른 서버나 경로를 시도해야 합니다.
    [give-up] { $code } 응답을 받으면 클라이언트는 이 요청을 같은 대상에게 다시 보내서는 안 됩니다.
   *[none] { $code } 응답 이후에는 할 일이 없습니다. 요청이 한쪽이 의도한 대로 끝났습니다.
}

## 레코드에서 도출한 주요 차이점

diff-class = { $a } 응답은 { $class-a ->
        [1] 임시(1xx)
        [2] 성공(2xx)
        [3] 리디렉션(3xx)
        [4] 클라이언트 오류(4xx)
        [5] 서버 오류(5xx)
       *[6] 전역 오류(6xx)
    } 클래스에, { $b } 응답은 { $class-b ->
        [1] 임시(1xx)
        [2] 성공(2xx)
        [3] 리디렉션(3xx)
        [4] 클라이언트 오류(4xx)
        [5] 서버 오류(5xx)
       *[6] 전역 오류(6xx)
    } 클래스에 속합니다.
diff-final = { $provisional } 응답은 임시 응답이므로 트랜잭션이 열린 채로 유지되고 응답이 더 이어집니다. { $final } 응답은 최종 응답이며 트랜잭션을 종료합니다.
diff-next = 클라이언트의 다음 동작이 다릅니다. { $a } 응답 후에는 { $next-a ->
        [wait] 최종 응답을 기다려야 하고
        [done] 요청이 성공했으므로 그대로 진행하면 되고
        [redirect] Contact 주소로 재시도해야 하고
        [authenticate] 인증 정보를 넣어 재시도해야 하고
        [modify] 요청을 수정해 재시도해야 하고
        [retry-later] 나중에 재시도해야 하고
        [retry-elsewhere] 다른 서버를 시도해야 하고
        [give-up] 이 대상은 포기해야 하고
       *[none] 더 할 일이 없고
    }, { $b } 응답 후에는 { $next-b ->
        [wait] 최종 응답을 기다려야 합니다
        [done] 요청이 성공했으므로 그대로 진행하면 됩니다
        [redirect] Contact 주소로 재시도해야 합니다
        [authenticate] 인증 정보를 넣어 재시도해야 합니다
        [modify] 요청을 수정해 재시도해야 합니다
        [retry-later] 나중에 재시도해야 합니다
        [retry-elsewhere] 다른 서버를 시도해야 합니다
        [give-up] 이 대상은 포기해야 합니다
       *[none] 더 할 일이 없습니다
    }.
diff-retry-after = { $with } 응답에는 언제 다시 시도하는 것이 적절한지 알려 주는 Retry-After가 포함될 수 있지만, { $without } 응답에는 그런 타이머가 없습니다.
diff-forking = 포킹 프록시에서 { $a } 응답은 { $forking-a ->
        [hop-by-hop] 첫 홉에서 멈추고 결코 전달되지 않는 반면
        [forwarded] 즉시 업스트림으로 전달되는 반면
        [cancels-others] 즉시 업스트림으로 전달되고 나머지 브랜치는 취소되는 반면
        [redirect] 후보로 보관되거나 프록시가 그 Contact 주소들로 재귀 요청하는 반면
        [best-response] 모든 브랜치가 응답할 때까지 보관된 뒤 최선 응답(best response) 선정 경쟁에 들어가는 반면
        [merged-challenge] 다른 브랜치의 챌린지와 하나의 응답으로 병합되는 반면
        [not-forwarded] 그대로 업스트림에 전달되지 않고 프록시가 대신 500으로 응답하는 반면
       *[global] 탐색을 종료시켜 나머지 브랜치가 취소되고 이 응답이 전달되는 반면
    }, { $b } 응답은 { $forking-b ->
        [hop-by-hop] 첫 홉에서 멈추고 결코 전달되지 않습니다
        [forwarded] 즉시 업스트림으로 전달됩니다
        [cancels-others] 즉시 업스트림으로 전달되고 나머지 브랜치는 취소됩니다
        [redirect] 후보로 보관되거나 프록시가 그 Contact 주소들로 재귀 요청합니다
        [best-response] 모든 브랜치가 응답할 때까지 보관된 뒤 최선 응답(best response) 선정 경쟁에 들어갑니다
        [merged-challenge] 다른 브랜치의 챌린지와 하나의 응답으로 병합됩니다
        [not-forwarded] 그대로 업스트림에 전달되지 않으며 프록시가 대신 500으로 응답합니다
       *[global] 탐색을 종료시킵니다. 나머지 브랜치는 취소되고 이 응답이 전달됩니다
    }.
diff-headers = 확인해야 할 헤더가 다릅니다. { $a } 응답에는 { $count-a ->
        [0] 고유한 헤더가 없고
       *[other] { $headers-a } 헤더가 함께 오고
    }, { $b } 응답에는 { $count-b ->
        [0] 고유한 헤더가 없습니다
       *[other] { $headers-b } 헤더가 함께 옵니다
    }.
diff-requests = 응답하는 요청이 다릅니다. { $a } 응답은 { $requests-a }에 대해, { $b } 응답은 { $requests-b }에 대해 사용됩니다.
diff-senders = 보내는 주체가 다릅니다. { $a } 응답은 주로 { $senders-a }에서 보내고, { $b } 응답은 주로 { $senders-b }에서 보냅니다.
diff-deprecated = { $code } 응답은 RFC { $rfc }에서 사용 중단(deprecated)되었으므로 새 구현에서는 보내지 않아야 합니다.
diff-none = { $a } 응답과 { $b } 응답의 기록된 기본 정보는 같습니다. 두 코드를 가르는 것은 아래에 설명한 의미입니다.

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
fact-senders = 주로 보내는 주체
fact-requests = 응답 대상 요청
fact-headers = 주목할 헤더
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
    [done] 완료: 요청 성공
    [redirect] Contact 주소로 재시도
    [authenticate] 인증 정보를 넣어 재시도
    [modify] 요청 수정 후 재시도
    [retry-later] 나중에 재시도
    [retry-elsewhere] 다른 서버 시도
    [give-up] 이 대상은 포기
   *[none] 없음: 요청이 의도대로 종료됨
}
forking = { $forking ->
    [hop-by-hop] 전달되지 않음(홉 단위)
    [forwarded] 즉시 전달됨
    [cancels-others] 즉시 전달됨, 나머지 브랜치 취소
    [redirect] 후보로 보관되거나 프록시가 재귀 요청
    [best-response] 모든 브랜치가 응답할 때까지 보관, 최선 응답이 선택됨
    [merged-challenge] 모든 브랜치의 챌린지를 병합
    [not-forwarded] 전달되지 않음, 프록시가 대신 500 전송
   *[global] 탐색 종료, 나머지 브랜치 취소
}

## 콜 플로 다이어그램

role = { $role ->
    [uac] 발신자(UAC)
    [proxy] 프록시
    [proxy2] 프록시 2
    [uas] 착신자(UAS)
    [uas2] 착신자 2(UAS)
    [registrar] 레지스트라
   *[redirect] 리디렉트 서버
}
flow-caption = { $code } { $reason } 전후의 콜 플로
flow-step = { $from } → { $to }: { $message }

## 페이지를 찾을 수 없음

notfound-title = 페이지를 찾을 수 없음
notfound-heading = 존재하지 않는 페이지입니다
notfound-body = 주소를 잘못 입력했거나 페이지가 이동했을 수 있습니다. 모든 코드와 비교 페이지는 전체 코드 목록에서 찾아갈 수 있습니다.
