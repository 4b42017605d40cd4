//! `vet history` for the terminal: one row per assessment, a trend per standard.
//!
//! On a terminal with colour, a standard's trend is a sparkline (▁ for 0 to █ for 1); without
//! (NO_COLOR, a pipe, a screen reader), it is plain digits, the tenths of each score.

use comfy_table::{Cell, CellAlignment};

use super::{Fit, fit, new_table};
use crate::diff::Trend;
use crate::export::model::diff::Say;
use crate::export::style::{Style, status_color, verdict_color};
use crate::export::words::Words;
use crate::history::History;
use crate::i18n::args;
use crate::rubric::Verdict;
use crate::score::Status;
use crate::scored::Scored;
use crate::text::wrap;

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// One bar of a sparkline: ▁ for a score of 0 to █ for 1, `·` for no score.
pub fn bar(score: Option<f64>) -> char {
    match score {
        Some(s) => BARS[(s.clamp(0.0, 1.0) * 7.0).round() as usize],
        None => '·',
    }
}

/// One digit of a plain trend: the tenths of the score (0 for 0.00–0.09, …, 9 for 0.90–1.00), `-`
/// for no score.
pub fn digit(score: Option<f64>) -> char {
    match score {
        // The small margin keeps 0.3 (stored as 0.29999…) on 3.
        Some(s) => char::from_digit(
            ((s.clamp(0.0, 1.0) * 10.0 + 1e-9).floor() as u32).min(9),
            10,
        )
        .unwrap_or('-'),
        None => '-',
    }
}

/// A standard's scores, oldest first, as bars or digits.
pub fn sparkline(scores: &[Option<f64>], bars: bool) -> String {
    scores
        .iter()
        .map(|&s| if bars { bar(s) } else { digit(s) })
        .collect()
}

