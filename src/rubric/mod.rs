//! The rubric: the guide's content, the question bank and the scoring rules, as data.
//!
//! [`model`] is the file format, [`validate`] checks a parsed rubric, and this module parses text
//! and looks things up. The default rubric is embedded in the binary so vet works with no file
//! around; a run reads only the embedded rubric an answers file names, once, with its texts in the
//! run's language ([`Rubric::shipped_for`]).

mod model;
pub mod validate;

pub use model::*;
pub use validate::{Problem, ProblemKind};

use crate::yaml::{self, YamlError};

/// The rubric shipped with vet, as text.
pub const EMBEDDED: &str = include_str!("../../rubric/inpud-partnership.yaml");

/// The same rubric, validated at build time and stored as JSON by build.rs: reading it costs a tenth
/// of parsing the YAML. Scoring reads a copy in one language instead ([`Rubric::shipped_in`]).
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/inpud-partnership.json"));

/// Rubric 1.0.0, kept so that an answers file written for it scores as it did then.
pub const EMBEDDED_1: &str = include_str!("../../rubric/inpud-partnership-1.0.0.yaml");
const EMBEDDED_1_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/inpud-partnership-1.0.0.json"));

/// The id and version of the current rubric, then of rubric 1.0.0, written by build.rs: choosing
/// the rubric an answers file names reads neither.
const HEADS: [(&str, &str); 2] = include!(concat!(env!("OUT_DIR"), "/embedded-heads.rs"));

/// The current rubric in every language, parsed the first time a run needs it and kept until the
/// process ends (freeing it at exit cost a run 1 M instructions).
static CURRENT: std::sync::LazyLock<Result<Rubric, RubricError>> =
    std::sync::LazyLock::new(|| from_json(EMBEDDED_JSON));

/// Each embedded rubric (the current one, then 1.0.0) once per interface language, in the order of
/// [`LANGUAGES`], with only the texts a run in that language shows: the rubric's language for it,
/// its first language and English (build.rs `keep_languages`). The current rubric has five
/// languages, and reading all five was most of what a `vet score` of one file did.
const BY_LANGUAGE: [[&str; 5]; 2] = include!(concat!(env!("OUT_DIR"), "/embedded-variants.rs"));

/// The interface languages of [`BY_LANGUAGE`], as build.rs `LOCALES` lists them.
const LANGUAGES: [&str; 5] = ["en", "fr", "es", "ru", "pt"];

/// [`BY_LANGUAGE`], each parsed the first time a run needs it and kept until the process ends.
static SHIPPED: [[std::sync::OnceLock<Result<Rubric, RubricError>>; 5]; 2] =
    [const { [const { std::sync::OnceLock::new() }; 5] }; 2];

/// Embedded rubric `which` (0 the current, 1 rubric 1.0.0) for a run in the interface language
/// `lang`, if vet speaks it.
fn shipped_in_language(which: usize, lang: &str) -> Option<&'static Rubric> {
    let at = LANGUAGES.iter().position(|l| *l == lang)?;
    SHIPPED[which][at]
        .get_or_init(|| from_json(BY_LANGUAGE[which][at]))
        .as_ref()
        .ok()
}

/// The older major versions shipped with vet, parsed the first time a file names one.
static OLDER: std::sync::LazyLock<Result<Rubric, RubricError>> =
    std::sync::LazyLock::new(|| from_json(EMBEDDED_1_JSON));

fn from_json(json: &str) -> Result<Rubric, RubricError> {
    serde_json::from_str(json).map_err(|e| {
        RubricError::Yaml(YamlError::Syntax {
            detail: e.to_string(),
            line: Some(e.line()),
            column: Some(e.column()),
        })
    })
}

/// The major part of a semantic version.
pub fn major(version: &str) -> Option<u64> {
    version.trim().split('.').next()?.parse().ok()
}

/// Why a rubric text could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RubricError {
    /// The text cannot be read as YAML of a rubric's shape.
    #[error("yaml")]
    Yaml(YamlError),
    /// Written for a newer vet.
    #[error("schema too new")]
    SchemaTooNew { found: u32 },
}

