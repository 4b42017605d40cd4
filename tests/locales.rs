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
/// the count is at least 1, and their number-free singular is the exact `[1]` variant (English's
/// `[one]`), so every other count, 21 in Russian or 0 in French included, still shows its number.
const SINGULAR_WITHOUT_NUMBER: [&str; 1] = ["negotiate-refusals"];

/// The counts every message that takes a number is rendered at: 0 (French and Portuguese put it in
/// the singular), 1, 2 and 5 (Russian "few" and "many"), 21 and 22 (Russian "one" and "few" again)
/// and 1.5 (Russian and the others' "other").
const COUNTS: [f64; 7] = [0.0, 1.0, 2.0, 5.0, 21.0, 22.0, 1.5];

/// Whether `text` shows `n`: as a whole number (not a part of 21 or 2026), or as 1.5 / 1,5.
fn shows_number(text: &str, n: f64) -> bool {
    if n.fract() != 0.0 {
        return text.contains("1.5") || text.contains("1,5");
    }
    let n = format!("{n}");
    text.split(|c: char| !c.is_ascii_digit())
        .any(|run| run == n)
}

/// For each message, the variables that pick a plural form in at least one locale: a count in one
/// language is a count in all of them, even where English needs no plural form.
fn counted_variables() -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for lang in Lang::ALL {
        let ast = fluent_syntax::parser::parse(lang.ftl()).unwrap();
        for entry in ast.body {
            let Entry::Message(m) = entry else { continue };
            let Some(p) = &m.value else { continue };
            let mut selectors = BTreeSet::new();
            selectors_of_pattern(p, &mut selectors);
            // `fallback` picks a variant by language tag, not by number.
            selectors.remove("fallback");
            out.entry(m.id.name.to_string())
                .or_default()
                .extend(selectors);
        }
    }
    out
}

/// Words that are English and neither Spanish, Russian nor Portuguese: one of them in a message of
/// those languages is an untranslated fragment.
const ENGLISH_WORDS: [&str; 24] = [
    "the",
    "and",
    "of",
    "with",
    "is",
    "are",
    "answer",
    "answers",
    "question",
    "questions",
    "partner",
    "partnership",
    "refusal",
    "refused",
    "flag",
    "standard",
    "minimum",
    "known",
    "unknown",
    "file",
    "rubric",
    "guide",
    "not",
    "met",
];

/// `text` without what is quoted on purpose: `tokens` and "values" of the file format, which stay
/// English in every language.
fn without_tokens(text: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '`' || c == '"' => quote = Some(c),
            None => out.push(c),
        }
    }
    out
}

