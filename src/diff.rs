//! Comparing two assessments of a partner: what improved, what got worse, which red flags and
//! refusals appeared or went away, and which answers changed. This is what `vet diff` reports and
//! what `--fail-on worse` decides on.
//!
//! Pure: values in, a [`Change`] out. In files beside it, because `vet diff` and `vet history`
//! share them: whether files can be compared at all, with vet's one rule for "the same partner"
//! ([`comparable()`], [`same_partner`], in `diff/comparable.rs`), and which way something moved
//! ([`Trend`], [`Pair`], in `diff/trend.rs`).
//!
//! "Worse" is defined once, in [`Change::worse`]: the verdict moved down the order good < bad <
//! ugly, or a standard's status went down (met > partly met > not met), or a standard's score
//! dropped, or a red flag became confirmed. Inconclusive and unknown are not on those scales: they
//! say how much is known, not how the partner did, so a move to or from them is unclear, and
//! [`Change::less_known`] says when less is known than before.

mod comparable;
mod trend;

use serde::Serialize;

use crate::answers::{Answers, Entry, Stage};
use crate::rubric::{Rubric, Verdict};
use crate::score::{self, Assessment, RaisedFlag, Status};
pub use comparable::{Incomparable, comparable, same_partner};
pub use trend::{Pair, Trend, delta};

/// How a minimum standard moved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardChange {
    pub id: String,
    /// Scores, 0 to 1; `None` when nothing was known.
    pub score: Pair<Option<f64>>,
    /// `after - before`, when both scores are known.
    pub delta: Option<f64>,
    pub status: Pair<Status>,
    /// Worse when the status went down or the score dropped; better when either rose.
    pub trend: Trend,
}

/// How far a red flag is raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagLevel {
    None,
    /// A "partly" on one of its questions.
    Suspected,
    /// The answer fully against the partner on one of its questions.
    Confirmed,
}

/// A red flag whose level changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlagChange {
    pub id: String,
    /// Section of the guide.
    pub source: String,
    pub level: Pair<FlagLevel>,
    /// The questions that raise it on each side (empty where it is not raised).
    pub questions: Pair<Vec<String>>,
}

/// An answer that changed between the two files.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerChange {
    pub question: String,
    pub before: Entry,
    pub after: Entry,
    /// By the answers' values: better when the new answer speaks more for the partner.
    pub trend: Trend,
}

/// An answer given in one file only: a question added or retired between rubric versions, asked at
/// one stage only, or simply left unanswered on the other side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OneSided {
    pub question: String,
    pub entry: Entry,
    /// Whether the rubric compared against has this question (a retired one it does not).
    pub in_rubric: bool,
}

/// Everything that differs between two assessments of a partner, in rubric order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub verdict: Pair<Verdict>,
    pub stage: Pair<Stage>,
    /// Every standard of the rubric, changed or not.
    pub standards: Vec<StandardChange>,
    /// Red flags whose level changed.
    pub flags: Vec<FlagChange>,
    /// Questions refused after and not before.
    pub refusals_added: Vec<String>,
    /// Questions refused before and not after.
    pub refusals_resolved: Vec<String>,
    /// Questions answered on both sides, with another answer.
    pub answers_changed: Vec<AnswerChange>,
    /// Questions answered before only.
    pub only_before: Vec<OneSided>,
    /// Questions answered after only.
    pub only_after: Vec<OneSided>,
}

/// The rank of a status that says something: met > partly met > not met; unknown has none.
fn rank(s: Status) -> Option<u8> {
    match s {
        Status::Met => Some(3),
        Status::Partly => Some(2),
        Status::NotMet => Some(1),
        Status::Unknown => None,
    }
}

/// The trend of a standard (shared with `vet history`): worse when its status went down or its
/// score dropped, better when
/// either rose; unchanged when neither moved. When either status is unknown it is unclear, unless
/// nothing moved at all: an unknown standard's score rests on too few answers to say anything (a
/// file whose unfavourable answers all became "don't know" scores 1.0 on what is left).
pub fn standard_trend(score: &Pair<Option<f64>>, status: &Pair<Status>) -> Trend {
    let by_score = Trend::of_scores(score.before, score.after);
    let (Some(b), Some(a)) = (rank(status.before), rank(status.after)) else {
        return if by_score == Trend::Unchanged && !status.changed() {
            Trend::Unchanged
        } else {
            Trend::Unclear
        };
    };
    let by_status = match a.cmp(&b) {
        std::cmp::Ordering::Less => Trend::Worse,
        std::cmp::Ordering::Greater => Trend::Better,
        std::cmp::Ordering::Equal => Trend::Unchanged,
    };
    // With one rubric the status follows the score, so the two agree; if they ever did not, the
    // cautious reading wins.
    if by_status == Trend::Worse || by_score == Trend::Worse {
        Trend::Worse
    } else if by_status == Trend::Better || by_score == Trend::Better {
        Trend::Better
    } else if by_score == Trend::Unchanged {
        Trend::Unchanged
    } else {
        Trend::Unclear
    }
}

