//! The parts of a panel's document that take the most wording: the agenda of disputed questions,
//! the combining rules, the partner's own view and the spread chart, and how a question's answers
//! and agreement are said.

use super::{PartnerSection, Report, SpreadChart, SpreadRow, sides};
use crate::answers::Answer;
use crate::export::model::{Points, Scale, Table, cell, column, status_cell};
use crate::export::words::{Point, Words};
use crate::i18n::args;
use crate::panel::{
    Agreement, PartnerView, QuestionGap, QuestionPanel, RulesFrom, StandardGap, Why,
};
use crate::rubric::{Combine, Share};
use crate::score::Status;

pub(super) fn why_id(w: Why) -> &'static str {
    match w {
        Why::NoAnswer => "panel-why-no-answer",
        Why::NoneKnown => "panel-why-none-known",
        Why::Same => "panel-why-same",
        Why::RedFlagReported => "panel-why-red-flag-reported",
        Why::RedFlagContradicted => "panel-why-red-flag-contradicted",
        Why::RedFlagPartly => "panel-why-red-flag-partly",
        Why::Refusal => "panel-why-refusal",
        Why::LowerMedian => "panel-why-lower-median",
        Why::LeastFavourable => "panel-why-least-favourable",
    }
}

pub(super) fn agreement_id(a: Agreement) -> &'static str {
    match a {
        Agreement::Unknown => "panel-agreement-unknown",
        Agreement::Agree => "panel-agreement-agree",
        Agreement::Differ => "panel-agreement-differ",
        Agreement::Split => "panel-agreement-split",
    }
}

/// "from 0.30 to 0.90", or one score when every respondent has the same.
pub(super) fn range_words(words: &Words, range: Option<[f64; 2]>) -> String {
    let l = words.l10n;
    match range {
        Some([lo, hi]) if (hi - lo).abs() >= 0.005 => l.tr_with(
            "panel-range",
            &args([
                ("low", l.decimal(lo, 2).into()),
                ("high", l.decimal(hi, 2).into()),
            ]),
        ),
        Some([lo, _]) => l.decimal(lo, 2),
        None => "–".to_string(),
    }
}

/// "2 yes, 1 no, 1 don't know, 1 no answer".
pub(super) fn spread_words(words: &Words, q: &QuestionPanel) -> String {
    let l = words.l10n;
    let mut parts: Vec<String> = Answer::ALL
        .iter()
        .filter(|a| q.spread.count(**a) > 0)
        .map(|a| {
            l.tr_with(
                "panel-count",
                &args([
                    ("count", q.spread.count(*a).into()),
                    ("answer", words.answer(*a).into()),
                ]),
            )
        })
        .collect();
    if q.spread.no_answer > 0 {
        parts.push(l.tr_with(
            "panel-count-blank",
            &args([("count", q.spread.no_answer.into())]),
        ));
    }
    parts.join(", ")
}

pub(super) fn combined_words(words: &Words, q: &QuestionPanel) -> String {
    q.combined
        .map_or_else(|| "–".to_string(), |a| words.answer(a))
}

pub(super) fn agenda(r: &Report, words: &Words) -> Points {
    let l = words.l10n;
    let p = r.panel;
    let points = p
        .agenda
        .iter()
        .map(|&i| {
            let q = &p.questions[i];
            let mut details = Vec::new();
            for (answer, who) in sides(r, q) {
                for i in who {
                    let note = r.answers[i]
                        .answers
                        .get(&q.id)
                        .and_then(|e| e.note.as_deref())
                        .filter(|n| !n.trim().is_empty());
                    let a = args([
                        ("answer", words.answer(answer).into()),
                        ("who", r.who(i).into()),
                        ("note", note.unwrap_or("").to_string().into()),
                    ]);
                    details.push(l.tr_with(
                        if note.is_some() {
                            "panel-side-note"
                        } else {
                            "panel-side"
                        },
                        &a,
                    ));
                }
            }
            let flags: Vec<String> = q.red_flags.iter().map(|f| words.red_flag_name(f)).collect();
            let mut headline = l.tr_with(
                "panel-agenda-item",
                &args([
                    ("question", words.question(&q.id).into()),
                    ("answer", combined_words(words, q).into()),
                    ("why", l.tr(why_id(q.why)).into()),
                ]),
            );
            if !flags.is_empty() {
                headline.push(' ');
                headline.push_str(&l.tr_with(
                    "panel-agenda-flags",
                    &args([("flags", flags.join(", ").into())]),
                ));
            }
            Point { headline, details }
        })
        .collect::<Vec<_>>();
    Points {
        title: l.tr_with(
            "panel-agenda-title",
            &args([("count", p.agenda.len().into())]),
        ),
        points: if points.is_empty() {
            vec![Point {
                headline: l.tr("panel-agenda-none"),
                details: Vec::new(),
            }]
        } else {
            points
        },
    }
}

