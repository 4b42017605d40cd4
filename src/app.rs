//! The imperative shell: command line to settings, files to values, values to output, problems to
//! messages and exit codes. The core (rubric, answers, score) never sees a file or a terminal.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use crate::answers::{Answers, AnswersError, AnswersNotice};
use crate::cli::{
    Cli, ColorChoice, Command, FailOn, RubricCommand, ScoreArgs, ScoreFormat, ShowFormat,
};
use crate::export::{self, Scored, document::Document, table::Style, text::Words};
use crate::fsio::{self, ReadError};
use crate::i18n::{self, L10n, args};
use crate::rubric::{Problem, Rubric, RubricError, Verdict};
use crate::score;
use crate::yaml::YamlError;

mod compare;
mod generate;
mod inputs;
mod migrate;
mod panel;
mod survey;

/// Exit status when every file was scored and no verdict reached --fail-on.
pub const EXIT_OK: u8 = 0;
/// Exit status when a verdict reached --fail-on (or `diff --fail-on worse` saw a worsening).
pub const EXIT_FAILED_ON: u8 = 1;
/// Exit status for bad input or usage.
pub const EXIT_ERROR: u8 = 2;

/// A problem to show the user: what is wrong and, where useful, what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    fn new(message: String) -> Self {
        Diagnostic {
            message,
            help: None,
        }
    }
    fn help(mut self, help: String) -> Self {
        self.help = Some(help);
        self
    }
}

/// Why a command did not finish: every problem found, each already worded.
#[derive(Debug)]
pub struct Failure(pub Vec<Diagnostic>);

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Self {
        Failure(vec![d])
    }
}

/// What the shell knows of its surroundings, decided once.
#[derive(Debug)]
pub struct Env {
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
    let env = Env {
        style: terminal_style(cli.global.color),
        l10n,
    };
    match dispatch(&cli, &env) {
        Ok(code) => ExitCode::from(code),
        Err(Failure(diags)) => {
            report(&env.l10n, &diags);
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn dispatch(cli: &Cli, env: &Env) -> Result<u8, Failure> {
    refuse_unused_global(cli, &env.l10n)?;
    match &cli.command {
        Command::Score(a) => score_cmd(cli, a, env),
        Command::Interview(a) => {
            let opts = crate::interview::Options {
                out: a.out.clone(),
                partner: a.partner.clone(),
                stage: a.stage.map(|s| match s {
                    crate::cli::StageArg::Before => crate::answers::Stage::Before,
                    crate::cli::StageArg::Ongoing => crate::answers::Stage::Ongoing,
                }),
                decisive_first: a.decisive_first,
            };
            // Refuse at once a blank name, a missing folder or no terminal, before any work.
            crate::interview::check_options(&opts, &env.l10n)?;
            crate::interview::require_terminal(&env.l10n)?;
            let (rubric, _) = load_rubric(cli.global.rubric.as_deref(), &env.l10n)?;
            rubric_language_notice(&rubric, &env.l10n);
            crate::interview::command(&rubric, env, opts)
        }
        Command::Rubric(RubricCommand::Show { format }) => {
            let (rubric, _) = load_rubric(cli.global.rubric.as_deref(), &env.l10n)?;
            let out = match format {
                ShowFormat::Json => {
                    serde_json::to_string_pretty(&rubric).unwrap_or_default() + "\n"
                }
                ShowFormat::Yaml => export::rubric::yaml(&rubric),
                ShowFormat::Table => {
                    rubric_language_notice(&rubric, &env.l10n);
                    export::rubric::render(&rubric, &env.l10n, env.style)
                }
            };
            emit(&out)
        }
        Command::Rubric(RubricCommand::Validate { path }) => validate_cmd(path, env),
        Command::Diff(a) => compare::diff_cmd(cli, a, env),
        Command::History(a) => compare::history_cmd(cli, a, env),
        Command::Completions { shell } => generate::completions(*shell),
        Command::Man(a) => generate::man(a, env),
        Command::Migrate(a) => migrate::migrate_cmd(cli, a, env),
        Command::Export(crate::cli::ExportCommand::Xlsform(a)) => survey::xlsform_cmd(cli, a, env),
        Command::Import(a) => survey::import_cmd(cli, a, env),
        Command::Panel(a) => panel::panel_cmd(cli, a, env),
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
        (Command::Rubric(RubricCommand::Validate { .. }), Some(rubric)) => l10n.tr_with(
            "err-unused-rubric-validate-help",
            &args([("path", rubric.display().to_string().into())]),
        ),
        _ => l10n.tr_with("err-unused-option-help", &a),
    };
    Err(Diagnostic::new(l10n.tr_with("err-unused-option", &a)).help(help))
}

/// Writes to standard output. A closed pipe (`vet rubric show | head`) is a normal end.
pub fn emit(text: &str) -> Result<u8, Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(EXIT_OK),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(EXIT_OK),
        Err(e) => Err(Diagnostic::new(e.to_string()).into()),
    }
}

/// Prints problems to standard error as `error: ...` and `help: ...` lines.
pub fn report(l10n: &L10n, diags: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diags {
        let _ = writeln!(err, "{}", labelled(l10n, "label-error", &d.message));
        if let Some(h) = &d.help {
            let _ = writeln!(err, "{}", labelled(l10n, "label-help", h));
        }
    }
}

/// Prints a one-line notice to standard error.
pub fn notice(l10n: &L10n, message: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        labelled(l10n, "label-notice", message)
    );
}

