//! Scores as `vet diff` shows them, with a comparison made to order.

use super::*;
use crate::export::style::Style;
use crate::i18n::{L10n, Lang};
use crate::rubric::Rubric;
use crate::score::Status;

/// The 2024 example compared with itself, its first two standards' scores set by hand.
pub(crate) fn compared_with_scores(scores: [(f64, f64); 2], check: impl Fn(&Compared, &Words)) {
    let rubric = Rubric::embedded_1().unwrap();
    let answers = Answers::parse(include_str!(
        "../../../../examples/series/2024-meridian.yaml"
    ))
    .unwrap();
    let [before, after] = [0, 1].map(|_| Scored::new(&rubric, "f.yaml", &answers));
    let mut change = crate::diff::diff(
        &rubric,
        (&answers, &before.assessment),
        (&answers, &after.assessment),
    );
    for (s, (b, a)) in change.standards.iter_mut().zip(scores) {
        s.score = Pair::new(Some(b), Some(a));
        s.delta = Some(a - b);
        s.status = Pair::new(Status::Met, Status::Met);
        s.trend = Trend::of_scores(Some(b), Some(a));
    }
    let l10n = L10n::new(Lang::En);
    let words = Words::new(&rubric, &l10n);
    let compared = Compared {
        before: &before,
        after: &after,
        change: &change,
    };
    check(&compared, &words);
}

#[test]
fn the_change_shown_is_the_difference_of_the_scores_shown() {
    // 0.904 shows as 0.90 and 0.875 as 0.88: the change shown is -0.02, not -0.03.
    compared_with_scores([(0.904, 0.875), (0.9, 0.9)], |c, words| {
        let table = crate::export::table::diff::render(c, words, Style::plain(100));
        assert!(table.contains("0.90 ┆  0.88 ┆ -0.02 (worse)"), "{table}");
        let md = crate::export::markdown::diff(c, words);
        assert!(md.contains("| 0.90 | 0.88 | -0.02 (worse) |"), "{md}");
    });
}
