//! `vet score` for the terminal: a header, the per-standard table, the verdict, the reasons and
//! the negotiation points.

use comfy_table::{Cell, CellAlignment};

use super::{Style, firmness, new_table, paint, points, status_color, verdict_color, wrap};
use crate::export::words::Words;
use crate::scored::Scored;

/// Renders one scored file for the terminal.
pub fn render(s: &Scored, words: &Words, style: Style) -> String {
    let l = words.l10n;
    let a = &s.assessment;
    let width = style.width as usize;
    let mut out = String::new();
    for line in words.header_lines(s.file, s.answers, a) {
        out.push_str(&wrap("", &line, width));
    }
    if s.redacted {
        out.push_str(&wrap("", &l.tr("report-redacted"), width));
    }

    let mut t = new_table(style);
    t.set_header(vec![
        Cell::new(l.tr("col-standard")),
        Cell::new(l.tr("col-score")),
        Cell::new(l.tr("col-status")),
        Cell::new(l.tr("col-answered")),
        Cell::new(l.tr("col-warnings")),
    ]);
    for st in &a.standards {
        let mut status = Cell::new(words.status(st.status));
        if style.color {
            status = status.fg(status_color(st.status));
        }
        t.add_row(vec![
            Cell::new(words.standard_name(&st.id)),
            Cell::new(words.score_with_range(st)).set_alignment(CellAlignment::Right),
            status,
            Cell::new(format!("{}/{}", st.known, st.applicable))
                .set_alignment(CellAlignment::Right),
            Cell::new(words.warnings(st, a)),
        ]);
    }
    out.push_str(&t.to_string());
    out.push('\n');

    let verdict = words.verdict(a.verdict);
    let verdict = if style.color {
        paint(&verdict, verdict_color(a.verdict))
    } else {
        verdict
    };
    out.push('\n');
    out.push_str(&wrap(
        "",
        &l.tr_with(
            "verdict-line",
            &crate::i18n::args([("verdict", verdict.into()), ("why", words.rule(a).into())]),
        ),
        width,
    ));
    out.push_str(&firmness(&words.firmness(a), words, width));
    out.push('\n');
    out.push_str(&points(
        &l.tr("reasons-title"),
        &words.reasons(s.answers, a),
        width,
    ));
    let neg = words.negotiation(a);
    if !neg.is_empty() {
        out.push('\n');
        out.push_str(&points(
            &words.negotiate_title(s.answers.stage),
            &neg,
            width,
        ));
    }
    out
}
