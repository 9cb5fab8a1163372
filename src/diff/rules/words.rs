//! The words the diff's sentences are made of: field and value names, notes, language names.

use super::{fill, pick};
use crate::model::wording::{script, Script};
use crate::model::Rule::{self, *};

/// The name of a field of the model in a sentence.
pub(crate) fn field_label(field: &str, lang: &str) -> String {
    let words = match field {
        "items" => ("personal information", "个人信息"),
        "purposes" => ("purposes", "处理目的"),
        "country" => ("country", "所在国家或地区"),
        "group" => ("group", "所属集团"),
        "under" => ("appointed under", "指定依据"),
        "sources" => ("sources", "信息来源"),
        "necessity" => ("necessity", "必要性"),
        "role" => ("role", "角色"),
        "activities" => ("activities", "处理活动"),
        "conditions" => ("conditions", "条件"),
        "unconditional" => ("no conditions", "无条件"),
        "to" => ("destinations", "传输目的地"),
        "from" => ("origins", "传出地"),
        "bases" => ("legal bases", "合法性基础"),
        "safeguards" => ("safeguards", "保障措施"),
        "location" => ("storage location", "存储地点"),
        "measures" => ("security measures", "安全措施"),
        "notify" => ("how you are told", "告知方式"),
        "report-to-regulators" => ("reporting to regulators", "向监管部门报告"),
        "period" => ("retention period", "保存期限"),
        "criteria" => ("criteria", "判断标准"),
        "channels" => ("channels", "渠道"),
        "respond-within" => ("response time", "答复期限"),
        "when" => ("cases in which it applies", "适用情形"),
        "except" => (
            "cases in which a request may be refused",
            "可拒绝请求的情形",
        ),
        "verify-identity" => ("identity verification", "身份验证"),
        "age" => ("protected age", "受保护年龄"),
        "parental-consent" => ("parental consent", "监护人同意"),
        "no-service" => ("no service to minors", "不向未成年人提供服务"),
        "refuse" => ("ways to refuse cookies", "拒绝Cookie的方式"),
        "do-not-track" => ("“do not track” signals", "“请勿跟踪”信号"),
        "no-cross-site-tracking" => ("no cross-site tracking", "不进行跨网站跟踪"),
        "department" => ("department", "部门"),
        "officer" => ("officer", "负责人"),
        "email" => ("e-mail address", "电子邮件地址"),
        "phone" => ("phone number", "电话号码"),
        "address" => ("address", "地址"),
        "url" => ("web address", "网址"),
        "complaints" => ("complaints", "受理投诉"),
        "major" => ("kinds of major change", "重大变更类型"),
        "notice-period" => ("notice period", "通知期"),
        "consent-for-reduction" => ("consent before reducing your rights", "削减权利前征得同意"),
        "archive" => ("archive of old versions", "旧版本存档"),
        "notify-on" => ("which changes are announced", "变更通知范围"),
        "respond-within-for" => ("response time for some rights", "部分权利的答复期限"),
        "source" => ("source", "来源"),
        "risk" => ("risk", "风险"),
        "regions" => ("regions", "地区"),
        "name" => ("name", "名称"),
        "law" => ("law", "法律"),
        "affiliates" => ("who is covered with it", "共同适用的主体"),
        "kind" => ("kind", "类型"),
        "jurisdictions" => ("jurisdictions", "适用法域"),
        "exceptions" => ("cases in which consent is not sought", "无需征得同意的情形"),
        "dpv" => ("DPV concept", "DPV概念"),
        "custom" => ("declared by the policy", "由本政策声明"),
        "label" => ("label", "标签"),
        "text" => ("text", "文本"),
        "marker" => ("list marker", "列表标记"),
        other => return other.to_string(),
    };
    pick(lang, words).to_string()
}

