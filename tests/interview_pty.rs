//! `vet interview` in a real pseudo-terminal: a full interview to a known verdict, an interrupted
//! interview resumed with no answer lost, going back to change an answer, a killed process, no
//! terminal at all, starting again, one-key answers, an over-size note, a resize, a missing folder,
//! French counts and the end screen at 80x24. Every expectation waits for the prompt to render and
//! has a timeout.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::{Eof, Expect, Session};

use common::Vet;

/// Questions asked before signing, in the embedded rubric.
fn before_total() -> usize {
    let r = vet::rubric::Rubric::embedded().unwrap();
    r.questions
        .iter()
        .filter(|q| vet::answers::Stage::Before.includes(q.stage))
        .count()
}

type Pty = Session<expectrl::process::unix::UnixProcess, expectrl::process::unix::PtyStream>;

fn spawn(dir: &Path, args: &[&str]) -> Pty {
    spawn_in(dir, args, "C.UTF-8", (80, 40))
}

/// vet in a pseudo-terminal of `size` (columns, rows), in the language of `lang`.
fn spawn_in(dir: &Path, args: &[&str], lang: &str, size: (u16, u16)) -> Pty {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("vet"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut s = Session::spawn(cmd).unwrap();
    s.get_process_mut().set_window_size(size.0, size.1).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

/// Waits for question `n`'s menu. Once on the way, when an answer makes the verdict firm, the
/// interview offers to finish early: `2` goes on.
fn question(s: &mut Pty, n: usize, total: usize) {
    loop {
        let m = s
            .expect(expectrl::Regex(format!(
                r"{n} / {total} — |Finish now or go on\?"
            )))
            .unwrap();
        if !String::from_utf8_lossy(m.get(0).unwrap()).contains("Finish now") {
            break;
        }
        s.expect("Your choice:").unwrap();
        s.send("2").unwrap();
    }
}

/// Waits for the highlight on `item` (shown as `> [1] item` or `> [Esc] item`).
fn highlighted(s: &mut Pty, item: &str) {
    s.expect(expectrl::Regex(format!(r"> \[\w+\] {item}")))
        .unwrap();
}

/// Waits for question `n`'s menu and answers it with one key.
fn key(s: &mut Pty, n: usize, total: usize, key: &str) {
    question(s, n, total);
    s.expect("Your answer:").unwrap();
    s.send(key).unwrap();
}

/// Waits for the result's menu and finishes.
fn finish(s: &mut Pty) {
    s.expect("Your choice:").unwrap();
    s.send("\r").unwrap();
}

fn file(dir: &Path) -> PathBuf {
    dir.join("test-partner-".to_string() + &jiff::ZonedDateTime::now().date().to_string() + ".yaml")
}

fn answers(path: &Path) -> vet::answers::Answers {
    vet::answers::Answers::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Waits for question `n`'s menu, moves the highlight with `keys` until `item` is highlighted, and
/// presses Enter.
fn answer(s: &mut Pty, n: usize, total: usize, keys: &str, item: &str) {
    question(s, n, total);
    s.expect("Your answer:").unwrap();
    if !keys.is_empty() {
        s.send(keys).unwrap();
    }
    highlighted(s, item);
    s.send("\r").unwrap();
}

fn exit_code(s: &Pty) -> i32 {
    match s.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("vet did not exit normally: {other:?}"),
    }
}

const START: &[&str] = &[
    "interview",
    "--partner",
    "Test Partner",
    "--stage",
    "before",
];

#[test]
fn a_full_interview_answered_yes_everywhere_is_ugly_and_leaves_a_private_file() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    // "yes" is three items above the default "don't know"; "k" moves up (no arrow-key escapes).
    for n in 1..=total {
        answer(&mut s, n, total, "kkk", "yes");
    }
    // Yes to a warning question confirms its red flag, named at once; the end shows the verdict.
    s.expect("Verdict: UGLY").unwrap();
    s.expect("Answers saved in").unwrap();
    finish(&mut s);
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);

    let path = file(dir.path());
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(answers(&path).answers.len(), total);
    let scored = Vet::new()
        .arg("score")
        .arg(&path)
        .args(["--format", "json"])
        .succeeds()
        .json();
    assert_eq!(scored["classification"], "ugly");
    assert_eq!(scored["answered"], total);
}

