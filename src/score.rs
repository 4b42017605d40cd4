//! Scoring: from a rubric and an answers file to an [`Assessment`]: a score and a status per
//! minimum standard, the red flags raised, the refusals, and the verdict with the rule that gave it.
//!
//! Pure: no terminal, file or clock. The rules and thresholds come from the rubric's `scoring`.

use serde::Serialize;

use crate::answers::{Answer, Answers};
use crate::rubric::{Condition, Method, Polarity, Question, Raises, Rubric, Scoring, Verdict};

/// `x` rounded to `places` decimals, half away from zero (0.3125 gives 0.313, -0.3125 gives
/// -0.313, 0.625 gives 0.63 to 2 places): the one rounding rule of every score and change vet
/// shows or writes, in every format, so that a JSON score, a CSV cell and a table never disagree.
pub fn round(x: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    // f64::round rounds half away from zero.
    (x * scale).round() / scale
}

/// Where a standard stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Met,
    Partly,
    NotMet,
    /// Too little is known to judge: with method `evidence-range`, the open questions could still
    /// make it met or make it fall short.
    Unknown,
}

impl Status {
    /// The token used in JSON and CSV.
    pub fn token(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Partly => "partly",
            Status::NotMet => "not-met",
            Status::Unknown => "unknown",
        }
    }

    /// Whether the standard falls short on what is known: partly or not met.
    pub fn falls_short(self) -> bool {
        matches!(self, Status::Partly | Status::NotMet)
    }
}

/// The score of one minimum standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardScore {
    pub id: String,
    /// Mean value of the answers with a value, 0 to 1; `None` when none has one.
    pub score: Option<f64>,
    pub status: Status,
    /// The scores the open questions still allow: every open question answered against the
    /// partner, then every one answered for it. `None` when no question applies.
    pub range: Option<[f64; 2]>,
    /// Whether no answer to the open questions can change the status.
    pub firm: bool,
    /// Questions of this standard asked at the file's stage, not counting "not applicable".
    pub applicable: usize,
    /// Of those, how many have any recorded answer (including "don't know").
    pub answered: usize,
    /// Of those, how many have a value (yes, partly, no, refused).
    pub known: usize,
    /// Questions of this standard the partner refused to answer or document.
    pub refusals: Vec<String>,
    /// Questions whose answer speaks against the partner (value below 1), in rubric order.
    pub shortfalls: Vec<String>,
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

/// The level a score reaches: met, partly met or not met.
fn level(scoring: &Scoring, score: f64) -> Status {
    if score >= scoring.met {
        Status::Met
    } else if score >= scoring.partly {
        Status::Partly
    } else {
        Status::NotMet
    }
}

/// The status of a standard under method `known-mean` (rubric 1.0.0), from the mean of its known
/// answers and how much of it is known.
pub fn status(scoring: &Scoring, score: Option<f64>, known: usize, applicable: usize) -> Status {
    let Some(score) = score else {
        return Status::Unknown;
    };
    let min_known = scoring.min_known.unwrap_or(0.0);
    if applicable == 0 || (known as f64) < min_known * applicable as f64 {
        return Status::Unknown;
    }
    level(scoring, score)
}

/// What the answers to one standard's questions add up to.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    /// Questions asked, not "not applicable".
    applicable: usize,
    /// Of those, with a value.
    known: usize,
    /// Of those, open ("don't know" or no answer).
    open: usize,
    /// Sum of the values.
    sum: f64,
}

impl Tally {
    fn mean(&self) -> Option<f64> {
        (self.known > 0).then(|| self.sum / self.known as f64)
    }

    /// Every open question answered against the partner, then for it.
    fn range(&self, scoring: &Scoring) -> Option<[f64; 2]> {
        let n = self.applicable as f64;
        let best = scoring.values.yes.max(scoring.values.no);
        let worst = scoring.values.yes.min(scoring.values.no);
        (self.applicable > 0).then(|| {
            [
                (self.sum + worst * self.open as f64) / n,
                (self.sum + best * self.open as f64) / n,
            ]
        })
    }

    /// The status, and whether the open questions could change it.
    fn status(&self, scoring: &Scoring) -> (Status, bool) {
        match scoring.method {
            Method::KnownMean => {
                let s = status(scoring, self.mean(), self.known, self.applicable);
                (s, self.open == 0)
            }
            Method::EvidenceRange => {
                let Some([lo, hi]) = self.range(scoring) else {
                    return (Status::Unknown, true);
                };
                let firm = level(scoring, lo) == level(scoring, hi);
                if lo >= scoring.met {
                    (Status::Met, true)
                } else if hi < scoring.met {
                    // Short whatever the open questions turn out to be. The mean of what is known
                    // lies between the two ends of the range, so this is monotone too.
                    let mean = self.mean().unwrap_or(lo);
                    (level(scoring, mean), firm)
                } else {
                    (Status::Unknown, false)
                }
            }
        }
    }
}

/// What one red flag's questions add up to.
#[derive(Debug, Clone, Default)]
struct FlagTally {
    confirmed_by: Vec<usize>,
    suspected_by: Vec<usize>,
    open: usize,
}

/// Everything the rules look at, counted from one set of answers.
#[derive(Debug, Clone)]
struct Counts {
    standards: Vec<Tally>,
    flags: Vec<FlagTally>,
    refusals: usize,
    applicable: usize,
    known: usize,
}

/// The rubric's questions asked at the file's stage, each with its standards' and red flags'
/// positions in the rubric, resolved once.
struct Asked<'r> {
    question: &'r Question,
    standards: Vec<usize>,
    flags: Vec<usize>,
}

fn asked<'r>(rubric: &'r Rubric, answers: &Answers) -> Vec<Asked<'r>> {
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

fn count(rubric: &Rubric, asked: &[Asked], answer: &dyn Fn(usize) -> Option<Answer>) -> Counts {
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
fn classify<'r>(rubric: &'r Rubric, counts: &Counts) -> (Verdict, Condition, &'r str) {
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
