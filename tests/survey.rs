//! Survey interop end to end: `vet export xlsform` converted by pyxform (the converter KoboToolbox
//! and ODK Central run on upload), and submissions in each export shape imported by `vet import`
//! and scored exactly as the same answers written by hand.
//!
//! Everything is derived from the loaded rubric (`vet rubric show --format json`), never from
//! question ids written here, so the tests hold for any valid rubric.
//!
//! The conversion tests need pyxform, so they are `#[ignore]`d: a plain `cargo test` reports them
//! as ignored, with the reason, never as passed. `cargo test -- --include-ignored` runs them, as
//! `.ci/run` does after installing pyxform; run that way without pyxform, they fail.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Vet, fixture};
use serde_json::Value;

/// The choice names of the answer scale, and the answers file tokens they stand for.
const CHOICES: [(&str, &str); 6] = [
    ("yes", "yes"),
    ("partly", "partly"),
    ("no", "no"),
    ("dont_know", "dont-know"),
    ("refused", "refused"),
    ("not_applicable", "n/a"),
];

fn rubric_json(extra: &[&str]) -> Value {
    Vet::new()
        .args(extra)
        .args(["rubric", "show", "--format", "json"])
        .succeeds()
        .json()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

/// A question as the form places it: its group and id, and its stage.
#[derive(Debug, Clone)]
struct Placed {
    group: String,
    id: String,
    stage: String,
    has_help: bool,
}

/// The questions of `rubric` at `stage` (`both`: all), each in the group docs/survey.md says:
/// its first standard's, else `red_flags`, else `other_questions`; groups in the order of the
/// standards.
fn placed(rubric: &Value, stage: &str) -> Vec<Placed> {
    let mut groups: Vec<String> = rubric["standards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    groups.push("red_flags".into());
    groups.push("other_questions".into());
    let mut out: Vec<Placed> = rubric["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| stage == "both" || q["stage"] == "both" || q["stage"] == stage)
        .map(|q| {
            let standards = strs(&q["evidences"]["standards"]);
            let group = match standards.first() {
                Some(s) => s.clone(),
                None if !strs(&q["evidences"]["red_flags"]).is_empty() => "red_flags".into(),
                None => "other_questions".into(),
            };
            Placed {
                group,
                id: q["id"].as_str().unwrap().to_string(),
                stage: q["stage"].as_str().unwrap().to_string(),
                has_help: !q["help"].is_null(),
            }
        })
        .collect();
    out.sort_by_key(|p| groups.iter().position(|g| *g == p.group));
    out
}

/// The command that runs pyxform; a test that runs without pyxform fails, saying how to install it.
#[track_caller]
fn pyxform(test: &str) -> Command {
    let ok = Command::new("python3")
        .args(["-c", "import pyxform"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        let mut cmd = Command::new("python3");
        cmd.args(["-m", "pyxform.xls2xform", "--json"]);
        // ODK Validate (JavaRosa, bundled with pyxform) runs when Java is there, as on ODK
        // Central; without it, pyxform's own checks only.
        let java = Command::new("java")
            .arg("-version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !java {
            cmd.arg("--skip_validate");
            let _ = writeln!(
                std::io::stderr(),
                "NOTE {test}: java not found; pyxform runs without ODK Validate"
            );
        }
        return cmd;
    }
    panic!("{test}: pyxform is missing: `python3 -m pip install pyxform` (.ci/run installs it)");
}

/// Converts `xlsx` with pyxform and returns the XForm's text; fails on any error or warning.
fn convert(mut cmd: Command, xlsx: &Path) -> String {
    let xml = xlsx.with_extension("xml");
    let out = cmd.arg(xlsx).arg(&xml).output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    let report: Value = text
        .lines()
        .find_map(|l| serde_json::from_str(l.trim()).ok())
        .unwrap_or_else(|| panic!("no JSON report from pyxform:\n{text}"));
    assert_eq!(report["code"], 100, "{}: {report}", xlsx.display());
    assert_eq!(report["warnings"], Value::Array(vec![]), "{report}");
    std::fs::read_to_string(&xml).unwrap()
}

/// The paths of the instance's leaves, from the root (`partner`, `group/question`), without
/// pyxform's `meta`.
fn instance_paths(doc: &roxmltree::Document) -> Vec<String> {
    fn walk(node: roxmltree::Node, prefix: &str, out: &mut Vec<String>) {
        for child in node.children().filter(roxmltree::Node::is_element) {
            let name = child.tag_name().name();
            let path = if prefix.is_empty() {
                name.to_string()
            } else {
                format!("{prefix}/{name}")
            };
            if child.children().any(|c| c.is_element()) {
                if name != "meta" {
                    walk(child, &path, out);
                }
            } else {
                out.push(path);
            }
        }
    }
    let instance = doc
        .descendants()
        .find(|n| n.has_tag_name("instance") && n.attribute("id").is_none())
        .unwrap();
    let root = instance.children().find(|n| n.is_element()).unwrap();
    let mut out = Vec::new();
    walk(root, "", &mut out);
    out
}

/// The fields the form has, as paths, for a form of `stage`.
fn expected_paths(questions: &[Placed]) -> Vec<String> {
    let mut out: Vec<String> = [
        "start",
        "end",
        "rubric_id",
        "rubric_version",
        "partner",
        "stage",
        "role",
    ]
    .map(String::from)
    .to_vec();
    for q in questions {
        out.push(format!("{}/{}", q.group, q.id));
        out.push(format!("{}/{}_note", q.group, q.id));
    }
    out
}

#[test]
#[ignore = "needs python3 with pyxform; run with `cargo test -- --include-ignored`, as CI does"]
fn pyxform_converts_the_form_for_each_stage_and_language_with_every_question_and_translation() {
    let test = "pyxform_converts_the_form";
    drop(pyxform(test));
    let rubric = rubric_json(&[]);
    let langs = strs(&rubric["languages"]);
    let dir = tempfile::tempdir().unwrap();
    for stage in ["before", "ongoing", "both"] {
        let questions = placed(&rubric, stage);
        for lang in &langs {
            let xlsx = dir.path().join(format!("form-{stage}-{lang}.xlsx"));
            Vet::new()
                .args(["--lang", lang, "export", "xlsform", "--stage", stage, "-o"])
                .arg(&xlsx)
                .succeeds();
            let text = convert(pyxform(test), &xlsx);
            let doc = roxmltree::Document::parse(&text).unwrap();
            assert_eq!(
                instance_paths(&doc),
                expected_paths(&questions),
                "{stage} {lang}"
            );
            let data = doc
                .descendants()
                .find(|n| n.has_tag_name("data") && n.attribute("version").is_some())
                .unwrap();
            assert_eq!(data.attribute("version"), rubric["version"].as_str());
            let id = rubric["id"].as_str().unwrap();
            let form_id = if stage == "both" {
                id.to_string()
            } else {
                format!("{id}-{stage}")
            };
            assert_eq!(data.attribute("id"), Some(form_id.as_str()));
            // Every language, the chosen one by default, with a label for every question and a
            // hint for every question that has help.
            let translations: Vec<roxmltree::Node> = doc
                .descendants()
                .filter(|n| n.has_tag_name("translation"))
                .collect();
            assert_eq!(translations.len(), langs.len(), "{stage} {lang}");
            for l in &langs {
                let t = translations
                    .iter()
                    .find(|t| {
                        t.attribute("lang")
                            .is_some_and(|v| v.ends_with(&format!("({l})")))
                    })
                    .unwrap_or_else(|| panic!("no translation for {l}"));
                assert_eq!(t.attribute("default") == Some("true()"), l == lang, "{l}");
                let text_of = |id: &str| {
                    t.descendants()
                        .find(|n| n.has_tag_name("text") && n.attribute("id") == Some(id))
                        .and_then(|n| n.descendants().find(|v| v.has_tag_name("value")))
                        .and_then(|v| v.text())
                        .map(str::to_string)
                };
                for q in &questions {
                    let path = format!("/data/{}/{}", q.group, q.id);
                    let label = text_of(&format!("{path}:label"));
                    assert!(label.is_some_and(|s| !s.trim().is_empty()), "{path} in {l}");
                    if q.has_help {
                        assert!(
                            text_of(&format!("{path}:hint")).is_some(),
                            "{path} hint in {l}"
                        );
                    }
                }
            }
            // Questions of one stage are shown at that stage only, in a form that asks both.
            let relevant_on = |id: &str| {
                doc.descendants()
                    .find(|n| {
                        n.has_tag_name("bind")
                            && n.attribute("nodeset")
                                .is_some_and(|s| s.ends_with(&format!("/{id}")))
                    })
                    .and_then(|n| n.attribute("relevant"))
                    .map(str::to_string)
            };
            for q in &questions {
                let relevant = relevant_on(&q.id);
                if stage == "both" && q.stage != "both" {
                    assert!(
                        relevant.unwrap().contains(&format!("'{}'", q.stage)),
                        "{}",
                        q.id
                    );
                } else {
                    assert_eq!(relevant, None, "{}", q.id);
                }
            }
        }
    }
}

#[test]
#[ignore = "needs python3 with pyxform; run with `cargo test -- --include-ignored`, as CI does"]
fn pyxform_converts_the_form_of_another_rubric_too() {
    let test = "pyxform_converts_the_form_of_another_rubric_too";
    let cmd = pyxform(test);
    let rubric = rubric_json(&["--rubric", fixture("mini-rubric.yaml").to_str().unwrap()]);
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("mini.xlsx");
    Vet::new()
        .mini_rubric()
        .args(["export", "xlsform", "-o"])
        .arg(&xlsx)
        .succeeds()
        .stdout_has("mini");
    let text = convert(cmd, &xlsx);
    let doc = roxmltree::Document::parse(&text).unwrap();
    assert_eq!(
        instance_paths(&doc),
        expected_paths(&placed(&rubric, "both"))
    );
}

// ---------------------------------------------------------------------------------------------
// Round trip: submissions in each export shape, imported, scored as the same file written by hand.

/// One submission as a phone would send it.
#[derive(Debug, Clone)]
struct Submission {
    partner: String,
    stage: &'static str,
    role: Option<String>,
    uuid: String,
    /// (group, question id, choice name, note); questions left blank are not here.
    answers: Vec<(String, String, &'static str, Option<String>)>,
    rubric_version: String,
}

/// Two submissions, one per stage, that give every answer of the scale, with notes that hold
/// separators, quotes, line breaks and accents, and some questions left blank.
fn submissions(rubric: &Value) -> Vec<Submission> {
    let version = rubric["version"].as_str().unwrap().to_string();
    let make =
        |partner: &str, stage: &'static str, role: Option<&str>, uuid: &str, offset: usize| {
            let answers = placed(rubric, stage)
                .into_iter()
                .enumerate()
                .filter(|(i, _)| i % 7 != 6)
                .map(|(i, q)| {
                    let note = (i % 3 == 0).then(|| format!("seen; \"minutes\", p. {i}\nà revoir"));
                    (q.group, q.id, CHOICES[(i + offset) % CHOICES.len()].0, note)
                })
                .collect();
            Submission {
                partner: partner.into(),
                stage,
                role: role.map(String::from),
                uuid: uuid.into(),
                answers,
                rubric_version: version.clone(),
            }
        };
    let subs = vec![
        make(
            "Réseau \"Éveil\"; Nord, Sud",
            "before",
            Some("coordinator"),
            "0a1b2c3d-0000-4000-8000-000000000001",
            0,
        ),
        make(
            "Harm Reduction Fund",
            "ongoing",
            None,
            "9f8e7d6c-0000-4000-8000-000000000002",
            3,
        ),
    ];
    // Every answer of the scale is given.
    for (choice, _) in CHOICES {
        assert!(
            subs.iter()
                .flat_map(|s| &s.answers)
                .any(|(_, _, c, _)| *c == choice),
            "{choice}"
        );
    }
    subs
}

/// What a form field holds for a submission, by its group (none at the root) and name.
fn value(s: &Submission, rubric_id: &str, group: Option<&str>, name: &str) -> String {
    match (group, name) {
        (None, "start") => "2026-03-14T09:30:00.000+01:00".into(),
        (None, "end") => "2026-03-14T10:45:12.345+01:00".into(),
        (None, "rubric_id") => rubric_id.into(),
        (None, "rubric_version") => s.rubric_version.clone(),
        (None, "partner") => s.partner.clone(),
        (None, "stage") => s.stage.into(),
        (None, "role") => s.role.clone().unwrap_or_default(),
        (Some(g), n) => s
            .answers
            .iter()
            .find_map(|(ag, id, choice, note)| {
                if ag != g {
                    None
                } else if id == n {
                    Some(choice.to_string())
                } else if format!("{id}_note") == n {
                    Some(note.clone().unwrap_or_default())
                } else {
                    None
                }
            })
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The form's fields, root first: (group, name).
fn form_fields(rubric: &Value, optional: bool) -> Vec<(Option<String>, String)> {
    let mut out: Vec<(Option<String>, String)> = [
        "start",
        "end",
        "rubric_id",
        "rubric_version",
        "partner",
        "stage",
    ]
    .iter()
    .map(|n| (None, n.to_string()))
    .collect();
    if optional {
        out.push((None, "role".into()));
    }
    for q in placed(rubric, "both") {
        out.push((Some(q.group.clone()), q.id.clone()));
        if optional {
            out.push((Some(q.group.clone()), format!("{}_note", q.id)));
        }
    }
    out
}

/// The shapes an export comes in.
#[derive(Debug, Clone, Copy)]
enum Shape {
    /// KoboToolbox CSV, `;`, group names joined by `/`, every cell quoted.
    KoboSemicolon,
    /// KoboToolbox CSV, `,`, no group names, and neither role nor note columns.
    KoboCommaBare,
    /// ODK Central CSV, group names joined by `-`.
    Odk,
    /// ODK Central CSV, "Remove group names".
    OdkBare,
    /// KoboToolbox JSON from the data API: empty fields left out.
    KoboJson,
}

impl Shape {
    fn optional(self) -> bool {
        !matches!(self, Shape::KoboCommaBare)
    }
}

fn export(shape: Shape, rubric: &Value, subs: &[Submission], extra_column: bool) -> String {
    let id = rubric["id"].as_str().unwrap();
    let fields = form_fields(rubric, shape.optional());
    let header = |sep: &str, (g, n): &(Option<String>, String)| match (g, sep) {
        (Some(g), s) if !s.is_empty() => format!("{g}{s}{n}"),
        _ => n.clone(),
    };
    let sep = match shape {
        Shape::KoboSemicolon | Shape::KoboJson => "/",
        Shape::Odk => "-",
        Shape::KoboCommaBare | Shape::OdkBare => "",
    };
    match shape {
        Shape::KoboJson => {
            let results: Vec<Value> = subs
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let mut o = serde_json::Map::new();
                    o.insert("_id".into(), Value::from(100 + i));
                    o.insert("formhub/uuid".into(), "b0c1d2".into());
                    for f in &fields {
                        let v = value(s, id, f.0.as_deref(), &f.1);
                        if !v.is_empty() {
                            o.insert(header(sep, f), Value::String(v));
                        }
                    }
                    if extra_column {
                        o.insert("favourite_colour".into(), "green".into());
                    }
                    o.insert("__version__".into(), "vAbCdEf".into());
                    o.insert("meta/instanceID".into(), format!("uuid:{}", s.uuid).into());
                    o.insert("_xform_id_string".into(), "aXyZ".into());
                    o.insert("_uuid".into(), s.uuid.clone().into());
                    o.insert("_attachments".into(), Value::Array(vec![]));
                    o.insert("_status".into(), "submitted_via_web".into());
                    o.insert("_geolocation".into(), serde_json::json!([null, null]));
                    o.insert("_submission_time".into(), "2026-03-15T08:00:00".into());
                    o.insert("_tags".into(), Value::Array(vec![]));
                    o.insert("_notes".into(), Value::Array(vec![]));
                    o.insert("_validation_status".into(), serde_json::json!({}));
                    o.insert("_submitted_by".into(), Value::Null);
                    Value::Object(o)
                })
                .collect();
            serde_json::to_string_pretty(&serde_json::json!({
                "count": subs.len(), "next": null, "previous": null, "results": results
            }))
            .unwrap()
        }
        Shape::KoboSemicolon | Shape::KoboCommaBare => {
            let delimiter = if matches!(shape, Shape::KoboSemicolon) {
                b';'
            } else {
                b','
            };
            let mut w = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .quote_style(csv::QuoteStyle::Always)
                .from_writer(vec![]);
            let mut head: Vec<String> = fields.iter().map(|f| header(sep, f)).collect();
            if extra_column {
                head.push("favourite_colour".into());
            }
            head.extend(
                [
                    "__version__",
                    "meta/instanceID",
                    "_id",
                    "_uuid",
                    "_submission_time",
                    "_validation_status",
                    "_notes",
                    "_status",
                    "_submitted_by",
                    "_tags",
                    "_index",
                ]
                .map(String::from),
            );
            w.write_record(&head).unwrap();
            for (i, s) in subs.iter().enumerate() {
                let mut row: Vec<String> = fields
                    .iter()
                    .map(|f| value(s, id, f.0.as_deref(), &f.1))
                    .collect();
                if extra_column {
                    row.push("green".into());
                }
                row.extend([
                    "vAbCdEf".into(),
                    format!("uuid:{}", s.uuid),
                    (100 + i).to_string(),
                    s.uuid.clone(),
                    "2026-03-15T08:00:00".into(),
                    String::new(),
                    String::new(),
                    "submitted_via_web".into(),
                    String::new(),
                    String::new(),
                    (i + 1).to_string(),
                ]);
                w.write_record(&row).unwrap();
            }
            String::from_utf8(w.into_inner().unwrap()).unwrap()
        }
        Shape::Odk | Shape::OdkBare => {
            let mut w = csv::WriterBuilder::new().from_writer(vec![]);
            let meta = if matches!(shape, Shape::Odk) {
                "meta-instanceID"
            } else {
                "instanceID"
            };
            let mut head = vec!["SubmissionDate".to_string()];
            head.extend(fields.iter().map(|f| header(sep, f)));
            if extra_column {
                head.push("favourite_colour".into());
            }
            head.extend(
                [
                    meta,
                    "KEY",
                    "SubmitterID",
                    "SubmitterName",
                    "AttachmentsPresent",
                    "AttachmentsExpected",
                    "Status",
                    "ReviewState",
                    "DeviceID",
                    "Edits",
                    "FormVersion",
                ]
                .map(String::from),
            );
            w.write_record(&head).unwrap();
            for s in subs {
                let mut row = vec!["2026-03-15T08:00:00.000Z".to_string()];
                row.extend(fields.iter().map(|f| value(s, id, f.0.as_deref(), &f.1)));
                if extra_column {
                    row.push("green".into());
                }
                row.extend([
                    format!("uuid:{}", s.uuid),
                    format!("uuid:{}", s.uuid),
                    "7".into(),
                    "collect-phone-3".into(),
                    "0".into(),
                    "0".into(),
                    String::new(),
                    String::new(),
                    "collect:XyZ".into(),
                    "0".into(),
                    s.rubric_version.clone(),
                ]);
                w.write_record(&row).unwrap();
            }
            String::from_utf8(w.into_inner().unwrap()).unwrap()
        }
    }
}

/// The same submission written by hand as an answers file, with the tokens of the answers file.
fn by_hand(rubric: &Value, s: &Submission, optional: bool) -> String {
    let q = |t: &str| serde_json::to_string(t).unwrap();
    let mut out = format!(
        "rubric:\n  id: {}\n  version: {}\npartner: {}\ndate: 2026-03-14\nstage: {}\n",
        q(rubric["id"].as_str().unwrap()),
        q(&s.rubric_version),
        q(&s.partner),
        s.stage
    );
    if let (Some(role), true) = (&s.role, optional) {
        out += &format!("assessor: {}\n", q(role));
    }
    out += "answers:\n";
    for (_, id, choice, note) in &s.answers {
        let token = CHOICES.iter().find(|(c, _)| c == choice).unwrap().1;
        out += &format!("  {}:\n    answer: {}\n", q(id), q(token));
        if let (Some(n), true) = (note, optional) {
            out += &format!("    note: {}\n", q(n));
        }
    }
    out
}

/// `vet score --format json` of `file`, without the file's name.
fn score(file: &Path) -> Value {
    let mut v = Vet::new()
        .args(["score", "--format", "json"])
        .arg(file)
        .succeeds()
        .json();
    v.as_object_mut().unwrap().remove("file");
    v
}

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_export_shape_imports_to_files_that_score_as_the_same_answers_written_by_hand() {
    let rubric = rubric_json(&[]);
    let subs = submissions(&rubric);
    for shape in [
        Shape::KoboSemicolon,
        Shape::KoboCommaBare,
        Shape::Odk,
        Shape::OdkBare,
        Shape::KoboJson,
    ] {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("export.txt");
        std::fs::write(&input, export(shape, &rubric, &subs, false)).unwrap();
        let out = dir.path().join("answers");
        let ran = Vet::new()
            .arg("import")
            .arg(&input)
            .arg("--out-dir")
            .arg(&out)
            .succeeds()
            .clean_stderr()
            .stderr_lacks("ignored");
        assert_eq!(
            ran.stdout().lines().count(),
            subs.len(),
            "{shape:?}: {}",
            ran.stdout()
        );
        let files = yaml_files(&out);
        assert_eq!(files.len(), subs.len(), "{shape:?}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // The folder vet made for the answers is as private as they are.
            let mode = std::fs::metadata(&out).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "{shape:?}");
        }
        for s in &subs {
            let imported = files
                .iter()
                .find(|f| {
                    let text = std::fs::read_to_string(f).unwrap();
                    let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
                    v["partner"].as_str() == Some(s.partner.as_str())
                })
                .unwrap_or_else(|| panic!("{shape:?}: no file for {}", s.partner));
            let name = imported.file_name().unwrap().to_string_lossy().to_string();
            assert!(
                name.ends_with(&format!("-2026-03-14-{}.yaml", &s.uuid[..8])),
                "{name}"
            );
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(imported).unwrap().permissions().mode();
                assert_eq!(mode & 0o777, 0o600, "{name}");
            }
            let hand = dir.path().join(format!("hand-{}.yaml", s.stage));
            std::fs::write(&hand, by_hand(&rubric, s, shape.optional())).unwrap();
            let read = |p: &Path| -> serde_yaml::Value {
                serde_yaml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
            };
            assert_eq!(read(imported), read(&hand), "{shape:?}: {name}");
            assert_eq!(score(imported), score(&hand), "{shape:?}: {name}");
        }
    }
}

#[test]
fn importing_the_same_export_again_writes_nothing_new_and_keeps_the_files() {
    let rubric = rubric_json(&[]);
    let subs = submissions(&rubric);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.csv");
    std::fs::write(&input, export(Shape::Odk, &rubric, &subs, false)).unwrap();
    let out = dir.path().join("answers");
    let import = || {
        Vet::new()
            .arg("import")
            .arg(&input)
            .arg("--out-dir")
            .arg(&out)
    };
    import().succeeds();
    let before: Vec<(PathBuf, Vec<u8>)> = yaml_files(&out)
        .into_iter()
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    let ran = import()
        .succeeds()
        .stderr_has("already exists and is left as it is")
        .stderr_has("0 answers files written, 2 already there, 0 submissions skipped");
    assert_eq!(ran.stdout(), "");
    for (p, b) in before {
        assert_eq!(std::fs::read(&p).unwrap(), b, "{}", p.display());
    }
    assert_eq!(yaml_files(&out).len(), subs.len());
}

#[test]
fn a_submission_for_another_form_version_is_refused_with_its_row_and_the_others_are_written() {
    let rubric = rubric_json(&[]);
    let mut subs = submissions(&rubric);
    let mut old = subs[0].clone();
    old.rubric_version = "0.9.0".into();
    old.uuid = "77777777-0000-4000-8000-000000000003".into();
    old.partner = "Old Form Partner".into();
    subs.insert(1, old);
    let id = rubric["id"].as_str().unwrap();
    let version = rubric["version"].as_str().unwrap();
    for (shape, place) in [
        (Shape::Odk, "row 3"),
        (Shape::KoboSemicolon, "row 3"),
        (Shape::KoboJson, "submission 2"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("export");
        std::fs::write(&input, export(shape, &rubric, &subs, false)).unwrap();
        let out = dir.path().join("answers");
        Vet::new()
            .arg("import")
            .arg(&input)
            .arg("--out-dir")
            .arg(&out)
            .fails_with(2)
            .clean_stderr()
            .stderr_has(&format!(
                "{}, {place}: this submission answers {id} version 0.9.0, not {id} version {version}",
                input.display()
            ))
            .stderr_has("--rubric FILE")
            .stderr_has("2 answers files written, 0 already there, 1 submission skipped");
        let files = yaml_files(&out);
        assert_eq!(files.len(), 2, "{shape:?}");
        assert!(
            files
                .iter()
                .all(|f| !std::fs::read_to_string(f).unwrap().contains("Old Form"))
        );
    }
}

#[test]
fn unknown_columns_are_ignored_with_one_notice() {
    let rubric = rubric_json(&[]);
    let subs = submissions(&rubric);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.csv");
    std::fs::write(&input, export(Shape::KoboSemicolon, &rubric, &subs, true)).unwrap();
    let ran = Vet::new()
        .arg("import")
        .arg(&input)
        .arg("--out-dir")
        .arg(dir.path())
        .succeeds()
        .stderr_has("1 column is not in the form and ignored: favourite_colour");
    assert_eq!(ran.stderr().matches("favourite_colour").count(), 1);
}

#[test]
fn bad_rows_are_reported_with_their_row_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.csv");
    std::fs::write(
        &input,
        "start,rubric_id,rubric_version,partner,stage,s1/q1,_uuid\n\
         2026-01-01,mini,1.2.0,Good,before,yes,u1\n\
         2026-01-01,mini,1.2.0,Bad,before,maybe,u2\n\
         2026-01-01,mini,1.2.0,,before,yes,u3\n\
         2026-01-01,mini,1.2.0,Good Too,ongoing,no,u4\n",
    )
    .unwrap();
    Vet::new()
        .mini_rubric()
        .arg("import")
        .arg(&input)
        .arg("--out-dir")
        .arg(dir.path())
        .fails_with(2)
        .clean_stderr()
        .stderr_has("row 3: question `q1`: `maybe` is not an answer of the form")
        .stderr_has("row 4: no partner name")
        .stdout_has("good-2026-01-01-u1.yaml")
        .stdout_has("good-too-2026-01-01-u4.yaml");
    assert_eq!(yaml_files(dir.path()).len(), 2);
    // What was written scores.
    for f in yaml_files(dir.path()) {
        Vet::new().mini_rubric().arg("score").arg(&f).succeeds();
    }
}

#[test]
fn an_export_with_label_headers_is_refused_with_what_to_choose() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("labels.csv");
    std::fs::write(
        &input,
        "\"start\";\"Name of the partner organisation\";\"When is this assessment made?\"\n\"2026-01-01\";\"P\";\"Before\"\n",
    )
    .unwrap();
    Vet::new()
        .arg("import")
        .arg(&input)
        .fails_with(2)
        .stderr_has("not an export of a form made by `vet export xlsform`")
        .stderr_has("XML values and headers");
}

#[test]
fn the_workbook_is_private_and_replaces_only_an_earlier_workbook() {
    let dir = tempfile::tempdir().unwrap();
    Vet::new()
        .current_dir(dir.path())
        .args(["export", "xlsform", "--stage", "before"])
        .succeeds();
    let rubric = rubric_json(&[]);
    let default = dir.path().join(format!(
        "{}-before-{}.xlsx",
        rubric["id"].as_str().unwrap(),
        rubric["version"].as_str().unwrap()
    ));
    assert!(std::fs::read(&default).unwrap().starts_with(b"PK\x03\x04"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&default).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The default name is never replaced; named with -o, an earlier workbook is.
    Vet::new()
        .current_dir(dir.path())
        .args(["export", "xlsform", "--stage", "before"])
        .fails_with(2)
        .stderr_has("already exists");
    Vet::new()
        .args(["export", "xlsform", "-o"])
        .arg(&default)
        .succeeds();
    // Any other file is kept.
    let answers = dir.path().join("answers.xlsx");
    std::fs::write(&answers, "partner: P\n").unwrap();
    Vet::new()
        .args(["export", "xlsform", "-o"])
        .arg(&answers)
        .fails_with(2)
        .stderr_has("is not a workbook");
    assert_eq!(std::fs::read_to_string(&answers).unwrap(), "partner: P\n");
}

#[test]
fn a_language_the_rubric_lacks_is_refused_with_the_ones_it_has() {
    let langs = strs(&rubric_json(&[])["languages"]).join(", ");
    let dir = tempfile::tempdir().unwrap();
    Vet::new()
        .args(["--lang", "xx", "export", "xlsform", "-o"])
        .arg(dir.path().join("f.xlsx"))
        .fails_with(2)
        .stderr_has("the rubric has no texts in `xx`")
        .stderr_has(&format!("the form can open in {langs}"));
    assert!(!dir.path().join("f.xlsx").exists());
}

#[test]
fn an_odk_central_zip_is_imported_through_the_form_csv_in_it() {
    let rubric = rubric_json(&[]);
    let mut subs = submissions(&rubric);
    subs[1].rubric_version = "0.9.0".into();
    let dir = tempfile::tempdir().unwrap();
    let zipped = dir.path().join("export.zip");
    let id = rubric["id"].as_str().unwrap();
    {
        let mut w = zip::ZipWriter::new(std::fs::File::create(&zipped).unwrap());
        let options = zip::write::SimpleFileOptions::default();
        w.start_file(format!("{id}.csv"), options).unwrap();
        w.write_all(export(Shape::Odk, &rubric, &subs, false).as_bytes())
            .unwrap();
        w.start_file("media/photo.jpg", options).unwrap();
        w.write_all(b"\xff\xd8").unwrap();
        w.finish().unwrap();
    }
    let out = dir.path().join("answers");
    Vet::new()
        .arg("import")
        .arg(&zipped)
        .arg("--out-dir")
        .arg(&out)
        .fails_with(2)
        .stderr_has(&format!("{} ({id}.csv), row 3:", zipped.display()))
        .stdout_has(&format!("-2026-03-14-{}.yaml", &subs[0].uuid[..8]));
    assert_eq!(yaml_files(&out).len(), 1);
}

#[test]
fn the_help_of_both_commands_is_stable() {
    let help = |args: &[&str]| {
        Vet::new()
            .env("COLUMNS", "100")
            .args(args)
            .succeeds()
            .stdout()
    };
    insta::assert_snapshot!("xlsform_help", help(&["export", "xlsform", "--help"]));
    insta::assert_snapshot!("import_help", help(&["import", "--help"]));
}

#[test]
#[cfg(target_os = "linux")]
fn a_folder_that_cannot_be_written_stops_the_import_at_the_first_file() {
    let rubric = rubric_json(&[]);
    let subs = submissions(&rubric);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.csv");
    std::fs::write(&input, export(Shape::Odk, &rubric, &subs, false)).unwrap();
    // A folder no one can create a file in, not even root (CI runs as root).
    let ran = Vet::new()
        .arg("import")
        .arg(&input)
        .args(["--out-dir", "/proc/self"])
        .fails_with(2)
        .clean_stderr()
        .stderr_has("cannot write /proc/self/")
        .stderr_has("0 answers files written, 0 already there, 2 submissions skipped");
    assert_eq!(ran.stderr().matches("cannot write").count(), 1);
}
