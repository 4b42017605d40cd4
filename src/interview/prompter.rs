//! The only terminal code of the interview: a [`Prompter`] trait, its implementation on the
//! terminal ([`Terminal`]: raw mode, keys read by [`super::keys`]), and a scripted double for
//! tests.
//!
//! Menus answer to one key: every item but "back" carries a digit (`[1] yes`), Esc chooses "back",
//! the arrows (or `j`/`k`) move the highlight without wrapping round, and Enter chooses the
//! highlighted item. Text is wrapped to the terminal's width as it is when shown, with colour codes
//! left out of the measure, and a menu with its question is drawn again, re-wrapped, when the
//! terminal is resized.

use std::collections::VecDeque;
use std::io::{self, Write};

use super::keys::{Key, Keys};
use crate::text::{tail, truncate};

/// What the interview needs from a terminal.
pub trait Prompter {
    /// Shows text; the prompter wraps it to the width it has.
    fn say(&mut self, text: &str);
    /// Shows `menu` and returns the index of the item chosen.
    fn select(&mut self, menu: &Menu) -> io::Result<usize>;
    /// Asks for a line of text, prefilled with `initial`; empty is allowed. `None` when the
    /// person pressed Esc to leave it as it was.
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>>;
    /// Columns available now.
    fn width(&self) -> usize;
    /// Rows available now.
    fn height(&self) -> usize;
}

/// A menu: a text above it (the question, an explanation), a short prompt, and the items.
#[derive(Debug, Clone, Copy)]
pub struct Menu<'a> {
    /// Shown above the prompt, wrapped; drawn again when the terminal is resized. May be empty.
    pub text: &'a str,
    pub prompt: &'a str,
    pub items: &'a [String],
    /// The item highlighted at first.
    pub default: usize,
    /// The item Esc chooses ("back"), shown with `[Esc]` rather than a digit.
    pub escape: Option<usize>,
}

impl Menu<'_> {
    /// The key of each item: `1`, `2`... in order, and `Esc` for the escape item.
    pub fn keys(&self) -> Vec<String> {
        let mut n = 0;
        (0..self.items.len())
            .map(|i| {
                if Some(i) == self.escape {
                    "Esc".to_string()
                } else {
                    n += 1;
                    n.to_string()
                }
            })
            .collect()
    }

    /// The items as shown: `[1] yes`, `[Esc] ← Back`.
    pub fn labels(&self) -> Vec<String> {
        self.keys()
            .iter()
            .zip(self.items)
            .map(|(k, item)| format!("[{k}] {item}"))
            .collect()
    }

    /// The item a typed character chooses, if any.
    pub fn shortcut(&self, c: char) -> Option<usize> {
        let digit = c.to_digit(10)?.to_string();
        self.keys().iter().position(|k| *k == digit)
    }

    /// The highlight after moving `down` (or up) from `current`: it stops at either end rather
    /// than wrapping round, so Up from the first answer never lands on "back".
    pub fn moved(&self, current: usize, down: bool) -> usize {
        if down {
            (current + 1).min(self.items.len().saturating_sub(1))
        } else {
            current.saturating_sub(1)
        }
    }
}

/// `text` wrapped to `width` columns, paragraph by paragraph (blank lines kept); columns are
/// counted without colour codes.
pub fn wrap_text(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            out.push(String::new());
        } else {
            let indent: String = line.chars().take_while(|c| *c == ' ').collect();
            out.extend(
                crate::text::wrap(&indent, line, width)
                    .lines()
                    .map(str::to_string),
            );
        }
    }
    out
}

/// The interview on the terminal: prompts on standard error (standard output is left for
/// results), keys read in raw mode.
#[derive(Debug)]
pub struct Terminal {
    color: bool,
    keys: Keys,
}

/// Raw mode and a hidden cursor while alive; the terminal as it was when dropped (the interview's
/// signal guard also restores it when the process is stopped).
struct Raw;

impl Raw {
    fn on(paste: bool) -> io::Result<Raw> {
        crossterm::terminal::enable_raw_mode()?;
        let mut err = io::stderr().lock();
        if paste {
            // A pasted note arrives whole, line breaks included, rather than as keys (a line
            // break would press Enter).
            write!(err, "\x1b[?2004h")?;
        } else {
            write!(err, "\x1b[?25l")?;
        }
        err.flush()?;
        Ok(Raw)
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = crossterm::terminal::disable_raw_mode();
        let mut err = io::stderr().lock();
        let _ = write!(err, "\x1b[?2004l\x1b[?25h");
        let _ = err.flush();
    }
}

