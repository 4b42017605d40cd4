//! YAML that does not read: the syntax error with its place, and the parser's details (serde's
//! English) worded through the locales.

use super::{Diagnostic, place};
use crate::i18n::{L10n, args};
use crate::yaml::YamlError;

/// Words a YAML reading error of an answers file or a rubric; what to do differs between the two
/// (`syntax_help`, `empty_help`).
pub fn yaml_error(
    file: &str,
    e: &YamlError,
    syntax_help: &str,
    empty_help: &str,
    l10n: &L10n,
) -> Diagnostic {
    match e {
        YamlError::Syntax {
            detail,
            line,
            column,
        } => Diagnostic::new(l10n.tr_with(
            "err-syntax",
            &args([
                ("place", place(file, *line, *column).into()),
                ("detail", parser_detail(detail, l10n).into()),
            ]),
        ))
        .help(l10n.tr(syntax_help)),
        YamlError::Empty => {
            Diagnostic::new(l10n.tr_with("err-empty", &args([("file", file.to_string().into())])))
                .help(l10n.tr(empty_help))
        }
        YamlError::Alias { line, column } => Diagnostic::new(l10n.tr_with(
            "err-yaml-alias",
            &args([("place", place(file, Some(*line), Some(*column)).into())]),
        ))
        .help(l10n.tr("err-yaml-alias-help")),
        YamlError::TooDeep { line, column } => Diagnostic::new(l10n.tr_with(
            "err-yaml-too-deep",
            &args([
                ("place", place(file, Some(*line), Some(*column)).into()),
                ("limit", crate::guard::MAX_DEPTH.into()),
            ]),
        ))
        .help(l10n.tr("err-yaml-too-deep-help")),
    }
}

/// Words a parser's message in the interface's language: serde's English details (wrong type,
/// unknown or missing field, value not in a list) become messages of the locales, with the
/// field, value and path as variables. What no message covers (the YAML scanner's own words) is
/// shown as it is.
fn parser_detail(message: &str, l10n: &L10n) -> String {
    use crate::yaml::{Detail, Expected, Found};
    let ticked = |names: &[String]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let found = |f: &Found| match f {
        Found::Text(v) => l10n.tr_with("yaml-found-text", &args([("value", v.clone().into())])),
        Found::Number(v) => l10n.tr_with("yaml-found-number", &args([("value", v.clone().into())])),
        Found::Boolean(v) => {
            l10n.tr_with("yaml-found-boolean", &args([("value", v.clone().into())]))
        }
        Found::List => l10n.tr("yaml-found-list"),
        Found::Mapping => l10n.tr("yaml-found-mapping"),
        Found::Empty => l10n.tr("yaml-found-empty"),
        Found::Other => l10n.tr("yaml-found-other"),
    };
    let expected = |e: &Expected| {
        let id = match e {
            Expected::Text => "yaml-expected-text",
            Expected::Number => "yaml-expected-number",
            Expected::WholeNumber => "yaml-expected-whole-number",
            Expected::Boolean => "yaml-expected-boolean",
            Expected::List => "yaml-expected-list",
            Expected::Mapping => "yaml-expected-mapping",
            Expected::AnswersFile => "yaml-expected-answers-file",
            Expected::RubricRef => "yaml-expected-rubric-ref",
            Expected::Entry => "yaml-expected-entry",
            Expected::AnswerMap => "yaml-expected-answer-map",
            Expected::Rubric => "yaml-expected-rubric",
            Expected::Answer => "yaml-expected-answer",
            Expected::Other => return None,
        };
        Some(l10n.tr(id))
    };
    let (path, detail) = crate::yaml::detail(message);
    let text = match &detail {
        Detail::InvalidType {
            found: f,
            expected: e,
        }
        | Detail::InvalidValue {
            found: f,
            expected: e,
        } => {
            let invalid_value = matches!(detail, Detail::InvalidValue { .. });
            match expected(e) {
                Some(e) => l10n.tr_with(
                    if invalid_value {
                        "yaml-invalid-value"
                    } else {
                        "yaml-invalid-type"
                    },
                    &args([("found", found(f).into()), ("expected", e.into())]),
                ),
                None => l10n.tr_with(
                    "yaml-invalid-type-other",
                    &args([("found", found(f).into())]),
                ),
            }
        }
        Detail::UnknownField { field, allowed } => l10n.tr_with(
            "yaml-unknown-field",
            &args([
                ("field", field.clone().into()),
                ("allowed", ticked(allowed).into()),
            ]),
        ),
        Detail::MissingField { field } => l10n.tr_with(
            "yaml-missing-field",
            &args([("field", field.clone().into())]),
        ),
        Detail::DuplicateField { field } => l10n.tr_with(
            "yaml-duplicate-field",
            &args([("field", field.clone().into())]),
        ),
        Detail::UnknownValue { value, allowed } => l10n.tr_with(
            "yaml-unknown-value",
            &args([
                ("value", value.clone().into()),
                ("allowed", ticked(allowed).into()),
            ]),
        ),
        Detail::BadDate => l10n.tr("yaml-bad-date"),
        Detail::Other(raw) => raw.clone(),
    };
    match path {
        Some(path) => l10n.tr_with(
            "yaml-at",
            &args([("path", path.into()), ("detail", text.into())]),
        ),
        None => text,
    }
}
