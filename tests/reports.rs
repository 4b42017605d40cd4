//! Reports to share: the HTML page (well-formed, self-contained, hostile text shown as text), the
//! Markdown report, the CSV over many files (no formula injection), redaction in every format, and
//! `--output` (private, atomic, never over an answers or input file).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{Vet, example, fixture};
use vet::answers::Answers;
use vet::rubric::Rubric;

const HOSTILE_NOTE: &str = "<script>alert(1)</script>";
const HOSTILE_EVIDENCE: &str = "<img src=http://evil.example/x.png>";
const HOSTILE_PARTNER: &str = "<b>Evil</b> & \"Co\" 'Ltd'";
const HOSTILE_ASSESSOR: &str = "</p><iframe src=\"//evil.example\"></iframe>";

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// Writes `body` as `name` in `dir` and returns its path.
fn write(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path
}

/// examples/ugly.yaml with hostile text in every free-text field.
fn hostile(dir: &Path) -> PathBuf {
    let yaml = |s: &str| serde_json::to_string(s).unwrap();
    let body = text(&example("ugly.yaml"))
        .replace(
            "partner: Northfield Health Foundation",
            &format!("partner: {}", yaml(HOSTILE_PARTNER)),
        )
        .replace(
            "assessor: Board of Hillside Network of People who Use Drugs",
            &format!("assessor: {}", yaml(HOSTILE_ASSESSOR)),
        )
        .replace(
            "note: They asked twice who would replace our coordinator; unclear why.",
            &format!("note: {}", yaml(HOSTILE_NOTE)),
        )
        .replace(
            "[\"Hosting agreement 2022, clause 4\"]",
            &format!("[{}]", yaml(HOSTILE_EVIDENCE)),
        );
    assert!(body.contains("alert(1)") && body.contains("evil.example/x.png"));
    write(dir, "hostile.yaml", &body)
}

fn score(args: &[&str], files: &[&Path]) -> String {
    Vet::new()
        .arg("score")
        .args(files)
        .args(args)
        .succeeds()
        .stdout()
}

fn parse_html(html: &str) -> roxmltree::Document<'_> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(html, opts)
        .unwrap_or_else(|e| panic!("the HTML report is not well-formed: {e}"))
}

/// Every text of the page, as a reader sees it (entities decoded).
fn visible_text(doc: &roxmltree::Document) -> String {
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The red flags (confirmed and suspected) and standards of examples/ugly.yaml, by English name.
fn ugly_names() -> (Vec<String>, Vec<String>) {
    let rubric = Rubric::embedded_1().unwrap();
    let answers = Answers::parse(&text(&example("ugly.yaml"))).unwrap();
    let a = vet::score::assess(&rubric, &answers);
    let flags = a
        .red_flags
        .iter()
        .chain(&a.suspected)
        .map(|f| rubric.red_flag(&f.id).unwrap().name["en"].clone())
        .collect();
    let standards = rubric
        .standards
        .iter()
        .map(|s| s.name["en"].clone())
        .collect();
    (flags, standards)
}

#[test]
fn html_report_is_well_formed_with_no_script_and_no_external_reference() {
    let dir = tempfile::tempdir().unwrap();
    let html = score(&["--format", "html"], &[&hostile(dir.path())]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    let doc = parse_html(&html);
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(
            !["script", "iframe", "img", "link", "object", "embed", "b"].contains(&name),
            "<{name}> in the page"
        );
        for attr in node.attributes() {
            let (key, value) = (attr.name(), attr.value().trim_start());
            assert!(
                key != "src" && key != "href" && !key.starts_with("on"),
                "attribute {key}={value:?} on <{name}>"
            );
            for scheme in ["http:", "https:", "//", "javascript:"] {
                assert!(!value.starts_with(scheme), "{key}={value:?} on <{name}>");
            }
        }
    }
    assert!(!html.to_ascii_lowercase().contains("<script"));
    assert!(!html.contains("url("), "no CSS resource either");
    assert!(!html.contains("@import") && !html.contains("@font-face"));
    // The browser is also told to fetch nothing, should anything slip through.
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
}

#[test]
fn html_report_shows_hostile_text_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let html = score(&["--format", "html"], &[&hostile(dir.path())]);
    let doc = parse_html(&html);
    let seen = visible_text(&doc);
    for hostile in [
        HOSTILE_NOTE,
        HOSTILE_EVIDENCE,
        HOSTILE_PARTNER,
        HOSTILE_ASSESSOR,
    ] {
        assert!(seen.contains(hostile), "{hostile:?} not shown as text");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let title = doc
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text())
        .unwrap();
    assert!(title.contains(HOSTILE_PARTNER), "{title:?}");
}

