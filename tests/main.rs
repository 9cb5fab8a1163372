//! The integration tests of policyc: one test binary (as just and mdBook have), a module per
//! area, so the crate is linked once. `common` is the only shared kit: a project folder with
//! copies of the reference policies and policyc run in it; `fidelity` is the render test's
//! measure of fidelity to the seed texts.
//!
//! Run one area with `cargo test --test main <area>::` (for example `diff::`).

mod common;
mod fidelity;

mod archive;
mod browser;
mod cli;
mod consistency;
mod corpus;
mod diagnostics;
mod diff;
mod docs;
mod dpv;
mod fmt;
mod hostile;
mod i18n_files;
mod languages;
mod model;
mod notice;
mod parse;
mod real;
mod receipt;
mod render;
mod review;
mod robustness;
mod site;
