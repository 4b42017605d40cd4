//! Text as people see it, for every part of vet: its width on screen, wrapping by that width,
//! French punctuation kept with its word, and control characters made harmless for a terminal or
//! for XML. Pure: no terminal, no locale lookup.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A no-break space, which binds French punctuation to its word.
const NO_BREAK: char = '\u{a0}';
/// Marks that French typography puts after a space: the space before them must not break.
const CLOSING: &str = "?!:;»";
/// What replaces a character that must not be shown as it is.
const REPLACEMENT: char = '\u{fffd}';

/// The columns `text` takes on a terminal: wide characters take two, combining marks none, and
/// colour codes (ANSI CSI sequences, which vet writes itself) none.
pub fn width(text: &str) -> usize {
    strip_colour(text).width()
}

/// `text` without its colour codes (ANSI CSI sequences).
pub fn strip_colour(text: &str) -> Cow<'_, str> {
    if !text.contains('\x1b') {
        return Cow::Borrowed(text);
    }
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            // Parameters and intermediates, up to and including the final byte.
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    Cow::Owned(plain)
}

/// `text` cut to `columns` (colour codes not counted), with an ellipsis when cut; a cut text loses
/// its colour.
pub fn truncate(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in strip_colour(text).chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// The end of `text` that fits in `columns`, line breaks shown as ⏎ and other control characters
/// left out: what an input field shows of a long note.
pub fn tail(text: &str, columns: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let c = if c == '\n' { '⏎' } else { c };
        if c.is_control() {
            continue;
        }
        let w = c.width().unwrap_or(0);
        if used + w > columns {
            break;
        }
        used += w;
        out.push(c);
    }
    out.into_iter().rev().collect()
}