#[test]
fn html_report_has_the_seven_standards_the_verdict_and_every_red_flag() {
    let html = score(&["--format", "html"], &[&example("ugly.yaml")]);
    let doc = parse_html(&html);
    let seen = visible_text(&doc);
    let (flags, standards) = ugly_names();
    assert_eq!(standards.len(), 7);
    assert_eq!(flags.len(), 6);
    for name in standards.iter().chain(&flags) {
        assert!(seen.contains(name.as_str()), "{name:?} missing");
    }
    for needle in [
        "Verdict: UGLY",
        "Northfield Health Foundation",
        "2025-03-14",
        "ongoing partnership",
        "inpud-partnership 1.0.0",
        "(guide 5.3)",
        "What to negotiate",
        "Answers by minimum standard",
        // A note and a document seen, in the answers.
        "Salaries paid two to three months late, four times in 2024.",
        "Bank statements 2024; Emails to the host",
        "Board of Hillside Network of People who Use Drugs",
    ] {
        assert!(seen.contains(needle), "{needle:?} missing");
    }
    let verdict = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("verdict v-ugly"))
        .expect("the verdict is coloured by its class");
    assert!(verdict.text().unwrap().starts_with("Verdict: UGLY"));
}

#[test]
fn html_chart_has_a_bar_per_standard_the_two_thresholds_and_unknowns_drawn_as_such() {
    let html = score(&["--format", "html"], &[&example("ugly.yaml")]);
    let doc = parse_html(&html);
    let svg = doc.descendants().find(|n| n.has_tag_name("svg")).unwrap();
    let texts: Vec<&str> = svg
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    let (_, standards) = ugly_names();
    for name in &standards {
        assert!(texts.contains(&name.as_str()), "{name:?} not in the chart");
    }
    assert!(texts.contains(&"met from 0.75"), "{texts:?}");
    assert!(texts.contains(&"partly met from 0.40"), "{texts:?}");
    let dashed_lines = svg
        .descendants()
        .filter(|n| n.has_tag_name("line") && n.attribute("stroke-dasharray").is_some())
        .count();
    assert_eq!(dashed_lines, 2, "one line per threshold");
    // examples/ugly.yaml: two standards unknown (representation and monitoring).
    let unknown = texts.iter().filter(|t| t.starts_with("unknown:")).count();
    let dashed_tracks = svg
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("stroke-dasharray").is_some())
        .count();
    assert_eq!((unknown, dashed_tracks), (2, 2));
    // Each known standard has a coloured bar; red for the four not met.
    let red = svg
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some("#c62828"))
        .count();
    assert_eq!(red, 4);
}

#[test]
fn html_report_speaks_french_when_asked() {
    let html = Vet::new()
        .args(["--lang", "fr", "score", "--format", "html"])
        .arg(example("ugly.yaml"))
        .succeeds()
        .stdout();
    assert!(html.contains("<html lang=\"fr\">"));
    let seen = visible_text(&parse_html(&html));
    for needle in [
        "Verdict : MOCHE",
        "Signaux d'alarme",
        "Réponses par norme minimale",
        "respectée dès 0,75",
        "Inclusion et diversité",
    ] {
        assert!(seen.contains(needle), "{needle:?} missing");
    }
}

#[test]
fn several_files_make_one_html_page_with_an_article_each() {
    let html = score(
        &["--format", "html"],
        &[&example("good.yaml"), &example("ugly.yaml")],
    );
    let doc = parse_html(&html);
    assert_eq!(html.matches("<!DOCTYPE html>").count(), 1);
    let articles = doc
        .descendants()
        .filter(|n| n.has_tag_name("article"))
        .count();
    assert_eq!(articles, 2);
    assert!(html.contains("v-good") && html.contains("v-ugly"));
}

#[test]
fn html_report_is_printable_on_a4() {
    let html = score(&["--format", "html"], &[&example("good.yaml")]);
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("break-inside: avoid"));
}

/// An example as named from the repository root, where the tests run vet: snapshots then hold
/// the same path on every machine.
fn relative(name: &str) -> PathBuf {
    Path::new("examples").join(name)
}

