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
mod tests {
    use super::*;

    #[test]
    fn rounding_goes_half_away_from_zero_at_any_number_of_places() {
        for (x, places, rounded) in [
            (0.3125, 3, 0.313),
            (-0.3125, 3, -0.313),
            (0.5625, 3, 0.563),
            (0.0625, 3, 0.063),
            (0.625, 2, 0.63),
            (-0.625, 2, -0.63),
            (0.125, 2, 0.13),
            (0.9375, 3, 0.938),
            (2.0 / 3.0, 3, 0.667),
            (0.5, 3, 0.5),
            (0.0, 2, 0.0),
        ] {
            assert_eq!(round(x, places), rounded, "{x} to {places}");
        }
    }
    use crate::answers::{Entry, Stage};
    use crate::testing::{answers, mini_rubric as rubric};

    #[track_caller]
    fn verdict(given: &[(&str, Answer)]) -> (Verdict, Condition) {
        let a = assess(&rubric(), &answers(Stage::Before, given));
        (a.verdict, a.rule)
    }

    use Answer::*;

    #[test]
    fn all_favourable_answers_make_a_good_partnership() {
        let all = [("q1", Yes), ("q2", Yes), ("q3", No), ("q4", Yes)];
        assert_eq!(verdict(&all), (Verdict::Good, Condition::Always));
    }

    #[test]
    fn a_confirmed_red_flag_makes_it_ugly_whatever_else_is_known() {
        assert_eq!(
            verdict(&[("q3", Yes)]),
            (Verdict::Ugly, Condition::RedFlagConfirmed)
        );
        let all = [("q1", Yes), ("q2", Yes), ("q3", Yes), ("q4", Yes)];
        assert_eq!(verdict(&all), (Verdict::Ugly, Condition::RedFlagConfirmed));
    }

    #[test]
    fn partly_on_a_red_flag_question_only_raises_a_suspicion() {
        let a = assess(
            &rubric(),
            &answers(
                Stage::Before,
                &[("q1", Yes), ("q2", Yes), ("q3", Partly), ("q4", Yes)],
            ),
        );
        assert!(a.red_flags.is_empty());
        assert_eq!(a.suspected.len(), 1);
        assert_eq!(a.suspected[0].questions, vec!["q3".to_string()]);
        // q3 partly = 0.5 and q4 yes = 1: s2 scores 0.75, exactly met.
        assert_eq!(a.standards[1].score, Some(0.75));
        assert_eq!(a.standards[1].status, Status::Met);
        assert_eq!(a.verdict, Verdict::Good);
    }

    #[test]
    fn a_refusal_bars_good_even_when_standards_are_met() {
        let all = [
            ("q1", Yes),
            ("q2", Yes),
            ("q3", No),
            ("q4", Yes),
            ("q1", Yes),
        ];
        assert_eq!(verdict(&all).0, Verdict::Good);
        let all = [("q1", Yes), ("q2", Refused), ("q3", No), ("q4", Yes)];
        assert_eq!(verdict(&all), (Verdict::Bad, Condition::Refusal));
    }

    #[test]
    fn a_refusal_counts_against_the_partner_whatever_the_polarity() {
        let r = rubric();
        let warning = r.question("q3").unwrap();
        let favourable = r.question("q1").unwrap();
        assert_eq!(value(&r.scoring, warning, Refused), Some(0.0));
        assert_eq!(value(&r.scoring, favourable, Refused), Some(0.0));
        // A refusal never confirms a red flag by itself: it is a refusal, reported as such.
        let a = assess(&r, &answers(Stage::Before, &[("q3", Refused)]));
        assert!(a.red_flags.is_empty());
        assert_eq!(a.refusals, vec!["q3".to_string()]);
    }

    #[test]
    fn a_warning_question_inverts_the_answer_values() {
        let r = rubric();
        let q = r.question("q3").unwrap();
        assert_eq!(value(&r.scoring, q, Yes), Some(0.0));
        assert_eq!(value(&r.scoring, q, No), Some(1.0));
        assert_eq!(value(&r.scoring, q, Partly), Some(0.5));
        assert_eq!(value(&r.scoring, q, DontKnow), None);
        assert_eq!(value(&r.scoring, q, NotApplicable), None);
    }

