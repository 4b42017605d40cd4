//! The JSON contract of `vet diff`: stable field names, never localised; adding a field is not a
//! breaking change.

use serde::Serialize;

use super::{JsonRubric, round3, rounded_delta};
use crate::answers::Answer;
use crate::diff::{FlagChange, FlagLevel, OneSided, Trend};
use crate::export::model::diff::Compared;
use crate::rubric::Verdict;
use crate::score::Status;
use crate::scored::Scored;

/// What changed between two assessments, as scripts see it.
#[derive(Debug, Serialize)]
pub struct JsonDiff<'a> {
    pub before: JsonSide<'a>,
    pub after: JsonSide<'a>,
    /// The verdicts and which way they moved (good < bad < ugly; unclear to or from inconclusive).
    pub classification: JsonVerdicts,
    /// What `--fail-on worse` decides on: the verdict moved down, a standard's status or score went
    /// down, or a red flag was raised.
    pub worse: bool,
    /// Whether anything at all differs.
    pub changed: bool,
    /// Whether less is known now: the verdict became inconclusive or a standard became unknown.
    /// Neither better nor worse; `worse` does not count it.
    pub less_known: bool,
    /// Ids of the standards known before and unknown now, in rubric order.
    pub standards_now_unknown: Vec<&'a str>,
    /// Ids of the standards unknown before and known now, in rubric order.
    pub standards_now_known: Vec<&'a str>,
    /// Every standard of the rubric, changed or not, in rubric order.
    pub standards: Vec<JsonStandardChange<'a>>,
    /// Confirmed red flags that appeared or went away.
    pub red_flags: JsonFlagMoves<'a>,
    /// Suspected red flags that appeared or went away (not counting those confirmed on the other
    /// side, which are in `red_flags`).
    pub suspected_red_flags: JsonFlagMoves<'a>,
    /// Question ids refused after and not before (`added`), before and not after (`resolved`).
    pub refusals: JsonRefusals<'a>,
    /// Questions answered in both files, with another answer.
    pub answers_changed: Vec<JsonAnswerChange<'a>>,
    /// Questions answered in the earlier file only.
    pub answered_only_before: Vec<JsonOneSided<'a>>,
    /// Questions answered in the later file only.
    pub answered_only_after: Vec<JsonOneSided<'a>>,
}

/// One of the two files.
#[derive(Debug, Serialize)]
pub struct JsonSide<'a> {
    pub file: &'a str,
    pub partner: &'a str,
    pub date: String,
    pub stage: &'static str,
    pub rubric: JsonRubric<'a>,
}

#[derive(Debug, Serialize)]
pub struct JsonVerdicts {
    pub before: Verdict,
    pub after: Verdict,
    pub trend: Trend,
}

#[derive(Debug, Serialize)]
pub struct JsonStandardChange<'a> {
    pub id: &'a str,
    /// Scores, 0 to 1, rounded to 3 decimals; null when nothing was known.
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// `after - before` of the two rounded scores above, rounded to 3 decimals (so that it always
    /// agrees with them); null unless both are known.
    pub delta: Option<f64>,
    pub status_before: Status,
    pub status_after: Status,
    /// better, worse, unchanged, or unclear (a score or a status appeared or went away).
    pub trend: Trend,
}

#[derive(Debug, Serialize)]
pub struct JsonFlagMoves<'a> {
    pub raised: Vec<JsonFlagChange<'a>>,
    pub cleared: Vec<JsonFlagChange<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonFlagChange<'a> {
    pub id: &'a str,
    /// Section of the guide.
    pub source: &'a str,
    /// none, suspected or confirmed, on each side.
    pub level_before: FlagLevel,
    pub level_after: FlagLevel,
    /// The questions that raise it: after for a raised flag, before for a cleared one.
    pub questions: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonRefusals<'a> {
    pub added: &'a [String],
    pub resolved: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonAnswerChange<'a> {
    pub question: &'a str,
    pub before: Answer,
    pub after: Answer,
    /// By the answers' values: better, worse, unchanged (same value, e.g. no → refused on a
    /// favourable question), or unclear (to or from "dont-know" or "n/a").
    pub trend: Trend,
    pub note_before: Option<&'a str>,
    pub note_after: Option<&'a str>,
    pub evidence_before: &'a [String],
    pub evidence_after: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonOneSided<'a> {
    pub question: &'a str,
    pub answer: Answer,
    pub note: Option<&'a str>,
    pub evidence: &'a [String],
    /// False for a question the rubric compared against does not have (retired in its version).
    pub in_rubric: bool,
}

