//! Every locale has every message with the same variables, every message id the code uses exists,
//! and every message defined is used (ids built at run time are listed in [`RUNTIME_IDS`]). A
//! missing key is a failing test, not a string id on a user's screen.

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

/// Message ids that the code builds at run time, which no string literal shows whole: the start of
/// the `format!` as written in src/, and every id it can give. A new id built at run time must be
/// listed here (`runtime_built_ids_are_listed` fails until it is).
const RUNTIME_IDS: &[(&str, &[&str])] = &[(
    "format!(\"stage-{",
    &["stage-before", "stage-ongoing", "stage-both"],
)];

/// Every Rust file of src/ with its text, less its test code (a `tests.rs` file, the crate's
/// `testing.rs`, and a file's `#[cfg(test)] mod` at its end): a message used only by a test is not
/// used.
fn sources() -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        if !name.ends_with(".rs") || name == "tests.rs" || name == "testing.rs" {
            continue;
        }
        let mut text = std::fs::read_to_string(&path).unwrap();
        if let Some(i) = text.find("#[cfg(test)]\nmod ") {
            text.truncate(i);
        }
        out.push((path, text));
    }
    out.sort();
    out
}

/// Every text between two consecutive quotes, so an odd quote (a `'"'`) cannot shift the rest.
fn literals(text: &str) -> impl Iterator<Item = &str> {
    let pieces: Vec<&str> = text.split('"').collect();
    let inner = pieces.len().saturating_sub(2);
    pieces.into_iter().skip(1).take(inner)
}

/// The first words of the messages (`err`, `reason`, `stage`...).
fn prefixes(en: &Messages) -> BTreeSet<String> {
    en.keys()
        .filter_map(|k| k.split('-').next())
        .map(str::to_string)
        .collect()
}

/// Every string literal in src/ that looks like a message id (its first word is the first word of
/// some message, e.g. `err-`, `reason-`) must be a message.
#[test]
fn every_message_id_used_in_the_code_exists() {
    let en = messages(Lang::En);
    let prefixes = prefixes(&en);
    let mut unknown = Vec::new();
    for (path, text) in sources() {
        for literal in literals(&text) {
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
    for (_, ids) in RUNTIME_IDS {
        for id in *ids {
            if !en.contains_key(*id) {
                unknown.push(format!("built at run time: {id}"));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "message ids used but not defined: {unknown:?}"
    );
}

/// A message that no code uses is dead weight for translators, or the sign of a message the code
/// meant to show and does not.
#[test]
fn every_message_defined_is_used() {
    let en = messages(Lang::En);
    let mut used: BTreeSet<String> = sources()
        .iter()
        .flat_map(|(_, text)| literals(text).map(str::to_string).collect::<Vec<_>>())
        .filter(|l| en.contains_key(l))
        .collect();
    used.extend(
        RUNTIME_IDS
            .iter()
            .flat_map(|(_, ids)| ids.iter().map(|id| id.to_string())),
    );
    let unused: Vec<&String> = en.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        unused.is_empty(),
        "messages defined in locales/ but used nowhere in src/ (remove them, or list the ids \
         the code builds at run time in RUNTIME_IDS): {unused:?}"
    );
}

/// Every message id built with `format!` is in [`RUNTIME_IDS`], and every pattern listed there is
/// still in the code.
#[test]
fn runtime_built_ids_are_listed() {
    let en = messages(Lang::En);
    let prefixes = prefixes(&en);
    let mut unlisted = Vec::new();
    let mut seen = BTreeSet::new();
    for (path, text) in sources() {
        for (at, _) in text.match_indices("format!(\"") {
            let rest = &text[at + "format!(\"".len()..];
            let head: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            let builds_id = head.ends_with('-')
                && rest[head.len()..].starts_with('{')
                && head.split('-').next().is_some_and(|p| prefixes.contains(p));
            if !builds_id {
                continue;
            }
            match RUNTIME_IDS.iter().find(|(p, _)| text[at..].starts_with(p)) {
                Some((p, _)) => {
                    seen.insert(*p);
                }
                None => unlisted.push(format!("{}: format!(\"{head}{{", path.display())),
            }
        }
    }
    assert!(
        unlisted.is_empty(),
        "message ids built at run time and not listed in RUNTIME_IDS: {unlisted:?}"
    );
    for (p, _) in RUNTIME_IDS {
        assert!(
            seen.contains(p),
            "RUNTIME_IDS lists {p}, which src/ no longer has"
        );
    }
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