    #[test]
    fn a_standard_not_met_makes_it_bad() {
        let all = [("q1", No), ("q2", No), ("q3", No), ("q4", Yes)];
        assert_eq!(verdict(&all), (Verdict::Bad, Condition::StandardNotMet));
    }

    #[test]
    fn a_standard_only_partly_met_bars_good() {
        // s1: yes + no = 0.5, partly met.
        let all = [("q1", Yes), ("q2", No), ("q3", No), ("q4", Yes)];
        assert_eq!(verdict(&all), (Verdict::Bad, Condition::StandardPartlyMet));
    }

    #[test]
    fn status_thresholds_are_inclusive_at_their_edges() {
        let s = rubric().scoring;
        assert_eq!(status(&s, Some(0.75), 2, 2), Status::Met);
        assert_eq!(status(&s, Some(0.7499), 2, 2), Status::Partly);
        assert_eq!(status(&s, Some(0.4), 2, 2), Status::Partly);
        assert_eq!(status(&s, Some(0.3999), 2, 2), Status::NotMet);
        assert_eq!(status(&s, Some(0.0), 2, 2), Status::NotMet);
        assert_eq!(status(&s, Some(1.0), 2, 2), Status::Met);
    }

    #[test]
    fn a_standard_with_less_than_min_known_answered_is_unknown() {
        let s = rubric().scoring;
        // min_known 0.5: 1 of 2 known is enough, 1 of 3 is not.
        assert_eq!(status(&s, Some(1.0), 1, 2), Status::Met);
        assert_eq!(status(&s, Some(1.0), 1, 3), Status::Unknown);
        assert_eq!(status(&s, None, 0, 2), Status::Unknown);
        assert_eq!(status(&s, Some(1.0), 0, 0), Status::Unknown);
    }

    #[test]
    fn too_few_answers_are_inconclusive_unless_a_red_flag_decides() {
        // 2 of 4 known = 50% < 60% coverage.
        let few = [("q1", Yes), ("q4", Yes), ("q2", DontKnow)];
        assert_eq!(
            verdict(&few),
            (Verdict::Inconclusive, Condition::CoverageBelowMinimum)
        );
        // Coverage is enough (3 of 4), but s1 has 1 known of 2 -> met; s2: q3 unknown, q4 yes ->
        // 1 of 2 known, met. All met, so good despite a "don't know".
        let enough = [("q1", Yes), ("q2", DontKnow), ("q3", No), ("q4", Yes)];
        assert_eq!(verdict(&enough).0, Verdict::Good);
    }

    #[test]
    fn coverage_is_exact_at_the_minimum() {
        // 3 known out of 4 applicable is 75%: enough when the minimum is exactly 75%.
        let r = rubric();
        let mut a = answers(Stage::Before, &[("q1", Yes), ("q2", Yes), ("q4", Yes)]);
        a.answers.insert(
            "q3".into(),
            Entry {
                answer: DontKnow,
                note: None,
                evidence: vec![],
            },
        );
        let s = assess(&r, &a);
        assert_eq!(s.coverage, 0.75);
        let mut scoring = r.scoring.clone();
        scoring.min_coverage = Some(0.75);
        let r2 = Rubric { scoring, ..r };
        assert_ne!(assess(&r2, &a).rule, Condition::CoverageBelowMinimum);
    }

    #[test]
    fn not_applicable_answers_leave_every_count() {
        let a = assess(
            &rubric(),
            &answers(
                Stage::Before,
                &[("q1", Yes), ("q2", NotApplicable), ("q3", No), ("q4", Yes)],
            ),
        );
        assert_eq!(a.standards[0].applicable, 1);
        assert_eq!(a.standards[0].status, Status::Met);
        assert_eq!(a.coverage, 1.0);
        assert_eq!(a.answered, 4);
        assert_eq!(a.verdict, Verdict::Good);
    }

