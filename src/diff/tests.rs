//! Tests of the comparison: every edge on the mini rubric, and properties over generated answers
//! files for the embedded rubric.

use std::sync::LazyLock;

use proptest::prelude::*;

use super::*;
use crate::answers::{Answer, RubricRef};
use crate::score::assess;

use Answer::*;

static MINI: LazyLock<Rubric> = LazyLock::new(crate::testing::mini_rubric);

static EMBEDDED: LazyLock<Rubric> = LazyLock::new(|| Rubric::embedded_1().unwrap());

use crate::testing::entry;

/// An answers file of "Partner" on the mini rubric, dated 2025-03-01.
fn file(stage: Stage, given: &[(&str, Answer)]) -> Answers {
    let mut a = crate::testing::answers(stage, given);
    a.partner = "Partner".into();
    a.date = jiff::civil::date(2025, 3, 1);
    a
}

/// Compares two files on the mini rubric.
#[track_caller]
fn compare(old: &Answers, new: &Answers) -> Change {
    let (a, b) = (assess(&MINI, old), assess(&MINI, new));
    diff(&MINI, (old, &a), (new, &b))
}

#[track_caller]
fn case(old: &[(&str, Answer)], new: &[(&str, Answer)]) -> Change {
    compare(&file(Stage::Before, old), &file(Stage::Before, new))
}

fn ids<'a>(flags: impl Iterator<Item = &'a FlagChange>) -> Vec<&'a str> {
    flags.map(|f| f.id.as_str()).collect()
}

const ALL_GOOD: [(&str, Answer); 4] = [("q1", Yes), ("q2", Yes), ("q3", No), ("q4", Yes)];

#[test]
fn a_file_compared_with_itself_shows_no_change() {
    let c = case(&ALL_GOOD, &ALL_GOOD);
    assert!(!c.changed() && !c.worse());
    assert!(c.standards.iter().all(|s| s.trend == Trend::Unchanged));
    assert_eq!(c.standards[0].delta, Some(0.0));
}

#[test]
fn a_better_answer_raises_the_score_the_status_and_the_verdict() {
    let c = case(
        &[("q1", Yes), ("q2", No), ("q3", No), ("q4", Yes)],
        &ALL_GOOD,
    );
    let s1 = &c.standards[0];
    assert_eq!(s1.score, Pair::new(Some(0.5), Some(1.0)));
    assert_eq!(s1.delta, Some(0.5));
    assert_eq!(s1.status, Pair::new(Status::Partly, Status::Met));
    assert_eq!(s1.trend, Trend::Better);
    assert_eq!(c.standards[1].trend, Trend::Unchanged);
    assert_eq!(c.verdict, Pair::new(Verdict::Bad, Verdict::Good));
    assert_eq!(c.verdict_trend(), Trend::Better);
    assert!(!c.worse());
    assert_eq!(c.answers_changed.len(), 1);
    assert_eq!(c.answers_changed[0].question, "q2");
    assert_eq!(c.answers_changed[0].trend, Trend::Better);
}

#[test]
fn a_dropped_score_is_worse_even_when_the_status_and_verdict_stay() {
    // s1 goes from 1.0 to 0.75: still met, still good, but worse.
    let c = case(
        &ALL_GOOD,
        &[("q1", Yes), ("q2", Partly), ("q3", No), ("q4", Yes)],
    );
    assert_eq!(c.standards[0].status, Pair::new(Status::Met, Status::Met));
    assert_eq!(c.standards[0].trend, Trend::Worse);
    assert_eq!(c.verdict_trend(), Trend::Unchanged);
    assert!(c.worse());
}

#[test]
fn verdicts_get_worse_down_the_order_good_bad_ugly() {
    let bad = [("q1", No), ("q2", No), ("q3", No), ("q4", Yes)];
    let c = case(&ALL_GOOD, &bad);
    assert_eq!(c.verdict, Pair::new(Verdict::Good, Verdict::Bad));
    assert_eq!(c.verdict_trend(), Trend::Worse);
    assert!(c.worse());
    assert_eq!(case(&bad, &ALL_GOOD).verdict_trend(), Trend::Better);
    assert_eq!(Pair::new(Verdict::Bad, Verdict::Ugly).trend(), Trend::Worse);
    assert_eq!(
        Pair::new(Verdict::Ugly, Verdict::Good).trend(),
        Trend::Better
    );
}

