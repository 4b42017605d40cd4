//! Checking a parsed rubric: every reference resolves, ids are unique, every text is in every
//! declared language, thresholds are sane, every standard and red flag can be evidenced.
//!
//! Every problem is reported in one pass, each with its path in the file and, where the text lets
//! us find it, its line. What is wrong is a [`Problem`] (`validate/problem.rs`); the migration map
//! is checked against the older rubric it maps from in `validate/migration.rs`; the walk over the
//! rubric's lists is `validate/items.rs`.
//!
//! Compiled into build.rs too, by `#[path]`, so it must not import the rest of the crate: only
//! external crates, `model` (as `super::model`) and `locate` (as `crate::locate`), which build.rs
//! declares at the same places.

// Explicit paths: loaded by `#[path]` in build.rs, this file would look for its submodules in
// src/rubric/, not src/rubric/validate/; a `#[path]` here is relative to src/rubric/ in both builds.
#[path = "validate/items.rs"]
mod items;
#[path = "validate/migration.rs"]
mod migration;
#[path = "validate/problem.rs"]
mod problem;

use std::collections::{BTreeMap, BTreeSet};

use super::model::*;
use crate::locate;
use items::{evidence_lists, ids, items};
pub use problem::{Problem, ProblemKind};

/// The longest window of one panel review, in days: files a year apart are two reviews.
pub const MAX_PANEL_WINDOW: u32 = 366;

struct Checker<'a> {
    text: &'a str,
    languages: &'a [String],
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn push(&mut self, path: String, line: Option<usize>, kind: ProblemKind) {
        self.problems.push(Problem { path, line, kind });
    }

    fn texts(&mut self, path: &str, line: Option<usize>, fields: &[(&str, &Text)]) {
        for (name, text) in fields {
            for lang in self.languages {
                if text.get(lang).is_none_or(|t| t.trim().is_empty()) {
                    self.push(
                        format!("{path}.{name}"),
                        line,
                        ProblemKind::MissingText { lang: lang.clone() },
                    );
                }
            }
        }
    }
}

