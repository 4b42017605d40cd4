//! Tests of the interface strings: negotiation, plurals, numbers, messages parsed one at a time.

use super::*;

fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |k| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
}

#[test]
fn flag_wins_over_environment() {
    assert_eq!(
        choose(Some("fr"), env(&[("LANG", "en_GB.UTF-8")])),
        (Lang::Fr, None)
    );
}

#[test]
fn lc_all_comes_before_lc_messages_and_lang() {
    let e = env(&[
        ("LC_ALL", "fr_FR.UTF-8"),
        ("LC_MESSAGES", "en_US"),
        ("LANG", "en_US"),
    ]);
    assert_eq!(choose(None, e), (Lang::Fr, None));
    let e = env(&[("LC_MESSAGES", "fr_CA"), ("LANG", "en_US")]);
    assert_eq!(choose(None, e), (Lang::Fr, None));
}

#[test]
fn c_and_posix_mean_no_preference() {
    assert_eq!(choose(None, env(&[("LANG", "C")])), (Lang::En, None));
    assert_eq!(choose(None, env(&[("LC_ALL", "POSIX")])), (Lang::En, None));
    assert_eq!(choose(None, env(&[("LANG", "C.UTF-8")])), (Lang::En, None));
}

#[test]
fn spanish_russian_and_portuguese_come_from_the_locale() {
    assert_eq!(
        choose(None, env(&[("LANG", "ru_RU.UTF-8")])),
        (Lang::Ru, None)
    );
    assert_eq!(
        choose(None, env(&[("LC_ALL", "es_MX.UTF-8")])),
        (Lang::Es, None)
    );
    assert_eq!(
        choose(None, env(&[("LC_MESSAGES", "pt_BR.UTF-8")])),
        (Lang::Pt, None)
    );
    assert_eq!(choose(Some("pt-BR"), env(&[])), (Lang::Pt, None));
    let e = env(&[("LANGUAGE", "pt:fr"), ("LANG", "en_US.UTF-8")]);
    assert_eq!(choose(None, e), (Lang::Pt, None));
    let e = env(&[("LANGUAGE", "uk:ru:en"), ("LANG", "uk_UA.UTF-8")]);
    assert_eq!(choose(None, e), (Lang::Ru, None));
}

#[test]
fn unknown_language_falls_back_to_english_with_a_notice() {
    assert_eq!(
        choose(None, env(&[("LANG", "uk_UA.UTF-8")])),
        (Lang::En, Some(UnknownLanguage("uk_UA.UTF-8".into())))
    );
    assert_eq!(
        choose(Some("de"), env(&[])),
        (Lang::En, Some(UnknownLanguage("de".into())))
    );
}

#[test]
fn language_lists_preferences_and_the_first_spoken_wins() {
    let e = env(&[("LANGUAGE", "de:fr_CA:en"), ("LANG", "en_US.UTF-8")]);
    assert_eq!(choose(None, e), (Lang::Fr, None));
    let e = env(&[("LANGUAGE", "fr"), ("LC_ALL", "en_GB.UTF-8")]);
    assert_eq!(choose(None, e), (Lang::Fr, None));
    // Unset locale: LANGUAGE still applies.
    assert_eq!(choose(None, env(&[("LANGUAGE", "fr")])), (Lang::Fr, None));
    // Nothing spoken in the list: the locale decides, with no notice about the list.
    let e = env(&[("LANGUAGE", "de:uk"), ("LANG", "fr_FR.UTF-8")]);
    assert_eq!(choose(None, e), (Lang::Fr, None));
    assert_eq!(choose(None, env(&[("LANGUAGE", "de")])), (Lang::En, None));
}

#[test]
fn language_gives_way_to_the_flag_and_to_a_c_locale() {
    let e = env(&[("LANGUAGE", "fr")]);
    assert_eq!(choose(Some("en"), e), (Lang::En, None));
    let e = env(&[("LANGUAGE", "fr"), ("LANG", "C.UTF-8")]);
    assert_eq!(choose(None, e), (Lang::En, None));
}

#[test]
fn nothing_set_means_english() {
    assert_eq!(choose(None, env(&[("LANG", "")])), (Lang::En, None));
}

