//! `vet diff` and `vet history` on the built binary: what they compare, what they refuse, and their
//! exit statuses.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Vet;
use serde_json::Value;
use vet::answers::{Answer, Answers};
use vet::rubric::Rubric;

const S2023: &str = "examples/series/2023-meridian.yaml";
const S2024: &str = "examples/series/2024-meridian.yaml";
const S2025: &str = "examples/series/2025-meridian.yaml";

fn diff_json(old: &str, new: &str, extra: &[&str]) -> Value {
    Vet::new()
        .args(["diff", old, new, "--format", "json"])
        .args(extra)
        .succeeds()
        .json()
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect()
}

fn reversed(trend: &Value) -> &'static str {
    match trend.as_str().unwrap() {
        "better" => "worse",
        "worse" => "better",
        "unchanged" => "unchanged",
        "unclear" => "unclear",
        other => panic!("unknown trend {other}"),
    }
}

/// Writes `text` to a file in `dir` and returns its path as a string.
fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn a_file_diffed_with_itself_shows_no_change() {
    let j = diff_json("examples/good.yaml", "examples/good.yaml", &[]);
    assert_eq!(j["changed"], false);
    assert_eq!(j["worse"], false);
    assert_eq!(j["classification"]["before"], "good");
    assert_eq!(j["classification"]["after"], "good");
    assert_eq!(j["classification"]["trend"], "unchanged");
    for s in j["standards"].as_array().unwrap() {
        assert_eq!(s["before"], s["after"]);
        assert_eq!(s["delta"], 0.0);
        assert_eq!(s["status_before"], s["status_after"]);
        assert_eq!(s["trend"], "unchanged");
    }
    for list in [
        &j["red_flags"]["raised"],
        &j["red_flags"]["cleared"],
        &j["suspected_red_flags"]["raised"],
        &j["suspected_red_flags"]["cleared"],
        &j["refusals"]["added"],
        &j["refusals"]["resolved"],
        &j["answers_changed"],
        &j["answered_only_before"],
        &j["answered_only_after"],
    ] {
        assert_eq!(list, &Value::Array(vec![]));
    }
    Vet::new()
        .args(["diff", "examples/good.yaml", "examples/good.yaml"])
        .succeeds()
        .stdout_has("No change");
}

#[test]
fn good_to_ugly_and_ugly_to_good_are_mirror_images() {
    let (good, ugly) = ("examples/good.yaml", "examples/ugly.yaml");
    let forth = diff_json(good, ugly, &["--force"]);
    let back = diff_json(ugly, good, &["--force"]);
    assert_eq!(forth["classification"]["before"], "good");
    assert_eq!(forth["classification"]["after"], "ugly");
    assert_eq!(
        forth["classification"]["before"],
        back["classification"]["after"]
    );
    assert_eq!(
        forth["classification"]["after"],
        back["classification"]["before"]
    );
    assert_eq!(forth["worse"], true);
    assert_eq!(back["worse"], false);
    assert_eq!(forth["before"], back["after"]);

    let (fs, bs) = (
        forth["standards"].as_array().unwrap(),
        back["standards"].as_array().unwrap(),
    );
    assert_eq!(fs.len(), 7);
    for (f, b) in fs.iter().zip(bs) {
        assert_eq!(f["id"], b["id"]);
        assert_eq!(f["before"], b["after"]);
        assert_eq!(f["after"], b["before"]);
        assert_eq!(f["status_before"], b["status_after"]);
        assert_eq!(reversed(&f["trend"]), b["trend"]);
        match (f["delta"].as_f64(), b["delta"].as_f64()) {
            (Some(x), Some(y)) => assert_eq!(x, -y, "{}", f["id"]),
            (x, y) => assert_eq!(x, y),
        }
    }

    let raised = ids(&forth["red_flags"]["raised"]);
    assert!(!raised.is_empty());
    assert_eq!(raised, ids(&back["red_flags"]["cleared"]));
    assert_eq!(
        ids(&forth["red_flags"]["cleared"]),
        ids(&back["red_flags"]["raised"])
    );
    assert_eq!(
        ids(&forth["suspected_red_flags"]["raised"]),
        ids(&back["suspected_red_flags"]["cleared"])
    );
    assert_eq!(forth["refusals"]["added"], back["refusals"]["resolved"]);
    assert_eq!(forth["refusals"]["resolved"], back["refusals"]["added"]);
    assert_ne!(forth["refusals"]["added"], Value::Array(vec![]));
    assert_eq!(forth["answered_only_before"], back["answered_only_after"]);
    assert_eq!(forth["answered_only_after"], back["answered_only_before"]);

    let (fa, ba) = (
        forth["answers_changed"].as_array().unwrap(),
        back["answers_changed"].as_array().unwrap(),
    );
    assert!(!fa.is_empty());
    assert_eq!(fa.len(), ba.len());
    for (f, b) in fa.iter().zip(ba) {
        assert_eq!(f["question"], b["question"]);
        assert_eq!(f["before"], b["after"]);
        assert_eq!(f["note_before"], b["note_after"]);
        assert_eq!(reversed(&f["trend"]), b["trend"]);
    }
}

