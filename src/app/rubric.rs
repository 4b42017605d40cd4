//! `vet rubric show` (the rubric in use, for people or as JSON/YAML) and `vet rubric validate`.

use std::path::Path;

use super::{EXIT_OK, Ui};
use crate::cli::{Cli, RubricCommand, ShowFormat};
use crate::diagnostic::{Failure, rubric_language_notice};
use crate::export;
use crate::i18n::args;
use crate::load::load_rubric;
use crate::output::emit;

/// `vet rubric show|validate`.
pub(super) fn rubric_cmd(cli: &Cli, command: &RubricCommand, ui: &Ui) -> Result<u8, Failure> {
    match command {
        RubricCommand::Show { format } => show_cmd(cli, *format, ui),
        RubricCommand::Validate { path } => validate_cmd(path, ui),
    }
}

fn show_cmd(cli: &Cli, format: ShowFormat, ui: &Ui) -> Result<u8, Failure> {
    let (rubric, _) = load_rubric(cli.global.rubric.as_deref(), &ui.l10n)?;
    let out = match format {
        ShowFormat::Json => serde_json::to_string_pretty(&rubric).unwrap_or_default() + "\n",
        ShowFormat::Yaml => export::rubric::yaml(&rubric),
        ShowFormat::Table => {
            rubric_language_notice(&rubric, &ui.l10n);
            export::rubric::render(&rubric, &ui.l10n, ui.style)
        }
    };
    emit(&out, &ui.l10n)?;
    Ok(EXIT_OK)
}

fn validate_cmd(path: &Path, ui: &Ui) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
    let (rubric, file) = load_rubric(Some(path), l10n)?;
    emit(
        &(l10n.tr_with(
            "validate-ok",
            &args([
                ("file", file.into()),
                ("id", rubric.id.clone().into()),
                ("version", rubric.version.clone().into()),
                ("standards", rubric.standards.len().into()),
                ("questions", rubric.questions.len().into()),
            ]),
        ) + "\n"),
        l10n,
    )?;
    Ok(EXIT_OK)
}
