//! Properties of the verdicts that the evidence-range scoring promises (issue 9), checked on the
//! schema 2 mini rubric and on the embedded rubric when it uses that method:
//! - an answer moving in the partner's favour never makes a verdict, a status or a score range
//!   worse (monotone);
//! - every way of answering the open questions gives a verdict between `best` and `worst`, so a
//!   firm verdict never changes;
//! - a confirmed red flag, or a refusal, is never hidden by any number of "don't know";
//! - an open question left off the decisive list cannot change the verdict alone.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::LazyLock;

use proptest::prelude::*;
use vet::answers::{Answer, Answers, Entry, RubricRef, Stage};
use vet::rubric::{Method, Raises, Rubric};
use vet::score::{Assessment, Status, against, assess, favourable};

static MINI: LazyLock<Rubric> = LazyLock::new(|| {
    Rubric::parse(include_str!("fixtures/mini-rubric-2.yaml")).expect("the fixture parses")
});
static EMBEDDED: LazyLock<Rubric> = LazyLock::new(|| Rubric::embedded().unwrap());

/// The rubrics whose verdicts must keep these promises.
fn rubrics() -> Vec<&'static Rubric> {
    let mut all = vec![&*MINI];
    if EMBEDDED.scoring.method == Method::EvidenceRange {
        all.push(&*EMBEDDED);
    }
    all
}

/// One question's possible state: no answer, or an answer of the scale.
fn state() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        2 => Just(None),
        8 => proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some),
    ]
}

/// A stage and a state for every question of the rubric (those not asked are ignored).
fn case() -> impl Strategy<Value = (usize, Stage, Vec<Option<Answer>>)> {
    (0..2usize, any::<bool>()).prop_flat_map(|(r, before)| {
        let n = rubrics().get(r).map_or(0, |r| r.questions.len());
        let stage = if before {
            Stage::Before
        } else {
            Stage::Ongoing
        };
        (
            Just(r.min(rubrics().len() - 1)),
            Just(stage),
            proptest::collection::vec(state(), n.max(MINI.questions.len())),
        )
    })
}

fn file(rubric: &Rubric, stage: Stage, states: &[Option<Answer>]) -> Answers {
    Answers {
        rubric: RubricRef {
            id: rubric.id.clone(),
            version: rubric.version.clone(),
        },
        partner: "P".into(),
        date: jiff::civil::date(2026, 1, 2),
        stage,
        assessor: None,
        notes: Default::default(),
        answers: rubric
            .questions
            .iter()
            .zip(states)
            .filter(|(q, _)| stage.includes(q.stage))
            .filter_map(|(q, s)| {
                s.map(|answer| {
                    (
                        q.id.clone(),
                        Entry {
                            answer,
                            note: None,
                            evidence: vec![],
                        },
                    )
                })
            })
            .collect(),
    }
}

/// Statuses from worst to best for the verdict: short, then open, then met.
fn rank(s: Status) -> u8 {
    match s {
        Status::NotMet => 0,
        Status::Partly => 1,
        Status::Unknown => 2,
        Status::Met => 3,
    }
}

/// The moves that are in the partner's favour for a question: (from, to).
fn favourable_moves(q: &vet::rubric::Question) -> Vec<(Option<Answer>, Option<Answer>)> {
    let (f, a) = (Some(favourable(q)), Some(against(q)));
    let (p, dk, r) = (
        Some(Answer::Partly),
        Some(Answer::DontKnow),
        Some(Answer::Refused),
    );
    vec![
        (a, p),
        (a, f),
        (p, f),
        (r, p),
        (r, f),
        (dk, f),
        (None, f),
        (a, dk),
        (a, None),
    ]
}

