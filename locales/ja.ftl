# policyc のインターフェース文言（日本語）。locales/en.ftl と一対一で対応するカタログです。
# メッセージ ID と変数（{ $name } の形のもの）は英語版と同じにし、文言のみを翻訳しています。
#
# Project Fluent 構文（https://projectfluent.org/fluent/guide/）：`id = 文言`、変数は
# `{ $name }`、複数形などの分岐はセレクターで書きます。文字としての波括弧は `{"{"}` と書きます。
# 用語は vocabulary/builtin.toml の ja 列（個人情報、取扱い、監督機関など）に合わせています。

# このカタログの言語を、その言語自身で表した名前（言語メニューに表示）。
language-self = 日本語

# ---------------------------------------------------------------- 変更の記述（差分ルール表）
# src/diff/rules/table.rs の各行に一つずつ：change-KEY--EVENT。
change-policy_id--changed = ポリシーIDの変更：{ $old } → { $new }
change-policy_languages--items-added = 新たに公表する言語：{ $what }
change-policy_languages--items-removed = 公表を取りやめた言語：{ $what }
change-policy_binding--items-added = 拘束力を持つこととなった翻訳：{ $what }
change-policy_binding--items-removed = 拘束力を持たなくなった翻訳：{ $what }
change-policy_authoritative--changed = 正文とする言語の変更：{ $old } → { $new }
change-policy_numbering--changed = セクション番号の付け方の変更：{ $old } → { $new }
change-section--added = セクションの追加：{ $fact }
change-section--added-near-facts = セクションの追加（{ $subjects }について定める箇所）：{ $fact }
change-section--removed = セクションの削除：{ $fact }
change-section--removed-near-facts = セクションの削除（{ $subjects }について定める箇所）：{ $fact }
change-section_number--changed = セクション{ $fact }の番号の変更：{ $old } → { $new }
change-prose--added = 文言の追加：{ $what }
change-prose--added-near-facts = 文言の追加（{ $subjects }について定める箇所）：{ $what }
change-prose--removed = 文言の削除：{ $what }
change-prose--removed-near-facts = 文言の削除（{ $subjects }について定める箇所）：{ $what }
change-list_marker--changed = 箇条書きの記号の変更：{ $old } → { $new }
change-table--added = 表の追加：{ $what }
change-table--added-near-facts = 表の追加（{ $subjects }について定める箇所）：{ $what }
change-table--removed = 表の削除：{ $what }
change-table--removed-near-facts = 表の削除（{ $subjects }について定める箇所）：{ $what }
change-table_row--added = 表の行の追加：{ $what }
change-table_row--added-near-facts = 表の行の追加（{ $subjects }について定める箇所）：{ $what }
change-table_row--removed = 表の行の削除：{ $what }
change-table_row--removed-near-facts = 表の行の削除（{ $subjects }について定める箇所）：{ $what }
change-table_cell--changed = { $what }の記載の変更：{ $old } → { $new }
change-term_label--changed = 用語{ $fact }のラベルの変更：{ $old } → { $new }
change-controller--added = 管理者の追加：{ $fact }
change-controller--removed = 管理者の削除：{ $fact }
change-controller_name--changed = 管理者の名称の変更：{ $old } → { $new }
change-controller_group--set = { $fact }が{ $new }に属する旨が記載されました
change-controller_group--changed = { $fact }の所属グループの変更：{ $old } → { $new }
change-controller_group--unset = { $fact }が{ $old }に属する旨が記載されなくなりました
change-joint-controller--added = 共同管理者の追加：{ $fact }
change-joint-controller--removed = 共同管理者の削除：{ $fact }
change-joint-controller_name--changed = 共同管理者の名称の変更：{ $old } → { $new }
change-joint-controller_purposes--items-added = { $fact }が新たに共同管理者となる利用目的：{ $what }
change-joint-controller_purposes--items-removed = { $fact }が共同管理者ではなくなった利用目的：{ $what }
change-joint-controller_items--items-added = { $fact }が新たに提供を受ける個人情報：{ $what }
change-service--added = 対象サービスの追加：{ $fact }
change-service--removed = 対象外となったサービス：{ $fact }
change-collect--added = 個人情報の収集の追加：{ $fact }（{ $what }）
change-collect--removed = 個人情報の収集の削除：{ $fact }（{ $what }）
change-collect_items--items-added = { $fact }：新たに収集する個人情報：{ $what }
change-collect_items--items-removed = { $fact }：収集しなくなった個人情報：{ $what }
change-collect_purposes--items-added = { $fact }：利用目的の追加：{ $what }
change-collect_purposes--items-removed = { $fact }：利用目的の削除：{ $what }
change-collect_necessity--decreased = { $fact }：必須となりました。提供を拒否すると当該機能を利用できなくなります
change-collect_necessity--increased = { $fact }：任意となりました。提供を拒否しても当該機能を利用できるようになります
change-purpose--added = 利用目的の追加：{ $fact }
change-purpose--removed = 利用目的の削除：{ $fact }
change-cookies--added = Cookieの利用の追加：{ $fact }
change-cookies--removed = Cookieに関する記載の削除：{ $fact }
change-cookies_no-cross-site-tracking--disabled = クロスサイトトラッキングを行わない旨の記載がなくなり、その実施が排除されなくなりました
change-recipient--added-new-kind = 新たな種類の提供先：{ $fact }
change-recipient--added = 提供先の追加：{ $fact }
change-recipient--removed = 提供先の削除：{ $fact }
change-recipient_kind--changed = 提供先の種類の変更：{ $old } → { $new }
change-recipient_name--set = { $fact }：提供先の名称が記載されました：{ $new }
change-recipient_name--changed = { $fact }：提供先の変更：{ $old } → { $new }
change-recipient_name--unset = { $fact }：提供先の名称が記載されなくなりました（変更前：{ $old }）
change-recipient_country--set = { $fact }：所在国が記載されました：{ $new }
change-recipient_country--changed = { $fact }：所在国の変更：{ $old } → { $new }
change-recipient_country--unset = { $fact }：所在国が記載されなくなりました（変更前：{ $old }）
change-recipient_purposes--items-added = { $fact }：次の目的のためにも個人情報の提供を受けることとなりました：{ $what }
change-recipient_purposes--items-removed = { $fact }：次の目的のためには個人情報の提供を受けなくなりました：{ $what }
change-transfer--added = 越境移転の追加：{ $fact }
change-transfer--removed = 越境移転の削除：{ $fact }
change-transfer_to--items-added = 移転先の追加：{ $what }
change-transfer_to--items-removed = 移転先の削除：{ $what }
change-storage--added = 保存場所の追加：{ $fact }
change-storage--removed = 保存場所の削除：{ $fact }
change-storage_location--items-added = 個人情報が{ $what }にも保存されることとなりました
change-storage_location--items-removed = 個人情報が{ $what }には保存されなくなりました
change-right--added = 権利の追加：{ $fact }
change-right--removed = 権利の削除：{ $fact }
change-right_kind--changed = 権利の差替え：{ $old } → { $new }
change-right_channels--channel-withdrawn = { $fact }：{ $what }による行使ができなくなりました
change-right_channels--channel-changed = { $fact }：行使の手段の変更：{ $old } → { $new }
change-right_channels--channel-added = { $fact }：行使の手段の追加：{ $what }
change-right_respond-within--lengthened = { $fact }：回答期限の延長：{ $old } → { $new }
change-right_respond-within--unset = { $fact }：回答期限が約束されなくなりました（変更前：{ $old }）
change-right_respond-within--shortened = { $fact }：回答期限の短縮：{ $old } → { $new }
change-right_respond-within--set = { $fact }：回答期限が約束されました：{ $new }
change-right_when--case-added = { $fact }：権利が適用される場合の追加：{ $what }
change-right_when--case-removed = { $fact }：次の場合には適用されなくなりました：{ $what }
change-right_when--narrowed = { $fact }：次の場合に限り適用されることとなりました：{ $what }
change-right_when--widened = { $fact }：記載されていた次の場合に限定されなくなりました：{ $what }
change-right_except--case-added = { $fact }：請求を拒否できる場合の追加：{ $what }
change-right_except--case-removed = { $fact }：次の場合には請求を拒否できなくなりました：{ $what }
change-right_jurisdictions--narrowed = { $fact }：適用対象が{ $new }に限定されました（変更前：{ $old }）
change-requests--added = 請求への対応に関する規定の追加：{ $fact }
change-requests--removed = 請求への対応に関する規定の削除：{ $fact }
change-requests_respond-within--lengthened = { $fact }：回答期限の延長：{ $old } → { $new }
change-requests_respond-within--unset = { $fact }：回答期限が約束されなくなりました（変更前：{ $old }）
change-requests_respond-within--shortened = { $fact }：回答期限の短縮：{ $old } → { $new }
change-requests_verify-identity--enabled = { $fact }：請求に本人確認が必要となりました
change-requests_verify-identity--disabled = { $fact }：請求に本人確認が不要となりました
change-requests_except--case-added = { $fact }：請求に回答しない場合の追加：{ $what }
change-requests_except--case-removed = { $fact }：次の場合にも請求に回答することとなりました：{ $what }
change-requests_channels--channel-withdrawn = { $fact }：{ $what }による請求ができなくなりました
change-requests_jurisdictions--narrowed = { $fact }：適用対象が{ $new }に限定されました（変更前：{ $old }）
change-consent--added = 同意に関する規定の追加：{ $fact }
change-consent--removed = 同意に関する規定の削除：{ $fact }
change-consent_exceptions--case-added = お客様の同意を得ない場合の追加：{ $what }
change-consent_exceptions--case-removed = 次の場合にはお客様の同意を得ることとなりました：{ $what }
change-consent_jurisdictions--narrowed = { $fact }：適用対象が{ $new }に限定されました（変更前：{ $old }）
change-minors--added = 未成年者の保護の追加：{ $fact }
change-minors--removed = 未成年者の保護の削除：{ $fact }
change-minors_age--decreased = 保護の対象となる未成年者の年齢の引下げ：{ $old } → { $new }
change-minors_age--increased = 保護の対象となる未成年者の年齢の引上げ：{ $old } → { $new }
change-minors_parental-consent--disabled = { $fact }：親権者の同意が不要となりました
change-minors_parental-consent--enabled = { $fact }：親権者の同意が必要となりました
change-minors_no-service--disabled = { $fact }：対象の未成年者にもサービスが提供されることとなりました
change-minors_no-service--enabled = { $fact }：対象の未成年者にはサービスが提供されなくなりました
change-minors_jurisdictions--narrowed = { $fact }：適用対象が{ $new }に限定されました（変更前：{ $old }）
change-cookies--removed-protection = Cookieに関する記載が、Cookieの拒否方法とともに削除されました：{ $what }
change-cookies_refuse--items-removed = 提供されなくなったCookieの拒否方法：{ $what }
change-cookies_refuse--items-added = Cookieの拒否方法の追加：{ $what }
change-cookies_do-not-track--decreased = 「Do Not Track」シグナルに従わなくなりました
change-cookies_do-not-track--increased = 「Do Not Track」シグナルに従うこととなりました
change-changes_consent-for-reduction--disabled = 「お客様の明示的な同意なくお客様の権利を縮小しない」との約束が撤回されました
change-changes_consent-for-reduction--enabled = 「お客様の明示的な同意なくお客様の権利を縮小しない」との約束が追加されました
change-changes--removed-protection = 変更に関する約束が、「お客様の明示的な同意なくお客様の権利を縮小しない」との約束とともに削除されました
change-requests_respond-within-for--lengthened = { $fact }：{ $what }に基づく請求の回答期限の延長：{ $old } → { $new }
change-requests_respond-within-for--unset = { $fact }：{ $what }に基づく請求の回答期限が約束されなくなりました（変更前：{ $old }）
change-requests_respond-within-for--shortened = { $fact }：{ $what }に基づく請求の回答期限の短縮：{ $old } → { $new }
change-requests_respond-within-for--set = { $fact }：{ $what }に基づく請求の回答期限が約束されました：{ $new }
change-requests_respond-within-for--restated = { $fact }：{ $what }に基づく請求の回答期限の表現の変更：{ $old } → { $new }（期間は同じ）
change-requests_respond-within-for--changed = { $fact }：{ $what }に基づく請求の回答期限の記載方法の変更（期間は変わらず{ $new }）
change-changes_notify-on--decreased = 重要な変更に限り通知されることとなりました（変更前：{ $old }）
change-changes_notify-on--increased = すべての変更が通知されることとなりました（変更前：{ $old }）
change-changes_notify-on--unset = 通知する変更の範囲に関する約束が撤回されました（変更前：{ $old }）
change-changes_notify-on--set = 通知する変更の範囲に関する約束が追加されました：{ $new }
change-promise--added = 約束の追加：{ $fact }
change-promise--removed = 約束の撤回：{ $fact }
change-promise_kind--changed = 約束の差替え：{ $old } → { $new }
change-promise_except--case-added = { $fact }：約束が適用されない場合の追加：{ $what }
change-promise_except--case-removed = { $fact }：次の場合にも約束が適用されることとなりました：{ $what }
change-promise_items--narrowed = { $fact }：対象が{ $new }のみとなりました（変更前：{ $old }）
change-promise_items--widened = { $fact }：対象が{ $new }となりました（変更前：{ $old }）
change-promise_items--items-removed = { $fact }：{ $what }が対象外となりました
change-promise_items--items-added = { $fact }：{ $what }も対象となりました
change-promise_regions--items-added = { $fact }：個人情報を{ $what }にも移転できることとなりました
change-promise_regions--items-removed = { $fact }：個人情報を{ $what }にも移転しないこととなりました
change-promise_jurisdictions--narrowed = { $fact }：適用対象が{ $new }に限定されました（変更前：{ $old }）
change-changelog--added = 変更履歴の項目の追加（{ $fact }）：{ $what }
change-changelog--removed = 変更履歴の項目の削除（{ $fact }）：{ $what }
change-changelog--changed = 変更履歴の項目の文言の変更（{ $fact }）：{ $what }
change-jurisdiction_regions--items-removed = { $fact }：地域の削除：{ $what }。この法域に限定された権利の対象となる人が少なくなります
change-contact--added = 問い合わせ窓口の追加：{ $fact }
change-contact--removed = 問い合わせ窓口の削除：{ $fact }
change-contact--channel-withdrawn = { $fact }は、{ $rights }を行使するための{ $what }を提供しなくなりました
change-contact_complaints--disabled = { $fact }は苦情を受け付けなくなりました
change-contact_complaints--enabled = { $fact }は苦情を受け付けることとなりました
change-contact_respond-within--lengthened = { $fact }：回答期限の延長：{ $old } → { $new }
change-contact_respond-within--unset = { $fact }：回答期限が約束されなくなりました（変更前：{ $old }）
change-representative--added = 国内代理人の追加：{ $fact }
change-representative--removed = 国内代理人の削除：{ $fact }
change-authority--added = 監督機関または苦情受付機関の追加：{ $fact }
change-authority--removed = 監督機関または苦情受付機関の削除：{ $fact }
change-authority--channel-withdrawn = { $rights }を行使するために、{ $what }で{ $fact }に連絡することができなくなりました
change-assessment--added-high-risk = 影響評価で高リスクと報告されました：{ $fact }
change-assessment_risk--became-high = { $fact }で高リスクと報告されました（変更前：{ $old }）
change-security_measures--items-added = 安全管理措置の追加：{ $what }
change-security_measures--items-removed = 記載されなくなった安全管理措置：{ $what }
change-any--added = 追加：{ $fact }
change-any--added-new-kind = 追加：{ $fact }
change-any--added-high-risk = 追加：{ $fact }
change-any--added-near-facts = 追加：{ $fact }
change-any--removed = 削除：{ $fact }
change-any--removed-protection = 削除：{ $fact }
change-any--removed-near-facts = 削除：{ $fact }
change-any--moved = 移動：{ $fact }（{ $old } → { $new }）
change-any--reordered = 順序の変更：{ $fact }
change-any--renumbered = 番号の変更：{ $fact }（{ $old } → { $new }）
change-any--changed = { $fact }：{ $field }の変更：{ $old } → { $new }
change-any--set = { $fact }：{ $field }が記載されました：{ $new }
change-any--unset = { $fact }：{ $field }が記載されなくなりました（変更前：{ $old }）
change-any--enabled = { $fact }：{ $field }が加わりました
change-any--disabled = { $fact }：{ $field }がなくなりました
change-any--items-added = { $fact }：{ $field }の追加：{ $what }
change-any--items-removed = { $fact }：{ $field }の削除：{ $what }
change-any--increased = { $fact }：{ $field }の変更：{ $old } → { $new }
change-any--decreased = { $fact }：{ $field }の変更：{ $old } → { $new }
change-any--became-high = { $fact }：{ $field }の変更：{ $old } → { $new }
change-any--lengthened = { $fact }：{ $field }の延長：{ $old } → { $new }
change-any--shortened = { $fact }：{ $field }の短縮：{ $old } → { $new }
change-any--restated = { $fact }：{ $field }の表現の変更：{ $old } → { $new }（期間は同じ）
change-any--case-added = { $fact }：{ $field }：場合の追加：{ $what }
change-any--case-removed = { $fact }：{ $field }：場合の削除：{ $what }
change-any--narrowed = { $fact }：適用対象が{ $new }に限定されました（変更前：{ $old }）
change-any--widened = { $fact }：適用対象が{ $new }となりました（変更前：{ $old }）
change-any--channel-added = { $fact }：手段の追加：{ $what }
change-any--channel-changed = { $fact }：手段の変更：{ $old } → { $new }
change-any--channel-withdrawn = { $fact }：提供されなくなった手段：{ $what }
change-any--reworded = 文言の変更：{ $what }
change-any--reworded-near-facts = 文言の変更（{ $subjects }について定める箇所）：{ $what }
change-any--typographic = 表記上の修正：{ $what }
change-any--translation-only = { $lang }の翻訳のみの変更：{ $what }
change-any--unclassified = 文書の構成に関するその他の変更
change-any--evidence-service-model = { $action }：{ $what }（{ $evidence }）
change-any--evidence-ownership = { $action }：{ $what }（{ $evidence }）
change-any--evidence-recipients = { $action }：{ $what }（{ $evidence }）
change-any--evidence-rights = { $action }：{ $what }（{ $evidence }）
change-any--evidence-contact = { $action }：{ $what }（{ $evidence }）
change-any--evidence-risk-assessment = { $action }：{ $what }（{ $evidence }）
change-any--evidence-rights-reduced = { $action }：{ $what }（{ $evidence }）

