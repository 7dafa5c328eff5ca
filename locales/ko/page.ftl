# 코드 페이지의 주요 정보, 제목의 고유 링크, 페이지를 공유할 때 표시되는 이미지
# (static/og-<lang>.png, scripts/og-images.sh로 생성)에 쓰이는 인터페이스 문자열입니다.

## 코드 페이지의 리드 문단 아래에 두는 주요 정보

# 각 코드가 등록된 레지스트리를 나타내는 행입니다.
fact-registry = 레지스트리
# IANA의 SIP 응답 코드 표로 가는 링크 텍스트입니다.
registry-link = IANA SIP 응답 코드

## 제목의 고유 링크

# 각 섹션 제목 옆에 있는 "#" 링크의 접근 가능한 이름입니다.
permalink-label = 이 섹션의 고유 링크

## 페이지를 공유할 때 표시되는 이미지 (scripts/og-images.sh가 og-image-text로 생성)

# 이미지에서 사이트 이름 아래에 표시되는 한 줄입니다.
og-image-text = 각 코드의 의미와 두 코드의 차이
# 이미지를 볼 수 없는 사람을 위한 설명입니다.
og-image-alt = SIP 응답 코드: 각 코드의 의미와 두 코드의 차이
