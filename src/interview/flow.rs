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

/// A file name for an assessment: the partner's name made safe for any file system, and the date.
pub fn default_file_name(partner: &str, date: jiff::civil::Date) -> String {
    let mut slug = String::new();
    for c in partner.trim().chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    let slug = if slug.is_empty() {
        "partner".to_string()
    } else {
        slug
    };
    format!("{slug}-{date}.yaml")
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
mod tests {
    use super::*;
    use crate::answers::Stage;
    use crate::testing::{entry, mini_rubric as rubric};

    /// A limit no test file reaches.
    const BIG: usize = 1 << 30;

    fn note(text: &str) -> Note {
        Note {
            note: Some(text.into()),
            evidence: vec![],
        }
    }

    fn answers(stage: Stage) -> Answers {
        crate::testing::answers(stage, &[])
    }

    fn ids(flow: &Flow) -> Vec<String> {
        let mut f = flow.clone();
        f.go_to(1);
        let mut out = vec![];
        while let Some(s) = f.current() {
            out.push(s.question.id.clone());
            f.record(Answer::DontKnow, BIG).unwrap();
        }
        out
    }

    #[test]
    fn only_questions_of_the_stage_are_asked_grouped_by_standard() {
        let r = rubric();
        assert_eq!(
            ids(&Flow::new(&r, answers(Stage::Before))),
            ["q1", "q2", "q3", "q4"]
        );
        assert_eq!(
            ids(&Flow::new(&r, answers(Stage::Ongoing))),
            ["q1", "q2", "q3", "q5"]
        );
    }

    #[test]
    fn steps_say_where_the_person_is() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        let s = f.current().unwrap();
        assert_eq!(
            (s.number, s.total, s.group, s.first_of_group),
            (1, 4, "s1", true)
        );
        f.record(Answer::Yes, BIG).unwrap();
        let s = f.current().unwrap();
        assert_eq!((s.number, s.group, s.first_of_group), (2, "s1", false));
        f.record(Answer::Yes, BIG).unwrap();
        let s = f.current().unwrap();
        assert_eq!((s.number, s.group, s.first_of_group), (3, "s2", true));
    }

    #[test]
    fn going_back_shows_the_previous_answer_and_changing_it_replaces_it() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        f.record(Answer::Yes, BIG).unwrap();
        assert!(f.back());
        let s = f.current().unwrap();
        assert_eq!(s.question.id, "q1");
        assert_eq!(s.previous.map(|e| e.answer), Some(Answer::Yes));
        assert_eq!(default_answer(s.previous), Answer::Yes);
        f.record(Answer::No, BIG).unwrap();
        assert_eq!(f.answers().answers["q1"].answer, Answer::No);
        assert_eq!(f.answers().answers.len(), 1);
        assert_eq!(f.current().unwrap().question.id, "q2");
    }

    #[test]
    fn back_at_the_first_question_stays_there() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        assert!(!f.back());
        assert_eq!(f.current().unwrap().number, 1);
    }

    #[test]
    fn a_resumed_interview_starts_at_the_first_question_without_an_answer() {
        let r = rubric();
        let mut a = answers(Stage::Before);
        a.answers.insert("q1".into(), entry(Answer::Yes));
        a.answers.insert("q2".into(), entry(Answer::DontKnow));
        let f = Flow::new(&r, a);
        assert_eq!(f.current().unwrap().question.id, "q3");
        assert_eq!(f.answered(), 2);
    }

    #[test]
    fn a_finished_file_is_done_and_can_be_revised_from_the_start() {
        let r = rubric();
        let mut a = answers(Stage::Before);
        for q in ["q1", "q2", "q3", "q4"] {
            a.answers.insert(q.into(), entry(Answer::Yes));
        }
        let mut f = Flow::new(&r, a);
        assert!(f.is_done());
        assert!(f.current().is_none());
        f.go_to(1);
        assert_eq!(
            f.current().unwrap().previous.map(|e| e.answer),
            Some(Answer::Yes)
        );
    }

    #[test]
    fn an_answer_that_confirms_a_red_flag_says_so() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        f.go_to(3); // q3: "does the partner delay funds?", yes is a warning
        assert_eq!(
            f.record(Answer::Yes, BIG).unwrap().red_flags,
            vec!["f1".to_string()]
        );
        f.go_to(3);
        assert!(f.record(Answer::Partly, BIG).unwrap().red_flags.is_empty());
        f.go_to(3);
        assert!(f.record(Answer::No, BIG).unwrap().red_flags.is_empty());
    }

    #[test]
    fn a_note_before_any_answer_records_no_answer_and_goes_with_the_next_one() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        f.set_note(note("said so"), BIG).unwrap();
        assert_eq!(f.current().unwrap().question.id, "q1");
        assert!(f.answers().answers.is_empty(), "a note recorded an answer");
        assert_eq!(f.current().unwrap().note, Some(&note("said so")));
        assert!(f.current().unwrap().previous.is_none());
        // Resuming the file asks q1 again, with its note.
        assert_eq!(Flow::new(&r, f.answers().clone()).resume_point(), 0);
        f.record(Answer::Partly, BIG).unwrap();
        let e = &f.answers().answers["q1"];
        assert_eq!(
            (e.answer, e.note.as_deref()),
            (Answer::Partly, Some("said so"))
        );
        assert!(f.answers().notes.is_empty());
    }

    #[test]
    fn a_note_on_an_answered_question_keeps_its_answer() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        f.record(Answer::Yes, BIG).unwrap();
        f.back();
        f.set_note(note("checked"), BIG).unwrap();
        let e = &f.answers().answers["q1"];
        assert_eq!(
            (e.answer, e.note.as_deref()),
            (Answer::Yes, Some("checked"))
        );
        // Answering again keeps the note.
        f.record(Answer::No, BIG).unwrap();
        assert_eq!(f.answers().answers["q1"].note.as_deref(), Some("checked"));
    }

    #[test]
    fn starting_again_keeps_the_earlier_answers_until_the_first_new_one() {
        let r = rubric();
        let mut a = answers(Stage::Before);
        a.answers.insert("q1".into(), entry(Answer::Yes));
        a.answers.insert("q2".into(), entry(Answer::No));
        let mut f = Flow::new(&r, a.clone());
        f.restart();
        assert!(f.restart_pending());
        let s = f.current().unwrap();
        assert_eq!(s.number, 1);
        assert!(
            s.previous.is_none(),
            "an earlier answer offered after starting again"
        );
        assert_eq!(f.answers(), &a, "the earlier answers went before a new one");
        f.record(Answer::Partly, BIG).unwrap();
        assert!(!f.restart_pending());
        assert_eq!(f.answers().answers.len(), 1);
        assert_eq!(f.answers().answers["q1"].answer, Answer::Partly);
        // Nothing to keep: nothing pending.
        let mut empty = Flow::new(&r, answers(Stage::Before));
        empty.restart();
        assert!(!empty.restart_pending());
    }

    #[test]
    fn a_note_that_would_make_the_file_unreadable_is_refused_and_nothing_changes() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        f.record(Answer::Yes, BIG).unwrap();
        f.back();
        let before = f.answers().clone();
        let limit = 2000;
        let err = f.set_note(note(&"x".repeat(5000)), limit).unwrap_err();
        assert_eq!(err.limit, limit);
        assert!(err.size > 5000, "{err:?}");
        assert_eq!(f.answers(), &before);
        assert_eq!(f.current().unwrap().question.id, "q1");
        // So is an answer that would push a full file over.
        let size = f.answers().to_yaml().len();
        f.go_to(2);
        assert!(f.record(Answer::Yes, size).is_err());
        assert_eq!(f.current().unwrap().question.id, "q2");
        assert_eq!(f.answers(), &before);
    }

    #[test]
    fn questions_asked_first_come_in_the_order_given_and_the_rest_keep_theirs() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        assert!(f.ask_first(&["q4", "q3", "nope", "q4"]));
        assert_eq!(ids(&f), ["q4", "q3", "q1", "q2"]);
        let s = f.current().unwrap();
        assert_eq!((s.number, s.total, s.group), (1, 4, "s2"));
        // Asked again with the same list, nothing moves.
        assert!(!f.ask_first(&["q4", "q3"]));
    }

    #[test]
    fn asking_first_moves_only_questions_ahead_and_unanswered() {
        let r = rubric();
        let mut a = answers(Stage::Before);
        a.answers.insert("q3".into(), entry(Answer::No));
        let mut f = Flow::new(&r, a);
        f.record(Answer::Yes, BIG).unwrap();
        // q1 is behind, q3 answered: neither moves; q4 comes before q2.
        f.ask_first(&["q1", "q3", "q4"]);
        assert_eq!(ids(&f), ["q1", "q4", "q2", "q3"]);
    }

    #[test]
    fn after_going_back_the_way_forward_stays_as_it_was() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        f.record(Answer::Yes, BIG).unwrap();
        f.back();
        assert!(!f.ask_first(&["q4"]));
        assert_eq!(f.current().unwrap().question.id, "q1");
        f.record(Answer::Yes, BIG).unwrap();
        // Forward again at a question not yet answered: now it moves.
        assert!(f.ask_first(&["q4"]));
        assert_eq!(f.current().unwrap().question.id, "q4");
    }

    #[test]
    fn the_decisive_questions_of_an_assessment_are_asked_first_worst_outcome_first() {
        let r = crate::testing::mini_rubric_2();
        let a = answers(Stage::Before);
        let scored = crate::score::assess(&r, &a);
        let decisive: Vec<&str> = scored.decisive.iter().map(|d| d.id.as_str()).collect();
        // Nothing known: only the red-flag questions could change the verdict alone, the one
        // that could make it ugly first.
        assert_eq!(decisive, ["f1q", "f2q"]);
        let mut f = Flow::new(&r, a);
        assert_eq!(f.current().unwrap().question.id, "a1");
        // In rubric order the red-flag questions come last under one heading.
        f.go_to(10);
        let s = f.current().unwrap();
        assert_eq!((s.question.id.as_str(), s.group), ("f2q", ""));
        assert!(!s.first_of_group, "the red-flag heading is repeated");
        f.go_to(1);
        f.ask_first(&decisive);
        assert_eq!(
            ids(&f),
            ["f1q", "f2q", "a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"]
        );
    }

    #[test]
    fn after_start_again_no_earlier_answer_counts_and_every_question_can_move() {
        let r = rubric();
        let mut a = answers(Stage::Before);
        a.answers.insert("q1".into(), entry(Answer::Yes));
        a.answers.insert("q4".into(), entry(Answer::Yes));
        let mut f = Flow::new(&r, a.clone());
        f.restart();
        assert!(f.answers_now().answers.is_empty());
        assert_eq!(f.answers(), &a, "the file keeps them until a new answer");
        assert!(f.has_unanswered());
        assert!(f.ask_first(&["q4"]));
        assert_eq!(f.current().unwrap().question.id, "q4");
    }

    #[test]
    fn a_flow_with_every_question_answered_has_none_unanswered() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        for _ in 0..3 {
            f.record(Answer::Yes, BIG).unwrap();
            assert!(f.has_unanswered());
        }
        f.record(Answer::No, BIG).unwrap();
        assert!(!f.has_unanswered());
        assert!(!f.ask_first(&["q1"]), "nothing ahead to move");
    }

    #[test]
    fn the_default_answer_is_never_favourable_by_itself() {
        assert_eq!(default_answer(None), Answer::DontKnow);
    }

    #[test]
    fn file_names_are_safe_slugs_of_partner_and_date() {
        let d = jiff::civil::date(2025, 3, 14);
        assert_eq!(
            default_file_name("Harm Reduction Fund (HRF)", d),
            "harm-reduction-fund-hrf-2025-03-14.yaml"
        );
        assert_eq!(
            default_file_name("../../etc/passwd", d),
            "etc-passwd-2025-03-14.yaml"
        );
        assert_eq!(
            default_file_name("Réseau Éveil", d),
            "réseau-éveil-2025-03-14.yaml"
        );
        assert_eq!(default_file_name("  ", d), "partner-2025-03-14.yaml");
    }

    #[test]
    fn evidence_is_split_on_semicolons_keeping_commas_in_names() {
        assert_eq!(
            parse_evidence(" MoU v2; Consortium agreement, section 5 ;; report "),
            ["MoU v2", "Consortium agreement, section 5", "report"]
        );
        assert!(parse_evidence("  ").is_empty());
    }

    #[test]
    fn only_the_same_partner_stage_and_rubric_is_the_same_assessment() {
        let a = answers(Stage::Before);
        assert!(same_assessment(&a, "mini", " p ", Stage::Before));
        assert!(!same_assessment(&a, "mini", "Q", Stage::Before));
        assert!(!same_assessment(&a, "mini", "P", Stage::Ongoing));
        assert!(!same_assessment(&a, "other", "P", Stage::Before));
    }
}
