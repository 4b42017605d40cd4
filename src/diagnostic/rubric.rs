//! A rubric that does not load (YAML, a schema too new) or does not validate (each problem with its
//! place).

use super::{Diagnostic, place};
use crate::i18n::{self, L10n, args};
use crate::rubric::{Problem, RubricError};

pub fn rubric_error(file: &str, e: &RubricError, l10n: &L10n) -> Diagnostic {
    match e {
        RubricError::Yaml(e) => super::yaml::yaml_error(
            file,
            e,
            "err-rubric-syntax-help",
            "err-rubric-empty-help",
            l10n,
        ),
        RubricError::SchemaTooNew { found } => Diagnostic::new(l10n.tr_with(
            "err-schema-too-new",
            &args([
                ("file", file.to_string().into()),
                ("found", (*found).into()),
                ("supported", crate::rubric::SCHEMA.into()),
            ]),
        ))
        .help(l10n.tr("err-schema-too-new-help")),
    }
}

/// Words one rubric problem, with its place.
pub fn problem(file: &str, p: &Problem, l10n: &L10n) -> Diagnostic {
    use crate::rubric::ProblemKind as K;
    let mut a = i18n::Args::new();
    match &p.kind {
        K::NoLanguages | K::EmptyId | K::NoFinalRule => {}
        K::BadVersion { version } => a.set("version", version.clone()),
        K::DuplicateId { id }
        | K::NoStandard { id }
        | K::StandardAndRedFlag { id }
        | K::SeveralStandards { id }
        | K::RaisesWithoutRedFlag { id } => a.set("id", id.clone()),
        K::RuleOrder { when } => a.set("when", when.clone()),
        K::MissingThreshold { name } => a.set("name", name.clone()),
        K::NotMigrated { id, from } => {
            a.set("id", id.clone());
            a.set("from", from.clone());
        }
        K::MissingText { lang } => a.set("lang", lang.clone()),
        K::UnknownReference { list, id } | K::NotEvidenced { list, id } => {
            a.set("list", list.clone());
            a.set("id", id.clone());
        }
        K::NoQuestionAtStage { id, stage } => {
            a.set("id", id.clone());
            // The stage in words ("before signing"), not the file's token.
            a.set("stage", l10n.tr(&format!("stage-{stage}")));
        }
        K::OutOfRange { name, value } => {
            a.set("name", name.clone());
            a.set("value", l10n.decimal(*value, 2));
        }
        K::ThresholdOrder { partly, met } => {
            a.set("partly", l10n.decimal(*partly, 2));
            a.set("met", l10n.decimal(*met, 2));
        }
        K::StandardCount { found } => a.set("found", *found),
        K::PanelWindow { days } => {
            a.set("days", *days);
            a.set("max", crate::rubric::validate::MAX_PANEL_WINDOW);
        }
    }
    Diagnostic::new(format!(
        "{}: {}: {}",
        place(file, p.line, None),
        p.path,
        l10n.tr_with(p.kind.message_id(), &a)
    ))
}
