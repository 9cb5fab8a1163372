# policyc 界面文字：简体中文（中国大陆）。
# 与 en.ftl 逐条对应：消息标识与变量保持不变，只翻译文字。

language-self = 简体中文

# ---------------------------------------------------------------- changes (diff rules table)
# One message per row of src/diff/rules/table.rs: change-KEY--EVENT.
change-policy_id--changed = 政策标识由{ $old }变更为{ $new }
change-policy_languages--items-added = 新增发布语言：{ $what }
change-policy_languages--items-removed = 不再以下列语言发布：{ $what }
change-policy_binding--items-added = 译文现具有约束力：{ $what }
change-policy_binding--items-removed = 译文不再具有约束力：{ $what }
change-policy_authoritative--changed = 权威语言由{ $old }变更为{ $new }
change-policy_numbering--changed = 章节编号方式由{ $old }变更为{ $new }
change-section--added = 新增章节：{ $fact }
change-section--added-near-facts = 在涉及{ $subjects }的部分新增章节：{ $fact }
change-section--removed = 删除章节：{ $fact }
change-section--removed-near-facts = 在涉及{ $subjects }的部分删除章节：{ $fact }
change-section_number--changed = 章节{ $fact }编号变更：{ $old } → { $new }
change-prose--added = 新增文字：{ $what }
change-prose--added-near-facts = 在涉及{ $subjects }的部分新增文字：{ $what }
change-prose--removed = 删除文字：{ $what }
change-prose--removed-near-facts = 在涉及{ $subjects }的部分删除文字：{ $what }
change-list_marker--changed = 列表标记由{ $old }变更为{ $new }
change-table--added = 新增表格：{ $what }
change-table--added-near-facts = 在涉及{ $subjects }的部分新增表格：{ $what }
change-table--removed = 删除表格：{ $what }
change-table--removed-near-facts = 在涉及{ $subjects }的部分删除表格：{ $what }
change-table_row--added = 新增表格行：{ $what }
change-table_row--added-near-facts = 在涉及{ $subjects }的部分新增表格行：{ $what }
change-table_row--removed = 删除表格行：{ $what }
change-table_row--removed-near-facts = 在涉及{ $subjects }的部分删除表格行：{ $what }
change-table_cell--changed = { $what }改为显示{ $new }（原为{ $old }）
change-term_label--changed = 术语{ $fact }的标签由{ $old }变更为{ $new }
change-controller--added = 新增个人信息处理者：{ $fact }
change-controller--removed = 删除个人信息处理者：{ $fact }
change-controller_name--changed = 个人信息处理者名称由{ $old }变更为{ $new }
change-controller_group--set = { $fact }现载明隶属于{ $new }
change-controller_group--changed = { $fact }所属集团由{ $old }变更为{ $new }
change-controller_group--unset = 不再载明{ $fact }隶属于{ $old }
change-joint-controller--added = 新增共同个人信息处理者：{ $fact }
change-joint-controller--removed = 删除共同个人信息处理者：{ $fact }
change-joint-controller_name--changed = 共同个人信息处理者名称由{ $old }变更为{ $new }
change-joint-controller_purposes--items-added = { $fact }现亦就以下目的共同处理个人信息：{ $what }
change-joint-controller_purposes--items-removed = { $fact }不再就以下目的共同处理个人信息：{ $what }
change-joint-controller_items--items-added = { $fact }接收个人信息：{ $what }
change-service--added = 新增适用的服务：{ $fact }
change-service--removed = 不再适用的服务：{ $fact }
change-collect--added = 新增个人信息收集：{ $fact }（{ $what }）
change-collect--removed = 删除个人信息收集：{ $fact }（{ $what }）
change-collect_items--items-added = { $fact }：新增收集的个人信息：{ $what }
change-collect_items--items-removed = { $fact }：不再收集的个人信息：{ $what }
change-collect_purposes--items-added = { $fact }：新增处理目的：{ $what }
change-collect_purposes--items-removed = { $fact }：删除处理目的：{ $what }
change-collect_necessity--decreased = { $fact }：由可选变为必要，拒绝提供将无法使用相应功能
change-collect_necessity--increased = { $fact }：由必要变为可选，拒绝提供不再影响相应功能
change-purpose--added = 新增处理目的：{ $fact }
change-purpose--removed = 删除处理目的：{ $fact }
change-cookies--added = 新增Cookie使用：{ $fact }
change-cookies--removed = 删除Cookie说明：{ $fact }
change-cookies_no-cross-site-tracking--disabled = 不再承诺不进行跨网站跟踪
change-recipient--added-new-kind = 新增接收方类型：{ $fact }
change-recipient--added = 新增接收方：{ $fact }
change-recipient--removed = 删除接收方：{ $fact }
change-recipient_kind--changed = 接收方类型由{ $old }变更为{ $new }
change-recipient_name--set = { $fact }：现载明接收方名称：{ $new }
change-recipient_name--changed = { $fact }：接收方由{ $old }变更为{ $new }
change-recipient_name--unset = { $fact }：不再载明接收方名称（原为{ $old }）
change-recipient_country--set = { $fact }：现载明所在国家或地区：{ $new }
change-recipient_country--changed = { $fact }：所在国家或地区由{ $old }变更为{ $new }
change-recipient_country--unset = { $fact }：不再载明所在国家或地区（原为{ $old }）
change-recipient_purposes--items-added = { $fact }：新增接收个人信息的目的：{ $what }
change-recipient_purposes--items-removed = { $fact }：不再为以下目的接收个人信息：{ $what }
change-transfer--added = 新增跨境传输：{ $fact }
change-transfer--removed = 删除跨境传输：{ $fact }
change-transfer_to--items-added = 新增传输目的地：{ $what }
change-transfer_to--items-removed = 删除传输目的地：{ $what }
change-storage--added = 新增存储地点：{ $fact }
change-storage--removed = 删除存储地点：{ $fact }
change-storage_location--items-added = 个人信息新增存储地点：{ $what }
change-storage_location--items-removed = 个人信息不再存储于{ $what }
change-right--added = 新增权利：{ $fact }
change-right--removed = 取消权利：{ $fact }
change-right_kind--changed = 权利被替换：{ $old } → { $new }
change-right_channels--channel-withdrawn = { $fact }：不再可通过{ $what }行使
change-right_channels--channel-changed = { $fact }：行使渠道由{ $old }变更为{ $new }
change-right_channels--channel-added = { $fact }：新增行使渠道：{ $what }
change-right_respond-within--lengthened = { $fact }：答复期限由{ $old }延长至{ $new }
change-right_respond-within--unset = { $fact }：不再承诺答复期限（原为{ $old }）
change-right_respond-within--shortened = { $fact }：答复期限由{ $old }缩短至{ $new }
change-right_respond-within--set = { $fact }：新增承诺的答复期限：{ $new }
change-right_when--case-added = { $fact }：新增适用情形：{ $what }
change-right_when--case-removed = { $fact }：删除适用情形：{ $what }
change-right_when--narrowed = { $fact }：现仅适用于以下情形：{ $what }
change-right_when--widened = { $fact }：不再限于原列明的适用情形：{ $what }
change-right_except--case-added = { $fact }：新增可拒绝请求的情形：{ $what }
change-right_except--case-removed = { $fact }：删除可拒绝请求的情形：{ $what }
change-right_jurisdictions--narrowed = { $fact }：适用范围由{ $old }缩小为{ $new }
change-requests--added = 新增请求处理规则：{ $fact }
change-requests--removed = 删除请求处理规则：{ $fact }
change-requests_respond-within--lengthened = { $fact }：答复期限由{ $old }延长至{ $new }
change-requests_respond-within--unset = { $fact }：不再承诺答复期限（原为{ $old }）
change-requests_respond-within--shortened = { $fact }：答复期限由{ $old }缩短至{ $new }
change-requests_verify-identity--enabled = { $fact }：请求现需验证身份
change-requests_verify-identity--disabled = { $fact }：请求不再需要验证身份
change-requests_except--case-added = { $fact }：新增不予响应请求的情形：{ $what }
change-requests_except--case-removed = { $fact }：删除不予响应请求的情形：{ $what }
change-requests_channels--channel-withdrawn = { $fact }：不再可通过{ $what }提出请求
change-requests_jurisdictions--narrowed = { $fact }：适用范围由{ $old }缩小为{ $new }
change-consent--added = 新增同意规则：{ $fact }
change-consent--removed = 删除同意规则：{ $fact }
change-consent_exceptions--case-added = 新增无需征得您同意的情形：{ $what }
change-consent_exceptions--case-removed = 删除无需征得您同意的情形：{ $what }
change-consent_jurisdictions--narrowed = { $fact }：适用范围由{ $old }缩小为{ $new }
change-minors--added = 新增未成年人保护：{ $fact }
change-minors--removed = 删除未成年人保护：{ $fact }
change-minors_age--decreased = 受保护未成年人的年龄由{ $old }降低至{ $new }
change-minors_age--increased = 受保护未成年人的年龄由{ $old }提高至{ $new }
change-minors_parental-consent--disabled = { $fact }：不再要求监护人同意
change-minors_parental-consent--enabled = { $fact }：现要求监护人同意
change-minors_no-service--disabled = { $fact }：现向其提供服务
change-minors_no-service--enabled = { $fact }：不再向其提供服务
change-minors_jurisdictions--narrowed = { $fact }：适用范围由{ $old }缩小为{ $new }
change-cookies--removed-protection = 删除Cookie说明及其拒绝Cookie的方式：{ $what }
change-cookies_refuse--items-removed = 不再提供拒绝Cookie的方式：{ $what }
change-cookies_refuse--items-added = 新增拒绝Cookie的方式：{ $what }
change-cookies_do-not-track--decreased = 不再响应“请勿跟踪”信号
change-cookies_do-not-track--increased = 现响应“请勿跟踪”信号
change-changes_consent-for-reduction--disabled = 撤回“未经您明确同意不削减您的权利”的承诺
change-changes_consent-for-reduction--enabled = 新增“未经您明确同意不削减您的权利”的承诺
change-changes--removed-protection = 删除变更承诺，包括“未经您明确同意不削减您的权利”的承诺
change-requests_respond-within-for--lengthened = { $fact }：{ $what }的答复期限由{ $old }延长至{ $new }
change-requests_respond-within-for--unset = { $fact }：不再承诺{ $what }的答复期限（原为{ $old }）
change-requests_respond-within-for--shortened = { $fact }：{ $what }的答复期限由{ $old }缩短至{ $new }
change-requests_respond-within-for--set = { $fact }：新增承诺的{ $what }答复期限：{ $new }
change-requests_respond-within-for--restated = { $fact }：{ $what }的答复期限由{ $old }改为{ $new }（时长相同）
change-requests_respond-within-for--changed = { $fact }：{ $what }的答复期限表述方式变更，仍为{ $new }
change-changes_notify-on--decreased = 变更通知范围缩小：现仅就重大变更发出通知（原为{ $old }）
change-changes_notify-on--increased = 变更通知范围扩大：现就所有变更发出通知（原为{ $old }）
change-changes_notify-on--unset = 撤回关于变更通知范围的承诺（原为{ $old }）
change-changes_notify-on--set = 新增关于变更通知范围的承诺：{ $new }
change-promise--added = 新增承诺：{ $fact }
change-promise--removed = 撤回承诺：{ $fact }
change-promise_kind--changed = 承诺被替换：{ $old } → { $new }
change-promise_except--case-added = { $fact }：新增不适用该承诺的情形：{ $what }
change-promise_except--case-removed = { $fact }：删除不适用该承诺的情形：{ $what }
change-promise_items--narrowed = { $fact }：适用范围由{ $old }缩小为{ $new }
change-promise_items--widened = { $fact }：适用范围由{ $old }扩大为{ $new }
change-promise_items--items-removed = { $fact }：不再涵盖{ $what }
change-promise_items--items-added = { $fact }：新增涵盖{ $what }
change-promise_regions--items-added = { $fact }：个人信息现可传输至{ $what }
change-promise_regions--items-removed = { $fact }：个人信息现亦不传输至{ $what }
change-promise_jurisdictions--narrowed = { $fact }：适用范围由{ $old }缩小为{ $new }
change-changelog--added = 新增变更记录（{ $fact }）：{ $what }
change-changelog--removed = 删除变更记录（{ $fact }）：{ $what }
change-changelog--changed = 变更记录（{ $fact }）措辞变更：{ $what }
change-jurisdiction_regions--items-removed = { $fact }：删除地区：{ $what }；仅限于该法域的权利适用人群减少
change-contact--added = 新增联系渠道：{ $fact }
change-contact--removed = 删除联系渠道：{ $fact }
change-contact--channel-withdrawn = { $fact }不再提供{ $what }，无法再以此行使{ $rights }
change-contact_complaints--disabled = { $fact }不再受理投诉
change-contact_complaints--enabled = { $fact }现受理投诉
change-contact_respond-within--lengthened = { $fact }：答复期限由{ $old }延长至{ $new }
change-contact_respond-within--unset = { $fact }：不再承诺答复期限（原为{ $old }）
change-representative--added = 新增境内代表：{ $fact }
change-representative--removed = 删除境内代表：{ $fact }
change-authority--added = 新增监管机构或投诉受理机构：{ $fact }
change-authority--removed = 删除监管机构或投诉受理机构：{ $fact }
change-authority--channel-withdrawn = { $fact }不再可通过{ $what }联系，无法再以此行使{ $rights }
change-assessment--added-high-risk = 个人信息安全影响评估显示存在高风险：{ $fact }
change-assessment_risk--became-high = { $fact }现显示存在高风险（原为{ $old }）
change-security_measures--items-added = 新增安全措施：{ $what }
change-security_measures--items-removed = 不再载明的安全措施：{ $what }
change-any--added = 新增：{ $fact }
change-any--added-new-kind = 新增：{ $fact }
change-any--added-high-risk = 新增：{ $fact }
change-any--added-near-facts = 新增：{ $fact }
change-any--removed = 删除：{ $fact }
change-any--removed-protection = 删除：{ $fact }
change-any--removed-near-facts = 删除：{ $fact }
change-any--moved = 位置移动：{ $fact }，由{ $old }移至{ $new }
change-any--reordered = 顺序调整：{ $fact }
change-any--renumbered = 重新编号：{ $fact }，由{ $old }改为{ $new }
change-any--changed = { $fact }：{ $field }由{ $old }变更为{ $new }
change-any--set = { $fact }：新增{ $field }：{ $new }
change-any--unset = { $fact }：不再载明{ $field }（原为{ $old }）
change-any--enabled = { $fact }：新增“{ $field }”
change-any--disabled = { $fact }：取消“{ $field }”
change-any--items-added = { $fact }：新增{ $field }：{ $what }
change-any--items-removed = { $fact }：删除{ $field }：{ $what }
change-any--increased = { $fact }：{ $field }由{ $old }变更为{ $new }
change-any--decreased = { $fact }：{ $field }由{ $old }变更为{ $new }
change-any--became-high = { $fact }：{ $field }由{ $old }变更为{ $new }
change-any--lengthened = { $fact }：{ $field }由{ $old }延长至{ $new }
change-any--shortened = { $fact }：{ $field }由{ $old }缩短至{ $new }
change-any--restated = { $fact }：{ $field }由{ $old }改为{ $new }（时长相同）
change-any--case-added = { $fact }：{ $field }：新增情形：{ $what }
change-any--case-removed = { $fact }：{ $field }：删除情形：{ $what }
change-any--narrowed = { $fact }：适用范围由{ $old }缩小为{ $new }
change-any--widened = { $fact }：适用范围由{ $old }扩大为{ $new }
change-any--channel-added = { $fact }：新增渠道：{ $what }
change-any--channel-changed = { $fact }：渠道由{ $old }变更为{ $new }
change-any--channel-withdrawn = { $fact }：不再提供的渠道：{ $what }
change-any--reworded = 措辞变更：{ $what }
change-any--reworded-near-facts = 涉及{ $subjects }的内容措辞变更：{ $what }
change-any--typographic = 排版修正：{ $what }
change-any--translation-only = 仅{ $lang }译文变更：{ $what }
change-any--unclassified = 文档结构的其他变更
change-any--evidence-service-model = { $action }：{ $what }（{ $evidence }）
change-any--evidence-ownership = { $action }：{ $what }（{ $evidence }）
change-any--evidence-recipients = { $action }：{ $what }（{ $evidence }）
change-any--evidence-rights = { $action }：{ $what }（{ $evidence }）
change-any--evidence-contact = { $action }：{ $what }（{ $evidence }）
change-any--evidence-risk-assessment = { $action }：{ $what }（{ $evidence }）
change-any--evidence-rights-reduced = { $action }：{ $what }（{ $evidence }）

