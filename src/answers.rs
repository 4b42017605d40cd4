//! The answers file: what an assessor said about a partner, question by question.
//!
//! This module is pure: it parses and writes YAML text and checks answers against a rubric. Reading
//! and writing files is the shell's job (`crate::fsio`).

use indexmap::IndexMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::locate;
use crate::rubric::{QuestionStage, Rubric};
use crate::yaml::{self, YamlError};

/// An answers file as it is on disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "AnswersFile")]
pub struct Answers {
    /// The rubric the answers were given against.
    pub rubric: RubricRef,
    /// Name of the partner organisation assessed.
    pub partner: String,
    /// Date of the assessment, `YYYY-MM-DD`.
    pub date: jiff::civil::Date,
    /// Before signing, or during the partnership.
    pub stage: Stage,
    /// Who answered (a coordinator, "the board"). Left out of redacted reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor: Option<String>,
    /// Answers keyed by question id, in the order they were given.
    pub answers: IndexMap<String, Entry>,
    /// Notes and documents on questions not answered yet (the interview keeps them with the answer
    /// once it is chosen). Written under `answers:` as entries with no `answer`; scoring, reports
    /// and comparisons ignore them.
    #[serde(skip)]
    pub notes: IndexMap<String, Note>,
}

/// A note and documents on a question with no answer yet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Note {
    pub note: Option<String>,
    pub evidence: Vec<String>,
}

impl Note {
    /// Whether there is nothing in it.
    pub fn is_empty(&self) -> bool {
        self.note.is_none() && self.evidence.is_empty()
    }
}

/// The file's shape as read: an entry's `answer` may be missing when it holds a note or documents.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswersFile {
    rubric: RubricRef,
    partner: String,
    date: jiff::civil::Date,
    stage: Stage,
    #[serde(default)]
    assessor: Option<String>,
    #[serde(default, deserialize_with = "unique_keys")]
    answers: IndexMap<String, FileEntry>,
}

/// One entry as read: an answer, or a note and documents waiting for one.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEntry {
    #[serde(default)]
    answer: Option<Answer>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    evidence: Vec<String>,
}

impl TryFrom<AnswersFile> for Answers {
    type Error = String;

    fn try_from(f: AnswersFile) -> Result<Answers, String> {
        let mut answers = IndexMap::new();
        let mut notes = IndexMap::new();
        for (id, e) in f.answers {
            match e.answer {
                Some(answer) => {
                    answers.insert(
                        id,
                        Entry {
                            answer,
                            note: e.note,
                            evidence: e.evidence,
                        },
                    );
                }
                // An entry with nothing in it is a hand edit that lost its answer: say so, as
                // before notes could stand alone.
                None if e.note.is_none() && e.evidence.is_empty() => {
                    return Err(format!("question `{id}`: missing field `answer`"));
                }
                None => {
                    notes.insert(
                        id,
                        Note {
                            note: e.note,
                            evidence: e.evidence,
                        },
                    );
                }
            }
        }
        Ok(Answers {
            rubric: f.rubric,
            partner: f.partner,
            date: f.date,
            stage: f.stage,
            assessor: f.assessor,
            answers,
            notes,
        })
    }
}

/// The rubric an answers file was written for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricRef {
    pub id: String,
    pub version: String,
}

/// When the assessment is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Before signing an agreement.
    Before,
    /// While the partnership runs.
    Ongoing,
}

impl Stage {
    /// Whether a question of `stage` is asked at this stage.
    pub fn includes(self, stage: QuestionStage) -> bool {
        matches!(
            (self, stage),
            (_, QuestionStage::Both)
                | (Stage::Before, QuestionStage::Before)
                | (Stage::Ongoing, QuestionStage::Ongoing)
        )
    }

    /// The token written in files and JSON.
    pub fn token(self) -> &'static str {
        match self {
            Stage::Before => "before",
            Stage::Ongoing => "ongoing",
        }
    }
}

/// One answer with what backs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub answer: Answer,
    /// Free text: what was said, by whom, what remains to check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Names of the documents seen (agreement drafts, budgets, reports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
}

/// The answer scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    Yes,
    Partly,
    No,
    /// Skipped or not known yet: carries no value.
    DontKnow,
    /// The partner refused to answer or to show documents: counts against it (guide, section 6).
    Refused,
    /// The question does not apply to this partnership: left out of every count.
    NotApplicable,
}

impl Answer {
    /// Every answer, in the order the interview offers them.
    pub const ALL: [Answer; 6] = [
        Answer::Yes,
        Answer::Partly,
        Answer::No,
        Answer::DontKnow,
        Answer::Refused,
        Answer::NotApplicable,
    ];

