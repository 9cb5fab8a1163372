//! How faithfully a rendered policy reproduces a reference text: the project's own measure,
//! with the reference texts kept beside it (`seeds/`, see `README.md` for their origin).
//!
//! - `recall(reference, rendered)`: every sentence of the reference of six words or more is
//!   looked up among the sentences of the rendered text; it counts as kept when its best match
//!   is at least 0.75 alike, word by word (`similar`'s ratio: twice the words in common over
//!   the words of both). The references carry editing debris (words glued together,
//!   "committedto"), so a sentence that misses is also compared letter by letter, and a long
//!   sentence may be spread over several rendered ones.
//! - `cjk(rendered)`: the share of the text's lines (not counting blank lines and lines of only
//!   numbers, punctuation, an e-mail address or a URL) that hold Chinese characters.
//!
//! The method is the one first used to measure the reference policies (a Python script of the
//! project's founders), kept here so that a clone measures itself: sentence splitting, the
//! candidate search and the thresholds are the same; similarity is `similar`'s diff ratio (a
//! longest common subsequence) where the script used difflib's, which can only score a pair the
//! same or higher.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use regex::Regex;
use similar::{capture_diff_slices, diff_ratio, Algorithm, DiffOp};

/// The similarity from which a reference sentence counts as kept.
const KEPT: f32 = 0.75;

/// A sentence and its lower-case ASCII words.
struct Sentence {
    text: String,
    words: Vec<String>,
}

/// The outcome of `recall`.
pub struct Recall {
    pub kept: usize,
    pub total: usize,
    /// The reference sentences that were not found, with their best similarity, worst first.
    pub missing: Vec<(f32, String)>,
}

impl Recall {
    pub fn ratio(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.kept as f64 / self.total as f64
        }
    }
}

impl std::fmt::Display for Recall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (best, text) in self.missing.iter().take(20) {
            let short: String = text.chars().take(160).collect();
            writeln!(f, "missing ({best:.2}): {short}")?;
        }
        write!(
            f,
            "recall: {}/{} = {:.3}",
            self.kept,
            self.total,
            self.ratio()
        )
    }
}

/// The outcome of `cjk`.
pub struct Cjk {
    pub with_cjk: usize,
    pub lines: usize,
}

impl Cjk {
    pub fn ratio(&self) -> f64 {
        if self.lines == 0 {
            0.0
        } else {
            self.with_cjk as f64 / self.lines as f64
        }
    }
}

impl std::fmt::Display for Cjk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cjk: {}/{} = {:.3}",
            self.with_cjk,
            self.lines,
            self.ratio()
        )
    }
}

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[a-z0-9]+").unwrap());
/// A paragraph break.
static PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\n\s*\n\s*").unwrap());
/// What follows a line break that starts a new item: a list marker or a clause number. Other
/// line breaks are wrapping, so wrapped text reads the same as unwrapped text.
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\n\s*(?:\(?\d+[).]|\d+(?:\.\d+)+|[-•*–]|[a-zA-Z][).]|\([a-z]+\)|[（【])").unwrap()
});
static TRIVIAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s\d\W]*$|^\S+@\S+$|^https?://\S+$").unwrap());
static CJK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\x{3400}-\x{9fff}\x{f900}-\x{faff}]").unwrap());

/// Splits at sentence ends (whitespace after `.;:!?。；！？`), paragraph breaks, and line breaks
/// before a list marker or clause number; keeps the pieces with at least one word.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut push = |raw: &str| {
        let words: Vec<String> = WORD
            .find_iter(&raw.to_lowercase())
            .map(|m| m.as_str().to_string())
            .collect();
        if !words.is_empty() {
            out.push(Sentence {
                text: raw.trim().to_string(),
                words,
            });
        }
    };
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let rest = &text[i..];
        let cut = if c.is_whitespace() && prev.is_some_and(|p| ".;:!?。；！？".contains(p)) {
            Some(rest.len() - rest.trim_start().len())
        } else if let Some(m) = PARAGRAPH.find(rest) {
            Some(m.end())
        } else if ITEM.is_match(rest) {
            Some(1)
        } else {
            None
        };
        match cut {
            Some(len) => {
                push(&text[start..i]);
                start = i + len;
                while iter.peek().is_some_and(|(j, _)| *j < start) {
                    iter.next();
                }
                prev = text[..start].chars().next_back();
            }
            None => prev = Some(c),
        }
    }
    push(&text[start..]);
    out
}

fn ops<T: Eq + std::hash::Hash + Ord>(a: &[T], b: &[T]) -> Vec<DiffOp> {
    capture_diff_slices(Algorithm::Myers, a, b)
}

