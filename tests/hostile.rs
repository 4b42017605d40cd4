//! Hostile input on the built binary: files made to exhaust memory or time, or too large. Each is
//! refused with exit 2 and a message that says where and what to do, with no panic. These tests do
//! not time anything (BENCHMARKS.md records how long each takes); before the guards, the alias and
//! nesting cases ran for minutes or until memory ran out, so a regression shows as a hang or a crash.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{Ran, Vet, example};

const HEAD: &str = "rubric:\n  id: inpud-partnership\n  version: 1.0.0\npartner: X\ndate: 2025-01-01\nstage: before\n";

fn write(dir: &Path, name: &str, text: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Scores `text` as an answers file against the embedded rubric: exit 2, the file named.
fn score(text: &[u8]) -> Ran {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "hostile.yaml", text);
    Vet::new()
        .arg("score")
        .arg(&path)
        .fails_with(2)
        .clean_stderr()
        .stderr_has("hostile.yaml")
        .stderr_has("help: ")
}

/// Validates `text` as a rubric: exit 2, the file named.
fn validate(text: &[u8]) -> Ran {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "hostile-rubric.yaml", text);
    Vet::new()
        .args(["rubric", "validate"])
        .arg(&path)
        .fails_with(2)
        .clean_stderr()
        .stderr_has("hostile-rubric.yaml")
        .stderr_has("help: ")
}

/// The classic "billion laughs": nine levels of nine aliases, 10^9 strings once expanded.
fn billion_laughs() -> String {
    let mut text = String::from(
        "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(",");
        text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    text
}

/// One 400 KB string repeated 150,000 times by alias: 850 KB on disk, 60 GB once read.
fn string_amplifier() -> String {
    format!(
        "{HEAD}assessor: &a \"{}\"\nanswers:\n  activities-against-values:\n    answer: \"no\"\n    evidence: [{}]\n",
        "x".repeat(400_000),
        vec!["*a"; 150_000].join(",")
    )
}

#[test]
fn an_alias_that_repeats_a_long_string_is_refused_in_an_answers_file() {
    score(string_amplifier().as_bytes())
        .stderr_has("hostile.yaml:11:16: this file uses a YAML alias")
        .stderr_has("write the value out in full");
}

#[test]
fn a_billion_laughs_is_refused_in_an_answers_file_and_a_rubric() {
    let text = format!("{HEAD}{}", billion_laughs());
    score(text.as_bytes()).stderr_has("hostile.yaml:8:10: this file uses a YAML alias");
    validate(billion_laughs().as_bytes())
        .stderr_has("hostile-rubric.yaml:2:10: this file uses a YAML alias");
}

#[test]
fn a_harmless_alias_is_refused_too_with_its_place() {
    let text = format!("{HEAD}answers:\n  a: &x\n    answer: \"yes\"\n  b: *x\n");
    score(text.as_bytes()).stderr_has("hostile.yaml:10:6: this file uses a YAML alias");
}

#[test]
fn deeply_nested_flow_collections_are_refused_in_an_answers_file() {
    let mut text = format!("{HEAD}answers: ").into_bytes();
    text.resize(1024 * 1024 - 1, b'[');
    score(&text)
        .stderr_has("hostile.yaml:7:")
        .stderr_has("nested more than 32 levels deep");
    // Closing brackets inside strings do not hide the depth.
    score("[\"]\",".repeat(200_000).as_bytes()).stderr_has("nested more than 32 levels deep");
}

#[test]
fn deeply_nested_flow_mappings_are_refused_in_a_rubric() {
    validate("{a: ".repeat(250_000).as_bytes()).stderr_has("nested more than 32 levels deep");
}

#[test]
fn thousands_of_unknown_questions_are_all_reported_with_their_lines() {
    let mut text = format!("{HEAD}answers:\n");
    for i in 0..40_000 {
        text.push_str(&format!("  q{i}: {{answer: \"yes\"}}\n"));
    }
    let ran = score(text.as_bytes())
        .stderr_has("hostile.yaml:8: the rubric has no question `q0`")
        .stderr_has("hostile.yaml:40007: the rubric has no question `q39999`");
    assert_eq!(ran.stderr().matches("no question").count(), 40_000);
}

#[test]
fn an_oversized_rubric_is_refused_before_parsing() {
    let mut text = b"schema: 1\n".to_vec();
    text.resize(1024 * 1024 + 1, b'#');
    validate(&text).stderr_has("vet reads files of at most 1048576 bytes");
}

#[test]
fn a_file_at_the_size_limit_is_read() {
    let good = std::fs::read_to_string(example("good.yaml")).unwrap();
    let mut text = good.into_bytes();
    text.push(b'\n');
    text.resize(1024 * 1024, b'#');
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "padded.yaml", &text);
    Vet::new()
        .args(["score", "--format", "json"])
        .arg(&path)
        .succeeds();
}

#[test]
fn a_device_that_never_ends_is_refused_by_size() {
    Vet::new()
        .args(["score", "/dev/zero"])
        .fails_with(2)
        .clean_stderr()
        .stderr_has("vet reads files of at most 1048576 bytes");
}
