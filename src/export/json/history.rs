//! The JSON contract of `vet history`: stable field names, never localised.

use serde::Serialize;

use super::{JsonRubric, round3, rounded_delta};
use crate::diff::Trend;
use crate::history::History;
use crate::rubric::Verdict;
use crate::score::Status;
use crate::scored::Scored;

/// A partner's assessments over time, as scripts see them.
#[derive(Debug, Serialize)]
pub struct JsonHistory<'a> {
    /// The partner as named in the oldest file.
    pub partner: &'a str,
    /// The assessments, oldest first.
    pub assessments: Vec<JsonAssessment<'a>>,
    /// Per standard, in rubric order: its scores oldest first and where it went.
    pub trends: Vec<JsonTrend<'a>>,
    /// The verdicts of the oldest and the newest assessment, and which way they moved.
    pub classification: Option<JsonVerdictTrend>,
}

#[derive(Debug, Serialize)]
pub struct JsonAssessment<'a> {
    pub file: &'a str,
    pub date: String,
    pub partner: &'a str,
    pub stage: &'static str,
    pub rubric: JsonRubric<'a>,
    pub classification: Verdict,
    pub answered: usize,
    pub questions_total: usize,
    pub coverage: f64,
    pub standards: Vec<JsonScore<'a>>,
    /// Ids of the confirmed red flags.
    pub red_flags: Vec<&'a str>,
    /// Question ids the partner refused to answer or document.
    pub refusals: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonScore<'a> {
    pub id: &'a str,
    /// 0 to 1, rounded to 3 decimals; null when nothing is known.
    pub score: Option<f64>,
    pub status: Status,
}

#[derive(Debug, Serialize)]
pub struct JsonTrend<'a> {
    pub id: &'a str,
    /// One per assessment, oldest first; null when nothing was known.
    pub scores: Vec<Option<f64>>,
    /// The first and last known scores, and `last - first` of those two as rounded here, rounded to
    /// 3 decimals (null with fewer than two).
    pub first: Option<f64>,
    pub last: Option<f64>,
    pub delta: Option<f64>,
    /// better, worse, unchanged, or unclear (fewer than two known scores).
    pub trend: Trend,
}

#[derive(Debug, Serialize)]
pub struct JsonVerdictTrend {
    pub first: Verdict,
    pub last: Verdict,
    pub trend: Trend,
}

impl<'a> JsonHistory<'a> {
    /// The contract view of a history.
    pub fn new(rows: &'a [Scored], h: &'a History) -> Self {
        let ordered: Vec<&Scored> = h.order.iter().map(|&i| &rows[i]).collect();
        JsonHistory {
            partner: ordered.first().map_or("", |s| s.answers.partner.as_str()),
            assessments: ordered
                .iter()
                .map(|s| {
                    let a = &s.assessment;
                    JsonAssessment {
                        file: s.file,
                        date: s.answers.date.to_string(),
                        partner: &s.answers.partner,
                        stage: s.answers.stage.token(),
                        rubric: JsonRubric {
                            id: &s.answers.rubric.id,
                            version: &s.answers.rubric.version,
                        },
                        classification: a.verdict,
                        answered: a.answered,
                        questions_total: a.questions_total,
                        coverage: round3(a.coverage),
                        standards: a
                            .standards
                            .iter()
                            .map(|st| JsonScore {
                                id: &st.id,
                                score: st.score.map(round3),
                                status: st.status,
                            })
                            .collect(),
                        red_flags: a.red_flags.iter().map(|f| f.id.as_str()).collect(),
                        refusals: &a.refusals,
                    }
                })
                .collect(),
            trends: h
                .standards
                .iter()
                .map(|st| JsonTrend {
                    id: &st.id,
                    scores: st.scores.iter().map(|s| s.map(round3)).collect(),
                    first: st.first.map(round3),
                    last: st.last.map(round3),
                    delta: st.delta.and(rounded_delta(st.first, st.last)),
                    trend: st.trend,
                })
                .collect(),
            classification: h.verdict.as_ref().map(|v| JsonVerdictTrend {
                first: v.before,
                last: v.after,
                trend: v.trend(),
            }),
        }
    }
}

/// The JSON contract of `vet history`.
pub fn render(rows: &[Scored], h: &History) -> String {
    super::pretty(&JsonHistory::new(rows, h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_deltas_are_the_difference_of_the_json_scores() {
        let trend = |first: f64, last: f64, known: bool| crate::history::StandardTrend {
            id: "s".into(),
            scores: vec![Some(first), Some(last)],
            first: Some(first),
            last: Some(last),
            delta: known.then_some(last - first),
            trend: Trend::of_scores(Some(first), Some(last)),
        };
        let h = History {
            order: vec![],
            standards: vec![
                trend(0.9004, 0.8996, true),
                trend(0.8755, 0.9125, true),
                trend(0.5, 0.5, false),
            ],
            verdict: None,
        };
        let j: serde_json::Value = serde_json::from_str(&render(&[], &h)).unwrap();
        let t = &j["trends"];
        assert_eq!(
            (t[0]["first"].as_f64(), t[0]["last"].as_f64()),
            (Some(0.9), Some(0.9))
        );
        assert_eq!(t[0]["delta"], 0.0);
        for t in t.as_array().unwrap().iter().take(2) {
            let (f, l) = (t["first"].as_f64().unwrap(), t["last"].as_f64().unwrap());
            assert_eq!(t["delta"].as_f64(), Some(round3(l - f)), "{t}");
        }
        assert_eq!(t[2]["delta"], serde_json::Value::Null);
    }
}
