//! The migration-map check: a rubric's map from an older major version keeps, maps or removes
//! every old question.
//!
//! Compiled into build.rs too, by `#[path]` (through validate.rs), so it must not import the rest
//! of the crate: only external crates and the modules build.rs declares (`locate`, `model`).

use super::{Problem, ProblemKind, Rubric};
use crate::locate;

impl Rubric {
    /// Checks this rubric's migration map against `old`, an older major version of it: every
    /// old question is kept (same id), mapped or removed.
    pub fn validate_migration(&self, old: &Rubric, text: &str) -> Vec<Problem> {
        let from = old.version.split('.').next().unwrap_or("").to_string();
        let Some(m) = self.migrations.iter().find(|m| m.from == from) else {
            return Vec::new();
        };
        old.questions
            .iter()
            .filter(|q| {
                !self.questions.iter().any(|n| n.id == q.id)
                    && !m.map.contains_key(&q.id)
                    && !m.removed.iter().any(|r| r.id == q.id)
            })
            .map(|q| Problem {
                path: format!("migrations ({from})"),
                line: locate::key_line(text, "migrations"),
                kind: ProblemKind::NotMigrated {
                    id: q.id.clone(),
                    from: old.version.clone(),
                },
            })
            .collect()
    }
}