#[test]
fn fail_on_worse_exits_1_on_a_worsening_and_0_on_an_improvement() {
    // 2024 -> 2025: a red flag appears and two standards drop.
    Vet::new()
        .args(["diff", S2024, S2025, "--fail-on", "worse"])
        .fails_with(1)
        .stdout_has("Red flags raised (1)");
    // 2023 -> 2024: the renegotiation improved five standards and nothing got worse.
    Vet::new()
        .args(["diff", S2023, S2024, "--fail-on", "worse"])
        .succeeds();
    Vet::new()
        .args(["diff", "examples/ugly.yaml", "examples/good.yaml"])
        .args(["--force", "--fail-on", "worse"])
        .succeeds();
    // Without --fail-on, a worsening is a result, not a failure.
    Vet::new().args(["diff", S2024, S2025]).succeeds();
}

#[test]
fn a_score_that_drops_is_worse_even_when_the_verdict_stays() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::root().join(S2024)).unwrap();
    // One answer less favourable: active participation drops, the verdict stays bad.
    let later = text
        .replace("date: 2024-04-16", "date: 2025-04-15")
        .replace(
            "  involved-at-every-stage:\n    answer: \"yes\"",
            "  involved-at-every-stage:\n    answer: \"partly\"",
        );
    assert_ne!(text, later);
    let later = write(&dir, "later.yaml", &later);
    let j = diff_json(S2024, &later, &[]);
    assert_eq!(j["classification"]["trend"], "unchanged");
    assert_eq!(j["worse"], true);
    Vet::new()
        .args(["diff", S2024, &later, "--fail-on", "worse"])
        .fails_with(1);
}

/// examples/bad.yaml with every answer that speaks against the partner turned into "dont-know".
fn bad_with_unfavourable_answers_unknown(dir: &tempfile::TempDir) -> String {
    let rubric = Rubric::embedded_1().unwrap();
    let text = std::fs::read_to_string(common::example("bad.yaml")).unwrap();
    let mut answers = Answers::parse(&text).unwrap();
    let mut turned = 0;
    for (id, entry) in &mut answers.answers {
        let q = rubric.question(id).unwrap();
        if vet::score::value(&rubric.scoring, q, entry.answer).is_some_and(|v| v < 1.0) {
            entry.answer = Answer::DontKnow;
            turned += 1;
        }
    }
    assert!(turned > 20, "{turned}");
    write(dir, "unknown.yaml", &answers.to_yaml())
}

