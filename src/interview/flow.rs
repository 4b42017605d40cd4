//! The interview's logic, without a terminal: which questions are asked and in what order, where
//! the person is, going back, skipping, resuming, and what a new answer changes.
//!
//! The prompter (`super::prompter`) only shows what [`Flow`] says and hands back what the person
//! chose; everything here is unit-tested with no TTY.

use crate::answers::{Answer, Answers, Entry, Note};
use crate::rubric::{Question, Rubric};

/// The interview's state: the ordered questions, the current position and the answers so far.
#[derive(Debug, Clone)]
pub struct Flow<'r> {
    rubric: &'r Rubric,
    /// Indices into `rubric.questions`, in the order asked.
    order: Vec<usize>,
    /// Position in `order`; `order.len()` when every question has been through.
    pos: usize,
    answers: Answers,
    /// After "start again": the earlier answers stay (on disk too) until the first new answer or
    /// note, which clears them, so that choosing to start again and then stopping loses nothing.
    clear_pending: bool,
}

/// A change refused because the answers file would grow past what vet reads back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    /// The size the file would have, in bytes.
    pub size: usize,
    pub limit: usize,
}

/// Where the person is, for the prompter to show.
#[derive(Debug, Clone)]
pub struct Step<'r> {
    pub question: &'r Question,
    /// 1-based position and total ("12 / 41").
    pub number: usize,
    pub total: usize,
    /// The standard the question is grouped under (its first).
    pub group: &'r str,
    /// Whether this question opens a new group.
    pub first_of_group: bool,
    /// The answer given before, when revising.
    pub previous: Option<&'r Entry>,
    /// A note (and documents) given on this question before any answer.
    pub note: Option<&'r Note>,
}

/// What recording an answer changed that the person should hear about at once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Recorded {
    /// Red flags this answer confirms (by id), to name in one line without stopping.
    pub red_flags: Vec<String>,
}

impl<'r> Flow<'r> {
    /// A flow over the questions asked at the answers' stage, grouped by their first standard in
    /// the order of the standards (file order within a group), positioned at the first question
    /// with no answer yet: a new interview starts at 1, an interrupted one where it stopped.
    pub fn new(rubric: &'r Rubric, answers: Answers) -> Flow<'r> {
        let mut order: Vec<usize> = (0..rubric.questions.len())
            .filter(|&i| answers.stage.includes(rubric.questions[i].stage))
            .collect();
        let group_rank = |i: &usize| {
            rubric.questions[*i]
                .evidences
                .standards
                .first()
                .and_then(|s| rubric.standards.iter().position(|x| &x.id == s))
                .unwrap_or(usize::MAX)
        };
        // A stable sort keeps file order inside each group.
        order.sort_by_key(group_rank);
        let mut flow = Flow {
            rubric,
            order,
            pos: 0,
            answers,
            clear_pending: false,
        };
        flow.pos = flow.resume_point();
        flow
    }

    /// The first question with no answer, or the end.
    pub fn resume_point(&self) -> usize {
        self.order
            .iter()
            .position(|&i| {
                !self
                    .answers
                    .answers
                    .contains_key(&self.rubric.questions[i].id)
            })
            .unwrap_or(self.order.len())
    }

    /// How many of the questions asked have an answer.
    pub fn answered(&self) -> usize {
        self.order
            .iter()
            .filter(|&&i| {
                self.answers
                    .answers
                    .contains_key(&self.rubric.questions[i].id)
            })
            .count()
    }

    pub fn total(&self) -> usize {
        self.order.len()
    }

    /// Whether every question has been through.
    pub fn is_done(&self) -> bool {
        self.pos >= self.order.len()
    }

    /// Goes to question `number` (1-based), e.g. to revise a finished file from the start.
    pub fn go_to(&mut self, number: usize) {
        self.pos = number.saturating_sub(1).min(self.order.len());
    }

    /// The current step, unless the interview is done.
    pub fn current(&self) -> Option<Step<'_>> {
        let &i = self.order.get(self.pos)?;
        let q = &self.rubric.questions[i];
        let group_of = |i: usize| {
            self.rubric.questions[i]
                .evidences
                .standards
                .first()
                .map(String::as_str)
        };
        let group = group_of(i).unwrap_or("");
        Some(Step {
            question: q,
            number: self.pos + 1,
            total: self.order.len(),
            group,
            // Questions with no standard share the group "" (red flags): one heading for all.
            first_of_group: self.pos == 0
                || group_of(self.order[self.pos - 1]).unwrap_or("") != group,
            previous: (!self.clear_pending)
                .then(|| self.answers.answers.get(&q.id))
                .flatten(),
            note: (!self.clear_pending)
                .then(|| self.answers.notes.get(&q.id))
                .flatten(),
        })
    }

    /// Starts again from question 1. The answers given so far stay until the first new answer or
    /// note, and are not offered as choices: starting again means answering afresh.
    pub fn restart(&mut self) {
        self.pos = 0;
        self.clear_pending = self.answers.answers.len() + self.answers.notes.len() > 0;
    }

    /// Whether the earlier answers are still kept after "start again".
    pub fn restart_pending(&self) -> bool {
        self.clear_pending
    }

