//! Finding where something is in a YAML text, for messages that point at a line.
//!
//! serde gives positions only for syntax and type errors; problems found after parsing (an unknown
//! question, a dangling reference) are located by looking for the key or the `id:` in the text.
//!
//! Compiled into build.rs too, by `#[path]` (the rubric's validator uses it), so it must not import
//! the rest of the crate: only std and crates that are also build-dependencies (memchr).

/// The 1-based line of the first mapping key `key:` in `text`.
pub fn key_line(text: &str, key: &str) -> Option<usize> {
    nth_key_line(text, key, 1)
}

/// The 1-based line of the `n`th (1-based) mapping key `key:` in `text`.
pub fn nth_key_line(text: &str, key: &str, n: usize) -> Option<usize> {
    let is_key = key_test(key);
    // Only a line that holds `key` can be one: go from one place of `key` to the next rather than
    // test every line, and count lines with memchr (validation looks for keys at the end of a
    // rubric of 3,000 lines: testing each line cost 1.3 M instructions a key).
    let mut skip = n.checked_sub(1)?;
    let (mut from, mut line, mut counted) = (0, 1, 0);
    let finder = memchr::memmem::Finder::new(key);
    while let Some(at) = finder.find(&text.as_bytes()[from..]).map(|i| from + i) {
        let bytes = text.as_bytes();
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(text.len(), |i| at + i);
        line += memchr::memchr_iter(b'\n', &bytes[counted..start]).count();
        counted = start;
        if is_key(&text[start..end]) {
            if skip == 0 {
                return Some(line);
            }
            skip -= 1;
        }
        if end == text.len() {
            break;
        }
        from = end + 1;
    }
    None
}

/// Whether a line is the mapping key `key:` (plain or quoted, perhaps a list item's).
fn key_test(key: &str) -> impl Fn(&str) -> bool {
    let keys = [
        format!("{key}:"),
        format!("\"{key}\":"),
        format!("'{key}':"),
    ];
    move |line: &str| {
        let t = line.trim_start().trim_start_matches("- ").trim_start();
        keys.iter().any(|k| t.starts_with(k.as_str()))
    }
}

/// The 1-based line of a nested key, e.g. `["scoring", "values", "yes"]`: each key is looked for
/// among the block of the one before it (the lines indented deeper than it), so that `partly`
/// under `scoring` is not taken for `partly` under `scoring.values`. Block style only; `None`
/// when a key is not found that way.
pub fn path_line(text: &str, path: &[&str]) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let is_content = |l: &str| !l.trim().is_empty() && !l.trim_start().starts_with('#');
    // The block searched: lines [from, to), whose own keys are at `depth`.
    let (mut from, mut to) = (0, lines.len());
    let mut found = None;
    for key in path {
        let is_key = key_test(key);
        let depth = lines[from..to]
            .iter()
            .find(|l| is_content(l))
            .map(|l| indent(l))?;
        let at = (from..to).find(|&i| indent(lines[i]) == depth && is_key(lines[i]))?;
        found = Some(at + 1);
        from = at + 1;
        to = (from..to)
            .find(|&i| is_content(lines[i]) && indent(lines[i]) <= depth)
            .unwrap_or(to);
    }
    found
}

/// The 1-based line of every mapping key in `text`, as [`key_line`] finds them, in one pass: for
/// looking up many keys. A plain key may hold colons (`a:b:`), so each of the first few colons of a
/// line ends a candidate key.
pub fn key_lines(text: &str) -> std::collections::HashMap<&str, usize> {
    let mut out = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start().trim_start_matches("- ").trim_start();
        let keys: Vec<&str> = match t.chars().next() {
            Some(q @ ('"' | '\'')) => t[1..]
                .find(&format!("{q}:"))
                .map(|end| &t[1..1 + end])
                .into_iter()
                .collect(),
            _ => t
                .match_indices(':')
                .take(8)
                .map(|(pos, _)| &t[..pos])
                .collect(),
        };
        for key in keys {
            out.entry(key).or_insert(i + 1);
        }
    }
    out
}

/// The 1-based line of every item's `id:`, as [`id_line`] finds them, in one pass: for looking up
/// many ids (a rubric has hundreds; one search of the whole text each was most of `--rubric`'s
/// time).
pub fn id_lines(text: &str) -> std::collections::HashMap<&str, usize> {
    let mut out = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start().trim_start_matches("- ").trim_start();
        if let Some(rest) = t.strip_prefix("id:") {
            out.entry(rest.trim().trim_matches(['"', '\'']))
                .or_insert(i + 1);
        }
    }
    out
}

