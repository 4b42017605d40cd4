//! `vet panel`: loading the respondents' files (and the partner's own view) as one series, as
//! `vet diff` and `vet history` do, refusing files that are not one review, then combining,
//! comparing and rendering.

use std::path::{Path, PathBuf};

use super::{EXIT_OK, Ui};
use crate::cli::{Cli, PanelArgs, PanelFormat};
use crate::diagnostic::panel::not_one_review;
use crate::diagnostic::{Diagnostic, Failure};
use crate::export::{self, model::panel::Report, words::Words};
use crate::i18n::{L10n, args};
use crate::load::{Parsed, inputs::Inputs, load_rubrics, series::load_series};
use crate::output::{check_output, emit, write_output};
use crate::panel;

/// `vet panel FILE... [--partner-view FILE]`.
pub(super) fn panel_cmd(cli: &Cli, a: &PanelArgs, ui: &Ui) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
    let ext = match a.format {
        PanelFormat::Table => "txt",
        PanelFormat::Json => "json",
        PanelFormat::Markdown => "md",
        PanelFormat::Html => "html",
    };
    let mut paths: Vec<PathBuf> = Inputs::collect_all(&a.inputs, l10n)?;
    paths.extend(a.partner_view.iter().cloned());
    if let Some(target) = &a.output {
        let inputs: Vec<&Path> = paths
            .iter()
            .map(PathBuf::as_path)
            .chain(cli.global.rubric.as_deref())
            .collect();
        check_output(target, &inputs, ext, l10n)?;
    }
    refuse_twice(&paths, l10n)?;
    let rubrics = load_rubrics(cli.global.rubric.as_deref(), l10n)?;
    // The window comes from the current rubric; the files are then scored with the version they
    // name (one major version for the whole panel: `same_review` refuses a mix).
    let (rules, _) = panel::rules(rubrics.current());
    let one_review = |parsed: &[Parsed]| -> Vec<Diagnostic> {
        let files: Vec<&crate::answers::Answers> = parsed.iter().map(|p| &p.answers).collect();
        let names: Vec<&str> = parsed.iter().map(|p| p.file.as_str()).collect();
        panel::same_review(&files, rules.window_days)
            .iter()
            .map(|n| not_one_review(&names, &files, n, l10n))
            .collect()
    };
    let (mut series, rubric) = load_series(&paths, &rubrics, a.force, &one_review, l10n)?;
    if a.redact {
        // Redacted before anything is combined or rendered, so no format can leak a note.
        for l in &mut series {
            l.answers.redact();
        }
    }
    let view = a.partner_view.as_ref().and_then(|_| series.pop());
    let files: Vec<&str> = series.iter().map(|l| l.file.as_str()).collect();
    let answers: Vec<&crate::answers::Answers> = series.iter().map(|l| &l.answers).collect();
    let combined = panel::assemble(rubric, &answers, view.as_ref().map(|v| &v.answers));
    let report = Report {
        rubric,
        panel: &combined,
        files: &files,
        answers: &answers,
        view: view.as_ref().map(|v| (v.file.as_str(), &v.answers)),
        redacted: a.redact,
    };
    let words = Words::new(rubric, l10n);
    if a.format != PanelFormat::Json {
        crate::diagnostic::rubric_language_notice(rubric, l10n);
    }
    // A file is not a terminal: no colour codes in it.
    let style = export::style::Style {
        color: ui.style.color && a.output.is_none(),
        ..ui.style
    };
    let out = match a.format {
        PanelFormat::Table => export::table::panel::render(&report, &words, style),
        PanelFormat::Json => export::json::panel::render(&report),
        PanelFormat::Markdown => export::markdown::panel(&report, &words),
        PanelFormat::Html => {
            export::html::panel(&export::model::panel::document(&report, &words), l10n)
        }
    };
    match &a.output {
        Some(target) => {
            write_output(target, &out, 1, 1, l10n)?;
            Ok(EXIT_OK)
        }
        None => emit(&out, l10n).map(|()| EXIT_OK),
    }
}

/// Refuses a file given twice (as two respondents, or as a respondent and the partner's view):
/// each respondent counts once.
fn refuse_twice(paths: &[PathBuf], l10n: &L10n) -> Result<(), Failure> {
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut diags = Vec::new();
    for p in paths {
        // A file that cannot be found is reported by the loader, with its own wording.
        let Ok(real) = std::fs::canonicalize(p) else {
            continue;
        };
        if seen.contains(&real) {
            diags.push(
                Diagnostic::new(l10n.tr_with(
                    "panel-err-twice",
                    &args([("file", p.display().to_string().into())]),
                ))
                .help(l10n.tr("panel-err-twice-help")),
            );
        } else {
            seen.push(real);
        }
    }
    if diags.is_empty() {
        Ok(())
    } else {
        Err(Failure(diags))
    }
}
