//! The one error of the command line: what stops a command, printed once by [`super::run`],
//! which also turns it into the exit code (as just's `run` does). A command that has already
//! reported its problems (diagnostics, refusals) returns `Ok` with the exit code instead.

use crate::{archive, render, site};

/// Why a command stopped.
#[derive(Debug)]
pub enum Error {
    /// The command line is wrong: exit code 2.
    Usage(String),
    /// Anything else, already worded for the user: exit code 1.
    Message(String),
    Archive(archive::Error),
    Render(render::RenderError),
    Site(site::Error),
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => super::EXIT_USAGE,
            _ => super::EXIT_ERRORS,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Usage(message) | Error::Message(message) => f.write_str(message),
            Error::Archive(e) => e.fmt(f),
            Error::Render(e) => e.fmt(f),
            Error::Site(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Usage(_) | Error::Message(_) => None,
            Error::Archive(e) => Some(e),
            Error::Render(e) => Some(e),
            Error::Site(e) => Some(e),
        }
    }
}

/// Why a file or folder could not be written, for the user: a full disk is said as such, with
/// the path (as the archive says it, [`archive::Error::DiskFull`]); any other error of the
/// operating system after the path.
pub fn cannot_write(path: &std::path::Path, e: &std::io::Error) -> String {
    failed("cannot write", path, e)
}

/// As [`cannot_write`], for another step (`"cannot create"`).
pub fn failed(doing: &str, path: &std::path::Path, e: &std::io::Error) -> String {
    if archive::is_disk_full(e) {
        archive::Error::DiskFull(path.display().to_string()).to_string()
    } else {
        format!("{doing} {}: {e}", path.display())
    }
}

impl From<String> for Error {
    fn from(message: String) -> Error {
        Error::Message(message)
    }
}

impl From<archive::Error> for Error {
    fn from(e: archive::Error) -> Error {
        Error::Archive(e)
    }
}

impl From<render::RenderError> for Error {
    fn from(e: render::RenderError) -> Error {
        Error::Render(e)
    }
}

impl From<site::Error> for Error {
    fn from(e: site::Error) -> Error {
        Error::Site(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_names_the_path() {
        let path = std::path::Path::new("site/hitgen/en.html");
        for e in [
            std::io::Error::from(std::io::ErrorKind::StorageFull),
            std::io::Error::from_raw_os_error(28),
        ] {
            let shown = cannot_write(path, &e);
            assert!(
                shown.starts_with("the disk is full: cannot write site/hitgen/en.html;"),
                "{shown}"
            );
        }
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert!(cannot_write(path, &denied).starts_with("cannot write site/hitgen/en.html: "));
        let archive = Error::from(archive::Error::DiskFull("/srv/archive".into()));
        assert!(archive
            .to_string()
            .starts_with("the disk is full: cannot write /srv/archive;"));
    }
}
