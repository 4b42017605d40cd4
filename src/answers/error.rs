//! Why an answers text could not be read ([`AnswersError`]), and what is worth telling about one
//! that does not stop scoring ([`AnswersNotice`]).

use super::Answer;
use crate::yaml::YamlError;

/// Why an answers text could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswersError {
    /// The text cannot be read as YAML of an answers file's shape.
    #[error("yaml")]
    Yaml(YamlError),
    /// The answers were written for another rubric.
    #[error("rubric id mismatch")]
    OtherRubric { file: String, rubric: String },
    /// The answers were written for an incompatible version of the rubric.
    #[error("rubric version mismatch")]
    IncompatibleVersion { file: String, rubric: String },
    /// An answer that is not on the scale.
    #[error("off scale")]
    OffScale {
        found: String,
        nearest: Answer,
        line: Option<usize>,
        column: Option<usize>,
    },
    /// A question answered twice (a hand edit would otherwise silently keep the last answer).
    #[error("answered twice")]
    AnsweredTwice { id: String, line: Option<usize> },
    /// A question id the rubric does not have.
    #[error("unknown question")]
    UnknownQuestion {
        id: String,
        suggestion: Option<String>,
        line: Option<usize>,
    },
}

impl AnswersError {
    /// The line the problem is on, when known.
    pub fn line(&self) -> Option<usize> {
        match self {
            AnswersError::Yaml(e) => e.line(),
            AnswersError::UnknownQuestion { line, .. }
            | AnswersError::OffScale { line, .. }
            | AnswersError::AnsweredTwice { line, .. } => *line,
            _ => None,
        }
    }
}

/// Something worth telling about an answers file that does not stop scoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersNotice {
    /// Same rubric, other minor/patch version: compared on the questions they share.
    OtherVersion { file: String, rubric: String },
    /// An answer to a question that is not asked at the file's stage; it is left out.
    NotAtStage { id: String },
}
