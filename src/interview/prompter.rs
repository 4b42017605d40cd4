//! The only terminal code of the interview: a [`Prompter`] trait, its dialoguer implementation,
//! and a scripted double for tests.

use std::collections::VecDeque;
use std::io;

use std::fmt;

use dialoguer::theme::Theme;
use dialoguer::{Input, Select};

/// What the interview needs from a terminal.
pub trait Prompter {
    /// Shows text (already wrapped to [`Prompter::width`]).
    fn say(&mut self, text: &str);
    /// Lets the person choose one of `items`, `default` highlighted; returns its index.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize>;
    /// Asks for a line of text, prefilled with `initial`; empty is allowed.
    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String>;
    /// Columns available.
    fn width(&self) -> usize;
}

/// vet's look for dialoguer: prompts carry their own punctuation (a French prompt ends in " :",
/// an English one in ":" or "?"), so the theme adds none; the highlighted item is marked with ">"
/// and, when colour is on, drawn bold cyan.
#[derive(Debug, Clone, Copy)]
struct VetTheme {
    color: bool,
}

impl Theme for VetTheme {
    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        write!(f, "{prompt}")
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> fmt::Result {
        match default {
            Some(d) => write!(f, "{prompt} [{d}] "),
            None => write!(f, "{prompt} "),
        }
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        write!(f, "{prompt} {sel}")
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        match (active, self.color) {
            (true, true) => write!(f, "{}", console::style(format!("> {text}")).cyan().bold()),
            (true, false) => write!(f, "> {text}"),
            (false, _) => write!(f, "  {text}"),
        }
    }
}

/// Prompts on the terminal's standard error with dialoguer (standard output is left for results).
pub struct Dialoguer {
    term: console::Term,
    theme: VetTheme,
    width: usize,
}

impl std::fmt::Debug for Dialoguer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dialoguer")
            .field("width", &self.width)
            .finish()
    }
}

impl Dialoguer {
    pub fn new(color: bool) -> Dialoguer {
        let term = console::Term::stderr();
        let width = term
            .size_checked()
            .map_or(80, |(_, w)| w as usize)
            .clamp(20, 120);
        // NO_COLOR and --color=never: no escape codes from console either.
        console::set_colors_enabled_stderr(color);
        Dialoguer {
            term,
            theme: VetTheme { color },
            width,
        }
    }
}

impl Prompter for Dialoguer {
    fn say(&mut self, text: &str) {
        let _ = self.term.write_line(text.trim_end_matches('\n'));
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        // dialoguer redraws a menu by counting lines: an item that wraps would leave stale lines
        // behind, so items are cut to the width (after the two columns of the "> " marker).
        let items: Vec<String> = items
            .iter()
            .map(|i| fit(i, self.width.saturating_sub(3)))
            .collect();
        Select::with_theme(&self.theme)
            .with_prompt(fit(prompt, self.width.saturating_sub(1)))
            .items(&items)
            .default(default)
            .max_length(items.len())
            .interact_on(&self.term)
            .map_err(|dialoguer::Error::IO(e)| e)
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .with_initial_text(initial)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(|dialoguer::Error::IO(e)| e)
    }

    fn width(&self) -> usize {
        self.width
    }
}

/// `text` cut to `width` characters, with an ellipsis when cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// A scripted prompter for tests: answers come from a queue, and everything shown is kept.
#[derive(Debug, Default)]
pub struct Scripted {
    /// Replies in order: `Pick(i)` for a select, `Text(s)` for an input.
    pub replies: VecDeque<Reply>,
    /// Everything said, prompted and offered, in order.
    pub transcript: Vec<String>,
}

/// One scripted reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Choose the item at this index.
    Pick(usize),
    /// Choose the highlighted default.
    Enter,
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

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> io::Result<usize> {
        self.transcript
            .push(format!("? {prompt} {items:?} [{default}]"));
        match self.next(prompt)? {
            Reply::Pick(i) if i < items.len() => Ok(i),
            Reply::Enter => Ok(default),
            other => panic!("scripted {other:?} does not fit select {prompt:?} {items:?}"),
        }
    }

    fn input(&mut self, prompt: &str, initial: &str) -> io::Result<String> {
        self.transcript.push(format!("? {prompt} [{initial}]"));
        match self.next(prompt)? {
            Reply::Text(s) => Ok(s),
            Reply::Enter => Ok(initial.to_string()),
            other => panic!("scripted {other:?} does not fit input {prompt:?}"),
        }
    }

    fn width(&self) -> usize {
        60
    }
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_cuts_long_menu_items_with_an_ellipsis() {
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("exactly ten", 11), "exactly ten");
        assert_eq!(fit("much too long here", 8), "much to…");
        assert_eq!(fit("éèàçù", 3), "éè…");
    }
}