fn check_not_worse(before: &Assessment, after: &Assessment) -> Result<(), TestCaseError> {
    prop_assert!(
        after.verdict <= before.verdict,
        "{:?} -> {:?}",
        before.verdict,
        after.verdict
    );
    prop_assert!(after.best <= before.best && after.worst <= before.worst);
    for (b, a) in before.standards.iter().zip(&after.standards) {
        prop_assert!(
            rank(a.status) >= rank(b.status),
            "{}: {:?} -> {:?}",
            b.id,
            b.status,
            a.status
        );
        if let (Some([bl, bh]), Some([al, ah])) = (b.range, a.range) {
            prop_assert!(
                al >= bl - 1e-9 && ah >= bh - 1e-9,
                "{}: {:?} -> {:?}",
                b.id,
                b.range,
                a.range
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn an_answer_moving_in_the_partners_favour_never_makes_anything_worse(
        (r, stage, states) in case(),
        pick in any::<proptest::sample::Index>(),
        mv in any::<proptest::sample::Index>(),
    ) {
        let rubric = rubrics()[r];
        let asked: Vec<usize> = (0..rubric.questions.len())
            .filter(|&i| stage.includes(rubric.questions[i].stage))
            .collect();
        let i = asked[pick.index(asked.len())];
        let q = &rubric.questions[i];
        let moves = favourable_moves(q);
        let (from, to) = moves[mv.index(moves.len())];
        let mut worse = states.clone();
        worse[i] = from;
        let mut better = states;
        better[i] = to;
        let (w, b) = (
            assess(rubric, &file(rubric, stage, &worse)),
            assess(rubric, &file(rubric, stage, &better)),
        );
        check_not_worse(&w, &b)?;
    }

    #[test]
    fn every_way_of_answering_the_open_questions_stays_between_best_and_worst(
        (r, stage, states) in case(),
        fills in proptest::collection::vec(0..4u8, 64),
    ) {
        let rubric = rubrics()[r];
        let a = assess(rubric, &file(rubric, stage, &states));
        prop_assert!(a.best <= a.verdict && a.verdict <= a.worst);
        let mut filled = states.clone();
        for (i, q) in rubric.questions.iter().enumerate() {
            if matches!(states[i], None | Some(Answer::DontKnow)) {
                filled[i] = Some(match fills[i % fills.len()] {
                    0 => against(q),
                    1 => Answer::Partly,
                    2 => favourable(q),
                    _ => Answer::NotApplicable,
                });
            }
        }
        let f = assess(rubric, &file(rubric, stage, &filled));
        prop_assert!(a.best <= f.verdict && f.verdict <= a.worst,
            "{:?} not in {:?}..{:?}", f.verdict, a.best, a.worst);
        if a.firm() {
            prop_assert_eq!(f.verdict, a.verdict);
        }
    }

    #[test]
    fn a_confirmed_red_flag_or_a_refusal_is_never_hidden_by_dont_know(
        (r, stage, states) in case(),
        pick in any::<proptest::sample::Index>(),
    ) {
        let rubric = rubrics()[r];
        let unknown: Vec<Option<Answer>> = states
            .iter()
            .map(|s| s.filter(|a| *a != Answer::Refused).or(Some(Answer::DontKnow)))
            .collect();
        let asked: Vec<usize> = (0..rubric.questions.len())
            .filter(|&i| stage.includes(rubric.questions[i].stage))
            .collect();
        let i = asked[pick.index(asked.len())];
        let q = &rubric.questions[i];
        let mut refused = unknown.clone();
        refused[i] = Some(Answer::Refused);
        let a = assess(rubric, &file(rubric, stage, &refused));
        prop_assert!(a.verdict >= vet::rubric::Verdict::Bad);
        if !q.evidences.red_flags.is_empty() && q.raises == Raises::Confirmed {
            let mut confirmed = unknown;
            confirmed[i] = Some(against(q));
            let a = assess(rubric, &file(rubric, stage, &confirmed));
            prop_assert_eq!(a.verdict, vet::rubric::Verdict::Ugly);
            prop_assert!(a.firm());
        }
    }

    #[test]
    fn an_open_question_off_the_decisive_list_cannot_change_the_verdict_alone(
        (r, stage, states) in case(),
    ) {
        let rubric = rubrics()[r];
        let a = assess(rubric, &file(rubric, stage, &states));
        for (i, q) in rubric.questions.iter().enumerate() {
            let open = stage.includes(q.stage) && matches!(states[i], None | Some(Answer::DontKnow));
            if !open || a.decisive.iter().any(|d| d.id == q.id) {
                continue;
            }
            for answer in [against(q), Answer::Partly, favourable(q), Answer::NotApplicable] {
                let mut one = states.clone();
                one[i] = Some(answer);
                let b = assess(rubric, &file(rubric, stage, &one));
                prop_assert_eq!(b.verdict, a.verdict, "{} answered {:?}", q.id, answer);
            }
        }
    }
}
