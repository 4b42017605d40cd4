//! `vet panel`: why the files given are not one review (another version, another stage, dates too
//! far apart).

use super::Diagnostic;
use crate::answers::Answers;
use crate::i18n::{L10n, args};
use crate::panel::NotOneReview;

/// Words why the files (`files[i]` read into `answers[i]`) are not one review.
pub fn not_one_review(
    files: &[&str],
    answers: &[&Answers],
    n: &NotOneReview,
    l10n: &L10n,
) -> Diagnostic {
    let file = |i: usize| files.get(i).map_or(String::new(), |f| f.to_string());
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
            let date = |i: usize| answers.get(i).map_or(String::new(), |a| a.date.to_string());
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
