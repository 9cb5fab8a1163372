//! The policyc binary: a thin shell over the library.

fn main() {
    // Like other Unix tools, stop quietly when the reader of the output goes away
    // (`policyc model --schema | head`), instead of failing on the broken pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    std::process::exit(policyc::run(std::env::args_os()));
}
