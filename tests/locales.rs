//! Every locale has every message with the same variables, and every message id the code uses
//! exists. A missing key is a failing test, not a string id on a user's screen.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use vet::i18n::Lang;

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => variables_of_expr(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
        }
        _ => {}
    }
}

fn variables_of_expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => variables_of_inline(i, out),
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
    }
}

fn variables_of_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            variables_of_expr(expression, out);
        }
    }
}

fn messages(lang: Lang) -> Messages {
    let ast = fluent_syntax::parser::parse(lang.ftl()).unwrap_or_else(|(_, errors)| {
        panic!("locales/{}/vet.ftl does not parse: {errors:?}", lang.tag())
    });
    let mut out = Messages::new();
    for entry in ast.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                variables_of_pattern(p, &mut vars);
            }
            assert!(
                out.insert(m.id.name.to_string(), vars).is_none(),
                "locales/{}: `{}` is defined twice",
                lang.tag(),
                m.id.name
            );
        }
    }
    out
}

#[test]
fn every_locale_parses_and_builds_a_bundle() {
    for lang in Lang::ALL {
        vet::i18n::bundle(lang).unwrap();
        assert!(!messages(lang).is_empty());
    }
}

#[test]
fn every_locale_has_the_same_messages_with_the_same_variables() {
    let en = messages(Lang::En);
    for lang in Lang::ALL {
        let other = messages(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "locales/{} lacks {missing:?}",
            lang.tag()
        );
        assert!(
            extra.is_empty(),
            "locales/{} has messages English lacks: {extra:?}",
            lang.tag()
        );
        for (id, vars) in &en {
            assert_eq!(
                vars,
                &other[id],
                "locales/{}: `{id}` has other variables",
                lang.tag()
            );
        }
    }
}

/// Every string literal in src/ that looks like a message id (its first word is the first word of
/// some message, e.g. `err-`, `reason-`) must be a message.
#[test]
fn every_message_id_used_in_the_code_exists() {
    let en = messages(Lang::En);
    let prefixes: BTreeSet<&str> = en.keys().filter_map(|k| k.split('-').next()).collect();
    let mut unknown = Vec::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Every text between two consecutive quotes, so an odd quote (a `'"'`) cannot shift the rest.
        let pieces: Vec<&str> = text.split('"').collect();
        for literal in pieces
            .iter()
            .skip(1)
            .take(pieces.len().saturating_sub(2))
            .copied()
        {
            let looks_like_id = literal.contains('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && literal
                    .split('-')
                    .next()
                    .is_some_and(|p| prefixes.contains(p));
            if looks_like_id && !en.contains_key(literal) {
                unknown.push(format!("{}: {literal}", path.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "message ids used but not defined: {unknown:?}"
    );
}

#[test]
fn no_message_carries_unicode_isolation_marks() {
    for lang in Lang::ALL {
        assert!(!lang.ftl().contains(['\u{2068}', '\u{2069}']));
    }
}

/// An installed vet comes without the repository: a help line that says "see examples/good.yaml"
/// points nowhere. Messages point to `vet rubric show`, `vet man` or `--help` instead.
#[test]
fn no_message_points_to_a_file_of_the_repository() {
    for lang in Lang::ALL {
        for (id, text) in lang.ftl().lines().filter_map(|l| l.split_once(" = ")) {
            for path in ["examples/", "README", "docs/", ".md", "tests/", "src/"] {
                assert!(
                    !text.contains(path),
                    "locales/{}: `{id}` points to {path}: {text}",
                    lang.tag()
                );
            }
        }
    }
}
