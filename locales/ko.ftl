# policyc 인터페이스 문구: 한국어 카탈로그.
# en.ftl과 메시지 단위로 대응합니다. 메시지 ID와 변수는 그대로 두고 문구만 번역합니다.
# 조사(이/가, 을/를, (으)로 등)는 변수 바로 뒤에 두지 않습니다: 변수의 끝소리를 알 수 없기 때문입니다.
# 변경 메시지는 개조식(-함/-음)으로, 이용자에게 하는 말은 합니다체로 씁니다.

# 이 카탈로그의 언어를 그 언어로 쓴 이름(언어 메뉴에 표시).
language-self = 한국어

# ---------------------------------------------------------------- changes (diff rules table)
# src/diff/rules/table.rs의 행마다 메시지 하나: change-KEY--EVENT.
change-policy_id--changed = 처리방침 ID 변경: { $old } → { $new }
change-policy_languages--items-added = 추가 게시 언어: { $what }
change-policy_languages--items-removed = 더 이상 게시하지 않는 언어: { $what }
change-policy_binding--items-added = 이제 구속력이 있는 번역본: { $what }
change-policy_binding--items-removed = 더 이상 구속력이 없는 번역본: { $what }
change-policy_authoritative--changed = 정본 언어 변경: { $old } → { $new }
change-policy_numbering--changed = 조항 번호 체계 변경: { $old } → { $new }
change-section--added = 조항 추가: { $fact }
change-section--added-near-facts = { $subjects }에 관한 부분에 조항 추가: { $fact }
change-section--removed = 조항 삭제: { $fact }
change-section--removed-near-facts = { $subjects }에 관한 부분에서 조항 삭제: { $fact }
change-section_number--changed = 조항 { $fact }의 번호 변경: { $old } → { $new }
change-prose--added = 문구 추가: { $what }
change-prose--added-near-facts = { $subjects }에 관한 부분에 문구 추가: { $what }
change-prose--removed = 문구 삭제: { $what }
change-prose--removed-near-facts = { $subjects }에 관한 부분에서 문구 삭제: { $what }
change-list_marker--changed = 목록 기호 변경: { $old } → { $new }
change-table--added = 표 추가: { $what }
change-table--added-near-facts = { $subjects }에 관한 부분에 표 추가: { $what }
change-table--removed = 표 삭제: { $what }
change-table--removed-near-facts = { $subjects }에 관한 부분에서 표 삭제: { $what }
change-table_row--added = 표의 행 추가: { $what }
change-table_row--added-near-facts = { $subjects }에 관한 부분에 표의 행 추가: { $what }
change-table_row--removed = 표의 행 삭제: { $what }
change-table_row--removed-near-facts = { $subjects }에 관한 부분에서 표의 행 삭제: { $what }
change-table_cell--changed = { $what }: 이제 { $new }(종전: { $old })
change-term_label--changed = 용어 { $fact }의 명칭 변경: { $old } → { $new }
change-controller--added = 개인정보처리자 추가: { $fact }
change-controller--removed = 개인정보처리자 삭제: { $fact }
change-controller_name--changed = 개인정보처리자 명칭 변경: { $old } → { $new }
change-controller_group--set = { $fact }: 이제 { $new } 소속으로 명시됨
change-controller_group--changed = { $fact }: 이제 { $new } 소속(종전: { $old })
change-controller_group--unset = { $fact }: 더 이상 { $old } 소속으로 명시되지 않음
change-joint-controller--added = 공동 개인정보처리자 추가: { $fact }
change-joint-controller--removed = 공동 개인정보처리자 삭제: { $fact }
change-joint-controller_name--changed = 공동 개인정보처리자 명칭 변경: { $old } → { $new }
change-joint-controller_purposes--items-added = { $fact }: 이제 다음 목적에 대해서도 공동 개인정보처리자임: { $what }
change-joint-controller_purposes--items-removed = { $fact }: 더 이상 다음 목적에 대한 공동 개인정보처리자가 아님: { $what }
change-joint-controller_items--items-added = { $fact }: 다음 개인정보를 제공받음: { $what }
change-service--added = 적용 대상 서비스 추가: { $fact }
change-service--removed = 더 이상 적용 대상이 아닌 서비스: { $fact }
change-collect--added = 개인정보 수집 추가: { $fact }({ $what })
change-collect--removed = 개인정보 수집 삭제: { $fact }({ $what })
change-collect_items--items-added = { $fact }: 새로 수집하는 개인정보: { $what }
change-collect_items--items-removed = { $fact }: 더 이상 수집하지 않는 개인정보: { $what }
change-collect_purposes--items-added = { $fact }: 처리 목적 추가: { $what }
change-collect_purposes--items-removed = { $fact }: 처리 목적 삭제: { $what }
change-collect_necessity--decreased = { $fact }: 이제 필수 항목임; 제공을 거부하면 해당 기능을 이용할 수 없음
change-collect_necessity--increased = { $fact }: 이제 선택 항목임; 제공을 거부해도 더 이상 해당 기능 이용이 제한되지 않음
change-purpose--added = 처리 목적 추가: { $fact }
change-purpose--removed = 처리 목적 삭제: { $fact }
change-cookies--added = 쿠키 사용 추가: { $fact }
change-cookies--removed = 쿠키 관련 내용 삭제: { $fact }
change-cookies_no-cross-site-tracking--disabled = 더 이상 사이트 간 추적을 배제하지 않음
change-recipient--added-new-kind = 새로운 유형의 제공받는 자 추가: { $fact }
change-recipient--added = 제공받는 자 추가: { $fact }
change-recipient--removed = 제공받는 자 삭제: { $fact }
change-recipient_kind--changed = 제공받는 자의 유형 변경: { $old } → { $new }
change-recipient_name--set = { $fact }: 이제 제공받는 자의 명칭을 명시함: { $new }
change-recipient_name--changed = { $fact }: 제공받는 자 변경: 이제 { $new }(종전: { $old })
change-recipient_name--unset = { $fact }: 더 이상 제공받는 자의 명칭을 명시하지 않음(종전: { $old })
change-recipient_country--set = { $fact }: 이제 소재 국가를 명시함: { $new }
change-recipient_country--changed = { $fact }: 소재 국가 변경: 이제 { $new }(종전: { $old })
change-recipient_country--unset = { $fact }: 더 이상 소재 국가를 명시하지 않음(종전: { $old })
change-recipient_purposes--items-added = { $fact }: 이제 다음 목적으로도 개인정보를 제공받음: { $what }
change-recipient_purposes--items-removed = { $fact }: 더 이상 다음 목적으로 개인정보를 제공받지 않음: { $what }
change-transfer--added = 국외 이전 추가: { $fact }
change-transfer--removed = 국외 이전 삭제: { $fact }
change-transfer_to--items-added = 이전 대상 국가·지역 추가: { $what }
change-transfer_to--items-removed = 이전 대상 국가·지역 삭제: { $what }
change-storage--added = 보관 장소 추가: { $fact }
change-storage--removed = 보관 장소 삭제: { $fact }
change-storage_location--items-added = 이제 { $what }에도 개인정보를 보관함
change-storage_location--items-removed = 더 이상 { $what }에 개인정보를 보관하지 않음
change-right--added = 권리 추가: { $fact }
change-right--removed = 권리 삭제: { $fact }
change-right_kind--changed = 권리 대체: { $old } → { $new }
change-right_channels--channel-withdrawn = { $fact }: 더 이상 다음 경로로 행사할 수 없음: { $what }
change-right_channels--channel-changed = { $fact }: 행사 경로 변경: { $old } → { $new }
change-right_channels--channel-added = { $fact }: 행사 경로 추가: { $what }
change-right_respond-within--lengthened = { $fact }: 답변 기한 연장: { $old } → { $new }
change-right_respond-within--unset = { $fact }: 더 이상 답변 기한을 약속하지 않음(종전: { $old })
change-right_respond-within--shortened = { $fact }: 답변 기한 단축: { $old } → { $new }
change-right_respond-within--set = { $fact }: 이제 답변 기한을 약속함: { $new }
change-right_when--case-added = { $fact }: 권리가 적용되는 경우 추가: { $what }
change-right_when--case-removed = { $fact }: 더 이상 다음 경우에는 적용되지 않음: { $what }
change-right_when--narrowed = { $fact }: 이제 다음 경우에만 적용됨: { $what }
change-right_when--widened = { $fact }: 더 이상 종전에 열거한 경우로 한정되지 않음: { $what }
change-right_except--case-added = { $fact }: 요구를 거절할 수 있는 경우 추가: { $what }
change-right_except--case-removed = { $fact }: 더 이상 다음 경우에 요구를 거절할 수 없음: { $what }
change-right_jurisdictions--narrowed = { $fact }: 이제 { $new }에 한정됨(종전: { $old })
change-requests--added = 요구 처리 규칙 추가: { $fact }
change-requests--removed = 요구 처리 규칙 삭제: { $fact }
change-requests_respond-within--lengthened = { $fact }: 답변 기한 연장: { $old } → { $new }
change-requests_respond-within--unset = { $fact }: 더 이상 답변 기한을 약속하지 않음(종전: { $old })
change-requests_respond-within--shortened = { $fact }: 답변 기한 단축: { $old } → { $new }
change-requests_verify-identity--enabled = { $fact }: 이제 요구 시 본인 확인이 필요함
change-requests_verify-identity--disabled = { $fact }: 더 이상 요구 시 본인 확인이 필요하지 않음
change-requests_except--case-added = { $fact }: 요구에 답변하지 않는 경우 추가: { $what }
change-requests_except--case-removed = { $fact }: 이제 다음 경우에도 요구에 답변함: { $what }
change-requests_channels--channel-withdrawn = { $fact }: 더 이상 다음 경로로 요구할 수 없음: { $what }
change-requests_jurisdictions--narrowed = { $fact }: 이제 { $new }에 한정됨(종전: { $old })
change-consent--added = 동의 규칙 추가: { $fact }
change-consent--removed = 동의 규칙 삭제: { $fact }
change-consent_exceptions--case-added = 이용자의 동의를 받지 않는 경우 추가: { $what }
change-consent_exceptions--case-removed = 이제 다음 경우에도 이용자의 동의를 받음: { $what }
change-consent_jurisdictions--narrowed = { $fact }: 이제 { $new }에 한정됨(종전: { $old })
change-minors--added = 아동·청소년 보호 추가: { $fact }
change-minors--removed = 아동·청소년 보호 삭제: { $fact }
change-minors_age--decreased = 보호 대상 아동·청소년의 연령 기준 하향: { $old } → { $new }
change-minors_age--increased = 보호 대상 아동·청소년의 연령 기준 상향: { $old } → { $new }
change-minors_parental-consent--disabled = { $fact }: 더 이상 법정대리인의 동의가 필요하지 않음
change-minors_parental-consent--enabled = { $fact }: 이제 법정대리인의 동의가 필요함
change-minors_no-service--disabled = { $fact }: 이제 해당 아동·청소년에게 서비스를 제공함
change-minors_no-service--enabled = { $fact }: 더 이상 해당 아동·청소년에게 서비스를 제공하지 않음
change-minors_jurisdictions--narrowed = { $fact }: 이제 { $new }에 한정됨(종전: { $old })
change-cookies--removed-protection = 쿠키 관련 내용 삭제(쿠키 거부 방법 포함): { $what }
change-cookies_refuse--items-removed = 더 이상 제공하지 않는 쿠키 거부 방법: { $what }
change-cookies_refuse--items-added = 쿠키 거부 방법 추가: { $what }
change-cookies_do-not-track--decreased = 더 이상 “추적 금지(Do Not Track)” 신호를 따르지 않음
change-cookies_do-not-track--increased = 이제 “추적 금지(Do Not Track)” 신호를 따름
change-changes_consent-for-reduction--disabled = 명시적 동의 없이 이용자의 권리를 축소하지 않겠다는 약속 철회
change-changes_consent-for-reduction--enabled = 명시적 동의 없이 이용자의 권리를 축소하지 않겠다는 약속 추가
change-changes--removed-protection = 변경에 관한 약속 삭제(명시적 동의 없이 이용자의 권리를 축소하지 않겠다는 약속 포함)
change-requests_respond-within-for--lengthened = { $fact }: { $what } 요구에 대한 답변 기한 연장: { $old } → { $new }
change-requests_respond-within-for--unset = { $fact }: 더 이상 { $what } 요구에 대한 답변 기한을 약속하지 않음(종전: { $old })
change-requests_respond-within-for--shortened = { $fact }: { $what } 요구에 대한 답변 기한 단축: { $old } → { $new }
change-requests_respond-within-for--set = { $fact }: 이제 { $what } 요구에 대한 답변 기한을 약속함: { $new }
change-requests_respond-within-for--restated = { $fact }: { $what } 요구에 대한 답변 기한의 표현 변경: { $old } → { $new }, 기간은 동일함
change-requests_respond-within-for--changed = { $fact }: { $what } 요구에 대한 답변 기한의 표현 변경(기간은 여전히 { $new })
change-changes_notify-on--decreased = 이제 중대한 변경만 고지함(종전: { $old })
change-changes_notify-on--increased = 이제 모든 변경을 고지함(종전: { $old })
change-changes_notify-on--unset = 고지할 변경의 범위에 관한 약속 철회(종전: { $old })
change-changes_notify-on--set = 이제 고지할 변경의 범위를 약속함: { $new }
change-promise--added = 약속 추가: { $fact }
change-promise--removed = 약속 철회: { $fact }
change-promise_kind--changed = 약속 대체: { $old } → { $new }
change-promise_except--case-added = { $fact }: 약속이 적용되지 않는 경우 추가: { $what }
change-promise_except--case-removed = { $fact }: 이제 다음 경우에도 약속이 적용됨: { $what }
change-promise_items--narrowed = { $fact }: 대상 축소: 이제 { $new }만(종전: { $old })
change-promise_items--widened = { $fact }: 대상 확대: 이제 { $new }(종전: { $old })
change-promise_items--items-removed = { $fact }: 더 이상 다음을 대상으로 하지 않음: { $what }
change-promise_items--items-added = { $fact }: 이제 다음도 대상으로 함: { $what }
change-promise_regions--items-added = { $fact }: 이제 다음 지역으로도 개인정보를 이전할 수 있음: { $what }
change-promise_regions--items-removed = { $fact }: 이제 다음 지역으로도 개인정보를 이전하지 않음: { $what }
change-promise_jurisdictions--narrowed = { $fact }: 이제 { $new }에 한정됨(종전: { $old })
change-changelog--added = { $fact }에 대한 변경 이력 항목 추가: { $what }
change-changelog--removed = { $fact }에 대한 변경 이력 항목 삭제: { $what }
change-changelog--changed = { $fact }에 대한 변경 이력 항목의 문구 수정: { $what }
change-jurisdiction_regions--items-removed = { $fact }: 지역 삭제: { $what }; 해당 관할에 한정된 권리의 적용 대상자가 줄어듦
change-contact--added = 문의처 추가: { $fact }
change-contact--removed = 문의처 삭제: { $fact }
change-contact--channel-withdrawn = { $fact }: 더 이상 { $rights }에 관한 권리 행사를 위한 다음 경로를 제공하지 않음: { $what }
change-contact_complaints--disabled = { $fact }: 더 이상 민원을 접수하지 않음
change-contact_complaints--enabled = { $fact }: 이제 민원을 접수함
change-contact_respond-within--lengthened = { $fact }: 답변 기한 연장: { $old } → { $new }
change-contact_respond-within--unset = { $fact }: 더 이상 답변 기한을 약속하지 않음(종전: { $old })
change-representative--added = 현지 대리인 추가: { $fact }
change-representative--removed = 현지 대리인 삭제: { $fact }
change-authority--added = 감독기관 또는 민원 처리 기관 추가: { $fact }
change-authority--removed = 감독기관 또는 민원 처리 기관 삭제: { $fact }
change-authority--channel-withdrawn = { $fact }: 더 이상 { $rights }에 관한 권리 행사를 위해 다음 경로로 연락할 수 없음: { $what }
change-assessment--added-high-risk = 영향평가에서 고위험 확인: { $fact }
change-assessment_risk--became-high = { $fact }: 이제 고위험으로 평가됨(종전: { $old })
change-security_measures--items-added = 보안 조치 추가: { $what }
change-security_measures--items-removed = 더 이상 명시하지 않는 보안 조치: { $what }
change-any--added = 추가: { $fact }
change-any--added-new-kind = 추가: { $fact }
change-any--added-high-risk = 추가: { $fact }
change-any--added-near-facts = 추가: { $fact }
change-any--removed = 삭제: { $fact }
change-any--removed-protection = 삭제: { $fact }
change-any--removed-near-facts = 삭제: { $fact }
change-any--moved = 이동: { $fact }, { $old } → { $new }
change-any--reordered = 순서 변경: { $fact }
change-any--renumbered = 번호 변경: { $fact }, { $old } → { $new }
change-any--changed = { $fact }: { $field } 변경: { $old } → { $new }
change-any--set = { $fact }: 이제 { $field } 명시: { $new }
change-any--unset = { $fact }: { $field }: 더 이상 명시되지 않음(종전: { $old })
change-any--enabled = { $fact }: { $field }: 이제 적용됨
change-any--disabled = { $fact }: { $field }: 더 이상 적용되지 않음
change-any--items-added = { $fact }: { $field } 추가: { $what }
change-any--items-removed = { $fact }: { $field } 삭제: { $what }
change-any--increased = { $fact }: { $field } 변경: { $old } → { $new }
change-any--decreased = { $fact }: { $field } 변경: { $old } → { $new }
change-any--became-high = { $fact }: { $field } 변경: { $old } → { $new }
change-any--lengthened = { $fact }: { $field } 연장: { $old } → { $new }
change-any--shortened = { $fact }: { $field } 단축: { $old } → { $new }
change-any--restated = { $fact }: { $field }의 표현 변경: { $old } → { $new }, 기간은 동일함
change-any--case-added = { $fact }: { $field }: 경우 추가: { $what }
change-any--case-removed = { $fact }: { $field }: 경우 삭제: { $what }
change-any--narrowed = { $fact }: 이제 { $new }에 한정됨(종전: { $old })
change-any--widened = { $fact }: 이제 { $new }에 적용됨(종전: { $old })
change-any--channel-added = { $fact }: 경로 추가: { $what }
change-any--channel-changed = { $fact }: 경로 변경: { $old } → { $new }
change-any--channel-withdrawn = { $fact }: 더 이상 제공하지 않는 경로: { $what }
change-any--reworded = 문구 수정: { $what }
change-any--reworded-near-facts = { $subjects }에 관한 부분의 문구 수정: { $what }
change-any--typographic = 표기 교정: { $what }
change-any--translation-only = { $lang } 번역본만 변경: { $what }
change-any--unclassified = 문서 구조의 그 밖의 변경
change-any--evidence-service-model = { $action }: { $what }({ $evidence })
change-any--evidence-ownership = { $action }: { $what }({ $evidence })
change-any--evidence-recipients = { $action }: { $what }({ $evidence })
change-any--evidence-rights = { $action }: { $what }({ $evidence })
change-any--evidence-contact = { $action }: { $what }({ $evidence })
change-any--evidence-risk-assessment = { $action }: { $what }({ $evidence })
change-any--evidence-rights-reduced = { $action }: { $what }({ $evidence })

