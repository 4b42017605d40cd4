//! Localisation: Fluent bundles for the user interface, and choosing the language.
//!
//! Every user-facing string lives in `locales/<lang>/vet.ftl`, embedded in the binary. Counts go to
//! Fluent as numbers so plural rules work; decimals are formatted here, per language, because
//! fluent-rs does not (French writes 0,75).

use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The languages the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    Es,
    Ru,
    Pt,
}

impl Lang {
    /// Every language, English (the fallback) first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ru, Lang::Pt];

    /// The language tag, as used in rubric texts and `--lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Pt => "pt",
        }
    }

    /// The Fluent source of this language.
    pub fn ftl(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en/vet.ftl"),
            Lang::Fr => include_str!("../locales/fr/vet.ftl"),
            Lang::Es => include_str!("../locales/es/vet.ftl"),
            Lang::Ru => include_str!("../locales/ru/vet.ftl"),
            Lang::Pt => include_str!("../locales/pt/vet.ftl"),
        }
    }

    /// The language for a tag or a POSIX locale (`fr`, `fr-CA`, `fr_FR.UTF-8`), if vet speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['.', '@'])
            .next()
            .unwrap_or("")
            .split(['_', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }
}

/// What language detection has to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

/// Chooses the language: `--lang`, else GNU `LANGUAGE` (a colon-separated list of preferences,
/// `fr:en`; the first vet speaks wins), else the first set of LC_ALL, LC_MESSAGES, LANG, else
/// English. `C` and `POSIX` mean no preference; as in GNU gettext, a locale set to `C` also turns
/// `LANGUAGE` off. A language vet does not speak gives English and a notice (not for `LANGUAGE`,
/// whose other entries are meant as fallbacks). `env` looks a variable up (the shell passes
/// `std::env::var`; tests pass a map).
pub fn choose(
    flag: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> (Lang, Option<UnknownLanguage>) {
    let is_c = |v: &str| {
        let base = v.split(['.', '@']).next().unwrap_or("");
        base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix")
    };
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&env)
        .find(|v| !v.trim().is_empty());
    if flag.is_none() && !locale.as_deref().is_some_and(is_c) {
        let listed = env("LANGUAGE").unwrap_or_default();
        if let Some(lang) = listed
            .split(':')
            .filter(|t| !t.trim().is_empty() && !is_c(t))
            .find_map(Lang::from_tag)
        {
            return (lang, None);
        }
    }
    let Some(wanted) = flag.map(str::to_string).or(locale) else {
        return (Lang::En, None);
    };
    if is_c(&wanted) {
        return (Lang::En, None);
    }
    match Lang::from_tag(&wanted) {
        Some(lang) => (lang, None),
        None => (Lang::En, Some(UnknownLanguage(wanted))),
    }
}

/// Where each message of each locale is in its Fluent source: `(start, id length, end)` in bytes,
/// sorted by id, one list per language in the order of [`Lang::ALL`] (written by build.rs).
const INDEX: [&[(u32, u32, u32)]; 5] = include!(concat!(env!("OUT_DIR"), "/locale-index.rs"));

impl Lang {
    /// The id of each message of [`INDEX`], in its order.
    #[cfg(test)]
    fn message_ids(self) -> impl Iterator<Item = &'static str> {
        let ftl = self.ftl();
        INDEX[self as usize].iter().map(move |&(start, len, _)| {
            ftl.get(start as usize..(start + len) as usize)
                .unwrap_or("")
        })
    }

    /// The Fluent source of the message `id` alone, if this language has it.
    fn message_source(self, id: &str) -> Option<&'static str> {
        let (ftl, index) = (self.ftl(), INDEX[self as usize]);
        let at = index
            .binary_search_by(|&(start, len, _)| {
                ftl.get(start as usize..(start + len) as usize)
                    .unwrap_or("")
                    .cmp(id)
            })
            .ok()?;
        let (start, _, end) = index[at];
        ftl.get(start as usize..end as usize)
    }
}

/// A language's messages, parsed one at a time as they are first shown: a run shows a few dozen of
/// the 600, and parsing a whole locale (1.4 M instructions) cost more than reading the answers
/// file.
struct Messages {
    lang: Lang,
    bundle: std::cell::RefCell<FluentBundle<FluentResource>>,
    /// Whether the whole source was added, after a message named another message or a term (no
    /// message does today).
    whole: std::cell::Cell<bool>,
}

impl Messages {
    fn new(lang: Lang) -> Messages {
        let mut bundle = FluentBundle::new(vec![lang.tag().parse().unwrap_or_default()]);
        // Isolation marks (U+2068/U+2069) would end up in terminals, JSON and files.
        bundle.set_use_isolating(false);
        Messages {
            lang,
            bundle: std::cell::RefCell::new(bundle),
            whole: std::cell::Cell::new(false),
        }
    }

