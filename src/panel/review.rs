//! Whether several answers files make one review ([`same_review`]): the same major version of the
//! rubric, the same stage, and dates close enough; and why not ([`NotOneReview`]).

use crate::answers::{Answers, Stage};
use crate::rubric::major;

/// Why a file is not part of the same review as the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotOneReview {
    /// Written for another major version of the rubric than the first file.
    OtherVersion {
        file: usize,
        expected: String,
        found: String,
    },
    /// At another stage than the first file (before signing, or a review).
    OtherStage {
        file: usize,
        expected: Stage,
        found: Stage,
    },
    /// The earliest and the latest files are more than the window apart.
    TooFarApart {
        earliest: usize,
        latest: usize,
        days: i64,
        window: u32,
    },
}

/// Whether `files` make one review: the same major version of the rubric and the same stage as
/// the first, and dates within `window` days. (Same rubric and partner: [`crate::diff::comparable`].)
pub fn same_review(files: &[&Answers], window: u32) -> Vec<NotOneReview> {
    let mut out = Vec::new();
    let Some((first, _)) = files.split_first() else {
        return out;
    };
    for (i, f) in files.iter().enumerate().skip(1) {
        if major(&f.rubric.version) != major(&first.rubric.version) {
            out.push(NotOneReview::OtherVersion {
                file: i,
                expected: first.rubric.version.clone(),
                found: f.rubric.version.clone(),
            });
        }
        if f.stage != first.stage {
            out.push(NotOneReview::OtherStage {
                file: i,
                expected: first.stage,
                found: f.stage,
            });
        }
    }
    let earliest = (0..files.len()).min_by_key(|&i| files[i].date).unwrap_or(0);
    let latest = (0..files.len()).max_by_key(|&i| files[i].date).unwrap_or(0);
    let days = days_between(files[earliest].date, files[latest].date);
    if days > i64::from(window) {
        out.push(NotOneReview::TooFarApart {
            earliest,
            latest,
            days,
            window,
        });
    }
    out
}

/// Whole days from `a` to `b`.
fn days_between(a: jiff::civil::Date, b: jiff::civil::Date) -> i64 {
    a.until(b).map_or(0, |s| i64::from(s.get_days()))
}