# ---------------------------------------------------------------- ポリシーのページ（テンプレート：labels.NAME）
page-contents = 目次
page-summary = 概要
page-collected = 収集する情報
page-purposes = 利用目的
page-recipients = 提供先
page-responsible = 取扱いの責任者
page-rights = お客様の権利と回答期限
page-contacts = お問い合わせ先
page-released = 公表日
page-updated = 最終更新日
page-effective = 施行日
page-version = バージョン
page-languages = 言語
page-not-stated = 記載なし
page-summary-note = この概要は、以下のポリシーから自動的に作成したものです。適用されるのはポリシー本文です。
# 概要を開くための表示。ポリシーの内容がスマートフォンの画面の上部近くから始まるよう、概要は
# 折りたたまれている。
page-summary-open = 概要を表示
page-back-to-top = ページの先頭へ
# ポリシーのページの最初のリンク。ポリシーの本文へ移動する（フォーカスされるまで表示されない）。
page-skip = ポリシー本文へ移動
page-promises = 当社のお約束
page-changelog = 本ポリシーの変更履歴
page-colon = ：
page-open = （
page-close = ）

# ---------------------------------------------------------------- サイト（テンプレート：words.NAME）
site-skip = 本文へ移動
site-breadcrumb = パンくずリスト
site-languages = 言語
site-home = ホーム
site-policies = ポリシー一覧
site-version = バージョン
site-current-version = 現行バージョン
site-effective = 施行日
site-published = 公表日
site-updated = 最終更新日
site-status = 状態
site-severity = 変更の区分
site-rules = 変更の対象となる事項
site-summary = 要約
site-author-summary = 公表者による説明
site-all-versions = すべてのバージョンと変更内容
site-changelog = バージョンと変更内容
site-changelog-intro = 本ポリシーについてこれまでに公表したすべてのバージョンを、新しい順に掲載しています。各バージョンから、その全文と、直前のバージョンからの変更内容をご覧いただけます。
site-what-changed = 変更内容
# 過去のバージョンから、そのバージョンの後、現在施行されているバージョンまでのすべての変更内容を示すページへの
# リンク。そのページのパンくずリストでの表示名も兼ねる。
site-since = このバージョンからの変更内容
# そのページのタイトル（$version：比較の起点となる過去のバージョン）。
site-since-title = バージョン{ $version }からの変更内容
# タイトルの下に置く、ページが何を比較しているかの説明（$version：過去のバージョン、$current：現在施行されている
# バージョン、$count：$version の後に公表されたバージョンの数。$current までで、$current を含む）。変更の区分は、
# まとめた変更のうち最も重要なものによる。日本語には複数形がないため件数の選択子は置かない。
site-since-compared = バージョン{ $version }と、現在施行されているバージョン（{ $current }）との比較です。バージョン{ $version }の後に公表されたバージョン（{ $count }件）の変更をまとめて表示しており、変更の区分は、そのうち最も重要な変更の区分としています。
site-read-version = このバージョンを読む
site-read-current = 現行バージョンを読む
site-previous-version = 前のバージョン
site-periods = 各バージョンの適用期間
site-periods-intro = 特定の日（たとえばお客様がご登録された日）に適用されていたバージョンを確認するには、その日を含む期間をお探しください。
site-from = 開始日
site-until = 終了日
site-until-now = 次の改定まで
site-never-in-effect = 施行前に差し替え
site-feed = 新しいバージョンのAtomフィード
site-legend = 削除された文言には取り消し線を、追加された文言には下線を付しています。
site-deleted = 削除
site-inserted = 追加
site-no-changes = 読者に表示される内容に変更はありません。
site-not-found = ページが見つかりません
site-not-found-text = このアドレスにはページがありません。ポリシーの一覧はホームページにあります。
site-notice = 重要な変更
site-upcoming-notice = 施行予定の変更
site-superseded-notice = 失効したバージョン
site-generated = このページは、policyc がポリシーのアーカイブから生成したものです。
# どの会社のポリシーかを示す表記。タイトル、パンくずリスト、ホームページのカードおよびフィードで使う（$publisher：
# 管理者の名称。複数の場合はそれらを「、」で並べたもの。$title：ポリシー自体のタイトル（「プライバシーポリシー」など））。
# タイトルに公表者の名称がまだ含まれていない場合にのみ使う。
site-policy-title = { $publisher }の{ $title }
# バージョンの見出しの下に印刷する（紙面のみ）。そのバージョンをいつまでも閲覧できるアドレス。
site-permanent-address = このバージョンの恒久的なアドレス
# バージョンの変更内容のページの、読者向けの見出し（$severity：consent, major, minor, editorial, none、
# $date：そのバージョンの施行日。「2024年6月1日」のように日本語の日付の書き方で渡される）。
site-headline = { $severity ->
    [consent] お客様の同意が必要な重要な変更（{ $date }施行）：お客様への影響
    [major] 重要な変更（{ $date }施行）：お客様への影響
    [minor] 軽微な変更（{ $date }施行）
    [editorial] 文言のみの変更（{ $date }施行）：お客様の個人情報の取扱いに変わりはありません
   *[none] 初版（{ $date }施行）
}
# 変更履歴とフィードで、あるバージョンの主な変更点を示す文（$topics：変更の主題。rule-topic を
# 日本語の「と」の列挙（「、」区切り）で並べたもの）。
site-key-changes = 主な変更点：{ $topics }。
site-colon = ：
site-comma = 、
site-open = （
site-close = ）
# バッジに表示する変更の区分（$id：none, editorial, minor, major, consent）。
severity = { $id ->
    [none] 初版
    [editorial] 編集上の変更
    [minor] 軽微な変更
    [major] 重大な変更
   *[consent] お客様の同意が必要
}
# 読者に表示する差分ルール：変更の主題を、読者の言葉による見出しとして示す（サイトの変更履歴、
# 変更内容のページ、フィード。ルールの ID は表示しない）。
rule-name = { $id ->
    [service-model] 収集する個人情報とその利用目的
    [ownership] お客様の個人情報の取扱いの責任者
    [recipients] お客様の個人情報の提供先
    [rights] お客様の権利とその行使方法
    [contact] 当社へのお問い合わせ方法
    [risk-assessment] お客様の個人情報に対するリスク
   *[rights-reduced] お客様が失う権利
}
# 同じ主題を文中で示す形（site-key-changes のコロンの後に、「、」で区切って列挙される）。
# 日本語には格変化がないため、rule-name と同じ語句とする。
rule-topic = { $id ->
    [service-model] 収集する個人情報とその利用目的
    [ownership] お客様の個人情報の取扱いの責任者
    [recipients] お客様の個人情報の提供先
    [rights] お客様の権利とその行使方法
    [contact] 当社へのお問い合わせ方法
    [risk-assessment] お客様の個人情報に対するリスク
   *[rights-reduced] お客様が失う権利
}
# 変更内容のページで rule-name の下に置く一行の説明：この主題の変更が何に関するものか。
rule-meaning = { $id ->
    [service-model] 当社が収集する個人情報、その利用目的および保存期間に関する変更です。
    [ownership] お客様の個人情報の取扱いに責任を負う組織に関する変更です。合併、買収または破産に伴う変更などがこれに当たります。
    [recipients] 当社がお客様の個人情報を共有し、または提供する組織と、個人情報が移転され、または保存される場所に関する変更です。
    [rights] お客様が個人情報の開示、訂正、消去もしくは他のサービスへの移行（データポータビリティ）を請求し、同意を撤回し、または苦情を申し立てる方法と、当社の回答期限に関する変更です。
    [contact] お客様の個人情報についてのお問い合わせ先と連絡方法（担当部署、データ保護責任者およびそれらの連絡先）に関する変更です。
    [risk-assessment] 当社が実施した影響評価で明らかになった、お客様の個人情報に対するリスクに関する変更です。
   *[rights-reduced] お客様がこれまで有していた権利をなくし、または制限する変更です。お客様の明示的な同意がない限り、この変更はお客様には適用されません。
}
# バージョンの状態。
version-status = { $id ->
    [current] 現行
    [upcoming] 施行予定
   *[superseded] 失効
}
# 変更された要素に何が起きたか。
change-kind = { $id ->
    [added] 追加
    [removed] 削除
    [moved] 移動
   *[changed] 変更
}
banner-version = バージョン{ $version }
banner-changes-in = バージョン{ $version }での変更内容
banner-compared-with = 前のバージョン（{ $previous }）との比較です。
# 差分ページでの変更のグループと、その件数。
changes-group = { $severity ->
    [consent] お客様の明示的な同意が必要な変更
    [major] 重大な変更
    [minor] 軽微な変更
   *[editorial] 編集上の変更
}（{ $count }件）
banner-notice-major = お客様にご確認いただきたい本ポリシーの変更が、{ $date }に施行されました。
banner-notice-consent = { $date }に施行された本ポリシーの変更は、お客様の権利を縮小するものです。お客様の明示的な同意がない限り、これらの変更はお客様には適用されません。
banner-upcoming = 本ポリシーの新しいバージョン（{ $version }）が{ $date }に施行されます。
banner-upcoming-self = このバージョンは{ $date }に施行されます。それまでは現行バージョンが適用されます。
banner-upcoming-first = 本ポリシーは{ $date }に施行されます。
banner-superseded = このバージョンは効力を失っています。{ $date }に施行されたバージョン{ $successor }に差し替えられました。
feed-title = { $policy }：新しいバージョン
# $rules は空、または feed-entry-rules。
feed-entry-title = バージョン{ $version }：{ $severity }{ $rules }
feed-entry-rules = （{ $rules }）
feed-entry-text =
    { $summary }

    施行日：{ $date }

