//! An answers file checked against a rubric: the same id, a compatible version, known questions
//! (with a "did you mean" for a typo).

use super::{Answers, AnswersError, AnswersNotice};
use crate::locate;
use crate::rubric::Rubric;

impl Answers {
    /// Checks the answers against `rubric`: same id, compatible version, known questions. Returns
    /// the notices worth showing, or every problem found. `text` is the file's text, used to give
    /// the line of an unknown question.
    pub fn check(
        &self,
        rubric: &Rubric,
        text: &str,
    ) -> Result<Vec<AnswersNotice>, Vec<AnswersError>> {
        let mut errors = Vec::new();
        let mut notices = Vec::new();
        if self.rubric.id != rubric.id {
            errors.push(AnswersError::OtherRubric {
                file: self.rubric.id.clone(),
                rubric: rubric.id.clone(),
            });
            return Err(errors);
        }
        match (major(&self.rubric.version), major(&rubric.version)) {
            (Some(a), Some(b)) if a == b => {
                if self.rubric.version != rubric.version {
                    notices.push(AnswersNotice::OtherVersion {
                        file: self.rubric.version.clone(),
                        rubric: rubric.version.clone(),
                    });
                }
            }
            _ => errors.push(AnswersError::IncompatibleVersion {
                file: self.rubric.version.clone(),
                rubric: rubric.version.clone(),
            }),
        }
        // Built on the first unknown question: one pass over the text rather than one per key, so
        // that a file of many thousand unknown keys takes no longer to refuse than to read.
        let mut lines = None;
        let mut suggested = 0;
        let answered = self.answers.len();
        for (n, id) in self.answers.keys().chain(self.notes.keys()).enumerate() {
            match rubric.question(id) {
                Some(q) => {
                    // A note alone is not scored: nothing is left out, so nothing to say.
                    if n < answered && !self.stage.includes(q.stage) {
                        notices.push(AnswersNotice::NotAtStage { id: id.clone() });
                    }
                }
                None => {
                    // Suggestions cost a distance per question: a typo or two is what they are for.
                    suggested += 1;
                    let suggestion = if suggested <= MAX_SUGGESTIONS {
                        nearest_question(rubric, id)
                    } else {
                        None
                    };
                    let line = lines
                        .get_or_insert_with(|| locate::key_lines(text))
                        .get(id.as_str())
                        .copied();
                    errors.push(AnswersError::UnknownQuestion {
                        id: id.clone(),
                        suggestion,
                        line,
                    });
                }
            }
        }
        if errors.is_empty() {
            Ok(notices)
        } else {
            Err(errors)
        }
    }
}

/// How many unknown questions of one file get a "did you mean" suggestion.
const MAX_SUGGESTIONS: usize = 100;

/// The question id of `rubric` closest to `id`, if it is close enough to be a typo.
fn nearest_question(rubric: &Rubric, id: &str) -> Option<String> {
    let within = id.len().max(3) / 3 + 1;
    let chars = id.chars().count();
    rubric
        .questions
        .iter()
        // The distance is at least the difference in length: skip what cannot be close.
        .filter(|q| q.id.chars().count().abs_diff(chars) <= within)
        .map(|q| (strsim::levenshtein(id, &q.id), &q.id))
        .filter(|(d, _)| *d <= within)
        .min()
        .map(|(_, q)| q.clone())
}

/// The major part of a semantic version.
fn major(version: &str) -> Option<u64> {
    version.trim().split('.').next()?.parse().ok()
}
