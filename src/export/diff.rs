//! The formats of `vet diff`: a table for the terminal, Markdown for a report, and the JSON contract
//! for scripts (stable field names, never localised; adding a field is not a breaking change).
//!
//! On a terminal with colour, moves are arrows and colours; without (NO_COLOR, a pipe), they are
//! words, so that nothing is said by colour alone.

use comfy_table::{Cell, CellAlignment, Color, ColumnConstraint, Table, Width};
use serde::Serialize;

use super::Scored;
use super::json::{JsonRubric, round3};
use super::table::{Style, new_table, paint, points, status_color, verdict_color, wrap};
use super::text::{Point, Words};
use crate::answers::{Answer, Answers, Entry};
use crate::diff::{Change, FlagChange, FlagLevel, OneSided, Pair, StandardChange, Trend};
use crate::i18n::args;
use crate::rubric::Verdict;
use crate::score::Status;

/// Two scored files and what changed between them, ready to render.
#[derive(Debug, Clone, Copy)]
pub struct Compared<'a> {
    pub before: &'a Scored<'a>,
    pub after: &'a Scored<'a>,
    pub change: &'a Change,
}

// ---------------------------------------------------------------------------------------------
// JSON contract

/// What changed between two assessments, as scripts see it.
#[derive(Debug, Serialize)]
pub struct JsonDiff<'a> {
    pub before: JsonSide<'a>,
    pub after: JsonSide<'a>,
    /// The verdicts and which way they moved (good < bad < ugly; unclear to or from inconclusive).
    pub classification: JsonVerdicts,
    /// What `--fail-on worse` decides on: the verdict moved down, a standard's status or score went
    /// down, or a red flag was raised.
    pub worse: bool,
    /// Whether anything at all differs.
    pub changed: bool,
    /// Whether less is known now: the verdict became inconclusive or a standard became unknown.
    /// Neither better nor worse; `worse` does not count it.
    pub less_known: bool,
    /// Ids of the standards known before and unknown now, in rubric order.
    pub standards_now_unknown: Vec<&'a str>,
    /// Ids of the standards unknown before and known now, in rubric order.
    pub standards_now_known: Vec<&'a str>,
    /// Every standard of the rubric, changed or not, in rubric order.
    pub standards: Vec<JsonStandardChange<'a>>,
    /// Confirmed red flags that appeared or went away.
    pub red_flags: JsonFlagMoves<'a>,
    /// Suspected red flags that appeared or went away (not counting those confirmed on the other
    /// side, which are in `red_flags`).
    pub suspected_red_flags: JsonFlagMoves<'a>,
    /// Question ids refused after and not before (`added`), before and not after (`resolved`).
    pub refusals: JsonRefusals<'a>,
    /// Questions answered in both files, with another answer.
    pub answers_changed: Vec<JsonAnswerChange<'a>>,
    /// Questions answered in the earlier file only.
    pub answered_only_before: Vec<JsonOneSided<'a>>,
    /// Questions answered in the later file only.
    pub answered_only_after: Vec<JsonOneSided<'a>>,
}

/// One of the two files.
#[derive(Debug, Serialize)]
pub struct JsonSide<'a> {
    pub file: &'a str,
    pub partner: &'a str,
    pub date: String,
    pub stage: &'static str,
    pub rubric: JsonRubric<'a>,
}

#[derive(Debug, Serialize)]
pub struct JsonVerdicts {
    pub before: Verdict,
    pub after: Verdict,
    pub trend: Trend,
}

#[derive(Debug, Serialize)]
pub struct JsonStandardChange<'a> {
    pub id: &'a str,
    /// Scores, 0 to 1, rounded to 3 decimals; null when nothing was known.
    pub before: Option<f64>,
    pub after: Option<f64>,
    /// `after - before` of the two rounded scores above, rounded to 3 decimals (so that it always
    /// agrees with them); null unless both are known.
    pub delta: Option<f64>,
    pub status_before: Status,
    pub status_after: Status,
    /// better, worse, unchanged, or unclear (a score or a status appeared or went away).
    pub trend: Trend,
}

