//! The survey form of a rubric, as data: which fields an XLSForm has, with which names, in which
//! groups. Pure: built from whatever rubric is loaded, never from hard-coded question ids.
//! [`super::xlsform`] lays it out in sheets; [`super::import`] reads submissions back through the
//! same names.
//!
//! The mapping between the rubric and the form's names, documented in docs/survey.md:
//!
//! - a question's field is named by its id, unchanged (`ethical-record`): XForm names are XML
//!   names, which allow letters, digits, `-`, `_` and `.`; an id that is not one is refused when
//!   the form is built, so the mapping is the identity both ways;
//! - its note is `<id>_note`;
//! - a question sits in the group of the first standard it evidences, named by the standard's id;
//!   questions that evidence no standard sit in `red_flags` (when they evidence a red flag) or
//!   `other_questions`;
//! - the answer scale's choice names are [`choice_name`], one per [`Answer`], and back with
//!   [`answer_of_choice`];
//! - fixed fields: `partner`, `stage`, `role` (the answers file's `assessor`), `rubric_id` and
//!   `rubric_version` (calculated, so that every submission says which rubric it answers), and the
//!   metadata `start` and `end`.

use crate::answers::{Answer, Stage};
use crate::rubric::{Question, QuestionStage, Rubric, Standard};

/// Names of the fields every form has.
pub mod names {
    pub const START: &str = "start";
    pub const END: &str = "end";
    pub const RUBRIC_ID: &str = "rubric_id";
    pub const RUBRIC_VERSION: &str = "rubric_version";
    pub const PARTNER: &str = "partner";
    pub const STAGE: &str = "stage";
    pub const ROLE: &str = "role";
    /// Group of the questions that evidence red flags and no standard.
    pub const RED_FLAGS: &str = "red_flags";
    /// Group of the questions that evidence neither a standard nor a red flag.
    pub const OTHER: &str = "other_questions";
    /// The list of the answer scale on the choices sheet.
    pub const ANSWER_LIST: &str = "answer";
    /// The list of the stages on the choices sheet.
    pub const STAGE_LIST: &str = "stage";
    /// What a question's id is followed by in the name of its note.
    pub const NOTE_SUFFIX: &str = "_note";
}

/// The choice name of an answer: the answers file's token where it is a valid XML name (`yes`,
/// `partly`, `no`, `refused`), else the token spelled with `_` (`dont-know` is `dont_know`, `n/a`
/// is `not_applicable`), so that every name reads the same in every export.
pub fn choice_name(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "yes",
        Answer::Partly => "partly",
        Answer::No => "no",
        Answer::DontKnow => "dont_know",
        Answer::Refused => "refused",
        Answer::NotApplicable => "not_applicable",
    }
}

/// The answer of a choice name; exactly the inverse of [`choice_name`].
pub fn answer_of_choice(name: &str) -> Option<Answer> {
    Answer::ALL.into_iter().find(|a| choice_name(*a) == name)
}

/// The choice name of a stage: its answers file token.
pub fn stage_choice(stage: Stage) -> &'static str {
    stage.token()
}

/// A field of the form that import reads.
#[derive(Debug, Clone, Copy)]
pub enum Field<'r> {
    Start,
    End,
    RubricId,
    RubricVersion,
    Partner,
    Stage,
    Role,
    Answer(&'r Question),
    Note(&'r Question),
}

impl PartialEq for Field<'_> {
    fn eq(&self, other: &Self) -> bool {
        use Field as F;
        match (self, other) {
            (F::Answer(a), F::Answer(b)) | (F::Note(a), F::Note(b)) => a.id == b.id,
            _ => {
                !matches!(self, F::Answer(_) | F::Note(_))
                    && std::mem::discriminant(self) == std::mem::discriminant(other)
            }
        }
    }
}

/// A group of questions: one per standard, in the rubric's order, then the red flags.
#[derive(Debug, Clone)]
pub struct Group<'r> {
    /// The group's field name.
    pub name: String,
    /// What the group is named after: a standard, or none for `red_flags` and `other_questions`.
    pub kind: GroupKind<'r>,
    /// Its questions, in the rubric's order.
    pub questions: Vec<&'r Question>,
}

/// What a group gathers.
#[derive(Debug, Clone, Copy)]
pub enum GroupKind<'r> {
    Standard(&'r Standard),
    RedFlags,
    Other,
}

/// Why a rubric cannot be made a form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    /// An id that is not a valid XForm name.
    #[error("not an XForm name")]
    BadName { id: String },
    /// Two fields would have the same name (XForm names are compared without case by pyxform).
    #[error("name clash")]
    Clash { name: String },
    /// The rubric's id or version holds both kinds of quote, so no XPath string can hold it.
    #[error("unquotable")]
    Unquotable { value: String },
}

