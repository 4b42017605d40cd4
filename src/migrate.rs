//! Moving an answers file to a newer major version of its rubric, through the migration map the
//! newer rubric declares (`migrations:`): renamed questions take their old answer, a question split
//! in parts gives its answer to each part, removed questions are listed.
//!
//! Pure: no terminal, file or clock. The shell words the result and writes the file.

use crate::answers::{Answers, Entry, RubricRef};
use crate::rubric::{Rubric, major};

/// An answers file moved to a newer rubric, and what the move did.
#[derive(Debug, Clone, PartialEq)]
pub struct Migrated {
    /// The answers, now naming the newer rubric.
    pub answers: Answers,
    /// Old questions split in parts: the old id and the new ids that took its answer.
    pub split: Vec<(String, Vec<String>)>,
    /// Old questions renamed: the old id and the new one.
    pub renamed: Vec<(String, String)>,
    /// Old questions with no counterpart, whose answers are left out.
    pub removed: Vec<String>,
    /// New questions that took an answer but are not asked at the file's stage: left out too.
    pub off_stage: Vec<String>,
    /// New questions that two old answers mapped onto and that disagreed: the new id and the old
    /// id whose answer was kept (the first in the file).
    pub conflicts: Vec<(String, String)>,
}

/// Why a file cannot be moved to `to`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrateError {
    /// The file names another rubric.
    #[error("other rubric")]
    OtherRubric { found: String, expected: String },
    /// The file is already written for this major version.
    #[error("already current")]
    AlreadyCurrent { version: String },
    /// The newer rubric has no map from the file's major version.
    #[error("no migration map")]
    NoMap { from: String, to: String },
}

/// Moves `answers` onto rubric `to`. Every answer keeps its note and documents; an answer that
/// moves onto several questions is copied onto each of them.
pub fn migrate(answers: &Answers, to: &Rubric) -> Result<Migrated, MigrateError> {
    if answers.rubric.id != to.id {
        return Err(MigrateError::OtherRubric {
            found: answers.rubric.id.clone(),
            expected: to.id.clone(),
        });
    }
    let from = major(&answers.rubric.version);
    if from == major(&to.version) {
        return Err(MigrateError::AlreadyCurrent {
            version: answers.rubric.version.clone(),
        });
    }
    let Some(map) = from.and_then(|f| to.migration_from(f)) else {
        return Err(MigrateError::NoMap {
            from: answers.rubric.version.clone(),
            to: to.version.clone(),
        });
    };
    let mut out = Migrated {
        answers: Answers {
            rubric: RubricRef {
                id: to.id.clone(),
                version: to.version.clone(),
            },
            answers: Default::default(),
            ..answers.clone()
        },
        split: Vec::new(),
        renamed: Vec::new(),
        removed: Vec::new(),
        off_stage: Vec::new(),
        conflicts: Vec::new(),
    };
    // Which old id gave each new answer, to name it in a conflict.
    let mut given_by: Vec<(String, String)> = Vec::new();
    for (old, entry) in &answers.answers {
        let targets: Vec<String> = match map.map.get(old) {
            Some(new) => new.clone(),
            None if to.question(old).is_some() => vec![old.clone()],
            None => Vec::new(),
        };
        match targets.len() {
            0 => out.removed.push(old.clone()),
            1 if targets[0] != *old => out.renamed.push((old.clone(), targets[0].clone())),
            1 => {}
            _ => out.split.push((old.clone(), targets.clone())),
        }
        for new in targets {
            // A part now asked only at the other stage would be an answer scoring ignores.
            if to
                .question(&new)
                .is_some_and(|q| !answers.stage.includes(q.stage))
            {
                if !out.off_stage.contains(&new) {
                    out.off_stage.push(new);
                }
                continue;
            }
            match out.answers.answers.get(&new) {
                Some(kept) if kept.answer != entry.answer => {
                    let first = given_by
                        .iter()
                        .find(|(n, _)| *n == new)
                        .map_or_else(String::new, |(_, o)| o.clone());
                    out.conflicts.push((new, first));
                }
                Some(_) => {}
                None => {
                    given_by.push((new.clone(), old.clone()));
                    out.answers.answers.insert(new, entry.clone());
                }
            }
        }
    }
    Ok(out)
}

