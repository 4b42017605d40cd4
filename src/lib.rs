//! vet: decide whether a partnership with a drug user-led organisation is good, bad or ugly, using
//! INPUD's partnership guide (December 2024).
//!
//! The core is pure and reads like the data flow: [`rubric`] (the guide as data, validated),
//! [`answers`] (what the assessor said), [`score`] (per-standard scores and the verdict), [`scored`]
//! (a file and its assessment), [`diff`] and [`history`] (how assessments of a partner change over
//! time), [`panel`] and [`migrate`], with [`text`] (width, wrapping, French punctuation, control
//! characters) for core and shell alike. The shell around it goes by stage: [`cli`] (arguments),
//! [`load`] (files to values), [`export`] (a document model per command, a renderer per format),
//! [`output`] (standard output, `--output`), [`diagnostic`] (problems and notices worded),
//! [`app`] (one module per command, exit codes), [`interview`] (the guided interview), with
//! [`fsio`] (reading and atomic private writes) and [`i18n`] (Fluent) beneath them.
//! ARCHITECTURE.md has the layers and the tree.

pub mod answers;
pub mod app;
pub mod cli;
pub mod diagnostic;
pub mod diff;
pub mod export;
pub mod fsio;
pub mod guard;
pub mod history;
pub mod i18n;
pub mod interview;
pub mod load;
pub mod locate;
pub mod migrate;
pub mod output;
pub mod panel;
pub mod rubric;
pub mod score;
pub mod scored;
pub mod survey;
#[cfg(test)]
mod testing;
pub mod text;
pub mod yaml;

pub use app::run;
