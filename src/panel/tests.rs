//! Tests of a panel: the combining rules per question, agreement, and the combined report.

use super::*;
use crate::answers::Answer::*;
use crate::rubric::{Combine, Share};
use crate::testing::{answers, mini_rubric, mini_rubric_2};

fn rules_with(confirm: Share, combine: Combine) -> PanelRules {
    PanelRules {
        confirm_red_flag: confirm,
        combine,
        ..default_rules()
    }
}

/// Combines `given` on question `q` of the mini rubric with the default rules.
#[track_caller]
fn case(q: &str, given: &[Option<Answer>]) -> (Option<Answer>, Why, bool) {
    let r = mini_rubric();
    combine(&r, &default_rules(), r.question(q).unwrap(), given)
}

#[test]
fn the_default_rules_parse_and_say_why_in_every_language() {
    let rules = default_rules();
    assert_eq!(rules.window_days, 90);
    assert_eq!(rules.confirm_red_flag, Share::Majority);
    assert_eq!(rules.combine, Combine::LowerMedian);
    for lang in ["en", "fr"] {
        assert!(
            rules.rationale.get(lang).is_some_and(|t| t.len() > 200),
            "{lang}"
        );
    }
    // Pasted into a rubric, the snippet validates.
    let mut r = mini_rubric();
    r.panel = Some(rules);
    assert_eq!(r.validate(""), vec![]);
}

#[test]
fn a_window_of_zero_days_or_over_a_year_is_refused_by_validation() {
    let mut r = mini_rubric();
    for (days, ok) in [(0, false), (1, true), (366, true), (367, false)] {
        r.panel = Some(PanelRules {
            window_days: days,
            ..default_rules()
        });
        assert_eq!(r.validate("").is_empty(), ok, "{days} days");
    }
}

#[test]
fn nobody_answering_leaves_the_question_open() {
    assert_eq!(case("q1", &[None, None]), (None, Why::NoAnswer, false));
    assert_eq!(case("q1", &[]), (None, Why::NoAnswer, false));
}

#[test]
fn dont_know_contradicts_nobody_and_not_applicable_needs_everyone() {
    assert_eq!(case("q1", &[Some(Yes), Some(DontKnow), None]).0, Some(Yes));
    assert_eq!(
        case("q1", &[Some(NotApplicable), Some(NotApplicable), None]),
        (Some(NotApplicable), Why::NoneKnown, false)
    );
    assert_eq!(
        case("q1", &[Some(NotApplicable), Some(DontKnow)]).0,
        Some(DontKnow)
    );
    assert_eq!(case("q1", &[Some(NotApplicable), Some(No)]).0, Some(No));
}

#[test]
fn a_red_flag_reported_by_one_and_contradicted_by_one_is_suspected_and_to_check() {
    // q3 is a warning question of red flag f1: "yes" is against the partner.
    assert_eq!(
        case("q3", &[Some(Yes), Some(No)]),
        (Some(Partly), Why::RedFlagContradicted, true)
    );
    // Even outnumbered, it stays suspected.
    assert_eq!(
        case("q3", &[Some(Yes), Some(No), Some(No), Some(No)]),
        (Some(Partly), Why::RedFlagContradicted, true)
    );
}

#[test]
fn a_red_flag_reported_by_a_majority_is_confirmed_and_still_to_check() {
    assert_eq!(
        case("q3", &[Some(Yes), Some(Yes), Some(No)]),
        (Some(Yes), Why::RedFlagReported, true)
    );
    // Uncontradicted, one report is enough, as in one file.
    assert_eq!(
        case("q3", &[Some(Yes), Some(DontKnow), None]),
        (Some(Yes), Why::Same, false)
    );
}

#[test]
fn the_red_flag_threshold_is_data() {
    let r = mini_rubric();
    let q = r.question("q3").unwrap();
    let split = [Some(Yes), Some(No), Some(No)];
    let with = |share| combine(&r, &rules_with(share, Combine::LowerMedian), q, &split).0;
    assert_eq!(with(Share::Any), Some(Yes));
    assert_eq!(with(Share::Majority), Some(Partly));
    assert_eq!(with(Share::All), Some(Partly));
    let most = [Some(Yes), Some(Yes), Some(No)];
    assert_eq!(
        combine(&r, &rules_with(Share::All, Combine::LowerMedian), q, &most).0,
        Some(Partly),
        "all: one contradiction keeps it suspected"
    );
}

#[test]
fn a_partly_on_a_red_flag_question_stays_suspected_however_many_say_no() {
    assert_eq!(
        case("q3", &[Some(No), Some(No), Some(Partly)]),
        (Some(Partly), Why::RedFlagPartly, true)
    );
}

#[test]
fn a_refusal_seen_by_anyone_counts() {
    assert_eq!(
        case("q1", &[Some(Yes), Some(Yes), Some(Refused)]),
        (Some(Refused), Why::Refusal, true)
    );
    // On a red-flag question, a report short of confirmation with a refusal: refused, checked.
    assert_eq!(
        case("q3", &[Some(Yes), Some(No), Some(Refused)]),
        (Some(Refused), Why::Refusal, true)
    );
    // A confirmed red flag is worse than a refusal and is kept.
    assert_eq!(
        case("q3", &[Some(Yes), Some(Refused)]).0,
        Some(Yes),
        "1 report, 0 contradiction"
    );
}