/// A value of an enumeration of the model (activities, sources, roles ...) in a sentence.
pub(crate) fn value_label(value: &str, lang: &str) -> String {
    let words = match value {
        "entrusted" => ("entrusted processing", "委托处理"),
        "sharing" => ("sharing", "共享"),
        "transfer" => ("transfer", "转让"),
        "disclosure" => ("public disclosure", "公开披露"),
        "user" => ("given by the user", "由用户提供"),
        "automatic" => ("collected automatically", "自动收集"),
        "third-party" => ("obtained from third parties", "从第三方获取"),
        "necessary" => ("necessary", "必要"),
        "optional" => ("optional", "可选"),
        "controller" => ("controller", "个人信息处理者"),
        "processor" => ("processor on behalf of customers", "受托处理者"),
        "low" => ("low", "低"),
        "medium" => ("medium", "中"),
        "high" => ("high", "高"),
        "honored" => ("honoured", "响应"),
        "ignored" => ("ignored", "不响应"),
        "every" => ("every change", "所有变更"),
        "material" => ("material changes only", "仅限重大变更"),
        "gdpr" => ("the GDPR (Art. 27)", "《通用数据保护条例》第27条"),
        "uk-gdpr" => ("the UK GDPR (Art. 27)", "英国《通用数据保护条例》第27条"),
        "pipl" => ("the PIPL (Art. 53)", "《个人信息保护法》第五十三条"),
        "pipa" => ("Korea's PIPA", "韩国《个人信息保护法》"),
        "true" => ("yes", "是"),
        "false" => ("no", "否"),
        other => {
            return match MAJOR_RULES.iter().find(|r| r.id() == other) {
                Some(rule) => rule.id().to_string(),
                None => other.to_string(),
            }
        }
    };
    pick(lang, words).to_string()
}

const MAJOR_RULES: [Rule; 6] = [
    ServiceModel,
    Ownership,
    Recipients,
    Rights,
    Rule::Contact,
    RiskAssessment,
];

/// Notes attached to a change, in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Note {
    /// Prose near facts under a rule changed: someone should check no fact changed.
    Review { subjects: Vec<Rule> },
    /// Only a translation changed.
    TranslationOnly {
        langs: Vec<String>,
        authoritative: String,
    },
    /// The authoritative text changed and a translation did not.
    TranslationUnchanged { langs: Vec<String> },
    /// A fact removed while one of the same kind was added under another id.
    PossibleRename { id: String },
    /// Two different policies are compared.
    OtherPolicy { old: String, new: String },
}

impl Note {
    pub(crate) fn text(&self, lang: &str) -> String {
        let join = |items: &[String]| crate::model::wording::join(items, lang);
        match self {
            Note::Review { subjects } => {
                let subjects: Vec<String> =
                    subjects.iter().map(|r| r.subject(lang).to_string()).collect();
                fill(
                    pick(lang, (
                        "A reviewer should confirm that no fact changed: this part of the policy states {subjects}.",
                        "请审核人确认事实未变：本部分涉及{subjects}。",
                    )),
                    &[("subjects", join(&subjects))],
                )
            }
            Note::TranslationOnly {
                langs,
                authoritative,
            } => fill(
                pick(lang, (
                    "Only the {langs} text changed; the authoritative {auth} text is the same and {langs} is not binding.",
                    "仅{langs}文本变更；权威语言{auth}文本未变，且{langs}文本不具有约束力。",
                )),
                &[
                    ("langs", join(&language_names(langs, lang))),
                    ("auth", language_name(authoritative, lang)),
                ],
            ),
            Note::TranslationUnchanged { langs } => fill(
                pick(lang, (
                    "The {langs} text did not change with the authoritative text: check the translation.",
                    "{langs}文本未随权威文本更新：请检查译文。",
                )),
                &[("langs", join(&language_names(langs, lang)))],
            ),
            Note::PossibleRename { id } => fill(
                pick(lang, (
                    "A fact of the same kind was added as `{id}`: if it is the same one renamed, keep its old id so that the diff can match it.",
                    "新增了同类事实`{id}`：如果只是改名，请保留原标识，以便比较时能够对应。",
                )),
                &[("id", id.clone())],
            ),
            Note::OtherPolicy { old, new } => fill(
                pick(lang, (
                    "The two files are different policies (`{old}` and `{new}`).",
                    "两个文件是不同的政策（`{old}`和`{new}`）。",
                )),
                &[("old", old.clone()), ("new", new.clone())],
            ),
        }
    }
}

/// The name of a language in a sentence: "Chinese (zh-CN)", "英文（en）".
pub(crate) fn language_name(tag: &str, lang: &str) -> String {
    let name = match tag.split('-').next().unwrap_or(tag) {
        "en" => Some(("English", "英文")),
        "zh" => Some(("Chinese", "中文")),
        "fr" => Some(("French", "法文")),
        "de" => Some(("German", "德文")),
        "es" => Some(("Spanish", "西班牙文")),
        "ja" => Some(("Japanese", "日文")),
        "ko" => Some(("Korean", "韩文")),
        "pt" => Some(("Portuguese", "葡萄牙文")),
        _ => None,
    };
    match name {
        Some(words) => match script(lang) {
            Script::Chinese => format!("{}（{tag}）", pick(lang, words)),
            Script::Latin => format!("{} ({tag})", pick(lang, words)),
        },
        None => tag.to_string(),
    }
}

fn language_names(tags: &[String], lang: &str) -> Vec<String> {
    tags.iter().map(|t| language_name(t, lang)).collect()
}
