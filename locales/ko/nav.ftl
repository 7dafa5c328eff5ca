# 내비게이션: 색인 페이지, 홈의 클래스별 바로 가기 링크, 404 페이지의 코드 찾기와 추천,
# 언어 선택 페이지에서 각 색인으로 가는 링크.

## 코드 색인 (/<lang>/sip/)

nav-codes-title = 클래스별 SIP 응답 코드: 1xx~6xx
nav-codes-heading = 클래스별 SIP 응답 코드
nav-codes-description = 등록된 모든 SIP 응답 코드를 1xx 임시 응답부터 6xx 전역 오류까지 클래스별로 묶고, 코드마다 한 줄 요약을 붙였습니다.
nav-codes-crumb = 클래스별 코드
nav-jump-label = 클래스별 바로 가기

## 비교 색인 (/<lang>/compare/sip/)

nav-pairs-title = SIP 응답 코드 비교 목록
nav-pairs-heading = SIP 응답 코드 비교
nav-pairs-description = 엔지니어가 가장 자주 혼동하는 SIP 응답 코드 쌍과, 임의의 두 코드를 나란히 비교하는 방법을 정리했습니다.
nav-pairs-crumb = 비교 목록
nav-pairs-confused = 자주 혼동되는 코드 쌍
nav-pairs-any-heading = 그 밖의 코드 쌍
nav-pairs-any = 각 코드 페이지에는 다른 모든 코드와의 비교 링크가 있습니다. 아래에서 첫 번째 코드를 연 다음 두 번째 코드를 선택하면 됩니다.
nav-pairs-picker = 홈에서 두 코드를 한 번에 선택할 수도 있습니다

## 404 페이지

nav-notfound-suggest = 이 주소로 찾은 페이지
nav-notfound-lookup = 코드 찾기
nav-notfound-lookup-placeholder = 번호 또는 사유 문구(예: 486, busy)
nav-notfound-none = 일치하는 코드가 없습니다.
nav-notfound-elsewhere = 목록에서 찾아보기
