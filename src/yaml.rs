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

/// serde_yaml appends " at line L column C" to its messages (vet prints the place itself) and names
/// Rust types where a reader expects the names of the file's parts.
fn strip_location(message: &str) -> String {
    let message = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    message
        .replace(
            "struct Answers",
            "an answers file (rubric, partner, date, stage, answers)",
        )
        .replace("struct RubricRef", "`id` and `version` of a rubric")
        .replace(
            "struct Entry",
            "an answer (answer, and optionally note and evidence)",
        )
        .replace("struct Rubric", "a rubric")
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

    #[test]
    fn an_alias_never_reaches_the_parser() {
        assert!(matches!(
            from_str::<serde_yaml::Value>("a: &x [1]\nb: *x\n"),
            Err(YamlError::Alias { line: 2, .. })
        ));
    }
}
