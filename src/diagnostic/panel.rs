//! `vet panel`: why the files given are not one review (another version, another stage, dates too
//! far apart).

use super::Diagnostic;
use crate::i18n::{L10n, args};
use crate::load::Parsed;
use crate::panel::NotOneReview;

/// Words why a file is not part of the review.
pub fn not_one_review(parsed: &[Parsed], n: &NotOneReview, l10n: &L10n) -> Diagnostic {
    let file = |i: usize| parsed.get(i).map_or(String::new(), |p| p.file.clone());
    let first = || ("first", file(0).into());
    match n {
        NotOneReview::OtherVersion {
            file: i,
            expected,
            found,
        } => Diagnostic::new(l10n.tr_with(
            "panel-err-other-version",
            &args([
                ("file", file(*i).into()),
                ("found", found.clone().into()),
                first(),
                ("expected", expected.clone().into()),
            ]),
        ))
        .help(l10n.tr("panel-err-other-version-help")),
        NotOneReview::OtherStage {
            file: i,
            expected,
            found,
        } => Diagnostic::new(l10n.tr_with(
            "panel-err-other-stage",
            &args([
                ("file", file(*i).into()),
                ("found", l10n.tr(&format!("stage-{}", found.token())).into()),
                first(),
                (
                    "expected",
                    l10n.tr(&format!("stage-{}", expected.token())).into(),
                ),
            ]),
        ))
        .help(l10n.tr("panel-err-other-stage-help")),
        NotOneReview::TooFarApart {
            earliest,
            latest,
            days,
            window,
        } => {
            let date = |i: usize| {
                parsed
                    .get(i)
                    .map_or(String::new(), |p| p.answers.date.to_string())
            };
            Diagnostic::new(l10n.tr_with(
                "panel-err-too-far-apart",
                &args([
                    ("earliest", file(*earliest).into()),
                    ("earliest_date", date(*earliest).into()),
                    ("latest", file(*latest).into()),
                    ("latest_date", date(*latest).into()),
                    ("days", (*days).into()),
                    ("window", (*window).into()),
                ]),
            ))
            .help(l10n.tr("panel-err-too-far-apart-help"))
        }
    }
}
