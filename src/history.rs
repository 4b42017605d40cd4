//! A partner's assessments over time: the order of the files by date and, per minimum standard, its
//! scores in that order and where it went from the first known score to the last. This is what
//! `vet history` shows.
//!
//! Pure: scored files in, a [`History`] out. Renderers are in `crate::export` (`table::history`,
//! `json::history`, `csv::history`).

use serde::Serialize;

use crate::diff::{Pair, Trend, delta, standard_trend};
use crate::rubric::Verdict;
use crate::score::Status;
use crate::scored::Scored;

/// Where one standard went over the assessments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardTrend {
    pub id: String,
    /// Its score in each assessment, oldest first; `None` when nothing was known.
    pub scores: Vec<Option<f64>>,
    /// The first and the last known scores.
    pub first: Option<f64>,
    pub last: Option<f64>,
    /// `last - first`, when there are two known scores.
    pub delta: Option<f64>,
    /// From the first known score to the last, as `vet diff` would compare those two assessments;
    /// unclear with fewer than two known scores, or when the standard's status is unknown at either
    /// end (its score then rests on too few answers).
    pub trend: Trend,
}

/// The assessments of a partner in date order, with a trend per standard.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// Positions in the input, oldest first (same date: by file name).
    pub order: Vec<usize>,
    /// Every standard, in rubric order.
    pub standards: Vec<StandardTrend>,
    /// The verdicts of the oldest and the newest assessment (`None` with no assessment).
    pub verdict: Option<Pair<Verdict>>,
}

