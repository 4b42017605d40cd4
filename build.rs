//! Build script: checks the embedded INPUD rubric and stores it pre-parsed as compact JSON in
//! OUT_DIR. A run then reads JSON (about 0.3 ms) instead of parsing 58 KiB of YAML twice (about
//! 4 ms), which was most of a `vet score`'s own time. A rubric that does not validate fails the
//! build, with every problem listed.
//!
//! It reuses the library's own serde model and validator, so the two cannot drift apart.

#[allow(dead_code)]
#[path = "src/locate.rs"]
mod locate;
#[allow(dead_code)]
#[path = "src/rubric/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/rubric/validate.rs"]
mod validate;

use std::path::PathBuf;

/// The rubrics shipped with vet: the current one, then the older major versions kept so that an
/// answers file scores against the version it names.
const SOURCES: [(&str, &str); 2] = [
    ("rubric/inpud-partnership.yaml", "inpud-partnership.json"),
    (
        "rubric/inpud-partnership-1.0.0.yaml",
        "inpud-partnership-1.0.0.json",
    ),
];

fn main() {
    for (source, _) in SOURCES {
        println!("cargo::rerun-if-changed={source}");
    }
    for file in [
        "src/locate.rs",
        "src/rubric/model.rs",
        "src/rubric/validate.rs",
    ] {
        println!("cargo::rerun-if-changed={file}");
    }
    // Each rubric's id and version, so that a run picks the one an answers file names without
    // reading the others.
    let mut heads = String::new();
    for (source, target) in SOURCES {
        let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let rubric: model::Rubric =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
        let problems = rubric.validate(&text);
        assert!(
            problems.is_empty(),
            "{source} does not validate:\n{problems:#?}"
        );
        let json = serde_json::to_string(&rubric).unwrap_or_else(|e| panic!("{source}: {e}"));
        let out = out_dir().join(target);
        std::fs::write(&out, json).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
        heads += &format!("    ({:?}, {:?}),\n", rubric.id, rubric.version);
    }
    let out = out_dir().join("embedded-heads.rs");
    let heads = format!("[\n{heads}]\n");
    std::fs::write(&out, heads).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

fn out_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default())
}
