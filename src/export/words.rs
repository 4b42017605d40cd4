//! Localised wording shared by the human formats (table, Markdown, and the interview's summary):
//! the verdict, the reasons and the negotiation points, built from an assessment.

use crate::answers::{Answer, Answers, Stage};
use crate::i18n::{L10n, args};
use crate::rubric::{Condition, Method, Rubric, Verdict};
use crate::score::{Assessment, Decisive, RaisedFlag, StandardScore, Status};

/// Whether every question of a standard was answered "not applicable": it cannot be judged, but
/// not for lack of answers.
fn all_not_applicable(s: &StandardScore) -> bool {
    s.applicable == 0 && s.answered == 0 && s.status == Status::Unknown
}

/// A reason or a negotiation point: a headline and, under it, details (question texts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub headline: String,
    pub details: Vec<String>,
}

/// Everything the human formats say about one file, in one language.
#[derive(Debug)]
pub struct Words<'a> {
    pub rubric: &'a Rubric,
    pub l10n: &'a L10n,
    /// The rubric's language closest to the interface's.
    pub lang: &'a str,
}

impl<'a> Words<'a> {
    pub fn new(rubric: &'a Rubric, l10n: &'a L10n) -> Self {
        Words {
            rubric,
            l10n,
            lang: rubric.language_for(l10n.lang().tag()),
        }
    }

    pub fn verdict(&self, v: Verdict) -> String {
        self.l10n.tr(match v {
            Verdict::Good => "verdict-good",
            Verdict::Bad => "verdict-bad",
            Verdict::Ugly => "verdict-ugly",
            Verdict::Inconclusive => "verdict-inconclusive",
        })
    }

    /// Why the verdict is what it is, in one sentence, with the guide's section.
    pub fn rule(&self, a: &Assessment) -> String {
        let id = match a.rule {
            Condition::RedFlagConfirmed => "rule-red-flag-confirmed",
            Condition::RedFlagSuspected => "rule-red-flag-suspected",
            Condition::RedFlagOpen => "rule-red-flag-open",
            Condition::CoverageBelowMinimum => "rule-coverage-below-minimum",
            Condition::StandardNotMet => "rule-standard-not-met",
            Condition::StandardPartlyMet => "rule-standard-partly-met",
            Condition::Refusal => "rule-refusal",
            Condition::StandardUnknown => "rule-standard-unknown",
            Condition::Always => "rule-always",
        };
        self.l10n
            .tr_with(id, &args([("source", a.rule_source.clone().into())]))
    }

    pub fn status(&self, s: Status) -> String {
        self.l10n.tr(match s {
            Status::Met => "status-met",
            Status::Partly => "status-partly",
            Status::NotMet => "status-not-met",
            Status::Unknown => "status-unknown",
        })
    }

    pub fn answer(&self, a: Answer) -> String {
        self.l10n.tr(match a {
            Answer::Yes => "answer-yes",
            Answer::Partly => "answer-partly",
            Answer::No => "answer-no",
            Answer::DontKnow => "answer-dont-know",
            Answer::Refused => "answer-refused",
            Answer::NotApplicable => "answer-not-applicable",
        })
    }

    pub fn stage(&self, s: Stage) -> String {
        self.l10n.tr(match s {
            Stage::Before => "stage-before",
            Stage::Ongoing => "stage-ongoing",
        })
    }

    /// The two lines that open a report on a file: who and when, then the rubric and how much
    /// is answered (and how much of that is known: "don't know" is an answer, not evidence).
    pub fn header_lines(&self, file: &str, answers: &Answers, a: &Assessment) -> [String; 2] {
        [
            self.l10n.tr_with(
                "score-header",
                &args([
                    ("partner", answers.partner.clone().into()),
                    ("date", answers.date.to_string().into()),
                    ("stage", self.stage(answers.stage).into()),
                    ("file", file.to_string().into()),
                ]),
            ),
            self.l10n.tr_with(
                "score-rubric",
                &args([
                    ("id", answers.rubric.id.clone().into()),
                    ("version", answers.rubric.version.clone().into()),
                    ("answered", a.answered.into()),
                    ("known", a.known.into()),
                    ("total", a.questions_total.into()),
                ]),
            ),
        ]
    }

