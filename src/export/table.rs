//! The terminal format of `vet score`: a header, the per-standard table, the verdict, the reasons
//! and the negotiation points. Width and colour are decided by the caller (comfy-table detects a
//! width only on a TTY and ignores NO_COLOR).

use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table, presets};

use super::Scored;
use super::text::{Point, Words};
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

/// Wraps `text` to `width` columns after a prefix, indenting continuation lines.
pub fn wrap(prefix: &str, text: &str, width: usize) -> String {
    let indent = " ".repeat(console::measure_text_width(prefix));
    let avail = width.saturating_sub(indent.len()).max(20);
    let mut out = String::new();
    let mut line = String::new();
    // French puts a space before ? ! : ; and inside « »: keep such marks with their word.
    let mut words: Vec<String> = Vec::new();
    for w in text.split_whitespace() {
        match words.last_mut() {
            Some(prev) if w.chars().all(|c| "?!:;»".contains(c)) || prev == "«" => {
                prev.push(' ');
                prev.push_str(w);
            }
            _ => words.push(w.to_string()),
        }
    }
    for word in &words {
        // Columns on screen: colour codes take none, wide characters two.
        if !line.is_empty()
            && console::measure_text_width(&line) + 1 + console::measure_text_width(word) > avail
        {
            out.push_str(if out.is_empty() { prefix } else { &indent });
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(if out.is_empty() { prefix } else { &indent });
    out.push_str(&line);
    out.push('\n');
    out
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

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_keeps_lines_within_the_width_and_indents_continuations() {
        let out = wrap(
            "  • ",
            "one two three four five six seven eight nine ten eleven twelve",
            30,
        );
        for line in out.lines() {
            assert!(line.chars().count() <= 30, "{line:?}");
        }
        assert!(out.starts_with("  • one"));
        assert!(out.lines().nth(1).unwrap().starts_with("    "));
    }

    #[test]
    fn wrap_never_leaves_french_punctuation_alone_at_a_line_start() {
        let text =
            "Le partenaire cantonne-t-il les organisations à de petites tâches ? « oui » : non";
        for width in 20..60 {
            for line in wrap("", text, width).lines() {
                let first = line.trim_start().chars().next().unwrap();
                assert!(!"?!:;»".contains(first), "width {width}: {line:?}");
            }
        }
    }
}