# ---------------------------------------------------------------- ポリシーのページ：概要
# 概要の一行の中で、項目どうしを区切る記号。
summary-separator = ／
# 提供が必須かどうか（$necessity：necessary, optional）。
summary-necessity = { $necessity ->
    [necessary] 必須
   *[optional] 任意：提供を拒否することができます
}
# 情報の取得元（$source：user, automatic, third-party）。
summary-source = { $source ->
    [user] お客様からご提供いただくもの
    [automatic] 自動的に収集するもの
   *[third-party] 第三者から取得するもの
}
summary-processor = 顧客からの委託に基づく取扱い
# 提供先が情報について行うこと（$activity：entrusted, sharing, transfer, disclosure）。
summary-activity = { $activity ->
    [entrusted] 取扱いの委託
    [sharing] 共有
    [transfer] 譲渡
   *[disclosure] 公開
}
# 一部の地域に限られる権利：権利の名前、続いて適用される地域。
summary-right-in = { $right }（{ $places }）
# $time は期間（「1か月」「15営業日」）。
summary-answered-within = 回答期限：{ $time }
summary-answers-within = 回答期限：{ $time }
# 「〜しない」という約束の対象となる情報（$items：個人情報の区分の列挙）。
summary-concerning = 対象：{ $items }
summary-applies-in = 適用地域：{ $places }
summary-with-exceptions = 例外あり
summary-notice-title = 変更の通知
# 通知される変更の範囲（$scope：every, material）。
summary-notice-scope = { $scope ->
    [every] すべての変更について通知
   *[material] 重要な変更に限り通知
}

