//! `vet migrate`: an answers file of an older rubric version, rewritten for the current one.

use super::{EXIT_OK, Ui};
use crate::cli::{Cli, MigrateArgs};
use crate::diagnostic::migrate::{migrate_error, migrated, target_exists};
use crate::diagnostic::{Failure, answers_error, notice, output_error};
use crate::fsio;
use crate::i18n::args;
use crate::load::{answers, load_rubrics};
use crate::migrate;
use crate::output::emit;

pub fn migrate_cmd(cli: &Cli, a: &MigrateArgs, ui: &Ui) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
    let file = a.file.display().to_string();
    if let Some(target) = &a.output {
        // Never over an existing file, least of all the file being migrated.
        if target.exists() || target.is_symlink() {
            return Err(target_exists(target, l10n).into());
        }
    }
    let rubrics = load_rubrics(cli.global.rubric.as_deref(), l10n)?;
    let parsed = answers::parse(&a.file).map_err(|e| Failure(e.worded(&file, l10n)))?;
    // The file must be sound for the version it names before it is moved.
    let old = rubrics.for_file(&parsed.answers);
    let loaded = parsed
        .check(old)
        .map_err(|e| Failure(e.worded(&file, l10n)))?;
    let current = rubrics.current();
    let mut m =
        migrate::migrate(&loaded.answers, current).map_err(|e| migrate_error(&file, &e, l10n))?;
    for (old_id, parts) in &m.split {
        let line = l10n.tr_with(
            "migrate-note-split",
            &args([
                ("id", old_id.clone().into()),
                ("version", loaded.answers.rubric.version.clone().into()),
            ]),
        );
        for part in parts {
            if let Some(e) = m.answers.answers.get_mut(part) {
                migrate::add_note(e, &line);
            }
        }
    }
    // What vet writes, vet must read back: checked against the current rubric before writing.
    let text = m.answers.to_yaml();
    if let Err(errors) = m.answers.check(current, &text) {
        return Err(Failure(
            errors
                .iter()
                .map(|e| answers_error(&file, e, l10n))
                .collect(),
        ));
    }
    migrated(&file, &m, &loaded.answers.rubric.version, current, l10n);
    match &a.output {
        None => emit(&text, l10n).map(|()| EXIT_OK),
        Some(target) => {
            let shown = target.display().to_string();
            // Never over an existing file, even one created since the check above.
            let written = fsio::write_private_new(target, text.as_bytes()).and_then(|()| {
                fsio::sync_folder(
                    target
                        .parent()
                        .filter(|d| !d.as_os_str().is_empty())
                        .unwrap_or(std::path::Path::new(".")),
                )
            });
            written.map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    target_exists(target, l10n)
                } else {
                    output_error(target, &e, l10n)
                }
            })?;
            notice(
                l10n,
                &l10n.tr_with(
                    "migrate-written",
                    &args([
                        ("file", shown.into()),
                        ("version", current.version.clone().into()),
                    ]),
                ),
            );
            Ok(EXIT_OK)
        }
    }
}