/// Says once per run, on standard error, that `rubric` has no texts in the interface's language and
/// which of its languages its questions, standards and advice are shown in instead (English for
/// the shipped rubrics). Called by the commands that show a rubric's texts.
pub fn rubric_language_notice(rubric: &Rubric, l10n: &L10n) {
    static SAID: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let tag = l10n.lang().tag();
    if rubric.languages.iter().any(|l| l == tag)
        || SAID.swap(true, std::sync::atomic::Ordering::Relaxed)
    {
        return;
    }
    notice(
        l10n,
        &l10n.tr_with(
            "notice-rubric-language",
            &args([
                ("id", rubric.id.clone().into()),
                ("version", rubric.version.clone().into()),
                ("fallback", rubric.language_for(tag).to_string().into()),
            ]),
        ),
    );
}

/// "error: ..." in English, "erreur : ..." in French. A message may quote a file's content, so
/// control characters are neutralised before they reach the terminal.
fn labelled(l10n: &L10n, label: &str, message: &str) -> String {
    let message: String = message
        .chars()
        .map(|c| {
            if crate::answers::is_unprintable(c) {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect();
    l10n.tr_with(
        "diag-line",
        &args([
            ("label", l10n.tr(label).into()),
            ("message", message.to_string().into()),
        ]),
    )
}

/// Colour and width for standard output: colour only on a terminal, unless NO_COLOR or --color say
/// otherwise; the terminal's width, else COLUMNS, else 100.
pub fn terminal_style(choice: Option<ColorChoice>) -> Style {
    let tty = std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match choice.unwrap_or(ColorChoice::Auto) {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            tty && !no_color && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    };
    // comfy-table colours cells through crossterm, which obeys NO_COLOR by itself; vet has
    // already decided (an explicit --color always wins over NO_COLOR), so tell crossterm.
    crossterm::style::force_color_output(color);
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok());
    let width = terminal_size::terminal_size()
        .filter(|_| tty)
        .map(|(w, _)| w.0)
        .or(columns)
        .unwrap_or(100)
        .clamp(30, 200);
    Style { color, width }
}

fn read(path: &Path, limit: u64, l10n: &L10n) -> Result<String, Diagnostic> {
    fsio::read_text(path, limit).map_err(|e| read_error(path, &e, l10n))
}

/// Words a read error, with what to do.
pub fn read_error(path: &Path, e: &ReadError, l10n: &L10n) -> Diagnostic {
    let file = path.display().to_string();
    let f = || ("file", file.clone().into());
    match e {
        ReadError::NotFound => Diagnostic::new(l10n.tr_with("err-not-found", &args([f()])))
            .help(l10n.tr("err-not-found-help")),
        ReadError::IsDirectory => Diagnostic::new(l10n.tr_with("err-is-directory", &args([f()])))
            .help(l10n.tr("err-is-directory-help")),
        ReadError::PermissionDenied => {
            Diagnostic::new(l10n.tr_with("err-permission", &args([f()])))
                .help(l10n.tr("err-permission-help"))
        }
        ReadError::TooLarge { size, limit } => Diagnostic::new(l10n.tr_with(
            "err-too-large",
            &args([f(), ("size", (*size).into()), ("limit", (*limit).into())]),
        ))
        .help(l10n.tr("err-too-large-help")),
        ReadError::NotUtf8 { line, column } => Diagnostic::new(l10n.tr_with(
            "err-not-utf8",
            &args([("place", format!("{file}:{line}:{column}").into())]),
        ))
        .help(l10n.tr("err-not-utf8-help")),
        ReadError::Other(io) => Diagnostic::new(
            l10n.tr_with("err-read", &args([f(), ("detail", io.to_string().into())])),
        ),
    }
}

/// Words a write error by what the person can do about it: the folder missing or not writable,
/// the disk full. It names the folder or the file given (never vet's temporary file beside it);
/// `flag` is the option that chooses another file (`--output`). Returns the reason, to
/// follow "cannot write ... to FILE:", and what to do.
pub fn write_reason(path: &Path, e: &std::io::Error, flag: &str, l10n: &L10n) -> (String, String) {
    use std::io::ErrorKind as K;
    let folder = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.display().to_string(),
        _ => ".".to_string(),
    };
    let a = args([
        ("folder", folder.into()),
        ("file", path.display().to_string().into()),
        ("flag", flag.to_string().into()),
    ]);
    let (why, help) = match e.kind() {
        K::NotFound => ("write-why-no-folder", "write-help-no-folder"),
        K::NotADirectory => ("write-why-not-folder", "write-help-other-file"),
        K::PermissionDenied => ("write-why-denied", "write-help-other-folder"),
        K::ReadOnlyFilesystem => ("write-why-read-only", "write-help-other-folder"),
        K::StorageFull | K::QuotaExceeded => ("write-why-full", "write-help-full"),
        K::IsADirectory => ("write-why-is-folder", "write-help-other-file"),
        _ => {
            return (e.to_string(), l10n.tr_with("write-help-other-folder", &a));
        }
    };
    (l10n.tr_with(why, &a), l10n.tr_with(help, &a))
}

/// Refuses, before any work, a file to write whose folder is missing or is not a folder: the
/// same wording as a failed write.
pub fn check_folder(path: &Path, flag: &str, l10n: &L10n) -> Result<(), (String, String)> {
    let folder = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let kind = match std::fs::metadata(folder) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(_) => std::io::ErrorKind::NotADirectory,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::io::ErrorKind::NotFound,
        // Another problem (permissions on a parent) shows when the file is written.
        Err(_) => return Ok(()),
    };
    Err(write_reason(path, &kind.into(), flag, l10n))
}