    /// The token written in files. None is a YAML 1.1 boolean once quoted, which is how they are
    /// written.
    pub fn token(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Partly => "partly",
            Answer::No => "no",
            Answer::DontKnow => "dont-know",
            Answer::Refused => "refused",
            Answer::NotApplicable => "n/a",
        }
    }

    /// Reads a token as written by vet, by hand, or by a YAML 1.1 tool. Case, spaces, `_` and `-`
    /// do not matter; `true`/`false` are what PyYAML makes of a bare yes/no.
    pub fn parse(token: &str) -> Option<Answer> {
        let norm: String = token
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '_' | '-' | '\'' | '’'))
            .flat_map(char::to_lowercase)
            .collect();
        Some(match norm.as_str() {
            "yes" | "y" | "true" => Answer::Yes,
            "partly" | "partial" | "partially" => Answer::Partly,
            "no" | "n" | "false" => Answer::No,
            "dontknow" | "unknown" | "skip" | "skipped" => Answer::DontKnow,
            "refused" => Answer::Refused,
            "n/a" | "na" | "notapplicable" => Answer::NotApplicable,
            _ => return None,
        })
    }

    /// The token of the scale closest to `token`, to suggest when it is not on the scale.
    pub fn nearest(token: &str) -> Answer {
        let lower = token.trim().to_lowercase();
        Answer::ALL
            .into_iter()
            .min_by_key(|a| strsim::levenshtein(&lower, a.token()))
            .unwrap_or(Answer::DontKnow)
    }

    /// Whether the answer says something about the partner (it has a value in scoring).
    pub fn is_known(self) -> bool {
        matches!(
            self,
            Answer::Yes | Answer::Partly | Answer::No | Answer::Refused
        )
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.token())
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Answer;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "one of \"yes\", \"partly\", \"no\", \"dont-know\", \"refused\", \"n/a\"",
                )
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Answer, E> {
                Ok(if v { Answer::Yes } else { Answer::No })
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Answer, E> {
                // Marked so that `Answers::parse` can turn it into `AnswersError::OffScale`, worded
                // through the locales with the nearest answer.
                Answer::parse(v).ok_or_else(|| E::custom(format!("{OFF_SCALE}{v}{MARK_END}")))
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// A control character other than a line break or a tab.
pub fn is_unprintable(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Markers of the two deserialisation errors vet words itself (see `Answers::parse`): they cannot
/// appear in YAML text, so they cannot be forged by a file.
const OFF_SCALE: &str = "\u{0}off-scale\u{0}";
const ANSWERED_TWICE: &str = "\u{0}answered-twice\u{0}";
const MARK_END: &str = "\u{0}";

/// The text between `marker` and the next [`MARK_END`] in a parser's message.
fn marked<'m>(message: &'m str, marker: &str) -> Option<&'m str> {
    let start = message.find(marker)? + marker.len();
    let len = message[start..].find(MARK_END)?;
    Some(&message[start..start + len])
}

/// Deserializes a map, refusing a key given twice (a hand edit that answers a question twice would
/// otherwise silently keep the last answer).
fn unique_keys<'de, D, V>(d: D) -> Result<IndexMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Visitor<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<V> {
        type Value = IndexMap<String, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map of question ids to answers")
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(IndexMap::new())
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = IndexMap::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(format!(
                        "{ANSWERED_TWICE}{key}{MARK_END}"
                    )));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    d.deserialize_any(Visitor(std::marker::PhantomData))
}

/// Why an answers text could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnswersError {
    /// The text cannot be read as YAML of an answers file's shape.
    #[error("yaml")]
    Yaml(YamlError),
    /// The answers were written for another rubric.
    #[error("rubric id mismatch")]
    OtherRubric { file: String, rubric: String },
    /// The answers were written for an incompatible version of the rubric.
    #[error("rubric version mismatch")]
    IncompatibleVersion { file: String, rubric: String },
    /// An answer that is not on the scale.
    #[error("off scale")]
    OffScale {
        found: String,
        nearest: Answer,
        line: Option<usize>,
        column: Option<usize>,
    },
    /// A question answered twice (a hand edit would otherwise silently keep the last answer).
    #[error("answered twice")]
    AnsweredTwice { id: String, line: Option<usize> },
    /// A question id the rubric does not have.
    #[error("unknown question")]
    UnknownQuestion {
        id: String,
        suggestion: Option<String>,
        line: Option<usize>,
    },
}

impl AnswersError {
    /// The line the problem is on, when known.
    pub fn line(&self) -> Option<usize> {
        match self {
            AnswersError::Yaml(e) => e.line(),
            AnswersError::UnknownQuestion { line, .. }
            | AnswersError::OffScale { line, .. }
            | AnswersError::AnsweredTwice { line, .. } => *line,
            _ => None,
        }
    }
}

