//! One rounding rule for every score in every format: half away from zero, to 3 decimals in the
//! contracts (JSON, YAML, CSV of `vet score` and of `vet history`). Generated answers files, among
//! which many scores fall exactly half-way (5/16 is 0.3125), are scored in every format and every
//! score compared.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::Vet;
use vet::answers::{Answer, Answers, Entry, RubricRef, Stage};
use vet::rubric::Rubric;

/// How many files: enough that every standard meets several exact halves.
const FILES: usize = 400;

/// A small deterministic generator (xorshift64), so the files are the same at every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Writes `FILES` answers files for the embedded rubric into `dir`, every one about the same
/// partner (so that `vet history` takes them), and returns them parsed.
fn generate(dir: &Path) -> Vec<Answers> {
    let rubric = Rubric::embedded().unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let scale = [
        Answer::Yes,
        Answer::Yes,
        Answer::Partly,
        Answer::No,
        Answer::Refused,
        Answer::DontKnow,
        Answer::NotApplicable,
    ];
    (0..FILES)
        .map(|n| {
            let stage = if n % 2 == 0 {
                Stage::Before
            } else {
                Stage::Ongoing
            };
            let mut answers = indexmap::IndexMap::new();
            for q in &rubric.questions {
                if stage.includes(q.stage) {
                    let entry = Entry {
                        answer: rng.pick(&scale),
                        note: None,
                        evidence: Vec::new(),
                    };
                    answers.insert(q.id.clone(), entry);
                }
            }
            let a = Answers {
                rubric: RubricRef {
                    id: rubric.id.clone(),
                    version: rubric.version.clone(),
                },
                partner: "Generated Partner".into(),
                date: jiff::civil::date(
                    2000 + (n / 300) as i16,
                    1 + (n / 28 % 12) as i8,
                    1 + (n % 28) as i8,
                ),
                stage,
                assessor: None,
                answers,
                notes: Default::default(),
            };
            std::fs::write(dir.join(format!("a-{n:04}.yaml")), a.to_yaml()).unwrap();
            a
        })
        .collect()
}

/// Every CSV record after the header, split into cells (the files hold no comma nor quote).
fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut lines = text.lines();
    let split = |l: &str| l.split(',').map(str::to_string).collect::<Vec<_>>();
    let head = split(lines.next().unwrap());
    (head, lines.map(split).collect())
}

/// The JSON number as a CSV cell would write it: 3 decimals.
fn cell(v: &serde_json::Value) -> String {
    v.as_f64().map_or(String::new(), |x| format!("{x:.3}"))
}

#[test]
fn json_yaml_and_csv_agree_on_every_score_including_the_exact_halves() {
    let dir = tempfile::tempdir().unwrap();
    let generated = generate(dir.path());
    let rubric = Rubric::embedded().unwrap();

    // The files must put scores exactly half-way between two 3-decimal numbers, or this test
    // proves nothing about the rule.
    let halves = generated
        .iter()
        .flat_map(|a| vet::score::assess(&rubric, a).standards)
        .filter_map(|s| s.score)
        .filter(|x| (x * 1000.0).fract() == 0.5)
        .count();
    assert!(halves > 20, "only {halves} exact halves");

    let score = |format: &str| {
        Vet::new()
            .args(["score", "--format", format])
            .arg(dir.path())
            .succeeds()
            .stdout()
    };
    let json: serde_json::Value = serde_json::from_str(&score("json")).unwrap();
    let yaml: serde_json::Value = serde_yaml::from_str(&score("yaml")).unwrap();
    let (head, rows) = csv_rows(&score("csv"));
    let reports = json.as_array().unwrap();
    assert_eq!(reports.len(), FILES);
    assert_eq!(rows.len(), FILES);
    let mut compared = 0;
    for ((report, row), from_yaml) in reports.iter().zip(&rows).zip(yaml.as_array().unwrap()) {
        assert_eq!(report["standards"], from_yaml["standards"]);
        for st in report["standards"].as_array().unwrap() {
            let id = st["id"].as_str().unwrap();
            let col = head
                .iter()
                .position(|h| *h == format!("{id}_score"))
                .unwrap();
            assert_eq!(row[col], cell(&st["score"]), "{} {id}", report["file"]);
            compared += 1;
        }
    }
    assert_eq!(compared, FILES * rubric.standards.len());

    // `vet history`: its JSON and its CSV, and both against `vet score`'s.
    let history = |format: &str| {
        Vet::new()
            .args(["history", "--format", format])
            .arg(dir.path())
            .succeeds()
            .stdout()
    };
    let hjson: serde_json::Value = serde_json::from_str(&history("json")).unwrap();
    let (hhead, hrows) = csv_rows(&history("csv"));
    let by_file: std::collections::HashMap<&str, &serde_json::Value> = reports
        .iter()
        .map(|r| (r["file"].as_str().unwrap(), r))
        .collect();
    let assessments = hjson["assessments"].as_array().unwrap();
    assert_eq!(assessments.len(), FILES);
    for (a, row) in assessments.iter().zip(&hrows) {
        let scored = by_file[a["file"].as_str().unwrap()];
        assert_eq!(
            a["standards"].as_array().unwrap().len(),
            rubric.standards.len()
        );
        for (st, sst) in a["standards"]
            .as_array()
            .unwrap()
            .iter()
            .zip(scored["standards"].as_array().unwrap())
        {
            assert_eq!(st["score"], sst["score"], "{}", a["file"]);
            let id = st["id"].as_str().unwrap();
            let col = hhead.iter().position(|h| h == id).unwrap();
            assert_eq!(row[col], cell(&st["score"]), "{} {id}", a["file"]);
        }
    }
}
