//! Histories: each version a realistic edit of the one before, and a history published into an
//! archive through the same planning and recording as `policyc publish`.

use super::*;

impl Spec {
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
    pub(super) fn all_blocks(&self, pred: impl Fn(&Block) -> bool + Copy) -> Vec<BlockPath> {
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

    pub(super) fn with_block(&mut self, path: BlockPath, f: impl FnOnce(&mut Block)) {
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
}

/// Publishes `versions` successive versions of policy `index` into `archive`, one commit and
/// tag per version, through the same planning and recording as `policyc publish` (rights
/// reductions acknowledged, each version published on its update date). After each version,
/// `after(n, source)` is called with the number of versions archived so far and the source
/// just published. `author` signs the commits (the command line makes it, with the time).
pub fn publish_history(
    archive: &crate::archive::Archive,
    author: &git2::Signature<'_>,
    seed: u64,
    index: usize,
    versions: usize,
    mut after: impl FnMut(usize, &str) -> Result<(), String>,
) -> Result<(), String> {
    let renderer = crate::render::Renderer::new(&Default::default()).map_err(|e| e.to_string())?;
    for (n, source) in history(seed, index, versions).enumerate() {
        let checked = crate::check::check_source(&source, None);
        let policy = checked
            .policy
            .ok_or_else(|| format!("version {} of the generated policy does not check", n + 1))?;
        let opts = crate::publish::Request {
            allow_stale: false,
            acknowledge_consent: true,
            // A generated history has no reviewer: its prose-based major changes publish as major.
            acknowledge_major: true,
            archive_arg: None,
            today: policy.dates.updated.clone(),
            notice_period_days: None,
            notice: crate::publish::NoticeSettings::default(),
        };
        let candidate = crate::publish::Candidate {
            path: format!("{}.policy", policy.id).into(),
            source: source.clone(),
            policy,
            stale: 0,
            decisions: None,
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
        crate::publish::record(archive, &planned, None, author).map_err(|e| e.to_string())?;
        after(n + 1, &source)?;
    }
    Ok(())
}
