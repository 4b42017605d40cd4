//! Property tests of the loaders and the scorer: valid answers files generated for the embedded
//! rubric read back as written and score without trouble; the same files mutated (bytes, lines,
//! keys, YAML indicators), arbitrary text, and mutated rubrics never make the loaders, the checks
//! or the scorer panic. They run in `cargo test`; fuzz/ drives the same loaders for longer.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::LazyLock;

use proptest::prelude::*;
use vet::answers::{Answer, Answers, Entry, RubricRef, Stage};
use vet::rubric::{EMBEDDED, Rubric};

static RUBRIC: LazyLock<Rubric> = LazyLock::new(|| Rubric::embedded().unwrap());

/// Text that YAML finds hard: quotes, indicators, colons, comments, line breaks, accents, emoji.
fn tricky_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,40}",
        "\\PC{0,30}",
        Just("yes".to_string()),
        Just("no".to_string()),
        Just("n/a".to_string()),
        Just("- item".to_string()),
        Just("key: value # comment".to_string()),
        Just("*alias &anchor !!tag %directive".to_string()),
        Just("line one\nline two\n\ttabbed".to_string()),
        Just("\"quoted\" and 'single'".to_string()),
        Just("Transferts toujours à temps — 100 % ✓ 🙂".to_string()),
        Just("---".to_string()),
        Just("".to_string()),
    ]
}

/// A valid answers file for the embedded rubric: a stage, answers to some of the questions asked
/// at that stage, notes and evidence with hard text.
fn answers() -> impl Strategy<Value = Answers> {
    let questions = RUBRIC.questions.len();
    (
        prop_oneof![Just(Stage::Before), Just(Stage::Ongoing)],
        tricky_text().prop_filter("a partner has a name", |p| !p.trim().is_empty()),
        proptest::option::of(tricky_text()),
        (1990i16..2100, 1i8..=12, 1i8..=28),
        proptest::collection::vec(
            (
                0..questions,
                proptest::sample::select(Answer::ALL.to_vec()),
                proptest::option::of(tricky_text()),
                proptest::collection::vec(tricky_text(), 0..3),
            ),
            0..questions,
        ),
    )
        .prop_map(|(stage, partner, assessor, (y, m, d), picks)| {
            let mut answers = indexmap::IndexMap::new();
            for (i, answer, note, evidence) in picks {
                let q = &RUBRIC.questions[i];
                if stage.includes(q.stage) {
                    answers.insert(
                        q.id.clone(),
                        Entry {
                            answer,
                            note,
                            evidence,
                        },
                    );
                }
            }
            Answers {
                rubric: RubricRef {
                    id: RUBRIC.id.clone(),
                    version: RUBRIC.version.clone(),
                },
                partner,
                date: jiff::civil::date(y, m, d),
                stage,
                assessor,
                answers,
                notes: Default::default(),
            }
        })
}

