//! `vet interview` in a real pseudo-terminal: a full interview to a known verdict, an interrupted
//! interview resumed with no answer lost, going back to change an answer, a killed process, and
//! no terminal at all. Every expectation waits for the prompt to render and has a timeout.

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
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("vet"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut s = Session::spawn(cmd).unwrap();
    s.get_process_mut().set_window_size(80, 40).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
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
    s.expect(format!("{n} / {total} — ")).unwrap();
    s.expect("Your answer:").unwrap();
    if !keys.is_empty() {
        s.send(keys).unwrap();
    }
    s.expect(format!("> {item}")).unwrap();
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
    s.expect("> Resume at question 4").unwrap();
    s.send("\r").unwrap();
    // The rest with Enter: "don't know" is the highlighted default.
    for n in 4..=total {
        answer(&mut s, n, total, "", "don't know / skip");
    }
    s.expect("Verdict: ").unwrap();
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
    // From "don't know", four steps up wrap round to the last item: back.
    s.expect(format!("2 / {total}")).unwrap();
    s.expect("Your answer:").unwrap();
    s.send("kkkk").unwrap();
    s.expect("> ← Back to the previous question").unwrap();
    s.send("\r").unwrap();
    // Question 1 again, with the earlier answer said and highlighted.
    s.expect(format!("1 / {total}")).unwrap();
    s.expect("Answer given before: yes").unwrap();
    s.expect("> yes").unwrap();
    s.send("jj").unwrap();
    s.expect("> no").unwrap();
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
    s.expect("> Resume at question 3").unwrap();
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
    s.expect("> don't know").unwrap();
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