impl Rubric {
    /// Checks the rubric. `text` is its source, used to find lines; pass "" when there is none.
    pub fn validate(&self, text: &str) -> Vec<Problem> {
        // Every item's line, found once: searching the text for each of hundreds of ids was most
        // of the time a `--rubric` run took.
        let id_lines = locate::id_lines(text);
        let id_line = |id: &str| id_lines.get(id).copied();
        let mut c = Checker {
            text,
            languages: &self.languages,
            problems: Vec::new(),
        };
        if self.languages.is_empty() {
            c.push(
                "languages".into(),
                locate::key_line(text, "languages"),
                ProblemKind::NoLanguages,
            );
        }
        if !is_semver(&self.version) {
            c.push(
                "version".into(),
                locate::key_line(text, "version"),
                ProblemKind::BadVersion {
                    version: self.version.clone(),
                },
            );
        }
        c.texts(
            "title",
            locate::key_line(text, "title"),
            &[("", &self.title)],
        );
        c.texts(
            "compliance",
            locate::key_line(text, "compliance"),
            &[("text", &self.compliance.text)],
        );
        c.texts(
            "scoring",
            locate::key_line(text, "rationale"),
            &[("rationale", &self.scoring.rationale)],
        );
        if let Some(panel) = &self.panel {
            let line = locate::key_line(text, "panel");
            c.texts("panel", line, &[("rationale", &panel.rationale)]);
            if !(1..=MAX_PANEL_WINDOW).contains(&panel.window_days) {
                c.push(
                    "panel.window_days".into(),
                    locate::key_line(text, "window_days").or(line),
                    ProblemKind::PanelWindow {
                        days: panel.window_days,
                    },
                );
            }
        }
        if self.standards.is_empty() {
            c.push(
                "standards".into(),
                locate::key_line(text, "standards"),
                ProblemKind::StandardCount { found: 0 },
            );
        }

        // Ids: present, unique across the whole file (answers and reports name items by id alone).
        let mut seen: BTreeMap<&str, String> = BTreeMap::new();
        for (list, i, id, texts) in items(self) {
            let path = if list == "refusal_rule" {
                list.to_string()
            } else {
                format!("{list}[{i}]")
            };
            let line = id_line(id);
            if id.trim().is_empty() {
                c.push(path.clone(), line, ProblemKind::EmptyId);
            } else if seen.contains_key(id) {
                c.push(
                    format!("{path} ({id})"),
                    nth_id_line(c.text, id, 2).or(line),
                    ProblemKind::DuplicateId { id: id.to_string() },
                );
            } else {
                seen.insert(id, path.clone());
            }
            c.texts(&format!("{path} ({id})"), line, &texts);
        }

        // References from questions.
        let known: [(&str, BTreeSet<&str>); 8] = [
            (
                "standards",
                self.standards.iter().map(|s| s.id.as_str()).collect(),
            ),
            ("principles", ids(&self.principles)),
            ("criteria", ids(&self.criteria)),
            ("transparent_process", ids(&self.transparent_process)),
            (
                "red_flags",
                self.red_flags.iter().map(|f| f.id.as_str()).collect(),
            ),
            ("good_signs", ids(&self.good_signs)),
            ("bad_signs", ids(&self.bad_signs)),
            ("community_led_test", ids(&self.community_led_test)),
        ];
        let mut evidenced: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        let range = self.scoring.method == Method::EvidenceRange;
        for (qi, q) in self.questions.iter().enumerate() {
            let line = id_line(&q.id);
            let at = |field: &str| format!("questions[{qi}] ({}).{field}", q.id);
            let (standards, flags) = (&q.evidences.standards, &q.evidences.red_flags);
            // With evidence-range, a question has one subject: one standard, or red flags, whose
            // "no" must not raise a standard's score (issue 9; guide 4.3 and 5.3).
            let kind = match (standards.len(), flags.is_empty()) {
                (0, true) => Some(ProblemKind::NoStandard { id: q.id.clone() }),
                (0, false) if !range => Some(ProblemKind::NoStandard { id: q.id.clone() }),
                (1.., false) if range => Some(ProblemKind::StandardAndRedFlag { id: q.id.clone() }),
                (2.., true) if range => Some(ProblemKind::SeveralStandards { id: q.id.clone() }),
                _ => None,
            };
            if let Some(kind) = kind {
                c.push(at("evidences.standards"), line, kind);
            }
            if q.raises != Raises::Confirmed && flags.is_empty() {
                c.push(
                    at("raises"),
                    line,
                    ProblemKind::RaisesWithoutRedFlag { id: q.id.clone() },
                );
            }
            if self.schema >= 2 {
                let path = format!("questions[{qi}] ({})", q.id);
                c.texts(&path, line, &[("negotiate", or_empty(&q.negotiate))]);
            }
            for (list, refs) in evidence_lists(&q.evidences) {
                let allowed = &known
                    .iter()
                    .find(|(l, _)| *l == list)
                    .expect("every list is known")
                    .1;
                for (ri, r) in refs.iter().enumerate() {
                    if allowed.contains(r.as_str()) {
                        evidenced.entry(list).or_default().insert(r.as_str());
                    } else {
                        c.push(
                            format!("questions[{qi}] ({}).evidences.{list}[{ri}]", q.id),
                            line,
                            ProblemKind::UnknownReference {
                                list: list.to_string(),
                                id: r.clone(),
                            },
                        );
                    }
                }
            }
        }

        let standard_ids = &known[0].1;
        for (fi, f) in self.red_flags.iter().enumerate() {
            let line = id_line(&f.id);
            for (si, s) in f.standards.iter().enumerate() {
                if !standard_ids.contains(s.as_str()) {
                    c.push(
                        format!("red_flags[{fi}] ({}).standards[{si}]", f.id),
                        line,
                        ProblemKind::UnknownReference {
                            list: "standards".into(),
                            id: s.clone(),
                        },
                    );
                }
            }
            if self.schema >= 2 {
                let path = format!("red_flags[{fi}] ({})", f.id);
                c.texts(&path, line, &[("judgement", or_empty(&f.judgement))]);
            }
        }
        for (mi, m) in self.migrations.iter().enumerate() {
            for (old, new) in &m.map {
                for id in new {
                    if !self.questions.iter().any(|q| &q.id == id) {
                        c.push(
                            format!("migrations[{mi}].map.{old}"),
                            locate::key_line(text, old),
                            ProblemKind::UnknownReference {
                                list: "questions".into(),
                                id: id.clone(),
                            },
                        );
                    }
                }
            }
            for (ri, r) in m.removed.iter().enumerate() {
                let path = format!("migrations[{mi}].removed[{ri}] ({})", r.id);
                c.texts(&path, id_line(&r.id), &[("why", &r.why)]);
            }
        }

        // Every standard, criterion and red flag can be evidenced.
        for list in ["standards", "criteria", "red_flags"] {
            let all = &known
                .iter()
                .find(|(l, _)| *l == list)
                .expect("every list is known")
                .1;
            for id in all {
                if !evidenced.get(list).is_some_and(|e| e.contains(id)) {
                    c.push(
                        format!("{list} ({id})"),
                        locate::id_line(text, id),
                        ProblemKind::NotEvidenced {
                            list: list.to_string(),
                            id: id.to_string(),
                        },
                    );
                }
            }
        }
        // Every standard can be scored at each stage.
        for s in &self.standards {
            for (stage, token) in [
                (QuestionStage::Before, "before"),
                (QuestionStage::Ongoing, "ongoing"),
            ] {
                let any = self.questions.iter().any(|q| {
                    (q.stage == stage || q.stage == QuestionStage::Both)
                        && q.evidences.standards.contains(&s.id)
                });
                if !any
                    && evidenced
                        .get("standards")
                        .is_some_and(|e| e.contains(s.id.as_str()))
                {
                    c.push(
                        format!("standards ({})", s.id),
                        locate::id_line(text, &s.id),
                        ProblemKind::NoQuestionAtStage {
                            id: s.id.clone(),
                            stage: token.into(),
                        },
                    );
                }
            }
        }

        // Thresholds and values.
        let sc = &self.scoring;
        let scoring_line = |name: &str| {
            let mut path = vec!["scoring"];
            path.extend(name.split('.'));
            locate::path_line(text, &path).or_else(|| locate::key_line(text, "scoring"))
        };
        for (name, value) in [
            ("values.yes", sc.values.yes),
            ("values.partly", sc.values.partly),
            ("values.no", sc.values.no),
            ("values.refused", sc.values.refused),
            ("met", sc.met),
            ("partly", sc.partly),
            ("min_known", sc.min_known.unwrap_or(0.0)),
            ("min_coverage", sc.min_coverage.unwrap_or(0.0)),
        ] {
            if !(0.0..=1.0).contains(&value) {
                c.push(
                    format!("scoring.{name}"),
                    scoring_line(name),
                    ProblemKind::OutOfRange {
                        name: name.into(),
                        value,
                    },
                );
            }
        }
        if sc.partly > sc.met {
            c.push(
                "scoring.partly".into(),
                scoring_line("partly"),
                ProblemKind::ThresholdOrder {
                    partly: sc.partly,
                    met: sc.met,
                },
            );
        }
        if sc.rules.last().is_none_or(|r| r.when != Condition::Always) {
            c.push(
                "scoring.rules".into(),
                scoring_line("rules"),
                ProblemKind::NoFinalRule,
            );
        }
        match sc.method {
            Method::KnownMean => {
                for (name, value) in [
                    ("min_known", sc.min_known),
                    ("min_coverage", sc.min_coverage),
                ] {
                    if value.is_none() {
                        c.push(
                            format!("scoring.{name}"),
                            scoring_line("method").or_else(|| scoring_line("rules")),
                            ProblemKind::MissingThreshold { name: name.into() },
                        );
                    }
                }
            }
            // Evidence first: the rules, read in order, must never give a worse verdict after a
            // better one, and must not test coverage, so that the verdict is monotone in the
            // answers and its best and worst cases come from the two extreme fills.
            Method::EvidenceRange => {
                let mut previous = Verdict::Ugly;
                for (i, r) in sc.rules.iter().enumerate() {
                    if r.verdict > previous || r.when == Condition::CoverageBelowMinimum {
                        c.push(
                            format!("scoring.rules[{i}]"),
                            scoring_line("rules"),
                            ProblemKind::RuleOrder {
                                when: condition_token(r.when),
                            },
                        );
                    }
                    previous = previous.min(r.verdict);
                }
            }
        }
        if self.schema >= 2 {
            // Found once, not once per rule: each search walks the whole text.
            let rules_line = scoring_line("rules");
            for (i, r) in sc.rules.iter().enumerate() {
                let path = format!("scoring.rules[{i}]");
                c.texts(&path, rules_line, &[("why", or_empty(&r.why))]);
            }
        }
        c.problems
    }
}

/// A missing optional text, checked as an empty one.
fn or_empty(text: &Option<Text>) -> &Text {
    static EMPTY: Text = Text::new();
    text.as_ref().unwrap_or(&EMPTY)
}

/// The rubric's spelling of a condition, from its serde name.
fn condition_token(c: Condition) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The line of the `n`th item (1-based) whose `id:` is `id`.
fn nth_id_line(text: &str, id: &str, n: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| locate::id_line(line, id).is_some())
        .nth(n - 1)
        .map(|(i, _)| i + 1)
}

/// `MAJOR.MINOR.PATCH` with numeric parts (pre-release and build tags allowed).
fn is_semver(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}