# ---------------------------------------------------------------- ポリシーのページ：関係者
party-for-purposes = 利用目的：{ $purposes }
party-part-of = { $group }に属する
# グループの記載がない場合の役割（$role：controller, processor）。
party-role = { $role ->
    [controller] 管理者
   *[processor] 処理者
}
party-receives = 提供を受ける情報：{ $items }
party-joint-controller = 当社との共同管理者（利用目的：{ $purposes }）
# 代理人の選任の根拠となる法律（$law：gdpr, uk-gdpr, pipl, pipa）。
party-representative = { $law ->
    [gdpr] GDPR第27条に基づくEU域内の代理人
    [uk-gdpr] 英国GDPR第27条に基づく英国内の代理人
    [pipl] 中国個人情報保護法（PIPL）第53条に基づく中国国内の代理人
   *[pipa] 韓国個人情報保護法（PIPA）に基づく韓国の国内代理人
}
party-complain-to-it = お客様はこの機関に苦情を申し立てることができます

# ---------------------------------------------------------------- ポリシーのページ：本文
# 言語の名前（$language：主言語サブタグ en, zh, fr…、$tag：タグ全体）。
language-name = { $language ->
    [en] 英語
    [zh] 中国語
    [fr] フランス語
    [de] ドイツ語
    [es] スペイン語
    [ja] 日本語
    [ko] 韓国語
    [pt] ポルトガル語
   *[other] { $tag }
}
# 正文の以前のバージョンから翻訳された段落の後に表示（$language：正文の言語の名前。language-name による）。
stale-translation = この翻訳はまだ更新されていないため、{ $language }版が適用されます
# セクションの参照：$number はポリシー上の番号（「(8)」「2.1」）、$digits は括弧を除いた番号（「8」）、
# $title はセクションの見出し。
section-ref = セクション{ $digits }「{ $title }」
# section-ref と同じで見出しなし（$number, $digits）。
section-ref-untitled = セクション{ $digits }
# 文中で引用する見出し。
quoted = 「{ $text }」

