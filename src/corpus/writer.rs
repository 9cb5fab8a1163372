//! Writing a generated policy's source, line by line, in the canonical layout.

use super::*;

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
