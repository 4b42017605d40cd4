//! The combining rules: where a panel's rules come from (the rubric's `panel:` section or vet's
//! built-in ones), and how the answers several respondents gave to one question [`combine`] into
//! one, with how they spread, whether they agree, and the rule that gave the combined answer.

use serde::Serialize;

use crate::answers::Answer;
use crate::rubric::{Combine, PanelRules, Question, Rubric, Share};
use crate::score;
use crate::yaml;

/// vet's built-in panel rules, used for a rubric without a `panel:` section. The same text is
/// the snippet in docs/panel.md, to paste into a rubric.
pub const DEFAULT_RULES: &str = include_str!("../../rubric/panel-default.yaml");

/// Where the rules of a panel come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RulesFrom {
    /// The rubric's own `panel:` section.
    Rubric,
    /// vet's built-in rules ([`DEFAULT_RULES`]).
    Default,
}

/// vet's built-in rules, parsed.
pub fn default_rules() -> PanelRules {
    #[derive(serde::Deserialize)]
    struct File {
        panel: PanelRules,
    }
    // The text is embedded and checked by the tests; should it ever fail to parse, the rules it
    // holds are spelled out here with no rationale rather than panic.
    yaml::from_str::<File>(DEFAULT_RULES)
        .map(|f| f.panel)
        .unwrap_or_else(|_| PanelRules {
            window_days: 90,
            confirm_red_flag: Share::Majority,
            combine: Combine::LowerMedian,
            rationale: Default::default(),
        })
}

/// The rules `rubric` gives for a panel, and where they come from.
pub fn rules(rubric: &Rubric) -> (PanelRules, RulesFrom) {
    match &rubric.panel {
        Some(p) => (p.clone(), RulesFrom::Rubric),
        None => (default_rules(), RulesFrom::Default),
    }
}

/// How the respondents' answers to one question spread.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Spread {
    pub yes: usize,
    pub partly: usize,
    pub no: usize,
    pub dont_know: usize,
    pub refused: usize,
    pub not_applicable: usize,
    /// Respondents who left the question blank.
    pub no_answer: usize,
}

impl Spread {
    pub(super) fn of(given: &[Option<Answer>]) -> Spread {
        let mut s = Spread::default();
        for g in given {
            *match g {
                Some(Answer::Yes) => &mut s.yes,
                Some(Answer::Partly) => &mut s.partly,
                Some(Answer::No) => &mut s.no,
                Some(Answer::DontKnow) => &mut s.dont_know,
                Some(Answer::Refused) => &mut s.refused,
                Some(Answer::NotApplicable) => &mut s.not_applicable,
                None => &mut s.no_answer,
            } += 1;
        }
        s
    }

    /// How many gave `answer`.
    pub fn count(&self, answer: Answer) -> usize {
        match answer {
            Answer::Yes => self.yes,
            Answer::Partly => self.partly,
            Answer::No => self.no,
            Answer::DontKnow => self.dont_know,
            Answer::Refused => self.refused,
            Answer::NotApplicable => self.not_applicable,
        }
    }
}

/// Whether the respondents who gave a known answer (yes, partly, no, refused) agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Agreement {
    /// Nobody gave a known answer.
    Unknown,
    /// Every known answer is the same.
    Agree,
    /// Known answers differ, but nobody is fully for the partner while another is fully against
    /// it (e.g. yes and partly).
    Differ,
    /// One respondent's answer is fully for the partner, another's fully against it (yes and no,
    /// or yes and refused).
    Split,
}

/// Which rule gave a question's combined answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// Nobody answered: the question stays open.
    NoAnswer,
    /// Nobody gave a known answer: "don't know", or "not applicable" when all said so.
    NoneKnown,
    /// Every known answer is the same.
    Same,
    /// A red flag reported by enough respondents (`confirm_red_flag`): the answer against the
    /// partner, confirming it.
    RedFlagReported,
    /// A red flag reported by some and contradicted by others, short of `confirm_red_flag`:
    /// "partly", so that it is suspected, and a point to check.
    RedFlagContradicted,
    /// A "partly" on a red-flag question: suspected by someone, kept suspected.
    RedFlagPartly,
    /// A respondent recorded a refusal (guide 6).
    Refusal,
    /// `combine: lower-median`.
    LowerMedian,
    /// `combine: least-favourable`.
    LeastFavourable,
}

/// Combines the answers `given` by several respondents to question `q`. Pure and independent of
/// the respondents' order. Returns the combined answer, the rule that gave it, and whether it is
/// a point to check.
pub fn combine(
    rubric: &Rubric,
    rules: &PanelRules,
    q: &Question,
    given: &[Option<Answer>],
) -> (Option<Answer>, Why, bool) {
    let answered: Vec<Answer> = given.iter().flatten().copied().collect();
    if answered.is_empty() {
        return (None, Why::NoAnswer, false);
    }
    let known: Vec<Answer> = answered.iter().copied().filter(|a| a.is_known()).collect();
    let Some(&first) = known.first() else {
        let all_na = answered.iter().all(|&a| a == Answer::NotApplicable);
        let a = if all_na {
            Answer::NotApplicable
        } else {
            Answer::DontKnow
        };
        return (Some(a), Why::NoneKnown, false);
    };
    if known.iter().all(|&a| a == first) {
        return (Some(first), Why::Same, false);
    }
    let red = !q.evidences.red_flags.is_empty();
    let against = score::against(q);
    let refused = known.contains(&Answer::Refused);
    let reporting = known.iter().filter(|&&a| a == against).count();
    // Those who answered otherwise than against the partner, refusals aside, contradict a report.
    let contradicting = known
        .iter()
        .filter(|&&a| a != against && a != Answer::Refused)
        .count();
    if red && reporting > 0 {
        let confirmed = match rules.confirm_red_flag {
            Share::Any => true,
            Share::Majority => 2 * reporting > reporting + contradicting,
            Share::All => contradicting == 0,
        };
        return if confirmed {
            (Some(against), Why::RedFlagReported, contradicting > 0)
        } else if refused {
            // A refusal bars good as a suspicion does; the flag stays a point to check.
            (Some(Answer::Refused), Why::Refusal, true)
        } else {
            (Some(Answer::Partly), Why::RedFlagContradicted, true)
        };
    }
    if refused {
        return (Some(Answer::Refused), Why::Refusal, true);
    }
    if red && known.contains(&Answer::Partly) {
        return (Some(Answer::Partly), Why::RedFlagPartly, true);
    }
    // Every known answer now has a distinct value (refusals are handled above): sort by it.
    let value = |a: Answer| score::value(&rubric.scoring, q, a).unwrap_or(0.0);
    let mut sorted = known;
    sorted.sort_by(|a, b| value(*a).total_cmp(&value(*b)));
    match rules.combine {
        Combine::LowerMedian => (
            Some(sorted[(sorted.len() - 1) / 2]),
            Why::LowerMedian,
            false,
        ),
        Combine::LeastFavourable => (Some(sorted[0]), Why::LeastFavourable, false),
    }
}
