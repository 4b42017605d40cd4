//! Keys read from the terminal in raw mode: the arrows, Home and End, Enter, Esc, Backspace,
//! characters, Ctrl-C and Ctrl-U, a bracketed paste, and a resize.
//!
//! Read with two system calls (`poll` and `read`, through rustix) rather than an event library:
//! the one crossterm reads events with (mio) comes with network code, and vet carries none
//! (bench/no-network.sh). [`parse`] is pure and unit-tested; [`Keys`] adds the reading, the short
//! wait that tells a lone Esc from the start of a sequence, and the check for a new size.

use std::io;
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec};

/// A key, a paste, or a change of the terminal's size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Home,
    End,
    Enter,
    Esc,
    Backspace,
    Char(char),
    /// A control character, by its letter: Ctrl-C is `Ctrl('c')`.
    Ctrl(char),
    /// Text pasted in bracketed-paste mode, line breaks included.
    Paste(String),
    /// The terminal has a new size.
    Resize,
    /// Any other key or sequence, read whole and ignored.
    Other,
}

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

/// A paste longer than this keeps its first bytes only: memory stays bounded, and the note could
/// never be saved anyway (the interview refuses it with a reason).
const MAX_PENDING: usize = 4 * 1024 * 1024 + 64;

/// The key at the front of `bytes` and how many bytes it takes, or `None` when they are the start
/// of a longer sequence that is still to come. With `more` false nothing more is coming now, so a
/// lone ESC is the Esc key and an unfinished sequence is dropped.
pub fn parse(bytes: &[u8], more: bool) -> Option<(Key, usize)> {
    let (&first, rest) = bytes.split_first()?;
    match first {
        0x1b => escape(bytes, more),
        b'\r' if rest.first() == Some(&b'\n') => Some((Key::Enter, 2)),
        b'\r' | b'\n' => Some((Key::Enter, 1)),
        0x7f | 0x08 => Some((Key::Backspace, 1)),
        0x01..=0x1a => Some((Key::Ctrl(char::from(b'a' + first - 1)), 1)),
        0x00..=0x1f => Some((Key::Other, 1)),
        _ => utf8(bytes, more),
    }
}

fn escape(bytes: &[u8], more: bool) -> Option<(Key, usize)> {
    if bytes.starts_with(PASTE_START) {
        let body = &bytes[PASTE_START.len()..];
        return match find(body, PASTE_END) {
            Some(end) => {
                let text = String::from_utf8_lossy(&body[..end]).into_owned();
                Some((Key::Paste(text), PASTE_START.len() + end + PASTE_END.len()))
            }
            // The paste goes on until its end marker, however long it waits.
            None => None,
        };
    }
    if PASTE_START.starts_with(bytes) && more {
        return None;
    }
    match bytes.get(1) {
        None if more => None,
        None => Some((Key::Esc, 1)),
        Some(b'[') => {
            // CSI: parameters and intermediates, then one final byte in 0x40..=0x7e.
            let end = bytes[2..].iter().position(|b| (0x40..=0x7e).contains(b));
            match end {
                Some(i) => {
                    let seq = &bytes[..i + 3];
                    let key = match seq {
                        b"\x1b[A" => Key::Up,
                        b"\x1b[B" => Key::Down,
                        b"\x1b[H" | b"\x1b[1~" | b"\x1b[7~" => Key::Home,
                        b"\x1b[F" | b"\x1b[4~" | b"\x1b[8~" => Key::End,
                        _ => Key::Other,
                    };
                    Some((key, seq.len()))
                }
                None if more => None,
                None => Some((Key::Other, bytes.len())),
            }
        }
        Some(b'O') => match bytes.get(2) {
            Some(b'A') => Some((Key::Up, 3)),
            Some(b'B') => Some((Key::Down, 3)),
            Some(b'H') => Some((Key::Home, 3)),
            Some(b'F') => Some((Key::End, 3)),
            Some(_) => Some((Key::Other, 3)),
            None if more => None,
            None => Some((Key::Esc, 1)),
        },
        // Esc followed by another key (Alt-x): Esc, then the key.
        Some(_) => Some((Key::Esc, 1)),
    }
}

