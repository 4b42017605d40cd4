//! An answers file that does not fit its rubric (off the scale, answered twice, an unknown
//! question, another rubric or version), and the notices about one that loads.

use super::{Diagnostic, place};
use crate::answers::{AnswersError, AnswersNotice, Stage};
use crate::i18n::{L10n, args};

/// Words an answers error, with what to do.
pub fn answers_error(file: &str, e: &AnswersError, l10n: &L10n) -> Diagnostic {
    let f = || ("file", file.to_string().into());
    match e {
        AnswersError::Yaml(e) => super::yaml::yaml_error(
            file,
            e,
            "err-answers-syntax-help",
            "err-answers-empty-help",
            l10n,
        ),
        AnswersError::OtherRubric {
            file: found,
            rubric,
        } => Diagnostic::new(l10n.tr_with(
            "err-other-rubric",
            &args([
                f(),
                ("found", found.clone().into()),
                ("expected", rubric.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-other-rubric-help")),
        AnswersError::IncompatibleVersion {
            file: found,
            rubric,
        } => Diagnostic::new(l10n.tr_with(
            "err-incompatible-version",
            &args([
                f(),
                ("found", found.clone().into()),
                ("expected", rubric.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-incompatible-version-help")),
        AnswersError::OffScale {
            found,
            nearest,
            line,
            column,
        } => Diagnostic::new(l10n.tr_with(
            "err-off-scale",
            &args([
                ("place", place(file, *line, *column).into()),
                ("found", found.clone().into()),
            ]),
        ))
        .help(l10n.tr_with(
            "err-off-scale-help",
            &args([("nearest", nearest.token().into())]),
        )),
        AnswersError::AnsweredTwice { id, line } => Diagnostic::new(l10n.tr_with(
            "err-answered-twice",
            &args([
                ("place", place(file, *line, None).into()),
                ("id", id.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-answered-twice-help")),
        AnswersError::UnknownQuestion {
            id,
            suggestion,
            line,
        } => {
            let d = Diagnostic::new(l10n.tr_with(
                "err-unknown-question",
                &args([
                    ("place", place(file, *line, None).into()),
                    ("id", id.clone().into()),
                ]),
            ));
            match suggestion {
                Some(s) => d.help(l10n.tr_with(
                    "err-unknown-question-suggest",
                    &args([("id", s.clone().into())]),
                )),
                None => d.help(l10n.tr("err-unknown-question-help")),
            }
        }
    }
}

/// Words a notice about an answers file (`file`, at `stage`): answers to another version, or to a
/// question not asked at its stage.
pub fn answers_notice(file: &str, stage: Stage, n: &AnswersNotice, l10n: &L10n) -> String {
    match n {
        AnswersNotice::OtherVersion {
            file: found,
            rubric,
        } => l10n.tr_with(
            "notice-other-version",
            &args([
                ("file", file.to_string().into()),
                ("found", found.clone().into()),
                ("expected", rubric.clone().into()),
            ]),
        ),
        AnswersNotice::NotAtStage { id } => l10n.tr_with(
            "notice-not-at-stage",
            &args([
                ("file", file.to_string().into()),
                ("id", id.clone().into()),
                ("stage", l10n.tr(&format!("stage-{}", stage.token())).into()),
            ]),
        ),
    }
}
