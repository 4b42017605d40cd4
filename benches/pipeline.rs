//! Benchmarks of each step a `vet score` run takes, in process (divan): loading the embedded
//! rubric, reading the interface strings, parsing and checking an answers file, scoring, and
//! rendering each output format. `cargo bench` runs them; BENCHMARKS.md records the figures and
//! bench/cli.sh measures whole runs of the binary.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use divan::{Bencher, black_box};
use vet::answers::Answers;
use vet::export::{self, style::Style, words::Words};
use vet::i18n::{L10n, Lang};
use vet::rubric::Rubric;
use vet::scored::Scored;

fn main() {
    divan::main();
}

const GOOD: &str = include_str!("../examples/good.yaml");

fn rubric() -> Rubric {
    Rubric::embedded().unwrap()
}

#[divan::bench]
fn load_embedded_rubric() -> Rubric {
    rubric()
}

#[divan::bench]
fn parse_rubric_yaml() -> Rubric {
    Rubric::parse(black_box(vet::rubric::EMBEDDED)).unwrap()
}

/// The strings of a score table's frame: each message is parsed when first shown, so this is what
/// a run pays for its interface strings, not `L10n::new` alone.
#[divan::bench(args = [Lang::En, Lang::Fr])]
fn interface_strings(lang: Lang) -> Vec<String> {
    let l10n = L10n::new(lang);
    [
        "col-standard",
        "col-score",
        "col-status",
        "col-answered",
        "col-warnings",
        "verdict-good",
        "verdict-bad",
        "label-error",
    ]
    .map(|id| l10n.tr(id))
    .to_vec()
}

#[divan::bench]
fn parse_answers() -> Answers {
    Answers::parse(black_box(GOOD)).unwrap()
}

#[divan::bench]
fn check_answers(bencher: Bencher) {
    let rubric = rubric();
    let answers = Answers::parse(GOOD).unwrap();
    bencher.bench_local(|| answers.check(black_box(&rubric), GOOD).unwrap());
}

#[divan::bench]
fn score(bencher: Bencher) {
    let rubric = rubric();
    let answers = Answers::parse(GOOD).unwrap();
    bencher.bench_local(|| vet::score::assess(black_box(&rubric), black_box(&answers)));
}

/// What the interview does after every answer (the verdict so far, whether it is firm, the
/// decisive questions): scoring the 52 questions asked before signing with `answered` of them
/// answered, the rest open. With everything open, every open question is tried both ways.
#[divan::bench(args = [0, 26, 51])]
fn score_as_the_interview_goes(bencher: Bencher, answered: usize) {
    let rubric = rubric();
    let mut answers = Answers::parse(GOOD).unwrap();
    answers.stage = vet::answers::Stage::Before;
    answers.answers.clear();
    answers.notes.clear();
    let asked: Vec<_> = rubric
        .questions
        .iter()
        .filter(|q| answers.stage.includes(q.stage))
        .collect();
    assert_eq!(asked.len(), 52);
    for q in asked.iter().take(answered) {
        let answer = vet::score::favourable(q);
        answers.answers.insert(
            q.id.clone(),
            vet::answers::Entry {
                answer,
                note: None,
                evidence: vec![],
            },
        );
    }
    bencher.bench_local(|| vet::score::assess(black_box(&rubric), black_box(&answers)));
}

/// The worst case at a larger size: all 66 questions of the rubric asked (each made `both`),
/// none answered.
#[divan::bench]
fn score_as_the_interview_goes_66_open(bencher: Bencher) {
    let mut rubric = rubric();
    for q in &mut rubric.questions {
        q.stage = vet::rubric::QuestionStage::Both;
    }
    let mut answers = Answers::parse(GOOD).unwrap();
    answers.answers.clear();
    answers.notes.clear();
    let scored = vet::score::assess(&rubric, &answers);
    assert_eq!(scored.questions_total, 66);
    bencher.bench_local(|| vet::score::assess(black_box(&rubric), black_box(&answers)));
}

#[divan::bench(args = ["table", "json", "yaml", "markdown", "html", "csv"])]
fn render(bencher: Bencher, format: &str) {
    let rubric = rubric();
    let l10n = L10n::new(Lang::En);
    let words = Words::new(&rubric, &l10n);
    let answers = Answers::parse(GOOD).unwrap();
    let scored = [Scored::new(&rubric, "examples/good.yaml", &answers)];
    let style = Style {
        color: false,
        width: 100,
    };
    bencher.bench_local(|| match format {
        "table" => export::table::score::render(&scored[0], &words, style),
        "json" => export::json::reports(&scored),
        "yaml" => export::json::reports_yaml(&scored),
        "html" => export::html::render(
            &[export::model::score::Document::new(&scored[0], &words)],
            &l10n,
        ),
        "csv" => export::csv::render(&rubric, &scored),
        _ => export::markdown::render(&scored[0], &words),
    });
}