#[test]
fn markdown_report_in_english() {
    let md = score(&["--format", "markdown"], &[&relative("ugly.yaml")]);
    insta::assert_snapshot!("markdown_ugly_en", md);
}

#[test]
fn markdown_report_in_french() {
    let md = Vet::new()
        .args(["--lang", "fr", "score", "--format", "markdown"])
        .arg(relative("ugly.yaml"))
        .succeeds()
        .stdout();
    insta::assert_snapshot!("markdown_ugly_fr", md);
}

#[test]
fn markdown_report_escapes_hostile_text() {
    let dir = tempfile::tempdir().unwrap();
    let md = score(&["--format", "markdown"], &[&hostile(dir.path())]);
    // Every angle bracket is escaped, so no wiki renders a tag.
    for (i, _) in md.match_indices(['<', '>']) {
        assert!(
            md[..i].ends_with('\\'),
            "unescaped at {i}: {}",
            &md[i.saturating_sub(20)..i + 1]
        );
    }
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"));
}

/// Every format of `vet score`, with `--redact`.
fn redacted_outputs(file: &Path) -> Vec<(&'static str, String)> {
    ["table", "json", "yaml", "markdown", "html", "csv"]
        .into_iter()
        .map(|f| (f, score(&["--redact", "--format", f], &[file])))
        .collect()
}

#[test]
fn redact_leaves_notes_evidence_and_assessor_out_of_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile(dir.path());
    let answers = Answers::parse(&text(&example("ugly.yaml"))).unwrap();
    let mut secrets: Vec<String> = answers
        .answers
        .values()
        .flat_map(|e| e.note.iter().chain(&e.evidence).cloned())
        .filter(|s| !s.contains("coordinator") && !s.contains("Hosting agreement"))
        .collect();
    secrets.extend(["alert(1)", "evil.example", "Hillside"].map(String::from));
    assert!(secrets.len() > 8);
    for (format, out) in redacted_outputs(&file) {
        for secret in &secrets {
            assert!(!out.contains(secret.as_str()), "{format} shows {secret:?}");
        }
    }
    // Answers and scores stay.
    let md = score(
        &["--redact", "--format", "markdown"],
        &[&example("ugly.yaml")],
    );
    assert!(md.contains("| Has the partner, as fiscal host of a drug user-led group, delayed transfers of money for activities or salaries? | yes |"));
    assert!(md.contains("| Contract terms | 0.10 | not met |"));
}

#[test]
fn a_redacted_report_says_so() {
    let line = "Redacted for sharing: notes, documents seen and the assessor's name are left out.";
    let ugly = example("ugly.yaml");
    for format in ["table", "markdown"] {
        let out = score(&["--redact", "--format", format], &[&ugly]);
        assert!(out.contains(line), "{format}:\n{out}");
        assert!(!score(&["--format", format], &[&ugly]).contains(line));
    }
    let html = score(&["--redact", "--format", "html"], &[&ugly]);
    let doc = parse_html(&html);
    let note = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("redacted"))
        .unwrap();
    assert_eq!(note.text(), Some(line));
    let json: serde_json::Value =
        serde_json::from_str(&score(&["--redact", "--format", "json"], &[&ugly])).unwrap();
    assert_eq!(json["redacted"], true);
    assert!(json.get("assessor").is_none());
    let plain: serde_json::Value =
        serde_json::from_str(&score(&["--format", "json"], &[&ugly])).unwrap();
    assert!(plain.get("redacted").is_none());
    assert!(plain["assessor"].is_string());
    let yaml = score(&["--redact", "--format", "yaml"], &[&ugly]);
    assert!(yaml.contains("redacted: true"), "{yaml}");
}

fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn examples() -> Vec<PathBuf> {
    ["bad", "good", "inconclusive", "ugly"]
        .map(|n| relative(&format!("{n}.yaml")))
        .to_vec()
}

#[test]
fn csv_of_every_example_has_one_row_per_file() {
    let files = examples();
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let out = score(&["--format", "csv"], &refs);
    let (header, rows) = parse_csv(&out);
    assert_eq!(rows.len(), files.len());
    assert_eq!(header.len(), 7 + 2 * 7 + 7);
    assert_eq!(
        &header[..7],
        [
            "file",
            "partner",
            "date",
            "stage",
            "rubric_id",
            "rubric_version",
            "classification"
        ]
    );
    assert_eq!(header[7], "inclusion-diversity_score");
    assert_eq!(header[8], "inclusion-diversity_status");
    let verdicts: Vec<&str> = rows.iter().map(|r| r[6].as_str()).collect();
    assert_eq!(verdicts, ["bad", "good", "inconclusive", "ugly"]);
    // The partner with a comma in its name is one cell.
    assert_eq!(
        rows[2][1],
        "Ministry of Health, Viral Hepatitis Unit (fictional)"
    );
    insta::assert_snapshot!("csv_examples", out);
}