#[test]
fn an_interrupted_interview_resumes_where_it_stopped_with_no_answer_lost() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    answer(&mut s, 1, total, "kkk", "yes");
    answer(&mut s, 2, total, "k", "no");
    answer(&mut s, 3, total, "j", "refused");
    s.expect("4 / ").unwrap();
    s.expect("Your answer:").unwrap();
    s.send("\x03").unwrap();
    // The cursor is shown again before the message.
    s.expect("\x1b[?25h").unwrap();
    s.expect("Interrupted. 3 answers are saved").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    let saved = answers(&file(dir.path()));
    assert_eq!(saved.answers.len(), 3);

    // The same command offers to resume, resume highlighted: Enter.
    let mut s = spawn(dir.path(), START);
    s.expect(expectrl::Regex(r"stopped\s+after\s+3\s+of"))
        .unwrap();
    highlighted(&mut s, "Resume at question 4");
    s.send("\r").unwrap();
    // The rest with Enter: "don't know" is the highlighted default.
    for n in 4..=total {
        answer(&mut s, n, total, "", "don't know / skip");
    }
    s.expect("Verdict: ").unwrap();
    finish(&mut s);
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
    let done = answers(&file(dir.path()));
    assert_eq!(done.answers.len(), total);
    for (id, entry) in &saved.answers {
        assert_eq!(&done.answers[id], entry, "answer to {id} changed");
    }
}