#[test]
fn the_lower_median_goes_against_the_partner_on_a_tie() {
    assert_eq!(
        case("q1", &[Some(Yes), Some(No)]),
        (Some(No), Why::LowerMedian, false)
    );
    assert_eq!(case("q1", &[Some(Yes), Some(Yes), Some(No)]).0, Some(Yes));
    assert_eq!(case("q1", &[Some(Yes), Some(No), Some(No)]).0, Some(No));
    assert_eq!(
        case("q1", &[Some(Yes), Some(Partly), Some(Yes), Some(No)]).0,
        Some(Partly)
    );
    // On a warning question without a red flag the values are inverted: "yes" is the low end.
    let r = mini_rubric_2();
    let q = r
        .questions
        .iter()
        .find(|q| q.yes_is == crate::rubric::Polarity::Warning && q.evidences.red_flags.is_empty());
    if let Some(q) = q {
        assert_eq!(
            combine(&r, &default_rules(), q, &[Some(Yes), Some(No)]).0,
            Some(Yes)
        );
    }
}

#[test]
fn least_favourable_takes_the_worst_answer_given() {
    let r = mini_rubric();
    let q = r.question("q1").unwrap();
    let rules = rules_with(Share::Majority, Combine::LeastFavourable);
    assert_eq!(
        combine(&r, &rules, q, &[Some(Yes), Some(Yes), Some(Partly)]),
        (Some(Partly), Why::LeastFavourable, false)
    );
}

#[test]
fn combining_does_not_depend_on_the_respondents_order() {
    let r = mini_rubric();
    let scale = [
        None,
        Some(Yes),
        Some(Partly),
        Some(No),
        Some(DontKnow),
        Some(Refused),
        Some(NotApplicable),
    ];
    for q in ["q1", "q3"] {
        let q = r.question(q).unwrap();
        for a in scale {
            for b in scale {
                for c in scale {
                    let one = combine(&r, &default_rules(), q, &[a, b, c]);
                    assert_eq!(one, combine(&r, &default_rules(), q, &[c, a, b]));
                    assert_eq!(one, combine(&r, &default_rules(), q, &[b, c, a]));
                }
            }
        }
    }
}

#[test]
fn a_panel_of_one_scores_as_the_file_itself() {
    let r = mini_rubric();
    let a = answers(
        Stage::Before,
        &[("q1", Yes), ("q2", Refused), ("q3", Partly)],
    );
    let p = assemble(&r, &[&a], None);
    assert_eq!(p.assessment, score::assess(&r, &a));
    assert!(p.agenda.is_empty());
    assert_eq!(
        p.standards[0].range,
        p.assessment.standards[0].score.map(|s| [s, s])
    );
}

#[test]
fn the_agenda_puts_contested_red_flags_first_then_the_widest_gaps() {
    let r = mini_rubric();
    let a = answers(
        Stage::Before,
        &[("q1", Yes), ("q2", Yes), ("q3", Yes), ("q4", Yes)],
    );
    let b = answers(
        Stage::Before,
        &[("q1", No), ("q2", Partly), ("q3", No), ("q4", Yes)],
    );
    let p = assemble(&r, &[&a, &b], None);
    let ids: Vec<&str> = p
        .agenda
        .iter()
        .map(|&i| p.questions[i].id.as_str())
        .collect();
    assert_eq!(ids, ["q3", "q1", "q2"]);
    let q3 = &p.questions[p.agenda[0]];
    assert_eq!(
        (q3.agreement, q3.combined, q3.check),
        (Agreement::Split, Some(Partly), true)
    );
    assert_eq!(p.questions[p.agenda[2]].agreement, Agreement::Differ);
    assert_eq!(p.verdicts, [Verdict::Bad, Verdict::Ugly]);
    assert!(
        !p.assessment.suspected.is_empty(),
        "the flag is suspected in the combined verdict"
    );
}

#[test]
fn the_partner_view_is_compared_never_counted() {
    let r = mini_rubric();
    let a = answers(Stage::Before, &[("q1", No), ("q2", No), ("q4", Yes)]);
    let b = answers(Stage::Before, &[("q1", No), ("q2", Yes), ("q4", Yes)]);
    let own = answers(
        Stage::Before,
        &[("q1", Yes), ("q2", Yes), ("q4", Yes), ("q3", No)],
    );
    let with = assemble(&r, &[&a, &b], Some(&own));
    let without = assemble(&r, &[&a, &b], None);
    assert_eq!(with.assessment, without.assessment);
    let view = with.partner.unwrap();
    let gap = &view.gaps[0];
    assert_eq!(
        (gap.id.as_str(), gap.partner, gap.panel),
        ("q1", Yes, Some(No))
    );
    assert_eq!(
        (gap.differing, gap.known, gap.most_differing),
        (2, 2, Some(No))
    );
    assert_eq!(gap.difference, Some(1.0));
    // q2: the panel's lower median is "no"; the partner says yes, one respondent of two no.
    assert_eq!(view.gaps[1].differing, 1);
    // q3: the panel does not know, so there is no gap to show.
    assert!(view.gaps.iter().all(|g| g.id != "q3"));
    assert!(view.standards[0].difference.unwrap() > 0.0);
}

#[test]
fn files_of_another_stage_version_or_months_apart_are_not_one_review() {
    let a = answers(Stage::Before, &[]);
    let mut b = a.clone();
    b.stage = Stage::Ongoing;
    b.rubric.version = "2.0.0".into();
    b.date = jiff::civil::date(2026, 4, 2);
    assert_eq!(
        same_review(&[&a, &b], 90).len(),
        2,
        "90 days apart is within 90"
    );
    b.date = jiff::civil::date(2026, 4, 3);
    let found = same_review(&[&a, &b], 90);
    assert!(matches!(
        found[0],
        NotOneReview::OtherVersion { file: 1, .. }
    ));
    assert!(matches!(found[1], NotOneReview::OtherStage { file: 1, .. }));
    assert_eq!(
        found[2],
        NotOneReview::TooFarApart {
            earliest: 0,
            latest: 1,
            days: 91,
            window: 90
        },
        "{found:?}"
    );
}
