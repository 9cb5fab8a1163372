//! The policyc binary: a thin shell over the library.

fn main() {
    std::process::exit(policyc::run(std::env::args_os()));
}
