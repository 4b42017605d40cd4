//! The terminal format of `vet score`: a header, the per-standard table, the verdict, the reasons
//! and the negotiation points. Width and colour are decided by the caller (comfy-table detects a
//! width only on a TTY and ignores NO_COLOR).

use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table, presets};

use super::Scored;
use super::text::{Point, Words};
use crate::rubric::Verdict;
use crate::score::Status;
pub use crate::text::wrap;

/// How to draw for the terminal at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    pub width: u16,
}

impl Style {
    /// Plain text at a fixed width: for snapshots and pipes.
    pub fn plain(width: u16) -> Style {
        Style {
            color: false,
            width,
        }
    }
}

/// The colour of a standard's status.
pub fn status_color(s: Status) -> Color {
    match s {
        Status::Met => Color::Green,
        Status::Partly => Color::Yellow,
        Status::NotMet => Color::Red,
        Status::Unknown => Color::DarkGrey,
    }
}

/// The colour of a verdict, for the table and the interview.
pub fn verdict_color(v: Verdict) -> Color {
    match v {
        Verdict::Good => Color::Green,
        Verdict::Inconclusive => Color::Yellow,
        Verdict::Bad => Color::DarkYellow,
        Verdict::Ugly => Color::Red,
    }
}

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

/// `text` in bold colour `c`, as ANSI escapes.
pub fn paint(text: &str, c: Color) -> String {
    let code = match c {
        Color::Green => "32",
        Color::Yellow | Color::DarkYellow => "33",
        Color::Red => "31",
        _ => "90",
    };
    format!("\x1b[1;{code}m{text}\x1b[0m")
}
