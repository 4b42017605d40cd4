//! The Markdown format of `vet score`, `vet diff` and `vet panel`: fit to paste into a report or a
//! wiki. It lays out each command's document model ([`Document`], [`PanelDocument`]), so it says
//! everything the HTML report says, but the chart.

use super::model::diff::{Compared, Say};
use super::model::panel::{PanelDocument, Report, document as panel_document};
use super::model::score::Document;
use super::model::{Header, Table};
use super::words::{Point, Words};
use crate::scored::Scored;

/// Escapes text for a Markdown table cell or list item: no markup, no HTML, no broken table.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A report's opening: the partner as its title, the meta lines, the redaction note.
fn top(h: &Header) -> String {
    let mut out = format!("## {}\n\n", escape(&h.title));
    for line in &h.meta {
        out.push_str(&format!("{}\n\n", escape(line)));
    }
    if let Some(r) = &h.redacted {
        out.push_str(&format!("> **{}**\n\n", escape(r)));
    }
    out
}

/// The verdict line, whether the verdict is firm, then the decisive open questions under their
/// title.
fn verdict(out: &mut String, h: &Header) {
    out.push_str(&format!("**{}**\n\n", escape(&h.verdict_line)));
    out.push_str(&format!("{}\n\n", escape(&h.firmness.title)));
    if !h.firmness.points.is_empty() {
        out.push_str(&format!("{}\n\n", escape(&h.decisive_title)));
        for p in &h.firmness.points {
            out.push_str(&format!("- {}\n", escape(&p.headline)));
        }
        out.push('\n');
    }
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

/// A table as Markdown.
pub fn table(out: &mut String, t: &Table) {
    let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&row(t.columns.iter().map(|c| escape(&c.title)).collect()));
    out.push_str(&format!(
        "|{}|\n",
        t.columns
            .iter()
            .map(|c| if c.numeric { "--:" } else { "---" })
            .collect::<Vec<_>>()
            .join("|")
    ));
    for r in &t.rows {
        out.push_str(&row(r.iter().map(|c| escape(&c.text)).collect()));
    }
    out.push('\n');
}

/// Renders one scored file as Markdown.
pub fn render(s: &Scored, words: &Words) -> String {
    document(&Document::new(s, words))
}

/// Renders a report as Markdown: everything the HTML report says, but the chart.
pub fn document(d: &Document) -> String {
    let mut out = top(&d.header);
    verdict(&mut out, &d.header);
    out.push_str(&format!("### {}\n\n", escape(&d.standards_title)));
    table(&mut out, &d.standards);
    points(&mut out, &d.red_flags.title, &d.red_flags.points);
    points(&mut out, &d.reasons.title, &d.reasons.points);
    if let Some(n) = &d.negotiation {
        points(&mut out, &n.title, &n.points);
    }
    out.push_str(&format!("### {}\n\n", escape(&d.answers_title)));
    for g in &d.answers {
        out.push_str(&format!("#### {}\n\n", escape(&g.heading)));
        if g.table.rows.is_empty() {
            out.push_str(&format!("{}\n\n", escape(&g.none)));
        } else {
            table(&mut out, &g.table);
        }
    }
    out
}

/// Renders a comparison as Markdown: its tables go through [`table`] like every report's.
pub fn diff(c: &Compared, words: &Words) -> String {
    let say = Say::for_markdown(words);
    let l = words.l10n;
    let ch = c.change;
    let mut out = String::new();
    let mut lines = say.header(c).into_iter();
    if let Some(partner) = lines.next() {
        out.push_str(&format!("## {}\n\n", escape(&partner)));
    }
    for line in lines {
        out.push_str(&format!("{}  \n", escape(&line)));
    }
    out.push('\n');
    out.push_str(&format!("**{}**\n\n", escape(&say.verdict_line(ch))));
    for line in say.knowledge(ch) {
        out.push_str(&format!("{}\n\n", escape(&line)));
    }
    if !ch.changed() {
        out.push_str(&format!("{}\n\n", escape(&l.tr("diff-no-change"))));
    }
    table(&mut out, &say.standards(c));
    for (title, list) in say.sections(c, true) {
        points(&mut out, &title, &list);
    }
    if !ch.answers_changed.is_empty() {
        out.push_str(&format!("### {}\n\n", escape(&say.answers_title(c))));
        table(&mut out, &say.answers(c, " — "));
    }
    for (title, list) in say.sections(c, false) {
        points(&mut out, &title, &list);
    }
    out
}

/// The panel as Markdown: everything the HTML page says, but the chart.
pub fn panel(r: &Report, words: &Words) -> String {
    let d: PanelDocument = panel_document(r, words);
    let mut out = top(&d.header);
    points(&mut out, &d.agenda.title, &d.agenda.points);
    verdict(&mut out, &d.header);
    out.push_str(&format!("{}\n\n", escape(&d.respondents_line)));
    out.push_str(&format!("### {}\n\n", escape(&d.standards_title)));
    table(&mut out, &d.standards);
    out.push_str(&format!("### {}\n\n", escape(&d.respondents_title)));
    table(&mut out, &d.respondents);
    points(&mut out, &d.reasons.title, &d.reasons.points);
    if let Some(n) = &d.negotiation {
        points(&mut out, &n.title, &n.points);
    }
    if let Some(ps) = &d.partner {
        out.push_str(&format!("### {}\n\n", escape(&ps.title)));
        out.push_str(&format!("{}\n\n", escape(&ps.verdict_line)));
        table(&mut out, &ps.standards);
        points(&mut out, &ps.gaps.title, &ps.gaps.points);
    }
    out.push_str(&format!("### {}\n\n", escape(&d.questions_title)));
    table(&mut out, &d.questions);
    out
}