#[test]
fn knowing_less_is_never_called_better_and_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let unknown = bad_with_unfavourable_answers_unknown(&dir);
    let bad = "examples/bad.yaml";

    let table = Vet::new()
        .args(["diff", bad, &unknown, "--fail-on", "worse"])
        .succeeds()
        .stdout();
    assert!(!table.contains("better"), "{table}");
    assert!(
        table.contains("was BAD, now INCONCLUSIVE (less is known now)"),
        "{table}"
    );
    assert!(
        table.contains("Less is known now: 7 minimum standards became unknown"),
        "{table}"
    );
    let markdown = Vet::new()
        .args(["diff", bad, &unknown, "--format", "markdown"])
        .succeeds()
        .stdout();
    assert!(!markdown.contains("better"), "{markdown}");
    assert!(markdown.contains("Less is known now"), "{markdown}");
    Vet::new()
        .args(["--lang", "fr", "diff", bad, &unknown])
        .succeeds()
        .stdout_has("On en sait moins : 7 normes minimales sont devenues inconnues");

    let j = diff_json(bad, &unknown, &[]);
    assert_eq!(j["classification"]["trend"], "unclear");
    assert_eq!(j["worse"], false);
    assert_eq!(j["less_known"], true);
    assert_eq!(j["standards_now_unknown"].as_array().unwrap().len(), 7);
    for s in j["standards"].as_array().unwrap() {
        assert_eq!(s["status_after"], "unknown", "{}", s["id"]);
        assert_eq!(s["trend"], "unclear", "{}", s["id"]);
    }

    // The other way round, more is known: not worse either.
    let back = diff_json(&unknown, bad, &[]);
    assert_eq!(back["classification"]["trend"], "unclear");
    assert_eq!(back["worse"], false);
    assert_eq!(back["less_known"], false);
    assert_eq!(back["standards_now_known"].as_array().unwrap().len(), 7);
    Vet::new()
        .args(["diff", &unknown, bad, "--fail-on", "worse"])
        .succeeds()
        .stdout_has("More is known now: 7 minimum standards");
}

#[test]
fn files_of_different_rubrics_cannot_be_compared() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::root().join(S2025)).unwrap();
    let other = write(
        &dir,
        "other.yaml",
        &text.replace("id: inpud-partnership", "id: other-rubric"),
    );
    Vet::new()
        .args(["diff", S2024, &other])
        .fails_with(2)
        .clean_stderr()
        .stderr_has("other.yaml was written for the rubric `other-rubric`")
        .stderr_has("cannot be compared")
        .stderr_has("help: ");
    // --force is about partners only.
    Vet::new()
        .args(["diff", S2024, &other, "--force"])
        .fails_with(2);
}

#[test]
fn files_of_different_partners_need_force() {
    Vet::new()
        .args(["diff", "examples/good.yaml", "examples/ugly.yaml"])
        .fails_with(2)
        .clean_stderr()
        .stderr_has("is about `Northfield Health Foundation`")
        .stderr_has("respelled")
        .stderr_has("--force");
    Vet::new()
        .args([
            "diff",
            "examples/good.yaml",
            "examples/ugly.yaml",
            "--force",
        ])
        .succeeds()
        .stderr_has("notice: ")
        .stdout_has("was Harbour Peer Network International, now Northfield Health Foundation");
}

#[test]
fn a_partner_name_in_other_case_and_spacing_is_the_same_partner() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::root().join(S2025)).unwrap();
    let respaced = write(
        &dir,
        "respaced.yaml",
        &text.replace("Meridian Health Alliance", "meridian  health-alliance"),
    );
    Vet::new()
        .args(["diff", S2024, &respaced])
        .succeeds()
        .stderr_lacks("notice");
}

#[test]
fn files_given_in_the_wrong_order_are_compared_as_given_with_a_notice() {
    let j = Vet::new()
        .args(["diff", S2025, S2024, "--format", "json"])
        .succeeds()
        .stderr_has("is dated after")
        .json();
    assert_eq!(j["before"]["date"], "2025-04-15");
}