# ---------------------------------------------------------------- 期間
# 日本語では期間の数をアラビア数字で書きます（「1か月」「10営業日」）。
number-word = { $n ->
    [1] 1
    [2] 2
    [3] 3
    [4] 4
    [5] 5
    [6] 6
    [7] 7
    [8] 8
    [9] 9
    [10] 10
   *[other] { $n }
}
# 期間：$count は数、$unit は days, working-days, weeks, months, years。日本語では $word は使いません。
# 「30日」は日付と読み違えられないよう「30日間」とします。
duration = { $unit ->
    [days] { $count }日間
    [working-days] { $count }営業日
    [weeks] { $count }週間
    [months] { $count }か月
   *[years] { $count }年
}
# 数でなく名前で示す期間（$unit：promptly, reasonable-time, as-long-as-necessary）。
duration-named = { $unit ->
    [promptly] 速やかに
    [reasonable-time] 合理的な期間
   *[as-long-as-necessary] 必要な期間
}
# 延長できる期間：$base は期間、$extension は延長できる期間（いずれも期間）。
duration-extendable = { $base }（{ $extension }の延長が可能）

# ---------------------------------------------------------------- 公表
# あるバージョンの変更内容を示す一行：区分ごとの変更の件数。
summary-line-first = 初めて公表されたバージョンです。
# $severity：consent, major, minor, editorial、$count：その区分の変更の件数。
summary-line-count = { $severity ->
    [consent] お客様の明示的な同意が必要な変更{ $count }件
    [major] 重大な変更{ $count }件
    [minor] 軽微な変更{ $count }件
   *[editorial] 編集上の変更{ $count }件
}
summary-line-separator = 、
summary-line = { $parts }。