/// One change to a text, as a hand edit, a script or a damaged attachment could make.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the byte at this share of the text.
    Byte(f64, u8),
    /// Insert text at this share.
    Insert(f64, String),
    /// Remove up to this many bytes at this share.
    Remove(f64, usize),
    /// Remove the line at this share.
    DropLine(f64),
    /// Copy the line at this share below itself.
    DuplicateLine(f64),
    /// Swap two lines.
    SwapLines(f64, f64),
    /// Replace the key of the line at this share.
    RenameKey(f64, String),
    /// Cut the text at this share.
    Truncate(f64),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0f64;
    let indicator = prop_oneof![
        Just("&a ".to_string()),
        Just("*a".to_string()),
        Just("[".to_string()),
        Just("{".to_string()),
        Just("]".to_string()),
        Just(": ".to_string()),
        Just("- ".to_string()),
        Just("? ".to_string()),
        Just("!!binary ".to_string()),
        Just("|\n".to_string()),
        Just(">-\n".to_string()),
        Just("\n---\n".to_string()),
        Just("%YAML 1.1\n".to_string()),
        Just("\t".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("#".to_string()),
        Just("\u{feff}".to_string()),
        Just("\0".to_string()),
        "\\PC{1,8}",
    ];
    prop_oneof![
        (at.clone(), any::<u8>()).prop_map(|(p, b)| Mutation::Byte(p, b)),
        (at.clone(), indicator).prop_map(|(p, s)| Mutation::Insert(p, s)),
        (at.clone(), 1usize..64).prop_map(|(p, n)| Mutation::Remove(p, n)),
        at.clone().prop_map(Mutation::DropLine),
        at.clone().prop_map(Mutation::DuplicateLine),
        (at.clone(), at.clone()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        (at.clone(), "[a-z_-]{0,12}|\\PC{0,6}").prop_map(|(p, k)| Mutation::RenameKey(p, k)),
        at.prop_map(Mutation::Truncate),
    ]
}

fn index(share: f64, len: usize) -> usize {
    ((share * len as f64) as usize).min(len)
}

/// Applies `m` to `text`; bytes that are no longer UTF-8 become U+FFFD, as the loaders only ever
/// see checked text (fsio refuses the rest with its place).
fn mutate(text: &str, m: &Mutation) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let line_at = |share: f64, n: usize| index(share, n.saturating_sub(1));
    match m {
        Mutation::Byte(p, b) if !bytes.is_empty() => {
            let i = index(*p, bytes.len() - 1);
            bytes[i] = *b;
        }
        Mutation::Insert(p, s) => {
            let i = index(*p, bytes.len());
            bytes.splice(i..i, s.bytes());
        }
        Mutation::Remove(p, n) => {
            let i = index(*p, bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::Truncate(p) => bytes.truncate(index(*p, bytes.len())),
        Mutation::DropLine(p) if !lines.is_empty() => {
            lines.remove(line_at(*p, lines.len()));
            return lines.join("\n");
        }
        Mutation::DuplicateLine(p) if !lines.is_empty() => {
            let i = line_at(*p, lines.len());
            lines.insert(i, lines[i].clone());
            return lines.join("\n");
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => {
            let (i, j) = (line_at(*a, lines.len()), line_at(*b, lines.len()));
            lines.swap(i, j);
            return lines.join("\n");
        }
        Mutation::RenameKey(p, key) if !lines.is_empty() => {
            let i = line_at(*p, lines.len());
            let line = &lines[i];
            if let Some(colon) = line.find(':') {
                let indent = line.len() - line.trim_start().len();
                lines[i] = format!("{}{key}{}", &line[..indent], &line[colon..]);
            }
            return lines.join("\n");
        }
        _ => {}
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Everything `vet score` does with a text, minus the file and the terminal.
fn load_and_score(text: &str) {
    if let Ok(answers) = Answers::parse(text) {
        let _ = answers.check(&RUBRIC, text);
        // The shell scores only checked files, but the scorer must not depend on it.
        let assessment = vet::score::assess(&RUBRIC, &answers);
        assert!((0.0..=1.0).contains(&assessment.coverage));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_answers_read_back_as_written_and_score(answers in answers()) {
        let text = answers.to_yaml();
        let read = Answers::parse(&text).unwrap();
        prop_assert_eq!(&read, &answers);
        prop_assert!(read.check(&RUBRIC, &text).is_ok());
        let assessment = vet::score::assess(&RUBRIC, &read);
        prop_assert!((0.0..=1.0).contains(&assessment.coverage));
        prop_assert_eq!(assessment.standards.len(), RUBRIC.standards.len());
    }

    #[test]
    fn mutated_answers_never_panic(
        answers in answers(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut text = answers.to_yaml();
        for m in &mutations {
            text = mutate(&text, m);
        }
        load_and_score(&text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}|[-:\\[\\]{}&*!|>'\"#%@` \n\ta-z0-9]{0,400}") {
        load_and_score(&text);
        if let Ok(rubric) = Rubric::parse(&text) {
            let _ = rubric.validate(&text);
        }
    }
}

proptest! {
    // A rubric is 58 KiB of YAML: fewer cases, each parsing it in full.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn mutated_rubrics_never_panic(
        mutations in proptest::collection::vec(mutation(), 1..4),
        answers in answers(),
    ) {
        let mut text = EMBEDDED.to_string();
        for m in &mutations {
            text = mutate(&text, m);
        }
        if let Ok(rubric) = Rubric::parse(&text) {
            let problems = rubric.validate(&text);
            // Scoring only happens with a valid rubric; still, it must not panic on one that parsed.
            let assessment = vet::score::assess(&rubric, &answers);
            if problems.is_empty() {
                prop_assert_eq!(assessment.standards.len(), rubric.standards.len());
            }
        }
    }
}