#[test]
fn english_is_parsed_only_when_a_message_is_missing() {
    let fr = L10n::new(Lang::Fr);
    assert_eq!(fr.tr("label-error"), "erreur");
    assert!(fr.fallback.get().is_none());
    assert_eq!(fr.tr("no-such-message"), "no-such-message");
    assert!(fr.fallback.get().is_some());
}

#[test]
fn every_message_read_alone_is_the_message_read_with_its_whole_file() {
    use fluent_syntax::ast::Entry;
    for lang in Lang::ALL {
        let whole = fluent_syntax::parser::parse_runtime(lang.ftl()).unwrap();
        let mut ids = Vec::new();
        for entry in &whole.body {
            let Entry::Message(m) = entry else {
                panic!("{}: only messages are indexed: {entry:?}", lang.tag());
            };
            let alone = lang.message_source(m.id.name).unwrap_or_default();
            let parsed = fluent_syntax::parser::parse_runtime(alone).unwrap();
            assert_eq!(parsed.body, vec![entry.clone()], "{}", lang.tag());
            ids.push(m.id.name);
        }
        ids.sort_unstable();
        let indexed: Vec<&str> = lang.message_ids().collect();
        assert_eq!(indexed, ids, "{}", lang.tag());
    }
}

#[test]
fn messages_read_one_at_a_time_format_as_the_whole_bundle_does() {
    let count = args([
        ("count", 3.into()),
        ("file", "a.yaml".into()),
        ("partner", "P".into()),
        ("date", "2025-01-02".into()),
        ("stage", "s".into()),
    ]);
    for lang in Lang::ALL {
        let whole = bundle(lang).unwrap();
        let l10n = L10n::new(lang);
        for id in ["label-error", "warning-refused", "score-header", "no-such"] {
            let expected = format_in(&whole, id, Some(&count)).map(|(text, _)| text);
            let got = l10n.messages.format(id, Some(&count));
            assert_eq!(got, expected, "{} {id}", lang.tag());
        }
        // Only the messages shown were parsed, even after one lacked an argument.
        assert!(l10n.messages.format("score-rubric", None).is_some());
        assert!(!l10n.messages.whole.get());
        assert!(!l10n.messages.bundle.borrow().has_message("col-score"));
    }
}

#[test]
fn a_message_that_needs_another_brings_in_the_whole_source() {
    // No message names another today; if one did, it would read as with the whole bundle.
    let m = Messages::new(Lang::En);
    let mut b = m.bundle.borrow_mut();
    let res = FluentResource::try_new("with-ref = see { label-error }\n".into()).unwrap();
    b.add_resource(res).unwrap();
    drop(b);
    assert_eq!(m.format("with-ref", None).as_deref(), Some("see error"));
    assert!(m.whole.get());
}

#[test]
fn every_language_but_english_writes_decimal_commas() {
    for lang in [Lang::Fr, Lang::Es, Lang::Ru, Lang::Pt] {
        assert_eq!(L10n::new(lang).decimal(0.75, 2), "0,75");
    }
    assert_eq!(L10n::new(Lang::En).decimal(0.75, 2), "0.75");
}

#[test]
fn percentages_follow_each_language() {
    let p = |lang| L10n::new(lang).percent(0.75);
    assert_eq!(p(Lang::En), "75%");
    assert_eq!(p(Lang::Fr), "75\u{202f}%");
    assert_eq!(p(Lang::Es), "75\u{a0}%");
    assert_eq!(p(Lang::Ru), "75\u{a0}%");
    assert_eq!(p(Lang::Pt), "75%");
}

#[test]
fn no_isolation_marks_in_formatted_messages() {
    for lang in Lang::ALL {
        let s = L10n::new(lang).tr_with(
            "score-rubric",
            &args([
                ("id", "r".into()),
                ("version", "1.0.0".into()),
                ("answered", 3.into()),
                ("known", 2.into()),
                ("total", 7.into()),
            ]),
        );
        assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{s:?}");
        assert!(s.contains('3') && s.contains('7'), "{s:?}");
    }
}
