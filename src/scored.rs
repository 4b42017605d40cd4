//! A scored file: an answers file as named on the command line, with its assessment. What every
//! report and the history are made from.
//!
//! Pure: [`Scored::new`] scores with [`crate::score::assess`]; nothing here reads or writes.

use crate::answers::Answers;
use crate::rubric::Rubric;
use crate::score::Assessment;

/// A file that was loaded and scored, ready to render or to follow over time.
#[derive(Debug, Clone)]
pub struct Scored<'a> {
    /// The file as named on the command line; breaks ties between files of the same date.
    pub file: &'a str,
    pub answers: &'a Answers,
    pub assessment: Assessment,
    /// Notes, documents seen and the assessor were left out of `answers` for sharing; the
    /// report says so.
    pub redacted: bool,
}

impl<'a> Scored<'a> {
    /// Scores `answers` against `rubric`, for a report that is not redacted.
    pub fn new(rubric: &Rubric, file: &'a str, answers: &'a Answers) -> Self {
        Scored {
            file,
            answers,
            assessment: crate::score::assess(rubric, answers),
            redacted: false,
        }
    }
}