    /// A score for people: two decimals in the language's notation, or a dash.
    pub fn score(&self, score: Option<f64>) -> String {
        score.map_or_else(|| "–".to_string(), |s| self.l10n.decimal(s, 2))
    }

    /// A standard's score, followed by the range its open questions still allow when they could
    /// change its status: "0.50 (0.33–0.83)".
    pub fn score_with_range(&self, s: &StandardScore) -> String {
        match s.range {
            Some([lo, hi]) if !s.firm && self.rubric.scoring.method == Method::EvidenceRange => {
                format!(
                    "{} ({}–{})",
                    self.score(s.score),
                    self.l10n.decimal(lo, 2),
                    self.l10n.decimal(hi, 2)
                )
            }
            _ => self.score(s.score),
        }
    }

    /// The title of the negotiation points: before signing, or for the next agreement.
    pub fn negotiate_title(&self, stage: Stage) -> String {
        self.l10n.tr(match stage {
            Stage::Before => "negotiate-title-before",
            Stage::Ongoing => "negotiate-title-ongoing",
        })
    }

    /// Whether the verdict is firm and, if not, how far the open questions could move it and which
    /// of them could: the headline, then the decisive questions in the order to ask them.
    pub fn firmness(&self, a: &Assessment) -> Point {
        let verdict = |v: Verdict| self.verdict(v);
        let headline = if a.firm() {
            self.l10n.tr("firm-yes")
        } else if a.best == a.verdict {
            self.l10n.tr_with(
                "firm-at-best",
                &args([
                    ("verdict", verdict(a.verdict).into()),
                    ("worst", verdict(a.worst).into()),
                ]),
            )
        } else if a.worst == a.verdict {
            self.l10n.tr_with(
                "firm-at-worst",
                &args([
                    ("verdict", verdict(a.verdict).into()),
                    ("best", verdict(a.best).into()),
                ]),
            )
        } else {
            self.l10n.tr_with(
                "firm-between",
                &args([
                    ("best", verdict(a.best).into()),
                    ("worst", verdict(a.worst).into()),
                ]),
            )
        };
        Point {
            headline,
            details: a.decisive.iter().map(|d| self.decisive(a, d)).collect(),
        }
    }

    /// One decisive question: its text and what its answer could make the verdict.
    fn decisive(&self, a: &Assessment, d: &Decisive) -> String {
        let q = self.rubric.question(&d.id);
        let answer = |ans| self.answer(ans);
        let mut outcomes = Vec::new();
        if let Some(q) = q {
            for (ans, v) in [
                (crate::score::against(q), d.if_against),
                (crate::score::favourable(q), d.if_favourable),
            ] {
                if v != a.verdict {
                    outcomes.push(self.l10n.tr_with(
                        "decisive-outcome",
                        &args([
                            ("answer", answer(ans).into()),
                            ("verdict", self.verdict(v).into()),
                        ]),
                    ));
                }
            }
        }
        format!("{} ({})", self.question(&d.id), outcomes.join("; "))
    }

