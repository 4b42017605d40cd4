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

/// The variables a message selects a variant on (`{ $count -> [one] ... *[other] ... }`).
fn selectors_of_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = el
        {
            if let InlineExpression::VariableReference { id } = selector {
                out.insert(id.name.to_string());
            }
            for v in variants {
                selectors_of_pattern(&v.value, out);
            }
        }
    }
}

/// Whether a message has its own words for zero (`[0] no standard`), which need no digit.
fn says_zero_in_words(p: &Pattern<&str>) -> bool {
    p.elements.iter().any(|el| {
        matches!(el, PatternElement::Placeable {
            expression: Expression::Select { variants, .. },
        } if variants.iter().any(|v| matches!(
            v.key,
            fluent_syntax::ast::VariantKey::NumberLiteral { value: "0" }
        )))
    })
}

/// Messages whose singular names no number on purpose ("this question"): they are shown only when
/// the count is at least 1, so French, which puts 0 in the singular, never shows them at 0.
const SINGULAR_WITHOUT_NUMBER: [&str; 1] = ["negotiate-refusals"];

/// Whether `text` holds `n` as a whole number (not as a part of 21 or 2026).
fn has_number(text: &str, n: u32) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|run| run == n.to_string())
}

/// Every message that picks a plural form shows the count itself, in every language, at 0, 1, 2,
/// 5 and 21: French puts 0 in the "one" category, so a `[one] 1 réponse` said "1" for none.
#[test]
fn every_count_is_written_from_its_number_at_0_1_2_5_and_21() {
    for lang in Lang::ALL {
        let ast = fluent_syntax::parser::parse(lang.ftl()).unwrap();
        let l10n = vet::i18n::L10n::new(lang);
        for entry in ast.body {
            let Entry::Message(m) = entry else { continue };
            let Some(p) = &m.value else { continue };
            let id = m.id.name;
            let mut selectors = BTreeSet::new();
            selectors_of_pattern(p, &mut selectors);
            let mut vars = BTreeSet::new();
            variables_of_pattern(p, &mut vars);
            for counted in &selectors {
                for n in [0u32, 1, 2, 5, 21] {
                    if n == 0 && (SINGULAR_WITHOUT_NUMBER.contains(&id) || says_zero_in_words(p)) {
                        continue;
                    }
                    let mut a = vet::i18n::Args::new();
                    for v in &vars {
                        if v == counted {
                            a.set(v.as_str(), n);
                        } else {
                            // Other counts of the message take a number that cannot be mistaken.
                            a.set(v.as_str(), if selectors.contains(v) { 7 } else { 3 });
                        }
                    }
                    let text = l10n.tr_with(id, &a);
                    let shown =
                        has_number(&text, n) || (n == 1 && SINGULAR_WITHOUT_NUMBER.contains(&id));
                    assert!(
                        shown,
                        "locales/{}: `{id}` with ${counted} = {n} does not say {n}: {text:?}",
                        lang.tag()
                    );
                }
            }
        }
    }
}
