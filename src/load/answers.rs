//! Answers files, from path to checked value: read (size-limited, UTF-8), parsed, then checked
//! against a rubric. The unworded steps ([`read_parsed`], [`check_parsed`], [`read_answers`]) run
//! on any thread; the worded ones ([`parse_answers`], [`check_answers`], [`load_answers`],
//! [`load_all`]) give every problem as a [`Diagnostic`].

use std::path::{Path, PathBuf};

use crate::answers::{Answers, AnswersError, AnswersNotice};
use crate::diagnostic::{Diagnostic, Failure, answers_error, answers_notice, notice, read_error};
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

/// Why an answers file could not be loaded, before it is worded: what [`read_answers`] returns from
/// any thread (the wording needs the interface strings, which stay on the main thread).
#[derive(Debug)]
pub enum LoadError {
    Read(ReadError),
    Answers(Vec<AnswersError>),
}

impl LoadError {
    /// Every problem, worded, with what to do.
    pub fn worded(&self, path: &Path, l10n: &L10n) -> Vec<Diagnostic> {
        match self {
            LoadError::Read(e) => vec![read_error(path, e, l10n)],
            LoadError::Answers(errs) => {
                let file = path.display().to_string();
                errs.iter().map(|e| answers_error(&file, e, l10n)).collect()
            }
        }
    }
}

/// Reads and parses one answers file, unworded: the first step of [`read_answers`].
pub fn read_parsed(path: &Path) -> Result<Parsed, LoadError> {
    let text = fsio::read_input(path, fsio::MAX_ANSWERS_BYTES).map_err(LoadError::Read)?;
    let answers = Answers::parse(&text).map_err(|e| LoadError::Answers(vec![e]))?;
    Ok(Parsed {
        file: path.display().to_string(),
        text,
        answers,
    })
}

/// Checks a parsed file against the rubric, unworded: the second step of [`read_answers`].
pub fn check_parsed(parsed: Parsed, rubric: &Rubric) -> Result<Loaded, LoadError> {
    let Parsed {
        file,
        text,
        answers,
    } = parsed;
    let notices = answers.check(rubric, &text).map_err(LoadError::Answers)?;
    Ok(Loaded {
        file,
        text,
        answers,
        notices,
    })
}

/// Reads, parses and checks one answers file, from any thread.
pub fn read_answers(path: &Path, rubric: &Rubric) -> Result<Loaded, LoadError> {
    check_parsed(read_parsed(path)?, rubric)
}

/// Reads and parses one answers file, worded: the first step of [`load_answers`].
pub fn parse_answers(path: &Path, l10n: &L10n) -> Result<Parsed, Diagnostic> {
    read_parsed(path).map_err(|e| {
        let mut d = e.worded(path, l10n);
        // Parsing stops at the first problem: there is exactly one.
        d.swap_remove(0)
    })
}

/// Checks a parsed answers file against the rubric, worded: the second step of [`load_answers`].
pub fn check_answers(
    parsed: Parsed,
    rubric: &Rubric,
    l10n: &L10n,
) -> Result<Loaded, Vec<Diagnostic>> {
    let path = PathBuf::from(&parsed.file);
    check_parsed(parsed, rubric).map_err(|e| e.worded(&path, l10n))
}

/// Reads, parses and checks one answers file; every problem is worded.
pub fn load_answers(path: &Path, rubric: &Rubric, l10n: &L10n) -> Result<Loaded, Vec<Diagnostic>> {
    read_answers(path, rubric).map_err(|e| e.worded(path, l10n))
}

/// Loads every file, reporting every problem of every file before giving up.
pub fn load_all(
    files: &[std::path::PathBuf],
    rubric: &Rubric,
    l10n: &L10n,
) -> Result<Vec<Loaded>, Failure> {
    let mut loaded = Vec::new();
    let mut diags = Vec::new();
    for path in files {
        match load_answers(path, rubric, l10n) {
            Ok(l) => loaded.push(l),
            Err(d) => diags.extend(d),
        }
    }
    if diags.is_empty() {
        Ok(loaded)
    } else {
        Err(Failure(diags))
    }
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
