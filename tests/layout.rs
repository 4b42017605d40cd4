//! The code's shape, checked so that it stays the one ARCHITECTURE.md describes: a pure core, a
//! shell layered by stage with nothing climbing back up, every file small enough to read in one
//! sitting and opening with what it owns.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may use its own layer's modules only in the core (layer 0);
/// above it, only lower layers. A new module goes into this table, and into ARCHITECTURE.md.
const LAYERS: &[&[&str]] = &[
    // The pure core: values in, values out.
    &[
        "answers", "diff", "guard", "history", "locate", "migrate", "panel", "rubric", "score",
        "scored", "survey", "testing", "text", "yaml",
    ],
    // What every part of the shell stands on: the interface strings, files, the arguments.
    &["cli", "fsio", "i18n"],
    // Every problem and notice worded.
    &["diagnostic"],
    // Files to values; values to documents and formats.
    &["export", "load"],
    // Standard output, colour and width, reports written with --output.
    &["output"],
    // The guided interview.
    &["interview"],
    // The commands.
    &["app"],
];

/// Longest a source file may be, tests apart (a `tests.rs` beside the code).
const MAX_LINES: usize = 500;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, with its path relative to `src/`.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&src(), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(src()).unwrap().display().to_string();
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The top-level module a file belongs to: `app` for `app/score.rs`, `score` for `score.rs`.
fn module_of(rel: &str) -> &str {
    let first = rel.split('/').next().unwrap();
    first.strip_suffix(".rs").unwrap_or(first)
}

fn is_test_file(rel: &str) -> bool {
    rel.ends_with("/tests.rs") || rel.contains("/tests/")
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top-level modules a file's code names through `crate::` (comments apart), grouped imports
/// (`use crate::{a::X, b::Y}`) included.
fn uses(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut add = |name: String| {
        if !name.is_empty() && !found.contains(&name) {
            found.push(name);
        }
    };
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    // Whole text, comments removed line by line, so that a group may span lines.
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The first segment of each item of the group, at its top level.
            let (mut depth, mut item_start) = (0, 0);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        add(ident(&group[item_start..i]));
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        add(ident(&group[item_start..i]));
                        item_start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            add(ident(rest));
        }
    }
    found
}

#[test]
fn no_source_file_is_longer_than_500_lines_tests_apart() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|(rel, _)| !is_test_file(rel))
        .filter(|(_, text)| text.lines().count() > MAX_LINES)
        .map(|(rel, text)| format!("src/{rel}: {} lines", text.lines().count()))
        .collect();
    assert!(
        long.is_empty(),
        "split these by job (tests may move to a tests.rs beside them):\n{}",
        long.join("\n")
    );
}

#[test]
fn every_source_file_opens_with_what_it_owns() {
    let bare: Vec<String> = sources()
        .iter()
        .filter(|(rel, _)| !is_test_file(rel))
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(rel, _)| format!("src/{rel}"))
        .collect();
    assert!(bare.is_empty(), "no //! module doc:\n{}", bare.join("\n"));
}

#[test]
fn every_module_has_a_layer() {
    let mut missing: Vec<String> = sources()
        .iter()
        .map(|(rel, _)| module_of(rel).to_string())
        .filter(|m| m != "lib" && m != "main")
        .filter(|m| layer_of(m).is_none())
        .collect();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "put these modules in a layer of tests/layout.rs and ARCHITECTURE.md: {missing:?}"
    );
}