/// A longer text than this is not kept while typing or pasting: it could never be saved, and
/// memory stays bounded.
const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

impl Terminal {
    pub fn new(color: bool) -> Terminal {
        console::set_colors_enabled_stderr(color);
        Terminal {
            color,
            keys: Keys::new(),
        }
    }

    fn size() -> (usize, usize) {
        crossterm::terminal::size().map_or((80, 24), |(w, h)| (w as usize, h as usize))
    }

    /// Writes lines in raw mode (a line break does not return the carriage there).
    fn put(lines: &[String]) -> io::Result<()> {
        let mut err = io::stderr().lock();
        for l in lines {
            write!(err, "{l}\r\n")?;
        }
        err.flush()
    }

    /// The prompt and the items, each on one line; returns how many lines they take.
    fn draw_items(&self, menu: &Menu, labels: &[String], current: usize) -> io::Result<usize> {
        let w = self.width();
        let mut lines = vec![truncate(menu.prompt, w.saturating_sub(1))];
        for (i, label) in labels.iter().enumerate() {
            let label = truncate(label, w.saturating_sub(3));
            lines.push(match (i == current, self.color) {
                (true, true) => format!("{}", console::style(format!("> {label}")).cyan().bold()),
                (true, false) => format!("> {label}"),
                (false, _) => format!("  {label}"),
            });
        }
        Self::put(&lines)?;
        Ok(lines.len())
    }

    /// Moves up over `lines` lines and clears from there down.
    fn erase(lines: usize) -> io::Result<()> {
        let mut err = io::stderr().lock();
        if lines > 0 {
            write!(err, "\x1b[{lines}A")?;
        }
        write!(err, "\r\x1b[J")?;
        err.flush()
    }

    /// Clears the screen, for drawing a menu again after a resize.
    fn clear() -> io::Result<()> {
        let mut err = io::stderr().lock();
        write!(err, "\x1b[2J\x1b[H")?;
        err.flush()
    }

    /// The input field: the end of the text that fits.
    fn draw_field(&self, text: &str) -> io::Result<()> {
        let w = self.width();
        let mut err = io::stderr().lock();
        write!(err, "\r\x1b[K› {}", tail(text, w.saturating_sub(3)))?;
        err.flush()
    }
}

/// Ctrl-C in raw mode reaches vet as a key, not a signal: it ends the prompt as an interruption.
fn interrupted() -> io::Error {
    io::Error::new(io::ErrorKind::Interrupted, "interrupted")
}

impl Prompter for Terminal {
    fn say(&mut self, text: &str) {
        let lines = wrap_text(text.trim_end_matches('\n'), self.width());
        let mut err = io::stderr().lock();
        for l in lines {
            let _ = writeln!(err, "{l}");
        }
        let _ = err.flush();
    }

