//! Corpus: generated policies and histories for benchmarks (`policyc corpus`, hidden).
//!
//! Deterministic from a seed. The prose is drawn from the reference policies in `policies/`
//! (paragraphs, case texts and section titles in English and Chinese, without their fact
//! references); the structure is built from the language's facts (controller, service,
//! contacts, collections, purposes, recipients with conditions, transfers, storage, security,
//! incidents, retention, rights with cases, requests, minors, cookies, changes) with
//! references between them (`{@privacy.email}`, `{#rights}`), nested sections and lists, in
//! the shape and size of the reference policies: about 30 KB of source each. Every generated
//! policy checks without errors or warnings, with its translations confirmed.
//!
//! A history is a sequence of versions of one policy, each a realistic edit of the one before:
//! reworded prose, an added recipient, a right's response time or its cases changed.

use std::sync::OnceLock;

use crate::syntax::{self, Arg, Form, Inline, Stmt};

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

/// A generated policy, as data that edits can change before it is written as source.
#[derive(Clone, Debug)]
pub struct Spec {
    pub id: String,
    /// The update date of this version, as days after 2020-01-01.
    pub day: u32,
    company: String,
    numbering: &'static str,
    preamble: Vec<Pair>,
    sections: Vec<Section>,
    /// Counter for fresh identifiers of facts added by edits.
    next_id: usize,
}

#[derive(Clone, Debug)]
struct Section {
    id: String,
    title: Pair,
    blocks: Vec<Block>,
}

#[derive(Clone, Debug)]
enum Block {
    Para(Pair),
    /// A paragraph that refers to facts of the policy (written in both languages here).
    Refs(Pair),
    Sub(Section),
    Collect {
        id: String,
        name: Pair,
        items: Vec<&'static str>,
        source: &'static str,
        necessary: bool,
        purposes: Vec<&'static str>,
        text: Pair,
    },
    Purpose {
        id: String,
        kind: &'static str,
        basis: &'static str,
    },
    Recipients {
        marker: &'static str,
        recipients: Vec<Recipient>,
    },
    Transfer {
        id: String,
        to: Vec<&'static str>,
        cases: Vec<(String, Pair)>,
        text: Pair,
    },
    Storage {
        id: String,
        location: Vec<&'static str>,
    },
    Security {
        id: String,
        measures: Vec<&'static str>,
        text: Pair,
    },
    Incident {
        id: String,
        notify: Vec<&'static str>,
        text: Pair,
    },
    Retention {
        id: String,
        cases: Vec<(String, Pair)>,
        text: Pair,
    },
    Right(Right),
    Requests {
        id: String,
        within: &'static str,
    },
    Minors {
        id: String,
        age: u32,
        text: Pair,
    },
    Cookies {
        id: String,
        purposes: Vec<&'static str>,
        text: Pair,
    },
    Changes {
        id: String,
        notify: Vec<&'static str>,
    },
}

#[derive(Clone, Debug)]
struct Recipient {
    id: String,
    kind: &'static str,
    activity: &'static str,
    cases: Vec<(String, Pair)>,
    text: Pair,
}

#[derive(Clone, Debug)]
struct Right {
    id: String,
    kind: &'static str,
    within: &'static str,
    cases: Vec<(String, Pair)>,
    text: Pair,
}

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

