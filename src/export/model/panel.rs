//! What `vet panel` says: the combined panel and what it was made from ([`Report`]), and what the
//! human formats say of it, decided once in a [`PanelDocument`] that the terminal table, Markdown
//! and HTML only lay out. Its JSON contract is in `crate::export::json::panel`.

use super::{Cell, Points, Scale, Table, cell, column};
use crate::answers::{Answer, Answers};
use crate::export::words::{Point, Words};
use crate::i18n::args;
use crate::panel::{
    Agreement, Panel, PartnerView, QuestionGap, QuestionPanel, RulesFrom, StandardGap, Why,
};
use crate::rubric::{Combine, Share, Verdict};
use crate::score::{self, Status};

/// A combined panel and what it was made from, ready to render.
#[derive(Debug)]
pub struct Report<'a> {
    pub rubric: &'a crate::rubric::Rubric,
    pub panel: &'a Panel,
    /// The respondents' files as given, in the same order as `answers`.
    pub files: &'a [&'a str],
    pub answers: &'a [&'a Answers],
    /// The partner's own view: its file and answers.
    pub view: Option<(&'a str, &'a Answers)>,
    /// Notes, documents and assessors were left out for sharing; the report says so.
    pub redacted: bool,
}

/// The name the combined answers go by in the score contract.
pub const COMBINED_FILE: &str = "(panel)";

impl Report<'_> {
    /// A respondent as shown: the file, and the assessor when the file names one (never when
    /// redacted: redaction removed it from the answers).
    fn who(&self, i: usize) -> String {
        let file = self.files.get(i).copied().unwrap_or("");
        match self.answers.get(i).and_then(|a| a.assessor.as_deref()) {
            Some(who) if !self.redacted => format!("{file} ({who})"),
            _ => file.to_string(),
        }
    }
}

/// The answer groups of one question: who said what, least favourable answer first, then "don't
/// know" and "not applicable"; blanks are left out.
pub(crate) fn sides(report: &Report, q: &QuestionPanel) -> Vec<(Answer, Vec<usize>)> {
    let question = report.rubric.question(&q.id);
    let order = |a: Answer| {
        let value = question.and_then(|x| score::value(&report.rubric.scoring, x, a));
        // Refusals first (they count against the partner), then by value; no value last.
        match (a, value) {
            (Answer::Refused, _) => 0,
            (_, Some(v)) => 1 + (v * 1000.0).round() as i64,
            (Answer::DontKnow, None) => 2000,
            _ => 2001,
        }
    };
    let mut groups: Vec<(Answer, Vec<usize>)> = Vec::new();
    for (i, a) in q.answers.iter().enumerate() {
        let Some(a) = a else { continue };
        match groups.iter_mut().find(|(g, _)| g == a) {
            Some((_, who)) => who.push(i),
            None => groups.push((*a, vec![i])),
        }
    }
    groups.sort_by_key(|(a, _)| order(*a));
    groups
}

/// The report on a panel, in one language: plain, unescaped texts.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelDocument {
    /// The partner's name.
    pub title: String,
    /// Who, when, how many respondents; the rubric; the combining rules.
    pub meta: Vec<String>,
    pub redacted: Option<String>,
    /// The questions where respondents disagree, most disputed first, each with who said what.
    pub agenda: Points,
    pub verdict: Verdict,
    pub verdict_line: String,
    pub firmness: Points,
    pub decisive_title: String,
    /// The range of the respondents' own verdicts.
    pub respondents_line: String,
    pub standards_title: String,
    pub chart: SpreadChart,
    /// Per standard: combined score and status, the respondents' range (and the partner's view).
    pub standards: Table,
    pub respondents_title: String,
    /// Per respondent: date, own verdict, known answers.
    pub respondents: Table,
    pub reasons: Points,
    pub negotiation: Option<Points>,
    pub partner: Option<PartnerSection>,
    pub questions_title: String,
    /// Per question: the spread, the agreement and the combined answer.
    pub questions: Table,
}

/// The partner's own view beside the panel's.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerSection {
    pub title: String,
    /// The verdict the partner's own answers would give.
    pub verdict_line: String,
    pub standards: Table,
    pub gaps: Points,
}

/// The chart of the spread per standard.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadChart {
    pub title: String,
    /// What each mark means.
    pub legend: String,
    pub scale: Scale,
    pub rows: Vec<SpreadRow>,
}

/// One standard in the spread chart.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadRow {
    pub name: String,
    /// The combined score, when the combined status is known.
    pub panel: Option<f64>,
    pub status: Status,
    /// Each respondent's own score.
    pub respondents: Vec<f64>,
    pub partner: Option<f64>,
    /// The combined score and status in words, and the respondents' range.
    pub label: String,
}

fn why_id(w: Why) -> &'static str {
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

fn agreement_id(a: Agreement) -> &'static str {
    match a {
        Agreement::Unknown => "panel-agreement-unknown",
        Agreement::Agree => "panel-agreement-agree",
        Agreement::Differ => "panel-agreement-differ",
        Agreement::Split => "panel-agreement-split",
    }
}