#[test]
fn a_verdict_to_or_from_inconclusive_is_unclear_neither_better_nor_worse() {
    let few = [("q1", Yes)];
    let bad = [("q1", No), ("q2", No), ("q3", No), ("q4", Yes)];
    // Bad -> inconclusive: knowing less is not an improvement.
    let c = case(&bad, &few);
    assert_eq!(c.verdict, Pair::new(Verdict::Bad, Verdict::Inconclusive));
    assert_eq!(c.verdict_trend(), Trend::Unclear);
    assert!(c.less_known());
    // Good -> inconclusive: not a worsening either, and --fail-on worse stays quiet about it.
    let c = case(&ALL_GOOD, &few);
    assert_eq!(c.verdict, Pair::new(Verdict::Good, Verdict::Inconclusive));
    assert_eq!(c.verdict_trend(), Trend::Unclear);
    assert!(!c.worse() && c.less_known());
    // Inconclusive -> bad: more is known, which is not a worsening by itself.
    let c = case(&few, &bad);
    assert_eq!(c.verdict_trend(), Trend::Unclear);
    assert!(!c.less_known());
    for v in [
        Verdict::Good,
        Verdict::Inconclusive,
        Verdict::Bad,
        Verdict::Ugly,
    ] {
        assert_eq!(Pair::new(v, v).trend(), Trend::Unchanged);
        if v != Verdict::Inconclusive {
            assert_eq!(Pair::new(v, Verdict::Inconclusive).trend(), Trend::Unclear);
            assert_eq!(Pair::new(Verdict::Inconclusive, v).trend(), Trend::Unclear);
        }
    }
}

#[test]
fn a_standard_that_becomes_unknown_is_unclear_even_when_its_score_rises() {
    // The unfavourable answers became "don't know": what is left scores higher, on too little.
    assert_eq!(
        standard_trend(
            &Pair::new(Some(0.5), Some(1.0)),
            &Pair::new(Status::Partly, Status::Unknown)
        ),
        Trend::Unclear
    );
    assert_eq!(
        standard_trend(
            &Pair::new(Some(1.0), Some(0.2)),
            &Pair::new(Status::Unknown, Status::NotMet)
        ),
        Trend::Unclear
    );
}

#[test]
fn standards_that_become_unknown_mean_less_is_known_not_worse() {
    let c = case(
        &[("q1", Yes), ("q2", No), ("q3", No), ("q4", Yes)],
        &[("q1", DontKnow), ("q2", DontKnow), ("q3", No), ("q4", Yes)],
    );
    let s1 = &c.standards[0];
    assert_eq!(s1.status, Pair::new(Status::Partly, Status::Unknown));
    assert_eq!(s1.trend, Trend::Unclear);
    assert_eq!(ids_of(c.became_unknown()), vec!["s1"]);
    assert!(c.became_known().next().is_none());
    assert!(c.less_known() && !c.worse());
    // And the other way round: more is known, which is not worse either.
    let back = c.reversed();
    assert_eq!(back.standards[0].trend, Trend::Unclear);
    assert_eq!(ids_of(back.became_known()), vec!["s1"]);
    assert!(!back.less_known() && !back.worse());
}

fn ids_of<'a>(list: impl Iterator<Item = &'a StandardChange>) -> Vec<&'a str> {
    list.map(|s| s.id.as_str()).collect()
}

#[test]
fn a_status_that_becomes_unknown_is_unclear_not_worse() {
    let score = Pair::new(Some(1.0), Some(1.0));
    assert_eq!(
        standard_trend(&score, &Pair::new(Status::Met, Status::Unknown)),
        Trend::Unclear
    );
    assert_eq!(
        standard_trend(
            &Pair::new(Some(0.2), None),
            &Pair::new(Status::NotMet, Status::Unknown)
        ),
        Trend::Unclear
    );
    assert_eq!(
        standard_trend(
            &Pair::new(None, None),
            &Pair::new(Status::Unknown, Status::Unknown)
        ),
        Trend::Unchanged
    );
    // Unknown on both sides with another score: still too little to tell.
    assert_eq!(
        standard_trend(
            &Pair::new(Some(0.2), Some(0.9)),
            &Pair::new(Status::Unknown, Status::Unknown)
        ),
        Trend::Unclear
    );
    // A status that goes down is worse even if the scores were somehow equal.
    assert_eq!(
        standard_trend(&score, &Pair::new(Status::Met, Status::Partly)),
        Trend::Worse
    );
}

#[test]
fn a_confirmed_red_flag_is_raised_and_cleared_the_other_way() {
    let raised_on = [("q1", Yes), ("q2", Yes), ("q3", Yes), ("q4", Yes)];
    let c = case(&ALL_GOOD, &raised_on);
    assert_eq!(ids(c.raised()), vec!["f1"]);
    assert!(c.cleared().next().is_none());
    assert_eq!(c.flags[0].questions.after, vec!["q3".to_string()]);
    assert!(c.worse());
    let back = case(&raised_on, &ALL_GOOD);
    assert_eq!(ids(back.cleared()), vec!["f1"]);
    assert!(back.raised().next().is_none());
    assert!(!back.worse());
}