/// Something worth telling about an answers file that does not stop scoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersNotice {
    /// Same rubric, other minor/patch version: compared on the questions they share.
    OtherVersion { file: String, rubric: String },
    /// An answer to a question that is not asked at the file's stage; it is left out.
    NotAtStage { id: String },
}

impl Answers {
    /// Whether `text` looks like an answers file, valid or not: a top-level `partner:` or
    /// `answers:` key, and no `classification:` (which only vet's own YAML report has). Used to
    /// refuse overwriting one.
    pub fn looks_like(text: &str) -> bool {
        let top = |keys: &[&str]| {
            text.lines().any(|l| {
                let l = l.trim_start_matches('\u{feff}');
                keys.iter()
                    .any(|k| l.starts_with(&format!("{k}:")) || l.starts_with(&format!("\"{k}\":")))
            })
        };
        top(&["partner", "answers"]) && !top(&["classification"])
    }

    /// Parses the YAML text of an answers file (no check against a rubric).
    pub fn parse(text: &str) -> Result<Answers, AnswersError> {
        yaml::from_str(text)
            .map(Answers::printable)
            .map_err(|e| match e {
                YamlError::Syntax {
                    detail,
                    line,
                    column,
                } => {
                    if let Some(found) = marked(&detail, OFF_SCALE) {
                        AnswersError::OffScale {
                            found: found.to_string(),
                            nearest: Answer::nearest(found),
                            line,
                            column,
                        }
                    } else if let Some(id) = marked(&detail, ANSWERED_TWICE) {
                        AnswersError::AnsweredTwice {
                            id: id.to_string(),
                            // The parser points at the map; the second answer is what to remove.
                            line: locate::nth_key_line(text, id, 2).or(line),
                        }
                    } else {
                        AnswersError::Yaml(YamlError::Syntax {
                            detail,
                            line,
                            column,
                        })
                    }
                }
                other => AnswersError::Yaml(other),
            })
    }

    /// Checks the answers against `rubric`: same id, compatible version, known questions. Returns
    /// the notices worth showing, or every problem found. `text` is the file's text, used to give
    /// the line of an unknown question.
    pub fn check(
        &self,
        rubric: &Rubric,
        text: &str,
    ) -> Result<Vec<AnswersNotice>, Vec<AnswersError>> {
        let mut errors = Vec::new();
        let mut notices = Vec::new();
        if self.rubric.id != rubric.id {
            errors.push(AnswersError::OtherRubric {
                file: self.rubric.id.clone(),
                rubric: rubric.id.clone(),
            });
            return Err(errors);
        }
        match (major(&self.rubric.version), major(&rubric.version)) {
            (Some(a), Some(b)) if a == b => {
                if self.rubric.version != rubric.version {
                    notices.push(AnswersNotice::OtherVersion {
                        file: self.rubric.version.clone(),
                        rubric: rubric.version.clone(),
                    });
                }
            }
            _ => errors.push(AnswersError::IncompatibleVersion {
                file: self.rubric.version.clone(),
                rubric: rubric.version.clone(),
            }),
        }
        // Built on the first unknown question: one pass over the text rather than one per key, so
        // that a file of many thousand unknown keys takes no longer to refuse than to read.
        let mut lines = None;
        let mut suggested = 0;
        let answered = self.answers.len();
        for (n, id) in self.answers.keys().chain(self.notes.keys()).enumerate() {
            match rubric.question(id) {
                Some(q) => {
                    // A note alone is not scored: nothing is left out, so nothing to say.
                    if n < answered && !self.stage.includes(q.stage) {
                        notices.push(AnswersNotice::NotAtStage { id: id.clone() });
                    }
                }
                None => {
                    // Suggestions cost a distance per question: a typo or two is what they are for.
                    suggested += 1;
                    let suggestion = if suggested <= MAX_SUGGESTIONS {
                        nearest_question(rubric, id)
                    } else {
                        None
                    };
                    let line = lines
                        .get_or_insert_with(|| locate::key_lines(text))
                        .get(id.as_str())
                        .copied();
                    errors.push(AnswersError::UnknownQuestion {
                        id: id.clone(),
                        suggestion,
                        line,
                    });
                }
            }
        }
        if errors.is_empty() {
            Ok(notices)
        } else {
            Err(errors)
        }
    }