    #[test]
    fn only_questions_of_the_files_stage_count() {
        let r = rubric();
        let before = assess(&r, &answers(Stage::Before, &[]));
        let ongoing = assess(&r, &answers(Stage::Ongoing, &[]));
        assert_eq!(before.questions_total, 4);
        assert_eq!(ongoing.questions_total, 4);
        // q5 is an ongoing question: ignored before signing.
        let a = assess(&r, &answers(Stage::Before, &[("q5", No)]));
        assert_eq!(a.answered, 0);
    }

    #[test]
    fn an_empty_file_is_inconclusive_with_every_standard_unknown() {
        let a = assess(&rubric(), &answers(Stage::Before, &[]));
        assert_eq!(a.verdict, Verdict::Inconclusive);
        assert!(
            a.standards
                .iter()
                .all(|s| s.status == Status::Unknown && s.score.is_none())
        );
        assert_eq!(a.coverage, 0.0);
    }

    #[test]
    fn shortfalls_list_the_questions_that_speak_against_the_partner() {
        let a = assess(
            &rubric(),
            &answers(
                Stage::Before,
                &[("q1", Partly), ("q2", Yes), ("q3", Yes), ("q4", No)],
            ),
        );
        assert_eq!(a.standards[0].shortfalls, vec!["q1".to_string()]);
        assert_eq!(
            a.standards[1].shortfalls,
            vec!["q3".to_string(), "q4".to_string()]
        );
    }

    #[test]
    fn verdicts_are_ordered_from_good_to_ugly() {
        assert!(Verdict::Good < Verdict::Inconclusive);
        assert!(Verdict::Inconclusive < Verdict::Bad);
        assert!(Verdict::Bad < Verdict::Ugly);
    }

    /// Schema 2, method evidence-range: what is known decides first.
    mod evidence_range {
        use super::*;
        use crate::testing::mini_rubric_2;

        /// Every question answered in the partner's favour, then `changes` on top.
        fn good_with(changes: &[(&str, Answer)]) -> Assessment {
            let r = mini_rubric_2();
            let mut given: Vec<(&str, Answer)> = r
                .questions
                .iter()
                .filter(|q| q.stage != crate::rubric::QuestionStage::Ongoing)
                .map(|q| (q.id.as_str(), favourable(q)))
                .collect();
            for (id, a) in changes {
                given.retain(|(g, _)| g != id);
                given.push((id, *a));
            }
            assess(&r, &answers(Stage::Before, &given))
        }

        #[test]
        fn every_answer_for_the_partner_is_a_firm_good() {
            let a = good_with(&[]);
            assert_eq!((a.verdict, a.rule), (Verdict::Good, Condition::Always));
            assert!(a.firm());
            assert!(a.decisive.is_empty());
            assert!(
                a.standards
                    .iter()
                    .all(|s| s.firm && s.status == Status::Met)
            );
        }

        #[test]
        fn a_confirmed_red_flag_is_ugly_and_firm_whatever_is_unknown() {
            let a = assess(
                &mini_rubric_2(),
                &answers(Stage::Before, &[("f1q", Yes), ("a1", DontKnow)]),
            );
            assert_eq!(a.verdict, Verdict::Ugly);
            assert_eq!((a.best, a.worst), (Verdict::Ugly, Verdict::Ugly));
        }

        #[test]
        fn a_hearsay_answer_only_suspects_its_flag_and_a_suspicion_is_bad() {
            let a = good_with(&[("f2q", Yes)]);
            assert!(a.red_flags.is_empty());
            assert_eq!(a.suspected[0].id, "f2");
            assert_eq!(
                (a.verdict, a.rule),
                (Verdict::Bad, Condition::RedFlagSuspected)
            );
            let partly = good_with(&[("f1q", Partly)]);
            assert_eq!(partly.suspected[0].id, "f1");
            assert_eq!(partly.verdict, Verdict::Bad);
        }