#[test]
fn a_red_flag_raised_while_already_ugly_is_still_worse() {
    // Ugly before and after (registration is a broken promise on both sides), same scores (a refusal
    // and a "yes" on a warning question both count 0), yet delayed transfers are now confirmed.
    let embedded = |delays: Answer| {
        let mut a = file(Stage::Ongoing, &[]);
        a.rubric = RubricRef {
            id: EMBEDDED.id.clone(),
            version: EMBEDDED.version.clone(),
        };
        a.answers.insert("registration-not-done".into(), entry(Yes));
        a.answers.insert("delays-transfers".into(), entry(delays));
        a
    };
    let c = compare_embedded(&embedded(Refused), &embedded(Yes));
    assert_eq!(c.verdict, Pair::new(Verdict::Ugly, Verdict::Ugly));
    assert!(c.standards.iter().all(|s| s.trend == Trend::Unchanged));
    assert_eq!(ids(c.raised()), vec!["delayed-fund-transfers"]);
    assert_eq!(c.refusals_resolved, vec!["delays-transfers".to_string()]);
    assert!(c.worse());
}

#[test]
fn a_flag_that_falls_to_suspected_is_cleared_without_being_newly_suspected() {
    let c = case(
        &[("q1", Yes), ("q2", Yes), ("q3", Yes)],
        &[("q1", Yes), ("q2", Yes), ("q3", Partly)],
    );
    assert_eq!(ids(c.cleared()), vec!["f1"]);
    assert_eq!(
        c.flags[0].level,
        Pair::new(FlagLevel::Confirmed, FlagLevel::Suspected)
    );
    assert!(c.suspected_raised().next().is_none());
    assert!(c.suspected_cleared().next().is_none());
}

#[test]
fn suspected_red_flags_are_raised_and_cleared_on_their_own() {
    let c = case(&[("q3", No)], &[("q3", Partly)]);
    assert_eq!(ids(c.suspected_raised()), vec!["f1"]);
    assert!(c.raised().next().is_none());
    let c = case(&[("q3", Partly)], &[("q3", DontKnow)]);
    assert_eq!(ids(c.suspected_cleared()), vec!["f1"]);
}

#[test]
fn refusals_are_added_and_resolved() {
    let c = case(
        &[("q1", Refused), ("q2", Yes)],
        &[("q1", Yes), ("q2", Refused)],
    );
    assert_eq!(c.refusals_added, vec!["q2".to_string()]);
    assert_eq!(c.refusals_resolved, vec!["q1".to_string()]);
}

#[test]
fn answer_trends_follow_the_answer_values_and_polarity() {
    let trend = |q: &str, b: Answer, a: Answer| case(&[(q, b)], &[(q, a)]).answers_changed[0].trend;
    assert_eq!(trend("q1", Yes, No), Trend::Worse);
    // q3 is a warning question: "yes" is against the partner.
    assert_eq!(trend("q3", Yes, No), Trend::Better);
    assert_eq!(trend("q1", Partly, Yes), Trend::Better);
    // "no" and "refused" weigh the same on a favourable question.
    assert_eq!(trend("q1", No, Refused), Trend::Unchanged);
    assert_eq!(trend("q1", DontKnow, Yes), Trend::Unclear);
    assert_eq!(trend("q1", DontKnow, NotApplicable), Trend::Unclear);
}

#[test]
fn a_changed_note_alone_is_not_a_changed_answer() {
    let old = file(Stage::Before, &ALL_GOOD);
    let mut new = old.clone();
    new.answers.get_mut("q1").unwrap().note = Some("Checked again.".into());
    assert!(!compare(&old, &new).changed());
}

#[test]
fn changed_answers_carry_both_notes() {
    let mut old = file(Stage::Before, &[("q1", Yes)]);
    let mut new = file(Stage::Before, &[("q1", No)]);
    old.answers.get_mut("q1").unwrap().note = Some("Promised.".into());
    new.answers.get_mut("q1").unwrap().note = Some("Not done.".into());
    let c = compare(&old, &new);
    let a = &c.answers_changed[0];
    assert_eq!(a.before.note.as_deref(), Some("Promised."));
    assert_eq!(a.after.note.as_deref(), Some("Not done."));
}