    /// The language of the rubric's texts when it is not the interface's (a rubric without the
    /// interface's language shows them in its first language): formats that can say so mark them.
    pub fn text_lang(&self) -> Option<&'a str> {
        (self.lang != self.l10n.lang().tag()).then_some(self.lang)
    }

    pub fn standard_name(&self, id: &str) -> String {
        self.rubric.standard(id).map_or_else(
            || id.to_string(),
            |s| self.rubric.text(&s.name, self.lang).to_string(),
        )
    }

    /// The text of a question, or its id when the rubric lacks it.
    pub fn question(&self, id: &str) -> String {
        self.rubric.question(id).map_or_else(
            || id.to_string(),
            |q| self.rubric.text(&q.text, self.lang).to_string(),
        )
    }

    /// "Question text — answer", for details.
    pub fn answered(&self, answers: &Answers, id: &str) -> String {
        match answers.answers.get(id) {
            Some(e) => format!("{} — {}", self.question(id), self.answer(e.answer)),
            None => self.question(id),
        }
    }

    /// The warnings cell of a standard's row: refusals and red flags touching it.
    pub fn warnings(&self, s: &StandardScore, a: &Assessment) -> String {
        let mut out = Vec::new();
        if !s.refusals.is_empty() {
            out.push(self.l10n.tr_with(
                "warning-refused",
                &args([("count", s.refusals.len().into())]),
            ));
        }
        let flags = |list: &[RaisedFlag]| {
            list.iter()
                .filter(|f| {
                    self.rubric
                        .red_flag(&f.id)
                        .is_some_and(|flag| flag.standards.contains(&s.id))
                        || f.questions.iter().any(|q| {
                            self.rubric
                                .question(q)
                                .is_some_and(|q| q.evidences.standards.contains(&s.id))
                        })
                })
                .count()
        };
        let confirmed = flags(&a.red_flags);
        if confirmed > 0 {
            out.push(
                self.l10n
                    .tr_with("warning-red-flag", &args([("count", confirmed.into())])),
            );
        }
        let suspected = flags(&a.suspected);
        if suspected > 0 {
            out.push(
                self.l10n
                    .tr_with("warning-suspected", &args([("count", suspected.into())])),
            );
        }
        out.join(", ")
    }

    fn flag_name(&self, f: &RaisedFlag) -> String {
        self.red_flag_name(&f.id)
    }

    /// The name of a red flag, or its id when the rubric lacks it.
    pub fn red_flag_name(&self, id: &str) -> String {
        self.rubric.red_flag(id).map_or_else(
            || id.to_string(),
            |r| self.rubric.text(&r.name, self.lang).to_string(),
        )
    }

    /// The red flags raised, confirmed then suspected: a headline naming the flag and its section,
    /// and under it the questions (with their answers) that raise it. `describe` puts the guide's
    /// description of the flag first among the details.
    fn flag_points(&self, answers: &Answers, a: &Assessment, describe: bool) -> Vec<Point> {
        let mut out = Vec::new();
        for (list, id) in [
            (&a.red_flags, "reason-red-flag"),
            (&a.suspected, "reason-suspected"),
        ] {
            for f in list {
                let description = self
                    .rubric
                    .red_flag(&f.id)
                    .filter(|_| describe)
                    .map(|r| self.rubric.text(&r.text, self.lang).to_string());
                out.push(Point {
                    headline: self.l10n.tr_with(
                        id,
                        &args([
                            ("name", self.flag_name(f).into()),
                            ("source", f.source.clone().into()),
                        ]),
                    ),
                    details: description
                        .into_iter()
                        .chain(f.questions.iter().map(|q| self.answered(answers, q)))
                        .collect(),
                });
            }
        }
        out
    }

    /// The red flags raised, each with what the guide says of it and the answers that raise it.
    pub fn red_flags(&self, answers: &Answers, a: &Assessment) -> Vec<Point> {
        self.flag_points(answers, a, true)
    }

    /// The reasons for the verdict: red flags, refusals, standards short or unknown, coverage.
    pub fn reasons(&self, answers: &Answers, a: &Assessment) -> Vec<Point> {
        let mut out = self.flag_points(answers, a, false);
        let details = |ids: &[String]| ids.iter().map(|q| self.answered(answers, q)).collect();
        if !a.refusals.is_empty() {
            out.push(Point {
                headline: self.l10n.tr_with(
                    "reason-refusals",
                    &args([
                        ("count", a.refusals.len().into()),
                        ("source", self.rubric.refusal_rule.source.clone().into()),
                    ]),
                ),
                details: a.refusals.iter().map(|q| self.question(q)).collect(),
            });
        }
        for s in &a.standards {
            let source = self
                .rubric
                .standard(&s.id)
                .map_or("", |x| x.source.as_str());
            let common = [
                ("name", self.standard_name(&s.id).into()),
                ("source", source.to_string().into()),
                ("score", self.score(s.score).into()),
                ("known", s.known.into()),
                ("applicable", s.applicable.into()),
            ];
            match s.status {
                Status::NotMet | Status::Partly => out.push(Point {
                    headline: self.l10n.tr_with(
                        if s.status == Status::NotMet {
                            "reason-not-met"
                        } else {
                            "reason-partly"
                        },
                        &args(common),
                    ),
                    details: details(&s.shortfalls),
                }),
                Status::Unknown => {
                    let range = s.range.unwrap_or([0.0, 1.0]);
                    let id = if all_not_applicable(s) {
                        "reason-all-not-applicable"
                    } else if self.rubric.scoring.method == Method::EvidenceRange {
                        "reason-open"
                    } else {
                        "reason-unknown"
                    };
                    let mut all = args(common);
                    all.set("low", self.l10n.decimal(range[0], 2));
                    all.set("high", self.l10n.decimal(range[1], 2));
                    out.push(Point {
                        headline: self.l10n.tr_with(id, &all),
                        details: Vec::new(),
                    })
                }
                Status::Met => {}
            }
        }
        let scoring = &self.rubric.scoring;
        if let (Method::KnownMean, Some(minimum)) = (scoring.method, scoring.min_coverage)
            && a.coverage < minimum
        {
            out.push(Point {
                headline: self.l10n.tr_with(
                    "reason-coverage",
                    &args([
                        ("coverage", self.l10n.percent(a.coverage).into()),
                        ("minimum", self.l10n.percent(minimum).into()),
                    ]),
                ),
                details: Vec::new(),
            });
        }
        if out.is_empty() {
            out.push(Point {
                headline: self.l10n.tr("reason-all-met"),
                details: Vec::new(),
            });
        }
        out
    }

    /// The negotiation text of each of `questions` that has one.
    fn question_points(&self, questions: &[String]) -> Vec<String> {
        questions
            .iter()
            .filter_map(|id| self.rubric.question(id)?.negotiate.as_ref())
            .map(|t| self.rubric.text(t, self.lang).to_string())
            .collect()
    }

    /// What to negotiate, only from what the answers show: per red flag raised (what to demand,
    /// then each raising question's own point), per standard that is not met (each answer that
    /// falls short, with its own point, or the standard's when its questions have none), per
    /// refusal; and what to find out, for the decisive open questions only.
    pub fn negotiation(&self, a: &Assessment) -> Vec<Point> {
        let mut out = Vec::new();
        for f in a.red_flags.iter().chain(&a.suspected) {
            if let Some(flag) = self.rubric.red_flag(&f.id) {
                out.push(Point {
                    headline: format!(
                        "{} — {}",
                        self.flag_name(f),
                        self.rubric.text(&flag.negotiate, self.lang)
                    ),
                    details: self.question_points(&f.questions),
                });
            }
        }
        let range = self.rubric.scoring.method == Method::EvidenceRange;
        for s in &a.standards {
            let Some(std) = self.rubric.standard(&s.id) else {
                continue;
            };
            let own = self.question_points(&s.shortfalls);
            match s.status {
                // With evidence-range, an open standard's known shortfalls are negotiated too:
                // they are what the answers show.
                Status::NotMet | Status::Partly | Status::Unknown if !own.is_empty() => {
                    out.push(Point {
                        headline: self.standard_name(&s.id),
                        details: own,
                    })
                }
                Status::NotMet | Status::Partly => out.push(Point {
                    headline: format!(
                        "{} — {}",
                        self.standard_name(&s.id),
                        self.rubric.text(&std.negotiate, self.lang)
                    ),
                    details: Vec::new(),
                }),
                Status::Unknown if all_not_applicable(s) => out.push(Point {
                    headline: self.l10n.tr_with(
                        "negotiate-all-not-applicable",
                        &args([("name", self.standard_name(&s.id).into())]),
                    ),
                    details: Vec::new(),
                }),
                Status::Unknown if !range => out.push(Point {
                    headline: self.l10n.tr_with(
                        "negotiate-unknown",
                        &args([("name", self.standard_name(&s.id).into())]),
                    ),
                    details: Vec::new(),
                }),
                Status::Unknown | Status::Met => {}
            }
        }
        if !a.refusals.is_empty() {
            out.push(Point {
                headline: self.l10n.tr_with(
                    "negotiate-refusals",
                    &args([("count", a.refusals.len().into())]),
                ),
                details: a.refusals.iter().map(|q| self.question(q)).collect(),
            });
        }
        if range && !a.decisive.is_empty() {
            out.push(Point {
                headline: self.l10n.tr_with(
                    "negotiate-find-out",
                    &args([("count", a.decisive.len().into())]),
                ),
                details: a.decisive.iter().map(|d| self.question(&d.id)).collect(),
            });
        }
        out
    }
}