impl Rubric {
    /// Parses a rubric's YAML text. The result still has to pass [`Rubric::validate`].
    pub fn parse(text: &str) -> Result<Rubric, RubricError> {
        // A file from a newer vet must say "upgrade" rather than fail on a field this build does
        // not know. The whole file is parsed first (a valid rubric, the usual case, is parsed
        // once: parsing is most of what `--rubric` costs); only when that fails, or gives a newer
        // schema, is the schema read alone.
        #[derive(serde::Deserialize)]
        struct Head {
            schema: Option<u32>,
        }
        let too_new = |found: u32| (found > SCHEMA).then_some(RubricError::SchemaTooNew { found });
        match yaml::from_str::<Rubric>(text) {
            Ok(r) => match too_new(r.schema) {
                Some(e) => Err(e),
                None => Ok(r),
            },
            Err(e) => match yaml::from_str::<Head>(text) {
                Ok(Head {
                    schema: Some(found),
                }) => Err(too_new(found).unwrap_or(RubricError::Yaml(e))),
                _ => Err(RubricError::Yaml(e)),
            },
        }
    }

    /// The embedded rubric, parsed. It is validated when vet is built, so a failure here is a bug
    /// in the build, reported like any other rubric error.
    pub fn embedded() -> Result<Rubric, RubricError> {
        from_json(EMBEDDED_JSON)
    }