#[test]
fn another_rubric_version_is_compared_on_what_the_files_share() {
    let dir = tempfile::tempdir().unwrap();
    let head = |version: &str, date: &str| {
        format!(
            "rubric: {{id: mini, version: {version}}}\npartner: Test partner\ndate: {date}\n\
             stage: ongoing\nanswers:\n"
        )
    };
    // q0 was retired in 1.2.0; q5 is answered only in the later file.
    let old = write(
        &dir,
        "old.yaml",
        &(head("1.1.0", "2024-01-02")
            + "  q0: {answer: \"yes\", note: Asked in 1.1.0 only.}\n  q1: {answer: \"no\"}\n"),
    );
    let new = write(
        &dir,
        "new.yaml",
        &(head("1.2.0", "2025-01-02") + "  q1: {answer: \"yes\"}\n  q5: {answer: \"yes\"}\n"),
    );
    let run = || Vet::new().mini_rubric().args(["diff", &old, &new]);
    let j = run()
        .args(["--format", "json"])
        .succeeds()
        .stderr_has("different versions of the rubric mini (1.1.0, 1.2.0)")
        .stderr_has("question `q0` is not in version 1.2.0")
        .json();
    assert_eq!(j["answered_only_before"][0]["question"], "q0");
    assert_eq!(j["answered_only_before"][0]["in_rubric"], false);
    assert_eq!(j["answered_only_after"][0]["question"], "q5");
    assert_eq!(j["answers_changed"][0]["question"], "q1");
    run()
        .succeeds()
        .stdout_has("`q0` (not in version 1.2.0 of the rubric) — yes")
        .stdout_has("Asked in 1.1.0 only.");

    // Within one version, an unknown question is a typo, as in `vet score`.
    let same = write(
        &dir,
        "same.yaml",
        &(head("1.2.0", "2024-01-02") + "  q0: {answer: \"yes\"}\n"),
    );
    Vet::new()
        .mini_rubric()
        .args(["diff", &same, &new])
        .fails_with(2)
        .stderr_has("the rubric has no question `q0`");
}

#[test]
fn diff_and_history_word_a_bad_file_exactly_as_score_does() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(common::root().join(S2024)).unwrap();
    let bad = [
        write(&dir, "syntax.yaml", "rubric: [unclosed\n"),
        write(&dir, "empty.yaml", ""),
        write(
            &dir,
            "typo.yaml",
            &text.replace("  involved-at-every-stage:", "  involved-at-every-stag:"),
        ),
        write(
            &dir,
            "major.yaml",
            &text.replace("version: 1.0.0", "version: 2.0.0"),
        ),
        dir.path().join("missing.yaml").display().to_string(),
    ];
    for file in &bad {
        let score = Vet::new().args(["score", file]).fails_with(2).stderr();
        assert!(
            score.contains("error: ") && score.contains("help: "),
            "{score}"
        );
        for args in [
            ["diff", S2023, file.as_str()],
            ["history", file.as_str(), S2023],
        ] {
            Vet::new()
                .args(args)
                .fails_with(2)
                .clean_stderr()
                .stderr_has(&score);
        }
    }
}

#[test]
fn every_problem_of_every_file_is_reported_in_one_run() {
    Vet::new()
        .args(["history", S2023, "no-such-file.yaml", "examples/ugly.yaml"])
        .fails_with(2)
        .clean_stderr()
        .stderr_has("no-such-file.yaml: no such file")
        .stderr_has("is about `Northfield Health Foundation`");
}

#[test]
fn without_colour_moves_are_words_and_with_colour_arrows() {
    Vet::new()
        .args(["diff", S2023, S2024])
        .succeeds()
        .stdout_has("was partly met, now met")
        .stdout_has("+0.40 (better)");
    let colour = Vet::new()
        .args(["--color", "always", "diff", S2023, S2024])
        .succeeds();
    let out = colour.stdout();
    assert!(out.contains("partly met → met"), "{out}");
    assert!(out.contains("↑ +0.40"), "{out}");
    assert!(out.contains("\x1b["), "{out}");

    Vet::new()
        .args(["history", S2023, S2024, S2025])
        .succeeds()
        .stdout_has("│ Trend      ┆         ┆  889 ┆")
        .stdout_has("the tenths of each score");
    Vet::new()
        .args(["--color", "always", "history", S2023, S2024, S2025])
        .succeeds()
        .stdout_has("▇▇▇");
}

