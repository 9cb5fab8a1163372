//! policyc compiles privacy policies written as code: it checks them, formats them, renders
//! them in every language, classifies the changes between two versions, records each version
//! in a git archive and builds the public website from it.
//!
//! # Steps
//!
//! Each stage is a folder of `src/` with one entry function; data flows down the list.
//!
//! - **Read**: a path becomes a [`source::SourceFile`] ([`source::SourceFile::load`]); a file
//!   too large or not UTF-8 is returned as a [`source::LoadError`], which [`diag`] words.
//! - **Parse**: text becomes a syntax tree [`syntax::Ast`] ([`syntax::parse`]), and back to
//!   canonical text ([`syntax::fmt::format`]).
//! - **Check**: the tree becomes the typed [`model::Policy`] with every problem as a
//!   [`diag::Diagnostic`] ([`check::check`]); the translations' states are
//!   [`check::translations`].
//! - **Model**: the typed policy every later stage reads ([`model`]), with the built-in
//!   vocabulary ([`model::vocab`]), numbering ([`model::numbering`]) and how values read in
//!   each language ([`model::wording`]).
//! - **Render**: a policy becomes HTML, plain text and Markdown in a language
//!   ([`render::Renderer::render`]).
//! - **Diff**: two policies become their classified changes ([`diff::diff`]), written for
//!   people, JSON and Markdown by [`diff::output`].
//! - **Publish**: checked policies and the archive become one decision per policy
//!   ([`publish::plan`]) and one commit ([`publish::record`]), between [`publish::open`] (the
//!   lock) and [`publish::push`].
//! - **Archive**: the git store of every published version ([`archive::Archive`]).
//! - **Site**: the archive becomes the files of the public website ([`site::build`]).
//!
//! Around the steps: [`diag`] words and prints nothing; [`cli`] is the edge, the only module
//! that reads arguments, prints, writes files and decides exit codes ([`run`]). [`corpus`] is
//! no stage: it generates the benchmark corpus.
//!
//! Below [`cli`], a stage takes data and returns data: no printing, no clock, no file system
//! except in [`source`], [`archive`] and the site's configuration loader (`.ci/layout.sh`
//! checks it, with the import circles and the size of files).

pub mod diag;
pub mod source;

pub mod archive;
pub mod check;
pub mod diff;
pub mod i18n;
pub mod locale;
pub mod model;
pub mod publish;
pub mod render;
pub mod site;
pub mod syntax;

pub mod cli;
pub mod corpus;

pub use cli::run;
