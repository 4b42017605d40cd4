//! `vet diff` for the terminal: what changed, standards and answers in tables that fit the
//! terminal, or the same as lists when they cannot.

use comfy_table::{Cell, CellAlignment};

use super::{Fit, Style, fit, new_table, status_color, titled, trend_color, wrap};
use crate::diff::Trend;
use crate::export::model::diff::{Compared, Say};
use crate::export::words::{Point, Words};
use crate::i18n::args;

/// Renders a comparison for the terminal.
pub fn render(c: &Compared, words: &Words, style: Style) -> String {
    let say = Say::for_style(words, style);
    let l = words.l10n;
    let ch = c.change;
    let width = style.width as usize;
    let mut out = String::new();
    for line in say.header(c) {
        out.push_str(&wrap("", &line, width));
    }
    out.push('\n');
    out.push_str(&wrap("", &say.verdict_line(ch), width));
    for line in say.knowledge(ch) {
        out.push_str(&wrap("", &line, width));
    }
    if !ch.changed() {
        out.push_str(&wrap("", &l.tr("diff-no-change"), width));
    }
    out.push('\n');

    let mut t = new_table(style);
    t.set_header(vec![
        Cell::new(l.tr("col-standard")),
        Cell::new(l.tr("diff-col-before")),
        Cell::new(l.tr("diff-col-after")),
        Cell::new(l.tr("diff-col-change")),
        Cell::new(l.tr("col-status")),
    ]);
    for s in &ch.standards {
        let mut change = Cell::new(say.change(&s.score, s.trend));
        let mut status = Cell::new(say.status(s));
        if style.color {
            if let Some(color) = trend_color(s.trend) {
                change = change.fg(color);
            }
            status = status.fg(status_color(s.status.after));
        }
        t.add_row(vec![
            Cell::new(words.standard_name(&s.id)),
            Cell::new(words.score(s.score.before)).set_alignment(CellAlignment::Right),
            Cell::new(words.score(s.score.after)).set_alignment(CellAlignment::Right),
            change,
            status,
        ]);
    }
    let columns = [Fit::wrap(), Fit::Whole, Fit::Whole, Fit::Whole, Fit::wrap()];
    if fit(&mut t, &columns, style.width) {
        out.push_str(&t.to_string());
        out.push('\n');
    } else {
        // Too narrow for the scores and changes to stay whole: the same, as a list.
        let list: Vec<Point> = ch
            .standards
            .iter()
            .map(|s| Point {
                headline: words.standard_name(&s.id),
                details: vec![
                    say.labelled(
                        "col-score",
                        format!(
                            "{} — {}",
                            say.moved(words.score(s.score.before), words.score(s.score.after)),
                            say.change(&s.score, s.trend)
                        ),
                    ),
                    say.labelled("col-status", say.status(s)),
                ],
            })
            .collect();
        out.push_str(&titled(&l.tr("diff-standards-title"), &list, width));
    }

    for (title, list) in say.sections(c, true) {
        out.push('\n');
        out.push_str(&titled(&title, &list, width));
    }

    if !ch.answers_changed.is_empty() {
        out.push('\n');
        let title = l.tr_with(
            "diff-answers-changed",
            &args([("count", ch.answers_changed.len().into())]),
        );
        let change = |t: Trend| {
            if style.color {
                match t {
                    Trend::Better => "↑",
                    Trend::Worse => "↓",
                    Trend::Unchanged => "=",
                    Trend::Unclear => "?",
                }
                .to_string()
            } else {
                say.answer_trend(t)
            }
        };
        let mut t = new_table(style);
        t.set_header(vec![
            Cell::new(l.tr("diff-col-question")),
            Cell::new(l.tr("diff-col-before")),
            Cell::new(l.tr("diff-col-after")),
            Cell::new(l.tr("diff-col-change")),
        ]);
        for a in &ch.answers_changed {
            let mut trend = Cell::new(change(a.trend));
            if let Some(color) = trend_color(a.trend).filter(|_| style.color) {
                trend = trend.fg(color);
            }
            t.add_row(vec![
                Cell::new(crate::text::bind_punctuation(&say.question(&a.question))),
                Cell::new(crate::text::bind_punctuation(&say.entry(&a.before, "\n"))),
                Cell::new(crate::text::bind_punctuation(&say.entry(&a.after, "\n"))),
                trend,
            ]);
        }
        // Questions are longer than answers and notes: give them the room.
        let columns = [
            Fit::Wrap { share: 36 },
            Fit::wrap(),
            Fit::wrap(),
            Fit::Whole,
        ];
        if fit(&mut t, &columns, style.width) {
            out.push_str(&title);
            out.push('\n');
            out.push_str(&t.to_string());
            out.push('\n');
        } else {
            let list: Vec<Point> = ch
                .answers_changed
                .iter()
                .map(|a| Point {
                    headline: say.question(&a.question),
                    details: vec![
                        say.labelled("diff-col-before", say.entry(&a.before, " — ")),
                        say.labelled("diff-col-after", say.entry(&a.after, " — ")),
                        say.labelled("diff-col-change", change(a.trend)),
                    ],
                })
                .collect();
            out.push_str(&titled(&title, &list, width));
        }
    }

    for (title, list) in say.sections(c, false) {
        out.push('\n');
        out.push_str(&titled(&title, &list, width));
    }
    out
}
