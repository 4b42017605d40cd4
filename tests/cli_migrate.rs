//! `vet migrate` on the built binary, and the versions: a 1.0.0 file still scores as it did, is
//! rewritten for 2.0.0 through the migration map, and compares with a 2.0.0 file in `vet diff`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Vet, example, root};

fn calibration(name: &str) -> std::path::PathBuf {
    root()
        .join("tests/calibration")
        .join(format!("{name}.yaml"))
}

#[test]
fn an_untouched_1_0_0_file_scores_with_rubric_1_0_0() {
    let j = Vet::new()
        .args(["score", "--format", "json"])
        .arg(example("bad.yaml"))
        .succeeds()
        .json();
    assert_eq!(j["rubric"]["version"], "1.0.0");
    assert_eq!(j["classification"], "bad");
    assert_eq!(j["rule"]["when"], "refusal");
}

#[test]
fn a_migrated_file_is_a_valid_2_0_0_file_that_scores_without_error() {
    let dir = tempfile::tempdir().unwrap();
    let ran = Vet::new()
        .arg("migrate")
        .arg(example("bad.yaml"))
        .succeeds()
        .stderr_has("split into");
    let text = ran.stdout();
    assert!(text.contains("version: \"2.0.0\""), "{text}");
    // The old answer went onto both parts of a split question, each with a note to check it.
    let answers = vet::answers::Answers::parse(&text).unwrap();
    for part in ["fund-share", "finance-systems-fit"] {
        let e = &answers.answers[part];
        assert_eq!(e.answer, vet::answers::Answer::No);
        assert!(
            e.note
                .as_deref()
                .unwrap()
                .contains("fund-share-and-systems")
        );
    }
    assert!(!answers.answers.contains_key("representatives-have-tor"));
    let path = dir.path().join("bad-2.yaml");
    std::fs::write(&path, &text).unwrap();
    let j = Vet::new()
        .args(["score", "--format", "json"])
        .arg(&path)
        .succeeds()
        .clean_stderr()
        .json();
    assert_eq!(j["rubric"]["version"], "2.0.0");
    assert_eq!(j["classification"], "bad");
}

#[test]
fn migrate_writes_a_private_file_and_never_over_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new.yaml");
    Vet::new()
        .arg("migrate")
        .arg(example("good.yaml"))
        .arg("-o")
        .arg(&out)
        .succeeds()
        .stderr_has("wrote");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let before = std::fs::read(&out).unwrap();
    Vet::new()
        .arg("migrate")
        .arg(example("bad.yaml"))
        .arg("-o")
        .arg(&out)
        .fails_with(2)
        .stderr_has("already exists");
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

#[test]
fn a_file_of_the_current_version_has_nothing_to_migrate() {
    Vet::new()
        .arg("migrate")
        .arg(calibration("s51-well-answered-good"))
        .fails_with(2)
        .stderr_has("already written for rubric 2.0.0")
        .stderr_has("vet score");
}

#[test]
fn files_of_two_major_versions_are_compared_through_the_map_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let later = dir.path().join("later.yaml");
    let text = Vet::new()
        .arg("migrate")
        .arg(example("series/2024-meridian.yaml"))
        .succeeds()
        .stdout()
        .replace("date: 2024-", "date: 2026-");
    std::fs::write(&later, text).unwrap();
    let j = Vet::new()
        .args(["diff", "--format", "json"])
        .arg(example("series/2024-meridian.yaml"))
        .arg(&later)
        .succeeds()
        .stderr_has("through the migration map")
        .json();
    assert_eq!(j["before"]["rubric"]["version"], "2.0.0");
}

#[test]
fn the_json_contract_says_whether_the_verdict_is_firm_and_what_could_change_it() {
    let j = Vet::new()
        .args(["score", "--format", "json"])
        .arg(calibration("ongoing-third-known-two-failing"))
        .succeeds()
        .json();
    assert_eq!(j["classification"], "bad");
    assert_eq!(j["best"], "bad");
    assert_eq!(j["worst"], "ugly");
    assert_eq!(j["firm"], false);
    let decisive = j["decisive_questions"].as_array().unwrap();
    assert!(!decisive.is_empty());
    assert_eq!(decisive[0]["if_against"], "ugly");
    for s in j["standards"].as_array().unwrap() {
        assert!(s["firm"].is_boolean(), "{s}");
        let r = s["range"].as_array().unwrap();
        assert!(r[0].as_f64().unwrap() <= r[1].as_f64().unwrap(), "{s}");
    }
}

#[test]
fn rubric_validate_checks_that_the_map_covers_every_old_question() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join("rubric/inpud-partnership.yaml"))
        .unwrap()
        .replace(
            "      own-choice-of-representatives: [chooses-own-representatives]\n",
            "",
        );
    let path = dir.path().join("adapted.yaml");
    std::fs::write(&path, text).unwrap();
    Vet::new()
        .args(["rubric", "validate"])
        .arg(&path)
        .fails_with(2)
        .stderr_has("own-choice-of-representatives");
    Vet::new()
        .args(["rubric", "validate"])
        .arg(root().join("rubric/inpud-partnership.yaml"))
        .succeeds();
}