#[derive(Debug, Serialize)]
pub struct JsonFlagMoves<'a> {
    pub raised: Vec<JsonFlagChange<'a>>,
    pub cleared: Vec<JsonFlagChange<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonFlagChange<'a> {
    pub id: &'a str,
    /// Section of the guide.
    pub source: &'a str,
    /// none, suspected or confirmed, on each side.
    pub level_before: FlagLevel,
    pub level_after: FlagLevel,
    /// The questions that raise it: after for a raised flag, before for a cleared one.
    pub questions: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonRefusals<'a> {
    pub added: &'a [String],
    pub resolved: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonAnswerChange<'a> {
    pub question: &'a str,
    pub before: Answer,
    pub after: Answer,
    /// By the answers' values: better, worse, unchanged (same value, e.g. no → refused on a
    /// favourable question), or unclear (to or from "dont-know" or "n/a").
    pub trend: Trend,
    pub note_before: Option<&'a str>,
    pub note_after: Option<&'a str>,
    pub evidence_before: &'a [String],
    pub evidence_after: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonOneSided<'a> {
    pub question: &'a str,
    pub answer: Answer,
    pub note: Option<&'a str>,
    pub evidence: &'a [String],
    /// False for a question the rubric compared against does not have (retired in its version).
    pub in_rubric: bool,
}

/// `after - before` as JSON shows them: the difference of the scores rounded to 3 decimals, itself
/// rounded (binary floats would otherwise add digits), so that a delta never disagrees with the
/// two scores next to it.
pub(crate) fn rounded_delta(before: Option<f64>, after: Option<f64>) -> Option<f64> {
    crate::diff::delta(before.map(round3), after.map(round3)).map(round3)
}

fn side<'a>(s: &'a Scored) -> JsonSide<'a> {
    JsonSide {
        file: s.file,
        partner: &s.answers.partner,
        date: s.answers.date.to_string(),
        stage: s.answers.stage.token(),
        rubric: JsonRubric {
            id: &s.answers.rubric.id,
            version: &s.answers.rubric.version,
        },
    }
}

fn flag_moves<'a>(
    raised: impl Iterator<Item = &'a FlagChange>,
    cleared: impl Iterator<Item = &'a FlagChange>,
) -> JsonFlagMoves<'a> {
    let one = |f: &'a FlagChange, questions: &'a [String]| JsonFlagChange {
        id: &f.id,
        source: &f.source,
        level_before: f.level.before,
        level_after: f.level.after,
        questions,
    };
    JsonFlagMoves {
        raised: raised.map(|f| one(f, &f.questions.after)).collect(),
        cleared: cleared.map(|f| one(f, &f.questions.before)).collect(),
    }
}

fn one_sided(list: &[OneSided]) -> Vec<JsonOneSided<'_>> {
    list.iter()
        .map(|o| JsonOneSided {
            question: &o.question,
            answer: o.entry.answer,
            note: o.entry.note.as_deref(),
            evidence: &o.entry.evidence,
            in_rubric: o.in_rubric,
        })
        .collect()
}

impl<'a> JsonDiff<'a> {
    /// The contract view of a comparison.
    pub fn new(c: &Compared<'a>) -> Self {
        let ch = c.change;
        JsonDiff {
            before: side(c.before),
            after: side(c.after),
            classification: JsonVerdicts {
                before: ch.verdict.before,
                after: ch.verdict.after,
                trend: ch.verdict_trend(),
            },
            worse: ch.worse(),
            changed: ch.changed(),
            less_known: ch.less_known(),
            standards_now_unknown: ch.became_unknown().map(|s| s.id.as_str()).collect(),
            standards_now_known: ch.became_known().map(|s| s.id.as_str()).collect(),
            standards: ch
                .standards
                .iter()
                .map(|s| JsonStandardChange {
                    id: &s.id,
                    before: s.score.before.map(round3),
                    after: s.score.after.map(round3),
                    delta: rounded_delta(s.score.before, s.score.after),
                    status_before: s.status.before,
                    status_after: s.status.after,
                    trend: s.trend,
                })
                .collect(),
            red_flags: flag_moves(ch.raised(), ch.cleared()),
            suspected_red_flags: flag_moves(ch.suspected_raised(), ch.suspected_cleared()),
            refusals: JsonRefusals {
                added: &ch.refusals_added,
                resolved: &ch.refusals_resolved,
            },
            answers_changed: ch
                .answers_changed
                .iter()
                .map(|a| JsonAnswerChange {
                    question: &a.question,
                    before: a.before.answer,
                    after: a.after.answer,
                    trend: a.trend,
                    note_before: a.before.note.as_deref(),
                    note_after: a.after.note.as_deref(),
                    evidence_before: &a.before.evidence,
                    evidence_after: &a.after.evidence,
                })
                .collect(),
            answered_only_before: one_sided(&ch.only_before),
            answered_only_after: one_sided(&ch.only_after),
        }
    }
}

