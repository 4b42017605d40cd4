//! The session through a scripted prompter: setup, saving after every answer, back, resume, revise,
//! and never overwriting another assessment. No terminal needed.

use super::prompter::{Reply, Scripted};
use super::*;
use crate::answers::Answer;
use crate::i18n::Lang;

use crate::testing::mini_rubric as rubric;

struct Run {
    outcome: Result<Outcome, Stop>,
    transcript: Vec<String>,
    /// What an interruption would say at the end of the run.
    message: String,
}

fn run(dir: &Path, opts: Options, replies: Vec<Reply>) -> Run {
    run_on(jiff::civil::date(2026, 11, 28), dir, opts, replies)
}

/// The session on another day.
fn run_on(today: jiff::civil::Date, dir: &Path, opts: Options, replies: Vec<Reply>) -> Run {
    run_with(&rubric(), today, dir, opts, replies)
}

/// The session with another rubric.
fn run_with(
    r: &crate::rubric::Rubric,
    today: jiff::civil::Date,
    dir: &Path,
    opts: Options,
    replies: Vec<Reply>,
) -> Run {
    let l10n = L10n::new(Lang::En);
    let mut p = Scripted::new(replies);
    let state = SaveState::default();
    let outcome = Session {
        rubric: r,
        l10n: &l10n,
        prompter: &mut p,
        today,
        dir: dir.to_path_buf(),
        state: state.clone(),
    }
    .run(opts);
    let message = state.lock().unwrap().message.clone();
    Run {
        outcome,
        transcript: p.transcript,
        message,
    }
}

fn load(path: &Path) -> Answers {
    Answers::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

use Reply::*;

// Menu indices for the mini rubric: 0 yes, 1 partly, 2 no, 3 don't know, 4 refused, 5 n/a,
// 6 note, then help (when the question has some: none in the mini rubric), then back.
const YES: Reply = Pick(0);
const NO: Reply = Pick(2);
const NOTE: Reply = Pick(6);
const BACK: Reply = Pick(7);

#[test]
fn a_full_interview_asks_setup_then_every_question_and_saves_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let run = run(
        dir.path(),
        Options::default(),
        vec![Text("Acme Health".into()), Enter, YES, YES, NO, YES],
    );
    let Ok(Outcome::Finished { answers, path }) = run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert_eq!(path, dir.path().join("acme-health-2026-11-28.yaml"));
    assert_eq!(answers.partner, "Acme Health");
    assert_eq!(answers.stage, Stage::Before);
    assert_eq!(load(&path), *answers);
    assert_eq!(answers.answers.len(), 4);
    assert!(
        run.transcript
            .iter()
            .any(|l| l.contains("1 / 4 — Standard one")),
        "{:#?}",
        run.transcript
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

#[test]
fn every_answer_is_on_disk_when_the_person_stops() {
    let dir = tempfile::tempdir().unwrap();
    let opts = Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    // Two answers, then the script runs out: the stand-in for Ctrl-C.
    let run = run(dir.path(), opts, vec![YES, NO]);
    assert!(
        matches!(run.outcome, Err(Stop::Interrupted)),
        "{:?}",
        run.outcome
    );
    let saved = load(&dir.path().join("acme-2026-11-28.yaml"));
    assert_eq!(saved.answers.len(), 2);
    assert_eq!(saved.answers["q1"].answer, Answer::Yes);
    assert_eq!(saved.answers["q2"].answer, Answer::No);
}

#[test]
fn running_again_offers_to_resume_by_default_and_asks_only_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let opts = || Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    let _ = run(dir.path(), opts(), vec![YES, NO]);
    // Enter on the resume menu, then the two questions left.
    let second = run(dir.path(), opts(), vec![Enter, YES, YES]);
    let Ok(Outcome::Finished { answers, .. }) = second.outcome else {
        panic!("{:?}", second.outcome)
    };
    assert!(
        second
            .transcript
            .iter()
            .any(|l| l.contains("Resume at question 3"))
    );
    assert_eq!(answers.answers.len(), 4);
    assert_eq!(
        answers.answers["q2"].answer,
        Answer::No,
        "an earlier answer was lost"
    );
}

#[test]
fn going_back_changes_the_previous_answer_with_it_highlighted() {
    let dir = tempfile::tempdir().unwrap();
    let opts = Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    let run = run(dir.path(), opts, vec![YES, BACK, NO, YES, NO, YES]);
    let Ok(Outcome::Finished { answers, .. }) = run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert_eq!(answers.answers["q1"].answer, Answer::No);
    // The revisited question highlights the answer given before (yes, index 0), and offers no
    // "back" at question 1.
    let revisit = run
        .transcript
        .iter()
        .filter(|l| l.starts_with("? Your answer"))
        .nth(2)
        .unwrap();
    assert!(revisit.ends_with("[0]"), "{revisit}");
    let first = run
        .transcript
        .iter()
        .find(|l| l.starts_with("? Your answer"))
        .unwrap();
    assert!(!first.contains("Back"), "{first}");
}

#[test]
fn enter_records_dont_know_never_back() {
    let dir = tempfile::tempdir().unwrap();
    let opts = Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    let run = run(dir.path(), opts, vec![Enter, Enter, Enter, Enter]);
    let Ok(Outcome::Finished { answers, .. }) = run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert!(
        answers
            .answers
            .values()
            .all(|e| e.answer == Answer::DontKnow)
    );
}

#[test]
fn a_note_and_documents_go_with_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let opts = Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    let replies = vec![
        NOTE,
        Text("They said so.".into()),
        Text("MoU v2; budget".into()),
        YES,
        Enter,
        Enter,
        Enter,
    ];
    let run = run(dir.path(), opts, replies);
    let Ok(Outcome::Finished { answers, .. }) = run.outcome else {
        panic!("{:?}", run.outcome)
    };
    let e = &answers.answers["q1"];
    assert_eq!(e.note.as_deref(), Some("They said so."));
    assert_eq!(e.evidence, ["MoU v2", "budget"]);
    assert_eq!(answers.answers["q2"].note, None);
}

