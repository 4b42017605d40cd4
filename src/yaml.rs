//! Reading vet's YAML files, answers and rubrics alike: nothing but comments is "empty", what
//! [`crate::guard`] refuses (aliases, deep nesting) never reaches the parser, and a parser error
//! keeps its place in the file.
//!
//! Pure: text in, value or [`YamlError`] out.

use serde::de::DeserializeOwned;

use crate::guard::{self, Refusal};

/// Why a YAML text could not be read, before any check of what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlError {
    /// Nothing but blank lines and comments.
    Empty,
    /// The file uses a YAML alias (`*name`), which vet does not read.
    Alias { line: usize, column: usize },
    /// Mappings and sequences nested deeper than vet reads.
    TooDeep { line: usize, column: usize },
    /// Not YAML of the expected shape; `detail` is the parser's own words, without its place.
    Syntax {
        detail: String,
        line: Option<usize>,
        column: Option<usize>,
    },
}

impl YamlError {
    /// The line the problem is on, when known.
    pub fn line(&self) -> Option<usize> {
        match self {
            YamlError::Empty => None,
            YamlError::Alias { line, .. } | YamlError::TooDeep { line, .. } => Some(*line),
            YamlError::Syntax { line, .. } => *line,
        }
    }
}

/// Parses `text` as a `T`, safely.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    if text
        .lines()
        .map(str::trim)
        .all(|l| l.is_empty() || l.starts_with('#') || l == "---")
    {
        return Err(YamlError::Empty);
    }
    guard::check(text).map_err(|r| match r {
        Refusal::Alias { line, column } => YamlError::Alias { line, column },
        Refusal::TooDeep { line, column } => YamlError::TooDeep { line, column },
        Refusal::Syntax {
            detail,
            line,
            column,
        } => YamlError::Syntax {
            detail,
            line: Some(line),
            column: Some(column),
        },
    })?;
    serde_yaml::from_str(text).map_err(|e| {
        let loc = e.location();
        YamlError::Syntax {
            detail: strip_location(&e.to_string()),
            line: loc.as_ref().map(|l| l.line()),
            column: loc.as_ref().map(|l| l.column()),
        }
    })
}

/// serde_yaml appends " at line L column C" to its messages: vet prints the place itself.
fn strip_location(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// What a parser's message says, taken apart so that it can be worded in the reader's language:
/// serde's own words are English ("invalid type: string "x", expected u32").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    /// A value of one kind where another is expected.
    InvalidType { found: Found, expected: Expected },
    /// A value of the right kind but not one that is accepted.
    InvalidValue { found: Found, expected: Expected },
    /// A field the mapping does not take; `allowed` are the fields it does.
    UnknownField { field: String, allowed: Vec<String> },
    /// A required field is absent.
    MissingField { field: String },
    /// A field given twice.
    DuplicateField { field: String },
    /// A value outside a fixed list (a stage, a method); `allowed` are the values.
    UnknownValue { value: String, allowed: Vec<String> },
    /// A date that does not read as `YYYY-MM-DD`.
    BadDate,
    /// Anything else, in the parser's words.
    Other(String),
}

/// What was found, as serde names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Text(String),
    Number(String),
    Boolean(String),
    List,
    Mapping,
    Empty,
    Other,
}

/// What was expected, as vet's types and serde's name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Text,
    Number,
    WholeNumber,
    Boolean,
    List,
    Mapping,
    AnswersFile,
    RubricRef,
    Entry,
    AnswerMap,
    Rubric,
    Answer,
    Other,
}

/// A parser's message, taken apart: the path to the value (`answers.q1.note`), if it names one,
/// and what it says.
pub fn detail(message: &str) -> (Option<String>, Detail) {
    const KNOWN: [&str; 6] = [
        "invalid type: ",
        "invalid value: ",
        "unknown field `",
        "missing field `",
        "duplicate field `",
        "unknown variant `",
    ];
    let starts_known = |m: &str| KNOWN.iter().any(|k| m.starts_with(k));
    let is_path = |p: &str| {
        !p.is_empty()
            && !p.contains(' ')
            && p.chars()
                .all(|c| c.is_alphanumeric() || "._-[]".contains(c))
    };
    let (path, rest) = match message.split_once(": ") {
        Some((p, rest)) if is_path(p) && !starts_known(message) => (Some(p.to_string()), rest),
        _ => (None, message),
    };
    (path, classify(rest))
}

fn classify(m: &str) -> Detail {
    let other = || Detail::Other(m.to_string());
    if let Some(rest) = m.strip_prefix("invalid type: ") {
        let Some((found, expected)) = rest.split_once(", expected ") else {
            return other();
        };
        return Detail::InvalidType {
            found: found_kind(found),
            expected: expected_kind(expected),
        };
    }
    if let Some(rest) = m.strip_prefix("invalid value: ") {
        let Some((found, expected)) = rest.split_once(", expected ") else {
            return other();
        };
        return Detail::InvalidValue {
            found: found_kind(found),
            expected: expected_kind(expected),
        };
    }
    if let Some(rest) = m.strip_prefix("unknown field `") {
        let Some((field, allowed)) = rest.split_once('`') else {
            return other();
        };
        return Detail::UnknownField {
            field: field.to_string(),
            allowed: ticked(allowed),
        };
    }
    if let Some(rest) = m.strip_prefix("unknown variant `") {
        let Some((value, allowed)) = rest.split_once('`') else {
            return other();
        };
        return Detail::UnknownValue {
            value: value.to_string(),
            allowed: ticked(allowed),
        };
    }
    for (prefix, make) in [
        (
            "missing field `",
            (|field| Detail::MissingField { field }) as fn(String) -> Detail,
        ),
        ("duplicate field `", |field| Detail::DuplicateField {
            field,
        }),
    ] {
        if let Some(rest) = m.strip_prefix(prefix) {
            return match rest.split_once('`') {
                Some((field, "")) => make(field.to_string()),
                _ => other(),
            };
        }
    }
    // jiff's words for a date it cannot read.
    if m.starts_with("failed to parse") || m.contains("civil date") {
        return Detail::BadDate;
    }
    other()
}

