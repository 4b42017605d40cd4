//! The charts of the HTML page, in inline SVG: the standards of one report and the spread of a
//! panel's respondents, on the same score axis.

use std::fmt::Write as _;

use super::{escape, lang_attribute};
use crate::export::model::Scale;
use crate::export::model::panel::SpreadChart;
use crate::export::model::score::Chart;
use crate::score::Status;

// Geometry of the chart, in SVG user units: a track per standard, its name above it, its score
// and status in words to its right; the thresholds as vertical lines across every track.
const WIDTH: f64 = 720.0;
const LEFT: f64 = 8.0;
const TRACK: f64 = 480.0;
const TOP: f64 = 44.0;
const ROW: f64 = 46.0;
const BAR_Y: f64 = 20.0;
const BAR_H: f64 = 18.0;

fn x_of(score: f64) -> f64 {
    LEFT + score.clamp(0.0, 1.0) * TRACK
}

pub(super) fn standards(out: &mut String, c: &Chart) {
    let bottom = TOP + ROW * c.bars.len() as f64;
    let height = bottom + 30.0;
    let _ = writeln!(
        out,
        "<figure>\n<figcaption>{title}</figcaption>\n\
         <svg viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" \
         role=\"img\" aria-label=\"{title}\">",
        title = escape(&c.title),
    );
    thresholds(out, &c.scale, bottom);
    for (i, bar) in c.bars.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let bar_y = y + BAR_Y;
        let _ = writeln!(
            out,
            "<text class=\"name\" x=\"{LEFT}\" y=\"{ny:.1}\" font-size=\"13\" \
             font-weight=\"600\"{lang}>{name}</text>",
            ny = y + 14.0,
            lang = lang_attribute(bar.name_lang.as_deref()),
            name = escape(&bar.name),
        );
        match bar.score {
            Some(score) => {
                // A score of 0 still shows a sliver, so that "not met" is seen, not missed.
                let w = (x_of(score) - LEFT).max(3.0);
                let _ = writeln!(
                    out,
                    "<rect x=\"{LEFT}\" y=\"{bar_y:.1}\" width=\"{TRACK}\" height=\"{BAR_H}\" \
                     fill=\"#ececec\"/>\n<rect x=\"{LEFT}\" y=\"{bar_y:.1}\" width=\"{w:.1}\" \
                     height=\"{BAR_H}\" fill=\"{fill}\"/>",
                    fill = status_fill(bar.status),
                );
            }
            None => {
                // Unknown is not a score of 0: an empty dashed track, said in words inside it.
                let _ = writeln!(
                    out,
                    "<rect x=\"{LEFT}\" y=\"{bar_y:.1}\" width=\"{TRACK}\" height=\"{BAR_H}\" \
                     fill=\"{fill}\" stroke=\"#8a8a8a\" stroke-width=\"1.5\" \
                     stroke-dasharray=\"6 4\"/>\n<text class=\"name\" x=\"{qx:.1}\" y=\"{qy:.1}\" \
                     font-size=\"12\" text-anchor=\"middle\" font-style=\"italic\">{label}</text>",
                    fill = status_fill(Status::Unknown),
                    qx = LEFT + TRACK / 2.0,
                    qy = bar_y + 13.0,
                    label = escape(&bar.label),
                );
                continue;
            }
        }
        let _ = writeln!(
            out,
            "<text x=\"{lx:.1}\" y=\"{ly:.1}\" font-size=\"12\">{label}</text>",
            lx = LEFT + TRACK + 10.0,
            ly = bar_y + 14.0,
            label = escape(&bar.label),
        );
    }
    axis(out, &c.scale.ticks, bottom);
    out.push_str("</svg>\n</figure>\n");
}

/// The met and partly-met thresholds as dashed lines across every track, labelled above.
fn thresholds(out: &mut String, scale: &Scale, bottom: f64) {
    // Thresholds: the label above, on its own line so that close thresholds stay readable.
    for (value, label, colour, y) in [
        (scale.partly, &scale.partly_label, "#8a6500", 14.0),
        (scale.met, &scale.met_label, "#1e6b2a", 32.0),
    ] {
        let x = x_of(value);
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{y1:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"{colour}\" \
             stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n\
             <text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"12\" text-anchor=\"middle\" \
             style=\"fill: {colour}\">{label}</text>",
            y1 = y + 4.0,
            label = escape(label),
        );
    }
}