    /// The message `id`, formatted as the bundle of the whole source formats it; `None` if this
    /// language lacks it.
    fn format(&self, id: &str, args: Option<&Args>) -> Option<String> {
        let mut bundle = self.bundle.borrow_mut();
        if !bundle.has_message(id) {
            let source = self.lang.message_source(id)?;
            let resource = FluentResource::try_new(source.to_string()).ok()?;
            bundle.add_resource(resource).ok()?;
        }
        let (text, lacks) = format_in(&bundle, id, args)?;
        if !lacks || self.whole.get() {
            return Some(text);
        }
        // The message names another one, or a term: add the rest of the source (the messages
        // already there are refused as duplicates, which they are) and format it again.
        self.whole.set(true);
        let whole = FluentResource::try_new(self.lang.ftl().to_string()).ok()?;
        let _ = bundle.add_resource(whole);
        format_in(&bundle, id, args).map(|(text, _)| text)
    }
}

/// The interface strings of one language, with English behind it for any message it lacks.
pub struct L10n {
    lang: Lang,
    messages: Messages,
    /// English, made the first time `messages` lacks a message: never, while the locale tests
    /// pass.
    fallback: std::cell::OnceCell<Messages>,
}

impl std::fmt::Debug for L10n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("L10n").field("lang", &self.lang).finish()
    }
}

/// A Fluent argument list, built with [`args`].
pub type Args<'a> = FluentArgs<'a>;

/// Builds Fluent arguments: `args([("name", "x".into()), ("count", 3.into())])`.
pub fn args<'a, const N: usize>(pairs: [(&'a str, FluentValue<'a>); N]) -> Args<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(k, v);
    }
    a
}

/// Parses the embedded Fluent source of `lang` into a bundle.
pub fn bundle(lang: Lang) -> Result<FluentBundle<FluentResource>, String> {
    let res = FluentResource::try_new(lang.ftl().to_string())
        .map_err(|(_, errors)| format!("locales/{}/vet.ftl: {errors:?}", lang.tag()))?;
    let id: LanguageIdentifier = lang.tag().parse().map_err(|e| format!("{e}"))?;
    let mut b = FluentBundle::new(vec![id]);
    // Isolation marks (U+2068/U+2069) would end up in terminals, JSON and files.
    b.set_use_isolating(false);
    b.add_resource(res)
        .map_err(|e| format!("locales/{}/vet.ftl: {e:?}", lang.tag()))?;
    Ok(b)
}

/// The message `id` of `bundle`, if it has it, and whether it names another message or a term
/// that `bundle` lacks.
fn format_in(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&Args>,
) -> Option<(String, bool)> {
    use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    let lacks = errors.iter().any(|e| {
        matches!(
            e,
            FluentError::ResolverError(ResolverError::Reference(
                ReferenceKind::Message { .. } | ReferenceKind::Term { .. }
            ))
        )
    });
    Some((text, lacks))
}

impl L10n {
    /// The strings of `lang`. The locales are embedded and checked by the test suite; each message
    /// is parsed the first time it is shown.
    pub fn new(lang: Lang) -> L10n {
        L10n {
            lang,
            messages: Messages::new(lang),
            fallback: std::cell::OnceCell::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with no arguments.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments.
    pub fn tr_with(&self, id: &str, args: &Args) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&Args>) -> String {
        if let Some(text) = self.messages.format(id, args) {
            return text;
        }
        if self.lang != Lang::En {
            let english = self.fallback.get_or_init(|| Messages::new(Lang::En));
            if let Some(text) = english.format(id, args) {
                return text;
            }
        }
        // A missing message is caught by the locale tests; show the id rather than nothing.
        id.to_string()
    }

    /// A number with `places` decimals, written the way this language writes it: a decimal point
    /// in English, a decimal comma in French, Spanish, Russian and Portuguese (0,75).
    pub fn decimal(&self, value: f64, places: usize) -> String {
        // Rounded by vet's one rule (half away from zero), not by `format!`'s (half to even on the
        // binary value, which writes 0.625 as 0.62 where JSON has 0.625).
        let s = format!("{:.places$}", crate::score::round(value, places as i32));
        match self.lang {
            Lang::En => s,
            Lang::Fr | Lang::Es | Lang::Ru | Lang::Pt => s.replace('.', ","),
        }
    }

    /// A share as a percentage with no decimals ("75%", "75 %").
    pub fn percent(&self, share: f64) -> String {
        let n = (share * 100.0).round();
        match self.lang {
            Lang::En | Lang::Pt => format!("{n}%"),
            // French puts a narrow no-break space before the percent sign.
            Lang::Fr => format!("{n}\u{202f}%"),
            // Spanish (RAE) and Russian (GOST) separate the sign with a no-break space.
            Lang::Es | Lang::Ru => format!("{n}\u{a0}%"),
        }
    }
}

#[cfg(test)]
mod tests {
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
}
