//! Which answers files a command reads: its FILE operands (files, folders, `-` for standard input)
//! and `--files-from`, streamed one path at a time so that 100,000 files cost no more memory than
//! ten. Folders give their `*.yaml` files, recursively, in a stable order: each folder's entries
//! sorted by name, a subfolder's files where its name falls among them. Hidden entries (a name
//! starting with `.`, such as vet's own temporary files) and links to folders are skipped.

use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Failure, read_error};
// `vet score` streams these paths; `vet history` and `vet panel` collect them (they need them all).
use crate::cli::InputArgs;
use crate::fsio::{self, ReadError};
use crate::i18n::L10n;

/// Why a path could not be listed: a folder or a `--files-from` list that cannot be read.
#[derive(Debug)]
pub struct InputError {
    pub path: PathBuf,
    pub error: ReadError,
}

impl InputError {
    pub fn worded(&self, l10n: &L10n) -> Diagnostic {
        read_error(&self.path, &self.error, l10n)
    }
}

/// The paths to read, in order, as an iterator: operands first, then the `--files-from` list.
/// A folder is expanded where it stands.
pub struct Inputs {
    operands: std::vec::IntoIter<PathBuf>,
    list: Option<Box<dyn BufRead>>,
    list_path: PathBuf,
    separator: u8,
    /// The folders being walked, innermost last: each with its remaining entries.
    walk: Vec<Folder>,
}

impl std::fmt::Debug for Inputs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inputs")
            .field("list_path", &self.list_path)
            .finish_non_exhaustive()
    }
}

/// One folder's entries still to give, sorted, their names packed in one buffer: a folder of
/// 100,000 files costs its names' bytes and 8 bytes each, not 100,000 allocated paths.
struct Folder {
    dir: PathBuf,
    names: Vec<u8>,
    /// `(start, end, is_folder)` in `names`, in reverse order (the next one is popped).
    entries: Vec<(u32, u32, bool)>,
}

impl Folder {
    fn read(dir: &Path) -> Result<Folder, InputError> {
        let fail = |e: std::io::Error| InputError {
            path: dir.to_path_buf(),
            error: e.into(),
        };
        let mut names = Vec::new();
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(fail)? {
            let entry = entry.map_err(fail)?;
            let name = entry.file_name();
            let bytes = name.as_bytes();
            if bytes.starts_with(b".") {
                continue;
            }
            // A link is followed to a file, never to a folder (a loop, or a folder counted twice).
            let is_folder = entry.file_type().is_ok_and(|t| t.is_dir());
            if !is_folder && !bytes.ends_with(b".yaml") {
                continue;
            }
            let start = names.len() as u32;
            names.extend_from_slice(bytes);
            entries.push((start, names.len() as u32, is_folder));
        }
        let key = |&(s, e, _): &(u32, u32, bool)| &names[s as usize..e as usize];
        entries.sort_unstable_by(|a, b| key(b).cmp(key(a)));
        Ok(Folder {
            dir: dir.to_path_buf(),
            names,
            entries,
        })
    }
}

impl Inputs {
    /// The inputs of a command. Fails at once when the `--files-from` list cannot be opened, or
    /// when standard input is asked for twice (`-` and `--files-from -`, or `-` twice).
    pub fn new(a: &InputArgs, l10n: &L10n) -> Result<Inputs, Failure> {
        let stdin_operands = a.files.iter().filter(|p| fsio::is_stdin(p)).count();
        let stdin_list = a.files_from.as_deref().is_some_and(fsio::is_stdin);
        if stdin_operands + usize::from(stdin_list) > 1 {
            return Err(stdin_twice(l10n).into());
        }
        let list: Option<Box<dyn BufRead>> = match a.files_from.as_deref() {
            None => None,
            Some(p) if fsio::is_stdin(p) => Some(Box::new(std::io::stdin().lock())),
            Some(p) => {
                let file = std::fs::File::open(p).map_err(|e| InputError {
                    path: p.to_path_buf(),
                    error: e.into(),
                });
                let file = file.map_err(|e| Failure::from(e.worded(l10n)))?;
                if file.metadata().is_ok_and(|m| m.is_dir()) {
                    let e = InputError {
                        path: p.to_path_buf(),
                        error: ReadError::IsDirectory,
                    };
                    return Err(e.worded(l10n).into());
                }
                Some(Box::new(BufReader::with_capacity(64 * 1024, file)))
            }
        };
        Ok(Inputs {
            operands: a.files.clone().into_iter(),
            list,
            list_path: a.files_from.clone().unwrap_or_default(),
            separator: if a.null { 0 } else { b'\n' },
            walk: Vec::new(),
        })
    }