# ---------------------------------------------------------------- policy pages (templates: labels.NAME)
page-contents = 目录
page-summary = 概要
page-collected = 我们收集的信息
page-purposes = 我们为何使用这些信息
page-recipients = 谁会接收这些信息
page-responsible = 个人信息处理者
page-rights = 您的权利及答复时限
page-contacts = 联系我们
page-released = 发布日期
page-updated = 更新日期
page-effective = 生效日期
page-version = 版本
page-languages = 语言
page-not-stated = 未载明
page-summary-note = 本概要根据下文政策自动生成，以政策正文为准。
# 点击后展开概要的文字；概要默认折叠，使政策内容在手机屏幕上从靠近顶部处开始。
page-summary-open = 展开概要
page-back-to-top = 返回顶部
# 政策页面的第一个链接，跳至政策正文。
page-skip = 跳至政策正文
page-promises = 我们的承诺
page-changelog = 本政策的变更记录
page-colon = ：
page-open = （
page-close = ）

# ---------------------------------------------------------------- the site (templates: words.NAME)
site-skip = 跳至正文
site-breadcrumb = 导航路径
site-languages = 语言
site-home = 首页
site-policies = 政策
site-version = 版本
site-current-version = 现行版本
site-effective = 生效日期
site-published = 公布日期
site-updated = 更新日期
site-status = 状态
site-severity = 变更
site-rules = 本次变更涉及
site-summary = 摘要
site-author-summary = 发布者的说明
site-all-versions = 全部版本与变更
site-changelog = 版本与变更记录
site-changelog-intro = 本政策已公布的全部版本，最新的在前。每个版本均链接至其全文，以及与上一版本相比的变更内容。
site-what-changed = 变更内容
# 某一存档版本指向“自该版本以来的变更内容”页面的链接（该页面列出自该版本起直至现行版本的全部变更），
# 亦用作该页面在导航路径中的名称。
site-since = 自此版本以来的变更内容
# 该页面的标题（$version：作为比较起点的存档版本）。
site-since-title = 自版本 { $version } 以来的变更内容
# 标题下方的说明：本页比较的对象（$version：该存档版本；$current：现行版本；$count：$version 之后公布的版本数，
# 截至并包括 $current）。中文无复数形式，故不设选择器。页面的变更类别以其中最重要的变更为准。
site-since-compared = 版本 { $version } 与现行版本（{ $current }）相比。此后公布的{ $count }个版本中的全部变更在此一并列出，变更类别以其中最重要的变更为准。
site-read-version = 阅读此版本
site-read-current = 阅读现行版本
site-previous-version = 上一版本
site-periods = 各版本的适用期间
site-periods-intro = 如需查找某一日期（例如您注册之日）适用的版本，请找到包含该日期的期间。
site-from = 起始日期
site-until = 截止日期
site-until-now = 至今
site-never-in-effect = 生效前即被取代
site-feed = 新版本的 Atom 订阅
site-legend = 删除的文字加删除线，新增的文字加下划线。
site-deleted = 删除
site-inserted = 新增
site-no-changes = 读者可见的内容没有变化。
site-not-found = 未找到页面
site-not-found-text = 此地址没有页面。政策列表见首页。
site-notice = 重要变更
site-upcoming-notice = 即将生效的变更
site-superseded-notice = 已被取代的版本
site-generated = 由 policyc 根据政策存档生成。
# 页面所涉政策归属于谁，用于标题、导航路径、首页卡片和订阅：$publisher 为个人信息处理者的名称
# （有多个的，以“和”连接；常为拉丁字母，如“HitGen Inc.”），$title 为政策本身的标题（如“隐私政策”），紧接其后，不加空格。
# 仅在政策标题未写明发布者时使用。
site-policy-title = { $publisher }{ $title }
# 印在某一版本页眉下方（仅用于打印）：该版本可供长期阅读的地址。
site-permanent-address = 此版本的永久地址
# 某一版本“变更内容”页面的标题，面向读者（$severity：consent、major、minor、editorial、none；
# $date：该版本生效之日，已按中文日期格式写出，如“2024年3月1日”）。
site-headline = { $severity ->
    [consent] 自{ $date }起生效、需征得您明确同意的重要变更：对您有何影响
    [major] 自{ $date }起生效的重要变更：对您有何影响
    [minor] 自{ $date }起生效的一般变更
    [editorial] 自{ $date }起生效、仅涉及措辞的修改：我们处理您个人信息的方式保持不变
   *[none] 自{ $date }起生效的首个版本
}
# 版本主要变更的一句话，用于变更记录和订阅（$topics：各项变更的主题，即 rule-topic，以“、”“和”连接）。
site-key-changes = 主要变更：{ $topics }。
site-colon = ：
site-comma = 、
site-open = （
site-close = ）
severity = { $id ->
    [none] 首个版本
    [editorial] 编辑性修改
    [minor] 一般变更
    [major] 重大变更
   *[consent] 需您明确同意
}
# 差异规则在读者眼中的样子：变更所涉主题，以读者的语言作小标题（用于网站的变更记录、变更页面和订阅；不显示规则标识）。
rule-name = { $id ->
    [service-model] 我们收集的个人信息及其用途
    [ownership] 谁对您的个人信息负责
    [recipients] 谁会接收您的个人信息
    [rights] 您的权利及行使方式
    [contact] 如何联系我们
    [risk-assessment] 您的个人信息面临的风险
   *[rights-reduced] 您被削减的权利
}
# 同一主题用在句中（site-key-changes 的冒号之后，以“、”“和”连接）：须为名词短语，
# 不以“谁”开头，以免“和谁”被误读为“与谁”。
rule-topic = { $id ->
    [service-model] 我们收集的个人信息及其用途
    [ownership] 对您的个人信息负责的机构
    [recipients] 您个人信息的接收方
    [rights] 您的权利及其行使方式
    [contact] 联系我们的方式
    [risk-assessment] 您的个人信息面临的风险
   *[rights-reduced] 您被削减的权利
}
# 变更页面上 rule-name 下方的一行说明：该主题的变更涉及什么。
rule-meaning = { $id ->
    [service-model] 我们收集哪些个人信息、用于什么目的，以及保存多长时间。
    [ownership] 由哪家机构对您的个人信息负责，例如在合并、收购或破产之后。
    [recipients] 我们与哪些机构共享您的个人信息、向哪些机构披露，以及这些信息会被传往何处。
    [rights] 您如何查阅、更正、删除或转移您的个人信息，如何撤回同意或提出投诉，以及我们会在多长时间内答复您。
    [contact] 就您的个人信息应当联系谁、如何联系：负责的部门、个人信息保护负责人及其联系方式。
    [risk-assessment] 我们对您的个人信息所面临风险的评估结果。
   *[rights-reduced] 取消或限制您原有权利的变更：未经您的明确同意，该变更不适用于您。
}
version-status = { $id ->
    [current] 现行
    [upcoming] 即将生效
   *[superseded] 已被取代
}
change-kind = { $id ->
    [added] 新增
    [removed] 删除
    [moved] 移动
   *[changed] 修改
}
banner-version = 版本 { $version }
banner-changes-in = 版本 { $version } 的变更
banner-compared-with = 与上一版本（{ $previous }）相比。
changes-group = { $severity ->
    [consent] 需征得您的明确同意
    [major] 重大变更
    [minor] 一般变更
   *[editorial] 编辑性修改
}（{ $count }）
banner-notice-major = 本政策需要您特别注意的变更已于{ $date }生效。
banner-notice-consent = 本政策于{ $date }生效的变更削减了您的权利：未经您的明确同意，这些变更不适用于您。
banner-upcoming = 本政策的新版本（{ $version }）将于{ $date }生效。
banner-upcoming-self = 本版本将于{ $date }生效；在此之前适用现行版本。
banner-upcoming-first = 本政策将于{ $date }生效。
banner-superseded = 本版本已不再适用：已被{ $date }生效的版本 { $successor } 取代。
feed-title = { $policy }：版本更新
feed-entry-title = 版本 { $version }：{ $severity }{ $rules }
feed-entry-rules = （{ $rules }）
feed-entry-text =
    { $summary }

    生效日期：{ $date }。

