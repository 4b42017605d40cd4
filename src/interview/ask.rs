//! The questions of a session, one after another: each answer saved as it is given, the verdict
//! so far on the progress line, the offer to finish once the verdict is firm, back, notes and help.

use std::path::PathBuf;

use super::flow::{self, Flow, TooLarge};
use super::prompter::{Menu, Prompter};
use super::{MAX_FILE, Outcome, Session, Start, Stop, interrupted};
use crate::answers::{Answer, Answers, Note};
use crate::export::words::Words;
use crate::i18n::args;
use crate::rubric::Method;
use crate::score::Assessment;

impl<P: Prompter> Session<'_, P> {
    /// Words a change refused because the file would grow past what vet reads.
    pub(super) fn too_large(&mut self, id: &str, t: TooLarge) {
        self.say(&self.l10n.tr_with(
            id,
            &args([("size", t.size.into()), ("limit", t.limit.into())]),
        ));
    }

    /// The verdict so far and whether it is firm, for the progress line.
    pub(super) fn so_far(&self, words: &Words, a: &Assessment) -> String {
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
    pub(super) fn offer_finish(
        &mut self,
        words: &Words,
        a: &Assessment,
        left: usize,
    ) -> Result<bool, Stop> {
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

    pub(super) fn ask_all(
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
                    &args([("note", crate::text::truncate(n, 60).into())]),
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
