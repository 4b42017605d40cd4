//! Survey interop: a rubric that cannot be made an XLSForm, an export that cannot be read, and a
//! submission (a row) that cannot be imported.

use super::Diagnostic;
use crate::i18n::{L10n, args};
use crate::rubric::Rubric;
use crate::survey::form::FormError;
use crate::survey::import::{ImportError, RowError};

/// Words why a rubric cannot be made a form.
pub fn form_error(e: &FormError, l10n: &L10n) -> Diagnostic {
    match e {
        FormError::BadName { id } => {
            Diagnostic::new(l10n.tr_with("err-form-name", &args([("id", id.clone().into())])))
                .help(l10n.tr("err-form-name-help"))
        }
        FormError::Clash { name } => {
            Diagnostic::new(l10n.tr_with("err-form-clash", &args([("name", name.clone().into())])))
                .help(l10n.tr_with(
                    "err-form-clash-help",
                    &args([("name", name.clone().into())]),
                ))
        }
        FormError::Unquotable { value } => Diagnostic::new(
            l10n.tr_with("err-form-quote", &args([("value", value.clone().into())])),
        )
        .help(l10n.tr("err-form-quote-help")),
    }
}

/// Words why an export cannot be read at all.
pub fn import_error(file: &str, e: &ImportError, l10n: &L10n) -> Diagnostic {
    let f = || ("file", file.to_string().into());
    match e {
        ImportError::Csv { line, detail } => Diagnostic::new(
            l10n.tr_with(
                "err-import-csv",
                &args([
                    (
                        "place",
                        line.map_or_else(|| file.to_string(), |l| format!("{file}:{l}"))
                            .into(),
                    ),
                    ("detail", detail.clone().into()),
                ]),
            ),
        )
        .help(l10n.tr("err-import-read-help")),
        ImportError::Json {
            line,
            column,
            detail,
        } => Diagnostic::new(l10n.tr_with(
            "err-import-json",
            &args([
                ("place", format!("{file}:{line}:{column}").into()),
                ("detail", detail.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-import-read-help")),
        ImportError::NoSubmissions => {
            Diagnostic::new(l10n.tr_with("err-import-no-submissions", &args([f()])))
                .help(l10n.tr("err-import-no-submissions-help"))
        }
        ImportError::Zip { detail } => Diagnostic::new(l10n.tr_with(
            "err-import-zip",
            &args([f(), ("detail", detail.clone().into())]),
        ))
        .help(l10n.tr("err-import-read-help")),
        ImportError::ZipCsv { found } => Diagnostic::new(l10n.tr_with(
            "err-import-zip-csv",
            &args([
                f(),
                ("count", found.len().into()),
                ("names", found.join(", ").into()),
            ]),
        ))
        .help(l10n.tr("err-import-zip-csv-help")),
        ImportError::ZipTooLarge { name, limit } => Diagnostic::new(l10n.tr_with(
            "err-import-zip-too-large",
            &args([
                f(),
                ("name", name.clone().into()),
                ("limit", (*limit).into()),
            ]),
        ))
        .help(l10n.tr("err-import-zip-too-large-help")),
        ImportError::ZipNotUtf8 { name } => Diagnostic::new(l10n.tr_with(
            "err-import-zip-not-utf8",
            &args([f(), ("name", name.clone().into())]),
        ))
        .help(l10n.tr("err-import-read-help")),
        ImportError::NotVetForm { missing } => Diagnostic::new(l10n.tr_with(
            "err-import-not-vet",
            &args([f(), ("missing", missing.join(", ").into())]),
        ))
        .help(l10n.tr("err-import-not-vet-help")),
    }
}

/// Words why one submission was skipped.
pub fn row_error(place: &str, e: &RowError, rubric: &Rubric, l10n: &L10n) -> Diagnostic {
    let p = || ("place", place.to_string().into());
    let row_help = || l10n.tr("err-import-row-help");
    match e {
        RowError::NotDecrypted { status } => Diagnostic::new(l10n.tr_with(
            "err-import-not-decrypted",
            &args([p(), ("status", status.clone().into())]),
        ))
        .help(l10n.tr("err-import-not-decrypted-help")),
        RowError::NoRubric => {
            Diagnostic::new(l10n.tr_with("err-import-no-rubric", &args([p()]))).help(row_help())
        }
        RowError::OtherForm { id, version } => Diagnostic::new(l10n.tr_with(
            "err-import-other-form",
            &args([
                p(),
                ("found_id", id.clone().into()),
                ("found_version", version.clone().into()),
                ("id", rubric.id.clone().into()),
                ("version", rubric.version.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-import-other-form-help")),
        RowError::NoPartner => {
            Diagnostic::new(l10n.tr_with("err-import-no-partner", &args([p()]))).help(row_help())
        }
        RowError::BadStage { found } => Diagnostic::new(l10n.tr_with(
            "err-import-bad-stage",
            &args([p(), ("found", found.clone().into())]),
        ))
        .help(row_help()),
        RowError::BadAnswer { question, found } => Diagnostic::new(l10n.tr_with(
            "err-import-bad-answer",
            &args([
                p(),
                ("id", question.clone().into()),
                ("found", found.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-import-bad-answer-help")),
        RowError::NoDate => {
            Diagnostic::new(l10n.tr_with("err-import-no-date", &args([p()]))).help(row_help())
        }
    }
}
