//! Scoring: from a rubric and an answers file to an [`Assessment`]: a score and a status per
//! minimum standard, the red flags raised, the refusals, and the verdict with the rule that gave it.
//!
//! Pure: no terminal, file or clock. The rules and thresholds come from the rubric's `scoring`.

use serde::Serialize;

use crate::answers::{Answer, Answers};
use crate::rubric::{Condition, Polarity, Question, Rubric, Scoring, Verdict};

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
    /// Too few of its questions have a known answer to judge.
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
}

/// The score of one minimum standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardScore {
    pub id: String,
    /// Mean value of the answers with a value, 0 to 1; `None` when none has one.
    pub score: Option<f64>,
    pub status: Status,
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

/// The outcome of scoring one answers file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// The classification rule that gave the verdict (its condition and section).
    pub rule: Condition,
    pub rule_source: String,
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
    /// Red flags suspected: a "partly" on one of their questions.
    pub suspected: Vec<RaisedFlag>,
    /// Questions the partner refused to answer or document, in rubric order.
    pub refusals: Vec<String>,
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
/// "no" on a favourable one): what confirms a red flag.
pub fn confirms(question: &Question, answer: Answer) -> bool {
    matches!(
        (question.yes_is, answer),
        (Polarity::Warning, Answer::Yes) | (Polarity::Favourable, Answer::No)
    )
}

/// The status of a standard from its score and how much of it is known.
pub fn status(scoring: &Scoring, score: Option<f64>, known: usize, applicable: usize) -> Status {
    let Some(score) = score else {
        return Status::Unknown;
    };
    if applicable == 0 || (known as f64) < scoring.min_known * applicable as f64 {
        return Status::Unknown;
    }
    if score >= scoring.met {
        Status::Met
    } else if score >= scoring.partly {
        Status::Partly
    } else {
        Status::NotMet
    }
}

/// Scores `answers` against `rubric`. Answers to questions the rubric does not have, or that are
/// not asked at the file's stage, are ignored (the loader reports them).
pub fn assess(rubric: &Rubric, answers: &Answers) -> Assessment {
    let scoring = &rubric.scoring;
    let asked: Vec<&Question> = rubric
        .questions
        .iter()
        .filter(|q| answers.stage.includes(q.stage))
        .collect();
    let answer_of = |q: &Question| answers.answers.get(&q.id).map(|e| e.answer);

    let standards = rubric
        .standards
        .iter()
        .map(|s| {
            let mut sc = StandardScore {
                id: s.id.clone(),
                score: None,
                status: Status::Unknown,
                applicable: 0,
                answered: 0,
                known: 0,
                refusals: Vec::new(),
                shortfalls: Vec::new(),
            };
            let mut sum = 0.0;
            for q in asked
                .iter()
                .filter(|q| q.evidences.standards.contains(&s.id))
            {
                let answer = answer_of(q);
                if answer == Some(Answer::NotApplicable) {
                    continue;
                }
                sc.applicable += 1;
                let Some(answer) = answer else { continue };
                sc.answered += 1;
                if answer == Answer::Refused {
                    sc.refusals.push(q.id.clone());
                }
                if let Some(v) = value(scoring, q, answer) {
                    sc.known += 1;
                    sum += v;
                    if v < 1.0 {
                        sc.shortfalls.push(q.id.clone());
                    }
                }
            }
            sc.score = (sc.known > 0).then(|| sum / sc.known as f64);
            sc.status = status(scoring, sc.score, sc.known, sc.applicable);
            sc
        })
        .collect::<Vec<_>>();

    let mut red_flags = Vec::new();
    let mut suspected = Vec::new();
    for f in &rubric.red_flags {
        let mut confirmed_by = Vec::new();
        let mut suspected_by = Vec::new();
        for q in asked
            .iter()
            .filter(|q| q.evidences.red_flags.contains(&f.id))
        {
            match answer_of(q) {
                Some(a) if confirms(q, a) => confirmed_by.push(q.id.clone()),
                Some(Answer::Partly) => suspected_by.push(q.id.clone()),
                _ => {}
            }
        }
        let raised = |questions| RaisedFlag {
            id: f.id.clone(),
            source: f.source.clone(),
            questions,
        };
        if !confirmed_by.is_empty() {
            red_flags.push(raised(confirmed_by));
        } else if !suspected_by.is_empty() {
            suspected.push(raised(suspected_by));
        }
    }

    let refusals: Vec<String> = asked
        .iter()
        .filter(|q| answer_of(q) == Some(Answer::Refused))
        .map(|q| q.id.clone())
        .collect();
    let answered = asked.iter().filter(|q| answer_of(q).is_some()).count();
    let applicable = asked
        .iter()
        .filter(|q| answer_of(q) != Some(Answer::NotApplicable))
        .count();
    let known = asked
        .iter()
        .filter(|q| answer_of(q).is_some_and(Answer::is_known))
        .count();
    let coverage = if applicable == 0 {
        0.0
    } else {
        known as f64 / applicable as f64
    };

    let holds = |c: Condition| match c {
        Condition::RedFlagConfirmed => !red_flags.is_empty(),
        Condition::CoverageBelowMinimum => coverage < scoring.min_coverage,
        Condition::StandardNotMet => standards.iter().any(|s| s.status == Status::NotMet),
        Condition::StandardPartlyMet => standards.iter().any(|s| s.status == Status::Partly),
        Condition::Refusal => !refusals.is_empty(),
        Condition::StandardUnknown => standards.iter().any(|s| s.status == Status::Unknown),
        Condition::Always => true,
    };
    // Validation ensures the last rule is `always`; should a rubric skip validation, the most
    // cautious verdict that still claims nothing is inconclusive.
    let (verdict, rule, rule_source) = scoring
        .rules
        .iter()
        .find(|r| holds(r.when))
        .map(|r| (r.verdict, r.when, r.source.clone()))
        .unwrap_or((Verdict::Inconclusive, Condition::Always, String::new()));

    Assessment {
        verdict,
        rule,
        rule_source,
        questions_total: asked.len(),
        answered,
        known,
        coverage,
        standards,
        red_flags,
        suspected,
        refusals,
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
        scoring.min_coverage = 0.75;
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
}
