# policyc 介面文字目錄：繁體中文（臺灣）。
# 與英文目錄（en.ftl）逐則對應：訊息識別碼及變數一律保留，僅翻譯文字。
#
# 格式為 Project Fluent（https://projectfluent.org/fluent/guide/）：`識別碼 = 文字`，變數寫作
# `{ $name }`，複數及其他變體以選擇器表示。顯示為文字的大括號寫作 `{"{"}`。
# 用語與 builtin.toml（臺灣）一致：個人資料、蒐集、控管者、受託處理者、主管機關、申訴、揭露、分享。

# 本目錄的語言名稱，以該語言本身書寫（語言選單顯示此名稱）。
language-self = 繁體中文

# ---------------------------------------------------------------- 變更（差異規則表）
# src/diff/rules/table.rs 每一列對應一則訊息：change-KEY--EVENT。
change-policy_id--changed = 政策識別碼由{ $old }變更為{ $new }
change-policy_languages--items-added = 現亦以下列語言發布：{ $what }
change-policy_languages--items-removed = 不再以下列語言發布：{ $what }
change-policy_binding--items-added = 譯本現具拘束力：{ $what }
change-policy_binding--items-removed = 譯本不再具拘束力：{ $what }
change-policy_authoritative--changed = 作準語言由{ $old }變更為{ $new }
change-policy_numbering--changed = 章節編號方式由{ $old }變更為{ $new }
change-section--added = 新增章節：{ $fact }
change-section--added-near-facts = 於本政策載明{ $subjects }之處新增章節：{ $fact }
change-section--removed = 刪除章節：{ $fact }
change-section--removed-near-facts = 於本政策載明{ $subjects }之處刪除章節：{ $fact }
change-section_number--changed = 章節{ $fact }的編號變更：{ $old } → { $new }
change-prose--added = 新增文字：{ $what }
change-prose--added-near-facts = 於本政策載明{ $subjects }之處新增文字：{ $what }
change-prose--removed = 刪除文字：{ $what }
change-prose--removed-near-facts = 於本政策載明{ $subjects }之處刪除文字：{ $what }
change-list_marker--changed = 清單標記由{ $old }變更為{ $new }
change-table--added = 新增表格：{ $what }
change-table--added-near-facts = 於本政策載明{ $subjects }之處新增表格：{ $what }
change-table--removed = 刪除表格：{ $what }
change-table--removed-near-facts = 於本政策載明{ $subjects }之處刪除表格：{ $what }
change-table_row--added = 新增表格列：{ $what }
change-table_row--added-near-facts = 於本政策載明{ $subjects }之處新增表格列：{ $what }
change-table_row--removed = 刪除表格列：{ $what }
change-table_row--removed-near-facts = 於本政策載明{ $subjects }之處刪除表格列：{ $what }
change-table_cell--changed = { $what }現顯示為{ $new }（原為{ $old }）
change-term_label--changed = 用語{ $fact }的名稱由{ $old }變更為{ $new }
change-controller--added = 新增控管者：{ $fact }
change-controller--removed = 刪除控管者：{ $fact }
change-controller_name--changed = 控管者名稱由{ $old }變更為{ $new }
change-controller_group--set = { $fact }現載明隸屬於{ $new }
change-controller_group--changed = { $fact }現隸屬於{ $new }（原為{ $old }）
change-controller_group--unset = 不再載明{ $fact }隸屬於{ $old }
change-joint-controller--added = 新增共同控管者：{ $fact }
change-joint-controller--removed = 刪除共同控管者：{ $fact }
change-joint-controller_name--changed = 共同控管者名稱由{ $old }變更為{ $new }
change-joint-controller_purposes--items-added = { $fact }現亦就下列目的擔任共同控管者：{ $what }
change-joint-controller_purposes--items-removed = { $fact }不再就下列目的擔任共同控管者：{ $what }
change-joint-controller_items--items-added = { $fact }新增接收的個人資料：{ $what }
change-service--added = 新增適用本政策的服務：{ $fact }
change-service--removed = 不再適用本政策的服務：{ $fact }
change-collect--added = 新增個人資料蒐集：{ $fact }（{ $what }）
change-collect--removed = 刪除個人資料蒐集：{ $fact }（{ $what }）
change-collect_items--items-added = { $fact }：新增蒐集的個人資料：{ $what }
change-collect_items--items-removed = { $fact }：不再蒐集的個人資料：{ $what }
change-collect_purposes--items-added = { $fact }：新增目的：{ $what }
change-collect_purposes--items-removed = { $fact }：刪除目的：{ $what }
change-collect_necessity--decreased = { $fact }：現為必要；拒絕提供將無法使用該功能
change-collect_necessity--increased = { $fact }：現為非必要；拒絕提供不再導致無法使用該功能
change-purpose--added = 新增處理目的：{ $fact }
change-purpose--removed = 刪除處理目的：{ $fact }
change-cookies--added = 新增Cookie的使用：{ $fact }
change-cookies--removed = 刪除Cookie說明：{ $fact }
change-cookies_no-cross-site-tracking--disabled = 不再排除跨網站追蹤
change-recipient--added-new-kind = 新增接收者類型：{ $fact }
change-recipient--added = 新增接收者：{ $fact }
change-recipient--removed = 刪除接收者：{ $fact }
change-recipient_kind--changed = 接收者類型由{ $old }變更為{ $new }
change-recipient_name--set = { $fact }：現載明接收者名稱：{ $new }
change-recipient_name--changed = { $fact }：接收者現為{ $new }（原為{ $old }）
change-recipient_name--unset = { $fact }：不再載明接收者名稱（原為{ $old }）
change-recipient_country--set = { $fact }：現載明設立於{ $new }
change-recipient_country--changed = { $fact }：現設立於{ $new }（原為{ $old }）
change-recipient_country--unset = { $fact }：不再載明其所在國家或地區（原為{ $old }）
change-recipient_purposes--items-added = { $fact }：現亦為下列目的接收個人資料：{ $what }
change-recipient_purposes--items-removed = { $fact }：不再為下列目的接收個人資料：{ $what }
change-transfer--added = 新增國際傳輸：{ $fact }
change-transfer--removed = 刪除國際傳輸：{ $fact }
change-transfer_to--items-added = 新增傳輸目的地：{ $what }
change-transfer_to--items-removed = 刪除傳輸目的地：{ $what }
change-storage--added = 新增儲存地點：{ $fact }
change-storage--removed = 刪除儲存地點：{ $fact }
change-storage_location--items-added = 個人資料現亦儲存於{ $what }
change-storage_location--items-removed = 個人資料不再儲存於{ $what }
change-right--added = 新增權利：{ $fact }
change-right--removed = 刪除權利：{ $fact }
change-right_kind--changed = 權利替換：{ $old } → { $new }
change-right_channels--channel-withdrawn = { $fact }：不再可透過{ $what }行使
change-right_channels--channel-changed = { $fact }：行使管道由{ $old }變更為{ $new }
change-right_channels--channel-added = { $fact }：新增行使管道：{ $what }
change-right_respond-within--lengthened = { $fact }：回覆期限由{ $old }延長為{ $new }
change-right_respond-within--unset = { $fact }：不再承諾回覆期限（原為{ $old }）
change-right_respond-within--shortened = { $fact }：回覆期限由{ $old }縮短為{ $new }
change-right_respond-within--set = { $fact }：現承諾回覆期限：{ $new }
change-right_when--case-added = { $fact }：新增適用該權利的情形：{ $what }
change-right_when--case-removed = { $fact }：於下列情形不再適用：{ $what }
change-right_when--narrowed = { $fact }：現僅適用於下列情形：{ $what }
change-right_when--widened = { $fact }：不再限於原先列舉的情形：{ $what }
change-right_except--case-added = { $fact }：新增得拒絕請求的情形：{ $what }
change-right_except--case-removed = { $fact }：於下列情形不再得拒絕請求：{ $what }
change-right_jurisdictions--narrowed = { $fact }：現僅限於{ $new }（原為{ $old }）
change-requests--added = 新增請求處理規則：{ $fact }
change-requests--removed = 刪除請求處理規則：{ $fact }
change-requests_respond-within--lengthened = { $fact }：回覆期限由{ $old }延長為{ $new }
change-requests_respond-within--unset = { $fact }：不再承諾回覆期限（原為{ $old }）
change-requests_respond-within--shortened = { $fact }：回覆期限由{ $old }縮短為{ $new }
change-requests_verify-identity--enabled = { $fact }：提出請求現須驗證身分
change-requests_verify-identity--disabled = { $fact }：提出請求不再須驗證身分
change-requests_except--case-added = { $fact }：新增不回覆請求的情形：{ $what }
change-requests_except--case-removed = { $fact }：於下列情形現將回覆請求：{ $what }
change-requests_channels--channel-withdrawn = { $fact }：不再可透過{ $what }提出請求
change-requests_jurisdictions--narrowed = { $fact }：現僅限於{ $new }（原為{ $old }）
change-consent--added = 新增同意規則：{ $fact }
change-consent--removed = 刪除同意規則：{ $fact }
change-consent_exceptions--case-added = 新增無須徵得您同意的情形：{ $what }
change-consent_exceptions--case-removed = 於下列情形現須徵得您的同意：{ $what }
change-consent_jurisdictions--narrowed = { $fact }：現僅限於{ $new }（原為{ $old }）
change-minors--added = 新增未成年人保護：{ $fact }
change-minors--removed = 刪除未成年人保護：{ $fact }
change-minors_age--decreased = 受保護未成年人的年齡門檻由{ $old }歲降低為{ $new }歲
change-minors_age--increased = 受保護未成年人的年齡門檻由{ $old }歲提高為{ $new }歲
change-minors_parental-consent--disabled = { $fact }：不再要求法定代理人同意
change-minors_parental-consent--enabled = { $fact }：現要求法定代理人同意
change-minors_no-service--disabled = { $fact }：現向其提供服務
change-minors_no-service--enabled = { $fact }：不再向其提供服務
change-minors_jurisdictions--narrowed = { $fact }：現僅限於{ $new }（原為{ $old }）
change-cookies--removed-protection = 刪除Cookie說明，連同其中拒絕Cookie的方式：{ $what }
change-cookies_refuse--items-removed = 不再提供的拒絕Cookie方式：{ $what }
change-cookies_refuse--items-added = 新增拒絕Cookie的方式：{ $what }
change-cookies_do-not-track--decreased = 不再遵循「請勿追蹤」訊號
change-cookies_do-not-track--increased = 現遵循「請勿追蹤」訊號
change-changes_consent-for-reduction--disabled = 撤回「未經您明示同意，不會減損您的權利」之承諾
change-changes_consent-for-reduction--enabled = 新增「未經您明示同意，不會減損您的權利」之承諾
change-changes--removed-protection = 刪除關於政策變更的承諾，連同「未經您明示同意，不會減損您的權利」之承諾
change-requests_respond-within-for--lengthened = { $fact }：有關{ $what }的請求，回覆期限由{ $old }延長為{ $new }
change-requests_respond-within-for--unset = { $fact }：有關{ $what }的請求，不再承諾回覆期限（原為{ $old }）
change-requests_respond-within-for--shortened = { $fact }：有關{ $what }的請求，回覆期限由{ $old }縮短為{ $new }
change-requests_respond-within-for--set = { $fact }：有關{ $what }的請求，現承諾回覆期限：{ $new }
change-requests_respond-within-for--restated = { $fact }：有關{ $what }的請求，回覆期限由{ $old }改述為{ $new }（期間相同）
change-requests_respond-within-for--changed = { $fact }：有關{ $what }的請求，回覆期限的表述方式變更，仍為{ $new }
change-changes_notify-on--decreased = 現僅於重大變更時發出通知（原為：{ $old }）
change-changes_notify-on--increased = 現就所有變更發出通知（原為：{ $old }）
change-changes_notify-on--unset = 撤回關於通知哪些變更的承諾（原為：{ $old }）
change-changes_notify-on--set = 現承諾通知的變更範圍：{ $new }
change-promise--added = 新增承諾：{ $fact }
change-promise--removed = 撤回承諾：{ $fact }
change-promise_kind--changed = 承諾替換：{ $old } → { $new }
change-promise_except--case-added = { $fact }：新增不適用該承諾的情形：{ $what }
change-promise_except--case-removed = { $fact }：該承諾現亦適用於下列情形：{ $what }
change-promise_items--narrowed = { $fact }：現僅涵蓋{ $new }（原為{ $old }）
change-promise_items--widened = { $fact }：現涵蓋{ $new }（原為{ $old }）
change-promise_items--items-removed = { $fact }：不再涵蓋{ $what }
change-promise_items--items-added = { $fact }：現亦涵蓋{ $what }
change-promise_regions--items-added = { $fact }：個人資料現亦得傳輸至{ $what }
change-promise_regions--items-removed = { $fact }：個人資料現亦不會傳輸至{ $what }
change-promise_jurisdictions--narrowed = { $fact }：現僅限於{ $new }（原為{ $old }）
change-changelog--added = 新增{ $fact }的變更紀錄：{ $what }
change-changelog--removed = 刪除{ $fact }的變更紀錄：{ $what }
change-changelog--changed = { $fact }的變更紀錄措辭修改：{ $what }
change-jurisdiction_regions--items-removed = { $fact }：刪除地區：{ $what }；僅限於該法域的權利，適用對象現已減少
change-contact--added = 新增聯絡窗口：{ $fact }
change-contact--removed = 刪除聯絡窗口：{ $fact }
change-contact--channel-withdrawn = { $fact }不再提供{ $what }作為行使{ $rights }的管道
change-contact_complaints--disabled = { $fact }不再受理申訴
change-contact_complaints--enabled = { $fact }現受理申訴
change-contact_respond-within--lengthened = { $fact }：回覆期限由{ $old }延長為{ $new }
change-contact_respond-within--unset = { $fact }：不再承諾回覆期限（原為{ $old }）
change-representative--added = 新增境內代表人：{ $fact }
change-representative--removed = 刪除境內代表人：{ $fact }
change-authority--added = 新增主管機關或申訴受理機構：{ $fact }
change-authority--removed = 刪除主管機關或申訴受理機構：{ $fact }
change-authority--channel-withdrawn = { $fact }不再可透過{ $what }聯繫以行使{ $rights }
change-assessment--added-high-risk = 影響評估顯示高風險：{ $fact }
change-assessment_risk--became-high = { $fact }現顯示高風險（原為{ $old }）
change-security_measures--items-added = 新增安全措施：{ $what }
change-security_measures--items-removed = 不再載明的安全措施：{ $what }
change-any--added = 新增：{ $fact }
change-any--added-new-kind = 新增：{ $fact }
change-any--added-high-risk = 新增：{ $fact }
change-any--added-near-facts = 新增：{ $fact }
change-any--removed = 刪除：{ $fact }
change-any--removed-protection = 刪除：{ $fact }
change-any--removed-near-facts = 刪除：{ $fact }
change-any--moved = 移動：{ $fact }，由{ $old }移至{ $new }
change-any--reordered = 順序變更：{ $fact }
change-any--renumbered = 重新編號：{ $fact }，由{ $old }改為{ $new }
change-any--changed = { $fact }：{ $field }由{ $old }變更為{ $new }
change-any--set = { $fact }：現載明{ $field }：{ $new }
change-any--unset = { $fact }：不再載明{ $field }（原為{ $old }）
change-any--enabled = { $fact }：現包含「{ $field }」
change-any--disabled = { $fact }：不再包含「{ $field }」
change-any--items-added = { $fact }：新增{ $field }：{ $what }
change-any--items-removed = { $fact }：刪除{ $field }：{ $what }
change-any--increased = { $fact }：{ $field }由{ $old }變更為{ $new }
change-any--decreased = { $fact }：{ $field }由{ $old }變更為{ $new }
change-any--became-high = { $fact }：{ $field }由{ $old }變更為{ $new }
change-any--lengthened = { $fact }：{ $field }由{ $old }延長為{ $new }
change-any--shortened = { $fact }：{ $field }由{ $old }縮短為{ $new }
change-any--restated = { $fact }：{ $field }由{ $old }改述為{ $new }（期間相同）
change-any--case-added = { $fact }：{ $field }：新增情形：{ $what }
change-any--case-removed = { $fact }：{ $field }：刪除情形：{ $what }
change-any--narrowed = { $fact }：現僅限於{ $new }（原為{ $old }）
change-any--widened = { $fact }：現適用於{ $new }（原為{ $old }）
change-any--channel-added = { $fact }：新增管道：{ $what }
change-any--channel-changed = { $fact }：管道由{ $old }變更為{ $new }
change-any--channel-withdrawn = { $fact }：不再提供的管道：{ $what }
change-any--reworded = 措辭修改：{ $what }
change-any--reworded-near-facts = 於本政策載明{ $subjects }之處措辭修改：{ $what }
change-any--typographic = 排版修正：{ $what }
change-any--translation-only = 僅{ $lang }譯本變更：{ $what }
change-any--unclassified = 文件結構的其他變更
change-any--evidence-service-model = { $action }：{ $what }（{ $evidence }）
change-any--evidence-ownership = { $action }：{ $what }（{ $evidence }）
change-any--evidence-recipients = { $action }：{ $what }（{ $evidence }）
change-any--evidence-rights = { $action }：{ $what }（{ $evidence }）
change-any--evidence-contact = { $action }：{ $what }（{ $evidence }）
change-any--evidence-risk-assessment = { $action }：{ $what }（{ $evidence }）
change-any--evidence-rights-reduced = { $action }：{ $what }（{ $evidence }）

