//! Files that cannot be compared with one another (`vet diff`, `vet history`, `vet panel`).

use super::Diagnostic;
use crate::diff::Incomparable;
use crate::i18n::{L10n, args};

/// Words why `file` cannot be compared with `first`. Another partner is only a notice when the
/// comparison is forced (`--force`): `Ok` holds that notice.
pub fn incomparable(
    first: &str,
    file: &str,
    e: &Incomparable,
    force: bool,
    l10n: &L10n,
) -> Result<String, Diagnostic> {
    match e {
        Incomparable::OtherRubric { expected, found } => Err(Diagnostic::new(l10n.tr_with(
            "diff-err-other-rubrics",
            &args([
                ("first", first.to_string().into()),
                ("expected", expected.clone().into()),
                ("file", file.to_string().into()),
                ("found", found.clone().into()),
            ]),
        ))
        .help(l10n.tr("diff-err-other-rubrics-help"))),
        Incomparable::OtherPartner { expected, found } => {
            let a = args([
                ("first", first.to_string().into()),
                ("expected", expected.clone().into()),
                ("file", file.to_string().into()),
                ("found", found.clone().into()),
            ]);
            if force {
                Ok(l10n.tr_with("diff-notice-other-partners", &a))
            } else {
                Err(Diagnostic::new(l10n.tr_with("diff-err-other-partners", &a))
                    .help(l10n.tr("diff-err-other-partners-help")))
            }
        }
    }
}
