//! Tests of the prompter's pure helpers: menu items and highlight, wrapping.

use super::*;

fn menu(items: &[String], escape: Option<usize>) -> Menu<'_> {
    Menu {
        text: "",
        prompt: "Your answer:",
        items,
        default: 0,
        escape,
    }
}

#[test]
fn items_carry_digits_in_order_and_back_carries_esc() {
    let items: Vec<String> = ["yes", "no", "Back", "help"].map(String::from).into();
    let m = menu(&items, Some(2));
    assert_eq!(m.labels(), ["[1] yes", "[2] no", "[Esc] Back", "[3] help"]);
    assert_eq!(m.shortcut('1'), Some(0));
    assert_eq!(m.shortcut('3'), Some(3));
    assert_eq!(m.shortcut('4'), None);
    assert_eq!(m.shortcut('x'), None);
}

#[test]
fn the_highlight_stops_at_either_end() {
    let items: Vec<String> = ["a", "b", "c"].map(String::from).into();
    let m = menu(&items, None);
    assert_eq!(m.moved(0, false), 0);
    assert_eq!(m.moved(2, true), 2);
    assert_eq!(m.moved(1, true), 2);
}

#[test]
fn wrapping_ignores_colour_codes_and_keeps_blank_lines() {
    let red = "\x1b[1;31mUGLY\x1b[0m";
    let text = format!("Verdict: {red} because a red flag is confirmed by the answers\n\nnext");
    let lines = wrap_text(&text, 30);
    for l in &lines {
        assert!(console::measure_text_width(l) <= 30, "{l:?}");
    }
    assert!(lines[0].contains(red), "{lines:?}");
    assert_eq!(lines[lines.len() - 2], "");
    assert_eq!(lines[lines.len() - 1], "next");
}
