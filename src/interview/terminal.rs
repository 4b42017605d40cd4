//! Leaving the terminal usable when the interview is stopped by Ctrl-C, SIGTERM or SIGHUP (the
//! terminal closed): the terminal's modes (echo, line editing) restored, the cursor shown again,
//! where the answers are said, and exit status 130.
//!
//! Answers are saved after every answer, so there is nothing left to save here; stopping takes
//! the save lock first so that it never cuts a write in half.

use std::io::{self, Write};
use std::thread;

use rustix::termios::{OptionalActions, Termios};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::{Handle, Signals};

use super::SaveState;
use crate::i18n::L10n;

/// Exit status after an interruption (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: i32 = 130;

/// While alive, handles the signals; dropping it restores the default handling.
#[derive(Debug)]
pub struct Guard {
    handle: Handle,
    state: SaveState,
    termios: Option<Termios>,
}

/// Ends the process after an interruption: waits for a save in progress (and keeps the lock, so no
/// other save starts), restores the terminal's modes, shows the cursor, says where the answers
/// are (unless the terminal is gone) and exits with status 130.
fn stop(state: &SaveState, termios: Option<&Termios>, hangup: bool) -> ! {
    let state = state.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(t) = termios {
        let _ = rustix::termios::tcsetattr(rustix::stdio::stdin(), OptionalActions::Now, t);
    }
    let mut err = io::stderr().lock();
    // Show the cursor (a menu hides it), stop bracketed paste (a note's input starts it) and
    // leave the line.
    let _ = write!(err, "\x1b[?25h\x1b[?2004l\r\n");
    if !hangup {
        // Wrapped like every message of the interview, to the width the terminal has now.
        let width = crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w).clamp(20, 120));
        for line in super::prompter::wrap_text(&state.message, width) {
            let _ = writeln!(err, "{line}");
        }
    }
    let _ = err.flush();
    std::process::exit(EXIT_INTERRUPTED)
}

impl Guard {
    /// Starts a thread that waits for SIGINT, SIGTERM and SIGHUP.
    pub fn install(state: SaveState, l10n: &L10n) -> io::Result<Guard> {
        // The terminal's modes as they are now, before any prompt puts it in raw mode.
        let termios = rustix::termios::tcgetattr(rustix::stdio::stdin()).ok();
        let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
        let handle = signals.handle();
        // The Fluent bundle stays on the main thread: the message is worded there, at each save.
        state.lock().unwrap_or_else(|p| p.into_inner()).message = l10n.tr("interrupted-nothing");
        let (thread_state, thread_termios) = (state.clone(), termios.clone());
        thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop(&thread_state, thread_termios.as_ref(), signal == SIGHUP);
            }
        });
        Ok(Guard {
            handle,
            state,
            termios,
        })
    }

    /// Ends the process as after Ctrl-C, for a prompt that saw the interruption before the signal
    /// thread did. Whichever comes first ends the process; the other waits on the save lock.
    pub fn stop(&self) -> ! {
        stop(&self.state, self.termios.as_ref(), false)
    }
}

impl Drop for Guard {
    /// Also runs when a bug panics out of the interview: the terminal is left as it was found.
    fn drop(&mut self) {
        self.handle.close();
        if let Some(t) = &self.termios {
            let _ = rustix::termios::tcsetattr(rustix::stdio::stdin(), OptionalActions::Now, t);
        }
        let _ = write!(io::stderr().lock(), "\x1b[?25h\x1b[?2004l");
    }
}
