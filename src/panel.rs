//! A panel: several respondents who answered separately about one partner, combined.
//!
//! Per question: how the answers spread, whether the respondents agree, and one combined answer
//! under the rubric's `panel:` rules (or vet's built-in ones). The combined answers make one
//! answers file, scored by [`score::assess`] like any other, so the combined verdict, its
//! firmness and its decisive questions come from the same engine. Per standard, the range of the
//! respondents' own scores. The questions where respondents disagree most come first, as the
//! board's agenda. The partner's own view, when given, is compared with the panel and never
//! counted in it.
//!
//! Pure: no terminal, file or clock.

mod combine;
mod partner;
mod review;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::answers::{Answer, Answers, Entry, RubricRef, Stage};
use crate::rubric::{PanelRules, Question, Rubric, Verdict};
use crate::score::{self, Assessment, Status};
pub use combine::{
    Agreement, DEFAULT_RULES, RulesFrom, Spread, Why, combine, default_rules, rules,
};
use partner::partner_view;
pub use partner::{PartnerView, QuestionGap, StandardGap};
pub use review::{NotOneReview, same_review};

/// One question, across the panel.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionPanel {
    pub id: String,
    /// The red flags the question evidences.
    pub red_flags: Vec<String>,
    /// Each respondent's answer, in the respondents' order; `None` when left blank.
    pub answers: Vec<Option<Answer>>,
    pub spread: Spread,
    pub agreement: Agreement,
    /// How far apart the known answers are: the value of the most favourable minus that of the
    /// least favourable, 0 to 1; `None` when nobody gave a known answer.
    pub disagreement: Option<f64>,
    /// The combined answer; `None` when nobody answered.
    pub combined: Option<Answer>,
    pub why: Why,
    /// A point for the board to check: a red flag reported and contradicted, or a refusal that
    /// other respondents did not meet.
    pub check: bool,
}

impl QuestionPanel {
    /// Whether the respondents' known answers differ.
    pub fn disputed(&self) -> bool {
        matches!(self.agreement, Agreement::Differ | Agreement::Split)
    }
}

/// How one standard's scores spread across the respondents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardSpread {
    pub id: String,
    /// The lowest and the highest of the respondents' own scores; `None` when no respondent has
    /// one.
    pub range: Option<[f64; 2]>,
    /// Each respondent's score and status, in the respondents' order.
    pub scores: Vec<Option<f64>>,
    pub statuses: Vec<Status>,
}

/// A panel, combined.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub rules: PanelRules,
    pub rules_from: RulesFrom,
    /// The combined answers, as one answers file.
    pub combined: Answers,
    /// Its assessment by the scoring engine.
    pub assessment: Assessment,
    /// Each respondent's own assessment, in the respondents' order.
    pub respondents: Vec<Assessment>,
    /// The questions asked at the panel's stage, in rubric order.
    pub questions: Vec<QuestionPanel>,
    /// Positions in `questions` of those the respondents disagree on, most disputed first: the
    /// board's agenda (see [`agenda`]).
    pub agenda: Vec<usize>,
    pub standards: Vec<StandardSpread>,
    /// The most and the least favourable of the respondents' own verdicts.
    pub verdicts: [Verdict; 2],
    pub partner: Option<PartnerView>,
}

/// The order of the agenda, most disputed first: red-flag questions that are points to check;
/// then the widest disagreement (most favourable minus least favourable known answer); then the
/// most evenly divided (the most respondents outside the largest group of one answer); then
/// rubric order. Only disputed questions are on it.
pub fn agenda(questions: &[QuestionPanel]) -> Vec<usize> {
    let mut out: Vec<usize> = (0..questions.len())
        .filter(|&i| questions[i].disputed())
        .collect();
    let key = |i: &usize| {
        let q = &questions[*i];
        let known: Vec<usize> = Answer::ALL
            .iter()
            .filter(|a| a.is_known())
            .map(|a| q.spread.count(*a))
            .collect();
        let outside = known.iter().sum::<usize>() - known.iter().max().copied().unwrap_or(0);
        let contested_flag = q.check && !q.red_flags.is_empty();
        (
            !contested_flag,
            std::cmp::Reverse((q.disagreement.unwrap_or(0.0) * 1000.0).round() as i64),
            std::cmp::Reverse(outside),
            *i,
        )
    };
    out.sort_by_key(key);
    out
}

