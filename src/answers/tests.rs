//! Tests of the answers file: parsing, the YAML written back, checks against a rubric, redaction.

use super::*;

fn sample() -> Answers {
    let mut a = Answers {
        rubric: RubricRef {
            id: "inpud-partnership".into(),
            version: "1.0.0".into(),
        },
        partner: "On".into(),
        date: jiff::civil::date(2025, 3, 14),
        stage: Stage::Ongoing,
        assessor: Some("Board: \"A\" & B".into()),
        answers: IndexMap::new(),
        notes: IndexMap::new(),
    };
    for (id, answer) in [
        ("mission-compatible", Answer::Yes),
        ("no", Answer::No),
        ("x", Answer::NotApplicable),
    ] {
        a.answers.insert(
            id.into(),
            Entry {
                answer,
                note: Some("line one\nline two: «ok» # not a comment".into()),
                evidence: vec!["MoU v2".into(), "- dash".into()],
            },
        );
    }
    a
}

#[test]
fn written_files_read_back_the_same() {
    let a = sample();
    assert_eq!(Answers::parse(&a.to_yaml()).unwrap(), a);
    let mut empty = sample();
    empty.answers.clear();
    empty.assessor = None;
    assert_eq!(Answers::parse(&empty.to_yaml()).unwrap(), empty);
}

#[test]
fn a_note_on_an_unanswered_question_is_written_without_an_answer_and_read_back() {
    let mut a = sample();
    a.notes.insert(
        "later".into(),
        Note {
            note: Some("director said funds come next week".into()),
            evidence: vec!["bank statement".into()],
        },
    );
    let text = a.to_yaml();
    assert!(
        text.contains("  later:\n    note: \"director said funds come next week\"\n"),
        "{text}"
    );
    let back = Answers::parse(&text).unwrap();
    assert_eq!(back, a);
    assert!(!back.answers.contains_key("later"));
    let mut redacted = back;
    redacted.redact();
    assert!(redacted.notes.is_empty());
}

#[test]
fn an_entry_with_no_answer_note_or_documents_is_still_an_error() {
    let text = "rubric: {id: r, version: 1.0.0}\npartner: P\ndate: 2025-03-14\nstage: before\nanswers:\n  a: {}\n";
    let err = Answers::parse(text).unwrap_err();
    assert!(
        format!("{err:?}").contains("missing field `answer`"),
        "{err:?}"
    );
}

#[test]
fn answer_tokens_and_ambiguous_keys_are_quoted_for_yaml_1_1_readers() {
    let text = sample().to_yaml();
    assert!(text.contains("    answer: \"yes\"\n"), "{text}");
    assert!(text.contains("    answer: \"no\"\n"));
    assert!(
        text.contains("  \"no\":\n"),
        "a key `no` is a boolean to YAML 1.1: {text}"
    );
    assert!(text.contains("  mission-compatible:\n"));
    assert!(text.contains("partner: \"On\"\n"));
}

#[test]
fn what_yaml_1_1_tools_write_is_accepted() {
    // PyYAML reads a bare yes/no as a boolean and writes it back as true/false.
    let text = "rubric: {id: r, version: 1.0.0}\npartner: P\ndate: 2025-03-14\nstage: before\nanswers:\n  a: {answer: true}\n  b: {answer: false}\n  c: {answer: Partly}\n  d: {answer: n/a}\n  e: {answer: dont_know}\n";
    let a = Answers::parse(text).unwrap();
    let got: Vec<Answer> = a.answers.values().map(|e| e.answer).collect();
    assert_eq!(
        got,
        [
            Answer::Yes,
            Answer::No,
            Answer::Partly,
            Answer::NotApplicable,
            Answer::DontKnow
        ]
    );
}

#[test]
fn the_nearest_answer_is_suggested_for_a_typo() {
    assert_eq!(Answer::nearest("yse"), Answer::Yes);
    assert_eq!(Answer::nearest("refuse"), Answer::Refused);
    assert_eq!(Answer::nearest("partial-ish"), Answer::Partly);
    assert_eq!(Answer::parse("maybe"), None);
}

#[test]
fn every_token_parses_back_to_its_answer() {
    for a in Answer::ALL {
        assert_eq!(Answer::parse(a.token()), Some(a));
    }
}

#[test]
fn control_characters_in_free_text_are_replaced_line_breaks_kept() {
    let a = Answers::parse(
        "rubric: {id: r, version: 1.0.0}\npartner: \"A\\e]0;x\\aB\\e[2J\"\ndate: 2026-01-02\n\
         stage: before\nanswers:\n  q1: {answer: \"no\", note: \"one\\ntwo\\e[8m\"}\n",
    )
    .unwrap();
    assert_eq!(a.partner, "A\u{fffd}]0;x\u{fffd}B\u{fffd}[2J");
    assert_eq!(a.answers["q1"].note.as_deref(), Some("one\ntwo\u{fffd}[8m"));
}

#[test]
fn redact_leaves_out_notes_evidence_and_assessor_but_keeps_answers() {
    let mut a = Answers::parse(
        "rubric: {id: r, version: 1.0.0}\npartner: P\ndate: 2026-01-02\nstage: before\n\
         assessor: Jo\nanswers:\n  q1:\n    answer: \"no\"\n    note: named a person\n\
         \x20   evidence: [minutes]\n  q2:\n    answer: refused\n",
    )
    .unwrap();
    a.redact();
    assert_eq!(a.assessor, None);
    assert_eq!(a.answers.len(), 2);
    assert_eq!(a.answers["q1"].answer, Answer::No);
    assert_eq!(a.answers["q2"].answer, Answer::Refused);
    assert!(
        a.answers
            .values()
            .all(|e| e.note.is_none() && e.evidence.is_empty())
    );
    assert!(!a.to_yaml().contains("person") && !a.to_yaml().contains("minutes"));
}

#[test]
fn file_names_are_safe_slugs_of_partner_and_date() {
    let d = jiff::civil::date(2025, 3, 14);
    assert_eq!(
        default_file_name("Harm Reduction Fund (HRF)", d),
        "harm-reduction-fund-hrf-2025-03-14.yaml"
    );
    assert_eq!(
        default_file_name("../../etc/passwd", d),
        "etc-passwd-2025-03-14.yaml"
    );
    assert_eq!(
        default_file_name("Réseau Éveil", d),
        "réseau-éveil-2025-03-14.yaml"
    );
    assert_eq!(default_file_name("  ", d), "partner-2025-03-14.yaml");
}
