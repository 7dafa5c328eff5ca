# 비교 페이지: 두 코드를 비교할 때만 필요한 제목과 레이블.

# 두 코드 각각의 콜 플로를 나란히 보여 주는 섹션.
compare-flows-heading = 각 코드의 콜 플로
# 코드 쌍에 대해 직접 쓴 설명 중 페이지 맨 앞에 두는 첫 문장 다음 부분.
compare-note-heading = 실무 관점
# 비교 표에서 접혀 있는 부분: 두 코드가 같은 항목. $count는 항목 수.
compare-same-for-both = 두 코드가 같은 항목({ $count }개)
