//! `vet export xlsform` and `vet import`: the files around [`crate::survey`]. Everything that can
//! be decided without a file is decided there; here the rubric is loaded, the export read, the
//! workbook and the answers files written, and problems worded.

use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use super::{EXIT_ERROR, EXIT_OK, Ui};
use crate::answers::{Answers, Stage};
use crate::cli::{Cli, FormStage, ImportArgs, ImportFormat, XlsformArgs};
use crate::diagnostic::survey::{form_error, import_error, row_error};
use crate::diagnostic::{Diagnostic, Failure, notice, read_error, report, write_error};
use crate::fsio;
use crate::i18n::{L10n, Lang, args};
use crate::load::load_rubric;
use crate::output::emit;
use crate::rubric::Rubric;
use crate::survey::form::Form;
use crate::survey::import::{self, Columns, Format};
use crate::survey::xlsform;

/// `vet export xlsform`.
pub(super) fn xlsform_cmd(cli: &Cli, a: &XlsformArgs, ui: &Ui) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
    let (rubric, _) = load_rubric(cli.global.rubric.as_deref(), l10n)?;
    let default_lang = form_language(&rubric, cli.global.lang.as_deref(), l10n)?;
    let stage = match a.stage {
        FormStage::Before => Some(Stage::Before),
        FormStage::Ongoing => Some(Stage::Ongoing),
        FormStage::Both => None,
    };
    let form = Form::new(&rubric, stage).map_err(|e| form_error(&e, l10n))?;
    // The form's own texts in each of its languages; English for one vet does not speak.
    let bundles: Vec<(String, L10n)> = rubric
        .languages
        .iter()
        .map(|tag| {
            (
                tag.clone(),
                L10n::new(Lang::from_tag(tag).unwrap_or(Lang::En)),
            )
        })
        .collect();
    let texts = |lang: &str, id: &str| {
        bundles
            .iter()
            .find(|(tag, _)| tag == lang)
            .map_or_else(|| id.to_string(), |(_, b)| b.tr(id))
    };
    let sheets = xlsform::sheets(&form, &texts, &default_lang);
    let bytes = xlsform::to_xlsx(&sheets).map_err(|e| {
        Diagnostic::new(l10n.tr_with(
            "err-xlsform-build",
            &args([("detail", e.to_string().into())]),
        ))
    })?;
    let target = a
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{}-{}.xlsx", form.form_id(), rubric.version)));
    let file = target.display().to_string();
    let replace = check_workbook_target(&target, a.output.is_some(), l10n)?;
    let written = if replace {
        fsio::write_private(&target, &bytes)
    } else {
        fsio::write_private_new(&target, &bytes)
    };
    written.map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            exists(&file, l10n)
        } else {
            write_error("err-xlsform-write", &target, &e, "--output", l10n)
        }
    })?;
    emit(
        &(l10n.tr_with(
            "xlsform-written",
            &args([
                ("file", file.into()),
                ("questions", form.questions().count().into()),
                ("groups", form.groups.len().into()),
                ("languages", rubric.languages.join(", ").into()),
                ("id", form.form_id().into()),
                ("version", rubric.version.clone().into()),
            ]),
        ) + "\n"),
        l10n,
    )?;
    Ok(EXIT_OK)
}

/// The language the form opens in: `--lang` when given (the rubric must have it), else the
/// interface's language when the rubric has it, else the rubric's first. A `--lang` that vet
/// speaks but the rubric does not (`--lang ru` with an English and French rubric) is the
/// interface's language, as for every command: the form opens in the rubric's first language, and
/// the one-line notice says so.
fn form_language(rubric: &Rubric, flag: Option<&str>, l10n: &L10n) -> Result<String, Diagnostic> {
    let has = |tag: &str| {
        rubric
            .languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(tag))
            .cloned()
    };
    match flag {
        Some(wanted)
            if has(l10n.lang().tag()).is_none()
                && crate::i18n::Lang::from_tag(wanted) == Some(l10n.lang()) =>
        {
            crate::diagnostic::rubric_language_notice(rubric, l10n);
            Ok(rubric
                .languages
                .first()
                .cloned()
                .unwrap_or_else(|| "en".into()))
        }
        Some(wanted) => {
            let primary = wanted.split(['_', '.', '@']).next().unwrap_or(wanted);
            has(primary)
                .or_else(|| has(primary.split('-').next().unwrap_or(primary)))
                .ok_or_else(|| {
                    Diagnostic::new(l10n.tr_with(
                        "err-xlsform-lang",
                        &args([("lang", wanted.to_string().into())]),
                    ))
                    .help(l10n.tr_with(
                        "err-xlsform-lang-help",
                        &args([("languages", rubric.languages.join(", ").into())]),
                    ))
                })
        }
        None => Ok(has(l10n.lang().tag())
            .or_else(|| rubric.languages.first().cloned())
            .unwrap_or_else(|| "en".into())),
    }
}

/// Whether the workbook may replace `target`: only an earlier workbook named with -o. A target
/// that does not exist is written without replacing anything.
fn check_workbook_target(target: &Path, named: bool, l10n: &L10n) -> Result<bool, Diagnostic> {
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return Ok(false);
    };
    let file = target.display().to_string();
    if !named {
        return Err(exists(&file, l10n));
    }
    // An .xlsx is a zip file; anything else (an answers file, a rubric, a link) is kept.
    let workbook = meta.is_file()
        && std::fs::File::open(target).is_ok_and(|mut f| {
            let mut magic = [0; 4];
            std::io::Read::read_exact(&mut f, &mut magic).is_ok() && &magic == b"PK\x03\x04"
        });
    if workbook {
        Ok(true)
    } else {
        Err(Diagnostic::new(
            l10n.tr_with("err-xlsform-not-workbook", &args([("file", file.into())])),
        )
        .help(l10n.tr("err-xlsform-not-workbook-help")))
    }
}

