//! What is wrong with a rubric: a [`Problem`], with its place in the file, and its
//! [`ProblemKind`], worded in the locales.
//!
//! Compiled into build.rs too, by `#[path]` (through validate.rs), so it must not import the rest
//! of the crate: only external crates and the modules build.rs declares (`locate`, `model`).

/// One thing wrong with a rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the document, e.g. `questions[3].evidences.standards[0]`.
    pub path: String,
    /// The line in the file, when it could be found.
    pub line: Option<usize>,
    pub kind: ProblemKind,
}

/// What is wrong. Wording is in the locales (`problem-*`).
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    NoLanguages,
    BadVersion {
        version: String,
    },
    EmptyId,
    DuplicateId {
        id: String,
    },
    MissingText {
        lang: String,
    },
    UnknownReference {
        list: String,
        id: String,
    },
    NotEvidenced {
        list: String,
        id: String,
    },
    NoQuestionAtStage {
        id: String,
        stage: String,
    },
    NoStandard {
        id: String,
    },
    OutOfRange {
        name: String,
        value: f64,
    },
    ThresholdOrder {
        partly: f64,
        met: f64,
    },
    NoFinalRule,
    StandardCount {
        found: usize,
    },
    /// Method evidence-range: a question evidences both standards and red flags.
    StandardAndRedFlag {
        id: String,
    },
    /// Method evidence-range: a question evidences more than one standard.
    SeveralStandards {
        id: String,
    },
    /// `raises` on a question that evidences no red flag.
    RaisesWithoutRedFlag {
        id: String,
    },
    /// Method evidence-range: a rule gives a worse verdict than a rule before it, or tests
    /// coverage; either would let a more favourable answer make the verdict worse.
    RuleOrder {
        when: String,
    },
    /// Method known-mean: a threshold it needs is missing.
    MissingThreshold {
        name: String,
    },
    /// An old question that the migration map neither keeps, maps nor removes.
    NotMigrated {
        id: String,
        from: String,
    },
    /// `panel.window_days` is 0 or more than a year.
    PanelWindow {
        days: u32,
    },
}

impl ProblemKind {
    /// The id of the locale message that words this problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            ProblemKind::NoLanguages => "problem-no-languages",
            ProblemKind::BadVersion { .. } => "problem-bad-version",
            ProblemKind::EmptyId => "problem-empty-id",
            ProblemKind::DuplicateId { .. } => "problem-duplicate-id",
            ProblemKind::MissingText { .. } => "problem-missing-text",
            ProblemKind::UnknownReference { .. } => "problem-unknown-reference",
            ProblemKind::NotEvidenced { .. } => "problem-not-evidenced",
            ProblemKind::NoQuestionAtStage { .. } => "problem-no-question-at-stage",
            ProblemKind::NoStandard { .. } => "problem-no-standard",
            ProblemKind::OutOfRange { .. } => "problem-out-of-range",
            ProblemKind::ThresholdOrder { .. } => "problem-threshold-order",
            ProblemKind::NoFinalRule => "problem-no-final-rule",
            ProblemKind::StandardCount { .. } => "problem-standard-count",
            ProblemKind::StandardAndRedFlag { .. } => "problem-standard-and-red-flag",
            ProblemKind::SeveralStandards { .. } => "problem-several-standards",
            ProblemKind::RaisesWithoutRedFlag { .. } => "problem-raises-without-red-flag",
            ProblemKind::RuleOrder { .. } => "problem-rule-order",
            ProblemKind::MissingThreshold { .. } => "problem-missing-threshold",
            ProblemKind::NotMigrated { .. } => "problem-not-migrated",
            ProblemKind::PanelWindow { .. } => "problem-panel-window",
        }
    }
}
