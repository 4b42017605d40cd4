//! Snapshots of `vet diff` and `vet history` on the example series: the table at 100 columns
//! without colour (words) and with colour (arrows, sparklines), Markdown, JSON and CSV, in English
//! and French. Review a change with `INSTA_UPDATE=new cargo test`, then read the .snap.new files.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Vet;

const S2023: &str = "examples/series/2023-meridian.yaml";
const S2024: &str = "examples/series/2024-meridian.yaml";
const S2025: &str = "examples/series/2025-meridian.yaml";

/// stdout of vet at 100 columns, without colour (NO_COLOR).
fn out(args: &[&str]) -> String {
    Vet::new().env("COLUMNS", "100").args(args).run().stdout()
}

/// stdout of vet at 100 columns with `--color always`. NO_COLOR is emptied, which means unset: the
/// terminal library under the tables honours it even against `--color always`.
fn colour(args: &[&str]) -> String {
    Vet::new()
        .env("COLUMNS", "100")
        .env("NO_COLOR", "")
        .arg("--color")
        .arg("always")
        .args(args)
        .run()
        .stdout()
}

#[test]
fn diff_table() {
    insta::assert_snapshot!("diff_table_en", out(&["diff", S2024, S2025]));
    insta::assert_snapshot!(
        "diff_table_fr",
        out(&["--lang", "fr", "diff", S2024, S2025])
    );
    insta::assert_snapshot!("diff_table_renegotiation_en", out(&["diff", S2023, S2024]));
}

#[test]
fn diff_table_in_colour() {
    insta::assert_snapshot!("diff_table_colour_en", colour(&["diff", S2023, S2024]));
}

#[test]
fn diff_markdown() {
    insta::assert_snapshot!(
        "diff_markdown_en",
        out(&["diff", S2024, S2025, "--format", "markdown"])
    );
    insta::assert_snapshot!(
        "diff_markdown_fr",
        out(&["--lang", "fr", "diff", S2024, S2025, "--format", "markdown"])
    );
}

#[test]
fn diff_json() {
    insta::assert_snapshot!(
        "diff_json",
        out(&["diff", S2024, S2025, "--format", "json"])
    );
}

#[test]
fn history_table() {
    insta::assert_snapshot!("history_table_en", out(&["history", S2025, S2023, S2024]));
    insta::assert_snapshot!(
        "history_table_fr",
        out(&["--lang", "fr", "history", S2025, S2023, S2024])
    );
    insta::assert_snapshot!(
        "history_table_colour_en",
        colour(&["history", S2025, S2023, S2024])
    );
}

#[test]
fn history_json_and_csv() {
    insta::assert_snapshot!(
        "history_json",
        out(&["history", S2025, S2023, S2024, "--format", "json"])
    );
    insta::assert_snapshot!(
        "history_csv",
        out(&["history", S2025, S2023, S2024, "--format", "csv"])
    );
}
