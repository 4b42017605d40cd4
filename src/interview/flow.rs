//! The interview's logic, without a terminal: which questions are asked and in what order, where
//! the person is, going back, skipping, resuming, and what a new answer changes.
//!
//! The prompter (`super::prompter`) only shows what [`Flow`] says and hands back what the person
//! chose; everything here is unit-tested with no TTY.

use crate::answers::{Answer, Answers, Entry};
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
            first_of_group: self.pos == 0 || group_of(self.order[self.pos - 1]) != Some(group),
            previous: self.answers.answers.get(&q.id),
        })
    }

    /// Records `entry` for the current question and moves on. Returns the red flags the answer
    /// confirms.
    pub fn record(&mut self, entry: Entry) -> Recorded {
        let Some(&i) = self.order.get(self.pos) else {
            return Recorded::default();
        };
        let q = &self.rubric.questions[i];
        let red_flags = if crate::score::confirms(q, entry.answer) {
            q.evidences.red_flags.clone()
        } else {
            Vec::new()
        };
        self.answers.answers.insert(q.id.clone(), entry);
        self.pos += 1;
        Recorded { red_flags }
    }

    /// Sets the entry of the current question without moving: a note or documents given before
    /// the answer is chosen are saved at once, so that Back or an interruption loses nothing.
    pub fn record_in_place(&mut self, entry: Entry) {
        if let Some(&i) = self.order.get(self.pos) {
            self.answers
                .answers
                .insert(self.rubric.questions[i].id.clone(), entry);
        }
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

    fn answers(stage: Stage) -> Answers {
        crate::testing::answers(stage, &[])
    }

    fn ids(flow: &Flow) -> Vec<String> {
        let mut f = flow.clone();
        f.go_to(1);
        let mut out = vec![];
        while let Some(s) = f.current() {
            out.push(s.question.id.clone());
            f.record(entry(Answer::DontKnow));
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
        f.record(entry(Answer::Yes));
        let s = f.current().unwrap();
        assert_eq!((s.number, s.group, s.first_of_group), (2, "s1", false));
        f.record(entry(Answer::Yes));
        let s = f.current().unwrap();
        assert_eq!((s.number, s.group, s.first_of_group), (3, "s2", true));
    }

    #[test]
    fn going_back_shows_the_previous_answer_and_changing_it_replaces_it() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        f.record(entry(Answer::Yes));
        assert!(f.back());
        let s = f.current().unwrap();
        assert_eq!(s.question.id, "q1");
        assert_eq!(s.previous.map(|e| e.answer), Some(Answer::Yes));
        assert_eq!(default_answer(s.previous), Answer::Yes);
        f.record(entry(Answer::No));
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
            f.record(entry(Answer::Yes)).red_flags,
            vec!["f1".to_string()]
        );
        f.go_to(3);
        assert!(f.record(entry(Answer::Partly)).red_flags.is_empty());
        f.go_to(3);
        assert!(f.record(entry(Answer::No)).red_flags.is_empty());
    }

    #[test]
    fn recording_in_place_saves_without_moving() {
        let r = rubric();
        let mut f = Flow::new(&r, answers(Stage::Before));
        f.record_in_place(entry(Answer::Partly));
        assert_eq!(f.current().unwrap().question.id, "q1");
        assert_eq!(f.answers().answers["q1"].answer, Answer::Partly);
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