/// The score axis under the tracks, with its ticks.
fn axis(out: &mut String, ticks: &[(f64, String)], bottom: f64) {
    let _ = writeln!(
        out,
        "<line x1=\"{LEFT}\" y1=\"{bottom:.1}\" x2=\"{end:.1}\" y2=\"{bottom:.1}\" \
         stroke=\"#555\" stroke-width=\"1\"/>",
        end = LEFT + TRACK,
    );
    for (value, label) in ticks {
        let x = x_of(*value);
        let anchor = match *value {
            v if v <= 0.0 => "start",
            v if v >= 1.0 => "end",
            _ => "middle",
        };
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{bottom:.1}\" x2=\"{x:.1}\" y2=\"{tick:.1}\" stroke=\"#555\" \
             stroke-width=\"1\"/>\n<text x=\"{x:.1}\" y=\"{ty:.1}\" font-size=\"11\" \
             text-anchor=\"{anchor}\">{label}</text>",
            tick = bottom + 5.0,
            ty = bottom + 19.0,
            label = escape(label),
        );
    }
}

/// The spread per standard: the band from the lowest to the highest respondent's score, a dot per
/// respondent, the combined score as a bar coloured by its status, the partner's own score as a
/// hollow diamond; the thresholds as in the score chart.
pub(super) fn spread(out: &mut String, c: &SpreadChart) {
    let bottom = TOP + ROW * c.rows.len() as f64;
    let height = bottom + 30.0;
    let _ = writeln!(
        out,
        "<figure>\n<figcaption>{title} {legend}</figcaption>\n\
         <svg viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" \
         role=\"img\" aria-label=\"{title}\">",
        title = escape(&c.title),
        legend = escape(&c.legend),
    );
    thresholds(out, &c.scale, bottom);
    for (i, row) in c.rows.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let mid = y + BAR_Y + BAR_H / 2.0;
        let _ = writeln!(
            out,
            "<text class=\"name\" x=\"{LEFT}\" y=\"{ny:.1}\" font-size=\"13\" \
             font-weight=\"600\">{name}</text>\n<rect x=\"{LEFT}\" y=\"{by:.1}\" \
             width=\"{TRACK}\" height=\"{BAR_H}\" fill=\"#f4f4f4\"/>",
            ny = y + 14.0,
            by = y + BAR_Y,
            name = escape(&row.name),
        );
        let lo = row.respondents.iter().copied().fold(f64::MAX, f64::min);
        let hi = row.respondents.iter().copied().fold(f64::MIN, f64::max);
        if !row.respondents.is_empty() {
            let _ = writeln!(
                out,
                "<rect class=\"range\" x=\"{x:.1}\" y=\"{ry:.1}\" width=\"{w:.1}\" height=\"8\" \
                 rx=\"4\" fill=\"#b9c6d6\"/>",
                x = x_of(lo) - 4.0,
                ry = mid - 4.0,
                w = x_of(hi) - x_of(lo) + 8.0,
            );
        }
        if let Some(score) = row.panel {
            let _ = writeln!(
                out,
                "<rect class=\"panel\" x=\"{x:.1}\" y=\"{py:.1}\" width=\"5\" height=\"{h:.1}\" \
                 fill=\"{fill}\" stroke=\"#1b1b1b\" stroke-width=\"0.8\"/>",
                x = x_of(score) - 2.5,
                py = y + BAR_Y - 3.0,
                h = BAR_H + 6.0,
                fill = status_fill(row.status),
            );
        }
        for score in &row.respondents {
            let _ = writeln!(
                out,
                "<circle class=\"respondent\" cx=\"{x:.1}\" cy=\"{mid:.1}\" r=\"4.5\" \
                 fill=\"#37474f\" fill-opacity=\"0.75\" stroke=\"#fff\" stroke-width=\"1\"/>",
                x = x_of(*score),
            );
        }
        if let Some(score) = row.partner {
            let (x, r) = (x_of(score), 6.5);
            let _ = writeln!(
                out,
                "<polygon class=\"partner\" points=\"{x:.1},{t:.1} {e:.1},{mid:.1} {x:.1},{b:.1} \
                 {w:.1},{mid:.1}\" fill=\"none\" stroke=\"#6a1b9a\" stroke-width=\"2\"/>",
                t = mid - r,
                b = mid + r,
                e = x + r,
                w = x - r,
            );
        }
        let _ = writeln!(
            out,
            "<text x=\"{lx:.1}\" y=\"{ly:.1}\" font-size=\"12\">{label}</text>",
            lx = LEFT + TRACK + 10.0,
            ly = y + BAR_Y + 14.0,
            label = escape(&row.label),
        );
    }
    axis(out, &c.scale.ticks, bottom);
    out.push_str("</svg>\n</figure>\n");
}

/// The fill of a status's bar: green, amber, red; unknown is drawn as a dashed outline.
fn status_fill(s: Status) -> &'static str {
    match s {
        Status::Met => "#2e7d32",
        Status::Partly => "#e0a800",
        Status::NotMet => "#c62828",
        Status::Unknown => "#f2f2f2",
    }
}
