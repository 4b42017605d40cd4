//! Leaving the terminal usable when the interview is stopped by Ctrl-C, SIGTERM or SIGHUP (the
//! terminal closed): the cursor shown again, the terminal's modes (echo, line editing) restored,
//! where the answers are said, and exit status 130.
//!
//! Answers are saved after every answer, so there is nothing left to save here; the guard takes
//! the save lock before ending the process so that it never cuts a write in half.

use std::io::{self, Write};
use std::thread;

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
}

impl Guard {
    /// Starts a thread that waits for SIGINT, SIGTERM and SIGHUP.
    pub fn install(state: SaveState, l10n: &L10n) -> io::Result<Guard> {
        // The terminal's modes as they are now, before any prompt puts it in raw mode.
        let saved = rustix::termios::tcgetattr(rustix::stdio::stdin()).ok();
        let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
        let handle = signals.handle();
        // The Fluent bundle stays on the main thread: the message is worded there, at each save.
        state.lock().unwrap_or_else(|p| p.into_inner()).message = l10n.tr("interrupted-nothing");
        thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Wait for a save in progress, then keep the lock until the process ends.
                let state = state.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(t) = &saved {
                    let _ = rustix::termios::tcsetattr(
                        rustix::stdio::stdin(),
                        rustix::termios::OptionalActions::Now,
                        t,
                    );
                }
                let mut err = io::stderr().lock();
                // Show the cursor (dialoguer hides it while a menu is open) and leave the line.
                let _ = write!(err, "\x1b[?25h\r\n");
                if signal != SIGHUP {
                    let _ = writeln!(err, "{}", state.message);
                }
                let _ = err.flush();
                std::process::exit(EXIT_INTERRUPTED);
            }
        });
        Ok(Guard { handle })
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.handle.close();
    }
}