fn place(file: &str, line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
        (Some(l), None) => format!("{file}:{l}"),
        _ => file.to_string(),
    }
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

fn rubric_error(file: &str, e: &RubricError, l10n: &L10n) -> Diagnostic {
    match e {
        RubricError::Yaml(e) => yaml_error(
            file,
            e,
            "err-rubric-syntax-help",
            "err-rubric-empty-help",
            l10n,
        ),
        RubricError::SchemaTooNew { found } => Diagnostic::new(l10n.tr_with(
            "err-schema-too-new",
            &args([
                ("file", file.to_string().into()),
                ("found", (*found).into()),
                ("supported", crate::rubric::SCHEMA.into()),
            ]),
        ))
        .help(l10n.tr("err-schema-too-new-help")),
    }
}

/// Words a YAML reading error of an answers file or a rubric; what to do differs between the two
/// (`syntax_help`, `empty_help`).
fn yaml_error(
    file: &str,
    e: &YamlError,
    syntax_help: &str,
    empty_help: &str,
    l10n: &L10n,
) -> Diagnostic {
    match e {
        YamlError::Syntax {
            detail,
            line,
            column,
        } => Diagnostic::new(l10n.tr_with(
            "err-syntax",
            &args([
                ("place", place(file, *line, *column).into()),
                ("detail", parser_detail(detail, l10n).into()),
            ]),
        ))
        .help(l10n.tr(syntax_help)),
        YamlError::Empty => {
            Diagnostic::new(l10n.tr_with("err-empty", &args([("file", file.to_string().into())])))
                .help(l10n.tr(empty_help))
        }
        YamlError::Alias { line, column } => Diagnostic::new(l10n.tr_with(
            "err-yaml-alias",
            &args([("place", place(file, Some(*line), Some(*column)).into())]),
        ))
        .help(l10n.tr("err-yaml-alias-help")),
        YamlError::TooDeep { line, column } => Diagnostic::new(l10n.tr_with(
            "err-yaml-too-deep",
            &args([
                ("place", place(file, Some(*line), Some(*column)).into()),
                ("limit", crate::guard::MAX_DEPTH.into()),
            ]),
        ))
        .help(l10n.tr("err-yaml-too-deep-help")),
    }
}

