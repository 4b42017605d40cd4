//! The start of a session: whom and what stage it is about, which file it writes (a new one, the
//! unfinished one found in the folder, or `--output`), and whether an existing file is resumed,
//! revised or started again.

use std::path::{Path, PathBuf};

use super::flow::{self, Flow};
use super::prompter::{Menu, Prompter};
use super::{
    Diagnostic, Failure, Options, Outcome, Session, Start, Stop, check_options, interrupted,
};
use crate::answers::{Answers, RubricRef, Stage};
use crate::i18n::args;

impl<P: Prompter> Session<'_, P> {
    /// The partner's name; `None` when the person pressed Esc to quit.
    pub(super) fn ask_partner(&mut self) -> Result<Option<String>, Stop> {
        loop {
            let prompt = self.l10n.tr("ask-partner");
            match self.prompter.input(&prompt, "").map_err(interrupted)? {
                None => return Ok(None),
                Some(name) if !name.trim().is_empty() => return Ok(Some(name.trim().to_string())),
                Some(_) => self.say(&self.l10n.tr("partner-blank")),
            }
        }
    }

    pub(super) fn ask_stage(&mut self) -> Result<Stage, Stop> {
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
    pub(super) fn free_path(path: &Path) -> PathBuf {
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
            None => self.find_unfinished(&partner, stage).unwrap_or_else(|| {
                self.dir
                    .join(crate::answers::default_file_name(&partner, self.today))
            }),
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
                            &self
                                .dir
                                .join(crate::answers::default_file_name(&partner, self.today)),
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
    pub(super) fn find_unfinished(&self, partner: &str, stage: Stage) -> Option<PathBuf> {
        let today_name = crate::answers::default_file_name(partner, self.today);
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
                let loaded = crate::load::answers::load(&p, self.rubric).ok()?;
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
    pub(super) fn load_existing(&mut self, path: &Path) -> Result<Option<Answers>, Failure> {
        match crate::load::answers::load(path, self.rubric)
            .map_err(|e| e.worded(&path.display().to_string(), self.l10n))
        {
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
}
