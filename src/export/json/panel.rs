//! The JSON contract of `vet panel` (docs/panel.md): stable field names, never localised.

use serde::Serialize;

use super::{JsonReport, round3};
use crate::answers::Answer;
use crate::export::model::panel::{COMBINED_FILE, Report, sides};
use crate::panel::{Agreement, QuestionPanel, RulesFrom, Why};
use crate::rubric::{Combine, Share, Verdict};
use crate::score::Status;

#[derive(Debug, Serialize)]
struct JsonPanel<'a> {
    partner: &'a str,
    stage: &'static str,
    rubric: JsonRubricRef<'a>,
    dates: JsonDates,
    rules: JsonRules,
    respondents: Vec<JsonRespondent<'a>>,
    /// The combined answers, scored: the `vet score` contract.
    combined: JsonReport<'a>,
    /// The most and the least favourable of the respondents' own classifications.
    respondents_classification: JsonBestWorst,
    standards: Vec<JsonStandardSpread<'a>>,
    agenda: Vec<JsonQuestion<'a>>,
    questions: Vec<JsonQuestion<'a>>,
    partner_view: Option<JsonPartnerView<'a>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    redacted: bool,
}

#[derive(Debug, Serialize)]
struct JsonRubricRef<'a> {
    id: &'a str,
    version: &'a str,
}

#[derive(Debug, Serialize)]
struct JsonDates {
    from: String,
    to: String,
}

#[derive(Debug, Serialize)]
struct JsonRules {
    from: RulesFrom,
    window_days: u32,
    confirm_red_flag: Share,
    combine: Combine,
}

#[derive(Debug, Serialize)]
struct JsonRespondent<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    assessor: Option<&'a str>,
    date: String,
    classification: Verdict,
    firm: bool,
    known: usize,
    standards: Vec<JsonScore<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonScore<'a> {
    id: &'a str,
    score: Option<f64>,
    status: Status,
}

#[derive(Debug, Serialize)]
struct JsonBestWorst {
    best: Verdict,
    worst: Verdict,
}

#[derive(Debug, Serialize)]
struct JsonStandardSpread<'a> {
    id: &'a str,
    score: Option<f64>,
    status: Status,
    firm: bool,
    /// `[lowest, highest]` of the respondents' own scores.
    respondents_range: Option<[f64; 2]>,
    /// Each respondent's own score, in the respondents' order.
    respondents: Vec<Option<f64>>,
}

#[derive(Debug, Serialize)]
struct JsonQuestion<'a> {
    question: &'a str,
    red_flags: &'a [String],
    spread: crate::panel::Spread,
    agreement: Agreement,
    disagreement: Option<f64>,
    combined: Option<Answer>,
    rule: Why,
    check: bool,
    /// Each respondent's answer, in the respondents' order.
    answers: Vec<Option<Answer>>,
    /// Who said what, least favourable answer first (on the agenda only).
    #[serde(skip_serializing_if = "Option::is_none")]
    sides: Option<Vec<JsonSide<'a>>>,
}

#[derive(Debug, Serialize)]
struct JsonSide<'a> {
    answer: Answer,
    respondents: Vec<JsonSaid<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonSaid<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    assessor: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    evidence: &'a [String],
}

#[derive(Debug, Serialize)]
struct JsonPartnerView<'a> {
    file: &'a str,
    classification: Verdict,
    standards: Vec<JsonStandardGap<'a>>,
    gaps: Vec<JsonQuestionGap<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonStandardGap<'a> {
    id: &'a str,
    partner_score: Option<f64>,
    partner_status: Status,
    panel_score: Option<f64>,
    panel_status: Status,
    difference: Option<f64>,
}

#[derive(Debug, Serialize)]
struct JsonQuestionGap<'a> {
    question: &'a str,
    red_flag: bool,
    partner: Answer,
    panel: Option<Answer>,
    differing: usize,
    known: usize,
    most_differing: Option<Answer>,
    difference: Option<f64>,
}