# ---------------------------------------------------------------- policy pages (templates: labels.NAME)
page-contents = 목차
page-summary = 한눈에 보기
page-collected = 수집하는 개인정보
page-purposes = 개인정보의 처리 목적
page-recipients = 개인정보를 처리하거나 제공받는 자
page-responsible = 개인정보처리자
page-rights = 이용자의 권리와 답변 기한
page-contacts = 문의처
page-released = 게시일
page-updated = 최종 수정일
page-effective = 시행일
page-version = 버전
page-languages = 언어
page-not-stated = 명시되지 않음
page-summary-note = 이 요약은 아래 처리방침을 바탕으로 자동 생성된 것이며, 실제로 적용되는 것은 처리방침 본문입니다.
# 접혀 있는 요약을 펼치는 문구. 처리방침의 목차가 휴대폰 화면 위쪽 가까이에서 시작되도록 요약을
# 접어 둠.
page-summary-open = 요약 보기
page-back-to-top = 맨 위로
# 처리방침 페이지의 첫 번째 링크로, 처리방침 본문으로 이동합니다(포커스를 받기 전에는 숨겨짐).
page-skip = 처리방침 바로가기
page-promises = 당사의 약속
page-changelog = 이 처리방침의 변경 이력
page-colon = {": "}
page-open = (
page-close = )