/// The JSON contract of `vet diff`.
pub fn json(c: &Compared) -> String {
    serde_json::to_string_pretty(&JsonDiff::new(c))
        .map(|t| t + "\n")
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Words shared by the table and Markdown

/// How moves are said: with arrows (`→`, `↑`) or in words, and with colour or without. Shared
/// with `vet history`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Say<'a> {
    words: &'a Words<'a>,
    arrows: bool,
    color: bool,
}

impl<'a> Say<'a> {
    /// Arrows and colour on a terminal that shows colour; words otherwise.
    pub(crate) fn for_style(words: &'a Words<'a>, style: Style) -> Self {
        Say {
            words,
            arrows: style.color,
            color: style.color,
        }
    }

    /// better / worse / unchanged / cannot tell.
    pub(crate) fn trend(&self, t: Trend) -> String {
        self.words.l10n.tr(match t {
            Trend::Better => "diff-trend-better",
            Trend::Worse => "diff-trend-worse",
            Trend::Unchanged => "diff-trend-unchanged",
            Trend::Unclear => "diff-trend-unclear",
        })
    }

    /// The trend of an answer: "unchanged" would read oddly for an answer that changed.
    fn answer_trend(&self, t: Trend) -> String {
        if t == Trend::Unchanged {
            self.words.l10n.tr("diff-trend-same-weight")
        } else {
            self.trend(t)
        }
    }

    /// "before → after", or "was before, now after" in words; the value alone when it is the same.
    pub(crate) fn moved(&self, before: String, after: String) -> String {
        if before == after {
            return before;
        }
        let a = args([("before", before.into()), ("after", after.into())]);
        self.words.l10n.tr_with(
            if self.arrows {
                "diff-from-to"
            } else {
                "diff-was-now"
            },
            &a,
        )
    }

    /// A signed difference in the language's notation: +0.25, -0.25, 0.00; a dash when unknown.
    fn signed(&self, d: Option<f64>) -> String {
        let Some(d) = d else {
            return "–".to_string();
        };
        let abs = self.words.l10n.decimal(d.abs(), 2);
        if abs == self.words.l10n.decimal(0.0, 2) {
            abs
        } else if d > 0.0 {
            format!("+{abs}")
        } else {
            format!("-{abs}")
        }
    }

    /// The change of a standard: an arrow and the difference, or the difference and a word. The
    /// difference is that of the two scores as shown (2 decimals), so that 0.90 → 0.88 says -0.02
    /// whatever the unrounded scores were.
    fn change(&self, score: &Pair<Option<f64>>, trend: Trend) -> String {
        // Rounded exactly as `L10n::decimal` shows a score.
        let shown = |x: Option<f64>| x.map(|x| crate::score::round(x, 2));
        let delta = crate::diff::delta(shown(score.before), shown(score.after));
        if self.color {
            let arrow = match trend {
                Trend::Better => "↑",
                Trend::Worse => "↓",
                Trend::Unchanged => "=",
                Trend::Unclear => "?",
            };
            format!("{arrow} {}", self.signed(delta))
        } else if delta.is_some() && trend != Trend::Unchanged {
            format!("{} ({})", self.signed(delta), self.trend(trend))
        } else {
            self.trend(trend)
        }
    }

    /// A verdict's word, in its colour when there is colour.
    pub(crate) fn verdict(&self, v: Verdict) -> String {
        let word = self.words.verdict(v);
        if self.color {
            paint(&word, verdict_color(v))
        } else {
            word
        }
    }

    /// The trend of the verdict; a move to or from inconclusive says that less or more is known.
    fn verdict_trend(&self, c: &Change) -> String {
        let l = self.words.l10n;
        match c.verdict_trend() {
            Trend::Unclear if c.verdict.after == Verdict::Inconclusive => {
                l.tr("diff-verdict-less-known")
            }
            Trend::Unclear if c.verdict.before == Verdict::Inconclusive => {
                l.tr("diff-verdict-more-known")
            }
            t => self.trend(t),
        }
    }

    /// What is known now that was not, and the other way round: standards that became unknown or
    /// known. Said apart because neither is better nor worse.
    fn knowledge(&self, c: &Change) -> Vec<String> {
        let l = self.words.l10n;
        [
            ("diff-less-known", c.became_unknown().count()),
            ("diff-more-known", c.became_known().count()),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(id, n)| l.tr_with(id, &args([("count", n.into())])))
        .collect()
    }

