//! Where output goes: standard output (a closed pipe is a normal end), its colour and width, and
//! reports written to a file with `--output`: refused when the target is something precious (an
//! input, an answers file, a rubric, not a file), written atomically and privately (0600).

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::answers::Answers;
use crate::cli::ColorChoice;
use crate::diagnostic::{Diagnostic, Failure, notice, output_error, stdout_error, write_reason};
use crate::export::style::Style;
use crate::fsio;
use crate::i18n::{L10n, args};

/// Writes to standard output. A closed pipe (`vet rubric show | head`) is a normal end.
pub fn emit(text: &str, l10n: &L10n) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(stdout_error(&e, l10n).into()),
    }
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

/// Refuses a report target that would destroy what the report is made from (one of the input
/// files, answers or rubric, or any file that reads as an answers file) or that is not a file.
pub fn check_output(
    target: &Path,
    inputs: &[&Path],
    ext: &str,
    l10n: &L10n,
) -> Result<(), Diagnostic> {
    // A target that does not exist yet, not even as a dangling link, cannot be anything.
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return Ok(());
    };
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
    Err(refused(target, id, ext, l10n))
}

/// The report target is one of the files being read (found among a folder's files or a list,
/// after [`check_output`] compared the operands).
pub fn output_is_input(target: &Path, ext: &str, l10n: &L10n) -> Diagnostic {
    refused(target, "err-output-is-input", ext, l10n)
}

/// A report target refused for the reason `id`, with another name to use.
fn refused(target: &Path, id: &str, ext: &str, l10n: &L10n) -> Diagnostic {
    let file = target.display().to_string();
    Diagnostic::new(l10n.tr_with(id, &args([("file", file.into())]))).help(l10n.tr_with(
        "err-output-help",
        &args([("suggestion", report_name(target, ext).into())]),
    ))
}

/// A name for a report next to `target`: `ugly.yaml` gives `ugly-report.html`.
pub fn report_name(target: &Path, ext: &str) -> String {
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
pub fn write_output(
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
    fsio::write_private(target, text.as_bytes()).map_err(|e| output_error(target, &e, l10n))?;
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
pub fn stdout_failed(e: std::io::Error, diags: &mut Vec<Diagnostic>, l10n: &L10n) -> Failure {
    let mut all = std::mem::take(diags);
    all.push(stdout_error(&e, l10n));
    Failure(all)
}

/// Where `vet score` writes: standard output, buffered and written part by part (a closed pipe,
/// `vet score ... | head`, is a normal end, as in [`emit`]), or a text kept whole for `--output`,
/// which writes it atomically at the end.
#[derive(Debug)]
pub enum Output {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    Buffer(String),
}

impl Output {
    pub fn stdout() -> Output {
        Output::Stdout(std::io::BufWriter::with_capacity(
            64 * 1024,
            std::io::stdout().lock(),
        ))
    }

    /// Writes `text`; false when the reader has gone and nothing more need be written.
    pub fn write(&mut self, text: &str) -> std::io::Result<bool> {
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

    pub fn finish(self) -> std::io::Result<()> {
        let Output::Stdout(mut out) = self else {
            return Ok(());
        };
        match out.flush() {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e),
            _ => Ok(()),
        }
    }
}
