//! What `vet panel` says: the combined panel and what it was made from ([`Report`]), and what the
//! human formats say of it, decided once in a [`PanelDocument`] that the terminal table, Markdown
//! and HTML only lay out. Its JSON contract is in `crate::export::json::panel`.

mod parts;

use self::parts::{
    agenda, agreement_id, combined_words, partner_section, range_words, rules_line, spread_chart,
    spread_words,
};
use super::{Header, Points, Scale, Table, cell, column, status_cell};
use crate::answers::{Answer, Answers};
use crate::export::words::Words;
use crate::i18n::args;
use crate::panel::{Panel, QuestionPanel};
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
    /// The partner's name; who, when, how many respondents, the rubric, the combining rules (the
    /// meta lines); the combined verdict and its firmness.
    pub header: Header,
    /// The questions where respondents disagree, most disputed first, each with who said what.
    pub agenda: Points,
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
                    status_cell(words.status(c.status), c.status),
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
        header: Header::new(
            words,
            a,
            p.combined.partner.clone(),
            meta,
            r.redacted,
            "panel-verdict-line",
        ),
        agenda: agenda(r, words),
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
