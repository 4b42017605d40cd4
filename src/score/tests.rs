//! Tests of scoring: rounding, the standards' scores and statuses, red flags, refusals and the
//! verdict with the rule that gave it.

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