/// Renders the history for the terminal. `rows` are in input order; `h` says the date order.
pub fn render(rows: &[Scored], h: &History, words: &Words, style: Style) -> String {
    let l = words.l10n;
    let say = Say::for_style(words, style);
    let width = style.width as usize;
    let ordered: Vec<&Scored> = h.order.iter().map(|&i| &rows[i]).collect();
    let (Some(first), Some(last)) = (ordered.first(), ordered.last()) else {
        return String::new();
    };
    let mut out = wrap(
        "",
        &l.tr_with(
            "history-header",
            &args([
                ("partner", first.answers.partner.clone().into()),
                ("count", ordered.len().into()),
                ("first", first.answers.date.to_string().into()),
                ("last", last.answers.date.to_string().into()),
            ]),
        ),
        width,
    );
    out.push('\n');

    let verdict_cell = |v: Verdict| {
        let c = Cell::new(words.verdict(v));
        if style.color {
            c.fg(verdict_color(v))
        } else {
            c
        }
    };
    let mut t = new_table(style);
    let mut head = vec![
        Cell::new(l.tr("history-col-date")),
        Cell::new(l.tr("history-col-verdict")),
    ];
    head.extend((1..=h.standards.len()).map(|n| Cell::new(n).set_alignment(CellAlignment::Right)));
    t.set_header(head);
    for s in &ordered {
        let mut row = vec![
            Cell::new(s.answers.date),
            verdict_cell(s.assessment.verdict),
        ];
        for st in &s.assessment.standards {
            let mut c = Cell::new(words.score(st.score)).set_alignment(CellAlignment::Right);
            if style.color && st.status != Status::Unknown {
                c = c.fg(status_color(st.status));
            }
            row.push(c);
        }
        t.add_row(row);
    }
    let mut trend_row = vec![Cell::new(l.tr("history-trend")), Cell::new("")];
    for st in &h.standards {
        let mut c =
            Cell::new(sparkline(&st.scores, style.color)).set_alignment(CellAlignment::Right);
        if style.color {
            match st.trend {
                Trend::Better => c = c.fg(comfy_table::Color::Green),
                Trend::Worse => c = c.fg(comfy_table::Color::Red),
                Trend::Unchanged | Trend::Unclear => {}
            }
        }
        trend_row.push(c);
    }
    t.add_row(trend_row);
    // Every cell is a date, a verdict, a score or a trend: none may wrap.
    if fit(
        &mut t,
        &vec![Fit::Whole; h.standards.len() + 2],
        style.width,
    ) {
        out.push_str(&t.to_string());
        out.push('\n');
        out.push_str(&wrap(
            "",
            &l.tr(if style.color {
                "history-key-bars"
            } else {
                "history-key-digits"
            }),
            width,
        ));

        out.push('\n');
        out.push_str(&wrap("", &l.tr("history-standards"), width));
        for (n, st) in h.standards.iter().enumerate() {
            let line = l.tr_with(
                "history-standard",
                &args([
                    ("name", words.standard_name(&st.id).into()),
                    (
                        "scores",
                        say.moved(words.score(st.first), words.score(st.last))
                            .into(),
                    ),
                    ("trend", say.trend(st.trend).into()),
                ]),
            );
            out.push_str(&wrap(&format!("  {:>2}  ", n + 1), &line, width));
        }
    } else {
        // Too narrow for one column per standard: the verdicts by date, then each standard with
        // every score, as lists.
        out.push_str(&wrap("", &l.tr("history-verdicts-title"), width));
        for s in &ordered {
            out.push_str(&wrap(
                "  ",
                &l.tr_with(
                    "history-verdict-at",
                    &args([
                        ("date", s.answers.date.to_string().into()),
                        ("verdict", say.verdict(s.assessment.verdict).into()),
                    ]),
                ),
                width,
            ));
        }
        out.push('\n');
        out.push_str(&wrap("", &l.tr("history-standards-all"), width));
        let sep = l.tr("history-scores-sep");
        for (n, st) in h.standards.iter().enumerate() {
            let scores: Vec<String> = st.scores.iter().map(|&x| words.score(x)).collect();
            let line = l.tr_with(
                "history-standard",
                &args([
                    ("name", words.standard_name(&st.id).into()),
                    ("scores", scores.join(&sep).into()),
                    ("trend", say.trend(st.trend).into()),
                ]),
            );
            out.push_str(&wrap(&format!("  {:>2}  ", n + 1), &line, width));
        }
    }

    if let Some(v) = &h.verdict {
        out.push('\n');
        out.push_str(&wrap(
            "",
            &l.tr_with(
                "history-verdicts",
                &args([(
                    "verdicts",
                    say.moved(say.verdict(v.before), say.verdict(v.after))
                        .into(),
                )]),
            ),
            width,
        ));
    }

    out.push('\n');
    out.push_str(&wrap("", &l.tr("history-files"), width));
    for s in &ordered {
        out.push_str(&wrap(
            "  ",
            &l.tr_with(
                "history-file",
                &args([
                    ("date", s.answers.date.to_string().into()),
                    ("file", s.file.to_string().into()),
                    ("stage", words.stage(s.answers.stage).into()),
                ]),
            ),
            width,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_run_from_the_lowest_for_zero_to_the_highest_for_one() {
        assert_eq!(bar(Some(0.0)), '▁');
        assert_eq!(bar(Some(1.0)), '█');
        assert_eq!(bar(Some(0.5)), '▅');
        assert_eq!(bar(None), '·');
        // Out-of-range scores (a custom rubric's values) stay on the scale.
        assert_eq!(bar(Some(1.5)), '█');
        assert_eq!(bar(Some(-0.5)), '▁');
    }

    #[test]
    fn digits_are_the_tenths_of_the_score() {
        let digits: String = [0.0, 0.09, 0.1, 0.3, 0.5, 0.75, 0.9, 0.99, 1.0]
            .iter()
            .map(|&s| digit(Some(s)))
            .collect();
        assert_eq!(digits, "001357999");
        assert_eq!(digit(None), '-');
    }

    #[test]
    fn a_sparkline_has_one_mark_per_assessment() {
        let scores = [Some(0.0), None, Some(1.0)];
        assert_eq!(sparkline(&scores, true), "▁·█");
        assert_eq!(sparkline(&scores, false), "0-9");
    }
}
