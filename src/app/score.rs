//! `vet score FILE...`: answers files read and scored a batch at a time on every core, their
//! reports written in the order given as they are made (to standard output, or whole and atomically
//! with `--output`), every file that cannot be scored reported at the end, and `--fail-on`.

use std::path::{Path, PathBuf};

use super::{EXIT_ERROR, EXIT_FAILED_ON, EXIT_OK, Ui};
use crate::cli::{Cli, FailOn, ScoreArgs, ScoreFormat};
use crate::diagnostic::{Failure, report, rubric_language_notice};
use crate::export::{score::ScoreWriter, style::Style};
use crate::load::{LoadError, Loaded, Rubrics, answers, batch, inputs, load_rubrics};
use crate::output::{Output, check_output, output_is_input, stdout_failed, write_output};
use crate::rubric::{Rubric, Verdict};
use crate::score;
use crate::scored::Scored;

fn fail_threshold(f: FailOn) -> Verdict {
    match f {
        FailOn::Inconclusive => Verdict::Inconclusive,
        FailOn::Bad => Verdict::Bad,
        FailOn::Ugly => Verdict::Ugly,
    }
}

/// `vet score FILE...`.
pub(super) fn score_cmd(cli: &Cli, a: &ScoreArgs, ui: &Ui) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
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
        color: ui.style.color && a.output.is_none(),
        ..ui.style
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
    let mut chunk = Vec::with_capacity(batch::BATCH);
    let mut total = 0;
    let mut diags = Vec::new();
    let mut worst = None;
    // Several files make a list, even when only one of them can be scored.
    let mut writer = ScoreWriter::new(a.format, several, style, l10n);
    out.write(&writer.start(|| rubrics.current()))
        .map_err(|e| stdout_failed(e, &mut diags, l10n))?;
    'files: loop {
        chunk.clear();
        for item in paths.by_ref() {
            match item {
                Ok(path) => chunk.push(path),
                Err(e) => diags.push(e.worded(l10n)),
            }
            if chunk.len() == batch::BATCH {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        if let (Some(target), Some(id)) = (&a.output, target_id)
            && chunk.iter().any(|p| inputs::file_id(p) == Some(id))
        {
            return Err(output_is_input(target, score_ext(a.format), l10n).into());
        }
        total += chunk.len();
        for (path, result) in chunk.iter().zip(score_batch(&chunk, &rubrics)) {
            let (mut l, rubric, assessment) = match result {
                Ok(ok) => ok,
                Err(e) => {
                    diags.extend(e.worded(&path.display().to_string(), l10n));
                    continue;
                }
            };
            l.show_notices(l10n);
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
            if !out
                .write(&writer.item(&s, rubric))
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
    let written = writer.written();
    out.write(&writer.finish())
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

/// Reads, checks and scores `paths` on every core; results in the order given.
fn score_batch<'r>(
    paths: &[PathBuf],
    rubrics: &'r Rubrics,
) -> Vec<Result<(Loaded, &'r Rubric, score::Assessment), LoadError>> {
    batch::map(paths, |path| {
        let parsed = answers::parse(path)?;
        let rubric = rubrics.for_file(&parsed.answers);
        parsed.check(rubric).map(|l| {
            let assessment = score::assess(rubric, &l.answers);
            (l, rubric, assessment)
        })
    })
}