fn level(a: &Assessment, id: &str) -> (FlagLevel, Vec<String>) {
    let find = |list: &[RaisedFlag]| {
        list.iter()
            .find(|f| f.id == id)
            .map(|f| f.questions.clone())
    };
    if let Some(q) = find(&a.red_flags) {
        (FlagLevel::Confirmed, q)
    } else if let Some(q) = find(&a.suspected) {
        (FlagLevel::Suspected, q)
    } else {
        (FlagLevel::None, Vec::new())
    }
}

/// The answers of a file that count: every answer except those to a question of the rubric that is
/// not asked at the file's stage (the loader says they are left out). Answers to questions the rubric
/// does not have (retired in its version) are kept, to be listed apart.
pub fn counted<'a>(rubric: &Rubric, answers: &'a Answers) -> Vec<(&'a String, &'a Entry)> {
    answers
        .answers
        .iter()
        .filter(|(id, _)| {
            rubric
                .question(id)
                .is_none_or(|q| answers.stage.includes(q.stage))
        })
        .collect()
}

/// The trend of a changed answer, by the answers' values. Two answers with no value ("don't know",
/// "not applicable"), or a question the rubric does not have, give no direction.
fn answer_trend(
    rubric: &Rubric,
    question: Option<&crate::rubric::Question>,
    before: &Entry,
    after: &Entry,
) -> Trend {
    let Some(q) = question else {
        return Trend::Unclear;
    };
    let value = |e: &Entry| score::value(&rubric.scoring, q, e.answer);
    match (value(before), value(after)) {
        (None, None) => Trend::Unclear,
        (b, a) => Trend::of_scores(b, a),
    }
}

/// Compares two assessments of a partner, scored against the same `rubric`: `old` before, `new`
/// after. Dates are not looked at: the caller decides which is which.
pub fn diff(rubric: &Rubric, old: (&Answers, &Assessment), new: (&Answers, &Assessment)) -> Change {
    let (old_answers, before) = old;
    let (new_answers, after) = new;

    let standards = before
        .standards
        .iter()
        .zip(&after.standards)
        .map(|(b, a)| {
            let score = Pair::new(b.score, a.score);
            let status = Pair::new(b.status, a.status);
            StandardChange {
                id: b.id.clone(),
                delta: delta(b.score, a.score),
                trend: standard_trend(&score, &status),
                score,
                status,
            }
        })
        .collect();

    let flags = rubric
        .red_flags
        .iter()
        .filter_map(|f| {
            let (lb, qb) = level(before, &f.id);
            let (la, qa) = level(after, &f.id);
            (lb != la).then(|| FlagChange {
                id: f.id.clone(),
                source: f.source.clone(),
                level: Pair::new(lb, la),
                questions: Pair::new(qb, qa),
            })
        })
        .collect();

    let minus = |a: &[String], b: &[String]| {
        a.iter()
            .filter(|q| !b.contains(q))
            .cloned()
            .collect::<Vec<_>>()
    };

    let old_counted = counted(rubric, old_answers);
    let new_counted = counted(rubric, new_answers);
    let find = |list: &[(&String, &Entry)], id: &str| {
        list.iter()
            .find(|(q, _)| q.as_str() == id)
            .map(|(_, e)| (*e).clone())
    };
    // Rubric order first, then the questions the rubric does not have, by id so that the order
    // does not depend on which file comes first.
    let mut ids: Vec<&str> = rubric
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .filter(|id| find(&old_counted, id).is_some() || find(&new_counted, id).is_some())
        .collect();
    let mut retired: Vec<&str> = old_counted
        .iter()
        .chain(&new_counted)
        .map(|(id, _)| id.as_str())
        .filter(|id| rubric.question(id).is_none())
        .collect();
    retired.sort_unstable();
    retired.dedup();
    ids.extend(retired);

    let mut answers_changed = Vec::new();
    let mut only_before = Vec::new();
    let mut only_after = Vec::new();
    for id in ids {
        let question = rubric.question(id);
        let one = |entry: Entry| OneSided {
            question: id.to_string(),
            entry,
            in_rubric: question.is_some(),
        };
        match (find(&old_counted, id), find(&new_counted, id)) {
            (Some(b), Some(a)) if b.answer != a.answer => {
                answers_changed.push(AnswerChange {
                    question: id.to_string(),
                    trend: answer_trend(rubric, question, &b, &a),
                    before: b,
                    after: a,
                });
            }
            (Some(_), Some(_)) => {}
            (Some(b), None) => only_before.push(one(b)),
            (None, Some(a)) => only_after.push(one(a)),
            (None, None) => {}
        }
    }

    Change {
        verdict: Pair::new(before.verdict, after.verdict),
        stage: Pair::new(old_answers.stage, new_answers.stage),
        standards,
        flags,
        refusals_added: minus(&after.refusals, &before.refusals),
        refusals_resolved: minus(&before.refusals, &after.refusals),
        answers_changed,
        only_before,
        only_after,
    }
}