# ---------------------------------------------------------------- the site (templates: words.NAME)
site-skip = 본문 바로가기
site-breadcrumb = 이동 경로
site-languages = 언어
site-home = 홈
site-policies = 처리방침
site-version = 버전
site-current-version = 현행 버전
site-effective = 시행일
site-published = 게시일
site-updated = 최종 수정일
site-status = 상태
site-severity = 변경 수준
site-rules = 변경된 부분
site-summary = 요약
site-author-summary = 게시자의 설명
site-all-versions = 모든 버전 및 변경 사항
site-changelog = 버전 및 변경 이력
site-changelog-intro = 이 처리방침의 게시된 모든 버전을 최신순으로 보여 줍니다. 각 버전에서 전문과 직전 버전 대비 변경 사항을 볼 수 있습니다.
site-what-changed = 변경 사항
# 보관된 버전에서 그 이후 현행 버전까지의 모든 변경 사항을 보여 주는 페이지로 가는 링크이자, 그
# 페이지를 이동 경로에 표시하는 이름.
site-since = 이 버전 이후의 변경 사항
# 그 페이지의 제목($version: 비교의 기준이 되는 보관된 버전).
site-since-title = 버전 { $version } 이후의 변경 사항
# 제목 아래의 문구: 이 페이지가 무엇을 비교하는지($version: 보관된 버전; $current: 현재 시행 중인
# 버전; $count: $version 이후 $current까지(포함) 게시된 버전의 수). 변경 수준은 그중 가장 중요한
# 변경에 따름. 한국어에는 복수형이 없으므로 선택자 없이 한 문장으로 씀.
site-since-compared = 버전 { $version }의 내용을 현행 버전({ $current })과 비교한 것입니다. 그 이후 현행 버전까지 게시된 버전은 { $count }개이며, 그 변경 사항을 모두 함께 보여 주고 변경 수준은 그중 가장 중요한 변경을 기준으로 표시합니다.
site-read-version = 이 버전 보기
site-read-current = 현행 버전 보기
site-previous-version = 직전 버전
site-periods = 버전별 적용 기간
site-periods-intro = 특정 날짜(예: 회원 가입일)에 적용된 버전을 찾으려면 그 날짜가 포함된 기간을 확인하시기 바랍니다.
site-from = 시작일
site-until = 종료일
site-until-now = 별도 고지 시까지
site-never-in-effect = 시행 전에 대체됨
site-feed = 새 버전 Atom 피드
site-legend = 삭제된 문구는 취소선으로, 추가된 문구는 밑줄로 표시합니다.
site-deleted = 삭제됨
site-inserted = 추가됨
site-no-changes = 독자에게 보이는 변경 사항은 없습니다.
site-not-found = 페이지를 찾을 수 없습니다
site-not-found-text = 이 주소에는 페이지가 없습니다. 처리방침 목록은 홈 페이지에 있습니다.
site-notice = 중요 변경
site-upcoming-notice = 시행 예정 변경
site-superseded-notice = 대체된 버전
site-generated = policyc가 처리방침 보관소를 바탕으로 생성했습니다.
# 페이지가 누구의 처리방침에 관한 것인지를 제목, 이동 경로, 홈 페이지 카드, 피드에 표시: $publisher는
# 개인정보처리자의 명칭(여럿이면 "및"으로 연결한 목록), $title은 처리방침 자체의 제목("개인정보
# 처리방침"). 제목에 이미 게시자의 명칭이 들어 있지 않은 경우에만 씀.
site-policy-title = { $publisher } { $title }
# 버전의 머리글 아래에 인쇄되는 문구(인쇄물에만 표시): 이 버전을 계속 볼 수 있는 주소.
site-permanent-address = 이 버전의 영구 주소
# 독자를 위한 버전별 변경 사항 페이지의 제목($severity: consent, major, minor, editorial,
# none; $date: 그 버전의 시행일, 해당 언어의 날짜 형식으로 씀).
site-headline = { $severity ->
    [consent] 이용자의 동의가 필요한 중요 변경({ $date } 시행): 이용자에게 미치는 영향
    [major] 중요 변경({ $date } 시행): 이용자에게 미치는 영향
    [minor] 경미한 변경({ $date } 시행)
    [editorial] 단순 문구 수정({ $date } 시행): 당사가 이용자의 개인정보를 처리하는 방식은 그대로입니다
   *[none] 최초 버전({ $date } 시행)
}
# 변경 이력과 피드에 표시하는 버전의 주요 변경 사항 문장($topics: 변경된 주제, rule-topic을
# 해당 언어의 "및"으로 연결한 목록).
site-key-changes = 주요 변경 사항: { $topics }.
site-colon = {": "}
site-comma = {", "}
site-open = (
site-close = )
# 배지로 표시하는 변경 수준($id: none, editorial, minor, major, consent).
severity = { $id ->
    [none] 최초 버전
    [editorial] 편집상 수정
    [minor] 경미한 변경
    [major] 중대한 변경
   *[consent] 동의 필요
}
# 독자에게 보이는 비교 규칙: 변경의 주제를 독자의 말로 쓴 제목(사이트의 변경 이력, 변경 사항
# 페이지, 피드에 표시하며 규칙 ID는 쓰지 않음).
rule-name = { $id ->
    [service-model] 수집하는 개인정보와 처리 목적
    [ownership] 개인정보를 책임지는 자
    [recipients] 개인정보를 처리하거나 제공받는 자
    [rights] 이용자의 권리와 행사 방법
    [contact] 당사에 문의하는 방법
    [risk-assessment] 개인정보 침해 위험
   *[rights-reduced] 축소되는 이용자의 권리
}
# 문장 안에서 쓰는 같은 주제(site-key-changes의 쌍점 뒤에 "및"으로 연결한 목록으로 들어감):
# rule-name과 같되, 문장 안에 들어가는 형태로 씀(한국어는 제목과 문장 안의 형태가 같음).
rule-topic = { $id ->
    [service-model] 수집하는 개인정보와 처리 목적
    [ownership] 개인정보를 책임지는 자
    [recipients] 개인정보를 처리하거나 제공받는 자
    [rights] 이용자의 권리와 행사 방법
    [contact] 당사에 문의하는 방법
    [risk-assessment] 개인정보 침해 위험
   *[rights-reduced] 축소되는 이용자의 권리
}
# 변경 사항 페이지에서 rule-name 아래에 표시하는 한 줄: 이 주제의 변경이 무엇에 관한 것인지.
rule-meaning = { $id ->
    [service-model] 당사가 어떤 개인정보를 수집하여 어떤 목적으로 이용하고 얼마 동안 보유하는지에 관한 내용입니다.
    [ownership] 합병, 인수, 파산 등이 있는 경우를 포함하여, 이용자의 개인정보를 책임지는 회사나 기관에 관한 내용입니다.
    [recipients] 당사가 이용자의 개인정보 처리를 맡기거나 개인정보를 제공 또는 공개하는 회사나 기관, 그리고 개인정보가 이전되거나 보관되는 국가·지역에 관한 내용입니다.
    [rights] 이용자가 자신의 개인정보 열람·정정·삭제·전송을 요구하고, 동의를 철회하고, 민원을 제기하는 방법과 당사의 답변 기한에 관한 내용입니다.
    [contact] 개인정보에 관하여 누구에게 어떻게 문의하면 되는지에 관한 내용으로, 담당 부서, 개인정보 보호책임자와 그 연락처를 포함합니다.
    [risk-assessment] 당사가 이용자의 개인정보 침해 위험을 평가한 결과에 관한 내용입니다.
   *[rights-reduced] 이용자가 가지고 있던 권리를 없애거나 제한하는 변경으로, 명시적 동의 없이는 이용자에게 적용되지 않습니다.
}
# 버전의 상태.
version-status = { $id ->
    [current] 현행
    [upcoming] 시행 예정
   *[superseded] 대체됨
}
# 변경된 요소에 일어난 일.
change-kind = { $id ->
    [added] 추가
    [removed] 삭제
    [moved] 이동
   *[changed] 변경
}
banner-version = 버전 { $version }
banner-changes-in = 버전 { $version }의 변경 사항
banner-compared-with = 직전 버전({ $previous })과 비교한 내용입니다.
# 비교 페이지의 변경 묶음과 그 건수.
changes-group = { $severity ->
    [consent] 명시적 동의가 필요한 변경
    [major] 중대한 변경
    [minor] 경미한 변경
   *[editorial] 편집상 수정
}({ $count })
banner-notice-major = 이 처리방침에서 주의가 필요한 변경 사항이 { $date }부터 시행되었습니다.
banner-notice-consent = { $date }부터 시행된 이 처리방침의 변경 사항은 이용자의 권리를 축소하므로, 명시적 동의 없이는 이용자에게 적용되지 않습니다.
banner-upcoming = 이 처리방침의 새 버전({ $version })이 { $date }부터 시행됩니다.
banner-upcoming-self = 이 버전은 { $date }부터 시행됩니다. 그 전까지는 현행 버전이 적용됩니다.
banner-upcoming-first = 이 처리방침은 { $date }부터 시행됩니다.
banner-superseded = 이 버전은 더 이상 시행되지 않습니다. { $date }부터 시행된 버전 { $successor }에 의해 대체되었습니다.
feed-title = { $policy }: 새 버전
# $rules는 비어 있거나 feed-entry-rules입니다.
feed-entry-title = 버전 { $version }: { $severity }{ $rules }
feed-entry-rules = ({ $rules })
feed-entry-text =
    { $summary }

    { $date }부터 시행됩니다.