# 重大な変更のお知らせ。電子メール用のプレーンテキスト（$title：ポリシーの名称）。
notice-title = { $title }の重要な変更のお知らせ
notice-intro = 改定後の{ $title }（バージョン{ $version }）は、{ $date }に施行されます。以下の変更点をご確認ください。
notice-consent-again = 以前に本ポリシーにご同意いただいている場合は、以下の変更について改めてお客様の同意が必要です。
notice-rights-reduced = これらの変更の一部は、お客様の権利を縮小するものです。お客様の明示的な同意がない限り、当該変更はお客様には適用されません。
notice-archived = 以前のバージョン（{ $version }）はアーカイブに保存しており、ご確認いただけます。
# 電子メールの件名、および HTML 版のお知らせのタイトル（$title：会社名を含むポリシーの名称。site-policy-title で
# 作られるもの：「HitGen Inc.のプライバシーポリシー」）。
notice-subject = { $title }の重要な変更のお知らせ
# お知らせに置く二つのリンク：変更内容を示すページへのリンクと、新しいバージョンの全文へのリンク。
notice-link-changes = 変更内容を確認する
notice-link-policy = ポリシーの全文を読む

# ---------------------------------------------------------------- policyc diff
# ---- diff: rules/words
# 記載事項の項目名。change-any--* の「（項目）の変更」「（項目）が記載されました」
# 「（項目）が加わりました」「（項目）がなくなりました」に入るため、名詞句にする。
diff-field =
    { $id ->
        [items] 個人情報
        [purposes] 利用目的
        [country] 所在国
        [group] 所属グループ
        [under] 選任の根拠
        [sources] 取得方法
        [necessity] 提供の必要性
        [role] 役割
        [activities] 提供の形態
        [conditions] 提供の条件
        [unconditional] 無条件である旨
        [to] 移転先
        [from] 移転元
        [bases] 法的根拠
        [basis] 法的根拠
        [safeguards] 保護措置
        [location] 保存場所
        [measures] 安全管理措置
        [notify] 通知の方法
        [report-to-regulators] 監督機関への報告
        [period] 保存期間
        [criteria] 判断基準
        [channels] 手段
        [respond-within] 回答期限
        [when] 適用される場合
        [except] 請求を拒否できる場合
        [verify-identity] 本人確認
        [age] 保護の対象となる年齢
        [parental-consent] 親権者の同意
        [no-service] 未成年者にサービスを提供しない旨
        [refuse] Cookieの拒否方法
        [do-not-track] 「Do Not Track」シグナル
        [no-cross-site-tracking] クロスサイトトラッキングを行わない旨
        [department] 担当部署
        [officer] 責任者
        [email] メールアドレス
        [phone] 電話番号
        [address] 住所
        [url] ウェブサイトのアドレス
        [complaints] 苦情の受付
        [major] 重大な変更の種類
        [notice-period] 事前通知の期間
        [consent-for-reduction] 権利を縮小する前に同意を得る旨
        [archive] 過去のバージョンの保管
        [notify-on] 通知する変更の範囲
        [respond-within-for] 一部の権利に基づく請求の回答期限
        [source] 根拠法令
        [risk] リスクの程度
        [regions] 地域
        [name] 名称
        [law] 法律
        [affiliates] 併せて対象となる者
        [kind] 種類
        [jurisdictions] 適用される法域
        [exceptions] 同意を得ない場合
        [dpv] DPVの概念
        [custom] ポリシー独自の定義
        [label] ラベル
        [text] 文言
        [marker] 箇条書きの記号
       *[other] { $id }
    }