    /// A standard's status before and after.
    fn status(&self, s: &StandardChange) -> String {
        self.moved(
            self.words.status(s.status.before),
            self.words.status(s.status.after),
        )
    }

    /// "Label: value", the label being a column's title, for the lists that replace a table on a
    /// narrow terminal.
    pub(crate) fn labelled(&self, label: &str, value: String) -> String {
        let l = self.words.l10n;
        l.tr_with(
            "diff-labelled",
            &args([("label", l.tr(label).into()), ("value", value.into())]),
        )
    }

    /// "Verdict: BAD → UGLY (worse)".
    fn verdict_line(&self, c: &Change) -> String {
        self.words.l10n.tr_with(
            "diff-verdict",
            &args([
                (
                    "verdict",
                    self.moved(
                        self.verdict(c.verdict.before),
                        self.verdict(c.verdict.after),
                    )
                    .into(),
                ),
                ("trend", self.verdict_trend(c).into()),
            ]),
        )
    }

    /// Who, when, against what: the partner and stage, the rubric, then each file with its date.
    fn header(&self, c: &Compared) -> Vec<String> {
        let l = self.words.l10n;
        let (b, a) = (c.before.answers, c.after.answers);
        let mut out = vec![
            l.tr_with(
                "diff-partner",
                &args([
                    (
                        "partner",
                        self.moved(b.partner.clone(), a.partner.clone()).into(),
                    ),
                    (
                        "stage",
                        self.moved(self.words.stage(b.stage), self.words.stage(a.stage))
                            .into(),
                    ),
                ]),
            ),
            l.tr_with(
                "diff-rubric",
                &args([
                    ("id", a.rubric.id.clone().into()),
                    (
                        "version",
                        self.moved(b.rubric.version.clone(), a.rubric.version.clone())
                            .into(),
                    ),
                ]),
            ),
        ];
        for (id, s) in [("diff-side-before", c.before), ("diff-side-after", c.after)] {
            out.push(l.tr_with(
                id,
                &args([
                    ("date", s.answers.date.to_string().into()),
                    ("file", s.file.to_string().into()),
                ]),
            ));
        }
        out
    }

