//! Answers files, from path to checked value: read (size-limited, UTF-8), parsed, then checked
//! against a rubric: [`parse`], then [`Parsed::check`], or [`load`] for both. They run on any thread
//! and return a [`LoadError`], which [`LoadError::worded`] turns into [`Diagnostic`]s.

use std::path::Path;

use crate::answers::{Answers, AnswersError, AnswersNotice};
use crate::diagnostic::{Diagnostic, answers_error, answers_notice, notice, read_error};
use crate::fsio::{self, ReadError};
use crate::i18n::L10n;
use crate::rubric::Rubric;

/// An answers file read and checked against the rubric.
#[derive(Debug)]
pub struct Loaded {
    pub file: String,
    pub text: String,
    pub answers: Answers,
    pub notices: Vec<AnswersNotice>,
}

/// An answers file read and parsed, not yet checked against a rubric.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub file: String,
    pub text: String,
    pub answers: Answers,
}

/// Why an answers file could not be loaded, unworded: what [`parse`] and [`Parsed::check`] return
/// from any thread (the wording needs the interface strings, which stay on the main thread).
#[derive(Debug)]
pub enum LoadError {
    Read(ReadError),
    Answers(Vec<AnswersError>),
}

impl LoadError {
    /// Every problem of `file`, worded, with what to do.
    pub fn worded(&self, file: &str, l10n: &L10n) -> Vec<Diagnostic> {
        match self {
            LoadError::Read(e) => vec![read_error(Path::new(file), e, l10n)],
            LoadError::Answers(errs) => errs.iter().map(|e| answers_error(file, e, l10n)).collect(),
        }
    }
}

/// Reads and parses one answers file (`-` is standard input): the first step.
pub fn parse(path: &Path) -> Result<Parsed, LoadError> {
    let text = fsio::read_input(path, fsio::MAX_ANSWERS_BYTES).map_err(LoadError::Read)?;
    let answers = Answers::parse(&text).map_err(|e| LoadError::Answers(vec![e]))?;
    Ok(Parsed {
        file: path.display().to_string(),
        text,
        answers,
    })
}

impl Parsed {
    /// Checks the file against the rubric: the second step.
    pub fn check(self, rubric: &Rubric) -> Result<Loaded, LoadError> {
        let Parsed {
            file,
            text,
            answers,
        } = self;
        let notices = answers.check(rubric, &text).map_err(LoadError::Answers)?;
        Ok(Loaded {
            file,
            text,
            answers,
            notices,
        })
    }
}

/// Reads, parses and checks one answers file: both steps.
pub fn load(path: &Path, rubric: &Rubric) -> Result<Loaded, LoadError> {
    parse(path)?.check(rubric)
}

impl Loaded {
    /// Shows its notices (answers to another version, questions not asked at its stage) on
    /// standard error.
    pub fn show_notices(&self, l10n: &L10n) {
        for n in &self.notices {
            notice(
                l10n,
                &answers_notice(&self.file, self.answers.stage, n, l10n),
            );
        }
    }
}
