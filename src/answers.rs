//! The answers file: what an assessor said about a partner, question by question.
//!
//! This module is pure: it parses and writes YAML text and checks answers against a rubric. Reading
//! and writing files is the shell's job (`crate::fsio`).

mod check;
mod error;
mod write;

use indexmap::IndexMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::locate;
use crate::rubric::QuestionStage;
use crate::yaml::{self, YamlError};
pub use error::{AnswersError, AnswersNotice};

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

    /// The same answers with terminal control characters (escape sequences that could clear the
    /// screen, hide text or retitle the window when a report is shown) replaced by U+FFFD. Line
    /// breaks and tabs in notes stay. Files come from e-mail and other organisations.
    fn printable(mut self) -> Answers {
        let clean = |s: &mut String| {
            if let std::borrow::Cow::Owned(safe) = crate::text::terminal_safe(s) {
                *s = safe;
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
}

/// A file name for an assessment: the partner's name made safe for any file system, and the date.
pub fn default_file_name(partner: &str, date: jiff::civil::Date) -> String {
    let mut slug = String::new();
    for c in partner.trim().chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = if slug.is_empty() {
        "partner".to_string()
    } else {
        slug
    };
    format!("{slug}-{date}.yaml")
}

#[cfg(test)]
mod tests;
