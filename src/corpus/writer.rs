//! Writing a generated policy's source, line by line, in the canonical layout.

use super::*;
use spec::Recipient;

#[derive(Default)]
pub(super) struct Writer {
    pub(super) out: String,
}

impl Writer {
    pub(super) fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    pub(super) fn blank(&mut self) {
        self.out.push('\n');
    }

    pub(super) fn open(&mut self, depth: usize, head: &str) {
        self.line(depth, &format!("{head} {{"));
    }

    pub(super) fn close(&mut self, depth: usize) {
        self.line(depth, "}");
    }

    pub(super) fn text(&mut self, depth: usize, keyword: &str, p: &Pair) {
        self.line(depth, &format!("{keyword} en \"{}\"", p.en));
        self.line(depth + 2, &format!("zh-CN \"{}\"", p.zh));
    }

    pub(super) fn list(&mut self, depth: usize, keyword: &str, values: &[&str]) {
        self.line(depth, &format!("{keyword} {}", values.join(", ")));
    }

    pub(super) fn cases(
        &mut self,
        depth: usize,
        keyword: &str,
        marker: &str,
        cases: &[(String, Pair)],
    ) {
        if cases.is_empty() {
            return;
        }
        self.open(depth, &format!("{keyword} \"{marker}\""));
        for (id, p) in cases {
            self.text(depth + 1, &format!("case {id}"), p);
        }
        self.close(depth);
    }

    pub(super) fn section(&mut self, depth: usize, s: &Section) {
        self.line(depth, &format!("section {} en \"{}\"", s.id, s.title.en));
        self.line(depth + 2, &format!("zh-CN \"{}\" {{", s.title.zh));
        for b in &s.blocks {
            self.block(depth + 1, b);
        }
        self.close(depth);
    }

    /// One block. Over 80 lines because it is the table of what each of the fifteen kinds of
    /// block writes, one short arm each.
    pub(super) fn block(&mut self, d: usize, b: &Block) {
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
            } => self.fact(d, format!("collect {id}"), |w, d| {
                w.text(d, "name", name);
                w.list(d, "items", items);
                w.line(d, &format!("source {source}"));
                w.line(
                    d,
                    if *necessary {
                        "necessity necessary"
                    } else {
                        "necessity optional"
                    },
                );
                w.list(d, "purposes", purposes);
                w.text(d, "text", text);
            }),
            Block::Purpose { id, kind, basis } => self.fact(d, format!("purpose {id}"), |w, d| {
                w.line(d, &format!("kind {kind}"));
                w.line(d, &format!("basis {basis}"));
            }),
            Block::Recipients { marker, recipients } => {
                self.fact(d, format!("list \"{marker}\""), |w, d| {
                    for r in recipients {
                        w.recipient(d, r);
                    }
                });
            }
            Block::Transfer {
                id,
                to,
                cases,
                text,
            } => self.fact(d, format!("transfer {id}"), |w, d| {
                w.list(d, "to", to);
                w.line(d, "basis consent");
                w.text(d, "text", text);
                w.cases(d, "safeguards", "•", cases);
            }),
            Block::Storage { id, location } => self.fact(d, format!("storage {id}"), |w, d| {
                w.list(d, "location", location);
            }),
            Block::Security { id, measures, text } => {
                self.fact(d, format!("security {id}"), |w, d| {
                    w.list(d, "measures", measures);
                    w.text(d, "text", text);
                });
            }
            Block::Incident { id, notify, text } => {
                self.fact(d, format!("incident {id}"), |w, d| {
                    w.list(d, "notify", notify);
                    w.line(d, "report-to-regulators");
                    w.text(d, "text", text);
                });
            }
            Block::Retention { id, cases, text } => {
                self.fact(d, format!("retention {id}"), |w, d| {
                    w.line(d, "period as-long-as-necessary");
                    w.text(d, "text", text);
                    w.cases(d, "criteria", "(1)", cases);
                });
            }
            Block::Right(r) => self.fact(d, format!("right {}", r.id), |w, d| {
                w.line(d, &format!("kind {}", r.kind));
                w.line(
                    d,
                    &format!("channels {}, @privacy", CHANNELS[r.id.len() % 5]),
                );
                w.line(d, &format!("respond-within {}", r.within));
                w.text(d, "text", &r.text);
                w.cases(d, "when", "a.", &r.cases);
            }),
            Block::Requests { id, within } => self.fact(d, format!("requests {id}"), |w, d| {
                w.line(d, &format!("respond-within {within}"));
                w.line(d, "verify-identity");
            }),
            Block::Minors { id, age, text } => self.fact(d, format!("minors {id}"), |w, d| {
                w.line(d, &format!("age {age}"));
                w.line(d, "parental-consent");
                w.text(d, "text", text);
            }),
            Block::Cookies { id, purposes, text } => {
                self.fact(d, format!("cookies {id}"), |w, d| {
                    w.list(d, "purposes", purposes);
                    w.line(d, "refuse browser-settings");
                    w.text(d, "text", text);
                });
            }
            Block::Changes { id, notify } => self.fact(d, format!("changes {id}"), |w, d| {
                w.list(d, "notify", notify);
                w.line(d, "major recipients, rights, contact");
                w.line(d, "consent-for-reduction");
                w.line(d, "archive");
            }),
        }
    }

    /// A statement with a body: `head {`, what `body` writes one level deeper, `}`.
    fn fact(&mut self, d: usize, head: String, body: impl FnOnce(&mut Writer, usize)) {
        self.open(d, &head);
        body(self, d + 1);
        self.close(d);
    }

    fn recipient(&mut self, d: usize, r: &Recipient) {
        self.fact(d, format!("recipient {}", r.id), |w, d| {
            w.line(d, &format!("kind {}", r.kind));
            w.line(d, &format!("activities {}", r.activity));
            w.text(d, "text", &r.text);
            if r.cases.is_empty() {
                w.line(d, "unconditional");
            }
            w.cases(d, "when", "a)", &r.cases);
        });
    }
}