#[test]
fn a_confirmed_red_flag_is_named_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let opts = Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    let run = run(dir.path(), opts, vec![YES, YES, YES, YES]);
    assert!(run.outcome.is_ok());
    assert!(
        run.transcript
            .iter()
            .any(|l| l.contains("Red flag: Flag one (guide 5.3)"))
    );
    // The verdict is ugly from q3 on, but with the 1.0.0 rules firmness is only estimated:
    // the interview does not offer to stop asking.
    assert!(said(&run, "verdict: UGLY, firm"), "{:#?}", run.transcript);
    assert!(!said(&run, "can no longer change"), "{:#?}", run.transcript);
}

#[test]
fn another_assessment_in_the_way_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme-2026-11-28.yaml");
    std::fs::write(&path, "not: an answers file\n").unwrap();
    let opts = Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    let run = run(dir.path(), opts, vec![Enter, YES, YES, YES, YES]);
    let Ok(Outcome::Finished { path: written, .. }) = run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert_eq!(written, dir.path().join("acme-2026-11-28-2.yaml"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "not: an answers file\n"
    );
}

#[test]
fn a_finished_file_can_be_revised_from_the_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let opts = || Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    let _ = run(dir.path(), opts(), vec![YES, YES, NO, YES]);
    // Revise (default), keep q1..q3 with Enter, change q4 to no.
    let second = run(dir.path(), opts(), vec![Enter, Enter, Enter, Enter, NO]);
    let Ok(Outcome::Finished { answers, .. }) = second.outcome else {
        panic!("{:?}", second.outcome)
    };
    assert_eq!(answers.answers["q1"].answer, Answer::Yes);
    assert_eq!(answers.answers["q4"].answer, Answer::No);
}

#[test]
fn out_names_an_existing_file_whose_partner_and_stage_are_reused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.yaml");
    let first = Options {
        out: Some(path.clone()),
        partner: Some("Acme".into()),
        stage: Some(Stage::Ongoing),
        ..Options::default()
    };
    let _ = run(dir.path(), first, vec![YES]);
    let again = Options {
        out: Some(path.clone()),
        ..Options::default()
    };
    let second = run(dir.path(), again, vec![Enter, YES, YES, YES]);
    let Ok(Outcome::Finished { answers, .. }) = second.outcome else {
        panic!("{:?}", second.outcome)
    };
    assert_eq!(answers.partner, "Acme");
    assert_eq!(answers.stage, Stage::Ongoing);
    assert_eq!(answers.answers.len(), 4);
}

fn acme() -> Options {
    Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    }
}