#[test]
fn nothing_climbs_back_up_the_layers() {
    // module -> (used module, file) pairs that break the order.
    let mut wrong: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (rel, text) in sources() {
        let module = module_of(&rel);
        let Some(layer) = layer_of(module) else {
            continue;
        };
        for used in uses(&text) {
            let Some(used_layer) = layer_of(&used) else {
                continue;
            };
            let allowed = used == module || used_layer < layer || (layer == 0 && used_layer == 0);
            if !allowed {
                wrong.entry(format!("src/{rel}")).or_default().push(format!(
                    "crate::{used} (layer {used_layer}, its own is {layer})"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:#?}");
}

#[test]
fn a_document_model_names_no_renderer() {
    // export/model/ says what a report says; the renderers (table, markdown, html, json, csv,
    // score) lay it out. A model that called a renderer would tie every format to one.
    let renderers = ["table", "markdown", "html", "json", "csv", "score"];
    let mut found = Vec::new();
    for (rel, text) in sources() {
        // Its tests may render it to check what a model says.
        if !rel.starts_with("export/model/") || is_test_file(&rel) {
            continue;
        }
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for r in renderers {
                if line.contains(&format!("export::{r}")) || line.contains(&format!("super::{r}")) {
                    found.push(format!("src/{rel}: {}", line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "a model naming a renderer: {found:#?}");
}

#[test]
fn the_core_touches_no_file_terminal_environment_or_clock() {
    let shell_only = [
        "std::fs",
        "std::env",
        "std::io::stdin",
        "std::io::stdout",
        "std::io::stderr",
        "println!",
        "eprintln!",
        "std::net",
        "std::process",
        "std::thread",
        "SystemTime",
        "Instant::now",
        "Zoned::now",
        "Timestamp::now",
    ];
    let mut found = Vec::new();
    for (rel, text) in sources() {
        if layer_of(module_of(&rel)) != Some(0) || is_test_file(&rel) || rel == "testing.rs" {
            continue;
        }
        // The unit tests at the end of a core file may read fixtures.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for word in shell_only {
            if code
                .lines()
                .any(|l| !l.trim_start().starts_with("//") && l.contains(word))
            {
                found.push(format!("src/{rel}: {word}"));
            }
        }
    }
    assert!(found.is_empty(), "the core must stay pure: {found:#?}");
}

#[test]
fn the_files_build_rs_compiles_import_nothing_else_of_the_crate() {
    // build.rs includes these by #[path] to validate and precompile the embedded rubrics; there
    // they are crate-root modules, so only what build.rs also declares can be named.
    let build =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("build.rs")).unwrap();
    let included: Vec<&str> = build
        .lines()
        .filter_map(|l| l.trim().strip_prefix("#[path = \"src/"))
        .filter_map(|l| l.strip_suffix("\"]"))
        .collect();
    assert!(!included.is_empty(), "build.rs includes no source file?");
    let declared: Vec<String> = included
        .iter()
        .map(|p| {
            let name = p.rsplit('/').next().unwrap();
            name.strip_suffix(".rs").unwrap_or(name).to_string()
        })
        .collect();
    // The files those include by #[path] in turn (validate.rs's validate/*.rs).
    let mut all: Vec<String> = included.iter().map(|s| s.to_string()).collect();
    for rel in &included {
        let text = std::fs::read_to_string(src().join(rel)).unwrap();
        let dir = Path::new(rel).parent().unwrap();
        for nested in text
            .lines()
            .filter_map(|l| l.trim().strip_prefix("#[path = \""))
            .filter_map(|l| l.strip_suffix("\"]"))
        {
            all.push(dir.join(nested).display().to_string());
        }
    }
    assert!(
        all.len() > included.len(),
        "validate.rs's own files were not found"
    );
    for rel in &all {
        let text = std::fs::read_to_string(src().join(rel)).unwrap();
        assert!(
            text.contains("build.rs"),
            "src/{rel} should say in its module doc that build.rs compiles it"
        );
        for used in uses(&text) {
            assert!(
                declared.contains(&used),
                "src/{rel} names crate::{used}, which build.rs does not have"
            );
        }
    }
}

#[test]
fn architecture_md_lists_every_source_file_and_no_other() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
            .unwrap();
    let listed: Vec<String> = doc
        .lines()
        .filter_map(|l| l.strip_prefix("src/"))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();
    let real: Vec<String> = sources()
        .into_iter()
        .map(|(rel, _)| rel)
        .filter(|rel| !is_test_file(rel))
        .collect();
    let missing: Vec<&String> = real.iter().filter(|r| !listed.contains(r)).collect();
    let gone: Vec<&String> = listed.iter().filter(|l| !real.contains(l)).collect();
    assert!(
        missing.is_empty() && gone.is_empty(),
        "ARCHITECTURE.md's tree: add {missing:?}, remove {gone:?}"
    );
}