    fn flag_points<'c>(
        &self,
        flags: impl Iterator<Item = &'c FlagChange>,
        c: &Compared,
        raised: bool,
    ) -> Vec<Point> {
        flags
            .map(|f| {
                let (other, questions, answers) = if raised {
                    (f.level.before, &f.questions.after, c.after.answers)
                } else {
                    (f.level.after, &f.questions.before, c.before.answers)
                };
                let id = match (other, raised) {
                    (FlagLevel::Suspected, true) => "diff-flag-was-suspected",
                    (FlagLevel::Suspected, false) => "diff-flag-still-suspected",
                    _ => "diff-flag",
                };
                Point {
                    headline: self.words.l10n.tr_with(
                        id,
                        &args([
                            ("name", self.words.red_flag_name(&f.id).into()),
                            ("source", f.source.clone().into()),
                        ]),
                    ),
                    details: questions
                        .iter()
                        .map(|q| self.words.answered(answers, q))
                        .collect(),
                }
            })
            .collect()
    }

    /// The text of a question, or its id with a word saying the rubric lacks it.
    fn question(&self, id: &str) -> String {
        if self.words.rubric.question(id).is_some() {
            self.words.question(id)
        } else {
            self.words.l10n.tr_with(
                "diff-not-in-rubric",
                &args([
                    ("id", id.to_string().into()),
                    ("version", self.words.rubric.version.clone().into()),
                ]),
            )
        }
    }

    fn one_sided(&self, list: &[OneSided]) -> Vec<Point> {
        list.iter()
            .map(|o| Point {
                headline: format!(
                    "{} — {}",
                    self.question(&o.question),
                    self.words.answer(o.entry.answer)
                ),
                details: o.entry.note.iter().cloned().collect(),
            })
            .collect()
    }

    /// Where a resolved refusal stands now: "question — now: yes", or not answered any more.
    fn resolved(&self, id: &str, now: &Answers) -> Point {
        let l = self.words.l10n;
        let q = self.question(id);
        Point {
            headline: match now.answers.get(id) {
                Some(e) => l.tr_with(
                    "diff-now",
                    &args([
                        ("question", q.into()),
                        ("answer", self.words.answer(e.answer).into()),
                    ]),
                ),
                None => l.tr_with("diff-no-answer-now", &args([("question", q.into())])),
            },
            details: Vec::new(),
        }
    }

    /// The titled lists after the standards: red flags and refusals (`moves`), or the answers given
    /// on one side only. Empty lists are left out.
    fn sections(&self, c: &Compared, moves: bool) -> Vec<(String, Vec<Point>)> {
        let l = self.words.l10n;
        let ch = c.change;
        let questions = |ids: &[String]| -> Vec<Point> {
            ids.iter()
                .map(|q| Point {
                    headline: self.question(q),
                    details: Vec::new(),
                })
                .collect()
        };
        let date = |s: &Scored| s.answers.date.to_string();
        let lists = if moves {
            vec![
                ("diff-flags-raised", self.flag_points(ch.raised(), c, true)),
                (
                    "diff-flags-cleared",
                    self.flag_points(ch.cleared(), c, false),
                ),
                (
                    "diff-suspected-raised",
                    self.flag_points(ch.suspected_raised(), c, true),
                ),
                (
                    "diff-suspected-cleared",
                    self.flag_points(ch.suspected_cleared(), c, false),
                ),
                ("diff-refusals-added", questions(&ch.refusals_added)),
                (
                    "diff-refusals-resolved",
                    ch.refusals_resolved
                        .iter()
                        .map(|q| self.resolved(q, c.after.answers))
                        .collect(),
                ),
            ]
        } else {
            vec![
                ("diff-only-before", self.one_sided(&ch.only_before)),
                ("diff-only-after", self.one_sided(&ch.only_after)),
            ]
        };
        lists
            .into_iter()
            .filter(|(_, p)| !p.is_empty())
            .map(|(id, p)| {
                let date = if id == "diff-only-after" {
                    date(c.after)
                } else {
                    date(c.before)
                };
                let title = l.tr_with(
                    id,
                    &args([("count", p.len().into()), ("date", date.into())]),
                );
                (title, p)
            })
            .collect()
    }

    /// An answer and, under it, its note.
    fn entry(&self, e: &Entry, sep: &str) -> String {
        match &e.note {
            Some(n) => format!("{}{sep}{n}", self.words.answer(e.answer)),
            None => self.words.answer(e.answer),
        }
    }
}

fn trend_color(t: Trend) -> Option<Color> {
    match t {
        Trend::Better => Some(Color::Green),
        Trend::Worse => Some(Color::Red),
        Trend::Unchanged | Trend::Unclear => None,
    }
}

/// How a column of a terminal table may be laid out. Shared with `vet history`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// Never wrapped: dates, verdicts, scores and changes are read whole or misread.
    Whole,
    /// Wrapped between words, never inside one, and given at least `share` percent of the room.
    Wrap { share: u16 },
}

impl Fit {
    /// Wrapped between words, with no share of its own.
    pub(crate) fn wrap() -> Fit {
        Fit::Wrap { share: 0 }
    }
}