impl Change {
    /// Red flags confirmed after and not before.
    pub fn raised(&self) -> impl Iterator<Item = &FlagChange> {
        self.flags
            .iter()
            .filter(|f| f.level.after == FlagLevel::Confirmed)
    }

    /// Red flags confirmed before and not after (they may still be suspected).
    pub fn cleared(&self) -> impl Iterator<Item = &FlagChange> {
        self.flags
            .iter()
            .filter(|f| f.level.before == FlagLevel::Confirmed)
    }

    /// Red flags suspected after and not raised at all before.
    pub fn suspected_raised(&self) -> impl Iterator<Item = &FlagChange> {
        self.flags
            .iter()
            .filter(|f| f.level.before == FlagLevel::None && f.level.after == FlagLevel::Suspected)
    }

    /// Red flags suspected before and not raised at all after.
    pub fn suspected_cleared(&self) -> impl Iterator<Item = &FlagChange> {
        self.flags
            .iter()
            .filter(|f| f.level.before == FlagLevel::Suspected && f.level.after == FlagLevel::None)
    }

    /// The trend of the verdict, in the order good < bad < ugly; unclear to or from inconclusive.
    pub fn verdict_trend(&self) -> Trend {
        self.verdict.trend()
    }

    /// Standards known before (met, partly met or not met) whose status is now unknown.
    pub fn became_unknown(&self) -> impl Iterator<Item = &StandardChange> {
        self.standards
            .iter()
            .filter(|s| s.status.before != Status::Unknown && s.status.after == Status::Unknown)
    }

    /// Standards unknown before whose status is now known.
    pub fn became_known(&self) -> impl Iterator<Item = &StandardChange> {
        self.standards
            .iter()
            .filter(|s| s.status.before == Status::Unknown && s.status.after != Status::Unknown)
    }

    /// Whether less is known now than before: the verdict became inconclusive, or a standard's
    /// status became unknown. That is neither better nor worse (see [`Change::worse`]), but a reader
    /// must be told, or a file full of "don't know" would read as an improvement.
    pub fn less_known(&self) -> bool {
        (self.verdict.after == Verdict::Inconclusive && self.verdict.changed())
            || self.became_unknown().next().is_some()
    }

    /// Whether the partnership got worse: the verdict moved down the order good < bad < ugly, or a
    /// standard got worse (its status went down from met to partly met to not met, or its score
    /// dropped), or a red flag became confirmed. A verdict that becomes or stops being
    /// inconclusive, or a standard whose status becomes or stops being unknown, does not count:
    /// knowing less is not the partner doing worse ([`Change::less_known`] says it instead).
    pub fn worse(&self) -> bool {
        self.verdict_trend() == Trend::Worse
            || self.standards.iter().any(|s| s.trend == Trend::Worse)
            || self.raised().next().is_some()
    }

    /// Whether anything at all differs: verdict, stage, a standard's score or status, a red flag,
    /// a refusal, an answer, or a question answered on one side only.
    pub fn changed(&self) -> bool {
        self.verdict.changed()
            || self.stage.changed()
            || self.standards.iter().any(|s| s.trend != Trend::Unchanged)
            || !self.flags.is_empty()
            || !self.refusals_added.is_empty()
            || !self.refusals_resolved.is_empty()
            || !self.answers_changed.is_empty()
            || !self.only_before.is_empty()
            || !self.only_after.is_empty()
    }

    /// The same change seen from the other side: what `diff(new, old)` gives.
    pub fn reversed(self) -> Change {
        Change {
            verdict: self.verdict.swapped(),
            stage: self.stage.swapped(),
            standards: self
                .standards
                .into_iter()
                .map(|s| StandardChange {
                    id: s.id,
                    score: s.score.swapped(),
                    delta: s.delta.map(|d| -d),
                    status: s.status.swapped(),
                    trend: s.trend.reversed(),
                })
                .collect(),
            flags: self
                .flags
                .into_iter()
                .map(|f| FlagChange {
                    id: f.id,
                    source: f.source,
                    level: f.level.swapped(),
                    questions: f.questions.swapped(),
                })
                .collect(),
            refusals_added: self.refusals_resolved,
            refusals_resolved: self.refusals_added,
            answers_changed: self
                .answers_changed
                .into_iter()
                .map(|a| AnswerChange {
                    question: a.question,
                    before: a.after,
                    after: a.before,
                    trend: a.trend.reversed(),
                })
                .collect(),
            only_before: self.only_after,
            only_after: self.only_before,
        }
    }
}

#[cfg(test)]
mod tests;
