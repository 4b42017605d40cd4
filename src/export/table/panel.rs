//! `vet panel` for the terminal: the agenda first, then the combined verdict and standards, laid
//! out from the [`PanelDocument`](crate::export::model::panel::PanelDocument).

use super::{firmness, layout, points};
use crate::export::model::panel::{Report, document};
use crate::export::style::{Style, paint, verdict_color};
use crate::export::words::Words;
use crate::text::wrap;

/// The panel for the terminal: the agenda first, then the combined verdict and standards.
pub fn render(r: &Report, words: &Words, style: Style) -> String {
    let d = document(r, words);
    let width = style.width as usize;
    let mut out = String::new();
    for line in &d.header.meta {
        out.push_str(&wrap("", line, width));
    }
    if let Some(red) = &d.header.redacted {
        out.push_str(&wrap("", red, width));
    }
    out.push('\n');
    out.push_str(&points(&d.agenda.title, &d.agenda.points, width));
    out.push('\n');
    let verdict = if style.color {
        d.header.verdict_line.replacen(
            &words.verdict(d.header.verdict),
            &paint(
                &words.verdict(d.header.verdict),
                verdict_color(d.header.verdict),
            ),
            1,
        )
    } else {
        d.header.verdict_line.clone()
    };
    out.push_str(&wrap("", &verdict, width));
    out.push_str(&firmness(
        &words.firmness(&r.panel.assessment),
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