/// "from 0.30 to 0.90", or one score when every respondent has the same.
fn range_words(words: &Words, range: Option<[f64; 2]>) -> String {
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
fn spread_words(words: &Words, q: &QuestionPanel) -> String {
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

fn combined_words(words: &Words, q: &QuestionPanel) -> String {
    q.combined
        .map_or_else(|| "–".to_string(), |a| words.answer(a))
}

fn agenda(r: &Report, words: &Words) -> Points {
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

fn rules_line(r: &Report, words: &Words) -> String {
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

fn partner_section(words: &Words, v: &PartnerView, file: &str) -> PartnerSection {
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
                    Cell {
                        text: score_status(g.partner_score, g.partner_status),
                        status: Some(g.partner_status),
                        lang: None,
                    },
                    Cell {
                        text: score_status(g.panel_score, g.panel_status),
                        status: Some(g.panel_status),
                        lang: None,
                    },
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

fn spread_chart(r: &Report, words: &Words) -> SpreadChart {
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

/// What the human formats say about a panel.
pub fn document(r: &Report, words: &Words) -> PanelDocument {
    let l = words.l10n;
    let p = r.panel;
    let a = &p.assessment;
    let dates: Vec<_> = r.answers.iter().map(|a| a.date).collect();
    let mut meta = vec![
        l.tr_with(
            "panel-header",
            &args([
                ("partner", p.combined.partner.clone().into()),
                ("stage", words.stage(p.combined.stage).into()),
                ("count", r.answers.len().into()),
                (
                    "from",
                    dates
                        .iter()
                        .min()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                        .into(),
                ),
                (
                    "to",
                    dates
                        .iter()
                        .max()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                        .into(),
                ),
            ]),
        ),
        l.tr_with(
            "panel-rubric",
            &args([
                ("id", p.combined.rubric.id.clone().into()),
                ("version", p.combined.rubric.version.clone().into()),
                ("known", a.known.into()),
                ("total", a.questions_total.into()),
            ]),
        ),
        rules_line(r, words),
    ];
    meta.push(
        l.tr_with(
            "panel-respondents",
            &args([(
                "files",
                (0..r.answers.len())
                    .map(|i| r.who(i))
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            )]),
        ),
    );
    let verdict_line = l.tr_with(
        "panel-verdict-line",
        &args([
            ("verdict", words.verdict(a.verdict).into()),
            ("why", words.rule(a).into()),
        ]),
    );
    let [best, worst] = p.verdicts;
    let respondents_line = if best == worst {
        l.tr_with(
            "panel-respondents-same",
            &args([("verdict", words.verdict(best).into())]),
        )
    } else {
        l.tr_with(
            "panel-respondents-range",
            &args([
                ("best", words.verdict(best).into()),
                ("worst", words.verdict(worst).into()),
            ]),
        )
    };
    let mut columns = vec![
        column(l.tr("col-standard"), false),
        column(l.tr("panel-col-panel"), true),
        column(l.tr("col-status"), false),
        column(l.tr("panel-col-respondents"), true),
    ];
    if p.partner.is_some() {
        columns.push(column(l.tr("panel-col-partner"), true));
    }
    let standards = Table {
        columns,
        rows: p
            .standards
            .iter()
            .zip(&a.standards)
            .enumerate()
            .map(|(i, (s, c))| {
                let mut row = vec![
                    cell(words.standard_name(&s.id)),
                    cell(words.score_with_range(c)),
                    Cell {
                        text: words.status(c.status),
                        status: Some(c.status),
                        lang: None,
                    },
                    cell(range_words(words, s.range)),
                ];
                if let Some(v) = &p.partner {
                    let g = &v.standards[i];
                    row.push(cell(words.score(g.partner_score)));
                }
                row
            })
            .collect(),
    };
    let respondents = Table {
        columns: vec![
            column(l.tr("panel-col-respondent"), false),
            column(l.tr("history-col-date"), false),
            column(l.tr("history-col-verdict"), false),
            column(l.tr("col-answered"), true),
        ],
        rows: p
            .respondents
            .iter()
            .enumerate()
            .map(|(i, own)| {
                vec![
                    cell(r.who(i)),
                    cell(r.answers[i].date.to_string()),
                    cell(words.verdict(own.verdict)),
                    cell(format!("{}/{}", own.known, own.questions_total)),
                ]
            })
            .collect(),
    };
    let questions = Table {
        columns: vec![
            column(l.tr("col-question"), false),
            column(l.tr("panel-col-answers"), false),
            column(l.tr("panel-col-agreement"), false),
            column(l.tr("panel-col-combined"), false),
        ],
        rows: p
            .questions
            .iter()
            .map(|q| {
                vec![
                    cell(words.question(&q.id)),
                    cell(spread_words(words, q)),
                    cell(l.tr(agreement_id(q.agreement))),
                    cell(combined_words(words, q)),
                ]
            })
            .collect(),
    };
    let negotiation = words.negotiation(a);
    PanelDocument {
        title: p.combined.partner.clone(),
        meta,
        redacted: r.redacted.then(|| l.tr("report-redacted")),
        agenda: agenda(r, words),
        verdict: a.verdict,
        verdict_line,
        firmness: Points::firmness(words, a),
        decisive_title: l.tr("decisive-title"),
        respondents_line,
        standards_title: l.tr("show-standards"),
        chart: spread_chart(r, words),
        standards,
        respondents_title: l.tr("panel-respondents-title"),
        respondents,
        reasons: Points {
            title: l.tr("reasons-title"),
            points: words.reasons(&p.combined, a),
        },
        negotiation: (!negotiation.is_empty()).then(|| Points {
            title: words.negotiate_title(p.combined.stage),
            points: negotiation,
        }),
        partner: p
            .partner
            .as_ref()
            .zip(r.view)
            .map(|(v, (file, _))| partner_section(words, v, file)),
        questions_title: l.tr("panel-questions-title"),
        questions,
    }
}
