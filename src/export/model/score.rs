//! What `vet score`'s report on one file says (terminal, Markdown, HTML), decided once and in one
//! language, so that every format carries the same content: the renderers only lay it out and
//! escape it.
//!
//! Pure: built from a scored file and [`Words`]. Every text here is plain and unescaped.

use super::{Cell, Header, Points, Scale, Table, cell, column, status_cell};
use crate::export::words::{Point, Words};
use crate::i18n::args;
use crate::score::Status;
use crate::scored::Scored;

/// The report on one scored file.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Title, meta lines, redaction, verdict and firmness.
    pub header: Header,
    /// Title of the part on the minimum standards (chart and table).
    pub standards_title: String,
    pub chart: Chart,
    /// One row per standard: name, score, status, known answers, warnings.
    pub standards: Table,
    pub red_flags: Points,
    pub reasons: Points,
    /// What to negotiate; `None` when there is nothing to.
    pub negotiation: Option<Points>,
    pub answers_title: String,
    /// The answers, grouped under the first standard of each question, in rubric order.
    pub answers: Vec<AnswerGroup>,
}

/// The answers given on the questions of one standard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerGroup {
    /// The standard's name and section.
    pub heading: String,
    /// Question, answer and, unless redacted, note and documents seen.
    pub table: Table,
    /// Said instead of the table when it has no row.
    pub none: String,
}

/// The data of the standards chart: a bar per standard, on the rubric's scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Says what the chart shows (a caption, and the image's accessible name).
    pub title: String,
    pub scale: Scale,
    pub bars: Vec<Bar>,
}

/// One standard in the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub name: String,
    /// The language of `name` when it is not the report's (see [`Cell::lang`]).
    pub name_lang: Option<String>,
    /// The score to draw; `None` when the status is unknown, which is drawn as such.
    pub score: Option<f64>,
    pub status: Status,
    /// The score and status in words, written beside the bar.
    pub label: String,
}

/// A cell holding a rubric text, marked with its language when that is not the report's.
fn rubric_cell(text: String, words: &Words) -> Cell {
    Cell {
        lang: words.text_lang().map(str::to_string),
        ..cell(text)
    }
}

impl Document {
    /// The report on `s`, worded by `words`.
    pub fn new(s: &Scored, words: &Words) -> Document {
        let l = words.l10n;
        let a = &s.assessment;
        let answers = s.answers;
        let mut meta = words.header_lines(s.file, answers, a).to_vec();
        if let Some(who) = &answers.assessor {
            meta.push(l.tr_with("report-assessor", &args([("assessor", who.clone().into())])));
        }
        let red_flags = match words.red_flags(answers, a) {
            none if none.is_empty() => vec![Point {
                headline: l.tr("report-no-red-flag"),
                details: Vec::new(),
            }],
            some => some,
        };
        let negotiation = words.negotiation(a);
        Document {
            header: Header::new(
                words,
                a,
                answers.partner.clone(),
                meta,
                s.redacted,
                "verdict-line",
            ),
            standards_title: l.tr("show-standards"),
            chart: chart(s, words),
            standards: standards(s, words),
            red_flags: Points {
                title: l.tr("report-red-flags-title"),
                points: red_flags,
            },
            reasons: Points {
                title: l.tr("reasons-title"),
                points: words.reasons(answers, a),
            },
            negotiation: (!negotiation.is_empty()).then(|| Points {
                title: words.negotiate_title(answers.stage),
                points: negotiation,
            }),
            answers_title: l.tr("report-answers-title"),
            answers: answer_groups(s, words),
        }
    }
}

/// One row per standard: name, score (and range), status, known answers, warnings.
pub(crate) fn standards(s: &Scored, words: &Words) -> Table {
    let l = words.l10n;
    let a = &s.assessment;
    Table {
        columns: vec![
            column(l.tr("col-standard"), false),
            column(l.tr("col-score"), true),
            column(l.tr("col-status"), false),
            column(l.tr("col-answered"), true),
            column(l.tr("col-warnings"), false),
        ],
        rows: a
            .standards
            .iter()
            .map(|st| {
                vec![
                    rubric_cell(words.standard_name(&st.id), words),
                    cell(words.score_with_range(st)),
                    status_cell(words.status(st.status), st.status),
                    cell(format!("{}/{}", st.known, st.applicable)),
                    cell(words.warnings(st, a)),
                ]
            })
            .collect(),
    }
}

fn chart(s: &Scored, words: &Words) -> Chart {
    let l = words.l10n;
    let bars = s
        .assessment
        .standards
        .iter()
        .map(|st| {
            let known = st.status != Status::Unknown;
            Bar {
                name: words.standard_name(&st.id),
                name_lang: words.text_lang().map(str::to_string),
                score: st.score.filter(|_| known),
                status: st.status,
                label: if known {
                    format!("{} — {}", words.score(st.score), words.status(st.status))
                } else {
                    l.tr_with(
                        "chart-unknown",
                        &args([
                            ("known", st.known.into()),
                            ("applicable", st.applicable.into()),
                        ]),
                    )
                },
            }
        })
        .collect();
    Chart {
        title: l.tr("chart-title"),
        scale: Scale::new(words),
        bars,
    }
}

