//! The YAML writer: an answers file as vet writes it, readable back by YAML 1.1 tools.

use super::{Answers, Note};

impl Answers {
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
