//! Bad input: every case gives exit 2 and a message that names the file (and line and column where
//! YAML gives them), says what is wrong and what to do, with no panic and no backtrace.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Vet;

const HEAD: &str = "rubric:\n  id: mini\n  version: 1.2.0\npartner: Test partner\ndate: 2026-01-02\nstage: before\n";

/// Writes `body` to a file in a fresh folder and scores it against the mini rubric.
fn score_text(body: &[u8]) -> common::Ran {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    std::fs::write(&path, body).unwrap();
    Vet::new()
        .mini_rubric()
        .arg("score")
        .arg(&path)
        .fails_with(2)
        .clean_stderr()
        .stderr_has("answers.yaml")
}

#[test]
fn a_missing_file_is_named_with_what_to_do() {
    Vet::new()
        .args(["score", "no-such-file.yaml"])
        .fails_with(2)
        .clean_stderr()
        .stderr_has("error: cannot read no-such-file.yaml: no such file")
        .stderr_has("help: ");
}

#[test]
fn a_directory_is_not_an_answers_file_where_one_file_is_expected() {
    // `vet score` and `vet history` read a folder's files; `vet diff` compares two files.
    Vet::new()
        .args(["diff", "tests", "examples/good.yaml"])
        .fails_with(2)
        .stderr_has("tests is a folder, not a file");
}

#[test]
fn text_that_is_not_yaml_is_located() {
    score_text(b"rubric: [unclosed\n").stderr_has("answers.yaml:");
}

#[test]
fn an_empty_file_says_what_an_answers_file_starts_with() {
    score_text(b"").stderr_has("is empty").stderr_has("rubric:");
    score_text(b"# only a comment\n").stderr_has("is empty");
}

#[test]
fn a_wrong_type_is_located_by_line_and_column() {
    score_text(b"rubric: 3\n")
        .stderr_has("answers.yaml:1:9:")
        .stderr_has("`id` and `version`");
}

#[test]
fn a_key_given_twice_is_refused() {
    let twice = format!("{HEAD}answers:\n  q1:\n    answer: \"yes\"\n  q1:\n    answer: \"no\"\n");
    score_text(twice.as_bytes())
        .stderr_has("answers.yaml:10: the question `q1` is answered a second time here")
        .stderr_has("help: keep one answer");
    let field = format!("{HEAD}partner: Other\n");
    score_text(field.as_bytes()).stderr_has("the field `partner` is given twice");
}

#[test]
fn an_unknown_question_is_located_and_the_nearest_suggested() {
    let text = format!("{HEAD}answers:\n  q1:\n    answer: \"yes\"\n  qq2:\n    answer: \"no\"\n");
    score_text(text.as_bytes())
        .stderr_has("answers.yaml:10: the rubric has no question `qq2`")
        .stderr_has("help: did you mean `q2`?");
}

#[test]
fn an_answer_off_the_scale_suggests_the_nearest() {
    let text = format!("{HEAD}answers:\n  q1:\n    answer: yse\n");
    score_text(text.as_bytes())
        .stderr_has("answers.yaml:9:13: `yse` is not on the answer scale")
        .stderr_has("help: did you mean \"yes\"?");
}

#[test]
fn an_unknown_field_is_refused() {
    let text = format!("{HEAD}answers:\n  q1:\n    answer: \"yes\"\n    notes: typo\n");
    score_text(text.as_bytes()).stderr_has("unknown field `notes`");
}

#[test]
fn answers_for_another_rubric_name_both() {
    let text = HEAD.replace("id: mini", "id: other-rubric");
    score_text(text.as_bytes())
        .stderr_has("`other-rubric`, not `mini`")
        .stderr_has("--rubric");
}

#[test]
fn answers_for_another_major_version_name_both_versions() {
    let text = HEAD.replace("1.2.0", "2.0.0");
    score_text(text.as_bytes())
        .stderr_has("version 2.0.0")
        .stderr_has("version 1.2.0");
}

#[test]
fn a_minor_version_difference_is_a_notice_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::write(&path, HEAD.replace("1.2.0", "1.0.0")).unwrap();
    Vet::new()
        .mini_rubric()
        .arg("score")
        .arg(&path)
        .succeeds()
        .stderr_has("notice: ")
        .stderr_has("version 1.0.0");
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    let mut text = format!("{HEAD}answers:\n  q1:\n    answer: \"yes\"\n    note: \"").into_bytes();
    text.extend_from_slice(b"caf\xe9\"\n");
    score_text(&text)
        .stderr_has("answers.yaml:10:")
        .stderr_has("not UTF-8");
}

