//! The JSON contracts, stable field names never localised: `vet score`'s here (and its YAML),
//! [`diff`], [`history`] and [`panel`]'s in their files.
//!
//! Changing a field's name or meaning is a breaking change for scripts; adding one is not.

pub mod diff;
pub mod history;
pub mod panel;

use serde::Serialize;

use crate::answers::Answers;
use crate::rubric::Verdict;
use crate::score::{Assessment, RaisedFlag, Status};
use crate::scored::Scored;

/// One scored file, as scripts see it.
#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    /// The file as given on the command line.
    pub file: &'a str,
    /// good, bad, ugly or inconclusive.
    pub classification: Verdict,
    /// The classification rule that decided, and its section of the guide.
    pub rule: JsonRule,
    /// True when no answer to the open questions can change the classification.
    pub firm: bool,
    /// The most favourable classification the open questions still allow.
    pub best: Verdict,
    /// The least favourable one.
    pub worst: Verdict,
    /// Open questions whose answer alone could change the classification, in the order to ask
    /// them.
    pub decisive_questions: Vec<JsonDecisive<'a>>,
    pub rubric: JsonRubric<'a>,
    pub partner: &'a str,
    pub date: String,
    pub stage: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor: Option<&'a str>,
    /// Questions with any recorded answer (including "don't know").
    pub answered: usize,
    /// Questions asked at the file's stage.
    pub questions_total: usize,
    /// Questions with a known answer (yes, partly, no, refused): "don't know" is not evidence.
    pub known: usize,
    /// Share of the applicable questions with a known answer, 0 to 1.
    pub coverage: f64,
    pub standards: Vec<JsonStandard<'a>>,
    /// Confirmed red flags.
    pub red_flags: Vec<JsonFlag<'a>>,
    /// Red flags only suspected ("partly").
    pub suspected_red_flags: Vec<JsonFlag<'a>>,
    /// Question ids the partner refused to answer or document.
    pub refusals: &'a [String],
    /// Present, and true, when the report was made with `--redact`: no assessor.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub redacted: bool,
}

#[derive(Debug, Serialize)]
pub struct JsonRule {
    pub when: crate::rubric::Condition,
    pub source: String,
}

#[derive(Debug, Serialize)]
pub struct JsonRubric<'a> {
    pub id: &'a str,
    pub version: &'a str,
}

#[derive(Debug, Serialize)]
pub struct JsonStandard<'a> {
    pub id: &'a str,
    /// 0 to 1, rounded to 3 decimals; null when nothing is known.
    pub score: Option<f64>,
    pub status: Status,
    /// `[low, high]`: the scores the open questions still allow, rounded to 3 decimals; null
    /// when no question applies.
    pub range: Option<[f64; 2]>,
    /// True when no answer to the open questions can change the status.
    pub firm: bool,
    pub applicable: usize,
    pub answered: usize,
    pub known: usize,
    pub refusals: &'a [String],
    pub shortfalls: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct JsonDecisive<'a> {
    pub id: &'a str,
    /// The classification if it were answered in the partner's favour, all else as it is.
    pub if_favourable: Verdict,
    /// The classification if it were answered against the partner.
    pub if_against: Verdict,
}

#[derive(Debug, Serialize)]
pub struct JsonFlag<'a> {
    pub id: &'a str,
    pub source: &'a str,
    pub questions: &'a [String],
}

/// Rounded to 3 decimals, half away from zero ([`crate::score::round`]), as every score in the
/// JSON, YAML and CSV contracts.
pub fn round3(x: f64) -> f64 {
    crate::score::round(x, 3)
}

/// `after - before` as JSON shows them: the difference of the scores rounded to 3 decimals, itself
/// rounded (binary floats would otherwise add digits), so that a delta never disagrees with the
/// two scores next to it.
pub(crate) fn rounded_delta(before: Option<f64>, after: Option<f64>) -> Option<f64> {
    crate::diff::delta(before.map(round3), after.map(round3)).map(round3)
}

/// A score as a CSV cell: [`round3`], always with 3 decimals (`0.500`); empty when nothing is known.
pub fn score_cell(x: Option<f64>) -> String {
    x.map_or(String::new(), |x| format!("{:.3}", round3(x)))
}

