//! The rubric as data: the serde model of `rubric/*.yaml`.
//!
//! A rubric carries the guide's content (principles, criteria, minimum standards, signs, red flags),
//! the question bank and the scoring rules, so that all three are versioned together. Every text is a
//! [`Text`]: one string per language the rubric declares.
//!
//! Compiled into build.rs too, by `#[path]`, so it must not import the rest of the crate: only
//! external crates.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The newest schema version this build of vet reads (it reads every older one too).
///
/// Schema 2 (rubric 2.0.0) adds per-question negotiation points, red flags that a hearsay answer
/// only suspects, the evidence-range scoring method and the migration map from older versions.
pub const SCHEMA: u32 = 2;

/// A text in every language the rubric declares, keyed by language tag (`en`, `fr`).
pub type Text = BTreeMap<String, String>;

/// A whole rubric file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Version of the file format (see [`SCHEMA`]).
    pub schema: u32,
    /// Stable identifier, e.g. `inpud-partnership`. Answers files name it.
    pub id: String,
    /// Semantic version of the content. Answers name it; a different major version is incompatible.
    pub version: String,
    /// Title of the rubric, per language.
    pub title: Text,
    /// Where the content comes from.
    pub source: Source,
    /// Language tags every text must carry; the first is the fallback.
    pub languages: Vec<String>,
    /// Remarks on the source that a reader should know (gaps, numbering), per language.
    #[serde(default)]
    pub notes: Vec<Item>,
    /// The guide's principles (INPUD 4.1).
    pub principles: Vec<Item>,
    /// Criteria for meaningful involvement (4.2).
    pub criteria: Vec<Item>,
    /// The elements of a transparent process (4.2, footnote 14).
    pub transparent_process: Vec<Item>,
    /// The minimum standards (4.3): the rows of the score table.
    pub standards: Vec<Standard>,
    /// How compliance with the standards is judged (4.3, last paragraph).
    pub compliance: Compliance,
    /// Elements of a good partnership (5.1).
    pub good_signs: Vec<Item>,
    /// Signs of a bad partnership (5.2 and the case studies).
    pub bad_signs: Vec<Item>,
    /// Red flags of an ugly partnership (5.3).
    pub red_flags: Vec<Flag>,
    /// The test of a community-led organisation (3), applied to a partner that claims to speak for
    /// the community.
    #[serde(default)]
    pub community_led_test: Vec<Item>,
    /// The rule that a refusal to answer or to document is itself a sign against the partner (6).
    pub refusal_rule: Item,
    /// The question bank.
    pub questions: Vec<Question>,
    /// The scoring and classification rules.
    pub scoring: Scoring,
    /// How answers files written for an older major version map onto this one (`vet migrate`, and
    /// `vet diff`/`vet history` across versions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub migrations: Vec<Migration>,
    /// How the answers of several respondents about one partner combine (`vet panel`). When a
    /// rubric has none, vet's built-in rules apply (`rubric/panel-default.yaml`, docs/panel.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panel: Option<PanelRules>,
}

/// How `vet panel` combines the answers that several respondents gave separately about one
/// partner into one answer per question, which is then scored like any answers file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PanelRules {
    /// Files dated at most this many days apart (earliest to latest) make one review.
    pub window_days: u32,
    /// On a red-flag question, how many of the respondents who answered it (refusals aside) must
    /// give the answer against the partner for the combined answer to be that answer, confirming
    /// the flag. Below that, a red flag reported by anyone is still suspected, never dropped.
    pub confirm_red_flag: Share,
    /// How the known answers to a question combine when they differ and no red flag or refusal
    /// decides. A refusal recorded by any respondent always makes the combined answer "refused".
    pub combine: Combine,
    /// Why the rules are what they are, grounded in the guide, per language.
    pub rationale: Text,
}

/// A share of the respondents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Share {
    /// At least one.
    Any,
    /// More than half.
    Majority,
    /// Every one.
    All,
}

/// How differing known answers combine into one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Combine {
    /// The median of the answers by value; between two middle answers, the less favourable. One
    /// respondent alone cannot move it, and a tie goes against the partner.
    LowerMedian,
    /// The least favourable answer given.
    LeastFavourable,
}

/// How the questions of an older major version of the rubric map onto this one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Migration {
    /// The major version of the older rubric, e.g. `"1"`.
    pub from: String,
    /// Old question id to the new ids that take its answer: one for a renamed question, several
    /// for a question split in parts. An old id not listed that still exists keeps its id.
    #[serde(default)]
    pub map: BTreeMap<String, Vec<String>>,
    /// Old questions with no counterpart, each with why.
    #[serde(default)]
    pub removed: Vec<Removed>,
}

/// A question of an older version that this version no longer asks.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Removed {
    pub id: String,
    /// Why it went, per language.
    pub why: Text,
}

/// Bibliographic source of the rubric's content.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub author: String,
    /// Publication date as written by the publisher, e.g. `2024-12`.
    pub date: String,
    pub licence: String,
    /// Where to find the source, if public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A citable element of the guide: principle, criterion, sign, note.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable identifier, unique within the rubric.
    pub id: String,
    /// Section of the guide, e.g. `4.1`, `5.3`, `Annex 4`.
    pub source: String,
    /// Short name, per language.
    pub name: Text,
    /// Paraphrase of the guide's content, per language.
    pub text: Text,
}

/// A minimum standard (4.3).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    pub id: String,
    pub source: String,
    pub name: Text,
    pub text: Text,
    /// What to ask the partner for when the standard falls short, in the guide's terms.
    pub negotiate: Text,
}

/// How compliance is judged (4.3, last paragraph): the aspects an assessment looks at.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compliance {
    pub source: String,
    pub text: Text,
    pub aspects: Vec<Item>,
}

