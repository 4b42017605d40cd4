//! Tests of the interview's logic without a terminal: order, going back, skipping, resuming.

use super::*;
use crate::answers::Stage;
use crate::testing::{entry, mini_rubric as rubric};

/// A limit no test file reaches.
const BIG: usize = 1 << 30;

fn note(text: &str) -> Note {
    Note {
        note: Some(text.into()),
        evidence: vec![],
    }
}

fn answers(stage: Stage) -> Answers {
    crate::testing::answers(stage, &[])
}

fn ids(flow: &Flow) -> Vec<String> {
    let mut f = flow.clone();
    f.go_to(1);
    let mut out = vec![];
    while let Some(s) = f.current() {
        out.push(s.question.id.clone());
        f.record(Answer::DontKnow, BIG).unwrap();
    }
    out
}

#[test]
fn only_questions_of_the_stage_are_asked_grouped_by_standard() {
    let r = rubric();
    assert_eq!(
        ids(&Flow::new(&r, answers(Stage::Before))),
        ["q1", "q2", "q3", "q4"]
    );
    assert_eq!(
        ids(&Flow::new(&r, answers(Stage::Ongoing))),
        ["q1", "q2", "q3", "q5"]
    );
}

#[test]
fn steps_say_where_the_person_is() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    let s = f.current().unwrap();
    assert_eq!(
        (s.number, s.total, s.group, s.first_of_group),
        (1, 4, "s1", true)
    );
    f.record(Answer::Yes, BIG).unwrap();
    let s = f.current().unwrap();
    assert_eq!((s.number, s.group, s.first_of_group), (2, "s1", false));
    f.record(Answer::Yes, BIG).unwrap();
    let s = f.current().unwrap();
    assert_eq!((s.number, s.group, s.first_of_group), (3, "s2", true));
}

#[test]
fn going_back_shows_the_previous_answer_and_changing_it_replaces_it() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    f.record(Answer::Yes, BIG).unwrap();
    assert!(f.back());
    let s = f.current().unwrap();
    assert_eq!(s.question.id, "q1");
    assert_eq!(s.previous.map(|e| e.answer), Some(Answer::Yes));
    assert_eq!(default_answer(s.previous), Answer::Yes);
    f.record(Answer::No, BIG).unwrap();
    assert_eq!(f.answers().answers["q1"].answer, Answer::No);
    assert_eq!(f.answers().answers.len(), 1);
    assert_eq!(f.current().unwrap().question.id, "q2");
}

#[test]
fn back_at_the_first_question_stays_there() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    assert!(!f.back());
    assert_eq!(f.current().unwrap().number, 1);
}

#[test]
fn a_resumed_interview_starts_at_the_first_question_without_an_answer() {
    let r = rubric();
    let mut a = answers(Stage::Before);
    a.answers.insert("q1".into(), entry(Answer::Yes));
    a.answers.insert("q2".into(), entry(Answer::DontKnow));
    let f = Flow::new(&r, a);
    assert_eq!(f.current().unwrap().question.id, "q3");
    assert_eq!(f.answered(), 2);
}

#[test]
fn a_finished_file_is_done_and_can_be_revised_from_the_start() {
    let r = rubric();
    let mut a = answers(Stage::Before);
    for q in ["q1", "q2", "q3", "q4"] {
        a.answers.insert(q.into(), entry(Answer::Yes));
    }
    let mut f = Flow::new(&r, a);
    assert!(f.is_done());
    assert!(f.current().is_none());
    f.go_to(1);
    assert_eq!(
        f.current().unwrap().previous.map(|e| e.answer),
        Some(Answer::Yes)
    );
}

#[test]
fn an_answer_that_confirms_a_red_flag_says_so() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    f.go_to(3); // q3: "does the partner delay funds?", yes is a warning
    assert_eq!(
        f.record(Answer::Yes, BIG).unwrap().red_flags,
        vec!["f1".to_string()]
    );
    f.go_to(3);
    assert!(f.record(Answer::Partly, BIG).unwrap().red_flags.is_empty());
    f.go_to(3);
    assert!(f.record(Answer::No, BIG).unwrap().red_flags.is_empty());
}