    /// Whether the output is about several files whatever their number: anything but one operand
    /// naming a file. A folder or a list gives a JSON array even when it holds one file, so that
    /// the shape of the output depends on the command, not on what a folder holds that day.
    pub fn several(a: &InputArgs) -> bool {
        a.files_from.is_some()
            || a.files.len() != 1
            || a.files.iter().any(|p| !fsio::is_stdin(p) && p.is_dir())
    }

    /// Every path at once, for a command that needs them all (`vet history` sorts by date);
    /// every problem of listing is reported together.
    pub fn collect_all(a: &InputArgs, l10n: &L10n) -> Result<Vec<PathBuf>, Failure> {
        let mut paths = Vec::new();
        let mut diags = Vec::new();
        for item in Inputs::new(a, l10n)? {
            match item {
                Ok(p) => paths.push(p),
                Err(e) => diags.push(e.worded(l10n)),
            }
        }
        if paths.is_empty() && diags.is_empty() {
            diags.push(none_found(l10n));
        }
        if diags.is_empty() {
            Ok(paths)
        } else {
            Err(Failure(diags))
        }
    }

    /// A path given as an operand or in the list: a folder is walked, anything else is a file
    /// (one that does not exist is reported when it is read).
    fn expand(&mut self, path: PathBuf) -> Option<Result<PathBuf, InputError>> {
        if !fsio::is_stdin(&path) && path.is_dir() {
            match Folder::read(&path) {
                Ok(f) => self.walk.push(f),
                Err(e) => return Some(Err(e)),
            }
            return None;
        }
        Some(Ok(path))
    }

    /// The next path of the `--files-from` list, if any: empty lines are skipped, and a CR before
    /// the LF (a list written on Windows) is not part of the path.
    fn next_listed(&mut self) -> Option<Result<PathBuf, InputError>> {
        let list = self.list.as_mut()?;
        let mut line = Vec::new();
        loop {
            line.clear();
            match list.read_until(self.separator, &mut line) {
                Ok(0) => {
                    self.list = None;
                    return None;
                }
                Ok(_) => {
                    if line.last() == Some(&self.separator) {
                        line.pop();
                    }
                    if self.separator == b'\n' && line.last() == Some(&b'\r') {
                        line.pop();
                    }
                    if !line.is_empty() {
                        return Some(Ok(PathBuf::from(OsString::from_vec(line))));
                    }
                }
                Err(e) => {
                    self.list = None;
                    return Some(Err(InputError {
                        path: self.list_path.clone(),
                        error: e.into(),
                    }));
                }
            }
        }
    }
}

impl Iterator for Inputs {
    type Item = Result<PathBuf, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(folder) = self.walk.last_mut() {
                let Some((s, e, is_folder)) = folder.entries.pop() else {
                    self.walk.pop();
                    continue;
                };
                let name = std::ffi::OsStr::from_bytes(&folder.names[s as usize..e as usize]);
                let path = folder.dir.join(name);
                if is_folder {
                    match Folder::read(&path) {
                        Ok(f) => self.walk.push(f),
                        Err(e) => return Some(Err(e)),
                    }
                    continue;
                }
                return Some(Ok(path));
            }
            let next = match self.operands.next() {
                Some(p) => p,
                None => match self.next_listed()? {
                    Ok(p) => p,
                    Err(e) => return Some(Err(e)),
                },
            };
            if let Some(item) = self.expand(next) {
                return Some(item);
            }
        }
    }
}

/// The identity of an existing file (device and inode), to tell whether a path read among
/// thousands is the `-o` target without resolving every path.
pub fn file_id(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// Standard input named twice: it can be read only once.
pub fn stdin_twice(l10n: &L10n) -> Diagnostic {
    Diagnostic::new(l10n.tr("err-stdin-twice")).help(l10n.tr("err-stdin-twice-help"))
}

/// The folders and the list named no file at all: likely a wrong folder, never a success.
pub fn none_found(l10n: &L10n) -> Diagnostic {
    Diagnostic::new(l10n.tr("err-no-inputs")).help(l10n.tr("err-no-inputs-help"))
}