/// A red flag of an ugly partnership (5.3).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub id: String,
    pub source: String,
    pub name: Text,
    pub text: Text,
    /// What to demand, or whether to walk away, when the flag is raised.
    pub negotiate: Text,
    /// The standards the flag bears on: its warnings appear on their rows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standards: Vec<String>,
    /// How vet judges the flag and why (which questions confirm it, which only suspect it),
    /// grounded in the guide. Required from schema 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judgement: Option<Text>,
}

/// What the answer fully against the partner does to a question's red flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Raises {
    /// It confirms them: the coordinator can see or ask to see what the question asks about.
    #[default]
    Confirmed,
    /// It only suspects them: the answer can rest on hearsay.
    Suspected,
}

/// When a question applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionStage {
    /// Before signing an agreement.
    Before,
    /// While the partnership runs (a yearly review).
    Ongoing,
    /// At both stages.
    Both,
}

/// What a "yes" to a question means for the partnership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Polarity {
    /// "Yes" speaks for the partner.
    Favourable,
    /// "Yes" is a warning sign.
    Warning,
}

/// What a question gives evidence of. Every id must resolve in the rubric.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidences {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standards: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transparent_process: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub red_flags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub good_signs: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bad_signs: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub community_led_test: Vec<String>,
}

/// A question of the bank.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable identifier; answers files are keyed by it.
    pub id: String,
    /// Section of the guide the question comes from (`6.iv`, `4.3`, `5.3`, `Annex 4`...).
    pub source: String,
    pub text: Text,
    /// Why the question matters, shown on demand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    pub stage: QuestionStage,
    /// Whether "yes" is favourable or a warning.
    pub yes_is: Polarity,
    pub evidences: Evidences,
    /// What the answer against the partner does to the question's red flags (default: confirms).
    #[serde(default, skip_serializing_if = "is_default")]
    pub raises: Raises,
    /// What to ask the partner for when this answer falls short. Required from schema 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negotiate: Option<Text>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// How a standard's answers become its status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// Rubric 1.0.0: the mean of the known answers, unknown below `min_known` of them; a verdict
    /// needs `min_coverage` of all questions known. Kept so that old verdicts reproduce.
    #[default]
    KnownMean,
    /// Rubric 2.0.0: each standard's score ranges from every open question answered against the
    /// partner to every one answered for it. Met when even the low end is met, short when even
    /// the high end is not, open otherwise. Monotone, so verdicts can be firm.
    EvidenceRange,
}

/// Scoring and classification rules, versioned with the rubric.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// How standards are scored; schema 1 rubrics use the 1.0.0 method.
    #[serde(default, skip_serializing_if = "is_default")]
    pub method: Method,
    /// Value of each answer on a favourable question, from 0 (against the partner) to 1 (for it).
    /// A warning question takes `1 - value`. "Don't know" and "not applicable" carry no value.
    pub values: AnswerValues,
    /// A standard is met when its score is at least this.
    pub met: f64,
    /// A standard is partly met when its score is at least this (and below `met`); below, not met.
    pub partly: f64,
    /// Method `known-mean` only: share of a standard's applicable questions that must have a known
    /// answer (yes, partly, no, refused) for its status to be anything but unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_known: Option<f64>,
    /// Method `known-mean` only: share of all applicable questions that must have a known answer
    /// for the `coverage-below-minimum` rule not to hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_coverage: Option<f64>,
    /// A red flag is confirmed when one of its questions gets the answer fully against the partner
    /// ("yes" on a warning question, "no" on a favourable one); "partly" raises it as suspected.
    /// The ordered classification rules: the first that holds gives the verdict.
    pub rules: Vec<Rule>,
    /// Why each threshold is what it is, grounded in the guide, per language.
    pub rationale: Text,
}

/// The value of each answer of the scale that carries one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerValues {
    /// Also read as `true`: a YAML 1.1 tool (PyYAML) reads a bare `yes:` key as the boolean true
    /// and writes it back as `true:`. Only here: nowhere else in a rubric is a key yes or no.
    #[serde(alias = "true")]
    pub yes: f64,
    pub partly: f64,
    /// Also read as `false`, for the same reason as `yes`.
    #[serde(alias = "false")]
    pub no: f64,
    /// A refusal counts against the partner (6): usually the same as the unfavourable answer.
    pub refused: f64,
}

/// One classification rule: when `when` holds, the verdict is `verdict`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub when: Condition,
    pub verdict: Verdict,
    /// Where the rule comes from in the guide.
    pub source: String,
    /// The judgement the rule makes, and why, per language. Required from schema 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<Text>,
}

/// The conditions a rule can test. The vocabulary is fixed; thresholds are in [`Scoring`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Condition {
    /// At least one red flag is confirmed.
    RedFlagConfirmed,
    /// At least one red flag is suspected (and none confirmed).
    RedFlagSuspected,
    /// A question of a red flag asked at the file's stage has no known answer.
    RedFlagOpen,
    /// Fewer than `min_coverage` of the applicable questions have a known answer.
    CoverageBelowMinimum,
    /// At least one standard is not met.
    StandardNotMet,
    /// At least one standard is only partly met.
    StandardPartlyMet,
    /// The partner refused to answer or to document at least one question.
    Refusal,
    /// At least one standard's status is unknown.
    StandardUnknown,
    /// Always holds: the last rule.
    Always,
}

/// The overall verdict on a partnership. Ordered from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Good,
    Inconclusive,
    Bad,
    Ugly,
}

impl Verdict {
    /// The token used in JSON and CSV.
    pub fn token(self) -> &'static str {
        match self {
            Verdict::Good => "good",
            Verdict::Inconclusive => "inconclusive",
            Verdict::Bad => "bad",
            Verdict::Ugly => "ugly",
        }
    }
}
