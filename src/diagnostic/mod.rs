//! Problems and notices, worded through the interface's language: [`Diagnostic`] (what is wrong,
//! what to do), [`Failure`] (every problem of a command), and the `error:`/`help:`/`notice:`
//! lines on standard error, which every message goes through. The wording of every error that a
//! file, the core or a loader reports is here, one submodule per source (a command's refusal of
//! its own arguments, such as an `--output` that would overwrite an input, is worded where the
//! command checks them): [`files`] (reading and writing), [`yaml`] (syntax and the
//! parser's details), [`rubric`] (a rubric that does not load or validate), [`answers`] (an
//! answers file that does not fit its rubric, and its notices), [`compare`], [`migrate`],
//! [`panel`] and [`survey`] (their commands' own problems).
//!
//! This is the lowest layer of the shell: it knows the core's error types and the interface
//! strings, and nothing of the commands, the loaders or the output.

use std::io::Write;

use crate::i18n::{L10n, args};
use crate::rubric::Rubric;

pub mod answers;
pub mod compare;
pub mod files;
pub mod migrate;
pub mod panel;
pub mod rubric;
pub mod survey;
pub mod yaml;

pub use answers::{answers_error, answers_notice};
pub use files::{output_error, read_error, stdout_error, write_error, write_reason};
pub use rubric::{problem, rubric_error};

/// A problem to show the user: what is wrong and, where useful, what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem, with nothing to do about it.
    pub fn new(message: String) -> Self {
        Diagnostic {
            message,
            help: None,
        }
    }
    /// What to do about it.
    pub fn help(mut self, help: String) -> Self {
        self.help = Some(help);
        self
    }
}

/// Why a command did not finish: every problem found, each already worded.
#[derive(Debug)]
pub struct Failure(pub Vec<Diagnostic>);

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Self {
        Failure(vec![d])
    }
}

/// Prints problems to standard error as `error: ...` and `help: ...` lines.
pub fn report(l10n: &L10n, diags: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diags {
        let _ = writeln!(err, "{}", labelled(l10n, "label-error", &d.message));
        if let Some(h) = &d.help {
            let _ = writeln!(err, "{}", labelled(l10n, "label-help", h));
        }
    }
}

/// Prints a one-line notice to standard error.
pub fn notice(l10n: &L10n, message: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        labelled(l10n, "label-notice", message)
    );
}

/// Says once per run, on standard error, that `rubric` has no texts in the interface's language and
/// which of its languages its questions, standards and advice are shown in instead (English for
/// the shipped rubrics). Called by the commands that show a rubric's texts.
pub fn rubric_language_notice(rubric: &Rubric, l10n: &L10n) {
    static SAID: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let tag = l10n.lang().tag();
    if rubric.languages.iter().any(|l| l == tag)
        || SAID.swap(true, std::sync::atomic::Ordering::Relaxed)
    {
        return;
    }
    notice(
        l10n,
        &l10n.tr_with(
            "notice-rubric-language",
            &args([
                ("id", rubric.id.clone().into()),
                ("version", rubric.version.clone().into()),
                ("fallback", rubric.language_for(tag).to_string().into()),
            ]),
        ),
    );
}

/// "error: ..." in English, "erreur : ..." in French. A message may quote a file's content, so
/// control characters are neutralised before they reach the terminal.
fn labelled(l10n: &L10n, label: &str, message: &str) -> String {
    let message = crate::text::terminal_safe(message);
    l10n.tr_with(
        "diag-line",
        &args([
            ("label", l10n.tr(label).into()),
            ("message", message.to_string().into()),
        ]),
    )
}

/// `file:line:column`, or as much of it as is known.
pub fn place(file: &str, line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
        (Some(l), None) => format!("{file}:{l}"),
        _ => file.to_string(),
    }
}