impl History {
    /// Orders `items` by date and follows each standard through them.
    pub fn new(items: &[Scored]) -> History {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&items[a], &items[b]);
            (a.answers.date, a.file).cmp(&(b.answers.date, b.file))
        });
        let standards = match order.first() {
            None => Vec::new(),
            Some(&first) => items[first]
                .assessment
                .standards
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let at = |k: usize| items[k].assessment.standards.get(i);
                    let scores: Vec<Option<f64>> =
                        order.iter().map(|&k| at(k).and_then(|x| x.score)).collect();
                    let known: Vec<(f64, Status)> = order
                        .iter()
                        .filter_map(|&k| at(k).and_then(|x| Some((x.score?, x.status))))
                        .collect();
                    let ends = match known.as_slice() {
                        [a, .., b] => Some(Pair::new(*a, *b)),
                        _ => None,
                    };
                    let first = known.first().map(|x| x.0);
                    let last = known.last().map(|x| x.0);
                    StandardTrend {
                        id: s.id.clone(),
                        delta: ends.as_ref().and_then(|_| delta(first, last)),
                        trend: ends.map_or(Trend::Unclear, |e| {
                            standard_trend(
                                &Pair::new(Some(e.before.0), Some(e.after.0)),
                                &Pair::new(e.before.1, e.after.1),
                            )
                        }),
                        scores,
                        first,
                        last,
                    }
                })
                .collect(),
        };
        let verdict = match (order.first(), order.last()) {
            (Some(&a), Some(&b)) => Some(Pair::new(
                items[a].assessment.verdict,
                items[b].assessment.verdict,
            )),
            _ => None,
        };
        History {
            order,
            standards,
            verdict,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answers, RubricRef, Stage};
    use crate::rubric::Condition;
    use crate::score::{Assessment, StandardScore, Status};

    fn answers(date: &str) -> Answers {
        Answers {
            rubric: RubricRef {
                id: "mini".into(),
                version: "1.2.0".into(),
            },
            partner: "P".into(),
            date: date.parse().unwrap(),
            stage: Stage::Ongoing,
            assessor: None,
            answers: Default::default(),
            notes: Default::default(),
        }
    }

    /// The status the mini rubric's thresholds give a score.
    fn status(score: Option<f64>) -> Status {
        match score {
            None => Status::Unknown,
            Some(s) if s >= 0.75 => Status::Met,
            Some(s) if s >= 0.4 => Status::Partly,
            Some(_) => Status::NotMet,
        }
    }

    /// `file` as scored: `assessment`, whatever `answers` say.
    fn scored<'a>(file: &'a str, answers: &'a Answers, assessment: &Assessment) -> Scored<'a> {
        Scored {
            file,
            answers,
            assessment: assessment.clone(),
            redacted: false,
        }
    }

    fn assessment(verdict: Verdict, scores: &[Option<f64>]) -> Assessment {
        Assessment {
            verdict,
            rule: Condition::Always,
            rule_source: String::new(),
            best: verdict,
            worst: verdict,
            decisive: vec![],
            questions_total: 0,
            answered: 0,
            known: 0,
            coverage: 0.0,
            standards: scores
                .iter()
                .enumerate()
                .map(|(i, s)| StandardScore {
                    id: format!("s{i}"),
                    score: *s,
                    status: status(*s),
                    range: s.map(|s| [s, s]),
                    firm: true,
                    applicable: 0,
                    answered: 0,
                    known: 0,
                    refusals: vec![],
                    shortfalls: vec![],
                })
                .collect(),
            red_flags: vec![],
            suspected: vec![],
            refusals: vec![],
        }
    }

    #[test]
    fn assessments_are_ordered_by_date_whatever_the_input_order() {
        let (a, b, c) = (
            answers("2025-03-01"),
            answers("2023-03-01"),
            answers("2024-03-01"),
        );
        let x = assessment(Verdict::Ugly, &[Some(0.2)]);
        let y = assessment(Verdict::Bad, &[Some(0.5)]);
        let z = assessment(Verdict::Good, &[Some(0.9)]);
        let h = History::new(&[
            scored("a", &a, &x),
            scored("b", &b, &y),
            scored("c", &c, &z),
        ]);
        assert_eq!(h.order, vec![1, 2, 0]);
        assert_eq!(h.standards[0].scores, vec![Some(0.5), Some(0.9), Some(0.2)]);
        assert_eq!(h.verdict, Some(Pair::new(Verdict::Bad, Verdict::Ugly)));
        assert_eq!(h.standards[0].trend, Trend::Worse);
    }

    #[test]
    fn files_of_the_same_date_are_ordered_by_name() {
        let (a, b) = (answers("2024-01-01"), answers("2024-01-01"));
        let s = assessment(Verdict::Good, &[]);
        let h = History::new(&[scored("z.yaml", &a, &s), scored("a.yaml", &b, &s)]);
        assert_eq!(h.order, vec![1, 0]);
    }

    #[test]
    fn the_trend_runs_from_the_first_known_score_to_the_last() {
        let dates = ["2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01"];
        let files: Vec<Answers> = dates.iter().map(|d| answers(d)).collect();
        let assessments = [
            assessment(Verdict::Inconclusive, &[None, Some(1.0), None]),
            assessment(Verdict::Bad, &[Some(0.25), Some(0.5), None]),
            assessment(Verdict::Bad, &[Some(0.75), Some(0.5), Some(0.5)]),
            assessment(Verdict::Good, &[None, Some(1.0), None]),
        ];
        let items: Vec<Scored> = files
            .iter()
            .zip(&assessments)
            .map(|(answers, assessment)| scored("f", answers, assessment))
            .collect();
        let h = History::new(&items);
        let s0 = &h.standards[0];
        assert_eq!(
            (s0.first, s0.last, s0.delta),
            (Some(0.25), Some(0.75), Some(0.5))
        );
        assert_eq!(s0.trend, Trend::Better);
        // Back where it started: unchanged, however it went in between.
        assert_eq!(h.standards[1].trend, Trend::Unchanged);
        // A single known score says nothing about a trend.
        let s2 = &h.standards[2];
        assert_eq!((s2.first, s2.last, s2.delta), (Some(0.5), Some(0.5), None));
        assert_eq!(s2.trend, Trend::Unclear);
    }

    #[test]
    fn a_standard_unknown_at_either_end_has_no_direction_whatever_its_scores() {
        let files = [answers("2024-01-01"), answers("2025-01-01")];
        let before = assessment(Verdict::Bad, &[Some(0.5), Some(0.5)]);
        // The unfavourable answers became "don't know": what is left scores 1.0, on too little.
        let mut after = assessment(Verdict::Inconclusive, &[Some(1.0), Some(0.9)]);
        after.standards[0].status = Status::Unknown;
        let h = History::new(&[
            scored("a", &files[0], &before),
            scored("b", &files[1], &after),
        ]);
        assert_eq!(h.standards[0].trend, Trend::Unclear);
        assert_eq!(h.standards[1].trend, Trend::Better);
        assert_eq!(h.verdict.map(|v| v.trend()), Some(Trend::Unclear));
    }

    #[test]
    fn no_assessment_gives_an_empty_history() {
        let h = History::new(&[]);
        assert!(h.order.is_empty() && h.standards.is_empty() && h.verdict.is_none());
    }
}