    /// The current embedded rubric, parsed once per process and never freed. It is validated when
    /// vet is built and read back by the tests, so failing to read it is a bug in the build.
    pub fn shipped() -> &'static Rubric {
        match &*CURRENT {
            Ok(rubric) => rubric,
            Err(e) => {
                panic!("the embedded rubric, validated when vet was built, does not read: {e:?}")
            }
        }
    }

    /// The current embedded rubric for a run that shows its texts in `lang` (an interface
    /// language tag): its texts are kept only in the rubric's language for `lang`, its first
    /// language and English, which is all that [`Rubric::text`] with [`Rubric::language_for`]
    /// `lang`, the first language or `en` reads. Its list of languages is whole. For anything else
    /// (showing every language, writing the rubric), use [`Rubric::shipped`].
    pub fn shipped_in(lang: &str) -> &'static Rubric {
        shipped_in_language(0, lang).unwrap_or_else(Rubric::shipped)
    }

    /// The embedded rubric to check and score a file with that names rubric `id` at `version`,
    /// for a run that shows texts in `lang` (as [`Rubric::shipped_in`]): the older one vet ships
    /// for that major version, if it ships one and it is not the current one's, else the current
    /// one (which then judges the file, as [`Rubric::shipped_older`] does). Only the rubric
    /// chosen is read.
    pub fn shipped_for(id: &str, version: &str, lang: &str) -> &'static Rubric {
        let [(_, current), (older_id, older)] = HEADS;
        if older_id == id && major(older) == major(version) && major(current) != major(version) {
            // As `shipped_older`: an older rubric that cannot be read leaves the current one.
            if let Some(rubric) = shipped_in_language(1, lang).or_else(|| OLDER.as_ref().ok()) {
                return rubric;
            }
        }
        Rubric::shipped_in(lang)
    }

    /// Rubric 1.0.0 as shipped, for the files that name it (and for tests of the examples, which
    /// are 1.0.0 files).
    pub fn embedded_1() -> Result<Rubric, RubricError> {
        OLDER.clone()
    }

    /// The older embedded rubric with this id and the major version of `version`, if vet ships
    /// one that differs from the current `self`.
    pub fn shipped_older(&self, id: &str, version: &str) -> Option<&'static Rubric> {
        let older = OLDER.as_ref().ok()?;
        (older.id == id
            && major(&older.version) == major(version)
            && major(&self.version) != major(version))
        .then_some(older)
    }

    /// The migration map from major version `from` (e.g. `1`), if this rubric declares one.
    pub fn migration_from(&self, from: u64) -> Option<&Migration> {
        self.migrations
            .iter()
            .find(|m| m.from.trim().parse::<u64>().ok() == Some(from))
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The standard with this id.
    pub fn standard(&self, id: &str) -> Option<&Standard> {
        self.standards.iter().find(|s| s.id == id)
    }

    /// The red flag with this id.
    pub fn red_flag(&self, id: &str) -> Option<&Flag> {
        self.red_flags.iter().find(|f| f.id == id)
    }

    /// The text in `lang`, else in the rubric's first language, else any.
    pub fn text<'a>(&self, text: &'a Text, lang: &str) -> &'a str {
        text.get(lang)
            .or_else(|| self.languages.first().and_then(|l| text.get(l)))
            .or_else(|| text.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The language among the rubric's that is best for `lang`.
    pub fn language_for<'a>(&'a self, lang: &str) -> &'a str {
        self.languages
            .iter()
            .find(|l| l.as_str() == lang)
            .or_else(|| self.languages.first())
            .map(String::as_str)
            .unwrap_or("en")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_rubric_maps_every_question_of_rubric_1() {
        let current = Rubric::embedded().unwrap();
        let old = Rubric::embedded_1().unwrap();
        assert!(current.migration_from(1).is_some());
        assert_eq!(current.validate_migration(&old, EMBEDDED), vec![]);
        // A map that forgets a question is caught.
        let mut forgetful = current.clone();
        let m = &mut forgetful.migrations[0];
        let (first, _) = m.map.pop_first().unwrap();
        let problems = forgetful.validate_migration(&old, "");
        assert!(
            problems.iter().any(|p| p.kind
                == ProblemKind::NotMigrated {
                    id: first.clone(),
                    from: old.version.clone()
                }),
            "{problems:?}"
        );
    }

    #[test]
    fn a_file_gets_the_shipped_rubric_of_its_major_version() {
        let current = Rubric::embedded().unwrap();
        let old = Rubric::embedded_1().unwrap();
        assert_eq!(HEADS[0], (current.id.as_str(), current.version.as_str()));
        assert_eq!(HEADS[1], (old.id.as_str(), old.version.as_str()));
        // As `shipped_older` decides, for every version a file may name.
        for version in ["1.0.0", "1.4", "2.0.0", "2.1.0", "3.0.0", "x"] {
            for id in [old.id.as_str(), "another-rubric"] {
                let expected = current.shipped_older(id, version).unwrap_or(&current);
                for lang in ["en", "fr", "ru", "uk"] {
                    let got = Rubric::shipped_for(id, version, lang);
                    assert_eq!(
                        (&got.id, &got.version),
                        (&expected.id, &expected.version),
                        "{id} {version} {lang}"
                    );
                }
            }
        }
        assert_eq!(Rubric::shipped().version, current.version);
        assert_eq!(Rubric::shipped_in("es").version, current.version);
    }

    /// Walks `full` and `kept` (the same rubric as JSON) together: they are equal but for texts,
    /// where `kept` has exactly the languages of `full` in `languages`.
    fn same_but_texts(full: &serde_json::Value, kept: &serde_json::Value, languages: &[&str]) {
        use serde_json::Value;
        match (full, kept) {
            (Value::Object(f), Value::Object(k)) if f.len() == k.len() => {
                for (key, value) in f {
                    same_but_texts(value, &k[key], languages);
                }
            }
            (Value::Object(f), Value::Object(k)) => {
                assert!(f.values().all(Value::is_string), "not a text: {f:?}");
                let expected: serde_json::Map<String, Value> = f
                    .iter()
                    .filter(|(l, _)| languages.contains(&l.as_str()))
                    .map(|(l, t)| (l.clone(), t.clone()))
                    .collect();
                assert_eq!(k, &expected);
            }
            (Value::Array(f), Value::Array(k)) => {
                assert_eq!(f.len(), k.len());
                for (f, k) in f.iter().zip(k) {
                    same_but_texts(f, k, languages);
                }
            }
            _ => assert_eq!(full, kept),
        }
    }

    #[test]
    fn a_rubric_in_one_language_keeps_every_text_that_language_shows() {
        for (which, full) in [Rubric::embedded(), Rubric::embedded_1()]
            .into_iter()
            .enumerate()
        {
            let full = full.unwrap();
            for lang in LANGUAGES {
                let kept = shipped_in_language(which, lang).unwrap();
                let shown = full.language_for(lang);
                let first = full.languages[0].as_str();
                same_but_texts(
                    &serde_json::to_value(&full).unwrap(),
                    &serde_json::to_value(kept).unwrap(),
                    &[shown, first, "en"],
                );
                assert_eq!(kept.languages, full.languages);
                assert_eq!(kept.language_for(lang), shown);
                for (q, k) in full.questions.iter().zip(&kept.questions) {
                    for l in [shown, first, "en"] {
                        assert_eq!(kept.text(&k.text, l), full.text(&q.text, l));
                    }
                }
            }
            // Something was left out: the current rubric speaks five languages.
            if full.languages.len() > 2 {
                let kept = shipped_in_language(which, "fr").unwrap();
                assert_eq!(kept.questions[0].text.len(), 2);
            }
        }
    }

    #[test]
    fn the_precompiled_rubric_is_the_yaml_one() {
        let from_yaml = Rubric::parse(EMBEDDED).unwrap();
        let precompiled = Rubric::embedded().unwrap();
        assert_eq!(
            serde_json::to_value(&precompiled).unwrap(),
            serde_json::to_value(&from_yaml).unwrap()
        );
        assert!(precompiled.validate(EMBEDDED).is_empty());
    }
}