#[test]
fn history_sorts_by_date_whatever_the_argument_order() {
    let orders = [
        [S2023, S2024, S2025],
        [S2025, S2024, S2023],
        [S2024, S2025, S2023],
        [S2025, S2023, S2024],
    ];
    let tables: Vec<String> = orders
        .iter()
        .map(|o| Vet::new().arg("history").args(o).succeeds().stdout())
        .collect();
    assert!(tables.iter().all(|t| t == &tables[0]));
    let at = |t: &str, s: &str| t.find(s).unwrap();
    assert!(at(&tables[0], "│ 2023-04-18") < at(&tables[0], "│ 2024-04-16"));
    assert!(at(&tables[0], "│ 2024-04-16") < at(&tables[0], "│ 2025-04-15"));
    for o in &orders {
        let j = Vet::new()
            .arg("history")
            .args(o)
            .args(["--format", "json"])
            .succeeds()
            .json();
        let dates: Vec<&str> = j["assessments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["date"].as_str().unwrap())
            .collect();
        assert_eq!(dates, ["2023-04-18", "2024-04-16", "2025-04-15"]);
    }
}

#[test]
fn history_json_and_csv_parse_back_and_agree() {
    let j = Vet::new()
        .args(["history", S2025, S2023, S2024, "--format", "json"])
        .succeeds()
        .json();
    assert_eq!(j["partner"], "Meridian Health Alliance");
    assert_eq!(j["classification"]["first"], "bad");
    assert_eq!(j["classification"]["last"], "ugly");
    assert_eq!(j["classification"]["trend"], "worse");
    let trends = j["trends"].as_array().unwrap();
    assert_eq!(trends.len(), 7);
    let leadership = trends
        .iter()
        .find(|t| t["id"] == "leadership-investment")
        .unwrap();
    assert_eq!(leadership["scores"], serde_json::json!([0.5, 0.5, 0.9]));
    assert_eq!(leadership["trend"], "better");

    let csv = Vet::new()
        .args(["history", S2025, S2023, S2024, "--format", "csv"])
        .succeeds()
        .stdout();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let head = reader.headers().unwrap().clone();
    assert_eq!(&head[0], "file");
    assert_eq!(&head[5], "classification");
    assert_eq!(head.len(), 8 + 7);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    for (row, a) in rows.iter().zip(j["assessments"].as_array().unwrap()) {
        assert_eq!(&row[0], a["file"].as_str().unwrap());
        assert_eq!(&row[1], a["date"].as_str().unwrap());
        assert_eq!(&row[5], a["classification"].as_str().unwrap());
        for (k, s) in a["standards"].as_array().unwrap().iter().enumerate() {
            assert_eq!(&head[8 + k], s["id"].as_str().unwrap());
            let score: f64 = row[8 + k].parse().unwrap();
            assert_eq!(score, s["score"].as_f64().unwrap());
        }
    }
}

#[test]
fn history_csv_neutralises_formulas_and_ends_lines_with_crlf_like_score() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = |series: &str, name: &str| {
        let text = std::fs::read_to_string(common::root().join(series)).unwrap();
        let text = text.replace(
            "partner: Meridian Health Alliance",
            "partner: '=HYPERLINK(\"http://x\")'",
        );
        assert!(text.contains("HYPERLINK"));
        write(&dir, name, &text);
    };
    hostile(S2023, "-2023.yaml");
    hostile(S2024, "@2024.yaml");
    let out = Vet::new()
        .current_dir(dir.path())
        .args([
            "history",
            "--format",
            "csv",
            "--",
            "-2023.yaml",
            "@2024.yaml",
        ])
        .succeeds()
        .stdout();
    assert_eq!(out.matches("\r\n").count(), 3, "{out:?}");
    assert_eq!(out.matches('\n').count(), 3, "no bare LF: {out:?}");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    common::assert_no_formula_cells(&rows);
    for row in &rows {
        assert_eq!(&row[2], "'=HYPERLINK(\"http://x\")");
    }
    assert_eq!(&rows[0][0], "'-2023.yaml");
    assert_eq!(&rows[1][0], "'@2024.yaml");
}