impl Spec {
    /// Policy `index` of the corpus of `seed`.
    pub fn new(seed: u64, index: usize) -> Spec {
        let mut rng = Rng::new(seed.wrapping_add(index as u64).wrapping_mul(0x2545_F491));
        let pool = pool();
        let company = format!("{} {}", rng.pick(NAMES), index);
        let mut spec = Spec {
            id: format!("policy-{index:05}"),
            day: rng.below(365) as u32,
            company,
            numbering: rng.pick(NUMBERINGS),
            preamble: (0..2).map(|_| rng.pick(&pool.paragraphs)).collect(),
            sections: Vec::new(),
            next_id: 0,
        };
        spec.sections = vec![
            spec.collection(&mut rng),
            spec.uses(&mut rng),
            spec.sharing(&mut rng),
            spec.transfers(&mut rng),
            spec.protection(&mut rng),
            spec.rights(&mut rng),
            spec.minors(&mut rng),
            spec.changes(&mut rng),
            spec.contact(),
        ];
        // Grow to the target size with more prose where a reader expects it.
        let mut i = 0;
        while spec.source_unconfirmed().len() < TARGET_SIZE {
            let n = spec.sections.len();
            let s = &mut spec.sections[i % (n - 1)];
            s.blocks.push(Block::Para(rng.pick(&pool.paragraphs)));
            i += 1;
        }
        spec
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}-{}", self.next_id)
    }

    fn paras(&self, rng: &mut Rng, n: usize) -> Vec<Block> {
        (0..n)
            .map(|_| Block::Para(rng.pick(&pool().paragraphs)))
            .collect()
    }

    fn cases(&mut self, rng: &mut Rng, n: usize) -> Vec<(String, Pair)> {
        (0..n)
            .map(|_| (self.fresh("case"), rng.pick(&pool().cases)))
            .collect()
    }

    fn title(rng: &mut Rng) -> Pair {
        rng.pick(&pool().titles)
    }

    fn text(rng: &mut Rng) -> Pair {
        rng.pick(&pool().paragraphs)
    }

    fn collection(&mut self, rng: &mut Rng) -> Section {
        let mut subs = Vec::new();
        for _ in 0..3 {
            let mut blocks = self.paras(rng, 1);
            for _ in 0..2 {
                let k = 2 + rng.below(3);
                blocks.push(Block::Collect {
                    id: self.fresh("collect"),
                    name: Self::title(rng),
                    items: rng.some(DATA, k),
                    source: rng.pick(&["user", "automatic", "third-party"]),
                    necessary: rng.below(2) == 0,
                    purposes: {
                        let k = 1 + rng.below(3);
                        rng.some(PURPOSES, k)
                    },
                    text: Self::text(rng),
                });
            }
            subs.push(Block::Sub(Section {
                id: self.fresh("collection"),
                title: Self::title(rng),
                blocks,
            }));
        }
        Section {
            id: "collection".into(),
            title: pair("Which information we collect", "我们收集的信息"),
            blocks: subs,
        }
    }

    fn uses(&mut self, rng: &mut Rng) -> Section {
        let mut blocks = self.paras(rng, 1);
        for kind in rng.some(PURPOSES, 4) {
            blocks.push(Block::Purpose {
                id: self.fresh("purpose"),
                kind,
                basis: rng.pick(BASES),
            });
        }
        blocks.extend(self.paras(rng, 2));
        Section {
            id: "use".into(),
            title: pair("How we use your information", "我们如何使用您的信息"),
            blocks,
        }
    }

    fn recipient(&mut self, rng: &mut Rng, kind: &'static str) -> Recipient {
        let n = rng.below(3);
        Recipient {
            id: self.fresh("recipient"),
            kind,
            activity: rng.pick(ACTIVITIES),
            cases: self.cases(rng, n),
            text: Self::text(rng),
        }
    }

    fn sharing(&mut self, rng: &mut Rng) -> Section {
        let mut blocks = self.paras(rng, 1);
        let recipients = rng
            .some(RECIPIENTS, 4)
            .into_iter()
            .map(|k| self.recipient(rng, k))
            .collect();
        blocks.push(Block::Recipients {
            marker: rng.pick(&["a.", "(1)", "•"]),
            recipients,
        });
        blocks.extend(self.paras(rng, 1));
        Section {
            id: "sharing".into(),
            title: pair(
                "How we share, transfer and disclose your information",
                "我们如何共享、转让和公开披露您的信息",
            ),
            blocks,
        }
    }

    fn transfers(&mut self, rng: &mut Rng) -> Section {
        let mut blocks = vec![Block::Storage {
            id: self.fresh("storage"),
            location: rng.some(REGIONS, 1),
        }];
        blocks.push(Block::Transfer {
            id: self.fresh("transfer"),
            to: rng.some(REGIONS, 2),
            cases: self.cases(rng, 2),
            text: Self::text(rng),
        });
        blocks.extend(self.paras(rng, 1));
        Section {
            id: "storage".into(),
            title: pair("Where we store your information", "我们在何处存储您的信息"),
            blocks,
        }
    }

    fn protection(&mut self, rng: &mut Rng) -> Section {
        let mut blocks = vec![Block::Security {
            id: self.fresh("security"),
            measures: rng.some(MEASURES, 4),
            text: Self::text(rng),
        }];
        blocks.push(Block::Incident {
            id: self.fresh("incident"),
            notify: rng.some(NOTIFY, 3),
            text: Self::text(rng),
        });
        blocks.push(Block::Retention {
            id: self.fresh("retention"),
            cases: self.cases(rng, 3),
            text: Self::text(rng),
        });
        blocks.push(Block::Cookies {
            id: self.fresh("cookies"),
            purposes: rng.some(PURPOSES, 2),
            text: Self::text(rng),
        });
        Section {
            id: "protection".into(),
            title: pair("How we protect your information", "我们如何保护您的信息"),
            blocks,
        }
    }

    fn rights(&mut self, rng: &mut Rng) -> Section {
        let mut blocks = self.paras(rng, 1);
        blocks.push(Block::Requests {
            id: "requests".into(),
            within: rng.pick(DURATIONS),
        });
        for kind in rng.some(RIGHTS, 5) {
            let n = rng.below(4);
            let right = Right {
                id: kind.to_string(),
                kind,
                within: rng.pick(DURATIONS),
                cases: self.cases(rng, n),
                text: Self::text(rng),
            };
            blocks.push(Block::Sub(Section {
                id: self.fresh("right"),
                title: Self::title(rng),
                blocks: vec![Block::Right(right)],
            }));
        }
        blocks.push(Block::Refs(pair(
            "You may exercise these rights through {@privacy.email}; we answer within {@requests.respond-within}.",
            "您可以通过{@privacy.email}行使上述权利；我们将在{@requests.respond-within}内答复。",
        )));
        Section {
            id: "rights".into(),
            title: pair("Your rights", "您的权利"),
            blocks,
        }
    }

    fn minors(&mut self, rng: &mut Rng) -> Section {
        Section {
            id: "minors".into(),
            title: pair("Children", "未成年人"),
            blocks: vec![Block::Minors {
                id: "minors".into(),
                age: rng.pick(&[14, 16, 18]),
                text: Self::text(rng),
            }],
        }
    }

    fn changes(&mut self, rng: &mut Rng) -> Section {
        let mut blocks = vec![Block::Changes {
            id: "changes".into(),
            notify: rng.some(NOTIFY, 2),
        }];
        blocks.extend(self.paras(rng, 1));
        Section {
            id: "changes".into(),
            title: pair("How this policy changes", "本政策如何更新"),
            blocks,
        }
    }

    fn contact(&self) -> Section {
        Section {
            id: "contact".into(),
            title: pair("How to contact us", "如何联系我们"),
            blocks: vec![Block::Refs(pair(
                "Write to {@privacy.department} at {@privacy.email}; see also {#rights}.",
                "请通过{@privacy.email}联系{@privacy.department}；另请参阅{#rights}。",
            ))],
        }
    }

    /// One realistic edit: reworded prose (most often), a recipient added or dropped, or a
    /// right's response time or cases changed; the update date moves on. Additions and
    /// removals balance, so a policy keeps its size over any number of versions.
    pub fn edit(&mut self, rng: &mut Rng) {
        self.day += 1 + rng.below(20) as u32;
        match rng.below(10) {
            0..=5 => {
                let paras = self.all_blocks(|b| matches!(b, Block::Para(_)));
                let target = paras[rng.below(paras.len())].clone();
                let new = Self::text(rng);
                self.with_block(target, |b| *b = Block::Para(new));
            }
            6 | 7 => {
                let kind = rng.pick(RECIPIENTS);
                let recipient = self.recipient(rng, kind);
                let drop = rng.next_u64() as usize;
                let lists = self.all_blocks(|b| matches!(b, Block::Recipients { .. }));
                self.with_block(lists[0].clone(), |b| {
                    if let Block::Recipients { recipients, .. } = b {
                        if recipients.len() < 6 {
                            recipients.push(recipient);
                        } else {
                            recipients.remove(drop % recipients.len());
                        }
                    }
                });
            }
            _ => {
                let rights = self.all_blocks(|b| matches!(b, Block::Right(_)));
                let target = rights[rng.below(rights.len())].clone();
                let within = rng.pick(DURATIONS);
                let case = (self.fresh("case"), rng.pick(&pool().cases));
                self.with_block(target, |b| {
                    if let Block::Right(r) = b {
                        if r.within != within {
                            r.within = within;
                        } else if r.cases.len() < 3 {
                            r.cases.push(case);
                        } else {
                            r.cases.remove(0);
                        }
                    }
                });
            }
        }
    }

    /// Paths (indices from the top) of the blocks `pred` accepts, in document order.
    fn all_blocks(&self, pred: impl Fn(&Block) -> bool + Copy) -> Vec<BlockPath> {
        fn walk(
            blocks: &[Block],
            path: &mut Vec<usize>,
            pred: impl Fn(&Block) -> bool + Copy,
            out: &mut Vec<BlockPath>,
        ) {
            for (i, b) in blocks.iter().enumerate() {
                path.push(i);
                if pred(b) {
                    out.push(BlockPath(path.clone()));
                }
                if let Block::Sub(s) = b {
                    walk(&s.blocks, path, pred, out);
                }
                path.pop();
            }
        }
        let mut out = Vec::new();
        for (i, s) in self.sections.iter().enumerate() {
            walk(&s.blocks, &mut vec![i], pred, &mut out);
        }
        out
    }

    fn with_block(&mut self, path: BlockPath, f: impl FnOnce(&mut Block)) {
        let (first, rest) = path.0.split_first().expect("a path has a section");
        let mut blocks = &mut self.sections[*first].blocks;
        let (last, inner) = rest.split_last().expect("a path has a block");
        for i in inner {
            let Block::Sub(s) = &mut blocks[*i] else {
                unreachable!("paths go through subsections")
            };
            blocks = &mut s.blocks;
        }
        f(&mut blocks[*last]);
    }

    /// The source with every translation confirmed.
    pub fn source(&self) -> String {
        let text = self.source_unconfirmed();
        let (ast, _) = syntax::parse(&text).expect("generated policies parse");
        crate::check::translations::confirm(&text, &ast, "en", |_| true).0
    }

    fn source_unconfirmed(&self) -> String {
        let mut w = Writer::default();
        let date = date(self.day);
        let domain = format!("{}.example", self.company.to_lowercase().replace(' ', "-"));
        w.line(0, &format!("policy {} {{", self.id));
        w.line(
            1,
            &format!(
                "title en \"{} Privacy Policy\" zh-CN \"{}隐私政策\"",
                self.company, self.company
            ),
        );
        w.line(1, "languages en, zh-CN");
        w.line(1, &format!("updated {date}"));
        w.line(1, self.numbering);
        w.blank();
        w.open(1, "controller operator");
        w.line(2, &format!("name \"{} Ltd.\"", self.company));
        w.line(2, "role controller");
        w.text(
            2,
            "address",
            &pair(
                "1 Harbour Road, Pudong New Area, Shanghai",
                "上海市浦东新区海港路1号",
            ),
        );
        w.text(
            2,
            "text",
            &pair(
                "{@operator.name} (“we”) is responsible for your personal information under this policy.",
                "{@operator.name}（“我们”）依据本政策对您的个人信息负责。",
            ),
        );
        w.close(1);
        w.open(1, "service site");
        w.text(2, "name", &pair("our website", "我们的网站"));
        w.line(2, &format!("url \"https://www.{domain}/\""));
        w.close(1);
        w.open(1, "contact privacy");
        w.text(2, "department", &pair("Privacy Office", "隐私办公室"));
        w.line(2, &format!("email \"privacy@{domain}\""));
        w.line(2, "respond-within 15 working-days");
        w.line(2, "complaints");
        w.close(1);
        w.blank();
        for p in &self.preamble {
            w.text(1, "p", p);
        }
        for s in &self.sections {
            w.blank();
            w.section(1, s);
        }
        w.line(0, "}");
        w.out
    }
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

