//! The formats of `vet history`: a table for the terminal (one row per assessment, a trend per
//! standard), and the JSON and CSV contracts for scripts (stable, never localised).
//!
//! On a terminal with colour, a standard's trend is a sparkline (▁ for 0 to █ for 1); without
//! (NO_COLOR, a pipe, a screen reader), it is plain digits, the tenths of each score.

use comfy_table::{Cell, CellAlignment};
use serde::Serialize;

use super::Scored;
use super::diff::{Fit, Say, fit, rounded_delta};
use super::json::{JsonRubric, round3};
use super::table::{Style, new_table, status_color, verdict_color, wrap};
use super::text::Words;
use crate::diff::Trend;
use crate::history::History;
use crate::i18n::args;
use crate::rubric::Verdict;
use crate::score::Status;

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

// ---------------------------------------------------------------------------------------------
// Table

/// Renders the history for the terminal. `rows` are in input order; `h` says the date order.
pub fn table(rows: &[Scored], h: &History, words: &Words, style: Style) -> String {
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

// ---------------------------------------------------------------------------------------------
// JSON contract

/// A partner's assessments over time, as scripts see them.
#[derive(Debug, Serialize)]
pub struct JsonHistory<'a> {
    /// The partner as named in the oldest file.
    pub partner: &'a str,
    /// The assessments, oldest first.
    pub assessments: Vec<JsonAssessment<'a>>,
    /// Per standard, in rubric order: its scores oldest first and where it went.
    pub trends: Vec<JsonTrend<'a>>,
    /// The verdicts of the oldest and the newest assessment, and which way they moved.
    pub classification: Option<JsonVerdictTrend>,
}

#[derive(Debug, Serialize)]
pub struct JsonAssessment<'a> {
    pub file: &'a str,
    pub date: String,
    pub partner: &'a str,
    pub stage: &'static str,
    pub rubric: JsonRubric<'a>,
    pub classification: Verdict,
    pub answered: usize,
    pub questions_total: usize,
    pub coverage: f64,
    pub standards: Vec<JsonScore<'a>>,
    /// Ids of the confirmed red flags.
    pub red_flags: Vec<&'a str>,
    /// Question ids the partner refused to answer or document.
    pub refusals: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonScore<'a> {
    pub id: &'a str,
    /// 0 to 1, rounded to 3 decimals; null when nothing is known.
    pub score: Option<f64>,
    pub status: Status,
}

#[derive(Debug, Serialize)]
pub struct JsonTrend<'a> {
    pub id: &'a str,
    /// One per assessment, oldest first; null when nothing was known.
    pub scores: Vec<Option<f64>>,
    /// The first and last known scores, and `last - first` of those two as rounded here, rounded to
    /// 3 decimals (null with fewer than two).
    pub first: Option<f64>,
    pub last: Option<f64>,
    pub delta: Option<f64>,
    /// better, worse, unchanged, or unclear (fewer than two known scores).
    pub trend: Trend,
}

#[derive(Debug, Serialize)]
pub struct JsonVerdictTrend {
    pub first: Verdict,
    pub last: Verdict,
    pub trend: Trend,
}