/// The newest of some versions, by their numbers.
fn newest(versions: impl Iterator<Item = String>) -> Option<String> {
    let parts = |v: &str| -> Vec<u64> {
        v.trim()
            .split('.')
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    versions.max_by(|a, b| parts(a).cmp(&parts(b)).then_with(|| b.cmp(a)))
}

/// The spelling of the partner's name that most respondents used (ties: the first in sort order).
fn partner_name(files: &[&Answers]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in files {
        *counts.entry(f.partner.as_str()).or_default() += 1;
    }
    let most = counts.values().copied().max().unwrap_or(0);
    counts
        .into_iter()
        .find(|(_, n)| *n == most)
        .map(|(p, _)| p.to_string())
        .unwrap_or_default()
}

/// Combines the answers of `respondents` (at least one, of one review: see [`same_review`]) about
/// one partner, and compares the partner's own `view` when given.
pub fn assemble(rubric: &Rubric, respondents: &[&Answers], view: Option<&Answers>) -> Panel {
    let (rules, rules_from) = rules(rubric);
    let stage = respondents.first().map_or(Stage::Ongoing, |a| a.stage);
    let asked: Vec<&Question> = rubric
        .questions
        .iter()
        .filter(|q| stage.includes(q.stage))
        .collect();
    let questions: Vec<QuestionPanel> = asked
        .iter()
        .map(|q| {
            let given: Vec<Option<Answer>> = respondents
                .iter()
                .map(|r| r.answers.get(&q.id).map(|e| e.answer))
                .collect();
            let values: Vec<f64> = given
                .iter()
                .flatten()
                .filter_map(|a| score::value(&rubric.scoring, q, *a))
                .collect();
            let known: Vec<Answer> = given
                .iter()
                .flatten()
                .copied()
                .filter(|a| a.is_known())
                .collect();
            let disagreement = (!values.is_empty()).then(|| {
                values.iter().copied().fold(f64::MIN, f64::max)
                    - values.iter().copied().fold(f64::MAX, f64::min)
            });
            let agreement = match (known.first(), disagreement) {
                (None, _) => Agreement::Unknown,
                (Some(f), _) if known.iter().all(|a| a == f) => Agreement::Agree,
                (_, Some(d)) if d >= 1.0 => Agreement::Split,
                _ => Agreement::Differ,
            };
            let (combined, why, check) = combine(rubric, &rules, q, &given);
            QuestionPanel {
                id: q.id.clone(),
                red_flags: q.evidences.red_flags.clone(),
                spread: Spread::of(&given),
                answers: given,
                agreement,
                disagreement,
                combined,
                why,
                check,
            }
        })
        .collect();

    let combined = Answers {
        rubric: RubricRef {
            id: respondents
                .first()
                .map_or_else(|| rubric.id.clone(), |a| a.rubric.id.clone()),
            version: newest(respondents.iter().map(|a| a.rubric.version.clone()))
                .unwrap_or_else(|| rubric.version.clone()),
        },
        partner: partner_name(respondents),
        date: respondents.iter().map(|a| a.date).max().unwrap_or_default(),
        stage,
        assessor: None,
        notes: Default::default(),
        answers: questions
            .iter()
            .filter_map(|q| {
                q.combined.map(|answer| {
                    (
                        q.id.clone(),
                        Entry {
                            answer,
                            note: None,
                            evidence: Vec::new(),
                        },
                    )
                })
            })
            .collect(),
    };
    let assessment = score::assess(rubric, &combined);
    let own: Vec<Assessment> = respondents
        .iter()
        .map(|a| score::assess(rubric, a))
        .collect();
    let standards = assessment
        .standards
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let scores: Vec<Option<f64>> = own.iter().map(|a| a.standards[i].score).collect();
            let known: Vec<f64> = scores.iter().flatten().copied().collect();
            StandardSpread {
                id: s.id.clone(),
                range: (!known.is_empty()).then(|| {
                    [
                        known.iter().copied().fold(f64::MAX, f64::min),
                        known.iter().copied().fold(f64::MIN, f64::max),
                    ]
                }),
                scores,
                statuses: own.iter().map(|a| a.standards[i].status).collect(),
            }
        })
        .collect();
    let verdicts = [
        own.iter()
            .map(|a| a.verdict)
            .min()
            .unwrap_or(assessment.verdict),
        own.iter()
            .map(|a| a.verdict)
            .max()
            .unwrap_or(assessment.verdict),
    ];
    let partner = view.map(|v| partner_view(rubric, &questions, &assessment, v, &asked));
    Panel {
        agenda: agenda(&questions),
        rules,
        rules_from,
        combined,
        assessment,
        respondents: own,
        questions,
        standards,
        verdicts,
        partner,
    }
}

#[cfg(test)]
mod tests;