# ---------------------------------------------------------------- 政策頁面（範本：labels.NAME）
page-contents = 目錄
page-summary = 重點摘要
page-collected = 我們蒐集哪些資料
page-purposes = 我們為何利用這些資料
page-recipients = 誰會接收這些資料
page-responsible = 由誰負責
page-rights = 您的權利及回覆期限
page-contacts = 聯絡窗口
page-released = 發布日期
page-updated = 最後更新日期
page-effective = 生效日期
page-version = 版本
page-languages = 語言
page-not-stated = 未載明
page-summary-note = 本摘要係依據下方政策自動產生；實際適用者，以政策本文為準。
# 點選後展開摘要的文字；摘要預設收合，使政策內容在手機畫面上能從接近頂端處開始。
page-summary-open = 顯示摘要
page-back-to-top = 回到頁首
# 政策頁面的第一個連結，連至政策本文。
page-skip = 跳至政策本文
page-promises = 我們的承諾
page-changelog = 本政策的變更紀錄
page-colon = ：
page-open = （
page-close = ）

# ---------------------------------------------------------------- 網站（範本：words.NAME）
site-skip = 跳至主要內容
site-breadcrumb = 導覽路徑
site-languages = 語言
site-home = 首頁
site-policies = 政策
site-version = 版本
site-current-version = 現行版本
site-effective = 生效日期
site-published = 公布日期
site-updated = 最後更新日期
site-status = 狀態
site-severity = 變更程度
site-rules = 變更涉及的事項
site-summary = 摘要
site-author-summary = 發布者的說明
site-all-versions = 所有版本及變更
site-changelog = 版本及變更紀錄
site-changelog-intro = 本政策所有已公布的版本，依新至舊排列。每個版本均連結至其全文，以及自前一版本以來的變更內容。
site-what-changed = 變更內容
# 從存檔版本連至「自該版本以來的所有變更」頁面（比較至現行版本為止）的連結文字，亦為該頁面在導覽路徑中的標籤。
site-since = 自此版本以來的變更內容
# 該頁面的標題（$version：作為比較起點的存檔版本）。
site-since-title = 自版本 { $version } 以來的變更內容
# 標題下方說明本頁比較的對象（$version：存檔版本；$current：現行版本；$count：$version 之後公布的版本數，計至 $current 並包含 $current）。變更程度以其中最重大的變更為準。中文無複數變化，故不依 $count 區分。
site-since-compared = 版本 { $version } 與現行版本（{ $current }）比較。此後共公布{ $count }個版本；本頁合併列出其間的所有變更，變更程度以其中最重大者為準。
site-read-version = 閱讀此版本
site-read-current = 閱讀現行版本
site-previous-version = 前一版本
site-periods = 各版本的適用期間
site-periods-intro = 如欲查詢某一日期（例如您註冊當日）所適用的版本，請找出涵蓋該日期的期間。
site-from = 起始日
site-until = 截止日
site-until-now = 至另行通知為止
site-never-in-effect = 於生效前即遭取代
site-feed = 新版本的 Atom 訂閱
site-legend = 刪除的文字以刪除線標示；新增的文字以底線標示。
site-deleted = 刪除
site-inserted = 新增
site-no-changes = 讀者可見的內容均無變更。
site-not-found = 找不到網頁
site-not-found-text = 此網址沒有網頁。政策清單請見首頁。
site-notice = 重要變更
site-upcoming-notice = 即將生效的變更
site-superseded-notice = 已遭取代的版本
site-generated = 由 policyc 依據政策存檔產生。
# 表明頁面是哪一方的政策，用於標題、導覽路徑、首頁的政策卡片及訂閱（$publisher：控管者的名稱，有多個者以本語言的「和」連接，常以拉丁字母書寫，例如「HitGen Inc.」；$title：政策本身的標題，例如「隱私權政策」）。僅於標題尚未載明發布者時使用。
site-policy-title = { $publisher }的{ $title }
# 印於版本標頭下方（僅見於紙本）：此版本永久可供閱讀的網址。
site-permanent-address = 此版本的永久網址
# 版本差異頁面的標題，寫給讀者（$severity：consent、major、minor、editorial、none；$date：版本生效日期，已依本語言的日期格式書寫）。
site-headline = { $severity ->
    [consent] 須經您明示同意的重要變更，於{ $date }生效：對您有何影響
    [major] 重要變更，於{ $date }生效：對您有何影響
    [minor] 輕微變更，於{ $date }生效
    [editorial] 僅措辭修改，於{ $date }生效：我們處理您資料的方式不變
   *[none] 首版，於{ $date }生效
}
# 說明版本主要變更的一句話，用於變更紀錄及訂閱（$topics：變更涉及的事項，即以本語言的「和」連接的 rule-topic）。
site-key-changes = 主要變更：{ $topics }。
site-colon = ：
site-comma = 、
site-open = （
site-close = ）
# 以標章顯示的變更程度（$id：none、editorial、minor、major、consent）。
severity = { $id ->
    [none] 首版
    [editorial] 編輯性修訂
    [minor] 輕微變更
    [major] 重大變更
   *[consent] 須經您明示同意
}
# 讀者所見的差異規則：變更涉及的事項，以讀者的用語寫成標題（用於網站的變更紀錄、差異頁面及訂閱；絕不顯示規則識別碼）。
rule-name = { $id ->
    [service-model] 我們蒐集哪些資料及為何蒐集
    [ownership] 由誰負責您的資料
    [recipients] 誰會接收您的資料
    [rights] 您的權利及行使方式
    [contact] 如何聯絡我們
    [risk-assessment] 您的資料可能面臨的風險
   *[rights-reduced] 您將失去的權利
}
# 同一事項置於句中（site-key-changes 的冒號之後，以本語言的「和」連接成清單）：與 rule-name 相同，改寫為句中適用的名詞片語。
rule-topic = { $id ->
    [service-model] 我們蒐集的資料及蒐集目的
    [ownership] 負責您資料的機構
    [recipients] 您資料的接收者
    [rights] 您的權利及行使方式
    [contact] 聯絡我們的方式
    [risk-assessment] 您的資料可能面臨的風險
   *[rights-reduced] 您將失去的權利
}
# 差異頁面上 rule-name 下方的一行說明：此事項的變更涉及哪些內容。
rule-meaning = { $id ->
    [service-model] 我們蒐集的個人資料、其利用目的及保存期間。
    [ownership] 負責您個人資料的機構，例如在合併、收購或破產後改由誰負責。
    [recipients] 我們將您的個人資料分享或揭露給哪些機構，以及這些資料會送往何處。
    [rights] 您如何查閱、更正、刪除您的個人資料或將其轉移至他處，如何撤回同意或提出申訴，以及我們的回覆期限。
    [contact] 關於您的個人資料，應與誰聯絡及如何聯絡：負責的部門、個人資料保護長，以及其聯絡地址。
    [risk-assessment] 我們對您的個人資料可能面臨之風險進行評估的結果。
   *[rights-reduced] 取消或限制您原有權利的變更：未經您明示同意，此類變更對您不適用。
}
# 版本的狀態。
version-status = { $id ->
    [current] 現行
    [upcoming] 即將生效
   *[superseded] 已遭取代
}
# 變更元素的異動情形。
change-kind = { $id ->
    [added] 新增
    [removed] 刪除
    [moved] 移動
   *[changed] 變更
}
banner-version = 版本 { $version }
banner-changes-in = 版本 { $version } 的變更
banner-compared-with = 與前一版本（{ $previous }）比較。
# 差異頁面上的一組變更，附其數量。
changes-group = { $severity ->
    [consent] 須經您明示同意
    [major] 重大變更
    [minor] 輕微變更
   *[editorial] 編輯性修訂
}（{ $count }）
banner-notice-major = 本政策需要您留意的變更已於{ $date }生效。
banner-notice-consent = 本政策於{ $date }生效的變更減損了您的權利：未經您明示同意，這些變更對您不適用。
banner-upcoming = 本政策的新版本（{ $version }）將於{ $date }生效。
banner-upcoming-self = 本版本將於{ $date }生效；在此之前，適用現行版本。
banner-upcoming-first = 本政策將於{ $date }生效。
banner-superseded = 本版本已失效：已由{ $date }生效的版本 { $successor } 取代。
feed-title = { $policy }：新版本
# $rules 為空白，或為 feed-entry-rules。
feed-entry-title = 版本 { $version }：{ $severity }{ $rules }
feed-entry-rules = （{ $rules }）
feed-entry-text =
    { $summary }

    生效日期：{ $date }。