impl<'a> JsonHistory<'a> {
    /// The contract view of a history.
    pub fn new(rows: &'a [Scored], h: &'a History) -> Self {
        let ordered: Vec<&Scored> = h.order.iter().map(|&i| &rows[i]).collect();
        JsonHistory {
            partner: ordered.first().map_or("", |s| s.answers.partner.as_str()),
            assessments: ordered
                .iter()
                .map(|s| {
                    let a = &s.assessment;
                    JsonAssessment {
                        file: s.file,
                        date: s.answers.date.to_string(),
                        partner: &s.answers.partner,
                        stage: s.answers.stage.token(),
                        rubric: JsonRubric {
                            id: &s.answers.rubric.id,
                            version: &s.answers.rubric.version,
                        },
                        classification: a.verdict,
                        answered: a.answered,
                        questions_total: a.questions_total,
                        coverage: round3(a.coverage),
                        standards: a
                            .standards
                            .iter()
                            .map(|st| JsonScore {
                                id: &st.id,
                                score: st.score.map(round3),
                                status: st.status,
                            })
                            .collect(),
                        red_flags: a.red_flags.iter().map(|f| f.id.as_str()).collect(),
                        refusals: &a.refusals,
                    }
                })
                .collect(),
            trends: h
                .standards
                .iter()
                .map(|st| JsonTrend {
                    id: &st.id,
                    scores: st.scores.iter().map(|s| s.map(round3)).collect(),
                    first: st.first.map(round3),
                    last: st.last.map(round3),
                    delta: st.delta.and(rounded_delta(st.first, st.last)),
                    trend: st.trend,
                })
                .collect(),
            classification: h.verdict.as_ref().map(|v| JsonVerdictTrend {
                first: v.before,
                last: v.after,
                trend: v.trend(),
            }),
        }
    }
}

/// The JSON contract of `vet history`.
pub fn json(rows: &[Scored], h: &History) -> String {
    serde_json::to_string_pretty(&JsonHistory::new(rows, h))
        .map(|t| t + "\n")
        .unwrap_or_default()
}

/// The CSV contract of `vet history`: a header, then one row per assessment, oldest first:
/// `file,date,partner,stage,rubric_version,classification,answered,questions_total`, then one
/// column per standard id with its score (3 decimals, empty when nothing is known). Written like
/// every CSV of vet: RFC 4180, CRLF, formulas neutralised.
pub fn csv(rows: &[Scored], h: &History) -> String {
    let mut head: Vec<String> = [
        "file",
        "date",
        "partner",
        "stage",
        "rubric_version",
        "classification",
        "answered",
        "questions_total",
    ]
    .map(String::from)
    .to_vec();
    head.extend(h.standards.iter().map(|s| s.id.clone()));
    let records = h.order.iter().map(|&i| {
        let s = &rows[i];
        let a = &s.assessment;
        let mut record = vec![
            s.file.to_string(),
            s.answers.date.to_string(),
            s.answers.partner.clone(),
            s.answers.stage.token().to_string(),
            s.answers.rubric.version.clone(),
            a.verdict.token().to_string(),
            a.answered.to_string(),
            a.questions_total.to_string(),
        ];
        record.extend(
            a.standards
                .iter()
                .map(|st| super::json::score_cell(st.score)),
        );
        record
    });
    super::csv::write(std::iter::once(head).chain(records))
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
    fn json_deltas_are_the_difference_of_the_json_scores() {
        let trend = |first: f64, last: f64, known: bool| crate::history::StandardTrend {
            id: "s".into(),
            scores: vec![Some(first), Some(last)],
            first: Some(first),
            last: Some(last),
            delta: known.then_some(last - first),
            trend: Trend::of_scores(Some(first), Some(last)),
        };
        let h = History {
            order: vec![],
            standards: vec![
                trend(0.9004, 0.8996, true),
                trend(0.8755, 0.9125, true),
                trend(0.5, 0.5, false),
            ],
            verdict: None,
        };
        let j: serde_json::Value = serde_json::from_str(&json(&[], &h)).unwrap();
        let t = &j["trends"];
        assert_eq!(
            (t[0]["first"].as_f64(), t[0]["last"].as_f64()),
            (Some(0.9), Some(0.9))
        );
        assert_eq!(t[0]["delta"], 0.0);
        for t in t.as_array().unwrap().iter().take(2) {
            let (f, l) = (t["first"].as_f64().unwrap(), t["last"].as_f64().unwrap());
            assert_eq!(t["delta"].as_f64(), Some(round3(l - f)), "{t}");
        }
        assert_eq!(t[2]["delta"], serde_json::Value::Null);
    }

    #[test]
    fn a_sparkline_has_one_mark_per_assessment() {
        let scores = [Some(0.0), None, Some(1.0)];
        assert_eq!(sparkline(&scores, true), "▁·█");
        assert_eq!(sparkline(&scores, false), "0-9");
    }
}