/// The 1-based line of the item whose `id:` is `id`.
pub fn id_line(text: &str, id: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            let t = line.trim_start().trim_start_matches("- ").trim_start();
            t.strip_prefix("id:")
                .map(|rest| rest.trim().trim_matches(['"', '\'']) == id)
                .unwrap_or(false)
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "rubric:\n  id: x\nanswers:\n  first:\n    answer: yes\n  \"second\":\n    answer: no\n";

    #[test]
    fn key_line_finds_plain_and_quoted_keys() {
        assert_eq!(key_line(TEXT, "first"), Some(4));
        assert_eq!(key_line(TEXT, "second"), Some(6));
        assert_eq!(key_line(TEXT, "third"), None);
        assert_eq!(nth_key_line(TEXT, "answer", 2), Some(7));
        assert_eq!(nth_key_line(TEXT, "answer", 3), None);
    }

    #[test]
    fn nth_key_line_agrees_with_testing_every_line() {
        let every_line = |text: &str, key: &str, n: usize| {
            let keys = [
                format!("{key}:"),
                format!("\"{key}\":"),
                format!("'{key}':"),
            ];
            text.lines()
                .enumerate()
                .filter(|(_, line)| {
                    let t = line.trim_start().trim_start_matches("- ").trim_start();
                    keys.iter().any(|k| t.starts_with(k.as_str()))
                })
                .nth(n - 1)
                .map(|(i, _)| i + 1)
        };
        let rubric = include_str!("../rubric/inpud-partnership.yaml");
        let crlf = TEXT.replace('\n', "\r\n") + "last: no newline";
        for text in [TEXT, rubric, &crlf, "", "answer:"] {
            for key in [
                "answer",
                "id",
                "languages",
                "rationale",
                "panel",
                "yes",
                "last",
                "",
                "x",
            ] {
                for n in 1..4 {
                    assert_eq!(
                        nth_key_line(text, key, n),
                        every_line(text, key, n),
                        "{key} {n}"
                    );
                }
            }
        }
        assert_eq!(nth_key_line(TEXT, "answer", 0), None);
    }

    #[test]
    fn path_line_finds_a_key_inside_its_own_block() {
        let text = "scoring:\n  values:\n    yes: 1\n    partly: 0.5\n  # comment\n  met: 0.75\n  partly: 0.4\nother:\n  partly: 9\n";
        assert_eq!(path_line(text, &["scoring", "partly"]), Some(7));
        assert_eq!(path_line(text, &["scoring", "values", "partly"]), Some(4));
        assert_eq!(path_line(text, &["other", "partly"]), Some(9));
        assert_eq!(path_line(text, &["scoring", "rules"]), None);
    }

    #[test]
    fn id_lines_agrees_with_id_line_on_the_whole_embedded_rubric() {
        let text = include_str!("../rubric/inpud-partnership.yaml");
        let lines = id_lines(text);
        assert!(lines.len() > 100);
        for (id, line) in &lines {
            assert_eq!(id_line(text, id), Some(*line), "{id}");
        }
        let twice = "- id: a\n- id: \"b\"\n- id: 'a'\n";
        assert_eq!(id_lines(twice).get("a"), Some(&1));
        assert_eq!(id_lines(twice).get("b"), Some(&2));
        assert_eq!(id_lines(twice).get("c"), None);
    }

    #[test]
    fn key_lines_agrees_with_key_line() {
        let lines = key_lines(TEXT);
        for key in [
            "rubric", "id", "answers", "first", "answer", "second", "third",
        ] {
            assert_eq!(lines.get(key).copied(), key_line(TEXT, key), "{key}");
        }
        let lines = key_lines("a:b: 1\n'c d': 2\n");
        assert_eq!(lines.get("a:b"), Some(&1));
        assert_eq!(lines.get("c d"), Some(&2));
    }

    #[test]
    fn id_line_finds_list_items() {
        let text = "items:\n  - id: a\n    x: 1\n  - id: \"b\"\n";
        assert_eq!(id_line(text, "b"), Some(4));
        assert_eq!(id_line(text, "c"), None);
        assert_eq!(id_line(TEXT, "x"), Some(2));
    }
}