/// Words a parser's message in the interface's language: serde's English details (wrong type,
/// unknown or missing field, value not in a list) become messages of the locales, with the
/// field, value and path as variables. What no message covers (the YAML scanner's own words) is
/// shown as it is.
fn parser_detail(message: &str, l10n: &L10n) -> String {
    use crate::yaml::{Detail, Expected, Found};
    let ticked = |names: &[String]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let found = |f: &Found| match f {
        Found::Text(v) => l10n.tr_with("yaml-found-text", &args([("value", v.clone().into())])),
        Found::Number(v) => l10n.tr_with("yaml-found-number", &args([("value", v.clone().into())])),
        Found::Boolean(v) => {
            l10n.tr_with("yaml-found-boolean", &args([("value", v.clone().into())]))
        }
        Found::List => l10n.tr("yaml-found-list"),
        Found::Mapping => l10n.tr("yaml-found-mapping"),
        Found::Empty => l10n.tr("yaml-found-empty"),
        Found::Other => l10n.tr("yaml-found-other"),
    };
    let expected = |e: &Expected| {
        let id = match e {
            Expected::Text => "yaml-expected-text",
            Expected::Number => "yaml-expected-number",
            Expected::WholeNumber => "yaml-expected-whole-number",
            Expected::Boolean => "yaml-expected-boolean",
            Expected::List => "yaml-expected-list",
            Expected::Mapping => "yaml-expected-mapping",
            Expected::AnswersFile => "yaml-expected-answers-file",
            Expected::RubricRef => "yaml-expected-rubric-ref",
            Expected::Entry => "yaml-expected-entry",
            Expected::AnswerMap => "yaml-expected-answer-map",
            Expected::Rubric => "yaml-expected-rubric",
            Expected::Answer => "yaml-expected-answer",
            Expected::Other => return None,
        };
        Some(l10n.tr(id))
    };
    let (path, detail) = crate::yaml::detail(message);
    let text = match &detail {
        Detail::InvalidType {
            found: f,
            expected: e,
        }
        | Detail::InvalidValue {
            found: f,
            expected: e,
        } => {
            let invalid_value = matches!(detail, Detail::InvalidValue { .. });
            match expected(e) {
                Some(e) => l10n.tr_with(
                    if invalid_value {
                        "yaml-invalid-value"
                    } else {
                        "yaml-invalid-type"
                    },
                    &args([("found", found(f).into()), ("expected", e.into())]),
                ),
                None => l10n.tr_with(
                    "yaml-invalid-type-other",
                    &args([("found", found(f).into())]),
                ),
            }
        }
        Detail::UnknownField { field, allowed } => l10n.tr_with(
            "yaml-unknown-field",
            &args([
                ("field", field.clone().into()),
                ("allowed", ticked(allowed).into()),
            ]),
        ),
        Detail::MissingField { field } => l10n.tr_with(
            "yaml-missing-field",
            &args([("field", field.clone().into())]),
        ),
        Detail::DuplicateField { field } => l10n.tr_with(
            "yaml-duplicate-field",
            &args([("field", field.clone().into())]),
        ),
        Detail::UnknownValue { value, allowed } => l10n.tr_with(
            "yaml-unknown-value",
            &args([
                ("value", value.clone().into()),
                ("allowed", ticked(allowed).into()),
            ]),
        ),
        Detail::BadDate => l10n.tr("yaml-bad-date"),
        Detail::Other(raw) => raw.clone(),
    };
    match path {
        Some(path) => l10n.tr_with(
            "yaml-at",
            &args([("path", path.into()), ("detail", text.into())]),
        ),
        None => text,
    }
}

/// Words one rubric problem, with its place.
pub fn problem(file: &str, p: &Problem, l10n: &L10n) -> Diagnostic {
    use crate::rubric::ProblemKind as K;
    let mut a = i18n::Args::new();
    match &p.kind {
        K::NoLanguages | K::EmptyId | K::NoFinalRule => {}
        K::BadVersion { version } => a.set("version", version.clone()),
        K::DuplicateId { id }
        | K::NoStandard { id }
        | K::StandardAndRedFlag { id }
        | K::SeveralStandards { id }
        | K::RaisesWithoutRedFlag { id } => a.set("id", id.clone()),
        K::RuleOrder { when } => a.set("when", when.clone()),
        K::MissingThreshold { name } => a.set("name", name.clone()),
        K::NotMigrated { id, from } => {
            a.set("id", id.clone());
            a.set("from", from.clone());
        }
        K::MissingText { lang } => a.set("lang", lang.clone()),
        K::UnknownReference { list, id } | K::NotEvidenced { list, id } => {
            a.set("list", list.clone());
            a.set("id", id.clone());
        }
        K::NoQuestionAtStage { id, stage } => {
            a.set("id", id.clone());
            // The stage in words ("before signing"), not the file's token.
            a.set("stage", l10n.tr(&format!("stage-{stage}")));
        }
        K::OutOfRange { name, value } => {
            a.set("name", name.clone());
            a.set("value", l10n.decimal(*value, 2));
        }
        K::ThresholdOrder { partly, met } => {
            a.set("partly", l10n.decimal(*partly, 2));
            a.set("met", l10n.decimal(*met, 2));
        }
        K::StandardCount { found } => a.set("found", *found),
        K::PanelWindow { days } => {
            a.set("days", *days);
            a.set("max", crate::rubric::validate::MAX_PANEL_WINDOW);
        }
    }
    Diagnostic::new(format!(
        "{}: {}: {}",
        place(file, p.line, None),
        p.path,
        l10n.tr_with(p.kind.message_id(), &a)
    ))
}

fn validate_cmd(path: &Path, env: &Env) -> Result<u8, Failure> {
    let l10n = &env.l10n;
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
    )
}

/// An answers file read and checked against the rubric.
#[derive(Debug)]
pub struct Loaded {
    pub file: String,
    pub text: String,
    pub answers: Answers,
    pub notices: Vec<AnswersNotice>,
}

/// An answers file read and parsed, not yet checked against a rubric.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub file: String,
    pub text: String,
    pub answers: Answers,
}