#[test]
fn csv_headers_are_never_localised() {
    let en = score(&["--format", "csv"], &[&example("good.yaml")]);
    let fr = Vet::new()
        .args(["--lang", "fr", "score", "--format", "csv"])
        .arg(example("good.yaml"))
        .succeeds()
        .stdout();
    assert_eq!(en, fr);
}

#[test]
fn csv_is_rfc4180_with_crlf_line_ends() {
    let out = score(&["--format", "csv"], &[&example("inconclusive.yaml")]);
    assert!(out.ends_with("\r\n"));
    assert_eq!(out.matches("\r\n").count(), 2);
    assert_eq!(out.matches('\n').count(), 2, "no bare LF");
    assert!(out.contains(",\"Ministry of Health, Viral Hepatitis Unit (fictional)\","));
}

#[test]
fn csv_neutralises_formula_injection() {
    let dir = tempfile::tempdir().unwrap();
    let body = text(&example("ugly.yaml"))
        .replace(
            "partner: Northfield Health Foundation",
            "partner: '=HYPERLINK(\"http://x\")'",
        )
        .replace(
            "assessor: Board of Hillside Network of People who Use Drugs",
            "assessor: \"+cmd|' /C calc'!A0\"",
        )
        .replace(
            "note: Our bank account is still in their name after three years.",
            "note: \"@SUM(1)\"",
        );
    write(dir.path(), "@SUM(1).yaml", &body);
    write(dir.path(), "-x.yaml", &body);
    let out = Vet::new()
        .current_dir(dir.path())
        .args(["score", "--format", "csv", "--", "@SUM(1).yaml", "-x.yaml"])
        .succeeds()
        .stdout();
    let (_, rows) = parse_csv(&out);
    assert_eq!(rows.len(), 2);
    common::assert_no_formula_cells(&rows);
    assert_eq!(rows[0][0], "'@SUM(1).yaml");
    assert_eq!(rows[1][0], "'-x.yaml");
    assert_eq!(rows[0][1], "'=HYPERLINK(\"http://x\")");
    // Notes and the assessor are never in the CSV at all.
    assert!(!out.contains("SUM(1)\"") && !out.contains("calc"));
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn output_writes_a_private_file_and_nothing_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("r.html");
    let ran = Vet::new()
        .args(["score", "--format", "html", "-o"])
        .arg(&target)
        .arg(example("ugly.yaml"))
        .succeeds()
        .stderr_has("report written to")
        .stderr_has("r.html");
    assert_eq!(ran.stdout(), "");
    assert_eq!(mode(&target), 0o600);
    assert!(text(&target).starts_with("<!DOCTYPE html>"));
    // An earlier report is replaced, still private, with no temporary file left.
    Vet::new()
        .args(["score", "--format", "markdown", "--output"])
        .arg(&target)
        .arg(example("good.yaml"))
        .succeeds();
    assert!(text(&target).starts_with("## Harbour Peer Network International"));
    assert_eq!(mode(&target), 0o600);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn output_keeps_the_exit_status_of_fail_on() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("r.csv");
    Vet::new()
        .args(["score", "--format", "csv", "--fail-on", "bad", "-o"])
        .arg(&target)
        .arg(example("ugly.yaml"))
        .fails_with(1);
    assert!(target.exists());
}

#[test]
fn output_refuses_to_overwrite_an_answers_file() {
    let dir = tempfile::tempdir().unwrap();
    let other = write(dir.path(), "other.yaml", &text(&example("good.yaml")));
    Vet::new()
        .args(["score", "--format", "html", "-o"])
        .arg(&other)
        .arg(example("ugly.yaml"))
        .fails_with(2)
        .clean_stderr()
        .stderr_has("other.yaml is an answers file; vet will not overwrite it")
        .stderr_has("help: write the report to another file, for example --output ")
        .stderr_has("other-report.html");
    assert_eq!(text(&other), text(&example("good.yaml")));
}

