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

use std::collections::BTreeMap;

use serde::Serialize;

use crate::answers::{Answer, Answers, Entry, RubricRef, Stage};
use crate::rubric::{Combine, PanelRules, Question, Rubric, Share, Verdict, major};
use crate::score::{self, Assessment, Status};
use crate::yaml;

/// vet's built-in panel rules, used for a rubric without a `panel:` section. The same text is
/// the snippet in docs/panel.md, to paste into a rubric.
pub const DEFAULT_RULES: &str = include_str!("../rubric/panel-default.yaml");

/// Where the rules of a panel come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RulesFrom {
    /// The rubric's own `panel:` section.
    Rubric,
    /// vet's built-in rules ([`DEFAULT_RULES`]).
    Default,
}

/// vet's built-in rules, parsed.
pub fn default_rules() -> PanelRules {
    #[derive(serde::Deserialize)]
    struct File {
        panel: PanelRules,
    }
    // The text is embedded and checked by the tests; should it ever fail to parse, the rules it
    // holds are spelled out here with no rationale rather than panic.
    yaml::from_str::<File>(DEFAULT_RULES)
        .map(|f| f.panel)
        .unwrap_or_else(|_| PanelRules {
            window_days: 90,
            confirm_red_flag: Share::Majority,
            combine: Combine::LowerMedian,
            rationale: Default::default(),
        })
}

/// The rules `rubric` gives for a panel, and where they come from.
pub fn rules(rubric: &Rubric) -> (PanelRules, RulesFrom) {
    match &rubric.panel {
        Some(p) => (p.clone(), RulesFrom::Rubric),
        None => (default_rules(), RulesFrom::Default),
    }
}

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

/// How the respondents' answers to one question spread.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Spread {
    pub yes: usize,
    pub partly: usize,
    pub no: usize,
    pub dont_know: usize,
    pub refused: usize,
    pub not_applicable: usize,
    /// Respondents who left the question blank.
    pub no_answer: usize,
}

impl Spread {
    fn of(given: &[Option<Answer>]) -> Spread {
        let mut s = Spread::default();
        for g in given {
            *match g {
                Some(Answer::Yes) => &mut s.yes,
                Some(Answer::Partly) => &mut s.partly,
                Some(Answer::No) => &mut s.no,
                Some(Answer::DontKnow) => &mut s.dont_know,
                Some(Answer::Refused) => &mut s.refused,
                Some(Answer::NotApplicable) => &mut s.not_applicable,
                None => &mut s.no_answer,
            } += 1;
        }
        s
    }

    /// How many gave `answer`.
    pub fn count(&self, answer: Answer) -> usize {
        match answer {
            Answer::Yes => self.yes,
            Answer::Partly => self.partly,
            Answer::No => self.no,
            Answer::DontKnow => self.dont_know,
            Answer::Refused => self.refused,
            Answer::NotApplicable => self.not_applicable,
        }
    }
}

/// Whether the respondents who gave a known answer (yes, partly, no, refused) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agreement {
    /// Nobody gave a known answer.
    Unknown,
    /// Every known answer is the same.
    Agree,
    /// Known answers differ, but nobody is fully for the partner while another is fully against
    /// it (e.g. yes and partly).
    Differ,
    /// One respondent's answer is fully for the partner, another's fully against it (yes and no,
    /// or yes and refused).
    Split,
}

/// Which rule gave a question's combined answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// Nobody answered: the question stays open.
    NoAnswer,
    /// Nobody gave a known answer: "don't know", or "not applicable" when all said so.
    NoneKnown,
    /// Every known answer is the same.
    Same,
    /// A red flag reported by enough respondents (`confirm_red_flag`): the answer against the
    /// partner, confirming it.
    RedFlagReported,
    /// A red flag reported by some and contradicted by others, short of `confirm_red_flag`:
    /// "partly", so that it is suspected, and a point to check.
    RedFlagContradicted,
    /// A "partly" on a red-flag question: suspected by someone, kept suspected.
    RedFlagPartly,
    /// A respondent recorded a refusal (guide 6).
    Refusal,
    /// `combine: lower-median`.
    LowerMedian,
    /// `combine: least-favourable`.
    LeastFavourable,
}

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

/// Combines the answers `given` by several respondents to question `q`. Pure and independent of
/// the respondents' order. Returns the combined answer, the rule that gave it, and whether it is
/// a point to check.
pub fn combine(
    rubric: &Rubric,
    rules: &PanelRules,
    q: &Question,
    given: &[Option<Answer>],
) -> (Option<Answer>, Why, bool) {
    let answered: Vec<Answer> = given.iter().flatten().copied().collect();
    if answered.is_empty() {
        return (None, Why::NoAnswer, false);
    }
    let known: Vec<Answer> = answered.iter().copied().filter(|a| a.is_known()).collect();
    let Some(&first) = known.first() else {
        let all_na = answered.iter().all(|&a| a == Answer::NotApplicable);
        let a = if all_na {
            Answer::NotApplicable
        } else {
            Answer::DontKnow
        };
        return (Some(a), Why::NoneKnown, false);
    };
    if known.iter().all(|&a| a == first) {
        return (Some(first), Why::Same, false);
    }
    let red = !q.evidences.red_flags.is_empty();
    let against = score::against(q);
    let refused = known.contains(&Answer::Refused);
    let reporting = known.iter().filter(|&&a| a == against).count();
    // Those who answered otherwise than against the partner, refusals aside, contradict a report.
    let contradicting = known
        .iter()
        .filter(|&&a| a != against && a != Answer::Refused)
        .count();
    if red && reporting > 0 {
        let confirmed = match rules.confirm_red_flag {
            Share::Any => true,
            Share::Majority => 2 * reporting > reporting + contradicting,
            Share::All => contradicting == 0,
        };
        return if confirmed {
            (Some(against), Why::RedFlagReported, contradicting > 0)
        } else if refused {
            // A refusal bars good as a suspicion does; the flag stays a point to check.
            (Some(Answer::Refused), Why::Refusal, true)
        } else {
            (Some(Answer::Partly), Why::RedFlagContradicted, true)
        };
    }
    if refused {
        return (Some(Answer::Refused), Why::Refusal, true);
    }
    if red && known.contains(&Answer::Partly) {
        return (Some(Answer::Partly), Why::RedFlagPartly, true);
    }
    // Every known answer now has a distinct value (refusals are handled above): sort by it.
    let value = |a: Answer| score::value(&rubric.scoring, q, a).unwrap_or(0.0);
    let mut sorted = known;
    sorted.sort_by(|a, b| value(*a).total_cmp(&value(*b)));
    match rules.combine {
        Combine::LowerMedian => (
            Some(sorted[(sorted.len() - 1) / 2]),
            Why::LowerMedian,
            false,
        ),
        Combine::LeastFavourable => (Some(sorted[0]), Why::LeastFavourable, false),
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

fn partner_view(
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

#[cfg(test)]
mod tests;