/// The names between backticks in `` expected one of `a`, `b` ``.
fn ticked(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// serde's `Unexpected`, as it displays: `string "x"`, `integer `5``, `sequence`...
fn found_kind(text: &str) -> Found {
    let ticked_value = |t: &str| t.trim().trim_matches('`').to_string();
    if let Some(v) = text.strip_prefix("string ") {
        return Found::Text(v.trim().trim_matches('"').to_string());
    }
    for prefix in ["integer ", "floating point "] {
        if let Some(v) = text.strip_prefix(prefix) {
            return Found::Number(ticked_value(v));
        }
    }
    if let Some(v) = text.strip_prefix("boolean ") {
        return Found::Boolean(ticked_value(v));
    }
    match text {
        "sequence" => Found::List,
        "map" => Found::Mapping,
        "unit value" | "null" => Found::Empty,
        _ => Found::Other,
    }
}

/// serde's `expected ...` part: a type's own words (`a string`, `u32`, `struct Answers`) or those
/// of vet's visitors.
fn expected_kind(text: &str) -> Expected {
    match text {
        "a string" | "string" => Expected::Text,
        "a boolean" | "bool" => Expected::Boolean,
        "a sequence" | "sequence" => Expected::List,
        "a map" | "map" | "a YAML mapping" => Expected::Mapping,
        "f32" | "f64" | "a number" => Expected::Number,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            Expected::WholeNumber
        }
        "struct Answers" => Expected::AnswersFile,
        "struct RubricRef" => Expected::RubricRef,
        "struct Entry" => Expected::Entry,
        "struct Rubric" => Expected::Rubric,
        "a map of question ids to answers" => Expected::AnswerMap,
        t if t.starts_with("one of \"yes\"") => Expected::Answer,
        t if t.starts_with("struct ") => Expected::Mapping,
        _ => Expected::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_alone_are_empty() {
        for text in ["", "  \n", "# only\n---\n"] {
            assert_eq!(from_str::<serde_yaml::Value>(text), Err(YamlError::Empty));
        }
    }

    #[test]
    fn a_parser_error_keeps_its_place_without_repeating_it() {
        let Err(YamlError::Syntax {
            detail,
            line,
            column,
        }) = from_str::<Vec<u32>>("[1, x]")
        else {
            panic!("not a syntax error");
        };
        assert!(!detail.contains(" at line "), "{detail}");
        assert_eq!((line, column), (Some(1), Some(5)));
    }

    #[track_caller]
    fn case(message: &str, path: Option<&str>, want: Detail) {
        assert_eq!(
            detail(message),
            (path.map(str::to_string), want),
            "{message}"
        );
    }

    #[test]
    fn serde_messages_are_taken_apart_to_be_worded() {
        case(
            "unknown field `extra`, expected one of `rubric`, `partner`",
            None,
            Detail::UnknownField {
                field: "extra".into(),
                allowed: vec!["rubric".into(), "partner".into()],
            },
        );
        case(
            "missing field `date`",
            None,
            Detail::MissingField {
                field: "date".into(),
            },
        );
        case(
            "rubric: missing field `version`",
            Some("rubric"),
            Detail::MissingField {
                field: "version".into(),
            },
        );
        case(
            "answers.q.note: invalid type: sequence, expected a string",
            Some("answers.q.note"),
            Detail::InvalidType {
                found: Found::List,
                expected: Expected::Text,
            },
        );
        case(
            "invalid type: string \"just text\", expected struct Answers",
            None,
            Detail::InvalidType {
                found: Found::Text("just text".into()),
                expected: Expected::AnswersFile,
            },
        );
        case(
            "answers.q: invalid type: integer `5`, expected struct Entry",
            Some("answers.q"),
            Detail::InvalidType {
                found: Found::Number("5".into()),
                expected: Expected::Entry,
            },
        );
        case(
            "stage: unknown variant `later`, expected `before` or `ongoing`",
            Some("stage"),
            Detail::UnknownValue {
                value: "later".into(),
                allowed: vec!["before".into(), "ongoing".into()],
            },
        );
        case(
            "date: failed to parse four digit integer as year",
            Some("date"),
            Detail::BadDate,
        );
        case(
            "did not find expected key",
            None,
            Detail::Other("did not find expected key".into()),
        );
    }

    #[test]
    fn an_alias_never_reaches_the_parser() {
        assert!(matches!(
            from_str::<serde_yaml::Value>("a: &x [1]\nb: *x\n"),
            Err(YamlError::Alias { line: 2, .. })
        ));
    }
}