# ---------------------------------------------------------------- 政策頁面：摘要
# 摘要同一行中各項細節之間的分隔符號。
summary-separator = ；
# 資料是否必須提供（$necessity：necessary、optional）。
summary-necessity = { $necessity ->
    [necessary] 必要
   *[optional] 非必要，您可以拒絕提供
}
# 資料來源（$source：user、automatic、third-party）。
summary-source = { $source ->
    [user] 由您提供
    [automatic] 自動蒐集
   *[third-party] 自第三方取得
}
summary-processor = 代表客戶處理
# 接收者如何處理資料（$activity：entrusted、sharing、transfer、disclosure）。
summary-activity = { $activity ->
    [entrusted] 委託處理
    [sharing] 分享
    [transfer] 移轉
   *[disclosure] 公開揭露
}
# 僅於特定地區適用的權利：權利名稱，後接適用地區。
summary-right-in = { $right }（{ $places }）
# $time 為期間（「一個月」、「十五個工作日」）。
summary-answered-within = 回覆期限為{ $time }
summary-answers-within = 回覆期限為{ $time }
# 否定性承諾所涉及的資料（$items：資料類別清單）。
summary-concerning = 涉及{ $items }
summary-applies-in = 適用於{ $places }
summary-with-exceptions = 有例外情形
summary-notice-title = 變更通知
# 哪些變更會發出通知（$scope：every、material）。
summary-notice-scope = { $scope ->
    [every] 所有變更均會通知
   *[material] 僅通知重大變更
}