# ---------------------------------------------------------------- policy pages: the summary
# 요약 한 줄 안의 세부 사항 사이.
summary-separator = {"; "}
# 개인정보 제공이 필수인지 여부($necessity: necessary, optional).
summary-necessity = { $necessity ->
    [necessary] 필수
   *[optional] 선택: 제공을 거부할 수 있음
}
# 개인정보의 출처($source: user, automatic, third-party).
summary-source = { $source ->
    [user] 이용자가 직접 제공
    [automatic] 자동 수집
   *[third-party] 제3자로부터 수집
}
summary-processor = 고객을 대신하여 처리
# 제공받는 자가 개인정보로 하는 일($activity: entrusted, sharing, transfer, disclosure).
summary-activity = { $activity ->
    [entrusted] 처리위탁
    [sharing] 제3자 제공
    [transfer] 이전
   *[disclosure] 공개
}
# 일부 지역에 한정된 권리: 권리의 이름, 그다음 적용 지역.
summary-right-in = { $right }({ $places })
# $time은 기간입니다("1개월", "15영업일"). "지체 없이"도 올 수 있으므로 "이내"를 붙이지 않습니다.
summary-answered-within = 답변 기한: { $time }
summary-answers-within = 답변 기한: { $time }
# 불이행 약속의 대상 개인정보($items: 개인정보 항목 목록).
summary-concerning = 대상: { $items }
summary-applies-in = 적용 지역: { $places }
summary-with-exceptions = 예외 있음
summary-notice-title = 변경 고지
# 고지하는 변경의 범위($scope: every, material).
summary-notice-scope = { $scope ->
    [every] 모든 변경 시 고지
   *[material] 중대한 변경 시에만 고지
}

