//! The plan of one generated policy: its sections and blocks, built from the language's facts
//! with prose drawn from the reference policies, and written out as source.

use super::*;

/// A generated policy, as data that edits can change before it is written as source.
#[derive(Clone, Debug)]
pub struct Spec {
    pub id: String,
    /// The update date of this version, as days after 2020-01-01.
    pub day: u32,
    pub(super) company: String,
    pub(super) numbering: &'static str,
    pub(super) preamble: Vec<Pair>,
    pub(super) sections: Vec<Section>,
    /// Counter for fresh identifiers of facts added by edits.
    pub(super) next_id: usize,
}

#[derive(Clone, Debug)]
pub(super) struct Section {
    pub(super) id: String,
    pub(super) title: Pair,
    pub(super) blocks: Vec<Block>,
}

#[derive(Clone, Debug)]
pub(super) enum Block {
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
pub(super) struct Recipient {
    pub(super) id: String,
    pub(super) kind: &'static str,
    pub(super) activity: &'static str,
    pub(super) cases: Vec<(String, Pair)>,
    pub(super) text: Pair,
}

#[derive(Clone, Debug)]
pub(super) struct Right {
    pub(super) id: String,
    pub(super) kind: &'static str,
    pub(super) within: &'static str,
    pub(super) cases: Vec<(String, Pair)>,
    pub(super) text: Pair,
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

    pub(super) fn fresh(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}-{}", self.next_id)
    }

    pub(super) fn paras(&self, rng: &mut Rng, n: usize) -> Vec<Block> {
        (0..n)
            .map(|_| Block::Para(rng.pick(&pool().paragraphs)))
            .collect()
    }

    pub(super) fn cases(&mut self, rng: &mut Rng, n: usize) -> Vec<(String, Pair)> {
        (0..n)
            .map(|_| (self.fresh("case"), rng.pick(&pool().cases)))
            .collect()
    }

    pub(super) fn title(rng: &mut Rng) -> Pair {
        rng.pick(&pool().titles)
    }

    pub(super) fn text(rng: &mut Rng) -> Pair {
        rng.pick(&pool().paragraphs)
    }

    pub(super) fn collection(&mut self, rng: &mut Rng) -> Section {
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

    pub(super) fn uses(&mut self, rng: &mut Rng) -> Section {
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

    pub(super) fn recipient(&mut self, rng: &mut Rng, kind: &'static str) -> Recipient {
        let n = rng.below(3);
        Recipient {
            id: self.fresh("recipient"),
            kind,
            activity: rng.pick(ACTIVITIES),
            cases: self.cases(rng, n),
            text: Self::text(rng),
        }
    }

    pub(super) fn sharing(&mut self, rng: &mut Rng) -> Section {
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

    pub(super) fn transfers(&mut self, rng: &mut Rng) -> Section {
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

    pub(super) fn protection(&mut self, rng: &mut Rng) -> Section {
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

    pub(super) fn rights(&mut self, rng: &mut Rng) -> Section {
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

    pub(super) fn minors(&mut self, rng: &mut Rng) -> Section {
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

    pub(super) fn changes(&mut self, rng: &mut Rng) -> Section {
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

    pub(super) fn contact(&self) -> Section {
        Section {
            id: "contact".into(),
            title: pair("How to contact us", "如何联系我们"),
            blocks: vec![Block::Refs(pair(
                "Write to {@privacy.department} at {@privacy.email}; see also {#rights}.",
                "请通过{@privacy.email}联系{@privacy.department}；另请参阅{#rights}。",
            ))],
        }
    }

    /// The source with every translation confirmed, and what its prose names in passing
    /// listed.
    pub fn source(&self) -> String {
        let text = self.source_unconfirmed();
        let (ast, _) = syntax::parse(&text).expect("generated policies parse");
        in_passing(crate::check::translations::confirm(&text, &ast, "en", |_| true).0)
    }

    pub(super) fn source_unconfirmed(&self) -> String {
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
                &format!(
                    "{} Floor, 1 Harbour Road, Pudong New Area, Shanghai",
                    ordinal(self.floor())
                ),
                &format!("上海市浦东新区海港路1号{}楼", self.floor()),
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
        w.text(1, "p", &self.first_published(&domain));
        for s in &self.sections {
            w.blank();
            w.section(1, s);
        }
        w.line(0, "}");
        w.out
    }
}

impl Spec {
    /// The floor of the controller's office, the same in every version.
    fn floor(&self) -> u32 {
        2 + self.number() % 30
    }

    /// The number in the policy's id (`policy-00042`).
    fn number(&self) -> u32 {
        self.id
            .rsplit('-')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }

    /// A paragraph with what each language writes in its own notation and must still agree
    /// on (issue 16): a date with a month name, and addresses directly followed by Chinese
    /// text. The same in every version.
    fn first_published(&self, domain: &str) -> Pair {
        let day = jiff::civil::date(2019, 1, 1)
            .checked_add(jiff::Span::new().days(i64::from(self.number() * 7 % 365)))
            .expect("dates stay in range");
        let iso = day.to_string();
        pair(
            &format!(
                "This policy was first published on {}. Questions about it go to dpo@{domain}; the cookies we use are listed at https://www.{domain}/cookies.",
                crate::model::wording::date(&iso, "en")
            ),
            &format!(
                "本政策首次发布于{}。如对本政策有任何疑问，请发送电子邮件至dpo@{domain}联系我们；我们使用的Cookie列于https://www.{domain}/cookies。",
                crate::model::wording::date(&iso, "zh-CN")
            ),
        )
    }
}

/// 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st.
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The prose is drawn from the reference policies, so it names data, rights and contact
/// details the generated facts need not declare: the source lists them in `in-passing` after
/// its header, as an author would, so that it checks without a warning.
fn in_passing(text: String) -> String {
    let checked = crate::check::check_source(&text, None);
    let mut names: Vec<String> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code.name().starts_with("undeclared-"))
        .map(|d| {
            let said = text[d.span.start..d.span.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            format!("\"{}\"", said.replace('\\', "\\\\").replace('"', "\\\""))
        })
        .collect();
    names.sort();
    names.dedup();
    let header_end = text
        .find("\n  numbering")
        .and_then(|at| text[at + 1..].find('\n').map(|end| at + 1 + end + 1));
    match header_end {
        Some(at) if !names.is_empty() => format!(
            "{}  in-passing {}\n{}",
            &text[..at],
            names.join(", "),
            &text[at..]
        ),
        _ => text,
    }
}
