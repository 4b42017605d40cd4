//! What the YAML parser does not protect against, refused before it runs.
//!
//! yaml_serde 0.10 (libyaml underneath) already refuses a document nested more than 128 levels deep
//! and stops an alias expansion after 100 alias jumps per event of the document. Two things still
//! get through:
//!
//! - its scanner takes time quadratic in the depth of nested flow collections (`[[[[...`,
//!   `{a: {a: ...`): a 1 MiB answers file of them runs for minutes before the depth limit is seen
//!   (yaml/yaml-serde issue 1);
//! - an alias copies its anchor's value in full each time it is used: a 400 KB string anchored once
//!   and used 150,000 times, in an 850 KB answers file, asks for 60 GB.
//!
//! So the texts vet reads may not use aliases and may not nest more than [`MAX_DEPTH`] levels. vet
//! never writes either, and no rubric or answers file needs them. The check is a second, streaming
//! parse with saphyr-parser, whose flow nesting is capped at 255; it runs only on texts that could
//! hold an alias or deep nesting at all, so the files vet writes skip it.
//!
//! Pure: text in, verdict out.

use saphyr_parser::{Event, Parser};

/// The deepest nesting of mappings and sequences vet reads. The INPUD rubric nests 5 levels, an
/// answers file 4, the same written as JSON one more.
pub const MAX_DEPTH: usize = 32;

/// Why a YAML text is refused before parsing. Lines are 1-based, columns 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// An alias (`*name`) repeats another part of the file.
    Alias { line: usize, column: usize },
    /// Mappings and sequences nested more than [`MAX_DEPTH`] levels deep.
    TooDeep { line: usize, column: usize },
    /// Not YAML; `detail` is the checking parser's own words.
    Syntax {
        detail: String,
        line: usize,
        column: usize,
    },
}

/// Whether `text` may go to the YAML parser.
pub fn check(text: &str) -> Result<(), Refusal> {
    if !needs_check(text) {
        return Ok(());
    }
    let mut depth = 0usize;
    for item in Parser::new_from_str(text) {
        let (event, span) = match item {
            Ok(ok) => ok,
            Err(e) => {
                let (line, column) = (e.marker().line(), e.marker().col() + 1);
                // saphyr-parser caps flow nesting at 255 levels itself.
                return Err(if e.info() == "recursion limit exceeded" {
                    Refusal::TooDeep { line, column }
                } else {
                    Refusal::Syntax {
                        detail: e.info().to_string(),
                        line,
                        column,
                    }
                });
            }
        };
        let (line, column) = (span.start.line(), span.start.col() + 1);
        match event {
            Event::Alias(_) => return Err(Refusal::Alias { line, column }),
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Refusal::TooDeep { line, column });
                }
            }
            Event::SequenceEnd | Event::MappingEnd => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Whether `text` could hold an alias or flow nesting deeper than [`MAX_DEPTH`]: an alias needs an
/// anchor (`&`) and a star (`*`), a level of flow nesting a `[` or a `{`. Cheap, and never wrong in
/// the unsafe direction. Deep block nesting costs libyaml nothing and yaml_serde refuses it.
fn needs_check(text: &str) -> bool {
    let bytes = text.as_bytes();
    (bytes.contains(&b'&') && bytes.contains(&b'*'))
        || bytes.iter().filter(|&&b| b == b'[' || b == b'{').count() > MAX_DEPTH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn refused(text: &str) -> Refusal {
        check(text).expect_err("should be refused")
    }

    #[test]
    fn plain_block_documents_pass_without_a_second_parse() {
        let text =
            "rubric:\n  id: x\nanswers:\n  q1:\n    answer: \"yes\"\n    evidence:\n      - a\n";
        assert!(!needs_check(text));
        assert_eq!(check(text), Ok(()));
    }

    #[test]
    fn anchors_that_are_never_used_pass() {
        assert_eq!(check("a: &x 1\nb: 2 * 3\n"), Ok(()));
    }

    #[test]
    fn an_alias_is_refused_where_it_is() {
        assert_eq!(
            refused("a: &x 1\nb:\n  c: *x\n"),
            Refusal::Alias { line: 3, column: 6 }
        );
    }

    #[test]
    fn an_ampersand_and_a_star_in_quoted_text_are_not_an_alias() {
        assert_eq!(check("note: \"R&D * 2\"\nother: 'Q&A *x'\n"), Ok(()));
    }

    #[test]
    fn deep_flow_nesting_is_refused_at_its_place() {
        let text = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(matches!(refused(&text), Refusal::TooDeep { line: 1, .. }));
        let text = "{a: ".repeat(100_000);
        assert!(matches!(refused(&text), Refusal::TooDeep { line: 1, .. }));
    }

    #[test]
    fn deep_block_nesting_is_counted_once_checked() {
        let text = "note: \"&*\"\nlist:\n  ".to_string() + &"- ".repeat(MAX_DEPTH + 1) + "x\n";
        assert!(matches!(refused(&text), Refusal::TooDeep { line: 3, .. }));
    }

    #[test]
    fn nesting_at_the_limit_passes() {
        let text = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert_eq!(check(&text), Ok(()));
    }

    #[test]
    fn text_that_is_not_yaml_is_located() {
        let text = "a: [".to_string() + &"[b], ".repeat(40) + "\n}";
        assert!(matches!(refused(&text), Refusal::Syntax { line: 2, .. }));
    }
}