# ---------------------------------------------------------------- 政策頁面：當事人
party-for-purposes = 為{ $purposes }之目的
party-part-of = 隸屬於{ $group }
# 未載明所屬集團時，控管者的角色（$role：controller、processor）。
party-role = { $role ->
    [controller] 控管者
   *[processor] 受託處理者
}
party-receives = 接收{ $items }
party-joint-controller = 就{ $purposes }與我們共同擔任控管者
# 指定代表人所依據的法律（$law：gdpr、uk-gdpr、pipl、pipa）。
party-representative = { $law ->
    [gdpr] 依歐盟《一般資料保護規則》（GDPR）第27條指定的歐盟境內代表人
    [uk-gdpr] 依英國《一般資料保護規則》（UK GDPR）第27條指定的英國境內代表人
    [pipl] 依中國《個人信息保護法》第53條指定的中國境內代表人
   *[pipa] 依韓國《個人資訊保護法》（PIPA）指定的韓國境內代理人
}
party-complain-to-it = 您可向其提出申訴

# ---------------------------------------------------------------- 政策頁面：文字
# 語言名稱（$language：主要子標籤，如 en、zh、fr…；$tag：完整標籤）。
language-name = { $language ->
    [en] 英文
    [zh] 中文
    [fr] 法文
    [de] 德文
    [es] 西班牙文
    [ja] 日文
    [ko] 韓文
    [pt] 葡萄牙文
   *[other] { $tag }
}
# 段落的譯本係依據作準文本較早版本翻譯時，附於該段落之後（$language：作準語言名稱，取自 language-name）。
stale-translation = 本譯本尚未更新，以{ $language }版本為準
# 引用章節：$number 為政策所用編號（「(8)」、「2.1」），$digits 為不含括號的編號（「8」），$title 為章節標題。
section-ref = 第{ $digits }節「{ $title }」
# 同 section-ref，但不含標題（$number、$digits）。
section-ref-untitled = 第{ $digits }節
# 句中引用的標題。
quoted = 「{ $text }」

