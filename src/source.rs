//! Source files: loading them safely (size limit, UTF-8) and mapping byte offsets to lines
//! and columns. A leaf: what goes wrong while loading is returned as data ([`LoadError`]),
//! which `diag` turns into a diagnostic.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// The largest policy file policyc reads, checked before anything is parsed. The biggest
/// reference policy is about 100 KiB; 4 MiB leaves room for any real policy and keeps a
/// stray binary or a runaway generator from exhausting memory.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// The byte order mark, U+FEFF.
const BOM: char = '\u{FEFF}';

/// A byte range into one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// A zero-width span at `offset`.
    pub fn at(offset: usize) -> Span {
        Span::new(offset, offset)
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The smallest span covering both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl From<pest::Span<'_>> for Span {
    fn from(span: pest::Span<'_>) -> Span {
        Span::new(span.start(), span.end())
    }
}

/// One source file, read and decoded.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as the user named it, for messages.
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// A UTF-8 byte order mark at the start (which some Windows editors write) is dropped:
    /// it is not part of the text, and lines, columns and spans count from after it.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> SourceFile {
        let mut text = text.into();
        if text.starts_with(BOM) {
            text.drain(..BOM.len_utf8());
        }
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// Reads a file, refusing special files (`/dev/zero`, a pipe) and files over
    /// [`MAX_FILE_SIZE`] before reading them, reading at most one byte past the limit, and reporting
    /// invalid UTF-8 at the line and column of the first bad byte.
    pub fn load(path: &Path) -> Result<SourceFile, LoadError> {
        match read_bounded(path, MAX_FILE_SIZE) {
            Ok(bytes) => SourceFile::from_bytes(path, bytes),
            Err(Bounded::TooLarge(size)) => {
                Err(LoadError::TooLarge(SourceFile::new(path, ""), size))
            }
            Err(Bounded::Io(e)) => Err(LoadError::Io(e)),
        }
    }

    /// Decodes bytes as UTF-8; on failure returns the file decoded lossily (for showing the
    /// line) with the offset and value of the first bad byte.
    pub fn from_bytes(path: &Path, mut bytes: Vec<u8>) -> Result<SourceFile, LoadError> {
        if bytes.starts_with("\u{FEFF}".as_bytes()) {
            bytes.drain(..BOM.len_utf8());
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceFile::new(path, text)),
            Err(err) => {
                let valid = err.utf8_error().valid_up_to();
                let bytes = err.into_bytes();
                // Keep the valid prefix exact so that the offset maps to the right line and column.
                let mut text = String::from_utf8_lossy(&bytes[..valid]).into_owned();
                let offset = text.len();
                text.push('\u{FFFD}');
                text.push_str(
                    &String::from_utf8_lossy(&bytes[valid..]).replacen('\u{FFFD}', "", 1),
                );
                Err(LoadError::InvalidUtf8 {
                    file: SourceFile::new(path, text),
                    offset,
                    byte: bytes[valid],
                })
            }
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let column = self.text[start..floor_char_boundary(&self.text, offset)]
            .chars()
            .count();
        (line + 1, column + 1)
    }

    /// The name shown in messages: the path as given.
    pub fn name(&self) -> String {
        self.path.display().to_string()
    }
}

/// Why [`read_bounded`] read nothing.
#[derive(Debug)]
pub enum Bounded {
    /// Not there, not readable, a folder or a special file: the reason, in words.
    Io(String),
    /// Larger than the limit: the size seen, in bytes.
    TooLarge(u64),
}

impl std::fmt::Display for Bounded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Bounded::Io(e) => f.write_str(e),
            Bounded::TooLarge(size) => write!(f, "is too large ({size} bytes)"),
        }
    }
}

/// Reads a regular file of at most `limit` bytes: a folder or a special file (`/dev/zero`, a
/// pipe, a socket) is refused before anything is read (one would never end), a larger file
/// too, and nothing is read past one byte over the limit (the size can change between the
/// look and the read: a file still being written). Links are followed: a link to a regular
/// file is read. Every file policyc reads (policies, templates, configuration, review
/// decisions, site assets) comes through here.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, Bounded> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| Bounded::Io(e.to_string()))?;
    if meta.is_dir() {
        return Err(Bounded::Io("is a directory".to_string()));
    }
    if !meta.is_file() {
        return Err(Bounded::Io(
            "is not a regular file (a device, a pipe or a socket); policyc reads only files"
                .to_string(),
        ));
    }
    if meta.len() > limit {
        return Err(Bounded::TooLarge(meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| Bounded::Io(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(Bounded::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads a regular UTF-8 text file of at most `limit` bytes ([`read_bounded`]); `None` when
/// it does not exist.
pub fn read_text(path: &Path, limit: u64) -> Result<Option<String>, String> {
    match read_bounded(path, limit) {
        Err(Bounded::Io(_)) if std::fs::symlink_metadata(path).is_err() => Ok(None),
        Err(Bounded::TooLarge(size)) => Err(format!(
            "{} is {size} bytes; policyc reads such files of at most {limit} bytes",
            path.display()
        )),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|e| {
            format!(
                "{} is not UTF-8 (byte {})",
                path.display(),
                e.utf8_error().valid_up_to()
            )
        }),
    }
}

/// The largest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum LoadError {
    /// The operating system refused (missing file, permissions, a directory).
    Io(String),
    /// The file is larger than [`MAX_FILE_SIZE`] (its size in bytes); the file is empty.
    TooLarge(SourceFile, u64),
    /// The file is not UTF-8: it is decoded lossily, `offset` is where the bad `byte` stands
    /// (a replacement character, in the decoded text).
    InvalidUtf8 {
        file: SourceFile,
        offset: usize,
        byte: u8,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let file = SourceFile::new("x", "ab\n中文x\n");
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(3), (2, 1));
        assert_eq!(file.line_col(9), (2, 3));
    }

    #[test]
    fn a_byte_order_mark_is_not_text() {
        let file = SourceFile::from_bytes(Path::new("x"), b"\xEF\xBB\xBFab\ncd".to_vec()).unwrap();
        assert_eq!(file.text, "ab\ncd");
        assert_eq!(file.line_col(1), (1, 2));
        let err =
            SourceFile::from_bytes(Path::new("x"), b"\xEF\xBB\xBFa\xFF".to_vec()).unwrap_err();
        let LoadError::InvalidUtf8 { file, offset, .. } = err else {
            panic!("not a UTF-8 error: {err:?}");
        };
        assert_eq!(file.line_col(offset), (1, 2));
    }

    #[test]
    fn invalid_utf8_points_at_first_bad_byte() {
        let err = SourceFile::from_bytes(Path::new("x"), b"ok\nab\xFFcd".to_vec()).unwrap_err();
        let LoadError::InvalidUtf8 { file, offset, byte } = err else {
            panic!("not a UTF-8 error: {err:?}");
        };
        assert_eq!(file.line_col(offset), (2, 3));
        assert_eq!(byte, 0xFF);
    }
}