fn json_question<'a>(r: &Report<'a>, q: &'a QuestionPanel, with_sides: bool) -> JsonQuestion<'a> {
    JsonQuestion {
        question: &q.id,
        red_flags: &q.red_flags,
        spread: q.spread,
        agreement: q.agreement,
        disagreement: q.disagreement.map(round3),
        combined: q.combined,
        rule: q.why,
        check: q.check,
        answers: q.answers.clone(),
        sides: with_sides.then(|| {
            sides(r, q)
                .into_iter()
                .map(|(answer, who)| JsonSide {
                    answer,
                    respondents: who
                        .into_iter()
                        .map(|i| {
                            let a = r.answers[i];
                            let e = a.answers.get(&q.id);
                            JsonSaid {
                                file: r.files[i],
                                assessor: a.assessor.as_deref().filter(|_| !r.redacted),
                                note: e.and_then(|e| e.note.as_deref()),
                                evidence: e.map_or(&[][..], |e| &e.evidence),
                            }
                        })
                        .collect(),
                })
                .collect()
        }),
    }
}

/// The JSON contract of `vet panel` (docs/panel.md).
pub fn render(r: &Report) -> String {
    let p = r.panel;
    let dates: Vec<_> = r.answers.iter().map(|a| a.date).collect();
    let report = JsonPanel {
        partner: &p.combined.partner,
        stage: p.combined.stage.token(),
        rubric: JsonRubricRef {
            id: &p.combined.rubric.id,
            version: &p.combined.rubric.version,
        },
        dates: JsonDates {
            from: dates
                .iter()
                .min()
                .map(ToString::to_string)
                .unwrap_or_default(),
            to: dates
                .iter()
                .max()
                .map(ToString::to_string)
                .unwrap_or_default(),
        },
        rules: JsonRules {
            from: p.rules_from,
            window_days: p.rules.window_days,
            confirm_red_flag: p.rules.confirm_red_flag,
            combine: p.rules.combine,
        },
        respondents: p
            .respondents
            .iter()
            .enumerate()
            .map(|(i, a)| JsonRespondent {
                file: r.files[i],
                assessor: r.answers[i].assessor.as_deref().filter(|_| !r.redacted),
                date: r.answers[i].date.to_string(),
                classification: a.verdict,
                firm: a.firm(),
                known: a.known,
                standards: a
                    .standards
                    .iter()
                    .map(|s| JsonScore {
                        id: &s.id,
                        score: s.score.map(round3),
                        status: s.status,
                    })
                    .collect(),
            })
            .collect(),
        combined: JsonReport::new(COMBINED_FILE, &p.combined, &p.assessment, r.redacted),
        respondents_classification: JsonBestWorst {
            best: p.verdicts[0],
            worst: p.verdicts[1],
        },
        standards: p
            .standards
            .iter()
            .zip(&p.assessment.standards)
            .map(|(s, c)| JsonStandardSpread {
                id: &s.id,
                score: c.score.map(round3),
                status: c.status,
                firm: c.firm,
                respondents_range: s.range.map(|x| x.map(round3)),
                respondents: s.scores.iter().map(|x| x.map(round3)).collect(),
            })
            .collect(),
        agenda: p
            .agenda
            .iter()
            .map(|&i| json_question(r, &p.questions[i], true))
            .collect(),
        questions: p
            .questions
            .iter()
            .map(|q| json_question(r, q, false))
            .collect(),
        partner_view: p
            .partner
            .as_ref()
            .zip(r.view)
            .map(|(v, (file, _))| JsonPartnerView {
                file,
                classification: v.assessment.verdict,
                standards: v
                    .standards
                    .iter()
                    .map(|g| JsonStandardGap {
                        id: &g.id,
                        partner_score: g.partner_score.map(round3),
                        partner_status: g.partner_status,
                        panel_score: g.panel_score.map(round3),
                        panel_status: g.panel_status,
                        difference: g.difference.map(round3),
                    })
                    .collect(),
                gaps: v
                    .gaps
                    .iter()
                    .map(|g| JsonQuestionGap {
                        question: &g.id,
                        red_flag: g.red_flag,
                        partner: g.partner,
                        panel: g.panel,
                        differing: g.differing,
                        known: g.known,
                        most_differing: g.most_differing,
                        difference: g.difference.map(round3),
                    })
                    .collect(),
            }),
        redacted: r.redacted,
    };
    super::pretty(&report)
}
