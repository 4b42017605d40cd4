//! `vet score` for the terminal: a header, the per-standard table, the verdict, the reasons and
//! the negotiation points. The table is the [`Document`](crate::export::model::score::Document)'s.

use super::{firmness, layout, points};
use crate::export::model::score::standards;
use crate::export::style::{Style, paint, verdict_color};
use crate::export::words::Words;
use crate::scored::Scored;
use crate::text::wrap;

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

    out.push_str(&layout(&standards(s, words), style));

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
