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

/// The `file` field of every report of a JSON array.
fn files_of(json: &serde_json::Value) -> Vec<String> {
    json.as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_folder_gives_its_yaml_files_recursively_in_sorted_order() {
    let ran = Vet::new()
        .args(["score", "--format", "json", "examples"])
        .succeeds();
    assert_eq!(
        files_of(&ran.json()),
        [
            "examples/bad.yaml",
            "examples/good.yaml",
            "examples/inconclusive.yaml",
            "examples/series/2023-meridian.yaml",
            "examples/series/2024-meridian.yaml",
            "examples/series/2025-meridian.yaml",
            "examples/ugly.yaml",
        ]
    );
}

#[test]
fn a_folder_skips_hidden_entries_and_other_files_and_gives_a_list_even_for_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string(example("good.yaml")).unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join(".git/x.yaml"), "not answers").unwrap();
    std::fs::write(dir.path().join(".tmp-partial.yaml"), "not answers").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not answers").unwrap();
    std::fs::write(dir.path().join("one.yaml"), &good).unwrap();
    let ran = Vet::new()
        .args(["score", "--format", "json"])
        .arg(dir.path())
        .succeeds();
    let files = files_of(&ran.json());
    assert_eq!(files.len(), 1);
    assert!(files[0].ends_with("one.yaml"));
}

#[test]
fn an_empty_folder_is_an_error_not_an_empty_success() {
    let dir = tempfile::tempdir().unwrap();
    Vet::new()
        .args(["score"])
        .arg(dir.path())
        .fails_with(2)
        .stderr_has("no answers file to read");
    Vet::new()
        .args(["history"])
        .arg(dir.path())
        .fails_with(2)
        .stderr_has("no answers file to read");
}

#[test]
fn a_dash_reads_one_file_from_standard_input() {
    let bad = std::fs::read_to_string(example("bad.yaml")).unwrap();
    let ran = Vet::new()
        .args(["score", "--format", "json", "-"])
        .stdin(&bad)
        .succeeds();
    let json = ran.json();
    assert_eq!(json["file"], "-");
    assert_eq!(json["classification"], "bad");
    Vet::new()
        .args(["score", "-"])
        .stdin("rubric: [unclosed\n")
        .fails_with(2)
        .stderr_has("-:");
}

#[test]
fn standard_input_named_twice_is_refused() {
    Vet::new()
        .args(["score", "-", "-"])
        .fails_with(2)
        .stderr_has("standard input can be read only once");
    Vet::new()
        .args(["score", "-", "--files-from", "-"])
        .fails_with(2)
        .stderr_has("standard input can be read only once");
    Vet::new()
        .args(["diff", "-", "-"])
        .fails_with(2)
        .stderr_has("standard input can be read only once");
}

#[test]
fn files_from_a_list_give_one_csv_header_whatever_the_count() {
    let list: String = EXAMPLES
        .iter()
        .map(|n| format!("examples/{n}\n"))
        .collect::<String>()
        .repeat(3)
        + "\r\n\n";
    let ran = Vet::new()
        .args(["score", "--format", "csv", "--files-from", "-"])
        .stdin(&list)
        .succeeds();
    let out = ran.stdout();
    assert_eq!(out.matches("file,partner,").count(), 1, "{out}");
    assert_eq!(out.lines().count(), 1 + 12);
    // NUL-separated, after the operands.
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list");
    std::fs::write(&list, "examples/ugly.yaml\0examples/series\0").unwrap();
    let ran = Vet::new()
        .args(["score", "--format", "json", "-0", "--files-from"])
        .arg(&list)
        .arg("examples/good.yaml")
        .succeeds();
    assert_eq!(
        files_of(&ran.json()),
        [
            "examples/good.yaml",
            "examples/ugly.yaml",
            "examples/series/2023-meridian.yaml",
            "examples/series/2024-meridian.yaml",
            "examples/series/2025-meridian.yaml",
        ]
    );
}

#[test]
fn a_missing_list_is_named_and_a_missing_listed_file_is_left_out() {
    Vet::new()
        .args(["score", "--files-from", "no-such-list"])
        .fails_with(2)
        .stderr_has("no-such-list: no such file");
    let ran = Vet::new()
        .args(["score", "--format", "json", "--files-from", "-"])
        .stdin("examples/good.yaml\nno-such.yaml\n")
        .fails_with(2)
        .stderr_has("no-such.yaml");
    assert_eq!(files_of(&ran.json()), ["examples/good.yaml"]);
}

#[test]
fn a_report_is_never_written_over_a_file_found_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(example("good.yaml"), dir.path().join("good.yaml")).unwrap();
    let report = dir.path().join("report.yaml");
    std::fs::write(&report, "an earlier report\n").unwrap();
    Vet::new()
        .args(["score", "--format", "yaml", "-o"])
        .arg(&report)
        .arg(dir.path())
        .fails_with(2)
        .stderr_has("report.yaml is one of the files this report is made from");
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "an earlier report\n"
    );
}

#[test]
fn history_takes_a_folder_and_a_list() {
    let ran = Vet::new()
        .args(["history", "--format", "json", "examples/series"])
        .succeeds();
    let from_folder = ran.stdout();
    let ran = Vet::new()
        .args(["history", "--format", "json", "--files-from", "-"])
        .stdin("examples/series/2025-meridian.yaml\nexamples/series/2023-meridian.yaml\nexamples/series/2024-meridian.yaml\n")
        .succeeds();
    let a: serde_json::Value = serde_json::from_str(&from_folder).unwrap();
    let b = ran.json();
    assert_eq!(a["assessments"].as_array().map(Vec::len), Some(3), "{a}");
    assert_eq!(
        a["assessments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| &x["date"])
            .collect::<Vec<_>>(),
        b["assessments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| &x["date"])
            .collect::<Vec<_>>()
    );
}
