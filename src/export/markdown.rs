//! The Markdown format of `vet score`: fit to paste into a report or a wiki. It lays out a
//! [`Document`], so it says everything the HTML report says, but the chart.

use super::Scored;
use super::document::{Document, Table};
use super::text::{Point, Words};

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

/// Whether the verdict is firm, then the decisive open questions under their title.
pub fn firmness(out: &mut String, firm: &super::document::Points, decisive_title: &str) {
    out.push_str(&format!("{}\n\n", escape(&firm.title)));
    if !firm.points.is_empty() {
        out.push_str(&format!("{}\n\n", escape(decisive_title)));
        for p in &firm.points {
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
    let mut out = format!("## {}\n\n", escape(&d.title));
    for line in &d.meta {
        out.push_str(&format!("{}\n\n", escape(line)));
    }
    if let Some(r) = &d.redacted {
        out.push_str(&format!("> **{}**\n\n", escape(r)));
    }
    out.push_str(&format!("**{}**\n\n", escape(&d.verdict_line)));
    firmness(&mut out, &d.firmness, &d.decisive_title);
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