/// Why an answers file could not be loaded, before it is worded: what [`read_answers`] returns from
/// any thread (the wording needs the interface strings, which stay on the main thread).
#[derive(Debug)]
pub enum LoadError {
    Read(ReadError),
    Answers(Vec<AnswersError>),
}

impl LoadError {
    /// Every problem, worded, with what to do.
    pub fn worded(&self, path: &Path, l10n: &L10n) -> Vec<Diagnostic> {
        match self {
            LoadError::Read(e) => vec![read_error(path, e, l10n)],
            LoadError::Answers(errs) => {
                let file = path.display().to_string();
                errs.iter().map(|e| answers_error(&file, e, l10n)).collect()
            }
        }
    }
}

/// Reads and parses one answers file, unworded: the first step of [`read_answers`].
fn read_parsed(path: &Path) -> Result<Parsed, LoadError> {
    let text = fsio::read_input(path, fsio::MAX_ANSWERS_BYTES).map_err(LoadError::Read)?;
    let answers = Answers::parse(&text).map_err(|e| LoadError::Answers(vec![e]))?;
    Ok(Parsed {
        file: path.display().to_string(),
        text,
        answers,
    })
}

/// Checks a parsed file against the rubric, unworded: the second step of [`read_answers`].
fn check_parsed(parsed: Parsed, rubric: &Rubric) -> Result<Loaded, LoadError> {
    let Parsed {
        file,
        text,
        answers,
    } = parsed;
    let notices = answers.check(rubric, &text).map_err(LoadError::Answers)?;
    Ok(Loaded {
        file,
        text,
        answers,
        notices,
    })
}

/// Reads, parses and checks one answers file, from any thread.
pub fn read_answers(path: &Path, rubric: &Rubric) -> Result<Loaded, LoadError> {
    check_parsed(read_parsed(path)?, rubric)
}

/// Reads and parses one answers file, worded: the first step of [`load_answers`].
pub fn parse_answers(path: &Path, l10n: &L10n) -> Result<Parsed, Diagnostic> {
    read_parsed(path).map_err(|e| {
        let mut d = e.worded(path, l10n);
        // Parsing stops at the first problem: there is exactly one.
        d.swap_remove(0)
    })
}

/// Checks a parsed answers file against the rubric, worded: the second step of [`load_answers`].
pub fn check_answers(
    parsed: Parsed,
    rubric: &Rubric,
    l10n: &L10n,
) -> Result<Loaded, Vec<Diagnostic>> {
    let path = PathBuf::from(&parsed.file);
    check_parsed(parsed, rubric).map_err(|e| e.worded(&path, l10n))
}

/// Reads, parses and checks one answers file; every problem is worded.
pub fn load_answers(path: &Path, rubric: &Rubric, l10n: &L10n) -> Result<Loaded, Vec<Diagnostic>> {
    read_answers(path, rubric).map_err(|e| e.worded(path, l10n))
}