#[test]
fn questions_answered_on_one_side_only_are_listed_apart() {
    let c = case(&[("q1", Yes), ("q2", Yes)], &[("q1", Yes), ("q4", No)]);
    assert!(c.answers_changed.is_empty());
    let only = |l: &[OneSided]| l.iter().map(|o| o.question.clone()).collect::<Vec<_>>();
    assert_eq!(only(&c.only_before), vec!["q2"]);
    assert_eq!(only(&c.only_after), vec!["q4"]);
    assert!(c.only_after[0].in_rubric);
}

#[test]
fn an_answer_not_asked_at_the_files_stage_is_left_out() {
    // q4 is asked before signing only, q5 during the partnership only.
    let old = file(Stage::Before, &[("q1", Yes), ("q4", Yes), ("q5", No)]);
    let new = file(Stage::Ongoing, &[("q1", Yes), ("q4", No), ("q5", Yes)]);
    let c = compare(&old, &new);
    assert_eq!(c.stage, Pair::new(Stage::Before, Stage::Ongoing));
    assert!(c.answers_changed.is_empty());
    assert_eq!(c.only_before[0].question, "q4");
    assert_eq!(c.only_after[0].question, "q5");
    assert_eq!((c.only_before.len(), c.only_after.len()), (1, 1));
}

#[test]
fn a_question_retired_from_the_rubric_is_listed_apart_as_not_in_it() {
    let old = file(Stage::Before, &[("q1", Yes), ("q0", Yes), ("old-b", No)]);
    let new = file(Stage::Before, &[("q1", Yes), ("old-b", Yes)]);
    let c = compare(&old, &new);
    assert_eq!(c.only_before.len(), 1);
    assert_eq!(c.only_before[0].question, "q0");
    assert!(!c.only_before[0].in_rubric);
    // Answered on both sides, it is a change, with no direction the rubric could give.
    assert_eq!(c.answers_changed[0].question, "old-b");
    assert_eq!(c.answers_changed[0].trend, Trend::Unclear);
}

#[test]
fn partners_are_the_same_whatever_the_case_spacing_and_punctuation() {
    assert!(same_partner(
        "Harbour Peer Network",
        " harbour  peer-network"
    ));
    assert!(same_partner("Réseau Éclat", "RÉSEAU ÉCLAT"));
    assert!(!same_partner("Harbour Peer Network", "Harbor Peer Network"));
}

#[test]
fn files_of_another_rubric_or_partner_are_not_comparable() {
    let a = file(Stage::Before, &[]);
    let mut b = a.clone();
    b.partner = "Someone else".into();
    assert_eq!(
        comparable(&a, &b),
        Err(Incomparable::OtherPartner {
            expected: "Partner".into(),
            found: "Someone else".into()
        })
    );
    // The rubric is checked first: another partner on another rubric is another rubric.
    b.rubric.id = "other".into();
    assert!(matches!(
        comparable(&a, &b),
        Err(Incomparable::OtherRubric { .. })
    ));
    let mut c = a.clone();
    c.rubric.version = "1.3.0".into();
    assert_eq!(comparable(&a, &c), Ok(()));
}

#[test]
fn reversing_a_change_gives_the_diff_the_other_way() {
    let old = [("q1", Refused), ("q2", Yes), ("q3", Partly)];
    let new = [("q1", Yes), ("q3", Yes), ("q4", No)];
    assert_eq!(case(&old, &new).reversed(), case(&new, &old));
}

// Properties over generated answers files for the embedded rubric.

/// Valid answers files for the embedded rubric: a random stage, a random subset (in random order)
/// of the questions asked at that stage, random answers from the scale, sometimes a note.
fn answers_files() -> impl Strategy<Value = Answers> {
    let n = EMBEDDED.questions.len();
    let stage = prop_oneof![Just(Stage::Before), Just(Stage::Ongoing)];
    let picks = proptest::collection::vec(
        (
            any::<bool>(),
            proptest::sample::select(Answer::ALL.to_vec()),
            proptest::option::of("[a-z]{1,8}"),
        ),
        n,
    );
    (stage, picks)
        .prop_flat_map(|(stage, picks)| {
            let entries: Vec<(String, Entry)> = EMBEDDED
                .questions
                .iter()
                .zip(picks)
                .filter(|(q, (keep, _, _))| *keep && stage.includes(q.stage))
                .map(|(q, (_, answer, note))| {
                    (
                        q.id.clone(),
                        Entry {
                            answer,
                            note,
                            evidence: vec![],
                        },
                    )
                })
                .collect();
            (Just(stage), Just(entries).prop_shuffle())
        })
        .prop_map(|(stage, entries)| Answers {
            rubric: RubricRef {
                id: EMBEDDED.id.clone(),
                version: EMBEDDED.version.clone(),
            },
            partner: "Harbour Peer Network".into(),
            date: jiff::civil::date(2025, 3, 14),
            stage,
            assessor: None,
            answers: entries.into_iter().collect(),
            notes: Default::default(),
        })
}

