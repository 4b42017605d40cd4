//! The rubric's lists walked for the checks: every item that has an id, with its list, index and
//! texts; the ids of a list; the evidence lists of a question.
//!
//! Compiled into build.rs too, by `#[path]` (through validate.rs), so it must not import the rest
//! of the crate: only external crates and the modules build.rs declares (`locate`, `model`).

use std::collections::BTreeSet;

use super::{Evidences, Item, Rubric, Text};

/// An item of the rubric that has an id: its list, index, id and texts.
pub(super) type Entry<'r> = (&'static str, usize, &'r str, Vec<(&'static str, &'r Text)>);

/// Every item of the rubric that has an id.
pub(super) fn items(r: &Rubric) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry<'_>> = Vec::new();
    let plain: [(&'static str, &[Item]); 8] = [
        ("notes", &r.notes),
        ("principles", &r.principles),
        ("criteria", &r.criteria),
        ("transparent_process", &r.transparent_process),
        ("compliance.aspects", &r.compliance.aspects),
        ("good_signs", &r.good_signs),
        ("bad_signs", &r.bad_signs),
        ("community_led_test", &r.community_led_test),
    ];
    for (list, items) in plain {
        for (i, it) in items.iter().enumerate() {
            out.push((
                list,
                i,
                &it.id,
                vec![("name", &it.name), ("text", &it.text)],
            ));
        }
    }
    for (i, s) in r.standards.iter().enumerate() {
        out.push((
            "standards",
            i,
            &s.id,
            vec![
                ("name", &s.name),
                ("text", &s.text),
                ("negotiate", &s.negotiate),
            ],
        ));
    }
    for (i, f) in r.red_flags.iter().enumerate() {
        out.push((
            "red_flags",
            i,
            &f.id,
            vec![
                ("name", &f.name),
                ("text", &f.text),
                ("negotiate", &f.negotiate),
            ],
        ));
    }
    let rr = &r.refusal_rule;
    out.push((
        "refusal_rule",
        0,
        &rr.id,
        vec![("name", &rr.name), ("text", &rr.text)],
    ));
    for (i, q) in r.questions.iter().enumerate() {
        let mut texts = vec![("text", &q.text)];
        if let Some(h) = &q.help {
            texts.push(("help", h));
        }
        out.push(("questions", i, &q.id, texts));
    }
    out
}

pub(super) fn ids(items: &[Item]) -> BTreeSet<&str> {
    items.iter().map(|i| i.id.as_str()).collect()
}

/// The evidence lists of a question, by the name of the rubric list they point into.
pub(crate) fn evidence_lists(e: &Evidences) -> [(&'static str, &[String]); 8] {
    [
        ("standards", &e.standards),
        ("principles", &e.principles),
        ("criteria", &e.criteria),
        ("transparent_process", &e.transparent_process),
        ("red_flags", &e.red_flags),
        ("good_signs", &e.good_signs),
        ("bad_signs", &e.bad_signs),
        ("community_led_test", &e.community_led_test),
    ]
}
