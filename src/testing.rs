//! Fixtures shared by the unit tests: the mini rubric of tests/fixtures and answers files for it.

use crate::answers::{Answer, Answers, Entry, RubricRef, Stage};
use crate::rubric::Rubric;

/// tests/fixtures/mini-rubric.yaml: two standards, one red flag, five questions.
pub fn mini_rubric() -> Rubric {
    let r = Rubric::parse(include_str!("../tests/fixtures/mini-rubric.yaml"))
        .expect("the mini rubric parses");
    assert_eq!(r.validate(""), vec![], "the mini rubric is valid");
    r
}

/// tests/fixtures/mini-rubric-2.yaml: schema 2, method evidence-range; standards s1 (a1-a4) and
/// s2 (b1-b4, and b5 when ongoing), red flag f1 confirmed by f1q, f2 only suspected by f2q.
pub fn mini_rubric_2() -> Rubric {
    let r = Rubric::parse(include_str!("../tests/fixtures/mini-rubric-2.yaml"))
        .expect("the schema 2 mini rubric parses");
    assert_eq!(r.validate(""), vec![], "the schema 2 mini rubric is valid");
    r
}

/// An answer with no note and no documents.
pub fn entry(answer: Answer) -> Entry {
    Entry {
        answer,
        note: None,
        evidence: vec![],
    }
}

/// An answers file for the mini rubric, partner "P", 2026-01-02, with these answers.
pub fn answers(stage: Stage, given: &[(&str, Answer)]) -> Answers {
    Answers {
        rubric: RubricRef {
            id: "mini".into(),
            version: "1.2.0".into(),
        },
        partner: "P".into(),
        date: jiff::civil::date(2026, 1, 2),
        stage,
        assessor: None,
        answers: given
            .iter()
            .map(|(q, a)| (q.to_string(), entry(*a)))
            .collect(),
        notes: Default::default(),
    }
}
