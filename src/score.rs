//! Scoring: from a rubric and an answers file to an [`Assessment`]: a score and a status per
//! minimum standard, the red flags raised, the refusals, and the verdict with the rule that gave it.
//!
//! Pure: no terminal, file or clock. The rules and thresholds come from the rubric's `scoring`.

mod counts;
mod standard;

use serde::Serialize;

use crate::answers::{Answer, Answers};
use crate::rubric::{Condition, Polarity, Question, Rubric, Scoring, Verdict};
use counts::{asked, classify, count};
pub use standard::{StandardScore, Status, status};

/// `x` rounded to `places` decimals, half away from zero (0.3125 gives 0.313, -0.3125 gives
/// -0.313, 0.625 gives 0.63 to 2 places): the one rounding rule of every score and change vet
/// shows or writes, in every format, so that a JSON score, a CSV cell and a table never disagree.
pub fn round(x: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    // f64::round rounds half away from zero.
    (x * scale).round() / scale
}

/// A red flag raised by the answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RaisedFlag {
    pub id: String,
    /// Section of the guide.
    pub source: String,
    /// The questions whose answers raise it.
    pub questions: Vec<String>,
}

/// An open question ("don't know" or no answer) whose answer alone could change the verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decisive {
    /// The question.
    pub id: String,
    /// The verdict if it were answered in the partner's favour, all else as it is.
    pub if_favourable: Verdict,
    /// The verdict if it were answered against the partner, all else as it is.
    pub if_against: Verdict,
}

/// The outcome of scoring one answers file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The classification rule that gave the verdict (its condition and section).
    pub rule: Condition,
    pub rule_source: String,
    /// The most favourable verdict the open questions still allow (all answered for the partner).
    pub best: Verdict,
    /// The least favourable one (all answered against the partner).
    pub worst: Verdict,
    /// Questions asked at the file's stage.
    pub questions_total: usize,
    /// Questions with any recorded answer.
    pub answered: usize,
    /// Questions with a known answer (yes, partly, no, refused).
    pub known: usize,
    /// Questions with a value, over the applicable ones that are not "not applicable".
    pub coverage: f64,
    pub standards: Vec<StandardScore>,
    /// Red flags confirmed: the answer is fully against the partner.
    pub red_flags: Vec<RaisedFlag>,
    /// Red flags suspected: a "partly", or a hearsay answer, on one of their questions.
    pub suspected: Vec<RaisedFlag>,
    /// Questions the partner refused to answer or document, in rubric order.
    pub refusals: Vec<String>,
    /// Open questions whose answer alone could change the verdict, in the order to ask them:
    /// those that could make it worse first (the worst outcome first), then those that could
    /// make it better, each group in rubric order.
    pub decisive: Vec<Decisive>,
}

impl Assessment {
    /// Whether no answer to the open questions can change the verdict.
    pub fn firm(&self) -> bool {
        self.best == self.worst
    }
}

/// The value of an answer to a question, from 0 (against the partner) to 1 (for it), if it has one.
pub fn value(scoring: &Scoring, question: &Question, answer: Answer) -> Option<f64> {
    let v = &scoring.values;
    let raw = match answer {
        // A refusal counts against the partner whatever the question's polarity (guide, 6).
        Answer::Refused => return Some(v.refused),
        Answer::Yes => v.yes,
        Answer::Partly => v.partly,
        Answer::No => v.no,
        Answer::DontKnow | Answer::NotApplicable => return None,
    };
    Some(match question.yes_is {
        Polarity::Favourable => raw,
        Polarity::Warning => 1.0 - raw,
    })
}

/// Whether `answer` to `question` is the one fully against the partner ("yes" on a warning question,
/// "no" on a favourable one).
pub fn confirms(question: &Question, answer: Answer) -> bool {
    answer == against(question)
}

/// The answer fully in the partner's favour.
pub fn favourable(question: &Question) -> Answer {
    match question.yes_is {
        Polarity::Favourable => Answer::Yes,
        Polarity::Warning => Answer::No,
    }
}

/// The answer fully against the partner.
pub fn against(question: &Question) -> Answer {
    match question.yes_is {
        Polarity::Favourable => Answer::No,
        Polarity::Warning => Answer::Yes,
    }
}

/// Whether an answer leaves the question open: nothing recorded, or "don't know".
fn is_open(answer: Option<Answer>) -> bool {
    matches!(answer, None | Some(Answer::DontKnow))
}

