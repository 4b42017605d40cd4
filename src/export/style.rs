//! How the terminal is drawn on: [`Style`] (colour or not, and the width), and the colour of a
//! verdict, a status and a move. Shared by the terminal renderers, the wording of moves that the
//! terminal and Markdown share, and the interview's summary.

use comfy_table::Color;

use crate::diff::Trend;
use crate::rubric::Verdict;
use crate::score::Status;

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

/// The colour of a move, when it has one.
pub fn trend_color(t: Trend) -> Option<Color> {
    match t {
        Trend::Better => Some(Color::Green),
        Trend::Worse => Some(Color::Red),
        Trend::Unchanged | Trend::Unclear => None,
    }
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
