//! `vet diff` for the terminal: what changed, standards and answers in tables that fit the
//! terminal, or the same as lists when they cannot.

use super::{Fit, build, fit, titled};
use crate::export::model::diff::{Compared, Say};
use crate::export::style::Style;
use crate::export::words::{Point, Words};
use crate::text::wrap;

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

    let mut t = build(&say.standards(c), style);
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
        let title = say.answers_title(c);
        let mut answers = say.answers(c, "\n");
        // French punctuation kept with its word when a cell wraps.
        for row in &mut answers.rows {
            for cell in &mut row[..3] {
                cell.text = crate::text::bind_punctuation(&cell.text);
            }
        }
        let mut t = build(&answers, style);
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
                        say.labelled("diff-col-change", say.answer_change(a.trend)),
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