# ---------------------------------------------------------------- policy pages: parties
party-for-purposes = { $purposes } 목적
party-part-of = { $group } 소속
# 그룹을 밝히지 않은 개인정보처리자의 역할($role: controller, processor).
party-role = { $role ->
    [controller] 개인정보처리자
   *[processor] 수탁자
}
party-receives = 제공받는 개인정보: { $items }
party-joint-controller = { $purposes } 목적에 관한 당사와의 공동 개인정보처리자
# 대리인 지정의 근거 법률($law: gdpr, uk-gdpr, pipl, pipa).
party-representative = { $law ->
    [gdpr] GDPR 제27조에 따른 EU 역내 대리인
    [uk-gdpr] 영국 GDPR 제27조에 따른 영국 역내 대리인
    [pipl] 중국 개인정보보호법(PIPL) 제53조에 따른 중국 역내 대리인
   *[pipa] 「개인정보 보호법」에 따른 국내대리인
}
party-complain-to-it = 이 기관에 민원을 제기할 수 있음

# ---------------------------------------------------------------- policy pages: text
# 언어의 이름($language: 기본 하위 태그 en, zh, fr...; $tag: 전체 태그).
language-name = { $language ->
    [en] 영어
    [zh] 중국어
    [fr] 프랑스어
    [de] 독일어
    [es] 스페인어
    [ja] 일본어
    [ko] 한국어
    [pt] 포르투갈어
   *[other] { $tag }
}
# 정본의 이전 버전을 바탕으로 번역된 문단 뒤에 표시($language: 정본 언어의 이름, language-name).
stale-translation = 이 번역은 아직 갱신되지 않았으므로 { $language } 정본이 적용됩니다
# 조항 참조: $number는 처리방침에 적힌 번호("(8)", "2.1"), $digits는 괄호를 뺀 번호("8"), $title은 조항 제목.
section-ref = 제{ $digits }조 「{ $title }」
# section-ref와 같되 제목 없음($number, $digits).
section-ref-untitled = 제{ $digits }조
# 문장 안에서 인용하는 제목.
quoted = 「{ $text }」

# ---------------------------------------------------------------- durations
# 한국어 법률 문서의 관례대로 기간은 아라비아 숫자로 씁니다(1개월, 10일). duration은 숫자를 직접 쓰고 이 메시지를 쓰지 않습니다.
number-word = { $n }
# 기간: $unit: days, working-days, weeks, months, years.
duration = { $unit ->
    [days] { $count }일
    [working-days] { $count }영업일
    [weeks] { $count }주
    [months] { $count }개월
   *[years] { $count }년
}
# 세지 않고 이름으로 말하는 기간($unit: promptly, reasonable-time, as-long-as-necessary).
duration-named = { $unit ->
    [promptly] 지체 없이
    [reasonable-time] 합리적인 기간
   *[as-long-as-necessary] 목적 달성에 필요한 기간
}
# 연장할 수 있는 기간: $base는 기간, $extension은 연장 기간(둘 다 duration).
duration-extendable = { $base }({ $extension } 연장 가능)