#[test]
fn an_invalid_date_is_located() {
    score_text(HEAD.replace("2026-01-02", "2026-13-02").as_bytes()).stderr_has("answers.yaml:5:");
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let mut text = HEAD.as_bytes().to_vec();
    text.extend(std::iter::repeat_n(b'#', 2 * 1024 * 1024));
    score_text(&text).stderr_has("vet reads files of at most 1048576 bytes");
}

#[test]
fn every_bad_file_is_reported_in_one_run() {
    Vet::new()
        .args(["score", "missing-one.yaml", "missing-two.yaml"])
        .fails_with(2)
        .stderr_has("missing-one.yaml")
        .stderr_has("missing-two.yaml");
}

#[test]
fn usage_errors_exit_2() {
    Vet::new().args(["score"]).fails_with(2);
    Vet::new()
        .args(["score", "x.yaml", "--format", "pdf"])
        .fails_with(2);
    Vet::new().args(["frobnicate"]).fails_with(2);
}

#[test]
fn errors_speak_french_when_asked() {
    Vet::new()
        .args(["--lang", "fr", "score", "absent.yaml"])
        .fails_with(2)
        .stderr_has("erreur : ")
        .stderr_has("fichier introuvable");
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.yaml");
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend_from_slice(format!("{HEAD}answers:\n  q1:\n    answer: \"yes\"\n").as_bytes());
    std::fs::write(&path, body).unwrap();
    Vet::new().mini_rubric().arg("score").arg(&path).succeeds();
}

#[test]
#[cfg(target_os = "linux")]
fn a_full_disk_behind_standard_output_is_said_after_the_other_problems() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("vet"))
        .args(["score", "no-such-file.yaml", "examples/good.yaml"])
        .current_dir(common::root())
        .env("LANG", "C")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no-such-file.yaml: no such file"), "{err}");
    assert!(
        err.contains("cannot write the report to standard output"),
        "{err}"
    );
}

#[test]
#[cfg(target_os = "linux")]
fn a_full_disk_behind_any_command_is_worded_with_what_to_do() {
    for args in [
        &["rubric", "show"][..],
        &[
            "diff",
            "examples/series/2023-meridian.yaml",
            "examples/series/2025-meridian.yaml",
        ],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("vet"))
            .args(args)
            .current_dir(common::root())
            .env("LANG", "C")
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("cannot write the report to standard output"),
            "{args:?}: {err}"
        );
        assert!(err.contains("help:"), "{args:?}: {err}");
    }
}

/// Scores `body` against the mini rubric in `lang`; the run fails with exit 2.
fn score_text_in(lang: &str, body: &str) -> common::Ran {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    std::fs::write(&path, body).unwrap();
    Vet::new()
        .mini_rubric()
        .args(["--lang", lang, "score"])
        .arg(&path)
        .fails_with(2)
        .clean_stderr()
}

/// serde's English ("invalid type: sequence, expected a string") never reaches a localised error:
/// the kind of problem, the field and what is expected are worded by the locales.
#[test]
fn the_parser_details_are_worded_in_every_language() {
    let cases = [
        format!("{HEAD}extra: 1\n"),
        HEAD.replace("date: 2026-01-02\n", ""),
        HEAD.replace("partner: Test partner", "partner: [a, b]"),
        HEAD.replace("stage: before", "stage: later"),
        HEAD.replace("date: 2026-01-02", "date: tomorrow"),
        format!("{HEAD}answers:\n  q1: 5\n"),
        format!("{HEAD}answers:\n  q1:\n    answer: \"yes\"\n    evidence: 3\n"),
        format!("{HEAD}partner: Other\n"),
        "- just\n- a list\n".to_string(),
    ];
    let english = [
        "invalid type",
        "invalid value",
        "expected",
        "unknown field",
        "missing field",
        "duplicate field",
        "unknown variant",
        "sequence",
        "struct ",
        "failed to parse",
        "found",
    ];
    for lang in ["fr", "es", "ru", "pt"] {
        for body in &cases {
            let ran = score_text_in(lang, body);
            let err = ran.stderr();
            for word in english {
                assert!(!err.contains(word), "{lang}: {word:?} in {err}");
            }
        }
    }
    score_text_in("ru", &HEAD.replace("date: 2026-01-02\n", ""))
        .stderr_has("ошибка: ")
        .stderr_has("нет поля `date`");
    score_text_in("es", &format!("{HEAD}extra: 1\n"))
        .stderr_has("campo desconocido `extra`; los campos admitidos aquí son `rubric`, `partner`");
    score_text_in("pt", &HEAD.replace("stage: before", "stage: later"))
        .stderr_has("stage: `later` não é aceito aqui; os valores aceitos são `before`, `ongoing`");
    score_text_in(
        "fr",
        &HEAD.replace("partner: Test partner", "partner: [a, b]"),
    )
    .stderr_has("partner : on attendait un texte, mais il y a une liste");
}