fn exists(file: &str, l10n: &L10n) -> Diagnostic {
    Diagnostic::new(l10n.tr_with(
        "err-xlsform-exists",
        &args([("file", file.to_string().into())]),
    ))
    .help(l10n.tr("err-xlsform-exists-help"))
}

/// `vet import FILE`.
pub(super) fn import_cmd(cli: &Cli, a: &ImportArgs, ui: &Ui) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
    let (rubric, _) = load_rubric(cli.global.rubric.as_deref(), l10n)?;
    let form = Form::new(&rubric, None).map_err(|e| form_error(&e, l10n))?;
    let (file, text) = read_export(&a.file, l10n)?;
    let format = match a.format {
        ImportFormat::Auto => import::detect(&text),
        ImportFormat::KoboCsv => Format::KoboCsv,
        ImportFormat::OdkCsv => Format::OdkCsv,
        ImportFormat::KoboJson => Format::KoboJson,
    };
    let table = import::read_table(&text, format).map_err(|e| import_error(&file, &e, l10n))?;
    let columns = Columns::new(&form, &table.headers).map_err(|e| import_error(&file, &e, l10n))?;
    if !columns.unknown.is_empty() {
        const SHOWN: usize = 10;
        let mut names = columns.unknown[..columns.unknown.len().min(SHOWN)].join(", ");
        if columns.unknown.len() > SHOWN {
            names.push_str(", …");
        }
        notice(
            l10n,
            &l10n.tr_with(
                "import-unknown-columns",
                &args([
                    ("file", file.clone().into()),
                    ("count", columns.unknown.len().into()),
                    ("names", names.into()),
                ]),
            ),
        );
    }
    // The folder holds what respondents said about a partner: created private (0700), as the
    // files in it are (0600). An existing folder keeps its permissions.
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&a.out_dir)
        .map_err(|e| write_error("err-import-out-dir", &a.out_dir, &e, "--out-dir", l10n))?;
    let (mut written, mut existing, mut skipped) = (0usize, 0usize, 0usize);
    for (index, row) in table.rows.iter().enumerate() {
        let place = l10n.tr_with(
            if format == Format::KoboJson {
                "import-place-item"
            } else {
                "import-place-row"
            },
            &args([("file", file.clone().into()), ("row", row.number.into())]),
        );
        let imported = match import::submission(&form, &columns, row) {
            Ok(i) => i,
            Err(e) => {
                report(l10n, &[row_error(&place, &e, &rubric, l10n)]);
                skipped += 1;
                continue;
            }
        };
        // Read back as `vet score` reads it: the file is known to load, and control characters a
        // phone let through are neutralised before they reach a file or a terminal.
        let yaml = imported.answers.to_yaml();
        let answers = Answers::parse(&yaml).unwrap_or_else(|_| imported.answers.clone());
        let path = a.out_dir.join(import::file_name(&imported, row.number));
        let target = path.display().to_string();
        match fsio::write_private_new(&path, answers.to_yaml().as_bytes()) {
            Ok(()) => {
                written += 1;
                emit(
                    &(l10n.tr_with(
                        "import-written",
                        &args([
                            ("file", target.into()),
                            ("partner", answers.partner.clone().into()),
                            ("date", answers.date.to_string().into()),
                        ]),
                    ) + "\n"),
                    l10n,
                )?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                existing += 1;
                notice(
                    l10n,
                    &l10n.tr_with("import-exists", &args([("file", target.into())])),
                );
            }
            Err(e) => {
                report(
                    l10n,
                    &[write_error(
                        "err-import-write",
                        &path,
                        &e,
                        "--out-dir",
                        l10n,
                    )],
                );
                // A folder that cannot be written (full, read-only) fails every file alike: stop
                // at the first, and count what is left as skipped.
                skipped += table.rows.len() - index;
                break;
            }
        }
    }
    if written > 0
        && let Err(e) = fsio::sync_folder(&a.out_dir)
    {
        report(
            l10n,
            &[write_error(
                "err-import-write",
                &a.out_dir,
                &e,
                "--out-dir",
                l10n,
            )],
        );
        return Ok(EXIT_ERROR);
    }
    notice(
        l10n,
        &l10n.tr_with(
            "import-summary",
            &args([
                ("written", written.into()),
                ("existing", existing.into()),
                ("skipped", skipped.into()),
            ]),
        ),
    );
    Ok(if skipped > 0 { EXIT_ERROR } else { EXIT_OK })
}

/// The export's text and how to name it in messages: the file itself, or the form's CSV in the
/// zip that ODK Central downloads (`export.zip (inpud-partnership.csv)`).
fn read_export(path: &Path, l10n: &L10n) -> Result<(String, String), Diagnostic> {
    let file = path.display().to_string();
    let mut magic = [0; 4];
    let zipped = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
        .is_ok()
        && import::is_zip(&magic);
    if !zipped {
        let text = fsio::read_text(path, fsio::MAX_IMPORT_BYTES)
            .map_err(|e| read_error(path, &e, l10n))?;
        return Ok((file, text));
    }
    let bytes =
        fsio::read_bytes(path, fsio::MAX_IMPORT_BYTES).map_err(|e| read_error(path, &e, l10n))?;
    let (name, text) = import::csv_in_zip(&bytes, fsio::MAX_IMPORT_BYTES)
        .map_err(|e| import_error(&file, &e, l10n))?;
    Ok((format!("{file} ({name})"), text))
}
