//! Reading and writing files: why it failed, in words the person can act on.

use std::path::Path;

use super::Diagnostic;
use crate::fsio::ReadError;
use crate::i18n::{L10n, args};

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

/// "cannot write the report to FILE: why", with what to do: a file given with `--output` that could
/// not be written.
pub fn output_error(path: &Path, e: &std::io::Error, l10n: &L10n) -> Diagnostic {
    write_error("err-write-output", path, e, "--output", l10n)
}

/// A file (or folder) that could not be written, in the message `id` (which names it `$file` and
/// says why in `$detail`), the reason and what to do worded by [`write_reason`]; `flag` is the
/// option that chooses another place.
pub fn write_error(
    id: &str,
    path: &Path,
    e: &std::io::Error,
    flag: &str,
    l10n: &L10n,
) -> Diagnostic {
    let (why, help) = write_reason(path, e, flag, l10n);
    Diagnostic::new(l10n.tr_with(
        id,
        &args([
            ("file", path.display().to_string().into()),
            ("detail", why.into()),
        ]),
    ))
    .help(help)
}

/// Standard output could not be written (a full disk behind `>`), with what to do.
pub fn stdout_error(e: &std::io::Error, l10n: &L10n) -> Diagnostic {
    Diagnostic::new(l10n.tr_with(
        "err-write-stdout",
        &args([("detail", e.to_string().into())]),
    ))
    .help(l10n.tr("err-write-stdout-help"))
}