#[test]
fn the_same_command_the_next_day_resumes_the_unfinished_interview() {
    let dir = tempfile::tempdir().unwrap();
    let _ = run(dir.path(), acme(), vec![YES, NO]);
    let next_day = jiff::civil::date(2026, 11, 29);
    let second = run_on(next_day, dir.path(), acme(), vec![Enter, YES, YES]);
    let Ok(Outcome::Finished { answers, path }) = second.outcome else {
        panic!("{:?}", second.outcome)
    };
    assert_eq!(path, dir.path().join("acme-2026-11-28.yaml"));
    assert_eq!(answers.answers.len(), 4);
    assert_eq!(
        answers.date,
        jiff::civil::date(2026, 11, 28),
        "a resumed interview keeps the day it began"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_note_typed_before_the_answer_survives_an_interruption_and_back() {
    let dir = tempfile::tempdir().unwrap();
    // q1 yes; at q2 a note, then the script stops (Ctrl-C).
    let first = run(
        dir.path(),
        acme(),
        vec![
            YES,
            NOTE,
            Text("Director admitted funds late".into()),
            Text("Bank statement".into()),
        ],
    );
    assert!(matches!(first.outcome, Err(Stop::Interrupted)));
    let saved = load(&dir.path().join("acme-2026-11-28.yaml"));
    assert_eq!(
        saved.notes["q2"].note.as_deref(),
        Some("Director admitted funds late")
    );
    assert_eq!(saved.notes["q2"].evidence, ["Bank statement"]);
    assert!(
        !saved.answers.contains_key("q2"),
        "a note recorded an answer the person never chose"
    );

    // A note at q1 (already answered yes), then back from q2 and forward again: kept, answer too.
    let dir = tempfile::tempdir().unwrap();
    let second = run(
        dir.path(),
        acme(),
        vec![
            YES,
            BACK,
            NOTE,
            Text("said so".into()),
            Enter,
            Enter,
            Pick(1),
        ],
    );
    assert!(matches!(second.outcome, Err(Stop::Interrupted)));
    let saved = load(&dir.path().join("acme-2026-11-28.yaml"));
    assert_eq!(saved.answers["q1"].answer, Answer::Yes);
    assert_eq!(saved.answers["q1"].note.as_deref(), Some("said so"));
}

#[test]
fn a_document_name_with_a_comma_stays_whole_when_revised() {
    let dir = tempfile::tempdir().unwrap();
    let replies = vec![
        NOTE,
        Text(String::new()),
        Text("Consortium agreement 2024-2026, section 5".into()),
        YES,
        NOTE,
        Enter,
        Enter,
        YES,
    ];
    let run = run(dir.path(), acme(), replies);
    assert!(matches!(run.outcome, Err(Stop::Interrupted)));
    let saved = load(&dir.path().join("acme-2026-11-28.yaml"));
    assert_eq!(
        saved.answers["q1"].evidence,
        ["Consortium agreement 2024-2026, section 5"]
    );
}

#[test]
fn the_persons_own_file_with_a_mistake_is_reported_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let _ = run(dir.path(), acme(), vec![YES]);
    let path = dir.path().join("acme-2026-11-28.yaml");
    let broken = std::fs::read_to_string(&path)
        .unwrap()
        .replace("    answer:", "    answr:");
    std::fs::write(&path, &broken).unwrap();
    let again = run(dir.path(), acme(), vec![Enter, YES]);
    let Err(Stop::Failed(Failure(diags))) = again.outcome else {
        panic!("{:?}", again.outcome)
    };
    assert!(
        diags.iter().any(|d| d.message.contains("answr")),
        "{diags:?}"
    );
    assert!(
        diags
            .iter()
            .any(|d| d.message.contains("looks like an answers file"))
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_finished_review_from_another_day_leads_to_a_new_dated_file() {
    let dir = tempfile::tempdir().unwrap();
    let last_year = dir.path().join("review.yaml");
    let first = Options {
        out: Some(last_year.clone()),
        ..acme()
    };
    let _ = run_on(
        jiff::civil::date(2025, 11, 28),
        dir.path(),
        first,
        vec![YES, YES, NO, YES],
    );
    let before = std::fs::read_to_string(&last_year).unwrap();
    // A year later, the same --out: the default is a new file dated today.
    let again = Options {
        out: Some(last_year.clone()),
        ..acme()
    };
    let second = run(dir.path(), again, vec![Enter, NO, NO, NO, NO]);
    let Ok(Outcome::Finished { answers, path }) = second.outcome else {
        panic!("{:?}", second.outcome)
    };
    assert_eq!(path, dir.path().join("acme-2026-11-28.yaml"));
    assert_eq!(answers.date, jiff::civil::date(2026, 11, 28));
    assert_eq!(
        std::fs::read_to_string(&last_year).unwrap(),
        before,
        "last year's review changed"
    );
    // Choosing to revise it instead dates it today.
    let revise = Options {
        out: Some(last_year.clone()),
        ..acme()
    };
    let third = run(dir.path(), revise, vec![Pick(1), Enter, Enter, Enter, NO]);
    let Ok(Outcome::Finished { answers, .. }) = third.outcome else {
        panic!("{:?}", third.outcome)
    };
    assert_eq!(answers.date, jiff::civil::date(2026, 11, 28));
}

#[test]
fn an_interruption_at_the_resume_menu_says_the_answers_are_saved() {
    let dir = tempfile::tempdir().unwrap();
    let _ = run(dir.path(), acme(), vec![YES, NO]);
    let second = run(dir.path(), acme(), vec![]);
    assert!(matches!(second.outcome, Err(Stop::Interrupted)));
    assert!(
        second.message.contains("2 answers are saved"),
        "{}",
        second.message
    );
}

#[test]
fn a_respelled_partner_name_is_the_same_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let _ = run(
        dir.path(),
        Options {
            partner: Some("Harbour Peer Network".into()),
            ..acme()
        },
        vec![YES],
    );
    let respelled = Options {
        partner: Some("Harbour Peer-Network".into()),
        ..acme()
    };
    let again = run(dir.path(), respelled, vec![]);
    assert!(
        again
            .transcript
            .iter()
            .any(|l| l.contains("Resume at question 2")),
        "{:#?}",
        again.transcript
    );
}

#[test]
#[cfg(target_os = "linux")]
fn a_folder_that_cannot_be_written_stops_with_a_clear_error_and_keeps_the_earlier_file() {
    use crate::fsio::tests::{as_unprivileged, lock, read_only_folder};
    let (_top, dir) = read_only_folder();
    let opts = || Options {
        partner: Some("Acme".into()),
        stage: Some(Stage::Before),
        ..Options::default()
    };
    let _ = run(&dir, opts(), vec![YES, NO]);
    let path = dir.join("acme-2026-11-28.yaml");
    let earlier = std::fs::read(&path).unwrap();
    lock(&dir, &path);
    // Resume, which saves at once: the folder refuses.
    let second = as_unprivileged(|| run(&dir, opts(), vec![Enter, YES, YES]));
    let Err(Stop::Failed(Failure(diags))) = second.outcome else {
        panic!("{:?}", second.outcome)
    };
    assert_eq!(
        diags[0].message,
        format!(
            "cannot save the answers to {}: you are not allowed to write in the folder {}",
            path.display(),
            dir.display()
        ),
        "{diags:?}"
    );
    assert!(
        !diags[0].message.contains(".vet-"),
        "names the temporary file"
    );
    assert!(diags[0].help.as_deref().unwrap().contains("intact"));
    assert_eq!(std::fs::read(&path).unwrap(), earlier);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
}

fn saved(dir: &Path) -> Answers {
    load(&dir.join("acme-2026-11-28.yaml"))
}

fn said(run: &Run, text: &str) -> bool {
    run.transcript.iter().any(|l| l.contains(text))
}

#[test]
fn starting_again_asks_first_naming_the_answers_and_keeps_them_until_a_new_answer() {
    let dir = tempfile::tempdir().unwrap();
    let _ = run(dir.path(), acme(), vec![YES, NO]);
    let before = std::fs::read_to_string(dir.path().join("acme-2026-11-28.yaml")).unwrap();
    // Another day: "start again", confirmed, then Ctrl-C before answering.
    let next_day = jiff::civil::date(2026, 11, 29);
    let second = run_on(next_day, dir.path(), acme(), vec![Pick(1), Pick(1)]);
    assert!(matches!(second.outcome, Err(Stop::Interrupted)));
    assert!(
        said(&second, "This clears the 2 answers in"),
        "{:#?}",
        second.transcript
    );
    assert!(said(&second, "Yes, start again and clear 2 answers"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("acme-2026-11-28.yaml")).unwrap(),
        before,
        "starting again changed the file before any new answer"
    );
    assert!(
        second.message.contains("2 answers are saved"),
        "{}",
        second.message
    );
    // The earlier answers are not offered as choices: question 1 highlights "don't know".
    let menu = second
        .transcript
        .iter()
        .rev()
        .find(|l| l.starts_with("? Your answer"))
        .unwrap();
    assert!(menu.ends_with("[3]"), "{menu}");
    // Starting again and answering: the earlier answers go, the date stays.
    let third = run_on(
        next_day,
        dir.path(),
        acme(),
        vec![Pick(1), Pick(1), Key('3')],
    );
    assert!(matches!(third.outcome, Err(Stop::Interrupted)));
    let now = saved(dir.path());
    assert_eq!(now.answers.len(), 1);
    assert_eq!(now.answers["q1"].answer, Answer::No);
    assert_eq!(now.date, jiff::civil::date(2026, 11, 28));
}

#[test]
fn declining_to_start_again_resumes_and_nothing_saved_offers_no_restart() {
    let dir = tempfile::tempdir().unwrap();
    let _ = run(dir.path(), acme(), vec![YES, NO]);
    let second = run(dir.path(), acme(), vec![Pick(1), Enter, YES, YES]);
    assert!(said(&second, "No, resume at question 3"));
    let Ok(Outcome::Finished { answers, .. }) = second.outcome else {
        panic!("{:?}", second.outcome)
    };
    assert_eq!(answers.answers.len(), 4);
    assert_eq!(answers.answers["q2"].answer, Answer::No);
    // Zero answers: "resume at question 1" and quit, no "start again".
    let dir = tempfile::tempdir().unwrap();
    let _ = run(dir.path(), acme(), vec![]);
    let again = run(dir.path(), acme(), vec![]);
    let menu = again
        .transcript
        .iter()
        .find(|l| l.starts_with("? Your choice"))
        .unwrap();
    assert!(
        menu.contains("Resume at question 1") && !menu.contains("Start again"),
        "{menu}"
    );
}

#[test]
fn one_key_answers_and_esc_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let run = run(
        dir.path(),
        acme(),
        vec![
            Key('1'),
            Key('9'),
            Esc,
            Key('3'),
            Key('2'),
            Key('5'),
            Key('6'),
        ],
    );
    assert!(said(&run, "[1] yes"), "{:#?}", run.transcript);
    assert!(said(&run, "[Esc] ← Back to the previous question"));
    assert!(said(&run, "Your answer: no"));
    let Ok(Outcome::Finished { answers, .. }) = run.outcome else {
        panic!("{:?}", run.outcome)
    };
    let got: Vec<Answer> = answers.answers.values().map(|e| e.answer).collect();
    assert_eq!(
        got,
        [
            Answer::No,
            Answer::Partly,
            Answer::Refused,
            Answer::NotApplicable
        ]
    );
}

#[test]
fn a_note_alone_records_no_answer_and_waits_for_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let first = run(
        dir.path(),
        acme(),
        vec![NOTE, Text("asked twice".into()), Enter],
    );
    assert!(matches!(first.outcome, Err(Stop::Interrupted)));
    assert!(said(
        &first,
        "Note kept; it goes with the answer you choose."
    ));
    let file = saved(dir.path());
    assert!(file.answers.is_empty(), "{file:?}");
    assert_eq!(file.notes["q1"].note.as_deref(), Some("asked twice"));
    // Resumed: question 1 again, its note said, and kept with the answer chosen.
    let second = run(dir.path(), acme(), vec![Enter, YES]);
    assert!(said(&second, "Resume at question 1"));
    assert!(said(&second, "Note kept for your answer: asked twice"));
    let file = saved(dir.path());
    assert_eq!(file.answers["q1"].answer, Answer::Yes);
    assert_eq!(file.answers["q1"].note.as_deref(), Some("asked twice"));
    assert!(file.notes.is_empty());
}

