//! The Markdown format of `vet score`: fit to paste into a report or a wiki.

use super::Scored;
use super::text::{Point, Words};
use crate::i18n::args;

/// Escapes text for a Markdown table cell or list item: no markup, no HTML, no broken table.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A titled list of points with their details, as a Markdown section.
pub fn points(out: &mut String, title: &str, points: &[Point]) {
    out.push_str(&format!("### {}\n\n", escape(title)));
    for p in points {
        out.push_str(&format!("- {}\n", escape(&p.headline)));
        for d in &p.details {
            out.push_str(&format!("  - {}\n", escape(d)));
        }
    }
    out.push('\n');
}

/// Renders one scored file as Markdown.
pub fn render(s: &Scored, words: &Words) -> String {
    let l = words.l10n;
    let a = &s.assessment;
    let mut out = String::new();
    out.push_str(&format!("## {}\n\n", escape(&s.answers.partner)));
    out.push_str(&format!(
        "{}\n\n",
        escape(&l.tr_with(
            "score-header",
            &args([
                ("partner", s.answers.partner.clone().into()),
                ("date", s.answers.date.to_string().into()),
                ("stage", words.stage(s.answers.stage).into()),
                ("file", s.file.to_string().into()),
            ]),
        ))
    ));
    out.push_str(&format!(
        "{}\n\n",
        escape(&l.tr_with(
            "score-rubric",
            &args([
                ("id", s.answers.rubric.id.clone().into()),
                ("version", s.answers.rubric.version.clone().into()),
                ("answered", a.answered.into()),
                ("total", a.questions_total.into()),
            ]),
        ))
    ));
    out.push_str(&format!(
        "**{}**\n\n",
        escape(&l.tr_with(
            "verdict-line",
            &args([
                ("verdict", words.verdict(a.verdict).into()),
                ("why", words.rule(a).into())
            ]),
        ))
    ));
    let head = [
        "col-standard",
        "col-score",
        "col-status",
        "col-answered",
        "col-warnings",
    ]
    .map(|k| escape(&l.tr(k)));
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    out.push_str("|---|--:|---|--:|---|\n");
    for st in &a.standards {
        out.push_str(&format!(
            "| {} | {} | {} | {}/{} | {} |\n",
            escape(&words.standard_name(&st.id)),
            escape(&words.score(st.score)),
            escape(&words.status(st.status)),
            st.answered,
            st.applicable,
            escape(&words.warnings(st, a)),
        ));
    }
    out.push('\n');
    points(
        &mut out,
        &l.tr("reasons-title"),
        &words.reasons(s.answers, a),
    );
    let neg = words.negotiation(a);
    if !neg.is_empty() {
        points(&mut out, &l.tr("negotiate-title"), &neg);
    }
    out
}