#[test]
fn a_note_before_any_answer_records_no_answer_and_goes_with_the_next_one() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    f.set_note(note("said so"), BIG).unwrap();
    assert_eq!(f.current().unwrap().question.id, "q1");
    assert!(f.answers().answers.is_empty(), "a note recorded an answer");
    assert_eq!(f.current().unwrap().note, Some(&note("said so")));
    assert!(f.current().unwrap().previous.is_none());
    // Resuming the file asks q1 again, with its note.
    assert_eq!(Flow::new(&r, f.answers().clone()).resume_point(), 0);
    f.record(Answer::Partly, BIG).unwrap();
    let e = &f.answers().answers["q1"];
    assert_eq!(
        (e.answer, e.note.as_deref()),
        (Answer::Partly, Some("said so"))
    );
    assert!(f.answers().notes.is_empty());
}

#[test]
fn a_note_on_an_answered_question_keeps_its_answer() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    f.record(Answer::Yes, BIG).unwrap();
    f.back();
    f.set_note(note("checked"), BIG).unwrap();
    let e = &f.answers().answers["q1"];
    assert_eq!(
        (e.answer, e.note.as_deref()),
        (Answer::Yes, Some("checked"))
    );
    // Answering again keeps the note.
    f.record(Answer::No, BIG).unwrap();
    assert_eq!(f.answers().answers["q1"].note.as_deref(), Some("checked"));
}

#[test]
fn starting_again_keeps_the_earlier_answers_until_the_first_new_one() {
    let r = rubric();
    let mut a = answers(Stage::Before);
    a.answers.insert("q1".into(), entry(Answer::Yes));
    a.answers.insert("q2".into(), entry(Answer::No));
    let mut f = Flow::new(&r, a.clone());
    f.restart();
    assert!(f.restart_pending());
    let s = f.current().unwrap();
    assert_eq!(s.number, 1);
    assert!(
        s.previous.is_none(),
        "an earlier answer offered after starting again"
    );
    assert_eq!(f.answers(), &a, "the earlier answers went before a new one");
    f.record(Answer::Partly, BIG).unwrap();
    assert!(!f.restart_pending());
    assert_eq!(f.answers().answers.len(), 1);
    assert_eq!(f.answers().answers["q1"].answer, Answer::Partly);
    // Nothing to keep: nothing pending.
    let mut empty = Flow::new(&r, answers(Stage::Before));
    empty.restart();
    assert!(!empty.restart_pending());
}

#[test]
fn a_note_that_would_make_the_file_unreadable_is_refused_and_nothing_changes() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    f.record(Answer::Yes, BIG).unwrap();
    f.back();
    let before = f.answers().clone();
    let limit = 2000;
    let err = f.set_note(note(&"x".repeat(5000)), limit).unwrap_err();
    assert_eq!(err.limit, limit);
    assert!(err.size > 5000, "{err:?}");
    assert_eq!(f.answers(), &before);
    assert_eq!(f.current().unwrap().question.id, "q1");
    // So is an answer that would push a full file over.
    let size = f.answers().to_yaml().len();
    f.go_to(2);
    assert!(f.record(Answer::Yes, size).is_err());
    assert_eq!(f.current().unwrap().question.id, "q2");
    assert_eq!(f.answers(), &before);
}

#[test]
fn questions_asked_first_come_in_the_order_given_and_the_rest_keep_theirs() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    assert!(f.ask_first(&["q4", "q3", "nope", "q4"]));
    assert_eq!(ids(&f), ["q4", "q3", "q1", "q2"]);
    let s = f.current().unwrap();
    assert_eq!((s.number, s.total, s.group), (1, 4, "s2"));
    // Asked again with the same list, nothing moves.
    assert!(!f.ask_first(&["q4", "q3"]));
}