    /// The same answers with terminal control characters (escape sequences that could clear the
    /// screen, hide text or retitle the window when a report is shown) replaced by U+FFFD. Line
    /// breaks and tabs in notes stay. Files come from e-mail and other organisations.
    fn printable(mut self) -> Answers {
        let clean = |s: &mut String| {
            if s.chars().any(is_unprintable) {
                *s = s
                    .chars()
                    .map(|c| if is_unprintable(c) { '\u{fffd}' } else { c })
                    .collect();
            }
        };
        clean(&mut self.partner);
        if let Some(a) = &mut self.assessor {
            clean(a);
        }
        for e in self.answers.values_mut() {
            if let Some(n) = &mut e.note {
                clean(n);
            }
            e.evidence.iter_mut().for_each(clean);
        }
        for e in self.notes.values_mut() {
            if let Some(n) = &mut e.note {
                clean(n);
            }
            e.evidence.iter_mut().for_each(clean);
        }
        self
    }

    /// Leaves out what could expose people when a report goes outside the organisation: every
    /// note, every document seen and the assessor's name. Answers, and so scores, stay.
    pub fn redact(&mut self) {
        self.assessor = None;
        self.notes.clear();
        for entry in self.answers.values_mut() {
            entry.note = None;
            entry.evidence.clear();
        }
    }

    /// The YAML text of this file as vet writes it. Every string is written as a double-quoted
    /// scalar (JSON string syntax, which YAML reads the same way), so YAML 1.1 tools such as PyYAML
    /// read `"yes"`, `"no"`, a partner called `"On"` or a note `"1.0"` back as the same strings.
    pub fn to_yaml(&self) -> String {
        use std::fmt::Write;
        let mut out = String::from(FILE_HEADER);
        // Writing to a String cannot fail.
        let _ = writeln!(out, "rubric:");
        let _ = writeln!(out, "  id: {}", quote(&self.rubric.id));
        let _ = writeln!(out, "  version: {}", quote(&self.rubric.version));
        let _ = writeln!(out, "partner: {}", quote(&self.partner));
        let _ = writeln!(out, "date: {}", self.date);
        let _ = writeln!(out, "stage: {}", quote(self.stage.token()));
        if let Some(a) = &self.assessor {
            let _ = writeln!(out, "assessor: {}", quote(a));
        }
        let notes: Vec<(&String, &Note)> = self
            .notes
            .iter()
            .filter(|(id, n)| !n.is_empty() && !self.answers.contains_key(*id))
            .collect();
        let _ = writeln!(
            out,
            "answers:{}",
            if self.answers.is_empty() && notes.is_empty() {
                " {}"
            } else {
                ""
            }
        );
        let entries = self
            .answers
            .iter()
            .map(|(id, e)| (id, Some(e.answer), &e.note, &e.evidence))
            .chain(
                notes
                    .iter()
                    .map(|(id, n)| (*id, None, &n.note, &n.evidence)),
            );
        for (id, answer, note, evidence) in entries {
            let _ = writeln!(out, "  {}:", yaml_key(id));
            if let Some(a) = answer {
                let _ = writeln!(out, "    answer: {}", quote(a.token()));
            }
            if let Some(n) = note {
                let _ = writeln!(out, "    note: {}", quote(n));
            }
            if !evidence.is_empty() {
                let _ = writeln!(out, "    evidence:");
                for doc in evidence {
                    let _ = writeln!(out, "      - {}", quote(doc));
                }
            }
        }
        out
    }
}

/// The comment that opens every answers file vet writes.
const FILE_HEADER: &str = "\
# vet answers file: what was said about a partner, question by question.
# Private: it can put people at risk. vet writes it readable by you only (mode 0600).
# Score it with `vet score FILE`; resume or revise it with `vet interview --output FILE`.
";

/// A string as a double-quoted YAML scalar (a JSON string is one).
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// A mapping key: plain when it is a simple id that no YAML version reads as anything but a
/// string, quoted otherwise.
fn yaml_key(key: &str) -> String {
    const SPECIAL: [&str; 9] = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"];
    let simple = key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if simple && !SPECIAL.contains(&key) {
        key.to_string()
    } else {
        quote(key)
    }
}

/// How many unknown questions of one file get a "did you mean" suggestion.
const MAX_SUGGESTIONS: usize = 100;

/// The question id of `rubric` closest to `id`, if it is close enough to be a typo.
fn nearest_question(rubric: &Rubric, id: &str) -> Option<String> {
    let within = id.len().max(3) / 3 + 1;
    let chars = id.chars().count();
    rubric
        .questions
        .iter()
        // The distance is at least the difference in length: skip what cannot be close.
        .filter(|q| q.id.chars().count().abs_diff(chars) <= within)
        .map(|q| (strsim::levenshtein(id, &q.id), &q.id))
        .filter(|(d, _)| *d <= within)
        .min()
        .map(|(_, q)| q.clone())
}

/// The major part of a semantic version.
fn major(version: &str) -> Option<u64> {
    version.trim().split('.').next()?.parse().ok()
}

#[cfg(test)]
mod tests;
