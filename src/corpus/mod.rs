//! Not a stage of the pipeline: the benchmark corpus, generated policies and histories for
//! `benches/` and the hidden `policyc corpus` command.
//!
//! Deterministic from a seed. The prose is drawn from the reference policies in `policies/`
//! (paragraphs, case texts and section titles in English and Chinese, without their fact
//! references); the structure is built from the language's facts (controller, service,
//! contacts, collections, purposes, recipients with conditions, transfers, storage, security,
//! incidents, retention, rights with cases, requests, minors, cookies, changes) with
//! references between them (`{@privacy.email}`, `{#rights}`), nested sections and lists, in
//! the shape and size of the reference policies: about 30 KB of source each. Every generated
//! policy checks without errors or warnings, with its translations confirmed and what its
//! borrowed prose names in passing listed in `in-passing`.
//!
//! A history is a sequence of versions of one policy, each a realistic edit of the one before:
//! reworded prose, an added recipient, a right's response time or its cases changed.

mod history;
mod spec;
mod writer;

use std::sync::OnceLock;

use crate::syntax::{self, Arg, Form, Inline, Stmt};

pub use history::publish_history;
pub use spec::Spec;
use spec::{Block, Section};
use writer::Writer;

/// The reference policies the prose is drawn from.
const REFERENCES: [&str; 3] = [
    include_str!("../../policies/hitgen.policy"),
    include_str!("../../policies/enterprise-china.policy"),
    include_str!("../../policies/cienet.policy"),
];

/// The size a generated policy grows to, in bytes of source.
pub const TARGET_SIZE: usize = 30_000;

/// A text in both languages, as raw string literals (between the quotes, escapes kept).
#[derive(Clone, Debug)]
struct Pair {
    en: String,
    zh: String,
}

/// The prose of the reference policies, by use.
struct Pool {
    paragraphs: Vec<Pair>,
    cases: Vec<Pair>,
    titles: Vec<Pair>,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let mut pool = Pool {
            paragraphs: Vec::new(),
            cases: Vec::new(),
            titles: Vec::new(),
        };
        for source in REFERENCES {
            let (ast, _) = syntax::parse(source).expect("the reference policies parse");
            gather(&ast.policy, &mut pool);
        }
        pool
    })
}

fn gather(stmt: &Stmt, pool: &mut Pool) {
    if let Some(pair) = reference_pair(stmt) {
        match (stmt.form, stmt.keyword.text.as_str()) {
            (Form::Para, _) | (Form::Field, "text") => pool.paragraphs.push(pair),
            (Form::Case, _) => pool.cases.push(pair),
            (Form::Section, _) if pair.en.len() < 80 => pool.titles.push(pair),
            _ => {}
        }
    }
    for child in stmt.stmts() {
        gather(child, pool);
    }
}

/// The English and Chinese strings of a statement's text, when it has both and neither
/// refers to a fact or section (those exist only in the policy the text came from).
fn reference_pair(stmt: &Stmt) -> Option<Pair> {
    let text = stmt.args.iter().find_map(|a| match a {
        Arg::Text(t) => Some(t),
        _ => None,
    })?;
    let get = |lang: &str| {
        text.parts
            .iter()
            .find(|p| p.lang.as_ref().is_some_and(|l| l.text == lang))
            .map(|p| &p.string)
    };
    let (en, zh) = (get("en")?, get("zh-CN")?);
    if has_reference(&en.content) || has_reference(&zh.content) {
        return None;
    }
    Some(Pair {
        en: en.raw.clone(),
        zh: zh.raw.clone(),
    })
}

fn has_reference(inlines: &[Inline]) -> bool {
    inlines.iter().any(|i| match i {
        Inline::FactRef { .. } | Inline::SectionRef { .. } => true,
        Inline::Strong(inner) | Inline::Emph(inner) => has_reference(inner),
        Inline::Link { label, .. } => has_reference(label),
        Inline::Text(_) => false,
    })
}

