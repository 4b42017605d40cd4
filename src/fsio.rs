//! Reading and writing files: size limits before parsing, UTF-8 checks, atomic private writes.
//!
//! This is shell code: the core never touches files.

use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

/// Answers files above this size are refused before parsing (a real one is a few KiB).
pub const MAX_ANSWERS_BYTES: u64 = 1024 * 1024;
/// Rubric files above this size are refused before parsing. The INPUD rubric is 58 KiB in two
/// languages, so this leaves room for many more. It was 8 MiB; but the YAML parser holds every event
/// of a document in memory (about 100 bytes for a 2-byte `a,`) and 8 MiB of flow items took 6 s
/// and 930 MB before being refused, against 0.5 s and 120 MB for 1 MiB (BENCHMARKS.md).
pub const MAX_RUBRIC_BYTES: u64 = 1024 * 1024;
/// Exports of submissions above this size are refused before parsing: 64 MiB is some 20,000
/// submissions of the INPUD form with notes.
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("not found")]
    NotFound,
    #[error("is a directory")]
    IsDirectory,
    #[error("permission denied")]
    PermissionDenied,
    #[error("too large")]
    TooLarge { size: u64, limit: u64 },
    /// Not UTF-8: the 1-based line and column of the first bad byte.
    #[error("not UTF-8")]
    NotUtf8 { line: usize, column: usize },
    #[error("{0}")]
    Other(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        match e.kind() {
            io::ErrorKind::NotFound => ReadError::NotFound,
            io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
            io::ErrorKind::IsADirectory => ReadError::IsDirectory,
            _ => ReadError::Other(e),
        }
    }
}

/// Reads a whole text file of at most `limit` bytes. The size is checked on the open file, and the
/// read itself is bounded, so a file that grows meanwhile (or /dev/zero) cannot exhaust memory.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let file = fs::File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(ReadError::IsDirectory);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    read_bounded(file, meta.len() as usize, limit)
}

/// `path` as [`read_text`] reads it, except `-`, which is standard input (read once, with the same
/// limit and checks). A file named `-` is still reachable as `./-`.
pub fn read_input(path: &Path, limit: u64) -> Result<String, ReadError> {
    if is_stdin(path) {
        read_bounded(io::stdin().lock(), 0, limit)
    } else {
        read_text(path, limit)
    }
}

/// Whether `path` is `-`, which names standard input wherever vet reads answers files.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Reads at most `limit` bytes of text from `source` (`expected` is a capacity hint): too large,
/// not UTF-8 (with the place of the first bad byte) and a leading byte-order mark are handled as
/// [`read_text`] says.
fn read_bounded(source: impl Read, expected: usize, limit: u64) -> Result<String, ReadError> {
    let mut bytes = Vec::with_capacity(expected);
    source.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    // Some editors (older Windows Notepad) start UTF-8 files with a byte-order mark.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        ReadError::NotUtf8 { line, column }
    })
}

/// Reads a whole file of at most `limit` bytes, as bytes (a zip), bounded like [`read_text`].
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = fs::File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(ReadError::IsDirectory);
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: meta.len().max(bytes.len() as u64),
            limit,
        });
    }
    Ok(bytes)
}

/// Writes `bytes` to `path` atomically with mode 0600: a temporary file in the same folder,
/// written, flushed and synced, renamed over `path`, then the folder synced so the rename survives
/// a power cut. On any failure the earlier file is left as it was.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (tmp, dir) = synced_temporary(path, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// `bytes` in a private temporary file beside `path`, written and synced, ready to be renamed;
/// with the folder they are in.
fn synced_temporary<'p>(
    path: &'p Path,
    bytes: &[u8],
) -> io::Result<(tempfile::NamedTempFile, &'p Path)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".vet-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    tmp.as_file().sync_all()?;
    Ok((tmp, dir))
}

/// Writes `bytes` to `path` like [`write_private`], but never over a file: when `path` exists
/// (even created meanwhile by another program), nothing is written and the error's kind is
/// `AlreadyExists`. The folder is not synced: a caller writing many files syncs it once after the
/// last with [`sync_folder`] (one sync per file doubled the time of a large import).
pub fn write_private_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (tmp, _) = synced_temporary(path, bytes)?;
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    Ok(())
}

