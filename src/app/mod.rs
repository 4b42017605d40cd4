//! The commands: arguments to settings ([`Ui`]: language and style, decided once), then one
//! module per command, each going load → score → render through [`crate::load`],
//! [`crate::export`] and [`crate::output`]; every problem ends as `error:`/`help:` lines
//! ([`crate::diagnostic`]) and an exit status. The core (rubric, answers, score) never sees a file
//! or a terminal.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::diagnostic::{Diagnostic, Failure, notice, report};
use crate::export::style::Style;
use crate::i18n::{self, L10n, args};
use crate::output::terminal_style;

mod compare;
mod generate;
mod interview;
mod migrate;
mod panel;
mod rubric;
mod score;
mod survey;

/// Exit status when every file was scored and no verdict reached --fail-on.
pub const EXIT_OK: u8 = 0;
/// Exit status when a verdict reached --fail-on (or `diff --fail-on worse` saw a worsening).
pub const EXIT_FAILED_ON: u8 = 1;
/// Exit status for bad input or usage.
pub const EXIT_ERROR: u8 = 2;

/// How the person is spoken to, decided once from the arguments and the environment: the
/// interface's language and the style of standard output.
#[derive(Debug)]
pub struct Ui {
    pub l10n: L10n,
    pub style: Style,
}

/// Runs vet with these arguments and returns its exit status.
pub fn run(argv: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(argv) {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help, version and usage errors itself; a closed pipe is not an error.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { EXIT_ERROR } else { EXIT_OK });
        }
    };
    let (lang, unknown) = i18n::choose(cli.global.lang.as_deref(), |k| std::env::var(k).ok());
    let l10n = L10n::new(lang);
    if let Some(i18n::UnknownLanguage(tag)) = unknown {
        notice(
            &l10n,
            &l10n.tr_with("notice-unknown-language", &args([("lang", tag.into())])),
        );
    }
    let ui = Ui {
        style: terminal_style(cli.global.color),
        l10n,
    };
    match dispatch(&cli, &ui) {
        Ok(code) => ExitCode::from(code),
        Err(Failure(diags)) => {
            report(&ui.l10n, &diags);
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn dispatch(cli: &Cli, ui: &Ui) -> Result<u8, Failure> {
    refuse_unused_global(cli, &ui.l10n)?;
    match &cli.command {
        Command::Score(a) => score::score_cmd(cli, a, ui),
        Command::Interview(a) => interview::interview_cmd(cli, a, ui),
        Command::Rubric(r) => rubric::rubric_cmd(cli, r, ui),
        Command::Diff(a) => compare::diff_cmd(cli, a, ui),
        Command::History(a) => compare::history_cmd(cli, a, ui),
        Command::Completions { shell } => generate::completions(*shell, ui),
        Command::Man(a) => generate::man(a, ui),
        Command::Migrate(a) => migrate::migrate_cmd(cli, a, ui),
        Command::Export(crate::cli::ExportCommand::Xlsform(a)) => survey::xlsform_cmd(cli, a, ui),
        Command::Import(a) => survey::import_cmd(cli, a, ui),
        Command::Panel(a) => panel::panel_cmd(cli, a, ui),
    }
}

/// A global option the command has no use for is an error, not silently ignored: `vet rubric
/// validate --rubric X` must not look as if it checked X.
fn refuse_unused_global(cli: &Cli, l10n: &L10n) -> Result<(), Diagnostic> {
    let Some(option) = cli.command.unused_global(&cli.global) else {
        return Ok(());
    };
    let command = cli.command.name();
    let a = args([("command", command.into()), ("option", option.into())]);
    let help = match (&cli.command, &cli.global.rubric) {
        (Command::Rubric(crate::cli::RubricCommand::Validate { .. }), Some(rubric)) => l10n
            .tr_with(
                "err-unused-rubric-validate-help",
                &args([("path", rubric.display().to_string().into())]),
            ),
        _ => l10n.tr_with("err-unused-option-help", &a),
    };
    Err(Diagnostic::new(l10n.tr_with("err-unused-option", &a)).help(help))
}
