//! `vet panel` on the built binary: three respondents of one review who disagree on a red flag
//! (tests/fixtures/panel/), the partner's own view, what is refused, redaction and reports, and
//! snapshots of every format.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Vet;
use serde_json::Value;

const FINANCE: &str = "tests/fixtures/panel/finance.yaml";
const OUTREACH: &str = "tests/fixtures/panel/outreach.yaml";
const CHAIR: &str = "tests/fixtures/panel/chair.yaml";
const VIEW: &str = "tests/fixtures/panel/partner-view.yaml";

fn panel(extra: &[&str]) -> Vet {
    Vet::new()
        .args(["panel", FINANCE, OUTREACH, CHAIR])
        .args(extra)
}

fn json(extra: &[&str]) -> Value {
    panel(&["--format", "json"])
        .args(extra)
        .succeeds()
        .clean_stderr()
        .json()
}

#[test]
fn a_red_flag_respondents_disagree_on_comes_first_suspected_with_the_verdict_and_ranges() {
    let j = json(&[]);
    let first = &j["agenda"][0];
    assert_eq!(first["question"], "delays-transfers");
    assert_eq!(first["red_flags"][0], "delayed-fund-transfers");
    assert_eq!(first["agreement"], "split");
    assert_eq!(first["combined"], "partly");
    assert_eq!(first["rule"], "red-flag-contradicted");
    assert_eq!(first["check"], true);
    // Each side with its notes: the report, the contradiction, and who does not know.
    let sides: Vec<&str> = first["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["answer"].as_str().unwrap())
        .collect();
    assert_eq!(sides, ["yes", "no", "dont-know"]);
    assert_eq!(
        first["sides"][0]["respondents"][0]["file"], FINANCE,
        "{first:#}"
    );
    assert!(
        first["sides"][0]["respondents"][0]["note"]
            .as_str()
            .unwrap()
            .contains("ten weeks late")
    );

    let combined = &j["combined"];
    assert_eq!(combined["classification"], "bad");
    let suspected: Vec<&str> = combined["suspected_red_flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(suspected, ["delayed-fund-transfers"]);
    assert_eq!(combined["red_flags"], Value::Array(vec![]));
    assert_eq!(combined["refusals"][0], "fund-share-and-systems");
    assert_eq!(j["respondents_classification"]["best"], "good");
    assert_eq!(j["respondents_classification"]["worst"], "ugly");

    let contract = j["standards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "contractual-provisions")
        .unwrap();
    assert_eq!(contract["respondents_range"][0], 0.667);
    assert_eq!(contract["respondents_range"][1], 1.0);
    assert_eq!(contract["respondents"].as_array().unwrap().len(), 3);

    // The same, in words, on the terminal: the agenda before the verdict.
    let out = panel(&[]).succeeds().stdout();
    let agenda = out.find("To discuss first").unwrap();
    let verdict = out.find("Combined verdict: BAD").unwrap();
    assert!(agenda < verdict, "{out}");
    assert!(out.contains("from 0.67 to 1.00"), "{out}");
    assert!(out.contains("range from GOOD to UGLY"), "{out}");
}

#[test]
fn the_partner_view_shows_the_gaps_and_is_never_counted() {
    let with = json(&["--partner-view", VIEW]);
    let without = json(&[]);
    assert_eq!(with["combined"], without["combined"]);
    assert_eq!(with["respondents"], without["respondents"]);
    let view = &with["partner_view"];
    assert_eq!(view["file"], VIEW);
    assert_eq!(view["classification"], "good");
    let gap = &view["gaps"][0];
    assert_eq!(gap["question"], "delays-transfers");
    assert_eq!(gap["partner"], "no");
    assert_eq!(gap["panel"], "partly");
    assert_eq!(
        (gap["differing"].as_u64(), gap["known"].as_u64()),
        (Some(1), Some(2))
    );
    let monitoring = view["standards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "regular-monitoring")
        .unwrap();
    assert!(monitoring["difference"].as_f64().unwrap() > 0.0);
    assert_eq!(without["partner_view"], Value::Null);

    panel(&["--partner-view", VIEW, "--format", "markdown"])
        .succeeds()
        .stdout_has(
            "the partner says yes; 2 of 3 of your respondents say otherwise, most often no",
        );
}

#[test]
fn a_panel_of_one_file_says_what_vet_score_says() {
    for example in ["good", "bad", "ugly", "inconclusive"] {
        let file = format!("examples/{example}.yaml");
        let score = Vet::new()
            .args(["score", &file, "--format", "json"])
            .succeeds()
            .json();
        let p = Vet::new()
            .args(["panel", &file, "--format", "json"])
            .succeeds()
            .json();
        let combined = &p["combined"];
        for field in [
            "classification",
            "rule",
            "firm",
            "best",
            "worst",
            "decisive_questions",
            "standards",
            "red_flags",
            "suspected_red_flags",
            "refusals",
            "known",
            "coverage",
        ] {
            assert_eq!(combined[field], score[field], "{example}: {field}");
        }
        assert_eq!(p["agenda"], Value::Array(vec![]), "{example}");
    }
}

#[test]
fn the_order_of_the_files_does_not_change_the_conclusions() {
    let a = json(&[]);
    let b = Vet::new()
        .args(["panel", CHAIR, FINANCE, OUTREACH, "--format", "json"])
        .succeeds()
        .json();
    assert_eq!(a["combined"], b["combined"]);
    let ids = |j: &Value| -> Vec<String> {
        j["agenda"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["question"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&a), ids(&b));
}

#[test]
fn a_folder_of_submissions_goes_in_as_a_glob() {
    let dir = tempfile::tempdir().unwrap();
    for f in [FINANCE, OUTREACH, CHAIR] {
        let name = std::path::Path::new(f).file_name().unwrap();
        std::fs::copy(common::root().join(f), dir.path().join(name)).unwrap();
    }
    // What `vet panel DIR/*.yaml` receives from the shell: the files, sorted.
    let mut files: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    let j = Vet::new()
        .arg("panel")
        .args(&files)
        .args(["--format", "json"])
        .succeeds()
        .json();
    assert_eq!(j["respondents"].as_array().unwrap().len(), 3);
    assert_eq!(j["combined"], json(&[])["combined"]);
}

#[test]
fn files_that_are_not_one_review_are_refused_with_what_to_do() {
    Vet::new()
        .args(["panel", FINANCE, "tests/fixtures/panel/other-partner.yaml"])
        .fails_with(2)
        .clean_stderr()
        .stderr_has("Northgate Alliance")
        .stderr_has("--force");
    Vet::new()
        .args([
            "panel",
            FINANCE,
            "tests/fixtures/panel/other-partner.yaml",
            "--force",
        ])
        .succeeds()
        .stderr_has("compared anyway (--force)");
    Vet::new()
        .args(["panel", FINANCE, "tests/fixtures/panel/before.yaml"])
        .fails_with(2)
        .stderr_has("tests/fixtures/panel/before.yaml is about the stage \"before signing\"")
        .stderr_has("help: ");
    Vet::new()
        .args(["panel", FINANCE, CHAIR, "tests/fixtures/panel/late.yaml"])
        .fails_with(2)
        .stderr_has(
            "(2025-05-06) and tests/fixtures/panel/late.yaml (2025-09-30) are 147 days apart",
        )
        .stderr_has("at most 90 days apart")
        .stderr_has("vet history");
    Vet::new()
        .args(["panel", FINANCE, OUTREACH, FINANCE])
        .fails_with(2)
        .stderr_has("tests/fixtures/panel/finance.yaml is given twice");
    Vet::new()
        .args(["panel", FINANCE, OUTREACH, "--partner-view", OUTREACH])
        .fails_with(2)
        .stderr_has("given twice");
    Vet::new()
        .args(["panel", FINANCE, "tests/fixtures/panel/missing.yaml"])
        .fails_with(2)
        .clean_stderr()
        .stderr_has("missing.yaml");
}

#[test]
fn the_window_is_the_rubrics_panel_section() {
    let dir = tempfile::tempdir().unwrap();
    // The shipped rubric has its own panel section: an organisation adapts it in place.
    let rubric = std::fs::read_to_string(common::root().join("rubric/inpud-partnership.yaml"))
        .unwrap()
        .replace("  window_days: 90", "  window_days: 200")
        .replace("  combine: lower-median", "  combine: least-favourable");
    assert!(rubric.contains("window_days: 200"));
    let path = dir.path().join("rubric.yaml");
    std::fs::write(&path, rubric).unwrap();
    let j = Vet::new()
        .arg("--rubric")
        .arg(&path)
        .args(["panel", FINANCE, CHAIR, "tests/fixtures/panel/late.yaml"])
        .args(["--format", "json"])
        .succeeds()
        .json();
    assert_eq!(j["rules"]["from"], "rubric");
    assert_eq!(j["rules"]["window_days"], 200);
    assert_eq!(j["rules"]["combine"], "least-favourable");
    assert_eq!(json(&[])["rules"]["from"], "default");
}

#[test]
fn redact_never_shows_an_assessor_note_or_document_in_any_format() {
    for format in ["table", "json", "markdown", "html"] {
        let out = panel(&["--redact", "--partner-view", VIEW, "--format", format])
            .succeeds()
            .stdout();
        for secret in [
            "Finance officer",
            "Board chair",
            "self-assessment",
            "ten weeks late",
            "Bank statements",
            "yearly accounts",
        ] {
            assert!(!out.contains(secret), "{format} shows {secret:?}");
        }
        assert!(
            out.contains("tests/fixtures/panel/finance.yaml"),
            "{format}"
        );
    }
}

#[test]
fn the_report_is_written_privately_and_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("panel.html");
    panel(&["--format", "html", "-o"])
        .arg(&target)
        .succeeds()
        .stderr_has("report written");
    let page = std::fs::read_to_string(&target).unwrap();
    let doc = roxmltree::Document::parse(page.trim_start_matches("<!DOCTYPE html>\n")).unwrap();
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("circle") && n.attribute("class") == Some("respondent"))
    );
    for attr in ["src=", "href=", "<script", "url("] {
        assert!(
            !page.contains(attr),
            "the page refers outside itself: {attr}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    panel(&["-o", CHAIR]).fails_with(2).stderr_has("help: ");
    assert!(
        std::fs::read_to_string(common::root().join(CHAIR))
            .unwrap()
            .contains("Board chair")
    );
}

mod snapshots {
    use super::*;

    #[test]
    fn table_en() {
        insta::assert_snapshot!(
            "panel_table_en",
            panel(&["--partner-view", VIEW]).succeeds().stdout()
        );
    }

    #[test]
    fn table_fr() {
        insta::assert_snapshot!(
            "panel_table_fr",
            panel(&["--lang", "fr", "--redact"]).succeeds().stdout()
        );
    }

    #[test]
    fn markdown_en() {
        insta::assert_snapshot!(
            "panel_markdown_en",
            panel(&["--partner-view", VIEW, "--format", "markdown"])
                .succeeds()
                .stdout()
        );
    }

    #[test]
    fn json() {
        insta::assert_snapshot!(
            "panel_json",
            panel(&["--partner-view", VIEW, "--format", "json"])
                .succeeds()
                .stdout()
        );
    }

    #[test]
    fn help() {
        insta::assert_snapshot!(
            "panel_help",
            Vet::new().args(["panel", "--help"]).succeeds().stdout()
        );
    }
}

#[test]
fn the_default_rules_in_the_docs_are_the_ones_vet_uses() {
    let docs = std::fs::read_to_string(common::root().join("docs/panel.md")).unwrap();
    let snippet =
        std::fs::read_to_string(common::root().join("rubric/panel-default.yaml")).unwrap();
    assert!(
        docs.contains(&format!("```yaml\n{snippet}```")),
        "docs/panel.md must hold rubric/panel-default.yaml verbatim"
    );
    assert_eq!(snippet, vet::panel::DEFAULT_RULES);
}