# ---------------------------------------------------------------- policy pages: the summary
summary-separator = ；
summary-necessity = { $necessity ->
    [necessary] 必要信息
   *[optional] 非必要信息，您可以拒绝提供
}
summary-source = { $source ->
    [user] 由您提供
    [automatic] 自动收集
   *[third-party] 从第三方获取
}
summary-processor = 代表客户处理
summary-activity = { $activity ->
    [entrusted] 委托处理
    [sharing] 共享
    [transfer] 转让
   *[disclosure] 公开披露
}
summary-right-in = { $right }（{ $places }）
summary-answered-within = { $time }内答复
summary-answers-within = { $time }内答复
summary-concerning = 涉及{ $items }
summary-applies-in = 适用于{ $places }
summary-with-exceptions = 存在例外情形
summary-notice-title = 变更通知
summary-notice-scope = { $scope ->
    [every] 就所有变更发出通知
   *[material] 仅就重大变更发出通知
}

# ---------------------------------------------------------------- policy pages: parties
party-for-purposes = 用于{ $purposes }
party-part-of = 隶属于{ $group }
party-role = { $role ->
    [controller] 个人信息处理者
   *[processor] 受托处理者
}
party-receives = 接收{ $items }
party-joint-controller = 就{ $purposes }与我们共同处理个人信息
party-representative = { $law ->
    [gdpr] 依据《通用数据保护条例》第27条指定的欧盟境内代表
    [uk-gdpr] 依据英国《通用数据保护条例》第27条指定的英国境内代表
    [pipl] 依据《个人信息保护法》第五十三条指定的境内代表
   *[pipa] 依据韩国《个人信息保护法》指定的韩国境内代理人
}
party-complain-to-it = 可向其投诉