fn answer_groups(s: &Scored, words: &Words) -> Vec<AnswerGroup> {
    let l = words.l10n;
    let rubric = words.rubric;
    let mut columns = vec![
        column(l.tr("col-question"), false),
        column(l.tr("col-answer"), false),
    ];
    if !s.redacted {
        columns.push(column(l.tr("col-note"), false));
        columns.push(column(l.tr("col-evidence"), false));
    }
    // Each answer once, under the first standard its question evidences, or under the red flags
    // for questions that evidence none; answers to questions not asked at this stage are left
    // out, as scoring leaves them out.
    let groups = rubric
        .standards
        .iter()
        .map(|s| {
            (
                Some(s.id.as_str()),
                l.tr_with(
                    "report-standard-heading",
                    &args([
                        ("name", words.standard_name(&s.id).into()),
                        ("source", s.source.clone().into()),
                    ]),
                ),
            )
        })
        .chain(
            rubric
                .questions
                .iter()
                .any(|q| q.evidences.standards.is_empty())
                .then(|| (None, l.tr("report-red-flags-title"))),
        );
    groups
        .map(|(standard, heading)| {
            let rows = rubric
                .questions
                .iter()
                .filter(|q| q.evidences.standards.first().map(String::as_str) == standard)
                .filter(|q| s.answers.stage.includes(q.stage))
                .filter_map(|q| s.answers.answers.get(&q.id).map(|e| (q, e)))
                .map(|(q, e)| {
                    let mut row = vec![
                        rubric_cell(words.question(&q.id), words),
                        cell(words.answer(e.answer)),
                    ];
                    if !s.redacted {
                        row.push(cell(e.note.clone().unwrap_or_default()));
                        row.push(cell(e.evidence.join("; ")));
                    }
                    row
                })
                .collect();
            AnswerGroup {
                heading,
                table: Table {
                    columns: columns.clone(),
                    rows,
                },
                none: l.tr("report-no-answer"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Answers, Entry, Stage};
    use crate::i18n::{L10n, Lang};
    use crate::score;

    use crate::testing::mini_rubric as rubric;

    fn answers(given: &[(&str, Answer, Option<&str>)]) -> Answers {
        let mut a = crate::testing::answers(Stage::Before, &[]);
        a.assessor = Some("Jo".into());
        for (q, answer, note) in given {
            a.answers.insert(
                q.to_string(),
                Entry {
                    answer: *answer,
                    note: note.map(str::to_string),
                    evidence: vec!["minutes".into()],
                },
            );
        }
        a
    }

    fn document(answers: &Answers, redacted: bool) -> Document {
        let r = rubric();
        let l10n = L10n::new(Lang::En);
        let scored = Scored {
            file: "a.yaml",
            answers,
            assessment: score::assess(&r, answers),
            redacted,
        };
        Document::new(&scored, &Words::new(&r, &l10n))
    }

    fn texts(group: &AnswerGroup) -> Vec<Vec<&str>> {
        group
            .table
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn every_answer_appears_once_under_the_first_standard_of_its_question() {
        let r = rubric();
        let given = [
            ("q1", Answer::Yes, Some("one")),
            ("q3", Answer::No, None),
            ("q4", Answer::Partly, Some("four")),
        ];
        let doc = document(&answers(&given), false);
        assert_eq!(doc.answers.len(), r.standards.len());
        let listed: usize = doc.answers.iter().map(|g| g.table.rows.len()).sum();
        assert_eq!(listed, given.len());
        for (q, _, note) in given {
            let first = &r.question(q).unwrap().evidences.standards[0];
            let i = r.standards.iter().position(|s| &s.id == first).unwrap();
            let question = r.text(&r.question(q).unwrap().text, "en");
            let row = texts(&doc.answers[i])
                .into_iter()
                .find(|row| row[0] == question)
                .unwrap_or_else(|| panic!("{q} not under {first}"));
            assert_eq!(row[2], note.unwrap_or(""));
            assert_eq!(row[3], "minutes");
        }
    }

    #[test]
    fn a_redacted_document_says_so_and_has_no_note_column() {
        let mut a = answers(&[("q1", Answer::Yes, Some("secret"))]);
        assert!(document(&a, false).header.redacted.is_none());
        assert!(
            document(&a, false)
                .header
                .meta
                .iter()
                .any(|m| m.contains("Jo"))
        );
        a.redact();
        let doc = document(&a, true);
        assert!(doc.header.redacted.is_some());
        assert!(!doc.header.meta.iter().any(|m| m.contains("Jo")));
        for g in &doc.answers {
            assert_eq!(g.table.columns.len(), 2);
            assert!(g.table.rows.iter().all(|r| r.len() == 2));
        }
    }

    #[test]
    fn the_chart_draws_unknown_standards_without_a_score_and_carries_the_thresholds() {
        let r = rubric();
        let doc = document(&answers(&[("q1", Answer::Yes, None)]), false);
        assert_eq!(doc.chart.scale.met, r.scoring.met);
        assert_eq!(doc.chart.scale.partly, r.scoring.partly);
        assert_eq!(doc.chart.bars.len(), r.standards.len());
        for bar in &doc.chart.bars {
            assert_eq!(
                bar.score.is_none(),
                bar.status == Status::Unknown,
                "{bar:?}"
            );
        }
        assert!(doc.chart.bars.iter().any(|b| b.status == Status::Unknown));
    }

    #[test]
    fn no_red_flag_is_said_rather_than_left_blank() {
        let doc = document(&answers(&[("q1", Answer::Yes, None)]), false);
        assert_eq!(doc.red_flags.points.len(), 1);
        assert!(doc.red_flags.points[0].headline.contains("No red flag"));
    }
}