    /// The answers as the interview now stands, for scoring as it goes: after "start again", none
    /// (the earlier ones are still on disk, but no longer count).
    pub fn answers_now(&self) -> std::borrow::Cow<'_, Answers> {
        if self.clear_pending {
            let mut fresh = self.answers.clone();
            fresh.answers.clear();
            fresh.notes.clear();
            std::borrow::Cow::Owned(fresh)
        } else {
            std::borrow::Cow::Borrowed(&self.answers)
        }
    }

    /// Whether some question asked has no answer yet: finishing now would leave it unanswered.
    pub fn has_unanswered(&self) -> bool {
        self.clear_pending || self.answered() < self.total()
    }

    /// Puts the questions named in `first` (ids, in that order) at the head of those still ahead,
    /// the others after them in the order they had. Only a question not yet answered moves, and
    /// only when the current question has no answer either: after going back, the way forward
    /// stays as it was, so that Back and forward again show the same questions. Questions behind
    /// the current one never move. Returns whether the order changed.
    pub fn ask_first(&mut self, first: &[&str]) -> bool {
        if self.current().is_none_or(|s| s.previous.is_some()) {
            return false;
        }
        let ahead = &self.order[self.pos..];
        let open = |i: usize| {
            self.clear_pending
                || !self
                    .answers
                    .answers
                    .contains_key(&self.rubric.questions[i].id)
        };
        let mut head: Vec<usize> = Vec::new();
        for id in first {
            if let Some(&i) = ahead
                .iter()
                .find(|&&i| self.rubric.questions[i].id == *id && open(i))
                && !head.contains(&i)
            {
                head.push(i);
            }
        }
        let reordered: Vec<usize> = head
            .iter()
            .copied()
            .chain(ahead.iter().copied().filter(|i| !head.contains(i)))
            .collect();
        let changed = reordered != ahead;
        self.order.truncate(self.pos);
        self.order.extend(reordered);
        changed
    }

    /// Applies `change` unless it makes the answers file larger than `limit` bytes, in which case
    /// nothing changes: vet never writes a file it would refuse to read.
    fn within(&mut self, limit: usize, change: impl FnOnce(&mut Self)) -> Result<(), TooLarge> {
        let before = (self.answers.clone(), self.pos, self.clear_pending);
        change(self);
        let size = self.answers.to_yaml().len();
        if size > limit {
            (self.answers, self.pos, self.clear_pending) = before;
            return Err(TooLarge { size, limit });
        }
        Ok(())
    }

    /// Clears the earlier answers after "start again", at the first new answer or note.
    fn commit_restart(&mut self) {
        if self.clear_pending {
            self.answers.answers.clear();
            self.answers.notes.clear();
            self.clear_pending = false;
        }
    }

    /// Records `answer` for the current question, with the note and documents already given on
    /// it, and moves on. Returns the red flags the answer confirms; refused, with nothing changed,
    /// when the file would grow past `limit` bytes.
    pub fn record(&mut self, answer: Answer, limit: usize) -> Result<Recorded, TooLarge> {
        let Some(&i) = self.order.get(self.pos) else {
            return Ok(Recorded::default());
        };
        let q = &self.rubric.questions[i];
        self.within(limit, |f| {
            f.commit_restart();
            let (note, evidence) = match f.answers.notes.shift_remove(&q.id) {
                Some(n) => (n.note, n.evidence),
                None => f
                    .answers
                    .answers
                    .get(&q.id)
                    .map_or((None, Vec::new()), |e| (e.note.clone(), e.evidence.clone())),
            };
            f.answers.answers.insert(
                q.id.clone(),
                Entry {
                    answer,
                    note,
                    evidence,
                },
            );
            f.pos += 1;
        })?;
        let red_flags = if crate::score::confirms(q, answer) {
            q.evidences.red_flags.clone()
        } else {
            Vec::new()
        };
        Ok(Recorded { red_flags })
    }

    /// Sets the note and documents of the current question without moving, so that Back or an
    /// interruption loses nothing. A note never records an answer: on a question answered
    /// already it goes with that answer; otherwise it waits for the next answer chosen. Refused,
    /// with nothing changed, when the file would grow past `limit` bytes.
    pub fn set_note(&mut self, note: Note, limit: usize) -> Result<(), TooLarge> {
        let Some(&i) = self.order.get(self.pos) else {
            return Ok(());
        };
        let id = &self.rubric.questions[i].id;
        self.within(limit, |f| {
            f.commit_restart();
            if let Some(e) = f.answers.answers.get_mut(id) {
                e.note = note.note;
                e.evidence = note.evidence;
            } else if note.is_empty() {
                f.answers.notes.shift_remove(id);
            } else {
                f.answers.notes.insert(id.clone(), note);
            }
        })
    }

    /// Goes back one question. Returns false at the first question.
    pub fn back(&mut self) -> bool {
        if self.pos == 0 {
            return false;
        }
        self.pos -= 1;
        true
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn into_answers(self) -> Answers {
        self.answers
    }
}

/// The default answer to highlight: the one given before when revising, else "don't know" (never
/// "back", so Enter always records an answer, and never a favourable one, which would bias).
pub fn default_answer(previous: Option<&Entry>) -> Answer {
    previous.map_or(Answer::DontKnow, |e| e.answer)
}

/// Splits "doc one; doc two, section 5" into document names: on semicolons and line breaks only,
/// since a document's name may hold a comma.
pub fn parse_evidence(text: &str) -> Vec<String> {
    text.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `existing` is the same assessment as the one being made: same rubric, partner and
/// stage (the name's spelling aside, as [`crate::diff::same_partner`] judges it). Only then may it
/// be resumed or revised.
pub fn same_assessment(
    existing: &Answers,
    rubric_id: &str,
    partner: &str,
    stage: crate::answers::Stage,
) -> bool {
    existing.rubric.id == rubric_id
        && crate::diff::same_partner(&existing.partner, partner)
        && existing.stage == stage
}

#[cfg(test)]
mod tests;
