//! `vet interview`: the guided interview. [`flow`] decides what comes next; [`prompter`] is the
//! terminal; this module is the session between them: setup, resume, saving after every answer,
//! and the summary at the end ([`summary`]). [`terminal`] leaves the terminal usable when the
//! process is stopped.

pub mod flow;
mod keys;
pub mod prompter;
pub mod summary;
pub mod terminal;

use std::io;
use std::path::{Path, PathBuf};

use crate::answers::{Answer, Answers, Note, RubricRef, Stage};
use crate::diagnostic::{Diagnostic, Failure, write_reason};
use crate::export::text::Words;
use crate::i18n::{L10n, args};
use crate::rubric::{Method, Rubric};
use crate::score::Assessment;
use flow::{Flow, TooLarge};
use prompter::{Menu, Prompter};

/// The largest answers file vet writes: the largest it reads back.
const MAX_FILE: usize = crate::fsio::MAX_ANSWERS_BYTES as usize;

/// How the questions are gone through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// From the first question without an answer.
    Resume,
    /// From question 1, each earlier answer highlighted.
    Revise,
    /// From question 1 afresh; the earlier answers stay until the first new one.
    Restart,
}

/// Why a session stopped before its end.
#[derive(Debug)]
pub enum Stop {
    /// Ctrl-C (or a signal) while a prompt was open: answers so far are saved; exit 130.
    Interrupted,
    /// Something went wrong (a file could not be written, the terminal went away).
    Failed(Failure),
}

impl From<Failure> for Stop {
    fn from(f: Failure) -> Self {
        Stop::Failed(f)
    }
}

/// A prompt that failed: Ctrl-C (console raises SIGINT and the read returns `Interrupted`), or the
/// terminal went away.
fn interrupted(e: io::Error) -> Stop {
    if e.kind() == io::ErrorKind::Interrupted {
        Stop::Interrupted
    } else {
        Stop::Failed(
            Diagnostic {
                message: e.to_string(),
                help: None,
            }
            .into(),
        )
    }
}

/// What `vet interview` was given on the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub out: Option<PathBuf>,
    pub partner: Option<String>,
    pub stage: Option<Stage>,
    /// Ask first the open questions whose answer alone could change the verdict.
    pub decisive_first: bool,
}

/// Where answers are saved; shared with the signal guard, which holds the lock while it ends the
/// process, so that it never cuts a save in half.
pub type SaveState = std::sync::Arc<std::sync::Mutex<Saved>>;

/// The file being written and how much is in it.
#[derive(Debug, Default)]
pub struct Saved {
    pub path: Option<PathBuf>,
    /// What to tell the person if the process is stopped now, already worded.
    pub message: String,
}

/// How the session ended.
#[derive(Debug)]
pub enum Outcome {
    /// The interview went through every question, or the person finished early once the verdict
    /// was firm (the questions left stay unanswered), or a finished file was shown.
    Finished {
        answers: Box<Answers>,
        path: PathBuf,
    },
    /// The person chose to stop; answers so far are saved.
    Quit { path: Option<PathBuf> },
}

/// Checks what was given on the command line before anything is asked: a partner's name that is
/// not blank, and a folder for `--out` that exists.
pub fn check_options(opts: &Options, l10n: &L10n) -> Result<(), Failure> {
    if opts.partner.as_ref().is_some_and(|p| p.trim().is_empty()) {
        return Err(Diagnostic {
            message: l10n.tr("err-partner-blank"),
            help: Some(l10n.tr("err-partner-blank-help")),
        }
        .into());
    }
    if let Some(out) = &opts.out {
        crate::output::check_folder(out, "--output", l10n)
            .map_err(|(why, what)| save_failure(out, why, &what, l10n))?;
    }
    Ok(())
}

/// "cannot save the answers to FILE: why", with what to do.
fn save_failure(path: &Path, why: String, what: &str, l10n: &L10n) -> Failure {
    Diagnostic {
        message: l10n.tr_with(
            "err-save",
            &args([
                ("file", path.display().to_string().into()),
                ("detail", why.into()),
            ]),
        ),
        help: Some(l10n.tr_with("err-save-help", &args([("what", what.to_string().into())]))),
    }
    .into()
}