/// Lays out `t`'s columns as `columns` says, and tells whether the table then fits in `width`
/// columns. When it does not, the caller says the same as a list: a table wider than the terminal,
/// or one that splits "0.56" into "0.5" and "6", is worse than no table.
pub(crate) fn fit(t: &mut Table, columns: &[Fit], width: u16) -> bool {
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
pub(crate) fn titled(title: &str, list: &[Point], width: usize) -> String {
    points(wrap("", title, width).trim_end(), list, width)
}

// ---------------------------------------------------------------------------------------------
// Table

/// Renders a comparison for the terminal.
pub fn table(c: &Compared, words: &Words, style: Style) -> String {
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

// ---------------------------------------------------------------------------------------------
// Markdown

/// Renders a comparison as Markdown.
pub fn markdown(c: &Compared, words: &Words) -> String {
    use super::markdown::{escape, points};
    let say = Say {
        words,
        arrows: true,
        color: false,
    };
    let l = words.l10n;
    let ch = c.change;
    let mut out = String::new();
    let mut lines = say.header(c).into_iter();
    if let Some(partner) = lines.next() {
        out.push_str(&format!("## {}\n\n", escape(&partner)));
    }
    for line in lines {
        out.push_str(&format!("{}  \n", escape(&line)));
    }
    out.push('\n');
    out.push_str(&format!("**{}**\n\n", escape(&say.verdict_line(ch))));
    for line in say.knowledge(ch) {
        out.push_str(&format!("{}\n\n", escape(&line)));
    }
    if !ch.changed() {
        out.push_str(&format!("{}\n\n", escape(&l.tr("diff-no-change"))));
    }
    let head = [
        "col-standard",
        "diff-col-before",
        "diff-col-after",
        "diff-col-change",
        "col-status",
    ]
    .map(|k| escape(&l.tr(k)));
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    out.push_str("|---|--:|--:|---|---|\n");
    for s in &ch.standards {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            escape(&words.standard_name(&s.id)),
            escape(&words.score(s.score.before)),
            escape(&words.score(s.score.after)),
            escape(&say.change(&s.score, s.trend)),
            escape(&say.status(s)),
        ));
    }
    out.push('\n');
    for (title, list) in say.sections(c, true) {
        points(&mut out, &title, &list);
    }
    if !ch.answers_changed.is_empty() {
        out.push_str(&format!(
            "### {}\n\n",
            escape(&l.tr_with(
                "diff-answers-changed",
                &args([("count", ch.answers_changed.len().into())]),
            ))
        ));
        let head = [
            "diff-col-question",
            "diff-col-before",
            "diff-col-after",
            "diff-col-change",
        ]
        .map(|k| escape(&l.tr(k)));
        out.push_str(&format!("| {} |\n", head.join(" | ")));
        out.push_str("|---|---|---|---|\n");
        for a in &ch.answers_changed {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                escape(&say.question(&a.question)),
                escape(&say.entry(&a.before, " — ")),
                escape(&say.entry(&a.after, " — ")),
                escape(&say.answer_trend(a.trend)),
            ));
        }
        out.push('\n');
    }
    for (title, list) in say.sections(c, false) {
        points(&mut out, &title, &list);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{L10n, Lang};
    use crate::rubric::Rubric;

    /// The 2024 example compared with itself, its first two standards' scores set by hand.
    fn compared_with_scores(scores: [(f64, f64); 2], check: impl Fn(&Compared, &Words)) {
        let rubric = Rubric::embedded_1().unwrap();
        let answers =
            Answers::parse(include_str!("../../examples/series/2024-meridian.yaml")).unwrap();
        let [before, after] = [0, 1].map(|_| Scored::new(&rubric, "f.yaml", &answers));
        let mut change = crate::diff::diff(
            &rubric,
            (&answers, &before.assessment),
            (&answers, &after.assessment),
        );
        for (s, (b, a)) in change.standards.iter_mut().zip(scores) {
            s.score = Pair::new(Some(b), Some(a));
            s.delta = Some(a - b);
            s.status = Pair::new(Status::Met, Status::Met);
            s.trend = Trend::of_scores(Some(b), Some(a));
        }
        let l10n = L10n::new(Lang::En);
        let words = Words::new(&rubric, &l10n);
        let compared = Compared {
            before: &before,
            after: &after,
            change: &change,
        };
        check(&compared, &words);
    }

    #[test]
    fn the_change_shown_is_the_difference_of_the_scores_shown() {
        // 0.904 shows as 0.90 and 0.875 as 0.88: the change shown is -0.02, not -0.03.
        compared_with_scores([(0.904, 0.875), (0.9, 0.9)], |c, words| {
            let table = table(c, words, Style::plain(100));
            assert!(table.contains("0.90 ┆  0.88 ┆ -0.02 (worse)"), "{table}");
            let md = markdown(c, words);
            assert!(md.contains("| 0.90 | 0.88 | -0.02 (worse) |"), "{md}");
        });
    }

    #[test]
    fn json_deltas_are_the_difference_of_the_json_scores() {
        // Both show as 0.9 in JSON; the unrounded difference would say -0.001.
        compared_with_scores([(0.9004, 0.8996), (0.904, 0.875)], |c, _| {
            let j: serde_json::Value = serde_json::from_str(&json(c)).unwrap();
            for s in j["standards"].as_array().unwrap() {
                let (b, a) = (s["before"].as_f64().unwrap(), s["after"].as_f64().unwrap());
                assert_eq!(s["delta"].as_f64(), Some(round3(a - b)), "{s}");
            }
            assert_eq!(j["standards"][0]["delta"], 0.0);
            assert_eq!(j["standards"][1]["delta"], -0.029);
        });
    }
}
