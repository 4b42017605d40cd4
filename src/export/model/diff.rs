//! What `vet diff` says, for the terminal and Markdown to lay out: the two scored files compared
//! ([`Compared`]) and how every move is worded (`Say`), which `vet history` shares.
//!
//! On a terminal with colour, moves are arrows and colours; without (NO_COLOR, a pipe), they are
//! words, so that nothing is said by colour alone.

use super::{Cell, Table, cell, column, status_cell};
use crate::answers::{Answers, Entry};
use crate::diff::{Change, FlagChange, FlagLevel, OneSided, Pair, StandardChange, Trend};
use crate::export::style::{Style, paint, verdict_color};
use crate::export::words::{Point, Words};
use crate::i18n::args;
use crate::rubric::Verdict;
use crate::scored::Scored;

/// Two scored files and what changed between them, ready to render.
#[derive(Debug, Clone, Copy)]
pub struct Compared<'a> {
    pub before: &'a Scored<'a>,
    pub after: &'a Scored<'a>,
    pub change: &'a Change,
}

/// How moves are said: with arrows (`→`, `↑`) or in words, and with colour or without. Shared
/// with `vet history`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Say<'a> {
    pub(crate) words: &'a Words<'a>,
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

    /// Arrows, for a report, but no colour: Markdown.
    pub(crate) fn for_markdown(words: &'a Words<'a>) -> Self {
        Say {
            words,
            arrows: true,
            color: false,
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
    pub(crate) fn answer_trend(&self, t: Trend) -> String {
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
    pub(crate) fn signed(&self, d: Option<f64>) -> String {
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
    pub(crate) fn change(&self, score: &Pair<Option<f64>>, trend: Trend) -> String {
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
    pub(crate) fn verdict_trend(&self, c: &Change) -> String {
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
    pub(crate) fn knowledge(&self, c: &Change) -> Vec<String> {
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
    pub(crate) fn status(&self, s: &StandardChange) -> String {
        self.moved(
            self.words.status(s.status.before),
            self.words.status(s.status.after),
        )
    }

    /// One row per standard: its name, the scores before and after, the change and the status,
    /// the change and the status marked for colour.
    pub(crate) fn standards(&self, c: &Compared) -> Table {
        let (words, l) = (self.words, self.words.l10n);
        Table {
            columns: [
                ("col-standard", false),
                ("diff-col-before", true),
                ("diff-col-after", true),
                ("diff-col-change", false),
                ("col-status", false),
            ]
            .into_iter()
            .map(|(id, numeric)| column(l.tr(id), numeric))
            .collect(),
            rows: c
                .change
                .standards
                .iter()
                .map(|s| {
                    vec![
                        cell(words.standard_name(&s.id)),
                        cell(words.score(s.score.before)),
                        cell(words.score(s.score.after)),
                        Cell {
                            trend: Some(s.trend),
                            ..cell(self.change(&s.score, s.trend))
                        },
                        status_cell(self.status(s), s.status.after),
                    ]
                })
                .collect(),
        }
    }

    /// How an answer moved: an arrow where there is colour, else in words.
    pub(crate) fn answer_change(&self, t: Trend) -> String {
        if self.color {
            match t {
                Trend::Better => "↑",
                Trend::Worse => "↓",
                Trend::Unchanged => "=",
                Trend::Unclear => "?",
            }
            .to_string()
        } else {
            self.answer_trend(t)
        }
    }

    /// The title over the answers that changed, with their count.
    pub(crate) fn answers_title(&self, c: &Compared) -> String {
        self.words.l10n.tr_with(
            "diff-answers-changed",
            &args([("count", c.change.answers_changed.len().into())]),
        )
    }

    /// One row per answer that changed: the question, the answer (and note, after `sep`) before
    /// and after, and how it moved, marked for colour.
    pub(crate) fn answers(&self, c: &Compared, sep: &str) -> Table {
        let l = self.words.l10n;
        Table {
            columns: [
                "diff-col-question",
                "diff-col-before",
                "diff-col-after",
                "diff-col-change",
            ]
            .into_iter()
            .map(|id| column(l.tr(id), false))
            .collect(),
            rows: c
                .change
                .answers_changed
                .iter()
                .map(|a| {
                    vec![
                        cell(self.question(&a.question)),
                        cell(self.entry(&a.before, sep)),
                        cell(self.entry(&a.after, sep)),
                        Cell {
                            trend: Some(a.trend),
                            ..cell(self.answer_change(a.trend))
                        },
                    ]
                })
                .collect(),
        }
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
    pub(crate) fn verdict_line(&self, c: &Change) -> String {
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
    pub(crate) fn header(&self, c: &Compared) -> Vec<String> {
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

    pub(crate) fn flag_points<'c>(
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
    pub(crate) fn question(&self, id: &str) -> String {
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

    pub(crate) fn one_sided(&self, list: &[OneSided]) -> Vec<Point> {
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
    pub(crate) fn resolved(&self, id: &str, now: &Answers) -> Point {
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
    pub(crate) fn sections(&self, c: &Compared, moves: bool) -> Vec<(String, Vec<Point>)> {
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
    pub(crate) fn entry(&self, e: &Entry, sep: &str) -> String {
        match &e.note {
            Some(n) => format!("{}{sep}{n}", self.words.answer(e.answer)),
            None => self.words.answer(e.answer),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