#[test]
fn asking_first_moves_only_questions_ahead_and_unanswered() {
    let r = rubric();
    let mut a = answers(Stage::Before);
    a.answers.insert("q3".into(), entry(Answer::No));
    let mut f = Flow::new(&r, a);
    f.record(Answer::Yes, BIG).unwrap();
    // q1 is behind, q3 answered: neither moves; q4 comes before q2.
    f.ask_first(&["q1", "q3", "q4"]);
    assert_eq!(ids(&f), ["q1", "q4", "q2", "q3"]);
}

#[test]
fn after_going_back_the_way_forward_stays_as_it_was() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    f.record(Answer::Yes, BIG).unwrap();
    f.back();
    assert!(!f.ask_first(&["q4"]));
    assert_eq!(f.current().unwrap().question.id, "q1");
    f.record(Answer::Yes, BIG).unwrap();
    // Forward again at a question not yet answered: now it moves.
    assert!(f.ask_first(&["q4"]));
    assert_eq!(f.current().unwrap().question.id, "q4");
}

#[test]
fn the_decisive_questions_of_an_assessment_are_asked_first_worst_outcome_first() {
    let r = crate::testing::mini_rubric_2();
    let a = answers(Stage::Before);
    let scored = crate::score::assess(&r, &a);
    let decisive: Vec<&str> = scored.decisive.iter().map(|d| d.id.as_str()).collect();
    // Nothing known: only the red-flag questions could change the verdict alone, the one
    // that could make it ugly first.
    assert_eq!(decisive, ["f1q", "f2q"]);
    let mut f = Flow::new(&r, a);
    assert_eq!(f.current().unwrap().question.id, "a1");
    // In rubric order the red-flag questions come last under one heading.
    f.go_to(10);
    let s = f.current().unwrap();
    assert_eq!((s.question.id.as_str(), s.group), ("f2q", ""));
    assert!(!s.first_of_group, "the red-flag heading is repeated");
    f.go_to(1);
    f.ask_first(&decisive);
    assert_eq!(
        ids(&f),
        ["f1q", "f2q", "a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"]
    );
}

#[test]
fn after_start_again_no_earlier_answer_counts_and_every_question_can_move() {
    let r = rubric();
    let mut a = answers(Stage::Before);
    a.answers.insert("q1".into(), entry(Answer::Yes));
    a.answers.insert("q4".into(), entry(Answer::Yes));
    let mut f = Flow::new(&r, a.clone());
    f.restart();
    assert!(f.answers_now().answers.is_empty());
    assert_eq!(f.answers(), &a, "the file keeps them until a new answer");
    assert!(f.has_unanswered());
    assert!(f.ask_first(&["q4"]));
    assert_eq!(f.current().unwrap().question.id, "q4");
}

#[test]
fn a_flow_with_every_question_answered_has_none_unanswered() {
    let r = rubric();
    let mut f = Flow::new(&r, answers(Stage::Before));
    for _ in 0..3 {
        f.record(Answer::Yes, BIG).unwrap();
        assert!(f.has_unanswered());
    }
    f.record(Answer::No, BIG).unwrap();
    assert!(!f.has_unanswered());
    assert!(!f.ask_first(&["q1"]), "nothing ahead to move");
}

#[test]
fn the_default_answer_is_never_favourable_by_itself() {
    assert_eq!(default_answer(None), Answer::DontKnow);
}

#[test]
fn evidence_is_split_on_semicolons_keeping_commas_in_names() {
    assert_eq!(
        parse_evidence(" MoU v2; Consortium agreement, section 5 ;; report "),
        ["MoU v2", "Consortium agreement, section 5", "report"]
    );
    assert!(parse_evidence("  ").is_empty());
}

#[test]
fn only_the_same_partner_stage_and_rubric_is_the_same_assessment() {
    let a = answers(Stage::Before);
    assert!(same_assessment(&a, "mini", " p ", Stage::Before));
    assert!(!same_assessment(&a, "mini", "Q", Stage::Before));
    assert!(!same_assessment(&a, "mini", "P", Stage::Ongoing));
    assert!(!same_assessment(&a, "other", "P", Stage::Before));
}