fn utf8(bytes: &[u8], more: bool) -> Option<(Key, usize)> {
    let len = match bytes[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Some((Key::Other, 1)),
    };
    if bytes.len() < len {
        return if more { None } else { Some((Key::Other, 1)) };
    }
    match std::str::from_utf8(&bytes[..len])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Some((Key::Char(c), len)),
        None => Some((Key::Other, 1)),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Reads keys from standard input, which is the terminal in raw mode.
#[derive(Debug)]
pub struct Keys {
    pending: Vec<u8>,
    size: (u16, u16),
}

impl Default for Keys {
    fn default() -> Self {
        Keys::new()
    }
}

impl Keys {
    pub fn new() -> Keys {
        Keys {
            pending: Vec::new(),
            size: size(),
        }
    }

    /// The next key. Blocks until one comes, or until the terminal's size changes.
    pub fn read(&mut self) -> io::Result<Key> {
        loop {
            if !self.pending.is_empty() {
                if let Some(key) = self.take(true) {
                    return Ok(key);
                }
                // The start of a sequence: the rest comes at once from a terminal, so a short
                // wait with nothing more means the sequence was a lone Esc (or is cut short). An
                // unfinished paste waits for its end below.
                if !wait(Duration::from_millis(40))?
                    && let Some(key) = self.take(false)
                {
                    return Ok(key);
                }
            }
            if wait(Duration::from_millis(250))? {
                self.fill()?;
            } else if size() != self.size {
                self.size = size();
                return Ok(Key::Resize);
            }
        }
    }

    /// Whether more input is waiting, already read or ready to be.
    pub fn waiting(&self) -> io::Result<bool> {
        Ok(!self.pending.is_empty() || wait(Duration::ZERO)?)
    }

    fn take(&mut self, more: bool) -> Option<Key> {
        let (key, used) = parse(&self.pending, more)?;
        self.pending.drain(..used);
        Some(key)
    }

    fn fill(&mut self) -> io::Result<()> {
        let mut buf = [0u8; 64 * 1024];
        let n = loop {
            match rustix::io::read(rustix::stdio::stdin(), &mut buf) {
                Ok(n) => break n,
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e.into()),
            }
        };
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the terminal closed",
            ));
        }
        self.pending.extend_from_slice(&buf[..n]);
        // A paste too long to keep: its first bytes and the last few, where its end marker may
        // begin.
        if self.pending.len() > MAX_PENDING && find(&self.pending, PASTE_END).is_none() {
            let tail = self
                .pending
                .split_off(self.pending.len() - (PASTE_END.len() - 1));
            self.pending.truncate(MAX_PENDING - tail.len());
            self.pending.extend(tail);
        }
        Ok(())
    }
}

/// Whether standard input has bytes to read within `timeout`.
fn wait(timeout: Duration) -> io::Result<bool> {
    let stdin = rustix::stdio::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let t = Timespec {
        tv_sec: timeout.as_secs() as _,
        tv_nsec: timeout.subsec_nanos() as _,
    };
    match rustix::event::poll(&mut fds, Some(&t)) {
        Ok(n) => Ok(n > 0),
        // A signal (a resize, say) ended the wait early: nothing to read yet.
        Err(rustix::io::Errno::INTR) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

fn size() -> (u16, u16) {
    crossterm::terminal::size().unwrap_or((80, 24))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn keys(bytes: &[u8]) -> Vec<Key> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some((k, n)) = parse(&bytes[at..], false) {
            out.push(k);
            at += n;
        }
        assert_eq!(at, bytes.len(), "every byte is read");
        out
    }

    #[test]
    fn arrows_home_and_end_in_both_terminal_modes() {
        use Key::*;
        assert_eq!(
            keys(b"\x1b[A\x1b[B\x1bOA\x1bOB\x1b[H\x1b[F\x1b[1~\x1b[4~\x1bOH\x1bOF"),
            [Up, Down, Up, Down, Home, End, Home, End, Home, End]
        );
    }

    #[test]
    fn enter_backspace_control_keys_and_characters() {
        use Key::*;
        assert_eq!(
            keys("\r\n\ry\x7f\x08\x03\x15é1Ж".as_bytes()),
            [
                Enter,
                Enter,
                Char('y'),
                Backspace,
                Backspace,
                Ctrl('c'),
                Ctrl('u'),
                Char('é'),
                Char('1'),
                Char('Ж')
            ]
        );
    }

    #[test]
    fn a_lone_escape_is_esc_only_when_nothing_follows() {
        assert_eq!(parse(b"\x1b", true), None);
        assert_eq!(parse(b"\x1b", false), Some((Key::Esc, 1)));
        assert_eq!(parse(b"\x1b[", true), None);
        assert_eq!(parse(b"\x1bx", true), Some((Key::Esc, 1)));
    }

    #[test]
    fn unknown_sequences_are_read_whole_and_ignored() {
        assert_eq!(
            keys(b"\x1b[15~\x1b[1;5Cq"),
            [Key::Other, Key::Other, Key::Char('q')]
        );
    }

    #[test]
    fn a_paste_arrives_whole_with_its_line_breaks_and_waits_for_its_end() {
        let pasted = b"\x1b[200~line one\r\nline two\x1b[201~x";
        assert_eq!(
            keys(pasted),
            [Key::Paste("line one\r\nline two".into()), Key::Char('x')]
        );
        assert_eq!(parse(b"\x1b[200~half a pas", false), None);
        assert_eq!(parse(b"\x1b[20", true), None);
    }

    #[test]
    fn a_character_cut_in_the_middle_waits_for_its_other_bytes() {
        let e = "é".as_bytes();
        assert_eq!(parse(&e[..1], true), None);
        assert_eq!(parse(&e[..1], false), Some((Key::Other, 1)));
    }
}
