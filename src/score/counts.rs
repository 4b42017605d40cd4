//! What the rules look at, counted from one set of answers ([`Counts`]): per standard, per red
//! flag and overall; and the verdict the rubric's rules give on them.

use super::standard::{Status, Tally};
use super::{confirms, is_open, value};
use crate::answers::{Answer, Answers};
use crate::rubric::{Condition, Question, Raises, Rubric, Verdict};

/// What one red flag's questions add up to.
#[derive(Debug, Clone, Default)]
pub(super) struct FlagTally {
    pub(super) confirmed_by: Vec<usize>,
    pub(super) suspected_by: Vec<usize>,
    open: usize,
}

/// Everything the rules look at, counted from one set of answers.
#[derive(Debug, Clone)]
pub(super) struct Counts {
    pub(super) standards: Vec<Tally>,
    pub(super) flags: Vec<FlagTally>,
    refusals: usize,
    pub(super) applicable: usize,
    pub(super) known: usize,
}

/// The rubric's questions asked at the file's stage, each with its standards' and red flags'
/// positions in the rubric, resolved once.
pub(super) struct Asked<'r> {
    pub(super) question: &'r Question,
    pub(super) standards: Vec<usize>,
    flags: Vec<usize>,
}

pub(super) fn asked<'r>(rubric: &'r Rubric, answers: &Answers) -> Vec<Asked<'r>> {
    let position = |ids: &[String], of: &dyn Fn(&str) -> Option<usize>| {
        ids.iter().filter_map(|id| of(id)).collect::<Vec<_>>()
    };
    rubric
        .questions
        .iter()
        .filter(|q| answers.stage.includes(q.stage))
        .map(|q| Asked {
            question: q,
            standards: position(&q.evidences.standards, &|id| {
                rubric.standards.iter().position(|s| s.id == id)
            }),
            flags: position(&q.evidences.red_flags, &|id| {
                rubric.red_flags.iter().position(|f| f.id == id)
            }),
        })
        .collect()
}

pub(super) fn count(
    rubric: &Rubric,
    asked: &[Asked],
    answer: &dyn Fn(usize) -> Option<Answer>,
) -> Counts {
    let scoring = &rubric.scoring;
    let mut c = Counts {
        standards: vec![Tally::default(); rubric.standards.len()],
        flags: vec![FlagTally::default(); rubric.red_flags.len()],
        refusals: 0,
        applicable: 0,
        known: 0,
    };
    for (i, a) in asked.iter().enumerate() {
        let given = answer(i);
        if given == Some(Answer::NotApplicable) {
            continue;
        }
        let q = a.question;
        let v = given.and_then(|g| value(scoring, q, g));
        c.applicable += 1;
        c.known += usize::from(v.is_some());
        c.refusals += usize::from(given == Some(Answer::Refused));
        for &s in &a.standards {
            let t = &mut c.standards[s];
            t.applicable += 1;
            match v {
                Some(v) => {
                    t.known += 1;
                    t.sum += v;
                }
                None => t.open += 1,
            }
        }
        for &f in &a.flags {
            let t = &mut c.flags[f];
            match given {
                g if is_open(g) => t.open += 1,
                Some(g) if confirms(q, g) && q.raises == Raises::Confirmed => {
                    t.confirmed_by.push(i)
                }
                Some(g) if confirms(q, g) || g == Answer::Partly => t.suspected_by.push(i),
                _ => {}
            }
        }
    }
    c
}

/// The verdict the rules give on `counts`, with the rule that gave it.
pub(super) fn classify<'r>(rubric: &'r Rubric, counts: &Counts) -> (Verdict, Condition, &'r str) {
    let scoring = &rubric.scoring;
    let statuses: Vec<Status> = counts
        .standards
        .iter()
        .map(|t| t.status(scoring).0)
        .collect();
    let coverage = if counts.applicable == 0 {
        0.0
    } else {
        counts.known as f64 / counts.applicable as f64
    };
    let holds = |c: Condition| match c {
        Condition::RedFlagConfirmed => counts.flags.iter().any(|f| !f.confirmed_by.is_empty()),
        Condition::RedFlagSuspected => counts.flags.iter().any(|f| !f.suspected_by.is_empty()),
        Condition::RedFlagOpen => counts.flags.iter().any(|f| f.open > 0),
        Condition::CoverageBelowMinimum => coverage < scoring.min_coverage.unwrap_or(0.0),
        Condition::StandardNotMet => statuses.contains(&Status::NotMet),
        Condition::StandardPartlyMet => statuses.contains(&Status::Partly),
        Condition::Refusal => counts.refusals > 0,
        Condition::StandardUnknown => statuses.contains(&Status::Unknown),
        Condition::Always => true,
    };
    // Validation ensures the last rule is `always`; should a rubric skip validation, the most
    // cautious verdict that still claims nothing is inconclusive.
    scoring
        .rules
        .iter()
        .find(|r| holds(r.when))
        .map(|r| (r.verdict, r.when, r.source.as_str()))
        .unwrap_or((Verdict::Inconclusive, Condition::Always, ""))
}