fn ratio<T: Eq + std::hash::Hash + Ord>(a: &[T], b: &[T]) -> f32 {
    diff_ratio(&ops(a, b), a.len(), b.len())
}

/// The reference's sentences of six words or more found in the rendered text.
pub fn recall(reference: &str, rendered: &str) -> Recall {
    let seed: Vec<Sentence> = sentences(reference)
        .into_iter()
        .filter(|s| s.words.len() >= 6)
        .collect();
    let rendered: Vec<Vec<String>> = sentences(rendered).into_iter().map(|s| s.words).collect();
    let mut index: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (i, words) in rendered.iter().enumerate() {
        for word in words {
            index.entry(word).or_default().insert(i);
        }
    }
    let mut kept = 0;
    let mut missing = Vec::new();
    for sentence in &seed {
        let words = &sentence.words;
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        let unique: BTreeSet<&str> = words.iter().map(String::as_str).collect();
        for word in unique {
            for &i in index.get(word).into_iter().flatten() {
                *votes.entry(i).or_default() += 1;
            }
        }
        // The 40 rendered sentences sharing most words (ties: the earlier sentence first).
        let mut candidates: Vec<usize> = votes.keys().copied().collect();
        candidates.sort_by_key(|i| std::cmp::Reverse(votes[i]));
        candidates.truncate(40);
        let mut best = candidates
            .iter()
            .map(|&i| ratio(words, &rendered[i]))
            .fold(0.0f32, f32::max);
        // The references glue words together ("committedto"): compare letters alone as well.
        if best < KEPT {
            let letters: Vec<char> = words.concat().chars().collect();
            for &i in candidates.iter().take(10) {
                let other: Vec<char> = rendered[i].concat().chars().collect();
                best = best.max(ratio(&letters, &other));
            }
        }
        // A long sentence may be split over several rendered sentences.
        if best < KEPT && !candidates.is_empty() {
            let mut near: Vec<usize> = candidates.iter().take(6).copied().collect();
            near.sort_unstable();
            let joined: Vec<String> = near.iter().flat_map(|&i| rendered[i].clone()).collect();
            let covered: usize = ops(words, &joined)
                .iter()
                .map(|op| match op {
                    DiffOp::Equal { len, .. } => *len,
                    _ => 0,
                })
                .sum();
            best = best.max(covered as f32 / words.len() as f32);
        }
        if best >= KEPT {
            kept += 1;
        } else {
            missing.push((best, sentence.text.clone()));
        }
    }
    missing.sort_by(|a, b| a.0.total_cmp(&b.0));
    Recall {
        kept,
        total: seed.len(),
        missing,
    }
}

/// The share of a rendered text's lines that hold Chinese characters.
pub fn cjk(rendered: &str) -> Cjk {
    let lines: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !TRIVIAL.is_match(l))
        .collect();
    Cjk {
        with_cjk: lines.iter().filter(|l| CJK.is_match(l)).count(),
        lines: lines.len(),
    }
}

#[test]
fn sentences_split_at_ends_paragraphs_and_items_not_at_wrapping() {
    let text = "One two three. Four\nfive six;\n\n(1) seven\n1.2 eight\n- nine\nwrapped ten";
    let got: Vec<String> = sentences(text).into_iter().map(|s| s.text).collect();
    assert_eq!(
        got,
        [
            "One two three.",
            "Four\nfive six;",
            "(1) seven",
            "1.2 eight",
            "- nine\nwrapped ten"
        ]
    );
}

#[test]
fn recall_finds_reworded_glued_and_split_sentences_and_misses_the_rest() {
    let reference = "We collect your name and e-mail address when you register.\n\n\
                     We are committedto protecting the personal information of our users.\n\n\
                     We keep personal information only as long as the law requires us to, then we \
                     delete it or make it anonymous without undue delay.\n\n\
                     Our cafeteria serves lunch every weekday between noon and two.";
    let rendered = "We collect your name and email address when you register. We are committed to \
                    protecting the personal information of our users. We keep personal \
                    information only as long as the law requires us to. Then we delete it or \
                    make it anonymous without undue delay.";
    let r = recall(reference, rendered);
    assert_eq!((r.kept, r.total), (3, 4), "{r}");
    assert!(r.missing[0].1.starts_with("Our cafeteria"), "{r}");
}

#[test]
fn cjk_counts_lines_with_chinese_and_skips_trivial_ones() {
    let text = "隐私政策\n\n1.2\nprivacy@example.com\nhttps://example.com/\nEnglish only\n（一）我们收集的信息";
    let c = cjk(text);
    assert_eq!((c.with_cjk, c.lines), (2, 3));
}