# ---------------------------------------------------------------- policy pages: text
language-name = { $language ->
    [en] 英文
    [zh] 中文
    [fr] 法文
    [de] 德文
    [es] 西班牙文
    [ja] 日文
    [ko] 韩文
    [pt] 葡萄牙文
   *[other] { $tag }
}
stale-translation = 此译文尚未更新，以{ $language }版本为准
section-ref = 第{ $digits }节“{ $title }”
section-ref-untitled = 第{ $digits }条
quoted = “{ $text }”

# ---------------------------------------------------------------- durations
# 量词前的“二”写作“两”：两个月、两周。
number-word = { $n ->
    [1] 一
    [2] 两
    [3] 三
    [4] 四
    [5] 五
    [6] 六
    [7] 七
    [8] 八
    [9] 九
    [10] 十
   *[other] { $n }
}
duration = { $unit ->
    [days] { $word }天
    [working-days] { $word }个工作日
    [weeks] { $word }周
    [months] { $word }个月
   *[years] { $word }年
}
duration-named = { $unit ->
    [promptly] 及时
    [reasonable-time] 合理期限
   *[as-long-as-necessary] 实现目的所必需的期限
}
duration-extendable = { $base }（可延长{ $extension }）

# ---------------------------------------------------------------- publishing
summary-line-first = 首次发布的版本。
summary-line-count = { $severity ->
    [consent] { $count }项变更须征得您的明确同意
    [major] { $count }项重大变更
    [minor] { $count }项一般变更
   *[editorial] { $count }项文字修改
}
summary-line-separator = ，
summary-line = { $parts }。

