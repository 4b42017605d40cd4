//! The load stage: files to values. Rubrics ([`rubric`]), answers files ([`answers`]), the file
//! arguments of commands that take many ([`inputs`]: folders, `-`, `--files-from`), files
//! compared with one another ([`series`]) and files read on every core a batch at a time
//! ([`batch`]). Problems come back structured or worded as [`crate::diagnostic::Diagnostic`]s;
//! nothing here writes to standard output.

pub mod answers;
pub mod batch;
pub mod inputs;
pub mod rubric;
pub mod series;

pub use answers::{LoadError, Loaded, Parsed};
pub use rubric::{Rubrics, load_rubric, load_rubrics};