#[test]
fn a_note_too_long_for_the_file_is_refused_and_the_answer_kept() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "x".repeat(2 * 1024 * 1024);
    let run = run(
        dir.path(),
        acme(),
        vec![YES, BACK, NOTE, Text(huge), Enter, Enter],
    );
    assert!(matches!(run.outcome, Err(Stop::Interrupted)));
    assert!(
        said(
            &run,
            "This note was not saved: with it the answers file would be"
        ),
        "{:#?}",
        run.transcript
            .iter()
            .map(|l| crate::text::truncate(l, 200))
            .collect::<Vec<_>>()
    );
    let path = dir.path().join("acme-2026-11-28.yaml");
    assert!(std::fs::metadata(&path).unwrap().len() < crate::fsio::MAX_ANSWERS_BYTES);
    let file = saved(dir.path());
    assert_eq!(file.answers["q1"].answer, Answer::Yes);
    assert_eq!(file.answers["q1"].note, None);
}

#[test]
fn a_blank_partner_name_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let blank = Options {
        partner: Some("   ".into()),
        ..acme()
    };
    let r = run(dir.path(), blank, vec![]);
    let Err(Stop::Failed(Failure(diags))) = r.outcome else {
        panic!("{:?}", r.outcome)
    };
    assert!(diags[0].message.contains("blank"), "{diags:?}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    let asked = Options {
        partner: None,
        ..acme()
    };
    let r = run(
        dir.path(),
        asked,
        vec![Text("  ".into()), Text("Acme".into())],
    );
    assert!(
        said(&r, "The partner's name cannot be blank"),
        "{:#?}",
        r.transcript
    );
    assert!(dir.path().join("acme-2026-11-28.yaml").exists());
}

