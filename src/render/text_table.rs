//! Tables in plain text: aligned columns within [`TEXT_WIDTH`] display columns (a CJK
//! character counts two), each cell wrapped within its column with Unicode line breaking, a
//! rule under the head. When the columns cannot fit side by side (many wide columns), each
//! row becomes a record instead: one "Heading: value" line per column.
//!
//! Registered as the `text_table` filter: `{{ b | text_table(indent, colon) }}` on a table of
//! the view ([`super::view::TableView`]); the cells are read as the plain-text template reads
//! inline content (links with their address, values not stated in brackets).

use minijinja::value::{Value, ValueKind};
use unicode_width::UnicodeWidthStr;

use super::filters::TEXT_WIDTH;

/// The space between two columns.
const GAP: &str = "  ";
/// The narrowest a column may be made before the table falls back to records (unless all its
/// words are narrower).
const MIN_COLUMN: usize = 10;

/// The filter: a table of the view, laid out at `indent` spaces.
pub(super) fn text_table(
    table: Value,
    indent: Option<usize>,
    colon: Option<String>,
) -> Result<String, minijinja::Error> {
    let cells = |v: Value| -> Result<Vec<String>, minijinja::Error> {
        v.try_iter()?.map(|c| Ok(plain(&c))).collect()
    };
    let head = cells(table.get_attr("head")?)?;
    let rows = table
        .get_attr("rows")?
        .try_iter()?
        .map(cells)
        .collect::<Result<Vec<_>, _>>()?;
    let indent = indent.unwrap_or(0);
    let width = TEXT_WIDTH.saturating_sub(indent).max(40);
    let colon = colon.unwrap_or_else(|| ": ".to_string());
    let text = layout(&head, &rows, width, &colon);
    let pad = " ".repeat(indent);
    Ok(text
        .lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n"))
}

/// Inline content of the view as the plain-text template prints it.
fn plain(nodes: &Value) -> String {
    let mut out = String::new();
    let Ok(iter) = nodes.try_iter() else {
        return out;
    };
    for n in iter {
        let attr = |name: &str| n.get_attr(name).ok().filter(|v| !v.is_undefined());
        let text = |name: &str| attr(name).map(|v| v.to_string()).unwrap_or_default();
        match attr("type").as_ref().and_then(Value::as_str) {
            Some("text") => out.push_str(&text("text")),
            Some("strong" | "emph") => out.push_str(&plain(&attr("content").unwrap_or_default())),
            Some("link") => {
                let label = plain(&attr("content").unwrap_or_default());
                let href = text("href");
                out.push_str(&label);
                if href.starts_with("http") && href != label {
                    out.push_str(&format!(" <{href}>"));
                }
            }
            Some("missing") => out.push_str(&format!("[{}]", text("text"))),
            _ if n.kind() == ValueKind::String => out.push_str(&n.to_string()),
            _ => {}
        }
    }
    out
}

/// The table as lines of at most `width` columns: aligned columns, or records when they do
/// not fit.
pub(crate) fn layout(head: &[String], rows: &[Vec<String>], width: usize, colon: &str) -> String {
    let columns = head.len().max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let cell = |row: &[String], c: usize| -> String {
        let text = row.get(c).map(String::as_str).unwrap_or_default();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let all: Vec<Vec<String>> = std::iter::once(head)
        .chain(rows.iter().map(Vec::as_slice))
        .map(|r| (0..columns).map(|c| cell(r, c)).collect())
        .collect();
    match widths(&all, columns, width) {
        Some(widths) => aligned(&all, &widths),
        None => records(&all, width, colon),
    }
}

/// The width of each column, or `None` when they cannot fit side by side in `width`.
fn widths(all: &[Vec<String>], columns: usize, width: usize) -> Option<Vec<usize>> {
    if columns == 0 {
        return None;
    }
    let available = width.checked_sub(GAP.len() * (columns - 1))?;
    let natural: Vec<usize> = (0..columns)
        .map(|c| all.iter().map(|r| r[c].width()).max().unwrap_or(0).max(1))
        .collect();
    if natural.iter().sum::<usize>() <= available {
        return Some(natural);
    }
    // The narrowest each column can be: its longest word, and no narrower than MIN_COLUMN
    // unless everything in it is.
    let least: Vec<usize> = (0..columns)
        .map(|c| {
            let word = all
                .iter()
                .flat_map(|r| r[c].split_whitespace())
                .map(longest_piece)
                .max()
                .unwrap_or(1);
            word.max(MIN_COLUMN.min(natural[c]))
        })
        .collect();
    let floor: usize = least.iter().sum();
    if floor > available {
        return None;
    }
    // The rest of the space goes to the columns that want more, in proportion to how much
    // more they want; what rounding leaves over goes to the first of them.
    let spare = available - floor;
    let wants: Vec<usize> = natural.iter().zip(&least).map(|(n, l)| n - l).collect();
    let total: usize = wants.iter().sum();
    let mut out: Vec<usize> = least
        .iter()
        .zip(&wants)
        .map(|(l, w)| l + spare * w / total.max(1))
        .collect();
    let mut left = available - out.iter().sum::<usize>();
    for (c, w) in out.iter_mut().enumerate() {
        let room = natural[c].saturating_sub(*w).min(left);
        *w += room;
        left -= room;
    }
    Some(out)
}

/// The widest piece of a word that a line may not break: the whole word in scripts that
/// space their words, one character in CJK (which breaks between characters).
fn longest_piece(word: &str) -> usize {
    textwrap::WordSeparator::UnicodeBreakProperties
        .find_words(word)
        .map(|w| w.word.width())
        .max()
        .unwrap_or(0)
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let options = textwrap::Options::new(width.max(1))
        .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
        .break_words(true);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// Columns side by side, each cell wrapped in its column, a rule under the head, a blank
/// line between body rows whose cells take several lines.
fn aligned(all: &[Vec<String>], widths: &[usize]) -> String {
    let mut out = String::new();
    let multiline = all
        .iter()
        .skip(1)
        .any(|r| r.iter().zip(widths).any(|(c, w)| c.width() > *w));
    for (i, row) in all.iter().enumerate() {
        if i > 1 && multiline {
            out.push('\n');
        }
        let cells: Vec<Vec<String>> = row.iter().zip(widths).map(|(c, w)| wrap(c, *w)).collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        for line in 0..height {
            let mut text = String::new();
            for (c, (lines, w)) in cells.iter().zip(widths).enumerate() {
                if c > 0 {
                    text.push_str(GAP);
                }
                let piece = lines.get(line).map(String::as_str).unwrap_or_default();
                text.push_str(piece);
                text.push_str(&" ".repeat(w.saturating_sub(piece.width())));
            }
            out.push_str(text.trim_end());
            out.push('\n');
        }
        if i == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            out.push_str(&rule.join(GAP));
            out.push('\n');
        }
    }
    out
}

/// Each body row as a record: "Heading: value" per column, wrapped with a hanging indent,
/// a blank line between records.
fn records(all: &[Vec<String>], width: usize, colon: &str) -> String {
    let head = &all[0];
    let mut out = String::new();
    for (i, row) in all.iter().enumerate().skip(1) {
        if i > 1 {
            out.push('\n');
        }
        for (h, value) in head.iter().zip(row) {
            let line = if h.is_empty() {
                value.clone()
            } else {
                format!("{h}{colon}{value}")
            };
            let options = textwrap::Options::new(width)
                .subsequent_indent("  ")
                .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
                .break_words(true);
            for l in textwrap::wrap(line.trim_end(), options) {
                out.push_str(l.trim_end());
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn short_cells_align_in_their_natural_widths() {
        let out = layout(
            &s(&["Purpose", "Data"]),
            &[s(&["Accounts", "name, e-mail"]), s(&["Support", "e-mail"])],
            80,
            ": ",
        );
        assert_eq!(
            out,
            "Purpose   Data\n--------  ------------\nAccounts  name, e-mail\nSupport   e-mail\n"
        );
    }

    #[test]
    fn cjk_columns_align_by_display_width() {
        let out = layout(
            &s(&["目的", "数据"]),
            &[
                s(&["账户管理", "姓名"]),
                s(&["回答您的问题", "电子邮件地址"]),
            ],
            80,
            "：",
        );
        let lines: Vec<&str> = out.lines().collect();
        // The second column starts at the same display column on every line.
        let starts: Vec<usize> = lines
            .iter()
            .filter(|l| !l.starts_with('-'))
            .map(|l| {
                let second = l
                    .char_indices()
                    .find(|(_, c)| "数姓电".contains(*c))
                    .unwrap()
                    .0;
                l[..second].width()
            })
            .collect();
        assert!(starts.iter().all(|s| *s == starts[0]), "{out}");
        assert_eq!(lines[1], "------------  ------------");
    }

    #[test]
    fn long_cells_wrap_within_their_column_and_the_width() {
        let long = "We keep the information you give us for as long as your account is open and one year after it is closed, for our records.";
        let out = layout(
            &s(&["Purpose", "Retention", "Basis"]),
            &[s(&["Accounts", long, "Contract"])],
            80,
            ": ",
        );
        assert!(out.lines().all(|l| l.width() <= 80), "{out}");
        assert!(out.lines().count() > 3, "{out}");
        assert!(out.lines().nth(2).unwrap().starts_with("Accounts  We keep"));
        let cjk = "我们在您的账户存续期间保存您提供的信息，账户注销后再保存一年以备查。".repeat(3);
        let out = layout(&s(&["目的", "保存期限"]), &[s(&["账户", &cjk])], 80, "：");
        assert!(out.lines().all(|l| l.width() <= 80), "{out}");
    }

    #[test]
    fn too_many_wide_columns_become_records() {
        let wide = "a fairly long description of what this column holds for the row";
        let head = s(&[
            "Purpose",
            "Data",
            "Legal basis",
            "Retention",
            "Recipients",
            "Region",
            "Source",
        ]);
        let row: Vec<String> = (0..7).map(|_| wide.to_string()).collect();
        let out = layout(&head, &[row.clone(), row], 80, ": ");
        assert!(out.starts_with("Purpose: a fairly long"), "{out}");
        assert!(out.contains("\n\nPurpose: "), "{out}");
        assert!(out.lines().all(|l| l.width() <= 80), "{out}");
        assert!(out.lines().filter(|l| l.starts_with("Source: ")).count() == 2);
    }

    #[test]
    fn empty_cells_keep_the_columns() {
        let out = layout(&s(&["A", "B", "C"]), &[s(&["x", "", "z"])], 80, ": ");
        assert_eq!(out, "A  B  C\n-  -  -\nx     z\n");
    }
}