fn flags(list: &[RaisedFlag]) -> Vec<JsonFlag<'_>> {
    list.iter()
        .map(|f| JsonFlag {
            id: &f.id,
            source: &f.source,
            questions: &f.questions,
        })
        .collect()
}

impl<'a> JsonReport<'a> {
    /// The contract view of a scored file. `redact` leaves out who answered and says so.
    pub fn new(file: &'a str, answers: &'a Answers, a: &'a Assessment, redact: bool) -> Self {
        JsonReport {
            file,
            classification: a.verdict,
            rule: JsonRule {
                when: a.rule,
                source: a.rule_source.clone(),
            },
            firm: a.firm(),
            best: a.best,
            worst: a.worst,
            decisive_questions: a
                .decisive
                .iter()
                .map(|d| JsonDecisive {
                    id: &d.id,
                    if_favourable: d.if_favourable,
                    if_against: d.if_against,
                })
                .collect(),
            rubric: JsonRubric {
                id: &answers.rubric.id,
                version: &answers.rubric.version,
            },
            partner: &answers.partner,
            date: answers.date.to_string(),
            stage: answers.stage.token(),
            assessor: if redact {
                None
            } else {
                answers.assessor.as_deref()
            },
            answered: a.answered,
            questions_total: a.questions_total,
            known: a.known,
            coverage: round3(a.coverage),
            standards: a
                .standards
                .iter()
                .map(|s| JsonStandard {
                    id: &s.id,
                    score: s.score.map(round3),
                    status: s.status,
                    range: s.range.map(|r| r.map(round3)),
                    firm: s.firm,
                    applicable: s.applicable,
                    answered: s.answered,
                    known: s.known,
                    refusals: &s.refusals,
                    shortfalls: &s.shortfalls,
                })
                .collect(),
            red_flags: flags(&a.red_flags),
            suspected_red_flags: flags(&a.suspected),
            refusals: &a.refusals,
            redacted: redact,
        }
    }
}

/// The JSON contract: one object for one file, an array for several.
pub fn reports(scored: &[Scored]) -> String {
    let reports: Vec<_> = scored
        .iter()
        .map(|s| JsonReport::new(s.file, s.answers, &s.assessment, s.redacted))
        .collect();
    match reports.as_slice() {
        [one] => pretty(one),
        _ => pretty(&reports),
    }
}

/// `value` as indented JSON text ending with a line break. Serialising vet's own contract types
/// cannot fail; were it to, the text is empty rather than a panic.
pub(crate) fn pretty(value: &impl Serialize) -> String {
    serde_json::to_string_pretty(value)
        .map(|t| t + "\n")
        .unwrap_or_default()
}

/// One report of the JSON array that [`reports`] gives for several files, the `index`th (from 0),
/// with what comes before it; [`ARRAY_END`] closes the array. Written in order, the items and the end
/// are byte for byte what [`reports`] gives for the whole list, so `vet score` can write each file as
/// it is scored rather than hold every report at once.
pub fn array_item(s: &Scored, index: usize) -> String {
    let report = JsonReport::new(s.file, s.answers, &s.assessment, s.redacted);
    let text = serde_json::to_string_pretty(&report).unwrap_or_default();
    // Inside the array every line is indented one level; JSON strings hold no raw newline.
    let mut out = String::from(if index == 0 { "[\n" } else { ",\n" });
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(line);
    }
    out
}

/// What closes the JSON array after the last [`array_item`].
pub const ARRAY_END: &str = "\n]\n";

/// One report of the YAML sequence that [`reports_yaml`] gives for several files: a block sequence is its
/// items one after the other, so these, written in order, are what [`reports_yaml`] gives.
pub fn yaml_item(s: &Scored) -> String {
    let report = JsonReport::new(s.file, s.answers, &s.assessment, s.redacted);
    serde_yaml::to_string(&[report]).unwrap_or_default()
}

/// The same contract as [`reports`], in YAML.
pub fn reports_yaml(scored: &[Scored]) -> String {
    let reports: Vec<_> = scored
        .iter()
        .map(|s| JsonReport::new(s.file, s.answers, &s.assessment, s.redacted))
        .collect();
    let text = if let [one] = reports.as_slice() {
        serde_yaml::to_string(one)
    } else {
        serde_yaml::to_string(&reports)
    };
    text.unwrap_or_default()
}