#[test]
fn history_refuses_other_partners_unless_forced() {
    Vet::new()
        .args(["history", S2023, "examples/good.yaml"])
        .fails_with(2)
        .stderr_has("--force");
    Vet::new()
        .args(["history", S2023, "examples/good.yaml", "--force"])
        .succeeds()
        .stderr_has("compared anyway");
}

#[test]
fn every_series_example_scores() {
    for f in [S2023, S2024, S2025] {
        Vet::new()
            .args(["score", f])
            .succeeds()
            .stderr_lacks("notice");
    }
}

#[test]
fn errors_and_output_speak_french_when_asked() {
    Vet::new()
        .args([
            "--lang",
            "fr",
            "diff",
            "examples/good.yaml",
            "examples/ugly.yaml",
        ])
        .fails_with(2)
        .stderr_has("erreur")
        .stderr_has("porte sur");
    Vet::new()
        .args(["--lang", "fr", "diff", S2024, S2025])
        .succeeds()
        .stdout_has("MAUVAIS, puis MOCHE (moins bien)")
        .stdout_has("Signaux d'alarme apparus (1)");
}

#[test]
fn json_is_never_localised() {
    let en = Vet::new()
        .args(["diff", S2024, S2025, "--format", "json"])
        .succeeds()
        .stdout();
    let fr = Vet::new()
        .args(["--lang", "fr", "diff", S2024, S2025, "--format", "json"])
        .succeeds()
        .stdout();
    assert_eq!(en, fr);
}

/// The numbers and dates of a text: runs of digits with their separators, as a reader takes them.
fn numbers(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_digit() || ".,:-+".contains(c)))
        .map(|t| t.trim_matches(|c: char| !c.is_ascii_digit()).to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// How many times `word` stands as a whole word in `text`.
fn count_word(text: &str, word: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric() && c != 'é')
        .filter(|w| *w == word)
        .count()
}

/// Text as the terminal shows it: colour codes left out.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(|&c| c == 'm');
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn narrow_terminals_get_whole_numbers_dates_and_words_within_their_width() {
    let runs: [&[&str]; 3] = [
        &["history", S2025, S2023, S2024],
        &["diff", S2024, S2025],
        &["diff", S2023, S2024],
    ];
    let dates = ["2023-04-18", "2024-04-16", "2025-04-15"];
    // Words that a table must never split: trends and verdicts.
    let whole_words = [
        ("en", vec!["better", "worse", "unchanged", "BAD", "UGLY"]),
        ("fr", vec!["mieux", "inchangé", "MAUVAIS", "MOCHE"]),
    ];
    for (lang, words) in &whole_words {
        for colour in [false, true] {
            for run in runs {
                let at = |columns: u16| {
                    let mut vet = Vet::new().env("COLUMNS", &columns.to_string());
                    if colour {
                        vet = vet.env("NO_COLOR", "").args(["--color", "always"]);
                    }
                    plain(&vet.args(["--lang", lang]).args(run).succeeds().stdout())
                };
                let wide = at(200);
                for columns in [40, 50, 60, 80] {
                    let out = at(columns);
                    let what = format!("{lang}, colour {colour}, {columns} columns, {run:?}");
                    for line in out.lines() {
                        assert!(
                            line.chars().count() <= usize::from(columns),
                            "{what}: line too wide:\n{line}\n\n{out}"
                        );
                    }
                    for date in dates.iter().filter(|d| wide.contains(*d)) {
                        assert!(out.contains(date), "{what}: {date} is split:\n{out}");
                    }
                    let split: Vec<String> =
                        numbers(&out).difference(&numbers(&wide)).cloned().collect();
                    assert!(split.is_empty(), "{what}: split numbers {split:?}:\n{out}");
                    for word in words {
                        assert_eq!(
                            count_word(&out, word),
                            count_word(&wide, word),
                            "{what}: `{word}` is split:\n{out}"
                        );
                    }
                }
            }
        }
    }
}