/// Scores `answers` against `rubric`. Answers to questions the rubric does not have, or that are
/// not asked at the file's stage, are ignored (the loader reports them).
pub fn assess(rubric: &Rubric, answers: &Answers) -> Assessment {
    let scoring = &rubric.scoring;
    let asked = asked(rubric, answers);
    let given: Vec<Option<Answer>> = asked
        .iter()
        .map(|a| answers.answers.get(&a.question.id).map(|e| e.answer))
        .collect();
    let counts = count(rubric, &asked, &|i| given[i]);
    let (verdict, rule, rule_source) = classify(rubric, &counts);

    // The open questions, and the verdict with some of them answered.
    let open: Vec<usize> = (0..asked.len()).filter(|&i| is_open(given[i])).collect();
    let with = |fill: &dyn Fn(usize) -> Option<Answer>| {
        classify(rubric, &count(rubric, &asked, &|i| fill(i).or(given[i]))).0
    };
    let for_partner = |i: usize| favourable(asked[i].question);
    let against_partner = |i: usize| against(asked[i].question);
    let all_for = with(&|i| is_open(given[i]).then(|| for_partner(i)));
    let all_against = with(&|i| is_open(given[i]).then(|| against_partner(i)));
    // With evidence-range the verdict is monotone in every answer, so the two extreme fills bound
    // every other (tests/verdicts.rs). The 1.0.0 rules are not (a coverage threshold, and a mean
    // that one more answer can lower): for them the two fills are an estimate, as docs/scoring.md
    // says; `min`/`max` at least keep the verdict itself inside.
    let best = verdict.min(all_for);
    let worst = verdict.max(all_against);

    let mut decisive: Vec<(usize, Decisive)> = Vec::new();
    if best != worst {
        for &o in &open {
            let if_favourable = with(&|i| (i == o).then(|| for_partner(i)));
            let if_against = with(&|i| (i == o).then(|| against_partner(i)));
            if if_favourable != verdict || if_against != verdict {
                decisive.push((
                    o,
                    Decisive {
                        id: asked[o].question.id.clone(),
                        if_favourable,
                        if_against,
                    },
                ));
            }
        }
    }
    // Worse outcomes first (the worst first), then better ones; rubric order within.
    decisive.sort_by_key(|(i, d)| {
        let worsens = d.if_against > verdict;
        (
            !worsens,
            std::cmp::Reverse(if worsens { d.if_against } else { verdict }),
            d.if_favourable,
            *i,
        )
    });

    let standards = rubric
        .standards
        .iter()
        .zip(&counts.standards)
        .enumerate()
        .map(|(si, (s, t))| {
            let mut sc = StandardScore {
                id: s.id.clone(),
                score: t.mean(),
                status: Status::Unknown,
                range: t.range(scoring),
                firm: true,
                applicable: t.applicable,
                answered: 0,
                known: t.known,
                refusals: Vec::new(),
                shortfalls: Vec::new(),
            };
            (sc.status, sc.firm) = t.status(scoring);
            for (i, a) in asked.iter().enumerate() {
                if !a.standards.contains(&si) || given[i] == Some(Answer::NotApplicable) {
                    continue;
                }
                let Some(g) = given[i] else { continue };
                sc.answered += 1;
                if g == Answer::Refused {
                    sc.refusals.push(a.question.id.clone());
                }
                if value(scoring, a.question, g).is_some_and(|v| v < 1.0) {
                    sc.shortfalls.push(a.question.id.clone());
                }
            }
            sc
        })
        .collect();

    let ids = |list: &[usize]| list.iter().map(|&i| asked[i].question.id.clone()).collect();
    let mut red_flags = Vec::new();
    let mut suspected = Vec::new();
    for (f, t) in rubric.red_flags.iter().zip(&counts.flags) {
        let raised = |questions| RaisedFlag {
            id: f.id.clone(),
            source: f.source.clone(),
            questions,
        };
        if !t.confirmed_by.is_empty() {
            red_flags.push(raised(ids(&t.confirmed_by)));
        } else if !t.suspected_by.is_empty() {
            suspected.push(raised(ids(&t.suspected_by)));
        }
    }

    let refusals = (0..asked.len())
        .filter(|&i| given[i] == Some(Answer::Refused))
        .map(|i| asked[i].question.id.clone())
        .collect();
    Assessment {
        verdict,
        rule,
        rule_source: rule_source.to_string(),
        best,
        worst,
        questions_total: asked.len(),
        answered: given.iter().filter(|g| g.is_some()).count(),
        known: counts.known,
        coverage: if counts.applicable == 0 {
            0.0
        } else {
            counts.known as f64 / counts.applicable as f64
        },
        standards,
        red_flags,
        suspected,
        refusals,
        decisive: decisive.into_iter().map(|(_, d)| d).collect(),
    }
}

#[cfg(test)]
mod tests;