#[test]
fn going_back_changes_the_previous_answer() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    answer(&mut s, 1, total, "kkk", "yes");
    // From "don't know", four steps up stop at "yes" rather than wrap round to "back".
    s.expect(format!("2 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.send("kkkk").unwrap();
    highlighted(&mut s, "yes");
    // Esc goes back.
    s.send("\x1b").unwrap();
    // Question 1 again, with the earlier answer said and highlighted.
    s.expect(format!("1 / {total}")).unwrap();
    s.expect("Answer given before: yes").unwrap();
    highlighted(&mut s, "yes");
    s.send("jj").unwrap();
    highlighted(&mut s, "no");
    s.send("\r").unwrap();
    s.expect(format!("2 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.send("\x03").unwrap();
    s.expect(Eof).unwrap();
    let saved = answers(&file(dir.path()));
    assert_eq!(saved.answers.len(), 1);
    assert_eq!(
        saved.answers.values().next().unwrap().answer,
        vet::answers::Answer::No
    );
}

#[test]
fn a_killed_interview_loses_no_given_answer_and_the_next_run_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    answer(&mut s, 1, total, "kkk", "yes");
    answer(&mut s, 2, total, "kk", "partly");
    s.expect(format!("3 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.get_process_mut().kill(Signal::SIGKILL).unwrap();
    let saved = answers(&file(dir.path()));
    assert_eq!(saved.answers.len(), 2);

    let mut s = spawn(dir.path(), START);
    highlighted(&mut s, "Resume at question 3");
    s.send("\r").unwrap();
    s.expect(format!("3 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.send("\x03").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
}

/// Whether the terminal is in canonical (line) mode, as a shell needs it, rather than the raw mode
/// a menu puts it in.
fn canonical(s: &Pty) -> bool {
    let master = s.get_process().get_raw_handle().unwrap();
    let t = rustix::termios::tcgetattr(&master).unwrap();
    t.local_modes.contains(rustix::termios::LocalModes::ICANON)
}

#[test]
fn sigterm_during_a_menu_restores_the_terminal_and_keeps_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    answer(&mut s, 1, total, "kkk", "yes");
    s.expect(format!("2 / {total}")).unwrap();
    highlighted(&mut s, "don't know");
    // The menu is waiting for a key, in raw mode.
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        !canonical(&s),
        "the menu should have the terminal in raw mode"
    );
    s.get_process_mut().kill(Signal::SIGTERM).unwrap();
    s.expect("\x1b[?25h").unwrap();
    s.expect("Interrupted. 1 answer is saved").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    assert!(canonical(&s), "the terminal was left in raw mode");
    assert_eq!(answers(&file(dir.path())).answers.len(), 1);
}

#[test]
fn without_a_terminal_it_exits_2_at_once_pointing_to_vet_score() {
    Vet::new()
        .args(["interview", "--partner", "X", "--stage", "before"])
        .stdin("")
        .fails_with(2)
        .clean_stderr()
        .stderr_has("needs a terminal")
        .stderr_has("vet score");
}

#[test]
fn starting_again_then_ctrl_c_before_answering_keeps_the_8_answers() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    for n in 1..=8 {
        key(&mut s, n, total, "1");
    }
    s.expect(format!("9 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.send("\x03").unwrap();
    s.expect(Eof).unwrap();
    let before = std::fs::read(file(dir.path())).unwrap();

    let mut s = spawn(dir.path(), START);
    s.expect("Your choice:").unwrap();
    highlighted(&mut s, "Resume at question 9");
    // [2] Start again: it asks first, naming what it clears; [2] yes.
    s.send("2").unwrap();
    s.expect(expectrl::Regex(r"clears\s+the\s+8\s+answers"))
        .unwrap();
    s.expect("Your choice:").unwrap();
    s.send("2").unwrap();
    s.expect(format!("1 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    highlighted(&mut s, "don't know / skip");
    s.send("\x03").unwrap();
    s.expect("Interrupted. 8 answers are saved").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    assert_eq!(std::fs::read(file(dir.path())).unwrap(), before);
    assert_eq!(answers(&file(dir.path())).answers.len(), 8);
}

#[test]
fn one_digit_answers_yes_with_no_enter() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    key(&mut s, 1, total, "1");
    s.expect("Your answer: yes").unwrap();
    key(&mut s, 2, total, "3");
    s.expect(format!("3 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.send("\x03").unwrap();
    s.expect(Eof).unwrap();
    let saved = answers(&file(dir.path()));
    let got: Vec<_> = saved.answers.values().map(|e| e.answer).collect();
    use vet::answers::Answer;
    assert_eq!(got, [Answer::Yes, Answer::No]);
}

#[test]
fn a_2_mb_note_is_refused_and_the_file_stays_readable() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    key(&mut s, 1, total, "1");
    key(&mut s, 2, total, "7");
    // Pasted, as a terminal sends a paste once vet has asked for bracketed paste.
    s.expect("\x1b[?2004h").unwrap();
    s.expect("Note (optional").unwrap();
    let note = "a long pasted text ".repeat(2 * 1024 * 1024 / 19 + 1);
    s.send(format!("\x1b[200~{note}\x1b[201~")).unwrap();
    s.send("\r").unwrap();
    s.expect("Documents seen").unwrap();
    s.send("\r").unwrap();
    s.expect("This note was not saved").unwrap();
    s.expect(format!("2 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.send("\x03").unwrap();
    s.expect("Interrupted. 1 answer is saved").unwrap();
    s.expect(Eof).unwrap();
    let path = file(dir.path());
    assert!(std::fs::metadata(&path).unwrap().len() < 100_000);
    Vet::new().arg("score").arg(&path).succeeds();
}

/// The lines of what the terminal was sent, escape sequences left out.
fn screen_lines(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let plain = console::strip_ansi_codes(&text).to_string();
    plain
        .split('\n')
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect()
}

#[test]
fn a_resize_draws_the_question_again_wrapped_to_the_new_width() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn(dir.path(), START);
    s.expect(format!("1 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.expect("[6]").unwrap();
    s.get_process_mut().set_window_size(40, 40).unwrap();
    // The screen is cleared and the question drawn again.
    s.expect("\x1b[2J").unwrap();
    let drawn = s.expect("Your answer:").unwrap();
    let lines = screen_lines(drawn.before());
    let text: Vec<&String> = lines.iter().filter(|l| !l.trim().is_empty()).collect();
    assert!(text.len() >= 2, "{lines:#?}");
    for l in &text {
        assert!(
            console::measure_text_width(l) <= 40,
            "a line wider than 40 columns after the resize: {l:?}"
        );
    }
    // Words are whole: the lines after the header, joined, end with the question's text (the
    // progress line, with the verdict so far, may take two lines at this width).
    let header = text
        .iter()
        .position(|l| l.contains(&format!("1 / {total}")))
        .unwrap();
    let joined = text[header + 1..]
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let rubric = vet::rubric::Rubric::embedded().unwrap();
    assert!(
        rubric
            .questions
            .iter()
            .any(|q| joined.ends_with(rubric.text(&q.text, "en"))),
        "the question is not drawn whole: {text:#?}"
    );
    s.send("\x03").unwrap();
    s.expect(Eof).unwrap();
}

#[test]
fn out_into_a_missing_folder_names_it_and_exits_2_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["interview", "--out", "missing/dir/x.yaml"]);
    s.expect("the folder missing/dir does not exist").unwrap();
    s.expect("mkdir -p missing/dir").unwrap();
    let rest = s.expect(Eof).unwrap();
    assert!(!String::from_utf8_lossy(rest.before()).contains("Name of the partner"));
    assert_eq!(exit_code(&s), 2);
    assert!(!dir.path().join("missing").exists());
}

#[test]
fn interrupted_in_french_with_no_answer_says_0() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn_in(dir.path(), START, "fr_FR.UTF-8", (80, 40));
    s.expect("Votre réponse :").unwrap();
    s.send("\x03").unwrap();
    s.expect(expectrl::Regex(
        r"Interrompu\.\s+0\s+réponse\s+est\s+enregistrée",
    ))
    .unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
}

#[test]
fn at_80_by_24_the_end_screen_shows_the_verdict_with_the_file_and_command() {
    let dir = tempfile::tempdir().unwrap();
    let total = before_total();
    let mut s = spawn_in(dir.path(), START, "C.UTF-8", (80, 24));
    for n in 1..=total {
        key(&mut s, n, total, "1");
    }
    s.expect("── Result ──").unwrap();
    let end = s.expect("Your choice:").unwrap();
    let lines = screen_lines(end.before());
    let verdict = lines
        .iter()
        .position(|l| l.starts_with("Verdict: UGLY"))
        .unwrap_or_else(|| panic!("no verdict line: {lines:#?}"));
    // From the verdict to the menu's prompt and its two items: one screen.
    assert!(
        lines.len() - verdict + 3 <= 24,
        "the verdict scrolled off: {lines:#?}"
    );
    let text = lines.join("\n");
    assert!(text.contains("Answers saved in"), "{text}");
    let command = format!("vet score {}", file(dir.path()).display());
    assert!(text.contains(&command), "{text}");
    // The full report is one key away, on standard output.
    s.send("2").unwrap();
    s.expect("What to negotiate").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);
}

/// The questions before signing in the order the interview asks them (none answered).
fn asked_order() -> Vec<String> {
    let r = vet::rubric::Rubric::embedded().unwrap();
    let mut flow = vet::interview::flow::Flow::new(&r, empty_answers(&r));
    let mut ids = Vec::new();
    while let Some(step) = flow.current() {
        ids.push(step.question.id.clone());
        flow.record(vet::answers::Answer::DontKnow, usize::MAX)
            .unwrap();
    }
    ids
}

fn empty_answers(r: &vet::rubric::Rubric) -> vet::answers::Answers {
    vet::answers::Answers {
        rubric: vet::answers::RubricRef {
            id: r.id.clone(),
            version: r.version.clone(),
        },
        partner: "Test Partner".into(),
        date: jiff::ZonedDateTime::now().date(),
        stage: vet::answers::Stage::Before,
        assessor: None,
        answers: Default::default(),
        notes: Default::default(),
    }
}

/// Text as a person reads it: line breaks and runs of spaces as one space.
fn words(bytes: &[u8]) -> String {
    screen_lines(bytes)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A warning question of the embedded rubric whose "yes" confirms a red flag.
const RED_FLAG_QUESTION: &str = "hid-budget-after-consulting";

#[test]
fn a_confirmed_red_flag_offers_to_finish_and_finishing_shows_a_firm_ugly() {
    let r = vet::rubric::Rubric::embedded().unwrap();
    let q = r.question(RED_FLAG_QUESTION).unwrap();
    assert_eq!(q.yes_is, vet::rubric::Polarity::Warning);
    assert_eq!(q.raises, vet::rubric::Raises::Confirmed);
    assert!(!q.evidences.red_flags.is_empty());
    let order = asked_order();
    let at = order.iter().position(|id| id == RED_FLAG_QUESTION).unwrap() + 1;
    let total = before_total();
    assert!(
        at < total,
        "the red-flag question is not the last one asked"
    );

    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), START);
    // "Don't know" (Enter) up to it: the verdict so far is never firm.
    for n in 1..at {
        answer(&mut s, n, total, "", "don't know / skip");
    }
    s.expect(format!("{at} / {total} — ")).unwrap();
    s.expect("not firm yet").unwrap();
    s.expect("Your answer:").unwrap();
    s.send("1").unwrap();
    s.expect("⚑ Red flag").unwrap();
    s.expect("The verdict can no longer change: UGLY. Finish now or go on?")
        .unwrap();
    let left = total - at;
    s.expect(format!(
        "[1] Finish now and see the result ({left} questions stay unanswered)"
    ))
    .unwrap();
    highlighted(&mut s, "Go on with the questions");
    s.send("1").unwrap();
    s.expect("── Result ──").unwrap();
    let end = s.expect("Your choice:").unwrap();
    let text = words(end.before());
    assert!(text.contains("Verdict: UGLY"), "{text}");
    assert!(text.contains("This verdict is firm"), "{text}");
    s.send("\r").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 0);

    let path = file(dir.path());
    assert_eq!(answers(&path).answers.len(), at);
    let scored = Vet::new()
        .arg("score")
        .arg(&path)
        .args(["--format", "json"])
        .succeeds()
        .json();
    assert_eq!(scored["classification"], "ugly");
    assert_eq!(scored["answered"], at);
    // The same command offers to resume at the first question left.
    let mut s = spawn(dir.path(), START);
    highlighted(&mut s, &format!("Resume at question {}", at + 1));
    s.send("\x03").unwrap();
    s.expect(Eof).unwrap();
}

#[test]
fn decisive_first_asks_a_question_that_could_change_the_verdict_first() {
    let r = vet::rubric::Rubric::embedded().unwrap();
    let decisive = vet::score::assess(&r, &empty_answers(&r)).decisive;
    let first = r.question(&decisive[0].id).unwrap();
    assert_eq!(decisive[0].if_against, vet::rubric::Verdict::Ugly);
    assert_ne!(
        asked_order()[0],
        first.id,
        "asked first anyway: the test would prove nothing"
    );
    let total = before_total();
    let dir = tempfile::tempdir().unwrap();
    let mut args = START.to_vec();
    args.push("--decisive-first");
    let mut s = spawn(dir.path(), &args);
    s.expect(format!("1 / {total} — ")).unwrap();
    let shown = s.expect("Your answer:").unwrap();
    let text = words(shown.before());
    assert!(
        text.starts_with("Red flags · verdict so far: INCONCLUSIVE, not firm yet"),
        "{text}"
    );
    assert!(text.contains(r.text(&first.text, "en")), "{text}");
    // Answered "no": the next one asked is still one that could change the verdict.
    s.send("3").unwrap();
    s.expect(format!("2 / {total} — ")).unwrap();
    s.expect("Your answer:").unwrap();
    s.send("\x03").unwrap();
    s.expect(Eof).unwrap();
    assert_eq!(exit_code(&s), 130);
    let saved = answers(&file(dir.path()));
    assert_eq!(saved.answers[&first.id].answer, vet::answers::Answer::No);
}