fn side<'a>(s: &'a Scored) -> JsonSide<'a> {
    JsonSide {
        file: s.file,
        partner: &s.answers.partner,
        date: s.answers.date.to_string(),
        stage: s.answers.stage.token(),
        rubric: JsonRubric {
            id: &s.answers.rubric.id,
            version: &s.answers.rubric.version,
        },
    }
}

fn flag_moves<'a>(
    raised: impl Iterator<Item = &'a FlagChange>,
    cleared: impl Iterator<Item = &'a FlagChange>,
) -> JsonFlagMoves<'a> {
    let one = |f: &'a FlagChange, questions: &'a [String]| JsonFlagChange {
        id: &f.id,
        source: &f.source,
        level_before: f.level.before,
        level_after: f.level.after,
        questions,
    };
    JsonFlagMoves {
        raised: raised.map(|f| one(f, &f.questions.after)).collect(),
        cleared: cleared.map(|f| one(f, &f.questions.before)).collect(),
    }
}

fn one_sided(list: &[OneSided]) -> Vec<JsonOneSided<'_>> {
    list.iter()
        .map(|o| JsonOneSided {
            question: &o.question,
            answer: o.entry.answer,
            note: o.entry.note.as_deref(),
            evidence: &o.entry.evidence,
            in_rubric: o.in_rubric,
        })
        .collect()
}

impl<'a> JsonDiff<'a> {
    /// The contract view of a comparison.
    pub fn new(c: &Compared<'a>) -> Self {
        let ch = c.change;
        JsonDiff {
            before: side(c.before),
            after: side(c.after),
            classification: JsonVerdicts {
                before: ch.verdict.before,
                after: ch.verdict.after,
                trend: ch.verdict_trend(),
            },
            worse: ch.worse(),
            changed: ch.changed(),
            less_known: ch.less_known(),
            standards_now_unknown: ch.became_unknown().map(|s| s.id.as_str()).collect(),
            standards_now_known: ch.became_known().map(|s| s.id.as_str()).collect(),
            standards: ch
                .standards
                .iter()
                .map(|s| JsonStandardChange {
                    id: &s.id,
                    before: s.score.before.map(round3),
                    after: s.score.after.map(round3),
                    delta: rounded_delta(s.score.before, s.score.after),
                    status_before: s.status.before,
                    status_after: s.status.after,
                    trend: s.trend,
                })
                .collect(),
            red_flags: flag_moves(ch.raised(), ch.cleared()),
            suspected_red_flags: flag_moves(ch.suspected_raised(), ch.suspected_cleared()),
            refusals: JsonRefusals {
                added: &ch.refusals_added,
                resolved: &ch.refusals_resolved,
            },
            answers_changed: ch
                .answers_changed
                .iter()
                .map(|a| JsonAnswerChange {
                    question: &a.question,
                    before: a.before.answer,
                    after: a.after.answer,
                    trend: a.trend,
                    note_before: a.before.note.as_deref(),
                    note_after: a.after.note.as_deref(),
                    evidence_before: &a.before.evidence,
                    evidence_after: &a.after.evidence,
                })
                .collect(),
            answered_only_before: one_sided(&ch.only_before),
            answered_only_after: one_sided(&ch.only_after),
        }
    }
}

/// The JSON contract of `vet diff`.
pub fn render(c: &Compared) -> String {
    super::pretty(&JsonDiff::new(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::model::diff::tests::compared_with_scores;

    #[test]
    fn json_deltas_are_the_difference_of_the_json_scores() {
        // Both show as 0.9 in JSON; the unrounded difference would say -0.001.
        compared_with_scores([(0.9004, 0.8996), (0.904, 0.875)], |c, _| {
            let j: serde_json::Value = serde_json::from_str(&render(c)).unwrap();
            for s in j["standards"].as_array().unwrap() {
                let (b, a) = (s["before"].as_f64().unwrap(), s["after"].as_f64().unwrap());
                assert_eq!(s["delta"].as_f64(), Some(round3(a - b)), "{s}");
            }
            assert_eq!(j["standards"][0]["delta"], 0.0);
            assert_eq!(j["standards"][1]["delta"], -0.029);
        });
    }
}
