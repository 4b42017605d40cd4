//! `vet panel` for the terminal: the agenda first, then the combined verdict and standards, laid
//! out from the [`PanelDocument`](crate::export::model::panel::PanelDocument).

use super::{Style, firmness, layout, paint, points, verdict_color, wrap};
use crate::export::model::panel::{Report, document};
use crate::export::words::{Point, Words};

/// The panel for the terminal: the agenda first, then the combined verdict and standards.
pub fn render(r: &Report, words: &Words, style: Style) -> String {
    let d = document(r, words);
    let width = style.width as usize;
    let mut out = String::new();
    for line in &d.meta {
        out.push_str(&wrap("", line, width));
    }
    if let Some(red) = &d.redacted {
        out.push_str(&wrap("", red, width));
    }
    out.push('\n');
    out.push_str(&points(&d.agenda.title, &d.agenda.points, width));
    out.push('\n');
    let verdict = if style.color {
        d.verdict_line.replacen(
            &words.verdict(d.verdict),
            &paint(&words.verdict(d.verdict), verdict_color(d.verdict)),
            1,
        )
    } else {
        d.verdict_line.clone()
    };
    out.push_str(&wrap("", &verdict, width));
    out.push_str(&firmness(
        &Point {
            headline: d.firmness.title.clone(),
            details: d
                .firmness
                .points
                .iter()
                .map(|p| p.headline.clone())
                .collect(),
        },
        words,
        width,
    ));
    out.push_str(&wrap("", &d.respondents_line, width));
    out.push('\n');
    out.push_str(&layout(&d.standards, style));
    out.push('\n');
    out.push_str(&layout(&d.respondents, style));
    out.push('\n');
    out.push_str(&points(&d.reasons.title, &d.reasons.points, width));
    if let Some(n) = &d.negotiation {
        out.push('\n');
        out.push_str(&points(&n.title, &n.points, width));
    }
    if let Some(ps) = &d.partner {
        out.push('\n');
        out.push_str(&wrap("", &ps.title, width));
        out.push_str(&wrap("", &ps.verdict_line, width));
        out.push_str(&layout(&ps.standards, style));
        out.push_str(&points(&ps.gaps.title, &ps.gaps.points, width));
    }
    out.push('\n');
    out.push_str(&wrap("", &d.questions_title, width));
    out.push_str(&layout(&d.questions, style));
    out
}