fn compare_embedded(old: &Answers, new: &Answers) -> Change {
    let (a, b) = (assess(&EMBEDDED, old), assess(&EMBEDDED, new));
    diff(&EMBEDDED, (old, &a), (new, &b))
}

proptest! {
    #[test]
    fn generated_files_are_valid_answers_files(a in answers_files()) {
        let text = a.to_yaml();
        let back = Answers::parse(&text).unwrap();
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(back.check(&EMBEDDED, &text), Ok(vec![]));
    }

    #[test]
    fn a_file_diffed_with_itself_shows_no_change(a in answers_files()) {
        let c = compare_embedded(&a, &a);
        prop_assert!(!c.changed());
        prop_assert!(!c.worse());
        prop_assert!(c.flags.is_empty() && c.answers_changed.is_empty());
        prop_assert!(c.refusals_added.is_empty() && c.refusals_resolved.is_empty());
        prop_assert!(c.only_before.is_empty() && c.only_after.is_empty());
        for s in &c.standards {
            prop_assert_eq!(s.trend, Trend::Unchanged);
            prop_assert!(s.delta.is_none_or(|d| d == 0.0));
        }
    }

    #[test]
    fn swapping_old_and_new_mirrors_the_change(a in answers_files(), b in answers_files()) {
        let forth = compare_embedded(&a, &b);
        let back = compare_embedded(&b, &a);
        prop_assert_eq!(ids(back.raised()), ids(forth.cleared()));
        prop_assert_eq!(ids(back.cleared()), ids(forth.raised()));
        prop_assert_eq!(ids(back.suspected_raised()), ids(forth.suspected_cleared()));
        prop_assert_eq!(&back.refusals_added, &forth.refusals_resolved);
        prop_assert_eq!(&back.refusals_resolved, &forth.refusals_added);
        for (x, y) in forth.standards.iter().zip(&back.standards) {
            prop_assert_eq!(x.delta.map(|d| -d), y.delta);
            prop_assert_eq!(x.trend.reversed(), y.trend);
        }
        prop_assert_eq!(forth.verdict_trend().reversed(), back.verdict_trend());
        prop_assert_eq!(forth.reversed(), back);
    }

    #[test]
    fn every_counted_answer_is_unchanged_changed_or_one_sided(
        a in answers_files(),
        b in answers_files(),
    ) {
        let c = compare_embedded(&a, &b);
        for q in &EMBEDDED.questions {
            let before = a.answers.get(&q.id).filter(|_| a.stage.includes(q.stage));
            let after = b.answers.get(&q.id).filter(|_| b.stage.includes(q.stage));
            let changed = c.answers_changed.iter().any(|x| x.question == q.id);
            let only_before = c.only_before.iter().any(|x| x.question == q.id);
            let only_after = c.only_after.iter().any(|x| x.question == q.id);
            let expected = match (before, after) {
                (Some(x), Some(y)) => (x.answer != y.answer, false, false),
                (Some(_), None) => (false, true, false),
                (None, Some(_)) => (false, false, true),
                (None, None) => (false, false, false),
            };
            prop_assert_eq!((changed, only_before, only_after), expected, "{}", q.id);
        }
    }

    #[test]
    fn a_worse_verdict_or_a_raised_flag_is_always_worse(a in answers_files(), b in answers_files()) {
        let c = compare_embedded(&a, &b);
        let on_scale = |v: Verdict| v != Verdict::Inconclusive;
        let down = on_scale(c.verdict.before) && on_scale(c.verdict.after)
            && c.verdict.after > c.verdict.before;
        if down || c.raised().next().is_some() {
            prop_assert!(c.worse());
        }
        if c.worse() {
            prop_assert!(c.changed());
        }
    }

    #[test]
    fn knowing_less_is_never_better(a in answers_files(), b in answers_files()) {
        let c = compare_embedded(&a, &b);
        if c.verdict.changed()
            && (c.verdict.before == Verdict::Inconclusive || c.verdict.after == Verdict::Inconclusive)
        {
            prop_assert_eq!(c.verdict_trend(), Trend::Unclear);
        }
        for s in &c.standards {
            if s.status.before == Status::Unknown || s.status.after == Status::Unknown {
                prop_assert!(matches!(s.trend, Trend::Unclear | Trend::Unchanged), "{}", s.id);
            }
        }
    }
}