notice-title = { $title }重要变更通知
notice-intro = 更新后的{ $title }（版本{ $version }）将于{ $date }生效。以下变更需要您特别注意：
notice-consent-again = 如您此前已同意本政策，以下变更须重新征得您的同意：
notice-rights-reduced = 其中部分变更会削减您的权利：未经您的明确同意，这些变更不会适用于您。
notice-archived = 此前的版本（{ $version }）已存档，供您查阅。
# 电子邮件的主题及 HTML 通知的标题（$title：写明公司名称的政策标题，即 site-policy-title 生成的标题，
# 如“HitGen Inc.隐私政策”）。
notice-subject = 关于{ $title }重要变更的通知
# 通知中的两个链接：分别指向显示变更内容的页面和新版本全文。
notice-link-changes = 查看变更内容
notice-link-policy = 阅读政策全文

# ---- diff: rules/words
diff-field = { $id ->
    [items] 个人信息
    [purposes] 处理目的
    [country] 所在国家或地区
    [group] 所属集团
    [under] 指定依据
    [sources] 信息来源
    [necessity] 必要性
    [role] 角色
    [activities] 处理活动
    [conditions] 条件
    [unconditional] 无条件
    [to] 传输目的地
    [from] 传出地
    [bases] 合法性基础
    [basis] 合法性基础
    [safeguards] 保障措施
    [location] 存储地点
    [measures] 安全措施
    [notify] 告知方式
    [report-to-regulators] 向监管部门报告
    [period] 保存期限
    [criteria] 判断标准
    [channels] 渠道
    [respond-within] 答复期限
    [when] 适用情形
    [except] 可拒绝请求的情形
    [verify-identity] 身份验证
    [age] 受保护年龄
    [parental-consent] 监护人同意
    [no-service] 不向未成年人提供服务
    [refuse] 拒绝Cookie的方式
    [do-not-track] “请勿跟踪”信号
    [no-cross-site-tracking] 不进行跨网站跟踪
    [department] 部门
    [officer] 负责人
    [email] 电子邮件地址
    [phone] 电话号码
    [address] 地址
    [url] 网址
    [complaints] 受理投诉
    [major] 重大变更类型
    [notice-period] 提前通知期限
    [consent-for-reduction] 削减权利前征得同意
    [archive] 旧版本存档
    [notify-on] 变更通知范围
    [respond-within-for] 部分权利的答复期限
    [source] 来源
    [risk] 风险
    [regions] 地区
    [name] 名称
    [law] 法律
    [affiliates] 一并适用本政策的关联公司
    [kind] 类型
    [jurisdictions] 适用法域
    [exceptions] 无需征得同意的情形
    [dpv] DPV概念
    [custom] 由本政策自行定义
    [label] 标签
    [text] 文本
    [marker] 列表标记
   *[other] { $id }
}
diff-value = { $id ->
    [entrusted] 委托处理
    [sharing] 共享
    [transfer] 转让
    [disclosure] 公开披露
    [user] 用户提供
    [automatic] 自动收集
    [third-party] 第三方提供
    [necessary] 必要
    [optional] 可选
    [controller] 个人信息处理者
    [processor] 代表客户处理的受托处理者
    [low] 低
    [medium] 中
    [high] 高
    [honored] 响应
    [ignored] 不响应
    [every] 所有变更
    [material] 仅限重大变更
    [gdpr] 《通用数据保护条例》第27条
    [uk-gdpr] 英国《通用数据保护条例》第27条
    [pipl] 《个人信息保护法》第五十三条
    [pipa] 韩国《个人信息保护法》
    [true] 是
    [false] 否
   *[other] { $id }
}
subject-rule = { $rule ->
    [service-model] 服务模式
    [ownership] 个人信息处理者
    [recipients] 个人信息的接收方
    [rights] 用户权利
    [rights-reduced] 用户权利
    [contact] 联系方式
   *[risk-assessment] 影响评估
}
diff-note-review = 请审核人确认事实未变：本部分涉及{ $subjects }。
diff-note-translation-only = 仅{ $langs }文本变更；权威语言{ $authoritative }文本未变，且{ $langs }文本不具有约束力。
diff-note-translation-unchanged = { $langs }文本未随权威文本更新：请检查译文。
diff-note-possible-rename = 新增了同类事实`{ $id }`：如其只是原事实改名而来，请保留原标识，以便差异比较时能够对应。
diff-note-other-policy = 两个文件是不同的政策（`{ $old }`和`{ $new }`）。
diff-language = { $name }（{ $tag }）

