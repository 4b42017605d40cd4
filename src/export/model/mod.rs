//! What each command's report says, decided once and in one language, for every format to lay
//! out: [`score::Document`] (`vet score`), [`diff`] (`vet diff` and `vet history`'s wording),
//! [`panel::PanelDocument`] (`vet panel`). The pieces they share are here: titled lists of points,
//! tables of plain texts, the score axis of the charts.
//!
//! Pure: every text here is plain and unescaped; the renderers escape it.

pub mod diff;
pub mod panel;
pub mod score;

use crate::diff::Trend;
use crate::export::words::{Point, Words};
use crate::i18n::args;
use crate::rubric::Verdict;
use crate::score::{Assessment, Status};

/// What every report on a verdict opens with (`vet score`'s and `vet panel`'s): who, the
/// verdict and how firm it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The partner's name: the report's title.
    pub title: String,
    /// Lines under the title: who, when, which rubric, how much is known.
    pub meta: Vec<String>,
    /// The visible line saying that notes, documents and the assessor are left out, if they are.
    pub redacted: Option<String>,
    pub verdict: Verdict,
    /// "Verdict: UGLY — why", with the guide's section.
    pub verdict_line: String,
    /// Whether the verdict is firm (the title); under it, the decisive open questions.
    pub firmness: Points,
    /// Introduces the decisive open questions.
    pub decisive_title: String,
}

impl Header {
    /// The header of a report titled `title` on the verdict of `a`, its verdict said by the
    /// message `line_id` (with `$verdict` and `$why`).
    pub fn new(
        words: &Words,
        a: &Assessment,
        title: String,
        meta: Vec<String>,
        redacted: bool,
        line_id: &str,
    ) -> Header {
        let l = words.l10n;
        Header {
            title,
            meta,
            redacted: redacted.then(|| l.tr("report-redacted")),
            verdict: a.verdict,
            verdict_line: l.tr_with(
                line_id,
                &args([
                    ("verdict", words.verdict(a.verdict).into()),
                    ("why", words.rule(a).into()),
                ]),
            ),
            firmness: Points::firmness(words, a),
            decisive_title: l.tr("decisive-title"),
        }
    }
}

/// A titled list of points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Points {
    pub title: String,
    pub points: Vec<Point>,
}

impl Points {
    /// Whether the verdict is firm (the title) and the decisive open questions (the points).
    pub fn firmness(words: &Words, a: &Assessment) -> Points {
        let firm = words.firmness(a);
        Points {
            title: firm.headline,
            points: firm
                .details
                .into_iter()
                .map(|d| Point {
                    headline: d,
                    details: Vec::new(),
                })
                .collect(),
        }
    }
}

/// A table of plain texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

/// A column's title and alignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub title: String,
    /// Numbers are aligned right.
    pub numeric: bool,
}

/// One cell; a status or a move can be coloured by formats that have colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub status: Option<Status>,
    /// Which way a score moved (`vet diff`): the terminal colours it.
    pub trend: Option<Trend>,
    /// The language of a rubric text shown in another language than the report's (its English
    /// fallback), so that HTML can say so; `None` when it is the report's language.
    pub lang: Option<String>,
}

/// The score axis every chart shares: the rubric's thresholds, worded, and the marks from 0 to 1.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// `scoring.met`: a standard scoring this or more is met.
    pub met: f64,
    /// `scoring.partly`: a standard scoring this or more (and below `met`) is partly met.
    pub partly: f64,
    pub met_label: String,
    pub partly_label: String,
    /// Marks of the score axis, from 0 to 1, with their labels.
    pub ticks: Vec<(f64, String)>,
}

impl Scale {
    /// The axis of `words`' rubric, in its language.
    pub fn new(words: &Words) -> Scale {
        let l = words.l10n;
        let scoring = &words.rubric.scoring;
        let threshold =
            |id: &str, value: f64| l.tr_with(id, &args([("value", l.decimal(value, 2).into())]));
        Scale {
            met: scoring.met,
            partly: scoring.partly,
            met_label: threshold("chart-met", scoring.met),
            partly_label: threshold("chart-partly", scoring.partly),
            ticks: [0.0, 0.25, 0.5, 0.75, 1.0]
                .into_iter()
                .map(|t| (t, l.decimal(t, 2)))
                .collect(),
        }
    }
}

/// A plain cell: no status, in the report's language.
pub(crate) fn cell(text: impl Into<String>) -> Cell {
    Cell {
        text: text.into(),
        status: None,
        trend: None,
        lang: None,
    }
}

/// A cell saying a status, coloured by it where there is colour.
pub(crate) fn status_cell(text: impl Into<String>, status: Status) -> Cell {
    Cell {
        status: Some(status),
        ..cell(text)
    }
}

/// A column titled `title`, aligned right when `numeric`.
pub(crate) fn column(title: String, numeric: bool) -> Column {
    Column { title, numeric }
}