# ---------------------------------------------------------------- publishing
# 한 버전이 바꾼 것을 한 줄로: 변경 수준별 변경 건수.
summary-line-first = 최초 게시 버전.
# $severity: consent, major, minor, editorial; $count: 해당 변경의 건수.
summary-line-count = { $severity ->
    [consent] 명시적 동의가 필요한 변경 { $count }건
    [major] 중대한 변경 { $count }건
    [minor] 경미한 변경 { $count }건
   *[editorial] 편집상 수정 { $count }건
}
summary-line-separator = {", "}
summary-line = { $parts }.

# 중대한 변경을 알리는 이메일 본문(일반 텍스트, $title: 처리방침의 제목).
notice-title = { $title } 중요 변경 안내
notice-intro = { $date }부터 { $title } 개정본(버전 { $version })이 시행됩니다. 주의가 필요한 변경 사항은 다음과 같습니다.
notice-consent-again = 종전에 이 처리방침에 동의하신 경우, 다음 변경 사항에 대해서는 다시 동의하셔야 합니다.
notice-rights-reduced = 이 중 일부 변경 사항은 이용자의 권리를 축소하므로, 명시적 동의 없이는 이용자에게 적용되지 않습니다.
notice-archived = 직전 버전({ $version })은 열람하실 수 있도록 보관되어 있습니다.
# 이메일의 제목이자 HTML 안내문의 제목($title: 회사의 명칭이 들어간 처리방침의 제목으로,
# site-policy-title이 만드는 형태: "HitGen Inc. 개인정보 처리방침").
notice-subject = { $title } 중요 변경 안내
# 안내문의 두 링크: 변경 사항을 보여 주는 페이지로, 그리고 새 버전의 전문으로 이동.
notice-link-changes = 변경 사항 보기
notice-link-policy = 처리방침 전문 보기

# ---------------------------------------------------------------- policyc diff
# policyc diff의 문구: 한국어(en-delta.ftl과 메시지 단위로 대응).
# ko.ftl과 같은 원칙: 변수 바로 뒤에 받침에 따라 바뀌는 조사를 두지 않고, 괄호는 앞말에 붙여 씁니다.
# diff-field와 diff-value는 ko.ftl의 change-… 메시지에 $field, $old, $new로 들어가므로 명사구로 옮겼습니다.

# ---- diff: rules/words
# 문장 안에서 쓰는 정책 모델 필드의 이름($id: 모델의 키). 여기에 없는 키는 그대로 표시합니다.
diff-field =
    { $id ->
        [items] 개인정보 항목
        [purposes] 처리 목적
        [country] 소재 국가
        [group] 소속 그룹
        [under] 지정 근거
        [sources] 수집 출처
        [necessity] 필수 여부
        [role] 역할
        [activities] 처리 유형
        [conditions] 조건
        [unconditional] 조건 없음
        [to] 이전 대상 국가·지역
        [from] 이전 출발 국가·지역
        [bases] 법적 근거
        [basis] 법적 근거
        [safeguards] 보호조치
        [location] 보관 장소
        [measures] 보안 조치
        [notify] 이용자에게 알리는 방법
        [report-to-regulators] 감독기관에 대한 신고
        [period] 보유 기간
        [criteria] 보유 기간 산정 기준
        [channels] 경로
        [respond-within] 답변 기한
        [when] 적용되는 경우
        [except] 요구를 거절할 수 있는 경우
        [verify-identity] 본인 확인
        [age] 보호 대상 연령
        [parental-consent] 법정대리인의 동의
        [no-service] 아동·청소년에 대한 서비스 미제공
        [refuse] 쿠키 거부 방법
        [do-not-track] “추적 금지(Do Not Track)” 신호
        [no-cross-site-tracking] 사이트 간 추적 배제
        [department] 담당 부서
        [officer] 책임자
        [email] 이메일 주소
        [phone] 전화번호
        [address] 주소
        [url] 웹 주소
        [complaints] 민원 접수
        [major] 중대한 변경의 유형
        [notice-period] 사전 고지 기간
        [consent-for-reduction] 권리 축소 전 동의
        [archive] 종전 버전 보관
        [notify-on] 고지할 변경의 범위
        [respond-within-for] 일부 권리의 답변 기한
        [source] 출처
        [risk] 위험도
        [regions] 지역
        [name] 명칭
        [law] 법률
        [affiliates] 함께 적용 대상이 되는 자
        [kind] 유형
        [jurisdictions] 관할
        [exceptions] 동의를 받지 않는 경우
        [dpv] DPV 개념
        [custom] 처리방침 자체 정의
        [label] 표시 명칭
        [text] 문구
        [marker] 목록 기호
       *[other] { $id }
    }
# 문장 안에서 쓰는 모델 열거값의 이름($id: 모델에 적힌 값). 여기에 없는 값(규칙 ID, 자유 문구)은 그대로 표시합니다.
diff-value =
    { $id ->
        [entrusted] 처리위탁
        [sharing] 제3자 제공
        [transfer] 이전
        [disclosure] 공개
        [user] 이용자가 직접 제공
        [automatic] 자동 수집
        [third-party] 제3자로부터 수집
        [necessary] 필수
        [optional] 선택
        [controller] 개인정보처리자
        [processor] 고객을 대신하여 처리하는 수탁자
        [low] 낮음
        [medium] 보통
        [high] 높음
        [honored] 따름
        [ignored] 따르지 않음
        [every] 모든 변경
        [material] 중대한 변경만
        [gdpr] GDPR 제27조
        [uk-gdpr] 영국 GDPR 제27조
        [pipl] 중국 개인정보보호법(PIPL) 제53조
        [pipa] 「개인정보 보호법」
        [true] 예
        [false] 아니요
       *[other] { $id }
    }
# 규칙에 따라 사실을 명시하는 부분이 다루는 내용(문장 안의 명사구, "{ $subjects }에 관한 부분"); $rule은 규칙 ID.
subject-rule =
    { $rule ->
        [service-model] 서비스 모델
        [ownership] 개인정보 처리의 책임 주체
        [recipients] 개인정보를 제공받는 자
        [rights] 이용자의 권리
        [rights-reduced] 이용자의 권리
        [contact] 문의처
       *[risk-assessment] 영향평가
    }
# $subjects: subject-rule을 나열한 목록.
diff-note-review = 검토자는 사실관계가 바뀌지 않았는지 확인해야 합니다. 이 부분은 { $subjects }에 관한 내용입니다.
# $langs: 번역본 언어의 이름(diff-language) 목록, $authoritative: 정본 언어의 이름.
diff-note-translation-only = { $langs } 문구만 변경되었습니다. 정본인 { $authoritative } 문구는 그대로이며, { $langs } 번역본에는 구속력이 없습니다.
# $langs: 번역본 언어의 이름(diff-language) 목록.
diff-note-translation-unchanged = 정본 문구가 변경되었지만 { $langs } 문구는 변경되지 않았습니다. 번역을 확인하시기 바랍니다.
# $id: 추가된 사실의 ID.
diff-note-possible-rename = 같은 종류의 사실이 새 ID로 추가되었습니다(`{ $id }`). 기존 사실의 ID만 바꾼 것이라면 비교할 때 대응시킬 수 있도록 종전 ID를 유지하시기 바랍니다.
# $old, $new: 두 처리방침의 ID.
diff-note-other-policy = 두 파일은 서로 다른 처리방침입니다(`{ $old }`, `{ $new }`).
# 문장 안의 언어 이름: $language는 언어 하위 태그(en, zh…), $tag는 전체 태그(zh-CN).
diff-language = { $name }({ $tag })