/// The form of a rubric at a stage (or at both).
#[derive(Debug, Clone)]
pub struct Form<'r> {
    pub rubric: &'r Rubric,
    /// The stage the form is for; `None` asks it, and each question is relevant at its stage.
    pub stage: Option<Stage>,
    pub groups: Vec<Group<'r>>,
}

impl<'r> Form<'r> {
    /// The form of `rubric` for `stage` (`None`: both stages). Fails when an id cannot be an XForm
    /// name or two names clash.
    pub fn new(rubric: &'r Rubric, stage: Option<Stage>) -> Result<Form<'r>, FormError> {
        let asked = |q: &Question| stage.is_none_or(|s| s.includes(q.stage));
        let mut groups: Vec<Group> = rubric
            .standards
            .iter()
            .map(|s| Group {
                name: s.id.clone(),
                kind: GroupKind::Standard(s),
                questions: Vec::new(),
            })
            .collect();
        let mut flags = Vec::new();
        let mut other = Vec::new();
        for q in rubric.questions.iter().filter(|q| asked(q)) {
            let group = q
                .evidences
                .standards
                .first()
                .and_then(|s| groups.iter_mut().find(|g| &g.name == s));
            match group {
                Some(g) => g.questions.push(q),
                None if !q.evidences.red_flags.is_empty() => flags.push(q),
                None => other.push(q),
            }
        }
        groups.push(Group {
            name: names::RED_FLAGS.into(),
            kind: GroupKind::RedFlags,
            questions: flags,
        });
        groups.push(Group {
            name: names::OTHER.into(),
            kind: GroupKind::Other,
            questions: other,
        });
        groups.retain(|g| !g.questions.is_empty());
        let form = Form {
            rubric,
            stage,
            groups,
        };
        form.check()?;
        Ok(form)
    }

    /// Every name valid and unique (without case), the rubric's id and version quotable.
    fn check(&self) -> Result<(), FormError> {
        for g in &self.groups {
            if !is_xform_name(&g.name) {
                return Err(FormError::BadName { id: g.name.clone() });
            }
            for q in &g.questions {
                if !is_xform_name(&q.id) {
                    return Err(FormError::BadName { id: q.id.clone() });
                }
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for name in self.names() {
            // `meta` is pyxform's own group.
            if !seen.insert(name.to_lowercase()) || name.eq_ignore_ascii_case("meta") {
                return Err(FormError::Clash { name });
            }
        }
        for value in [&self.rubric.id, &self.rubric.version] {
            if value.contains('\'') && value.contains('"') {
                return Err(FormError::Unquotable {
                    value: value.clone(),
                });
            }
        }
        Ok(())
    }

    /// Every field and group name of the form's survey sheet.
    fn names(&self) -> Vec<String> {
        let mut out: Vec<String> = [
            names::START,
            names::END,
            names::RUBRIC_ID,
            names::RUBRIC_VERSION,
            names::PARTNER,
            names::STAGE,
            names::ROLE,
        ]
        .map(String::from)
        .to_vec();
        for g in &self.groups {
            out.push(g.name.clone());
            for q in &g.questions {
                out.push(q.id.clone());
                out.push(note_name(&q.id));
            }
        }
        out
    }

    /// The form's id: the rubric's, followed by the stage when the form is for one stage only, so
    /// that both forms can live in one project of a server.
    pub fn form_id(&self) -> String {
        match self.stage {
            None => self.rubric.id.clone(),
            Some(s) => format!("{}-{}", self.rubric.id, s.token()),
        }
    }

    /// The questions of the form, in its order.
    pub fn questions(&self) -> impl Iterator<Item = &'r Question> + '_ {
        self.groups.iter().flat_map(|g| g.questions.iter().copied())
    }

    /// Every field import reads: its group (none at the form's root), its name, what it is.
    pub fn fields(&self) -> Vec<(Option<&str>, String, Field<'r>)> {
        let mut out: Vec<(Option<&str>, String, Field<'r>)> = [
            (names::START, Field::Start),
            (names::END, Field::End),
            (names::RUBRIC_ID, Field::RubricId),
            (names::RUBRIC_VERSION, Field::RubricVersion),
            (names::PARTNER, Field::Partner),
            (names::STAGE, Field::Stage),
            (names::ROLE, Field::Role),
        ]
        .into_iter()
        .map(|(n, f)| (None, n.to_string(), f))
        .collect();
        for g in &self.groups {
            for q in &g.questions {
                out.push((Some(g.name.as_str()), q.id.clone(), Field::Answer(q)));
                out.push((Some(g.name.as_str()), note_name(&q.id), Field::Note(q)));
            }
        }
        out
    }

    /// When a question is shown: at its own stage only, in a form that asks both.
    pub fn relevant(&self, q: &Question) -> Option<String> {
        let only = match q.stage {
            QuestionStage::Both => return None,
            QuestionStage::Before => Stage::Before,
            QuestionStage::Ongoing => Stage::Ongoing,
        };
        self.stage
            .is_none()
            .then(|| format!("${{{}}} = '{}'", names::STAGE, stage_choice(only)))
    }
}

/// The name of a question's note field.
pub fn note_name(id: &str) -> String {
    format!("{id}{}", names::NOTE_SUFFIX)
}

/// A string as an XPath literal: in single quotes, or double when it holds a single quote.
pub fn xpath_literal(value: &str) -> String {
    if value.contains('\'') {
        format!("\"{value}\"")
    } else {
        format!("'{value}'")
    }
}

/// Whether `name` is a valid XForm name: an XML name without a colon (an NCName), as pyxform
/// checks it. It starts with a letter or `_` and goes on with letters, digits, `-`, `_`, `.` and
/// the combining marks XML allows.
pub fn is_xform_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(name_start) && chars.all(|c| name_start(c) || name_char(c))
}

fn name_start(c: char) -> bool {
    matches!(c,
        'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

fn name_char(c: char) -> bool {
    matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::mini_rubric;

    #[test]
    fn choice_names_map_one_to_one_onto_answers_and_are_xform_names() {
        let names: std::collections::BTreeSet<_> = Answer::ALL.map(choice_name).into();
        assert_eq!(names.len(), Answer::ALL.len());
        for a in Answer::ALL {
            assert!(is_xform_name(choice_name(a)), "{a:?}");
            assert_eq!(answer_of_choice(choice_name(a)), Some(a));
            // The answers file reads the choice name as the same answer too.
            assert_eq!(Answer::parse(choice_name(a)), Some(a));
        }
        assert_eq!(answer_of_choice("n/a"), None);
        assert_eq!(answer_of_choice("Yes"), None);
    }

    #[test]
    fn xform_names_follow_xml_rules() {
        for good in ["a", "_x", "ethical-record", "q1.2", "é-tude", "x_note"] {
            assert!(is_xform_name(good), "{good}");
        }
        for bad in ["", "1a", "-a", ".a", "a b", "a:b", "a/b", "n/a", "a'b"] {
            assert!(!is_xform_name(bad), "{bad}");
        }
    }

    #[test]
    fn questions_go_to_their_first_standard_at_the_form_stage() {
        let rubric = mini_rubric();
        let form = Form::new(&rubric, None).unwrap();
        let groups: Vec<(&str, Vec<&str>)> = form
            .groups
            .iter()
            .map(|g| {
                (
                    g.name.as_str(),
                    g.questions.iter().map(|q| q.id.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            groups,
            [("s1", vec!["q1", "q2"]), ("s2", vec!["q3", "q4", "q5"])]
        );
        let before = Form::new(&rubric, Some(Stage::Before)).unwrap();
        let ids: Vec<&str> = before.questions().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["q1", "q2", "q3", "q4"]);
        assert_eq!(before.form_id(), "mini-before");
        assert_eq!(form.form_id(), "mini");
    }

    #[test]
    fn a_question_of_red_flags_only_has_a_group_of_its_own() {
        let mut rubric = mini_rubric();
        rubric.questions[2].evidences.standards.clear();
        let form = Form::new(&rubric, None).unwrap();
        let last = form.groups.last().unwrap();
        assert_eq!(last.name, names::RED_FLAGS);
        assert_eq!(last.questions[0].id, "q3");
    }

    #[test]
    fn stage_questions_are_relevant_at_their_stage_in_a_form_of_both() {
        let rubric = mini_rubric();
        let both = Form::new(&rubric, None).unwrap();
        let q4 = rubric.question("q4").unwrap();
        assert_eq!(both.relevant(q4).as_deref(), Some("${stage} = 'before'"));
        assert_eq!(both.relevant(rubric.question("q1").unwrap()), None);
        let before = Form::new(&rubric, Some(Stage::Before)).unwrap();
        assert_eq!(before.relevant(q4), None);
    }

    #[test]
    fn ids_that_are_not_names_or_clash_are_refused() {
        let mut rubric = mini_rubric();
        rubric.questions[0].id = "1st question".into();
        assert_eq!(
            Form::new(&rubric, None).unwrap_err(),
            FormError::BadName {
                id: "1st question".into()
            }
        );
        let mut rubric = mini_rubric();
        rubric.questions[0].id = "Partner".into();
        assert_eq!(
            Form::new(&rubric, None).unwrap_err(),
            FormError::Clash {
                name: "Partner".into()
            }
        );
        let mut rubric = mini_rubric();
        rubric.questions[1].id = "q1_note".into();
        assert!(matches!(
            Form::new(&rubric, None),
            Err(FormError::Clash { .. })
        ));
    }
}