#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        self.out.push('\n');
    }

    fn open(&mut self, depth: usize, head: &str) {
        self.line(depth, &format!("{head} {{"));
    }

    fn close(&mut self, depth: usize) {
        self.line(depth, "}");
    }

    fn text(&mut self, depth: usize, keyword: &str, p: &Pair) {
        self.line(depth, &format!("{keyword} en \"{}\"", p.en));
        self.line(depth + 2, &format!("zh-CN \"{}\"", p.zh));
    }

    fn list(&mut self, depth: usize, keyword: &str, values: &[&str]) {
        self.line(depth, &format!("{keyword} {}", values.join(", ")));
    }

    fn cases(&mut self, depth: usize, keyword: &str, marker: &str, cases: &[(String, Pair)]) {
        if cases.is_empty() {
            return;
        }
        self.open(depth, &format!("{keyword} \"{marker}\""));
        for (id, p) in cases {
            self.text(depth + 1, &format!("case {id}"), p);
        }
        self.close(depth);
    }

    fn section(&mut self, depth: usize, s: &Section) {
        self.line(depth, &format!("section {} en \"{}\"", s.id, s.title.en));
        self.line(depth + 2, &format!("zh-CN \"{}\" {{", s.title.zh));
        for b in &s.blocks {
            self.block(depth + 1, b);
        }
        self.close(depth);
    }

    fn block(&mut self, d: usize, b: &Block) {
        match b {
            Block::Para(p) | Block::Refs(p) => self.text(d, "p", p),
            Block::Sub(s) => self.section(d, s),
            Block::Collect {
                id,
                name,
                items,
                source,
                necessary,
                purposes,
                text,
            } => {
                self.open(d, &format!("collect {id}"));
                self.text(d + 1, "name", name);
                self.list(d + 1, "items", items);
                self.line(d + 1, &format!("source {source}"));
                self.line(
                    d + 1,
                    if *necessary {
                        "necessity necessary"
                    } else {
                        "necessity optional"
                    },
                );
                self.list(d + 1, "purposes", purposes);
                self.text(d + 1, "text", text);
                self.close(d);
            }
            Block::Purpose { id, kind, basis } => {
                self.open(d, &format!("purpose {id}"));
                self.line(d + 1, &format!("kind {kind}"));
                self.line(d + 1, &format!("basis {basis}"));
                self.close(d);
            }
            Block::Recipients { marker, recipients } => {
                self.open(d, &format!("list \"{marker}\""));
                for r in recipients {
                    self.open(d + 1, &format!("recipient {}", r.id));
                    self.line(d + 2, &format!("kind {}", r.kind));
                    self.line(d + 2, &format!("activities {}", r.activity));
                    self.text(d + 2, "text", &r.text);
                    if r.cases.is_empty() {
                        self.line(d + 2, "unconditional");
                    }
                    self.cases(d + 2, "when", "a)", &r.cases);
                    self.close(d + 1);
                }
                self.close(d);
            }
            Block::Transfer {
                id,
                to,
                cases,
                text,
            } => {
                self.open(d, &format!("transfer {id}"));
                self.list(d + 1, "to", to);
                self.line(d + 1, "basis consent");
                self.text(d + 1, "text", text);
                self.cases(d + 1, "safeguards", "•", cases);
                self.close(d);
            }
            Block::Storage { id, location } => {
                self.open(d, &format!("storage {id}"));
                self.list(d + 1, "location", location);
                self.close(d);
            }
            Block::Security { id, measures, text } => {
                self.open(d, &format!("security {id}"));
                self.list(d + 1, "measures", measures);
                self.text(d + 1, "text", text);
                self.close(d);
            }
            Block::Incident { id, notify, text } => {
                self.open(d, &format!("incident {id}"));
                self.list(d + 1, "notify", notify);
                self.line(d + 1, "report-to-regulators");
                self.text(d + 1, "text", text);
                self.close(d);
            }
            Block::Retention { id, cases, text } => {
                self.open(d, &format!("retention {id}"));
                self.line(d + 1, "period as-long-as-necessary");
                self.text(d + 1, "text", text);
                self.cases(d + 1, "criteria", "(1)", cases);
                self.close(d);
            }
            Block::Right(r) => {
                self.open(d, &format!("right {}", r.id));
                self.line(d + 1, &format!("kind {}", r.kind));
                self.line(
                    d + 1,
                    &format!("channels {}, @privacy", CHANNELS[r.id.len() % 5]),
                );
                self.line(d + 1, &format!("respond-within {}", r.within));
                self.text(d + 1, "text", &r.text);
                self.cases(d + 1, "when", "a.", &r.cases);
                self.close(d);
            }
            Block::Requests { id, within } => {
                self.open(d, &format!("requests {id}"));
                self.line(d + 1, &format!("respond-within {within}"));
                self.line(d + 1, "verify-identity");
                self.close(d);
            }
            Block::Minors { id, age, text } => {
                self.open(d, &format!("minors {id}"));
                self.line(d + 1, &format!("age {age}"));
                self.line(d + 1, "parental-consent");
                self.text(d + 1, "text", text);
                self.close(d);
            }
            Block::Cookies { id, purposes, text } => {
                self.open(d, &format!("cookies {id}"));
                self.list(d + 1, "purposes", purposes);
                self.line(d + 1, "refuse browser-settings");
                self.text(d + 1, "text", text);
                self.close(d);
            }
            Block::Changes { id, notify } => {
                self.open(d, &format!("changes {id}"));
                self.list(d + 1, "notify", notify);
                self.line(d + 1, "major recipients, rights, contact");
                self.line(d + 1, "consent-for-reduction");
                self.line(d + 1, "archive");
                self.close(d);
            }
        }
    }
}

