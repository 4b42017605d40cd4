//! `vet migrate` (and the comparisons that move files across versions): why a file cannot be moved,
//! and what a move did that the person should check.

use std::path::Path;

use super::{Diagnostic, Failure, notice};
use crate::i18n::{L10n, args};
use crate::migrate::{MigrateError, Migrated};

/// Says on standard error what a move to another version did that the person should check.
pub fn migrated(file: &str, m: &Migrated, from: &str, to: &crate::rubric::Rubric, l10n: &L10n) {
    notice(
        l10n,
        &l10n.tr_with(
            "migrate-summary",
            &args([
                ("file", file.to_string().into()),
                ("from", from.to_string().into()),
                ("to", to.version.clone().into()),
                ("renamed", m.renamed.len().into()),
                ("split", m.split.len().into()),
                ("removed", m.removed.len().into()),
            ]),
        ),
    );
    for (old, parts) in &m.split {
        notice(
            l10n,
            &l10n.tr_with(
                "migrate-split",
                &args([
                    ("id", old.clone().into()),
                    ("parts", parts.join(", ").into()),
                ]),
            ),
        );
    }
    for old in &m.removed {
        notice(
            l10n,
            &l10n.tr_with("migrate-removed", &args([("id", old.clone().into())])),
        );
    }
    for new in &m.off_stage {
        notice(
            l10n,
            &l10n.tr_with("migrate-off-stage", &args([("id", new.clone().into())])),
        );
    }
    for (new, kept) in &m.conflicts {
        notice(
            l10n,
            &l10n.tr_with(
                "migrate-conflict",
                &args([("id", new.clone().into()), ("kept", kept.clone().into())]),
            ),
        );
    }
}

/// Words why a file cannot be moved to the rubric.
pub fn migrate_error(file: &str, e: &MigrateError, l10n: &L10n) -> Failure {
    let f = ("file", file.to_string().into());
    let d = match e {
        MigrateError::OtherRubric { found, expected } => Diagnostic::new(l10n.tr_with(
            "err-other-rubric",
            &args([
                f,
                ("found", found.clone().into()),
                ("expected", expected.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-other-rubric-help")),
        MigrateError::AlreadyCurrent { version } => Diagnostic::new(l10n.tr_with(
            "err-migrate-current",
            &args([f, ("version", version.clone().into())]),
        ))
        .help(l10n.tr_with(
            "err-migrate-current-help",
            &args([("file", file.to_string().into())]),
        )),
        MigrateError::NoMap { from, to } => Diagnostic::new(l10n.tr_with(
            "err-migrate-no-map",
            &args([f, ("from", from.clone().into()), ("to", to.clone().into())]),
        ))
        .help(l10n.tr("err-migrate-no-map-help")),
    };
    d.into()
}

/// The file to write the moved answers to exists already: vet never writes over it.
pub fn target_exists(target: &Path, l10n: &L10n) -> Diagnostic {
    Diagnostic::new(l10n.tr_with(
        "err-migrate-exists",
        &args([("file", target.display().to_string().into())]),
    ))
    .help(l10n.tr("err-migrate-exists-help"))
}