# 列挙値の名前。「（項目）の変更：（変更前） → （変更後）」に入る。
diff-value =
    { $id ->
        [entrusted] 取扱いの委託
        [sharing] 共有
        [transfer] 譲渡
        [disclosure] 公開
        [user] お客様からの提供
        [automatic] 自動的な収集
        [third-party] 第三者からの取得
        [necessary] 必須
        [optional] 任意
        [controller] 管理者
        [processor] 顧客の委託を受けた処理者
        [low] 低
        [medium] 中
        [high] 高
        [honored] 従う
        [ignored] 従わない
        [every] すべての変更
        [material] 重要な変更のみ
        [gdpr] GDPR第27条
        [uk-gdpr] 英国GDPR第27条
        [pipl] 中国個人情報保護法（PIPL）第53条
        [pipa] 韓国個人情報保護法（PIPA）
        [true] あり
        [false] なし
       *[other] { $id }
    }
# 「ポリシーのこの箇所は（主題）について定めています」に入る名詞句。
subject-rule =
    { $rule ->
        [service-model] サービスモデル
        [ownership] 取扱いの責任者
        [recipients] 個人情報の提供先
        [rights] お客様の権利
        [rights-reduced] お客様の権利
        [contact] お問い合わせ先
       *[risk-assessment] 影響評価
    }
diff-note-review = 記載事項に変更がないことをレビュー担当者が確認してください。ポリシーのこの箇所は{ $subjects }について定めています。
diff-note-translation-only = { $langs }の文言のみが変更されています。正文である{ $authoritative }の文言に変更はなく、{ $langs }の文言には拘束力がありません。
diff-note-translation-unchanged = 正文が変更されましたが、{ $langs }の文言は変更されていません。翻訳を確認してください。
diff-note-possible-rename = 同じ種類の記載事項が`{ $id }`として追加されています。同じ記載事項のIDを変更しただけの場合は、差分で対応付けられるよう以前のIDを使い続けてください。
diff-note-other-policy = 2つのファイルは別のポリシーです（`{ $old }`と`{ $new }`）。
diff-language = { $name }（{ $tag }）
# ---- diff: consent
consent-rights-reduced = 権利を縮小する変更は、お客様の明示的な同意がある場合に限り、そのお客様に適用されます（ルール rights-reduced）。
consent-general = 以前に得た同意は、その時点で記載していた利用目的、個人情報および提供先を対象とするものです。この変更はその範囲を超えています。
consent-pipl-new-purpose-or-data = 中国個人情報保護法（PIPL）第14条：個人情報の取扱いの目的、取扱いの方法または取り扱う個人情報の種類を変更する場合は、改めて本人の同意を得なければなりません。
consent-pipl-new-recipient = 中国個人情報保護法（PIPL）第23条：他の個人情報取扱者に個人情報を提供する場合は、提供先の名称または氏名、連絡先、取扱いの目的、取扱いの方法および個人情報の種類を本人に通知し、本人の個別の同意を得なければなりません。
consent-pipl-new-destination = 中国個人情報保護法（PIPL）第39条：中華人民共和国の域外に個人情報を提供する場合は、域外の提供先および本人がその提供先に対して権利を行使する方法を本人に通知し、本人の個別の同意を得なければなりません。
consent-gdpr-new-purpose = GDPR第6条第4項および第13条第3項：新たな目的のための取扱いには、個人データを収集した目的と両立する場合を除き、同意またはその他の法的根拠が必要であり、取扱いを開始する前にお客様に通知しなければなりません。取扱いが同意に基づく場合は、改めて同意を求めてください。
consent-gdpr-new-data = GDPR第6条第1項(a)、第7条および第13条第3項：同意の効力は、その同意を得たデータにのみ及びます。取扱いが同意に基づく場合、新たな種類のデータについては改めて同意を得る必要があり、事前にお客様に通知しなければなりません。
consent-gdpr-new-recipient = GDPR第13条第1項(e)および第13条第3項：新たな提供先については、データを提供する前にお客様に通知しなければなりません。提供が同意に基づく場合は、改めて同意を求めてください。
consent-gdpr-new-destination = GDPR第13条第1項(f)および第49条第1項(a)：新たな第三国への移転については、お客様に通知しなければなりません。当該移転が十分性認定にも適切な保護措置にも基づかない場合は、お客様の明示的な同意が必要です。
# ---- diff: mod (change headings)
diff-wording-changed = 文言の変更
# ---- diff: header
diff-header-title = ポリシーの表題
diff-header-the-policy = 本ポリシー
diff-header-term-label = 用語{ $id }のラベル
# ---- diff: document
diff-doc-section-added = セクションの追加
diff-doc-section-removed = セクションの削除
diff-doc-text-added = 文言の追加
diff-doc-text-removed = 文言の削除
diff-doc-under = { $p }の下
diff-doc-paragraph = 第{ $n }段落
diff-doc-list-item = 箇条書きの{ $n }番目の項目
diff-doc-section-title = セクションの見出し
diff-doc-unnumbered = 番号なし
diff-doc-top-level = 最上位の階層
diff-doc-a-list = 箇条書き
# ---- diff: facts (names of facts)
diff-fact-transfer = { $to }への越境移転
diff-fact-storage = { $at }での保存
diff-fact-minors = { $age }歳未満の未成年者
diff-fact-contact-point = 問い合わせ窓口`{ $id }`
diff-fact-text = { $fact }の文言
diff-fact-requests = 請求への対応
diff-fact-everywhere = すべての地域
diff-fact-top-of-policy = ポリシーの冒頭
diff-fact-website = ウェブサイト
diff-fact-incident = インシデントの通知
diff-fact-retention = 個人情報の保存
diff-fact-cookies = Cookie
diff-fact-changes = 変更に関する約束
diff-fact-consent = 同意に関する規定`{ $id }`
diff-fact-security = 安全管理措置`{ $id }`
diff-fact-assessment = 影響評価`{ $id }`
# ---- diff: fields
diff-none = なし
# 「（記載事項）の場合」は「〜のときは」と読めるため、コロンで区切る（「消去を請求する権利：場合`unlawful`」）。
diff-fields-case = { $fact }：場合`{ $id }`
diff-fields-not-stated = 記載なし
diff-fields-all-items = すべての個人情報
# ---- diff: table
diff-table-row-added = 表の行の追加
diff-table-row-removed = 表の行の削除
diff-table-added = 表の追加
diff-table-removed = 表の削除
diff-table-caption = { $t }の表題
diff-table-cell = { $t }の{ $r }行目「{ $c }」列
diff-table-captioned = 表{ $c }
diff-table-numbered = { $n }番目の表
diff-table-nothing = 空欄
diff-table-heading = { $t }の{ $n }列目の見出し
# ---- diff: shared words
# 日本語では括弧の前に空白を入れない。
diff-parenthesis = （{ $text }）
diff-labelled = { $label }：{ $text }
diff-header-marker-separator = 、
diff-excerpt = 「{ $text }」
# builtin.toml の権利名はすべて「〜権利」で終わる（「開示を請求する権利」など）。その場合は
# そのまま表示し、「〜権利の権利」とならないようにする。
diff-fact-right =
    { $named ->
        [yes] { $label }
       *[no] { $label }に関する権利
    }
