//! Calibration on the guide: every case under tests/calibration/ (a case study of the annexes or a
//! situation of sections 4.3, 5 and 6, as an answers file for the current rubric) gets the verdict
//! the guide implies, as tests/calibration/expected.yaml states with its section and reason. Those
//! verdicts were reasoned from the guide, not read off vet; docs/scoring.md explains each.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use serde::Deserialize;
use vet::answers::{Answer, Answers};
use vet::rubric::{Rubric, Verdict};
use vet::score::{Assessment, Status, assess};

#[derive(Debug, Deserialize)]
struct Expected {
    case: String,
    verdict: Verdict,
    source: String,
    why: String,
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/calibration")
}

fn expected() -> Vec<Expected> {
    let text = std::fs::read_to_string(dir().join("expected.yaml")).unwrap();
    serde_yaml::from_str(&text).unwrap()
}

fn case(name: &str) -> (Rubric, Answers, Assessment) {
    let rubric = Rubric::embedded().unwrap();
    let text = std::fs::read_to_string(dir().join(format!("{name}.yaml"))).unwrap();
    let answers = Answers::parse(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    let notices = answers
        .check(&rubric, &text)
        .unwrap_or_else(|e| panic!("{name}: {e:?}"));
    assert!(notices.is_empty(), "{name}: {notices:?}");
    let a = assess(&rubric, &answers);
    (rubric, answers, a)
}

#[test]
fn every_case_of_the_guide_gets_the_verdict_the_guide_implies() {
    let all = expected();
    assert!(all.len() >= 12, "{} cases", all.len());
    let mut wrong = Vec::new();
    for e in &all {
        assert!(
            !e.source.trim().is_empty() && !e.why.trim().is_empty(),
            "{}",
            e.case
        );
        let (_, _, a) = case(&e.case);
        if a.verdict != e.verdict {
            wrong.push(format!(
                "{} ({}): expected {:?}, got {:?} by {:?}",
                e.case, e.source, e.verdict, a.verdict, a.rule
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Every case file is listed, so none is silently left out.
    let files = std::fs::read_dir(dir())
        .unwrap()
        .filter_map(|f| f.ok()?.path().file_stem()?.to_str().map(str::to_string))
        .filter(|stem| stem != "expected")
        .count();
    assert_eq!(files, all.len());
}

#[test]
fn every_verdict_of_the_guide_is_represented() {
    let all = expected();
    for v in [
        Verdict::Good,
        Verdict::Bad,
        Verdict::Ugly,
        Verdict::Inconclusive,
    ] {
        assert!(all.iter().any(|e| e.verdict == v), "no {v:?} case");
    }
}

/// Issue 9: an ongoing review with a third of the questions known, two standards failing on every
/// known answer and a refusal is BAD, and no answer can make it good or inconclusive.
#[test]
fn a_review_failing_two_standards_on_what_is_known_is_bad_at_best_and_names_both() {
    let (rubric, answers, a) = case("ongoing-third-known-two-failing");
    assert_eq!(a.verdict, Verdict::Bad);
    assert_eq!(a.best, Verdict::Bad);
    let known = answers
        .answers
        .values()
        .filter(|e| e.answer.is_known())
        .count();
    assert!(
        known * 2 < a.questions_total,
        "{known} of {}",
        a.questions_total
    );
    let short: Vec<&str> = a
        .standards
        .iter()
        .filter(|s| s.status.falls_short())
        .map(|s| s.id.as_str())
        .collect();
    assert!(short.len() >= 2, "{short:?}");
    // The open red-flag questions that could still make it ugly come first among the decisive.
    let first = a
        .decisive
        .first()
        .expect("open red-flag questions are decisive");
    assert_eq!(first.if_against, Verdict::Ugly);
    assert!(
        !rubric
            .question(&first.id)
            .unwrap()
            .evidences
            .red_flags
            .is_empty()
    );
}

/// Issue 9: a well-answered GOOD case stays GOOD when any one known answer becomes "don't know",
/// unless that question is then listed as decisive.
#[test]
fn a_well_answered_good_case_survives_any_one_dont_know_unless_it_is_named_decisive() {
    let (rubric, answers, a) = case("s51-well-answered-good");
    assert_eq!(a.verdict, Verdict::Good);
    assert!(a.standards.iter().all(|s| s.status == Status::Met));
    for id in answers.answers.keys() {
        let mut one = answers.clone();
        one.answers.get_mut(id).unwrap().answer = Answer::DontKnow;
        let b = assess(&rubric, &one);
        if b.verdict != Verdict::Good {
            assert!(
                b.decisive.iter().any(|d| &d.id == id),
                "{id} made it {:?} without being named decisive",
                b.verdict
            );
        }
    }
}
