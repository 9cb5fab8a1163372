//! policyc compiles privacy policies written as code.
//!
//! The pipeline: a source file ([`source`]) is parsed into a syntax tree ([`syntax`], pest
//! grammar in `grammar/policy.pest`), checked into the typed model ([`check`] -> [`model`])
//! with every problem reported as a diagnostic ([`diag`]), and formatted back to canonical
//! source ([`syntax::fmt`]). Later stages (render, diff, archive, site) read only the model.
//!
//! Only [`cli`] prints, reads arguments or exits; every stage below it takes data and returns
//! data.

pub mod archive;
pub mod check;
pub mod cli;
pub mod corpus;
pub mod diag;
pub mod diff;
pub mod model;
pub mod publish;
pub mod render;
pub mod site;
pub mod source;
pub mod syntax;

pub use cli::run;
