//! `vet diff` and `vet history`: the files to compare loaded as a series ([`load_series`]),
//! scored, compared and rendered.

use super::{EXIT_FAILED_ON, EXIT_OK, Ui};
use crate::cli::{Cli, DiffArgs, DiffFailOn, DiffFormat, HistoryArgs, HistoryFormat};
use crate::diagnostic::{Failure, notice, rubric_language_notice};
use crate::diff;
use crate::export::{self, words::Words};
use crate::history::History;
use crate::i18n::args;
use crate::load::{inputs::Inputs, load_rubrics, series::load_series};
use crate::output::emit;
use crate::scored::Scored;

/// `vet diff OLD NEW`.
pub(super) fn diff_cmd(cli: &Cli, a: &DiffArgs, ui: &Ui) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
    if crate::fsio::is_stdin(&a.old) && crate::fsio::is_stdin(&a.new) {
        return Err(crate::load::inputs::stdin_twice(l10n).into());
    }
    let rubrics = load_rubrics(cli.global.rubric.as_deref(), l10n)?;
    let (series, rubric) = load_series(
        &[a.old.clone(), a.new.clone()],
        &rubrics,
        a.force,
        &|_| Vec::new(),
        l10n,
    )?;
    let [old, new] = series.as_slice() else {
        return Ok(EXIT_OK);
    };
    if old.answers.date > new.answers.date {
        notice(
            l10n,
            &l10n.tr_with(
                "diff-notice-order",
                &args([
                    ("old", old.file.clone().into()),
                    ("old_date", old.answers.date.to_string().into()),
                    ("new", new.file.clone().into()),
                    ("new_date", new.answers.date.to_string().into()),
                ]),
            ),
        );
    }
    let [before, after] = [old, new].map(|l| Scored::new(rubric, &l.file, &l.answers));
    let change = diff::diff(
        rubric,
        (before.answers, &before.assessment),
        (after.answers, &after.assessment),
    );
    let compared = export::model::diff::Compared {
        before: &before,
        after: &after,
        change: &change,
    };
    let words = Words::new(rubric, l10n);
    if a.format != DiffFormat::Json {
        rubric_language_notice(rubric, l10n);
    }
    let out = match a.format {
        DiffFormat::Table => export::table::diff::render(&compared, &words, ui.style),
        DiffFormat::Json => export::json::diff::render(&compared),
        DiffFormat::Markdown => export::markdown::diff(&compared, &words),
    };
    emit(&out, l10n)?;
    let failed = a.fail_on == Some(DiffFailOn::Worse) && change.worse();
    Ok(if failed { EXIT_FAILED_ON } else { EXIT_OK })
}

/// `vet history FILE...`.
pub(super) fn history_cmd(cli: &Cli, a: &HistoryArgs, ui: &Ui) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
    let rubrics = load_rubrics(cli.global.rubric.as_deref(), l10n)?;
    let files = Inputs::collect_all(&a.inputs, l10n)?;
    let (series, rubric) = load_series(&files, &rubrics, a.force, &|_| Vec::new(), l10n)?;
    let scored: Vec<Scored> = series
        .iter()
        .map(|l| Scored::new(rubric, &l.file, &l.answers))
        .collect();
    let history = History::new(&scored);
    let out = match a.format {
        HistoryFormat::Table => {
            rubric_language_notice(rubric, l10n);
            export::table::history::render(&scored, &history, &Words::new(rubric, l10n), ui.style)
        }
        HistoryFormat::Json => export::json::history::render(&scored, &history),
        HistoryFormat::Csv => export::csv::history(&scored, &history),
    };
    emit(&out, l10n)?;
    Ok(EXIT_OK)
}
