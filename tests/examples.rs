//! Every answers file under examples/ loads, checks against the embedded rubric and scores, and
//! the four named examples classify as their names say.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use vet::answers::Answers;
use vet::rubric::{Rubric, Verdict};

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

#[test]
fn every_example_loads_checks_and_scores_without_notices() {
    let rubric = Rubric::embedded_1().unwrap();
    let mut files = Vec::new();
    yaml_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"),
        &mut files,
    );
    assert!(files.len() >= 4, "{files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let answers = Answers::parse(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let notices = answers
            .check(&rubric, &text)
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert!(notices.is_empty(), "{}: {notices:?}", path.display());
        let a = vet::score::assess(&rubric, &answers);
        assert_eq!(a.standards.len(), 7);
        let expected = match path.file_stem().unwrap().to_str().unwrap() {
            "good" => Some(Verdict::Good),
            "bad" => Some(Verdict::Bad),
            "ugly" => Some(Verdict::Ugly),
            "inconclusive" => Some(Verdict::Inconclusive),
            _ => None,
        };
        if let Some(v) = expected {
            assert_eq!(a.verdict, v, "{}", path.display());
        }
    }
}

#[test]
fn the_embedded_rubric_is_the_shipped_file_and_validates() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("rubric/inpud-partnership.yaml"),
    )
    .unwrap();
    let rubric = Rubric::parse(&text).unwrap();
    assert_eq!(rubric.validate(&text), vec![]);
    assert_eq!(rubric.languages, ["en", "fr", "es", "ru", "pt"]);
}