# ---------------------------------------------------------------- 期間
# 單位前的數字，依臺灣法令用字以國字書寫（一個月、二個月、十五日）；其他數字以阿拉伯數字表示。
number-word = { $n ->
    [1] 一
    [2] 二
    [3] 三
    [4] 四
    [5] 五
    [6] 六
    [7] 七
    [8] 八
    [9] 九
    [10] 十
    [11] 十一
    [12] 十二
    [13] 十三
    [14] 十四
    [15] 十五
    [16] 十六
    [17] 十七
    [18] 十八
    [19] 十九
    [20] 二十
    [21] 二十一
    [22] 二十二
    [23] 二十三
    [24] 二十四
    [25] 二十五
    [26] 二十六
    [27] 二十七
    [28] 二十八
    [29] 二十九
    [30] 三十
    [31] 三十一
    [45] 四十五
    [60] 六十
    [90] 九十
    [180] 一百八十
   *[other] { $n }
}
# 一段期間：$word 為 $count 的 number-word；$unit：days、working-days、weeks、months、years。
# 中文無複數變化，故不依 $count 區分。
duration = { $unit ->
    [days] { $word }日
    [working-days] { $word }個工作日
    [weeks] { $word }週
    [months] { $word }個月
   *[years] { $word }年
}
# 以名稱而非數量表示的期間（$unit：promptly、reasonable-time、as-long-as-necessary）。
duration-named = { $unit ->
    [promptly] 儘速
    [reasonable-time] 合理期間
   *[as-long-as-necessary] 達成目的所必要之期間
}
# 得延長的期間：$base 為原期間，$extension 為延長期間（兩者皆為期間）。
duration-extendable = { $base }（得延長{ $extension }）

