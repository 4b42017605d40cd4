//! `vet interview`: the guided interview. [`flow`] decides what comes next; [`prompter`] is the
//! terminal; this module is the session between them: its start (`setup`: whom, which file,
//! resume or revise), its questions (`ask`: each answer saved as it is given), and the summary at
//! the end ([`summary`]). [`terminal`] leaves the terminal usable when the process is stopped.
//! The command around it, on the real terminal, is `app::interview`.

mod ask;
pub mod flow;
mod keys;
pub mod prompter;
mod setup;
pub mod summary;
pub mod terminal;

use std::io;
use std::path::{Path, PathBuf};

use crate::answers::{Answers, Stage};
use crate::diagnostic::{Diagnostic, Failure, write_reason};
use crate::i18n::{L10n, args};
use crate::rubric::Rubric;

use prompter::{Menu, Prompter};

/// The largest answers file vet writes: the largest it reads back.
const MAX_FILE: usize = crate::fsio::MAX_ANSWERS_BYTES as usize;

/// How the questions are gone through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// From the first question without an answer.
    Resume,
    /// From question 1, each earlier answer highlighted.
    Revise,
    /// From question 1 afresh; the earlier answers stay until the first new one.
    Restart,
}

/// Why a session stopped before its end.
#[derive(Debug)]
pub enum Stop {
    /// Ctrl-C (or a signal) while a prompt was open: answers so far are saved; exit 130.
    Interrupted,
    /// Something went wrong (a file could not be written, the terminal went away).
    Failed(Failure),
}

impl From<Failure> for Stop {
    fn from(f: Failure) -> Self {
        Stop::Failed(f)
    }
}

/// A prompt that failed: Ctrl-C (console raises SIGINT and the read returns `Interrupted`), or the
/// terminal went away.
fn interrupted(e: io::Error) -> Stop {
    if e.kind() == io::ErrorKind::Interrupted {
        Stop::Interrupted
    } else {
        Stop::Failed(
            Diagnostic {
                message: e.to_string(),
                help: None,
            }
            .into(),
        )
    }
}

/// What `vet interview` was given on the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub out: Option<PathBuf>,
    pub partner: Option<String>,
    pub stage: Option<Stage>,
    /// Ask first the open questions whose answer alone could change the verdict.
    pub decisive_first: bool,
}

/// Where answers are saved; shared with the signal guard, which holds the lock while it ends the
/// process, so that it never cuts a save in half.
pub type SaveState = std::sync::Arc<std::sync::Mutex<Saved>>;

/// The file being written and how much is in it.
#[derive(Debug, Default)]
pub struct Saved {
    pub path: Option<PathBuf>,
    /// What to tell the person if the process is stopped now, already worded.
    pub message: String,
}

/// How the session ended.
#[derive(Debug)]
pub enum Outcome {
    /// The interview went through every question, or the person finished early once the verdict
    /// was firm (the questions left stay unanswered), or a finished file was shown.
    Finished {
        answers: Box<Answers>,
        path: PathBuf,
    },
    /// The person chose to stop; answers so far are saved.
    Quit { path: Option<PathBuf> },
}

/// Checks what was given on the command line before anything is asked: a partner's name that is
/// not blank, and a folder for `--out` that exists.
pub fn check_options(opts: &Options, l10n: &L10n) -> Result<(), Failure> {
    if opts.partner.as_ref().is_some_and(|p| p.trim().is_empty()) {
        return Err(Diagnostic {
            message: l10n.tr("err-partner-blank"),
            help: Some(l10n.tr("err-partner-blank-help")),
        }
        .into());
    }
    if let Some(out) = &opts.out {
        crate::output::check_folder(out, "--output", l10n)
            .map_err(|(why, what)| save_failure(out, why, &what, l10n))?;
    }
    Ok(())
}

/// "cannot save the answers to FILE: why", with what to do.
fn save_failure(path: &Path, why: String, what: &str, l10n: &L10n) -> Failure {
    Diagnostic {
        message: l10n.tr_with(
            "err-save",
            &args([
                ("file", path.display().to_string().into()),
                ("detail", why.into()),
            ]),
        ),
        help: Some(l10n.tr_with("err-save-help", &args([("what", what.to_string().into())]))),
    }
    .into()
}

/// The session: asks what it was not given, resumes or revises an existing file, asks every
/// question, saving after every answer. `today` and `dir` (where a default file name goes) are
/// passed in so tests control them; `save` writes a file (atomically, 0600, in real use).
pub struct Session<'a, P: Prompter> {
    pub rubric: &'a Rubric,
    pub l10n: &'a L10n,
    pub prompter: &'a mut P,
    pub today: jiff::civil::Date,
    pub dir: PathBuf,
    pub state: SaveState,
}

impl<P: Prompter> std::fmt::Debug for Session<'_, P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl<P: Prompter> Session<'_, P> {
    /// Shows text; the prompter wraps it to the terminal's width.
    fn say(&mut self, text: &str) {
        self.prompter.say(text);
    }

    /// Writes the answers (atomically, 0600) while holding the save lock, so that an interruption
    /// waits for the write, and records what an interruption should then say.
    fn save(&mut self, path: &Path, answers: &Answers) -> io::Result<()> {
        let message = self.saved_message(path, answers.answers.len());
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        crate::fsio::write_private(path, answers.to_yaml().as_bytes())?;
        state.path = Some(path.to_path_buf());
        state.message = message;
        Ok(())
    }

    /// Records what an interruption should say about a file that is already on disk.
    fn mark_saved(&mut self, path: &Path, count: usize) {
        let message = self.saved_message(path, count);
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.path = Some(path.to_path_buf());
        state.message = message;
    }

    fn saved_message(&self, path: &Path, count: usize) -> String {
        self.l10n.tr_with(
            "interrupted-saved",
            &args([
                ("file", path.display().to_string().into()),
                ("count", count.into()),
            ]),
        )
    }

    fn save_or_fail(&mut self, path: &Path, answers: &Answers) -> Result<(), Failure> {
        // A safety net behind the flow's own checks: a file resumed from a hand-written one can
        // grow when vet writes it out. Never write what vet would refuse to read.
        let size = answers.to_yaml().len();
        if size > MAX_FILE {
            let why = self.l10n.tr_with(
                "save-too-large",
                &args([("size", size.into()), ("limit", MAX_FILE.into())]),
            );
            let what = self.l10n.tr("save-too-large-help");
            return Err(save_failure(path, why, &what, self.l10n));
        }
        self.save(path, answers).map_err(|e| {
            let (why, what) = write_reason(path, &e, "--output", self.l10n);
            save_failure(path, why, &what, self.l10n)
        })
    }

    /// Says a (long) explanation in full, wrapped, then offers `items` under a short prompt, the
    /// first highlighted.
    fn choose(&mut self, explanation: &str, items: &[String]) -> Result<usize, Stop> {
        let prompt = self.l10n.tr("ask-choice");
        self.prompter
            .select(&Menu {
                text: explanation,
                prompt: &prompt,
                items,
                default: 0,
                escape: None,
            })
            .map_err(interrupted)
    }
}

#[cfg(test)]
mod tests;
