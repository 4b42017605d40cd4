//! `vet interview` on the real terminal: the options checked and a terminal required before any
//! work, the rubric loaded, the session run with the signal guard installed, and its end shown
//! (the one-screen summary, then the full report one key away).

use std::io::{self, IsTerminal};

use super::{EXIT_OK, Ui};
use crate::answers::Stage;
use crate::cli::{Cli, InterviewArgs, StageArg};
use crate::diagnostic::{Diagnostic, Failure, notice, rubric_language_notice};
use crate::export::words::Words;
use crate::i18n::{L10n, args};
use crate::interview::prompter::{Menu, Prompter};
use crate::interview::{
    Options, Outcome, SaveState, Session, Stop, check_options, prompter, summary, terminal,
};
use crate::load::load_rubric;
use crate::output::emit;
use crate::rubric::Rubric;

/// `vet interview`.
pub(super) fn interview_cmd(cli: &Cli, a: &InterviewArgs, ui: &Ui) -> Result<u8, Failure> {
    let opts = Options {
        out: a.out.clone(),
        partner: a.partner.clone(),
        stage: a.stage.map(|s| match s {
            StageArg::Before => Stage::Before,
            StageArg::Ongoing => Stage::Ongoing,
        }),
        decisive_first: a.decisive_first,
    };
    // Refuse at once a blank name, a missing folder or no terminal, before any work.
    check_options(&opts, &ui.l10n)?;
    require_terminal(&ui.l10n)?;
    let (rubric, _) = load_rubric(cli.global.rubric.as_deref(), &ui.l10n)?;
    rubric_language_notice(&rubric, &ui.l10n);
    run(&rubric, ui, opts)
}

/// Checks that the interview can talk to a person: standard input, output and error must all be
/// terminals (prompts are drawn on standard error).
fn require_terminal(l10n: &L10n) -> Result<(), Failure> {
    if io::stdin().is_terminal() && io::stdout().is_terminal() && io::stderr().is_terminal() {
        Ok(())
    } else {
        Err(Diagnostic {
            message: l10n.tr("err-no-terminal"),
            help: Some(l10n.tr("err-no-terminal-help")),
        }
        .into())
    }
}

/// `vet interview` on the real terminal.
fn run(rubric: &Rubric, ui: &Ui, opts: Options) -> Result<u8, Failure> {
    let l10n = &ui.l10n;
    let state = SaveState::default();
    let guard = terminal::Guard::install(state.clone(), l10n).map_err(|e| Diagnostic {
        message: e.to_string(),
        help: None,
    })?;
    let dir = std::env::current_dir().map_err(|e| Diagnostic {
        message: e.to_string(),
        help: None,
    })?;
    let mut prompter = prompter::Terminal::new(ui.style.color);
    let mut session = Session {
        rubric,
        l10n,
        prompter: &mut prompter,
        today: jiff::ZonedDateTime::now().date(),
        dir,
        state,
    };
    let outcome = match session.run(opts) {
        Ok(o) => o,
        Err(Stop::Interrupted) => guard.stop(),
        Err(Stop::Failed(f)) => return Err(f),
    };
    match outcome {
        Outcome::Quit { path } => {
            if let Some(p) = path {
                notice(
                    l10n,
                    &l10n.tr_with(
                        "saved-in",
                        &args([("file", p.display().to_string().into())]),
                    ),
                );
            }
            Ok(EXIT_OK)
        }
        Outcome::Finished { answers, path } => {
            let file = path.display().to_string();
            let scored = crate::scored::Scored::new(rubric, &file, &answers);
            let words = Words::new(rubric, l10n);
            // The result on one screen, then the full report one key away.
            let lines = summary::render(
                &scored,
                &words,
                prompter.width(),
                prompter.height(),
                ui.style.color,
            );
            prompter.say(&lines.join("\n"));
            let items = [l10n.tr("summary-finish"), l10n.tr("summary-full")];
            let prompt = l10n.tr("ask-choice");
            let choice = prompter.select(&Menu {
                text: "",
                prompt: &prompt,
                items: &items,
                default: 0,
                escape: None,
            });
            match choice {
                Ok(1) => {
                    let mut out = String::from("\n");
                    out.push_str(&crate::export::table::score::render(
                        &scored, &words, ui.style,
                    ));
                    emit(&out, l10n)?;
                    Ok(EXIT_OK)
                }
                Ok(_) => Ok(EXIT_OK),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => guard.stop(),
                Err(e) => Err(Diagnostic {
                    message: e.to_string(),
                    help: None,
                }
                .into()),
            }
        }
    }
}