/// Publishes `versions` successive versions of policy `index` into `archive`, one commit and
/// tag per version, through the same planning and recording as `policyc publish` (rights
/// reductions acknowledged, each version published on its update date). After each version,
/// `after(n, source)` is called with the number of versions archived so far and the source
/// just published.
pub fn publish_history(
    archive: &crate::archive::Archive,
    seed: u64,
    index: usize,
    versions: usize,
    mut after: impl FnMut(usize, &str) -> Result<(), String>,
) -> Result<(), String> {
    let renderer = crate::render::Renderer::new(&Default::default()).map_err(|e| e.to_string())?;
    let author =
        git2::Signature::now("policyc corpus", "corpus@localhost").map_err(|e| e.to_string())?;
    for (n, source) in history(seed, index, versions).enumerate() {
        let checked = crate::check::check_source(&source, None);
        let policy = checked
            .policy
            .ok_or_else(|| format!("version {} of the generated policy does not check", n + 1))?;
        let opts = crate::publish::Options {
            allow_stale: false,
            acknowledge_consent: true,
            today: policy.dates.updated.clone(),
            notice_period_days: None,
        };
        let candidate = crate::publish::Candidate {
            path: format!("{}.policy", policy.id).into(),
            source: source.clone(),
            policy,
            stale: 0,
        };
        let decisions = crate::publish::plan(archive, &renderer, &[candidate], &opts)
            .map_err(|e| e.to_string())?;
        let planned: Vec<&crate::publish::Planned> = decisions
            .iter()
            .map(|d| match &d.outcome {
                crate::publish::Outcome::Publish(p) => Ok(p.as_ref()),
                crate::publish::Outcome::Refused(why) => Err(why.clone()),
                crate::publish::Outcome::Unchanged { .. } => {
                    Err(format!("version {} changed nothing", n + 1))
                }
            })
            .collect::<Result<_, _>>()?;
        crate::publish::record(archive, &planned, None, &author).map_err(|e| e.to_string())?;
        after(n + 1, &source)?;
    }
    Ok(())
}
