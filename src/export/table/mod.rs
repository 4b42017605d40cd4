//! The terminal format of every command: [`score`], [`diff`], [`history`], [`panel`], each in its
//! file, and what they share here: the look of a table, colours, lists of points, and fitting a
//! table to the terminal or saying it as a list. Width and colour are decided by the caller
//! (comfy-table detects a width only on a TTY and ignores NO_COLOR).

pub mod diff;
pub mod history;
pub mod panel;
pub mod score;

use comfy_table::{
    Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets,
};

use super::model;
use super::style::{Style, status_color, trend_color};
use super::words::{Point, Words};
use crate::text::wrap;

/// A new table with vet's look: UTF-8 borders, wrapped to `style.width`, colour only when asked.
pub fn new_table(style: Style) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width)
        .force_no_tty();
    if style.color {
        t.enforce_styling();
    }
    t
}

/// A [`model::Table`] as a terminal table, to [fit](fit) or draw: numbers to the right,
/// statuses and moves in their colour when there is colour.
pub fn build(t: &model::Table, style: Style) -> Table {
    let mut out = new_table(style);
    out.set_header(
        t.columns
            .iter()
            .map(|c| Cell::new(&c.title))
            .collect::<Vec<_>>(),
    );
    for row in &t.rows {
        out.add_row(
            row.iter()
                .zip(&t.columns)
                .map(|(c, col)| {
                    let mut cell = Cell::new(&c.text);
                    if col.numeric {
                        cell = cell.set_alignment(CellAlignment::Right);
                    }
                    if style.color {
                        if let Some(color) = c.trend.and_then(trend_color) {
                            cell = cell.fg(color);
                        }
                        if let Some(s) = c.status {
                            cell = cell.fg(status_color(s));
                        }
                    }
                    cell
                })
                .collect::<Vec<_>>(),
        );
    }
    out
}

/// A [`model::Table`] drawn for the terminal, as [`build`] makes it.
pub fn layout(t: &model::Table, style: Style) -> String {
    build(t, style).to_string() + "\n"
}

/// A titled list of points with their details, wrapped to `width`.
pub fn points(title: &str, points: &[Point], width: usize) -> String {
    let mut out = format!("{title}\n");
    for p in points {
        out.push_str(&wrap("  • ", &p.headline, width));
        for d in &p.details {
            out.push_str(&wrap("      – ", d, width));
        }
    }
    out
}

/// Whether the verdict is firm, then the decisive open questions in the order to ask them.
pub fn firmness(firm: &Point, words: &Words, width: usize) -> String {
    let mut out = wrap("", &firm.headline, width);
    if !firm.details.is_empty() {
        out.push_str(&wrap("", &words.l10n.tr("decisive-title"), width));
        for d in &firm.details {
            out.push_str(&wrap("  • ", d, width));
        }
    }
    out
}

/// How a column of a terminal table may be laid out. Shared with `vet history`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never wrapped: dates, verdicts, scores and changes are read whole or misread.
    Whole,
    /// Wrapped between words, never inside one, and given at least `share` percent of the room.
    Wrap { share: u16 },
}

impl Fit {
    /// Wrapped between words, with no share of its own.
    pub fn wrap() -> Fit {
        Fit::Wrap { share: 0 }
    }
}

/// Lays out `t`'s columns as `columns` says, and tells whether the table then fits in `width`
/// columns. When it does not, the caller says the same as a list: a table wider than the terminal,
/// or one that splits "0.56" into "0.5" and "6", is worse than no table.
pub fn fit(t: &mut Table, columns: &[Fit], width: u16) -> bool {
    let header = t
        .header()
        .map(|h| h.cell_iter().map(|c| c.content()).collect());
    let rows: Vec<Vec<String>> = header
        .into_iter()
        .chain(
            t.row_iter()
                .map(|r| r.cell_iter().map(|c| c.content()).collect()),
        )
        .collect();
    // What comfy-table draws around the cells: a border left of each column and at the right end,
    // and a space of padding each side of a cell.
    let borders = columns.len() + 1;
    let room = usize::from(width).saturating_sub(borders);
    let mut needed = borders;
    for (i, &fit) in columns.iter().enumerate() {
        let texts = rows.iter().filter_map(|r| r.get(i)).flat_map(|t| t.lines());
        let content = match fit {
            Fit::Whole => texts.map(crate::text::width).max().unwrap_or(0),
            // comfy-table breaks lines at plain spaces only. Its share of the room includes the
            // padding.
            Fit::Wrap { share } => texts
                .flat_map(|line| line.split(' '))
                .map(crate::text::width)
                .max()
                .unwrap_or(0)
                .max((room * usize::from(share) / 100).saturating_sub(2)),
        };
        let constraint = match fit {
            Fit::Whole => ColumnConstraint::ContentWidth,
            Fit::Wrap { .. } => ColumnConstraint::LowerBoundary(Width::Fixed(
                u16::try_from(content + 2).unwrap_or(u16::MAX),
            )),
        };
        if let Some(column) = t.column_mut(i) {
            column.set_constraint(constraint);
        }
        needed += content + 2;
    }
    needed <= usize::from(width)
}

/// A titled list of points, the title wrapped too (a French title can outrun 40 columns).
pub fn titled(title: &str, list: &[Point], width: usize) -> String {
    points(wrap("", title, width).trim_end(), list, width)
}
