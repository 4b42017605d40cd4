//! `vet rubric show` for people: every list of the rubric, in the interface's language.

use comfy_table::Cell;

use super::table::{Style, new_table, wrap};
use crate::i18n::{L10n, args};
use crate::rubric::{Item, Polarity, QuestionStage, Rubric, Text};

fn section(out: &mut String, title: &str, rows: Vec<[String; 3]>, head: [String; 3], style: Style) {
    out.push_str(&format!("\n{title} ({})\n", rows.len()));
    let mut t = new_table(style);
    t.set_header(head.iter().map(Cell::new).collect::<Vec<_>>());
    for r in rows {
        t.add_row(r.iter().map(Cell::new).collect::<Vec<_>>());
    }
    out.push_str(&t.to_string());
    out.push('\n');
}

/// Renders the rubric as sections of tables.
pub fn render(r: &Rubric, l10n: &L10n, style: Style) -> String {
    let lang = r.language_for(l10n.lang().tag());
    let tx = |t: &Text| r.text(t, lang).to_string();
    let head = || {
        [
            l10n.tr("col-id"),
            l10n.tr("col-source"),
            l10n.tr("col-text"),
        ]
    };
    let named = |name: &Text, text: &Text| format!("{} — {}", tx(name), tx(text));
    let items = |list: &[Item]| {
        list.iter()
            .map(|i| [i.id.clone(), i.source.clone(), named(&i.name, &i.text)])
            .collect::<Vec<_>>()
    };
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
                        r.source.title, r.source.author, r.source.date, r.source.licence
                    )
                    .into(),
                ),
            ]),
        ),
        style.width as usize,
    );
    section(
        &mut out,
        &l10n.tr("show-notes"),
        items(&r.notes),
        head(),
        style,
    );
    section(
        &mut out,
        &l10n.tr("show-principles"),
        items(&r.principles),
        head(),
        style,
    );
    section(
        &mut out,
        &l10n.tr("show-criteria"),
        items(&r.criteria),
        head(),
        style,
    );
    section(
        &mut out,
        &l10n.tr("show-transparent-process"),
        items(&r.transparent_process),
        head(),
        style,
    );
    let standards = r
        .standards
        .iter()
        .map(|s| [s.id.clone(), s.source.clone(), named(&s.name, &s.text)])
        .collect();
    section(
        &mut out,
        &l10n.tr("show-standards"),
        standards,
        head(),
        style,
    );
    out.push_str(&wrap(
        "",
        &format!(
            "{} ({}): {}",
            l10n.tr("show-compliance"),
            r.compliance.source,
            tx(&r.compliance.text)
        ),
        style.width as usize,
    ));
    section(
        &mut out,
        &l10n.tr("show-compliance"),
        items(&r.compliance.aspects),
        head(),
        style,
    );
    section(
        &mut out,
        &l10n.tr("show-good-signs"),
        items(&r.good_signs),
        head(),
        style,
    );
    section(
        &mut out,
        &l10n.tr("show-bad-signs"),
        items(&r.bad_signs),
        head(),
        style,
    );
    let flags = r
        .red_flags
        .iter()
        .map(|f| [f.id.clone(), f.source.clone(), named(&f.name, &f.text)])
        .collect();
    section(&mut out, &l10n.tr("show-red-flags"), flags, head(), style);
    section(
        &mut out,
        &l10n.tr("show-community-led"),
        items(&r.community_led_test),
        head(),
        style,
    );
    out.push_str(&wrap(
        "",
        &format!(
            "{} ({}): {}",
            tx(&r.refusal_rule.name),
            r.refusal_rule.source,
            tx(&r.refusal_rule.text)
        ),
        style.width as usize,
    ));
    let questions = r
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
    section(
        &mut out,
        &l10n.tr("show-questions"),
        questions,
        head(),
        style,
    );
    out.push('\n');
    out.push_str(&wrap(
        "",
        &format!("{}: {}", l10n.tr("show-scoring"), tx(&r.scoring.rationale)),
        style.width as usize,
    ));
    out
}