# ---- diff: consent
consent-rights-reduced = 削减用户权利的变更，须经用户明确同意，方可对其适用（规则 rights-reduced）。
consent-general = 此前作出的同意仅涵盖当时所述的处理目的、个人信息和接收方，本项变更超出了该范围。
consent-pipl-new-purpose-or-data = 《个人信息保护法》第十四条：个人信息的处理目的、处理方式和处理的个人信息种类发生变更的，应当重新取得个人同意。
consent-pipl-new-recipient = 《个人信息保护法》第二十三条：向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。
consent-pipl-new-destination = 《个人信息保护法》第三十九条：向中华人民共和国境外提供个人信息的，应当向个人告知境外接收方的名称或者姓名、联系方式、处理目的、处理方式、个人信息的种类以及个人向境外接收方行使本法规定权利的方式和程序等事项，并取得个人的单独同意。
consent-gdpr-new-purpose = 《通用数据保护条例》第6条第4款及第13条第3款：为新的目的处理个人数据，除与收集时的目的相容外，须取得同意或具备其他合法性基础，并须在处理开始前告知用户；以同意为基础的，须重新取得同意。
consent-gdpr-new-data = 《通用数据保护条例》第6条第1款(a)项、第7条及第13条第3款：同意仅及于取得同意时所涉的个人数据；以同意为基础的处理新增个人数据类别的，须重新取得同意，并须事先告知用户。
consent-gdpr-new-recipient = 《通用数据保护条例》第13条第1款(e)项及第13条第3款：与新的接收方共享个人数据前，须告知用户；以同意为基础的共享，须重新取得同意。
consent-gdpr-new-destination = 《通用数据保护条例》第13条第1款(f)项及第49条第1款(a)项：向新的第三国传输个人数据，须告知用户；既无充分性认定、亦无适当保障措施的，须取得用户的明确同意。