#[test]
fn out_into_a_missing_folder_names_it_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("missing/dir/x.yaml");
    let r = run(
        dir.path(),
        Options {
            out: Some(out.clone()),
            ..acme()
        },
        vec![YES],
    );
    let Err(Stop::Failed(Failure(diags))) = r.outcome else {
        panic!("{:?}", r.outcome)
    };
    let folder = dir.path().join("missing/dir");
    assert!(
        diags[0]
            .message
            .ends_with(&format!("the folder {} does not exist", folder.display())),
        "{diags:?}"
    );
    assert!(diags[0].help.as_deref().unwrap().contains("mkdir -p"));
    assert!(r.transcript.is_empty(), "{:#?}", r.transcript);
}

#[test]
fn a_hand_written_file_that_would_grow_past_the_limit_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme-2026-11-28.yaml");
    // 700,000 tabs are 700 KB here, and 1.4 MB once vet writes each as `\t`.
    let text = format!(
        "rubric: {{id: mini, version: 1.2.0}}\npartner: Acme\ndate: 2026-11-28\nstage: before\n\
         answers:\n  q1:\n    answer: \"yes\"\n    note: \"{}\"\n",
        "\t".repeat(700_000)
    );
    std::fs::write(&path, &text).unwrap();
    let r = run(dir.path(), acme(), vec![Enter, YES]);
    let Err(Stop::Failed(Failure(diags))) = r.outcome else {
        panic!("{:?}", r.outcome)
    };
    assert!(
        diags[0]
            .message
            .contains("vet reads files of at most 1048576 bytes"),
        "{diags:?}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

/// The schema 2 mini rubric (evidence-range), where firmness is exact. Before signing it asks
/// a1-a4, b1-b4, then the red-flag questions f1q (confirms f1) and f2q (only suspects f2).
fn run2(dir: &Path, opts: Options, replies: Vec<Reply>) -> Run {
    run_with(
        &crate::testing::mini_rubric_2(),
        jiff::civil::date(2026, 11, 28),
        dir,
        opts,
        replies,
    )
}

/// The questions asked, in order, by their text ("Is a1 true?" gives "a1").
fn asked(run: &Run) -> Vec<String> {
    run.transcript
        .iter()
        .filter_map(|l| {
            let start = l.find("\nIs ")? + 4;
            Some(l[start..].trim_end_matches(" true?").to_string())
        })
        .collect()
}

const OFFER: &str = "The verdict can no longer change: UGLY. Finish now or go on?";

#[test]
fn the_progress_line_says_the_verdict_so_far_and_whether_it_is_firm() {
    let dir = tempfile::tempdir().unwrap();
    // Eight "don't know", then yes to f1q, then go on, then f2q.
    let mut replies = vec![Enter; 8];
    replies.extend([YES, Enter, NO]);
    let run = run2(dir.path(), acme(), replies);
    assert!(run.outcome.is_ok(), "{:?}", run.outcome);
    assert!(
        said(
            &run,
            "1 / 10 — Standard one · verdict so far: INCONCLUSIVE, not firm yet\nIs a1 true?"
        ),
        "{:#?}",
        run.transcript
    );
    assert!(
        said(
            &run,
            "10 / 10 — Red flags · verdict: UGLY, firm\nIs f2q true?"
        ),
        "{:#?}",
        run.transcript
    );
}

#[test]
fn a_verdict_that_becomes_firm_offers_once_to_finish_and_going_on_is_the_default() {
    let dir = tempfile::tempdir().unwrap();
    // f1q first (decisive), confirmed: ugly whatever else is said. Enter goes on; the nine other
    // questions are asked and the offer is not made again.
    let opts = Options {
        decisive_first: true,
        ..acme()
    };
    let mut replies = vec![YES, Enter];
    replies.extend(vec![YES; 9]);
    let run = run2(dir.path(), opts, replies);
    let Ok(Outcome::Finished { answers, .. }) = &run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert_eq!(answers.answers.len(), 10);
    let offers = run.transcript.iter().filter(|l| l.contains(OFFER)).count();
    assert_eq!(offers, 1, "{:#?}", run.transcript);
    assert!(said(
        &run,
        "[\"[1] Finish now and see the result (9 questions stay unanswered)\", \"[2] Go on with the questions\"] [1]"
    ));
}

#[test]
fn finishing_early_ends_with_the_remaining_questions_unanswered_and_the_file_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut replies = vec![Enter; 8];
    // f1q yes, then [1] finish now.
    replies.extend([YES, Key('1')]);
    let run = run2(dir.path(), acme(), replies);
    let Ok(Outcome::Finished { answers, path }) = &run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert!(said(&run, OFFER), "{:#?}", run.transcript);
    assert_eq!(answers.answers.len(), 9);
    assert!(!answers.answers.contains_key("f2q"));
    assert_eq!(load(path), **answers);
    let scored = crate::score::assess(&crate::testing::mini_rubric_2(), answers);
    assert_eq!(scored.verdict, crate::rubric::Verdict::Ugly);
    // The next run offers to resume at the question left.
    let again = run2(dir.path(), acme(), vec![]);
    assert!(
        said(&again, "Resume at question 10"),
        "{:#?}",
        again.transcript
    );
}