/// `text` with each space before French closing punctuation (` ?`, ` !`, ` :`, ` ;`, ` »`) and
/// after `«` made a no-break space, as French typography wants, so that wrapping never leaves a
/// mark alone at a line start. Text in other languages has no such spaces and is left as it is.
pub fn bind_punctuation(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if c == ' ' && next.is_some_and(|n| CLOSING.contains(n)) {
            out.push(NO_BREAK);
        } else if c == '«' && next == Some(' ') {
            out.push('«');
            out.push(NO_BREAK);
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

/// Wraps `text` to `width` columns after a prefix, indenting continuation lines; every line ends
/// with a line break. Lines break between words only, never between a French mark and its word,
/// and at least 20 columns are left for the text whatever the prefix.
pub fn wrap(prefix: &str, text: &str, width: usize) -> String {
    let indent = " ".repeat(self::width(prefix));
    let avail = width.saturating_sub(indent.len()).max(20);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in bind_punctuation(&words).split(' ') {
        // A bound mark is written with the plain space it had.
        let word = word.replace(NO_BREAK, " ");
        let word_width = self::width(&word);
        if !line.is_empty() && line_width + 1 + word_width > avail {
            out.push_str(if out.is_empty() { prefix } else { &indent });
            out.push_str(&line);
            out.push('\n');
            line.clear();
            line_width = 0;
        }
        if !line.is_empty() {
            line.push(' ');
            line_width += 1;
        }
        line.push_str(&word);
        line_width += word_width;
    }
    out.push_str(if out.is_empty() { prefix } else { &indent });
    out.push_str(&line);
    out.push('\n');
    out
}

/// A control character other than a line break or a tab: escape sequences in it could clear the
/// screen, hide text or retitle the window.
pub fn is_unprintable(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` safe to print on a terminal: every [unprintable](is_unprintable) character becomes
/// U+FFFD, so that a hostile or damaged file stays visible as text. Line breaks and tabs stay.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_unprintable) {
        Cow::Owned(
            text.chars()
                .map(|c| if is_unprintable(c) { REPLACEMENT } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// `text` safe to put in XML (and so in HTML a browser shows): carriage returns are dropped, and
/// the characters XML forbids (controls other than line break and tab, U+FFFE, U+FFFF) become
/// U+FFFD. Markup characters are left to the caller's escaping.
pub fn xml_safe(text: &str) -> Cow<'_, str> {
    let forbidden = |c: char| is_unprintable(c) || c == '\u{fffe}' || c == '\u{ffff}';
    if text.chars().any(forbidden) {
        Cow::Owned(
            text.chars()
                .filter(|&c| c != '\r')
                .map(|c| if forbidden(c) { REPLACEMENT } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_counts_columns_not_characters_or_bytes() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("Привет"), 6);
        assert_eq!(width("e\u{301}té"), 3);
        assert_eq!(width("日本"), 4);
    }

    #[test]
    fn width_does_not_count_colour_codes() {
        assert_eq!(width("\x1b[1;32mgood\x1b[0m"), 4);
    }

    #[test]
    fn french_punctuation_is_bound_to_its_word() {
        assert_eq!(
            bind_punctuation("renforce-t-il : formation ? « oui »"),
            "renforce-t-il\u{a0}: formation\u{a0}? «\u{a0}oui\u{a0}»"
        );
        assert_eq!(
            bind_punctuation("plain text: no change"),
            "plain text: no change"
        );
    }

    #[test]
    fn wrap_keeps_lines_within_the_width_and_indents_continuations() {
        let out = wrap(
            "  • ",
            "one two three four five six seven eight nine ten eleven twelve",
            30,
        );
        for line in out.lines() {
            assert!(width(line) <= 30, "{line:?}");
        }
        assert!(out.starts_with("  • one"));
        assert!(out.lines().nth(1).unwrap().starts_with("    "));
    }

    #[test]
    fn wrap_measures_cyrillic_and_accents_by_their_columns() {
        let text = "Партнёр привлекает организации людей употребляющих наркотики";
        for w in 20..50 {
            for line in wrap("", text, w).lines() {
                assert!(width(line) <= w, "width {w}: {line:?}");
            }
        }
    }

    #[test]
    fn wrap_never_leaves_french_punctuation_alone_at_a_line_start() {
        let text =
            "Le partenaire cantonne-t-il les organisations à de petites tâches ? « oui » : non";
        for width in 20..60 {
            let out = wrap("", text, width);
            assert!(!out.contains('\u{a0}'), "{out:?}");
            for line in out.lines() {
                let first = line.trim_start().chars().next().unwrap();
                assert!(!"?!:;»".contains(first), "width {width}: {line:?}");
                assert!(!line.trim_end().ends_with('«'), "width {width}: {line:?}");
            }
        }
    }

    #[test]
    fn terminal_safe_replaces_control_characters_and_keeps_line_breaks_and_tabs() {
        assert_eq!(
            terminal_safe("a\x1b[2Jb\u{7}c\nd\te"),
            "a\u{fffd}[2Jb\u{fffd}c\nd\te"
        );
        assert!(matches!(terminal_safe("plain\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn xml_safe_replaces_what_xml_forbids_and_drops_carriage_returns() {
        assert_eq!(
            xml_safe("a\u{1}b\u{7f}c\r\nd\te\u{fffe}"),
            "a\u{FFFD}b\u{FFFD}c\nd\te\u{FFFD}"
        );
        assert!(matches!(xml_safe("<plain>"), Cow::Borrowed(_)));
    }

    #[test]
    fn truncate_cuts_long_text_with_an_ellipsis_not_counting_colour() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("exactly ten", 11), "exactly ten");
        assert_eq!(truncate("much too long here", 8), "much to…");
        assert_eq!(truncate("éèàçù", 3), "éè…");
        // Colour codes take no column.
        assert_eq!(
            truncate("\x1b[1;31mUGLY\x1b[0m", 4),
            "\x1b[1;31mUGLY\x1b[0m"
        );
    }

    #[test]
    fn a_long_note_shows_its_end_on_one_line() {
        let note = format!("{}\nlast words", "x".repeat(10_000));
        assert_eq!(tail(&note, 12), "x⏎last words");
        assert_eq!(tail("short", 12), "short");
    }
}