#[test]
fn output_refuses_to_overwrite_an_answers_file_with_a_mistake_or_a_bom() {
    let dir = tempfile::tempdir().unwrap();
    let broken = text(&example("good.yaml")).replace("    note:", "    notes:");
    let with_bom = format!("\u{feff}{}", text(&example("good.yaml")));
    for (name, body) in [("typo.yaml", broken), ("bom.yaml", with_bom)] {
        let target = write(dir.path(), name, &body);
        Vet::new()
            .args(["score", "--format", "json", "-o"])
            .arg(&target)
            .arg(example("ugly.yaml"))
            .fails_with(2)
            .stderr_has("is an answers file; vet will not overwrite it");
        assert_eq!(text(&target), body, "{name} was overwritten");
    }
}

#[test]
fn output_refuses_to_overwrite_an_input_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "a.yaml", &text(&example("ugly.yaml")));
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&input, &link).unwrap();
    for target in [&input, &link] {
        Vet::new()
            .args(["score", "--format", "markdown", "-o"])
            .arg(target)
            .arg(&input)
            .fails_with(2)
            .clean_stderr()
            .stderr_has("is one of the files this report is made from");
    }
    assert_eq!(text(&input), text(&example("ugly.yaml")));
    // The rubric is an input too.
    let rubric = write(
        dir.path(),
        "rubric.yaml",
        &text(&fixture("mini-rubric.yaml")),
    );
    let answers = write(
        dir.path(),
        "mini.yaml",
        "rubric: {id: mini, version: 1.2.0}\npartner: P\ndate: 2026-01-02\nstage: before\n",
    );
    Vet::new()
        .arg("--rubric")
        .arg(&rubric)
        .args(["score", "-o"])
        .arg(&rubric)
        .arg(&answers)
        .fails_with(2)
        .stderr_has("rubric.yaml is one of the files this report is made from");
    assert_eq!(text(&rubric), text(&fixture("mini-rubric.yaml")));
}

#[test]
fn output_to_a_folder_that_does_not_exist_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("missing").join("r.html");
    Vet::new()
        .args(["score", "--format", "html", "-o"])
        .arg(&target)
        .arg(example("ugly.yaml"))
        .fails_with(2)
        .clean_stderr()
        .stderr_has(&format!(
            "cannot write the report to {}: the folder {} does not exist",
            target.display(),
            dir.path().join("missing").display()
        ))
        .stderr_has("help: create the folder first (mkdir -p")
        .stderr_lacks(".vet-");
}

#[test]
fn output_refuses_what_is_not_a_regular_file() {
    let dir = tempfile::tempdir().unwrap();
    for target in [dir.path(), Path::new("/dev/null")] {
        Vet::new()
            .args(["score", "--format", "csv", "-o"])
            .arg(target)
            .arg(example("ugly.yaml"))
            .fails_with(2)
            .clean_stderr()
            .stderr_has("is not a regular file")
            .stderr_has("help: ");
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_partial_report_says_which_part_it_is_and_an_unscorable_run_leaves_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("weekly.csv");
    let missing = dir.path().join("missing.yaml");
    Vet::new()
        .args(["score", "--format", "csv", "-o"])
        .arg(&target)
        .arg(example("good.yaml"))
        .arg(&missing)
        .fails_with(2)
        .stderr_has("missing.yaml: no such file")
        .stderr_has("with 1 of 2 files: the others could not be scored");
    assert_eq!(text(&target).lines().count(), 2);
    Vet::new()
        .args(["score", "--format", "csv", "-o"])
        .arg(&target)
        .arg(&missing)
        .fails_with(2)
        .stderr_has("was left as it was");
    assert_eq!(text(&target).lines().count(), 2);
}

#[test]
fn a_yaml_report_can_be_written_again_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("r.yaml");
    for _ in 0..2 {
        Vet::new()
            .args(["score", "--format", "yaml", "-o"])
            .arg(&target)
            .arg(example("good.yaml"))
            .succeeds();
    }
}

#[test]
fn output_refuses_links_and_rubrics() {
    let dir = tempfile::tempdir().unwrap();
    let dangling = dir.path().join("link");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    let rubric = write(
        dir.path(),
        "ours.yaml",
        &text(&common::root().join("rubric/inpud-partnership.yaml")),
    );
    for (target, said) in [
        (&dangling, "is not a regular file"),
        (&rubric, "is a rubric"),
    ] {
        Vet::new()
            .args(["score", "-o"])
            .arg(target)
            .arg(example("good.yaml"))
            .fails_with(2)
            .stderr_has(said);
    }
    assert!(
        std::fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}
