//! Scoring many files in one run: reports come out in the order given, each written as it is
//! scored; a file that cannot be scored is left out of the list, reported on standard error, and
//! makes the exit status 2.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{Vet, example};

const EXAMPLES: [&str; 4] = ["good.yaml", "bad.yaml", "ugly.yaml", "inconclusive.yaml"];

#[test]
fn many_files_give_one_json_array_in_the_order_given() {
    let ran = Vet::new()
        .args(["score", "--format", "json"])
        .args(EXAMPLES.iter().map(|n| example(n)))
        .succeeds();
    let json = ran.json();
    let verdicts: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["classification"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["good", "bad", "ugly", "inconclusive"]);
}

#[test]
fn many_files_give_one_yaml_sequence_and_tables_one_after_the_other() {
    let ran = Vet::new()
        .args(["score", "--format", "yaml"])
        .args(EXAMPLES.iter().map(|n| example(n)))
        .succeeds();
    assert_eq!(ran.stdout().matches("\n- file: ").count() + 1, 4);
    let ran = Vet::new()
        .args(["score"])
        .args(EXAMPLES.iter().map(|n| example(n)))
        .succeeds();
    for name in EXAMPLES {
        assert!(ran.stdout().contains(name), "{name}");
    }
}

#[test]
fn a_bad_file_among_good_ones_is_left_out_and_reported_with_exit_2() {
    let ran = Vet::new()
        .args(["score", "--format", "json"])
        .arg(example("good.yaml"))
        .arg("missing.yaml")
        .arg(example("bad.yaml"))
        .arg("missing-too.yaml")
        .fails_with(2)
        .clean_stderr()
        .stderr_has("missing.yaml")
        .stderr_has("missing-too.yaml");
    let json = ran.json();
    let files: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 2);
    assert!(files[0].ends_with("good.yaml") && files[1].ends_with("bad.yaml"));
}

#[test]
fn several_files_none_of_which_can_be_scored_give_an_empty_list() {
    let ran = Vet::new()
        .args(["score", "--format", "json", "a.yaml", "b.yaml"])
        .fails_with(2);
    assert_eq!(ran.json(), serde_json::json!([]));
    let ran = Vet::new()
        .args(["score", "--format", "yaml", "a.yaml", "b.yaml"])
        .fails_with(2);
    assert_eq!(ran.stdout(), "[]\n");
    let ran = Vet::new().args(["score", "a.yaml"]).fails_with(2);
    assert_eq!(ran.stdout(), "");
}

#[test]
fn fail_on_looks_at_every_file() {
    Vet::new()
        .args(["score", "--format", "json", "--fail-on", "ugly"])
        .arg(example("good.yaml"))
        .arg(example("ugly.yaml"))
        .fails_with(1);
    Vet::new()
        .args(["score", "--format", "json", "--fail-on", "ugly"])
        .arg(example("good.yaml"))
        .arg(example("bad.yaml"))
        .succeeds();
}