# ---- diff: mod (change headings)
diff-wording-changed = 措辞变更

# ---- diff: header
diff-header-title = 政策标题
diff-header-the-policy = 本政策
diff-header-term-label = 术语{ $id }的标签

# ---- diff: document
diff-doc-section-added = 新增章节
diff-doc-section-removed = 删除章节
diff-doc-text-added = 新增文字
diff-doc-text-removed = 删除文字
diff-doc-under = { $p }之下
diff-doc-paragraph = 第{ $n }段
diff-doc-list-item = 列表第{ $n }项
diff-doc-section-title = 章节标题
diff-doc-unnumbered = 无编号
diff-doc-top-level = 顶层
diff-doc-a-list = 一个列表

# ---- diff: facts (names of facts)
diff-fact-transfer = 向{ $to }传输
diff-fact-storage = 存储于{ $at }
diff-fact-minors = 未满{ $age }周岁的未成年人
diff-fact-contact-point = 联系渠道`{ $id }`
diff-fact-text = { $fact }的文本
diff-fact-requests = 请求的处理
diff-fact-everywhere = 所有地区
diff-fact-top-of-policy = 政策开头
diff-fact-website = 网站
diff-fact-incident = 安全事件告知
diff-fact-retention = 个人信息的保存
diff-fact-cookies = Cookie
diff-fact-changes = 关于本政策变更的承诺
diff-fact-consent = 同意规则`{ $id }`
diff-fact-security = 安全措施`{ $id }`
diff-fact-assessment = 影响评估`{ $id }`