/// Appends `line` to an entry's note, on a line of its own.
pub fn add_note(entry: &mut Entry, line: &str) {
    entry.note = Some(match entry.note.take() {
        Some(note) if !note.trim().is_empty() => format!("{note}\n{line}"),
        _ => line.to_string(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Stage};
    use crate::rubric::{Migration, Removed};
    use crate::testing::{answers, mini_rubric};

    /// The mini rubric as a version 2.0.0 whose map splits q1 into q1 and q2, renames q4 to
    /// q4b and removes a question `gone`.
    fn newer() -> Rubric {
        let mut r = mini_rubric();
        r.version = "2.0.0".into();
        let mut q4b = r.question("q4").unwrap().clone();
        q4b.id = "q4b".into();
        r.questions.retain(|q| q.id != "q4");
        r.questions.push(q4b);
        r.migrations = vec![Migration {
            from: "1".into(),
            map: [
                ("q1".to_string(), vec!["q1".to_string(), "q2".to_string()]),
                ("q4".to_string(), vec!["q4b".to_string()]),
            ]
            .into_iter()
            .collect(),
            removed: vec![Removed {
                id: "gone".into(),
                why: Default::default(),
            }],
        }];
        r
    }

    #[test]
    fn a_split_question_gives_its_answer_to_every_part_and_a_renamed_one_moves() {
        let old = answers(
            Stage::Before,
            &[("q1", Answer::Partly), ("q4", Answer::Yes)],
        );
        let m = migrate(&old, &newer()).unwrap();
        assert_eq!(m.answers.rubric.version, "2.0.0");
        assert_eq!(m.answers.answers["q1"].answer, Answer::Partly);
        assert_eq!(m.answers.answers["q2"].answer, Answer::Partly);
        assert_eq!(m.answers.answers["q4b"].answer, Answer::Yes);
        assert!(!m.answers.answers.contains_key("q4"));
        assert_eq!(m.split, vec![("q1".into(), vec!["q1".into(), "q2".into()])]);
        assert_eq!(m.renamed, vec![("q4".into(), "q4b".into())]);
        assert!(m.removed.is_empty());
    }

    #[test]
    fn a_part_not_asked_at_the_files_stage_is_left_out_and_listed() {
        let mut r = newer();
        r.questions.iter_mut().find(|q| q.id == "q2").unwrap().stage =
            crate::rubric::QuestionStage::Ongoing;
        let m = migrate(&answers(Stage::Before, &[("q1", Answer::Yes)]), &r).unwrap();
        assert_eq!(m.off_stage, vec!["q2".to_string()]);
        assert!(!m.answers.answers.contains_key("q2"));
        assert_eq!(m.answers.answers["q1"].answer, Answer::Yes);
    }

    #[test]
    fn a_removed_question_is_listed_and_its_answer_left_out() {
        let mut old = answers(Stage::Before, &[("q3", Answer::No)]);
        old.answers
            .insert("gone".into(), crate::testing::entry(Answer::Yes));
        let m = migrate(&old, &newer()).unwrap();
        assert_eq!(m.removed, vec!["gone".to_string()]);
        assert!(!m.answers.answers.contains_key("gone"));
        assert_eq!(m.answers.answers["q3"].answer, Answer::No);
    }

    #[test]
    fn two_old_answers_that_disagree_on_one_new_question_keep_the_first_and_say_so() {
        let old = answers(Stage::Before, &[("q1", Answer::Yes), ("q2", Answer::No)]);
        let m = migrate(&old, &newer()).unwrap();
        assert_eq!(m.answers.answers["q2"].answer, Answer::Yes);
        assert_eq!(m.conflicts, vec![("q2".into(), "q1".into())]);
    }

    #[test]
    fn a_file_of_the_current_major_version_or_another_rubric_is_refused() {
        let r = newer();
        let mut current = answers(Stage::Before, &[]);
        current.rubric.version = "2.1.0".into();
        assert!(matches!(
            migrate(&current, &r),
            Err(MigrateError::AlreadyCurrent { .. })
        ));
        let mut other = answers(Stage::Before, &[]);
        other.rubric.id = "other".into();
        assert!(matches!(
            migrate(&other, &r),
            Err(MigrateError::OtherRubric { .. })
        ));
        let mut no_map = r.clone();
        no_map.migrations.clear();
        assert!(matches!(
            migrate(&answers(Stage::Before, &[]), &no_map),
            Err(MigrateError::NoMap { .. })
        ));
    }
}