/// The session: asks what it was not given, resumes or revises an existing file, asks every
/// question, saving after every answer. `today` and `dir` (where a default file name goes) are
/// passed in so tests control them; `save` writes a file (atomically, 0600, in real use).
pub struct Session<'a, P: Prompter> {
    pub rubric: &'a Rubric,
    pub l10n: &'a L10n,
    pub prompter: &'a mut P,
    pub today: jiff::civil::Date,
    pub dir: PathBuf,
    pub state: SaveState,
}

impl<P: Prompter> std::fmt::Debug for Session<'_, P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

impl<P: Prompter> Session<'_, P> {
    /// Shows text; the prompter wraps it to the terminal's width.
    fn say(&mut self, text: &str) {
        self.prompter.say(text);
    }

    /// Writes the answers (atomically, 0600) while holding the save lock, so that an interruption
    /// waits for the write, and records what an interruption should then say.
    fn save(&mut self, path: &Path, answers: &Answers) -> io::Result<()> {
        let message = self.saved_message(path, answers.answers.len());
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        crate::fsio::write_private(path, answers.to_yaml().as_bytes())?;
        state.path = Some(path.to_path_buf());
        state.message = message;
        Ok(())
    }

    /// Records what an interruption should say about a file that is already on disk.
    fn mark_saved(&mut self, path: &Path, count: usize) {
        let message = self.saved_message(path, count);
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.path = Some(path.to_path_buf());
        state.message = message;
    }

    fn saved_message(&self, path: &Path, count: usize) -> String {
        self.l10n.tr_with(
            "interrupted-saved",
            &args([
                ("file", path.display().to_string().into()),
                ("count", count.into()),
            ]),
        )
    }

    fn save_or_fail(&mut self, path: &Path, answers: &Answers) -> Result<(), Failure> {
        // A safety net behind the flow's own checks: a file resumed from a hand-written one can
        // grow when vet writes it out. Never write what vet would refuse to read.
        let size = answers.to_yaml().len();
        if size > MAX_FILE {
            let why = self.l10n.tr_with(
                "save-too-large",
                &args([("size", size.into()), ("limit", MAX_FILE.into())]),
            );
            let what = self.l10n.tr("save-too-large-help");
            return Err(save_failure(path, why, &what, self.l10n));
        }
        self.save(path, answers).map_err(|e| {
            let (why, what) = write_reason(path, &e, "--output", self.l10n);
            save_failure(path, why, &what, self.l10n)
        })
    }

    /// Says a (long) explanation in full, wrapped, then offers `items` under a short prompt, the
    /// first highlighted.
    fn choose(&mut self, explanation: &str, items: &[String]) -> Result<usize, Stop> {
        let prompt = self.l10n.tr("ask-choice");
        self.prompter
            .select(&Menu {
                text: explanation,
                prompt: &prompt,
                items,
                default: 0,
                escape: None,
            })
            .map_err(interrupted)
    }

    /// The partner's name; `None` when the person pressed Esc to quit.
    fn ask_partner(&mut self) -> Result<Option<String>, Stop> {
        loop {
            let prompt = self.l10n.tr("ask-partner");
            match self.prompter.input(&prompt, "").map_err(interrupted)? {
                None => return Ok(None),
                Some(name) if !name.trim().is_empty() => return Ok(Some(name.trim().to_string())),
                Some(_) => self.say(&self.l10n.tr("partner-blank")),
            }
        }
    }

    fn ask_stage(&mut self) -> Result<Stage, Stop> {
        let items = [self.l10n.tr("stage-before"), self.l10n.tr("stage-ongoing")];
        let prompt = self.l10n.tr("ask-stage");
        let i = self
            .prompter
            .select(&Menu {
                text: "",
                prompt: &prompt,
                items: &items,
                default: 0,
                escape: None,
            })
            .map_err(interrupted)?;
        Ok(if i == 0 {
            Stage::Before
        } else {
            Stage::Ongoing
        })
    }

    /// `path` if it holds nothing yet, else the first free name beside it: name-2.yaml,
    /// name-3.yaml...
    fn free_path(path: &Path) -> PathBuf {
        if !path.exists() {
            return path.to_path_buf();
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_string())
            .unwrap_or_else(|| "yaml".into());
        (2..)
            .map(|n| path.with_file_name(format!("{stem}-{n}.{ext}")))
            .find(|p| !p.exists())
            .unwrap_or_else(|| path.to_path_buf())
    }

    /// Runs the session to its end.
    pub fn run(&mut self, opts: Options) -> Result<Outcome, Stop> {
        check_options(&opts, self.l10n)?;
        // An existing --out file names the partner and stage itself.
        let existing_out = match opts.out.as_ref().filter(|p| p.exists()) {
            Some(p) => self.load_existing(p)?,
            None => None,
        };
        let partner = match (&opts.partner, &existing_out) {
            (Some(p), _) => p.trim().to_string(),
            (None, Some(a)) => a.partner.clone(),
            _ => match self.ask_partner()? {
                Some(p) => p,
                None => return Ok(Outcome::Quit { path: None }),
            },
        };
        let stage = match (opts.stage, &existing_out) {
            (Some(s), _) => s,
            (None, Some(a)) => a.stage,
            _ => self.ask_stage()?,
        };
        // Without --out, an interview of this partner left unfinished on another day is the one
        // "run the same command to resume" means.
        let mut path = match &opts.out {
            Some(p) => p.clone(),
            None => self
                .find_unfinished(&partner, stage)
                .unwrap_or_else(|| self.dir.join(flow::default_file_name(&partner, self.today))),
        };

        let mut answers = Answers {
            rubric: RubricRef {
                id: self.rubric.id.clone(),
                version: self.rubric.version.clone(),
            },
            partner: partner.clone(),
            date: self.today,
            stage,
            assessor: None,
            answers: Default::default(),
            notes: Default::default(),
        };
        let mut start = Start::Resume;
        let mut decisive_first = opts.decisive_first;
        if path.exists() {
            let existing = match existing_out {
                Some(e) => Some(e),
                None => self.load_existing(&path)?,
            };
            match existing {
                Some(e) if flow::same_assessment(&e, &self.rubric.id, &partner, stage) => {
                    let probe = Flow::new(self.rubric, e.clone());
                    let file = path.display().to_string();
                    // From here an interruption leaves the file as it is: say so, not "nothing".
                    self.mark_saved(&path, e.answers.len());
                    if probe.is_done() && e.date != self.today {
                        // A finished review from another day: a new review goes in a new file,
                        // so that dated files keep telling the partnership's history.
                        let other = Self::free_path(
                            &self.dir.join(flow::default_file_name(&partner, self.today)),
                        );
                        let other_name = other.display().to_string();
                        let items = [
                            self.l10n
                                .tr_with("write-to", &args([("other", other_name.into())])),
                            self.l10n.tr("finished-revise-today"),
                            self.l10n.tr("finished-show"),
                            self.l10n.tr("quit"),
                        ];
                        let prompt = self.l10n.tr_with(
                            "finished-earlier-prompt",
                            &args([("file", file.into()), ("date", e.date.to_string().into())]),
                        );
                        match self.choose(&prompt, &items)? {
                            0 => {
                                return self.ask_all(
                                    answers,
                                    other,
                                    Start::Resume,
                                    opts.decisive_first,
                                );
                            }
                            1 => start = Start::Revise,
                            2 => {
                                return Ok(Outcome::Finished {
                                    answers: Box::new(e),
                                    path,
                                });
                            }
                            _ => return Ok(Outcome::Quit { path: Some(path) }),
                        }
                    } else if probe.is_done() {
                        let items = [
                            self.l10n.tr("finished-revise"),
                            self.l10n.tr("finished-show"),
                            self.l10n.tr("quit"),
                        ];
                        let prompt = self
                            .l10n
                            .tr_with("finished-prompt", &args([("file", file.into())]));
                        match self.choose(&prompt, &items)? {
                            0 => start = Start::Revise,
                            1 => {
                                return Ok(Outcome::Finished {
                                    answers: Box::new(e),
                                    path,
                                });
                            }
                            _ => return Ok(Outcome::Quit { path: Some(path) }),
                        }
                    } else {
                        let resume_at = probe.resume_point() + 1;
                        let kept = e.answers.len();
                        let mut items = vec![
                            self.l10n
                                .tr_with("resume-at", &args([("number", resume_at.into())])),
                        ];
                        // With nothing saved, starting again is the same as resuming.
                        let restart = (kept + e.notes.len() > 0).then(|| {
                            items.push(self.l10n.tr("resume-restart"));
                            items.len() - 1
                        });
                        // The questions that could change the verdict first, when some are left.
                        let decisive = (!decisive_first
                            && crate::score::assess(self.rubric, &e)
                                .decisive
                                .iter()
                                .any(|d| !e.answers.contains_key(&d.id)))
                        .then(|| {
                            items.push(self.l10n.tr("resume-decisive"));
                            items.len() - 1
                        });
                        items.push(self.l10n.tr("quit"));
                        let prompt = self.l10n.tr_with(
                            "resume-prompt",
                            &args([
                                ("file", file.clone().into()),
                                ("answered", probe.answered().into()),
                                ("total", probe.total().into()),
                            ]),
                        );
                        let choice = self.choose(&prompt, &items)?;
                        if Some(choice) == restart {
                            let confirm = self.l10n.tr_with(
                                "restart-confirm",
                                &args([("count", kept.into()), ("file", file.into())]),
                            );
                            let sure = [
                                self.l10n
                                    .tr_with("restart-no", &args([("number", resume_at.into())])),
                                self.l10n
                                    .tr_with("restart-yes", &args([("count", kept.into())])),
                            ];
                            if self.choose(&confirm, &sure)? == 1 {
                                start = Start::Restart;
                            }
                        } else if Some(choice) == decisive {
                            decisive_first = true;
                        } else if choice != 0 {
                            return Ok(Outcome::Quit { path: Some(path) });
                        }
                    }
                    let keep_date = e.date;
                    answers = e;
                    answers.rubric = RubricRef {
                        id: self.rubric.id.clone(),
                        version: self.rubric.version.clone(),
                    };
                    // Revised answers are today's; a resumed interview keeps the day it began, and
                    // so does one started again (its file name says that day).
                    answers.date = if start == Start::Revise {
                        self.today
                    } else {
                        keep_date
                    };
                }
                _ => {
                    // Another assessment: never overwrite it.
                    let other = Self::free_path(&path);
                    let prompt = self.l10n.tr_with(
                        "other-assessment",
                        &args([
                            ("file", path.display().to_string().into()),
                            ("other", other.display().to_string().into()),
                        ]),
                    );
                    let items = [
                        self.l10n.tr_with(
                            "write-to",
                            &args([("other", other.display().to_string().into())]),
                        ),
                        self.l10n.tr("quit"),
                    ];
                    if self.choose(&prompt, &items)? != 0 {
                        return Ok(Outcome::Quit { path: None });
                    }
                    path = other;
                }
            }
        }
        self.ask_all(answers, path, start, decisive_first)
    }

    /// The newest unfinished interview of this partner and stage in the folder, from any day:
    /// files named like `PARTNER-DATE.yaml` (and `-2`, `-3`... beside them).
    fn find_unfinished(&self, partner: &str, stage: Stage) -> Option<PathBuf> {
        let today_name = flow::default_file_name(partner, self.today);
        // "acme-2026-11-28.yaml" -> "acme-": the name without its date.
        let prefix = today_name.get(..today_name.len().saturating_sub("2026-11-28.yaml".len()))?;
        let mut found: Vec<(jiff::civil::Date, PathBuf)> = std::fs::read_dir(&self.dir)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".yaml"))
            })
            .filter_map(|p| {
                let loaded = crate::load::load_answers(&p, self.rubric, self.l10n).ok()?;
                let a = loaded.answers;
                (flow::same_assessment(&a, &self.rubric.id, partner, stage)
                    && !Flow::new(self.rubric, a.clone()).is_done())
                .then_some((a.date, p))
            })
            .collect();
        found.sort();
        found.pop().map(|(_, p)| p)
    }

    /// Reads an existing file in the way: `Some` when it is an answers file of this rubric that vet
    /// can resume; `None` when it is something else (another rubric, not an answers file), which
    /// must not be overwritten either; an error when it looks like an answers file but cannot be
    /// read — the person's own file with a mistake, which they must fix rather than start over.
    fn load_existing(&mut self, path: &Path) -> Result<Option<Answers>, Failure> {
        match crate::load::load_answers(path, self.rubric, self.l10n) {
            Ok(l) => Ok(Some(l.answers)),
            Err(diags) => {
                let text = crate::fsio::read_text(path, crate::fsio::MAX_ANSWERS_BYTES);
                let broken = match &text {
                    Ok(t) => Answers::looks_like(t) && Answers::parse(t).is_err(),
                    // A folder, an unreadable or oversized file: say so rather than guess.
                    Err(_) => true,
                };
                if broken {
                    let mut diags = diags;
                    diags.push(Diagnostic {
                        message: self.l10n.tr_with(
                            "err-existing-broken",
                            &args([("file", path.display().to_string().into())]),
                        ),
                        help: Some(self.l10n.tr("err-existing-broken-help")),
                    });
                    Err(Failure(diags))
                } else {
                    Ok(None)
                }
            }
        }
    }

    /// Words a change refused because the file would grow past what vet reads.
    fn too_large(&mut self, id: &str, t: TooLarge) {
        self.say(&self.l10n.tr_with(
            id,
            &args([("size", t.size.into()), ("limit", t.limit.into())]),
        ));
    }

    /// The verdict so far and whether it is firm, for the progress line.
    fn so_far(&self, words: &Words, a: &Assessment) -> String {
        self.l10n.tr_with(
            if a.firm() {
                "progress-firm"
            } else {
                "progress-open"
            },
            &args([("verdict", words.verdict(a.verdict).into())]),
        )
    }

    /// Says that the verdict can no longer change and offers to finish now; true when the person
    /// chooses to. Going on is the default, so Enter never ends the interview.
    fn offer_finish(&mut self, words: &Words, a: &Assessment, left: usize) -> Result<bool, Stop> {
        let text = self.l10n.tr_with(
            "firm-offer",
            &args([("verdict", words.verdict(a.verdict).into())]),
        );
        let items = [
            self.l10n
                .tr_with("firm-finish", &args([("count", left.into())])),
            self.l10n.tr("firm-go-on"),
        ];
        let prompt = self.l10n.tr("ask-choice");
        let choice = self
            .prompter
            .select(&Menu {
                text: &format!("\n{text}"),
                prompt: &prompt,
                items: &items,
                default: 1,
                escape: None,
            })
            .map_err(interrupted)?;
        Ok(choice == 0)
    }

    fn ask_all(
        &mut self,
        answers: Answers,
        path: PathBuf,
        start: Start,
        decisive_first: bool,
    ) -> Result<Outcome, Stop> {
        let words = Words::new(self.rubric, self.l10n);
        let mut flow = Flow::new(self.rubric, answers);
        match start {
            Start::Resume => {}
            Start::Revise => flow.go_to(1),
            Start::Restart => flow.restart(),
        }
        // Saved at once, so an interruption before the first answer still keeps partner and stage
        // (after "start again", the earlier answers are still what is saved).
        self.save_or_fail(&path, flow.answers())?;
        self.say(&self.l10n.tr_with(
            "saving-to",
            &args([("file", path.display().to_string().into())]),
        ));
        let lang = words.lang;
        let prompt = self.l10n.tr("ask-answer");
        // Whether the last thing done was recording an answer, and whether the interview has
        // already said that the verdict is firm: it says so once.
        let mut just_answered = false;
        let mut offered = false;
        // Only with evidence-range is "firm" exact (every answer moves the verdict one way);
        // with the 1.0.0 rules it is an estimate, not enough to offer to stop asking.
        let exact = self.rubric.scoring.method == Method::EvidenceRange;
        while flow.current().is_some() {
            // The verdict on the answers so far: a fraction of a millisecond (BENCHMARKS.md).
            let so_far = crate::score::assess(self.rubric, &flow.answers_now());
            if decisive_first {
                let ids: Vec<&str> = so_far.decisive.iter().map(|d| d.id.as_str()).collect();
                flow.ask_first(&ids);
            }
            if std::mem::take(&mut just_answered)
                && !offered
                && exact
                && so_far.firm()
                && flow.has_unanswered()
            {
                offered = true;
                let left = flow.total() - flow.answered();
                if self.offer_finish(&words, &so_far, left)? {
                    break;
                }
            }
            let Some(step) = flow.current() else { break };
            let q = step.question;
            // Questions that evidence only red flags come last, under their own heading.
            let group = match step.group {
                "" => self.l10n.tr("report-red-flags-title"),
                id => words.standard_name(id),
            };
            // The question and what is known of it, drawn again with the menu on a resize.
            let mut block = String::from("\n");
            if step.first_of_group {
                block.push_str(&format!("── {group} ──\n\n"));
            }
            block.push_str(&format!(
                "{} / {} — {group} · {}\n{}",
                step.number,
                step.total,
                self.so_far(&words, &so_far),
                self.rubric.text(&q.text, lang)
            ));
            let previous = step.previous.cloned();
            let pending = step.note.cloned();
            if let Some(p) = &previous {
                block.push('\n');
                block.push_str(&self.l10n.tr_with(
                    "previous-answer",
                    &args([("answer", words.answer(p.answer).into())]),
                ));
            }
            if let Some(n) = pending.as_ref().and_then(|n| n.note.as_deref()) {
                block.push('\n');
                block.push_str(&self.l10n.tr_with(
                    "note-pending",
                    &args([("note", prompter::fit(n, 60).into())]),
                ));
            }
            let (note, evidence) = match (&previous, &pending) {
                (Some(e), _) => (e.note.clone(), e.evidence.clone()),
                (None, Some(n)) => (n.note.clone(), n.evidence.clone()),
                (None, None) => (None, Vec::new()),
            };
            // The menu: the answer scale first, then note, help, back.
            let mut items: Vec<String> = Answer::ALL
                .iter()
                .map(|a| match a {
                    Answer::DontKnow => self.l10n.tr("menu-dont-know"),
                    _ => words.answer(*a),
                })
                .collect();
            let note_item = items.len();
            items.push(self.l10n.tr("menu-note"));
            let help_item = q.help.as_ref().map(|_| {
                items.push(self.l10n.tr("menu-help"));
                items.len() - 1
            });
            let back_item = (step.number > 1).then(|| {
                items.push(self.l10n.tr("menu-back"));
                items.len() - 1
            });
            let default = Answer::ALL
                .iter()
                .position(|a| *a == flow::default_answer(previous.as_ref()))
                .unwrap_or(3);
            let choice = self
                .prompter
                .select(&Menu {
                    text: &block,
                    prompt: &prompt,
                    items: &items,
                    default,
                    escape: back_item,
                })
                .map_err(interrupted)?;
            if choice < Answer::ALL.len() {
                match flow.record(Answer::ALL[choice], MAX_FILE) {
                    Ok(recorded) => {
                        just_answered = true;
                        self.save_or_fail(&path, flow.answers())?;
                        self.say(&self.l10n.tr_with(
                            "answer-given",
                            &args([
                                ("prompt", prompt.clone().into()),
                                ("answer", items[choice].clone().into()),
                            ]),
                        ));
                        for id in recorded.red_flags {
                            if let Some(f) = self.rubric.red_flag(&id) {
                                self.say(&self.l10n.tr_with(
                                    "red-flag-now",
                                    &args([
                                        (
                                            "name",
                                            self.rubric.text(&f.name, lang).to_string().into(),
                                        ),
                                        ("source", f.source.clone().into()),
                                    ]),
                                ));
                            }
                        }
                    }
                    Err(t) => self.too_large("file-full", t),
                }
            } else if choice == note_item {
                // Esc at either prompt leaves the note as it was.
                let Some(n) = self
                    .prompter
                    .input(&self.l10n.tr("ask-note"), note.as_deref().unwrap_or(""))
                    .map_err(interrupted)?
                else {
                    continue;
                };
                let Some(d) = self
                    .prompter
                    .input(&self.l10n.tr("ask-evidence"), &evidence.join("; "))
                    .map_err(interrupted)?
                else {
                    continue;
                };
                let n = n.trim();
                let given = Note {
                    note: (!n.is_empty()).then(|| n.to_string()),
                    evidence: flow::parse_evidence(&d),
                };
                // Saved at once, so that neither Back nor an interruption loses what was typed;
                // it records no answer.
                match flow.set_note(given, MAX_FILE) {
                    Ok(()) => {
                        self.save_or_fail(&path, flow.answers())?;
                        if previous.is_none() {
                            self.say(&self.l10n.tr("note-kept"));
                        }
                    }
                    Err(t) => self.too_large("note-too-long", t),
                }
            } else if Some(choice) == help_item {
                if let Some(h) = &q.help {
                    let help = self.rubric.text(h, lang).to_string();
                    self.say(
                        &self
                            .l10n
                            .tr_with("help-text", &args([("help", help.into())])),
                    );
                }
            } else if Some(choice) == back_item {
                flow.back();
            }
        }
        let answers = flow.into_answers();
        self.save_or_fail(&path, &answers)?;
        Ok(Outcome::Finished {
            answers: Box::new(answers),
            path,
        })
    }
}

#[cfg(test)]
mod tests;