# ---- diff: consent
# 종전에 동의한 이용자로부터 다시 동의를 받아야 하는 이유. 각 메시지는 근거 법률과 조문을 밝힙니다.
consent-rights-reduced = 권리를 축소하는 변경은 이용자의 명시적 동의를 받은 경우에만 이용자에게 적용됩니다(규칙 rights-reduced).
consent-general = 종전에 받은 동의는 당시 명시한 처리 목적, 개인정보 및 제공받는 자에 대해서만 효력이 있으며, 이 변경은 그 범위를 벗어납니다.
consent-pipl-new-purpose-or-data = 중국 개인정보보호법(PIPL) 제14조: 개인정보의 처리 목적, 처리 방식 또는 처리하는 개인정보의 종류가 변경된 경우에는 개인의 동의를 다시 받아야 합니다.
consent-pipl-new-recipient = 중국 개인정보보호법(PIPL) 제23조: 개인정보를 다른 개인정보처리자에게 제공하려면 제공받는 자의 명칭, 연락처, 처리 목적, 처리 방식 및 개인정보의 종류를 개인에게 알리고 별도의 동의를 받아야 합니다.
consent-pipl-new-destination = 중국 개인정보보호법(PIPL) 제39조: 중화인민공화국 국외로 개인정보를 제공하려면 국외에서 개인정보를 제공받는 자와 그에 대하여 권리를 행사하는 방법을 개인에게 알리고 별도의 동의를 받아야 합니다.
consent-gdpr-new-purpose = GDPR 제6조 제4항 및 제13조 제3항: 새로운 목적으로 개인정보를 처리하려면, 그 목적이 개인정보를 수집한 당초 목적과 양립할 수 있는 경우가 아닌 한 동의나 그 밖의 법적 근거가 필요하며, 처리를 시작하기 전에 이용자에게 알려야 합니다. 동의에 근거한 처리라면 다시 동의를 받아야 합니다.
consent-gdpr-new-data = GDPR 제6조 제1항 (a)호, 제7조 및 제13조 제3항: 동의는 동의를 받은 개인정보에 대해서만 효력이 있습니다. 동의에 근거한 처리에서 새로운 유형의 개인정보를 처리하려면 다시 동의를 받아야 하며, 먼저 이용자에게 알려야 합니다.
consent-gdpr-new-recipient = GDPR 제13조 제1항 (e)호 및 제13조 제3항: 개인정보를 제공하기 전에 새로 제공받는 자를 이용자에게 알려야 합니다. 동의에 근거한 제공이라면 다시 동의를 받아야 합니다.
consent-gdpr-new-destination = GDPR 제13조 제1항 (f)호 및 제49조 제1항 (a)호: 새로운 제3국으로 개인정보를 이전하는 경우 이용자에게 알려야 합니다. 적정성 결정에도 적절한 보호조치에도 근거하지 않은 이전에는 이용자의 명시적 동의가 필요합니다.

# ---- diff: mod (change headings)
# 규칙에 따라 사실을 명시하는 부분의 문구 변경 제목.
diff-wording-changed = 문구 수정

# ---- diff: header
diff-header-title = 처리방침의 제목
# 처리방침 자체의 필드(사전 고지 기간)가 바뀐 경우의 주어.
diff-header-the-policy = 처리방침
# $id: 처리방침 용어집에 있는 용어의 ID.
diff-header-term-label = 용어 { $id }의 명칭

# ---- diff: document
diff-doc-section-added = 조항 추가
diff-doc-section-removed = 조항 삭제
diff-doc-text-added = 문구 추가
diff-doc-text-removed = 문구 삭제
# 이동한 조항의 위치: $p는 그 조항이 속하게 된 상위 조항의 제목.
diff-doc-under = { $p } 아래
# $n: 조항 안에서 문단의 순서(1, 2…).
diff-doc-paragraph = { $n }번째 문단
# $n: 목록 안에서 항목의 순서(1, 2…).
diff-doc-list-item = 목록의 { $n }번째 항목
diff-doc-section-title = 조항 제목
diff-doc-unnumbered = 번호 없음
diff-doc-top-level = 최상위
diff-doc-a-list = 목록

# ---- diff: facts (names of facts)
# $to: 국외 이전의 이전 대상 국가·지역 목록.
diff-fact-transfer = { $to } 대상 국외 이전
# $at: 개인정보의 보관 장소.
diff-fact-storage = { $at }에 보관
# $age: 아동·청소년 보호의 기준 연령(숫자).
diff-fact-minors = 만 { $age }세 미만 아동·청소년
# $id: 문의처의 ID.
diff-fact-contact-point = 문의처 `{ $id }`
# $fact: 문구가 바뀐 사실의 이름.
diff-fact-text = { $fact }의 문구
diff-fact-requests = 권리 행사 요구의 처리
diff-fact-everywhere = 모든 관할
diff-fact-top-of-policy = 처리방침의 맨 앞
diff-fact-website = 웹사이트
diff-fact-incident = 개인정보 유출 등의 통지
diff-fact-retention = 개인정보의 보유
diff-fact-cookies = 쿠키
diff-fact-changes = 변경에 관한 약속
# $id: 사실의 ID.
diff-fact-consent = 동의 규칙 `{ $id }`
# $id: 사실의 ID.
diff-fact-security = 보안 조치 `{ $id }`
# $id: 사실의 ID.
diff-fact-assessment = 영향평가 `{ $id }`

# ---- diff: fields
diff-none = 없음
# $id: 경우(조건 또는 예외)의 ID, $fact: 사실의 이름.
diff-fields-case = { $fact }의 경우 `{ $id }`
diff-fields-not-stated = 명시되지 않음
diff-fields-all-items = 모든 개인정보

# ---- diff: table
diff-table-row-added = 표의 행 추가
diff-table-row-removed = 표의 행 삭제
diff-table-added = 표 추가
diff-table-removed = 표 삭제
# $t: 표(diff-table-captioned 또는 diff-table-numbered).
diff-table-caption = { $t }의 제목
# $t: 표, $r: 행 번호, $c: 열 제목.
diff-table-cell = { $t }, { $r }행, “{ $c }” 열
# $c: 따옴표로 묶은 표 제목.
diff-table-captioned = 표 { $c }
# $n: 조항 안에서 표의 순서(1, 2…).
diff-table-numbered = { $n }번째 표
diff-table-nothing = 내용 없음
# $t: 표, $n: 열 번호.
diff-table-heading = { $t }, { $n }열의 제목