# ---------------------------------------------------------------- 發布
# 說明某版本變更內容的一行文字：依變更程度分列的變更數量。
summary-line-first = 首次發布的版本。
# $severity：consent、major、minor、editorial；$count：該類變更的數量。
summary-line-count = { $severity ->
    [consent] { $count }項須經您明示同意的變更
    [major] { $count }項重大變更
    [minor] { $count }項輕微變更
   *[editorial] { $count }項編輯性修訂
}
summary-line-separator = ，
summary-line = { $parts }。

# 重大變更通知，以純文字電子郵件寄送（$title：政策名稱）。
notice-title = { $title }重要變更通知
notice-intro = 更新後的{ $title }（版本 { $version }）將於{ $date }生效。下列變更需要您留意：
notice-consent-again = 若您先前曾同意本政策，下列變更須再次徵得您的同意：
notice-rights-reduced = 其中部分變更將減損您的權利：未經您明示同意，這些變更對您不適用。
notice-archived = 前一版本（{ $version }）已存檔，供您查閱。
# 電子郵件的主旨及 HTML 通知的標題（$title：載明公司名稱的政策標題，由 site-policy-title 產生，例如「HitGen Inc.的隱私權政策」）。
notice-subject = { $title }重要變更通知
# 通知中的兩個連結：分別連至顯示變更內容的頁面，及新版本的全文。
notice-link-changes = 查看變更內容
notice-link-policy = 閱讀完整政策

# ---------------------------------------------------------------- policyc diff
# ---- diff: rules/words
# 政策模型欄位的名稱，置於句中（例如 change-any--changed「（欄位名稱）由…變更為…」）；$id 為欄位鍵名。
diff-field =
    { $id ->
        [items] 個人資料
        [purposes] 目的
        [country] 所在國家或地區
        [group] 所屬集團
        [under] 指定依據
        [sources] 資料來源
        [necessity] 必要性
        [role] 角色
        [activities] 處理活動
        [conditions] 條件
        [unconditional] 無條件
        [to] 傳輸目的地
        [from] 傳輸來源地
        [bases] 法律依據
        [basis] 法律依據
        [safeguards] 保障措施
        [location] 儲存地點
        [measures] 安全措施
        [notify] 通知方式
        [report-to-regulators] 向主管機關通報
        [period] 保存期間
        [criteria] 判斷標準
        [channels] 管道
        [respond-within] 回覆期限
        [when] 適用情形
        [except] 得拒絕請求的情形
        [verify-identity] 身分驗證
        [age] 年齡門檻
        [parental-consent] 法定代理人同意
        [no-service] 不向未成年人提供服務
        [refuse] 拒絕Cookie的方式
        [do-not-track] 「請勿追蹤」訊號
        [no-cross-site-tracking] 不進行跨網站追蹤
        [department] 部門
        [officer] 負責人
        [email] 電子郵件地址
        [phone] 電話號碼
        [address] 地址
        [url] 網址
        [complaints] 受理申訴
        [major] 重大變更的類型
        [notice-period] 預告期間
        [consent-for-reduction] 減損權利前須經明示同意
        [archive] 舊版本存檔
        [notify-on] 通知的變更範圍
        [respond-within-for] 特定權利的回覆期限
        [source] 來源
        [risk] 風險等級
        [regions] 地區
        [name] 名稱
        [law] 適用法律
        [affiliates] 一併適用的關係企業
        [kind] 類型
        [jurisdictions] 適用法域
        [exceptions] 無須徵得同意的情形
        [dpv] DPV概念
        [custom] 由本政策自行定義
        [label] 名稱
        [text] 文字
        [marker] 清單標記
       *[other] { $id }
    }