pub(super) fn rules_line(r: &Report, words: &Words) -> String {
    let l = words.l10n;
    let rules = &r.panel.rules;
    l.tr_with(
        "panel-rules",
        &args([
            (
                "from",
                l.tr(match r.panel.rules_from {
                    RulesFrom::Rubric => "panel-rules-rubric",
                    RulesFrom::Default => "panel-rules-default",
                })
                .into(),
            ),
            (
                "confirm",
                l.tr(match rules.confirm_red_flag {
                    Share::Any => "panel-share-any",
                    Share::Majority => "panel-share-majority",
                    Share::All => "panel-share-all",
                })
                .into(),
            ),
            (
                "combine",
                l.tr(match rules.combine {
                    Combine::LowerMedian => "panel-combine-lower-median",
                    Combine::LeastFavourable => "panel-combine-least-favourable",
                })
                .into(),
            ),
            ("window", rules.window_days.into()),
        ]),
    )
}

pub(super) fn partner_section(words: &Words, v: &PartnerView, file: &str) -> PartnerSection {
    let l = words.l10n;
    let score_status = |score: Option<f64>, status: Status| {
        format!("{} ({})", words.score(score), words.status(status))
    };
    let standards = Table {
        columns: vec![
            column(l.tr("col-standard"), false),
            column(l.tr("panel-col-partner"), true),
            column(l.tr("panel-col-panel"), true),
            column(l.tr("panel-col-difference"), true),
        ],
        rows: v
            .standards
            .iter()
            .map(|g: &StandardGap| {
                vec![
                    cell(words.standard_name(&g.id)),
                    status_cell(
                        score_status(g.partner_score, g.partner_status),
                        g.partner_status,
                    ),
                    status_cell(score_status(g.panel_score, g.panel_status), g.panel_status),
                    cell(g.difference.map_or_else(
                        || "–".to_string(),
                        |d| {
                            let s = l.decimal(d, 2);
                            if d > 0.0 { format!("+{s}") } else { s }
                        },
                    )),
                ]
            })
            .collect(),
    };
    let gaps: Vec<Point> = v
        .gaps
        .iter()
        .map(|g: &QuestionGap| Point {
            headline: l.tr_with(
                "panel-gap",
                &args([
                    ("question", words.question(&g.id).into()),
                    ("partner", words.answer(g.partner).into()),
                    ("count", g.differing.into()),
                    ("known", g.known.into()),
                    (
                        "answer",
                        g.most_differing
                            .map_or_else(String::new, |a| words.answer(a))
                            .into(),
                    ),
                    (
                        "panel",
                        g.panel.map_or_else(String::new, |a| words.answer(a)).into(),
                    ),
                ]),
            ),
            details: Vec::new(),
        })
        .collect();
    PartnerSection {
        title: l.tr_with(
            "panel-partner-title",
            &args([("file", file.to_string().into())]),
        ),
        verdict_line: l.tr_with(
            "panel-partner-verdict",
            &args([("verdict", words.verdict(v.assessment.verdict).into())]),
        ),
        standards,
        gaps: Points {
            title: l.tr_with("panel-gaps-title", &args([("count", v.gaps.len().into())])),
            points: if gaps.is_empty() {
                vec![Point {
                    headline: l.tr("panel-gap-none"),
                    details: Vec::new(),
                }]
            } else {
                gaps
            },
        },
    }
}

pub(super) fn spread_chart(r: &Report, words: &Words) -> SpreadChart {
    let l = words.l10n;
    let p = r.panel;
    let rows = p
        .standards
        .iter()
        .zip(&p.assessment.standards)
        .enumerate()
        .map(|(i, (s, c))| {
            let known = c.status != Status::Unknown;
            let panel = if known {
                format!("{} — {}", words.score(c.score), words.status(c.status))
            } else {
                words.status(c.status)
            };
            SpreadRow {
                name: words.standard_name(&s.id),
                panel: c.score.filter(|_| known),
                status: c.status,
                respondents: s.scores.iter().flatten().copied().collect(),
                partner: p
                    .partner
                    .as_ref()
                    .and_then(|v| v.standards.get(i))
                    .and_then(|g| g.partner_score),
                label: l.tr_with(
                    "panel-chart-label",
                    &args([
                        ("panel", panel.into()),
                        ("range", range_words(words, s.range).into()),
                    ]),
                ),
            }
        })
        .collect();
    SpreadChart {
        title: l.tr("panel-chart-title"),
        legend: l.tr(if p.partner.is_some() {
            "panel-chart-legend-partner"
        } else {
            "panel-chart-legend"
        }),
        scale: Scale::new(words),
        rows,
    }
}
