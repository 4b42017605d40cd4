//! Output formats of `vet score`, `vet diff` and `vet history`. Each renderer returns a `String`;
//! the caller writes it.

pub mod csv;
pub mod diff;
pub mod document;
pub mod history;
pub mod html;
pub mod json;
pub mod markdown;
pub mod rubric;
pub mod table;
pub mod text;

use crate::answers::Answers;
use crate::score::Assessment;

/// A file that was loaded and scored, ready to render.
#[derive(Debug)]
pub struct Scored<'a> {
    /// The file as named on the command line.
    pub file: &'a str,
    pub answers: &'a Answers,
    pub assessment: Assessment,
    /// Notes, documents seen and the assessor were left out of `answers` for sharing; the
    /// report says so.
    pub redacted: bool,
}

impl<'a> Scored<'a> {
    /// Scores `answers` against `rubric`, for a report that is not redacted.
    pub fn new(rubric: &crate::rubric::Rubric, file: &'a str, answers: &'a Answers) -> Self {
        Scored {
            file,
            answers,
            assessment: crate::score::assess(rubric, answers),
            redacted: false,
        }
    }
}

/// The JSON contract: one object for one file, an array for several.
pub fn json(scored: &[Scored]) -> String {
    let reports: Vec<_> = scored
        .iter()
        .map(|s| json::JsonReport::new(s.file, s.answers, &s.assessment, s.redacted))
        .collect();
    let text = if let [one] = reports.as_slice() {
        serde_json::to_string_pretty(one)
    } else {
        serde_json::to_string_pretty(&reports)
    };
    text.map(|t| t + "\n").unwrap_or_default()
}

/// The same contract as [`json`], in YAML.
pub fn yaml(scored: &[Scored]) -> String {
    let reports: Vec<_> = scored
        .iter()
        .map(|s| json::JsonReport::new(s.file, s.answers, &s.assessment, s.redacted))
        .collect();
    let text = if let [one] = reports.as_slice() {
        serde_yaml::to_string(one)
    } else {
        serde_yaml::to_string(&reports)
    };
    text.unwrap_or_default()
}
