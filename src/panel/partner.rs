//! The partner's own view ([`PartnerView`]): its answers about itself, scored and compared with
//! the panel's per standard and per question; never counted in the panel.

use serde::Serialize;

use super::QuestionPanel;
use crate::answers::{Answer, Answers};
use crate::rubric::{Question, Rubric};
use crate::score::{self, Assessment, Status};

/// The partner's own view of one standard beside the panel's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardGap {
    pub id: String,
    pub partner_score: Option<f64>,
    pub partner_status: Status,
    pub panel_score: Option<f64>,
    pub panel_status: Status,
    /// The partner's score minus the panel's: above 0 when the partner sees itself better.
    pub difference: Option<f64>,
}

/// A question where the partner's answer about itself and the panel's combined answer differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionGap {
    pub id: String,
    /// Whether the question evidences a red flag.
    pub red_flag: bool,
    pub partner: Answer,
    pub panel: Option<Answer>,
    /// Respondents whose known answer is not the partner's.
    pub differing: usize,
    /// Respondents with a known answer.
    pub known: usize,
    /// The answer most of the differing respondents gave (ties: the less favourable).
    pub most_differing: Option<Answer>,
    /// How far the partner's answer is from the panel's, by value, 0 to 1; above 0 when the
    /// partner sees itself better. `None` when either has no value.
    pub difference: Option<f64>,
}

/// The partner's own answers about itself, compared with the panel; never counted in it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerView {
    pub assessment: Assessment,
    pub standards: Vec<StandardGap>,
    /// Questions where the partner's answer and the panel's differ: red-flag questions first,
    /// then the widest gaps, then in rubric order.
    pub gaps: Vec<QuestionGap>,
}

pub(super) fn partner_view(
    rubric: &Rubric,
    questions: &[QuestionPanel],
    panel: &Assessment,
    view: &Answers,
    asked: &[&Question],
) -> PartnerView {
    let assessment = score::assess(rubric, view);
    let standards = assessment
        .standards
        .iter()
        .zip(&panel.standards)
        .map(|(p, c)| StandardGap {
            id: p.id.clone(),
            partner_score: p.score,
            partner_status: p.status,
            panel_score: c.score,
            panel_status: c.status,
            difference: p.score.zip(c.score).map(|(a, b)| a - b),
        })
        .collect();
    let mut gaps: Vec<(usize, QuestionGap)> = questions
        .iter()
        .zip(asked)
        .enumerate()
        .filter_map(|(i, (qp, q))| {
            let partner = view.answers.get(&q.id).map(|e| e.answer)?;
            if !partner.is_known() || qp.combined == Some(partner) {
                return None;
            }
            // Only where the panel holds a view: a panel that does not know is no gap.
            let panel = qp.combined.filter(|a| a.is_known())?;
            let value = |a: Answer| score::value(&rubric.scoring, q, a);
            let known: Vec<Answer> = qp
                .answers
                .iter()
                .flatten()
                .copied()
                .filter(|a| a.is_known())
                .collect();
            let differing: Vec<Answer> = known.iter().copied().filter(|&a| a != partner).collect();
            // Most common among the differing; ties to the less favourable.
            let most_differing = differing.iter().copied().max_by(|a, b| {
                let n = |x: &Answer| differing.iter().filter(|y| *y == x).count();
                n(a).cmp(&n(b)).then_with(|| {
                    value(*b)
                        .unwrap_or(0.0)
                        .total_cmp(&value(*a).unwrap_or(0.0))
                })
            });
            Some((
                i,
                QuestionGap {
                    id: q.id.clone(),
                    red_flag: !q.evidences.red_flags.is_empty(),
                    partner,
                    panel: Some(panel),
                    differing: differing.len(),
                    known: known.len(),
                    most_differing,
                    difference: value(partner).zip(value(panel)).map(|(a, b)| a - b),
                },
            ))
        })
        .collect();
    gaps.sort_by_key(|(i, g)| {
        (
            !g.red_flag,
            std::cmp::Reverse((g.difference.unwrap_or(0.0).abs() * 1000.0).round() as i64),
            *i,
        )
    });
    PartnerView {
        assessment,
        standards,
        gaps: gaps.into_iter().map(|(_, g)| g).collect(),
    }
}