# ---- diff: fields
diff-none = 无
diff-fields-case = { $fact }的情形`{ $id }`
diff-fields-not-stated = 未载明
diff-fields-all-items = 所有个人信息

# ---- diff: table
diff-table-row-added = 新增表格行
diff-table-row-removed = 删除表格行
diff-table-added = 新增表格
diff-table-removed = 删除表格
diff-table-caption = { $t }的标题
diff-table-cell = { $t }第{ $r }行“{ $c }”列
diff-table-captioned = 表格{ $c }
diff-table-numbered = 第{ $n }个表格
diff-table-nothing = 无内容
diff-table-heading = { $t }第{ $n }列的标题

# ---- diff: shared words
diff-parenthesis = （{ $text }）
diff-labelled = { $label }：{ $text }
diff-header-marker-separator = 、
diff-excerpt = “{ $text }”
diff-fact-right = { $named ->
    [yes] { $label }
   *[no] { $label }的权利
}
diff-fact-right-endings = 权 权利

# ---- diff: output (policyc diff for people and as Markdown)
diff-out-headline-none = 无变更：两个版本内容相同
diff-out-headline-dates-only = 编辑性修改：仅版本日期变更
diff-out-headline-editorial = 编辑性修改：{ $count }项措辞或形式上的修改，事实内容未变
diff-out-headline-minor = 一般变更：{ $count }项变更应予公布，均无需显著通知
diff-out-headline-major = 重大变更：{ $count }项变更需显著通知
diff-out-headline-consent = 需明确同意：{ $count }项变更需征得用户明确同意
diff-out-headline-also-major = ；{ $count }项变更需显著通知
diff-out-count = { $count }项{ $severity ->
    [consent] 需同意
    [major] 重大
    [minor] 一般
   *[editorial] 编辑性
}
diff-out-count-separator = 、
diff-out-no-changes = 无变更
diff-out-date-changed = { $date ->
    [effective] 生效日期
    [updated] 更新日期
   *[released] 发布日期
}：{ $old } → { $new }
diff-out-group = { $severity ->
    [consent] 需征得用户明确同意
    [major] 需显著通知
    [minor] 一般变更
    [editorial] 编辑性修改
   *[none] 无变更
}（{ $count }）
diff-out-fresh-consent = 须重新取得此前已同意用户的同意（{ $count }）
diff-out-with-rule = { $summary }（规则 { $rule }）
diff-out-note = 注：{ $note }
diff-out-note-label = 注：
# $severity、$was 为英文标识（editorial、minor、major、consent），须在此译出，不得原样显示。
diff-out-decided =
    由{ $by }于{ $date }判定为{ $severity ->
        [editorial] 编辑性修改
        [minor] 一般变更
        [major] 重大变更
        [consent] 需明确同意的变更
       *[other] { $severity }
    }（原为{ $was ->
        [editorial] 编辑性修改
        [minor] 一般变更
        [major] 重大变更
        [consent] 需明确同意的变更
       *[other] { $was }
    }{ $rule }）：{ $reason }
diff-out-decided-rule = ，规则 { $rule }

# ---- diff: output/review (policyc review)
diff-review-counts = 尚未判定的文字表述变更{ $count }项（其中重大变更{ $major }项）；已判定{ $decided }项
diff-review-severity = { $severity ->
    [consent] 需明确同意
    [major] 重大变更
    [minor] 一般变更
   *[editorial] 编辑性修改
}
diff-review-how = 可用 --as editorial 或 --as minor 并附理由逐项判定，或按原样发布。
# $rule 为规则标识（recipients 等），$text 为引用的文字，$lang 为其语言标签。
diff-review-evidence = 证据（规则 { $rule }）：{ $side ->
    [new] 文本现含有
   *[old] 文本不再含有
}“{ $text }”（{ $lang }）
diff-review-decide = 判定：{ $command }

# ---- diff: evidence
# 标签后接“：”及引用的文字（diff-labelled）；facts-* 后接主题（subject-rule），如“个人信息的接收方”；
# under-* 后接所在章节标题或列表引导语中的字样。
evidence-found = { $found ->
    [organisation-new] 新提及机构
    [organisation-old] 不再提及机构
    [email-new] 新增电子邮件地址
    [email-old] 不再提供电子邮件地址
    [url-new] 新增网址
    [url-old] 不再提供网址
    [phone-new] 新增电话号码
    [phone-old] 不再提供电话号码
    [term-new] 新增提及
    [term-old] 不再提及
    [cue-new] 新增表述
    [cue-old] 删除表述
    [promise-new] 新增承诺
    [promise-old] 撤回承诺
    [exception-new] 新增例外
    [exception-old] 删除例外
    [facts-new] 在涉及以下内容的部分新增
    [facts-old] 在涉及以下内容的部分删除
    [under-new] 在含以下字样的标题或引导语下新增
    [under-old] 在含以下字样的标题或引导语下删除
   *[quantity] 数字变更
}
