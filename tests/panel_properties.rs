//! Properties of `vet panel`'s core: a panel of one file is that file's own assessment (verdict,
//! standards, red flags, everything `vet score` says), and the order of the respondents does not
//! change what the panel concludes. On the embedded rubric and on the schema 2 mini rubric
//! (method evidence-range).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::LazyLock;

use proptest::prelude::*;
use vet::answers::{Answer, Answers, Entry, RubricRef, Stage};
use vet::panel::{self, Panel};
use vet::rubric::Rubric;
use vet::score;

static EMBEDDED: LazyLock<Rubric> = LazyLock::new(|| Rubric::embedded().unwrap());
static MINI_2: LazyLock<Rubric> =
    LazyLock::new(|| Rubric::parse(include_str!("fixtures/mini-rubric-2.yaml")).unwrap());

/// One respondent's answers at `stage`: any answer (or none) to each question asked then.
fn respondent(rubric: &'static Rubric, stage: Stage) -> impl Strategy<Value = Answers> {
    let asked: Vec<String> = rubric
        .questions
        .iter()
        .filter(|q| stage.includes(q.stage))
        .map(|q| q.id.clone())
        .collect();
    let n = asked.len();
    (
        proptest::collection::vec(
            proptest::option::of(proptest::sample::select(Answer::ALL.to_vec())),
            n,
        ),
        0i8..28,
    )
        .prop_map(move |(picks, day)| Answers {
            rubric: RubricRef {
                id: rubric.id.clone(),
                version: rubric.version.clone(),
            },
            partner: "Harbour Health Trust".into(),
            date: jiff::civil::date(2025, 5, 1 + day),
            stage,
            assessor: None,
            notes: Default::default(),
            answers: asked
                .iter()
                .zip(picks)
                .filter_map(|(id, a)| {
                    a.map(|answer| {
                        (
                            id.clone(),
                            Entry {
                                answer,
                                note: None,
                                evidence: Vec::new(),
                            },
                        )
                    })
                })
                .collect(),
        })
}

fn stage() -> impl Strategy<Value = Stage> {
    prop_oneof![Just(Stage::Before), Just(Stage::Ongoing)]
}

fn rubric() -> impl Strategy<Value = &'static Rubric> {
    prop_oneof![Just(&*EMBEDDED), Just(&*MINI_2)]
}

/// Several respondents of one review, and the same respondents in another order.
fn shuffled_panel() -> impl Strategy<Value = (&'static Rubric, Vec<Answers>, Vec<Answers>)> {
    (rubric(), stage()).prop_flat_map(|(r, s)| {
        proptest::collection::vec(respondent(r, s), 2..6).prop_flat_map(move |files| {
            let again = Just(files.clone()).prop_shuffle();
            (Just(r), Just(files), again)
        })
    })
}

/// What a panel concludes, leaving out the respondents' order: the combined answers and their
/// assessment, each question's spread and combination, the agenda, each standard's range.
fn conclusions(p: &Panel) -> impl PartialEq + std::fmt::Debug {
    let questions: Vec<_> = p
        .questions
        .iter()
        .map(|q| {
            (
                q.id.clone(),
                q.spread,
                q.agreement,
                q.disagreement,
                q.combined,
                q.why,
                q.check,
            )
        })
        .collect();
    let agenda: Vec<String> = p
        .agenda
        .iter()
        .map(|&i| p.questions[i].id.clone())
        .collect();
    let ranges: Vec<_> = p
        .standards
        .iter()
        .map(|s| (s.id.clone(), s.range))
        .collect();
    (
        p.combined.answers.clone(),
        p.assessment.clone(),
        questions,
        agenda,
        ranges,
        p.verdicts,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_panel_of_one_file_is_that_files_own_assessment(
        (r, a) in (rubric(), stage()).prop_flat_map(|(r, s)| (Just(r), respondent(r, s)))
    ) {
        let p = panel::assemble(r, &[&a], None);
        let own = score::assess(r, &a);
        prop_assert_eq!(&p.assessment, &own);
        prop_assert_eq!(p.verdicts, [own.verdict, own.verdict]);
        prop_assert!(p.agenda.is_empty(), "one respondent never disagrees with itself");
        for (s, o) in p.standards.iter().zip(&own.standards) {
            prop_assert_eq!(s.range, o.score.map(|x| [x, x]));
        }
    }

    #[test]
    fn the_order_of_the_files_does_not_matter((r, files, shuffled) in shuffled_panel()) {
        let refs: Vec<&Answers> = files.iter().collect();
        let other: Vec<&Answers> = shuffled.iter().collect();
        let a = panel::assemble(r, &refs, None);
        let b = panel::assemble(r, &other, None);
        prop_assert_eq!(conclusions(&a), conclusions(&b));
    }

    #[test]
    fn a_red_flag_anyone_reports_is_at_least_suspected_in_the_combined_verdict(
        (r, files) in (rubric(), stage()).prop_flat_map(|(r, s)| {
            (Just(r), proptest::collection::vec(respondent(r, s), 1..5))
        })
    ) {
        let refs: Vec<&Answers> = files.iter().collect();
        let p = panel::assemble(r, &refs, None);
        for q in &p.questions {
            let rq = r.question(&q.id).unwrap();
            let reported = q.answers.iter().flatten().any(|&a| score::confirms(rq, a));
            if rq.evidences.red_flags.is_empty() || !reported {
                continue;
            }
            // Reported by someone: the combined answer keeps the flag confirmed or suspected, or
            // is a refusal (which bars good as well) and the question is a point to check.
            prop_assert!(
                matches!(q.combined, Some(a) if score::confirms(rq, a) || a == Answer::Partly)
                    || (q.combined == Some(Answer::Refused) && q.check),
                "{} combined as {:?}", q.id, q.combined
            );
            for f in &rq.evidences.red_flags {
                let raised = p.assessment.red_flags.iter().chain(&p.assessment.suspected).any(|x| &x.id == f);
                prop_assert!(raised || q.combined == Some(Answer::Refused), "flag {} lost", f);
            }
        }
    }
}