        #[test]
        fn a_no_to_a_red_flag_question_adds_nothing_to_any_standard() {
            let a = assess(
                &mini_rubric_2(),
                &answers(Stage::Before, &[("f1q", No), ("f2q", No)]),
            );
            assert!(
                a.standards
                    .iter()
                    .all(|s| s.known == 0 && s.score.is_none())
            );
            assert_eq!(a.verdict, Verdict::Inconclusive);
        }

        #[test]
        fn a_standard_failing_on_every_known_answer_is_bad_at_best_however_much_is_unknown() {
            // s1: two "no" and two "don't know": even two "yes" would leave it at 0.5.
            let a = assess(
                &mini_rubric_2(),
                &answers(
                    Stage::Before,
                    &[("a1", No), ("a2", No), ("a3", DontKnow), ("b1", Yes)],
                ),
            );
            let s1 = &a.standards[0];
            assert_eq!(s1.status, Status::NotMet);
            assert_eq!(s1.range, Some([0.0, 0.5]));
            assert!(!s1.firm, "two yes would make it partly met");
            assert_eq!(a.verdict, Verdict::Bad);
            assert_eq!(
                a.best,
                Verdict::Bad,
                "no answer can make it good or inconclusive"
            );
            assert_eq!(a.worst, Verdict::Ugly, "the open red-flag question could");
            assert_eq!(a.decisive[0].id, "f1q");
            assert_eq!(a.decisive[0].if_against, Verdict::Ugly);
        }

        #[test]
        fn dont_know_can_block_good_but_the_open_question_is_named() {
            // s1: three yes and one don't know: 0.75 at worst, still met.
            let one = good_with(&[("a1", DontKnow)]);
            assert_eq!(one.verdict, Verdict::Good);
            assert_eq!(one.standards[0].range, Some([0.75, 1.0]));
            assert!(one.firm(), "no answer to a1 alone can change it");
            // Two open: 0.5 at worst, so it is open and the verdict inconclusive.
            let two = good_with(&[("a1", DontKnow), ("a2", DontKnow)]);
            assert_eq!(two.standards[0].status, Status::Unknown);
            assert_eq!(
                (two.verdict, two.rule),
                (Verdict::Inconclusive, Condition::StandardUnknown)
            );
            assert_eq!((two.best, two.worst), (Verdict::Good, Verdict::Bad));
            let ids: Vec<&str> = two.decisive.iter().map(|d| d.id.as_str()).collect();
            assert_eq!(ids, ["a1", "a2"]);
        }

        #[test]
        fn an_open_red_flag_question_blocks_good_until_it_is_asked() {
            let a = good_with(&[("f1q", DontKnow)]);
            assert_eq!(
                (a.verdict, a.rule),
                (Verdict::Inconclusive, Condition::RedFlagOpen)
            );
            assert_eq!((a.best, a.worst), (Verdict::Good, Verdict::Ugly));
        }

        #[test]
        fn a_refusal_is_bad_and_never_confirms_a_red_flag() {
            let a = good_with(&[("f1q", Refused)]);
            assert!(a.red_flags.is_empty());
            assert_eq!((a.verdict, a.rule), (Verdict::Bad, Condition::Refusal));
            assert!(a.firm());
        }

        #[test]
        fn decisive_questions_that_could_make_it_worse_come_first_the_worst_first() {
            let a = good_with(&[("a1", DontKnow), ("a2", DontKnow), ("f1q", DontKnow)]);
            let first = &a.decisive[0];
            assert_eq!(
                (first.id.as_str(), first.if_against),
                ("f1q", Verdict::Ugly)
            );
            assert!(a.decisive[1..].iter().all(|d| d.if_against <= Verdict::Bad));
        }

        #[test]
        fn a_standard_with_every_question_not_applicable_is_unknown() {
            let na: Vec<(&str, Answer)> = ["a1", "a2", "a3", "a4"]
                .map(|q| (q, NotApplicable))
                .to_vec();
            let a = good_with(&na);
            assert_eq!(a.standards[0].status, Status::Unknown);
            assert_eq!(a.standards[0].range, None);
            assert_eq!(a.verdict, Verdict::Inconclusive);
        }
    }
}
