//! The rubric a command works with: the one given with `--rubric` (read, parsed, validated, its
//! migration map checked), or the ones embedded in vet, each answers file getting the version it
//! names.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Failure, problem, read_error, rubric_error};
use crate::fsio;
use crate::i18n::{L10n, args};
use crate::rubric::Rubric;

fn read(path: &Path, limit: u64, l10n: &L10n) -> Result<String, Diagnostic> {
    fsio::read_text(path, limit).map_err(|e| read_error(path, &e, l10n))
}

/// The rubrics a command scores with: the one given with `--rubric`, or the ones shipped with
/// vet, where each answers file gets the version it names (so a verdict given in 2025 on rubric
/// 1.0.0 reproduces later).
#[derive(Debug)]
pub struct Rubrics {
    /// The rubric given with `--rubric`; without it, the shipped ones, each read when first needed
    /// with its texts in the interface language only (and its fallbacks).
    given: Option<Rubric>,
    lang: &'static str,
}

impl Rubrics {
    /// The given rubric, or the newest shipped one.
    pub fn current(&self) -> &Rubric {
        match &self.given {
            Some(given) => given,
            None => Rubric::shipped_in(self.lang),
        }
    }

    /// The rubric to check and score `answers` with.
    pub fn for_file(&self, answers: &crate::answers::Answers) -> &Rubric {
        let r = &answers.rubric;
        match &self.given {
            None => Rubric::shipped_for(&r.id, &r.version, self.lang),
            Some(given) => given,
        }
    }
}

/// Loads the rubrics for commands that read answers files: `path`, or those shipped with vet.
pub fn load_rubrics(path: Option<&Path>, l10n: &L10n) -> Result<Rubrics, Failure> {
    let given = match path {
        Some(_) => Some(load_rubric(path, l10n)?.0),
        None => None,
    };
    Ok(Rubrics {
        given,
        lang: l10n.lang().tag(),
    })
}

/// Loads the rubric: the embedded one, or `path`, which must also pass validation.
pub fn load_rubric(path: Option<&Path>, l10n: &L10n) -> Result<(Rubric, String), Failure> {
    let Some(path) = path else {
        // The embedded rubric is validated when vet is built; reading it is all a run needs.
        return Rubric::embedded()
            .map(|r| (r, "(embedded)".to_string()))
            .map_err(|e| rubric_error("(embedded)", &e, l10n).into());
    };
    let file = path.display().to_string();
    let text = read(path, fsio::MAX_RUBRIC_BYTES, l10n)?;
    let rubric = Rubric::parse(&text).map_err(|e| rubric_error(&file, &e, l10n))?;
    let mut problems = rubric.validate(&text);
    // Its migration map must cover every question of the older version vet ships, if it has one
    // from that version: else `vet migrate` would drop answers without a word.
    if let Ok(old) = Rubric::embedded_1()
        && old.id == rubric.id
        && crate::rubric::major(&old.version).is_some_and(|m| rubric.migration_from(m).is_some())
    {
        problems.extend(rubric.validate_migration(&old, &text));
    }
    if !problems.is_empty() {
        let mut diags: Vec<Diagnostic> = problems.iter().map(|p| problem(&file, p, l10n)).collect();
        if let Some(last) = diags.last_mut() {
            last.help = Some(l10n.tr_with(
                "err-rubric-invalid-help",
                &args([("file", file.clone().into())]),
            ));
        }
        return Err(Failure(diags));
    }
    Ok((rubric, file))
}
