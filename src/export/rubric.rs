//! `vet rubric show` for people: every list of the rubric, in the interface's language.

use comfy_table::Cell;

use super::style::Style;
use super::table::new_table;
use crate::i18n::{L10n, args};
use crate::rubric::{Item, Polarity, QuestionStage, Rubric, Text};
use crate::text::wrap;

/// A row of a section: id, section of the guide, text.
type Row = [String; 3];

/// The rubric in YAML, complete, to start an adaptation from. The keys `yes` and `no` of
/// `scoring.values` are written quoted: a YAML 1.1 reader (PyYAML, and the tools built on it) reads
/// them bare as the booleans true and false, and writes them back so (vet accepts that too).
pub fn yaml(r: &Rubric) -> String {
    let text = serde_yaml::to_string(r).unwrap_or_default();
    let mut out = String::with_capacity(text.len() + 8);
    // Where we are: in the top-level `scoring:` mapping, then in its `values:` mapping. Every key
    // of a mapping the serializer writes starts its own line at its level's indent.
    let (mut in_scoring, mut in_values) = (false, false);
    for line in text.split_inclusive('\n') {
        if !line.starts_with(' ') {
            in_scoring = line.starts_with("scoring:");
            in_values = false;
        } else if in_scoring && !line.starts_with("    ") {
            in_values = line.starts_with("  values:");
        }
        let key = ["yes:", "no:"]
            .into_iter()
            .find(|k| in_values && line.strip_prefix("    ").is_some_and(|l| l.starts_with(k)));
        match key {
            Some(k) => {
                let name = &k[..k.len() - 1];
                out.push_str(&format!("    \"{name}\":"));
                out.push_str(&line[4 + k.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Renders the rubric as sections of tables.
pub fn render(r: &Rubric, l10n: &L10n, style: Style) -> String {
    let width = style.width as usize;
    let lang = r.language_for(l10n.lang().tag());
    let tx = |t: &Text| r.text(t, lang).to_string();
    let row = |id: &str, source: &str, name: &Text, text: &Text| -> Row {
        [
            id.to_string(),
            source.to_string(),
            format!("{} — {}", tx(name), tx(text)),
        ]
    };
    let items = |list: &[Item]| -> Vec<Row> {
        list.iter()
            .map(|i| row(&i.id, &i.source, &i.name, &i.text))
            .collect()
    };
    // A paragraph with a label and its section: "Scoring (4.3): ...".
    let labelled = |label: String, source: &str, text: &Text| {
        wrap(
            "",
            &l10n.tr_with(
                "show-labelled",
                &args([
                    ("label", label.into()),
                    ("source", source.to_string().into()),
                    ("text", tx(text).into()),
                ]),
            ),
            width,
        )
    };
    let questions: Vec<Row> = r
        .questions
        .iter()
        .map(|q| {
            let stage = l10n.tr(match q.stage {
                QuestionStage::Before => "stage-before",
                QuestionStage::Ongoing => "stage-ongoing",
                QuestionStage::Both => "stage-both",
            });
            let polarity = l10n.tr(match q.yes_is {
                Polarity::Favourable => "yes-favourable",
                Polarity::Warning => "yes-warning",
            });
            [
                q.id.clone(),
                q.source.clone(),
                format!("{} [{stage}; {polarity}]", tx(&q.text)),
            ]
        })
        .collect();

    let source = &r.source;
    let mut out = wrap(
        "",
        &l10n.tr_with(
            "show-header",
            &args([
                ("title", tx(&r.title).into()),
                ("id", r.id.clone().into()),
                ("version", r.version.clone().into()),
                (
                    "source",
                    format!(
                        "{}, {}, {} ({})",
                        source.title, source.author, source.date, source.licence
                    )
                    .into(),
                ),
            ]),
        ),
        width,
    );
    let sections: [(&str, Vec<Row>); 8] = [
        ("show-notes", items(&r.notes)),
        ("show-principles", items(&r.principles)),
        ("show-criteria", items(&r.criteria)),
        ("show-transparent-process", items(&r.transparent_process)),
        (
            "show-standards",
            r.standards
                .iter()
                .map(|s| row(&s.id, &s.source, &s.name, &s.text))
                .collect(),
        ),
        ("show-compliance", items(&r.compliance.aspects)),
        ("show-good-signs", items(&r.good_signs)),
        ("show-bad-signs", items(&r.bad_signs)),
    ];
    for (title, rows) in sections {
        if title == "show-compliance" {
            out.push_str(&labelled(
                l10n.tr(title),
                &r.compliance.source,
                &r.compliance.text,
            ));
        }
        section(&mut out, &l10n.tr(title), rows, l10n, style);
    }
    let flags = r
        .red_flags
        .iter()
        .map(|f| row(&f.id, &f.source, &f.name, &f.text))
        .collect();
    section(&mut out, &l10n.tr("show-red-flags"), flags, l10n, style);
    section(
        &mut out,
        &l10n.tr("show-community-led"),
        items(&r.community_led_test),
        l10n,
        style,
    );
    let rule = &r.refusal_rule;
    out.push_str(&labelled(tx(&rule.name), &rule.source, &rule.text));
    section(&mut out, &l10n.tr("show-questions"), questions, l10n, style);
    out.push('\n');
    out.push_str(&wrap(
        "",
        &l10n.tr_with(
            "show-scoring",
            &args([("text", tx(&r.scoring.rationale).into())]),
        ),
        width,
    ));
    out
}

/// A titled table of rows, with their count.
fn section(out: &mut String, title: &str, rows: Vec<Row>, l10n: &L10n, style: Style) {
    out.push_str(&format!("\n{title} ({})\n", rows.len()));
    let mut t = new_table(style);
    t.set_header(["col-id", "col-source", "col-text"].map(|k| Cell::new(l10n.tr(k))));
    for r in rows {
        t.add_row(r.map(Cell::new));
    }
    out.push_str(&t.to_string());
    out.push('\n');
}

#[cfg(test)]
mod yaml_tests {
    use crate::rubric::Rubric;

    #[test]
    fn the_yes_and_no_keys_of_scoring_values_are_quoted_and_nothing_else_changes() {
        let rubric = Rubric::embedded().unwrap();
        let plain = serde_yaml::to_string(&rubric).unwrap();
        let quoted = super::yaml(&rubric);
        assert!(quoted.contains("  values:\n    \"yes\": 1.0\n"), "{quoted}");
        assert!(quoted.contains("\n    \"no\": 0.0\n"), "{quoted}");
        assert_eq!(quoted.replace('"', ""), plain.replace('"', ""));
        assert_eq!(quoted.matches("\"yes\":").count(), 1);
        let back = Rubric::parse(&quoted).unwrap();
        assert_eq!(
            serde_json::to_string(&back).unwrap(),
            serde_json::to_string(&rubric).unwrap()
        );
    }
}