# ---- diff: shared words
# 이름 뒤 괄호 속 한정어($text). 한국어에서는 괄호를 앞말에 붙여 쓰므로 앞에 공백을 두지 않습니다.
diff-parenthesis = ({ $text })
# $label: 사실 또는 표, $text: 그 필드 또는 행의 셀.
diff-labelled = { $label }: { $text }
diff-header-marker-separator = { ", " }
# $text: 요약 줄에 인용하는 발췌문.
diff-excerpt = “{ $text }”
# 권리의 이름($label: builtin.toml의 권리 라벨, 예: "개인정보 열람"). $named는 라벨이 이미 권리를 나타내면
# (diff-fact-right-endings 중 하나로 끝나면, 예: "열람권", "알 권리") "yes", 아니면 "no"입니다.
diff-fact-right =
    { $named ->
        [yes] { $label }
       *[no] { $label } 권리
    }
# 권리 라벨이 이미 권리를 나타내는 어미(공백으로 구분). builtin의 한국어 라벨은 "권리"로 끝나지 않지만
# 처리방침이 직접 정의한 라벨("개인정보 열람권")이 "…권 권리"가 되지 않도록 둡니다.
diff-fact-right-endings = 권 권리

# ---- diff: output (policyc diff for people and as Markdown)
# 비교 결과 한 줄 요약. 변경 수준 이름으로 시작합니다. $count: 변경 건수.
diff-out-headline-none = 변경 없음: 두 버전의 내용이 같음
diff-out-headline-dates-only = 편집상 수정: 버전의 날짜만 변경됨
diff-out-headline-editorial = 편집상 수정: 문구 또는 형식 변경 { $count }건, 사실관계 변경 없음
diff-out-headline-minor = 경미한 변경: 게시할 변경 { $count }건, 별도 고지가 필요한 변경 없음
diff-out-headline-major = 중대한 변경: 별도 고지가 필요한 변경 { $count }건
diff-out-headline-consent = 동의 필요: 명시적 동의가 필요한 변경 { $count }건
# diff-out-headline-consent 뒤에 붙는 중대한 변경의 건수.
diff-out-headline-also-major = {", "}별도 고지가 필요한 변경 { $count }건
# 변경 수준별 건수("동의 필요 1건, 중대한 변경 2건").
diff-out-count =
    { $severity ->
        [consent] 동의 필요
        [major] 중대한 변경
        [minor] 경미한 변경
       *[editorial] 편집상 수정
    } { $count }건
diff-out-count-separator = { ", " }
diff-out-no-changes = 변경 없음
# 버전의 날짜 변경($date: effective, updated, released; $old, $new: 날짜).
diff-out-date-changed =
    { $date ->
        [effective] 시행일
        [updated] 최종 수정일
       *[released] 게시일
    }: { $old } → { $new }
# 변경 수준별 묶음의 제목과 건수.
diff-out-group =
    { $severity ->
        [consent] 명시적 동의가 필요한 변경
        [major] 별도 고지가 필요한 변경
        [minor] 경미한 변경
        [editorial] 편집상 수정
       *[none] 변경 없음
    }({ $count })
diff-out-fresh-consent = 종전에 동의한 이용자로부터 다시 동의를 받아야 하는 변경({ $count })
diff-out-with-rule = { $summary }(규칙 { $rule })
diff-out-note = 참고: { $note }
diff-out-note-label = 참고:
# 검토 판정: $severity는 판정된 변경 수준, $was는 비교 결과, $by는 판정자, $date는 판정일(ISO), $reason은 사유;
# $rule은 비어 있거나 diff-out-decided-rule입니다. $severity와 $was는 영어 ID(editorial, minor, major, consent)로
# 전달되므로 여기서 한국어 변경 수준 이름(severity 메시지와 같은 말)으로 바꿉니다. 조사 "(으)로"는 각 이름에 맞춰 붙입니다.
diff-out-decided =
    { $severity ->
        [editorial] 편집상 수정으로
        [minor] 경미한 변경으로
        [major] 중대한 변경으로
        [consent] 동의가 필요한 변경으로
       *[other] { $severity }(으)로
    } 판정됨({ $by }, { $date }; 비교 결과: { $was ->
        [editorial] 편집상 수정
        [minor] 경미한 변경
        [major] 중대한 변경
        [consent] 동의 필요
       *[other] { $was }
    }{ $rule }): { $reason }
diff-out-decided-rule = { ", " }규칙 { $rule }

# ---- diff: output/review (policyc review)
# $count: 판정되지 않은 문구 기반 변경 건수, $major: 그중 중대한 변경 건수, $decided: 판정된 변경 건수.
diff-review-counts = 판정되지 않은 문구 기반 변경 { $count }건(중대한 변경 { $major }건), 판정된 변경 { $decided }건
diff-review-severity = { $severity ->
    [consent] 동의 필요
    [major] 중대한 변경
    [minor] 경미한 변경
   *[editorial] 편집상 수정
}
diff-review-how = 각 변경마다 --as editorial 또는 --as minor 옵션과 사유를 지정하여 판정하거나, 변경을 그대로 게시하시기 바랍니다.
# 근거: 새 문구에 이제 들어 있는($side: new) 또는 더 이상 들어 있지 않은($side: old) 규칙 $rule의 표현; $text는 그 표현, $lang은 문구의 언어.
diff-review-evidence =
    근거({ $rule }): { $side ->
        [new] 이제 다음 표현이 있음
       *[old] 더 이상 다음 표현이 없음
    }: “{ $text }”({ $lang })
# $command: 변경을 판정하는 명령.
diff-review-decide = 판정 명령: { $command }

# ---- diff: evidence
# 쌍점 앞에 오는 근거 라벨(diff-labelled의 라벨). 뒤에는 따옴표로 묶은 문구가 오며, facts-*는 subject-rule의
# 명사구("개인정보를 제공받는 자")가 옵니다. 변경 메시지처럼 개조식(-함/-음)으로 옮겼고, cue-*는 diff-review-evidence와 맞췄습니다.
# 예: "문구 수정: 목록의 3번째 항목(더 이상 언급하지 않음: “쿠키”)"
evidence-found = { $found ->
    [organisation-new] 새 조직을 언급함
    [organisation-old] 더 이상 해당 조직을 언급하지 않음
    [email-new] 새 이메일 주소를 기재함
    [email-old] 더 이상 해당 이메일 주소를 기재하지 않음
    [url-new] 새 웹 주소를 기재함
    [url-old] 더 이상 해당 웹 주소를 기재하지 않음
    [phone-new] 새 전화번호를 기재함
    [phone-old] 더 이상 해당 전화번호를 기재하지 않음
    [term-new] 이제 언급함
    [term-old] 더 이상 언급하지 않음
    [cue-new] 이제 다음 표현이 있음
    [cue-old] 더 이상 다음 표현이 없음
    [promise-new] 새로운 약속을 함
    [promise-old] 해당 약속을 철회함
    [exception-new] 예외를 추가함
    [exception-old] 예외를 삭제함
    [facts-new] 다음 사항을 명시하는 부분에 추가됨
    [facts-old] 다음 사항을 명시하는 부분에서 삭제됨
    [under-new] 다음 문구 아래에 추가됨
    [under-old] 다음 문구 아래에서 삭제됨
   *[quantity] 수치를 변경함
}
