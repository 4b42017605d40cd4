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
mod tests;