# 模型列舉值的名稱，置於句中；$id 為模型中的值。
diff-value =
    { $id ->
        [entrusted] 委託處理
        [sharing] 分享
        [transfer] 移轉
        [disclosure] 公開揭露
        [user] 由使用者提供
        [automatic] 自動蒐集
        [third-party] 自第三方取得
        [necessary] 必要
        [optional] 非必要
        [controller] 控管者
        [processor] 代表客戶處理的受託處理者
        [low] 低
        [medium] 中
        [high] 高
        [honored] 遵循
        [ignored] 不遵循
        [every] 所有變更
        [material] 僅限重大變更
        [gdpr] 歐盟《一般資料保護規則》（GDPR）第27條
        [uk-gdpr] 英國《一般資料保護規則》（UK GDPR）第27條
        [pipl] 中國《個人信息保護法》第53條
        [pipa] 韓國《個人資訊保護法》（PIPA）
        [true] 是
        [false] 否
       *[other] { $id }
    }
# 政策某部分依規則載明的事項，置於句中（「本政策此部分載明{ $subjects }」）。
subject-rule =
    { $rule ->
        [service-model] 服務模式
        [ownership] 由誰負責
        [recipients] 個人資料的接收者
        [rights] 您的權利
        [rights-reduced] 您的權利
        [contact] 聯絡方式
       *[risk-assessment] 影響評估
    }
diff-note-review = 審閱者應確認事實均未變更：本政策此部分載明{ $subjects }。
diff-note-translation-only = 僅{ $langs }文本有所變更；作準的{ $authoritative }文本未變更，且{ $langs }文本不具拘束力。
diff-note-translation-unchanged = { $langs }文本未隨作準文本更新：請檢查譯本。
diff-note-possible-rename = 新增了同類事實`{ $id }`：若其即為原事實改名而來，請保留原識別碼，以便比對時能夠對應。
diff-note-other-policy = 這兩個檔案是不同的政策（`{ $old }`與`{ $new }`）。
diff-language = { $name }（{ $tag }）
# ---- diff: consent
consent-rights-reduced = 減損使用者權利的變更，須經使用者明示同意，始對其適用（規則 rights-reduced）。
consent-general = 使用者先前的同意僅涵蓋當時載明的目的、個人資料及接收者；本項變更已超出該範圍。
consent-pipl-new-purpose-or-data = 中國《個人信息保護法》第14條：個人資料的處理目的、處理方式或處理的個人資料類別變更者，應重新取得當事人同意。
consent-pipl-new-recipient = 中國《個人信息保護法》第23條：向其他個人資料處理者提供個人資料者，應告知當事人接收者的名稱、聯絡方式、處理目的、處理方式及個人資料類別，並取得當事人的單獨同意。
consent-pipl-new-destination = 中國《個人信息保護法》第39條：向中華人民共和國境外提供個人資料者，應告知當事人境外接收者的資訊及當事人向其行使權利的方式，並取得當事人的單獨同意。
consent-gdpr-new-purpose = GDPR第6條第4項及第13條第3項：為新目的處理個人資料，除與蒐集時的目的相容者外，須取得同意或具備其他法律依據，並須於處理開始前告知使用者；以同意為依據者，應重新徵得同意。
consent-gdpr-new-data = GDPR第6條第1項第(a)款、第7條及第13條第3項：同意僅及於取得同意時所涉的資料；以同意為依據的處理新增資料類別者，應重新徵得同意，並須事先告知使用者。
consent-gdpr-new-recipient = GDPR第13條第1項第(e)款及第13條第3項：與新的接收者分享使用者的資料前，須先將新的接收者告知使用者；以同意為依據的分享，應重新徵得同意。
consent-gdpr-new-destination = GDPR第13條第1項第(f)款及第49條第1項第(a)款：將資料傳輸至新的第三國，須告知使用者；既無適足性認定、亦無適當保障措施者，須經使用者明示同意。
# ---- diff: mod (change headings)
diff-wording-changed = 措辭修改
# ---- diff: header
diff-header-title = 政策標題
diff-header-the-policy = 本政策
diff-header-term-label = 用語{ $id }的名稱
# ---- diff: document
diff-doc-section-added = 新增章節
diff-doc-section-removed = 刪除章節
diff-doc-text-added = 新增文字
diff-doc-text-removed = 刪除文字
diff-doc-under = 「{ $p }」之下
diff-doc-paragraph = 第{ $n }段
diff-doc-list-item = 清單第{ $n }項
diff-doc-section-title = 章節標題
diff-doc-unnumbered = 無編號
diff-doc-top-level = 最上層
diff-doc-a-list = 清單
# ---- diff: facts (names of facts)
diff-fact-transfer = 傳輸至{ $to }
diff-fact-storage = 儲存於{ $at }
diff-fact-minors = 未滿{ $age }歲的未成年人
diff-fact-contact-point = 聯絡窗口`{ $id }`
diff-fact-text = { $fact }的文字
diff-fact-requests = 請求的處理
diff-fact-everywhere = 所有地區
diff-fact-top-of-policy = 政策開頭
diff-fact-website = 網站
diff-fact-incident = 安全事故通知
diff-fact-retention = 個人資料的保存
diff-fact-cookies = Cookie
diff-fact-changes = 關於政策變更的承諾
diff-fact-consent = 同意規則`{ $id }`
diff-fact-security = 安全措施`{ $id }`
diff-fact-assessment = 影響評估`{ $id }`
# ---- diff: fields
diff-none = 無
diff-fields-case = { $fact }的情形`{ $id }`
diff-fields-not-stated = 未載明
diff-fields-all-items = 所有個人資料
# ---- diff: table
diff-table-row-added = 新增表格列
diff-table-row-removed = 刪除表格列
diff-table-added = 新增表格
diff-table-removed = 刪除表格
diff-table-caption = { $t }的標題
diff-table-cell = { $t }第{ $r }列「{ $c }」欄
diff-table-captioned = 表格{ $c }
diff-table-numbered = 第{ $n }個表格
diff-table-nothing = 無內容
diff-table-heading = { $t }第{ $n }欄的標題
# ---- diff: shared words
# 中文的全形括號前不加空格。
diff-parenthesis = （{ $text }）
diff-labelled = { $label }：{ $text }
diff-header-marker-separator = 、
diff-excerpt = 「{ $text }」
# 權利標籤多為動詞片語（「請求刪除」）：加「的權利」；標籤已以「權」或「權利」結尾時（$named 為 yes），照原樣顯示。
diff-fact-right =
    { $named ->
        [yes] { $label }
       *[no] { $label }的權利
    }