#[test]
fn no_offer_when_the_last_question_makes_the_verdict_firm_or_nothing_is_left_to_ask() {
    let dir = tempfile::tempdir().unwrap();
    // f2q last: the verdict is firm only once everything is asked.
    let mut replies = vec![YES; 8];
    replies.extend([NO, NO]);
    let run = run2(dir.path(), acme(), replies);
    let Ok(Outcome::Finished { answers, .. }) = &run.outcome else {
        panic!("{:?}", run.outcome)
    };
    assert_eq!(answers.answers.len(), 10);
    assert!(!said(&run, "can no longer change"), "{:#?}", run.transcript);
}

#[test]
fn decisive_first_asks_the_questions_that_could_change_the_verdict_first() {
    let dir = tempfile::tempdir().unwrap();
    let opts = Options {
        decisive_first: true,
        ..acme()
    };
    // No to both red-flag questions; then the standards, in their order.
    let run = run2(dir.path(), opts, vec![NO, NO, YES, YES, YES]);
    assert!(matches!(run.outcome, Err(Stop::Interrupted)));
    assert_eq!(asked(&run), ["f1q", "f2q", "a1", "a2", "a3", "a4"]);
    assert!(said(&run, "1 / 10 — Red flags"), "{:#?}", run.transcript);
    let file = load(&dir.path().join("acme-2026-11-28.yaml"));
    assert_eq!(file.answers["f1q"].answer, Answer::No);
}

#[test]
fn decisive_first_is_a_choice_on_the_resume_menu() {
    let dir = tempfile::tempdir().unwrap();
    let _ = run2(dir.path(), acme(), vec![YES]);
    // Resume at 2, Start again…, decisive first, Quit.
    let second = run2(dir.path(), acme(), vec![Pick(2), NO]);
    let menu = second
        .transcript
        .iter()
        .find(|l| l.starts_with("? Your choice"))
        .unwrap();
    assert!(
        menu.contains("[3] Resume with the questions that could change the verdict first"),
        "{menu}"
    );
    assert_eq!(asked(&second), ["f1q", "f2q"]);
    // Without the choice, the resume goes on in the usual order.
    let third = run2(dir.path(), acme(), vec![Enter, YES]);
    assert_eq!(asked(&third)[0], "a2");
    assert!(said(&third, "Quit"));
}