/// Syncs a folder, so that the files renamed into it survive a power cut.
pub fn sync_folder(dir: &Path) -> io::Result<()> {
    sync_dir(dir)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Runs `f` on a thread of its own whose user is `nobody` when the tests run as root, as CI
    /// does. Linux keeps user ids per thread (only the C library's setuid applies one to every
    /// thread), so the other tests keep theirs, and folder permissions, which root ignores, apply
    /// as they do for a coordinator's account. Not root: `f` runs as the user, for whom they apply.
    #[cfg(target_os = "linux")]
    pub(crate) fn as_unprivileged<T: Send>(f: impl FnOnce() -> T + Send) -> T {
        use rustix::thread::{Uid, set_thread_res_uid};
        std::thread::scope(|scope| {
            scope
                .spawn(|| {
                    let nobody = Uid::from_raw(65534);
                    match set_thread_res_uid(nobody, nobody, nobody) {
                        Ok(()) | Err(rustix::io::Errno::PERM) => f(),
                        Err(e) => panic!("cannot drop to nobody: {e}"),
                    }
                })
                .join()
                .unwrap()
        })
    }

    /// A folder that `nobody` can enter but not write to, in a temporary folder it can enter.
    #[cfg(target_os = "linux")]
    pub(crate) fn read_only_folder() -> (tempfile::TempDir, std::path::PathBuf) {
        use std::os::unix::fs::PermissionsExt;
        let top = tempfile::tempdir().unwrap();
        fs::set_permissions(top.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let dir = top.path().join("read-only");
        fs::create_dir(&dir).unwrap();
        (top, dir)
    }

    /// Makes `dir` read-only and gives `file` in it to `nobody`, readable and writable by it alone.
    #[cfg(target_os = "linux")]
    pub(crate) fn lock(dir: &Path, file: &Path) {
        use std::os::unix::fs::PermissionsExt;
        // Fails when not root; the file is the user's own then.
        let _ = std::os::unix::fs::chown(file, Some(65534), Some(65534));
        fs::set_permissions(dir, fs::Permissions::from_mode(0o555)).unwrap();
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_read_only_folder_refuses_the_write_and_keeps_the_earlier_file() {
        let (_top, dir) = read_only_folder();
        let path = dir.join("answers.yaml");
        write_private(&path, b"earlier").unwrap();
        lock(&dir, &path);
        let err = as_unprivileged(|| write_private(&path, b"later")).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied, "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"earlier");
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            1,
            "a temporary file was left"
        );
    }

    #[test]
    fn a_failed_rename_removes_the_temporary_file() {
        // The temporary file is written in full, then cannot replace a folder of the same name.
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("answers.yaml");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("inside"), b"kept").unwrap();
        assert!(write_private(&target, b"later").is_err());
        assert_eq!(fs::read(target.join("inside")).unwrap(), b"kept");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "a temporary file was left"
        );
    }

    #[test]
    fn a_parent_that_is_a_file_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain");
        fs::write(&file, b"x").unwrap();
        assert!(write_private(&file.join("answers.yaml"), b"later").is_err());
        assert_eq!(fs::read(&file).unwrap(), b"x");
    }

    #[test]
    #[cfg(unix)]
    fn replacing_a_readable_file_leaves_a_private_one() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        fs::write(&path, b"shared").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&path, b"private").unwrap();
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(fs::read(&path).unwrap(), b"private");
    }

    #[test]
    fn write_private_creates_a_0600_file_and_replaces_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        write_private(&path, b"one").unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        // No temporary file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn write_private_new_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        write_private_new(&path, b"one").unwrap();
        let err = write_private_new(&path, b"two").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"one");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }

    #[test]
    fn read_text_refuses_large_files_and_reports_where_utf8_breaks() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big");
        fs::write(&big, vec![b'a'; 11]).unwrap();
        assert!(matches!(
            read_text(&big, 10),
            Err(ReadError::TooLarge {
                size: 11,
                limit: 10
            })
        ));
        let bad = dir.path().join("bad");
        fs::write(&bad, b"ok: 1\nx: \xe9t\xe9\n").unwrap();
        assert!(matches!(
            read_text(&bad, 100),
            Err(ReadError::NotUtf8 { line: 2, column: 4 })
        ));
        assert!(matches!(
            read_text(dir.path(), 100),
            Err(ReadError::IsDirectory)
        ));
        assert!(matches!(
            read_text(&dir.path().join("nope"), 100),
            Err(ReadError::NotFound)
        ));
    }
}