diff-fact-right-endings = 權 權利
# ---- diff: output (policyc diff for people and as Markdown)
diff-out-headline-none = 無變更：兩個版本內容相同
diff-out-headline-dates-only = 編輯性修訂：僅版本日期變更
diff-out-headline-editorial = 編輯性修訂：{ $count }項措辭或形式的變更，事實均未變更
diff-out-headline-minor = 輕微變更：{ $count }項變更應予公布，均無須顯著通知
diff-out-headline-major = 重大變更：{ $count }項變更須顯著通知
diff-out-headline-consent = 須經明示同意：{ $count }項變更須經使用者明示同意
diff-out-headline-also-major = ；{ $count }項須顯著通知
diff-out-count =
    { $count }項{ $severity ->
        [consent] 須經明示同意
        [major] 重大
        [minor] 輕微
       *[editorial] 編輯性
    }
diff-out-count-separator = 、
diff-out-no-changes = 無變更
diff-out-date-changed =
    { $date ->
        [effective] 生效日期
        [updated] 最後更新日期
       *[released] 發布日期
    }：{ $old } → { $new }
diff-out-group =
    { $severity ->
        [consent] 須經明示同意
        [major] 須顯著通知
        [minor] 輕微變更
        [editorial] 編輯性修訂
       *[none] 無變更
    }（{ $count }）
diff-out-fresh-consent = 須重新徵得先前已同意之使用者的同意（{ $count }）
diff-out-with-rule = { $summary }（規則 { $rule }）
diff-out-note = 附註：{ $note }
diff-out-note-label = 附註：
# $severity、$was 為變更程度的英文識別碼，於此譯為中文（與 severity 標章用語一致）。
diff-out-decided =
    已由{ $by }於{ $date }判定為{ $severity ->
        [editorial] 編輯性修訂
        [minor] 輕微變更
        [major] 重大變更
        [consent] 須經明示同意的變更
       *[other] { $severity }
    }（原為{ $was ->
        [editorial] 編輯性修訂
        [minor] 輕微變更
        [major] 重大變更
        [consent] 須經明示同意的變更
       *[other] { $was }
    }{ $rule }）：{ $reason }
diff-out-decided-rule = ，規則 { $rule }
# ---- diff: output/review (policyc review)
diff-review-counts = 依文字內容認定的變更中，{ $count }項尚未判定（其中重大變更{ $major }項）；已判定{ $decided }項
diff-review-severity = { $severity ->
    [consent] 須經明示同意
    [major] 重大變更
    [minor] 輕微變更
   *[editorial] 編輯性修訂
}
diff-review-how = 請以 --as editorial 或 --as minor 並附理由逐項判定，或照原樣發布。
diff-review-evidence =
    證據：{ $rule } { $side ->
        [new] 現載明
       *[old] 不再載明
    }「{ $text }」（{ $lang }）
diff-review-decide = 判定：{ $command }

# ---- diff: evidence
# 標籤後接「：」及引用的文字（diff-labelled）；facts-* 後接主題（subject-rule），如「個人資料的接收者」。
evidence-found = { $found ->
    [organisation-new] 提及新機構
    [organisation-old] 不再提及該機構
    [email-new] 提供新的電子郵件地址
    [email-old] 不再提供該電子郵件地址
    [url-new] 提供新的網址
    [url-old] 不再提供該網址
    [phone-new] 提供新的電話號碼
    [phone-old] 不再提供該電話號碼
    [term-new] 現提及
    [term-old] 不再提及
    [cue-new] 現載明
    [cue-old] 不再載明
    [promise-new] 新增承諾
    [promise-old] 撤回承諾
    [exception-new] 新增例外情形
    [exception-old] 刪除例外情形
    [facts-new] 於本政策載明下列事項之處新增
    [facts-old] 於本政策載明下列事項之處刪除
    [under-new] 於下列文字之下新增
    [under-old] 於下列文字之下刪除
   *[quantity] 變更數字
}