/// SplitMix64: a tiny generator whose sequence is fixed forever, so a seed names the same
/// corpus on every machine and in every version of policyc (no dependency whose algorithm
/// may change between releases).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }

    /// `k` distinct items, in their original order.
    fn some<'a>(&mut self, items: &[&'a str], k: usize) -> Vec<&'a str> {
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < k.min(items.len()) {
            let i = self.below(items.len());
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        chosen.into_iter().map(|i| items[i]).collect()
    }
}

const DATA: &[&str] = &[
    "name",
    "nickname",
    "username",
    "password",
    "phone",
    "email",
    "postal-address",
    "company-name",
    "identity-information",
    "usage-information",
    "device-information",
    "network-information",
    "ip-address",
    "browsing-behaviour",
    "cookie-data",
    "preferences",
    "login-status",
    "feedback",
    "transaction-records",
    "resume",
    "education",
    "work-experience",
];
const PURPOSES: &[&str] = &[
    "account-management",
    "identity-verification",
    "service-provision",
    "answer-inquiries",
    "customer-support",
    "communication",
    "analytics",
    "product-improvement",
    "personalisation",
    "marketing",
    "security",
    "legal-obligations",
    "recruitment",
    "statistics",
];
const BASES: &[&str] = &[
    "consent",
    "contract",
    "legal-obligation",
    "legitimate-interests",
];
const RECIPIENTS: &[&str] = &[
    "affiliates",
    "service-providers",
    "hosting-providers",
    "analytics-providers",
    "advertising-partners",
    "technology-partners",
    "payment-providers",
    "business-partners",
    "authorities",
    "acquirers",
    "suppliers",
];
const ACTIVITIES: &[&str] = &["entrusted", "sharing", "transfer", "disclosure"];
const RIGHTS: &[&str] = &[
    "access",
    "correction",
    "deletion",
    "withdraw-consent",
    "account-cancellation",
    "copy",
    "portability",
    "restriction",
    "objection",
    "complaint",
    "marketing-opt-out",
];
const MEASURES: &[&str] = &[
    "ssl-tls",
    "encryption",
    "access-control",
    "training",
    "risk-assessment",
    "dlp",
    "waf",
    "firewall",
    "authentication",
    "backup",
    "logging",
    "de-identification",
];
const CHANNELS: &[&str] = &[
    "web-form",
    "letter",
    "phone",
    "online-service",
    "profile-settings",
];
const NOTIFY: &[&str] = &[
    "email",
    "letter",
    "phone",
    "push-notification",
    "announcement",
];
const REGIONS: &[&str] = &["china", "us", "eea", "uk"];
const NUMBERINGS: &[&str] = &[
    "numbering \"(1)\", \"1)\"",
    "numbering \"1.\", \"1.1\", \"1.1.1\"",
    "numbering \"1.\", \"(a)\"",
    "numbering none",
];
const DURATIONS: &[&str] = &[
    "15 working-days",
    "30 days",
    "1 month",
    "1 month extendable-by 2 months",
    "10 working-days",
    "20 days",
];
const NAMES: &[&str] = &[
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Vandelay",
    "Stark",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Wonka",
];

/// The policy `index` of the corpus of `seed`.
pub fn policy(seed: u64, index: usize) -> String {
    Spec::new(seed, index).source()
}

/// The sources of `versions` successive versions of policy `index` (the first is
/// [`policy`]`(seed, index)`), each a realistic edit of the one before, updated a few days later.
pub fn history(seed: u64, index: usize, versions: usize) -> impl Iterator<Item = String> {
    let mut spec = Spec::new(seed, index);
    let mut rng = Rng::new(seed.wrapping_mul(31).wrapping_add(index as u64 + 1));
    (0..versions).map(move |v| {
        if v > 0 {
            spec.edit(&mut rng);
        }
        spec.source()
    })
}

#[derive(Clone, Debug)]
struct BlockPath(Vec<usize>);

fn pair(en: &str, zh: &str) -> Pair {
    Pair {
        en: en.into(),
        zh: zh.into(),
    }
}

/// `2020-01-01` plus `day` days.
fn date(day: u32) -> String {
    let start = jiff::civil::date(2020, 1, 1);
    start
        .checked_add(jiff::Span::new().days(i64::from(day)))
        .expect("dates stay in range")
        .to_string()
}
