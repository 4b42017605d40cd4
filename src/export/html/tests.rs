//! The HTML page's escaping.

use super::escape;

#[test]
fn escape_turns_markup_into_text() {
    assert_eq!(
        escape(r#"<script>alert("x" & 'y')</script>"#),
        "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
    );
}

#[test]
fn escape_replaces_control_characters_that_xml_forbids() {
    assert_eq!(
        escape("a\u{1}b\u{7f}c\r\nd\te"),
        "a\u{FFFD}b\u{FFFD}c\nd\te"
    );
}