    fn select(&mut self, menu: &Menu) -> io::Result<usize> {
        let labels = menu.labels();
        let mut current = menu.default.min(labels.len().saturating_sub(1));
        let _raw = Raw::on(false)?;
        let text = |w| {
            if menu.text.is_empty() {
                Vec::new()
            } else {
                wrap_text(menu.text, w)
            }
        };
        Self::put(&text(self.width()))?;
        let mut drawn = self.draw_items(menu, &labels, current)?;
        let chosen = loop {
            match self.keys.read()? {
                Key::Resize => {
                    Self::clear()?;
                    Self::put(&text(self.width()))?;
                    drawn = self.draw_items(menu, &labels, current)?;
                    continue;
                }
                Key::Ctrl('c') => return Err(interrupted()),
                Key::Up | Key::Char('k') => current = menu.moved(current, false),
                Key::Down | Key::Char('j') => current = menu.moved(current, true),
                Key::Home => current = 0,
                Key::End => current = labels.len().saturating_sub(1),
                Key::Enter => break current,
                Key::Esc => {
                    if let Some(e) = menu.escape {
                        break e;
                    }
                }
                Key::Char(c) => {
                    if let Some(i) = menu.shortcut(c) {
                        break i;
                    }
                }
                _ => {}
            }
            Self::erase(drawn)?;
            drawn = self.draw_items(menu, &labels, current)?;
        };
        Self::erase(drawn)?;
        Ok(chosen)
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
        let mut text = initial.to_string();
        let _raw = Raw::on(true)?;
        Self::put(&wrap_text(prompt, self.width()))?;
        self.draw_field(&text)?;
        let done = loop {
            match self.keys.read()? {
                Key::Ctrl('c') => return Err(interrupted()),
                Key::Ctrl('u') => text.clear(),
                Key::Enter => break Some(text),
                Key::Esc => break None,
                Key::Backspace => {
                    text.pop();
                }
                Key::Char(c) if text.len() < MAX_INPUT_BYTES => text.push(c),
                Key::Paste(p) => {
                    let room = MAX_INPUT_BYTES.saturating_sub(text.len());
                    let p = p.replace("\r\n", "\n").replace('\r', "\n");
                    let end = (0..=room.min(p.len()))
                        .rev()
                        .find(|&i| p.is_char_boundary(i))
                        .unwrap_or(0);
                    text.push_str(&p[..end]);
                }
                Key::Resize => {
                    Self::clear()?;
                    Self::put(&wrap_text(prompt, self.width()))?;
                }
                _ => {}
            }
            // Drawn once the keys typed or pasted so far are all read: a long paste is not drawn
            // key by key.
            if !self.keys.waiting()? {
                self.draw_field(&text)?;
            }
        };
        Self::put(&[String::new()])?;
        Ok(done)
    }

    fn width(&self) -> usize {
        Self::size().0.clamp(20, 120)
    }

    fn height(&self) -> usize {
        Self::size().1.max(10)
    }
}

/// A scripted prompter for tests: answers come from a queue, and everything shown is kept.
#[derive(Debug, Default)]
pub struct Scripted {
    /// Replies in order.
    pub replies: VecDeque<Reply>,
    /// Everything said, prompted and offered, in order.
    pub transcript: Vec<String>,
}

/// One scripted reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Choose the item at this index (arrows and Enter).
    Pick(usize),
    /// Enter: the highlighted item, or the text as prefilled.
    Enter,
    /// A key typed at a menu: a digit shortcut.
    Key(char),
    /// Esc: "back" at a menu, leave the text as it was at an input.
    Esc,
    /// Type this text.
    Text(String),
}

impl Scripted {
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Scripted {
        Scripted {
            replies: replies.into_iter().collect(),
            transcript: Vec::new(),
        }
    }

    fn next(&mut self, what: &str) -> io::Result<Reply> {
        self.replies.pop_front().ok_or_else(|| {
            // Running out of replies stands for the person pressing Ctrl-C.
            io::Error::new(
                io::ErrorKind::Interrupted,
                format!("no scripted reply for {what}"),
            )
        })
    }
}

impl Prompter for Scripted {
    fn say(&mut self, text: &str) {
        self.transcript.push(text.to_string());
    }

    fn select(&mut self, menu: &Menu) -> io::Result<usize> {
        if !menu.text.is_empty() {
            self.transcript.push(menu.text.to_string());
        }
        let labels = menu.labels();
        self.transcript
            .push(format!("? {} {labels:?} [{}]", menu.prompt, menu.default));
        loop {
            let reply = self.next(menu.prompt)?;
            let picked = match &reply {
                Reply::Pick(i) if *i < menu.items.len() => Some(*i),
                Reply::Enter => Some(menu.default),
                Reply::Key(c) => menu.shortcut(*c),
                Reply::Esc => menu.escape,
                other => panic!("scripted {other:?} does not fit select {labels:?}"),
            };
            // A key that chooses nothing does nothing, as on the terminal.
            if let Some(i) = picked {
                return Ok(i);
            }
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<Option<String>> {
        self.transcript.push(format!("? {prompt} [{initial}]"));
        match self.next(prompt)? {
            Reply::Text(s) => Ok(Some(s)),
            Reply::Enter => Ok(Some(initial.to_string())),
            Reply::Esc => Ok(None),
            other => panic!("scripted {other:?} does not fit input {prompt:?}"),
        }
    }

    fn width(&self) -> usize {
        60
    }

    fn height(&self) -> usize {
        24
    }
}

#[cfg(test)]
mod tests;
