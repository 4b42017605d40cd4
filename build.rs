//! Build script: checks the embedded INPUD rubric and stores it pre-parsed as compact JSON in
//! OUT_DIR. A run then reads JSON (about 0.3 ms) instead of parsing 58 KiB of YAML twice (about
//! 4 ms), which was most of a `vet score`'s own time. A rubric that does not validate fails the
//! build, with every problem listed.
//!
//! It reuses the library's own serde model and validator, so the two cannot drift apart.
//!
//! It also indexes the messages of each interface locale (see `index_locales`).

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
        "src/rubric/validate/items.rs",
        "src/rubric/validate/migration.rs",
        "src/rubric/validate/problem.rs",
    ] {
        println!("cargo::rerun-if-changed={file}");
    }
    // Each rubric's id and version, so that a run picks the one an answers file names without
    // reading the others.
    let mut heads = String::new();
    // And each rubric once per interface language, with only the texts that language shows: the
    // current rubric carries five languages, and reading all of them was most of a run's time.
    let mut variants = String::new();
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
        std::fs::write(&out, &json).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
        heads += &format!("    ({:?}, {:?}),\n", rubric.id, rubric.version);
        variants += "    [\n";
        // A copy identical to one already written (rubric 1.0.0 is the same in every language it
        // lacks, and whole in French) is included once: the binary carries each text once.
        let mut written: Vec<(String, PathBuf)> = vec![(json, out)];
        for lang in LOCALES {
            let mut one = rubric.clone();
            keep_languages(&mut one, lang);
            let json = serde_json::to_string(&one).unwrap_or_else(|e| panic!("{source}: {e}"));
            let out = match written.iter().find(|(w, _)| *w == json) {
                Some((_, same)) => same.clone(),
                None => {
                    let out = out_dir().join(target.replace(".json", &format!(".{lang}.json")));
                    std::fs::write(&out, &json)
                        .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
                    written.push((json, out.clone()));
                    out
                }
            };
            variants += &format!("        include_str!({:?}),\n", out.display().to_string());
        }
        variants += "    ],\n";
    }
    let out = out_dir().join("embedded-heads.rs");
    let heads = format!("[\n{heads}]\n");
    std::fs::write(&out, heads).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    let out = out_dir().join("embedded-variants.rs");
    let variants = format!("[\n{variants}]\n");
    std::fs::write(&out, variants).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    index_locales();
}

/// Keeps in every text of `rubric` only what a run in the interface language `lang` can show: the
/// rubric's language for `lang` (`lang` itself, else the first), the first (the fallback) and
/// English. The rubric's list of languages is kept whole.
fn keep_languages(rubric: &mut model::Rubric, lang: &str) {
    let first = rubric.languages.first().cloned().unwrap_or_default();
    let shown = match rubric.languages.iter().any(|l| l == lang) {
        true => lang.to_string(),
        false => first.clone(),
    };
    let keep = |text: &mut model::Text| text.retain(|l, _| *l == shown || *l == first || l == "en");
    let items = |items: &mut Vec<model::Item>| {
        for item in items {
            keep(&mut item.name);
            keep(&mut item.text);
        }
    };
    let r = rubric;
    keep(&mut r.title);
    items(&mut r.notes);
    items(&mut r.principles);
    items(&mut r.criteria);
    items(&mut r.transparent_process);
    for s in &mut r.standards {
        keep(&mut s.name);
        keep(&mut s.text);
        keep(&mut s.negotiate);
    }
    keep(&mut r.compliance.text);
    items(&mut r.compliance.aspects);
    items(&mut r.good_signs);
    items(&mut r.bad_signs);
    for f in &mut r.red_flags {
        keep(&mut f.name);
        keep(&mut f.text);
        keep(&mut f.negotiate);
        if let Some(t) = &mut f.judgement {
            keep(t);
        }
    }
    items(&mut r.community_led_test);
    keep(&mut r.refusal_rule.name);
    keep(&mut r.refusal_rule.text);
    for q in &mut r.questions {
        keep(&mut q.text);
        for t in [&mut q.help, &mut q.negotiate].into_iter().flatten() {
            keep(t);
        }
    }
    for rule in &mut r.scoring.rules {
        if let Some(t) = &mut rule.why {
            keep(t);
        }
    }
    keep(&mut r.scoring.rationale);
    for m in &mut r.migrations {
        for removed in &mut m.removed {
            keep(&mut removed.why);
        }
    }
    if let Some(panel) = &mut r.panel {
        keep(&mut panel.rationale);
    }
}

/// The interface languages, in the order of `i18n::Lang::ALL`.
const LOCALES: [&str; 5] = ["en", "fr", "es", "ru", "pt"];

/// Writes where each message of each locale starts, how long its id is and where it ends in its
/// Fluent source, sorted by id, so that a run parses only the messages it shows (a few dozen of
/// 600) instead of the whole file.
///
/// A message starts on a line that begins with a letter and runs until the next line that begins
/// with a letter, `-` (a term) or `#` (a comment); the lines between are its pattern, variants and
/// attributes, which Fluent indents (or are a placeable's closing `}`). A test in i18n.rs checks
/// that every message read alone is the message read with its whole file.
fn index_locales() {
    let mut index = String::from("[\n");
    for lang in LOCALES {
        let source = format!("locales/{lang}/vet.ftl");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let mut messages: Vec<(&str, usize, usize)> = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let first = line.bytes().next().unwrap_or(b' ');
            if first.is_ascii_alphabetic() || first == b'-' || first == b'#' {
                if let Some(last) = messages.last_mut().filter(|m| m.2 == usize::MAX) {
                    last.2 = at;
                }
                if first.is_ascii_alphabetic() {
                    let id = line.split(['=', ' ']).next().unwrap_or("").trim_end();
                    messages.push((id, at, usize::MAX));
                }
            }
            at += line.len();
        }
        if let Some(last) = messages.last_mut().filter(|m| m.2 == usize::MAX) {
            last.2 = text.len();
        }
        messages.sort();
        // Offsets only: a table of string slices would cost the dynamic loader a relocation for
        // each of the 3,000 messages on every run, `vet --version` included.
        index += "    &[\n";
        for (id, start, end) in messages {
            index += &format!("        ({start}, {}, {end}), // {id}\n", id.len());
        }
        index += "    ],\n";
    }
    index += "]\n";
    let out = out_dir().join("locale-index.rs");
    std::fs::write(&out, index).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}

fn out_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default())
}