/// The English words in `text`, outside tokens.
fn english_in(text: &str) -> Vec<String> {
    let text = without_tokens(text);
    // Command-line options (`--rubric`) are tokens too.
    text.split_whitespace()
        .filter(|w| !w.trim_start_matches(['(', '[']).starts_with("--"))
        .flat_map(|w| w.split(|c: char| !c.is_alphabetic()))
        .filter(|w| ENGLISH_WORDS.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

/// Arguments for `vars`: `counted` is `n`, other counts 7, anything else a neutral "X" (so that an
/// English word in the output can only come from the message itself).
fn sample_args(
    vars: &BTreeSet<String>,
    counts: &BTreeSet<String>,
    counted: Option<(&str, f64)>,
) -> vet::i18n::Args<'static> {
    let mut a = vet::i18n::Args::new();
    for v in vars {
        match counted {
            Some((c, n)) if c == v => a.set(v.clone(), n),
            _ if counts.contains(v) => a.set(v.clone(), 7),
            _ => a.set(v.clone(), "X"),
        }
    }
    a
}

/// Every message that takes a number shows it, in every language, at 0, 1, 2, 5, 21, 22 and 1.5,
/// and no Spanish, Russian or Portuguese rendering of it carries an English word.
#[test]
fn every_count_is_written_from_its_number_in_every_locale() {
    let counted = counted_variables();
    for lang in Lang::ALL {
        let l10n = vet::i18n::L10n::new(lang);
        for (id, vars) in messages(lang) {
            let counts = &counted[&id];
            let ast_zero = says_zero_in_words_of(lang, &id);
            for c in counts {
                for n in COUNTS {
                    let singular_exempt = SINGULAR_WITHOUT_NUMBER.contains(&id.as_str());
                    if n == 0.0 && (singular_exempt || ast_zero) {
                        continue;
                    }
                    let text = l10n.tr_with(&id, &sample_args(&vars, counts, Some((c, n))));
                    let shown = shows_number(&text, n) || (n == 1.0 && singular_exempt);
                    assert!(
                        shown,
                        "locales/{}: `{id}` with ${c} = {n} does not say {n}: {text:?}",
                        lang.tag()
                    );
                    if matches!(lang, Lang::Es | Lang::Ru | Lang::Pt) {
                        let english = english_in(&text);
                        assert!(
                            english.is_empty(),
                            "locales/{}: `{id}` with ${c} = {n} says {english:?}: {text:?}",
                            lang.tag()
                        );
                    }
                }
            }
        }
    }
}

/// Whether the message `id` of `lang` has its own words for zero (`[0] no standard`).
fn says_zero_in_words_of(lang: Lang, id: &str) -> bool {
    let ast = fluent_syntax::parser::parse(lang.ftl()).unwrap();
    ast.body.iter().any(|entry| {
        matches!(entry, Entry::Message(m) if m.id.name == id
            && m.value.as_ref().is_some_and(says_zero_in_words))
    })
}

/// No Spanish, Russian or Portuguese message, as shown, carries an English word outside tokens.
#[test]
fn no_english_fragment_in_spanish_russian_or_portuguese() {
    let counted = counted_variables();
    let mut leaks = Vec::new();
    for lang in [Lang::Es, Lang::Ru, Lang::Pt] {
        let l10n = vet::i18n::L10n::new(lang);
        for (id, vars) in messages(lang) {
            let text = l10n.tr_with(&id, &sample_args(&vars, &counted[&id], None));
            let english = english_in(&text);
            if !english.is_empty() {
                leaks.push(format!(
                    "locales/{}: `{id}` says {english:?}: {text:?}",
                    lang.tag()
                ));
            }
        }
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}

/// Messages that may read the same as in English: proper names, file-format tokens, punctuation
/// around variables, and words the language shares with English.
const SAME_AS_ENGLISH: [(&str, &str); 19] = [
    ("*", "panel-chart-label"),
    ("*", "panel-count"),
    ("*", "panel-side"),
    ("*", "panel-side-note"),
    ("es", "form-answer-no"),
    ("*", "answer-given"),
    ("es", "label-error"),
    ("es", "answer-no"),
    ("es", "col-id"),
    ("pt", "col-id"),
    ("*", "diag-line"),
    ("*", "err-syntax"),
    ("*", "diff-from-to"),
    ("*", "history-standard"),
    ("*", "diff-labelled"),
    ("*", "history-file"),
    ("*", "history-verdict-at"),
    ("*", "show-labelled"),
    ("*", "yaml-at"),
];

/// No Spanish, Russian or Portuguese message is left as the English one, except those listed.
#[test]
fn no_message_is_left_in_english() {
    let en = vet::i18n::L10n::new(Lang::En);
    let counted = counted_variables();
    let mut same = Vec::new();
    for lang in [Lang::Es, Lang::Ru, Lang::Pt] {
        let l10n = vet::i18n::L10n::new(lang);
        for (id, vars) in messages(lang) {
            let allowed = SAME_AS_ENGLISH
                .iter()
                .any(|(l, m)| *m == id && (*l == "*" || *l == lang.tag()));
            let a = sample_args(&vars, &counted[&id], None);
            let (ours, english) = (l10n.tr_with(&id, &a), en.tr_with(&id, &a));
            if !allowed && ours == english {
                same.push(format!(
                    "locales/{}: `{id}` is still English: {ours:?}",
                    lang.tag()
                ));
            }
        }
    }
    assert!(same.is_empty(), "{}", same.join("\n"));
    // Every entry of the allow-list is still needed: a message translated since leaves it.
    for (l, m) in SAME_AS_ENGLISH {
        let needed = [Lang::Es, Lang::Ru, Lang::Pt]
            .into_iter()
            .filter(|lang| l == "*" || l == lang.tag())
            .any(|lang| {
                let vars = &messages(lang)[m];
                let a = sample_args(vars, &counted[m], None);
                vet::i18n::L10n::new(lang).tr_with(m, &a) == en.tr_with(m, &a)
            });
        assert!(
            needed,
            "SAME_AS_ENGLISH lists ({l}, {m}), which is translated"
        );
    }
}

/// The French errors a native reader found (issue 14) stay corrected.
#[test]
fn the_french_corrections_hold() {
    let fr = vet::i18n::L10n::new(Lang::Fr);
    let tr = |id: &str, pairs: Vec<(&'static str, fluent_bundle::FluentValue<'static>)>| {
        let mut args = vet::i18n::Args::new();
        for (k, v) in pairs {
            args.set(k, v);
        }
        fr.tr_with(id, &args)
    };
    assert_eq!(
        tr("problem-standard-count", vec![("found", 0.into())]),
        "la grille n'a aucune norme ; il en faut au moins une"
    );
    assert_eq!(
        tr(
            "score-rubric",
            vec![
                ("id", "g".into()),
                ("version", "2.0.0".into()),
                ("answered", 1.into()),
                ("total", 43.into()),
                ("known", 1.into()),
            ]
        ),
        "Grille g 2.0.0 — 1 question sur 43 a une réponse, dont 1 connue"
    );
    assert!(fr.tr("err-no-terminal").contains("la sortie d'erreur"));
    assert_eq!(fr.tr("yes-favourable"), "« oui » est favorable");
    assert_eq!(fr.tr("yes-warning"), "« oui » est un mauvais signe");
    let partly = tr(
        "reason-partly",
        vec![
            ("name", "Suivi régulier".into()),
            ("source", "4.3".into()),
            ("score", "0,50".into()),
        ],
    );
    assert!(
        partly.contains("norme respectée en partie seulement"),
        "{partly}"
    );
    for id in ["status-met", "status-partly", "status-not-met"] {
        assert!(fr.tr(id).starts_with("norme "), "{id}");
    }
    let coverage = tr(
        "reason-coverage",
        vec![("coverage", "0 %".into()), ("minimum", "60 %".into())],
    );
    assert!(coverage.starts_with("Seulement 0 %"), "{coverage}");
    let saving = tr("saving-to", vec![("file", "f.yaml".into())]);
    assert!(!saving.contains("après chaque réponse"), "{saving}");
}