diff-fact-right-endings = 権利 権
# ---- diff: output (policyc diff for people and as Markdown)
# 冒頭は変更の区分（severity と同じ語）。日本語には複数形がないため件数の選択子は置かない。
diff-out-headline-none = 変更なし：2つのバージョンの内容は同じです
diff-out-headline-dates-only = 編集上の変更：バージョンの日付のみが変更されています
diff-out-headline-editorial = 編集上の変更：文言または形式の変更が{ $count }件あります。記載事項に変更はありません
diff-out-headline-minor = 軽微な変更：公表すべき変更が{ $count }件あります。目立つ方法での通知が必要なものはありません
diff-out-headline-major = 重大な変更：{ $count }件の変更について目立つ方法での通知が必要です
diff-out-headline-consent = お客様の同意が必要：{ $count }件の変更についてお客様の明示的な同意が必要です
diff-out-headline-also-major = 。また、{ $count }件の変更について目立つ方法での通知が必要です
# 見出しの件数（「同意が必要な変更1件、重大な変更2件」）。区分の語は diff-out-group、summary-line-count に合わせる。
diff-out-count =
    { $severity ->
        [consent] 同意が必要な変更
        [major] 重大な変更
        [minor] 軽微な変更
       *[editorial] 編集上の変更
    }{ $count }件
diff-out-count-separator = 、
diff-out-no-changes = 変更なし
diff-out-date-changed =
    { $date ->
        [effective] 施行日
        [updated] 最終更新日
       *[released] 公表日
    }：{ $old } → { $new }
diff-out-group =
    { $severity ->
        [consent] お客様の明示的な同意が必要な変更
        [major] 目立つ方法での通知が必要な変更
        [minor] 軽微な変更
        [editorial] 編集上の変更
       *[none] 変更なし
    }（{ $count }件）
diff-out-fresh-consent = 以前に同意したお客様から改めて同意を得る必要がある変更（{ $count }件）
diff-out-with-rule = { $summary }（ルール { $rule }）
diff-out-note = 注記：{ $note }
diff-out-note-label = 注記：
# $severity と $was は変更の区分の英語の ID（editorial, minor, major, consent）なので、ここで日本語にする。
diff-out-decided =
    { $by }が{ $date }に{ $severity ->
        [editorial] 編集上の変更
        [minor] 軽微な変更
        [major] 重大な変更
        [consent] 同意が必要な変更
       *[other] { $severity }
    }と判断（判断前：{ $was ->
        [editorial] 編集上の変更
        [minor] 軽微な変更
        [major] 重大な変更
        [consent] 同意が必要な変更
       *[other] { $was }
    }{ $rule }）：{ $reason }
diff-out-decided-rule = 、ルール { $rule }
# ---- diff: output/review (policyc review)
diff-review-counts = 未判断の文言に基づく変更{ $count }件（うち重大な変更{ $major }件）、判断済み{ $decided }件
diff-review-severity = { $severity ->
    [consent] お客様の同意が必要
    [major] 重大な変更
    [minor] 軽微な変更
   *[editorial] 編集上の変更
}
diff-review-how = 各変更を --as editorial または --as minor と理由を指定して判断するか、そのまま公表してください。
# $rule はルールの ID（recipients など）。
diff-review-evidence =
    根拠（{ $rule }）：「{ $text }」{ $side ->
        [new] が新たに記載されました
       *[old] の記載がなくなりました
    }（{ $lang }）
diff-review-decide = 判断するには：{ $command }

# ---- diff: evidence（変更された文言で、フェイルセーフの分類が見つけたもの）
# diff-labelled のラベルに入る体言止めの語句。後に引用された語句（「」）、または
# facts-* では主題（subject-rule：「個人情報の提供先」など）が続きます。
evidence-found = { $found ->
    [organisation-new] 組織名の追加
    [organisation-old] 組織名の削除
    [email-new] メールアドレスの追加
    [email-old] メールアドレスの削除
    [url-new] ウェブサイトのアドレスの追加
    [url-old] ウェブサイトのアドレスの削除
    [phone-new] 電話番号の追加
    [phone-old] 電話番号の削除
    [term-new] 新たに言及された語
    [term-old] 言及されなくなった語
    [cue-new] 表現の追加
    [cue-old] 表現の削除
    [promise-new] 約束の追加
    [promise-old] 約束の撤回
    [exception-new] 例外の追加
    [exception-old] 例外の削除
    [facts-new] 次の事項について定める箇所への追加
    [facts-old] 次の事項について定める箇所からの削除
    [under-new] 次の語句を含む見出し・導入文の下への追加
    [under-old] 次の語句を含む見出し・導入文の下からの削除
   *[quantity] 数値の変更
}