/// Words an answers error, with what to do.
pub fn answers_error(file: &str, e: &AnswersError, l10n: &L10n) -> Diagnostic {
    let f = || ("file", file.to_string().into());
    match e {
        AnswersError::Yaml(e) => yaml_error(
            file,
            e,
            "err-answers-syntax-help",
            "err-answers-empty-help",
            l10n,
        ),
        AnswersError::OtherRubric {
            file: found,
            rubric,
        } => Diagnostic::new(l10n.tr_with(
            "err-other-rubric",
            &args([
                f(),
                ("found", found.clone().into()),
                ("expected", rubric.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-other-rubric-help")),
        AnswersError::IncompatibleVersion {
            file: found,
            rubric,
        } => Diagnostic::new(l10n.tr_with(
            "err-incompatible-version",
            &args([
                f(),
                ("found", found.clone().into()),
                ("expected", rubric.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-incompatible-version-help")),
        AnswersError::OffScale {
            found,
            nearest,
            line,
            column,
        } => Diagnostic::new(l10n.tr_with(
            "err-off-scale",
            &args([
                ("place", place(file, *line, *column).into()),
                ("found", found.clone().into()),
            ]),
        ))
        .help(l10n.tr_with(
            "err-off-scale-help",
            &args([("nearest", nearest.token().into())]),
        )),
        AnswersError::AnsweredTwice { id, line } => Diagnostic::new(l10n.tr_with(
            "err-answered-twice",
            &args([
                ("place", place(file, *line, None).into()),
                ("id", id.clone().into()),
            ]),
        ))
        .help(l10n.tr("err-answered-twice-help")),
        AnswersError::UnknownQuestion {
            id,
            suggestion,
            line,
        } => {
            let d = Diagnostic::new(l10n.tr_with(
                "err-unknown-question",
                &args([
                    ("place", place(file, *line, None).into()),
                    ("id", id.clone().into()),
                ]),
            ));
            match suggestion {
                Some(s) => d.help(l10n.tr_with(
                    "err-unknown-question-suggest",
                    &args([("id", s.clone().into())]),
                )),
                None => d.help(l10n.tr("err-unknown-question-help")),
            }
        }
    }
}

/// Shows the notices of a loaded file on standard error.
pub fn show_notices(loaded: &Loaded, l10n: &L10n) {
    for n in &loaded.notices {
        let text = match n {
            AnswersNotice::OtherVersion { file, rubric } => l10n.tr_with(
                "notice-other-version",
                &args([
                    ("file", loaded.file.clone().into()),
                    ("found", file.clone().into()),
                    ("expected", rubric.clone().into()),
                ]),
            ),
            AnswersNotice::NotAtStage { id } => l10n.tr_with(
                "notice-not-at-stage",
                &args([
                    ("file", loaded.file.clone().into()),
                    ("id", id.clone().into()),
                    (
                        "stage",
                        l10n.tr(&format!("stage-{}", loaded.answers.stage.token()))
                            .into(),
                    ),
                ]),
            ),
        };
        notice(l10n, &text);
    }
}

/// Loads every file, reporting every problem of every file before giving up.
pub fn load_all(
    files: &[std::path::PathBuf],
    rubric: &Rubric,
    l10n: &L10n,
) -> Result<Vec<Loaded>, Failure> {
    let mut loaded = Vec::new();
    let mut diags = Vec::new();
    for path in files {
        match load_answers(path, rubric, l10n) {
            Ok(l) => loaded.push(l),
            Err(d) => diags.extend(d),
        }
    }
    if diags.is_empty() {
        Ok(loaded)
    } else {
        Err(Failure(diags))
    }
}

fn fail_threshold(f: FailOn) -> Verdict {
    match f {
        FailOn::Inconclusive => Verdict::Inconclusive,
        FailOn::Bad => Verdict::Bad,
        FailOn::Ugly => Verdict::Ugly,
    }
}

fn score_cmd(cli: &Cli, a: &ScoreArgs, env: &Env) -> Result<u8, Failure> {
    let l10n = &env.l10n;
    if let Some(target) = &a.output {
        let inputs: Vec<&Path> = a
            .inputs
            .files
            .iter()
            .map(PathBuf::as_path)
            .chain(cli.global.rubric.as_deref())
            .collect();
        check_output(target, &inputs, score_ext(a.format), l10n)?;
    }
    let rubrics = load_rubrics(cli.global.rubric.as_deref(), l10n)?;
    // A file is not a terminal: no colour codes in it.
    let style = Style {
        color: env.style.color && a.output.is_none(),
        ..env.style
    };
    // Files are read and scored a batch at a time, on every core, and their reports written in
    // the order given before the next batch is read: a network scoring thousands of files at once
    // needs no more memory than for a few hundred. A report written to a file (-o, atomically) and
    // the HTML page (one document) are made whole before they are written. A file that cannot be
    // scored is left out of the output; every such file is reported at the end, and the exit
    // status is 2.
    let mut out = match a.output {
        Some(_) => Output::Buffer(String::new()),
        None => Output::stdout(),
    };
    // Paths are streamed (folders walked, --files-from read) a batch at a time, never all held.
    let mut paths = inputs::Inputs::new(&a.inputs, l10n)?;
    let several = inputs::Inputs::several(&a.inputs);
    // A report written over one of the files read would destroy it: the target's identity is
    // compared with each path's (the operands were compared above, before anything was read).
    let target_id = a.output.as_deref().and_then(inputs::file_id);
    let mut batch = Vec::with_capacity(BATCH);
    let mut total = 0;
    let mut written = 0;
    let mut diags = Vec::new();
    let mut worst = None;
    let mut pages = Vec::new();
    if a.format == ScoreFormat::Csv {
        out.write(&export::csv::header_text(rubrics.current()))
            .map_err(|e| stdout_failed(e, &mut diags, l10n))?;
    }
    'files: loop {
        batch.clear();
        for item in paths.by_ref() {
            match item {
                Ok(path) => batch.push(path),
                Err(e) => diags.push(e.worded(l10n)),
            }
            if batch.len() == BATCH {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        if let (Some(target), Some(id)) = (&a.output, target_id)
            && batch.iter().any(|p| inputs::file_id(p) == Some(id))
        {
            return Err(output_is_input(target, a.format, l10n).into());
        }
        total += batch.len();
        for (path, result) in batch.iter().zip(score_batch(&batch, &rubrics)) {
            let (mut l, rubric, assessment) = match result {
                Ok(ok) => ok,
                Err(e) => {
                    diags.extend(e.worded(path, l10n));
                    continue;
                }
            };
            show_notices(&l, l10n);
            if a.redact {
                // Redacted before any renderer sees the answers, so no format can leak a note.
                l.answers.redact();
            }
            let s = Scored {
                file: &l.file,
                answers: &l.answers,
                assessment,
                redacted: a.redact,
            };
            worst = worst.max(Some(s.assessment.verdict));
            if matches!(
                a.format,
                ScoreFormat::Table | ScoreFormat::Markdown | ScoreFormat::Html
            ) {
                rubric_language_notice(rubric, l10n);
            }
            let words = Words::new(rubric, l10n);
            // Several files make a list, even when only one of them can be scored.
            let part = match a.format {
                ScoreFormat::Json if several => export::json_item(&s, written),
                ScoreFormat::Json => export::json(std::slice::from_ref(&s)),
                ScoreFormat::Yaml if several => export::yaml_item(&s),
                ScoreFormat::Yaml => export::yaml(std::slice::from_ref(&s)),
                ScoreFormat::Table => separated(written, export::table::render(&s, &words, style)),
                ScoreFormat::Markdown => separated(written, export::markdown::render(&s, &words)),
                ScoreFormat::Csv => export::csv::row_text(&s),
                ScoreFormat::Html => {
                    pages.push(Document::new(&s, &words));
                    String::new()
                }
            };
            written += 1;
            if !out
                .write(&part)
                .map_err(|e| stdout_failed(e, &mut diags, l10n))?
            {
                break 'files;
            }
        }
    }
    if total == 0 && diags.is_empty() {
        diags.push(inputs::none_found(l10n));
    }
    // Close the list of several files, even when some (or all) of them could not be scored.
    let end = match a.format {
        ScoreFormat::Json if several && written == 0 => export::json(&[]),
        ScoreFormat::Json if several => export::JSON_END.to_string(),
        ScoreFormat::Yaml if several && written == 0 => export::yaml(&[]),
        ScoreFormat::Html if written > 0 => export::html::render(&pages, l10n),
        _ => String::new(),
    };
    out.write(&end)
        .map_err(|e| stdout_failed(e, &mut diags, l10n))?;
    match (out, &a.output) {
        (Output::Buffer(text), Some(target)) => {
            // The problems first, then what the report holds: a partial report must say so.
            report(l10n, &diags);
            write_output(target, &text, written, total, l10n)?;
            if !diags.is_empty() {
                return Ok(EXIT_ERROR);
            }
        }
        (out, _) => {
            out.finish()
                .map_err(|e| stdout_failed(e, &mut diags, l10n))?;
            if !diags.is_empty() {
                return Err(Failure(diags));
            }
        }
    }
    let failed = a
        .fail_on
        .map(fail_threshold)
        .is_some_and(|t| worst.is_some_and(|w| w >= t));
    Ok(if failed { EXIT_FAILED_ON } else { EXIT_OK })
}

/// Refuses a report target that would destroy what the report is made from (one of the input
/// files, answers or rubric, or any file that reads as an answers file) or that is not a file.
fn check_output(target: &Path, inputs: &[&Path], ext: &str, l10n: &L10n) -> Result<(), Diagnostic> {
    // A target that does not exist yet, not even as a dangling link, cannot be anything.
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return Ok(());
    };
    let file = target.display().to_string();
    // A folder, a device, a pipe or a link (`/dev/stdout` is one; the rename would replace the
    // link itself) is not replaced by a report, nor read to check.
    let regular = meta.is_file();
    let real = std::fs::canonicalize(target).unwrap_or_else(|_| target.to_path_buf());
    let is_input = inputs
        .iter()
        .any(|i| std::fs::canonicalize(i).is_ok_and(|c| c == real));
    // Any text that looks like an answers file counts, valid or not: a file with one typo is
    // still someone's answers, and a report must never replace it.
    let is_answers = || {
        fsio::read_text(target, fsio::MAX_ANSWERS_BYTES)
            .is_ok_and(|text| Answers::looks_like(&text))
    };
    // An organisation's rubric is as precious (a mistyped -o for --rubric).
    let is_rubric = || {
        fsio::read_text(target, fsio::MAX_RUBRIC_BYTES).is_ok_and(|text| {
            ["standards:", "questions:"]
                .iter()
                .all(|k| text.lines().any(|l| l.starts_with(k)))
        })
    };
    let id = if is_input {
        "err-output-is-input"
    } else if !regular {
        "err-output-not-file"
    } else if is_answers() {
        "err-output-is-answers"
    } else if is_rubric() {
        "err-output-is-rubric"
    } else {
        return Ok(());
    };
    Err(
        Diagnostic::new(l10n.tr_with(id, &args([("file", file.into())]))).help(l10n.tr_with(
            "err-output-help",
            &args([("suggestion", report_name(target, ext).into())]),
        )),
    )
}

/// The report target is one of the files being read (found among a folder's files or a list).
fn output_is_input(target: &Path, format: ScoreFormat, l10n: &L10n) -> Diagnostic {
    Diagnostic::new(l10n.tr_with(
        "err-output-is-input",
        &args([("file", target.display().to_string().into())]),
    ))
    .help(l10n.tr_with(
        "err-output-help",
        &args([("suggestion", report_name(target, score_ext(format)).into())]),
    ))
}

/// The file extension of a `vet score` report.
fn score_ext(format: ScoreFormat) -> &'static str {
    match format {
        ScoreFormat::Table => "txt",
        ScoreFormat::Json => "json",
        ScoreFormat::Yaml => "yaml",
        ScoreFormat::Markdown => "md",
        ScoreFormat::Html => "html",
        ScoreFormat::Csv => "csv",
    }
}

/// A name for a report next to `target`: `ugly.yaml` gives `ugly-report.html`.
fn report_name(target: &Path, ext: &str) -> String {
    let stem = target
        .file_stem()
        .map_or_else(|| "vet".into(), |s| s.to_string_lossy());
    target
        .with_file_name(format!("{stem}-report.{ext}"))
        .display()
        .to_string()
}

/// Writes a report of `written` of `total` files atomically, readable only by its owner, and says
/// where it went and, when some files could not be scored, that it lacks them. When none could be,
/// the earlier file is left as it was, and that is said too.
fn write_output(
    target: &Path,
    text: &str,
    written: usize,
    total: usize,
    l10n: &L10n,
) -> Result<(), Diagnostic> {
    let file = target.display().to_string();
    if written == 0 {
        notice(
            l10n,
            &l10n.tr_with("report-unchanged", &args([("file", file.into())])),
        );
        return Ok(());
    }
    fsio::write_private(target, text.as_bytes()).map_err(|e| {
        let (why, help) = write_reason(target, &e, "--output", l10n);
        Diagnostic::new(l10n.tr_with(
            "err-write-output",
            &args([("file", file.clone().into()), ("detail", why.into())]),
        ))
        .help(help)
    })?;
    let message = if written < total {
        l10n.tr_with(
            "report-written-partial",
            &args([
                ("file", file.into()),
                ("written", written.into()),
                ("total", total.into()),
            ]),
        )
    } else {
        l10n.tr_with("report-written", &args([("file", file.into())]))
    };
    notice(l10n, &message);
    Ok(())
}

/// Standard output failed (a full disk behind `>`): that, after every problem found so far.
fn stdout_failed(e: std::io::Error, diags: &mut Vec<Diagnostic>, l10n: &L10n) -> Failure {
    let mut all = std::mem::take(diags);
    all.push(
        Diagnostic::new(l10n.tr_with(
            "err-write-stdout",
            &args([("detail", e.to_string().into())]),
        ))
        .help(l10n.tr("err-write-stdout-help")),
    );
    Failure(all)
}

/// How many files `vet score` reads before writing their reports.
const BATCH: usize = 256;

/// Reads, checks and scores `paths`, split across the machine's cores; results in the order given.
fn score_batch<'r>(
    paths: &[std::path::PathBuf],
    rubrics: &'r Rubrics,
) -> Vec<Result<(Loaded, &'r Rubric, score::Assessment), LoadError>> {
    let one = |path: &std::path::PathBuf| {
        let parsed = read_parsed(path)?;
        let rubric = rubrics.for_file(&parsed.answers);
        check_parsed(parsed, rubric).map(|l| {
            let assessment = score::assess(rubric, &l.answers);
            (l, rubric, assessment)
        })
    };
    // Asked only for several files: it reads the process's CPU quota from /proc.
    let threads = match paths.len() {
        0 | 1 => 1,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    if threads < 2 {
        return paths.iter().map(one).collect();
    }
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(paths.len().div_ceil(threads))
            .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            // A panic in a worker is a bug: let it reach the main thread as it would have there.
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

/// One file's report among several, with a blank line before all but the first.
fn separated(index: usize, text: String) -> String {
    if index == 0 {
        text
    } else {
        "\n".to_string() + &text
    }
}

/// Where `vet score` writes: standard output, buffered and written part by part (a closed pipe,
/// `vet score ... | head`, is a normal end, as in [`emit`]), or a text kept whole for `--output`,
/// which writes it atomically at the end.
enum Output {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    Buffer(String),
}

impl Output {
    fn stdout() -> Output {
        Output::Stdout(std::io::BufWriter::with_capacity(
            64 * 1024,
            std::io::stdout().lock(),
        ))
    }

    /// Writes `text`; false when the reader has gone and nothing more need be written.
    fn write(&mut self, text: &str) -> std::io::Result<bool> {
        match self {
            Output::Buffer(b) => {
                b.push_str(text);
                Ok(true)
            }
            Output::Stdout(out) => match out.write_all(text.as_bytes()) {
                Ok(()) => Ok(true),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
                Err(e) => Err(e),
            },
        }
    }

    fn finish(self) -> std::io::Result<()> {
        let Output::Stdout(mut out) = self else {
            return Ok(());
        };
        match out.flush() {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e),
            _ => Ok(()),
        }
    }
}
